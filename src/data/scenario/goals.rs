//! The goals a scenario plans: its own list (goals of its goal set, named by id, mixed with the
//! user's own goals), or — for every scenario from before own goals — its goal set's goals.
//! Resolving the list against a data file gives the [`GoalSet`] the planner plans; a goal the
//! file cannot plan (an indicator it lacks, a target year it cannot reach) is kept in the
//! scenario and reported as [`Missing`], never dropped.
//!
//! The edits (add, replace, move, remove) work on the list made explicit, so the first edit of a
//! goal set's goals turns them into the scenario's own list without changing what is planned.

use crate::data::limits::MAX_GOALS;
use crate::data::Lang;
use crate::model::baseline::{target_years, Baseline, Frequency, Goal, GoalSet, Text};

use super::{GoalEntry, OwnGoal, Scenario};

/// The id of the goal list of a scenario that holds its own goals and no goal set's.
pub const OWN_GOALS_ID: &str = "egne-maal";

/// A scenario's goals resolved against one data file.
#[derive(Debug, Clone, PartialEq)]
pub struct ScenarioGoals {
    /// The goals that can be planned, in the scenario's order.
    pub set: GoalSet,
    /// The goals the data file cannot plan, with why.
    pub missing: Vec<Missing>,
}

/// A goal of the scenario that the data file cannot plan.
#[derive(Debug, Clone, PartialEq)]
pub struct Missing {
    /// The goal's id.
    pub id: String,
    /// Its title (the id when the file does not know it).
    pub title: Text,
    /// Why it cannot be planned.
    pub why: Why,
}

/// Why a goal cannot be planned with a data file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Why {
    /// The file has no indicator with this id ("ikke i denne datafil").
    NoIndicator(String),
    /// The indicator is published quarterly: context only, never planned.
    NotMonthly(String),
    /// The goal set of the file has no goal with this id.
    NotInGoalSet,
    /// The target year lies outside the years the data allow.
    TargetYear {
        /// The goal's year.
        year: i32,
        /// First year allowed.
        first: i32,
        /// Last year allowed.
        last: i32,
    },
}

impl Missing {
    /// Why, in `lang`, e.g. "indikatoren «ledighedsprocent» er ikke i denne datafil".
    pub fn text(&self, lang: Lang) -> String {
        match (&self.why, lang) {
            (Why::NoIndicator(i), Lang::Da) => format!("indikatoren «{i}» er ikke i denne datafil"),
            (Why::NoIndicator(i), Lang::En) => {
                format!("the indicator «{i}» is not in this data file")
            }
            (Why::NotMonthly(i), Lang::Da) => {
                format!("indikatoren «{i}» er kvartalsvis i denne datafil og kan ikke planlægges")
            }
            (Why::NotMonthly(i), Lang::En) => {
                format!("the indicator «{i}» is quarterly in this data file and cannot be planned")
            }
            (Why::NotInGoalSet, Lang::Da) => "målet er ikke i denne datafils målsæt".into(),
            (Why::NotInGoalSet, Lang::En) => "the goal is not in this data file's goal set".into(),
            (Why::TargetYear { year, first, last }, Lang::Da) => {
                format!("målåret {year} ligger ikke fra {first} til {last}, som disse data rækker")
            }
            (Why::TargetYear { year, first, last }, Lang::En) => {
                format!("the target year {year} does not lie from {first} to {last}, as these data allow")
            }
        }
    }
}

impl Scenario {
    /// The index of the scenario's goal set in `b` (the first when it names none of them).
    pub fn goal_set_index(&self, b: &Baseline) -> Option<usize> {
        b.goal_sets
            .iter()
            .position(|g| g.id == self.goal_set)
            .or(if b.goal_sets.is_empty() {
                None
            } else {
                Some(0)
            })
    }

