//! The consequence sentence of a goal and its words: "Målet for langtidsledige er 410 i dec.
//! 2026: 38 færre end i dec. 2024 og 22 færre end prognosen – ca. 2 færre om måneden." Values
//! are in the indicator's unit; a percent indicator's changes are read as percentage points.

use crate::model::baseline::{Baseline, Goal, Indicator, Measure, Unit};
use crate::model::plan::GoalPlan;
use crate::ui::format::{self, Lang};

use super::super::{unit_word, value_text};
use super::decimals;

/// "færre"/"flere" (counts) or "lavere"/"højere" (percent) for a signed change.
fn direction(change: f64, unit: Unit, lang: Lang) -> &'static str {
    match (unit.is_count(), change < 0.0, lang) {
        (true, true, Lang::Da) => "færre",
        (true, false, Lang::Da) => "flere",
        (false, true, Lang::Da) => "lavere",
        (false, false, Lang::Da) => "højere",
        (true, true, Lang::En) => "fewer",
        (true, false, Lang::En) => "more",
        (false, true, Lang::En) => "lower",
        (false, false, Lang::En) => "higher",
    }
}

/// An absolute change in words: "38 færre", "1,2 procentpoint højere".
fn change_words(change: f64, unit: Unit, lang: Lang) -> String {
    let magnitude = format::number(change.abs(), decimals(unit), lang);
    let pp = match lang {
        Lang::Da => " procentpoint",
        Lang::En => " percentage points",
    };
    let unit_text = if unit.is_count() { "" } else { pp };
    format!("{magnitude}{unit_text} {}", direction(change, unit, lang))
}

fn base_words(goal: &Goal, plan: &GoalPlan, lang: Lang) -> String {
    match goal.measure {
        Measure::Month(_) => match lang {
            Lang::Da => format!("i {}", format::month(plan.base.month, lang)),
            Lang::En => format!("in {}", format::month(plan.base.month, lang)),
        },
        Measure::AnnualAverage => {
            let from = format::month(plan.base.month.plus(-11), lang);
            let to = format::month(plan.base.month, lang);
            match lang {
                Lang::Da => format!("de seneste 12 måneder ({from}–{to})"),
                Lang::En => format!("the latest 12 months ({from}–{to})"),
            }
        }
    }
}

