//! Loading baseline files into the app: from a URL on the app's own origin, or from a file the
//! user chooses or drops. A file that fails validation never replaces the data the user had.

use std::sync::Arc;

use leptos::prelude::*;

use crate::data::fetch::{fetch_baseline, FetchError};
use crate::model::baseline::Baseline;
use crate::ui::notice::{LoadError, Notice};

use super::browser;
use super::state::{AppState, LoadProblem, DEFAULT_DATA_URL};

/// Makes `b` the app's data and keeps the user's choices where they still apply.
pub fn apply(state: AppState, b: Baseline, source: String, clear_problem: bool) {
    state.fit_current(&b, &source);
    check_goal_param(state, &b);
    state.baseline.set(Some(Arc::new(b)));
    state.data_source.set(source);
    if clear_problem {
        state.load_problem.set(None);
    }
}

/// A link's `maal=` that the scenario's goals (its goal set's or its own) do not hold is said
/// once the data are there.
fn check_goal_param(state: AppState, b: &Baseline) {
    let Some(id) = state.goal_param.get_value() else {
        return;
    };
    let gs = state.scenario.with_untracked(|s| s.goals_in(b)).set;
    if !gs.goals.iter().any(|g| g.id == id) {
        let known: Vec<&str> = gs.goals.iter().map(|g| g.id.as_str()).collect();
        state.notify(Notice::unknown_goal(&id, &known));
    }
}

fn problem(state: AppState, what: &str, errors: Vec<LoadError>) {
    state.load_problem.set(Some(LoadProblem {
        what: what.to_string(),
        errors,
        retry: None,
    }));
}

/// A failed fetch that may work the next time (no connection, no answer): the panel offers
/// to try the address again.
fn problem_with_retry(state: AppState, url: &str, errors: Vec<LoadError>) {
    state.load_problem.set(Some(LoadProblem {
        what: url.to_string(),
        errors,
        retry: Some(url.to_string()),
    }));
}

/// The lines of the error panel for a failed fetch.
fn fetch_errors(e: FetchError) -> Vec<LoadError> {
    match e {
        FetchError::Invalid { errors, .. } => errors.0.into_iter().map(LoadError::Data).collect(),
        FetchError::Network { reason, .. } => vec![LoadError::Network(reason)],
        FetchError::TimedOut { seconds, .. } => vec![LoadError::TimedOut { seconds }],
        FetchError::Redirected { to, .. } => vec![LoadError::RedirectedElsewhere(to)],
        FetchError::Status {
            status,
            status_text,
            ..
        } => vec![LoadError::Status {
            status,
            text: status_text,
        }],
    }
}

/// Fetches a baseline from `url` (same origin only) and applies it.
pub fn load_url(state: AppState, url: String) {
    load_url_inner(state, url, false);
}

fn load_url_inner(state: AppState, url: String, fallback: bool) {
    let resolved = match browser::same_origin_url(&url) {
        Ok(u) => u,
        Err(e) => {
            problem(state, &url, vec![e]);
            // Refused before any request; without data yet, the default data are used instead
            // (and the panel saying why stays).
            if !fallback && url != DEFAULT_DATA_URL && state.baseline.get_untracked().is_none() {
                load_url_inner(state, DEFAULT_DATA_URL.to_string(), true);
            }
            return;
        }
    };
    leptos::task::spawn_local(async move {
        match fetch_baseline(&resolved, browser::is_page_site).await {
            Ok(b) => apply(state, b, url, !fallback),
            Err(e @ FetchError::Invalid { .. }) => problem(state, &url, fetch_errors(e)),
            Err(e) => {
                if matches!(e, FetchError::Network { .. } | FetchError::TimedOut { .. }) {
                    problem_with_retry(state, &url, fetch_errors(e));
                } else {
                    problem(state, &url, fetch_errors(e));
                }
                if !fallback && url != DEFAULT_DATA_URL && state.baseline.get_untracked().is_none()
                {
                    load_url_inner(state, DEFAULT_DATA_URL.to_string(), true);
                }
            }
        }
    });
}

/// Validates baseline text and applies it if valid.
pub fn load_text(state: AppState, text: &str, what: String) {
    match crate::data::from_json(text) {
        Ok(b) => apply(state, b, what, true),
        Err(errors) => problem(
            state,
            &what,
            errors.0.into_iter().map(LoadError::Data).collect(),
        ),
    }
}

/// Reads a chosen or dropped file and applies it if valid.
pub fn load_file(state: AppState, file: web_sys::File) {
    let name = file.name();
    let size = file.size();
    if size > crate::data::convert::MAX_FILE_BYTES as f64 {
        problem(
            state,
            &name,
            vec![LoadError::FileTooLarge {
                bytes: size as u64,
                limit: crate::data::convert::MAX_FILE_BYTES,
            }],
        );
        return;
    }
    leptos::task::spawn_local(async move {
        let file = gloo::file::File::from(file);
        match gloo::file::futures::read_as_text(&file).await {
            Ok(text) => load_text(state, &text, name),
            Err(e) => problem(state, &name, vec![LoadError::FileUnreadable(e.to_string())]),
        }
    });
}
