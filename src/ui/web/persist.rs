//! Keeping the user's work: autosave in the browser's local storage, the share link in the URL
//! (`?s=…`, written with the History API), and restoring both at start.
//!
//! Precedence at start: explicit embed parameters (`kommune`, `konjunktur`), then the link's
//! scenario, then the autosaved scenarios. A stored value that cannot be read is set aside under
//! a backup key (never deleted) and the app starts cleanly; a bad link never touches the saved
//! scenarios.

use gloo::storage::{LocalStorage, Storage};
use leptos::prelude::*;
use wasm_bindgen::JsValue;

use crate::data::scenario::{
    differences, from_link, from_stored, link_fits, place, to_file, to_link, to_stored, Placement,
    Scenario,
};

use crate::ui::format::Lang;
use crate::ui::notice::{Notice, SaveFailure};
use crate::ui::params::Params;

use super::browser::new_id;
use super::state::AppState;
use super::tabs;

/// The local-storage key of the saved scenarios.
pub use crate::data::scenario::STORAGE_KEY;
/// Prefix of keys where unreadable saved state is set aside.
pub const BACKUP_PREFIX: &str = "maltal.backup.";

/// True when local storage can be used (it throws in some private modes and embeds).
pub fn storage_available() -> bool {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .is_some()
}

/// The local-storage key of the chosen language.
pub const LANG_KEY: &str = "maltal.sprog";

/// The language chosen on an earlier visit, if any.
pub fn saved_lang() -> Option<Lang> {
    if !storage_available() {
        return None;
    }
    match LocalStorage::raw()
        .get_item(LANG_KEY)
        .ok()
        .flatten()
        .as_deref()
    {
        Some("en") => Some(Lang::En),
        Some("da") => Some(Lang::Da),
        _ => None,
    }
}

/// Remembers the chosen language for the next visit.
pub fn save_lang(lang: Lang) {
    if storage_available() {
        let _ = LocalStorage::raw().set_item(LANG_KEY, lang.code());
    }
}

/// Keeps `text` under a new backup key; the key, or `None` when even that failed.
fn set_aside(text: &str) -> Option<String> {
    let key = format!("{BACKUP_PREFIX}{}", js_sys::Date::now() as u64);
    LocalStorage::raw()
        .set_item(&key, text)
        .is_ok()
        .then_some(key)
}

/// Restores saved scenarios, then the link's scenario, then the embed parameters.
pub fn restore(state: AppState, params: &Params, link: Option<&str>) {
    if storage_available() {
        let raw = LocalStorage::raw().get_item(STORAGE_KEY).ok().flatten();
        if let Some(text) = raw {
            match from_stored(&text) {
                Ok(stored) => {
                    // The unreadable ones are kept in the copy set aside; the others open.
                    if let Some(error) = stored.set_aside.first().cloned() {
                        state.notify(Notice::SomeStoredUnreadable {
                            count: stored.set_aside.len(),
                            error,
                            backup_key: set_aside(&text),
                        });
                    }
                    tabs::remember(&text, &stored.scenarios);
                    state.scenarios.set(stored.scenarios);
                    state.choose(stored.current);
                }
                Err(e) => {
                    let backup_key = set_aside(&text);
                    let _ = LocalStorage::raw().remove_item(STORAGE_KEY);
                    state.notify(Notice::StoredUnreadable {
                        error: e,
                        backup_key,
                    });
                }
            }
        }
    } else {
        state.notify(Notice::StorageUnavailable);
    }
    if let Some(link) = link {
        match from_link(link) {
            Ok(scenario) => open_scenario(state, scenario),
            Err(e) => {
                state.notify(Notice::LinkUnusable(e));
                remove_link_from_url();
            }
        }
    }
    if let Some(code) = &params.municipality {
        let code = code.clone();
        state.edit(|s| s.municipality = code);
    }
    if let Some(id) = &params.outlook {
        let id = id.clone();
        state.edit(|s| s.outlook = id);
    }
}

