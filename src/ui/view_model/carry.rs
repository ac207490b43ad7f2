//! Custom targets across a change of municipality. A target typed as a figure ("13.000 ledige")
//! belongs to the municipality it was set for; carried unchanged to another it would be
//! nonsense (13.000 for Læsø). So when the user chooses another municipality, each such target
//! becomes the same change from the base — percent for counts, points for percents — which the
//! new municipality's base turns into its own figure. Presets are re-resolved anyway.

use std::collections::BTreeMap;

use crate::model::ambition::{Ambition, Change};
use crate::model::baseline::Unit;
use crate::model::plan::GoalPlan;

/// Turns every `Absolute` ambition in `ambitions` into the `Change` it means in `plans` (the
/// old municipality's plans: goal id, plan, unit). A target whose relative change cannot be
/// expressed (a count with base 0) is removed, so the goal falls back to the default. Returns
/// how many targets were carried.
pub fn carry_targets(
    ambitions: &mut BTreeMap<String, Ambition>,
    plans: &[(String, GoalPlan, Unit)],
) -> usize {
    let mut carried = 0;
    for (goal, plan, unit) in plans {
        let Some(Ambition::Absolute(_)) = ambitions.get(goal) else {
            continue;
        };
        let change = Change::between(*unit, plan.base.value, plan.target.target).map(Change::value);
        match change.filter(|c| c.is_finite()) {
            Some(c) => {
                ambitions.insert(goal.clone(), Ambition::Change(c));
                carried += 1;
            }
            None => {
                ambitions.remove(goal);
            }
        }
    }
    carried
}

#[cfg(test)]
#[cfg(not(target_arch = "wasm32"))]
mod tests {
    use super::*;
    use crate::model::ambition::Ambition;
    use crate::model::ambition::Preset;
    use crate::model::kravforloeb::PathShape;
    use crate::model::plan::Planner;

    #[test]
    fn a_typed_figure_moves_as_the_same_change_and_presets_stay() {
        let b = super::super::default_baseline();
        let p = Planner::new(&b, 0, None).unwrap();
        let kbh = b.municipality_index("101").unwrap();
        let laeso = b.municipality_index("825").unwrap();
        let gs = &b.goal_sets[0];
        let (ledighed, loentimer) = (
            gs.goals.iter().position(|g| g.id == "ledighed").unwrap(),
            gs.goals.iter().position(|g| g.id == "loentimer").unwrap(),
        );
        let plan = |m, gi, a| p.plan(&b, m, gi, a, PathShape::Seasonal).unwrap();
        let old = plan(kbh, ledighed, Ambition::Absolute(13_000.0));
        let old_pct = plan(kbh, loentimer, Ambition::Absolute(9.0));
        let mut ambitions = BTreeMap::from([
            ("ledighed".to_string(), Ambition::Absolute(13_000.0)),
            ("loentimer".to_string(), Ambition::Absolute(9.0)),
            (
                "kontanthjaelp".to_string(),
                Ambition::Preset(Preset::Region),
            ),
        ]);
        let plans = vec![
            ("ledighed".to_string(), old.clone(), Unit::FullTimePersons),
            ("loentimer".to_string(), old_pct.clone(), Unit::Percent),
        ];
        assert_eq!(carry_targets(&mut ambitions, &plans), 2);
        assert_eq!(ambitions["kontanthjaelp"], Ambition::Preset(Preset::Region));
        let Ambition::Change(c) = ambitions["ledighed"] else {
            panic!("a change")
        };
        assert!((c - (13_000.0 / old.base.value - 1.0)).abs() < 1e-12);
        let Ambition::Change(pp) = ambitions["loentimer"] else {
            panic!("a change")
        };
        assert!(
            (pp - (9.0 - old_pct.base.value)).abs() < 1e-12,
            "points for a percent"
        );

        // On Læsø the same change gives a figure of Læsø's size, not 13.000.
        let moved = plan(laeso, ledighed, ambitions["ledighed"]);
        assert!((moved.target.change_relative.unwrap() - c).abs() < 1e-9);
        assert!(moved.target.target < 1_000.0, "{}", moved.target.target);
    }
}
