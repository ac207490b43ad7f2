//! Scenarios as they leave the app: the share link (`?s=…`), scenario files, and the state
//! saved in the browser. Each format is versioned; an older version is migrated, a newer or
//! damaged one is refused with a message, never a panic.
//!
//! A scenario records the user's choices, not figures: presets are stored by id and re-resolved
//! against the data, so a link opened in another browser shows the same figures for the same
//! data file. The data date and goal set are stored so a link made on other data can say so.
//!
//! Parts: `wire` (the JSON as it is written, with its Danish field names), `error` (why a text
//! was refused, in Danish and English) and `fit` (repairing a scenario that does not fit a data
//! file). [`Scenario`] is the checked form the app works with; it is only made from the wire
//! form through its checks.

mod diff;
mod error;
mod fit;
mod goals;
mod merge;
pub mod wire;

use std::collections::BTreeMap;

use base64::Engine;
use serde_json::Value;

use crate::model::ambition::Ambition;
use crate::model::baseline::{Measure, Text};

pub use diff::{differences, Difference};
pub use error::{Damage, InvalidField, JsonProblem, ScenarioError};
pub use fit::Refit;
pub use goals::{Missing, Saved, ScenarioGoals, TooManyGoals, Why, OWN_GOALS_ID};
pub use merge::{merge, Merged};

use error::json_damage;
use wire::{ScenarioWire, StoredWire};

/// The link format version written by this build (2: scenarios carry their own goals and
/// milestones; version 1 links still open).
pub const LINK_VERSION: u32 = 2;
/// The file and storage format version written by this build (as [`LINK_VERSION`]).
pub const FILE_VERSION: u32 = 2;
/// The `format` field of scenario files.
pub const FILE_FORMAT: &str = "maltal-scenarier";
/// Longest link payload accepted (characters).
pub const MAX_LINK_CHARS: usize = 16 * 1024;
/// The browser's local-storage key of the saved scenarios. Every browser that has used Måltal
/// holds the user's work under this name: it never changes.
pub const STORAGE_KEY: &str = "maltal.scenarier";
/// Largest scenario file or stored state accepted (bytes).
pub const MAX_FILE_BYTES: usize = 4 * 1024 * 1024;

/// One named scenario: the user's choices for one municipality.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Scenario {
    /// A random identity, kept when the scenario is edited, shared or exported (a copy gets a
    /// new one), so an old link to a scenario the browser already has is recognised.
    pub id: String,
    /// Counts the edits of this scenario: of two versions with the same id, the higher is newer.
    pub rev: u64,
    /// Name, e.g. "Ambitiøs".
    pub name: String,
    /// Author, e.g. a workshop participant.
    pub author: String,
    /// Municipality code.
    pub municipality: String,
    /// Goal set id.
    pub goal_set: String,
    /// Outlook id.
    pub outlook: String,
    /// Ambition per goal id.
    pub ambitions: BTreeMap<String, Ambition>,
    /// The reasoning per goal id (begrundelse).
    pub reasons: BTreeMap<String, String>,
    /// Data date (`YYYY-MM`) of the data the scenario was made on.
    pub data_month: String,
    /// Data file the scenario was made on (URL or file name).
    pub data_source: String,
    /// A straight-line kravforløb instead of the seasonal one.
    pub linear_path: bool,
    /// The scenario's own list of goals, in the order shown; `None` (every scenario from before
    /// version 2) means the goals of the goal set.
    pub goals: Option<Vec<GoalEntry>>,
    /// Milestones (delmål) per goal id: year → target of the goal's measure that year.
    pub milestones: BTreeMap<String, BTreeMap<i32, f64>>,
}

/// One goal of a scenario's list.
#[derive(Debug, Clone, PartialEq)]
pub enum GoalEntry {
    /// A goal of the scenario's goal set in the data file, by id.
    Template(String),
    /// A goal the user defined.
    Own(OwnGoal),
}

impl GoalEntry {
    /// The goal's id.
    pub fn id(&self) -> &str {
        match self {
            GoalEntry::Template(id) => id,
            GoalEntry::Own(o) => &o.id,
        }
    }
}

