//! The calculator page: the title row with the projector button, scenarios, choices, the goal
//! cards, the overview, the comparison, the print summary and the data file section — each
//! section its own small component fed from [`Derived`]. What an embed leaves out (the tools,
//! the overview and comparison of other goals) is decided by [`Layout`] and not rendered.

use leptos::prelude::*;

use crate::ui::components::glossary_term::GlossaryTerm;
use crate::ui::view_model::glossary::Term;

use crate::model::kravforloeb::PathShape;
use crate::ui::components::choice_panel::ChoicePanel;
use crate::ui::components::comparison_view::ComparisonView;
use crate::ui::components::data_file_picker::DataFilePicker;
use crate::ui::components::embed_dialog::EmbedDialog;
use crate::ui::components::overview_table::OverviewTable;
use crate::ui::components::phone_fold::PhoneFold;
use crate::ui::components::print_summary::PrintSummary;
use crate::ui::components::scenario_panel::ScenarioPanel;
use crate::ui::format;
use crate::ui::i18n::{t, Key};
use crate::ui::notice::Notice;
use crate::ui::params::Layout;
use crate::ui::view_model::carry::carry_targets;
use crate::ui::view_model::{self, comparison, page};
use crate::ui::web::browser;
use crate::ui::web::derived::Derived;
use crate::ui::web::state::BUILTIN_SOURCE;

use super::goal_cards::GoalCards;
use super::presenting::PresentationState;

/// The calculator page.
#[component]
pub fn Calculator(
    derived: Derived,
    layout: Layout,
    presentation: PresentationState,
) -> impl IntoView {
    let text = move |key| t(derived.lang.get(), key);
    let choose_municipality = Callback::new(move |code: String| choose(derived, code));
    let tools = layout.tools;
    let layout = StoredValue::new(layout);
    // What depends on the goal set (see `Layout`): the overview, and the comparison's goal.
    let overview = Memo::new(move |_| by_goals(derived, layout, Layout::shows_overview));
    let comparison_goal = Memo::new(move |_| {
        let chosen = derived.state.comparison_goal.get();
        by_goals(derived, layout, |l, ids| l.comparison_goal(ids, chosen))
    });
    let one_goal =
        Memo::new(move |_| by_goals(derived, layout, |l, ids| l.single_goal(ids).is_some()));
    view! {
        <div class="title-row">
            <h1>{move || text(Key::Goals)}</h1>
            {tools.then(|| view! { <PresentationButton presentation=presentation /> <EmbedDialog derived=derived /> })}
        </div>
        {tools.then(|| view! {
            <ScenarioPanel planner=derived.planner plans=derived.plans municipality=derived.municipality />
        })}
        <ChoicePanel on_municipality=choose_municipality />
        <GoalSetNotes derived=derived />
        <PathShapeToggle derived=derived />
        <GoalCards derived=derived layout=layout.get_value() />
        <p class="chart-source">{move || source_line(derived)}</p>
        // Below the cards: built once the cards are (see `Derived::stage`).
        <Show when=move || overview.get() && derived.below_cards_built()>
            <OverviewSection derived=derived />
        </Show>
        <Show when=move || comparison_goal.get().is_some() && derived.below_cards_built()>
            <ComparisonSection derived=derived goal=comparison_goal one_goal=one_goal />
        </Show>
        <PrintSection derived=derived />
        {tools.then(|| view! {
            <section class="data-section">
                <PhoneFold label=Signal::derive(move || text(Key::FoldDataFile).to_string())>
                    <DataFilePicker />
                    <p class="form-hint">{move || format!("{}: {}", text(Key::DataFileInUse), source_name(derived))}</p>
                </PhoneFold>
            </section>
        })}
    }
}

/// A decision of the layout about the scenario's goals (by their ids).
fn by_goals<T>(
    derived: Derived,
    layout: StoredValue<Layout>,
    decide: impl Fn(&Layout, &[&str]) -> T,
) -> T {
    let goals = derived.goals();
    let ids: Vec<&str> = goals.iter().map(|g| g.id.as_str()).collect();
    layout.with_value(|l| decide(l, &ids))
}

/// Another municipality: typed targets move as the same change from the base (`carry`).
fn choose(derived: Derived, code: String) {
    let state = derived.state;
    let old = state
        .baseline
        .get_untracked()
        .map(|b| {
            derived
                .plans
                .with_untracked(|plans| page::carried(&b, &derived.goals_untracked(), plans))
        })
        .unwrap_or_default();
    let mut carried = 0;
    state.edit(|s| {
        if s.municipality != code {
            carried = carry_targets(&mut s.ambitions, &old);
            // Milestones are figures of the old municipality: the new one follows its path.
            s.milestones.clear();
        }
        s.municipality = code;
    });
    if carried > 0 {
        state.notify(Notice::TargetsCarried);
    }
}

/// The source line under the goal cards: publishers and data date, and how the aggregates
/// were made.
fn source_line(derived: Derived) -> String {
    let lang = derived.lang.get();
    derived
        .state
        .baseline
        .get()
        .map(|b| {
            format!(
                "{}. {}",
                view_model::source_line(&b, lang),
                t(lang, Key::DerivedAggregates)
            )
        })
        .unwrap_or_default()
}

