//! Property tests of the validator: whatever bytes it is given it never panics, and a random
//! rule-breaking change to the default dataset is always refused with that rule's error at
//! the changed place.
#![cfg(not(target_arch = "wasm32"))]
// A failed setup step should fail the test loudly.
#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::path::Path;
use std::sync::OnceLock;

use maltal::data::convert::{from_bytes, from_json};
use proptest::prelude::*;
use serde_json::{json, Value};

fn read(rel: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(rel);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The default dataset, parsed once.
fn default_file() -> &'static Value {
    static FILE: OnceLock<Value> = OnceLock::new();
    FILE.get_or_init(|| serde_json::from_str(&read("data/baseline.json")).unwrap())
}

fn small_text() -> &'static str {
    static TEXT: OnceLock<String> = OnceLock::new();
    TEXT.get_or_init(|| read("tests/fixtures/valid-small.json"))
}

/// Refuses `file` and returns every error as a line of text.
fn refused(file: &Value) -> Vec<String> {
    match from_json(&serde_json::to_string(file).unwrap()) {
        Ok(_) => panic!("a file breaking a rule was accepted"),
        Err(e) => e.errors().iter().map(ToString::to_string).collect(),
    }
}

fn assert_reported(errors: &[String], problem: &str, path: &str) {
    assert!(
        errors
            .iter()
            .any(|e| e.contains(problem) && e.contains(&format!("(JSON-sti {path})"))),
        "expected «{problem}» at {path}; got:\n{}",
        errors.join("\n")
    );
}

/// Series index and value index of a non-missing value, chosen by two random numbers.
fn some_value(file: &Value, a: usize, b: usize, only_percent: bool) -> (usize, usize) {
    let percent: Vec<&str> = file["indicators"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["unit"] == "percent")
        .map(|i| i["id"].as_str().unwrap())
        .collect();
    let candidates: Vec<usize> = file["series"]
        .as_array()
        .unwrap()
        .iter()
        .enumerate()
        .filter(|(_, s)| !only_percent || percent.contains(&s["indicator"].as_str().unwrap()))
        // A series may be all gaps (no value to change).
        .filter(|(_, s)| s["values"].as_array().unwrap().iter().any(|v| !v.is_null()))
        .map(|(i, _)| i)
        .collect();
    let s = candidates[a % candidates.len()];
    let values = file["series"][s]["values"].as_array().unwrap();
    let present: Vec<usize> = (0..values.len())
        .filter(|&j| !values[j].is_null())
        .collect();
    (s, present[b % present.len()])
}

fn series_count(file: &Value) -> usize {
    file["series"].as_array().unwrap().len()
}

fn months_len(file: &Value, s: usize) -> usize {
    file["series"][s]["months"].as_array().unwrap().len()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_make_the_validator_panic(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        let _ = from_bytes(&bytes);
        let _ = from_json(&String::from_utf8_lossy(&bytes));
    }

    #[test]
    fn a_small_file_with_random_bytes_spliced_in_never_makes_the_validator_panic(
        at in any::<usize>(),
        cut in 0usize..8,
        insert in proptest::collection::vec(any::<u8>(), 0..8),
    ) {
        let text = small_text().as_bytes();
        let at = at % text.len();
        let mut bytes = text[..at].to_vec();
        bytes.extend_from_slice(&insert);
        bytes.extend_from_slice(text.get(at + cut..).unwrap_or_default());
        let _ = from_bytes(&bytes);
    }

    #[test]
    fn random_json_in_a_random_place_of_a_small_file_never_makes_the_validator_panic(
        path in proptest::collection::vec(any::<usize>(), 1..6),
        choice in 0usize..10,
        number in any::<f64>(),
    ) {
        let mut file: Value = serde_json::from_str(small_text()).unwrap();
        let replacement = match choice {
            0 => Value::Null,
            1 => json!(number.is_finite().then_some(number)),
            2 => json!("2024-13"),
            3 => json!([]),
            4 => json!({}),
            5 => json!(true),
            6 => json!(-1),
            7 => json!("national"),
            8 => json!([null, null]),
            _ => json!(u64::MAX),
        };
        // Walk down by the random steps, noting a JSON pointer, then replace that node.
        let mut pointer = String::new();
        let mut node = &file;
        for step in &path {
            let next = match node {
                Value::Object(map) if !map.is_empty() => {
                    let (key, value) = map.iter().nth(step % map.len()).unwrap();
                    pointer.push_str(&format!("/{}", key.replace('~', "~0").replace('/', "~1")));
                    value
                }
                Value::Array(items) if !items.is_empty() => {
                    let i = step % items.len();
                    pointer.push_str(&format!("/{i}"));
                    &items[i]
                }
                _ => break,
            };
            node = next;
        }
        *file.pointer_mut(&pointer).unwrap() = replacement;
        let _ = from_json(&serde_json::to_string(&file).unwrap());
    }
}

