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
const AUK01: &str =
    "data/raw/dst_auk01_nettoledige_kontanthjaelp_kommuner_quarterly_2007Q1-2025Q2.csv";
const LBESK69: &str =
    "data/raw/dst_lbesk69_fuldtidsloenmodtagere_bopaelskommune_quarterly_2008Q1-2025Q2.csv";

fn rebuilt() -> String {
    let wire = build_default(&RawFiles {
        crosswalk_csv: &read("data/raw/kommuner_master_crosswalk_DERIVED.csv"),
        jobindsats_json: &read(PANEL),
        folk1am_csv: &read("data/raw/dst_folk1am_befolkning_kommuner_monthly_2021M10-2025M07.csv"),
        auk01_csv: &read(AUK01),
        lbesk69_csv: &read(LBESK69),
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
    let ids: Vec<&str> = b.indicators.iter().map(|i| i.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "ledige",
            "langtidsledige",
            "kontanthjaelp",
            "loentimer",
            "ledighedsprocent",
            "ledige_dagpenge",
            "ledige_kontanthjaelp",
            "langtidsledige_dagpenge",
            "langtidsledige_kontanthjaelp",
            "kontanthjaelp_fuldtid",
            "aktiveringsgrad",
            "nettoledige_kontanthjaelp_kvartal",
            "fuldtidsloenmodtagere_kvartal",
        ]
    );
}

#[test]
fn the_example_goal_set_comes_first_and_unchanged_and_the_three_year_example_follows() {
    let b = shipped();
    let first = &b.goal_sets[0];
    assert_eq!(first.id, "ministermaal-2026-eksempel");
    assert_eq!(first.plan_year, 2026);
    assert!(first.example);
    let goals: Vec<(&str, usize)> = first
        .goals
        .iter()
        .map(|g| (g.id.as_str(), g.indicator))
        .collect();
    let indicator = |id: &str| b.indicator_index(id).expect("indicator");
    assert_eq!(
        goals,
        [
            ("ledighed", indicator("ledige")),
            ("langtidsledighed", indicator("langtidsledige")),
            ("kontanthjaelp", indicator("kontanthjaelp")),
            ("loentimer", indicator("loentimer")),
        ]
    );
    assert!(first.title.da.contains("afskaffet fra 2025"));
    let plan = &b.goal_sets[1];
    assert_eq!(plan.id, "treaarsplan-2026-2028-eksempel");
    assert!(plan.example);
    assert_eq!(plan.plan_year, 2026);
    assert!(plan.title.da.contains("2026–2028"));
    assert!(plan.goals.iter().all(|g| g.target_year == 2028));
    assert!(first.goals.iter().all(|g| g.target_year == 2026));
    let indicators: Vec<&str> = plan
        .goals
        .iter()
        .map(|g| b.indicators[g.indicator].id.as_str())
        .collect();
    assert_eq!(
        indicators,
        [
            "ledighedsprocent",
            "langtidsledige_dagpenge",
            "kontanthjaelp_fuldtid",
            "aktiveringsgrad"
        ]
    );
}

#[test]
fn the_kontanthjaelp_series_carry_the_reform_break_of_july_2025_and_the_others_none() {
    let b = shipped();
    let july = Month::new(2025, 7).expect("month");
    for ind in &b.indicators {
        let months: Vec<Month> = ind.breaks.iter().map(|br| br.month).collect();
        let expected = ind.id.contains("kontanthjaelp")
            || ind.id == "loentimer"
            || ind.id == "aktiveringsgrad";
        assert_eq!(
            months,
            if expected { vec![july] } else { vec![] },
            "{}",
            ind.id
        );
        for br in &ind.breaks {
            assert!(br.note.da.contains("1. juli 2025") && br.note.en.contains("1 July 2025"));
        }
    }
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
        ("ledighedsprocent", "unemployment", "totalRate"),
        ("ledige_dagpenge", "unemployment", "dagpenge"),
        ("ledige_kontanthjaelp", "unemployment", "kontanthjaelp"),
        ("langtidsledige_dagpenge", "longterm", "dagpenge"),
        ("langtidsledige_kontanthjaelp", "longterm", "kontanthjaelp"),
        ("kontanthjaelp_fuldtid", "cashAssistance", "fullTime"),
        ("aktiveringsgrad", "activation", "degree"),
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
    assert!(compared > 40_000, "compared {compared} values");
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

/// Jobindsats' own national figures of one panel field, by month.
fn published_national(section: &str, field: &str) -> Vec<(Month, f64)> {
    let panel: Value = serde_json::from_str(&read(PANEL)).expect("raw JSON");
    let n = &panel["national"][section];
    let labels = n["labels"].as_array().expect("labels");
    let values = n[field].as_array().expect("values");
    labels
        .iter()
        .zip(values)
        .filter_map(|(l, v)| Some((Month::parse(l.as_str()?).ok()?, v.as_f64()?)))
        .collect()
}

#[test]
fn derived_national_rates_come_within_a_tenth_of_a_point_of_jobindsats_own() {
    // The unemployment rate is weighted by the labour force each municipality's figures imply
    // (ledige / rate), the activation degree by full-time recipients; rounding to one decimal
    // and the 0.1–0.2 % of unemployed missing from the municipal sum allow a tenth.
    let b = shipped();
    for (indicator, section, field) in [
        ("ledighedsprocent", "unemployment", "totalRate"),
        ("aktiveringsgrad", "activation", "degree"),
    ] {
        let i = b.indicator_index(indicator).expect("indicator");
        let national = &b.series(Area::National, i).expect("national").series;
        let published = published_national(section, field);
        assert_eq!(published.len(), 48, "{indicator}");
        for (month, value) in published {
            let derived = national.get(month).expect("a derived value");
            assert!(
                (derived - value).abs() <= 0.1 + 1e-9,
                "{indicator} {month}: derived {derived}, published {value}"
            );
        }
    }
}

/// A DST quarterly table's value for an area name in a quarter (`2025Q2`).
fn dst_value(text: &str, area_col: usize, area: &str, quarter: &str) -> f64 {
    text.lines()
        .map(|l| l.trim_end_matches('\r').split(';').collect::<Vec<_>>())
        .find(|c| c[area_col] == area && c[c.len() - 2] == quarter)
        .and_then(|c| c[c.len() - 1].parse().ok())
        .unwrap_or_else(|| panic!("{area} {quarter}"))
}

#[test]
fn the_quarterly_context_series_hold_dst_figures_dated_by_the_quarters_last_month() {
    let b = shipped();
    let june = Month::new(2025, 6).expect("month");
    let aarhus = b.municipality_index("751").expect("Aarhus");
    let copenhagen = b.municipality_index("101").expect("København");
    for (indicator, file, col, first) in [
        (
            "nettoledige_kontanthjaelp_kvartal",
            AUK01,
            0,
            Month::new(2019, 3),
        ),
        (
            "fuldtidsloenmodtagere_kvartal",
            LBESK69,
            1,
            Month::new(2019, 3),
        ),
    ] {
        let text = read(file);
        let i = b.indicator_index(indicator).expect("indicator");
        assert_eq!(
            b.indicators[i].frequency,
            maltal::model::baseline::Frequency::Quarterly
        );
        let s = &b
            .series(Area::Municipality(aarhus), i)
            .expect("Aarhus")
            .series;
        assert_eq!(Some(s.start()), first, "{indicator}");
        assert_eq!(s.get(june), Some(dst_value(&text, col, "Aarhus", "2025Q2")));
        let s = &b
            .series(Area::Municipality(copenhagen), i)
            .expect("KBH")
            .series;
        assert_eq!(
            s.get(june),
            Some(dst_value(&text, col, "Copenhagen", "2025Q2"))
        );
        // The regions are sums of their municipalities and lie within 0.1 % of DST's own rows;
        // the country is below DST's total, which also counts those living abroad.
        let region = b
            .regions
            .iter()
            .position(|r| r.code == "1084")
            .expect("Hovedstaden");
        let derived = b
            .series(Area::Region(region), i)
            .expect("region")
            .series
            .get(june);
        let dst = dst_value(&text, col, "Region Hovedstaden", "2025Q2");
        let derived = derived.expect("a regional value");
        assert!(
            (derived - dst).abs() <= dst * 0.001,
            "{indicator}: {derived} vs {dst}"
        );
        let national = b
            .series(Area::National, i)
            .expect("national")
            .series
            .get(june);
        assert!(national.expect("national") < dst_value(&text, col, "All Denmark", "2025Q2"));
    }
}