/// The consequence sentence: "Målet for langtidsledige er 410 i dec. 2026: 38 færre end i
/// dec. 2024 og 22 færre end prognosen – ca. 2 færre om måneden."
pub fn sentence(b: &Baseline, goal: &Goal, plan: &GoalPlan, lang: Lang) -> String {
    let Some(ind) = b.indicators.get(goal.indicator) else {
        return String::new();
    };
    let name = ind.name.get(lang.code()).to_lowercase();
    let unit = ind.unit;
    let target = value_text(plan.target.target, unit, lang);
    let unit_suffix = match unit {
        Unit::Percent => String::new(),
        _ => format!(" {}", unit_word(unit, lang)),
    };
    let when = when_words(goal, plan, lang);
    let base = base_words(goal, plan, lang);
    let change = change_part(plan, unit, &base, lang);
    let pace = pace_part(plan, unit, lang);
    let vs = vs_prognosis_part(plan, unit, lang);
    let breaks = break_part(ind, goal, plan, lang);
    match lang {
        Lang::Da => {
            format!(
                "Målet for {name} er {target}{unit_suffix} {when}: {change}{vs} – {pace}.{breaks}"
            )
        }
        Lang::En => {
            format!("The target for {name} is {target}{unit_suffix} {when}: {change}{vs} – {pace}.{breaks}")
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
fn when_words(goal: &Goal, plan: &GoalPlan, lang: Lang) -> String {
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

/// The change from the base: "38 færre end i dec. 2024" or "det samme som …".
fn change_part(plan: &GoalPlan, unit: Unit, base: &str, lang: Lang) -> String {
    let zero = |v: f64| shows_as_zero(v, unit);
    if zero(plan.target.change) {
        match lang {
            Lang::Da => format!("det samme som {base}"),
            Lang::En => format!("the same as {base}"),
        }
    } else {
        match lang {
            Lang::Da => format!(
                "{} end {base}",
                change_words(plan.target.change, unit, lang)
            ),
            Lang::En => format!(
                "{} than {base}",
                change_words(plan.target.change, unit, lang)
            ),
        }
    }
}

/// The pace: "ca. 2 færre om måneden", "uændret …", or "under 1 om måneden" when too small to show.
fn pace_part(plan: &GoalPlan, unit: Unit, lang: Lang) -> String {
    let zero = |v: f64| shows_as_zero(v, unit);
    if zero(plan.target.pace_per_month) && zero(plan.target.change) {
        match lang {
            Lang::Da => "uændret fra måned til måned".to_string(),
            Lang::En => "unchanged month by month".to_string(),
        }
    } else if zero(plan.target.pace_per_month) {
        // A change too small to show per month is still a change.
        let smallest = value_text(10f64.powi(-(decimals(unit) as i32)), unit, lang);
        match (lang, unit) {
            (Lang::Da, Unit::Percent) => {
                format!(
                    "under {} procentpoint om måneden",
                    smallest.trim_end_matches(" %")
                )
            }
            (Lang::En, Unit::Percent) => format!(
                "less than {} percentage points a month",
                smallest.trim_end_matches(" %")
            ),
            (Lang::Da, _) => format!("under {smallest} om måneden"),
            (Lang::En, _) => format!("less than {smallest} a month"),
        }
    } else {
        match lang {
            Lang::Da => format!(
                "ca. {} om måneden",
                change_words(plan.target.pace_per_month, unit, lang)
            ),
            Lang::En => format!(
                "about {} a month",
                change_words(plan.target.pace_per_month, unit, lang)
            ),
        }
    }
}

/// The difference from the prognosis: " og 22 færre end prognosen" ("" without a prognosis).
fn vs_prognosis_part(plan: &GoalPlan, unit: Unit, lang: Lang) -> String {
    let zero = |v: f64| shows_as_zero(v, unit);
    plan.target
        .vs_prognosis
        .map(|d| {
            if zero(d) {
                match lang {
                    Lang::Da => " og det samme som prognosen".to_string(),
                    Lang::En => " and the same as the forecast".to_string(),
                }
            } else {
                match lang {
                    Lang::Da => format!(" og {} end prognosen", change_words(d, unit, lang)),
                    Lang::En => format!(" and {} than the forecast", change_words(d, unit, lang)),
                }
            }
        })
        .unwrap_or_default()
}

/// True when `v` rounds to zero at the unit's decimals (so it reads as "the same").
fn shows_as_zero(v: f64, unit: Unit) -> bool {
    v.abs() < 10f64.powi(-(decimals(unit) as i32)) / 2.0
}

#[cfg(test)]
#[cfg(not(target_arch = "wasm32"))]
mod tests {
    use super::*;
    use crate::model::ambition::{Ambition, Preset};
    use crate::model::kravforloeb::PathShape;

    use super::super::tests::setup;

    #[test]
    fn the_sentence_states_target_month_change_prognosis_and_pace_in_danish_and_english() {
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
        assert!(
            da.starts_with("Målet for langtidsledige er 1.300 personer i dec. 2026: 74 færre end i dec. 2024 og "),
            "{da}"
        );
        assert!(
            da.contains("færre end prognosen") && da.ends_with("om måneden."),
            "{da}"
        );
        let en = sentence(&b, goal, &plan, Lang::En);
        assert!(en.starts_with("The target for long-term unemployed is 1,300 persons in Dec 2026: 74 fewer than in Dec 2024"), "{en}");
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
        assert!(s.contains("det samme som de seneste 12 måneder"), "{s}");
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
        // loentimer's base year (to July 2025) holds the reform break, so a sentence on the
        // break follows the pace.
        assert!(s.contains("under 0,1 procentpoint om måneden."), "{s}");
        let en = sentence(&b, &gs.goals[gi], &plan, Lang::En);
        assert!(
            en.contains("less than 0.1 percentage points a month."),
            "{en}"
        );
    }

    #[test]
    fn a_break_between_base_and_target_is_named_in_the_sentence_and_others_are_not() {
        let (b, p) = setup();
        let aarhus = b.municipality_index("751").unwrap();
        let gs = &b.goal_sets[0];
        let gi = gs
            .goals
            .iter()
            .position(|g| g.id == "kontanthjaelp")
            .unwrap();
        let plan = p
            .plan(&b, aarhus, gi, Ambition::default(), PathShape::Seasonal)
            .unwrap();
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
