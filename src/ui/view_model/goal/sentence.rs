//! The consequence sentence of a goal, read from now: "Målet for langtidsledige er 294 personer
//! i dec. 2026: 11 færre end nu (305 i jul. 2025), 15 færre end prognosen og 6 flere end samme
//! måned sidst (dec. 2024) – ca. 1 færre om måneden." The target is set against the latest
//! actual figure first, then the forecast, then (for a goal on one month) the latest figure for
//! that month, which is the seasonally comparable one. For an annual average "now" is the
//! latest twelve months' average: already free of the season, so there is no third comparison.
//! Values are in the indicator's unit; the words of amounts come from [`super::words`].

use crate::model::baseline::{Area, Baseline, Goal, Indicator, Measure, Unit};
use crate::model::plan::GoalPlan;
use crate::model::Month;
use crate::ui::format::{self, Lang};

use super::super::value_text;
use super::words::{change_words, pace_words, shows_as_zero, unit_after};

/// The latest actual figure a target is read against: the latest month's value for a goal on
/// one month, the latest twelve months' average (the plan's base) for an annual average.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Now {
    /// The latest month with a figure (for an average: the last of the twelve).
    pub month: Month,
    /// The figure, in the indicator's unit.
    pub value: f64,
}

/// The latest actual figure of `goal` for the plan's municipality (see [`Now`]); the plan's base
/// when the series cannot be read.
pub fn now(b: &Baseline, goal: &Goal, plan: &GoalPlan) -> Now {
    let base = Now {
        month: plan.base.month,
        value: plan.base.value,
    };
    if goal.measure == Measure::AnnualAverage {
        return base;
    }
    b.series(Area::Municipality(plan.municipality), goal.indicator)
        .and_then(|e| {
            let month = e.series.last_observed()?;
            Some(Now {
                month,
                value: e.series.get(month)?,
            })
        })
        .filter(|n| n.month >= plan.base.month)
        .unwrap_or(base)
}

/// The change a month needed from now to the target: (target − now) over the months between.
pub fn pace_from_now(now: Now, plan: &GoalPlan) -> f64 {
    let months = now.month.months_until(plan.target_month);
    if months <= 0 {
        return 0.0;
    }
    (plan.target.target - now.value) / f64::from(months)
}

/// "11 færre end nu (305 i jul. 2025)" / "40 færre end nu (gennemsnit for aug. 2024–jul. 2025:
/// 1.532)"; "det samme som nu (…)".
fn vs_now_part(goal: &Goal, plan: &GoalPlan, now: Now, unit: Unit, lang: Lang) -> String {
    let value = value_text(now.value, unit, lang);
    let what = match (goal.measure, lang) {
        (Measure::AnnualAverage, Lang::Da) => format!(
            "gennemsnit {}–{}: {value}",
            format::month(now.month.plus(-11), lang),
            format::month(now.month, lang)
        ),
        (Measure::AnnualAverage, Lang::En) => format!(
            "average {}–{}: {value}",
            format::month(now.month.plus(-11), lang),
            format::month(now.month, lang)
        ),
        (Measure::Month(_), Lang::Da) => format!("{value} i {}", format::month(now.month, lang)),
        (Measure::Month(_), Lang::En) => format!("{value} in {}", format::month(now.month, lang)),
    };
    compared(
        plan.target.target - now.value,
        unit,
        lang,
        &format!("nu ({what})"),
        &format!("now ({what})"),
    )
}

/// "15 færre end prognosen" ("" without a forecast).
fn vs_forecast_part(plan: &GoalPlan, unit: Unit, lang: Lang) -> Option<String> {
    plan.target
        .vs_forecast
        .map(|d| compared(d, unit, lang, "prognosen", "the forecast"))
}

/// "6 flere end samme måned sidst (dec. 2024)": the seasonally comparable month, for a goal on
/// one month whose latest figure is another month (none otherwise).
fn vs_season_part(
    goal: &Goal,
    plan: &GoalPlan,
    now: Now,
    unit: Unit,
    lang: Lang,
) -> Option<String> {
    if goal.measure == Measure::AnnualAverage || now.month == plan.base.month {
        return None;
    }
    let month = format::month(plan.base.month, lang);
    Some(compared(
        plan.target.target - plan.base.value,
        unit,
        lang,
        &format!("samme måned sidst ({month})"),
        &format!("the same month last time ({month})"),
    ))
}

/// "11 færre end {da}" / "11 fewer than {en}", or "det samme som …" when it rounds to nothing.
pub(super) fn compared(d: f64, unit: Unit, lang: Lang, da: &str, en: &str) -> String {
    match (shows_as_zero(d, unit), lang) {
        (true, Lang::Da) => format!("det samme som {da}"),
        (true, Lang::En) => format!("the same as {en}"),
        (false, Lang::Da) => format!("{} end {da}", change_words(d, unit, lang)),
        (false, Lang::En) => format!("{} than {en}", change_words(d, unit, lang)),
    }
}

