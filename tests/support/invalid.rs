//! The invalid test files: each breaks one rule of `docs/data-format.md`.
//!
//! Most are `tests/fixtures/valid-small.json` with one named change ([`MUTATIONS`]), so a change
//! of the format is one edit to the valid file (and perhaps to a mutation here). The few that a
//! `serde_json::Value` cannot hold — not JSON, empty, `NaN`/`Infinity`, a key written twice —
//! stay files in `tests/fixtures/invalid/` ([`FILES`]).
//!
//! Included by the tests that need it with `#[path = "support/invalid.rs"] mod invalid;`.

// Each test file uses only part of this module.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use serde_json::{json, Value};

/// A change that breaks one rule of the valid file.
pub type Mutation = fn(&mut Value);

/// The value at a JSON pointer, which must exist: a mutation whose place has gone (after a change
/// of the valid file) fails loudly instead of breaking something else.
fn at<'a>(v: &'a mut Value, pointer: &str) -> &'a mut Value {
    v.pointer_mut(pointer)
        .unwrap_or_else(|| panic!("the valid fixture has nothing at {pointer}"))
}

fn object<'a>(v: &'a mut Value, pointer: &str) -> &'a mut serde_json::Map<String, Value> {
    at(v, pointer)
        .as_object_mut()
        .unwrap_or_else(|| panic!("{pointer} is not an object"))
}

fn array<'a>(v: &'a mut Value, pointer: &str) -> &'a mut Vec<Value> {
    at(v, pointer)
        .as_array_mut()
        .unwrap_or_else(|| panic!("{pointer} is not an array"))
}

/// Every invalid case made from the valid file, by name (the name of the file it once was,
/// without `.json`).
pub const MUTATIONS: &[(&str, Mutation)] = &[
    ("duplicate-month", |v| {
        *at(v, "/series/0/months/2") = json!("2024-02");
        *at(v, "/series/0/months/3") = json!("2024-03");
    }),
    ("duplicate-municipality-code", |v| {
        // Aalborg takes Aarhus's code; its own series goes, as it would name an unknown area.
        *at(v, "/municipalities/2/code") = json!("751");
        let series = array(v, "/series");
        let before = series.len();
        series.retain(|s| s["area"] != "851");
        assert_eq!(series.len(), before - 1, "one series of 851");
    }),
    ("gap-in-months", |v| {
        *at(v, "/series/0/months/2") = json!("2024-04");
        *at(v, "/series/0/months/3") = json!("2024-05");
    }),
    ("series-too-long", |v| {
        // 601 months, 50 years and one month, ending where the series did (2024-04).
        let months: Vec<Value> = (0..601)
            .map(|k| {
                let index = 2024 * 12 + 3 - 600 + k;
                json!(format!("{:04}-{:02}", index / 12, index % 12 + 1))
            })
            .collect();
        *at(v, "/series/0/values") = json!(vec![6100; 601]);
        *at(v, "/series/0/months") = Value::Array(months);
    }),
    ("goal-month-13", |v| {
        *at(v, "/goal_sets/0/goals/1/measure/month") = json!(13);
    }),
    ("incomplete-month-outside-series", |v| {
        array(v, "/series/5/incomplete").push(json!("2023-12"));
    }),
    ("missing-field", |v| {
        object(v, "/meta")
            .remove("licence")
            .expect("meta has a licence");
    }),
    ("missing-group", |v| {
        *at(v, "/municipalities/1/group") = json!("landkommuner");
    }),
    ("missing-indicator-in-goal", |v| {
        *at(v, "/goal_sets/0/goals/1/indicator") = json!("loentimer2");
    }),
    ("missing-indicator-in-series", |v| {
        *at(v, "/series/1/indicator") = json!("ledig");
    }),
    ("missing-region", |v| {
        *at(v, "/municipalities/0/region") = json!("1085");
    }),
    ("month-wrong-shape", |v| {
        *at(v, "/series/0/months/2") = json!("2024M03");
    }),
    ("months-out-of-order", |v| {
        array(v, "/series/0/months").swap(1, 2);
    }),
    ("negative-count", |v| {
        *at(v, "/series/0/values/2") = json!(-12);
    }),
    ("number-as-string", |v| {
        *at(v, "/series/0/values/1") = json!("6050");
    }),
    ("percent-above-100", |v| {
        *at(v, "/series/3/values/1") = json!(112.5);
    }),
    ("two-series-for-one-area", |v| {
        let first = at(v, "/series/0").clone();
        array(v, "/series").push(first);
    }),
    ("unknown-field", |v| {
        object(v, "/municipalities/0").insert("colour".into(), json!("blå"));
    }),
    ("unknown-format", |v| {
        *at(v, "/format") = json!("geojson");
    }),
    ("unknown-municipality-in-series", |v| {
        *at(v, "/series/0/area") = json!("999");
    }),
    ("unknown-unit", |v| {
        *at(v, "/indicators/0/unit") = json!("kroner");
    }),
    ("wrong-series-length", |v| {
        array(v, "/series/0/values")
            .pop()
            .expect("the series has values");
    }),
    ("wrong-version", |v| {
        *at(v, "/version") = json!(2);
    }),
];

