//! Scenarios side by side: which to compare (or "all participants'", those with an author), the
//! table of targets per goal and one goal's targets and kravforløb on one chart.

use std::sync::Arc;

use leptos::prelude::*;

use crate::model::plan::Planner;
use crate::ui::components::chart_canvas::{chart_download_of, ChartCanvas};
use crate::ui::components::data_table::DataTable;
use crate::ui::i18n::{t, Key};
use crate::ui::view_model::chart_file::{list_in_words, scenario_chart_framed};
use crate::ui::view_model::export::{self, Compared};
use crate::ui::view_model::page::{scenario_labels, scenario_plans, Planners};
use crate::ui::web::derived::Shared;
use crate::ui::web::state::AppState;

/// At most this many scenarios are compared at once.
const MOST_COMPARED: usize = 30;

/// The comparison: the choice of scenarios, then the table and chart once two are chosen.
#[component]
pub fn ScenarioComparison(
    /// The current scenario's planner (reused for scenarios on the same goal set and outlook).
    planner: Signal<Option<Shared<Planner>>>,
    /// Indices of the scenarios compared.
    compare: RwSignal<Vec<usize>>,
) -> impl IntoView {
    let state = AppState::expect();
    let lang = Signal::derive(move || state.lang.get());
    let goal = RwSignal::new(0usize);
    let result = Memo::new(move |_| {
        let chosen = compare.get();
        if chosen.len() < 2 {
            return None;
        }
        let b = state.baseline.get()?;
        let mut planners = Planners::new();
        if let Some(p) = planner.get() {
            planners.insert((p.0.goals.id.clone(), p.0.outlook), Arc::clone(&p.0));
        }
        let items = state.scenarios.with(|list| {
            chosen
                .iter()
                .map(|&i| scenario_plans(&b, list.get(i)?, &mut planners))
                .collect::<Option<Vec<_>>>()
        })?;
        let compared: Vec<Compared> = items.iter().map(|s| s.compared()).collect();
        let gi = goal.get();
        let mut result = export::compare_scenarios(&b, &compared, gi, lang.get());
        let title = result
            .rows
            .get(gi)
            .and_then(|r| r.first())
            .cloned()
            .unwrap_or_default();
        result.chart = scenario_chart_framed(result.chart, &b, &title, lang.get());
        Some(result)
    });
    let head = Signal::derive(move || {
        result.with(|c| c.as_ref().map(|c| c.head.clone()).unwrap_or_default())
    });
    let rows = Signal::derive(move || {
        result.with(|c| c.as_ref().map(|c| c.rows.clone()).unwrap_or_default())
    });
    let chart = Signal::derive(move || {
        result.with(|c| c.as_ref().map(|c| c.chart.clone()).unwrap_or_default())
    });
    let summary = Signal::derive(move || {
        chart.with(|c| {
            c.lines
                .iter()
                .map(|l| l.label.clone())
                .collect::<Vec<_>>()
                .join(", ")
        })
    });
    let download = chart_download_of(
        move || {
            let title = chart.with(|c| c.frame.title.clone());
            format!("{} {title}", t(lang.get(), Key::Scenarios))
        },
        move || compared_names(state, compare),
    );
    view! {
        <ComparisonChoice compare=compare />
        <Show when=move || result.with(Option::is_some)>
            <div class="scenario-compare">
                <DataTable caption=Signal::derive(move || t(lang.get(), Key::TheScenariosSideBySide).to_string()) head=head rows=rows />
                <GoalChoice goal=goal compare=compare />
                <figure class="chart">
                    <ChartCanvas spec=chart summary=summary download=download />
                </figure>
            </div>
        </Show>
    }
}

/// "Scenarie 1 og Ambitiøs plan": the image names every scenario it compares, not only the one
/// being edited.
fn compared_names(state: AppState, compare: RwSignal<Vec<usize>>) -> String {
    let chosen = compare.get();
    state.scenarios.with(|list| {
        let names: Vec<&str> = chosen
            .iter()
            .filter_map(|&i| list.get(i).map(|s| s.name.as_str()))
            .collect();
        list_in_words(&names, state.lang.get())
    })
}

/// The checkboxes of the scenarios, and "compare all participants'".
#[component]
fn ComparisonChoice(compare: RwSignal<Vec<usize>>) -> impl IntoView {
    let state = AppState::expect();
    let text = move |key| t(state.lang.get(), key);
    // "Compare all participants" found no scenario with an author.
    let no_authors = RwSignal::new(false);
    let all_participants = move |_| {
        let with_author: Vec<usize> = state.scenarios.with_untracked(|l| {
            l.iter()
                .enumerate()
                .filter(|(_, s)| !s.author.is_empty())
                .map(|(i, _)| i)
                .collect()
        });
        no_authors.set(with_author.is_empty());
        compare.set(with_author);
    };
    let names = move || {
        let l = state.lang.get();
        state.scenarios.with(|list| scenario_labels(list, l))
    };
    view! {
        <fieldset class="form-group compare-pick">
            <legend class="form-label">{move || text(Key::CompareScenarios2OrMore)}</legend>
            <button type="button" class="button button-secondary" on:click=all_participants>{move || text(Key::CompareAllParticipantsScenariosWith)}</button>
            <p class="form-hint" role="status" hidden=move || !no_authors.get()>{move || text(Key::CompareNoAuthors)}</p>
            {move || names().into_iter().map(|(i, name)| {
                let id = format!("compare-{i}");
                view! {
                    <div class="form-group-checkbox">
                        <input type="checkbox" class="form-checkbox" id=id.clone()
                            prop:checked=move || compare.with(|c| c.contains(&i))
                            disabled=move || compare.with(|c| c.len() >= MOST_COMPARED && !c.contains(&i))
                            on:change=move |ev| {
                                let on = event_target_checked(&ev);
                                compare.update(|c| {
                                    c.retain(|x| *x != i);
                                    if on { c.push(i); }
                                });
                            } />
                        <label class="form-label" for=id>{name}</label>
                    </div>
                }
            }).collect_view()}
        </fieldset>
    }
}

/// Which goal the comparison chart shows: one of the first compared scenario's goals (the
/// table's rows).
#[component]
fn GoalChoice(goal: RwSignal<usize>, compare: RwSignal<Vec<usize>>) -> impl IntoView {
    let state = AppState::expect();
    let titles = move || {
        let code = state.lang.get().code();
        let b = state.baseline.get()?;
        let first = compare.with(|c| c.first().copied())?;
        let goals = state
            .scenarios
            .with(|list| list.get(first).map(|s| s.goals_in(&b)))?;
        Some(
            goals
                .set
                .goals
                .iter()
                .map(|x| x.title.get(code).to_string())
                .collect::<Vec<_>>(),
        )
    };
    let titles = move || titles().unwrap_or_default();
    view! {
        <div class="form-group">
            <label class="form-label" for="compare-goal">{move || t(state.lang.get(), Key::GoalInTheChart)}</label>
            <select id="compare-goal" class="form-select" on:change=move |ev| {
                if let Ok(i) = event_target_value(&ev).parse::<usize>() { goal.set(i); }
            }>
                {move || titles().into_iter().enumerate().map(|(i, g)| view! {
                    <option value=i.to_string() selected=move || goal.get() == i>{g}</option>
                }).collect_view()}
            </select>
        </div>
    }
}
