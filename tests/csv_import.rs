//! The plain long CSV import (`maltal convert --csv`): a region's own figures replace the
//! template's series, aggregates are derived again, and a bad line is named by its number.
#![cfg(not(target_arch = "wasm32"))]
// A failed setup step should fail the test loudly.
#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::path::Path;

use maltal::data::build::{to_json, BuildError};
use maltal::data::convert::{validate_wire, wire_from_json};
use maltal::data::csv_import::{import_long_csv, CsvImport};
use maltal::data::schema::{WireBaseline, WireSeries};

fn read(rel: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(rel);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn template() -> WireBaseline {
    wire_from_json(&read("tests/fixtures/valid-small.json")).unwrap()
}

fn import(csv: &str) -> CsvImport {
    import_long_csv(&template(), csv).unwrap_or_else(|e| panic!("refused: {e:?}"))
}

fn import_fixture(name: &str) -> Result<CsvImport, Vec<BuildError>> {
    import_long_csv(&template(), &read(&format!("tests/fixtures/csv/{name}")))
}

fn series<'a>(b: &'a WireBaseline, area: &str, indicator: &str) -> &'a WireSeries {
    b.series
        .iter()
        .find(|s| s.area == area && s.indicator == indicator)
        .unwrap_or_else(|| panic!("no series {area} {indicator}"))
}

fn only_error(name: &str) -> String {
    let errors = import_fixture(name).unwrap_err();
    assert_eq!(errors.len(), 1, "{errors:?}");
    errors[0].to_string()
}

#[test]
fn a_semicolon_file_with_decimal_comma_bom_and_both_month_notations_is_imported() {
    let result = import_fixture("good-semicolon-decimal-comma.csv").unwrap();
    assert_eq!(result.rows, 15);
    assert_eq!(result.series, 4);
    assert_eq!(result.indicators, ["ledige", "loentimer"]);
    let b = &result.baseline;
    let aarhus = series(b, "751", "ledige");
    assert_eq!(aarhus.months.first().unwrap(), "2024-01");
    assert_eq!(aarhus.values.last().unwrap(), &Some(5801.5));
    assert_eq!(aarhus.provenance, "observed");
    // Læsø: an empty value and a month with no line are both missing.
    assert_eq!(
        series(b, "825", "ledige").values,
        [None, Some(12.0), None, Some(10.0), Some(9.0), None]
    );
    assert_eq!(
        b.meta.data_date, "2024-06",
        "the data date follows the new months"
    );
    assert!(validate_wire(b).is_ok());
}

#[test]
fn imported_output_is_exactly_the_committed_expected_file() {
    let result = import_fixture("good-semicolon-decimal-comma.csv").unwrap();
    assert!(
        to_json(&result.baseline).unwrap() == read("tests/fixtures/csv/expected-small.json"),
        "tests/fixtures/csv/expected-small.json is stale: rerun maltal convert --csv (see docs/cli.md)"
    );
}

#[test]
fn aggregates_are_summed_again_with_months_missing_a_municipality_marked_incomplete() {
    let b = import_fixture("good-semicolon-decimal-comma.csv")
        .unwrap()
        .baseline;
    let national = series(&b, "national", "ledige");
    assert_eq!(national.provenance, "derived");
    // May 2024: Aarhus 5850 + Læsø 9; Aalborg has no May in the template.
    let may = national.months.iter().position(|m| m == "2024-05").unwrap();
    assert_eq!(national.values[may], Some(5859.0));
    assert!(national.incomplete.contains(&"2024-05".to_string()));
    assert!(!national.incomplete.contains(&"2024-02".to_string()));
    let midt = series(&b, "1082", "ledige");
    assert!(midt.incomplete.is_empty());
    assert_eq!(midt.values, series(&b, "751", "ledige").values);
}

#[test]
fn a_percent_without_a_known_denominator_is_weighted_by_population_and_says_so() {
    let b = import("kommunekode;indikator;maaned;vaerdi\n751;loentimer;2024-01;10\n825;loentimer;2024-01;20\n851;loentimer;2024-01;30\n")
        .baseline;
    let nord = series(&b, "1081", "loentimer");
    assert!(nord.note.contains("Befolkningsvægtet"), "{}", nord.note);
    // Aalborg (851) has no population in the template, so only Læsø counts, and the month
    // is marked incomplete.
    assert_eq!(nord.values, [Some(20.0)]);
    assert_eq!(nord.incomplete, ["2024-01"]);
    let national = series(&b, "national", "loentimer");
    let expected = (10.0 * 367_095.0 + 20.0 * 1747.0) / (367_095.0 + 1747.0);
    let got = national.values[0].unwrap();
    assert!(
        (got - expected).abs() <= 0.05,
        "national {got} vs population-weighted {expected}"
    );
}

#[test]
fn a_comma_separated_file_with_four_digit_codes_and_quoted_decimal_commas_is_imported() {
    let b = import_fixture("good-comma-separated.csv").unwrap().baseline;
    assert_eq!(
        series(&b, "851", "ledige").values,
        [Some(3950.0), Some(3900.5)]
    );
}

#[test]
fn the_default_dataset_takes_a_csv_and_recomputes_the_share_from_its_denominator() {
    let template = wire_from_json(&read("data/baseline.json")).unwrap();
    let csv = "kommunekode;indikator;maaned;vaerdi\n751;kontanthjaelp;2025-06;5000\n751;kontanthjaelp;2025-07;4900\n";
    let result = import_long_csv(&template, csv).unwrap();
    assert_eq!(result.indicators, ["kontanthjaelp", "loentimer"]);
    let b = &result.baseline;
    assert_eq!(
        series(b, "751", "kontanthjaelp").months,
        ["2025-06", "2025-07"]
    );
    let national = series(b, "national", "loentimer");
    assert!(national.note.contains("nævner"), "{}", national.note);
}

