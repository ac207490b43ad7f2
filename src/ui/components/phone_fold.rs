//! A part of the page folded behind a disclosure on a small screen (issue 11 §7): on a wide
//! screen it is open and its disclosure is not shown, so the page looks as before; on a phone
//! it starts closed and stays as the user leaves it.

use leptos::prelude::*;

use crate::ui::view_model::phone::fold_open;
use crate::ui::web::browser;

/// The folded part, `label` on its disclosure.
#[component]
pub fn PhoneFold(
    /// The disclosure's text ("Vis alle mål i én tabel").
    #[prop(into)]
    label: Signal<String>,
    /// Extra class for the `<details>`.
    #[prop(optional)]
    class: &'static str,
    /// What is folded.
    children: Children,
) -> impl IntoView {
    let narrow = browser::narrow_screen();
    let user_open = RwSignal::new(None::<bool>);
    let on_toggle = move |ev: leptos::ev::Event| {
        use wasm_bindgen::JsCast;
        if narrow.get_untracked() {
            let open = ev
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlDetailsElement>().ok())
                .is_some_and(|d| d.open());
            user_open.set(Some(open));
        }
    };
    view! {
        <details class=format!("details phone-fold {class}")
            prop:open=move || fold_open(narrow.get(), user_open.get()) on:toggle=on_toggle>
            <summary class="details-summary phone-fold-summary"><span class="details-summary-text">{label}</span></summary>
            <div class="phone-fold-body">{children()}</div>
        </details>
    }
}
