//! Named scenarios: switch, name, author, new, duplicate, delete (with undo), share link, files,
//! exports, print, and the side-by-side comparison of 2–4 scenarios.

use std::collections::HashMap;
use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::data::scenario::{from_file, to_file, Scenario};
use crate::model::plan::{GoalPlan, Planner};
use crate::ui::components::chart_canvas::{ChartCanvas, ChartLegend};
use crate::ui::components::data_table::DataTable;
use crate::ui::format::Lang;
use crate::ui::i18n::{t, Key};
use crate::ui::view_model::export::{self, Compared};
use crate::ui::web::browser;
use crate::ui::web::derived::Shared;
use crate::ui::web::persist;
use crate::ui::web::state::AppState;

/// A file-system-safe version of a name.
fn slug(name: &str) -> String {
    let s: String = name
        .chars()
        .map(|c| {
            if c.is_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    let s = s.trim_matches('-').to_string();
    if s.is_empty() {
        "scenarie".into()
    } else {
        s
    }
}

/// The scenario panel.
#[component]
pub fn ScenarioPanel(
    /// The planner of the current scenario.
    #[prop(into)]
    planner: Signal<Option<Shared<Planner>>>,
    /// The current scenario's plans, one per goal.
    #[prop(into)]
    plans: Signal<Vec<Option<GoalPlan>>>,
    /// The current municipality's index.
    #[prop(into)]
    municipality: Signal<Option<usize>>,
) -> impl IntoView {
    let Some(state) = AppState::get() else {
        return view! { <p></p> }.into_any();
    };
    let lang = Signal::derive(move || state.lang.get());
    let deleted: RwSignal<Option<(usize, Scenario)>> = RwSignal::new(None);
    let compare: RwSignal<Vec<usize>> = RwSignal::new(Vec::new());
    let compare_goal = RwSignal::new(0usize);
    let file_message: RwSignal<Option<String>> = RwSignal::new(None);
    // "Compare all participants" found no scenario with an author.
    let no_authors = RwSignal::new(false);
    let copied = RwSignal::new(false);

    let names = Signal::derive(move || {
        state.scenarios.with(|list| {
            list.iter()
                .enumerate()
                .map(|(i, s)| {
                    let who = if s.forfatter.is_empty() {
                        String::new()
                    } else {
                        format!(" ({})", s.forfatter)
                    };
                    (
                        i,
                        format!(
                            "{}{who}",
                            if s.navn.is_empty() {
                                format!("Scenarie {}", i + 1)
                            } else {
                                s.navn.clone()
                            }
                        ),
                    )
                })
                .collect::<Vec<_>>()
        })
    });
    let share = Signal::derive(move || state.scenario.with(persist::share_url).unwrap_or_default());
    let mismatch = Signal::derive(move || {
        let b = state.baseline.get()?;
        let s = state.scenario.get();
        let here = b.meta.data_month.to_string();
        (!s.datadato.is_empty() && s.datadato != here).then(|| match lang.get() {
            Lang::Da => format!("Scenariet er lavet på data til {}; du ser nu data til {here}. Forudindstillinger regnes om på de nye data.", s.datadato),
            Lang::En => format!("The scenario was made on data to {}; you now see data to {here}. Presets are recalculated on the new data.", s.datadato),
        })
    });

    let new_scenario = move |_| {
        let base = state.scenario.get_untracked();
        let n = state.scenarios.with_untracked(Vec::len) + 1;
        let fresh = Scenario {
            id: browser::new_id(),
            navn: format!("Scenarie {n}"),
            kommune: base.kommune,
            maalsaet: base.maalsaet,
            konjunktur: base.konjunktur,
            datadato: base.datadato,
            datakilde: base.datakilde,
            ..Scenario::default()
        };
        persist::open_scenario(state, fresh);
    };
    let duplicate = move |_| {
        let mut copy = state.scenario.get_untracked();
        copy.id = browser::new_id();
        copy.rev = 0;
        copy.navn = match lang.get_untracked() {
            Lang::Da => format!("Kopi af {}", copy.navn),
            Lang::En => format!("Copy of {}", copy.navn),
        };
        persist::open_scenario(state, copy);
    };
    let delete = move |_| {
        let i = state.current.get_untracked();
        let mut removed = None;
        state.scenarios.update(|list| {
            if list.len() > 1 && i < list.len() {
                removed = Some(list.remove(i));
            }
        });
        if let Some(s) = removed {
            deleted.set(Some((i, s)));
            state.current.set(i.saturating_sub(1));
            compare.set(Vec::new());
        }
    };
    let undo = move |_| {
        if let Some((i, s)) = deleted.get_untracked() {
            state.scenarios.update(|list| {
                let at = i.min(list.len());
                list.insert(at, s);
            });
            state.current.set(i);
            deleted.set(None);
        }
    };
    let save_current = move |_| {
        let s = state.scenario.get_untracked();
        let _ = browser::download(
            &format!("maltal-{}.json", slug(&s.navn)),
            "application/json",
            &to_file(&[s]),
        );
    };
    let save_all = move |_| {
        let all = state.scenarios.get_untracked();
        let _ = browser::download("maltal-scenarier.json", "application/json", &to_file(&all));
    };
    let save_csv = move |_| {
        let (Some(b), Some(p), Some(m)) = (
            state.baseline.get_untracked(),
            planner.get_untracked(),
            municipality.get_untracked(),
        ) else {
            return;
        };
        let l = lang.get_untracked();
        let text = plans.with_untracked(|plans| export::csv(&b, &p.0, m, plans, l));
        let name = slug(&state.scenario.with_untracked(|s| s.navn.clone()));
        let _ = browser::download(
            &format!("maltal-{name}.csv"),
            "text/csv;charset=utf-8",
            &text,
        );
        let about = export::csv_description(&b, &p.0, l);
        let _ = browser::download(
            &format!("maltal-{name}-forklaring.txt"),
            "text/plain;charset=utf-8",
            &about,
        );
    };
    let print = move |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    };
    let import = move |ev: leptos::ev::Event| {
        let input = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
        let Some(files) = input.as_ref().and_then(|i| i.files()) else {
            return;
        };
        let list: Vec<web_sys::File> = (0..files.length()).filter_map(|i| files.get(i)).collect();
        if let Some(i) = input {
            i.set_value("");
        }
        leptos::task::spawn_local(async move {
            let mut added = 0;
            let mut problems = Vec::new();
            for file in list {
                let name = file.name();
                let file = gloo::file::File::from(file);
                match gloo::file::futures::read_as_text(&file).await {
                    Ok(text) => match from_file(&text) {
                        Ok(scenarios) => {
                            for s in scenarios {
                                persist::open_scenario(state, s);
                                added += 1;
                            }
                        }
                        Err(e) => problems.push(format!("{name}: {e}")),
                    },
                    Err(e) => problems.push(format!("{name}: {e}")),
                }
            }
            let mut message = match state.lang.get_untracked() {
                Lang::Da => format!("{added} scenarier indlæst."),
                Lang::En => format!("{added} scenarios loaded."),
            };
            for p in problems {
                message.push(' ');
                message.push_str(&p);
            }
            file_message.set(Some(message));
        });
    };

    // Side-by-side comparison of 2–4 scenarios.
    let comparison = Memo::new(
        move |_| -> Option<(Vec<String>, Vec<Vec<String>>, crate::charts::ChartSpec)> {
            let chosen = compare.get();
            if chosen.len() < 2 {
                return None;
            }
            let b = state.baseline.get()?;
            let main = planner.get();
            let l = lang.get();
            let scenarios = state.scenarios.get();
            let mut planners: HashMap<(usize, Option<usize>), Arc<Planner>> = HashMap::new();
            if let Some(p) = &main {
                planners.insert((p.0.goal_set, p.0.outlook), Arc::clone(&p.0));
            }
            let mut items = Vec::new();
            for &i in &chosen {
                let s = scenarios.get(i)?;
                let m = b.municipality_index(&s.kommune)?;
                let gs = b
                    .goal_sets
                    .iter()
                    .position(|g| g.id == s.maalsaet)
                    .unwrap_or(0);
                let outlook = b.outlooks.iter().position(|o| o.id == s.konjunktur);
                let p = match planners.get(&(gs, outlook)) {
                    Some(p) => Arc::clone(p),
                    None => {
                        let p = Arc::new(Planner::new(&b, gs, outlook).ok()?);
                        planners.insert((gs, outlook), Arc::clone(&p));
                        p
                    }
                };
                let goals = b.goal_sets.get(gs)?.goals.clone();
                let plans: Vec<Option<GoalPlan>> = goals
                    .iter()
                    .enumerate()
                    .map(|(gi, g)| {
                        p.plan(
                            &b,
                            m,
                            gi,
                            AppState::ambition_of(s, &g.id),
                            if s.lineaer {
                                crate::model::kravforloeb::PathShape::Linear
                            } else {
                                crate::model::kravforloeb::PathShape::Seasonal
                            },
                        )
                        .ok()
                    })
                    .collect();
                let name = b
                    .municipalities
                    .get(m)
                    .map(|x| x.name.clone())
                    .unwrap_or_default();
                items.push((format!("{} – {name}", s.navn), p, m, plans));
            }
            let compared: Vec<Compared> = items
                .iter()
                .map(|(label, p, m, plans)| Compared {
                    label: label.clone(),
                    planner: p,
                    municipality: *m,
                    plans: plans.clone(),
                })
                .collect();
            Some(export::compare(&b, &compared, compare_goal.get(), l))
        },
    );
    let cmp_head = Signal::derive(move || {
        comparison.with(|c| c.as_ref().map(|c| c.0.clone()).unwrap_or_default())
    });
    let cmp_rows = Signal::derive(move || {
        comparison.with(|c| c.as_ref().map(|c| c.1.clone()).unwrap_or_default())
    });
    let cmp_chart = Signal::derive(move || {
        comparison.with(|c| c.as_ref().map(|c| c.2.clone()).unwrap_or_default())
    });
    let cmp_summary = Signal::derive(move || {
        cmp_chart.with(|c| {
            c.lines
                .iter()
                .map(|l| l.label.clone())
                .collect::<Vec<_>>()
                .join(", ")
        })
    });
    let goal_titles = Signal::derive(move || {
        let gs = state.goal_set.get();
        state
            .baseline
            .get()
            .and_then(|b| {
                b.goal_sets.get(gs).map(|g| {
                    g.goals
                        .iter()
                        .map(|x| x.title.get(lang.get().code()).to_string())
                        .collect::<Vec<_>>()
                })
            })
            .unwrap_or_default()
    });

    view! {
        <section class="scenarios" aria-labelledby="scenarios-heading">
            <h2 id="scenarios-heading" class="visually-hidden">{move || t(lang.get(), Key::Scenarios)}</h2>
            <div class="scenario-row">
                <div class="form-group">
                    <label class="form-label" for="scenario-select">{move || t(lang.get(), Key::Scenario)}</label>
                    <select id="scenario-select" class="form-select" on:change=move |ev| {
                        if let Ok(i) = event_target_value(&ev).parse::<usize>() {
                            state.current.set(i);
                        }
                    }>
                        {move || names.get().into_iter().map(|(i, name)| view! {
                            <option value=i.to_string() selected=move || state.current.get() == i>{name}</option>
                        }).collect_view()}
                    </select>
                </div>
                <div class="form-group">
                    <label class="form-label" for="scenario-name">{move || t(lang.get(), Key::ScenarioName)}</label>
                    <input id="scenario-name" type="text" class="form-input" maxlength="200"
                        prop:value=move || state.scenario.with(|s| s.navn.clone())
                        on:change=move |ev| { let v = event_target_value(&ev); state.edit(|s| s.navn = v); } />
                </div>
                <div class="form-group">
                    <label class="form-label" for="scenario-author">{move || t(lang.get(), Key::AuthorOptional)}</label>
                    <input id="scenario-author" type="text" class="form-input" maxlength="200"
                        prop:value=move || state.scenario.with(|s| s.forfatter.clone())
                        on:change=move |ev| { let v = event_target_value(&ev); state.edit(|s| s.forfatter = v); } />
                </div>
            </div>
            <div class="button-row">
                <button type="button" class="button button-secondary" on:click=new_scenario>{move || t(lang.get(), Key::NewScenario)}</button>
                <button type="button" class="button button-secondary" on:click=duplicate>{move || t(lang.get(), Key::Duplicate)}</button>
                <button type="button" class="button button-secondary" on:click=delete
                    disabled=move || state.scenarios.with(|l| l.len() < 2)>{move || t(lang.get(), Key::Delete)}</button>
            </div>
            {move || deleted.get().map(|(_, s)| view! {
                <p class="alert alert-warning" role="status">
                    {move || t(lang.get(), Key::TheScenarioWasDeleted)}" «"{s.navn.clone()}"» "
                    <button type="button" class="button button-secondary" on:click=undo>{move || t(lang.get(), Key::Undo)}</button>
                </p>
            })}
            {move || mismatch.get().map(|m| view! { <p class="note">{m}</p> })}
            <details class="details share">
                <summary class="details-summary"><span class="details-summary-text">{move || t(lang.get(), Key::ShareSavePrintAndCompare)}</span></summary>
                <div class="details-text">
                    <div class="form-group">
                        <label class="form-label" for="share-link">{move || t(lang.get(), Key::ShareLinkTheWholeScenario)}</label>
                        <div class="inline-row">
                            <input id="share-link" type="text" class="form-input share-input" readonly prop:value=share />
                            <button type="button" class="button button-secondary" on:click=move |_| copied.set(browser::copy_text(&share.get_untracked()))>
                                {move || if copied.get() { t(lang.get(), Key::Copied) } else { t(lang.get(), Key::CopyLink) }}
                            </button>
                        </div>
                    </div>
                    <div class="button-row">
                        <button type="button" class="button button-secondary" on:click=save_current>{move || t(lang.get(), Key::SaveScenarioAsFile)}</button>
                        <button type="button" class="button button-secondary" on:click=save_all>{move || t(lang.get(), Key::SaveAllScenariosAsFile)}</button>
                        <button type="button" class="button button-secondary" on:click=save_csv>{move || t(lang.get(), Key::DownloadAllFiguresCsv)}</button>
                        <button type="button" class="button button-secondary" on:click=print>{move || t(lang.get(), Key::PrintSaveAsPdf)}</button>
                    </div>
                    <div class="form-group">
                        <label class="form-label" for="scenario-files">{move || t(lang.get(), Key::LoadScenarioFilesEG)}</label>
                        <input id="scenario-files" type="file" multiple accept=".json,application/json" on:change=import />
                        {move || file_message.get().map(|m| view! { <p class="form-hint" role="status">{m}</p> })}
                    </div>
                    <fieldset class="form-group compare-pick">
                        <legend class="form-label">{move || t(lang.get(), Key::CompareScenarios2OrMore)}</legend>
                        <button type="button" class="button button-secondary" on:click=move |_| {
                            let with_author: Vec<usize> = state.scenarios.with_untracked(|l| {
                                l.iter().enumerate().filter(|(_, s)| !s.forfatter.is_empty()).map(|(i, _)| i).collect()
                            });
                            no_authors.set(with_author.is_empty());
                            compare.set(with_author);
                        }>{move || t(lang.get(), Key::CompareAllParticipantsScenariosWith)}</button>
                        <p class="form-hint" role="status" hidden=move || !no_authors.get()>{move || t(lang.get(), Key::CompareNoAuthors)}</p>
                        {move || names.get().into_iter().map(|(i, name)| {
                            let id = format!("compare-{i}");
                            view! {
                                <div class="form-group-checkbox">
                                    <input type="checkbox" class="form-checkbox" id=id.clone()
                                        prop:checked=move || compare.with(|c| c.contains(&i))
                                        disabled=move || compare.with(|c| c.len() >= 30 && !c.contains(&i))
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
                    <Show when=move || comparison.with(Option::is_some)>
                        <div class="scenario-compare">
                            <DataTable caption=Signal::derive(move || t(lang.get(), Key::TheScenariosSideBySide).to_string()) head=cmp_head rows=cmp_rows />
                            <div class="form-group">
                                <label class="form-label" for="compare-goal">{move || t(lang.get(), Key::GoalInTheChart)}</label>
                                <select id="compare-goal" class="form-select" on:change=move |ev| {
                                    if let Ok(i) = event_target_value(&ev).parse::<usize>() { compare_goal.set(i); }
                                }>
                                    {move || goal_titles.get().into_iter().enumerate().map(|(i, g)| view! {
                                        <option value=i.to_string() selected=move || compare_goal.get() == i>{g}</option>
                                    }).collect_view()}
                                </select>
                            </div>
                            <figure class="chart">
                                <ChartCanvas spec=cmp_chart summary=cmp_summary />
                                <ChartLegend spec=cmp_chart />
                            </figure>
                        </div>
                    </Show>
                </div>
            </details>
        </section>
    }
    .into_any()
}
