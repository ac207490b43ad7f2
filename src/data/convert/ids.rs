//! Identities: every list's ids are present and unique, a region code cannot be mistaken for
//! a municipality code, and the lookups from id to position that the other sections use.

use std::collections::{HashMap, HashSet};

use super::check::Check;
use crate::data::error::{Kind, Place, Problem};
use crate::data::schema::{WireBaseline, WireMunicipality, WireRegion};

/// Position of each region, group, indicator and municipality by its code or id.
pub(super) struct Indexes<'a> {
    pub(super) region: HashMap<&'a str, usize>,
    pub(super) group: HashMap<&'a str, usize>,
    pub(super) indicator: HashMap<&'a str, usize>,
    pub(super) municipality: HashMap<&'a str, usize>,
}

impl<'a> Indexes<'a> {
    /// The lookups of `w` (for a duplicated id, the last position wins; the duplicate is
    /// reported by [`check_ids`]).
    pub(super) fn of(w: &'a WireBaseline) -> Indexes<'a> {
        fn index<'a, T>(items: &'a [T], key: impl Fn(&'a T) -> &'a str) -> HashMap<&'a str, usize> {
            items.iter().enumerate().map(|(i, x)| (key(x), i)).collect()
        }
        Indexes {
            region: index(&w.regions, |r| r.code.as_str()),
            group: index(&w.groups, |g| g.id.as_str()),
            indicator: index(&w.indicators, |x| x.id.as_str()),
            municipality: index(&w.municipalities, |m| m.code.as_str()),
        }
    }
}

/// Checks that every list's ids are present and unique, and that no region code is also a
/// municipality code or `national`.
pub(super) fn check_ids(c: &mut Check, w: &WireBaseline) {
    c.unique(
        w.meta
            .sources
            .iter()
            .map(|x| (x.id.as_str(), Place::Source(x.id.clone()))),
        Kind::Source,
        "meta.sources",
        "id",
    );
    c.unique(
        w.regions.iter().map(|r| (r.code.as_str(), region_place(r))),
        Kind::Region,
        "regions",
        "code",
    );
    c.unique(
        w.groups
            .iter()
            .map(|g| (g.id.as_str(), Place::Group(g.id.clone()))),
        Kind::Group,
        "groups",
        "id",
    );
    c.unique(
        w.municipalities
            .iter()
            .map(|m| (m.code.as_str(), municipality_place(m))),
        Kind::Municipality,
        "municipalities",
        "code",
    );
    c.unique(
        w.indicators
            .iter()
            .map(|x| (x.id.as_str(), Place::Indicator(x.id.clone()))),
        Kind::Indicator,
        "indicators",
        "id",
    );
    c.unique(
        w.goal_sets
            .iter()
            .map(|g| (g.id.as_str(), Place::GoalSet(g.id.clone()))),
        Kind::GoalSet,
        "goal_sets",
        "id",
    );
    c.unique(
        w.outlooks
            .iter()
            .map(|o| (o.id.as_str(), Place::Outlook(o.id.clone()))),
        Kind::Outlook,
        "outlooks",
        "id",
    );
    check_region_codes(c, w);
}

/// A series names its area by code alone, so a region code must not also be a
/// municipality code or the word `national`.
fn check_region_codes(c: &mut Check, w: &WireBaseline) {
    let municipality_codes: HashSet<&str> =
        w.municipalities.iter().map(|m| m.code.as_str()).collect();
    for (i, r) in w.regions.iter().enumerate() {
        if r.code == "national" || municipality_codes.contains(r.code.as_str()) {
            c.fail(
                region_place(r),
                Problem::RegionCodeClash,
                format!("$.regions[{i}].code"),
            );
        }
    }
}

/// "region 1081 (Region Nordjylland)".
pub(super) fn region_place(r: &WireRegion) -> Place {
    Place::Region {
        code: r.code.clone(),
        name: r.name.clone(),
    }
}

/// "kommune 751 (Aarhus)".
pub(super) fn municipality_place(m: &WireMunicipality) -> Place {
    Place::Municipality {
        code: m.code.clone(),
        name: m.name.clone(),
    }
}
