//! The wiring of undo and Back (#11 §8): the decisions are in
//! [`crate::ui::view_model::undo`]; here a change settles 500 ms after the last target edit
//! (so a slider drag is one step), a step becomes a history entry (never when embedded: the
//! host page's Back stays the host's), Back/Forward restore their step, and "Fortryd" goes
//! one step back (through the history when not embedded, so both stay one list).

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use leptos::prelude::*;
use wasm_bindgen::JsValue;

use crate::ui::view_model::undo::{Settled, Targets, UndoLog};

use super::state::AppState;

/// How long after the last target edit a change counts as settled.
const SETTLE_MS: u32 = 500;

/// The undo control, provided as context by [`start`].
#[derive(Clone, Copy)]
pub struct Undo {
    state: AppState,
    embed: bool,
    log: StoredValue<Option<UndoLog>>,
    pending: StoredValue<Option<Timeout>, LocalStorage>,
    /// Whether there is a target change to undo.
    pub can_undo: RwSignal<bool>,
}

impl Undo {
    /// Records the current targets now (a pending settle is done at once).
    fn settle_now(&self) {
        self.pending.set_value(None);
        let current = self.state.current.get_untracked();
        let targets = self.state.scenario.with_untracked(|s| s.ambitions.clone());
        let mut outcome = Settled::Same;
        self.log.update_value(|log| match log {
            Some(log) => outcome = log.settle(current, &targets),
            None => {
                let fresh = UndoLog::new(js_sys::Date::now() as u64, current, targets);
                outcome = Settled::Restart(fresh.state());
                *log = Some(fresh);
            }
        });
        if !self.embed {
            if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
                let _ = match &outcome {
                    Settled::Push(s) => history.push_state(&JsValue::from_str(s), ""),
                    Settled::Restart(s) => history.replace_state(&JsValue::from_str(s), ""),
                    Settled::Same => Ok(()),
                };
            }
        }
        self.refresh();
    }

    fn refresh(&self) {
        let can = self
            .log
            .with_value(|l| l.as_ref().is_some_and(UndoLog::can_undo));
        if self.can_undo.get_untracked() != can {
            self.can_undo.set(can);
        }
    }

    fn apply(&self, targets: Targets) {
        self.state.edit(|s| s.ambitions = targets);
        self.refresh();
    }

    /// Undoes the last target change.
    pub fn undo(&self) {
        self.settle_now();
        if !self.can_undo.get_untracked() {
            return;
        }
        let back = (!self.embed)
            .then(|| web_sys::window().and_then(|w| w.history().ok()))
            .flatten();
        match back {
            // popstate restores the step.
            Some(history) => {
                let _ = history.back();
            }
            None => {
                if let Some(targets) = self.log.try_update_value(|l| l.as_mut()?.undo()).flatten() {
                    self.apply(targets);
                }
            }
        }
    }

    /// The undo control provided by [`start`].
    pub fn expect() -> Undo {
        expect_context::<Undo>()
    }
}

/// Starts the log on the restored scenario and provides [`Undo`].
pub fn start(state: AppState, embed: bool) {
    let undo = Undo {
        state,
        embed,
        log: StoredValue::new(None),
        pending: StoredValue::new_local(None),
        can_undo: RwSignal::new(false),
    };
    provide_context(undo);
    Effect::new(move |first: Option<()>| {
        state.current.track();
        state.scenario.with(|s| s.ambitions.len());
        if first.is_none() {
            undo.settle_now();
        } else {
            // Replacing the handle cancels the previous timer.
            let timer = Timeout::new(SETTLE_MS, move || undo.settle_now());
            undo.pending.set_value(Some(timer));
        }
    });
    if embed {
        return;
    }
    if let Some(window) = web_sys::window() {
        EventListener::new(&window, "popstate", move |ev| {
            let state = js_sys::Reflect::get(ev, &JsValue::from_str("state"));
            let Some(step) = state.ok().and_then(|s| s.as_string()) else {
                return;
            };
            undo.pending.set_value(None);
            if let Some(targets) = undo
                .log
                .try_update_value(|l| l.as_mut()?.go_to(&step))
                .flatten()
            {
                undo.apply(targets);
            }
        })
        .forget();
    }
}
