//! Scenarios as they leave the app: the share link (`?s=…`), scenario files, and the state
//! saved in the browser. Each format is versioned; an older version is migrated, a newer or
//! damaged one is refused with a message, never a panic.
//!
//! A scenario records the user's choices, not figures: presets are stored by id and re-resolved
//! against the data, so a link opened in another browser shows the same figures for the same
//! data file. The data date and goal set are stored so a link made on other data can say so.

use std::collections::BTreeMap;

use base64::Engine;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::model::ambition::{Ambition, Preset};

/// The link format version written by this build.
pub const LINK_VERSION: u32 = 1;
/// The file and storage format version written by this build.
pub const FILE_VERSION: u32 = 1;
/// The `format` field of scenario files.
pub const FILE_FORMAT: &str = "maltal-scenarier";
/// Longest link payload accepted (characters).
pub const MAX_LINK_CHARS: usize = 16 * 1024;
/// Largest scenario file or stored state accepted (bytes).
pub const MAX_FILE_BYTES: usize = 4 * 1024 * 1024;

/// How the user set one goal's target.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase", deny_unknown_fields)]
pub enum AmbitionSpec {
    /// A preset id, re-resolved against the data.
    Preset(String),
    /// An absolute figure in the indicator's unit.
    Vaerdi(f64),
    /// A change from the base: fraction for counts, percentage points for percents.
    Aendring(f64),
}

impl AmbitionSpec {
    /// The engine's ambition, or `None` for an unknown preset or a non-finite number.
    pub fn to_ambition(&self) -> Option<Ambition> {
        match self {
            AmbitionSpec::Preset(id) => Preset::from_id(id).map(Ambition::Preset),
            AmbitionSpec::Vaerdi(v) if v.is_finite() => Some(Ambition::Absolute(*v)),
            AmbitionSpec::Aendring(c) if c.is_finite() => Some(Ambition::Change(*c)),
            _ => None,
        }
    }

    /// The spec of an engine ambition.
    pub fn from_ambition(a: Ambition) -> AmbitionSpec {
        match a {
            Ambition::Preset(p) => AmbitionSpec::Preset(p.id().to_string()),
            Ambition::Absolute(v) => AmbitionSpec::Vaerdi(v),
            Ambition::Change(c) => AmbitionSpec::Aendring(c),
        }
    }
}

/// One named scenario.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    /// A random identity, kept when the scenario is edited, shared or exported (a copy gets a
    /// new one), so an old link to a scenario the browser already has is recognised.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub id: String,
    /// Counts the edits of this scenario: of two versions with the same id, the higher is newer.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub rev: u64,
    /// Name, e.g. "Ambitiøs".
    #[serde(default)]
    pub navn: String,
    /// Author, e.g. a workshop participant.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub forfatter: String,
    /// Municipality code.
    pub kommune: String,
    /// Goal set id.
    #[serde(default)]
    pub maalsaet: String,
    /// Outlook id.
    #[serde(default)]
    pub konjunktur: String,
    /// Ambition per goal id.
    #[serde(default)]
    pub ambitioner: BTreeMap<String, AmbitionSpec>,
    /// The reasoning per goal id (begrundelse).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub begrundelser: BTreeMap<String, String>,
    /// Data date (`YYYY-MM`) of the data the scenario was made on.
    #[serde(default)]
    pub datadato: String,
    /// Data file the scenario was made on (URL or file name).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub datakilde: String,
    /// A straight-line kravforløb instead of the seasonal one.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub lineaer: bool,
}

fn is_zero(n: &u64) -> bool {
    *n == 0
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
            .position(|s| s.id == incoming.id && s.forfatter == incoming.forfatter)
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

/// Why a link, file or stored state was refused.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ScenarioError {
    /// The text is empty.
    #[error("linket eller filen er tom")]
    Empty,
    /// Too long.
    #[error("for stort: {size} tegn (højst {limit})")]
    TooLarge {
        /// Size.
        size: usize,
        /// Limit.
        limit: usize,
    },
    /// Made by a newer version of Måltal.
    #[error("lavet med en nyere udgave af Måltal (formatversion {found}); opdatér siden")]
    NewerVersion {
        /// The version found.
        found: String,
    },
    /// Not readable (damaged, truncated or tampered with).
    #[error("kan ikke læses – det er beskadiget eller afkortet ({reason})")]
    Damaged {
        /// What failed.
        reason: String,
    },
    /// Readable, but a field is not valid.
    #[error("scenariet «{name}» er ugyldigt: {problem}")]
    Invalid {
        /// Scenario name.
        name: String,
        /// What is wrong.
        problem: String,
    },
    /// Not a Måltal scenario file.
    #[error(
        "filen er ikke en Måltal-scenariefil (feltet \"format\" skal være \"maltal-scenarier\")"
    )]
    WrongFormat,
}

