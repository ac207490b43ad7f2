//! One set of limits (issue 17, §2): a data file that validates produces scenarios that save and
//! read back. The data file checker refuses what the scenario decoders would refuse later (a
//! too long goal or indicator id, a too long goal title, too many goals in a set, a target year
//! past four digits), and whatever a valid file holds, a scenario using all of it round-trips
//! through the scenario file, the stored state and (when short enough) the share link.
#![cfg(not(target_arch = "wasm32"))]
// A failed setup step should fail the test loudly.
#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::collections::BTreeMap;
use std::path::Path;

use maltal::data::from_json;
use maltal::data::limits::{
    MAX_GOALS, MAX_GOAL_ID_CHARS, MAX_NAME_CHARS, MAX_REASON_CHARS, MAX_SOURCE_CHARS,
};
use maltal::data::scenario::{
    from_file, from_link, from_stored, link_fits, to_file, to_link, to_stored, GoalEntry, OwnGoal,
    Scenario,
};
use maltal::model::ambition::Ambition;
use maltal::model::baseline::Baseline;
use proptest::prelude::*;
use serde_json::{json, Value};

fn small() -> Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid-small.json");
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// The small file whose only goal set has `count` goals, the first with id `first_id` and
/// title `title`, and the given plan and target year.
fn file_with(first_id: &str, title: &str, count: usize, plan_year: i32, target: i32) -> Value {
    let mut file = small();
    let goals: Vec<Value> = (0..count)
        .map(|k| {
            let id = if k == 0 {
                first_id.to_string()
            } else {
                format!("g{k}")
            };
            json!({"id": id, "title": {"da": title, "en": title}, "indicator": "ledige",
                   "measure": {"kind": "month", "month": 1 + k % 12}, "target_year": target})
        })
        .collect();
    file["goal_sets"][0]["goals"] = json!(goals);
    file["goal_sets"][0]["plan_year"] = json!(plan_year);
    file
}

fn errors_of(file: &Value) -> Vec<String> {
    match from_json(&file.to_string()) {
        Ok(_) => Vec::new(),
        Err(e) => e.errors().iter().map(ToString::to_string).collect(),
    }
}

/// A scenario that uses everything of `b` a scenario can take from a data file: every goal of
/// the first goal set edited into an own goal (its id, titles, indicator id, measure and year),
/// a target, a reasoning at the typed limit for the first goal and milestones for every year
/// before the target year, and one own goal on every monthly indicator.
fn scenario_using_all_of(b: &Baseline) -> Scenario {
    let set = &b.goal_sets[0];
    let mut s = Scenario {
        id: "a".repeat(64),
        municipality: b.municipalities[0].code.clone(),
        goal_set: set.id.clone(),
        outlook: b.outlooks[0].id.clone(),
        data_month: b.meta.data_month.to_string(),
        ..Scenario::default()
    };
    let mut list = Vec::new();
    for (k, g) in set.goals.iter().enumerate() {
        list.push(GoalEntry::Own(OwnGoal {
            id: g.id.clone(),
            title: g.title.clone(),
            indicator: b.indicators[g.indicator].id.clone(),
            measure: g.measure,
            target_year: g.target_year,
        }));
        s.ambitions
            .insert(g.id.clone(), Ambition::Absolute(k as f64));
        let reason = if k == 0 {
            "æ".repeat(MAX_REASON_CHARS)
        } else {
            "kort".into()
        };
        s.reasons.insert(g.id.clone(), reason);
        let years: BTreeMap<i32, f64> = (set.plan_year..g.target_year).map(|y| (y, 1.0)).collect();
        if !years.is_empty() {
            s.milestones.insert(g.id.clone(), years);
        }
    }
    s.goals = Some(list);
    s
}

/// The scenario reads back from a file and from storage, and from a link when one is offered.
fn assert_round_trips(s: &Scenario) {
    let one = std::slice::from_ref(s);
    assert_eq!(
        from_file(&to_file(one)).as_deref(),
        Ok(one),
        "scenario file"
    );
    let stored = from_stored(&to_stored(0, one)).expect("stored state");
    assert_eq!(stored.scenarios, one, "stored state");
    assert!(stored.set_aside.is_empty());
    let link = to_link(s);
    if link_fits(&link) {
        assert_eq!(from_link(&link).as_ref(), Ok(s), "link");
    }
}

