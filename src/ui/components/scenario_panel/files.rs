//! Leaving and entering the app as files: the share link, scenario files, the CSV of all
//! figures, print, and loading scenario files (participants' files in a workshop).

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::data::scenario::{from_file, link_fits, to_file, to_link};
use crate::model::plan::{GoalPlan, Planner};
use crate::ui::i18n::{t, Key};
use crate::ui::notice::LoadError;
use crate::ui::view_model::copy::{copy_feedback, CopyResult};
use crate::ui::view_model::export::csv::{csv, CsvScenario, CsvStyle};
use crate::ui::view_model::import::{file_problem, import_into, import_status};
use crate::ui::view_model::page::{file_slug, scenario_plans, Planners};
use crate::ui::web::derived::Shared;
use crate::ui::web::state::AppState;
use crate::ui::web::{browser, persist};

/// The share link, the download and print buttons, and the scenario file input.
#[component]
pub fn ShareAndFiles(
    /// The planner of the current scenario.
    planner: Signal<Option<Shared<Planner>>>,
    /// The current scenario's plans, one per goal.
    plans: Signal<Vec<Option<GoalPlan>>>,
    /// The current municipality's index.
    municipality: Signal<Option<usize>>,
) -> impl IntoView {
    let state = AppState::expect();
    let text = move |key| t(state.lang.get(), key);
    let file_report: RwSignal<Option<FileReport>> = RwSignal::new(None);
    let csv_all = RwSignal::new(false);
    let csv_plain: RwSignal<Option<bool>> = RwSignal::new(None);
    let save_csv = move |_| {
        let lang = state.lang.get_untracked();
        let plain = csv_plain
            .get_untracked()
            .unwrap_or(CsvStyle::default_for(lang) == CsvStyle::Plain);
        let style = if plain {
            CsvStyle::Plain
        } else {
            CsvStyle::Excel
        };
        save_csv(
            state,
            (planner, plans, municipality),
            csv_all.get_untracked(),
            style,
        );
    };
    view! {
        <ShareLink />
        <div class="button-row">
            <button type="button" class="button button-secondary" on:click=move |_| save_current(state)>{move || text(Key::SaveScenarioAsFile)}</button>
            <button type="button" class="button button-secondary" on:click=move |_| persist::download_all(state)>{move || text(Key::SaveAllScenariosAsFile)}</button>
            <button type="button" class="button button-secondary" on:click=save_csv>{move || text(Key::DownloadAllFiguresCsv)}</button>
            <button type="button" class="button button-secondary" on:click=move |_| print()>{move || text(Key::PrintSaveAsPdf)}</button>
        </div>
        <CsvChoices all=csv_all plain=csv_plain />
        <div class="form-group">
            <label class="form-label" for="scenario-files">{move || text(Key::LoadScenarioFilesEG)}</label>
            <input id="scenario-files" type="file" multiple accept=".json,application/json" on:change=move |ev| import(state, ev, file_report) />
            <p class="form-hint" role="status" hidden=move || file_report.with(Option::is_none)>
                {move || file_report.with(|r| r.as_ref().map(|r| r.status.clone()))}
            </p>
            <FileProblems report=file_report />
        </div>
    }
}

/// The share link with its copy button: "Kopieret" only when the browser copied; when it
/// refused, the link is selected and a hint says to copy it by hand.
#[component]
fn ShareLink() -> impl IntoView {
    let state = AppState::expect();
    let text = move |key| t(state.lang.get(), key);
    let last = RwSignal::new(None::<CopyResult>);
    // Memos: the link is made once per change of the scenario (a slider move), not once per
    // reader.
    let link = Memo::new(move |_| state.scenario.with(to_link));
    let share = Memo::new(move |_| link.with(|l| persist::share_url(l)).unwrap_or_default());
    let feedback = move || share.with(|link| last.with(|l| copy_feedback(l.as_ref(), link)));
    let copy = move |_| {
        let link = share.get_untracked();
        leptos::task::spawn_local(async move {
            let copied = browser::copy_text(&link).await;
            if !copied {
                browser::select_input("share-link");
            }
            last.try_set(Some((link, copied)));
        });
    };
    // A link too long to open again is never offered: the file is (issue 17).
    let fits = Memo::new(move |_| link.with(|l| link_fits(l)));
    view! {
        <Show when=move || fits.get() fallback=move || view! {
            <div class="alert alert-warning" id="share-too-long" role="status">
                <p class="alert-text">{move || text(Key::LinkTooLong)}</p>
                <button type="button" class="button button-secondary" on:click=move |_| save_current(state)>{move || text(Key::SaveScenarioAsFile)}</button>
            </div>
        }>
            <div class="form-group">
                <label class="form-label" for="share-link">{move || text(Key::ShareLinkTheWholeScenario)}</label>
                <div class="inline-row">
                    <input id="share-link" type="text" class="form-input share-input" readonly prop:value=share aria-describedby="share-copy-status" />
                    <button type="button" class="button button-secondary" id="share-copy" on:click=copy>
                        {move || text(feedback().0)}
                    </button>
                </div>
                <p class="form-hint" id="share-copy-status" role="status">{move || feedback().1.map(text)}</p>
            </div>
        </Show>
    }
}

/// The files of the last batch that were not loaded, each named with what it is instead, in
/// DKFDS' error alert (nothing when every file loaded).
#[component]
fn FileProblems(report: RwSignal<Option<FileReport>>) -> impl IntoView {
    let state = AppState::expect();
    move || {
        let problems = report.with(|r| r.as_ref().map(|r| r.problems.clone()).unwrap_or_default());
        (!problems.is_empty()).then(|| {
            view! {
                <div class="alert alert-error file-problems" role="alert">
                    <h3 class="alert-heading">{move || t(state.lang.get(), Key::FilesNotLoaded)}</h3>
                    <ul class="alert-list">
                        {problems.into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}
                    </ul>
                </div>
            }
        })
    }
}