/// A JSON problem in Danish words, with where it is when the parser knows.
fn json_problem(e: &serde_json::Error) -> String {
    use serde_json::error::Category;
    let at = if e.line() > 0 {
        format!(" (linje {}, tegn {})", e.line(), e.column())
    } else {
        String::new()
    };
    let text = e.to_string();
    let quoted = |prefix: &str| {
        text.strip_prefix(prefix)
            .and_then(|rest| rest.strip_prefix('`'))
            .and_then(|rest| rest.split('`').next())
            .map(str::to_string)
    };
    match e.classify() {
        Category::Eof => format!("teksten slutter for tidligt – den er måske afkortet{at}"),
        Category::Syntax | Category::Io => format!("ikke gyldig JSON{at}"),
        Category::Data => match (quoted("unknown field "), quoted("missing field ")) {
            (Some(field), _) => format!("ukendt felt «{field}»{at}"),
            (_, Some(field)) => format!("feltet «{field}» mangler{at}"),
            _ => format!("en værdi har en forkert type{at}"),
        },
    }
}

fn damaged(reason: impl Into<String>) -> ScenarioError {
    ScenarioError::Damaged {
        reason: reason.into(),
    }
}

impl Scenario {
    /// Checks limits and shapes of every field.
    ///
    /// # Errors
    /// [`ScenarioError::Invalid`] naming the field.
    pub fn validate(&self) -> Result<(), ScenarioError> {
        let invalid = |problem: String| ScenarioError::Invalid {
            name: self.navn.chars().take(60).collect(),
            problem,
        };
        if self.id.len() > 64 {
            return Err(invalid("id'et er for langt".into()));
        }
        if self.navn.chars().count() > 200 || self.forfatter.chars().count() > 200 {
            return Err(invalid("navn eller forfatter er over 200 tegn".into()));
        }
        if !(self.kommune.len() == 3 && self.kommune.bytes().all(|b| b.is_ascii_digit())) {
            return Err(invalid(format!(
                "«{}» er ikke en kommunekode med tre cifre",
                self.kommune.chars().take(20).collect::<String>()
            )));
        }
        if self.ambitioner.len() > 100 || self.begrundelser.len() > 100 {
            return Err(invalid("for mange mål".into()));
        }
        for (goal, spec) in &self.ambitioner {
            if goal.len() > 100 {
                return Err(invalid("et mål-id er for langt".into()));
            }
            if spec.to_ambition().is_none() {
                return Err(invalid(format!("ambitionen for målet «{goal}» er ugyldig")));
            }
            if matches!(spec, AmbitionSpec::Vaerdi(v) if *v < 0.0) {
                return Err(invalid(format!("målet «{goal}» er negativt")));
            }
        }
        if self
            .begrundelser
            .values()
            .any(|n| n.chars().count() > 10_000)
        {
            return Err(invalid("en begrundelse er over 10.000 tegn".into()));
        }
        Ok(())
    }
}

/// Encodes a scenario for the `s` parameter: `1.` followed by base64url of its JSON.
pub fn to_link(s: &Scenario) -> String {
    let json = serde_json::to_string(s).unwrap_or_default();
    format!(
        "{LINK_VERSION}.{}",
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(json)
    )
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
    if text.len() > MAX_LINK_CHARS {
        return Err(ScenarioError::TooLarge {
            size: text.len(),
            limit: MAX_LINK_CHARS,
        });
    }
    let (version, payload) = text
        .split_once('.')
        .ok_or_else(|| damaged("versionsnummeret mangler"))?;
    let version: u32 = version
        .parse()
        .map_err(|_| damaged("versionsnummeret er ikke et tal"))?;
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(payload.trim_end_matches('='))
        .map_err(|_| damaged("ugyldige tegn"))?;
    let value: Value = serde_json::from_slice(&bytes).map_err(|e| damaged(json_problem(&e)))?;
    migrate_scenario(version, value)
}

