//! Two tabs (or windows) editing the saved scenarios at once: a three-way merge per scenario, so
//! neither silently overwrites the other (issue 17).
//!
//! Each tab remembers what the storage held when it last read or wrote it (the base). When the
//! storage has changed since, what this tab holds (mine) and what the storage now holds (theirs)
//! are merged scenario by scenario, by id:
//!
//! - changed on one side only: that side's version;
//! - added on either side: kept; deleted on one side and unchanged on the other: deleted;
//! - deleted on one side and changed on the other: the changed one is kept (nothing is lost);
//! - changed on both sides differently: mine stays as it is, and theirs is added beside it as a
//!   copy with its own id (a conflict the page tells the user about).

use std::collections::BTreeSet;

use super::Scenario;

/// The result of [`merge`].
#[derive(Debug, Clone, PartialEq)]
pub struct Merged {
    /// The scenarios to hold and save, mine first in my order, then the ones only theirs.
    pub scenarios: Vec<Scenario>,
    /// The names of scenarios changed in both places: theirs was added as a copy.
    pub conflicts: Vec<String>,
}

/// Merges `theirs` (the storage now) into `mine` (this tab), given `base` (the storage when this
/// tab last read or wrote it). `copy_id` gives the id of a conflict's copy from its own id.
pub fn merge(
    base: &[Scenario],
    mine: &[Scenario],
    theirs: &[Scenario],
    copy_id: impl Fn(&str) -> String,
) -> Merged {
    let find = |list: &[Scenario], id: &str| list.iter().find(|s| s.id == id).cloned();
    let mut scenarios = Vec::new();
    let mut conflicts = Vec::new();
    for m in mine {
        // A scenario never edited (no id yet) is this tab's alone; a blank first one gives way
        // to the other tab's work, as it does to an opened link.
        if m.id.is_empty() {
            if m.rev > 0 || theirs.is_empty() {
                scenarios.push(m.clone());
            }
            continue;
        }
        match (find(base, &m.id), find(theirs, &m.id)) {
            (_, Some(t)) if t == *m => scenarios.push(m.clone()),
            (Some(b), Some(t)) if *m == b => scenarios.push(t),
            (Some(b), Some(t)) if t == b => scenarios.push(m.clone()),
            (Some(_) | None, Some(t)) => {
                scenarios.push(m.clone());
                conflicts.push(m.name.clone());
                let mut copy = t;
                copy.id = copy_id(&copy.id);
                scenarios.push(copy);
            }
            // Deleted there: gone here too, unless changed here.
            (Some(b), None) if *m == b => {}
            (_, None) => scenarios.push(m.clone()),
        }
    }
    let held: BTreeSet<&str> = mine.iter().map(|s| s.id.as_str()).collect();
    for t in theirs {
        if held.contains(t.id.as_str()) {
            continue;
        }
        match find(base, &t.id) {
            // Deleted here, unchanged there: stays deleted.
            Some(b) if b == *t => {}
            // Added there, or deleted here but changed there: kept.
            _ => scenarios.push(t.clone()),
        }
    }
    Merged {
        scenarios,
        conflicts,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(id: &str, name: &str) -> Scenario {
        Scenario {
            id: id.into(),
            name: name.into(),
            ..Scenario::default()
        }
    }

    fn edited(mut x: Scenario, author: &str) -> Scenario {
        x.author = author.into();
        x.rev += 1;
        x
    }

    fn names(m: &Merged) -> Vec<(&str, &str)> {
        m.scenarios
            .iter()
            .map(|x| (x.id.as_str(), x.author.as_str()))
            .collect()
    }

    fn copy(id: &str) -> String {
        format!("{id}-kopi")
    }

    #[test]
    fn edits_of_different_scenarios_in_two_tabs_both_survive() {
        let base = [s("a", "A"), s("b", "B")];
        let mine = [edited(s("a", "A"), "mig"), s("b", "B")];
        let theirs = [s("a", "A"), edited(s("b", "B"), "dem")];
        let m = merge(&base, &mine, &theirs, copy);
        assert_eq!(names(&m), [("a", "mig"), ("b", "dem")]);
        assert!(m.conflicts.is_empty());
    }

    #[test]
    fn additions_on_both_sides_are_kept_and_deletions_of_unchanged_ones_hold() {
        let base = [s("a", "A"), s("b", "B"), s("c", "C")];
        let mine = [s("a", "A"), s("c", "C"), s("mine", "Ny her")];
        let theirs = [s("a", "A"), s("b", "B"), s("theirs", "Ny der")];
        let m = merge(&base, &mine, &theirs, copy);
        // b deleted here stays deleted; c deleted there goes; both new ones are kept.
        assert_eq!(
            names(&m),
            [("a", ""), ("mine", ""), ("theirs", "")],
            "{m:?}"
        );
    }

    #[test]
    fn a_scenario_changed_in_both_tabs_is_kept_twice_and_named_as_a_conflict() {
        let base = [s("a", "Plan")];
        let mine = [edited(s("a", "Plan"), "mig")];
        let theirs = [edited(s("a", "Plan"), "dem")];
        let m = merge(&base, &mine, &theirs, copy);
        assert_eq!(names(&m), [("a", "mig"), ("a-kopi", "dem")]);
        assert_eq!(m.conflicts, ["Plan"]);
    }

    #[test]
    fn deleted_on_one_side_but_changed_on_the_other_is_kept() {
        let base = [s("a", "A"), s("b", "B")];
        let mine = [edited(s("a", "A"), "mig")];
        let theirs = [edited(s("b", "B"), "x")];
        let m = merge(&base, &mine, &theirs, copy);
        assert_eq!(names(&m), [("a", "mig"), ("b", "x")]);
    }

    #[test]
    fn a_blank_untouched_scenario_gives_way_to_the_other_tabs_work() {
        let m = merge(&[], &[Scenario::default()], &[s("a", "A")], copy);
        assert_eq!(names(&m), [("a", "")]);
    }

    #[test]
    fn nothing_changed_anywhere_merges_to_the_same_list() {
        let base = [s("a", "A"), s("b", "B")];
        let m = merge(&base, &base, &base, copy);
        assert_eq!(m.scenarios, base);
        assert!(m.conflicts.is_empty());
    }
}
