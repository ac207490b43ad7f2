//! Fuzz-style property tests of every decoder Måltal has (issue 17, "Done when"): the data file
//! reader, the share-link decoder, the scenario file reader, the stored-state reader and the
//! CSV import. Each gets random bytes and random structured values (a valid input with a random
//! JSON value put in a random place, a key added or removed, a CSV field replaced), and must
//! never panic. Where it refuses, the message is a clear one: non-empty, in Danish and English,
//! and short (input is quoted only in excerpts). Where it accepts, what it accepted is sound: a
//! scenario read from a link, file or storage writes back to the same scenario.
//!
//! Case counts are kept modest so the native test run stays fast (each property well under a
//! second in debug on the small fixture).
#![cfg(not(target_arch = "wasm32"))]
// A failed setup step should fail the test loudly.
#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::path::Path;
use std::sync::OnceLock;

use base64::Engine;
use maltal::data::build::BuildError;
use maltal::data::convert::{from_bytes, from_json, wire_from_json};
use maltal::data::csv_import::import_long_csv;
use maltal::data::scenario::{
    from_file, from_link, from_stored, to_file, to_link, to_stored, GoalEntry, OwnGoal, Scenario,
    ScenarioError,
};
use maltal::data::schema::WireBaseline;
use maltal::data::{DataErrors, Lang};
use maltal::model::baseline::{Measure, Text};
use proptest::prelude::*;
use serde_json::{json, Value};

/// Longest message a refusal may have: a sentence and a quoted excerpt, never the input.
const MAX_MESSAGE_CHARS: usize = 600;

fn read(rel: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(rel);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn small_text() -> &'static str {
    static TEXT: OnceLock<String> = OnceLock::new();
    TEXT.get_or_init(|| read("tests/fixtures/valid-small.json"))
}

fn template() -> &'static WireBaseline {
    static WIRE: OnceLock<WireBaseline> = OnceLock::new();
    WIRE.get_or_init(|| wire_from_json(small_text()).unwrap())
}

fn good_csv() -> &'static str {
    static TEXT: OnceLock<String> = OnceLock::new();
    TEXT.get_or_init(|| read("tests/fixtures/csv/good-semicolon-decimal-comma.csv"))
}

/// Scenarios as the app writes them: version 1 fixtures migrated, and one with own goals.
fn scenarios() -> &'static [Scenario] {
    static LIST: OnceLock<Vec<Scenario>> = OnceLock::new();
    LIST.get_or_init(|| {
        let mut list = from_file(&read("tests/fixtures/scenario/file-v1.json")).unwrap();
        list.extend(from_link(
            read("tests/fixtures/scenario/link-v1.txt").trim(),
        ));
        let mut own = list[0].clone();
        own.id = "egne".into();
        own.goals = Some(vec![
            GoalEntry::Template("ledighed".into()),
            GoalEntry::Own(OwnGoal {
                id: "egen-1".into(),
                title: Text {
                    da: "Færre ledige".into(),
                    en: "Fewer unemployed".into(),
                },
                indicator: "ledige".into(),
                measure: Measure::Month(12),
                target_year: 2028,
            }),
        ]);
        own.milestones
            .insert("egen-1".into(), [(2026, 4.4), (2027, 4.1)].into());
        list.push(own);
        list
    })
}

/// Any JSON value, a few levels deep, with the values that have broken decoders before.
fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        any::<f64>().prop_map(|x| json!(x)),
        ".{0,24}".prop_map(Value::String),
        prop::sample::select(vec![
            json!(u64::MAX),
            json!(-1e300),
            json!("2205-03"),
            json!("751"),
            json!("national"),
            json!("x".repeat(5000)),
            json!({"preset": "klynge-median"}),
            json!({"vaerdi": -1}),
            json!({"aendring": 1e308}),
        ]),
    ];
    leaf.prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::btree_map(".{0,8}", inner, 0..4)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// How a valid value is changed at the place a random walk reaches.
#[derive(Debug, Clone)]
enum Change {
    /// The node is replaced.
    Replace(Value),
    /// A key is added to the object there (or the node replaced when it is no object).
    Add(String, Value),
    /// The node is removed from its object or array.
    Remove,
}

fn change() -> impl Strategy<Value = Change> {
    prop_oneof![
        json_value().prop_map(Change::Replace),
        (".{0,8}", json_value()).prop_map(|(k, v)| Change::Add(k, v)),
        Just(Change::Remove),
    ]
}