    /// The scenario's goals as a list: its own, or its goal set's (each named by id).
    pub fn goal_list(&self, b: &Baseline) -> Vec<GoalEntry> {
        match &self.goals {
            Some(list) => list.clone(),
            None => self
                .goal_set_index(b)
                .and_then(|i| b.goal_sets.get(i))
                .map(|gs| {
                    gs.goals
                        .iter()
                        .map(|g| GoalEntry::Template(g.id.clone()))
                        .collect()
                })
                .unwrap_or_default(),
        }
    }

    /// The goals resolved against `b`: what can be planned, and what cannot with why.
    pub fn goals_in(&self, b: &Baseline) -> ScenarioGoals {
        let template = self.goal_set_index(b).and_then(|i| b.goal_sets.get(i));
        let mut goals = Vec::new();
        let mut missing = Vec::new();
        for entry in self.goal_list(b) {
            match resolve(b, template, &entry) {
                Ok(goal) => goals.push(goal),
                Err(m) => missing.push(m),
            }
        }
        // The example note stays while any goal of an example set does.
        let from_set = match &self.goals {
            None => true,
            Some(list) => list.iter().any(|g| matches!(g, GoalEntry::Template(_))),
        };
        let (id, title, plan_year, example) = match template {
            Some(t) => (
                t.id.clone(),
                t.title.clone(),
                t.plan_year,
                t.example && from_set,
            ),
            None => (
                OWN_GOALS_ID.to_string(),
                own_goals_title(),
                b.meta.data_month.year() + 1,
                false,
            ),
        };
        ScenarioGoals {
            set: GoalSet {
                id,
                title,
                plan_year,
                example,
                goals,
            },
            missing,
        }
    }

    /// Adds an own goal at the end of the list; false, adding nothing, when the scenario already
    /// holds [`MAX_GOALS`] goals (one more would not read back).
    pub fn add_goal(&mut self, b: &Baseline, goal: OwnGoal) -> bool {
        let mut list = self.goal_list(b);
        if list.len() >= MAX_GOALS {
            return false;
        }
        list.push(GoalEntry::Own(goal));
        self.goals = Some(list);
        true
    }

    /// Puts `entry` in the place of the goal with id `id` (e.g. an edited goal; a goal of the set
    /// that is edited becomes an own goal with the same id, so its ambition stays). False when
    /// there is no such goal.
    pub fn replace_goal(&mut self, b: &Baseline, id: &str, entry: GoalEntry) -> bool {
        let mut list = self.goal_list(b);
        let Some(i) = list.iter().position(|g| g.id() == id) else {
            return false;
        };
        list[i] = entry;
        self.goals = Some(list);
        true
    }

    /// Saves an edited definition of goal `own.id` (an own goal, or a goal of the set, which
    /// becomes an own goal with the same id), or adds it when the list has no such goal. A
    /// target set for another indicator or measure means nothing for the new one, so a changed
    /// indicator or measure sets the target back to the forecast and clears the milestones; a
    /// changed target year clears the milestones (their years may no longer lie before it).
    pub fn save_goal(&mut self, b: &Baseline, own: OwnGoal) -> Saved {
        let before = self
            .goals_in(b)
            .set
            .goals
            .into_iter()
            .find(|g| g.id == own.id);
        let id = own.id.clone();
        if !self.replace_goal(b, &id, GoalEntry::Own(own.clone())) {
            return if self.add_goal(b, own) {
                Saved::Added
            } else {
                Saved::Full
            };
        }
        let Some(before) = before else {
            return Saved::Kept;
        };
        let indicator = b.indicators.get(before.indicator).map(|i| i.id.as_str());
        if indicator != Some(own.indicator.as_str()) || before.measure != own.measure {
            let had = self.ambitions.remove(&id).is_some() | self.milestones.remove(&id).is_some();
            return if had { Saved::TargetReset } else { Saved::Kept };
        }
        if before.target_year != own.target_year && self.milestones.remove(&id).is_some() {
            return Saved::MilestonesCleared;
        }
        Saved::Kept
    }

