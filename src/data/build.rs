//! Building baseline files: the default dataset from the raw public files in `data/raw/`, and
//! the aggregation shared with the plain long CSV import (`csv_import`). Pure functions of file
//! contents, so the native data tool and the tests share them; the caller reads the files.
//!
//! Aggregates (regions, the country) are derived here, never read from a source:
//! counts are sums of the municipalities, and a month where a municipality is missing is
//! listed in the series' `incomplete` months; percent indicators are recomputed from their
//! underlying counts where Måltal knows them (see [`KNOWN_DENOMINATORS`]), otherwise
//! weighted by population ([`aggregate`]).

use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde_json::Value;

use super::schema::*;
use crate::model::Month;

/// The raw files the default dataset is built from (their text).
pub struct RawFiles<'a> {
    /// `kommuner_master_crosswalk_DERIVED.csv`: codes, names, regions, DST kommunegrupper.
    pub crosswalk_csv: &'a str,
    /// `jobindsats_kommuner_monthly_2021M08-2025M07.json`: the monthly Jobindsats panel.
    pub jobindsats_json: &'a str,
    /// `dst_folk1am_befolkning_kommuner_monthly_2021M10-2025M07.csv`: DST FOLK1AM population.
    pub folk1am_csv: &'a str,
}

/// Percent indicators whose denominator Måltal knows, as (percent indicator, count indicator):
/// `loentimer` is a share of the kontanthjælp recipients, so its regional and national values
/// are recomputed as Σ(share × recipients) / Σ recipients. Any other percent indicator is
/// aggregated weighted by population.
pub const KNOWN_DENOMINATORS: [(&str, &str); 1] = [("loentimer", "kontanthjaelp")];

/// The note on a count aggregate.
const SUM_NOTE: &str = "Summen af kommunernes tal. Måneder i «incomplete» mangler mindst én kommune (diskretioneret af Jobindsats) og er summen af de offentliggjorte.";
/// The note on a percent aggregate recomputed from its denominator.
const DENOMINATOR_NOTE: &str = "Genberegnet: summen af (andel × kontanthjælpsmodtagere) delt med summen af kontanthjælpsmodtagere for kommunerne med tal.";

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

struct CrosswalkRow {
    code: String,
    name: String,
    dst_english_name: String,
    region_code: String,
    region_name: String,
    group_code: String,
    group_name: String,
}

fn read_crosswalk(text: &str) -> Result<Vec<CrosswalkRow>, BuildError> {
    const FILE: &str = "kommuner_master_crosswalk_DERIVED.csv";
    let mut reader = csv::ReaderBuilder::new().from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|e| raw_err(FILE, e.to_string()))?
        .clone();
    let col = |name: &str| {
        headers
            .iter()
            .position(|h| h == name)
            .ok_or_else(|| raw_err(FILE, format!("kolonnen {name} mangler")))
    };
    let (c_code, c_name, c_eng, c_rc, c_rn, c_gc, c_gn) = (
        col("kommunekode")?,
        col("navn")?,
        col("navn_dst_engelsk_eksport")?,
        col("regionskode")?,
        col("region")?,
        col("dst_kommunegruppe_kode")?,
        col("dst_kommunegruppe")?,
    );
    let mut rows = Vec::new();
    for record in reader.records() {
        let r = record.map_err(|e| raw_err(FILE, e.to_string()))?;
        let get = |i: usize| r.get(i).unwrap_or("").trim().to_string();
        rows.push(CrosswalkRow {
            code: get(c_code),
            name: get(c_name),
            dst_english_name: get(c_eng),
            region_code: get(c_rc),
            region_name: get(c_rn),
            group_code: get(c_gc),
            group_name: get(c_gn),
        });
    }
    Ok(rows)
}

/// Population by DST area name at [`POPULATION_MONTH`].
fn read_folk1am(text: &str) -> Result<HashMap<String, f64>, BuildError> {
    const FILE: &str = "dst_folk1am_befolkning_kommuner_monthly_2021M10-2025M07.csv";
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b';')
        .from_reader(text.as_bytes());
    let mut out = HashMap::new();
    for record in reader.records() {
        let r = record.map_err(|e| raw_err(FILE, e.to_string()))?;
        if r.get(3) == Some(POPULATION_MONTH) {
            let area = r.get(0).unwrap_or("").to_string();
            let value: f64 =
                r.get(4).unwrap_or("").trim().parse().map_err(|_| {
                    raw_err(FILE, format!("befolkningstal for {area} er ikke et tal"))
                })?;
            out.insert(area, value);
        }
    }
    Ok(out)
}

