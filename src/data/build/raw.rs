//! Reading the raw public files the default dataset is built from: the crosswalk of
//! municipalities, DST's population (FOLK1AM) and quarterly tables (AUK01, LBESK69), and the
//! sections of the Jobindsats panel. Each reader returns plain values keyed as the file keys
//! them (DST's English area names, months); matching them to municipalities is the caller's.

use std::collections::{BTreeMap, HashMap};

use serde_json::Value;

use super::{raw_err, BuildError, MonthValues, POPULATION_MONTH};
use crate::model::Month;

/// One row of the crosswalk: a municipality with its codes, names, region and DST group.
pub(super) struct CrosswalkRow {
    pub(super) code: String,
    pub(super) name: String,
    pub(super) dst_english_name: String,
    pub(super) region_code: String,
    pub(super) region_name: String,
    pub(super) group_code: String,
    pub(super) group_name: String,
}

pub(super) fn read_crosswalk(text: &str) -> Result<Vec<CrosswalkRow>, BuildError> {
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
pub(super) fn read_folk1am(text: &str) -> Result<HashMap<String, f64>, BuildError> {
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

/// Values of one section/field aligned by its labels (never by position: Jobindsats drops
/// suppressed months from some labels).
pub(super) fn panel_values(
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

/// A quarterly DST table (Statistikbanken export: `;`, BOM, CRLF): values by area name, each
/// quarter dated by its last month (2025Q2 is `2025-06`). `area_col` is the column holding the
/// area (OMRÅDE or BOPKOM); time and value are the last two columns. `..` (not published) is
/// a missing value.
///
/// # Errors
/// [`BuildError::Raw`] naming `file` when a quarter or a value cannot be read.
pub(super) fn read_dst_quarterly(
    file: &str,
    text: &str,
    area_col: usize,
) -> Result<HashMap<String, MonthValues>, BuildError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b';')
        .from_reader(text.as_bytes());
    let mut out: HashMap<String, MonthValues> = HashMap::new();
    for record in reader.records() {
        let r = record.map_err(|e| raw_err(file, e.to_string()))?;
        let n = r.len();
        let (Some(area), Some(time), Some(value)) = (
            r.get(area_col),
            r.get(n.saturating_sub(2)),
            r.get(n.saturating_sub(1)),
        ) else {
            return Err(raw_err(file, "en linje har for få kolonner"));
        };
        let month = quarter_end(time)
            .ok_or_else(|| raw_err(file, format!("«{time}» er ikke et kvartal (ÅÅÅÅKn)")))?;
        let value = match value.trim() {
            ".." => None,
            v => Some(
                v.parse::<f64>()
                    .map_err(|_| raw_err(file, format!("{area} {time}: «{v}» er ikke et tal")))?,
            ),
        };
        out.entry(area.to_string())
            .or_default()
            .insert(month, value);
    }
    Ok(out)
}

/// The last month of a quarter written `2025Q2`.
fn quarter_end(text: &str) -> Option<Month> {
    let (year, quarter) = text.trim().split_once('Q')?;
    let quarter: u32 = quarter.parse().ok().filter(|q| (1..=4).contains(q))?;
    Month::new(year.parse().ok()?, quarter * 3)
}