    /// Moves the goal with id `id` one place up (`-1`) or down (`1`); false when it cannot move.
    pub fn move_goal(&mut self, b: &Baseline, id: &str, step: isize) -> bool {
        let mut list = self.goal_list(b);
        let Some(i) = list.iter().position(|g| g.id() == id) else {
            return false;
        };
        let Some(j) = i.checked_add_signed(step).filter(|j| *j < list.len()) else {
            return false;
        };
        list.swap(i, j);
        self.goals = Some(list);
        true
    }

    /// Removes the goal with id `id`, returning where it stood and what it was, so the removal
    /// can be undone with [`Scenario::insert_goal`]. Its ambition, reasoning and milestones
    /// stay in the scenario until then.
    pub fn remove_goal(&mut self, b: &Baseline, id: &str) -> Option<(usize, GoalEntry)> {
        let mut list = self.goal_list(b);
        let i = list.iter().position(|g| g.id() == id)?;
        let entry = list.remove(i);
        self.goals = Some(list);
        Some((i, entry))
    }

    /// Puts a removed goal back at `index` (or at the end); false, changing nothing, when the
    /// scenario has meanwhile filled up to [`MAX_GOALS`] goals.
    pub fn insert_goal(&mut self, b: &Baseline, index: usize, entry: GoalEntry) -> bool {
        let mut list = self.goal_list(b);
        list.retain(|g| g.id() != entry.id());
        if list.len() >= MAX_GOALS {
            return false;
        }
        list.insert(index.min(list.len()), entry);
        self.goals = Some(list);
        true
    }

    /// Replaces the list with the goals of goal set `id` of the file (start from the region's
    /// goals); own goals are kept after them when `keep_own`.
    ///
    /// # Errors
    /// [`TooManyGoals`] when the set's goals and the own goals together are more than a
    /// scenario holds ([`MAX_GOALS`]); the scenario is then left as it was, so no own goal is
    /// lost.
    pub fn start_from_set(
        &mut self,
        b: &Baseline,
        id: &str,
        keep_own: bool,
    ) -> Result<(), TooManyGoals> {
        let own: Vec<GoalEntry> = if keep_own {
            self.goal_list(b)
                .into_iter()
                .filter(|g| matches!(g, GoalEntry::Own(_)))
                .collect()
        } else {
            Vec::new()
        };
        let in_set = b.goal_sets.iter().find(|s| s.id == id).map_or(0, |s| {
            s.goals
                .iter()
                .filter(|g| !own.iter().any(|o| o.id() == g.id))
                .count()
        });
        if in_set + own.len() > MAX_GOALS {
            return Err(TooManyGoals {
                in_set,
                own: own.len(),
            });
        }
        self.goal_set = id.to_string();
        // The new set's goals first (the list is made from the set, not from the old list).
        self.goals = None;
        self.goals = if own.is_empty() {
            None
        } else {
            let mut list = self.goal_list(b);
            list.retain(|g| !own.iter().any(|o| o.id() == g.id()));
            list.extend(own);
            Some(list)
        };
        Ok(())
    }

    /// A goal id not yet in the list: `egen-1`, `egen-2`, …
    pub fn new_goal_id(&self, b: &Baseline) -> String {
        let list = self.goal_list(b);
        (1..)
            .map(|n| format!("egen-{n}"))
            .find(|id| !list.iter().any(|g| g.id() == id))
            .unwrap_or_default()
    }
}

/// Why [`Scenario::start_from_set`] left the scenario as it was: the set's goals and the own
/// goals are more than [`MAX_GOALS`] together.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TooManyGoals {
    /// Goals of the new set (besides own goals with the same ids).
    pub in_set: usize,
    /// Own goals that would be kept.
    pub own: usize,
}

