//! One card per goal: the indicator, the ambition control (slider, number field, presets), the
//! consequence sentence, the realism badge, notes, the chart with its indexed companion, and the
//! figures as a table.

use leptos::prelude::*;

use crate::model::ambition::{Ambition, Preset};
use crate::ui::components::chart_canvas::{ChartCanvas, ChartLegend};
use crate::ui::components::data_table::DataTable;
use crate::ui::format::{self, Lang};
use crate::ui::i18n::{t, Key};
use crate::ui::view_model::goal::{read_target, GoalCardView};
use crate::ui::web::browser;

/// A goal card.
#[component]
pub fn GoalCard(
    /// What the card shows (`None` while the plan cannot be made).
    #[prop(into)]
    view: Signal<Option<GoalCardView>>,
    /// Display language.
    #[prop(into)]
    lang: Signal<Lang>,
    /// Called with the user's new ambition.
    on_ambition: Callback<Ambition>,
    /// The reasoning behind the ambition (begrundelse).
    #[prop(into)]
    note: Signal<String>,
    /// Called with the edited reasoning.
    on_note: Callback<String>,
    /// Show the follow-up table.
    #[prop(optional)]
    show_follow_up: bool,
    /// The goal's id.
    #[prop(into)]
    goal_id: Signal<String>,
    /// The goal's title and why it cannot be planned, when it cannot (`view` is then `None`).
    #[prop(into)]
    unavailable: Signal<Option<(String, String)>>,
) -> impl IntoView {
    let id = move || goal_id.get();
    let show_index = RwSignal::new(false);
    let table_open = RwSignal::new(false);
    let text = move |key| t(lang.get(), key);
    let spec = Signal::derive(move || {
        view.with(|v| v.as_ref().map(|v| v.chart.clone()).unwrap_or_default())
    });
    let index_spec = Signal::derive(move || {
        view.with(|v| {
            v.as_ref()
                .map(|v| v.index_chart.clone())
                .unwrap_or_default()
        })
    });
    let summary = Signal::derive(move || {
        view.with(|v| v.as_ref().map(|v| v.summary.clone()).unwrap_or_default())
    });
    let index_summary = Signal::derive(move || {
        view.with(|v| {
            v.as_ref()
                .map(|v| {
                    v.index_chart
                        .lines
                        .iter()
                        .map(|l| l.label.clone())
                        .collect::<Vec<_>>()
                        .join(", ")
                })
                .unwrap_or_default()
        })
    });
    let table_rows = Signal::derive(move || {
        if table_open.get() {
            view.with(|v| v.as_ref().map(|v| v.table.clone()).unwrap_or_default())
        } else {
            Vec::new()
        }
    });
    let table_head = Signal::derive(move || {
        view.with(|v| v.as_ref().map(|v| v.table_head.clone()).unwrap_or_default())
    });
    let caption = Signal::derive(move || {
        view.with(|v| {
            v.as_ref()
                .map(|v| format!("{} – {}", v.title, v.indicator))
                .unwrap_or_default()
        })
    });
    let number_text = move || {
        view.with(|v| {
            v.as_ref()
                .map(|v| format::number(v.target, v.decimals, lang.get()))
                .unwrap_or_default()
        })
    };
    // What is wrong with the typed target (None: nothing); cleared when the target changes.
    let number_problem = RwSignal::new(None::<String>);
    let target = Memo::new(move |_| view.with(|v| v.as_ref().map(|v| v.target)));
    Effect::new(move |_| {
        target.track();
        number_problem.set(None);
    });
    // Reads a field of the view, or its default while there is none.
    fn field<T: Default>(view: Signal<Option<GoalCardView>>, f: impl Fn(&GoalCardView) -> T) -> T {
        view.with(|v| v.as_ref().map(f).unwrap_or_default())
    }

    view! {
        <section class="goal-card" aria-labelledby=move || format!("goal-{}", id())>
            <Show when=move || view.with(Option::is_none)>
                {move || unavailable.get().map(|(title, why)| view! {
                    <h3 id=format!("goal-{}", id()) class="goal-title">{title}</h3>
                    <p class="note">{why}</p>
                })}
            </Show>
            <Show when=move || view.with(Option::is_some)>
                <h3 id=move || format!("goal-{}", id()) class="goal-title">{move || field(view, |v| v.title.clone())}</h3>
                <p class="goal-indicator">
                    <strong>{move || field(view, |v| v.indicator.clone())}</strong>": "{move || field(view, |v| v.definition.clone())}
                </p>
                <div class="ambition">
                    <div class="ambition-slider">
                        <label for=move || format!("slider-{}", id()) class="form-label">{move || field(view, |v| v.title.clone())}</label>
                        <input
                            id=move || format!("slider-{}", id())
                            type="range"
                            class="slider"
                            min=move || field(view, |v| v.slider.0)
                            max=move || field(view, |v| v.slider.1)
                            step=move || field(view, |v| v.slider.2)
                            prop:value=move || field(view, |v| v.target)
                            aria-describedby=move || format!("sentence-{}", id())
                            aria-valuetext=move || field(view, |v| v.target_text.clone())
                            on:input=move |ev| {
                                browser::mark_input();
                                if let Ok(x) = event_target_value(&ev).parse::<f64>() {
                                    // The slider moves on its step grid; keep the figure as shown.
                                    let decimals = field(view, |v| v.decimals) as i32;
                                    let scale = 10f64.powi(decimals);
                                    on_ambition.run(Ambition::Absolute((x * scale).round() / scale));
                                }
                            }
                        />
                    </div>
                    <div class=move || if number_problem.with(Option::is_some) { "form-group ambition-number form-error" } else { "form-group ambition-number" }>
                        <label for=move || format!("number-{}", id()) class="form-label">
                            {move || text(Key::TargetNumber)}" ("{move || field(view, |v| v.unit.clone())}")"
                        </label>
                        <input
                            id=move || format!("number-{}", id())
                            type="text"
                            inputmode="decimal"
                            class="form-input number-input"
                            prop:value=number_text
                            aria-invalid=move || number_problem.with(Option::is_some).to_string()
                            aria-describedby=move || format!("number-error-{}", id())
                            on:change=move |ev| {
                                let (max, decimals) = view.with_untracked(|v| {
                                    v.as_ref().map_or((f64::INFINITY, 0), |v| (v.max_target, v.decimals))
                                });
                                match read_target(&event_target_value(&ev), max, decimals, lang.get_untracked()) {
                                    Ok(x) => {
                                        number_problem.set(None);
                                        browser::mark_input();
                                        on_ambition.run(Ambition::Absolute(x));
                                    }
                                    // The typed text stays for correcting; the target is unchanged.
                                    Err(problem) => number_problem.set(Some(problem)),
                                }
                            }
                        />
                        <p class="form-error-message" id=move || format!("number-error-{}", id()) role="alert" hidden=move || number_problem.with(Option::is_none)>
                            {move || number_problem.get().unwrap_or_default()}
                        </p>
                    </div>
                </div>
                <div class="presets" role="group" aria-label=move || text(Key::PresetsGroup)>
                    {Preset::ALL.into_iter().enumerate().map(|(i, preset)| {
                        let button = move |f: fn(&crate::ui::view_model::goal::PresetButton) -> String| {
                            view.with(|v| v.as_ref().and_then(|v| v.presets.get(i)).map(f).unwrap_or_default())
                        };
                        view! {
                            <button
                                type="button"
                                class="button button-secondary button-preset"
                                aria-pressed=move || button(|p| p.active.to_string())
                                disabled=move || button(|p| (!p.available).to_string()) == "true"
                                data-preset=preset.id()
                                on:click=move |_| {
                                    browser::mark_input();
                                    on_ambition.run(Ambition::Preset(preset));
                                }
                            >
                                <span class="preset-label">{move || button(|p| p.label.to_string())}</span>
                                <span class="preset-value">{move || button(|p| p.value_text.clone())}</span>
                            </button>
                        }
                    }).collect_view()}
                </div>
                <p id=move || format!("sentence-{}", id()) class="goal-sentence" aria-live="polite">
                    {move || field(view, |v| v.sentence.clone())}
                </p>
                <p class=move || format!("realism realism-{}", field(view, |v| v.realism_class.to_string()))
                   hidden=move || field(view, |v| v.realism.is_none())>
                    <strong>{move || text(Key::Realism)}" "</strong>{move || field(view, |v| v.realism.clone().unwrap_or_default())}
                </p>
                {move || field(view, |v| v.notes.clone()).into_iter().map(|n| view! { <p class="note">{n}</p> }).collect_view()}
                <div class="form-group goal-note">
                    <label class="form-label" for=move || format!("note-{}", id())>
                        {move || t(lang.get(), Key::ReasoningOptional)}
                    </label>
                    <textarea
                        id=move || format!("note-{}", id())
                        class="form-input form-textarea"
                        rows="2"
                        prop:value=move || note.get()
                        on:change=move |ev| on_note.run(event_target_value(&ev))
                    ></textarea>
                </div>
            </Show>
            // The charts stay mounted (their canvases keep their size); hidden without a plan.
            <div class="goal-details" hidden=move || view.with(Option::is_none)>
            <figure class="chart">
                <ChartCanvas spec=spec summary=summary download=Signal::derive(move || {
                    let label = t(lang.get(), Key::SaveChartPng);
                    (label.to_string(), format!("maltal-{}.png", id()))
                }) />
                <ChartLegend spec=spec />
                <figcaption class="chart-summary">{summary}</figcaption>
            </figure>
            <div class="form-group-checkbox">
                <input
                    type="checkbox"
                    class="form-checkbox"
                    id=move || format!("index-{}", id())
                    prop:checked=move || show_index.get()
                    on:change=move |ev| show_index.set(event_target_checked(&ev))
                />
                <label class="form-label" for=move || format!("index-{}", id())>{move || text(Key::ShowIndex)}</label>
            </div>
            <Show when=move || show_index.get()>
                <figure class="chart">
                    <ChartCanvas spec=index_spec summary=index_summary class="chart-index" />
                    <ChartLegend spec=index_spec />
                </figure>
            </Show>
            <Show when=move || show_follow_up && view.with(|v| v.as_ref().is_some_and(|v| !v.follow_up.is_empty()))>
                <details class="details follow-up">
                    <summary class="details-summary"><span class="details-summary-text">{move || field(view, |v| v.follow_up_heading.clone())}</span></summary>
                    <div class="details-text">
                        <DataTable
                            caption=Signal::derive(move || field(view, |v| v.follow_up_heading.clone()))
                            head=Signal::derive(move || {
                                [Key::Month, Key::Actual, Key::Required, Key::Difference, Key::Status]
                                    .map(|k| text(k).to_string())
                                    .to_vec()
                            })
                            rows=Signal::derive(move || field(view, |v| v.follow_up.clone()))
                        />
                    </div>
                </details>
            </Show>
            <details class="details" on:toggle=move |ev| {
                use wasm_bindgen::JsCast;
                let open = ev
                    .target()
                    .and_then(|t| t.dyn_into::<web_sys::HtmlDetailsElement>().ok())
                    .is_some_and(|d| d.open());
                table_open.set(open);
            }>
                <summary class="details-summary"><span class="details-summary-text">{move || text(Key::ShowTable)}</span></summary>
                <div class="details-text">
                    <DataTable caption=caption head=table_head rows=table_rows />
                </div>
            </details>
            </div>
        </section>
    }
}
