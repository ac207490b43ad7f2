//! The two ways to set a target by hand: the slider and the number field. A typed text that
//! cannot be used is explained under the field and the target stays as it was.

use leptos::prelude::*;

use crate::model::ambition::Ambition;
use crate::ui::format::{self, Lang};
use crate::ui::i18n::{t, Key};
use crate::ui::view_model::goal::{read_target, refused, round_to, GoalCardView};
use crate::ui::web::browser;

use super::field::field;

/// The slider over the target's range, on its step grid, with today's level, the forecast
/// and the presets as marks (a datalist for the input, and a drawn scale under it) and the
/// better end said at the ends.
#[component]
pub fn TargetSlider(
    view: Signal<Option<GoalCardView>>,
    goal_id: Signal<String>,
    lang: Signal<Lang>,
    on_ambition: Callback<Ambition>,
) -> impl IntoView {
    let id = move || goal_id.get();
    // A memo: the marks (today, the forecast, the presets) do not move with the target, so a
    // slider move does not rebuild the datalist, the drawn scale or its legend.
    let marks = Memo::new(move |_| field(view, |v| v.marks.clone()));
    view! {
        <div class="ambition-slider">
            <label for=move || format!("slider-{}", id()) class="form-label">{move || field(view, |v| v.title.clone())}</label>
            <input
                id=move || format!("slider-{}", id())
                type="range"
                class="slider"
                list=move || format!("slider-marks-{}", id())
                min=move || field(view, |v| v.slider.0)
                max=move || field(view, |v| v.slider.1)
                step=move || field(view, |v| v.slider.2)
                prop:value=move || field(view, |v| v.target)
                aria-describedby=move || format!("sentence-{} scale-{}", id(), id())
                aria-valuetext=move || field(view, |v| v.target_text.clone())
                on:input=move |ev| {
                    browser::mark_input();
                    if let Ok(x) = event_target_value(&ev).parse::<f64>() {
                        // The slider moves on its step grid; keep the figure as shown.
                        let decimals = field(view, |v| v.decimals);
                        on_ambition.run(Ambition::Absolute(round_to(x, decimals)));
                    }
                }
            />
            <datalist id=move || format!("slider-marks-{}", id())>
                {move || marks.get().into_iter().map(|m| view! { <option value=m.value.to_string() label=m.label></option> }).collect_view()}
            </datalist>
            <svg class="slider-marks" width="100%" height="14" aria-hidden="true" focusable="false">
                {move || marks.get().into_iter().map(|m| {
                    let x = format!("{:.2}%", m.position);
                    view! { <line class=format!("mark mark-{}", m.kind) x1=x.clone() x2=x y1="0" y2="14"></line> }
                }).collect_view()}
            </svg>
            <p class="slider-scale" id=move || format!("scale-{}", id())>
                <span class="scale-end">{move || field(view, |v| v.scale_ends.0.clone())}</span>
                <span class="scale-legend">
                    <span class="sr-only">{move || t(lang.get(), Key::SliderMarks)}": "</span>
                    {move || marks.get().into_iter().filter(|m| m.kind != "preset").map(|m| view! {
                        <span class=format!("legend-mark legend-{}", m.kind)>{m.label}</span>
                    }).collect_view()}
                </span>
                <span class="scale-end">{move || field(view, |v| v.scale_ends.1.clone())}</span>
            </p>
        </div>
    }
}

/// The number field. Its problem is shown only while the target is the one it was typed
/// against: when the target changes (slider, preset), the problem is gone — derived, not reset.
#[component]
pub fn TargetNumber(
    view: Signal<Option<GoalCardView>>,
    goal_id: Signal<String>,
    lang: Signal<Lang>,
    on_ambition: Callback<Ambition>,
) -> impl IntoView {
    let id = move || goal_id.get();
    let target_bits = move || view.with(|v| v.as_ref().map(|v| v.target.to_bits()));
    // What is wrong with the typed text, and the target it was typed against.
    let typed_problem = RwSignal::new(None::<(Option<u64>, String)>);
    let problem = Memo::new(move |_| {
        typed_problem.with(|p| {
            p.as_ref()
                .filter(|(at, _)| *at == target_bits())
                .map(|(_, text)| text.clone())
        })
    });
    let number_text = move || {
        view.with(|v| {
            v.as_ref()
                .map(|v| format::number(v.target, v.decimals, lang.get()))
                .unwrap_or_default()
        })
    };
    let on_change = move |ev| {
        let (max, decimals) = view.with_untracked(|v| {
            v.as_ref()
                .map_or((f64::INFINITY, 0), |v| (v.max_target, v.decimals))
        });
        match read_target(
            &event_target_value(&ev),
            max,
            decimals,
            lang.get_untracked(),
        ) {
            Ok(x) => {
                typed_problem.set(None);
                browser::mark_input();
                // The one rounding rule: the field and the slider show the same figure.
                on_ambition.run(Ambition::Absolute(round_to(x, decimals)));
            }
            // The typed text stays for correcting; the target is unchanged, and said.
            Err(text) => typed_problem.set(Some((
                view.with_untracked(|v| v.as_ref().map(|v| v.target.to_bits())),
                view.with_untracked(|v| {
                    v.as_ref()
                        .map(|v| refused(&text, &v.target_text, lang.get_untracked()))
                        .unwrap_or(text)
                }),
            ))),
        }
    };
    view! {
        <div class=move || if problem.with(Option::is_some) { "form-group ambition-number form-error" } else { "form-group ambition-number" }>
            <label for=move || format!("number-{}", id()) class="form-label">
                {move || t(lang.get(), Key::TargetNumber)}" ("{move || field(view, |v| v.unit.clone())}")"
            </label>
            <input
                id=move || format!("number-{}", id())
                type="text"
                inputmode="decimal"
                class="form-input number-input"
                prop:value=number_text
                aria-invalid=move || problem.with(Option::is_some).to_string()
                aria-describedby=move || format!("number-error-{}", id())
                on:change=on_change
            />
            <p class="form-error-message" id=move || format!("number-error-{}", id()) role="alert" hidden=move || problem.with(Option::is_none)>
                {move || problem.get().unwrap_or_default()}
            </p>
        </div>
    }
}
