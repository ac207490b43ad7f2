//! Building baseline files: the default dataset from the raw public files in `data/raw/`, and
//! the aggregation shared with the plain long CSV import (`csv_import`). Pure functions of file
//! contents, so the native data tool and the tests share them; the caller reads the files.
//!
//! Parts: `raw` reads the raw files; `catalogue` holds what the dataset says (metadata,
//! indicators with their definitions and breaks, goal sets, outlooks) and where each indicator
//! is read from; this module puts them together and derives the aggregates.
//!
//! Aggregates (regions, the country) are derived here, never read from a source:
//! counts are sums of the municipalities, and a month where a municipality is missing is
//! listed in the series' `incomplete` months; percent indicators are recomputed from their
//! underlying counts where Måltal knows them (see [`PERCENT_BASES`]), otherwise
//! weighted by population ([`aggregate`]). Quarterly series are summed quarter by quarter.

mod catalogue;
mod raw;

use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde_json::Value;

use super::schema::*;
use crate::model::Month;
use catalogue::{Origin, INDICATORS};
use raw::{panel_values, read_crosswalk, read_dst_quarterly, read_folk1am, CrosswalkRow};

/// The raw files the default dataset is built from (their text).
pub struct RawFiles<'a> {
    /// `kommuner_master_crosswalk_DERIVED.csv`: codes, names, regions, DST kommunegrupper.
    pub crosswalk_csv: &'a str,
    /// `jobindsats_kommuner_monthly_2021M08-2025M07.json`: the monthly Jobindsats panel.
    pub jobindsats_json: &'a str,
    /// `dst_folk1am_befolkning_kommuner_monthly_2021M10-2025M07.csv`: DST FOLK1AM population.
    pub folk1am_csv: &'a str,
    /// `dst_auk01_nettoledige_kontanthjaelp_kommuner_quarterly_2007Q1-2025Q2.csv`: DST AUK01.
    pub auk01_csv: &'a str,
    /// `dst_lbesk69_fuldtidsloenmodtagere_bopaelskommune_quarterly_2008Q1-2025Q2.csv`: DST
    /// LBESK69.
    pub lbesk69_csv: &'a str,
}

/// The raw files in `data/raw/` that [`build_default`] reads, in the order of [`RawFiles`].
pub const RAW_FILE_NAMES: [&str; 5] = [
    "kommuner_master_crosswalk_DERIVED.csv",
    PANEL_FILE,
    "dst_folk1am_befolkning_kommuner_monthly_2021M10-2025M07.csv",
    AUK01_FILE,
    LBESK69_FILE,
];

/// What a percent indicator is a percentage of, where Måltal knows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PercentBase {
    /// A share of another indicator's count in the same month: `loentimer` is a share of the
    /// recipients `kontanthjaelp`, so an area's value is Σ(share × recipients) / Σ recipients.
    Indicator(&'static str),
    /// A rate of a base that the file does not hold but that follows from a count and the rate
    /// itself: the labour force behind `ledighedsprocent` is `ledige` / (rate / 100), so an
    /// area's rate is Σ ledige / Σ labour force — the labour-force-weighted mean of the
    /// municipal rates. Because rates are published with one decimal, the estimated base is
    /// rough for a single small municipality; summed over many it is close (the country comes
    /// within 0.1 points of Jobindsats' own national rate).
    ImpliedBy(&'static str),
}

/// Percent indicators whose base Måltal knows, as (percent indicator, base). Any other percent
/// indicator is aggregated weighted by population.
pub const PERCENT_BASES: [(&str, PercentBase); 3] = [
    ("loentimer", PercentBase::Indicator("kontanthjaelp")),
    (
        "aktiveringsgrad",
        PercentBase::Indicator("kontanthjaelp_fuldtid"),
    ),
    ("ledighedsprocent", PercentBase::ImpliedBy("ledige")),
];

/// The base of a percent indicator, if Måltal knows it.
pub fn percent_base(indicator: &str) -> Option<PercentBase> {
    PERCENT_BASES
        .iter()
        .find(|(p, _)| *p == indicator)
        .map(|(_, b)| *b)
}

impl PercentBase {
    /// The count indicator the base is, or is computed from.
    pub fn count(self) -> &'static str {
        match self {
            PercentBase::Indicator(c) | PercentBase::ImpliedBy(c) => c,
        }
    }

    /// Each municipality's weight per month for the percentages `rates`, from the values
    /// `counts` of [`PercentBase::count`]: the counts themselves, or the base they imply
    /// (count / (rate / 100); no weight where the rate is 0 or missing).
    pub fn weights(
        self,
        counts: &HashMap<String, MonthValues>,
        rates: &HashMap<String, MonthValues>,
    ) -> HashMap<String, MonthValues> {
        match self {
            PercentBase::Indicator(_) => counts.clone(),
            PercentBase::ImpliedBy(_) => implied_base(counts, rates),
        }
    }
}

