//! The shipped default dataset: exactly what `maltal convert` makes from `data/raw/`, with all
//! 98 municipalities and values equal to the raw sources.
#![cfg(not(target_arch = "wasm32"))]
// A failed setup step should fail the test loudly.
#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::path::Path;

use maltal::data::build::{build_default, to_json, RawFiles};
use maltal::model::baseline::{Area, Baseline};
use maltal::model::Month;
use serde_json::Value;

fn read(rel: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(rel);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

const PANEL: &str = "data/raw/jobindsats_kommuner_monthly_2021M08-2025M07.json";

fn rebuilt() -> String {
    let wire = build_default(&RawFiles {
        crosswalk_csv: &read("data/raw/kommuner_master_crosswalk_DERIVED.csv"),
        jobindsats_json: &read(PANEL),
        folk1am_csv: &read("data/raw/dst_folk1am_befolkning_kommuner_monthly_2021M10-2025M07.csv"),
    })
    .expect("the raw files build");
    to_json(&wire).expect("serialises")
}

fn shipped() -> Baseline {
    maltal::data::from_json(&read("data/baseline.json")).expect("the shipped file is valid")
}

#[test]
fn the_committed_default_dataset_is_exactly_what_convert_produces() {
    let committed = read("data/baseline.json");
    assert!(
        committed == rebuilt(),
        "data/baseline.json is stale: run `cargo run -- convert --out data/baseline.json`"
    );
}

#[test]
fn the_default_dataset_has_all_98_municipalities_in_five_regions_with_population() {
    let b = shipped();
    assert_eq!(b.municipalities.len(), 98);
    assert_eq!(b.regions.len(), 5);
    assert!(
        b.municipality_index("411").is_none(),
        "Christiansø is not a municipality"
    );
    assert!(b
        .municipalities
        .iter()
        .all(|m| m.population.is_some_and(|p| p > 1000.0)));
    let aarhus = &b.municipalities[b.municipality_index("751").expect("Aarhus")];
    assert_eq!(aarhus.name, "Aarhus");
    assert_eq!(b.groups[aarhus.group].name, "Storbykommuner");
    for id in ["ledige", "langtidsledige", "kontanthjaelp", "loentimer"] {
        assert!(b.indicator_index(id).is_some(), "indicator {id}");
    }
    let goals: Vec<&str> = b.goal_sets[0].goals.iter().map(|g| g.id.as_str()).collect();
    assert_eq!(
        goals,
        ["ledighed", "langtidsledighed", "kontanthjaelp", "loentimer"]
    );
}

#[test]
fn every_municipal_value_equals_the_raw_jobindsats_panel_aligned_by_label() {
    let b = shipped();
    let panel: Value = serde_json::from_str(&read(PANEL)).expect("raw JSON");
    let sections = [
        ("ledige", "unemployment", "total"),
        ("langtidsledige", "longterm", "total"),
        ("kontanthjaelp", "cashAssistance", "persons"),
        ("loentimer", "ordinaryHours", "share"),
    ];
    let mut compared = 0;
    for area in panel["municipalities"]
        .as_object()
        .expect("municipalities")
        .values()
    {
        let name = area["name"].as_str().expect("name");
        let m = b
            .municipalities
            .iter()
            .position(|m| m.name == name)
            .unwrap_or_else(|| panic!("{name} missing"));
        for (indicator, section, field) in sections {
            let i = b.indicator_index(indicator).expect("indicator");
            let series = &b.series(Area::Municipality(m), i).expect("series").series;
            let labels = area[section]["labels"].as_array().expect("labels");
            let values = area[section][field].as_array().expect("values");
            for (label, value) in labels.iter().zip(values) {
                let month = Month::parse(label.as_str().expect("label")).expect("month");
                assert_eq!(
                    series.get(month),
                    value.as_f64(),
                    "{name} {indicator} {month}"
                );
                compared += 1;
            }
        }
    }
    assert!(compared > 15_000, "compared {compared} values");
}

#[test]
fn regional_and_national_counts_are_sums_and_suppressed_months_are_marked_incomplete() {
    let b = shipped();
    let ledige = b.indicator_index("ledige").expect("ledige");
    let national = b.series(Area::National, ledige).expect("national");
    let july = Month::new(2025, 7).expect("month");
    let sum: f64 = (0..b.municipalities.len())
        .filter_map(|m| b.series(Area::Municipality(m), ledige)?.series.get(july))
        .sum();
    let value = national.series.get(july).expect("national July");
    assert!((value - sum).abs() < 1e-6, "national {value} vs sum {sum}");
    let long = b.indicator_index("langtidsledige").expect("langtidsledige");
    let national_long = b.series(Area::National, long).expect("national long-term");
    assert!(
        !national_long.incomplete.is_empty(),
        "Læsø's suppressed months make the national long-term series incomplete"
    );
}