/// What [`Scenario::save_goal`] did with the goal's target.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Saved {
    /// A new goal was added.
    Added,
    /// The goal was changed; its target and milestones stand.
    Kept,
    /// It measures something else now: its target follows the forecast again, without
    /// milestones.
    TargetReset,
    /// Its target year changed: its milestones were cleared.
    MilestonesCleared,
    /// The scenario already holds [`MAX_GOALS`] goals: nothing was added.
    Full,
}

/// The title of a list of own goals.
fn own_goals_title() -> Text {
    Text {
        da: "Egne mål".into(),
        en: "Own goals".into(),
    }
}

/// One entry as a goal the file can plan, or why it cannot.
fn resolve(b: &Baseline, template: Option<&GoalSet>, entry: &GoalEntry) -> Result<Goal, Missing> {
    match entry {
        GoalEntry::Template(id) => template
            .and_then(|t| t.goals.iter().find(|g| &g.id == id))
            .cloned()
            .ok_or_else(|| Missing {
                id: id.clone(),
                title: Text {
                    da: id.clone(),
                    en: String::new(),
                },
                why: Why::NotInGoalSet,
            }),
        GoalEntry::Own(own) => resolve_own(b, own),
    }
}

fn resolve_own(b: &Baseline, own: &OwnGoal) -> Result<Goal, Missing> {
    let missing = |why| Missing {
        id: own.id.clone(),
        title: own.title.clone(),
        why,
    };
    let indicator = b
        .indicator_index(&own.indicator)
        .ok_or_else(|| missing(Why::NoIndicator(own.indicator.clone())))?;
    if b.indicators[indicator].frequency != Frequency::Monthly {
        return Err(missing(Why::NotMonthly(own.indicator.clone())));
    }
    let years = target_years(b.meta.data_month);
    if !years.contains(&own.target_year) {
        return Err(missing(Why::TargetYear {
            year: own.target_year,
            first: *years.start(),
            last: *years.end(),
        }));
    }
    Ok(Goal {
        id: own.id.clone(),
        title: own.title.clone(),
        indicator,
        measure: own.measure,
        target_year: own.target_year,
    })
}

#[cfg(test)]
#[cfg(not(target_arch = "wasm32"))]
mod tests {
    use super::*;
    use crate::model::baseline::Measure;

    #[allow(clippy::expect_used)]
    fn baseline() -> Baseline {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/data/baseline.json");
        let text = std::fs::read_to_string(path).expect("the default data");
        crate::data::from_json(&text).expect("valid default data")
    }

    fn own(id: &str, indicator: &str, year: i32) -> OwnGoal {
        OwnGoal {
            id: id.into(),
            title: Text {
                da: "Færre ledige i 2028".into(),
                en: String::new(),
            },
            indicator: indicator.into(),
            measure: Measure::AnnualAverage,
            target_year: year,
        }
    }

    #[test]
    fn a_scenario_full_of_goals_refuses_a_new_one_and_still_reads_back() {
        let b = baseline();
        let mut s = Scenario {
            municipality: "751".into(),
            goal_set: b.goal_sets[0].id.clone(),
            ..Scenario::default()
        };
        let mut n = s.goal_list(&b).len();
        while n < MAX_GOALS {
            let id = s.new_goal_id(&b);
            assert_eq!(
                s.save_goal(&b, own(&id, "ledighedsprocent", 2028)),
                Saved::Added
            );
            n += 1;
        }
        let before = s.clone();
        let id = s.new_goal_id(&b);
        assert_eq!(
            s.save_goal(&b, own(&id, "ledighedsprocent", 2028)),
            Saved::Full
        );
        assert_eq!(s, before, "nothing was added");
        assert!(!s.add_goal(&b, own(&id, "ledige", 2028)));
        assert_eq!(s, before, "add_goal refuses as well");
        // A goal removed, another added in its place, and the removal undone: the undo is
        // refused rather than making a 101st goal.
        let (at, removed) = s.remove_goal(&b, "egen-2").expect("egen-2 is there");
        assert!(s.add_goal(&b, own(&id, "ledige", 2028)));
        let full = s.clone();
        assert!(!s.insert_goal(&b, at, removed.clone()));
        assert_eq!(s, full);
        s.remove_goal(&b, &id);
        assert!(s.insert_goal(&b, at, removed));
        assert_eq!(s.goal_list(&b).len(), MAX_GOALS);
        // Editing a goal already in the list is still possible.
        assert_eq!(
            s.save_goal(&b, own("egen-1", "ledighedsprocent", 2027)),
            Saved::Kept
        );
        let file = super::super::to_file(std::slice::from_ref(&s));
        assert_eq!(super::super::from_file(&file), Ok(vec![s]));
    }

