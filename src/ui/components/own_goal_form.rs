//! The form for an own goal: its title in the user's words (Danish, optionally English), the
//! indicator (any monthly indicator of the data file), how it is measured and the target year.
//! Saving adds the goal to the scenario, or replaces the goal being edited (a goal of the goal
//! set becomes an own goal with the same id, so its ambition and reasoning stay).

use leptos::prelude::*;

use crate::data::quote::excerpt;
use crate::data::scenario::Saved;
use crate::ui::i18n::{t, Key};
use crate::ui::notice::Notice;
use crate::ui::view_model::own_goal::{
    full_text, indicator_choices, measure_choices, read_form, year_choices, OwnGoalForm,
    MAX_TITLE_CHARS,
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
        save_form(derived, form, problem);
    };
    view! {
        <Show when=move || form.with(Option::is_some)>
            <form class="own-goal-form goal-card" on:submit=save on:keydown=move |ev: leptos::ev::KeyboardEvent| {
                if ev.key() == "Escape" { problem.set(None); form.set(None); }
            }>
                <h3 class="goal-title">{move || {
                    let editing = form.with(|f| f.as_ref().filter(|f| !f.id.is_empty()).map(|f| f.title.clone()));
                    match editing {
                        Some(title) => format!("{}: {title}", text(Key::EditGoal)),
                        None => text(Key::OwnGoalHeading).to_string(),
                    }
                }}</h3>
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
                <FormChoice id="own-goal-indicator" label=Key::Indicator form=form lang=lang
                    options=Signal::derive(move || choices.get().map(|c| c.0).unwrap_or_default())
                    get=|f| f.indicator.clone() set=|f, v| f.indicator = v />
                <FormChoice id="own-goal-measure" label=Key::MeasuredAs form=form lang=lang
                    options=Signal::derive(move || choices.get().map(|c| c.1).unwrap_or_default())
                    get=|f| f.measure.clone() set=|f, v| f.measure = v />
                <FormChoice id="own-goal-year" label=Key::TargetYear form=form lang=lang
                    options=Signal::derive(move || choices.get().map(|c| c.2.iter().map(|y| (y.to_string(), y.to_string())).collect()).unwrap_or_default())
                    get=|f| f.year.clone() set=|f, v| f.year = v />
                <p class="form-error-message" role="alert" hidden=move || problem.with(Option::is_none)>{move || problem.get().unwrap_or_default()}</p>
                <p class="button-row">
                    <button type="submit" class="button button-primary">{move || text(Key::SaveGoal)}</button>
                    <button type="button" class="button button-secondary" on:click=move |_| { problem.set(None); form.set(None); }>{move || text(Key::Cancel)}</button>
                </p>
            </form>
        </Show>
    }
}

/// Reads the form; adds the goal (or replaces the one edited) and closes the form, or shows why
/// it cannot be saved.
fn save_form(
    derived: Derived,
    form: RwSignal<Option<OwnGoalForm>>,
    problem: RwSignal<Option<String>>,
) {
    let state = derived.state;
    let (Some(b), Some(f)) = (state.baseline.get_untracked(), form.get_untracked()) else {
        return;
    };
    let id = if f.id.is_empty() {
        state.scenario.with_untracked(|s| s.new_goal_id(&b))
    } else {
        f.id.clone()
    };
    match read_form(&b, &f, &id, derived.lang.get_untracked()) {
        Ok(goal) => {
            let title = excerpt(&goal.title.da);
            let mut saved = Saved::Added;
            state.edit(|s| saved = s.save_goal(&b, goal));
            match saved {
                Saved::TargetReset => state.notify(Notice::TargetReset(title)),
                Saved::MilestonesCleared => state.notify(Notice::MilestonesCleared(title)),
                Saved::Full => {
                    // The form stays open with the reason; the scenario is unchanged.
                    problem.set(Some(full_text(derived.lang.get_untracked())));
                    return;
                }
                Saved::Added | Saved::Kept => {}
            }
            problem.set(None);
            form.set(None);
            browser::focus_later(format!("#number-{id}"));
        }
        Err(e) => problem.set(Some(e)),
    }
}

/// One `<select>` of the form: its options (value, label), reading and writing one field.
#[component]
fn FormChoice(
    id: &'static str,
    label: Key,
    form: RwSignal<Option<OwnGoalForm>>,
    lang: Signal<crate::ui::format::Lang>,
    options: Signal<Vec<(String, String)>>,
    get: fn(&OwnGoalForm) -> String,
    set: fn(&mut OwnGoalForm, String),
) -> impl IntoView {
    let current = move || form.with(|x| x.as_ref().map(get).unwrap_or_default());
    view! {
        <div class="form-group">
            <label class="form-label" for=id>{move || t(lang.get(), label)}</label>
            <select id=id class="form-select" on:change=move |ev| {
                let v = event_target_value(&ev);
                form.update(|x| if let Some(x) = x { set(x, v) });
            }>
                {move || options.get().into_iter().map(|(value, text)| {
                    let selected = current() == value;
                    view! { <option value=value selected=selected>{text}</option> }
                }).collect_view()}
            </select>
        </div>
    }
}
