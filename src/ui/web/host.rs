//! Messages to the page that frames Måltal (protocol `maltal:valg`, version 1; README,
//! "Indlejring"): after the user's choices change, the framed page posts the message built by
//! [`crate::ui::view_model::embed::choice_message`] to its parent, handed to JavaScript with
//! `serde-wasm-bindgen` as a plain object. Nothing is sent when the page is not framed, and the
//! app listens to no messages.

use std::cell::RefCell;

use gloo::timers::callback::Timeout;
use serde::Serialize;

use crate::ui::view_model::embed::ChoiceMessage;

/// A slider drag settles before the host hears of it: one message per pause, not per step.
const SETTLE_MS: u32 = 300;

thread_local! {
    /// The message waiting for the drag to settle.
    static PENDING: RefCell<Option<Timeout>> = const { RefCell::new(None) };
}

/// True when the page is inside a frame (its parent is another window).
pub fn is_framed() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    match (window.parent(), window.self_()) {
        (Ok(Some(parent)), me) => parent != me,
        _ => false,
    }
}

/// Posts `message` to the parent once the choices have settled for [`SETTLE_MS`]; a newer
/// message replaces one still waiting. Does nothing when the page is not framed.
pub fn post_choice(message: ChoiceMessage) {
    if !is_framed() {
        return;
    }
    let timeout = Timeout::new(SETTLE_MS, move || send(&message));
    // Dropping the old timeout cancels it.
    PENDING.with(|p| p.replace(Some(timeout)));
}

fn send(message: &ChoiceMessage) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(Some(parent)) = window.parent() else {
        return;
    };
    // Plain objects and null (not Maps and undefined), as a host page's listener expects.
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    match message.serialize(&serializer) {
        // The targets are what the page shows to anyone: any host origin may read them.
        Ok(value) => {
            let _ = parent.post_message(&value, "*");
        }
        Err(e) => super::browser::warn(&format!("maltal:valg kunne ikke sendes: {e}")),
    }
}