    #[test]
    fn a_scenario_without_its_own_list_plans_its_goal_sets_goals() {
        let b = baseline();
        let s = Scenario {
            goal_set: b.goal_sets[0].id.clone(),
            ..Scenario::default()
        };
        let g = s.goals_in(&b);
        assert_eq!(g.set, b.goal_sets[0]);
        assert!(g.missing.is_empty());
    }

    #[test]
    fn own_goals_mix_with_the_sets_and_can_be_moved_removed_and_put_back() {
        let b = baseline();
        let mut s = Scenario {
            goal_set: b.goal_sets[0].id.clone(),
            ..Scenario::default()
        };
        let set_ids: Vec<String> = b.goal_sets[0].goals.iter().map(|g| g.id.clone()).collect();
        let id = s.new_goal_id(&b);
        assert_eq!(id, "egen-1");
        s.add_goal(&b, own(&id, "ledige", 2028));
        assert_eq!(s.new_goal_id(&b), "egen-2");
        let g = s.goals_in(&b);
        assert_eq!(g.set.goals.len(), set_ids.len() + 1);
        let last = g.set.goals.last().expect("the own goal");
        assert_eq!((last.id.as_str(), last.target_year), ("egen-1", 2028));
        assert_eq!(
            g.set.example, b.goal_sets[0].example,
            "the set's goals are still examples"
        );

        assert!(s.move_goal(&b, "egen-1", -1));
        let order: Vec<String> = s.goal_list(&b).iter().map(|g| g.id().to_string()).collect();
        assert_eq!(order[set_ids.len() - 1], "egen-1");
        assert!(
            !s.move_goal(&b, &set_ids[0], -1),
            "the first goal cannot move up"
        );

        let (at, removed) = s.remove_goal(&b, &set_ids[1]).expect("removed");
        assert_eq!(s.goals_in(&b).set.goals.len(), set_ids.len());
        s.insert_goal(&b, at, removed);
        let back: Vec<String> = s.goal_list(&b).iter().map(|g| g.id().to_string()).collect();
        assert_eq!(back[1], set_ids[1]);

        s.start_from_set(&b, &b.goal_sets[0].id, true).unwrap();
        let kept: Vec<String> = s.goal_list(&b).iter().map(|g| g.id().to_string()).collect();
        assert_eq!(kept.len(), set_ids.len() + 1);
        assert_eq!(kept.last().map(String::as_str), Some("egen-1"));
        s.start_from_set(&b, &b.goal_sets[0].id, false).unwrap();
        assert_eq!(s.goals, None);
    }

