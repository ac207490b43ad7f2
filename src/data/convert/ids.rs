//! Identities: every list's ids are present and unique, a region code cannot be mistaken for
//! a municipality code, and the lookups from id to position that the other sections use.

use std::collections::{HashMap, HashSet};

use super::check::Check;
use crate::data::schema::WireBaseline;

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
            .map(|x| (x.id.as_str(), format!("kilde {}", x.id))),
        "kilde",
        "meta.sources",
        "id",
    );
    c.unique(
        w.regions
            .iter()
            .map(|r| (r.code.as_str(), format!("region {} ({})", r.code, r.name))),
        "region",
        "regions",
        "code",
    );
    c.unique(
        w.groups
            .iter()
            .map(|g| (g.id.as_str(), format!("gruppe {}", g.id))),
        "gruppe",
        "groups",
        "id",
    );
    c.unique(
        w.municipalities
            .iter()
            .map(|m| (m.code.as_str(), format!("kommune {} ({})", m.code, m.name))),
        "kommune",
        "municipalities",
        "code",
    );
    c.unique(
        w.indicators
            .iter()
            .map(|x| (x.id.as_str(), format!("indikator {}", x.id))),
        "indikator",
        "indicators",
        "id",
    );
    c.unique(
        w.goal_sets
            .iter()
            .map(|g| (g.id.as_str(), format!("målsæt {}", g.id))),
        "målsæt",
        "goal_sets",
        "id",
    );
    c.unique(
        w.outlooks
            .iter()
            .map(|o| (o.id.as_str(), format!("konjunkturscenarie {}", o.id))),
        "konjunkturscenarie",
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
                format!("region {} ({})", r.code, r.name),
                "regionskoden er også en kommunekode eller «national»; serierne kan ikke skelne dem",
                format!("$.regions[{i}].code"),
            );
        }
    }
}
