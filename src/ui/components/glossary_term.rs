//! A glossary word that opens its explanation: a button (with `aria-expanded`) right at the
//! word, and the explanation next to it — by click, tap or keyboard, never by hover alone.

use leptos::prelude::*;

use crate::ui::format::Lang;
use crate::ui::i18n::{t, Key};
use crate::ui::view_model::glossary::Term;

/// The word as a button that shows and hides its explanation. `scope` makes the explanation's
/// id unique on the page (a goal's id, or "page"); `label` is the button's text (the word as it
/// stands in the sentence), or a small "?" after a label when `None`.
#[component]
pub fn GlossaryTerm(
    /// The word explained.
    term: Term,
    /// What makes the explanation's id unique on the page.
    #[prop(into)]
    scope: Signal<String>,
    /// Display language.
    lang: Signal<Lang>,
    /// The button's text; a "?" when `None`.
    #[prop(optional, into)]
    label: Option<Signal<String>>,
) -> impl IntoView {
    let open = RwSignal::new(false);
    let id = move || format!("term-{}-{}", scope.get(), term.id());
    let question = label.is_none();
    view! {
        <button
            type="button"
            class=if question { "term-button term-question" } else { "term-button" }
            aria-expanded=move || open.get().to_string()
            aria-controls=id
            on:click=move |_| open.update(|o| *o = !*o)
        >
            {move || label.map_or_else(|| "?".to_string(), |l| l.get())}
            <span class="sr-only">
                {move || if question {
                    format!(" {} – {}", term.word(lang.get()), t(lang.get(), Key::GlossaryOpen))
                } else {
                    format!(" ({})", t(lang.get(), Key::GlossaryOpen))
                }}
            </span>
        </button>
        <span class="term-explanation" id=id role="note" hidden=move || !open.get()>
            {move || term.explanation(lang.get())}
        </span>
    }
}
