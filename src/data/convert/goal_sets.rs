//! The goal sets: unique goal ids, a plan year that is a year, and goals that point to a
//! monthly indicator, measure a month that exists (or the annual average) and have a target
//! year from the plan year to [`MAX_YEARS_AHEAD`] years after it. A goal set holds at most
//! [`MAX_GOALS`] goals, with ids and titles no longer than a scenario can store
//! ([`crate::data::limits`]), so work done on a valid file always reads back.

use super::check::{text, Check};
use super::ids::Indexes;
use crate::data::error::{Kind, Place, Problem};
use crate::data::limits::{name_fits, MAX_GOALS, MAX_NAME_CHARS, YEARS};
use crate::data::schema::{WireBaseline, WireGoal, WireMeasure};
use crate::model::baseline::{Goal, GoalSet, Measure, MAX_YEARS_AHEAD};

/// Checks every goal set and returns them, each with the goals that are valid.
pub(super) fn check_goal_sets(c: &mut Check, w: &WireBaseline, ix: &Indexes) -> Vec<GoalSet> {
    let mut goal_sets = Vec::new();
    for (i, gs) in w.goal_sets.iter().enumerate() {
        let path = format!("$.goal_sets[{i}]");
        c.unique(
            gs.goals
                .iter()
                .map(|g| (g.id.as_str(), goal_place(&gs.id, &g.id))),
            Kind::GoalIn(gs.id.clone()),
            &format!("goal_sets[{i}].goals"),
            "id",
        );
        c.id_length(&gs.id, &Place::GoalSet(gs.id.clone()), &path);
        if gs.goals.len() > MAX_GOALS {
            c.fail(
                Place::GoalSet(gs.id.clone()),
                Problem::TooManyGoals {
                    count: gs.goals.len(),
                    limit: MAX_GOALS,
                },
                format!("{path}.goals"),
            );
        }
        if !YEARS.contains(&gs.plan_year) {
            c.fail(
                Place::GoalSet(gs.id.clone()),
                Problem::NotAYear(gs.plan_year),
                format!("{path}.plan_year"),
            );
        }
        let goals = gs
            .goals
            .iter()
            .enumerate()
            .filter_map(|(j, g)| {
                let gpath = format!("{path}.goals[{j}]");
                check_goal(c, w, ix, (&gs.id, gs.plan_year), g, gpath)
            })
            .collect();
        goal_sets.push(GoalSet {
            id: gs.id.clone(),
            title: text(&gs.title),
            plan_year: gs.plan_year,
            example: gs.example,
            goals,
        });
    }
    goal_sets
}

/// Checks one goal of goal set `set` at JSON path `gpath`; `None` when it cannot be used.
fn check_goal(
    c: &mut Check,
    w: &WireBaseline,
    ix: &Indexes,
    (set, plan_year): (&str, i32),
    g: &WireGoal,
    gpath: String,
) -> Option<Goal> {
    let place = goal_place(set, &g.id);
    check_goal_limits(c, &place, g, &gpath);
    let indicator = ix.indicator.get(g.indicator.as_str()).copied();
    if indicator.is_none() {
        c.fail(
            place.clone(),
            Problem::UnknownIndicator(g.indicator.clone()),
            format!("{gpath}.indicator"),
        );
    }
    let measure = match g.measure {
        WireMeasure::Month { month } if (1..=12).contains(&month) => Some(Measure::Month(month)),
        WireMeasure::Month { month } => {
            c.fail(
                place.clone(),
                Problem::NoSuchMonth(month),
                format!("{gpath}.measure.month"),
            );
            None
        }
        WireMeasure::AnnualAverage {} => Some(Measure::AnnualAverage),
    };
    let frequency_ok = indicator
        .and_then(|x| w.indicators.get(x))
        .is_some_and(|x| x.frequency == "monthly");
    if indicator.is_some() && !frequency_ok {
        c.fail(
            place.clone(),
            Problem::GoalNotMonthly,
            format!("{gpath}.indicator"),
        );
    }
    let target_year = g.target_year.unwrap_or(plan_year);
    // A scenario stores its milestones by year, four digits at most.
    let last = (plan_year + MAX_YEARS_AHEAD).min(*YEARS.end());
    if !(plan_year..=last).contains(&target_year) {
        c.fail(
            place.clone(),
            Problem::TargetYear {
                year: target_year,
                first: plan_year,
                last,
            },
            format!("{gpath}.target_year"),
        );
        return None;
    }
    Some(Goal {
        id: g.id.clone(),
        title: text(&g.title),
        indicator: indicator?,
        measure: measure?,
        target_year,
    })
}

/// The goal's id and titles within what a scenario stores: a scenario keys its target by the
/// id, and a goal of the set that is edited becomes an own goal carrying the titles.
fn check_goal_limits(c: &mut Check, place: &Place, g: &WireGoal, gpath: &str) {
    c.id_length(&g.id, place, gpath);
    for (title, key) in [(&g.title.da, "da"), (&g.title.en, "en")] {
        if !name_fits(title) {
            let problem = Problem::TitleTooLong {
                chars: title.chars().count(),
                limit: MAX_NAME_CHARS,
            };
            c.fail(place.clone(), problem, format!("{gpath}.title.{key}"));
        }
    }
}

/// "målsæt test-2025, mål loentimer".
fn goal_place(set: &str, goal: &str) -> Place {
    Place::Goal {
        set: set.to_string(),
        goal: goal.to_string(),
    }
}