/// The base a count and its rate imply, month by month: count / (rate / 100).
fn implied_base(
    counts: &HashMap<String, MonthValues>,
    rates: &HashMap<String, MonthValues>,
) -> HashMap<String, MonthValues> {
    counts
        .iter()
        .map(|(code, count)| {
            let base = count
                .iter()
                .map(|(month, c)| {
                    let rate = rates
                        .get(code)
                        .and_then(|r| r.get(month))
                        .copied()
                        .flatten();
                    let b = match (c, rate) {
                        (Some(c), Some(r)) if r > 0.0 => Some(c / (r / 100.0)),
                        _ => None,
                    };
                    (*month, b)
                })
                .collect();
            (code.clone(), base)
        })
        .collect()
}

/// The note on a count aggregate of the Jobindsats panel.
const SUM_NOTE: &str = "Summen af kommunernes tal. Måneder i «incomplete» mangler mindst én kommune (diskretioneret af Jobindsats) og er summen af de offentliggjorte.";
/// The note on a quarterly count aggregate of a DST table.
const DST_SUM_NOTE: &str = "Summen af kommunernes tal, kvartal for kvartal, ikke Danmarks Statistiks egne rækker: regionernes afviger højst få personer (afrunding), og landstallet er lavere end Danmarks Statistiks, som også tæller personer uden bopælskommune i Danmark («Abroad», «Outside Denmark») og Christiansø.";

/// The note on a percent aggregate of the default dataset, by its base.
fn percent_note(indicator: &str, base: PercentBase) -> String {
    match (indicator, base) {
        ("loentimer", _) => "Genberegnet: summen af (andel × kontanthjælpsmodtagere) delt med summen af kontanthjælpsmodtagere for kommunerne med tal.".into(),
        ("aktiveringsgrad", _) => "Genberegnet: summen af (aktiveringsgrad × kontanthjælpsmodtagere i fuldtidspersoner) delt med summen af kontanthjælpsmodtagere i fuldtidspersoner for kommunerne med tal.".into(),
        (_, PercentBase::ImpliedBy(count)) => format!("Genberegnet: summen af {count} delt med summen af kommunernes arbejdsstyrke, hvor hver kommunes arbejdsstyrke er skønnet som {count} / (ledighedsprocent / 100) – altså gennemsnittet af kommunernes procenter vægtet med arbejdsstyrken. Procenterne er offentliggjort med én decimal, så skønnet er groft for små kommuner."),
        (_, PercentBase::Indicator(count)) => format!("Genberegnet: summen af (andel × {count}) delt med summen af {count} for kommunerne med tal."),
    }
}

/// Month of the population figures in the default dataset.
const POPULATION_MONTH: &str = "2025M07";

/// Why a build failed.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum BuildError {
    /// A raw file could not be read as expected.
    #[error("{file}: {problem}")]
    Raw {
        /// Which file.
        file: String,
        /// What is wrong.
        problem: String,
    },
    /// A line of the plain CSV is wrong.
    #[error("linje {line}: {problem}")]
    CsvLine {
        /// 1-based line number.
        line: usize,
        /// What is wrong.
        problem: String,
    },
    /// The result broke a rule of the format (see `convert`).
    #[error("{0}")]
    Data(#[from] super::error::DataError),
}

fn raw_err(file: &str, problem: impl Into<String>) -> BuildError {
    BuildError::Raw {
        file: file.to_string(),
        problem: problem.into(),
    }
}

fn t(da: &str, en: &str) -> WireText {
    WireText {
        da: da.into(),
        en: en.into(),
    }
}

/// The raw panel file of municipal monthly figures.
const PANEL_FILE: &str = "jobindsats_kommuner_monthly_2021M08-2025M07.json";
/// The raw AUK01 file (quarterly).
const AUK01_FILE: &str = "dst_auk01_nettoledige_kontanthjaelp_kommuner_quarterly_2007Q1-2025Q2.csv";
/// The raw LBESK69 file (quarterly).
const LBESK69_FILE: &str =
    "dst_lbesk69_fuldtidsloenmodtagere_bopaelskommune_quarterly_2008Q1-2025Q2.csv";
/// DST's name for the whole country in its English exports.
const DST_NATIONAL: &str = "All Denmark";

