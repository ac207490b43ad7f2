//! What differs between two versions of one scenario, in the terms a user recognises: its name,
//! municipality, goal set, outlook, path shape and list of goals, and per goal its target,
//! reasoning and milestones. Said when a link replaces a saved scenario (issue 17, §2), so the
//! replacement is never silent.

use std::collections::{BTreeMap, BTreeSet};

use super::Scenario;

/// One thing that differs between two versions of a scenario.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Difference {
    /// The name or the author.
    Name,
    /// The municipality (the new code).
    Municipality(String),
    /// The goal set or the scenario's own list of goals.
    Goals,
    /// The outlook.
    Outlook,
    /// A straight-line path instead of the seasonal one, or back.
    PathShape,
    /// The target of goal (id).
    Target(String),
    /// The reasoning of goal (id).
    Reason(String),
    /// The milestones of goal (id).
    Milestones(String),
}

/// What differs from `old` to `new`, in the order above (goals by id).
pub fn differences(old: &Scenario, new: &Scenario) -> Vec<Difference> {
    let mut out = Vec::new();
    if old.name != new.name || old.author != new.author {
        out.push(Difference::Name);
    }
    if old.municipality != new.municipality {
        out.push(Difference::Municipality(new.municipality.clone()));
    }
    if old.goal_set != new.goal_set || old.goals != new.goals {
        out.push(Difference::Goals);
    }
    if old.outlook != new.outlook {
        out.push(Difference::Outlook);
    }
    if old.linear_path != new.linear_path {
        out.push(Difference::PathShape);
    }
    out.extend(changed(&old.ambitions, &new.ambitions).map(Difference::Target));
    out.extend(changed(&old.reasons, &new.reasons).map(Difference::Reason));
    out.extend(changed(&old.milestones, &new.milestones).map(Difference::Milestones));
    out
}

/// The keys (goal ids, in order) whose value differs between `old` and `new`, one missing
/// included.
fn changed<'a, V: PartialEq>(
    old: &'a BTreeMap<String, V>,
    new: &'a BTreeMap<String, V>,
) -> impl Iterator<Item = String> + 'a {
    let keys: BTreeSet<&String> = old.keys().chain(new.keys()).collect();
    keys.into_iter()
        .filter(move |k| old.get(*k) != new.get(*k))
        .cloned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ambition::{Ambition, Preset};

    fn plan() -> Scenario {
        let mut s = Scenario {
            id: "abc".into(),
            name: "Plan A".into(),
            municipality: "751".into(),
            goal_set: "maal".into(),
            outlook: "basis".into(),
            ..Scenario::default()
        };
        s.ambitions
            .insert("ledighed".into(), Ambition::Absolute(1400.0));
        s.ambitions
            .insert("loentimer".into(), Ambition::Preset(Preset::Forecast));
        s
    }

    #[test]
    fn two_equal_versions_differ_in_nothing() {
        assert_eq!(differences(&plan(), &plan()), []);
    }

    #[test]
    fn every_kind_of_change_is_named_goals_by_id() {
        let old = plan();
        let mut new = plan();
        new.name = "Plan A, rettet".into();
        new.municipality = "730".into();
        new.linear_path = true;
        new.ambitions
            .insert("ledighed".into(), Ambition::Absolute(1350.0));
        new.ambitions.remove("loentimer");
        new.reasons.insert("ledighed".into(), "Fordi".into());
        new.milestones
            .insert("kontanthjaelp".into(), [(2026, 900.0)].into());
        assert_eq!(
            differences(&old, &new),
            [
                Difference::Name,
                Difference::Municipality("730".into()),
                Difference::PathShape,
                Difference::Target("ledighed".into()),
                Difference::Target("loentimer".into()),
                Difference::Reason("ledighed".into()),
                Difference::Milestones("kontanthjaelp".into()),
            ]
        );
    }

    #[test]
    fn a_new_goal_set_or_outlook_is_named_once() {
        let old = plan();
        let mut new = plan();
        new.goal_set = "egne".into();
        new.outlook = "lavkonjunktur".into();
        assert_eq!(
            differences(&old, &new),
            [Difference::Goals, Difference::Outlook]
        );
    }
}