/// A goal the user defined: its own title, any monthly indicator of the data, how it is
/// measured and the year it is for.
#[derive(Debug, Clone, PartialEq)]
pub struct OwnGoal {
    /// Identifier, unique in the scenario (e.g. `egen-1`).
    pub id: String,
    /// Title in Danish, optionally in English.
    pub title: Text,
    /// Indicator id.
    pub indicator: String,
    /// How the target is measured.
    pub measure: Measure,
    /// The target year.
    pub target_year: i32,
}

impl Scenario {
    /// The ambition the scenario holds for a goal (the forecast when it holds none).
    pub fn ambition(&self, goal: &str) -> Ambition {
        self.ambitions.get(goal).copied().unwrap_or_default()
    }

    /// The milestones the scenario holds for a goal, by year.
    pub fn milestones_of(&self, goal: &str) -> Vec<(i32, f64)> {
        self.milestones
            .get(goal)
            .map(|m| m.iter().map(|(y, v)| (*y, *v)).collect())
            .unwrap_or_default()
    }
}

/// Where an incoming scenario (from a link or a file) belongs among the saved ones.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Placement {
    /// Identical to, or an older version of, saved scenario `i`: show that one.
    Existing(usize),
    /// A newer version of saved scenario `i`: replace it.
    Replace(usize),
    /// Not saved here yet: add it.
    New,
}

/// Decides where `incoming` goes among `saved`. Versions of one scenario share its id and
/// author; workshop participants who each edited a copy of the same file have different authors
/// and so stay apart.
pub fn place(saved: &[Scenario], incoming: &Scenario) -> Placement {
    if let Some(i) = saved.iter().position(|s| s == incoming) {
        return Placement::Existing(i);
    }
    if !incoming.id.is_empty() {
        if let Some(i) = saved
            .iter()
            .position(|s| s.id == incoming.id && s.author == incoming.author)
        {
            return if incoming.rev > saved[i].rev {
                Placement::Replace(i)
            } else {
                Placement::Existing(i)
            };
        }
    }
    Placement::New
}

fn damaged(damage: Damage) -> ScenarioError {
    ScenarioError::Damaged(damage)
}

/// Encodes a scenario for the `s` parameter: `1.` followed by base64url of its JSON.
pub fn to_link(s: &Scenario) -> String {
    let json = serde_json::to_string(&ScenarioWire::from(s)).unwrap_or_default();
    format!(
        "{LINK_VERSION}.{}",
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(json)
    )
}

/// Whether a link made by [`to_link`] is short enough for [`from_link`] to open again. A
/// longer one is never offered (the page says so and offers the scenario file instead) nor
/// written to the address bar.
pub fn link_fits(link: &str) -> bool {
    link.trim().len() <= MAX_LINK_CHARS
}

/// Decodes the `s` parameter.
///
/// # Errors
/// [`ScenarioError`] for an empty, oversized, newer, damaged or invalid link.
pub fn from_link(text: &str) -> Result<Scenario, ScenarioError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(ScenarioError::Empty);
    }
    if !link_fits(text) {
        return Err(ScenarioError::TooLarge {
            size: text.len(),
            limit: MAX_LINK_CHARS,
        });
    }
    let (version, payload) = text
        .split_once('.')
        .ok_or_else(|| damaged(Damage::NoVersion))?;
    let version: u32 = version
        .parse()
        .map_err(|_| damaged(Damage::VersionNotANumber))?;
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(payload.trim_end_matches('='))
        .map_err(|_| damaged(Damage::BadCharacters))?;
    let value: Value = serde_json::from_slice(&bytes).map_err(|e| json_damage(&e))?;
    migrate_scenario(version, value)
}