proptest! {
    // Each case validates the whole default file (about 0.3 MB), so few cases suffice.
    #![proptest_config(ProptestConfig { cases: 12, ..ProptestConfig::default() })]

    #[test]
    fn a_negative_value_anywhere_in_the_default_file_is_refused_at_its_place(a in any::<usize>(), b in any::<usize>(), v in 0.001f64..1e6) {
        let mut file = default_file().clone();
        let (s, j) = some_value(&file, a, b, false);
        file["series"][s]["values"][j] = json!(-v);
        assert_reported(&refused(&file), "negativt tal", &format!("$.series[{s}].values[{j}]"));
    }

    #[test]
    fn a_number_written_as_a_string_in_the_default_file_is_refused_at_its_place(a in any::<usize>(), b in any::<usize>()) {
        let mut file = default_file().clone();
        let (s, j) = some_value(&file, a, b, false);
        let text = file["series"][s]["values"][j].to_string();
        file["series"][s]["values"][j] = json!(text);
        assert_reported(&refused(&file), "forventede et tal", &format!("$.series[{s}].values[{j}]"));
    }

    #[test]
    fn a_percentage_above_100_in_the_default_file_is_refused_at_its_place(a in any::<usize>(), b in any::<usize>(), v in 100.01f64..1e4) {
        let mut file = default_file().clone();
        let (s, j) = some_value(&file, a, b, true);
        file["series"][s]["values"][j] = json!(v);
        assert_reported(&refused(&file), "ligger ikke mellem 0 og 100", &format!("$.series[{s}].values[{j}]"));
    }

    #[test]
    fn two_swapped_months_in_the_default_file_are_refused_as_out_of_order(a in any::<usize>(), b in any::<usize>(), c in any::<usize>()) {
        let mut file = default_file().clone();
        let s = a % series_count(&file);
        let n = months_len(&file, s);
        let (j, k) = (b % n, c % n);
        prop_assume!(j != k);
        let (j, k) = (j.min(k), j.max(k));
        file["series"][s]["months"].as_array_mut().unwrap().swap(j, k);
        assert_reported(&refused(&file), "står ikke i rækkefølge", &format!("$.series[{s}].months[{k}]"));
    }

    #[test]
    fn a_month_written_twice_in_the_default_file_is_refused(a in any::<usize>(), b in any::<usize>()) {
        let mut file = default_file().clone();
        let s = a % series_count(&file);
        let k = 1 + b % (months_len(&file, s) - 1);
        let previous = file["series"][s]["months"][k - 1].clone();
        file["series"][s]["months"][k] = previous;
        assert_reported(&refused(&file), "måneden står to gange", &format!("$.series[{s}].months[{k}]"));
    }

    #[test]
    fn a_deleted_month_in_the_default_file_is_refused_as_a_wrong_series_length(a in any::<usize>(), b in any::<usize>()) {
        let mut file = default_file().clone();
        let s = a % series_count(&file);
        let n = months_len(&file, s);
        file["series"][s]["months"].as_array_mut().unwrap().remove(b % n);
        assert_reported(
            &refused(&file),
            &format!("serien har {} måneder men {n} værdier", n - 1),
            &format!("$.series[{s}].values"),
        );
    }

    #[test]
    fn a_changed_municipality_code_leaves_its_series_pointing_nowhere(a in any::<usize>(), new in 0u32..1000) {
        let mut file = default_file().clone();
        let munis = file["municipalities"].as_array().unwrap();
        let m = a % munis.len();
        let old = munis[m]["code"].as_str().unwrap().to_string();
        let new = format!("{new:03}");
        prop_assume!(!munis.iter().any(|x| x["code"] == new.as_str()));
        file["municipalities"][m]["code"] = json!(new);
        let first_series = file["series"]
            .as_array()
            .unwrap()
            .iter()
            .position(|s| s["area"] == old.as_str())
            .unwrap();
        assert_reported(
            &refused(&file),
            &format!("området «{old}» er hverken en kommune"),
            &format!("$.series[{first_series}].area"),
        );
    }

    #[test]
    fn a_municipality_code_given_twice_in_the_default_file_is_refused(a in any::<usize>(), b in any::<usize>()) {
        let mut file = default_file().clone();
        let n = file["municipalities"].as_array().unwrap().len();
        let (j, k) = (a % n, b % n);
        prop_assume!(j != k);
        let (j, k) = (j.min(k), j.max(k));
        let code = file["municipalities"][j]["code"].clone();
        file["municipalities"][k]["code"] = code;
        assert_reported(&refused(&file), "findes to gange", &format!("$.municipalities[{k}].code"));
    }
}