/// Parts joined as a list: "a", "a og b", "a, b og c".
fn list(parts: &[String], lang: Lang) -> String {
    let and = match lang {
        Lang::Da => " og ",
        Lang::En => " and ",
    };
    match parts.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{}{and}{last}", rest.join(", ")),
    }
}

/// The consequence sentence: "Målet for langtidsledige er 294 personer i dec. 2026: 11 færre
/// end nu (305 i jul. 2025), 15 færre end prognosen og 6 flere end samme måned sidst (dec. 2024)
/// – ca. 1 færre om måneden."
pub fn sentence(b: &Baseline, goal: &Goal, plan: &GoalPlan, lang: Lang) -> String {
    let Some(ind) = b.indicators.get(goal.indicator) else {
        return String::new();
    };
    let name = ind.name.get(lang.code()).to_lowercase();
    let unit = ind.unit;
    let target = value_text(plan.target.target, unit, lang);
    let unit_suffix = match unit_after(plan.target.target, unit, lang) {
        "" => String::new(),
        word => format!(" {word}"),
    };
    let when = when_words(goal, plan, lang);
    let now = now(b, goal, plan);
    let parts: Vec<String> = std::iter::once(vs_now_part(goal, plan, now, unit, lang))
        .chain(vs_forecast_part(plan, unit, lang))
        .chain(vs_season_part(goal, plan, now, unit, lang))
        .collect();
    let compared = list(&parts, lang);
    let pace = pace_words(pace_from_now(now, plan), unit, lang);
    let breaks = break_part(ind, goal, plan, lang);
    match lang {
        Lang::Da => {
            format!(
                "Målet for {name} er {target}{unit_suffix} {when}: {compared} – {pace}.{breaks}"
            )
        }
        Lang::En => {
            format!("The target for {name} is {target}{unit_suffix} {when}: {compared} – {pace}.{breaks}")
        }
    }
}

/// The data breaks between the base and the target — which holds every break in the plan
/// period — each in a sentence of its own: " Databrud mellem basis og mål (jan. 2027): …"
/// ("" for none). The base is the base month, or for an annual average the 12 months ending
/// there, so a break inside the base year counts too: base and target then rest on different
/// rules, and the change between them is partly the break's.
fn break_part(ind: &Indicator, goal: &Goal, plan: &GoalPlan, lang: Lang) -> String {
    let base_start = match goal.measure {
        Measure::Month(_) => plan.base.month,
        Measure::AnnualAverage => plan.base.month.plus(-11),
    };
    ind.breaks
        .iter()
        .filter(|br| base_start < br.month && br.month <= plan.target_month)
        .map(|br| {
            let month = format::month(br.month, lang);
            let note = br.note.get(lang.code());
            match lang {
                Lang::Da => format!(" Databrud mellem basis og mål ({month}): {note}"),
                Lang::En => format!(" Data break between base and target ({month}): {note}"),
            }
        })
        .collect()
}

/// When the target applies: "i dec. 2026" or "i gennemsnit i 2026".
pub(super) fn when_words(goal: &Goal, plan: &GoalPlan, lang: Lang) -> String {
    let when = match goal.measure {
        Measure::Month(_) => format::month(plan.target_month, lang),
        Measure::AnnualAverage => match lang {
            Lang::Da => format!("i gennemsnit i {}", plan.target_month.year()),
            Lang::En => format!("on average in {}", plan.target_month.year()),
        },
    };
    match (goal.measure, lang) {
        (Measure::Month(_), Lang::Da) => format!("i {when}"),
        (Measure::Month(_), Lang::En) => format!("in {when}"),
        _ => when,
    }
}

#[cfg(test)]
#[cfg(not(target_arch = "wasm32"))]
mod tests {
    use super::*;
    use crate::model::ambition::{Ambition, Preset};
    use crate::model::kravforloeb::PathShape;

    use super::super::tests::{default_plan, setup};

