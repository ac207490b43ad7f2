//! The scenario as it is written in share links, scenario files and stored state: the wire
//! structs mirror the JSON exactly (Danish field names, kept so every link and file ever written
//! still opens), and converting into [`Scenario`] is where every field is checked.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::model::ambition::{Ambition, Preset};
use crate::model::baseline::{Measure, Text};

use super::error::{InvalidField, ScenarioError};
use super::{GoalEntry, OwnGoal, Scenario};

// The limits are shared with the data file checker (`data::limits`), so a valid data file
// never makes a scenario that cannot be read back.
use crate::data::limits::{goal_id_fits, is_municipality_code, name_fits, MAX_SOURCE_CHARS, YEARS};
pub use crate::data::limits::{
    MAX_GOALS, MAX_GOAL_ID_CHARS, MAX_ID_CHARS, MAX_NAME_CHARS, MAX_REASON_CHARS,
};
use crate::model::month::Month;

/// How the user set one goal's target, as written: `{"preset": "klynge-median"}`,
/// `{"vaerdi": 1350}` or `{"aendring": -0.05}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) enum AmbitionWire {
    /// A preset id, re-resolved against the data.
    #[serde(rename = "preset")]
    Preset(String),
    /// An absolute figure in the indicator's unit.
    #[serde(rename = "vaerdi")]
    Absolute(f64),
    /// A change from the base: fraction for counts, percentage points for percents.
    #[serde(rename = "aendring")]
    Change(f64),
}

impl AmbitionWire {
    /// The engine's ambition, or `None` for an unknown preset or a non-finite number.
    fn to_ambition(&self) -> Option<Ambition> {
        match self {
            AmbitionWire::Preset(id) => Preset::from_id(id).map(Ambition::Preset),
            AmbitionWire::Absolute(v) if v.is_finite() => Some(Ambition::Absolute(*v)),
            AmbitionWire::Change(c) if c.is_finite() => Some(Ambition::Change(*c)),
            _ => None,
        }
    }
}

impl From<Ambition> for AmbitionWire {
    fn from(a: Ambition) -> AmbitionWire {
        match a {
            Ambition::Preset(p) => AmbitionWire::Preset(p.id().to_string()),
            Ambition::Absolute(v) => AmbitionWire::Absolute(v),
            Ambition::Change(c) => AmbitionWire::Change(c),
        }
    }
}

/// One goal of a scenario's list, as written: `{"id": "ledighed"}` names a goal of the
/// scenario's goal set; an own goal also has its title (`titel`, optional `titel_en`), its
/// indicator (`indikator`), the month it is measured in (`maaned`; absent for the annual
/// average) and its target year (`aar`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub(super) struct GoalWire {
    pub id: String,
    #[serde(default, rename = "titel", skip_serializing_if = "String::is_empty")]
    pub title: String,
    #[serde(default, rename = "titel_en", skip_serializing_if = "String::is_empty")]
    pub title_en: String,
    #[serde(
        default,
        rename = "indikator",
        skip_serializing_if = "String::is_empty"
    )]
    pub indicator: String,
    #[serde(default, rename = "maaned", skip_serializing_if = "Option::is_none")]
    pub month: Option<u32>,
    #[serde(default, rename = "aar", skip_serializing_if = "Option::is_none")]
    pub year: Option<i32>,
}

impl From<&GoalEntry> for GoalWire {
    fn from(g: &GoalEntry) -> GoalWire {
        match g {
            GoalEntry::Template(id) => GoalWire {
                id: id.clone(),
                ..GoalWire::default()
            },
            GoalEntry::Own(o) => GoalWire {
                id: o.id.clone(),
                title: o.title.da.clone(),
                title_en: o.title.en.clone(),
                indicator: o.indicator.clone(),
                month: match o.measure {
                    Measure::Month(m) => Some(m),
                    Measure::AnnualAverage => None,
                },
                year: Some(o.target_year),
            },
        }
    }
}

