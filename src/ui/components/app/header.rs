//! The skip link and the site header with the language switch.

use leptos::prelude::*;

use crate::ui::i18n::{t, Key};
use crate::ui::web::state::AppState;

/// "Gå til indhold": the first thing a keyboard user reaches.
#[component]
pub fn SkipLink() -> impl IntoView {
    let state = AppState::expect();
    view! { <a class="skipnav" href="#main">{move || t(state.lang.get(), Key::Skip)}</a> }
}

/// The header: the name, the tagline and the switch to the other language.
#[component]
pub fn SiteHeader(
    /// Hidden in embed mode.
    hidden: bool,
) -> impl IntoView {
    let state = AppState::expect();
    let lang = move || state.lang.get();
    view! {
        <header class="site-header" hidden=hidden>
            <div class="container header-row">
                <div>
                    <p class="site-title">"Måltal"</p>
                    <p class="site-tagline">{move || t(lang(), Key::AppTagline)}</p>
                </div>
                <button
                    type="button"
                    class="button button-secondary button-header"
                    lang=move || lang().other().code()
                    on:click=move |_| state.lang.update(|l| *l = l.other())
                >
                    {move || t(lang(), Key::OtherLanguage)}
                </button>
            </div>
        </header>
    }
}