#[test]
fn a_bad_month_is_refused_naming_its_line() {
    let e = only_error("bad-month.csv");
    assert!(e.starts_with("linje 3: «2024-13» er ikke en måned"), "{e}");
}

#[test]
fn an_unknown_municipality_is_refused_naming_its_line() {
    let e = only_error("unknown-municipality.csv");
    assert_eq!(e, "linje 3: kommunekoden «999» findes ikke i skabelonen");
}

#[test]
fn an_unknown_indicator_is_refused_naming_its_line_and_the_known_ones() {
    let e = only_error("unknown-indicator.csv");
    assert!(
        e.starts_with("linje 3: indikatoren «ledighed» findes ikke")
            && e.contains("ledige, loentimer"),
        "{e}"
    );
}

#[test]
fn a_duplicate_row_is_refused_naming_both_lines_even_across_month_notations() {
    let e = only_error("duplicate-row.csv");
    assert_eq!(
        e,
        "linje 4: kommune 751, indikator ledige, måned 2024-05 står også på linje 2"
    );
}

#[test]
fn wrong_headers_values_and_field_counts_are_refused_with_their_lines() {
    let t = template();
    let cases = [
        ("", "linje 1: filen er tom"),
        (
            "kode;indikator;maaned;vaerdi\n",
            "linje 1: overskriften skal være",
        ),
        (
            "kommunekode;indikator;maaned;vaerdi\n",
            "linje 2: filen har ingen datalinjer",
        ),
        (
            "kommunekode;indikator;maaned;vaerdi\n751;ledige;2024-05\n",
            "linje 2: linjen har 3 felter",
        ),
        (
            "kommunekode;indikator;maaned;vaerdi\n751;ledige;2024-05;-3\n",
            "linje 2: kommune 751 (Aarhus), indikator ledige, måned 2024-05: negativt tal -3",
        ),
        (
            "kommunekode;indikator;maaned;vaerdi\n751;loentimer;2024-05;100,5\n",
            "procenten 100.5 ligger ikke mellem 0 og 100",
        ),
        (
            "kommunekode;indikator;maaned;vaerdi\n751;ledige;2024-05;1.234,5\n",
            "linje 2: «1.234,5» har både komma og punktum",
        ),
        (
            "kommunekode;indikator;maaned;vaerdi\n751;ledige;2024-05;NaN\n",
            "linje 2: «NaN» er ikke et tal",
        ),
        (
            "kommunekode;indikator;maaned;vaerdi\n751;ledige;2024-05;tolv\n",
            "linje 2: «tolv» er ikke et tal",
        ),
    ];
    for (csv, wanted) in cases {
        let errors = import_long_csv(&t, csv).unwrap_err();
        assert!(
            errors.iter().any(|e| e.to_string().contains(wanted)),
            "{csv:?}: wanted «{wanted}», got {errors:?}"
        );
    }
}

#[test]
fn every_bad_line_is_reported_not_only_the_first() {
    let csv = "kommunekode;indikator;maaned;vaerdi\n999;ledige;2024-05;1\n751;x;2024-05;1\n751;ledige;maj;1\n";
    let errors = import_long_csv(&template(), csv).unwrap_err();
    let lines: Vec<String> = errors.iter().map(ToString::to_string).collect();
    assert!(lines[0].starts_with("linje 2:"), "{lines:?}");
    assert!(lines[1].starts_with("linje 3:"), "{lines:?}");
    assert!(lines[2].starts_with("linje 4:"), "{lines:?}");
}

/// The good fixture with its line endings replaced by `ending` and the month of data line 5
/// (file line 6) replaced by `month`.
fn good_with(ending: &str, month: &str) -> String {
    read("tests/fixtures/csv/good-semicolon-decimal-comma.csv")
        .lines()
        .enumerate()
        .map(|(i, l)| {
            if i == 5 {
                l.replace("2024M05", month)
            } else {
                l.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(ending)
}

#[test]
fn the_line_of_an_error_is_right_with_lf_crlf_and_lone_cr_line_endings() {
    for ending in ["\n", "\r\n", "\r"] {
        let errors = import_long_csv(&template(), &good_with(ending, "2024-13")).unwrap_err();
        let text: Vec<String> = errors.iter().map(ToString::to_string).collect();
        assert_eq!(text.len(), 1, "{ending:?}: {text:?}");
        assert!(
            text[0].starts_with("linje 6: «2024-13» er ikke en måned"),
            "{ending:?}: {text:?}"
        );
        let good = import_long_csv(&template(), &good_with(ending, "2024M05"));
        assert_eq!(good.map(|i| i.rows).ok(), Some(15), "{ending:?}");
    }
}

#[test]
fn a_month_far_from_the_rest_of_the_file_is_refused_by_line_as_a_year_typo() {
    let errors = import_long_csv(&template(), &good_with("\n", "2205-05")).unwrap_err();
    let text: Vec<String> = errors.iter().map(ToString::to_string).collect();
    assert_eq!(
        text,
        ["linje 6: måneden 2205-05 ligger mere end 5 år fra filens øvrige måneder (2024-01 til 2024-06); er årstallet skrevet forkert?"]
    );
    // Two typos of the same year are still the smaller part of the file.
    let two = good_with("\n", "2205-05").replace("751;ledige;2024M06", "751;ledige;2205-06");
    assert_eq!(import_long_csv(&template(), &two).unwrap_err().len(), 2);
    // Five years apart is a long series, not a typo.
    let long = good_with("\n", "2019-01");
    assert_eq!(
        import_long_csv(&template(), &long).map(|i| i.rows).ok(),
        Some(15)
    );
}
