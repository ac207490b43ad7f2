//! "Indlejr": a dialog (DKFDS' modal, on the browser's own `<dialog>`: focus kept inside, Esc
//! closes) that writes the embed code for what the user is looking at — municipality, goal,
//! language, theme, views and, if asked, the scenario's own targets — with the iframe's first
//! height. Copying says "Kopieret" only when the browser copied; otherwise the code is selected
//! with a hint to copy it by hand. The code itself is built in `view_model::embed`.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::data::scenario::to_link;
use crate::ui::format::Lang;
use crate::ui::i18n::{t, Key};
use crate::ui::params::{Theme, View};
use crate::ui::view_model::copy::{copy_feedback, CopyResult};
use crate::ui::view_model::embed::{embed_snippet, embed_url, EmbedChoice};
use crate::ui::web::browser;
use crate::ui::web::derived::Derived;
use crate::ui::web::state::AppState;

const DIALOG_ID: &str = "embed-dialog";

/// The "Indlejr" button and its dialog.
#[component]
// long-fn: one flat view of the dialog's fields; the choices are in `Settings`.
pub fn EmbedDialog(
    /// The page's derived values (goals, municipality).
    derived: Derived,
) -> impl IntoView {
    let state = derived.state;
    let text = move |key| t(state.lang.get(), key);
    let set = Settings::new(state);
    let Settings {
        goal,
        lang,
        theme,
        comparison,
        own_targets,
        height,
    } = set;
    let choice = set.choice(derived);
    let code = Memo::new(move |_| {
        let title = format!(
            "{} – {}",
            t(lang.get(), Key::EmbedFrameTitle),
            derived.municipality_name()
        );
        embed_snippet(&choice.get(), &title)
    });
    let goal_options = move || {
        let l = state.lang.get();
        derived
            .goals()
            .into_iter()
            .map(|g| view! { <option value=g.id.clone()>{g.title.get(l.code()).to_string()}</option> })
            .collect_view()
    };
    view! {
        <button type="button" id="embed-button" class="button button-secondary" aria-haspopup="dialog" on:click=move |_| open()>
            {move || text(Key::EmbedButton)}
        </button>
        <dialog id=DIALOG_ID class="fds-modal embed-dialog" aria-labelledby="embed-dialog-heading" on:close=move |_| browser::focus_when_present("embed-button")>
            <div class="modal-content">
                <div class="modal-header">
                    <h2 class="modal-title" id="embed-dialog-heading">{move || text(Key::EmbedHeading)}</h2>
                    <button type="button" class="modal-close function-link" on:click=move |_| close()>{move || text(Key::Close)}</button>
                </div>
                <div class="modal-body">
                    <p>{move || text(Key::EmbedIntro)}</p>
                    <div class="form-group">
                        <label class="form-label" for="embed-goal">{move || text(Key::EmbedGoal)}</label>
                        <select id="embed-goal" class="form-select" on:change=move |ev| goal.set(event_target_value(&ev))>
                            <option value="">{move || text(Key::EmbedAllGoals)}</option>
                            {goal_options}
                        </select>
                    </div>
                    <div class="form-group">
                        <label class="form-label" for="embed-lang">{move || text(Key::EmbedLanguage)}</label>
                        <select id="embed-lang" class="form-select" on:change=move |ev| lang.set(if event_target_value(&ev) == "en" { Lang::En } else { Lang::Da })>
                            <option value="da" selected=move || lang.get() == Lang::Da>"Dansk"</option>
                            <option value="en" lang="en" selected=move || lang.get() == Lang::En>"English"</option>
                        </select>
                    </div>
                    <ThemeChoice theme=theme />
                    <div class="form-group-checkbox">
                        <input type="checkbox" id="embed-comparison" class="form-checkbox" prop:checked=comparison on:change=move |ev| comparison.set(event_target_checked(&ev)) />
                        <label for="embed-comparison">{move || text(Key::EmbedComparison)}</label>
                    </div>
                    <div class="form-group-checkbox">
                        <input type="checkbox" id="embed-own" class="form-checkbox" prop:checked=own_targets on:change=move |ev| own_targets.set(event_target_checked(&ev)) />
                        <label for="embed-own">{move || text(Key::EmbedScenario)}</label>
                    </div>
                    <div class="form-group">
                        <label class="form-label" for="embed-height">{move || text(Key::EmbedHeight)}</label>
                        <input id="embed-height" type="number" min="200" max="4000" step="50" class="form-input input-width-xs" prop:value=move || height.get().to_string()
                            on:change=move |ev| set_height(height, &event_target_value(&ev)) />
                    </div>
                    <CodeBox code=code />
                    <div class="form-group">
                        <label class="form-label" for="embed-link">{move || text(Key::EmbedLink)}</label>
                        <input id="embed-link" type="text" class="form-input share-input" readonly prop:value=move || embed_url(&choice.get()) />
                    </div>
                </div>
            </div>
        </dialog>
    }
}

