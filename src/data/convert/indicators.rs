//! The indicators: a known unit, direction and frequency, a source named in `meta.sources`,
//! and breaks dated by month.

use std::collections::HashSet;

use super::check::{text, Check};
use crate::data::error::{Place, Problem};
use crate::data::schema::WireBaseline;
use crate::model::baseline::{Better, Break, Frequency, Indicator, Unit};

/// Checks every indicator and returns those whose unit, direction and frequency are known.
pub(super) fn check_indicators(c: &mut Check, w: &WireBaseline) -> Vec<Indicator> {
    let source_ids: HashSet<&str> = w.meta.sources.iter().map(|s| s.id.as_str()).collect();
    let mut indicators = Vec::new();
    for (i, x) in w.indicators.iter().enumerate() {
        let place = Place::Indicator(x.id.clone());
        let path = format!("$.indicators[{i}]");
        // An own goal of a scenario names its indicator by id.
        c.id_length(&x.id, &place, &path);
        let unit = match x.unit.as_str() {
            "persons" => Some(Unit::Persons),
            "full_time_persons" => Some(Unit::FullTimePersons),
            "percent" => Some(Unit::Percent),
            other => {
                c.fail(
                    place.clone(),
                    Problem::UnknownUnit(other.to_string()),
                    format!("{path}.unit"),
                );
                None
            }
        };
        let better = match x.better.as_str() {
            "lower" => Some(Better::Lower),
            "higher" => Some(Better::Higher),
            other => {
                c.fail(
                    place.clone(),
                    Problem::UnknownBetter(other.to_string()),
                    format!("{path}.better"),
                );
                None
            }
        };
        let frequency = match x.frequency.as_str() {
            "monthly" => Some(Frequency::Monthly),
            "quarterly" => Some(Frequency::Quarterly),
            other => {
                c.fail(
                    place.clone(),
                    Problem::UnknownFrequency(other.to_string()),
                    format!("{path}.frequency"),
                );
                None
            }
        };
        if !source_ids.contains(x.source.as_str()) {
            c.fail(
                place.clone(),
                Problem::UnknownSource(x.source.clone()),
                format!("{path}.source"),
            );
        }
        let mut breaks = Vec::new();
        for (j, b) in x.breaks.iter().enumerate() {
            if let Some(month) = c.month(&b.month, &place, || format!("{path}.breaks[{j}].month")) {
                breaks.push(Break {
                    month,
                    note: text(&b.note),
                });
            }
        }
        if let (Some(unit), Some(better), Some(frequency)) = (unit, better, frequency) {
            indicators.push(Indicator {
                id: x.id.clone(),
                name: text(&x.name),
                definition: text(&x.definition),
                unit,
                better,
                frequency,
                source: x.source.clone(),
                breaks,
            });
        }
    }
    indicators
}
