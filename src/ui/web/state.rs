//! The app's one typed context: the loaded data and the user's scenarios. The scenario being
//! worked on is the single source of the user's choices (municipality, goal set, outlook,
//! ambitions, notes); components read it through memos and change it with [`AppState::edit`].

use std::sync::Arc;

use leptos::prelude::*;

use crate::data::scenario::{Refit, Scenario, ScenarioGoals};

use crate::model::baseline::Baseline;
use crate::model::kravforloeb::PathShape;

use crate::ui::format::Lang;
use crate::ui::notice::{LoadError, Notice};

use super::browser;

/// Where the default dataset is fetched from, relative to the page.
pub const DEFAULT_DATA_URL: &str = "data/baseline.json";

/// The data source of the single-file build, whose data are inside the page (shown in the
/// page's language as "indbygget datafil" / "built-in data file").
pub const BUILTIN_SOURCE: &str = "indbygget datafil";

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
    /// What is wrong, one line each.
    pub errors: Vec<LoadError>,
    /// The address to try again, when trying again may help (no connection, no answer).
    pub retry: Option<String>,
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
    /// One-line notices (restored state set aside, link from other data, …), written in the
    /// page's language when shown.
    pub notices: RwSignal<Vec<Notice>>,
    /// All named scenarios (never empty).
    pub scenarios: RwSignal<Vec<Scenario>>,
    /// Index of the scenario being worked on.
    pub current: RwSignal<usize>,
    /// The scenario being worked on.
    pub scenario: Memo<Scenario>,
    /// The chosen municipality's code.
    pub municipality: Memo<Option<String>>,
    /// Index of the chosen goal set in the baseline (the template of the scenario's goals).
    pub goal_set: Memo<usize>,
    /// The scenario's goals resolved against the data: those planned, and those the data
    /// cannot plan (`None` until data have loaded). Changes only when the goal list does.
    pub goals: Memo<Option<ScenarioGoals>>,
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
    /// The goal a link's `maal=` asks for in embed mode (checked when data arrive).
    pub goal_param: StoredValue<Option<String>>,
}

impl AppState {
    /// Creates the state with one scenario and provides it as context; `goal_param` is the
    /// goal an embed link asks for.
    pub fn provide(goal_param: Option<String>) -> AppState {
        let baseline: RwSignal<Option<Arc<Baseline>>> = RwSignal::new(None);
        let scenarios = RwSignal::new(vec![Scenario {
            name: "Scenarie 1".into(),
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
            let code = scenario.with(|s| s.municipality.clone());
            (!code.is_empty()).then_some(code)
        });
        let goal_set = Memo::new(move |_| {
            let id = scenario.with(|s| s.goal_set.clone());
            baseline.with(|b| {
                b.as_ref()
                    .and_then(|b| b.goal_sets.iter().position(|g| g.id == id))
                    .unwrap_or(0)
            })
        });
        let goals = Memo::new(move |_| {
            baseline.with(|b| {
                let b = b.as_ref()?;
                Some(scenario.with(|s| s.goals_in(b)))
            })
        });
        let outlook = Memo::new(move |_| {
            let id = scenario.with(|s| s.outlook.clone());
            (!id.is_empty()).then_some(id)
        });
        let shape = Memo::new(move |_| {
            if scenario.with(|s| s.linear_path) {
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
            goals,
            outlook,
            shape,
            comparison_goal: RwSignal::new(0),
            lang: RwSignal::new(Lang::Da),
            page: RwSignal::new(Page::Calculator),
            goal_param: StoredValue::new(goal_param),
        };
        provide_context(state);
        state
    }

    /// The state provided by `App`. Only components rendered inside `App` call this, and `App`
    /// provides the state before it renders anything, so the context is always there (every
    /// e2e journey renders every component).
    pub fn expect() -> AppState {
        expect_context::<AppState>()
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
                    s.rev = s.rev.saturating_add(1);
                    if s.id.is_empty() {
                        s.id = browser::new_id();
                    }
                }
            }
        });
    }

    /// Makes scenario `i` the one worked on. A scenario chosen while data are there — picked
    /// from the list, read from a file, opened from a link, changed in another tab — meets the
    /// data as a loaded file does ([`AppState::fit_current`]).
    pub fn choose(&self, i: usize) {
        self.current.set(i);
        self.refit();
    }

    /// Fits the current scenario to the data when they are there (after the current scenario
    /// was replaced in place, e.g. by a newer version read from a file).
    pub fn refit(&self) {
        if let Some(b) = self.baseline.get_untracked() {
            self.fit_current(&b, &self.data_source.get_untracked());
        }
    }

    /// Fits the current scenario to `b` (`Scenario::fit_to`, tested natively): what the data
    /// lack is repaired and an implausible figure removed; each repair the user should know of
    /// becomes a notice.
    pub fn fit_current(&self, b: &Baseline, source: &str) {
        let mut said = Vec::new();
        self.edit(|s| said = s.fit_to(b, source));
        for refit in said {
            self.notify(match refit {
                Refit::MunicipalityMissing(code) => Notice::UnknownMunicipality(code),
                Refit::OutlookMissing(id) => Notice::UnknownOutlook(id),
                Refit::Implausible {
                    title,
                    value,
                    limit,
                } => Notice::Implausible {
                    title,
                    value,
                    limit,
                },
            });
        }
    }

    /// Adds a notice (once: the same notice twice is shown once).
    pub fn notify(&self, notice: Notice) {
        self.notices.update(|n| {
            if !n.contains(&notice) {
                n.push(notice);
            }
        });
    }
}