/// One scenario as written.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub(super) struct ScenarioWire {
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub id: String,
    #[serde(default, skip_serializing_if = "is_zero")]
    pub rev: u64,
    #[serde(default, rename = "navn")]
    pub name: String,
    #[serde(
        default,
        rename = "forfatter",
        skip_serializing_if = "String::is_empty"
    )]
    pub author: String,
    #[serde(rename = "kommune")]
    pub municipality: String,
    #[serde(default, rename = "maalsaet")]
    pub goal_set: String,
    #[serde(default, rename = "konjunktur")]
    pub outlook: String,
    #[serde(default, rename = "ambitioner")]
    pub ambitions: BTreeMap<String, AmbitionWire>,
    #[serde(
        default,
        rename = "begrundelser",
        skip_serializing_if = "BTreeMap::is_empty"
    )]
    pub reasons: BTreeMap<String, String>,
    #[serde(default, rename = "datadato")]
    pub data_month: String,
    #[serde(
        default,
        rename = "datakilde",
        skip_serializing_if = "String::is_empty"
    )]
    pub data_source: String,
    #[serde(
        default,
        rename = "lineaer",
        skip_serializing_if = "std::ops::Not::not"
    )]
    pub linear_path: bool,
    /// Since version 2: the scenario's own list of goals (absent: the goal set's goals).
    #[serde(default, rename = "maal", skip_serializing_if = "Option::is_none")]
    pub goals: Option<Vec<GoalWire>>,
    /// Since version 2: milestones per goal id and year.
    #[serde(
        default,
        rename = "delmaal",
        skip_serializing_if = "BTreeMap::is_empty"
    )]
    pub milestones: BTreeMap<String, BTreeMap<i32, f64>>,
}

fn is_zero(n: &u64) -> bool {
    *n == 0
}

/// The stored state as written.
#[derive(Debug, Serialize)]
pub(super) struct StoredWire {
    pub version: u32,
    pub current: usize,
    #[serde(rename = "scenarier")]
    pub scenarios: Vec<ScenarioWire>,
}

impl From<&Scenario> for ScenarioWire {
    fn from(s: &Scenario) -> ScenarioWire {
        ScenarioWire {
            id: s.id.clone(),
            rev: s.rev,
            name: s.name.clone(),
            author: s.author.clone(),
            municipality: s.municipality.clone(),
            goal_set: s.goal_set.clone(),
            outlook: s.outlook.clone(),
            ambitions: s
                .ambitions
                .iter()
                .map(|(goal, a)| (goal.clone(), AmbitionWire::from(*a)))
                .collect(),
            reasons: s.reasons.clone(),
            data_month: s.data_month.clone(),
            data_source: s.data_source.clone(),
            linear_path: s.linear_path,
            goals: s
                .goals
                .as_ref()
                .map(|list| list.iter().map(GoalWire::from).collect()),
            milestones: s.milestones.clone(),
        }
    }
}

impl TryFrom<ScenarioWire> for Scenario {
    type Error = ScenarioError;

    /// Checks the limits and shape of every field.
    fn try_from(w: ScenarioWire) -> Result<Scenario, ScenarioError> {
        let invalid = |problem: InvalidField| ScenarioError::Invalid {
            name: w.name.chars().take(60).collect(),
            problem,
        };
        check_names(&w).map_err(invalid)?;
        let ambitions = check_ambitions(&w.ambitions).map_err(invalid)?;
        if w.reasons.len() > MAX_GOALS {
            return Err(invalid(InvalidField::TooManyGoals));
        }
        if w.reasons
            .values()
            .any(|n| n.chars().count() > MAX_REASON_CHARS)
        {
            return Err(invalid(InvalidField::ReasonTooLong));
        }
        let goals = match &w.goals {
            Some(list) => Some(check_goals(list).map_err(invalid)?),
            None => None,
        };
        check_milestones(&w.milestones).map_err(invalid)?;
        Ok(Scenario {
            id: w.id,
            rev: w.rev,
            name: w.name,
            author: w.author,
            municipality: w.municipality,
            goal_set: w.goal_set,
            outlook: w.outlook,
            ambitions,
            reasons: w.reasons,
            data_month: w.data_month,
            data_source: w.data_source,
            linear_path: w.linear_path,
            goals,
            milestones: w.milestones,
        })
    }
}

