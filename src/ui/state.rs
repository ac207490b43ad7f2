//! The app's one typed context: the inputs (signals) every component may read or set.

use std::sync::Arc;

use leptos::prelude::*;

use crate::model::baseline::Baseline;

use super::format::Lang;

/// Where the default dataset is fetched from, relative to the page.
pub const DEFAULT_DATA_URL: &str = "data/baseline.json";

/// App-wide state, provided once by `App`.
#[derive(Clone, Copy)]
pub struct AppState {
    /// The loaded baseline (`None` until the first file has loaded).
    pub baseline: RwSignal<Option<Arc<Baseline>>>,
    /// The latest loading error, shown in a panel; the previous data stay.
    pub load_error: RwSignal<Option<String>>,
    /// The chosen municipality's code.
    pub municipality: RwSignal<Option<String>>,
    /// Display language.
    pub lang: RwSignal<Lang>,
}

impl AppState {
    /// Creates the state and provides it as context.
    pub fn provide() -> AppState {
        let state = AppState {
            baseline: RwSignal::new(None),
            load_error: RwSignal::new(None),
            municipality: RwSignal::new(None),
            lang: RwSignal::new(Lang::Da),
        };
        provide_context(state);
        state
    }
}
