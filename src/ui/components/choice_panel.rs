//! The choices at the top: municipality, goal set (when the data hold more than one) and the
//! labour-market outlook, with facts about the chosen municipality.

use leptos::prelude::*;

use crate::ui::components::glossary_term::GlossaryTerm;
use crate::ui::view_model::glossary::Term;

use crate::ui::components::municipality_picker::MunicipalityPicker;
use crate::ui::i18n::{t, Key};
use crate::ui::notice::Notice;
use crate::ui::view_model::{choice_facts, ChoiceFacts};
use crate::ui::web::state::AppState;

/// The choice panel; reads and sets the app state.
#[component]
pub fn ChoicePanel(
    /// Called with the code of the municipality the user chose.
    on_municipality: Callback<String>,
) -> impl IntoView {
    let state = AppState::expect();
    let lang = Signal::derive(move || state.lang.get());
    let text = move |key| t(lang.get(), key).to_string();
    let options = Signal::derive(move || {
        state
            .baseline
            .get()
            .map(|b| {
                b.municipalities
                    .iter()
                    .map(|m| (m.code.clone(), m.name.clone()))
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
    });
    view! {
        <section class="choice-panel" aria-label=move || text(Key::Municipality)>
            <div class="choice-row">
                <MunicipalityPicker
                    options=options
                    selected=state.municipality
                    on_select=Callback::new(move |code: String| {
                        crate::ui::web::browser::mark_input();
                        on_municipality.run(code);
                    })
                    label=Signal::derive(move || text(Key::Municipality))
                    hint=Signal::derive(move || text(Key::MunicipalityHint))
                    not_found=Signal::derive(move || text(Key::MunicipalityNotFound))
                />
                <GoalSetChoice />
                <OutlookChoice />
            </div>
            <MunicipalityFacts />
        </section>
    }
}

/// The goal set, when the data hold more than one.
#[component]
fn GoalSetChoice() -> impl IntoView {
    let state = AppState::expect();
    let lang = Signal::derive(move || state.lang.get());
    let text = move |key| t(lang.get(), key).to_string();
    let goal_sets = Signal::derive(move || {
        state
            .baseline
            .get()
            .map(|b| {
                b.goal_sets
                    .iter()
                    .map(|g| g.title.get(lang.get().code()).to_string())
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
    });
    view! {
        <Show when=move || goal_sets.with(|g| g.len() > 1)>
            <div class="form-group">
                <label class="form-label" for="goal-set">{move || text(Key::GoalSet)}</label>
                <select id="goal-set" class="form-select" on:change=move |ev| {
                    let Some(b) = state.baseline.get_untracked() else { return };
                    let id = event_target_value(&ev)
                        .parse::<usize>()
                        .ok()
                        .and_then(|i| b.goal_sets.get(i).map(|g| g.id.clone()));
                    // Begin with the set's goals; the user's own goals stay after them. When they
                    // would not all fit, nothing changes: the list shows the set in use again.
                    if let Some(id) = id {
                        let mut result = Ok(());
                        state.edit(|s| result = s.start_from_set(&b, &id, true));
                        if let Err(full) = result {
                            state.notify(Notice::GoalSetTooFull(full));
                            let select: web_sys::HtmlSelectElement = event_target(&ev);
                            select.set_value(&state.goal_set.get_untracked().to_string());
                        }
                    }
                }>
                    {move || goal_sets.get().into_iter().enumerate().map(|(i, title)| view! {
                        <option value=i.to_string() selected=move || state.goal_set.get() == i>{title}</option>
                    }).collect_view()}
                </select>
            </div>
        </Show>
    }
}

/// The labour-market outlook (konjunktur), with the synthetic ones marked as assumptions.
#[component]
fn OutlookChoice() -> impl IntoView {
    let state = AppState::expect();
    let lang = Signal::derive(move || state.lang.get());
    let text = move |key| t(lang.get(), key).to_string();
    let outlooks = Signal::derive(move || {
        state
            .baseline
            .get()
            .map(|b| {
                b.outlooks
                    .iter()
                    .map(|o| {
                        (
                            o.id.clone(),
                            o.name.get(lang.get().code()).to_string(),
                            o.synthetic,
                        )
                    })
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
    });
    view! {
        <fieldset class="form-group outlook">
            <legend class="form-label">{move || text(Key::Outlook)}" "<GlossaryTerm term=Term::Konjunktur scope="page" lang=lang /></legend>
            {move || outlooks.get().into_iter().map(|(id, name, synthetic)| {
                let input_id = format!("outlook-{id}");
                let value = id.clone();
                let checked_id = id.clone();
                view! {
                    <div class="form-group-radio">
                        <input
                            type="radio"
                            class="form-radio"
                            name="outlook"
                            id=input_id.clone()
                            value=id.clone()
                            prop:checked=move || state.outlook.get().as_deref() == Some(checked_id.as_str())
                            on:change=move |_| {
                                let id = value.clone();
                                state.edit(|s| s.outlook = id);
                            }
                        />
                        <label class="form-label" for=input_id>
                            {name}
                            {synthetic.then(|| view! { <span class="badge badge-warning badge-synthetic">{move || t(lang.get(), Key::Assumption)}</span> })}
                        </label>
                    </div>
                }
            }).collect_view()}
        </fieldset>
    }
}

/// Region, comparable group and population of the chosen municipality.
#[component]
fn MunicipalityFacts() -> impl IntoView {
    let state = AppState::expect();
    let lang = Signal::derive(move || state.lang.get());
    let text = move |key| t(lang.get(), key).to_string();
    let facts = Memo::new(move |_| -> Option<ChoiceFacts> {
        let b = state.baseline.get()?;
        let code = state.municipality.get()?;
        choice_facts(&b, &code, lang.get())
    });
    move || {
        facts.get().map(|f| view! {
            <dl class="facts">
                <div><dt>{move || text(Key::Region)}</dt><dd>{f.region.clone()}</dd></div>
                <div><dt>{move || text(Key::ComparableGroup)}</dt><dd>{f.group.clone()}</dd></div>
                <div><dt>{move || text(Key::Population)}</dt><dd>{f.population.clone()}</dd></div>
            </dl>
        })
    }
}