/// The raw files, read into values.
struct Sources<'a> {
    panel: Value,
    crosswalk: &'a [CrosswalkRow],
    auk01: HashMap<String, MonthValues>,
    lbesk69: HashMap<String, MonthValues>,
}

/// Builds the default baseline (format version 1) from the raw files: the areas from the
/// crosswalk and population, the municipal series from the panel and the DST tables, and the
/// regional and national series derived from them.
///
/// # Errors
/// [`BuildError::Raw`] when a file lacks what the build needs or names do not match.
pub fn build_default(raw: &RawFiles) -> Result<WireBaseline, BuildError> {
    let crosswalk = read_crosswalk(raw.crosswalk_csv)?;
    let population = read_folk1am(raw.folk1am_csv)?;
    let sources = Sources {
        panel: serde_json::from_str(raw.jobindsats_json)
            .map_err(|e| raw_err(PANEL_FILE, e.to_string()))?,
        crosswalk: &crosswalk,
        // AUK01 names the area in its first column, LBESK69 in its second (after TAL).
        auk01: read_dst_quarterly(AUK01_FILE, raw.auk01_csv, 0)?,
        lbesk69: read_dst_quarterly(LBESK69_FILE, raw.lbesk69_csv, 1)?,
    };
    let (regions, groups, municipalities) = default_areas(&crosswalk, &population)?;
    let (mut series, muni_values) = municipal_series(&sources)?;
    series.extend(aggregate_series(&regions, &crosswalk, &muni_values));
    Ok(WireBaseline {
        format: FORMAT_NAME.into(),
        version: FORMAT_VERSION,
        meta: catalogue::default_meta(),
        regions,
        groups,
        municipalities,
        indicators: catalogue::default_indicators(),
        goal_sets: catalogue::default_goal_sets(),
        series,
        expected: Vec::new(),
        outlooks: catalogue::default_outlooks(),
    })
}

/// The regions, groups and municipalities of a baseline.
type Areas = (Vec<WireRegion>, Vec<WireGroup>, Vec<WireMunicipality>);

/// The regions, groups (kommunegrupper) and municipalities of the crosswalk, with population.
fn default_areas(
    crosswalk: &[CrosswalkRow],
    population: &HashMap<String, f64>,
) -> Result<Areas, BuildError> {
    let mut regions: Vec<WireRegion> = Vec::new();
    let mut groups: Vec<WireGroup> = Vec::new();
    let mut municipalities = Vec::new();
    for row in crosswalk {
        if !regions.iter().any(|r| r.code == row.region_code) {
            regions.push(WireRegion {
                code: row.region_code.clone(),
                name: row.region_name.clone(),
            });
        }
        if !groups.iter().any(|g| g.id == row.group_code) {
            groups.push(WireGroup {
                id: row.group_code.clone(),
                name: row.group_name.clone(),
                description: format!(
                    "Danmarks Statistiks kommunegruppe «{}» (nomenklaturen Kommunegrupper), brugt som stedfortræder for STAR's klynger af sammenlignelige jobcentre, som ikke er offentligt tilgængelige i maskinlæsbar form.",
                    row.group_name
                ),
            });
        }
        let pop = population
            .get(&row.dst_english_name)
            .copied()
            .ok_or_else(|| {
                raw_err(
                    "dst_folk1am",
                    format!(
                        "intet befolkningstal for {} i {POPULATION_MONTH}",
                        row.dst_english_name
                    ),
                )
            })?;
        municipalities.push(WireMunicipality {
            code: row.code.clone(),
            name: row.name.clone(),
            region: row.region_code.clone(),
            group: row.group_code.clone(),
            population: Some(pop),
            population_month: Some("2025-07".into()),
        });
    }
    regions.sort_by(|a, b| a.code.cmp(&b.code));
    groups.sort_by(|a, b| a.id.cmp(&b.id));
    Ok((regions, groups, municipalities))
}

/// Each municipality's values of one indicator, keyed by (municipality code, indicator id).
type MunicipalValues<'c> = HashMap<(&'c str, &'static str), MonthValues>;

