//! The series: one per area and indicator, for an area and an indicator the file defines, with
//! months in order and without gaps (a quarterly series steps by three), as many values as
//! months, no negative or non-finite value, no percentage above 100, and `incomplete` months
//! that are months of the series.

use std::collections::HashMap;

use super::check::Check;
use super::ids::Indexes;
use crate::data::schema::{WireBaseline, WireSeries};
use crate::model::baseline::{Area, Provenance, SeriesEntry};
use crate::model::{Month, Series};

/// The validated series, by area and indicator position.
pub(super) type SeriesMap = HashMap<(Area, usize), SeriesEntry>;

/// Checks every series and returns those that are valid.
pub(super) fn check_series(c: &mut Check, w: &WireBaseline, ix: &Indexes) -> SeriesMap {
    let mut series = HashMap::new();
    let mut seen_series: HashMap<(&str, &str), usize> = HashMap::new();
    for (i, s) in w.series.iter().enumerate() {
        let path = format!("$.series[{i}]");
        let errors_before = c.count;
        let area = area_of(ix, &s.area);
        let place = format!("{}, indikator {}", area_name(w, area, &s.area), s.indicator);
        if let Some(first) = seen_series.insert((s.area.as_str(), s.indicator.as_str()), i) {
            c.fail(
                &place,
                format!(
                    "der er to serier for samme område og indikator (også serie nr. {})",
                    first + 1
                ),
                path.clone(),
            );
        }
        if area.is_none() {
            c.fail(
                &place,
                format!(
                    "området «{}» er hverken en kommune, en region eller national i filen",
                    s.area
                ),
                format!("{path}.area"),
            );
        }
        let indicator = ix.indicator.get(s.indicator.as_str()).copied();
        if indicator.is_none() {
            c.fail(
                &place,
                format!("indikatoren «{}» findes ikke i filen", s.indicator),
                format!("{path}.indicator"),
            );
        }
        let provenance = check_provenance(c, s, &place, &path);
        let spec = indicator.and_then(|x| w.indicators.get(x));
        let quarterly = spec.is_some_and(|x| x.frequency == "quarterly");
        let months = check_months(c, s, &place, &path, quarterly);
        check_values(c, s, &place, &path, spec.map(|x| x.unit.as_str()));
        let incomplete = check_incomplete(c, s, &place, &path);
        // Build the series only when this part of the file was valid: the month arithmetic
        // below relies on months that are in order and as many as the values.
        if c.count != errors_before {
            continue;
        }
        if let (Some(area), Some(indicator), Some(provenance)) = (area, indicator, provenance) {
            if let Some(series_values) = assemble(&months, s) {
                let entry = SeriesEntry {
                    series: series_values,
                    provenance,
                    incomplete,
                    note: s.note.clone(),
                };
                series.insert((area, indicator), entry);
            }
        }
    }
    series
}

/// The area a series' code names: `national`, a municipality, or a region.
fn area_of(ix: &Indexes, code: &str) -> Option<Area> {
    if code == "national" {
        Some(Area::National)
    } else if let Some(&m) = ix.municipality.get(code) {
        Some(Area::Municipality(m))
    } else {
        ix.region.get(code).map(|&r| Area::Region(r))
    }
}

/// The area in words: "hele landet", "kommune 751 (Aarhus)", "område 999".
fn area_name(w: &WireBaseline, area: Option<Area>, code: &str) -> String {
    match area {
        Some(Area::National) => "hele landet".to_string(),
        Some(Area::Municipality(m)) => w
            .municipalities
            .get(m)
            .map(|x| format!("kommune {} ({})", x.code, x.name))
            .unwrap_or_default(),
        Some(Area::Region(r)) => w
            .regions
            .get(r)
            .map(|x| format!("region {} ({})", x.code, x.name))
            .unwrap_or_default(),
        None => format!("område {code}"),
    }
}

fn check_provenance(c: &mut Check, s: &WireSeries, place: &str, path: &str) -> Option<Provenance> {
    match s.provenance.as_str() {
        "observed" => Some(Provenance::Observed),
        "derived" => Some(Provenance::Derived),
        "synthetic" => Some(Provenance::Synthetic),
        other => {
            c.fail(
                place,
                format!("ukendt oprindelse «{other}» (observed, derived eller synthetic)"),
                format!("{path}.provenance"),
            );
            None
        }
    }
}