/// One indicator taken from the Jobindsats panel: its section and field.
struct PanelSeries {
    indicator: &'static str,
    section: &'static str,
    field: &'static str,
}

const PANEL: [PanelSeries; 4] = [
    PanelSeries {
        indicator: "ledige",
        section: "unemployment",
        field: "total",
    },
    PanelSeries {
        indicator: "langtidsledige",
        section: "longterm",
        field: "total",
    },
    PanelSeries {
        indicator: "kontanthjaelp",
        section: "cashAssistance",
        field: "persons",
    },
    PanelSeries {
        indicator: "loentimer",
        section: "ordinaryHours",
        field: "share",
    },
];

/// Values of one section/field aligned by its labels (never by position: Jobindsats drops
/// suppressed months from some labels).
fn panel_values(
    area: &Value,
    section: &str,
    field: &str,
) -> Result<BTreeMap<Month, Option<f64>>, String> {
    let sec = area
        .get(section)
        .ok_or_else(|| format!("afsnittet {section} mangler"))?;
    let labels = sec
        .get("labels")
        .and_then(Value::as_array)
        .ok_or_else(|| format!("{section}.labels mangler"))?;
    let values = sec
        .get(field)
        .and_then(Value::as_array)
        .ok_or_else(|| format!("{section}.{field} mangler"))?;
    if labels.len() != values.len() {
        return Err(format!(
            "{section}: {} måneder men {} værdier i {field}",
            labels.len(),
            values.len()
        ));
    }
    let mut out = BTreeMap::new();
    for (l, v) in labels.iter().zip(values) {
        let label = l
            .as_str()
            .ok_or_else(|| format!("{section}: en måned er ikke tekst"))?;
        let month = Month::parse(label).map_err(|e| e.to_string())?;
        let value = match v {
            Value::Null => None,
            Value::Number(n) => n.as_f64(),
            other => return Err(format!("{section}.{field} {label}: {other} er ikke et tal")),
        };
        out.insert(month, value);
    }
    Ok(out)
}

/// The raw panel file of municipal monthly figures.
const PANEL_FILE: &str = "jobindsats_kommuner_monthly_2021M08-2025M07.json";

