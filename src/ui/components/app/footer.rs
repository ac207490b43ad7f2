//! The site footer (DKFDS' footer): the responsible authority and its contact when the data
//! file names one, the method page, the accessibility statement and where the data come from.

use leptos::prelude::*;

use crate::ui::components::app::contact::ContactLines;
use crate::ui::i18n::{t, Key};
use crate::ui::view_model::contact::statement_href;
use crate::ui::web::browser;
use crate::ui::web::state::{AppState, Page};

/// The footer.
#[component]
pub fn SiteFooter(
    /// Hidden in embed mode.
    hidden: bool,
    /// The data file given in the address (`?data=`), which the statement reads too.
    data: Option<String>,
) -> impl IntoView {
    let state = AppState::expect();
    let lang = move || state.lang.get();
    let text = move |key| t(lang(), key);
    let authority = move || state.baseline.get().and_then(|b| b.meta.authority.clone());
    view! {
        <footer class="site-footer" hidden=hidden>
            <div class="footer">
                <div class="container footer-row">
                    {move || authority().map(|a| view! {
                        <div class="footer-col">
                            <h2 class="h5">{text(Key::ResponsibleAuthority)}</h2>
                            <p class="authority-name">{a.name.get(lang().code()).to_string()}</p>
                            <ContactLines authority=a lang=lang() />
                        </div>
                    })}
                    <div class="footer-col">
                        <h2 class="h5">"Måltal"</h2>
                        <p>{move || text(Key::Footer)}</p>
                        <ul class="unstyled-list footer-links">
                            <li>
                                <button type="button" id="method-link" class="function-link" on:click=move |_| {
                                    state.page.set(Page::Method);
                                    // The page starts at its heading, not where the footer was.
                                    browser::focus_when_present("method-heading");
                                }>
                                    {move || text(Key::Method)}
                                </button>
                            </li>
                            <li><a href=move || statement_href(data.as_deref(), lang())>{move || text(Key::Accessibility)}</a></li>
                        </ul>
                    </div>
                </div>
            </div>
        </footer>
    }
}
