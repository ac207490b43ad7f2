//! Choosing, naming, adding, duplicating and deleting (with undo) scenarios.

use leptos::prelude::*;

use crate::data::scenario::Scenario;
use crate::ui::format::Lang;
use crate::ui::i18n::{t, Key};
use crate::ui::view_model::limits::{clip, copy_name, NAME_FIELD_CHARS};
use crate::ui::view_model::page::scenario_labels;
use crate::ui::web::state::AppState;
use crate::ui::web::{browser, persist};

/// The scenario row: which scenario, its name and author, and the buttons that add or remove.
#[component]
pub fn ScenarioPicker(
    /// The scenarios chosen for comparison (emptied when one is deleted, as indices move).
    compare: RwSignal<Vec<usize>>,
) -> impl IntoView {
    let state = AppState::expect();
    let lang = Signal::derive(move || state.lang.get());
    let text = move |key| t(lang.get(), key);
    let deleted: RwSignal<Option<(usize, Scenario)>> = RwSignal::new(None);
    let names = Signal::derive(move || {
        let l = lang.get();
        state.scenarios.with(|list| scenario_labels(list, l))
    });
    view! {
        <div class="scenario-row">
            <div class="form-group">
                <label class="form-label" for="scenario-select">{move || text(Key::Scenario)}</label>
                <select id="scenario-select" class="form-select" on:change=move |ev| {
                    if let Ok(i) = event_target_value(&ev).parse::<usize>() {
                        state.choose(i);
                    }
                }>
                    {move || names.get().into_iter().map(|(i, name)| view! {
                        <option value=i.to_string() selected=move || state.current.get() == i>{name}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="form-group">
                <label class="form-label" for="scenario-name">{move || text(Key::ScenarioName)}</label>
                <input id="scenario-name" type="text" class="form-input" maxlength=NAME_FIELD_CHARS.to_string()
                    prop:value=move || state.scenario.with(|s| s.name.clone())
                    on:change=move |ev| { let v = clip(event_target_value(&ev), NAME_FIELD_CHARS); state.edit(|s| s.name = v); } />
            </div>
            <div class="form-group">
                <label class="form-label" for="scenario-author">{move || text(Key::AuthorOptional)}</label>
                <input id="scenario-author" type="text" class="form-input" maxlength=NAME_FIELD_CHARS.to_string()
                    prop:value=move || state.scenario.with(|s| s.author.clone())
                    on:change=move |ev| { let v = clip(event_target_value(&ev), NAME_FIELD_CHARS); state.edit(|s| s.author = v); } />
            </div>
        </div>
        <div class="button-row">
            <button type="button" class="button button-secondary" on:click=move |_| new_scenario(state)>{move || text(Key::NewScenario)}</button>
            <button type="button" class="button button-secondary" on:click=move |_| duplicate(state)>{move || text(Key::Duplicate)}</button>
            <button type="button" class="button button-secondary" on:click=move |_| delete(state, deleted, compare)
                disabled=move || state.scenarios.with(|l| l.len() < 2)>{move || text(Key::Delete)}</button>
        </div>
        {move || deleted.get().map(|(_, s)| view! {
            <p class="alert alert-warning" role="status">
                {move || text(Key::TheScenarioWasDeleted)}" «"{s.name.clone()}"» "
                <button type="button" class="button button-secondary" on:click=move |_| undo(state, deleted)>{move || text(Key::Undo)}</button>
            </p>
        })}
        <DataDateNote />
    }
}

/// A new scenario on the same municipality, goal set, outlook and data as the current one.
fn new_scenario(state: AppState) {
    let base = state.scenario.get_untracked();
    let n = state.scenarios.with_untracked(Vec::len) + 1;
    let fresh = Scenario {
        id: browser::new_id(),
        name: format!("{} {n}", t(state.lang.get_untracked(), Key::Scenario)),
        municipality: base.municipality,
        goal_set: base.goal_set,
        outlook: base.outlook,
        data_month: base.data_month,
        data_source: base.data_source,
        ..Scenario::default()
    };
    persist::open_scenario(state, fresh);
}

/// A copy of the current scenario ("Kopi af …"), as a scenario of its own.
fn duplicate(state: AppState) {
    let mut copy = state.scenario.get_untracked();
    copy.id = browser::new_id();
    copy.rev = 0;
    copy.name = copy_name(&copy.name, state.lang.get_untracked());
    persist::open_scenario(state, copy);
}

/// Deletes the current scenario (never the last one), keeping it for undo.
fn delete(
    state: AppState,
    deleted: RwSignal<Option<(usize, Scenario)>>,
    compare: RwSignal<Vec<usize>>,
) {
    let i = state.current.get_untracked();
    let mut removed = None;
    state.scenarios.update(|list| {
        if list.len() > 1 && i < list.len() {
            removed = Some(list.remove(i));
        }
    });
    if let Some(s) = removed {
        deleted.set(Some((i, s)));
        state.choose(i.saturating_sub(1));
        compare.set(Vec::new());
    }
}

/// Puts the deleted scenario back where it was.
fn undo(state: AppState, deleted: RwSignal<Option<(usize, Scenario)>>) {
    if let Some((i, s)) = deleted.get_untracked() {
        state.scenarios.update(|list| {
            let at = i.min(list.len());
            list.insert(at, s);
        });
        state.choose(i);
        deleted.set(None);
    }
}

/// Says so when the scenario was made on other data than those shown.
#[component]
fn DataDateNote() -> impl IntoView {
    let state = AppState::expect();
    let note = move || {
        let b = state.baseline.get()?;
        let made_on = state.scenario.with(|s| s.data_month.clone());
        let here = b.meta.data_month.to_string();
        (!made_on.is_empty() && made_on != here).then(|| match state.lang.get() {
            Lang::Da => format!("Scenariet er lavet på data til {made_on}; du ser nu data til {here}. Forudindstillinger regnes om på de nye data."),
            Lang::En => format!("The scenario was made on data to {made_on}; you now see data to {here}. Presets are recalculated on the new data."),
        })
    };
    move || note().map(|m| view! { <p class="note">{m}</p> })
}