/// The code to paste, with a copy button that tells the truth.
#[component]
fn CodeBox(code: Memo<String>) -> impl IntoView {
    let state = AppState::expect();
    let text = move |key| t(state.lang.get(), key);
    let last = RwSignal::new(None::<CopyResult>);
    let feedback = move || code.with(|c| last.with(|l| copy_feedback(l.as_ref(), c)));
    let copy = move |_| {
        let c = code.get_untracked();
        leptos::task::spawn_local(async move {
            let copied = browser::copy_text(&c).await;
            if !copied {
                browser::select_input("embed-code");
            }
            last.try_set(Some((c, copied)));
        });
    };
    view! {
        <div class="form-group">
            <label class="form-label" for="embed-code">{move || text(Key::EmbedCode)}</label>
            <textarea id="embed-code" class="form-input embed-code" rows="8" readonly prop:value=code aria-describedby="embed-copy-status"></textarea>
        </div>
        <p>
            <button type="button" id="embed-copy" class="button button-primary" on:click=copy>
                {move || text(if feedback().0 == Key::Copied { Key::Copied } else { Key::CopyCode })}
            </button>
        </p>
        <p class="form-hint" id="embed-copy-status" role="status">{move || feedback().1.map(|_| text(Key::CodeCopyRefused))}</p>
    }
}

/// The theme of the embed.
#[component]
fn ThemeChoice(theme: RwSignal<Theme>) -> impl IntoView {
    let state = AppState::expect();
    let text = move |key| t(state.lang.get(), key);
    let themes = [
        (Theme::Light, Key::ThemeLight),
        (Theme::Dark, Key::ThemeDark),
        (Theme::Contrast, Key::ThemeContrast),
    ];
    view! {
        <div class="form-group">
            <label class="form-label" for="embed-theme">{move || text(Key::EmbedTheme)}</label>
            <select id="embed-theme" class="form-select" on:change=move |ev| {
                let id = event_target_value(&ev);
                if let Some((th, _)) = themes.iter().find(|(th, _)| th.id() == id) {
                    theme.set(*th);
                }
            }>
                {themes.iter().map(|(th, key)| {
                    let th = *th;
                    let key = *key;
                    view! { <option value=th.id() selected=move || theme.get() == th>{move || text(key)}</option> }
                }).collect_view()}
            </select>
        </div>
    }
}

/// What the user chose in the dialog.
#[derive(Clone, Copy)]
struct Settings {
    goal: RwSignal<String>,
    lang: RwSignal<Lang>,
    theme: RwSignal<Theme>,
    comparison: RwSignal<bool>,
    own_targets: RwSignal<bool>,
    height: RwSignal<u32>,
}

impl Settings {
    /// Every goal, the page's language and theme, no comparison, the forecast, 900 px.
    fn new(state: AppState) -> Settings {
        Settings {
            goal: RwSignal::new(String::new()),
            lang: RwSignal::new(state.lang.get_untracked()),
            theme: RwSignal::new(browser::current_theme()),
            comparison: RwSignal::new(false),
            own_targets: RwSignal::new(false),
            height: RwSignal::new(900),
        }
    }

    /// The embed these choices describe, for the page's municipality (and scenario).
    fn choice(self, derived: Derived) -> Memo<EmbedChoice> {
        let state = derived.state;
        Memo::new(move |_| EmbedChoice {
            base: browser::page_address(),
            municipality: state.municipality.get().unwrap_or_default(),
            goal: Some(self.goal.get()).filter(|g| !g.is_empty()),
            lang: self.lang.get(),
            theme: self.theme.get(),
            views: if self.comparison.get() {
                vec![View::Goals, View::Comparison]
            } else {
                vec![View::Goals]
            },
            data: browser::query_value("data"),
            scenario: self.own_targets.get().then(|| state.scenario.with(to_link)),
            height: self.height.get(),
        })
    }
}

/// A typed height, kept within 200–4 000 px; an unreadable one leaves the height as it was.
fn set_height(height: RwSignal<u32>, typed: &str) {
    if let Ok(h) = typed.trim().parse::<u32>() {
        height.set(h.clamp(200, 4000));
    }
}

fn dialog() -> Option<web_sys::HtmlDialogElement> {
    web_sys::window()?
        .document()?
        .get_element_by_id(DIALOG_ID)?
        .dyn_into::<web_sys::HtmlDialogElement>()
        .ok()
}

fn open() {
    if let Some(d) = dialog() {
        let _ = d.show_modal();
    }
}

fn close() {
    if let Some(d) = dialog() {
        d.close();
    }
}
