//! The series: one per area and indicator, for an area and an indicator the file defines, with
//! months in order and without gaps (a quarterly series steps by three), as many values as
//! months, no negative or non-finite value, no percentage above 100, and `incomplete` months
//! that are months of the series.

use std::collections::HashMap;

use super::check::Check;
use super::ids::Indexes;
use crate::data::error::{AreaName, Place, Problem};
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
        let place = Place::Series {
            area: area_name(w, area, &s.area),
            indicator: s.indicator.clone(),
            month: None,
        };
        if let Some(first) = seen_series.insert((s.area.as_str(), s.indicator.as_str()), i) {
            c.fail(
                place.clone(),
                Problem::TwoSeries { first: first + 1 },
                path.clone(),
            );
        }
        if area.is_none() {
            c.fail(
                place.clone(),
                Problem::UnknownArea(s.area.clone()),
                format!("{path}.area"),
            );
        }
        let indicator = ix.indicator.get(s.indicator.as_str()).copied();
        if indicator.is_none() {
            c.fail(
                place.clone(),
                Problem::UnknownIndicator(s.indicator.clone()),
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

/// The area's name: "hele landet", "kommune 751 (Aarhus)", "område 999".
fn area_name(w: &WireBaseline, area: Option<Area>, code: &str) -> AreaName {
    let municipality = |m: usize| {
        w.municipalities.get(m).map(|x| AreaName::Municipality {
            code: x.code.clone(),
            name: x.name.clone(),
        })
    };
    let region = |r: usize| {
        w.regions.get(r).map(|x| AreaName::Region {
            code: x.code.clone(),
            name: x.name.clone(),
        })
    };
    let named = match area {
        Some(Area::National) => Some(AreaName::National),
        Some(Area::Municipality(m)) => municipality(m),
        Some(Area::Region(r)) => region(r),
        None => None,
    };
    // An area found in the lookups is always in its list; `Unknown` is only the fallback.
    named.unwrap_or_else(|| AreaName::Unknown(code.to_string()))
}

fn check_provenance(
    c: &mut Check,
    s: &WireSeries,
    place: &Place,
    path: &str,
) -> Option<Provenance> {
    match s.provenance.as_str() {
        "observed" => Some(Provenance::Observed),
        "derived" => Some(Provenance::Derived),
        "synthetic" => Some(Provenance::Synthetic),
        other => {
            c.fail(
                place.clone(),
                Problem::UnknownProvenance(other.to_string()),
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
    place: &Place,
    path: &str,
    quarterly: bool,
) -> Vec<Month> {
    if s.months.is_empty() {
        c.fail(place.clone(), Problem::NoMonths, format!("{path}.months"));
    }
    if s.values.len() != s.months.len() {
        c.fail(
            place.clone(),
            Problem::LengthMismatch {
                months: s.months.len(),
                values: s.values.len(),
            },
            format!("{path}.values"),
        );
    }
    let step = if quarterly { 3 } else { 1 };
    let mut months = Vec::with_capacity(s.months.len());
    for (j, text) in s.months.iter().enumerate() {
        // Paths and places are made only for an error (see `Check::month`).
        let mpath = || format!("{path}.months[{j}]");
        let Some(m) = c.month(text, place, mpath) else {
            continue;
        };
        if quarterly && m.month() % 3 != 0 {
            c.fail(place.at_month(m), Problem::NotQuarterEnd, mpath());
        }
        if let Some(&prev) = months.last() {
            check_step(c, place, mpath, prev, m, step);
        }
        months.push(m);
    }
    if let (Some(first), Some(last)) = (months.first(), months.last()) {
        let span = first.months_until(*last) + 1;
        if span > super::MAX_SERIES_MONTHS {
            let problem = Problem::SpanTooLong {
                months: span,
                limit: super::MAX_SERIES_MONTHS,
            };
            c.fail(place.clone(), problem, format!("{path}.months"));
        }
    }
    months
}

/// Checks that `m` comes `step` months after `prev`.
fn check_step(
    c: &mut Check,
    place: &Place,
    mpath: impl FnOnce() -> String,
    prev: Month,
    m: Month,
    step: i32,
) {
    let gap = Month::months_until(prev, m);
    let problem = if gap == 0 {
        Problem::MonthTwice
    } else if gap < 0 {
        Problem::OutOfOrder { month: m, prev }
    } else if gap != step {
        Problem::Gap { prev, month: m }
    } else {
        return;
    };
    c.fail(place.at_month(m), problem, mpath());
}

/// Checks that every value is finite, not negative and, for a percentage, at most 100.
fn check_values(c: &mut Check, s: &WireSeries, place: &Place, path: &str, unit: Option<&str>) {
    for (j, v) in s.values.iter().enumerate() {
        let Some(v) = *v else { continue };
        let problem = if !v.is_finite() {
            Problem::NotFinite
        } else if v < 0.0 {
            Problem::Negative(v)
        } else if unit == Some("percent") && v > 100.0 {
            Problem::PercentOutOfRange(v)
        } else {
            continue;
        };
        let place_at = match s.months.get(j) {
            Some(m) => place.at_month(m),
            None => place.clone(),
        };
        c.fail(place_at, problem, format!("{path}.values[{j}]"));
    }
}

/// Checks the `incomplete` months and returns them.
fn check_incomplete(c: &mut Check, s: &WireSeries, place: &Place, path: &str) -> Vec<Month> {
    let mut incomplete = Vec::new();
    for (j, t) in s.incomplete.iter().enumerate() {
        let ipath = || format!("{path}.incomplete[{j}]");
        if let Some(m) = c.month(t, place, ipath) {
            if !s.months.contains(t) {
                c.fail(place.at_month(m), Problem::IncompleteNotInSeries, ipath());
            } else if incomplete.contains(&m) {
                c.fail(place.at_month(m), Problem::IncompleteTwice, ipath());
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
