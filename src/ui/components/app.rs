//! The page: header with language switch, choices, goal cards, overview, comparison, method.
//! Inputs live in [`AppState`]; everything shown is derived with memos that call `model` or
//! `view_model` once.

use std::sync::Arc;

use leptos::prelude::*;

use crate::data::scenario::AmbitionSpec;
use crate::model::ambition::Ambition;
use crate::model::baseline::Unit;
use crate::model::plan::{realism_histories, GoalPlan, Planner};
use crate::model::realism::RealismHistory;
use crate::ui::components::choice_panel::ChoicePanel;
use crate::ui::components::comparison_view::ComparisonView;
use crate::ui::components::data_file_picker::{DataFilePicker, LoadProblemPanel};
use crate::ui::components::goal_card::GoalCard;
use crate::ui::components::method_panel::MethodPanel;
use crate::ui::components::overview_table::OverviewTable;
use crate::ui::components::presentation::Presentation;
use crate::ui::components::print_summary::PrintSummary;
use crate::ui::components::scenario_panel::ScenarioPanel;
use crate::ui::format::{self, Lang};
use crate::ui::i18n::{t, Key};
use crate::ui::params::{self, View};
use crate::ui::view_model::carry::carry_targets;
use crate::ui::view_model::{comparison, goal};
use crate::ui::web::browser;
use crate::ui::web::loading;
use crate::ui::web::persist;
use crate::ui::web::state::{AppState, Page, DEFAULT_DATA_URL};