/// Brings a scenario of any known version to the current one, and checks it. Version 1 had
/// no goal list or milestones: it reads as a version 2 scenario whose goals are its goal set's,
/// so every link, file and stored state ever written still opens. A version 1 text that
/// holds version 2 fields is refused, since no version 1 writer made one.
pub fn migrate_scenario(version: u32, value: Value) -> Result<Scenario, ScenarioError> {
    let wire: ScenarioWire = match version {
        1 => {
            let wire: ScenarioWire = serde_json::from_value(value).map_err(|e| json_damage(&e))?;
            if wire.goals.is_some() {
                return Err(damaged(Damage::Json(
                    JsonProblem::UnknownField("maal".into()),
                    None,
                )));
            }
            if !wire.milestones.is_empty() {
                return Err(damaged(Damage::Json(
                    JsonProblem::UnknownField("delmaal".into()),
                    None,
                )));
            }
            wire
        }
        2 => serde_json::from_value(value).map_err(|e| json_damage(&e))?,
        v => {
            return Err(ScenarioError::NewerVersion {
                found: v.to_string(),
            })
        }
    };
    Scenario::try_from(wire)
}

/// Parses JSON text of at most [`MAX_FILE_BYTES`].
fn parse_limited(text: &str) -> Result<Value, ScenarioError> {
    if text.len() > MAX_FILE_BYTES {
        return Err(ScenarioError::TooLarge {
            size: text.len(),
            limit: MAX_FILE_BYTES,
        });
    }
    serde_json::from_str(text).map_err(|e| json_damage(&e))
}

/// Writes scenarios as a file (pretty JSON).
pub fn to_file(scenarios: &[Scenario]) -> String {
    let list: Vec<ScenarioWire> = scenarios.iter().map(ScenarioWire::from).collect();
    let file = serde_json::json!({
        "format": FILE_FORMAT,
        "version": FILE_VERSION,
        "scenarier": list,
    });
    serde_json::to_string_pretty(&file).unwrap_or_default()
}

/// The format version a file or stored state says it has.
fn version_of(value: &Value) -> Result<u64, ScenarioError> {
    value
        .get("version")
        .and_then(Value::as_u64)
        .ok_or_else(|| damaged(Damage::NoVersion))
}

/// The list of scenarios in a file or stored state.
fn list_of(value: &Value) -> Result<&Vec<Value>, ScenarioError> {
    value
        .get("scenarier")
        .and_then(Value::as_array)
        .ok_or_else(|| damaged(Damage::NoList))
}

/// Reads a scenario file (a UTF-8 byte-order mark is accepted).
///
/// # Errors
/// [`ScenarioError`] naming the problem; one invalid scenario refuses the file.
pub fn from_file(text: &str) -> Result<Vec<Scenario>, ScenarioError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(ScenarioError::Empty);
    }
    let value = parse_limited(text)?;
    if value.get("format").and_then(Value::as_str) != Some(FILE_FORMAT) {
        return Err(ScenarioError::WrongFormat);
    }
    let version = version_of(&value)?;
    let version = u32::try_from(version).map_err(|_| ScenarioError::NewerVersion {
        found: version.to_string(),
    })?;
    let list = list_of(&value)?;
    if list.is_empty() {
        return Err(damaged(Damage::NoScenarios));
    }
    list.iter()
        .map(|s| migrate_scenario(version, s.clone()))
        .collect()
}

/// What the browser keeps between visits.
#[derive(Debug, Clone, PartialEq)]
pub struct Stored {
    /// Format version.
    pub version: u32,
    /// Index of the scenario being worked on.
    pub current: usize,
    /// All named scenarios that could be read (never empty when valid).
    pub scenarios: Vec<Scenario>,
    /// Why each scenario that could not be read was left out: one damaged scenario costs that
    /// scenario alone, and the caller keeps the stored text so it is not lost.
    pub set_aside: Vec<ScenarioError>,
}

/// Writes the stored state.
pub fn to_stored(current: usize, scenarios: &[Scenario]) -> String {
    let stored = StoredWire {
        version: FILE_VERSION,
        current,
        scenarios: scenarios.iter().map(ScenarioWire::from).collect(),
    };
    serde_json::to_string(&stored).unwrap_or_default()
}