/// `value` changed by `change` at the node reached by `steps` (each step picks a member).
fn mutated(mut value: Value, steps: &[usize], change: &Change) -> Value {
    let mut pointer: Vec<String> = Vec::new();
    let mut node = &value;
    for step in steps {
        let next = match node {
            Value::Object(map) if !map.is_empty() => {
                let (key, v) = map.iter().nth(step % map.len()).unwrap();
                pointer.push(key.clone());
                v
            }
            Value::Array(items) if !items.is_empty() => {
                let i = step % items.len();
                pointer.push(i.to_string());
                &items[i]
            }
            _ => break,
        };
        node = next;
    }
    let escape = |k: &String| k.replace('~', "~0").replace('/', "~1");
    let path: String = pointer.iter().map(|k| format!("/{}", escape(k))).collect();
    match change {
        Change::Replace(v) => *value.pointer_mut(&path).unwrap() = v.clone(),
        Change::Add(k, v) => match value.pointer_mut(&path).unwrap() {
            Value::Object(map) => {
                map.insert(k.clone(), v.clone());
            }
            other => *other = v.clone(),
        },
        Change::Remove => {
            let Some(last) = pointer.pop() else {
                return Value::Null;
            };
            let parent: String = pointer.iter().map(|k| format!("/{}", escape(k))).collect();
            match value.pointer_mut(&parent).unwrap() {
                Value::Object(map) => {
                    map.remove(&last);
                }
                Value::Array(items) => {
                    items.remove(last.parse::<usize>().unwrap());
                }
                _ => {}
            }
        }
    }
    value
}

/// A refusal of the data file reader is a list of clear messages in both languages.
fn assert_clear_data_errors(errors: &DataErrors) -> Result<(), TestCaseError> {
    prop_assert!(!errors.errors().is_empty());
    for e in errors.errors() {
        for text in [e.text(Lang::Da), e.text(Lang::En)] {
            prop_assert!(!text.trim().is_empty());
            prop_assert!(
                text.chars().count() <= MAX_MESSAGE_CHARS,
                "a message of {} characters: {}",
                text.chars().count(),
                text.chars().take(200).collect::<String>()
            );
        }
    }
    Ok(())
}

/// A refusal of a scenario decoder is one clear message in both languages.
fn assert_clear_scenario_error(e: &ScenarioError) -> Result<(), TestCaseError> {
    let (da, en) = (e.text(Lang::Da), e.text(Lang::En));
    prop_assert!(!da.trim().is_empty() && !en.trim().is_empty());
    prop_assert_ne!(&da, &en, "no English text for {:?}", e);
    prop_assert!(da.chars().count() <= MAX_MESSAGE_CHARS, "{}", da);
    prop_assert!(en.chars().count() <= MAX_MESSAGE_CHARS, "{}", en);
    Ok(())
}

/// A scenario a decoder accepted writes back to itself through every format.
fn assert_sound(s: &Scenario) -> Result<(), TestCaseError> {
    let one = std::slice::from_ref(s);
    let file = from_file(&to_file(one));
    prop_assert_eq!(file.as_deref(), Ok(one));
    let stored = from_stored(&to_stored(0, one)).map(|st| st.scenarios);
    prop_assert_eq!(stored.as_deref(), Ok(one));
    let link = to_link(s);
    if maltal::data::scenario::link_fits(&link) {
        let back = from_link(&link);
        prop_assert_eq!(back.as_ref(), Ok(s));
    }
    Ok(())
}

fn link_of(value: &Value) -> String {
    let json = serde_json::to_string(value).unwrap();
    format!(
        "2.{}",
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(json)
    )
}

