//! Loading baseline files into the app: from a URL on the app's own origin, or from a file the
//! user chooses or drops. A file that fails validation never replaces the data the user had.

use std::sync::Arc;

use leptos::prelude::*;

use crate::data::fetch::{fetch_baseline, FetchError};
use crate::model::baseline::Baseline;

use super::browser;
use super::state::{AppState, LoadProblem, DEFAULT_DATA_URL};

/// Makes `b` the app's data and keeps the user's choices where they still apply.
pub fn apply(state: AppState, b: Baseline, source: String, clear_problem: bool) {
    let scenario = state.scenario.get_untracked();
    if b.municipality_index(&scenario.kommune).is_none() {
        if !scenario.kommune.is_empty() {
            state.notify(format!(
                "Kommunekoden {} findes ikke i datafilen; den første kommune vises.",
                scenario.kommune
            ));
        }
        let first = b
            .municipalities
            .first()
            .map(|m| m.code.clone())
            .unwrap_or_default();
        state.edit(|s| s.kommune = first);
    }
    if !b.goal_sets.iter().any(|g| g.id == scenario.maalsaet) {
        let first = b
            .goal_sets
            .first()
            .map(|g| g.id.clone())
            .unwrap_or_default();
        state.edit(|s| s.maalsaet = first);
    }
    if !b.outlooks.iter().any(|o| o.id == scenario.konjunktur) {
        if !scenario.konjunktur.is_empty() {
            state.notify(format!(
                "Konjunkturscenariet «{}» findes ikke i datafilen; basis bruges.",
                scenario.konjunktur
            ));
        }
        let basis = b
            .outlooks
            .iter()
            .find(|o| o.id == "basis")
            .or(b.outlooks.first())
            .map(|o| o.id.clone())
            .unwrap_or_default();
        state.edit(|s| s.konjunktur = basis);
    }
    let data_date = b.meta.data_month.to_string();
    let stamp_source = source.clone();
    state.edit(|s| {
        if s.datadato.is_empty() {
            s.datadato = data_date;
            s.datakilde = stamp_source;
        }
    });
    state.baseline.set(Some(Arc::new(b)));
    state.data_source.set(source);
    if clear_problem {
        state.load_problem.set(None);
    }
}

fn problem(state: AppState, what: &str, lines: Vec<String>) {
    state.load_problem.set(Some(LoadProblem {
        what: what.to_string(),
        lines,
    }));
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
        match fetch_baseline(&resolved).await {
            Ok(b) => apply(state, b, url, !fallback),
            Err(FetchError::Invalid { errors, .. }) => problem(
                state,
                &url,
                errors.errors().iter().map(ToString::to_string).collect(),
            ),
            Err(e) => {
                problem(state, &url, vec![e.to_string()]);
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
            errors.errors().iter().map(ToString::to_string).collect(),
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
            vec![format!(
                "filen er for stor: {size} bytes (højst {} bytes)",
                crate::data::convert::MAX_FILE_BYTES
            )],
        );
        return;
    }
    leptos::task::spawn_local(async move {
        let file = gloo::file::File::from(file);
        match gloo::file::futures::read_as_text(&file).await {
            Ok(text) => load_text(state, &text, name),
            Err(e) => problem(state, &name, vec![format!("filen kunne ikke læses: {e}")]),
        }
    });
}
