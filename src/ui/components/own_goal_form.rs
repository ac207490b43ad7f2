//! The form for an own goal: its title in the user's words (Danish, optionally English), the
//! indicator (any monthly indicator of the data file), how it is measured and the target year.
//! Saving adds the goal to the scenario, or replaces the goal being edited (a goal of the goal
//! set becomes an own goal with the same id, so its ambition and reasoning stay).

use leptos::prelude::*;

use crate::data::scenario::GoalEntry;
use crate::ui::i18n::{t, Key};
use crate::ui::view_model::own_goal::{
    indicator_choices, measure_choices, read_form, year_choices, OwnGoalForm, MAX_TITLE_CHARS,
};
use crate::ui::web::browser;
use crate::ui::web::derived::Derived;

/// The form, shown while `form` holds one (`None` closes it).
#[component]
pub fn OwnGoalEditor(
    /// The page's derived values.
    derived: Derived,
    /// The form being filled in (`None`: closed).
    form: RwSignal<Option<OwnGoalForm>>,
) -> impl IntoView {
    let state = derived.state;
    let lang = derived.lang;
    let text = move |key| t(lang.get(), key);
    let problem = RwSignal::new(None::<String>);
    let edit = move |f: fn(&mut OwnGoalForm, String), value: String| {
        form.update(|x| {
            if let Some(x) = x {
                f(x, value);
            }
        });
    };
    let choices = Memo::new(move |_| {
        let b = state.baseline.get()?;
        let l = lang.get();
        Some((
            indicator_choices(&b, l),
            measure_choices(l),
            year_choices(&b),
        ))
    });
    let current =
        move |f: fn(&OwnGoalForm) -> String| form.with(|x| x.as_ref().map(f).unwrap_or_default());
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (Some(b), Some(f)) = (state.baseline.get_untracked(), form.get_untracked()) else {
            return;
        };
        let l = lang.get_untracked();
        let id = if f.id.is_empty() {
            state.scenario.with_untracked(|s| s.new_goal_id(&b))
        } else {
            f.id.clone()
        };
        match read_form(&b, &f, &id, l) {
            Ok(goal) => {
                state.edit(|s| {
                    if f.id.is_empty() || !s.replace_goal(&b, &id, GoalEntry::Own(goal.clone())) {
                        s.add_goal(&b, goal);
                    }
                });
                problem.set(None);
                form.set(None);
                browser::focus_later(format!("#number-{id}"));
            }
            Err(e) => problem.set(Some(e)),
        }
    };
    view! {
        <Show when=move || form.with(Option::is_some)>
            <form class="own-goal-form goal-card" on:submit=save>
                <h3 class="goal-title">{move || text(Key::OwnGoalHeading)}</h3>
                <p class="form-hint">{move || text(Key::OwnGoalIntro)}</p>
                <div class="form-group">
                    <label class="form-label" for="own-goal-title">{move || text(Key::OwnGoalTitle)}</label>
                    <input id="own-goal-title" class="form-input" type="text" maxlength=MAX_TITLE_CHARS.to_string()
                        prop:value=move || current(|f| f.title.clone())
                        on:input=move |ev| edit(|f, v| f.title = v, event_target_value(&ev)) />
                </div>
                <div class="form-group">
                    <label class="form-label" for="own-goal-title-en">{move || text(Key::OwnGoalTitleEn)}</label>
                    <input id="own-goal-title-en" class="form-input" type="text" maxlength=MAX_TITLE_CHARS.to_string()
                        prop:value=move || current(|f| f.title_en.clone())
                        on:input=move |ev| edit(|f, v| f.title_en = v, event_target_value(&ev)) />
                </div>
                <div class="form-group">
                    <label class="form-label" for="own-goal-indicator">{move || text(Key::Indicator)}</label>
                    <select id="own-goal-indicator" class="form-select" on:change=move |ev| edit(|f, v| f.indicator = v, event_target_value(&ev))>
                        {move || choices.get().map(|c| c.0).unwrap_or_default().into_iter().map(|(id, name)| {
                            let selected = current(|f| f.indicator.clone()) == id;
                            view! { <option value=id selected=selected>{name}</option> }
                        }).collect_view()}
                    </select>
                </div>
                <div class="form-group">
                    <label class="form-label" for="own-goal-measure">{move || text(Key::MeasuredAs)}</label>
                    <select id="own-goal-measure" class="form-select" on:change=move |ev| edit(|f, v| f.measure = v, event_target_value(&ev))>
                        {move || choices.get().map(|c| c.1).unwrap_or_default().into_iter().map(|(value, label)| {
                            let selected = current(|f| f.measure.clone()) == value;
                            view! { <option value=value selected=selected>{label}</option> }
                        }).collect_view()}
                    </select>
                </div>
                <div class="form-group">
                    <label class="form-label" for="own-goal-year">{move || text(Key::TargetYear)}</label>
                    <select id="own-goal-year" class="form-select" on:change=move |ev| edit(|f, v| f.year = v, event_target_value(&ev))>
                        {move || choices.get().map(|c| c.2).unwrap_or_default().into_iter().map(|year| {
                            let selected = current(|f| f.year.clone()) == year.to_string();
                            view! { <option value=year.to_string() selected=selected>{year}</option> }
                        }).collect_view()}
                    </select>
                </div>
                <p class="form-error-message" role="alert" hidden=move || problem.with(Option::is_none)>{move || problem.get().unwrap_or_default()}</p>
                <p class="button-row">
                    <button type="submit" class="button button-primary">{move || text(Key::SaveGoal)}</button>
                    <button type="button" class="button button-secondary" on:click=move |_| { problem.set(None); form.set(None); }>{move || text(Key::Cancel)}</button>
                </p>
            </form>
        </Show>
    }
}
