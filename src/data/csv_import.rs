//! The plain long CSV import: `kommunekode;indikator;maaned;vaerdi`, one value per line, as a
//! region can produce it from any statistics export (documented in `docs/cli.md`).
//!
//! The rows replace or add those municipalities' series in a template baseline; the region and
//! national aggregates of every indicator touched are then derived again (see
//! [`super::build::aggregate`]). Pure: the caller reads and writes the files. Values are in the
//! indicator's unit (percent as 0–100).

use std::collections::{BTreeMap, BTreeSet, HashMap};

use super::build::{
    aggregate, percent_base, wire_series, BuildError, MonthValues, PercentBase, Weight,
};
use super::convert::validate_wire;
use super::quote::excerpt as q;
use super::schema::{WireBaseline, WireSeries};
use crate::model::Month;

/// At most this many line errors are reported for one CSV file.
const MAX_LINE_ERRORS: usize = 200;

/// A month further than this from every other month of the CSV (in months) is taken for a
/// typo of the year (2205-03 for 2025-03) and refused by line, instead of filling centuries of
/// empty months: the rows are split where two months of the file lie more than five years
/// apart, and only the part with the most rows is kept as the file's.
pub const MAX_MONTH_GAP: i32 = 60;

/// The columns, in order.
pub const CSV_COLUMNS: [&str; 4] = ["kommunekode", "indikator", "maaned", "vaerdi"];

/// The note on a percent aggregate weighted by population.
const POPULATION_NOTE: &str = "Befolkningsvægtet gennemsnit af kommunernes procenter (vægt: indbyggertal), fordi nævneren for indikatoren ikke er kendt. Måneder i «incomplete» mangler tal for mindst én kommune.";
/// The note on a count aggregate made by the import.
const SUM_NOTE: &str = "Summen af kommunernes tal. Måneder i «incomplete» mangler tal for mindst én kommune og er summen af de kendte.";
/// The note on a percent aggregate recomputed from its denominator by the import.
const DENOMINATOR_NOTE: &str = "Genberegnet: summen af (andel × nævner) delt med summen af nævneren for kommunerne med tal; nævneren er indikatoren";

/// What an import did.
#[derive(Debug, Clone, PartialEq)]
pub struct CsvImport {
    /// The new baseline, validated.
    pub baseline: WireBaseline,
    /// Data lines read.
    pub rows: usize,
    /// Municipal series replaced or added.
    pub series: usize,
    /// Indicators whose aggregates were derived again, in file order.
    pub indicators: Vec<String>,
}

/// Imports a long CSV into `template`.
///
/// The separator (`;` or `,`) is taken from the header line; values may use a decimal comma
/// or point; months may be `YYYY-MM` or `2021M08`; an empty value is a missing month; a UTF-8
/// byte-order mark is skipped. Months missing between a series' first and last row become
/// missing values.
///
/// # Errors
/// Every wrong line as [`BuildError::CsvLine`] (up to 200), or — should the result break a
/// rule of the format — the [`BuildError::Data`] errors of the validation.
pub fn import_long_csv(
    template: &WireBaseline,
    csv_text: &str,
) -> Result<CsvImport, Vec<BuildError>> {
    let rows = read_rows(template, csv_text)?;
    let row_count = rows.len();

    // One series per (municipality, indicator), in the order first seen.
    let mut order: Vec<(String, String)> = Vec::new();
    let mut grouped: HashMap<(String, String), MonthValues> = HashMap::new();
    for row in rows {
        let key = (row.code, row.indicator);
        if !grouped.contains_key(&key) {
            order.push(key.clone());
        }
        grouped.entry(key).or_default().insert(row.month, row.value);
    }

    let mut baseline = template.clone();
    let mut last_month: Option<Month> = Month::parse(&baseline.meta.data_date).ok();
    for key in &order {
        let Some(values) = grouped.get(key) else {
            continue;
        };
        let step = step_of(template, &key.1);
        let filled = fill_gaps(values, step);
        if let Some(&m) = filled.keys().next_back() {
            last_month = Some(last_month.map_or(m, |l| l.max(m)));
        }
        let series = wire_series(&key.0, &key.1, &filled, "observed", Vec::new(), "");
        put_series(&mut baseline.series, series);
    }
    if let Some(m) = last_month {
        baseline.meta.data_date = m.to_string();
    }

    // Aggregates: every indicator touched, and every percent indicator whose denominator was.
    let touched: BTreeSet<&str> = order.iter().map(|(_, i)| i.as_str()).collect();
    let indicators: Vec<String> = template
        .indicators
        .iter()
        .filter(|x| {
            touched.contains(x.id.as_str())
                || percent_base(&x.id).is_some_and(|b| touched.contains(b.count()))
        })
        .map(|x| x.id.clone())
        .collect();
    for indicator in &indicators {
        reaggregate(&mut baseline, indicator);
    }

    validate_wire(&baseline).map_err(|e| {
        e.errors()
            .iter()
            .cloned()
            .map(BuildError::Data)
            .collect::<Vec<_>>()
    })?;
    Ok(CsvImport {
        baseline,
        rows: row_count,
        series: order.len(),
        indicators,
    })
}