/// The id, name, author, goal set, outlook, data month and source, and municipality code.
fn check_names(w: &ScenarioWire) -> Result<(), InvalidField> {
    if w.id.len() > MAX_ID_CHARS {
        return Err(InvalidField::IdTooLong);
    }
    if !name_fits(&w.name) || !name_fits(&w.author) {
        return Err(InvalidField::NameTooLong);
    }
    if !goal_id_fits(&w.goal_set) || !goal_id_fits(&w.outlook) {
        return Err(InvalidField::ChoiceIdTooLong);
    }
    // The data it was made on: a month (or none yet) and an address of bounded length.
    if !w.data_month.is_empty() && Month::parse(&w.data_month).is_err() {
        return Err(InvalidField::BadDataMonth);
    }
    if w.data_source.chars().count() > MAX_SOURCE_CHARS {
        return Err(InvalidField::SourceTooLong);
    }
    let code = &w.municipality;
    if !is_municipality_code(code) {
        return Err(InvalidField::NotAMunicipalityCode(
            code.chars().take(20).collect(),
        ));
    }
    Ok(())
}

/// Every goal's ambition: a known preset or a finite, non-negative figure.
fn check_ambitions(
    list: &BTreeMap<String, AmbitionWire>,
) -> Result<BTreeMap<String, Ambition>, InvalidField> {
    if list.len() > MAX_GOALS {
        return Err(InvalidField::TooManyGoals);
    }
    let mut out = BTreeMap::new();
    for (goal, wire) in list {
        if !goal_id_fits(goal) {
            return Err(InvalidField::GoalIdTooLong);
        }
        let short: String = goal.chars().take(40).collect();
        let Some(ambition) = wire.to_ambition() else {
            return Err(InvalidField::BadAmbition(short));
        };
        if matches!(ambition, Ambition::Absolute(v) if v < 0.0) {
            return Err(InvalidField::NegativeTarget(short));
        }
        out.insert(goal.clone(), ambition);
    }
    Ok(out)
}

/// The goal list: at most [`MAX_GOALS`], unique ids within their limit, own goals complete.
fn check_goals(list: &[GoalWire]) -> Result<Vec<GoalEntry>, InvalidField> {
    if list.len() > MAX_GOALS {
        return Err(InvalidField::TooManyGoals);
    }
    let mut seen = std::collections::BTreeSet::new();
    let mut out = Vec::with_capacity(list.len());
    for g in list {
        let short: String = g.id.chars().take(40).collect();
        if g.id.is_empty() || !goal_id_fits(&g.id) {
            return Err(InvalidField::GoalIdTooLong);
        }
        if !seen.insert(g.id.as_str()) {
            return Err(InvalidField::DuplicateGoal(short));
        }
        out.push(check_goal(g, short)?);
    }
    Ok(out)
}

/// One entry: a reference to a goal of the set (only an id), or a complete own goal.
fn check_goal(g: &GoalWire, short: String) -> Result<GoalEntry, InvalidField> {
    let reference = g.title.is_empty()
        && g.title_en.is_empty()
        && g.indicator.is_empty()
        && g.month.is_none()
        && g.year.is_none();
    if reference {
        return Ok(GoalEntry::Template(g.id.clone()));
    }
    let (Some(year), false, false) = (g.year, g.title.trim().is_empty(), g.indicator.is_empty())
    else {
        return Err(InvalidField::BadOwnGoal(short));
    };
    if !name_fits(&g.title)
        || !name_fits(&g.title_en)
        || !goal_id_fits(&g.indicator)
        || !YEARS.contains(&year)
    {
        return Err(InvalidField::BadOwnGoal(short));
    }
    let measure = match g.month {
        Some(m) if (1..=12).contains(&m) => Measure::Month(m),
        Some(_) => return Err(InvalidField::BadGoalMonth(short)),
        None => Measure::AnnualAverage,
    };
    Ok(GoalEntry::Own(OwnGoal {
        id: g.id.clone(),
        title: Text {
            da: g.title.clone(),
            en: g.title_en.clone(),
        },
        indicator: g.indicator.clone(),
        measure,
        target_year: year,
    }))
}

/// Milestones: for at most [`MAX_GOALS`] goals, each year a year and each figure finite and
/// not negative.
fn check_milestones(list: &BTreeMap<String, BTreeMap<i32, f64>>) -> Result<(), InvalidField> {
    if list.len() > MAX_GOALS {
        return Err(InvalidField::TooManyGoals);
    }
    for (goal, years) in list {
        if !goal_id_fits(goal) {
            return Err(InvalidField::GoalIdTooLong);
        }
        for (&year, &value) in years {
            if !YEARS.contains(&year) || !value.is_finite() || value < 0.0 || years.len() > 20 {
                return Err(InvalidField::BadMilestone(
                    goal.chars().take(40).collect(),
                    year,
                ));
            }
        }
    }
    Ok(())
}
