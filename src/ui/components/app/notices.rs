//! The notices above the calculator, written in the page's language, with one button to close
//! them all.

use leptos::prelude::*;

use crate::ui::i18n::{t, Key};
use crate::ui::web::state::AppState;

/// The notices (nothing while there are none).
#[component]
pub fn Notices() -> impl IntoView {
    let state = AppState::expect();
    let lang = move || state.lang.get();
    move || {
        let notices = state.notices.get();
        (!notices.is_empty()).then(|| {
            view! {
                <div class="alert alert-warning notices" role="status">
                    {notices.into_iter().map(|n| view! { <p>{move || n.text(lang())}</p> }).collect_view()}
                    <button type="button" class="button button-secondary" on:click=move |_| state.notices.set(Vec::new())>
                        {move || t(lang(), Key::CloseMessage)}
                    </button>
                </div>
            }
        })
    }
}