/// The municipal series of every indicator, each aligned on the months the whole country has
/// in its source (so a suppressed month is `null`, never left out).
fn municipal_series<'c>(
    sources: &Sources<'c>,
) -> Result<(Vec<WireSeries>, MunicipalValues<'c>), BuildError> {
    let mut muni_values: MunicipalValues = HashMap::new();
    let mut series = Vec::new();
    for spec in &INDICATORS {
        let by_municipality = match spec.origin {
            Origin::Panel { section, field } => panel_indicator(sources, section, field)?,
            Origin::Auk01 => dst_indicator(sources.crosswalk, &sources.auk01, AUK01_FILE)?,
            Origin::Lbesk69 => dst_indicator(sources.crosswalk, &sources.lbesk69, LBESK69_FILE)?,
        };
        for (row, aligned) in sources.crosswalk.iter().zip(by_municipality) {
            series.push(wire_series(
                &row.code,
                spec.id,
                &aligned,
                "observed",
                Vec::new(),
                "",
            ));
            muni_values.insert((row.code.as_str(), spec.id), aligned);
        }
    }
    Ok((series, muni_values))
}

/// One field of the Jobindsats panel for each municipality of the crosswalk (in its order),
/// aligned by label on the months of the national section.
fn panel_indicator(
    sources: &Sources,
    section: &str,
    field: &str,
) -> Result<Vec<MonthValues>, BuildError> {
    let panel = &sources.panel;
    let panel_munis = panel
        .get("municipalities")
        .and_then(Value::as_object)
        .ok_or_else(|| raw_err(PANEL_FILE, "municipalities mangler"))?;
    let by_name: HashMap<&str, &Value> = panel_munis
        .values()
        .filter_map(|m| m.get("name").and_then(Value::as_str).map(|n| (n, m)))
        .collect();
    let national = panel
        .get("national")
        .ok_or_else(|| raw_err(PANEL_FILE, "national mangler"))?;
    let span = panel_values(national, section, field)
        .map_err(|e| raw_err(PANEL_FILE, format!("national: {e}")))?;
    let mut out = Vec::new();
    for row in sources.crosswalk {
        let area = by_name.get(row.name.as_str()).ok_or_else(|| {
            raw_err(
                PANEL_FILE,
                format!("kommunen {} findes ikke i panelet", row.name),
            )
        })?;
        let found = panel_values(area, section, field)
            .map_err(|e| raw_err(PANEL_FILE, format!("{}: {e}", row.name)))?;
        out.push(align(&span, &found));
    }
    Ok(out)
}

/// The first quarter of the quarterly context series shipped (dated by its last month). The DST
/// tables go back to 2007, but the context is read beside the monthly figures (from 2021), and
/// each older quarter only weighs on the first visit: 2019 on keeps two years before them.
const CONTEXT_FROM: (i32, u32) = (2019, 3);

/// A DST quarterly table for each municipality of the crosswalk (in its order, found by DST's
/// English area name), aligned on the quarters of the whole country from [`CONTEXT_FROM`].
fn dst_indicator(
    crosswalk: &[CrosswalkRow],
    table: &HashMap<String, MonthValues>,
    file: &str,
) -> Result<Vec<MonthValues>, BuildError> {
    let national = table
        .get(DST_NATIONAL)
        .ok_or_else(|| raw_err(file, format!("rækken «{DST_NATIONAL}» mangler")))?;
    let from = Month::new(CONTEXT_FROM.0, CONTEXT_FROM.1);
    let span: MonthValues = national
        .iter()
        .filter(|(m, _)| Some(**m) >= from)
        .map(|(m, v)| (*m, *v))
        .collect();
    let span = &span;
    crosswalk
        .iter()
        .map(|row| {
            table
                .get(&row.dst_english_name)
                .map(|found| align(span, found))
                .ok_or_else(|| raw_err(file, format!("kommunen {} mangler", row.dst_english_name)))
        })
        .collect()
}

/// The values of `found` on the months of `span` (`None` where `found` has none).
fn align(span: &MonthValues, found: &MonthValues) -> MonthValues {
    span.keys()
        .map(|m| (*m, found.get(m).copied().flatten()))
        .collect()
}

