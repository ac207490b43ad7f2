//! The message a framed Måltal posts to its host page after a change (protocol `maltal:valg`,
//! version 1): the municipality, every goal's target with its unit and measure, the scenario's
//! name and the data date — so a region's page can show or collect the chosen targets. Built
//! here as plain data; the browser code hands it to JavaScript with `serde-wasm-bindgen`.
//!
//! The field names are Danish, as the height message's (`maltal:hoejde`) and the URL
//! parameters are: they are part of the documented embed format (README, "Indlejring"). A later
//! version adds fields or types and never changes these.

use serde::Serialize;

use crate::data::scenario::Scenario;
use crate::model::baseline::{Baseline, Goal, Measure, Unit};
use crate::model::plan::GoalPlan;
use crate::ui::format::Lang;

use super::super::goal::round_to;

/// The message's `type`.
pub const CHOICE_TYPE: &str = "maltal:valg";
/// The protocol version of [`ChoiceMessage`].
pub const CHOICE_VERSION: u32 = 1;

/// `{ type: "maltal:valg", version: 1, kommune, maal, … }`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ChoiceMessage {
    /// Always [`CHOICE_TYPE`].
    #[serde(rename = "type")]
    pub kind: &'static str,
    /// Always [`CHOICE_VERSION`].
    pub version: u32,
    /// The municipality.
    #[serde(rename = "kommune")]
    pub municipality: Place,
    /// The page's language (`da`, `en`): the language of the titles.
    #[serde(rename = "sprog")]
    pub lang: &'static str,
    /// The scenario's name.
    #[serde(rename = "scenarie")]
    pub scenario: String,
    /// The labour-market outlook's id.
    #[serde(rename = "konjunktur")]
    pub outlook: String,
    /// The last month with data, `YYYY-MM`.
    #[serde(rename = "data_dato")]
    pub data_date: String,
    /// Every goal of the scenario, in the order shown.
    #[serde(rename = "maal")]
    pub goals: Vec<GoalChoice>,
}

/// A municipality: its official code and name.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Place {
    /// Three-digit code, e.g. `751`.
    #[serde(rename = "kode")]
    pub code: String,
    /// Name, e.g. `Aarhus`.
    #[serde(rename = "navn")]
    pub name: String,
}

/// One goal's choice.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GoalChoice {
    /// The goal's id, e.g. `langtidsledighed`.
    pub id: String,
    /// Its title in the page's language.
    #[serde(rename = "titel")]
    pub title: String,
    /// The indicator's id, e.g. `langtidsledige`.
    #[serde(rename = "indikator")]
    pub indicator: String,
    /// `personer`, `fuldtidspersoner` or `procent`.
    #[serde(rename = "enhed")]
    pub unit: &'static str,
    /// `gennemsnit` (the year's average) or `maaned` (the level in [`GoalChoice::month`]).
    #[serde(rename = "opgoerelse")]
    pub measure: &'static str,
    /// The month (1–12) of a `maaned` goal; `null` for an average.
    #[serde(rename = "maaned")]
    pub month: Option<u32>,
    /// The target year.
    #[serde(rename = "aar")]
    pub year: i32,
    /// The target as the card shows it (counts whole, percentages with one decimal); `null`
    /// when the goal cannot be planned on this data (e.g. its indicator is missing).
    #[serde(rename = "maalvaerdi")]
    pub target: Option<f64>,
    /// The forecast of the same measure, rounded alike; `null` without one.
    #[serde(rename = "prognose")]
    pub forecast: Option<f64>,
}

/// The message for `scenario` on `b`, with one plan (or none) per goal of `goals`.
pub fn choice_message(
    b: &Baseline,
    scenario: &Scenario,
    municipality: usize,
    goals: &[Goal],
    plans: &[Option<GoalPlan>],
    lang: Lang,
) -> Option<ChoiceMessage> {
    let m = b.municipalities.get(municipality)?;
    let goals = goals
        .iter()
        .zip(plans.iter().chain(std::iter::repeat(&None)))
        .map(|(g, p)| goal_choice(b, g, p.as_ref(), lang))
        .collect();
    Some(ChoiceMessage {
        kind: CHOICE_TYPE,
        version: CHOICE_VERSION,
        municipality: Place {
            code: m.code.clone(),
            name: m.name.clone(),
        },
        lang: lang.code(),
        scenario: scenario.name.clone(),
        outlook: scenario.outlook.clone(),
        data_date: b.meta.data_month.to_string(),
        goals,
    })
}

