//! Every validation rule of `docs/data-format.md` has an invalid case that breaks it (and only
//! it) — a named mutation of `tests/fixtures/valid-small.json` in `tests/support/invalid.rs`, or
//! a file in `tests/fixtures/invalid/` — and each is refused with an error naming the place in
//! words and the JSON path.
#![cfg(not(target_arch = "wasm32"))]
// A failed setup step should fail the test loudly.
#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::path::{Path, PathBuf};

use maltal::data::convert::{from_bytes, from_json, MAX_FILE_BYTES};
use maltal::data::{DataError, DataErrors, Lang};
use maltal::model::baseline::Area;
use maltal::model::Month;

#[path = "support/invalid.rs"]
mod invalid;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// The errors of the invalid case called `name` (see `tests/support/invalid.rs`).
fn errors_of(name: &str) -> DataErrors {
    let bytes = invalid::bytes(name);
    match from_bytes(&bytes) {
        Ok(_) => panic!("{name} was accepted"),
        Err(e) => e,
    }
}

/// Asserts that one of the file's errors contains every piece of `wanted`.
fn assert_refused(name: &str, wanted: &[&str]) {
    let errors = errors_of(name);
    let lines: Vec<String> = errors.errors().iter().map(ToString::to_string).collect();
    assert!(
        lines.iter().any(|l| wanted.iter().all(|w| l.contains(w))),
        "{name}: no error contains all of {wanted:?}; got:\n{}",
        lines.join("\n")
    );
}

#[test]
fn the_small_valid_fixture_is_accepted_with_its_missing_months_kept_as_missing() {
    let b = from_bytes(&std::fs::read(fixture("valid-small.json")).unwrap()).unwrap();
    assert_eq!(b.municipalities.len(), 3);
    assert_eq!(b.regions.len(), 2);
    let laesoe = b.municipality_index("825").unwrap();
    let ledige = b.indicator_index("ledige").unwrap();
    let series = &b.series(Area::Municipality(laesoe), ledige).unwrap().series;
    assert_eq!(series.get(Month::new(2024, 1).unwrap()), None);
    assert_eq!(series.get(Month::new(2024, 2).unwrap()), Some(12.0));
    let national = b.series(Area::National, ledige).unwrap();
    assert_eq!(national.incomplete.len(), 2);
}

#[test]
fn a_file_with_a_utf8_byte_order_mark_is_accepted() {
    let bytes = std::fs::read(fixture("valid-small-bom.json")).unwrap();
    assert!(bytes.starts_with(&[0xEF, 0xBB, 0xBF]));
    assert!(from_bytes(&bytes).is_ok());
    assert!(from_json(std::str::from_utf8(&bytes).unwrap()).is_ok());
}

#[test]
fn rejects_a_series_for_a_municipality_code_the_file_does_not_define() {
    assert_refused(
        "unknown-municipality-in-series",
        &[
            "område 999, indikator ledige",
            "hverken en kommune, en region eller national",
            "$.series[0].area",
        ],
    );
}

#[test]
fn rejects_a_municipality_code_given_twice() {
    assert_refused(
        "duplicate-municipality-code",
        &[
            "kommune 751 (Aalborg)",
            "findes to gange",
            "$.municipalities[2].code",
        ],
    );
}

#[test]
fn rejects_a_municipality_in_a_region_the_file_does_not_define() {
    assert_refused(
        "missing-region",
        &[
            "kommune 751 (Aarhus)",
            "regionen «1085» findes ikke",
            "$.municipalities[0].region",
        ],
    );
}

#[test]
fn rejects_a_municipality_in_a_group_the_file_does_not_define() {
    assert_refused(
        "missing-group",
        &[
            "kommune 825 (Læsø)",
            "gruppen «landkommuner» findes ikke",
            "$.municipalities[1].group",
        ],
    );
}

#[test]
fn rejects_a_series_of_an_indicator_the_file_does_not_define() {
    assert_refused(
        "missing-indicator-in-series",
        &[
            "kommune 825 (Læsø), indikator ledig",
            "indikatoren «ledig» findes ikke",
            "$.series[1].indicator",
        ],
    );
}

#[test]
fn rejects_a_goal_that_points_to_an_indicator_the_file_does_not_define() {
    assert_refused(
        "missing-indicator-in-goal",
        &[
            "målsæt test-2025, mål loentimer",
            "indikatoren «loentimer2» findes ikke",
            "$.goal_sets[0].goals[1].indicator",
        ],
    );
}

#[test]
fn rejects_months_that_are_not_in_order() {
    assert_refused(
        "months-out-of-order",
        &[
            "kommune 751 (Aarhus), indikator ledige, måned 2024-02",
            "står ikke i rækkefølge (2024-02 efter 2024-03)",
            "$.series[0].months[2]",
        ],
    );
}