#[test]
fn the_default_file_and_the_small_fixture_make_scenarios_that_read_back() {
    for file in ["data/baseline.json", "tests/fixtures/valid-small.json"] {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(file);
        let b = from_json(&std::fs::read_to_string(path).unwrap()).unwrap();
        assert_round_trips(&scenario_using_all_of(&b));
    }
}

#[test]
fn a_goal_id_past_the_scenario_limit_is_refused_by_the_data_checker_by_name() {
    let at_limit = file_with(&"m".repeat(MAX_GOAL_ID_CHARS), "Mål", 2, 2025, 2026);
    let b = from_json(&at_limit.to_string()).expect("an id at the limit is valid");
    assert_round_trips(&scenario_using_all_of(&b));
    let long = file_with(&"m".repeat(MAX_GOAL_ID_CHARS + 1), "Mål", 2, 2025, 2026);
    let errors = errors_of(&long);
    assert!(
        errors.iter().any(|e| e
            .contains("id'et er 101 bytes langt; et scenarie kan højst gemme 100")
            && e.contains("(JSON-sti $.goal_sets[0].goals[0].id)")),
        "{errors:?}"
    );
}

#[test]
fn an_indicator_id_past_the_scenario_limit_is_refused_by_the_data_checker() {
    let mut file = small();
    let long = "i".repeat(MAX_GOAL_ID_CHARS + 1);
    let text = file
        .to_string()
        .replace("\"loentimer\"", &format!("\"{long}\""));
    file = serde_json::from_str(&text).unwrap();
    let errors = errors_of(&file);
    assert!(
        errors
            .iter()
            .any(|e| e.contains("id'et er 101 bytes langt") && e.contains("$.indicators[1].id")),
        "{errors:?}"
    );
}

#[test]
fn a_goal_title_past_the_scenario_limit_is_refused_by_the_data_checker() {
    let ok = file_with("a", &"æ".repeat(MAX_NAME_CHARS), 1, 2025, 2025);
    assert_round_trips(&scenario_using_all_of(&from_json(&ok.to_string()).unwrap()));
    let long = file_with("a", &"æ".repeat(MAX_NAME_CHARS + 1), 1, 2025, 2025);
    let errors = errors_of(&long);
    assert!(
        errors
            .iter()
            .any(|e| e.contains("titlen har 201 tegn")
                && e.contains("$.goal_sets[0].goals[0].title.da")),
        "{errors:?}"
    );
}

#[test]
fn a_goal_set_with_more_goals_than_a_scenario_holds_is_refused() {
    let full = file_with("a", "Mål", MAX_GOALS, 2025, 2025);
    assert_round_trips(&scenario_using_all_of(
        &from_json(&full.to_string()).unwrap(),
    ));
    let errors = errors_of(&file_with("a", "Mål", MAX_GOALS + 1, 2025, 2025));
    assert!(
        errors
            .iter()
            .any(|e| e.contains("målsættet har 101 mål; et scenarie kan højst rumme 100")),
        "{errors:?}"
    );
}

#[test]
fn a_goal_set_or_outlook_id_past_the_scenario_limit_is_refused_by_the_data_checker() {
    // At the limit: valid, and a scenario naming them reads back.
    let mut at_limit = small();
    at_limit["goal_sets"][0]["id"] = json!("s".repeat(MAX_GOAL_ID_CHARS));
    at_limit["outlooks"][0]["id"] = json!("o".repeat(MAX_GOAL_ID_CHARS));
    let b = from_json(&at_limit.to_string()).expect("ids at the limit are valid");
    assert_round_trips(&scenario_using_all_of(&b));
    let mut long = small();
    long["goal_sets"][0]["id"] = json!("s".repeat(MAX_GOAL_ID_CHARS + 1));
    long["outlooks"][0]["id"] = json!("o".repeat(MAX_GOAL_ID_CHARS + 1));
    let errors = errors_of(&long);
    for path in ["$.goal_sets[0].id", "$.outlooks[0].id"] {
        assert!(
            errors
                .iter()
                .any(|e| e.contains("id'et er 101 bytes langt") && e.contains(path)),
            "{path}: {errors:?}"
        );
    }
}