/// One data line.
struct Row {
    /// Its 1-based line in the file.
    line: usize,
    code: String,
    indicator: String,
    month: Month,
    value: Option<f64>,
}

fn line_err(line: usize, problem: impl Into<String>) -> BuildError {
    BuildError::CsvLine {
        line,
        problem: problem.into(),
    }
}

/// What a line is checked against: the template's municipalities and indicators.
struct Template<'a> {
    /// Municipality name by code.
    municipalities: HashMap<&'a str, &'a str>,
    /// Unit and frequency by indicator id.
    units: HashMap<&'a str, (&'a str, &'a str)>,
    /// Every indicator id, in file order (for the message about an unknown one).
    known: Vec<&'a str>,
}

/// Reads and checks every line against the template.
fn read_rows(template: &WireBaseline, csv_text: &str) -> Result<Vec<Row>, Vec<BuildError>> {
    let text = csv_text.strip_prefix('\u{feff}').unwrap_or(csv_text);
    // Every line ending (LF, CRLF, a lone CR as old Mac programs write) becomes LF, so the
    // reader's line numbers are the lines an editor shows in any convention.
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let mut reader = open_reader(&text)?;
    let t = Template {
        municipalities: template
            .municipalities
            .iter()
            .map(|m| (m.code.as_str(), m.name.as_str()))
            .collect(),
        units: template
            .indicators
            .iter()
            .map(|x| (x.id.as_str(), (x.unit.as_str(), x.frequency.as_str())))
            .collect(),
        known: template.indicators.iter().map(|x| x.id.as_str()).collect(),
    };
    let mut rows = Vec::new();
    let mut errors = Vec::new();
    let mut seen: HashMap<(String, String, Month), usize> = HashMap::new();
    for record in reader.records() {
        if errors.len() >= MAX_LINE_ERRORS {
            break;
        }
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line() as usize);
                errors.push(line_err(line, format!("kan ikke læses: {e}")));
                continue;
            }
        };
        let line = record.position().map_or(0, |p| p.line() as usize);
        let Some(row) = check_line(&t, &record, line, &mut errors) else {
            continue;
        };
        let key = (row.code.clone(), row.indicator.clone(), row.month);
        if let Some(first) = seen.get(&key) {
            errors.push(line_err(
                line,
                format!(
                    "kommune {}, indikator {}, måned {} står også på linje {first}",
                    row.code, row.indicator, row.month
                ),
            ));
            continue;
        }
        seen.insert(key, line);
        rows.push(row);
    }
    if errors.len() < MAX_LINE_ERRORS {
        errors.extend(far_months(&rows).take(MAX_LINE_ERRORS - errors.len()));
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    if rows.is_empty() {
        return Err(vec![line_err(
            2,
            "filen har ingen datalinjer efter overskriften",
        )]);
    }
    Ok(rows)
}

