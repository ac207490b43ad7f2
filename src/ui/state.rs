//! The app's one typed context: the user's inputs (signals) and the data they work on.
//! Everything else is derived in `App` with memos whose body is one call into `model` or
//! `ui::view_model`.

use std::collections::HashMap;
use std::sync::Arc;

use leptos::prelude::*;

use crate::model::ambition::Ambition;
use crate::model::baseline::Baseline;
use crate::model::kravforloeb::PathShape;

use super::format::Lang;

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
    /// True while a data file is being fetched or read.
    pub loading: RwSignal<bool>,
    /// The latest loading problem; the previous data stay.
    pub load_problem: RwSignal<Option<LoadProblem>>,
    /// The chosen municipality's code.
    pub municipality: RwSignal<Option<String>>,
    /// Index of the chosen goal set.
    pub goal_set: RwSignal<usize>,
    /// Id of the chosen labour-market outlook.
    pub outlook: RwSignal<Option<String>>,
    /// The ambition per goal id (a goal without one follows the prognosis).
    pub ambitions: RwSignal<HashMap<String, Ambition>>,
    /// Shape of the kravforløb.
    pub shape: RwSignal<PathShape>,
    /// Index of the goal shown in the comparison view.
    pub comparison_goal: RwSignal<usize>,
    /// Display language.
    pub lang: RwSignal<Lang>,
    /// The page shown.
    pub page: RwSignal<Page>,
}

impl AppState {
    /// Creates the state and provides it as context.
    pub fn provide() -> AppState {
        let state = AppState {
            baseline: RwSignal::new(None),
            data_source: RwSignal::new(DEFAULT_DATA_URL.to_string()),
            loading: RwSignal::new(false),
            load_problem: RwSignal::new(None),
            municipality: RwSignal::new(None),
            goal_set: RwSignal::new(0),
            outlook: RwSignal::new(None),
            ambitions: RwSignal::new(HashMap::new()),
            shape: RwSignal::new(PathShape::Seasonal),
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
}