/// Brings a scenario of any known version to the current one.
fn migrate_scenario(version: u32, value: Value) -> Result<Scenario, ScenarioError> {
    let scenario: Scenario = match version {
        1 => serde_json::from_value(value).map_err(|e| damaged(json_problem(&e)))?,
        v => {
            return Err(ScenarioError::NewerVersion {
                found: v.to_string(),
            })
        }
    };
    scenario.validate()?;
    Ok(scenario)
}

/// Parses JSON text of at most [`MAX_FILE_BYTES`].
fn parse_limited(text: &str) -> Result<Value, ScenarioError> {
    if text.len() > MAX_FILE_BYTES {
        return Err(ScenarioError::TooLarge {
            size: text.len(),
            limit: MAX_FILE_BYTES,
        });
    }
    serde_json::from_str(text).map_err(|e| damaged(json_problem(&e)))
}

/// Writes scenarios as a file (pretty JSON).
pub fn to_file(scenarios: &[Scenario]) -> String {
    let file = serde_json::json!({
        "format": FILE_FORMAT,
        "version": FILE_VERSION,
        "scenarier": scenarios,
    });
    serde_json::to_string_pretty(&file).unwrap_or_default()
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
    let version = value
        .get("version")
        .and_then(Value::as_u64)
        .ok_or_else(|| damaged("versionsnummeret mangler"))?;
    let version = u32::try_from(version).map_err(|_| ScenarioError::NewerVersion {
        found: version.to_string(),
    })?;
    let list = value
        .get("scenarier")
        .and_then(Value::as_array)
        .ok_or_else(|| damaged("listen «scenarier» mangler"))?;
    if list.is_empty() {
        return Err(damaged("filen indeholder ingen scenarier"));
    }
    list.iter()
        .map(|s| migrate_scenario(version, s.clone()))
        .collect()
}

/// What the browser keeps between visits.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Stored {
    /// Format version.
    pub version: u32,
    /// Index of the scenario being worked on.
    pub current: usize,
    /// All named scenarios (never empty when valid).
    pub scenarier: Vec<Scenario>,
}

/// Writes the stored state.
pub fn to_stored(current: usize, scenarios: &[Scenario]) -> String {
    serde_json::to_string(&serde_json::json!({
        "version": FILE_VERSION,
        "current": current,
        "scenarier": scenarios,
    }))
    .unwrap_or_default()
}

/// Reads the stored state.
///
/// # Errors
/// [`ScenarioError`] when it is damaged, foreign or of a newer version.
pub fn from_stored(text: &str) -> Result<Stored, ScenarioError> {
    let value = parse_limited(text)?;
    let version = value
        .get("version")
        .and_then(Value::as_u64)
        .ok_or_else(|| damaged("versionsnummeret mangler"))?;
    let version = u32::try_from(version).unwrap_or(u32::MAX);
    let list = value
        .get("scenarier")
        .and_then(Value::as_array)
        .ok_or_else(|| damaged("listen «scenarier» mangler"))?;
    let scenarier = list
        .iter()
        .map(|s| migrate_scenario(version, s.clone()))
        .collect::<Result<Vec<_>, _>>()?;
    if scenarier.is_empty() {
        return Err(damaged("ingen scenarier"));
    }
    let current = value
        .get("current")
        .and_then(Value::as_u64)
        .map_or(0, |c| c as usize)
        .min(scenarier.len() - 1);
    Ok(Stored {
        version: FILE_VERSION,
        current,
        scenarier,
    })
}