/// A reader of `text` whose header line has been checked; the separator is taken from it.
fn open_reader(text: &str) -> Result<csv::Reader<&[u8]>, Vec<BuildError>> {
    let header = text.lines().next().unwrap_or("");
    if header.trim().is_empty() {
        return Err(vec![line_err(
            1,
            "filen er tom; første linje skal være kommunekode;indikator;maaned;vaerdi",
        )]);
    }
    let delimiter = if header.contains(';') { b';' } else { b',' };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .has_headers(true)
        .from_reader(text.as_bytes());
    let names: Vec<String> = match reader.headers() {
        Ok(h) => h.iter().map(|c| c.trim().to_lowercase()).collect(),
        Err(e) => return Err(vec![line_err(1, format!("kan ikke læses: {e}"))]),
    };
    let wanted_alt = ["kommunekode", "indikator", "måned", "værdi"];
    let header_ok = names.len() == 4
        && names
            .iter()
            .zip(CSV_COLUMNS.iter().zip(wanted_alt))
            .all(|(n, (a, b))| n == a || n == b);
    if !header_ok {
        return Err(vec![line_err(
            1,
            format!(
                "overskriften skal være kommunekode;indikator;maaned;vaerdi (med ; eller ,), ikke «{}»",
                q(header.trim())
            ),
        )]);
    }
    Ok(reader)
}

/// Checks one data line; its errors are added to `errors`. `None` for a blank line or one
/// with an error.
fn check_line(
    t: &Template,
    record: &csv::StringRecord,
    line: usize,
    errors: &mut Vec<BuildError>,
) -> Option<Row> {
    if record.iter().all(|f| f.trim().is_empty()) {
        return None;
    }
    if record.len() != 4 {
        errors.push(line_err(
            line,
            format!(
                "linjen har {} felter, men skal have 4 (kommunekode, indikator, maaned, vaerdi)",
                record.len()
            ),
        ));
        return None;
    }
    let field = |i: usize| record.get(i).unwrap_or("").trim();
    let raw_code = field(0);
    // DAWA writes codes with four digits (0751); Måltal uses the official three.
    let code = match raw_code.strip_prefix('0') {
        Some(rest) if raw_code.len() == 4 => rest,
        _ => raw_code,
    };
    let indicator = field(1);
    let before = errors.len();
    let name = t.municipalities.get(code).copied();
    if name.is_none() {
        errors.push(line_err(
            line,
            format!("kommunekoden «{}» findes ikke i skabelonen", q(raw_code)),
        ));
    }
    let spec = t.units.get(indicator).copied();
    if spec.is_none() {
        errors.push(line_err(
            line,
            format!(
                "indikatoren «{}» findes ikke i skabelonen (kendte: {})",
                q(indicator),
                t.known.join(", ")
            ),
        ));
    }
    let month = check_month(field(2), indicator, spec, line, errors);
    let value = match parse_value(field(3)) {
        Ok(v) => v,
        Err(problem) => {
            errors.push(line_err(line, problem));
            None
        }
    };
    if let Some(v) = value {
        let place = format!(
            "kommune {code} ({}), indikator {indicator}, måned {}",
            name.unwrap_or("?"),
            month.map(|m| m.to_string()).unwrap_or_default()
        );
        if v < 0.0 {
            errors.push(line_err(line, format!("{place}: negativt tal {v}")));
        } else if matches!(spec, Some(("percent", _))) && v > 100.0 {
            errors.push(line_err(
                line,
                format!("{place}: procenten {v} ligger ikke mellem 0 og 100"),
            ));
        }
    }
    if errors.len() != before {
        return None;
    }
    Some(Row {
        line,
        code: code.to_string(),
        indicator: indicator.to_string(),
        month: month?,
        value,
    })
}

