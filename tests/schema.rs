//! `data/schema/baseline-v1.json` describes what `from_json` accepts: the default file and the
//! valid fixtures pass it, every invalid case (`tests/support/invalid.rs`) that is invalid for
//! structural reasons fails it, and the cases that break a rule JSON Schema cannot express
//! (references, order, lengths) pass it — those rules are Måltal's own, listed in `docs/data-format.md`.
#![cfg(not(target_arch = "wasm32"))]
// A failed setup step should fail the test loudly.
#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::path::Path;

use serde_json::{json, Value};

#[path = "support/invalid.rs"]
mod invalid;

fn read(rel: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(rel);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn validator() -> jsonschema::Validator {
    let schema: Value = serde_json::from_str(&read("data/schema/baseline-v1.json")).unwrap();
    assert!(
        jsonschema::meta::is_valid(&schema),
        "the schema is itself a valid JSON Schema"
    );
    jsonschema::draft202012::new(&schema).unwrap()
}

fn schema_errors(v: &jsonschema::Validator, instance: &Value) -> Vec<String> {
    v.iter_errors(instance)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect()
}

/// Fixtures the schema refuses as Måltal does.
const STRUCTURAL: [&str; 11] = [
    "number-as-string",
    "wrong-version",
    "unknown-format",
    "negative-count",
    "month-wrong-shape",
    "unknown-field",
    "missing-field",
    "unknown-unit",
    "goal-month-13",
    "duplicate-month",
    "series-too-long",
];

/// Fixtures that are not JSON at all: no schema applies, the JSON parser refuses them.
const NOT_JSON: [&str; 4] = ["empty", "nan", "infinity", "not-json"];

/// Fixtures whose broken rule needs the whole file (or, for a key written twice, the text):
/// only Måltal checks them.
const BEYOND_SCHEMA: [&str; 13] = [
    "unknown-municipality-in-series",
    "duplicate-municipality-code",
    "missing-region",
    "missing-group",
    "missing-indicator-in-series",
    "missing-indicator-in-goal",
    "months-out-of-order",
    "gap-in-months",
    "wrong-series-length",
    "percent-above-100",
    "incomplete-month-outside-series",
    "two-series-for-one-area",
    "duplicate-key",
];

#[test]
fn the_default_dataset_and_the_valid_fixtures_pass_the_schema() {
    let v = validator();
    for rel in ["data/baseline.json", "tests/fixtures/valid-small.json"] {
        let text = read(rel);
        let instance: Value = serde_json::from_str(text.trim_start_matches('\u{feff}')).unwrap();
        let errors = schema_errors(&v, &instance);
        assert!(errors.is_empty(), "{rel}:\n{}", errors.join("\n"));
    }
}

#[test]
fn every_structurally_invalid_fixture_fails_the_schema_too() {
    let v = validator();
    for name in STRUCTURAL {
        let instance: Value =
            serde_json::from_str(&invalid::text(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(!v.is_valid(&instance), "{name} passed the schema");
    }
    for name in NOT_JSON {
        let text = invalid::text(name);
        assert!(
            serde_json::from_str::<Value>(&text).is_err(),
            "{name} is not JSON"
        );
    }
}

#[test]
fn fixtures_breaking_whole_file_rules_pass_the_schema_so_the_docs_list_them_as_maltals_own() {
    let v = validator();
    for name in BEYOND_SCHEMA {
        let text = invalid::text(name);
        let instance: Value = serde_json::from_str(&text).unwrap();
        let errors = schema_errors(&v, &instance);
        assert!(errors.is_empty(), "{name}:\n{}", errors.join("\n"));
        assert!(maltal::data::from_json(&text).is_err(), "{name}");
    }
}

#[test]
fn every_invalid_fixture_is_classified_for_the_schema() {
    for n in invalid::names() {
        assert!(
            STRUCTURAL.contains(&n) || NOT_JSON.contains(&n) || BEYOND_SCHEMA.contains(&n),
            "{n} is in none of the lists in tests/schema.rs"
        );
    }
}

/// Sets the value at a JSON pointer, or removes it when `new` is `None`.
fn mutated(base: &Value, pointer: &str, new: Option<Value>) -> Value {
    let mut v = base.clone();
    match new {
        Some(new) => match v.pointer_mut(pointer) {
            Some(slot) => *slot = new,
            None => {
                let (parent, key) = pointer.rsplit_once('/').unwrap();
                v.pointer_mut(parent)
                    .unwrap()
                    .as_object_mut()
                    .unwrap()
                    .insert(key.to_string(), new);
            }
        },
        None => {
            let (parent, key) = pointer.rsplit_once('/').unwrap();
            v.pointer_mut(parent)
                .unwrap()
                .as_object_mut()
                .unwrap()
                .remove(key)
                .unwrap();
        }
    }
    v
}

#[test]
fn the_schema_and_the_code_agree_on_small_structural_changes() {
    let v = validator();
    let base: Value = serde_json::from_str(&read("tests/fixtures/valid-small.json")).unwrap();
    let refused: Vec<(&str, Option<Value>)> = vec![
        (
            "/goal_sets/0/goals/0/measure",
            Some(json!({"kind": "annual_average", "month": 3})),
        ),
        (
            "/goal_sets/0/goals/0/measure",
            Some(json!({"kind": "month"})),
        ),
        (
            "/goal_sets/0/goals/0/measure",
            Some(json!({"kind": "quarter"})),
        ),
        ("/goal_sets/0/goals/0/measure/kind", None),
        ("/municipalities/1/population", Some(json!(-5))),
        ("/municipalities/1/population", Some(json!("1747"))),
        ("/municipalities/0/code", Some(json!("0751"))),
        ("/municipalities/0/population_month", Some(json!("2024-1"))),
        ("/series/2/provenance", Some(json!("guessed"))),
        ("/series/0/months", Some(json!([]))),
        ("/series/0/months/0", Some(json!("2024-13"))),
        ("/series/0/months/0", Some(json!("0999-12"))),
        ("/series/0/months/0", Some(json!(" 2024-01"))),
        ("/series/4/incomplete/1", Some(json!("2024-01"))),
        ("/series/0/values/0", Some(json!(true))),
        ("/regions/0/code", Some(json!("national"))),
        ("/groups/0/id", Some(json!("  "))),
        ("/indicators/0/better", Some(json!("up"))),
        ("/indicators/0/frequency", Some(json!("weekly"))),
        ("/indicators/0/name/da", None),
        ("/indicators/0/name/fr", Some(json!("Chômeurs"))),
        ("/outlooks/0/relative_change", Some(json!(-1))),
        ("/expected/0/relative_change", Some(json!(-1.5))),
        ("/expected/0/plan_year", Some(json!(99))),
        ("/goal_sets/0/plan_year", Some(json!(20250))),
        ("/goal_sets/0/example", Some(json!("ja"))),
        ("/meta/data_date", Some(json!("juli 2024"))),
        ("/meta/sources", None),
        ("/municipalities", Some(json!([]))),
        ("/outlooks", None),
        ("/version", Some(json!("1"))),
    ];
    for (pointer, new) in refused {
        let instance = mutated(&base, pointer, new.clone());
        let text = serde_json::to_string(&instance).unwrap();
        assert!(
            maltal::data::from_json(&text).is_err(),
            "code accepted {pointer} = {new:?}"
        );
        assert!(
            !v.is_valid(&instance),
            "schema accepted {pointer} = {new:?}"
        );
    }
    let accepted: Vec<(&str, Option<Value>)> = vec![
        ("/indicators/0/name/en", None),
        ("/series/0/provenance", Some(json!("synthetic"))),
        ("/municipalities/1/population", Some(json!(null))),
        ("/municipalities/0/population_month", Some(json!(null))),
        ("/series/0/values/0", Some(json!(null))),
        ("/series/0/values/0", Some(json!(6.1e3))),
        ("/expected", None),
        ("/meta/notes", None),
        ("/goal_sets/0/example", None),
        ("/outlooks/1/synthetic", None),
        ("/regions/0/code", Some(json!("RAR-Nord"))),
    ];
    for (pointer, new) in accepted {
        let mut instance = mutated(&base, pointer, new.clone());
        if pointer == "/regions/0/code" {
            for m in instance["municipalities"].as_array_mut().unwrap() {
                if m["region"] == "1081" {
                    m["region"] = json!("RAR-Nord");
                }
            }
            instance["series"][4]["area"] = json!("RAR-Nord");
        }
        let text = serde_json::to_string(&instance).unwrap();
        if let Err(e) = maltal::data::from_json(&text) {
            panic!("code refused {pointer} = {new:?}: {e}");
        }
        let errors = schema_errors(&v, &instance);
        assert!(
            errors.is_empty(),
            "schema refused {pointer} = {new:?}: {errors:?}"
        );
    }
}

/// `meta.authority`: a real contact passes the schema and Måltal and reaches the model; an
/// address that would run script in a link, or an authority with no way to reach it, fails both.
#[test]
fn the_publishing_authority_is_checked_by_the_schema_and_by_maltal_alike() {
    let v = validator();
    let base: Value = serde_json::from_str(&read("tests/fixtures/valid-small.json")).unwrap();
    let with = |authority: Value| {
        let mut file = base.clone();
        file["meta"]["authority"] = authority;
        file
    };
    let good = with(json!({
        "name": { "da": "Region Midtjylland", "en": "Central Denmark Region" },
        "url": "https://www.rm.dk",
        "email": "kontakt@rm.dk",
        "phone": "+45 7841 0000",
        "accessibility_feedback": "https://www.rm.dk/tilgaengelighed"
    }));
    assert!(
        schema_errors(&v, &good).is_empty(),
        "{:?}",
        schema_errors(&v, &good)
    );
    let baseline = maltal::data::from_json(&good.to_string()).unwrap();
    let authority = baseline.meta.authority.unwrap();
    assert_eq!(authority.name.da, "Region Midtjylland");
    assert_eq!(
        authority.feedback,
        maltal::model::baseline::Feedback::Web("https://www.rm.dk/tilgaengelighed".into())
    );
    for bad in [
        json!({ "name": { "da": "X" }, "url": "javascript:alert(1)" }),
        json!({ "name": { "da": "X" }, "accessibility_feedback": "javascript:alert(1)" }),
        json!({ "name": { "da": "X" } }),
        json!({ "name": { "da": "X" }, "email": "x", "fax": "1234" }),
    ] {
        let file = with(bad.clone());
        assert!(!schema_errors(&v, &file).is_empty(), "schema took {bad}");
        let err = maltal::data::from_json(&file.to_string()).unwrap_err();
        assert!(err.to_string().contains("authority"), "{bad}: {err}");
    }
}
