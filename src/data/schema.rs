//! Wire structs that mirror the baseline JSON file (format `maltal-baseline`, version 1)
//! exactly. Documented in `docs/data-format.md`; the JSON Schema is
//! `data/schema/baseline-v1.json`. Nothing here is validated: `convert` does that.

use serde::{Deserialize, Serialize};

/// The format name every baseline file states.
pub const FORMAT_NAME: &str = "maltal-baseline";
/// The one version this build reads and writes.
pub const FORMAT_VERSION: u32 = 1;

/// A text in Danish and English.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct WireText {
    /// Danish.
    pub da: String,
    /// English (may be empty; Danish is shown then).
    #[serde(default)]
    pub en: String,
}

/// The whole file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WireBaseline {
    /// Always `maltal-baseline`.
    pub format: String,
    /// Format version; only 1 is known.
    pub version: u32,
    /// File-level information.
    pub meta: WireMeta,
    /// Regions.
    pub regions: Vec<WireRegion>,
    /// Comparable groups (klynger).
    pub groups: Vec<WireGroup>,
    /// Municipalities.
    pub municipalities: Vec<WireMunicipality>,
    /// Indicators.
    pub indicators: Vec<WireIndicator>,
    /// Goal sets.
    pub goal_sets: Vec<WireGoalSet>,
    /// Series for municipalities, regions and the country.
    pub series: Vec<WireSeries>,
    /// Regions' own expected developments (optional).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub expected: Vec<WireExpected>,
    /// Labour-market outlook scenarios.
    pub outlooks: Vec<WireOutlook>,
}

/// File-level information.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WireMeta {
    /// Title.
    pub title: String,
    /// Publisher of the file.
    pub publisher: String,
    /// Last month with data, `YYYY-MM`.
    pub data_date: String,
    /// Licence.
    pub licence: String,
    /// Sources.
    pub sources: Vec<WireSource>,
    /// Notes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
    /// The authority that publishes Måltal with this file (optional).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authority: Option<WireAuthority>,
}

/// The publishing authority and its contact (`meta.authority`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WireAuthority {
    /// Name (Danish, optionally English).
    pub name: WireText,
    /// Website, `https://…`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// E-mail address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Telephone number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// Where to report accessibility problems: `https://…` or `mailto:…`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accessibility_feedback: Option<String>,
}

/// A source.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WireSource {
    /// Identifier used by indicators.
    pub id: String,
    /// Name.
    pub name: String,
    /// Publisher.
    pub publisher: String,
    /// Table id.
    pub table: String,
}

/// A region.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WireRegion {
    /// Code (any text without spaces; the default file uses DST's 1081–1085).
    pub code: String,
    /// Name.
    pub name: String,
}

/// A comparable group.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WireGroup {
    /// Identifier.
    pub id: String,
    /// Name.
    pub name: String,
    /// How it was formed.
    pub description: String,
}

/// A municipality.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WireMunicipality {
    /// Official three-digit code.
    pub code: String,
    /// Name.
    pub name: String,
    /// Region code.
    pub region: String,
    /// Group id.
    pub group: String,
    /// Inhabitants.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub population: Option<f64>,
    /// Month the population was counted, `YYYY-MM`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub population_month: Option<String>,
}

/// An indicator.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WireIndicator {
    /// Identifier.
    pub id: String,
    /// Name.
    pub name: WireText,
    /// Definition.
    pub definition: WireText,
    /// `persons`, `full_time_persons` or `percent`.
    pub unit: String,
    /// `lower` or `higher`.
    pub better: String,
    /// `monthly` or `quarterly`.
    pub frequency: String,
    /// Source id.
    pub source: String,
    /// Known breaks.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub breaks: Vec<WireBreak>,
}

/// A break.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WireBreak {
    /// First month under the new rules, `YYYY-MM`.
    pub month: String,
    /// What happened.
    pub note: WireText,
}

/// A goal set.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WireGoalSet {
    /// Identifier.
    pub id: String,
    /// Title.
    pub title: WireText,
    /// Plan year.
    pub plan_year: i32,
    /// True for an example set.
    #[serde(default)]
    pub example: bool,
    /// Goals.
    pub goals: Vec<WireGoal>,
}

/// A goal.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WireGoal {
    /// Identifier.
    pub id: String,
    /// Title.
    pub title: WireText,
    /// Indicator id.
    pub indicator: String,
    /// How the target is measured.
    pub measure: WireMeasure,
    /// The year the target is for; the goal set's plan year when absent. A plan over several
    /// years gives its goals a later year (at most [`crate::model::baseline::MAX_YEARS_AHEAD`]
    /// after the data's last year).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_year: Option<i32>,
}

/// How a goal's target is measured.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum WireMeasure {
    /// The level in one calendar month.
    Month {
        /// 1–12.
        month: u32,
    },
    /// The plan year's average. Written as an empty struct variant so that serde refuses
    /// extra fields (an internally tagged unit variant would silently ignore `"month": 3`).
    AnnualAverage {},
}

/// A series.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WireSeries {
    /// A municipality code, a region code, or `national`.
    pub area: String,
    /// Indicator id.
    pub indicator: String,
    /// Months, `YYYY-MM`, consecutive (quarterly: every third month).
    pub months: Vec<String>,
    /// One value per month; `null` where the source suppressed or lacks the figure.
    pub values: Vec<Option<f64>>,
    /// `observed`, `derived` or `synthetic`.
    #[serde(default = "observed")]
    pub provenance: String,
    /// Months of an aggregate where some part was missing.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub incomplete: Vec<String>,
    /// Note.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

fn observed() -> String {
    "observed".to_string()
}

/// A region's expected development.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WireExpected {
    /// Region code.
    pub region: String,
    /// Indicator id.
    pub indicator: String,
    /// Plan year.
    pub plan_year: i32,
    /// Relative change (fraction, e.g. -0.03 for 3 % fewer).
    pub relative_change: f64,
}

/// An outlook scenario.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WireOutlook {
    /// Identifier.
    pub id: String,
    /// Name.
    pub name: WireText,
    /// Relative change of the national level by the horizon's end (fraction).
    pub relative_change: f64,
    /// Explanation.
    pub note: WireText,
    /// True when the figure is an assumption.
    #[serde(default)]
    pub synthetic: bool,
}