/// The month of a line; a quarterly indicator's month must end a quarter. A wrong month is
/// added to `errors` (and, when it is only the quarter that is wrong, still returned).
fn check_month(
    text: &str,
    indicator: &str,
    spec: Option<(&str, &str)>,
    line: usize,
    errors: &mut Vec<BuildError>,
) -> Option<Month> {
    let Ok(m) = Month::parse(text) else {
        errors.push(line_err(
            line,
            format!(
                "«{}» er ikke en måned (skriv ÅÅÅÅ-MM, fx 2024-03, eller 2024M03)",
                q(text)
            ),
        ));
        return None;
    };
    if matches!(spec, Some((_, "quarterly"))) && m.month() % 3 != 0 {
        errors.push(line_err(
            line,
            format!(
                "indikatoren «{}» er kvartalsvis; dater kvartalet med dets sidste måned (03, 06, 09, 12), ikke {m}",
                q(indicator)
            ),
        ));
    }
    Some(m)
}

/// The rows whose month lies more than [`MAX_MONTH_GAP`] months from the part of the file with
/// the most rows, each as an error naming its line.
fn far_months(rows: &[Row]) -> impl Iterator<Item = BuildError> + '_ {
    let mut per_month: BTreeMap<Month, usize> = BTreeMap::new();
    for r in rows {
        *per_month.entry(r.month).or_default() += 1;
    }
    // Parts: runs of the file's months without a gap wider than MAX_MONTH_GAP, with their rows.
    let mut parts: Vec<(Month, Month, usize)> = Vec::new();
    for (&m, &n) in &per_month {
        match parts.last_mut() {
            Some((_, last, count)) if last.months_until(m) <= MAX_MONTH_GAP => {
                *last = m;
                *count += n;
            }
            _ => parts.push((m, m, n)),
        }
    }
    // The first of equally large parts (the earlier months) is kept.
    let body = parts
        .iter()
        .rev()
        .max_by_key(|p| p.2)
        .map(|&(first, last, _)| (first, last));
    rows.iter().filter_map(move |r| {
        let (first, last) = body?;
        if (first..=last).contains(&r.month) {
            return None;
        }
        Some(line_err(
            r.line,
            format!(
                "måneden {} ligger mere end {} år fra filens øvrige måneder ({first} til {last}); er årstallet skrevet forkert?",
                r.month,
                MAX_MONTH_GAP / 12
            ),
        ))
    })
}

/// A value with a decimal comma or point; empty is missing.
fn parse_value(text: &str) -> Result<Option<f64>, String> {
    if text.is_empty() {
        return Ok(None);
    }
    if text.contains(',') && text.contains('.') {
        return Err(format!(
            "«{}» har både komma og punktum; skriv tal uden tusindtalsseparator, fx 1234,5",
            q(text)
        ));
    }
    let normalised = text.replace(',', ".");
    match normalised.parse::<f64>() {
        Ok(v) if v.is_finite() && normalised.bytes().any(|b| b.is_ascii_digit()) => Ok(Some(v)),
        _ => Err(format!(
            "«{}» er ikke et tal (skriv fx 12 eller 12,5; lad feltet være tomt for en manglende måned)",
            q(text)
        )),
    }
}

/// 3 for a quarterly indicator, else 1.
fn step_of(template: &WireBaseline, indicator: &str) -> i32 {
    let quarterly = template
        .indicators
        .iter()
        .any(|x| x.id == indicator && x.frequency == "quarterly");
    if quarterly {
        3
    } else {
        1
    }
}

/// Every `step`-th month from the first to the last, missing where the rows had none.
fn fill_gaps(values: &MonthValues, step: i32) -> MonthValues {
    let mut out = MonthValues::new();
    let (Some(&first), Some(&last)) = (values.keys().next(), values.keys().next_back()) else {
        return out;
    };
    let mut m = first;
    while m <= last {
        out.insert(m, values.get(&m).copied().flatten());
        m = m.plus(step);
    }
    out
}

/// Replaces the series of the same area and indicator, or adds it at the end.
fn put_series(list: &mut Vec<WireSeries>, series: WireSeries) {
    match list
        .iter_mut()
        .find(|s| s.area == series.area && s.indicator == series.indicator)
    {
        Some(slot) => *slot = series,
        None => list.push(series),
    }
}