/// A CSV refusal names a line of the file (or is an error of the resulting data file).
fn assert_clear_csv_errors(errors: &[BuildError], lines: usize) -> Result<(), TestCaseError> {
    prop_assert!(!errors.is_empty());
    for e in errors {
        let text = e.to_string();
        prop_assert!(!text.trim().is_empty());
        prop_assert!(text.chars().count() <= MAX_MESSAGE_CHARS, "{}", text);
        if let BuildError::CsvLine { line, .. } = e {
            prop_assert!(
                *line >= 1 && *line <= lines + 1,
                "line {} of {}",
                line,
                lines
            );
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn the_data_file_reader_refuses_random_bytes_clearly(
        bytes in prop::collection::vec(any::<u8>(), 0..512),
    ) {
        match from_bytes(&bytes) {
            Ok(_) => prop_assert!(false, "random bytes were a valid data file"),
            Err(e) => assert_clear_data_errors(&e)?,
        }
    }

    #[test]
    fn the_data_file_reader_takes_any_change_to_a_valid_file_without_panicking(
        steps in prop::collection::vec(any::<usize>(), 0..6),
        change in change(),
    ) {
        let file: Value = serde_json::from_str(small_text()).unwrap();
        let text = mutated(file, &steps, &change).to_string();
        if let Err(e) = from_json(&text) {
            assert_clear_data_errors(&e)?;
        }
    }

    #[test]
    fn the_link_decoder_refuses_random_text_and_bytes_clearly(
        text in ".{0,300}",
        bytes in prop::collection::vec(any::<u8>(), 0..300),
    ) {
        let base64 = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(&bytes);
        for link in [text, format!("2.{base64}"), format!("1.{base64}")] {
            match from_link(&link) {
                Ok(s) => assert_sound(&s)?,
                Err(e) => assert_clear_scenario_error(&e)?,
            }
        }
    }

    #[test]
    fn the_link_decoder_takes_any_change_to_a_valid_scenario_and_keeps_only_sound_ones(
        which in any::<usize>(),
        steps in prop::collection::vec(any::<usize>(), 0..5),
        change in change(),
    ) {
        let s = &scenarios()[which % scenarios().len()];
        let value: Value = serde_json::from_str(&to_file(std::slice::from_ref(s))).unwrap();
        let wire = value["scenarier"][0].clone();
        match from_link(&link_of(&mutated(wire, &steps, &change))) {
            Ok(s) => assert_sound(&s)?,
            Err(e) => assert_clear_scenario_error(&e)?,
        }
    }

    #[test]
    fn the_scenario_file_reader_takes_random_bytes_and_any_change_to_a_valid_file(
        bytes in prop::collection::vec(any::<u8>(), 0..300),
        steps in prop::collection::vec(any::<usize>(), 0..6),
        change in change(),
    ) {
        if let Err(e) = from_file(&String::from_utf8_lossy(&bytes)) {
            assert_clear_scenario_error(&e)?;
        }
        let file: Value = serde_json::from_str(&to_file(scenarios())).unwrap();
        match from_file(&mutated(file, &steps, &change).to_string()) {
            Ok(list) => {
                prop_assert!(!list.is_empty());
                for s in &list {
                    assert_sound(s)?;
                }
            }
            Err(e) => assert_clear_scenario_error(&e)?,
        }
    }

    #[test]
    fn the_stored_state_reader_takes_random_bytes_and_any_change_to_a_valid_state(
        bytes in prop::collection::vec(any::<u8>(), 0..300),
        current in 0usize..4,
        steps in prop::collection::vec(any::<usize>(), 0..6),
        change in change(),
    ) {
        if let Err(e) = from_stored(&String::from_utf8_lossy(&bytes)) {
            assert_clear_scenario_error(&e)?;
        }
        let state: Value = serde_json::from_str(&to_stored(current, scenarios())).unwrap();
        let state = mutated(state, &steps, &change);
        match from_stored(&state.to_string()) {
            Ok(stored) => {
                prop_assert!(!stored.scenarios.is_empty());
                prop_assert!(stored.current < stored.scenarios.len());
                // A damaged scenario costs that one alone: every other is read.
                let written = state["scenarier"].as_array().map_or(0, Vec::len);
                prop_assert_eq!(stored.scenarios.len() + stored.set_aside.len(), written);
                for e in &stored.set_aside {
                    assert_clear_scenario_error(e)?;
                }
                for s in &stored.scenarios {
                    assert_sound(s)?;
                }
            }
            Err(e) => assert_clear_scenario_error(&e)?,
        }
    }

    #[test]
    fn the_csv_import_refuses_random_bytes_clearly(
        bytes in prop::collection::vec(any::<u8>(), 0..400),
    ) {
        let text = String::from_utf8_lossy(&bytes);
        if let Err(errors) = import_long_csv(template(), &text) {
            let lines = text.split(['\n', '\r']).count();
            assert_clear_csv_errors(&errors, lines)?;
        }
    }

    #[test]
    fn the_csv_import_takes_any_field_of_a_good_file_changed(
        line in any::<usize>(),
        field in 0usize..5,
        new in prop_oneof![
            ".{0,12}",
            prop::sample::select(vec![
                "2205-03", "1000-01", "9999-12", "2024M13", "1e308", "-0", "NaN", "\"", "\"a;b\"",
                "\r", "751;ledige", "", "0751", "99999999999999999999", "12,5,5",
            ]).prop_map(String::from),
        ],
        ending in prop::sample::select(vec!["\n", "\r\n", "\r"]),
    ) {
        let mut lines: Vec<Vec<String>> = good_csv()
            .lines()
            .map(|l| l.split(';').map(String::from).collect())
            .collect();
        let n = line % lines.len();
        let cells = &mut lines[n];
        if field < cells.len() {
            cells[field] = new;
        } else {
            cells.push(new);
        }
        let text: Vec<String> = lines.iter().map(|c| c.join(";")).collect();
        let text = text.join(ending);
        if let Err(errors) = import_long_csv(template(), &text) {
            assert_clear_csv_errors(&errors, lines.len() + 2)?;
        }
    }
}
