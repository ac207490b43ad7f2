//! The skip link, DKFDS' language switcher and the site header (DKFDS' solution header: the
//! name of the solution and, when the data file names one, the responsible authority and its
//! contact).

use leptos::prelude::*;

use crate::ui::components::app::contact::ContactLines;
use crate::ui::format::Lang;
use crate::ui::i18n::{t, Key};
use crate::ui::web::state::AppState;

/// "Gå til indhold": the first thing a keyboard user reaches.
#[component]
pub fn SkipLink() -> impl IntoView {
    let state = AppState::expect();
    view! { <a class="skipnav" href="#main">{move || t(state.lang.get(), Key::Skip)}</a> }
}

/// DKFDS' language switcher: the page's language first and marked current, the other a link
/// (`?sprog=…` for a new tab; a click switches in place and keeps everything else).
#[component]
fn LanguageSwitcher() -> impl IntoView {
    let state = AppState::expect();
    let item = move |lang: Lang| {
        let current = move || state.lang.get() == lang;
        view! {
            <li>
                <a
                    href=format!("?sprog={}", lang.code())
                    lang=lang.code()
                    aria-current=move || current().then_some("true")
                    on:click=move |ev| {
                        ev.prevent_default();
                        state.lang.set(lang);
                    }
                >
                    {own_name(lang)}
                </a>
            </li>
        }
    };
    view! {
        <nav class="language-switcher" aria-label=move || t(state.lang.get(), Key::Language)>
            <div class="container">
                <ul>
                    {move || {
                        let here = state.lang.get();
                        [here, here.other()].map(item).collect_view()
                    }}
                </ul>
            </div>
        </nav>
    }
}

/// A language's name in itself ("Dansk", "English"): the other language's name for its switch.
fn own_name(lang: Lang) -> &'static str {
    t(lang.other(), Key::OtherLanguage)
}

/// The header: the language switcher, the name and tagline, and the responsible authority.
#[component]
pub fn SiteHeader(
    /// Hidden in embed mode.
    hidden: bool,
) -> impl IntoView {
    let state = AppState::expect();
    let lang = move || state.lang.get();
    let authority = move || state.baseline.get().and_then(|b| b.meta.authority.clone());
    view! {
        <div class="site-top" hidden=hidden>
            <LanguageSwitcher />
            <header class="header site-header">
                <div class="solution-info">
                    <div class="container solution-info-inner">
                        <div>
                            <div class="solution-heading">
                                <a href="./" class="site-title">"Måltal"</a>
                            </div>
                            <p class="site-tagline">{move || t(lang(), Key::AppTagline)}</p>
                        </div>
                        {move || authority().map(|a| view! {
                            <div class="additional-info">
                                <p class="authority-name">{a.name.get(lang().code()).to_string()}</p>
                                <ContactLines authority=a lang=lang() />
                            </div>
                        })}
                    </div>
                </div>
                // On a phone only the name: the contact lines are in the footer.
                {move || authority().map(|a| view! {
                    <div class="solution-info-mobile">
                        <p class="authority-name">{a.name.get(lang().code()).to_string()}</p>
                    </div>
                })}
            </header>
        </div>
    }
}
