//! The page: header, notices, the calculator (or the method page, or the presentation), footer.
//! `App` reads the address once, provides the state, starts loading the data and hands the
//! derived values ([`Derived`]) to the parts of the page, each its own component:
//! `header` and `footer`, `notices`, `calculator` (the calculator page and its sections) and
//! `goal_cards` (one card per goal).

mod calculator;
mod contact;
mod footer;
mod goal_cards;
mod header;
mod notices;
mod presenting;

use std::sync::Arc;

use leptos::prelude::*;

use crate::ui::components::data_file_picker::LoadProblemPanel;
use crate::ui::components::method_panel::MethodPanel;
use crate::ui::components::presentation::Presentation;
use crate::ui::i18n::{t, Key};
use crate::ui::notice::Notice;
use crate::ui::params::{self, Layout, ParamProblem, Params};
use crate::ui::view_model::page::Planners;
use crate::ui::view_model::presentation::participants_slide;
use crate::ui::web::derived::Derived;
use crate::ui::web::state::{AppState, Page, BUILTIN_SOURCE, DEFAULT_DATA_URL};
use crate::ui::web::{browser, host, loading, persist};

use calculator::Calculator;
use footer::SiteFooter;
use header::{SiteHeader, SkipLink};
use notices::Notices;
use presenting::PresentationState;

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    let (p, problems) = params::parse(&browser::query_pairs());
    let layout = Layout::of(&p);
    let state = AppState::provide(layout.only_goal.clone());
    start(state, &p, problems);
    let derived = Derived::new(state);
    let presentation = PresentationState {
        on: RwSignal::new(false),
        goal: RwSignal::new(0),
    };
    // The outside world follows the language and the presentation.
    Effect::new(move |_| {
        let lang = state.lang.get();
        browser::set_document_lang(lang.code(), t(lang, Key::PageTitle));
        persist::save_lang(lang);
    });
    Effect::new(move |_| {
        let on = if presentation.on.get() { "1" } else { "0" };
        browser::set_document_attr("data-praesentation", on);
    });
    // A host page that frames Måltal hears of every settled change (maltal:valg).
    if host::is_framed() {
        Effect::new(move |_| {
            if let Some(message) = derived.choice_message() {
                host::post_choice(message);
            }
        });
    }
    let embed = layout.embed;
    let data_param = p.data.clone();
    let layout = StoredValue::new(layout);
    view! {
        <SkipLink />
        <SiteHeader hidden=embed />
        <div class="container main-content" id="main" tabindex="-1">
            <Notices />
            <LoadProblemPanel />
            <Show when=move || state.baseline.get().is_some() fallback=LoadingData>
                <Show when=move || presentation.on.get()>
                    <PresentedGoal derived=derived presentation=presentation />
                </Show>
                <Show
                    when=move || state.page.get() == Page::Calculator && !presentation.on.get()
                    fallback=move || view! { <Show when=move || !presentation.on.get()><MethodPanel /></Show> }
                >
                    <Calculator derived=derived layout=layout.get_value() presentation=presentation />
                </Show>
            </Show>
        </div>
        <SiteFooter hidden=embed data=data_param />
    }
}

/// Applies the address at start: language, notices for ignored parameters, saved work and the
/// share link, theme and embed mode; then starts loading the data.
fn start(state: AppState, p: &Params, problems: Vec<ParamProblem>) {
    // The language: the link's `sprog`, else the user's last choice in this browser.
    if let Some(lang) = p.lang.or_else(persist::saved_lang) {
        state.lang.set(lang);
    }
    for problem in problems {
        state.notify(Notice::Param(problem));
    }
    persist::restore(state, p, p.scenario.as_deref());
    browser::set_document_attr("data-tema", p.theme.id());
    if p.embed {
        browser::set_document_attr("data-embed", "1");
    }
    persist::autosave(state);
    crate::ui::web::history::start(state, p.embed);
    match (p.data.clone(), browser::inline_data()) {
        (Some(url), _) => loading::load_url(state, url),
        // The single-file build carries its data inside the page.
        (None, Some(text)) => loading::load_text(state, &text, BUILTIN_SOURCE.into()),
        (None, None) => loading::load_url(state, DEFAULT_DATA_URL.to_string()),
    }
}

/// "Indlæser data…" until the first data file is there (empty when loading failed: the error
/// panel says why).
#[component]
fn LoadingData() -> impl IntoView {
    let state = AppState::expect();
    let loading = move || state.load_problem.get().is_none();
    view! {
        <div class="loading-data" role="status">
            // DKFDS' spinner while the file is on its way; the words say it to a screen reader.
            <Show when=loading>
                <div class="spinner" aria-hidden="true"></div>
            </Show>
            <p class="spinner-status">{move || if loading() { t(state.lang.get(), Key::LoadingData) } else { "" }}</p>
        </div>
    }
}

/// The presentation of the goal the presentation is at.
#[component]
fn PresentedGoal(derived: Derived, presentation: PresentationState) -> impl IntoView {
    let plan = Memo::new(move |_| derived.plan(presentation.goal.get()));
    let card = Memo::new(move |_| {
        plan.with(|p| derived.goal_card_of(presentation.goal.get(), p.as_ref()?))
    });
    let state = derived.state;
    // The participants' slide: the scenarios with an author, the current planner reused.
    let participants = Memo::new(move |_| {
        let b = state.baseline.get()?;
        let mut planners = Planners::new();
        if let Some(p) = derived.planner.get() {
            planners.insert((p.0.goals.id.clone(), p.0.outlook), Arc::clone(&p.0));
        }
        let lang = state.lang.get();
        state
            .scenarios
            .with(|list| participants_slide(&b, list, &mut planners, lang))
    });
    view! {
        <Presentation
            card=card
            index=presentation.goal
            count=derived.goal_count
            participants=participants
            municipality=Signal::derive(move || derived.municipality_name())
            lang=derived.lang
            on_exit=Callback::new(move |_| {
                presentation.on.set(false);
                // Back to where the user started the presentation.
                browser::focus_when_present("presentation-button");
            })
        />
    }
}

/// Mounts the app into `<main id="app">` (or the body when the page has none), after setting
/// up the message shown if the app ever stops on an internal error.
pub fn mount() {
    use wasm_bindgen::JsCast;
    browser::install_crash_message();
    let host = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app"))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    match host {
        Some(host) => leptos::mount::mount_to(host, App).forget(),
        None => leptos::mount::mount_to_body(App),
    }
}
