//! The overview table "Måltal for beskæftigelsesplanen": one row per goal with its target,
//! change, difference from the forecast, pace and realism — and what a goal that cannot be
//! planned shows instead, on the card and in the table.

use crate::model::baseline::{Baseline, Goal, Measure, Unit};
use crate::model::plan::GoalPlan;
use crate::ui::format::{self, Lang};
use crate::ui::i18n::{t, Key};

use super::super::{signed_percent, value_text};
use super::realism::realism_text;
use super::sentence::{now, pace_from_now};
use super::words::{pace_words, signed_change};

/// One row of the overview table "Måltal for beskæftigelsesplanen".
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct OverviewRow {
    /// Goal id.
    pub id: String,
    /// Goal title.
    pub goal: String,
    /// Target with unit and when.
    pub target: String,
    /// Change from now (the latest actual figure), with the relative change for counts.
    pub change: String,
    /// Difference from the forecast.
    pub vs_forecast: String,
    /// The pace from now to the target, in words.
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
        vs_forecast: dash.clone(),
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
    // A relative change only for counts, labelled by its parentheses after the persons.
    let rel = |d: f64, from: f64| {
        Some(d / from)
            .filter(|r| unit.is_count() && r.is_finite() && from != 0.0)
            .map(|r| format!(" ({})", signed_percent(r, lang)))
            .unwrap_or_default()
    };
    let now = now(b, goal, plan);
    let vs_now = plan.target.target - now.value;
    OverviewRow {
        id: goal.id.clone(),
        goal: goal.title.get(lang.code()).to_string(),
        target: format!("{} ({when})", value_text(plan.target.target, unit, lang)),
        change: format!(
            "{}{}",
            signed_change(vs_now, unit, lang),
            rel(vs_now, now.value)
        ),
        vs_forecast: plan
            .forecast
            .map(|p| {
                let d = plan.target.target - p;
                format!("{}{}", signed_change(d, unit, lang), rel(d, p))
            })
            .unwrap_or_else(|| t(lang, Key::NoForecast).to_string()),
        pace: pace_words(pace_from_now(now, plan), unit, lang),
        realism: plan
            .realism
            .as_ref()
            .map(|r| realism_text(r, unit, lang).0)
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
