//! Two tabs or windows with Måltal open at once share one local storage. Each remembers what the
//! storage held when it last read or wrote it; when another tab has written since, the two are
//! merged scenario by scenario (`data::scenario::merge`) before this tab writes, and at once when
//! the browser says another tab wrote (the `storage` event), so neither overwrites the other's
//! work silently. A scenario changed in both is kept twice, and a notice says so.

use std::cell::RefCell;

use gloo::storage::{LocalStorage, Storage};
use leptos::prelude::*;

use crate::data::scenario::{from_stored, merge, to_stored, Scenario, STORAGE_KEY};
use crate::ui::notice::Notice;

use super::browser::new_id;
use super::state::AppState;

thread_local! {
    /// The stored text this tab last read or wrote, and its scenarios.
    static BASE: RefCell<(String, Vec<Scenario>)> = const { RefCell::new((String::new(), Vec::new())) };
}

/// Remembers what the storage holds now (after reading or writing it).
pub fn remember(text: &str, scenarios: &[Scenario]) {
    BASE.with(|b| *b.borrow_mut() = (text.to_string(), scenarios.to_vec()));
}

fn stored_text() -> String {
    LocalStorage::raw()
        .get_item(STORAGE_KEY)
        .ok()
        .flatten()
        .unwrap_or_default()
}

/// Merges another tab's writes since this tab's last read or write into this tab's scenarios.
/// Returns the text to write now (`None`: nothing to write — no other tab wrote, or what it
/// wrote cannot be read, and then this tab's save goes ahead as before).
pub fn sync(state: AppState) -> Option<String> {
    let now = stored_text();
    let (base_text, base) = BASE.with(|b| b.borrow().clone());
    if now == base_text || now.is_empty() {
        return None;
    }
    let theirs = from_stored(&now).ok()?.scenarios;
    let mine = state.scenarios.get_untracked();
    let merged = merge(&base, &mine, &theirs, |_| new_id());
    remember(&now, &theirs);
    if merged.scenarios != mine {
        let current_id = mine
            .get(state.current.get_untracked())
            .map(|s| s.id.clone());
        let current = current_id
            .and_then(|id| merged.scenarios.iter().position(|s| s.id == id))
            .unwrap_or(0);
        state.scenarios.set(merged.scenarios.clone());
        state.choose(current);
    }
    if !merged.conflicts.is_empty() {
        state.notify(Notice::ChangedInTwoTabs(merged.conflicts));
    }
    Some(to_stored(state.current.get_untracked(), &merged.scenarios))
}

/// Merges at once when another tab writes (the browser's `storage` event).
pub fn listen(state: AppState) {
    if let Some(window) = web_sys::window() {
        gloo::events::EventListener::new(&window, "storage", move |_| {
            let _ = sync(state);
        })
        .forget();
    }
}