/// Makes `scenario` the current one: the saved one when it is the same scenario (an old link
/// never overwrites newer work), a replacement when it is a newer version, else a new entry.
pub fn open_scenario(state: AppState, mut scenario: Scenario) {
    if scenario.id.is_empty() {
        scenario.id = new_id();
    }
    let placement = state
        .scenarios
        .with_untracked(|list| place(list, &scenario));
    match placement {
        Placement::Existing(i) => state.choose(i),
        // Never silently: the notice says what changed and offers the saved version back.
        Placement::Replace(i) => {
            let mut previous = None;
            state.scenarios.update(|list| {
                if let Some(slot) = list.get_mut(i) {
                    previous = Some(std::mem::replace(slot, scenario));
                }
            });
            state.choose(i);
            if let Some(previous) = previous {
                let changes = state
                    .scenarios
                    .with_untracked(|list| list.get(i).map(|new| differences(&previous, new)))
                    .unwrap_or_default();
                state.notify(Notice::LinkReplaced {
                    changes,
                    previous: Box::new(previous),
                });
            }
        }
        Placement::New => {
            let mut index = 0;
            state.scenarios.update(|list| {
                // A blank, untouched first scenario gives way to the one being opened.
                if list.len() == 1 && list[0].rev == 0 && list[0].ambitions.is_empty() {
                    list.clear();
                }
                list.push(scenario);
                index = list.len() - 1;
            });
            state.choose(index);
        }
    }
}

/// Puts back the saved version a link replaced ([`Notice::LinkReplaced`]), as the newer one, so
/// the same link opened again shows it instead of replacing it once more.
pub fn restore_replaced(state: AppState) {
    let previous = state.notices.with_untracked(|n| {
        n.iter().find_map(|x| match x {
            Notice::LinkReplaced { previous, .. } => Some(previous.clone()),
            _ => None,
        })
    });
    let Some(previous) = previous else {
        return;
    };
    state.scenarios.update(|list| {
        if let Some(slot) = list.iter_mut().find(|s| s.id == previous.id) {
            let rev = slot.rev.saturating_add(1);
            *slot = (*previous).clone();
            slot.rev = rev;
        }
    });
    state
        .notices
        .update(|n| n.retain(|x| !matches!(x, Notice::LinkReplaced { .. })));
}

/// Saves the scenarios and writes the share link when they change (the outside world):
/// 200 ms after the last change, so a slider being dragged does not write on every step (and
/// the browser's limit on History API calls is never reached), and at once when the page is
/// left.
pub fn autosave(state: AppState) {
    let pending = StoredValue::new_local(None::<gloo::timers::callback::Timeout>);
    let latest = StoredValue::new_local((String::new(), String::new()));
    let failing = StoredValue::new(false);
    let flush = move || {
        let (text, link) = latest.get_value();
        if text.is_empty() {
            return;
        }
        // Another tab's writes since this tab's last are merged in first (tabs.rs).
        let text = tabs::sync(state).unwrap_or(text);
        save_stored(state, &text, failing);
        // A link too long to open again is not left in the address bar (a reload would refuse
        // it); the scenario is in storage, and the share panel offers the file.
        if link_fits(&link) {
            write_link_to_url(&link);
        } else {
            remove_link_from_url();
        }
    };
    Effect::new(move |_| {
        // Nothing is written before the first data are there: until then no scenario has met
        // the data (a fresh one has no municipality yet), and what was saved or linked before
        // stays as it was — a first visit whose data file failed left a saved state and a link
        // that the next visit could not read.
        if state.baseline.with(Option::is_none) {
            return;
        }
        let current = state.current.get();
        let text = state.scenarios.with(|list| to_stored(current, list));
        let link = state.scenario.with(to_link);
        latest.set_value((text, link));
        // Replacing the handle cancels the previous timer.
        pending.set_value(Some(gloo::timers::callback::Timeout::new(200, flush)));
    });
    if let Some(window) = web_sys::window() {
        gloo::events::EventListener::new(&window, "pagehide", move |_| flush()).forget();
    }
    tabs::listen(state);
}