#[test]
fn a_scenario_naming_a_too_long_goal_set_or_outlook_is_refused_by_name() {
    let b = from_json(&small().to_string()).unwrap();
    for (set, outlook) in [
        ("s".repeat(MAX_GOAL_ID_CHARS + 1), "o".to_string()),
        ("s".into(), "o".repeat(MAX_GOAL_ID_CHARS + 1)),
    ] {
        let mut s = scenario_using_all_of(&b);
        s.goal_set = set;
        s.outlook = outlook;
        let error = from_file(&to_file(std::slice::from_ref(&s))).expect_err("refused");
        assert!(
            error
                .to_string()
                .contains("id'et for målsættet eller fremskrivningen er for langt"),
            "{error}"
        );
    }
}

#[test]
fn a_data_address_of_any_length_is_recorded_so_that_the_scenario_reads_back() {
    let b = from_json(&small().to_string()).unwrap();
    let mut s = scenario_using_all_of(&b);
    s.data_month.clear();
    let address = format!("data/{}.json", "å".repeat(3 * MAX_SOURCE_CHARS));
    s.fit_to(&b, &address);
    assert_eq!(s.data_source.chars().count(), MAX_SOURCE_CHARS);
    assert!(address.starts_with(&s.data_source));
    assert_round_trips(&s);
}

#[test]
fn a_scenario_with_a_too_long_source_or_a_data_date_that_is_no_month_is_refused_by_name() {
    let b = from_json(&small().to_string()).unwrap();
    let nines = "9".repeat(5000);
    let cases = [
        (
            "x".repeat(MAX_SOURCE_CHARS + 1),
            "2025-07",
            "datakilden er over 2.000 tegn",
        ),
        (
            "data/b.json".into(),
            "juli 2025",
            "datadatoen er ikke en måned",
        ),
        (
            "data/b.json".into(),
            nines.as_str(),
            "datadatoen er ikke en måned",
        ),
    ];
    for (source, month, said) in cases {
        let mut s = scenario_using_all_of(&b);
        s.data_source = source;
        s.data_month = month.to_string();
        let error = from_file(&to_file(std::slice::from_ref(&s))).expect_err("refused");
        assert!(error.to_string().contains(said), "{error}");
        assert!(error.to_string().chars().count() < 200, "{error}");
    }
    // At the limit it reads back.
    let mut s = scenario_using_all_of(&b);
    s.data_source = "x".repeat(MAX_SOURCE_CHARS);
    s.data_month = "2025-07".into();
    assert_round_trips(&s);
}

#[test]
fn a_target_year_past_four_digits_is_refused_by_the_data_checker() {
    let errors = errors_of(&file_with("a", "Mål", 1, 9998, 10_000));
    assert!(
        errors
            .iter()
            .any(|e| e.contains("målåret 10000 skal ligge fra 9998 til 9999")),
        "{errors:?}"
    );
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    /// Whatever the id length, title length, goal count and years: a file within every limit
    /// is accepted, and any file that is accepted makes a scenario that reads back.
    #[test]
    fn a_file_that_validates_makes_work_that_reads_back(
        id_len in 1usize..=MAX_GOAL_ID_CHARS + 20,
        title_len in 1usize..=MAX_NAME_CHARS + 20,
        count in 1usize..=MAX_GOALS + 3,
        plan_year in prop_oneof![1000i32..1010, 2020i32..2030, 9990i32..=9999],
        ahead in 0i32..=5,
    ) {
        let file = file_with(&"x".repeat(id_len), &"ø".repeat(title_len), count, plan_year, plan_year + ahead);
        let within = id_len <= MAX_GOAL_ID_CHARS
            && title_len <= MAX_NAME_CHARS
            && count <= MAX_GOALS
            && plan_year + ahead <= 9999;
        match from_json(&file.to_string()) {
            Ok(b) => {
                prop_assert!(within, "a file past a limit was accepted");
                assert_round_trips(&scenario_using_all_of(&b));
            }
            Err(e) => prop_assert!(!within, "a file within the limits was refused: {e}"),
        }
    }
}
