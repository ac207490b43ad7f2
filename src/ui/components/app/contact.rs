//! The responsible authority's contact lines, in the header and the footer (the links are
//! decided in `view_model::contact`).

use leptos::prelude::*;

use crate::model::baseline::Authority;
use crate::ui::format::Lang;
use crate::ui::i18n::t;
use crate::ui::view_model::contact::contact_lines;

/// The telephone, e-mail and website lines the authority gives.
#[component]
pub fn ContactLines(authority: Authority, lang: Lang) -> impl IntoView {
    let lines = contact_lines(&authority)
        .into_iter()
        .map(|l| view! { <li>{t(lang, l.label)}": "<a href=l.href>{l.shown}</a></li> })
        .collect_view();
    view! { <ul class="unstyled-list contact-lines">{lines}</ul> }
}
