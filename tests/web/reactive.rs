//! The reactive logic of `ui::web::{state, loading, persist}`, each test in a reactive `Owner` of
//! its own (as leptos-use tests its hooks): what the signals hold after a call, not the page.
//! In the browser because Leptos is a wasm32-only dependency of the crate (D1); the policy these
//! call into (`Scenario::fit_to`, `from_stored`, …) has its native tests.

use std::sync::Arc;

use gloo::storage::{LocalStorage, Storage};
use leptos::prelude::*;
use maltal::data::scenario::{to_stored, Scenario};
use maltal::ui::notice::Notice;
use maltal::ui::params::Params;
use maltal::ui::web::loading::load_text;
use maltal::ui::web::persist::{restore, BACKUP_PREFIX, STORAGE_KEY};
use maltal::ui::web::state::AppState;
use wasm_bindgen_test::*;

const DATA: &str = include_str!("../../data/baseline.json");

/// A fresh state with the default data loaded from `what`.
fn loaded(what: &str) -> AppState {
    let state = AppState::provide(None);
    load_text(state, DATA, what.into());
    state
}

/// Empties local storage (the tests share one page and its storage).
fn clear_storage() {
    LocalStorage::raw().clear().expect("clear");
}

#[wasm_bindgen_test]
fn a_data_file_that_fails_keeps_the_data_the_user_had_and_says_which_file() {
    Owner::new().with(|| {
        let state = loaded("a.json");
        let before = state
            .baseline
            .get_untracked()
            .expect("the first file's data");
        assert_eq!(state.data_source.get_untracked(), "a.json");

        load_text(state, "{\"format\": \"maltal-baseline\", ", "b.json".into());
        let after = state
            .baseline
            .get_untracked()
            .expect("data are still there");
        assert!(Arc::ptr_eq(&before, &after), "the data the user had stay");
        assert_eq!(state.data_source.get_untracked(), "a.json");
        let problem = state
            .load_problem
            .get_untracked()
            .expect("a problem is shown");
        assert_eq!(problem.what, "b.json");
        assert!(!problem.errors.is_empty());

        load_text(state, DATA, "c.json".into());
        assert!(
            state.load_problem.get_untracked().is_none(),
            "a file that loads takes the problem away"
        );
        assert_eq!(state.data_source.get_untracked(), "c.json");
    });
}

#[wasm_bindgen_test]
fn a_scenario_chosen_while_data_are_shown_meets_the_data_and_says_what_was_repaired() {
    Owner::new().with(|| {
        let state = loaded("a.json");
        let first = state.scenario.get_untracked().municipality;
        assert!(
            !first.is_empty(),
            "the data give the first scenario a municipality"
        );
        state.scenarios.update(|list| {
            list.push(Scenario {
                name: "Fra en fil".into(),
                municipality: "999".into(),
                outlook: "ingen-saadan".into(),
                ..Scenario::default()
            })
        });
        state.choose(1);
        let chosen = state.scenario.get_untracked();
        assert_eq!(chosen.name, "Fra en fil");
        assert_ne!(
            chosen.municipality, "999",
            "an unknown municipality is replaced"
        );
        assert_ne!(
            chosen.outlook, "ingen-saadan",
            "an unknown outlook is replaced"
        );
        let notices = state.notices.get_untracked();
        assert!(
            notices.contains(&Notice::UnknownMunicipality("999".into())),
            "{notices:?}"
        );
        assert!(
            notices.contains(&Notice::UnknownOutlook("ingen-saadan".into())),
            "{notices:?}"
        );
        // The repair was an edit: the scenario's revision counts it.
        assert!(chosen.rev > 0);
    });
}

#[wasm_bindgen_test]
fn an_edit_that_changes_nothing_does_not_count_a_revision() {
    Owner::new().with(|| {
        let state = loaded("a.json");
        let rev = state.scenario.get_untracked().rev;
        let name = state.scenario.get_untracked().name;
        state.edit(|s| s.name = name.clone());
        assert_eq!(state.scenario.get_untracked().rev, rev);
        state.edit(|s| s.name = "Nyt navn".into());
        let s = state.scenario.get_untracked();
        assert_eq!((s.rev, s.name.as_str()), (rev + 1, "Nyt navn"));
    });
}

#[wasm_bindgen_test]
fn saved_state_that_cannot_be_read_is_set_aside_never_deleted_and_the_app_starts_clean() {
    clear_storage();
    LocalStorage::raw()
        .set_item(STORAGE_KEY, "{\"version\": 1, \"scenarier\": [")
        .expect("write");
    Owner::new().with(|| {
        let state = AppState::provide(None);
        restore(state, &Params::default(), None);
        let notices = state.notices.get_untracked();
        let Some(Notice::StoredUnreadable { backup_key, .. }) = notices.first() else {
            panic!("the user is told: {notices:?}");
        };
        let key = backup_key.clone().expect("a backup key");
        assert!(key.starts_with(BACKUP_PREFIX));
        assert_eq!(
            LocalStorage::raw().get_item(&key).expect("read").as_deref(),
            Some("{\"version\": 1, \"scenarier\": ["),
            "the text is kept as it was"
        );
        assert_eq!(
            LocalStorage::raw().get_item(STORAGE_KEY).expect("read"),
            None
        );
        assert_eq!(
            state.scenarios.get_untracked().len(),
            1,
            "one fresh scenario"
        );
    });
    clear_storage();
}

#[wasm_bindgen_test]
fn saved_scenarios_come_back_and_an_unusable_link_leaves_them_alone() {
    clear_storage();
    let saved = [
        Scenario {
            id: "a".into(),
            name: "Første".into(),
            municipality: "751".into(),
            ..Scenario::default()
        },
        Scenario {
            id: "b".into(),
            name: "Anden".into(),
            municipality: "101".into(),
            ..Scenario::default()
        },
    ];
    LocalStorage::raw()
        .set_item(STORAGE_KEY, &to_stored(1, &saved))
        .expect("write");
    // `restore` takes an unusable link out of the address: the runner's own is put back.
    let address = web_sys::window().unwrap().location().href().unwrap();
    Owner::new().with(|| {
        let state = AppState::provide(None);
        restore(state, &Params::default(), Some("ikke-et-link"));
        let names: Vec<String> = state
            .scenarios
            .get_untracked()
            .into_iter()
            .map(|s| s.name)
            .collect();
        let notices = state.notices.get_untracked();
        assert_eq!(names, ["Første", "Anden"], "{notices:?}");
        assert_eq!(
            state.current.get_untracked(),
            1,
            "the scenario worked on last"
        );
        assert!(
            notices.iter().any(|n| matches!(n, Notice::LinkUnusable(_))),
            "{notices:?}"
        );
    });
    web_sys::window()
        .unwrap()
        .history()
        .unwrap()
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&address))
        .unwrap();
    clear_storage();
}
