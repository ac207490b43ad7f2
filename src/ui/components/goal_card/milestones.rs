//! The milestones (delmål) of a plan over several years: one number field per year between the
//! latest figure and the target year. An empty field follows the kravforløb (its value is the
//! field's placeholder); a typed figure becomes a milestone the path passes through.

use leptos::prelude::*;

use crate::ui::format::Lang;
use crate::ui::i18n::{t, Key};
use crate::ui::view_model::goal::{read_target, GoalCardView, MilestoneView};

/// The milestone fields of a card (nothing for a plan of one year).
#[component]
pub fn Milestones(
    view: Signal<Option<GoalCardView>>,
    goal_id: Signal<String>,
    lang: Signal<Lang>,
    /// Called with (year, the milestone or `None` to follow the path).
    on_milestone: Callback<(i32, Option<f64>)>,
) -> impl IntoView {
    let rows = Memo::new(move |_| {
        view.with(|v| v.as_ref().map(|v| v.milestones.clone()).unwrap_or_default())
    });
    let problem = RwSignal::new(None::<(i32, String)>);
    let text = move |key| t(lang.get(), key);
    view! {
        <fieldset class="milestones" hidden=move || rows.with(Vec::is_empty)>
            <legend class="form-label">{move || text(Key::MilestonesHeading)}</legend>
            <p class="form-hint">{move || text(Key::MilestonesHint)}</p>
            <For each=move || rows.get() key=|m: &MilestoneView| (m.year, m.set, m.value.clone()) let:m>
                <MilestoneField m=m view=view goal_id=goal_id lang=lang problem=problem on_milestone=on_milestone />
            </For>
        </fieldset>
    }
}

/// One year's field.
#[component]
fn MilestoneField(
    m: MilestoneView,
    view: Signal<Option<GoalCardView>>,
    goal_id: Signal<String>,
    lang: Signal<Lang>,
    problem: RwSignal<Option<(i32, String)>>,
    on_milestone: Callback<(i32, Option<f64>)>,
) -> impl IntoView {
    let year = m.year;
    let input_id = move || format!("milestone-{}-{year}", goal_id.get());
    let error = move || problem.with(|p| p.as_ref().filter(|p| p.0 == year).map(|p| p.1.clone()));
    let on_change = move |ev| {
        let typed = event_target_value(&ev);
        if typed.trim().is_empty() {
            problem.set(None);
            on_milestone.run((year, None));
            return;
        }
        let (max, decimals) = view.with_untracked(|v| {
            v.as_ref()
                .map_or((f64::INFINITY, 0), |v| (v.max_target, v.decimals))
        });
        match read_target(&typed, max, decimals, lang.get_untracked()) {
            Ok(x) => {
                problem.set(None);
                on_milestone.run((year, Some(x)));
            }
            Err(text) => problem.set(Some((year, text))),
        }
    };
    let value = if m.set {
        m.value.clone()
    } else {
        String::new()
    };
    view! {
        <div class=move || if error().is_some() { "form-group milestone form-error" } else { "form-group milestone" }>
            <label for=input_id class="form-label">{m.label.clone()}</label>
            <input id=input_id type="text" inputmode="decimal" class="form-input number-input"
                prop:value=value placeholder=m.value.clone()
                aria-invalid=move || error().is_some().to_string()
                on:change=on_change />
            <p class="form-hint" hidden=m.actual.is_empty()>{m.actual.clone()}</p>
            <p class="form-error-message" role="alert" hidden=move || error().is_none()>{move || error().unwrap_or_default()}</p>
        </div>
    }
}