#[test]
fn rejects_a_file_with_two_values_for_one_month() {
    assert_refused(
        "duplicate-month",
        &[
            "kommune 751 (Aarhus), indikator ledige, måned 2024-02",
            "måneden står to gange",
            "$.series[0].months[2]",
        ],
    );
}

#[test]
fn rejects_a_gap_in_the_months_instead_of_a_null() {
    assert_refused(
        "gap-in-months",
        &[
            "der mangler måneder mellem 2024-02 og 2024-04",
            "skriv null",
            "$.series[0].months[2]",
        ],
    );
}

#[test]
fn rejects_a_series_spanning_more_than_fifty_years() {
    assert_refused(
        "series-too-long",
        &[
            "kommune 751 (Aarhus), indikator ledige",
            "serien spænder over 601 måneder; Måltal regner på højst 600 (50 år)",
            "$.series[0].months",
        ],
    );
    // Fifty years exactly are accepted.
    let mut v = invalid::mutated("series-too-long");
    for key in ["months", "values"] {
        v["series"][0][key].as_array_mut().unwrap().remove(0);
    }
    from_json(&v.to_string()).expect("600 months are accepted");
}

#[test]
fn rejects_a_month_not_written_as_yyyy_mm() {
    assert_refused(
        "month-wrong-shape",
        &[
            "kommune 751 (Aarhus), indikator ledige",
            "«2024M03» er ikke en måned på formen ÅÅÅÅ-MM",
            "$.series[0].months[2]",
        ],
    );
}

#[test]
fn rejects_a_series_with_fewer_values_than_months() {
    assert_refused(
        "wrong-series-length",
        &[
            "kommune 751 (Aarhus), indikator ledige",
            "serien har 4 måneder men 3 værdier",
            "$.series[0].values",
        ],
    );
}

#[test]
fn rejects_a_negative_count_naming_municipality_indicator_and_month() {
    assert_refused(
        "negative-count",
        &[
            "kommune 751 (Aarhus), indikator ledige, måned 2024-03: negativt tal -12",
            "(JSON-sti $.series[0].values[2])",
        ],
    );
}

#[test]
fn rejects_a_percentage_above_100() {
    assert_refused(
        "percent-above-100",
        &[
            "kommune 751 (Aarhus), indikator loentimer, måned 2024-02",
            "procenten 112.5 ligger ikke mellem 0 og 100",
            "$.series[3].values[1]",
        ],
    );
}

#[test]
fn rejects_a_number_written_as_a_string() {
    assert_refused(
        "number-as-string",
        &[
            "kommune 751 (Aarhus), indikator ledige, måned 2024-02",
            "forventede et tal, men fandt teksten \"6050\"",
            "$.series[0].values[1]",
        ],
    );
}

#[test]
fn rejects_nan_and_infinity_which_are_not_json() {
    for name in ["nan", "infinity"] {
        let errors = errors_of(name);
        assert!(
            matches!(errors.errors(), [DataError::NotJson { line, .. }] if *line > 1),
            "{name}: {errors}"
        );
        assert!(errors.to_string().contains("NaN og Infinity"), "{errors}");
    }
}

#[test]
fn rejects_an_empty_file_and_a_file_of_only_whitespace() {
    assert_eq!(errors_of("empty").errors(), [DataError::Empty]);
    assert_eq!(
        from_json(" \n\t\r\n").unwrap_err().errors(),
        [DataError::Empty]
    );
}

#[test]
fn rejects_an_unknown_format_version_without_guessing() {
    let errors = errors_of("wrong-version");
    assert_eq!(
        errors.errors(),
        [DataError::UnknownVersion { found: "2".into() }]
    );
    assert!(errors.to_string().contains("formatversion 2 kendes ikke"));
}

#[test]
fn rejects_a_json_file_of_another_format() {
    let errors = errors_of("unknown-format");
    assert_eq!(
        errors.errors(),
        [DataError::WrongFormat {
            found: "\"geojson\"".into()
        }]
    );
}

#[test]
fn rejects_a_file_that_is_not_json_at_all() {
    let errors = errors_of("not-json");
    assert!(
        matches!(
            errors.errors(),
            [DataError::NotJson {
                line: 1,
                column: 1,
                ..
            }]
        ),
        "{errors}"
    );
    let binary = from_bytes(&[0x50, 0x4B, 0x03, 0x04, 0xFF, 0xFE, 0x00]).unwrap_err();
    assert!(binary.to_string().contains("ikke UTF-8"), "{binary}");
}