/// The municipal values of one indicator, by municipality code.
fn municipal_values(baseline: &WireBaseline, indicator: &str) -> HashMap<String, MonthValues> {
    let codes: BTreeSet<&str> = baseline
        .municipalities
        .iter()
        .map(|m| m.code.as_str())
        .collect();
    baseline
        .series
        .iter()
        .filter(|s| s.indicator == indicator && codes.contains(s.area.as_str()))
        .map(|s| {
            let values = s
                .months
                .iter()
                .zip(&s.values)
                .filter_map(|(m, v)| Month::parse(m).ok().map(|m| (m, *v)))
                .collect();
            (s.area.clone(), values)
        })
        .collect()
}

/// Derives the region and national series of `indicator` again from the municipalities.
fn reaggregate(baseline: &mut WireBaseline, indicator: &str) {
    let Some(spec) = baseline.indicators.iter().find(|x| x.id == indicator) else {
        return;
    };
    let percent = spec.unit == "percent";
    let step = if spec.frequency == "quarterly" { 3 } else { 1 };
    let values = municipal_values(baseline, indicator);
    let denominator = percent_base(indicator)
        .filter(|b| percent && baseline.indicators.iter().any(|x| x.id == b.count()))
        .map(|b| {
            (
                b,
                b.weights(&municipal_values(baseline, b.count()), &values),
            )
        });
    let population: HashMap<String, f64> = baseline
        .municipalities
        .iter()
        .filter_map(|m| m.population.map(|p| (m.code.clone(), p)))
        .collect();
    let (weight, note) = match (&denominator, percent) {
        (Some((PercentBase::Indicator(name), d)), _) => {
            (Weight::Series(d), format!("{DENOMINATOR_NOTE} {name}."))
        }
        (Some((PercentBase::ImpliedBy(name), d)), _) => (
            Weight::Series(d),
            format!(
                "{DENOMINATOR_NOTE} {name} / (procent / 100), den arbejdsstyrke tallene giver."
            ),
        ),
        (None, true) => (Weight::Population(&population), POPULATION_NOTE.to_string()),
        (None, false) => (Weight::Sum, SUM_NOTE.to_string()),
    };
    let mut areas: Vec<(String, Vec<&str>)> = baseline
        .regions
        .iter()
        .map(|r| {
            let members = baseline
                .municipalities
                .iter()
                .filter(|m| m.region == r.code)
                .map(|m| m.code.as_str())
                .collect();
            (r.code.clone(), members)
        })
        .collect();
    areas.push((
        "national".into(),
        baseline
            .municipalities
            .iter()
            .map(|m| m.code.as_str())
            .collect(),
    ));
    let mut made = Vec::new();
    for (area, members) in &areas {
        let (aggregated, incomplete) = aggregate(&values, members, &weight, step);
        if aggregated.is_empty() {
            continue;
        }
        made.push(wire_series(
            area,
            indicator,
            &aggregated,
            "derived",
            incomplete,
            &note,
        ));
    }
    for series in made {
        put_series(&mut baseline.series, series);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_decimal_comma_and_point_and_empty_as_missing() {
        assert_eq!(parse_value("12,5"), Ok(Some(12.5)));
        assert_eq!(parse_value("12.5"), Ok(Some(12.5)));
        assert_eq!(parse_value("7"), Ok(Some(7.0)));
        assert_eq!(parse_value(""), Ok(None));
    }

    #[test]
    fn refuses_nan_infinity_thousands_separators_and_words() {
        for bad in ["NaN", "inf", "-Infinity", "1.234,5", "tolv", "-", "."] {
            assert!(parse_value(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn fills_the_months_between_rows_with_missing_values() {
        let m = |t: &str| Month::parse(t).unwrap();
        let values: MonthValues = [(m("2024-01"), Some(1.0)), (m("2024-04"), Some(4.0))].into();
        let filled = fill_gaps(&values, 1);
        assert_eq!(filled.len(), 4);
        assert_eq!(filled.get(&m("2024-02")), Some(&None));
        assert_eq!(fill_gaps(&values, 3).len(), 2);
    }
}
