//! The expected changes per region and the labour-market outlooks: each names a region and
//! an indicator the file defines, a plan year that is a year, and a possible relative change
//! (a finite fraction above −1).

use super::check::{text, Check};
use super::ids::Indexes;
use crate::data::error::{Place, Problem};
use crate::data::schema::WireBaseline;
use crate::model::baseline::{Expected, Outlook};

/// Checks every expected change and returns those whose region and indicator exist.
pub(super) fn check_expected(c: &mut Check, w: &WireBaseline, ix: &Indexes) -> Vec<Expected> {
    let mut expected = Vec::new();
    for (i, e) in w.expected.iter().enumerate() {
        let place = Place::Expected {
            region: e.region.clone(),
            indicator: e.indicator.clone(),
        };
        let path = format!("$.expected[{i}]");
        let region = ix.region.get(e.region.as_str()).copied();
        let indicator = ix.indicator.get(e.indicator.as_str()).copied();
        if region.is_none() {
            c.fail(
                place.clone(),
                Problem::RegionNotInFile,
                format!("{path}.region"),
            );
        }
        if indicator.is_none() {
            c.fail(
                place.clone(),
                Problem::IndicatorNotInFile,
                format!("{path}.indicator"),
            );
        }
        if !(1000..=9999).contains(&e.plan_year) {
            c.fail(
                place.clone(),
                Problem::NotAYear(e.plan_year),
                format!("{path}.plan_year"),
            );
        }
        if !e.relative_change.is_finite() || e.relative_change <= -1.0 {
            c.fail(
                place.clone(),
                Problem::NotRelativeChange(e.relative_change),
                format!("{path}.relative_change"),
            );
        }
        if let (Some(region), Some(indicator)) = (region, indicator) {
            expected.push(Expected {
                region,
                indicator,
                plan_year: e.plan_year,
                relative_change: e.relative_change,
            });
        }
    }
    expected
}

/// Checks every outlook's relative change and returns them all.
pub(super) fn check_outlooks(c: &mut Check, w: &WireBaseline) -> Vec<Outlook> {
    let mut outlooks = Vec::new();
    for (i, o) in w.outlooks.iter().enumerate() {
        // A scenario names its outlook: the id within what it stores.
        c.id_length(
            &o.id,
            &Place::Outlook(o.id.clone()),
            &format!("$.outlooks[{i}]"),
        );
        if !o.relative_change.is_finite() || o.relative_change <= -1.0 {
            c.fail(
                Place::Outlook(o.id.clone()),
                Problem::NotRelativeChange(o.relative_change),
                format!("$.outlooks[{i}].relative_change"),
            );
        }
        outlooks.push(Outlook {
            id: o.id.clone(),
            name: text(&o.name),
            relative_change: o.relative_change,
            note: text(&o.note),
            synthetic: o.synthetic,
        });
    }
    outlooks
}
