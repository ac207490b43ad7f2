//! The overview table "Måltal for beskæftigelsesplanen": one row per goal with its target,
//! change, difference from the prognosis, pace and realism — and what a goal that cannot be
//! planned shows instead, on the card and in the table.

use crate::model::baseline::{Baseline, Goal, Measure, Unit};
use crate::model::plan::GoalPlan;
use crate::ui::format::{self, Lang};
use crate::ui::i18n::{t, Key};

use super::super::{signed_percent, value_text};
use super::realism::realism_text;

/// One row of the overview table "Måltal for beskæftigelsesplanen".
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct OverviewRow {
    /// Goal id.
    pub id: String,
    /// Goal title.
    pub goal: String,
    /// Target with unit and when.
    pub target: String,
    /// Change from the base.
    pub change: String,
    /// Difference from the prognosis.
    pub vs_prognosis: String,
    /// Pace per month.
    pub pace: String,
    /// Realism text.
    pub realism: String,
}

/// A goal Måltal cannot plan for a municipality (too few months with figures — small numbers are
/// suppressed at the source): its title and one sentence saying so, for the card and the overview.
pub fn unavailable(b: &Baseline, municipality: usize, goal: &Goal, lang: Lang) -> (String, String) {
    let name = b
        .municipalities
        .get(municipality)
        .map(|m| m.name.as_str())
        .unwrap_or_default();
    let indicator = b
        .indicators
        .get(goal.indicator)
        .map(|i| i.name.get(lang.code()).to_lowercase())
        .unwrap_or_default();
    let sentence = match lang {
        Lang::Da => format!(
            "Måltal kan ikke beregne dette mål for {name}: der er for få måneder med tal for {indicator}. Små tal udelades i kilden, så små kommuner mangler ofte tal."
        ),
        Lang::En => format!(
            "Måltal cannot plan this goal for {name}: too few months have figures for {indicator}. Small numbers are suppressed at the source, so small municipalities often lack figures."
        ),
    };
    (goal.title.get(lang.code()).to_string(), sentence)
}

/// The overview row of a goal that cannot be planned (see [`unavailable`]).
pub fn overview_unavailable_row(
    b: &Baseline,
    municipality: usize,
    goal: &Goal,
    lang: Lang,
) -> OverviewRow {
    let (title, _) = unavailable(b, municipality, goal, lang);
    let dash = "–".to_string();
    OverviewRow {
        id: goal.id.clone(),
        goal: title,
        target: dash.clone(),
        change: dash.clone(),
        vs_prognosis: dash.clone(),
        pace: dash,
        realism: match lang {
            Lang::Da => "Ikke nok tal til at beregne målet.".into(),
            Lang::En => "Too few figures to plan this goal.".into(),
        },
    }
}

/// The overview row of one planned goal.
pub fn overview_row(b: &Baseline, goal: &Goal, plan: &GoalPlan, lang: Lang) -> OverviewRow {
    let unit = b
        .indicators
        .get(goal.indicator)
        .map_or(Unit::Persons, |i| i.unit);
    let when = match goal.measure {
        Measure::Month(_) => format::month(plan.target_month, lang),
        Measure::AnnualAverage => match lang {
            Lang::Da => format!("gns. {}", plan.target_month.year()),
            Lang::En => format!("avg. {}", plan.target_month.year()),
        },
    };
    let rel = |r: Option<f64>| {
        r.filter(|_| unit.is_count())
            .map(|r| format!(" ({})", signed_percent(r, lang)))
            .unwrap_or_default()
    };
    let signed = |v: f64| {
        let s = value_text(v, unit, lang);
        if v > 0.0 {
            format!("+{s}")
        } else {
            s
        }
    };
    OverviewRow {
        id: goal.id.clone(),
        goal: goal.title.get(lang.code()).to_string(),
        target: format!("{} ({when})", value_text(plan.target.target, unit, lang)),
        change: format!(
            "{}{}",
            signed(plan.target.change),
            rel(plan.target.change_relative)
        ),
        vs_prognosis: plan
            .target
            .vs_prognosis
            .map(|d| format!("{}{}", signed(d), rel(plan.target.vs_prognosis_relative)))
            .unwrap_or_else(|| t(lang, Key::NoForecast).to_string()),
        pace: signed(plan.target.pace_per_month),
        realism: plan
            .realism
            .as_ref()
            .map(|r| realism_text(r, lang).0)
            .unwrap_or_default(),
    }
}

#[cfg(test)]
#[cfg(not(target_arch = "wasm32"))]
mod tests {
    use super::*;
    use crate::model::ambition::Ambition;
    use crate::model::kravforloeb::PathShape;

    use super::super::tests::setup;

    #[test]
    fn a_goal_without_enough_figures_says_so_on_the_card_and_in_the_overview() {
        let (b, p) = setup();
        let laeso = b.municipality_index("825").unwrap();
        let gs = &b.goal_sets[0];
        let gi = gs
            .goals
            .iter()
            .position(|g| g.id == "langtidsledighed")
            .unwrap();
        assert!(
            p.plan(&b, laeso, gi, Ambition::default(), PathShape::Seasonal)
                .is_err(),
            "Læsø lacks long-term figures"
        );
        let (title, sentence) = unavailable(&b, laeso, &gs.goals[gi], Lang::Da);
        assert_eq!(title, gs.goals[gi].title.get("da"));
        assert!(sentence.starts_with("Måltal kan ikke beregne dette mål for Læsø: der er for få måneder med tal for langtidsledige."), "{sentence}");
        let row = overview_unavailable_row(&b, laeso, &gs.goals[gi], Lang::En);
        assert_eq!(
            (row.target.as_str(), row.realism.as_str()),
            ("–", "Too few figures to plan this goal.")
        );
    }
}