/// Reads the stored state.
///
/// # Errors
/// [`ScenarioError`] when it is damaged, foreign or of a newer version.
pub fn from_stored(text: &str) -> Result<Stored, ScenarioError> {
    let value = parse_limited(text)?;
    let version = u32::try_from(version_of(&value)?).unwrap_or(u32::MAX);
    if version > FILE_VERSION {
        return Err(ScenarioError::NewerVersion {
            found: version.to_string(),
        });
    }
    let current = value
        .get("current")
        .and_then(Value::as_u64)
        .map_or(0, |c| usize::try_from(c).unwrap_or(usize::MAX));
    let (mut scenarios, mut set_aside, mut now) = (Vec::new(), Vec::new(), 0);
    for (i, s) in list_of(&value)?.iter().enumerate() {
        match migrate_scenario(version, s.clone()) {
            Ok(s) => {
                if i == current {
                    now = scenarios.len();
                }
                scenarios.push(s);
            }
            Err(e) => set_aside.push(e),
        }
    }
    if scenarios.is_empty() {
        return Err(set_aside
            .into_iter()
            .next()
            .unwrap_or(damaged(Damage::NoScenarios)));
    }
    Ok(Stored {
        version: FILE_VERSION,
        current: now.min(scenarios.len() - 1),
        scenarios,
        set_aside,
    })
}

#[cfg(test)]
#[cfg(not(target_arch = "wasm32"))]
mod tests {
    use super::*;
    use crate::data::Lang;
    use crate::model::ambition::Preset;
    use proptest::prelude::*;

    fn full() -> Scenario {
        let mut ambitions = BTreeMap::new();
        ambitions.insert("ledighed".into(), Ambition::Preset(Preset::PeerMedian));
        ambitions.insert("langtidsledighed".into(), Ambition::Absolute(1350.0));
        ambitions.insert("kontanthjaelp".into(), Ambition::Change(-0.05));
        ambitions.insert("loentimer".into(), Ambition::Change(1.5));
        let mut reasons = BTreeMap::new();
        reasons.insert(
            "langtidsledighed".into(),
            "Vi satser på virksomhedsrettede tilbud og tæt opfølgning.".into(),
        );
        Scenario {
            id: String::new(),
            rev: 0,
            name: "Ambitiøs plan".into(),
            author: "Udvalget".into(),
            municipality: "751".into(),
            goal_set: "ministermaal-2026-eksempel".into(),
            outlook: "basis".into(),
            ambitions,
            reasons,
            data_month: "2025-07".into(),
            data_source: "data/baseline.json".into(),
            linear_path: false,
            goals: None,
            milestones: BTreeMap::new(),
        }
    }

    /// A scenario with ten own goals over three years, each with a title, a target, a
    /// reasoning and two milestones: the longest link the issue asks to stay under 4 000.
    fn ten_own_goals() -> Scenario {
        let mut s = full();
        s.ambitions.clear();
        s.reasons.clear();
        let mut list = vec![GoalEntry::Template("ledighed".into())];
        for n in 1..=10 {
            let id = format!("egen-{n}");
            list.push(GoalEntry::Own(OwnGoal {
                id: id.clone(),
                title: Text {
                    da: format!("Ledigheden i Randers skal under landsgennemsnittet, mål {n}"),
                    en: String::new(),
                },
                indicator: "ledighedsprocent".into(),
                measure: if n % 2 == 0 {
                    Measure::AnnualAverage
                } else {
                    Measure::Month(12)
                },
                target_year: 2028,
            }));
            s.ambitions.insert(id.clone(), Ambition::Absolute(3.9));
            s.milestones
                .insert(id.clone(), BTreeMap::from([(2026, 4.4), (2027, 4.15)]));
            s.reasons.insert(
                id,
                "Flere i job gennem tidlig, virksomhedsrettet indsats.".into(),
            );
        }
        s.goals = Some(list);
        s
    }

    #[test]
    fn a_link_with_ten_own_goals_round_trips_under_4000_characters() {
        let s = ten_own_goals();
        let link = to_link(&s);
        assert!(link.starts_with("2."));
        assert_eq!(from_link(&link), Ok(s.clone()));
        println!("link with ten own goals: {} characters", link.len());
        assert!(link.len() < 4000, "link is {} characters", link.len());
        let text = to_file(std::slice::from_ref(&s));
        assert_eq!(from_file(&text), Ok(vec![s]));
    }