/// Writes the stored scenarios. A write that fails (storage full, blocked) is said at once —
/// once per run of failures, so closing the notice is respected until a save succeeds again,
/// which takes the notice away. The scenarios stay in memory either way.
fn save_stored(state: AppState, text: &str, failing: StoredValue<bool>) {
    let result = if storage_available() {
        LocalStorage::raw()
            .set_item(STORAGE_KEY, text)
            .map_err(|e| SaveFailure::from_error_name(&error_name(&e)))
    } else {
        Err(SaveFailure::Blocked)
    };
    if result.is_ok() {
        state
            .scenarios
            .with_untracked(|list| tabs::remember(text, list));
    }
    match result {
        Ok(()) if failing.get_value() => {
            failing.set_value(false);
            state
                .notices
                .update(|n| n.retain(|x| !matches!(x, Notice::SaveFailed(_))));
        }
        Ok(()) => {}
        Err(_) if failing.get_value() => {}
        Err(why) => {
            failing.set_value(true);
            state.notify(Notice::SaveFailed(why));
        }
    }
}

/// The `name` of a thrown exception (a `DOMException`'s "QuotaExceededError"), or "".
fn error_name(e: &JsValue) -> String {
    js_sys::Reflect::get(e, &JsValue::from_str("name"))
        .ok()
        .and_then(|n| n.as_string())
        .unwrap_or_default()
}

/// Downloads every scenario as one scenario file (`maltal-scenarier.json`).
pub fn download_all(state: AppState) {
    let all = state.scenarios.get_untracked();
    let _ = super::browser::download("maltal-scenarier.json", "application/json", &to_file(&all));
}

/// Parameters that the scenario itself carries once applied; they leave the address so a later
/// choice in the app is not overridden on reload.
const APPLIED_PARAMS: [&str; 2] = ["kommune", "konjunktur"];
/// Parameters a share link keeps besides `s` (the data file the scenario needs, the language).
const SHARED_PARAMS: [&str; 2] = ["data", "sprog"];

/// The page's URL with `s` set to `link` (view parameters such as `embed` kept).
pub fn url_with_link(link: &str) -> Option<String> {
    let location = web_sys::window()?.location();
    let params = web_sys::UrlSearchParams::new_with_str(&location.search().ok()?).ok()?;
    for name in APPLIED_PARAMS {
        params.delete(name);
    }
    params.set("s", link);
    let path = location.pathname().ok()?;
    Some(format!("{path}?{}", String::from(params.to_string())))
}

fn write_link_to_url(link: &str) {
    let Some(url) = url_with_link(link) else {
        return;
    };
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = history.replace_state_with_url(
            &history.state().unwrap_or(JsValue::NULL),
            "",
            Some(&url),
        );
    }
}

fn remove_link_from_url() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    let Some(params) = location
        .search()
        .ok()
        .and_then(|s| web_sys::UrlSearchParams::new_with_str(&s).ok())
    else {
        return;
    };
    params.delete("s");
    let query = String::from(params.to_string());
    let path = location.pathname().unwrap_or_default();
    let url = if query.is_empty() {
        path
    } else {
        format!("{path}?{query}")
    };
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(
            &history.state().unwrap_or(JsValue::NULL),
            "",
            Some(&url),
        );
    }
}

/// The full share link of a scenario from its `link` (absolute URL, also from `file://`), for
/// copying: the scenario plus the data file and language, nothing of the sender's view (embed,
/// theme).
pub fn share_url(link: &str) -> Option<String> {
    let location = web_sys::window()?.location();
    let href = location.href().ok()?;
    let base = href.split(['?', '#']).next().unwrap_or(&href).to_string();
    let current = web_sys::UrlSearchParams::new_with_str(&location.search().ok()?).ok()?;
    let params = web_sys::UrlSearchParams::new().ok()?;
    for name in SHARED_PARAMS {
        if let Some(v) = current.get(name) {
            params.set(name, &v);
        }
    }
    params.set("s", link);
    Some(format!("{base}?{}", String::from(params.to_string())))
}
