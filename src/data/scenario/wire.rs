//! The scenario as it is written in share links, scenario files and stored state: the wire
//! structs mirror the JSON exactly (Danish field names, kept so every link and file ever written
//! still opens), and converting into [`Scenario`] is where every field is checked.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::model::ambition::{Ambition, Preset};

use super::error::{InvalidField, ScenarioError};
use super::Scenario;

/// Longest scenario id kept.
pub const MAX_ID_CHARS: usize = 64;
/// Longest name or author.
pub const MAX_NAME_CHARS: usize = 200;
/// Most goals a scenario may hold ambitions or reasons for.
pub const MAX_GOALS: usize = 100;
/// Longest goal id.
pub const MAX_GOAL_ID_CHARS: usize = 100;
/// Longest reasoning.
pub const MAX_REASON_CHARS: usize = 10_000;

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
        })
    }
}

/// The id, name, author and municipality code.
fn check_names(w: &ScenarioWire) -> Result<(), InvalidField> {
    if w.id.len() > MAX_ID_CHARS {
        return Err(InvalidField::IdTooLong);
    }
    if w.name.chars().count() > MAX_NAME_CHARS || w.author.chars().count() > MAX_NAME_CHARS {
        return Err(InvalidField::NameTooLong);
    }
    let code = &w.municipality;
    if !(code.len() == 3 && code.bytes().all(|b| b.is_ascii_digit())) {
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
        if goal.len() > MAX_GOAL_ID_CHARS {
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