#[test]
fn rejects_an_absurdly_large_file_before_parsing_it() {
    let mut text = std::fs::read_to_string(fixture("valid-small.json")).unwrap();
    text.push_str(&" ".repeat(MAX_FILE_BYTES + 1 - text.len()));
    let errors = from_json(&text).unwrap_err();
    assert_eq!(
        errors.errors(),
        [DataError::TooLarge {
            bytes: MAX_FILE_BYTES + 1,
            limit: MAX_FILE_BYTES
        }]
    );
    assert!(from_bytes(text.as_bytes()).is_err());
    text.truncate(MAX_FILE_BYTES);
    assert!(
        from_json(&text).is_ok(),
        "a file of exactly the limit is read"
    );
}

#[test]
fn rejects_a_field_the_format_does_not_know() {
    assert_refused(
        "unknown-field",
        &[
            "kommune 751 (Aarhus)",
            "ukendt felt «colour»",
            "$.municipalities[0].colour",
        ],
    );
}

#[test]
fn rejects_a_missing_required_field() {
    assert_refused(
        "missing-field",
        &["metadata", "feltet «licence» mangler", "$.meta"],
    );
}

#[test]
fn rejects_a_field_written_twice_instead_of_keeping_the_last() {
    assert_refused(
        "duplicate-key",
        &["feltet «code» står to gange", "$.municipalities[0]"],
    );
}

#[test]
fn rejects_an_unknown_unit() {
    assert_refused(
        "unknown-unit",
        &[
            "indikator ledige",
            "ukendt enhed «kroner»",
            "$.indicators[0].unit",
        ],
    );
}

#[test]
fn rejects_a_goal_measured_in_month_13() {
    assert_refused(
        "goal-month-13",
        &[
            "målsæt test-2025, mål loentimer",
            "måned 13 findes ikke",
            "$.goal_sets[0].goals[1].measure.month",
        ],
    );
}

#[test]
fn rejects_an_incomplete_month_that_is_not_a_month_of_the_series() {
    assert_refused(
        "incomplete-month-outside-series",
        &[
            "hele landet, indikator ledige, måned 2023-12",
            "skal være en af seriens måneder",
            "$.series[5].incomplete[2]",
        ],
    );
}

#[test]
fn rejects_two_series_for_the_same_area_and_indicator() {
    assert_refused(
        "two-series-for-one-area",
        &[
            "kommune 751 (Aarhus), indikator ledige",
            "to serier for samme område og indikator",
            "$.series[6]",
        ],
    );
}

#[test]
fn every_invalid_fixture_is_refused_and_every_error_gives_a_json_path() {
    let mut count = 0;
    for name in invalid::names() {
        for e in errors_of(name).errors() {
            if let DataError::Invalid { path, place, .. } = e {
                assert!(path.starts_with('$'), "{name}: {e}");
                assert!(!place.to_string().is_empty(), "{name}: {e}");
            }
        }
        count += 1;
    }
    assert!(count >= 25, "only {count} fixtures");
}

/// The English text of the file's errors, one per line.
fn english_of(name: &str) -> String {
    errors_of(name).text(Lang::En)
}

#[test]
fn an_unknown_field_is_named_in_english_too() {
    let text = english_of("unknown-field");
    assert!(
        text.contains("municipality 751 (Aarhus): unknown field «colour»"),
        "{text}"
    );
    assert!(
        text.contains("(JSON path $.municipalities[0].colour)"),
        "{text}"
    );
    assert!(
        !text.contains("kommune") && !text.contains("ukendt"),
        "{text}"
    );
}

#[test]
fn a_negative_count_is_named_in_english_with_its_municipality_indicator_and_month() {
    assert_eq!(
        english_of("negative-count"),
        "municipality 751 (Aarhus), indicator ledige, month 2024-03: negative number -12 \
         (JSON path $.series[0].values[2])"
    );
}

#[test]
fn months_out_of_order_and_a_goal_month_13_are_worded_in_english() {
    let text = english_of("months-out-of-order");
    assert!(
        text.contains("the months are not in order (2024-02 after 2024-03)"),
        "{text}"
    );
    let text = english_of("goal-month-13");
    assert!(
        text.contains("goal set test-2025, goal loentimer: there is no month 13 (1–12)"),
        "{text}"
    );
}

#[test]
fn a_number_written_as_a_string_is_explained_in_english() {
    let text = english_of("number-as-string");
    assert!(
        text.contains("expected a number, but found the text \"6050\""),
        "{text}"
    );
}

#[test]
fn file_level_errors_are_worded_in_english_too() {
    assert_eq!(english_of("empty"), "the file is empty");
    assert_eq!(
        english_of("wrong-version"),
        "format version 2 is not known; this edition of Måltal reads version 1"
    );
    let nan = english_of("nan");
    assert!(
        nan.starts_with("the file is not valid JSON (line "),
        "{nan}"
    );
    assert!(
        nan.contains("NaN and Infinity are not numbers in JSON"),
        "{nan}"
    );
    let binary = from_bytes(&[0x50, 0x4B, 0xFF]).unwrap_err().text(Lang::En);
    assert!(binary.contains("the text is not UTF-8"), "{binary}");
}