    #[test]
    fn an_edited_goal_keeps_its_target_only_while_it_measures_the_same() {
        use crate::model::ambition::Ambition;
        let b = baseline();
        let mut s = Scenario {
            goal_set: b.goal_sets[0].id.clone(),
            ..Scenario::default()
        };
        assert_eq!(s.save_goal(&b, own("egen-1", "ledige", 2028)), Saved::Added);
        s.ambitions
            .insert("egen-1".into(), Ambition::Absolute(1400.0));
        s.milestones.insert(
            "egen-1".into(),
            std::collections::BTreeMap::from([(2026, 1450.0)]),
        );
        let mut renamed = own("egen-1", "ledige", 2028);
        renamed.title.da = "Et bedre navn".into();
        assert_eq!(s.save_goal(&b, renamed), Saved::Kept);
        assert!(s.ambitions.contains_key("egen-1") && s.milestones.contains_key("egen-1"));
        assert_eq!(
            s.save_goal(&b, own("egen-1", "ledige", 2027)),
            Saved::MilestonesCleared
        );
        assert!(s.ambitions.contains_key("egen-1") && !s.milestones.contains_key("egen-1"));
        assert_eq!(
            s.save_goal(&b, own("egen-1", "ledighedsprocent", 2027)),
            Saved::TargetReset
        );
        assert!(!s.ambitions.contains_key("egen-1"));
        let g = s.goals_in(&b);
        assert_eq!(g.set.goals.len(), b.goal_sets[0].goals.len() + 1);
    }

    #[test]
    fn starting_from_a_set_that_leaves_no_room_for_the_own_goals_changes_nothing() {
        let b = baseline();
        let mut s = Scenario {
            municipality: "751".into(),
            goal_set: b.goal_sets[0].id.clone(),
            goals: Some(Vec::new()),
            ..Scenario::default()
        };
        // Own goals up to the limit less one of the other set's goals: one too many with it.
        let other = &b.goal_sets[1];
        for _ in 0..MAX_GOALS + 1 - other.goals.len() {
            let id = s.new_goal_id(&b);
            assert_eq!(s.save_goal(&b, own(&id, "ledige", 2028)), Saved::Added);
        }
        let before = s.clone();
        assert_eq!(
            s.start_from_set(&b, &other.id, true),
            Err(TooManyGoals {
                in_set: other.goals.len(),
                own: MAX_GOALS + 1 - other.goals.len()
            })
        );
        assert_eq!(s, before, "no own goal lost, the set unchanged");
        // Without the own goals it can start from the set.
        assert_eq!(s.start_from_set(&b, &other.id, false), Ok(()));
        assert_eq!(s.goal_set, other.id);
    }

    #[test]
    fn starting_from_another_set_gives_its_goals_and_keeps_the_own_ones() {
        let b = baseline();
        assert!(
            b.goal_sets.len() >= 2,
            "the default data ship two goal sets"
        );
        let mut s = Scenario {
            goal_set: b.goal_sets[0].id.clone(),
            ..Scenario::default()
        };
        s.add_goal(&b, own("egen-1", "ledige", 2028));
        s.start_from_set(&b, &b.goal_sets[1].id, true).unwrap();
        let g = s.goals_in(&b);
        let ids: Vec<&str> = g.set.goals.iter().map(|g| g.id.as_str()).collect();
        let mut want: Vec<&str> = b.goal_sets[1].goals.iter().map(|g| g.id.as_str()).collect();
        want.push("egen-1");
        assert_eq!(ids, want);
        assert!(g.missing.is_empty(), "{:?}", g.missing);
    }

    #[test]
    fn a_goal_the_data_cannot_plan_is_kept_and_said_not_dropped() {
        let b = baseline();
        let mut s = Scenario {
            goal_set: b.goal_sets[0].id.clone(),
            goals: Some(Vec::new()),
            ..Scenario::default()
        };
        s.add_goal(&b, own("egen-1", "findes-ikke", 2027));
        s.add_goal(&b, own("egen-2", "ledige", 2099));
        s.add_goal(&b, own("egen-3", "ledige", 2027));
        let g = s.goals_in(&b);
        assert_eq!(g.set.goals.len(), 1);
        assert_eq!(g.missing.len(), 2);
        assert_eq!(
            g.missing[0].text(Lang::Da),
            "indikatoren «findes-ikke» er ikke i denne datafil"
        );
        assert!(matches!(
            g.missing[1].why,
            Why::TargetYear { year: 2099, .. }
        ));
        assert_eq!(s.goal_list(&b).len(), 3, "the scenario keeps all three");
    }
}