/// Compares an `Arc` by address, so memos holding large values are cheap to compare.
#[derive(Debug)]
pub struct Shared<T>(pub Arc<T>);

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared(Arc::clone(&self.0))
    }
}

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    let state = AppState::provide();
    let (p, problems) = params::parse(&browser::query_pairs());
    // The language: the link's `sprog`, else the user's last choice in this browser.
    if let Some(lang) = p.sprog.or_else(persist::saved_lang) {
        state.lang.set(lang);
    }
    for message in problems {
        state.notify(message);
    }
    persist::restore(state, &p, p.s.as_deref());
    browser::set_document_attr("data-tema", p.tema.id());
    if p.embed {
        browser::set_document_attr("data-embed", "1");
    }
    let embed = p.embed;
    let show_cards = p.shows(View::Maal);
    let show_overview = p.shows(View::Oversigt);
    let show_comparison = p.shows(View::Sammenligning);
    let show_follow_up = p.shows(View::Opfoelgning);
    let only_goal = p.maal.clone().filter(|_| embed);
    persist::autosave(state);
    match (p.data.clone(), browser::inline_data()) {
        (Some(url), _) => loading::load_url(state, url),
        // The single-file build carries its data inside the page.
        (None, Some(text)) => loading::load_text(state, &text, "indbygget datafil".into()),
        (None, None) => loading::load_url(state, DEFAULT_DATA_URL.to_string()),
    }

    Effect::new(move |_| {
        let lang = state.lang.get();
        browser::set_document_lang(lang.code(), t(lang, Key::PageTitle));
        persist::save_lang(lang);
    });

    let lang = Signal::derive(move || state.lang.get());
    let text = move |key| t(lang.get(), key);

    // The expensive parts: the realism back-test once per data file and goal set, the
    // forecasts once per outlook as well.
    // The realism back-test is computed after the first charts are on screen (it is the
    // slowest part and only fills the badges).
    let realism = LocalResource::new(move || {
        let b = state.baseline.get();
        let gs = state.goal_set.get();
        async move {
            browser::after_next_paint().await;
            b.and_then(|b| realism_histories(&b, gs).ok())
                .map(|r| Shared(Arc::new(r)))
        }
    });
    let realism_ready = Memo::new(move |_| realism.get().flatten());
    let planner = Memo::new(move |_| -> Option<Shared<Planner>> {
        let b = state.baseline.get()?;
        let outlook = state
            .outlook
            .get()
            .and_then(|id| b.outlooks.iter().position(|o| o.id == id));
        Planner::with_realism(&b, state.goal_set.get(), outlook, Arc::new(Vec::new()))
            .ok()
            .map(|p| Shared(Arc::new(p)))
    });
    let municipality = Memo::new(move |_| {
        let b = state.baseline.get()?;
        b.municipality_index(&state.municipality.get()?)
    });
    let goal_count = Memo::new(move |_| {
        state
            .baseline
            .get()
            .and_then(|b| b.goal_sets.get(state.goal_set.get()).map(|g| g.goals.len()))
            .unwrap_or(0)
    });
    // The goal cards shown: all, or in embed mode only the goal the link names.
    let unknown_goal_check = only_goal.clone();
    let visible_goals = Memo::new(move |_| {
        let n = goal_count.get();
        let Some(id) = only_goal.clone() else {
            return (0..n).collect::<Vec<_>>();
        };
        let found = state.baseline.get().and_then(|b| {
            b.goal_sets
                .get(state.goal_set.get())?
                .goals
                .iter()
                .position(|g| g.id == id)
        });
        match found {
            Some(i) => vec![i],
            None => (0..n).collect(),
        }
    });
    // A link's maal= that the goal set does not have: said once the data are there.
    if let Some(id) = unknown_goal_check {
        Effect::new(move |_| {
            let Some(b) = state.baseline.get() else {
                return;
            };
            let Some(gs) = b.goal_sets.get(state.goal_set.get()) else {
                return;
            };
            if !gs.goals.iter().any(|g| g.id == id) {
                let known: Vec<&str> = gs.goals.iter().map(|g| g.id.as_str()).collect();
                state.notify(format!(
                    "Parameteren maal=«{id}» kendes ikke i målsættet ({}); alle mål vises.",
                    known.join(", ")
                ));
            }
        });
    }
    // Every goal's plan: cheap (a few microseconds each), so one memo for all.
    let plans = Memo::new(move |_| -> Vec<Option<GoalPlan>> {
        let (Some(b), Some(p), Some(m)) = (state.baseline.get(), planner.get(), municipality.get())
        else {
            return Vec::new();
        };
        let scenario = state.scenario.get();
        let shape = state.shape.get();
        let histories = realism_ready.get();
        let realism: &[RealismHistory] = histories.as_ref().map_or(&[], |r| r.0.as_slice());
        let Some(gs) = b.goal_sets.get(p.0.goal_set) else {
            return Vec::new();
        };
        gs.goals
            .iter()
            .enumerate()
            .map(|(gi, g)| {
                let ambition = AppState::ambition_of(&scenario, &g.id);
                p.0.plan_with(&b, m, gi, ambition, shape, realism)
                    .or_else(|_| {
                        p.0.plan_with(&b, m, gi, Ambition::default(), shape, realism)
                    })
                    .or_else(|_| {
                        p.0.plan_with(
                            &b,
                            m,
                            gi,
                            Ambition::Preset(crate::model::ambition::Preset::Hold),
                            shape,
                            realism,
                        )
                    })
                    .ok()
            })
            .collect()
    });
    // Another municipality: typed targets move as the same change from the base (carry.rs).
    let choose_municipality = Callback::new(move |code: String| {
        let old: Vec<(String, GoalPlan, Unit)> = state
            .baseline
            .get_untracked()
            .and_then(|b| {
                let gs = b.goal_sets.get(state.goal_set.get_untracked())?;
                Some(plans.with_untracked(|plans| {
                    gs.goals
                        .iter()
                        .zip(plans)
                        .filter_map(|(g, p)| {
                            let unit = b.indicators.get(g.indicator)?.unit;
                            Some((g.id.clone(), p.clone()?, unit))
                        })
                        .collect()
                }))
            })
            .unwrap_or_default();
        let mut carried = 0;
        state.edit(|s| {
            if s.kommune != code {
                carried = carry_targets(&mut s.ambitioner, &old);
            }
            s.kommune = code;
        });
        if carried > 0 {
            state.notify(t(lang.get_untracked(), Key::TargetsCarried));
        }
    });
    let overview = Memo::new(move |_| {
        let Some(b) = state.baseline.get() else {
            return Vec::new();
        };
        let Some(gs) = b.goal_sets.get(state.goal_set.get()) else {
            return Vec::new();
        };
        let m = municipality.get();
        plans.with(|plans| {
            gs.goals
                .iter()
                .zip(plans)
                .filter_map(|(g, p)| match p {
                    Some(p) => Some(goal::overview_row(&b, g, p, lang.get())),
                    None => m.map(|m| goal::overview_unavailable_row(&b, m, g, lang.get())),
                })
                .collect()
        })
    });
    let subtitle = Signal::derive(move || {
        let b = state.baseline.get();
        let name = b
            .as_ref()
            .zip(municipality.get())
            .and_then(|(b, m)| b.municipalities.get(m).map(|x| x.name.clone()))
            .unwrap_or_default();
        let date = b
            .map(|b| format::month(b.meta.data_month, lang.get()))
            .unwrap_or_default();
        match lang.get() {
            Lang::Da => format!("{name}, data til {date}."),
            Lang::En => format!("{name}, data to {date}."),
        }
    });
    let comparison_view = Memo::new(move |_| {
        let (b, p, m) = (state.baseline.get()?, planner.get()?, municipality.get()?);
        let gi = state.comparison_goal.get();
        plans.with(|plans| {
            let plan = plans.get(gi)?.as_ref()?;
            comparison::comparison(&b, &p.0, m, gi, plan, lang.get())
        })
    });
    let goal_titles = Signal::derive(move || {
        state
            .baseline
            .get()
            .and_then(|b| {
                b.goal_sets.get(state.goal_set.get()).map(|g| {
                    g.goals
                        .iter()
                        .map(|x| x.title.get(lang.get().code()).to_string())
                        .collect::<Vec<_>>()
                })
            })
            .unwrap_or_default()
    });
    let source_line = Signal::derive(move || {
        state
            .baseline
            .get()
            .map(|b| {
                format!(
                    "{}. {}",
                    crate::ui::view_model::source_line(&b, lang.get()),
                    t(lang.get(), Key::DerivedAggregates)
                )
            })
            .unwrap_or_default()
    });
    // The print summary is built only while printing (it would otherwise be rebuilt on every
    // slider move without being seen).
    let printing = RwSignal::new(false);
    if let Some(window) = web_sys::window() {
        gloo::events::EventListener::new(&window, "beforeprint", move |_| printing.set(true))
            .forget();
        gloo::events::EventListener::new(&window, "afterprint", move |_| printing.set(false))
            .forget();
    }
    let print = Memo::new(move |_| {
        if !printing.get() {
            return None;
        }
        let (b, p, m) = (state.baseline.get()?, planner.get()?, municipality.get()?);
        let scenario = state.scenario.get();
        plans.with(|plans| {
            crate::ui::view_model::print::summary(&b, &p.0, m, plans, &scenario, lang.get())
        })
    });
    let presenting = RwSignal::new(false);
    let presented = RwSignal::new(0usize);
    let presented_card = Memo::new(move |_| {
        let (b, p, m) = (state.baseline.get()?, planner.get()?, municipality.get()?);
        let gi = presented.get();
        plans.with(|plans| {
            let plan = plans.get(gi)?.as_ref()?;
            goal::goal_card(&b, &p.0, m, gi, plan, lang.get())
        })
    });
    let municipality_name = Signal::derive(move || {
        let b = state.baseline.get();
        b.zip(municipality.get())
            .and_then(|(b, m)| b.municipalities.get(m).map(|x| x.name.clone()))
            .unwrap_or_default()
    });
    Effect::new(move |_| {
        browser::set_document_attr(
            "data-praesentation",
            if presenting.get() { "1" } else { "0" },
        );
    });
    let example_set = Signal::derive(move || {
        state
            .baseline
            .get()
            .and_then(|b| b.goal_sets.get(state.goal_set.get()).map(|g| g.example))
            .unwrap_or(false)
    });
    let synthetic_outlook = Signal::derive(move || {
        let id = state.outlook.get();
        state
            .baseline
            .get()
            .map(|b| {
                b.outlooks
                    .iter()
                    .any(|o| Some(&o.id) == id.as_ref() && o.synthetic)
            })
            .unwrap_or(false)
    });

    view! {
        <a class="skipnav" href="#main">{move || text(Key::Skip)}</a>
        <header class="site-header" hidden=embed>
            <div class="container header-row">
                <div>
                    <p class="site-title">"Måltal"</p>
                    <p class="site-tagline">{move || text(Key::AppTagline)}</p>
                </div>
                <button
                    type="button"
                    class="button button-secondary button-header"
                    lang=move || if lang.get() == Lang::Da { "en" } else { "da" }
                    on:click=move |_| state.lang.update(|l| *l = if *l == Lang::Da { Lang::En } else { Lang::Da })
                >
                    {move || text(Key::OtherLanguage)}
                </button>
            </div>
        </header>
        <div class="container main-content" id="main" tabindex="-1">
            {move || {
                let notices = state.notices.get();
                (!notices.is_empty()).then(|| view! {
                    <div class="alert alert-warning notices" role="status">
                        {notices.into_iter().map(|n| view! { <p>{n}</p> }).collect_view()}
                        <button type="button" class="button button-secondary" on:click=move |_| state.notices.set(Vec::new())>
                            {move || t(lang.get(), Key::CloseMessage)}
                        </button>
                    </div>
                })
            }}
            <LoadProblemPanel />
            <Show
                when=move || state.baseline.get().is_some()
                fallback=move || view! {
                    <p class="loading-data" role="status">
                        {move || if state.load_problem.get().is_none() { text(Key::LoadingData) } else { "" }}
                    </p>
                }
            >
                <Show when=move || presenting.get()>
                    <Presentation
                        card=presented_card
                        index=presented
                        count=goal_count
                        municipality=municipality_name
                        lang=lang
                        on_exit=Callback::new(move |_| {
                            presenting.set(false);
                            // Back to where the user started the presentation.
                            browser::focus_when_present("presentation-button");
                        })
                    />
                </Show>
                <Show
                    when=move || state.page.get() == Page::Calculator && !presenting.get()
                    fallback=move || view! { <Show when=move || !presenting.get()><MethodPanel /></Show> }
                >
                    <div class="title-row">
                        <h1>{move || text(Key::Goals)}</h1>
                        <button type="button" id="presentation-button" class="button button-secondary" on:click=move |_| {
                            presented.set(0);
                            presenting.set(true);
                            // Give the presentation focus so its keys work at once.
                            let _ = gloo::timers::callback::Timeout::new(50, || {
                                if let Some(el) = web_sys::window()
                                    .and_then(|w| w.document())
                                    .and_then(|d| d.query_selector(".presentation").ok().flatten())
                                {
                                    use wasm_bindgen::JsCast;
                                    if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                                        let _ = el.focus();
                                    }
                                }
                            })
                            .forget();
                        }>
                            {move || t(lang.get(), Key::PresentationButton)}
                        </button>
                    </div>
                    <ScenarioPanel planner=planner plans=plans municipality=municipality />
                    <ChoicePanel on_municipality=choose_municipality />
                    <p class="tag-line" hidden=move || !example_set.get()>
                        <span class="tag">{move || text(Key::ExampleGoalSet)}</span>
                    </p>
                    <p class="note" hidden=move || !synthetic_outlook.get()>{move || text(Key::SyntheticOutlook)}</p>
                    <div class="form-group-checkbox">
                        <input
                            type="checkbox"
                            class="form-checkbox"
                            id="linear-path"
                            prop:checked=move || state.shape.get() == crate::model::kravforloeb::PathShape::Linear
                            on:change=move |ev| {
                                let linear = event_target_checked(&ev);
                                state.edit(|s| s.lineaer = linear);
                            }
                        />
                        <label class="form-label" for="linear-path">{move || text(Key::LinearPath)}</label>
                    </div>
                    <div class="goal-cards" hidden=!show_cards>
                        <For each=move || visible_goals.get() key=|i| *i let:gi>
                            {
                                let card = Memo::new(move |_| {
                                    let (b, p, m) = (state.baseline.get()?, planner.get()?, municipality.get()?);
                                    plans.with(|plans| {
                                        let plan = plans.get(gi)?.as_ref()?;
                                        goal::goal_card(&b, &p.0, m, gi, plan, lang.get())
                                    })
                                });
                                let goal_id = move || card.with_untracked(|c| c.as_ref().map(|c| c.id.clone()));
                                let on_ambition = Callback::new(move |a: Ambition| {
                                    if let Some(id) = goal_id() {
                                        state.edit(|s| {
                                            s.ambitioner.insert(id, AmbitionSpec::from_ambition(a));
                                        });
                                    }
                                });
                                let note = Signal::derive(move || {
                                    let id = card.with(|c| c.as_ref().map(|c| c.id.clone())).unwrap_or_default();
                                    state.scenario.with(|s| s.begrundelser.get(&id).cloned().unwrap_or_default())
                                });
                                let on_note = Callback::new(move |text: String| {
                                    if let Some(id) = goal_id() {
                                        state.edit(|s| {
                                            if text.trim().is_empty() {
                                                s.begrundelser.remove(&id);
                                            } else {
                                                s.begrundelser.insert(id, text);
                                            }
                                        });
                                    }
                                });
                                let goal_of = move || {
                                    let b = state.baseline.get()?;
                                    let g = b.goal_sets.get(state.goal_set.get())?.goals.get(gi)?.clone();
                                    Some((b, g))
                                };
                                let goal_id = Signal::derive(move || goal_of().map(|(_, g)| g.id).unwrap_or_default());
                                let unavailable = Signal::derive(move || {
                                    if card.with(Option::is_some) {
                                        return None;
                                    }
                                    let (b, g) = goal_of()?;
                                    Some(goal::unavailable(&b, municipality.get()?, &g, lang.get()))
                                });
                                view! { <GoalCard view=card lang=lang on_ambition=on_ambition note=note on_note=on_note show_follow_up=show_follow_up goal_id=goal_id unavailable=unavailable /> }
                            }
                        </For>
                    </div>
                    <p class="chart-source">{source_line}</p>
                    <Show when=move || show_overview>
                        <OverviewTable rows=overview subtitle=subtitle lang=lang />
                    </Show>
                    <Show when=move || show_comparison>
                        <ComparisonView view=comparison_view goals=goal_titles selected=state.comparison_goal lang=lang />
                    </Show>
                    <PrintSummary summary=print />
                    <section class="data-section">
                        <DataFilePicker />
                        <p class="form-hint">{move || format!("{}: {}", text(Key::Source), state.data_source.get())}</p>
                    </section>
                </Show>
            </Show>
        </div>
        <footer class="site-footer" hidden=embed>
            <div class="container footer-row">
                <p>{move || text(Key::Footer)}</p>
                <ul class="unstyled-list footer-links">
                    <li>
                        <button type="button" id="method-link" class="link-button" on:click=move |_| {
                            state.page.set(Page::Method);
                            // The page starts at its heading, not where the footer was.
                            browser::focus_when_present("method-heading");
                        }>
                            {move || text(Key::Method)}
                        </button>
                    </li>
                    <li><a href="tilgaengelighed.html">{move || text(Key::Accessibility)}</a></li>
                </ul>
            </div>
        </footer>
    }
}

/// Mounts the app into `<main id="app">` (or the body when the page has none).
pub fn mount() {
    use wasm_bindgen::JsCast;
    let host = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app"))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    match host {
        Some(host) => leptos::mount::mount_to(host, App).forget(),
        None => leptos::mount::mount_to_body(App),
    }
}