/// Builds the default baseline (format version 1) from the raw files: the areas from the
/// crosswalk and population, the municipal series from the panel, and the regional and national
/// series derived from them.
///
/// # Errors
/// [`BuildError::Raw`] when a file lacks what the build needs or names do not match.
pub fn build_default(raw: &RawFiles) -> Result<WireBaseline, BuildError> {
    let crosswalk = read_crosswalk(raw.crosswalk_csv)?;
    let population = read_folk1am(raw.folk1am_csv)?;
    let panel: Value = serde_json::from_str(raw.jobindsats_json)
        .map_err(|e| raw_err(PANEL_FILE, e.to_string()))?;
    let (regions, groups, municipalities) = default_areas(&crosswalk, &population)?;
    let (mut series, muni_values) = municipal_series(&panel, &crosswalk)?;
    series.extend(aggregate_series(&regions, &crosswalk, &muni_values));
    Ok(WireBaseline {
        format: FORMAT_NAME.into(),
        version: FORMAT_VERSION,
        meta: default_meta(),
        regions,
        groups,
        municipalities,
        indicators: default_indicators(),
        goal_sets: vec![default_goal_set()],
        series,
        expected: Vec::new(),
        outlooks: default_outlooks(),
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

/// The municipal series, aligned on the months of each section's national labels.
fn municipal_series<'c>(
    panel: &Value,
    crosswalk: &'c [CrosswalkRow],
) -> Result<(Vec<WireSeries>, MunicipalValues<'c>), BuildError> {
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
    let mut muni_values: MunicipalValues = HashMap::new();
    let mut series = Vec::new();
    for spec in &PANEL {
        let span = panel_values(national, spec.section, spec.field)
            .map_err(|e| raw_err(PANEL_FILE, format!("national: {e}")))?;
        for row in crosswalk {
            let area = by_name.get(row.name.as_str()).ok_or_else(|| {
                raw_err(
                    PANEL_FILE,
                    format!("kommunen {} findes ikke i panelet", row.name),
                )
            })?;
            let found = panel_values(area, spec.section, spec.field)
                .map_err(|e| raw_err(PANEL_FILE, format!("{}: {e}", row.name)))?;
            let aligned: BTreeMap<Month, Option<f64>> = span
                .keys()
                .map(|m| (*m, found.get(m).copied().flatten()))
                .collect();
            series.push(wire_series(
                &row.code,
                spec.indicator,
                &aligned,
                "observed",
                Vec::new(),
                "",
            ));
            muni_values.insert((row.code.as_str(), spec.indicator), aligned);
        }
    }
    Ok((series, muni_values))
}

/// The regions' and the country's series, derived from their municipalities' (counts summed,
/// shares weighted by their denominator).
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
    for spec in &PANEL {
        let values = by_indicator(spec.indicator);
        let denominator = KNOWN_DENOMINATORS
            .iter()
            .find(|(p, _)| *p == spec.indicator)
            .map(|(_, d)| by_indicator(d));
        let weight = match &denominator {
            Some(d) => Weight::Series(d),
            None => Weight::Sum,
        };
        let note = if denominator.is_some() {
            DENOMINATOR_NOTE
        } else {
            SUM_NOTE
        };
        for (area, members) in &areas {
            let (aggregated, incomplete) = aggregate(&values, members, &weight, 1);
            series.push(wire_series(
                area,
                spec.indicator,
                &aggregated,
                "derived",
                incomplete,
                note,
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

fn default_meta() -> WireMeta {
    WireMeta {
        title: "Måltal – basisdata for kommunerne, data til juli 2025".into(),
        publisher: "Måltal (bygget af maltal convert fra offentlige tal)".into(),
        data_date: "2025-07".into(),
        licence: "Tal fra Danmarks Statistik (CC BY 4.0) og Jobindsats.dk / STAR (fri genbrug med kildeangivelse). Kilde: Jobindsats og Danmarks Statistik.".into(),
        sources: vec![
            src("y25i01", "Jobindsats: Ledighed (faktiske tal)", "Jobindsats.dk / STAR", "y25i01"),
            src("y25i09", "Jobindsats: Langtidsledighed", "Jobindsats.dk / STAR", "y25i09"),
            src("y60a02", "Jobindsats: Kontanthjælp", "Jobindsats.dk / STAR", "y60a02"),
            src("y60j01", "Jobindsats: Ordinære løntimer for kontanthjælpsmodtagere", "Jobindsats.dk / STAR", "y60j01"),
            src("folk1am", "Danmarks Statistik: Befolkningen den 1. i måneden", "Danmarks Statistik", "FOLK1AM"),
            src("kommunegrupper", "Danmarks Statistik: Kommunegrupper", "Danmarks Statistik", "Kommunegrupper"),
        ],
        notes: vec![
            "Landstallet er summen af de 98 kommuner (ligesom regionerne), ikke Jobindsats' eget landstal, som ligger 0,1–0,2 % højere på grund af afrunding og diskretionering.".into(),
            "Sammenlignelige kommuner er Danmarks Statistiks kommunegrupper, brugt som stedfortræder for STAR's klynger.".into(),
            "Konjunkturscenarierne lavkonjunktur og højkonjunktur er Måltals egne antagelser (syntetiske), ikke en offentliggjort prognose.".into(),
            "Hvor Jobindsats ikke gav et samlet ledighedstal, er ledige udfyldt som dagpenge + kontanthjælp af kildens indsamlingsscript.".into(),
            "Christiansø (411) er ikke en kommune og er udeladt.".into(),
        ],
    }
}

fn src(id: &str, name: &str, publisher: &str, table: &str) -> WireSource {
    WireSource {
        id: id.into(),
        name: name.into(),
        publisher: publisher.into(),
        table: table.into(),
    }
}

fn default_indicators() -> Vec<WireIndicator> {
    let reform = WireBreak {
        month: "2025-07".into(),
        note: t(
            "Kontanthjælpsreformen trådte i kraft 1. juli 2025; tal fra og med juli 2025 er ikke direkte sammenlignelige med tidligere.",
            "The social assistance reform took effect on 1 July 2025; figures from July 2025 on are not directly comparable with earlier ones.",
        ),
    };
    vec![
        WireIndicator {
            id: "ledige".into(),
            name: t("Ledige", "Unemployed"),
            definition: t(
                "Registrerede bruttoledige (dagpenge- og jobparate kontanthjælpsmodtagere), fuldtidspersoner, ikke sæsonkorrigeret.",
                "Registered gross unemployment (insured and job-ready social assistance recipients), full-time persons, not seasonally adjusted.",
            ),
            unit: "full_time_persons".into(),
            better: "lower".into(),
            frequency: "monthly".into(),
            source: "y25i01".into(),
            breaks: Vec::new(),
        },
        WireIndicator {
            id: "langtidsledige".into(),
            name: t("Langtidsledige", "Long-term unemployed"),
            definition: t(
                "Personer, der har været ledige i mindst 80 % af tiden det seneste år (Jobindsats' langtidsledighed), personer.",
                "Persons unemployed at least 80 % of the time in the past year (Jobindsats' long-term unemployment), persons.",
            ),
            unit: "persons".into(),
            better: "lower".into(),
            frequency: "monthly".into(),
            source: "y25i09".into(),
            breaks: Vec::new(),
        },
        WireIndicator {
            id: "kontanthjaelp".into(),
            name: t("Kontanthjælp og uddannelseshjælp", "Social assistance and education assistance"),
            definition: t(
                "Modtagere af kontanthjælp og uddannelseshjælp (alle visitationskategorier), personer.",
                "Recipients of social assistance (kontanthjælp) and education assistance (uddannelseshjælp), all categories, persons.",
            ),
            unit: "persons".into(),
            better: "lower".into(),
            frequency: "monthly".into(),
            source: "y60a02".into(),
            breaks: vec![reform.clone()],
        },
        WireIndicator {
            id: "loentimer".into(),
            name: t("Kontanthjælpsmodtagere med løntimer", "Social assistance recipients with paid hours"),
            definition: t(
                "Andel af kontanthjælpsmodtagerne med ordinære løntimer i måneden, procent.",
                "Share of social assistance recipients with ordinary paid hours in the month, percent.",
            ),
            unit: "percent".into(),
            better: "higher".into(),
            frequency: "monthly".into(),
            source: "y60j01".into(),
            breaks: vec![reform],
        },
    ]
}

fn default_goal_set() -> WireGoalSet {
    let goal = |id: &str, da: &str, en: &str, indicator: &str, measure: WireMeasure| WireGoal {
        id: id.into(),
        title: t(da, en),
        indicator: indicator.into(),
        measure,
        target_year: None,
    };
    WireGoalSet {
        id: "ministermaal-2026-eksempel".into(),
        title: t(
            "Ministerens mål 2026 (eksempel)",
            "The minister's goals 2026 (example)",
        ),
        plan_year: 2026,
        example: true,
        goals: vec![
            goal(
                "ledighed",
                "Flere ledige skal i job – ledigheden skal ned",
                "More unemployed into jobs – unemployment down",
                "ledige",
                WireMeasure::AnnualAverage {},
            ),
            goal(
                "langtidsledighed",
                "Langtidsledigheden skal bekæmpes",
                "Long-term unemployment must be fought",
                "langtidsledige",
                WireMeasure::Month { month: 12 },
            ),
            goal(
                "kontanthjaelp",
                "Færre skal være på kontanthjælp og uddannelseshjælp",
                "Fewer on social and education assistance",
                "kontanthjaelp",
                WireMeasure::Month { month: 12 },
            ),
            goal(
                "loentimer",
                "Flere kontanthjælpsmodtagere skal have løntimer",
                "More social assistance recipients with paid hours",
                "loentimer",
                WireMeasure::AnnualAverage {},
            ),
        ],
    }
}

fn default_outlooks() -> Vec<WireOutlook> {
    vec![
        WireOutlook {
            id: "basis".into(),
            name: t("Basis", "Baseline"),
            relative_change: 0.0,
            note: t(
                "Prognosen som den følger af seriernes egen udvikling.",
                "The prognosis as it follows from the series' own development.",
            ),
            synthetic: false,
        },
        WireOutlook {
            id: "lavkonjunktur".into(),
            name: t("Lavkonjunktur", "Downturn"),
            relative_change: 0.10,
            note: t(
                "Antagelse (syntetisk): ledighedstallene ligger 10 % højere ved horisontens slutning end i basis.",
                "Assumption (synthetic): unemployment figures are 10 % higher than the baseline by the end of the horizon.",
            ),
            synthetic: true,
        },
        WireOutlook {
            id: "hoejkonjunktur".into(),
            name: t("Højkonjunktur", "Upturn"),
            relative_change: -0.08,
            note: t(
                "Antagelse (syntetisk): ledighedstallene ligger 8 % lavere ved horisontens slutning end i basis.",
                "Assumption (synthetic): unemployment figures are 8 % lower than the baseline by the end of the horizon.",
            ),
            synthetic: true,
        },
    ]
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
