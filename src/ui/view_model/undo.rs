//! What is an undo step and when the browser's history gets an entry (#11 §8). A step is the
//! scenario's targets (ambition per goal) once a change has *settled* — the caller decides
//! "settled" (a pause after the last slider input, a field's change, a preset); a drag of
//! the slider is one step, not one per input event. Each step after the first gets one history
//! entry (unless embedded), carrying this log's token and the step's index, so Back and the
//! "Fortryd" button land on the same step. Another scenario starts a new log (with a new token:
//! entries of the old log are then ignored).

use std::collections::BTreeMap;

use crate::model::ambition::Ambition;

/// The targets of one scenario: ambition per goal id.
pub type Targets = BTreeMap<String, Ambition>;

/// The most steps kept (older ones are dropped; their history entries then do nothing).
pub const MAX_STEPS: usize = 100;

/// What the caller does after [`UndoLog::settle`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Settled {
    /// Nothing changed since the last step.
    Same,
    /// A new step: push a history entry with this state (unless embedded).
    Push(String),
    /// Another scenario: the log restarted; replace the current entry's state with this one.
    Restart(String),
}

/// The steps of the scenario being worked on, and which one is shown.
#[derive(Debug, Clone, PartialEq)]
pub struct UndoLog {
    token: u64,
    scenario: usize,
    steps: Vec<Targets>,
    pos: usize,
}

impl UndoLog {
    /// A log whose first step is `targets` of scenario `scenario`; `token` tells this log's
    /// history entries from those of an earlier page load (any number that differs, e.g. the
    /// time).
    pub fn new(token: u64, scenario: usize, targets: Targets) -> UndoLog {
        UndoLog {
            token,
            scenario,
            steps: vec![targets],
            pos: 0,
        }
    }

    /// The history state of the step shown.
    pub fn state(&self) -> String {
        state_text(self.token, self.pos)
    }

    /// Whether there is a step to go back to.
    pub fn can_undo(&self) -> bool {
        self.pos > 0
    }

    /// Records the targets once a change has settled. Steps after the one shown (undone ones)
    /// are dropped by a new change, as in an editor.
    pub fn settle(&mut self, scenario: usize, targets: &Targets) -> Settled {
        if scenario != self.scenario {
            *self = UndoLog::new(self.token.wrapping_add(1), scenario, targets.clone());
            return Settled::Restart(self.state());
        }
        if self.steps.get(self.pos) == Some(targets) {
            return Settled::Same;
        }
        self.steps.truncate(self.pos + 1);
        self.steps.push(targets.clone());
        if self.steps.len() > MAX_STEPS {
            self.steps.remove(0);
            // The indices moved: entries pushed before now point one step off, so a new token.
            self.token = self.token.wrapping_add(1);
        }
        self.pos = self.steps.len() - 1;
        Settled::Push(self.state())
    }

    /// Goes one step back (the "Fortryd" button in embed mode): the targets to apply.
    pub fn undo(&mut self) -> Option<Targets> {
        self.pos = self.pos.checked_sub(1)?;
        self.steps.get(self.pos).cloned()
    }

    /// The browser moved to an entry with `state` (Back or Forward): the targets to apply, or
    /// `None` when the entry is not one of this log's.
    pub fn go_to(&mut self, state: &str) -> Option<Targets> {
        let (token, index) = parse_state(state)?;
        if token != self.token {
            return None;
        }
        let targets = self.steps.get(index)?.clone();
        self.pos = index;
        Some(targets)
    }
}

fn state_text(token: u64, index: usize) -> String {
    format!("maltal:{token}:{index}")
}

fn parse_state(state: &str) -> Option<(u64, usize)> {
    let rest = state.strip_prefix("maltal:")?;
    let (token, index) = rest.split_once(':')?;
    Some((token.parse().ok()?, index.parse().ok()?))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ambition::Preset;

    fn targets(x: f64) -> Targets {
        Targets::from([("ledighed".to_string(), Ambition::Absolute(x))])
    }

    #[test]
    fn a_drag_that_settles_once_is_one_step_and_one_entry() {
        let mut log = UndoLog::new(7, 0, Targets::new());
        assert!(!log.can_undo());
        // The caller settles after the drag: one push, whatever the inputs in between.
        assert_eq!(
            log.settle(0, &targets(300.0)),
            Settled::Push("maltal:7:1".into())
        );
        assert_eq!(log.settle(0, &targets(300.0)), Settled::Same);
        assert!(log.can_undo());
        assert_eq!(log.undo(), Some(Targets::new()));
        assert!(!log.can_undo());
        assert_eq!(log.undo(), None);
    }

    #[test]
    fn back_and_forward_land_on_the_entry_s_step_and_a_foreign_entry_does_nothing() {
        let mut log = UndoLog::new(3, 0, targets(1.0));
        log.settle(0, &targets(2.0));
        let Settled::Push(second) = log.settle(0, &targets(3.0)) else {
            panic!("a change is a step");
        };
        assert_eq!(log.go_to("maltal:3:0"), Some(targets(1.0)));
        // The applied targets settle as the step shown: no new entry.
        assert_eq!(log.settle(0, &targets(1.0)), Settled::Same);
        assert_eq!(log.go_to(&second), Some(targets(3.0)));
        assert_eq!(
            log.go_to("maltal:2:1"),
            None,
            "an earlier page load's entry"
        );
        assert_eq!(log.go_to("maltal:3:9"), None);
        assert_eq!(log.go_to(""), None);
        assert_eq!(log.state(), second);
    }

    #[test]
    fn a_change_after_undo_drops_the_undone_steps() {
        let mut log = UndoLog::new(0, 0, targets(1.0));
        log.settle(0, &targets(2.0));
        log.undo();
        let preset = Targets::from([("ledighed".to_string(), Ambition::Preset(Preset::Forecast))]);
        assert_eq!(log.settle(0, &preset), Settled::Push("maltal:0:1".into()));
        assert_eq!(log.go_to("maltal:0:2"), None);
        assert_eq!(log.undo(), Some(targets(1.0)));
    }

    #[test]
    fn another_scenario_restarts_the_log_and_old_entries_are_ignored() {
        let mut log = UndoLog::new(5, 0, targets(1.0));
        log.settle(0, &targets(2.0));
        assert_eq!(
            log.settle(1, &targets(9.0)),
            Settled::Restart("maltal:6:0".into())
        );
        assert!(!log.can_undo());
        assert_eq!(log.go_to("maltal:5:0"), None);
    }

    #[test]
    fn the_log_keeps_at_most_max_steps() {
        let mut log = UndoLog::new(0, 0, targets(0.0));
        for i in 1..=(MAX_STEPS + 5) {
            log.settle(0, &targets(i as f64));
        }
        let mut undone = 0;
        while log.undo().is_some() {
            undone += 1;
        }
        assert_eq!(undone, MAX_STEPS - 1);
    }
}
