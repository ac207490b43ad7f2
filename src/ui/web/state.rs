//! The app's one typed context: the loaded data and the user's scenarios. The scenario being
//! worked on is the single source of the user's choices (municipality, goal set, outlook,
//! ambitions, notes); components read it through memos and change it with [`AppState::edit`].

use std::sync::Arc;

use leptos::prelude::*;

use crate::data::scenario::{AmbitionSpec, Scenario};
use crate::model::ambition::Ambition;
use crate::model::baseline::Baseline;
use crate::model::kravforloeb::PathShape;

use crate::ui::format::Lang;

/// Where the default dataset is fetched from, relative to the page.
pub const DEFAULT_DATA_URL: &str = "data/baseline.json";

/// Which page is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Page {
    /// The calculator.
    Calculator,
    /// "Sådan regner Måltal".
    Method,
}

/// A loading problem shown in the error panel.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadProblem {
    /// What was being loaded (a URL or a file name).
    pub what: String,
    /// One line per problem.
    pub lines: Vec<String>,
}

/// App-wide state, provided once by `App`.
#[derive(Clone, Copy)]
pub struct AppState {
    /// The loaded baseline (`None` until the first file has loaded).
    pub baseline: RwSignal<Option<Arc<Baseline>>>,
    /// Where the current baseline came from.
    pub data_source: RwSignal<String>,
    /// The latest loading problem; the previous data stay.
    pub load_problem: RwSignal<Option<LoadProblem>>,
    /// One-line notices (restored state set aside, link from other data, …).
    pub notices: RwSignal<Vec<String>>,
    /// All named scenarios (never empty).
    pub scenarios: RwSignal<Vec<Scenario>>,
    /// Index of the scenario being worked on.
    pub current: RwSignal<usize>,
    /// The scenario being worked on.
    pub scenario: Memo<Scenario>,
    /// The chosen municipality's code.
    pub municipality: Memo<Option<String>>,
    /// Index of the chosen goal set in the baseline.
    pub goal_set: Memo<usize>,
    /// Id of the chosen outlook.
    pub outlook: Memo<Option<String>>,
    /// Shape of the kravforløb.
    pub shape: Memo<PathShape>,
    /// Index of the goal shown in the comparison view.
    pub comparison_goal: RwSignal<usize>,
    /// Display language.
    pub lang: RwSignal<Lang>,
    /// The page shown.
    pub page: RwSignal<Page>,
}

impl AppState {
    /// Creates the state with one scenario and provides it as context.
    pub fn provide() -> AppState {
        let baseline: RwSignal<Option<Arc<Baseline>>> = RwSignal::new(None);
        let scenarios = RwSignal::new(vec![Scenario {
            navn: "Scenarie 1".into(),
            ..Scenario::default()
        }]);
        let current = RwSignal::new(0usize);
        let scenario = Memo::new(move |_| {
            scenarios.with(|list| {
                list.get(current.get())
                    .or(list.first())
                    .cloned()
                    .unwrap_or_default()
            })
        });
        let municipality = Memo::new(move |_| {
            let code = scenario.with(|s| s.kommune.clone());
            (!code.is_empty()).then_some(code)
        });
        let goal_set = Memo::new(move |_| {
            let id = scenario.with(|s| s.maalsaet.clone());
            baseline.with(|b| {
                b.as_ref()
                    .and_then(|b| b.goal_sets.iter().position(|g| g.id == id))
                    .unwrap_or(0)
            })
        });
        let outlook = Memo::new(move |_| {
            let id = scenario.with(|s| s.konjunktur.clone());
            (!id.is_empty()).then_some(id)
        });
        let shape = Memo::new(move |_| {
            if scenario.with(|s| s.lineaer) {
                PathShape::Linear
            } else {
                PathShape::Seasonal
            }
        });
        let state = AppState {
            baseline,
            data_source: RwSignal::new(DEFAULT_DATA_URL.to_string()),
            load_problem: RwSignal::new(None),
            notices: RwSignal::new(Vec::new()),
            scenarios,
            current,
            scenario,
            municipality,
            goal_set,
            outlook,
            shape,
            comparison_goal: RwSignal::new(0),
            lang: RwSignal::new(Lang::Da),
            page: RwSignal::new(Page::Calculator),
        };
        provide_context(state);
        state
    }

    /// The state provided by `App`.
    pub fn get() -> Option<AppState> {
        use_context::<AppState>()
    }

    /// Changes the scenario being worked on (and counts the edit, so its newest version is
    /// recognised when an older link to it is opened).
    pub fn edit(&self, f: impl FnOnce(&mut Scenario)) {
        let i = self.current.get_untracked();
        self.scenarios.update(|list| {
            if let Some(s) = list.get_mut(i) {
                let before = s.clone();
                f(s);
                if *s != before {
                    s.rev += 1;
                    if s.id.is_empty() {
                        s.id = super::persist::new_id();
                    }
                }
            }
        });
    }

    /// The ambition the scenario holds for a goal (the prognosis when it holds none).
    pub fn ambition_of(scenario: &Scenario, goal: &str) -> Ambition {
        scenario
            .ambitioner
            .get(goal)
            .and_then(AmbitionSpec::to_ambition)
            .unwrap_or_default()
    }

    /// Adds a notice line.
    pub fn notify(&self, text: impl Into<String>) {
        let text = text.into();
        self.notices.update(|n| {
            if !n.contains(&text) {
                n.push(text);
            }
        });
    }
}