#[cfg(test)]
#[cfg(not(target_arch = "wasm32"))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn full() -> Scenario {
        let mut ambitioner = BTreeMap::new();
        ambitioner.insert(
            "ledighed".into(),
            AmbitionSpec::Preset("klynge-median".into()),
        );
        ambitioner.insert("langtidsledighed".into(), AmbitionSpec::Vaerdi(1350.0));
        ambitioner.insert("kontanthjaelp".into(), AmbitionSpec::Aendring(-0.05));
        ambitioner.insert("loentimer".into(), AmbitionSpec::Aendring(1.5));
        let mut begrundelser = BTreeMap::new();
        begrundelser.insert(
            "langtidsledighed".into(),
            "Vi satser på virksomhedsrettede tilbud og tæt opfølgning.".into(),
        );
        Scenario {
            id: String::new(),
            rev: 0,
            navn: "Ambitiøs plan".into(),
            forfatter: "Udvalget".into(),
            kommune: "751".into(),
            maalsaet: "ministermaal-2026-eksempel".into(),
            konjunktur: "basis".into(),
            ambitioner,
            begrundelser,
            datadato: "2025-07".into(),
            datakilde: "data/baseline.json".into(),
            lineaer: false,
        }
    }

    #[test]
    fn a_link_round_trips_and_stays_short_enough_for_an_email() {
        let s = full();
        let link = to_link(&s);
        assert!(link.starts_with("1."));
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
            Err(ScenarioError::Damaged { .. })
        ));
        assert!(matches!(
            from_link("1.!!!"),
            Err(ScenarioError::Damaged { .. })
        ));
        assert!(matches!(
            from_link("abc"),
            Err(ScenarioError::Damaged { .. })
        ));
        assert_eq!(from_link(""), Err(ScenarioError::Empty));
        let newer = link.replacen("1.", "7.", 1);
        assert!(matches!(
            from_link(&newer),
            Err(ScenarioError::NewerVersion { .. })
        ));
        let mut bad = full();
        bad.kommune = "Aarhus".into();
        let e = from_link(&to_link(&bad)).unwrap_err();
        assert!(e.to_string().contains("kommunekode"), "{e}");
        let mut bad = full();
        bad.ambitioner
            .insert("x".into(), AmbitionSpec::Preset("bedst".into()));
        assert!(from_link(&to_link(&bad)).is_err());
    }

    #[test]
    fn a_file_round_trips_several_scenarios_and_refuses_foreign_files() {
        let mut b = full();
        b.navn = "Forsigtig".into();
        b.ambitioner.clear();
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
            Err(ScenarioError::Damaged { .. })
        ));
        assert_eq!(from_file("  "), Err(ScenarioError::Empty));
        let newer = text.replace("\"version\": 1", "\"version\": 9");
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
        old.ambitioner.clear();
        assert_eq!(place(&list, &old), Placement::Existing(1));
        let mut newer = saved.clone();
        newer.rev = 6;
        newer.navn = "Ny".into();
        assert_eq!(place(&list, &newer), Placement::Replace(1));
        assert_eq!(place(&list, &saved), Placement::Existing(1));
        let mut other = saved.clone();
        other.id = "b2".into();
        assert_eq!(place(&list, &other), Placement::New);
        let mut no_id = full();
        no_id.navn = "Uden id".into();
        assert_eq!(place(&list, &no_id), Placement::New);
        let mut participant = saved.clone();
        participant.forfatter = "Anna".into();
        participant.rev = 9;
        assert_eq!(
            place(&list, &participant),
            Placement::New,
            "another author's copy stays apart"
        );
    }

    #[test]
    fn stored_state_round_trips_and_clamps_the_current_index() {
        let text = to_stored(5, &[full()]);
        let stored = from_stored(&text).unwrap();
        assert_eq!(stored.current, 0);
        assert_eq!(stored.scenarier, vec![full()]);
        assert!(from_stored("{\"foo\":1}").is_err());
        assert!(from_stored("[1,2").is_err());
    }

    #[test]
    fn a_negative_target_and_damaged_json_are_named_in_danish() {
        let mut s = full();
        s.ambitioner
            .insert("ledighed".into(), AmbitionSpec::Vaerdi(-500.0));
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

    proptest! {
        #[test]
        fn arbitrary_text_never_panics_the_decoders(s in ".{0,400}") {
            let _ = from_link(&s);
            let _ = from_file(&s);
            let _ = from_stored(&s);
        }

        #[test]
        fn arbitrary_names_notes_and_values_round_trip(
            navn in ".{0,80}",
            note in ".{0,300}",
            value in 0.0f64..1.0e9,
        ) {
            let mut s = full();
            s.navn = navn;
            s.begrundelser.insert("ledighed".into(), note);
            s.ambitioner.insert("ledighed".into(), AmbitionSpec::Vaerdi(value));
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