/// Checks the months (present, as many as the values, in order, without gaps) and returns
/// those that are months.
fn check_months(
    c: &mut Check,
    s: &WireSeries,
    place: &str,
    path: &str,
    quarterly: bool,
) -> Vec<Month> {
    if s.months.is_empty() {
        c.fail(place, "serien har ingen måneder", format!("{path}.months"));
    }
    if s.values.len() != s.months.len() {
        c.fail(
            place,
            format!(
                "serien har {} måneder men {} værdier",
                s.months.len(),
                s.values.len()
            ),
            format!("{path}.values"),
        );
    }
    let step = if quarterly { 3 } else { 1 };
    let mut months = Vec::with_capacity(s.months.len());
    for (j, text) in s.months.iter().enumerate() {
        let Some(m) = c.month(text, place, format!("{path}.months[{j}]")) else {
            continue;
        };
        let mpath = format!("{path}.months[{j}]");
        if quarterly && m.month() % 3 != 0 {
            c.fail(
                format!("{place}, måned {m}"),
                "en kvartalsserie dateres med kvartalets sidste måned (03, 06, 09, 12)",
                mpath.clone(),
            );
        }
        if let Some(&prev) = months.last() {
            check_step(c, place, mpath, prev, m, step);
        }
        months.push(m);
    }
    months
}

/// Checks that `m` comes `step` months after `prev`.
fn check_step(c: &mut Check, place: &str, mpath: String, prev: Month, m: Month, step: i32) {
    let gap = Month::months_until(prev, m);
    if gap == 0 {
        c.fail(
            format!("{place}, måned {m}"),
            "måneden står to gange",
            mpath,
        );
    } else if gap < 0 {
        c.fail(
            format!("{place}, måned {m}"),
            format!("månederne står ikke i rækkefølge ({m} efter {prev})"),
            mpath,
        );
    } else if gap != step {
        c.fail(
            format!("{place}, måned {m}"),
            format!("der mangler måneder mellem {prev} og {m}; skriv null for en manglende måned"),
            mpath,
        );
    }
}

/// Checks that every value is finite, not negative and, for a percentage, at most 100.
fn check_values(c: &mut Check, s: &WireSeries, place: &str, path: &str, unit: Option<&str>) {
    for (j, v) in s.values.iter().enumerate() {
        let Some(v) = v else { continue };
        let month_words = s
            .months
            .get(j)
            .map(|m| format!(", måned {m}"))
            .unwrap_or_default();
        let vpath = format!("{path}.values[{j}]");
        if !v.is_finite() {
            c.fail(
                format!("{place}{month_words}"),
                "tallet er ikke endeligt",
                vpath,
            );
        } else if *v < 0.0 {
            c.fail(
                format!("{place}{month_words}"),
                format!("negativt tal {v}"),
                vpath,
            );
        } else if unit == Some("percent") && *v > 100.0 {
            c.fail(
                format!("{place}{month_words}"),
                format!("procenten {v} ligger ikke mellem 0 og 100"),
                vpath,
            );
        }
    }
}

/// Checks the `incomplete` months and returns them.
fn check_incomplete(c: &mut Check, s: &WireSeries, place: &str, path: &str) -> Vec<Month> {
    let mut incomplete = Vec::new();
    for (j, t) in s.incomplete.iter().enumerate() {
        let ipath = format!("{path}.incomplete[{j}]");
        if let Some(m) = c.month(t, place, ipath.clone()) {
            if !s.months.contains(t) {
                c.fail(
                    format!("{place}, måned {m}"),
                    "en måned i «incomplete» skal være en af seriens måneder",
                    ipath,
                );
            } else if incomplete.contains(&m) {
                c.fail(
                    format!("{place}, måned {m}"),
                    "måneden står to gange i «incomplete»",
                    ipath,
                );
            } else {
                incomplete.push(m);
            }
        }
    }
    incomplete
}

/// The series from its first to its last month, from months already checked to be in order
/// and as many as the values; `None` when there are no months.
fn assemble(months: &[Month], s: &WireSeries) -> Option<Series> {
    let (&first, &last) = (months.first()?, months.last()?);
    let mut values = vec![None; (first.months_until(last) + 1) as usize];
    for (m, v) in months.iter().zip(&s.values) {
        if let Some(slot) = values.get_mut(first.months_until(*m) as usize) {
            *slot = *v;
        }
    }
    Some(Series::new(first, values))
}