    #[test]
    fn the_sentence_states_target_month_change_forecast_and_pace_in_danish_and_english() {
        let (b, p) = setup();
        let aarhus = b.municipality_index("751").unwrap();
        let gi = 1; // langtidsledighed, December level
        let plan = p
            .plan(
                &b,
                aarhus,
                gi,
                Ambition::Absolute(1300.0),
                PathShape::Seasonal,
            )
            .unwrap();
        let goal = &b.goal_sets[0].goals[gi];
        let da = sentence(&b, goal, &plan, Lang::Da);
        // Now first (its month named), then the forecast, then the same month last time.
        assert_eq!(
            da,
            "Målet for langtidsledige er 1.300 personer i dec. 2026: 140 færre end nu (1.440 i jul. 2025), 129 færre end prognosen og 74 færre end samme måned sidst (dec. 2024) – ca. 8 færre om måneden."
        );
        let en = sentence(&b, goal, &plan, Lang::En);
        assert_eq!(
            en,
            "The target for long-term unemployed is 1,300 persons in Dec 2026: 140 fewer than now (1,440 in Jul 2025), 129 fewer than the forecast and 74 fewer than the same month last time (Dec 2024) – about 8 fewer a month."
        );
    }

    #[test]
    fn holding_the_level_reads_as_the_same_not_as_zero_more() {
        let (b, p) = setup();
        let m = b.municipality_index("751").unwrap();
        let plan = p
            .plan(
                &b,
                m,
                0,
                Ambition::Preset(Preset::Hold),
                PathShape::Seasonal,
            )
            .unwrap();
        let s = sentence(&b, &b.goal_sets[0].goals[0], &plan, Lang::Da);
        assert!(
            s.contains(": det samme som nu (gennemsnit aug. 2024–jul. 2025: 7.373) og 156 flere end prognosen"),
            "an annual average is read against the latest twelve months, with no third base: {s}"
        );
        assert!(s.ends_with("uændret fra måned til måned."), "{s}");
    }

    #[test]
    fn a_change_too_small_per_month_is_not_called_unchanged() {
        let (b, p) = setup();
        let aarhus = b.municipality_index("751").unwrap();
        let gs = &b.goal_sets[0];
        let gi = gs.goals.iter().position(|g| g.id == "loentimer").unwrap();
        let plan = p
            .plan(&b, aarhus, gi, Ambition::Change(0.2), PathShape::Seasonal)
            .unwrap();
        assert!(
            plan.target.pace_per_month.abs() < 0.05,
            "{}",
            plan.target.pace_per_month
        );
        let s = sentence(&b, &gs.goals[gi], &plan, Lang::Da);
        assert!(!s.contains("uændret"), "{s}");
        // Too small a month, so said a year; loentimer's base year (to July 2025) holds the
        // reform break, so a sentence on the break follows the pace.
        assert!(
            s.contains(" – ca. 0,1 procentpoint højere om året. Databrud"),
            "{s}"
        );
        assert!(
            s.contains("0,2 procentpoint højere end nu (gennemsnit aug. 2024–jul. 2025: 7,1 %)"),
            "{s}"
        );
        let en = sentence(&b, &gs.goals[gi], &plan, Lang::En);
        assert!(
            en.contains(" – about 0.1 percentage points higher a year."),
            "{en}"
        );
    }

    #[test]
    fn a_break_between_base_and_target_is_named_in_the_sentence_and_others_are_not() {
        let (b, p) = setup();
        let (aarhus, gi, plan) = default_plan(&b, &p, "751", "kontanthjaelp");
        let gs = &b.goal_sets[0];
        // December 2024 to December 2026: across the reform of July 2025.
        let da = sentence(&b, &gs.goals[gi], &plan, Lang::Da);
        assert!(
            da.contains(" Databrud mellem basis og mål (jul. 2025): Kontanthjælpsreformen"),
            "{da}"
        );
        let en = sentence(&b, &gs.goals[gi], &plan, Lang::En);
        assert!(
            en.contains(
                " Data break between base and target (Jul 2025): The social assistance reform"
            ),
            "{en}"
        );
        // ledige has no break.
        let plan = p
            .plan(&b, aarhus, 0, Ambition::default(), PathShape::Seasonal)
            .unwrap();
        let s = sentence(&b, &gs.goals[0], &plan, Lang::Da);
        assert!(!s.contains("Databrud"), "{s}");
    }

    #[test]
    fn a_break_before_the_base_is_not_in_the_sentence() {
        let (mut b, p) = setup();
        let aarhus = b.municipality_index("751").unwrap();
        let gs = b.goal_sets[0].clone();
        let gi = gs
            .goals
            .iter()
            .position(|g| g.id == "kontanthjaelp")
            .unwrap();
        let plan = p
            .plan(&b, aarhus, gi, Ambition::default(), PathShape::Seasonal)
            .unwrap();
        let ind = gs.goals[gi].indicator;
        for br in &mut b.indicators[ind].breaks {
            br.month = plan.base.month;
        }
        let s = sentence(&b, &gs.goals[gi], &plan, Lang::Da);
        assert!(
            !s.contains("Databrud"),
            "a break at the base month itself: {s}"
        );
    }
}