/// Where the data came from, in the page's language for the single file's built-in data.
fn source_name(derived: Derived) -> String {
    let source = derived.state.data_source.get();
    if source == BUILTIN_SOURCE {
        t(derived.lang.get(), Key::BuiltinData).to_string()
    } else {
        source
    }
}

/// The button that starts presentation mode (and gives the presentation focus, so its keys
/// work at once).
#[component]
fn PresentationButton(presentation: PresentationState) -> impl IntoView {
    let state = crate::ui::web::state::AppState::expect();
    view! {
        <button type="button" id="presentation-button" class="button button-secondary" on:click=move |_| {
            presentation.goal.set(0);
            presentation.on.set(true);
            browser::focus_later(".presentation");
        }>
            {move || t(state.lang.get(), Key::PresentationButton)}
        </button>
    }
}

/// Tags under the choices: an example goal set, an outlook that is an assumption.
#[component]
fn GoalSetNotes(derived: Derived) -> impl IntoView {
    let state = derived.state;
    let text = move |key| t(derived.lang.get(), key);
    let example_set = move || {
        state
            .goals
            .with(|g| g.as_ref().is_some_and(|g| g.set.example))
    };
    let synthetic_outlook = move || {
        let id = state.outlook.get();
        state.baseline.get().is_some_and(|b| {
            b.outlooks
                .iter()
                .any(|o| Some(&o.id) == id.as_ref() && o.synthetic)
        })
    };
    view! {
        <p class="tag-line" hidden=move || !example_set()>
            <span class="badge badge-warning">{move || text(Key::ExampleGoalSet)}</span>
        </p>
        <p class="note" hidden=move || !synthetic_outlook()>{move || text(Key::SyntheticOutlook)}</p>
    }
}

/// "A straight line instead of the seasonal pattern" for the kravforløb.
#[component]
fn PathShapeToggle(derived: Derived) -> impl IntoView {
    let state = derived.state;
    view! {
        <div class="form-group-checkbox">
            <input
                type="checkbox"
                class="form-checkbox"
                id="linear-path"
                prop:checked=move || state.shape.get() == PathShape::Linear
                on:change=move |ev| {
                    let linear = event_target_checked(&ev);
                    state.edit(|s| s.linear_path = linear);
                }
            />
            <label class="form-label" for="linear-path">{move || t(derived.lang.get(), Key::LinearPath)}</label>
            " "<GlossaryTerm term=Term::LigeLinje scope="page" lang=derived.lang />
        </div>
    }
}

/// The overview table of every goal.
#[component]
fn OverviewSection(derived: Derived) -> impl IntoView {
    let state = derived.state;
    let rows = Memo::new(move |_| {
        let Some(b) = state.baseline.get() else {
            return Vec::new();
        };
        let (goals, m, lang) = (
            derived.goals(),
            derived.municipality.get(),
            derived.lang.get(),
        );
        derived
            .plans
            .with(|plans| page::overview_rows(&b, &goals, plans, m, lang))
    });
    let subtitle = Signal::derive(move || {
        let lang = derived.lang.get();
        let date = state
            .baseline
            .get()
            .map(|b| format::month(b.meta.data_month, lang))
            .unwrap_or_default();
        page::overview_subtitle(&derived.municipality_name(), &date, lang)
    });
    view! { <OverviewTable rows=rows subtitle=subtitle lang=derived.lang /> }
}

/// The comparison with the region, comparable municipalities and the country, of goal `goal`;
/// with `one_goal` (an embed of one goal) without the goal chooser.
#[component]
fn ComparisonSection(
    derived: Derived,
    goal: Memo<Option<usize>>,
    one_goal: Memo<bool>,
) -> impl IntoView {
    let state = derived.state;
    let view_of = Memo::new(move |_| {
        let (b, p, m) = derived.inputs()?;
        let goal = goal.get()?;
        let lang = derived.lang.get();
        derived.plans.with(|plans| {
            let plan = plans.get(goal)?.as_ref()?;
            comparison::comparison(&b, &p.0, m, goal, plan, lang)
        })
    });
    let titles = Signal::derive(move || {
        let lang = derived.lang.get();
        derived
            .goals()
            .iter()
            .map(|g| g.title.get(lang.code()).to_string())
            .collect::<Vec<_>>()
    });
    view! { <ComparisonView view=view_of goals=titles selected=state.comparison_goal chooser=Signal::derive(move || !one_goal.get()) lang=derived.lang /> }
}

/// The print summary, built only while printing (it would otherwise be rebuilt on every
/// slider move without being seen).
#[component]
fn PrintSection(derived: Derived) -> impl IntoView {
    let state = derived.state;
    let printing = browser::printing();
    let summary = Memo::new(move |_| {
        if !printing.get() {
            return None;
        }
        let (b, p, m) = derived.inputs()?;
        let lang = derived.lang.get();
        let (y, mo, d) = browser::today();
        let today = view_model::print::day_text(y, mo, d, lang).unwrap_or_default();
        state.scenario.with(|scenario| {
            derived.plans.with(|plans| {
                view_model::print::summary(&b, &p.0, m, plans, scenario, (&today, lang))
            })
        })
    });
    view! { <PrintSummary summary=summary /> }
}