#[test]
fn the_danish_text_is_what_display_shows() {
    for name in ["unknown-field", "negative-count", "wrong-version"] {
        let errors = errors_of(name);
        assert_eq!(errors.text(Lang::Da), errors.to_string(), "{name}");
        for e in errors.errors() {
            assert_eq!(e.text(Lang::Da), e.to_string(), "{name}");
        }
    }
}

#[test]
fn every_mutation_changes_the_valid_fixture_and_every_case_has_one_name() {
    let valid = invalid::valid();
    for (name, _) in invalid::MUTATIONS {
        assert_ne!(invalid::mutated(name), valid, "{name} changes nothing");
    }
    let mut names: Vec<&str> = invalid::names().collect();
    names.sort_unstable();
    let count = names.len();
    names.dedup();
    assert_eq!(names.len(), count, "a name is used twice");
    let mut files: Vec<String> = std::fs::read_dir(fixture("invalid"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
        .collect();
    files.sort();
    let listed: Vec<String> = invalid::FILES.iter().map(|n| format!("{n}.json")).collect();
    assert_eq!(
        files, listed,
        "tests/fixtures/invalid/ holds exactly invalid::FILES"
    );
}

/// Writes every invalid case to `$MALTAL_INVALID_DIR` as `<name>.json` when that is set (to look
/// at one or to give it to `maltal validate`, as `docs/cli.md` shows), else to a temporary
/// folder; either way each file written is the case and is refused.
#[test]
fn the_invalid_cases_can_be_written_out() {
    let temporary;
    let (dir, paths) = match std::env::var_os("MALTAL_INVALID_DIR") {
        Some(dir) => {
            let dir = PathBuf::from(dir);
            let paths = invalid::write_all(&dir);
            (dir, paths)
        }
        None => {
            temporary = invalid::WrittenOut::new("validation");
            (temporary.dir().to_path_buf(), temporary.paths().to_vec())
        }
    };
    assert_eq!(paths.len(), invalid::names().count());
    for (name, path) in invalid::names().zip(&paths) {
        assert_eq!(path, &dir.join(format!("{name}.json")));
        let bytes = std::fs::read(path).unwrap();
        assert_eq!(bytes, invalid::bytes(name), "{name}");
        assert!(from_bytes(&bytes).is_err(), "{name} was accepted");
    }
}

#[test]
fn a_file_may_declare_an_expected_break_after_its_data_month() {
    // A region announces a reform that takes effect after its latest figures: the file is
    // valid, and the break is kept as declared.
    let text = std::fs::read_to_string(fixture("valid-small.json")).expect("fixture");
    let mut value: serde_json::Value = serde_json::from_str(&text).expect("JSON");
    value["indicators"][0]["breaks"] = serde_json::json!([{
        "month": "2026-01",
        "note": {"da": "Forventet reform 1. januar 2026.", "en": "Expected reform on 1 January 2026."}
    }]);
    let b = from_json(&value.to_string()).expect("a future break is accepted");
    let ledige = b.indicator_index("ledige").expect("ledige");
    let month = Month::new(2026, 1).expect("month");
    assert!(month > b.meta.data_month, "the break lies after the data");
    let breaks: Vec<Month> = b.indicators[ledige]
        .breaks
        .iter()
        .map(|br| br.month)
        .collect();
    assert_eq!(breaks, [month]);
    assert_eq!(
        b.indicators[ledige].breaks[0].note.get("en"),
        "Expected reform on 1 January 2026."
    );
}

#[test]
fn the_line_of_a_syntax_error_or_a_bad_byte_is_right_with_lf_crlf_and_lone_cr_endings() {
    for ending in ["\n", "\r\n", "\r"] {
        let text = [
            "{",
            "  \"format\": \"maltal-baseline\",",
            "  \"version\": 1,,",
            "}",
        ]
        .join(ending);
        let errors = from_json(&text).unwrap_err();
        assert!(
            matches!(
                errors.errors(),
                [DataError::NotJson {
                    line: 3,
                    column: 16,
                    ..
                }]
            ),
            "{ending:?}: {errors}"
        );
        let mut bytes = ["{", "  \"a\": \"x"].join(ending).into_bytes();
        bytes.extend_from_slice(&[0xE6, b'"', b'}']);
        let errors = from_bytes(&bytes).unwrap_err();
        assert!(
            matches!(
                errors.errors(),
                [DataError::NotJson {
                    line: 2,
                    column: 10,
                    ..
                }]
            ),
            "{ending:?}: {errors}"
        );
    }
}