fn goal_choice(b: &Baseline, g: &Goal, plan: Option<&GoalPlan>, lang: Lang) -> GoalChoice {
    let indicator = b.indicators.get(g.indicator);
    let unit = indicator.map_or(Unit::Persons, |i| i.unit);
    let decimals = if unit.is_count() { 0 } else { 1 };
    let (measure, month) = match g.measure {
        Measure::AnnualAverage => ("gennemsnit", None),
        Measure::Month(m) => ("maaned", Some(m)),
    };
    GoalChoice {
        id: g.id.clone(),
        title: g.title.get(lang.code()).to_string(),
        indicator: indicator.map(|i| i.id.clone()).unwrap_or_default(),
        unit: unit_id(unit),
        measure,
        month,
        year: g.target_year,
        target: plan.map(|p| round_to(p.target.target, decimals)),
        forecast: plan.and_then(|p| p.forecast).map(|x| round_to(x, decimals)),
    }
}

/// The unit's name in the message.
fn unit_id(unit: Unit) -> &'static str {
    match unit {
        Unit::Persons => "personer",
        Unit::FullTimePersons => "fuldtidspersoner",
        Unit::Percent => "procent",
    }
}

#[cfg(test)]
#[cfg(not(target_arch = "wasm32"))]
mod tests {
    use super::*;
    use crate::model::ambition::Ambition;
    use crate::model::kravforloeb::PathShape;
    use crate::ui::view_model::goal::tests::setup;

    #[test]
    fn the_message_names_the_municipality_and_every_goal_with_its_target_and_unit() {
        let (b, planner) = setup();
        let m = b.municipality_index("730").unwrap_or(0);
        let goals = planner.goals.goals.clone();
        let plans: Vec<_> = (0..goals.len())
            .map(|gi| {
                planner
                    .plan(&b, m, gi, Ambition::default(), PathShape::Seasonal)
                    .ok()
            })
            .collect();
        let s = Scenario::default();
        let msg = choice_message(&b, &s, m, &goals, &plans, Lang::Da).unwrap();
        let json = serde_json::to_value(&msg).unwrap();
        assert_eq!(json["type"], "maltal:valg");
        assert_eq!(json["version"], 1);
        assert_eq!(json["kommune"]["kode"], "730");
        assert_eq!(json["kommune"]["navn"], "Randers");
        assert_eq!(json["data_dato"], b.meta.data_month.to_string());
        let listed = json["maal"].as_array().unwrap();
        assert_eq!(listed.len(), goals.len());
        for (entry, (g, p)) in listed.iter().zip(goals.iter().zip(&plans)) {
            assert_eq!(entry["id"], g.id.as_str());
            let unit = b.indicators[g.indicator].unit;
            let expected = if unit.is_count() {
                "personer"
            } else {
                "procent"
            };
            if unit != Unit::FullTimePersons {
                assert_eq!(entry["enhed"], expected);
            }
            let target = p.as_ref().unwrap().target.target;
            let sent = entry["maalvaerdi"].as_f64().unwrap();
            assert!((sent - target).abs() <= 0.5, "{sent} vs {target}");
            if unit.is_count() {
                assert!(
                    (sent - sent.round()).abs() < 1e-9,
                    "{sent} is a whole number"
                );
            }
        }
    }

    #[test]
    fn a_goal_without_a_plan_is_listed_with_a_null_target() {
        let (b, planner) = setup();
        let goals = planner.goals.goals.clone();
        let plans = vec![None; goals.len()];
        let msg = choice_message(&b, &Scenario::default(), 0, &goals, &plans, Lang::En).unwrap();
        let json = serde_json::to_value(&msg).unwrap();
        assert_eq!(json["sprog"], "en");
        assert!(json["maal"][0]["maalvaerdi"].is_null());
        assert!(json["maal"][0]["prognose"].is_null());
        assert_eq!(json["maal"][0]["titel"], goals[0].title.get("en"));
    }

    #[test]
    fn no_message_for_a_municipality_the_data_does_not_have() {
        let (b, planner) = setup();
        let goals = planner.goals.goals.clone();
        let none = choice_message(&b, &Scenario::default(), usize::MAX, &goals, &[], Lang::Da);
        assert!(none.is_none());
    }
}
