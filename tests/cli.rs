//! The data tool from the outside: the built `maltal` binary, its output and its exit codes
//! (0 ok, 1 invalid data, 2 wrong usage), as documented in `docs/cli.md`.
#![cfg(not(target_arch = "wasm32"))]
// A failed setup step should fail the test loudly.
#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

#[path = "support/invalid.rs"]
mod invalid;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Runs `maltal` in the repository root, so the default paths are found.
fn maltal(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_maltal"))
        .args(args)
        .current_dir(root())
        .output()
        .unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

fn temp_file(name: &str) -> PathBuf {
    std::env::temp_dir().join(format!("maltal-cli-{}-{name}", std::process::id()))
}

#[test]
fn validate_prints_a_one_line_summary_and_exits_0_for_the_default_file() {
    let o = maltal(&["validate", "data/baseline.json"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert_eq!(out.lines().count(), 1, "{out}");
    assert!(
        out.starts_with("data/baseline.json: gyldig – 98 kommuner, 5 regioner, 13 indikatorer"),
        "{out}"
    );
    assert!(out.contains("data til 2025-07"), "{out}");
    assert!(stderr(&o).is_empty());
}

#[test]
fn validate_accepts_a_file_with_a_byte_order_mark() {
    let o = maltal(&["validate", "tests/fixtures/valid-small-bom.json"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
}

#[test]
fn validate_exits_1_with_one_error_per_line_on_stderr_for_an_invalid_file() {
    let cases = invalid::WrittenOut::new("cli-validate");
    let negative = cases.path("negative-count");
    let o = maltal(&["validate", negative.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stdout(&o).is_empty());
    assert_eq!(
        stderr(&o),
        "kommune 751 (Aarhus), indikator ledige, måned 2024-03: negativt tal -12 (JSON-sti $.series[0].values[2])\n"
    );
    let out_of_order = cases.path("months-out-of-order");
    let o = maltal(&["validate", out_of_order.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert_eq!(err.lines().count(), 3, "{err}");
    assert!(
        err.lines()
            .all(|l| l.contains("(JSON-sti $.series[0].months[")),
        "{err}"
    );
}

#[test]
fn validate_exits_1_for_every_invalid_fixture() {
    let cases = invalid::WrittenOut::new("cli-every");
    let mut count = 0;
    for path in std::fs::read_dir(cases.dir()).unwrap() {
        let path = path.unwrap().path();
        count += 1;
        let o = maltal(&["validate", path.to_str().unwrap()]);
        assert_eq!(o.status.code(), Some(1), "{}", path.display());
        assert!(!stderr(&o).trim().is_empty(), "{}", path.display());
    }
    assert_eq!(count, cases.paths().len(), "every case was written");
}

#[test]
fn show_prints_csv_with_an_empty_value_for_a_suppressed_month() {
    let o = maltal(&["show", "--kommune", "825", "--indikator", "langtidsledige"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines[0], "maaned,vaerdi");
    assert_eq!(
        lines[1], "2023-08,",
        "Læsø's long-term figure is suppressed"
    );
    assert_eq!(lines.len(), 1 + 24, "2023-08 to 2025-07");
    assert_eq!(lines.last().unwrap(), &"2025-07,");
    let shown: Vec<&str> = lines
        .iter()
        .filter(|l| !l.ends_with(','))
        .copied()
        .collect();
    assert!(
        shown.len() >= 2 && shown[1..].iter().all(|l| l.starts_with("2024-0")),
        "{shown:?}"
    );
}

#[test]
fn csv_output_cannot_run_a_formula_from_the_data_file() {
    // A data file whose ids begin with a formula: every CSV the tool writes neutralises them
    // (a leading quote, the cell quoted), as the app's export does.
    let text = std::fs::read_to_string(root().join("data/baseline.json"))
        .unwrap()
        .replace("\"langtidsledige\"", "\"=1+langtidsledige\"")
        .replace("\"langtidsledighed\"", "\"@langtidsledighed\"");
    let file = temp_file("formula.json");
    std::fs::write(&file, text).unwrap();
    let data = file.to_str().unwrap();
    let forecast = maltal(&["forecast", "--data", data, "--kommune", "751"]);
    let plan = maltal(&[
        "plan",
        "--data",
        data,
        "--kommune",
        "751",
        "--maal",
        "@langtidsledighed",
        "--aendring=-10",
        "--format",
        "csv",
    ]);
    let show = maltal(&[
        "show",
        "--data",
        data,
        "--kommune",
        "751",
        "--indikator",
        "=1+langtidsledige",
    ]);
    let _ = std::fs::remove_file(&file);
    for o in [&forecast, &plan, &show] {
        assert_eq!(o.status.code(), Some(0), "{}", stderr(o));
        for line in stdout(o).lines() {
            assert!(!line.contains(",=") && !line.contains(",@"), "{line}");
            assert!(!line.starts_with(['=', '@', '+']), "{line}");
        }
    }
    assert!(stdout(&forecast).contains("751,\"'=1+langtidsledige\",2025-08,"));
    assert!(stdout(&plan).contains("751,\"'@langtidsledighed\",2025-08,"));
    assert_eq!(stdout(&show).lines().next(), Some("maaned,vaerdi"));
}

#[test]
fn stderr_quotes_a_huge_argument_in_short() {
    let huge = "x".repeat(100_000);
    for o in [
        maltal(&["show", "--kommune", &huge, "--indikator", "ledige"]),
        maltal(&[
            "plan",
            "--kommune",
            "751",
            "--maal",
            &huge,
            "--preset",
            "hold",
        ]),
    ] {
        assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
        let err = stderr(&o);
        assert!(err.len() < 400, "{} bytes on stderr", err.len());
        assert!(err.contains("xxx…"), "{err}");
    }
}

#[test]
fn show_reads_another_file_with_data() {
    let o = maltal(&[
        "show",
        "--kommune",
        "751",
        "--indikator",
        "loentimer",
        "--data",
        "tests/fixtures/valid-small.json",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(
        stdout(&o),
        "maaned,vaerdi\n2024-01,10.5\n2024-02,11.2\n2024-03,12\n"
    );
}

#[test]
fn show_exits_1_when_the_data_file_is_invalid_and_2_for_an_unknown_municipality() {
    let cases = invalid::WrittenOut::new("cli-show");
    let duplicate_month = cases.path("duplicate-month");
    let o = maltal(&[
        "show",
        "--kommune",
        "751",
        "--indikator",
        "ledige",
        "--data",
        duplicate_month.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(1));
    let o = maltal(&["show", "--kommune", "999", "--indikator", "ledige"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("kommunen 999 findes ikke"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn convert_from_the_raw_files_gives_exactly_the_committed_default_file() {
    let committed = std::fs::read_to_string(root().join("data/baseline.json")).unwrap();
    let o = maltal(&["convert"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stdout(&o) == committed,
        "stdout differs from data/baseline.json"
    );
    let out = temp_file("baseline.json");
    let o = maltal(&[
        "convert",
        "--raw",
        "data/raw",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(std::fs::read_to_string(&out).unwrap() == committed);
    std::fs::remove_file(out).unwrap();
}

#[test]
fn convert_imports_a_long_csv_into_a_template() {
    let out = temp_file("imported.json");
    let o = maltal(&[
        "convert",
        "--csv",
        "tests/fixtures/csv/good-semicolon-decimal-comma.csv",
        "--template",
        "tests/fixtures/valid-small.json",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let expected =
        std::fs::read_to_string(root().join("tests/fixtures/csv/expected-small.json")).unwrap();
    assert!(std::fs::read_to_string(&out).unwrap() == expected);
    assert!(
        stderr(&o).contains("15 linjer, 4 kommuneserier"),
        "{}",
        stderr(&o)
    );
    std::fs::remove_file(out).unwrap();
    let o = maltal(&["validate", "tests/fixtures/csv/expected-small.json"]);
    assert_eq!(o.status.code(), Some(0));
}

#[test]
fn convert_exits_1_naming_the_csv_line_for_bad_data() {
    let cases = invalid::WrittenOut::new("cli-convert");
    let missing_region = cases.path("missing-region");
    let missing_region = missing_region.to_str().unwrap();
    let o = maltal(&[
        "convert",
        "--csv",
        "tests/fixtures/csv/unknown-municipality.csv",
        "--template",
        "tests/fixtures/valid-small.json",
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stdout(&o).is_empty(), "nothing is written");
    assert_eq!(
        stderr(&o),
        "tests/fixtures/csv/unknown-municipality.csv: linje 3: kommunekoden «999» findes ikke i skabelonen\n"
    );
    let o = maltal(&[
        "convert",
        "--csv",
        "tests/fixtures/csv/good-comma-separated.csv",
        "--template",
        missing_region,
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).starts_with(&format!("skabelonen {missing_region} er ugyldig:\n")),
        "{}",
        stderr(&o)
    );
}

#[test]
fn wrong_usage_exits_2() {
    for args in [
        &[][..],
        &["frobnicate"][..],
        &["validate"][..],
        &["show", "--kommune", "751"][..],
        &["convert", "--raw", "data/raw", "--csv", "x.csv"][..],
        &["convert", "--template", "data/baseline.json"][..],
        &["validate", "no/such/file.json"][..],
    ] {
        let o = maltal(args);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stderr(&o));
        assert!(!stderr(&o).is_empty(), "{args:?}");
    }
    assert_eq!(maltal(&["--help"]).status.code(), Some(0));
}

#[test]
fn plan_and_forecast_take_the_goal_set_by_id_and_name_the_known_ones_for_an_unknown_id() {
    let plan = |extra: &[&str]| {
        let mut args = vec![
            "plan",
            "--kommune",
            "751",
            "--maal",
            "ledighed",
            "--preset",
            "hold",
        ];
        args.extend_from_slice(extra);
        maltal(&args)
    };
    let named = plan(&["--maalsaet", "ministermaal-2026-eksempel"]);
    assert_eq!(named.status.code(), Some(0), "{}", stderr(&named));
    assert_eq!(
        stdout(&named),
        stdout(&plan(&[])),
        "the first goal set is the default"
    );

    for o in [
        plan(&["--maalsaet", "2030"]),
        maltal(&["forecast", "--kommune", "751", "--maalsaet", "2030"]),
    ] {
        assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
        assert!(
            stderr(&o).contains(
                "målsættet «2030» findes ikke i datafilen (kendte: ministermaal-2026-eksempel, treaarsplan-2026-2028-eksempel)"
            ),
            "{}",
            stderr(&o)
        );
    }
    let forecast = maltal(&[
        "forecast",
        "--kommune",
        "751",
        "--maalsaet",
        "ministermaal-2026-eksempel",
    ]);
    assert_eq!(forecast.status.code(), Some(0), "{}", stderr(&forecast));
    assert!(
        stdout(&forecast).contains("2026-12"),
        "to December of the plan year"
    );
}

/// A scenario with an own three-year goal on the unemployment rate, a target and a milestone, as
/// the app saves it.
fn own_goal_scenario() -> maltal::data::scenario::Scenario {
    use maltal::data::scenario::{GoalEntry, OwnGoal, Scenario};
    use maltal::model::ambition::Ambition;
    use maltal::model::baseline::{Measure, Text};
    let mut s = Scenario {
        name: "Treårsplan".into(),
        municipality: "730".into(),
        goal_set: "ministermaal-2026-eksempel".into(),
        outlook: "basis".into(),
        goals: Some(vec![GoalEntry::Own(OwnGoal {
            id: "egen-1".into(),
            title: Text {
                da: "Ledigheden under 4 % i 2028".into(),
                en: String::new(),
            },
            indicator: "ledighedsprocent".into(),
            measure: Measure::AnnualAverage,
            target_year: 2028,
        })]),
        ..Scenario::default()
    };
    s.ambitions.insert("egen-1".into(), Ambition::Absolute(3.9));
    s.milestones.insert(
        "egen-1".into(),
        std::collections::BTreeMap::from([(2026, 4.3)]),
    );
    s
}

#[test]
fn plan_prints_an_own_goal_of_a_scenario_file_as_the_app_plans_it() {
    use maltal::model::plan::{Choice, Planner};
    use std::sync::Arc;
    let s = own_goal_scenario();
    let path = temp_file("scenario.json");
    std::fs::write(
        &path,
        maltal::data::scenario::to_file(std::slice::from_ref(&s)),
    )
    .unwrap();
    let p = path.to_str().unwrap();
    let o = maltal(&[
        "plan",
        "--kommune",
        "730",
        "--maal",
        "egen-1",
        "--scenarie",
        p,
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let printed: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let printed = if printed.is_array() {
        printed[0].clone()
    } else {
        printed
    };

    // What the app computes for the same scenario (web::derived plans it this way).
    let text = std::fs::read_to_string(root().join("data/baseline.json")).unwrap();
    let b = maltal::data::from_json(&text).unwrap();
    let goals = s.goals_in(&b).set;
    let realism = Arc::new(maltal::model::plan::realism_histories(&b, &goals));
    let outlook = b.outlooks.iter().position(|o| o.id == "basis");
    let planner = Planner::with_realism(&b, Arc::new(goals), outlook, realism).unwrap();
    let milestones = s.milestones_of("egen-1");
    let choice = Choice {
        ambition: s.ambition("egen-1"),
        shape: maltal::model::kravforloeb::PathShape::Seasonal,
        milestones: &milestones,
    };
    let m = b.municipality_index("730").unwrap();
    let app = planner
        .plan_with(&b, m, 0, &choice, planner.realism())
        .unwrap();
    assert_eq!(printed["maalmaaned"], "2028-12");
    assert_eq!(printed["maalvaerdi"].as_f64(), Some(app.target.target));
    assert_eq!(printed["prognose"].as_f64(), app.forecast);
    assert_eq!(printed["delmaal"][0]["aar"], 2026);
    assert_eq!(printed["delmaal"][0]["vaerdi"].as_f64(), Some(4.3));
    assert_eq!(printed["delmaal"][0]["sat_af_brugeren"], true);
    let path_len = printed["kravforloeb"].as_array().map(Vec::len);
    assert_eq!(path_len, app.path.as_ref().ok().map(|k| k.points.len()));

    // The same goal given on the command line gives the same figures.
    let o = maltal(&[
        "plan",
        "--kommune",
        "730",
        "--maal",
        "egen-1",
        "--indikator",
        "ledighedsprocent",
        "--maalaar",
        "2028",
        "--vaerdi",
        "3.9",
        "--delmaal",
        "2026=4.3",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let direct: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let direct = if direct.is_array() {
        direct[0].clone()
    } else {
        direct
    };
    assert_eq!(direct["kravforloeb"], printed["kravforloeb"]);

    // An impossible target year and a malformed milestone are refused by name (exit 2).
    let o = maltal(&[
        "plan",
        "--kommune",
        "730",
        "--maal",
        "x",
        "--indikator",
        "ledige",
        "--maalaar",
        "2040",
        "--vaerdi",
        "1",
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("Målåret skal ligge fra"),
        "{}",
        stderr(&o)
    );
    let o = maltal(&[
        "plan",
        "--kommune",
        "730",
        "--maal",
        "egen-1",
        "--scenarie",
        p,
        "--delmaal",
        "2026",
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("--delmaal «2026» skal skrives"),
        "{}",
        stderr(&o)
    );
    let _ = std::fs::remove_file(path);
}

/// `maltal forecast` prints every municipality, every region and the country, and for every
/// count indicator and month a region's row is the sum of its municipalities' rows and the
/// country's the sum of the regions' (up to the CSV's four decimals); `--omraade` selects one.
#[test]
fn forecast_rows_add_up_from_municipality_to_region_to_country_in_every_month() {
    use std::collections::HashMap;
    let b = maltal::data::from_json(
        &std::fs::read_to_string(root().join("data/baseline.json")).unwrap(),
    )
    .unwrap();
    let o = maltal(&["forecast"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let text = stdout(&o);
    let mut lines = text.lines();
    assert_eq!(
        lines.next(),
        Some("omraade,indikator,maaned,prognose,lav80,hoej80,lav95,hoej95")
    );
    let mut value: HashMap<(String, String, String), f64> = HashMap::new();
    for line in lines {
        let cells: Vec<&str> = line.split(',').collect();
        value.insert(
            (cells[0].into(), cells[1].into(), cells[2].into()),
            cells[3].parse().unwrap(),
        );
    }
    let close = |sum: f64, total: f64, what: &str| {
        assert!(
            (sum - total).abs() <= 0.01 + 1e-9 * total,
            "{what}: {sum} ≠ {total}"
        );
    };
    let mut checked = 0;
    for ind in b
        .indicators
        .iter()
        .filter(|i| i.unit.is_count() && i.frequency == maltal::model::baseline::Frequency::Monthly)
    {
        let months: Vec<&String> = value
            .keys()
            .filter(|(a, i, _)| a == "national" && *i == ind.id)
            .map(|(_, _, m)| m)
            .collect();
        assert!(months.len() >= 17, "{}: the country is printed", ind.id);
        for month in months {
            let get = |code: &str| value.get(&(code.to_string(), ind.id.clone(), month.clone()));
            let mut regions = 0.0;
            for (r, region) in b.regions.iter().enumerate() {
                let total = *get(&region.code)
                    .unwrap_or_else(|| panic!("{} {} {month}", region.code, ind.id));
                let sum: f64 = b
                    .municipalities
                    .iter()
                    .filter(|m| m.region == r)
                    .filter_map(|m| get(&m.code))
                    .sum();
                close(sum, total, &format!("{} {} {month}", region.code, ind.id));
                regions += total;
                checked += 1;
            }
            close(
                regions,
                *get("national").unwrap(),
                &format!("national {} {month}", ind.id),
            );
        }
    }
    assert!(checked > 300, "{checked}");
    let one = maltal(&["forecast", "--omraade", "1081"]);
    assert_eq!(one.status.code(), Some(0), "{}", stderr(&one));
    assert!(stdout(&one).lines().skip(1).all(|l| l.starts_with("1081,")));
    let unknown = maltal(&["forecast", "--omraade", "9999"]);
    assert_eq!(unknown.status.code(), Some(2));
}

/// Runs `maltal` with `input` written to its standard input by a thread (so an input larger
/// than the pipe's buffer cannot block the test); a refused write (the tool stopped reading)
/// ends the writer.
fn maltal_with_stdin(
    args: &[&str],
    input: impl Iterator<Item = Vec<u8>> + Send + 'static,
) -> Output {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_maltal"))
        .args(args)
        .current_dir(root())
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        for chunk in input {
            if stdin.write_all(&chunk).is_err() {
                break;
            }
        }
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    out
}

#[test]
fn validate_reads_standard_input_and_refuses_an_endless_pipe_at_the_size_limit() {
    let file = std::fs::read(root().join("tests/fixtures/valid-small.json")).unwrap();
    for path in ["-", "/dev/stdin"] {
        let o = maltal_with_stdin(&["validate", path], std::iter::once(file.clone()));
        assert_eq!(o.status.code(), Some(0), "{path}: {}", stderr(&o));
    }
    assert!(stdout(&maltal_with_stdin(
        &["validate", "-"],
        std::iter::once(file)
    ))
    .starts_with("standardinput: gyldig"));
    // 1 MiB of spaces at a time, up to three times the limit: the tool stops at the limit.
    let endless = std::iter::repeat_n(vec![b' '; 1 << 20], 96);
    let o = maltal_with_stdin(&["validate", "-"], endless);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert_eq!(
        stderr(&o),
        "standardinput: filen er for stor: mere end 33554432 bytes (højst 33554432 bytes)\n"
    );
}

#[test]
fn a_csv_saved_by_excel_in_windows_1252_is_imported_and_an_undefined_byte_is_refused_by_line() {
    let csv = temp_file("ansi.csv");
    let mut bytes = b"kommunekode;indikator;m\xE5ned;v\xE6rdi\r\n".to_vec();
    bytes.extend_from_slice(b"751;ledige;2024-05;5850\r\n751;ledige;2024-06;5801,5\r\n");
    std::fs::write(&csv, &bytes).unwrap();
    let args = |csv: &Path| {
        vec![
            "convert".to_string(),
            "--csv".into(),
            csv.to_str().unwrap().into(),
            "--template".into(),
            "tests/fixtures/valid-small.json".into(),
        ]
    };
    let run = |csv: &Path| {
        let a = args(csv);
        maltal(&a.iter().map(String::as_str).collect::<Vec<_>>())
    };
    let o = run(&csv);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("ikke UTF-8 (første gang på linje 1); læst som Windows-1252"),
        "{}",
        stderr(&o)
    );
    bytes.extend_from_slice(b"751;ledige;2024-07;\x9D\r\n");
    std::fs::write(&csv, &bytes).unwrap();
    let o = run(&csv);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("linje 4: byten 0x9D er hverken UTF-8 eller et tegn i Windows-1252"),
        "{}",
        stderr(&o)
    );
    std::fs::remove_file(&csv).unwrap();
}