/// The invalid cases kept as files in `tests/fixtures/invalid/` (`<name>.json`): a
/// `serde_json::Value` cannot hold them.
pub const FILES: &[&str] = &["duplicate-key", "empty", "infinity", "nan", "not-json"];

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// The valid fixture every mutation starts from.
pub fn valid() -> Value {
    let text = std::fs::read_to_string(fixtures().join("valid-small.json")).unwrap();
    serde_json::from_str(&text).unwrap()
}

/// Every invalid case by name: the mutations, then the files.
pub fn names() -> impl Iterator<Item = &'static str> {
    MUTATIONS
        .iter()
        .map(|(name, _)| *name)
        .chain(FILES.iter().copied())
}

/// The mutation called `name`, if there is one.
pub fn mutation(name: &str) -> Option<Mutation> {
    MUTATIONS.iter().find(|(n, _)| *n == name).map(|(_, m)| *m)
}

/// The valid fixture with the mutation called `name` applied.
pub fn mutated(name: &str) -> Value {
    let m = mutation(name).unwrap_or_else(|| panic!("no invalid mutation called «{name}»"));
    let mut v = valid();
    m(&mut v);
    v
}

/// The bytes of the invalid case called `name`: a mutation written as pretty JSON, or a file.
pub fn bytes(name: &str) -> Vec<u8> {
    if mutation(name).is_some() {
        serde_json::to_vec_pretty(&mutated(name)).unwrap()
    } else {
        assert!(FILES.contains(&name), "no invalid case called «{name}»");
        let path = fixtures().join("invalid").join(format!("{name}.json"));
        std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    }
}

/// The text of the invalid case called `name` (every case is UTF-8).
pub fn text(name: &str) -> String {
    String::from_utf8(bytes(name)).unwrap()
}

/// Writes every invalid case, mutations and files alike, to `dir` as `<name>.json` and returns
/// the paths written, in the order of [`names`].
pub fn write_all(dir: &Path) -> Vec<PathBuf> {
    std::fs::create_dir_all(dir).unwrap();
    names()
        .map(|name| {
            let path = dir.join(format!("{name}.json"));
            std::fs::write(&path, bytes(name)).unwrap();
            path
        })
        .collect()
}

/// Every invalid case written out as `<name>.json` to a fresh folder under the system's
/// temporary folder (unique to this process and `label`); the folder goes when this is dropped.
pub struct WrittenOut {
    dir: PathBuf,
    paths: Vec<PathBuf>,
}

impl WrittenOut {
    pub fn new(label: &str) -> Self {
        use std::sync::atomic::{AtomicUsize, Ordering};
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let dir = std::env::temp_dir().join(format!(
            "maltal-invalid-{}-{}-{label}",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::Relaxed)
        ));
        if dir.exists() {
            std::fs::remove_dir_all(&dir).unwrap();
        }
        let paths = write_all(&dir);
        WrittenOut { dir, paths }
    }

    /// The folder the cases are in.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Where the case called `name` was written.
    pub fn path(&self, name: &str) -> PathBuf {
        assert!(
            names().any(|n| n == name),
            "no invalid case called «{name}»"
        );
        self.dir.join(format!("{name}.json"))
    }

    /// Every file written, in the order of [`names`].
    pub fn paths(&self) -> &[PathBuf] {
        &self.paths
    }
}

impl Drop for WrittenOut {
    fn drop(&mut self) {
        // Only tidying: a folder left behind in the temporary folder harms nothing.
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}