fn save_current(state: AppState) {
    let s = state.scenario.get_untracked();
    let name = format!("maltal-{}.json", file_slug(&s.name));
    let _ = browser::download(&name, "application/json", &to_file(&[s]));
}

/// The active scenario's planner, plans and municipality.
type CurrentPlans = (
    Signal<Option<Shared<Planner>>>,
    Signal<Vec<Option<GoalPlan>>>,
    Signal<Option<usize>>,
);

/// Downloads one CSV file with the figures of the active scenario (or of every scenario, with
/// `all`) and their description, in `style`.
fn save_csv(
    state: AppState,
    (planner, plans, municipality): CurrentPlans,
    all: bool,
    style: CsvStyle,
) {
    let (Some(b), Some(p), Some(m)) = (
        state.baseline.get_untracked(),
        planner.get_untracked(),
        municipality.get_untracked(),
    ) else {
        return;
    };
    let l = state.lang.get_untracked();
    let (text, name) = if all {
        let mut planners = Planners::new();
        planners.insert((p.0.goals.id.clone(), p.0.outlook), Arc::clone(&p.0));
        let list = state.scenarios.get_untracked();
        let each: Vec<_> = list
            .iter()
            .filter_map(|s| Some((s, scenario_plans(&b, s, &mut planners)?)))
            .collect();
        let items: Vec<CsvScenario> = each
            .iter()
            .map(|(s, x)| CsvScenario {
                name: &s.name,
                author: &s.author,
                planner: &x.planner,
                municipality: x.municipality,
                plans: &x.plans,
            })
            .collect();
        (
            csv(&b, &items, style, l),
            l.pick("alle-scenarier", "all-scenarios").to_string(),
        )
    } else {
        let s = state.scenario.get_untracked();
        let text = plans.with_untracked(|plans| {
            let item = CsvScenario {
                name: &s.name,
                author: &s.author,
                planner: &p.0,
                municipality: m,
                plans,
            };
            csv(&b, &[item], style, l)
        });
        (text, file_slug(&s.name))
    };
    let _ = browser::download(
        &format!("maltal-{name}.csv"),
        "text/csv;charset=utf-8",
        &text,
    );
}

/// What "Hent alle tal" downloads: the active scenario or all, and which separators.
#[component]
fn CsvChoices(all: RwSignal<bool>, plain: RwSignal<Option<bool>>) -> impl IntoView {
    let state = AppState::expect();
    let text = move |key| t(state.lang.get(), key);
    let is_plain = move || {
        plain
            .get()
            .unwrap_or(CsvStyle::default_for(state.lang.get()) == CsvStyle::Plain)
    };
    view! {
        <div class="csv-choices">
            <div class="form-group-checkbox">
                <input type="checkbox" class="form-checkbox" id="csv-all" prop:checked=move || all.get()
                    on:change=move |ev| all.set(event_target_checked(&ev)) />
                <label class="form-label" for="csv-all">{move || text(Key::CsvAllScenarios)}</label>
            </div>
            <div class="form-group-checkbox">
                <input type="checkbox" class="form-checkbox" id="csv-plain" prop:checked=is_plain
                    on:change=move |ev| plain.set(Some(event_target_checked(&ev))) />
                <label class="form-label" for="csv-plain">{move || text(Key::CsvCommaAndPoint)}</label>
            </div>
        </div>
    }
}

fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

/// What loading a batch of files said: the status line, and one line per file that was not
/// loaded (shown as an alert).
#[derive(Clone, Default)]
struct FileReport {
    status: String,
    problems: Vec<String>,
}

/// Reads the chosen scenario files; every good file's scenarios join the list (the active
/// scenario stays, and the status line says which it is), each bad file is named in an alert.
fn import(state: AppState, ev: leptos::ev::Event, report: RwSignal<Option<FileReport>>) {
    let input = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
    let Some(files) = input.as_ref().and_then(|i| i.files()) else {
        return;
    };
    let list: Vec<web_sys::File> = (0..files.length()).filter_map(|i| files.get(i)).collect();
    if let Some(i) = input {
        i.set_value("");
    }
    leptos::task::spawn_local(async move {
        let lang = state.lang.get_untracked();
        let mut incoming = Vec::new();
        let mut problems = Vec::new();
        for file in list {
            let name = file.name();
            let file = gloo::file::File::from(file);
            match gloo::file::futures::read_as_text(&file).await {
                Ok(text) => match from_file(&text) {
                    Ok(scenarios) => incoming.extend(scenarios),
                    Err(e) => problems.push(file_problem(&name, &text, &e, lang)),
                },
                Err(e) => problems.push(format!(
                    "«{name}»: {}",
                    LoadError::FileUnreadable(e.to_string()).text(lang)
                )),
            }
        }
        let current = state.current.get_untracked();
        let mut result = None;
        state.scenarios.update(|list| {
            result = Some(import_into(list, current, incoming, browser::new_id));
        });
        let Some(result) = result else { return };
        if result.current != current || result.switched {
            state.choose(result.current);
        } else {
            state.refit();
        }
        let active = state.scenario.with_untracked(|s| s.name.clone());
        report.set(Some(FileReport {
            status: import_status(&result, &active, lang),
            problems,
        }));
    });
}