    #[test]
    fn an_own_goal_that_breaks_a_rule_is_refused_by_name() {
        let encode = |json: &str| {
            format!(
                "2.{}",
                base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(json)
            )
        };
        let no_year = encode(
            r#"{"kommune":"751","maal":[{"id":"egen-1","titel":"Færre","indikator":"ledige"}]}"#,
        );
        let e = from_link(&no_year).unwrap_err().to_string();
        assert!(
            e.contains("«egen-1» mangler titel, indikator eller målår"),
            "{e}"
        );
        let month = encode(
            r#"{"kommune":"751","maal":[{"id":"egen-1","titel":"F","indikator":"ledige","maaned":13,"aar":2027}]}"#,
        );
        let e = from_link(&month).unwrap_err().to_string();
        assert!(e.contains("måned, der ikke findes"), "{e}");
        let twice = encode(r#"{"kommune":"751","maal":[{"id":"a"},{"id":"a"}]}"#);
        assert!(from_link(&twice)
            .unwrap_err()
            .to_string()
            .contains("to gange"));
        let milestone = encode(r#"{"kommune":"751","delmaal":{"a":{"2027":-1}}}"#);
        let e = from_link(&milestone).unwrap_err().to_string();
        assert!(e.contains("delmålet for 2027"), "{e}");
        // Version 1 never held a goal list: such a link is damaged, not silently read.
        let v1 = format!(
            "1.{}",
            base64::engine::general_purpose::URL_SAFE_NO_PAD
                .encode(r#"{"kommune":"751","maal":[{"id":"a"}]}"#)
        );
        assert!(matches!(from_link(&v1), Err(ScenarioError::Damaged(_))));
    }

    #[test]
    fn a_link_round_trips_and_stays_short_enough_for_an_email() {
        let s = full();
        let link = to_link(&s);
        assert!(link.starts_with("2."));
        assert_eq!(from_link(&link), Ok(s));
        println!("full scenario link: {} characters", link.len());
        assert!(link.len() < 1000, "link is {} characters", link.len());
    }

    #[test]
    fn a_tampered_or_truncated_link_is_refused_with_a_message() {
        let link = to_link(&full());
        let truncated = &link[..link.len() / 2];
        assert!(matches!(
            from_link(truncated),
            Err(ScenarioError::Damaged(_))
        ));
        assert!(matches!(from_link("1.!!!"), Err(ScenarioError::Damaged(_))));
        assert!(matches!(from_link("abc"), Err(ScenarioError::Damaged(_))));
        assert_eq!(from_link(""), Err(ScenarioError::Empty));
        let newer = link.replacen("2.", "7.", 1);
        assert!(matches!(
            from_link(&newer),
            Err(ScenarioError::NewerVersion { .. })
        ));
        let mut bad = full();
        bad.municipality = "Aarhus".into();
        let e = from_link(&to_link(&bad)).unwrap_err();
        assert!(e.to_string().contains("kommunekode"), "{e}");
        let unknown_preset = format!(
            "1.{}",
            base64::engine::general_purpose::URL_SAFE_NO_PAD
                .encode(r#"{"kommune":"751","ambitioner":{"x":{"preset":"bedst"}}}"#)
        );
        let e = from_link(&unknown_preset).unwrap_err().to_string();
        assert!(e.contains("ambitionen for målet «x» er ugyldig"), "{e}");
    }

    #[test]
    fn a_file_round_trips_several_scenarios_and_refuses_foreign_files() {
        let mut b = full();
        b.name = "Forsigtig".into();
        b.ambitions.clear();
        let text = to_file(&[full(), b.clone()]);
        assert_eq!(from_file(&text), Ok(vec![full(), b]));
        assert_eq!(
            from_file(&format!("\u{feff}{text}")).map(|v| v.len()),
            Ok(2)
        );
        assert_eq!(
            from_file("{\"format\":\"x\"}"),
            Err(ScenarioError::WrongFormat)
        );
        assert!(matches!(
            from_file("not json"),
            Err(ScenarioError::Damaged(_))
        ));
        assert_eq!(from_file("  "), Err(ScenarioError::Empty));
        let newer = text.replace("\"version\": 2", "\"version\": 9");
        assert!(matches!(
            from_file(&newer),
            Err(ScenarioError::NewerVersion { .. })
        ));
    }

    #[test]
    fn an_old_link_to_a_saved_scenario_shows_the_saved_one_and_a_newer_one_replaces_it() {
        let mut saved = full();
        saved.id = "a1".into();
        saved.rev = 5;
        let list = vec![Scenario::default(), saved.clone()];
        let mut old = saved.clone();
        old.rev = 3;
        old.ambitions.clear();
        assert_eq!(place(&list, &old), Placement::Existing(1));
        let mut newer = saved.clone();
        newer.rev = 6;
        newer.name = "Ny".into();
        assert_eq!(place(&list, &newer), Placement::Replace(1));
        assert_eq!(place(&list, &saved), Placement::Existing(1));
        let mut other = saved.clone();
        other.id = "b2".into();
        assert_eq!(place(&list, &other), Placement::New);
        let mut no_id = full();
        no_id.name = "Uden id".into();
        assert_eq!(place(&list, &no_id), Placement::New);
        let mut participant = saved.clone();
        participant.author = "Anna".into();
        participant.rev = 9;
        assert_eq!(
            place(&list, &participant),
            Placement::New,
            "another author's copy stays apart"
        );
    }

    #[test]
    fn one_unreadable_saved_scenario_costs_that_scenario_alone() {
        let mut other = full();
        other.name = "Forsigtig".into();
        let text = to_stored(2, &[full(), full(), other.clone()]);
        let value: Value = serde_json::from_str(&text).unwrap();
        let mut value = value;
        value["scenarier"][1]["kommune"] = Value::String("Aarhus".into());
        let stored = from_stored(&value.to_string()).unwrap();
        assert_eq!(stored.scenarios, vec![full(), other]);
        assert_eq!(
            stored.current, 1,
            "the current scenario is still the current one"
        );
        assert_eq!(stored.set_aside.len(), 1);
        assert!(stored.set_aside[0].to_string().contains("kommunekode"));
        // When none can be read, the state as a whole is refused (and set aside by the caller).
        value["scenarier"][0]["kommune"] = Value::String("x".into());
        value["scenarier"][2]["kommune"] = Value::String("y".into());
        assert!(from_stored(&value.to_string()).is_err());
    }

    #[test]
    fn stored_state_round_trips_and_clamps_the_current_index() {
        let text = to_stored(5, &[full()]);
        let stored = from_stored(&text).unwrap();
        assert_eq!(stored.current, 0);
        assert_eq!(stored.scenarios, vec![full()]);
        assert!(from_stored("{\"foo\":1}").is_err());
        assert!(from_stored("[1,2").is_err());
    }

    #[test]
    fn a_negative_target_and_damaged_json_are_named_in_danish() {
        let mut s = full();
        s.ambitions
            .insert("ledighed".into(), Ambition::Absolute(-500.0));
        let e = from_link(&to_link(&s)).unwrap_err().to_string();
        assert!(e.contains("målet «ledighed» er negativt"), "{e}");

        let wrong_type = format!(
            "1.{}",
            base64::engine::general_purpose::URL_SAFE_NO_PAD
                .encode(r#"{"kommune":"751","ambitioner":{"ledighed":-500}}"#)
        );
        let e = from_link(&wrong_type).unwrap_err().to_string();
        assert!(e.contains("en værdi har en forkert type"), "{e}");
        assert!(!e.contains("invalid type"), "no English parser text: {e}");
        let unknown = format!(
            "1.{}",
            base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(r#"{"kommune":"751","xyz":1}"#)
        );
        let e = from_link(&unknown).unwrap_err().to_string();
        assert!(e.contains("ukendt felt «xyz»"), "{e}");
        let e = from_file("{\"format\": ").unwrap_err().to_string();
        assert!(e.contains("slutter for tidligt"), "{e}");
    }

    /// A file of `tests/fixtures/scenario/`, written by the scenario code before its Rust
    /// names became English.
    fn fixture(name: &str) -> String {
        std::fs::read_to_string(format!("tests/fixtures/scenario/{name}")).unwrap()
    }

    fn the_scenario_of_the_old_fixtures() -> Scenario {
        let mut s = full();
        s.id = "0a1b2c3d4e5f6071".into();
        s.rev = 12;
        s.linear_path = true;
        s
    }

    #[test]
    fn a_version_1_share_link_file_and_stored_state_still_open() {
        let s = the_scenario_of_the_old_fixtures();
        let mut other = full();
        other.name = "Forsigtig".into();
        other.ambitions.clear();
        assert_eq!(from_link(&fixture("link-v1.txt")), Ok(s.clone()));
        assert_eq!(
            from_file(&fixture("file-v1.json")),
            Ok(vec![s.clone(), other.clone()])
        );
        let stored = from_stored(&fixture("stored-v1.json")).unwrap();
        assert_eq!(
            (stored.current, stored.scenarios),
            (1, vec![s.clone(), other])
        );
        // And a scenario without own goals is written as then, only under version 2.
        assert_eq!(
            to_link(&s),
            fixture("link-v1.txt").trim().replacen("1.", "2.", 1)
        );
    }

    #[test]
    fn the_storage_key_is_the_one_every_browser_already_holds() {
        assert_eq!(STORAGE_KEY, "maltal.scenarier");
    }

    #[test]
    fn a_link_is_offered_only_when_it_opens_again() {
        let s = full();
        let link = to_link(&s);
        assert!(link_fits(&link));
        assert_eq!(from_link(&link).map(|back| back.name), Ok(s.name.clone()));
        // Two justifications at the typed limit: a valid scenario, too large for a link.
        let mut long = full();
        for goal in ["ledighed", "langtidsledighed"] {
            long.reasons
                .insert(goal.into(), "æ".repeat(wire::MAX_REASON_CHARS));
        }
        let link = to_link(&long);
        assert!(!link_fits(&link), "{} characters", link.len());
        assert!(matches!(
            from_link(&link),
            Err(ScenarioError::TooLarge { .. })
        ));
        assert_eq!(
            from_file(&to_file(std::slice::from_ref(&long))).map(|l| l.len()),
            Ok(1),
            "the file takes what the link cannot"
        );
    }

    #[test]
    fn every_refusal_reads_in_english_too() {
        let errors = [
            from_link("").unwrap_err(),
            from_link("1.!!!").unwrap_err(),
            from_link("abc").unwrap_err(),
            from_file("{\"format\":\"x\"}").unwrap_err(),
            from_file("{\"format\": ").unwrap_err(),
            from_link(&fixture("link-v1.txt").replacen("1.", "7.", 1)).unwrap_err(),
            from_link(&"x".repeat(MAX_LINK_CHARS + 1)).unwrap_err(),
            from_stored("{\"version\":1,\"scenarier\":[]}").unwrap_err(),
        ];
        for e in errors {
            let (da, en) = (e.text(Lang::Da), e.text(Lang::En));
            assert_eq!(da, e.to_string(), "Display is the Danish text");
            assert_ne!(da, en, "{e:?} has no English text");
            for word in [" er ", " ikke ", " mangler", "linje", "tegn"] {
                assert!(!en.contains(word), "«{word}» in the English «{en}»");
            }
        }
        let mut bad = full();
        bad.ambitions
            .insert("ledighed".into(), Ambition::Absolute(-5.0));
        let e = from_link(&to_link(&bad)).unwrap_err();
        assert_eq!(
            e.text(Lang::En),
            "the scenario «Ambitiøs plan» is not valid: the target for «ledighed» is negative"
        );
    }

    fn small_baseline() -> crate::model::baseline::Baseline {
        crate::data::from_json(&std::fs::read_to_string("tests/fixtures/valid-small.json").unwrap())
            .unwrap()
    }

    #[test]
    fn a_scenario_from_other_data_is_fitted_and_says_what_changed() {
        let b = small_baseline();
        let mut s = full();
        s.municipality = "999".into();
        s.outlook = "krise".into();
        s.goal_set = "ukendt".into();
        s.data_month.clear();
        let said = s.fit_to(&b, "data/x.json");
        assert_eq!(
            said,
            [
                Refit::MunicipalityMissing("999".into()),
                Refit::OutlookMissing("krise".into())
            ]
        );
        assert_eq!(
            Some(s.municipality.as_str()),
            b.municipalities.first().map(|m| m.code.as_str())
        );
        assert_eq!(
            Some(s.goal_set.as_str()),
            b.goal_sets.first().map(|g| g.id.as_str())
        );
        assert!(
            b.outlooks.iter().any(|o| o.id == s.outlook),
            "{}",
            s.outlook
        );
        assert_eq!(
            (s.data_month, s.data_source),
            (b.meta.data_month.to_string(), "data/x.json".to_string())
        );
    }

    #[test]
    fn a_target_or_milestone_past_ten_times_the_data_is_removed_by_name() {
        let b = small_baseline();
        let mut s = Scenario::default();
        s.fit_to(&b, "data/x.json");
        let goal = s.goals_in(&b).set.goals[0].clone();
        let limit = b.plausible_limit(goal.indicator).expect("figures");
        s.ambitions
            .insert(goal.id.clone(), Ambition::Absolute(limit * 2.0));
        s.milestones.insert(
            goal.id.clone(),
            BTreeMap::from([(2025, limit * 0.5), (2026, 1e300)]),
        );
        let said = s.fit_to(&b, "data/x.json");
        let implausible = |value| Refit::Implausible {
            title: goal.title.clone(),
            value,
            limit,
        };
        assert_eq!(said, [implausible(limit * 2.0), implausible(1e300)]);
        assert!(!s.ambitions.contains_key(&goal.id), "back to the default");
        assert_eq!(
            s.milestones[&goal.id],
            BTreeMap::from([(2025, limit * 0.5)])
        );
        // A target at the limit is a plan, not a mistake.
        s.ambitions
            .insert(goal.id.clone(), Ambition::Absolute(limit));
        assert_eq!(s.fit_to(&b, "data/x.json"), []);
    }

    #[test]
    fn the_plausible_limit_is_100_for_a_percentage_and_ten_times_the_largest_figure_else() {
        use crate::model::baseline::Unit;
        let b = small_baseline();
        for (i, ind) in b.indicators.iter().enumerate() {
            let largest = b
                .series
                .iter()
                .filter(|((_, k), _)| *k == i)
                .flat_map(|(_, e)| e.series.values().iter().flatten().copied())
                .fold(f64::NEG_INFINITY, f64::max);
            let want = if ind.unit == Unit::Percent {
                100.0
            } else {
                largest * 10.0
            };
            assert_eq!(b.plausible_limit(i), Some(want), "{}", ind.id);
        }
        assert_eq!(b.plausible_limit(b.indicators.len()), None);
    }

    #[test]
    fn a_new_scenario_is_fitted_silently_and_a_fitting_one_is_left_alone() {
        let b = small_baseline();
        let mut fresh = Scenario::default();
        assert_eq!(fresh.fit_to(&b, "data/baseline.json"), []);
        assert!(!fresh.municipality.is_empty());
        let mut fitting = fresh.clone();
        fitting.data_month = "2020-01".into();
        let before = fitting.clone();
        assert_eq!(fitting.fit_to(&b, "other.json"), []);
        assert_eq!(fitting, before, "nothing to repair, nothing changed");
    }

    proptest! {
        #[test]
        fn arbitrary_text_never_panics_the_decoders(s in ".{0,400}") {
            let _ = from_link(&s);
            let _ = from_file(&s);
            let _ = from_stored(&s);
        }

        #[test]
        fn arbitrary_names_notes_and_values_round_trip(
            name in ".{0,80}",
            note in ".{0,300}",
            value in 0.0f64..1.0e9,
        ) {
            let mut s = full();
            s.name = name;
            s.reasons.insert("ledighed".into(), note);
            s.ambitions.insert("ledighed".into(), Ambition::Absolute(value));
            prop_assert_eq!(from_link(&to_link(&s)), Ok(s.clone()));
            prop_assert_eq!(from_file(&to_file(std::slice::from_ref(&s))), Ok(vec![s]));
        }

        #[test]
        fn a_link_with_any_one_character_changed_never_panics(pos in 0usize..400, c in any::<char>()) {
            let link = to_link(&full());
            let mut chars: Vec<char> = link.chars().collect();
            let i = pos % chars.len();
            chars[i] = c;
            let tampered: String = chars.into_iter().collect();
            let _ = from_link(&tampered);
        }
    }
}