/// The regions' and the country's series, derived from their municipalities' (counts summed,
/// percentages weighted by their base).
fn aggregate_series(
    regions: &[WireRegion],
    crosswalk: &[CrosswalkRow],
    muni_values: &MunicipalValues,
) -> Vec<WireSeries> {
    let mut areas: Vec<(String, Vec<&str>)> = regions
        .iter()
        .map(|r| {
            let members = crosswalk
                .iter()
                .filter(|c| c.region_code == r.code)
                .map(|c| c.code.as_str())
                .collect();
            (r.code.clone(), members)
        })
        .collect();
    areas.push((
        "national".into(),
        crosswalk.iter().map(|c| c.code.as_str()).collect(),
    ));
    let by_indicator = |indicator: &str| -> HashMap<String, MonthValues> {
        muni_values
            .iter()
            .filter(|((_, i), _)| *i == indicator)
            .map(|((code, _), v)| (code.to_string(), v.clone()))
            .collect()
    };
    let mut series = Vec::new();
    for spec in &INDICATORS {
        let values = by_indicator(spec.id);
        let base = percent_base(spec.id);
        let weights = base.map(|b| b.weights(&by_indicator(b.count()), &values));
        let (weight, note, step) = match (&weights, base, spec.origin) {
            (Some(w), Some(b), _) => (Weight::Series(w), percent_note(spec.id, b), 1),
            (_, _, Origin::Panel { .. }) => (Weight::Sum, SUM_NOTE.to_string(), 1),
            _ => (Weight::Sum, DST_SUM_NOTE.to_string(), 3),
        };
        for (area, members) in &areas {
            let (aggregated, incomplete) = aggregate(&values, members, &weight, step);
            series.push(wire_series(
                area,
                spec.id,
                &aggregated,
                "derived",
                incomplete,
                &note,
            ));
        }
    }
    series
}

/// One optional value per month.
pub type MonthValues = BTreeMap<Month, Option<f64>>;

/// How the members of an area are combined into the area's value.
pub enum Weight<'a> {
    /// Counts: the sum of the members' values.
    Sum,
    /// A percentage weighted by each member's value of its denominator in the same month
    /// (municipality code → values), e.g. recipients for a share of recipients.
    Series(&'a HashMap<String, MonthValues>),
    /// A percentage weighted by each member's population (municipality code → inhabitants),
    /// used when the denominator is not known.
    Population(&'a HashMap<String, f64>),
}

/// Combines the members' values month by month, from the first to the last month any member
/// has, every `step` months (1 monthly, 3 quarterly). Returns the values and the months where
/// at least one member (or its weight) was missing; such a month holds the sum, or weighted
/// mean, of the members that were there, and has no value when none was. Weighted percentages
/// are rounded to one decimal, as published.
pub fn aggregate(
    values: &HashMap<String, MonthValues>,
    members: &[&str],
    weight: &Weight,
    step: i32,
) -> (MonthValues, Vec<String>) {
    let mut out = MonthValues::new();
    let mut incomplete = Vec::new();
    let known: BTreeSet<Month> = members
        .iter()
        .filter_map(|m| values.get(*m))
        .flat_map(|s| s.keys().copied())
        .collect();
    let (Some(&first), Some(&last)) = (known.first(), known.last()) else {
        return (out, incomplete);
    };
    let step = step.max(1);
    let mut month = first;
    while month <= last {
        let mut sum = 0.0;
        let mut total_weight = 0.0;
        let mut present = 0usize;
        let mut missing = false;
        for code in members {
            let v = values
                .get(*code)
                .and_then(|s| s.get(&month))
                .copied()
                .flatten();
            let w = match weight {
                Weight::Sum => Some(1.0),
                Weight::Series(d) => d.get(*code).and_then(|s| s.get(&month)).copied().flatten(),
                Weight::Population(p) => p.get(*code).copied(),
            };
            match (v, w) {
                (Some(v), Some(w)) => {
                    match weight {
                        Weight::Sum => sum += v,
                        _ => {
                            sum += v * w;
                            total_weight += w;
                        }
                    }
                    present += 1;
                }
                _ => missing = true,
            }
        }
        let value = match weight {
            Weight::Sum => (present > 0).then(|| (sum * 1e6).round() / 1e6),
            _ => (total_weight > 0.0).then(|| (sum / total_weight * 10.0).round() / 10.0),
        };
        if missing {
            incomplete.push(month.to_string());
        }
        out.insert(month, value);
        month = month.plus(step);
    }
    (out, incomplete)
}

/// A wire series from month-keyed values.
pub(crate) fn wire_series(
    area: &str,
    indicator: &str,
    values: &MonthValues,
    provenance: &str,
    incomplete: Vec<String>,
    note: &str,
) -> WireSeries {
    WireSeries {
        area: area.to_string(),
        indicator: indicator.to_string(),
        months: values.keys().map(Month::to_string).collect(),
        values: values.values().copied().collect(),
        provenance: provenance.to_string(),
        incomplete,
        note: note.to_string(),
    }
}

/// Serialises a baseline as the compact JSON the app ships (one line, then a newline).
///
/// # Errors
/// Only if serde_json fails, which it does not for these types.
pub fn to_json(b: &WireBaseline) -> Result<String, serde_json::Error> {
    serde_json::to_string(b).map(|mut s| {
        s.push('\n');
        s
    })
}
