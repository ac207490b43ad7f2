//! The municipalities: a three-digit code, a region and a group the file defines, a
//! population that is a count.

use super::check::Check;
use super::ids::{municipality_place, Indexes};
use crate::data::error::Problem;
use crate::data::limits::is_municipality_code;
use crate::data::schema::WireBaseline;
use crate::model::baseline::Municipality;

/// Checks every municipality and returns those whose region and group exist.
pub(super) fn check_municipalities(
    c: &mut Check,
    w: &WireBaseline,
    ix: &Indexes,
) -> Vec<Municipality> {
    let mut municipalities = Vec::new();
    for (i, m) in w.municipalities.iter().enumerate() {
        let place = municipality_place(m);
        let path = format!("$.municipalities[{i}]");
        let code_ok = is_municipality_code(&m.code);
        if !code_ok {
            c.fail(
                place.clone(),
                Problem::NotMunicipalityCode(m.code.clone()),
                format!("{path}.code"),
            );
        }
        let region = ix.region.get(m.region.as_str()).copied();
        if region.is_none() {
            c.fail(
                place.clone(),
                Problem::UnknownRegion(m.region.clone()),
                format!("{path}.region"),
            );
        }
        let group = ix.group.get(m.group.as_str()).copied();
        if group.is_none() {
            c.fail(
                place.clone(),
                Problem::UnknownGroup(m.group.clone()),
                format!("{path}.group"),
            );
        }
        if let Some(p) = m.population {
            if !p.is_finite() || p < 0.0 {
                c.fail(
                    place.clone(),
                    Problem::BadPopulation(p),
                    format!("{path}.population"),
                );
            }
        }
        if let Some(pm) = &m.population_month {
            c.month(pm, &place, || format!("{path}.population_month"));
        }
        if let (Some(region), Some(group)) = (region, group) {
            municipalities.push(Municipality {
                code: m.code.clone(),
                name: m.name.clone(),
                region,
                group,
                population: m.population,
            });
        }
    }
    municipalities
}
