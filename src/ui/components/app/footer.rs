//! The site footer: the method page and the accessibility statement.

use leptos::prelude::*;

use crate::ui::i18n::{t, Key};
use crate::ui::web::browser;
use crate::ui::web::state::{AppState, Page};

/// The footer.
#[component]
pub fn SiteFooter(
    /// Hidden in embed mode.
    hidden: bool,
) -> impl IntoView {
    let state = AppState::expect();
    let text = move |key| t(state.lang.get(), key);
    view! {
        <footer class="site-footer" hidden=hidden>
            <div class="container footer-row">
                <p>{move || text(Key::Footer)}</p>
                <ul class="unstyled-list footer-links">
                    <li>
                        <button type="button" id="method-link" class="link-button" on:click=move |_| {
                            state.page.set(Page::Method);
                            // The page starts at its heading, not where the footer was.
                            browser::focus_when_present("method-heading");
                        }>
                            {move || text(Key::Method)}
                        </button>
                    </li>
                    <li><a href="tilgaengelighed.html">{move || text(Key::Accessibility)}</a></li>
                </ul>
            </div>
        </footer>
    }
}
