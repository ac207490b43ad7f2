//! The notices above the calculator, written in the page's language, each with the button it
//! offers (save the scenarios as a file), and one button to close them all.

use leptos::prelude::*;

use crate::ui::i18n::{t, Key};
use crate::ui::notice::NoticeAction;
use crate::ui::web::persist;
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
                    {notices.into_iter().map(|n| {
                        let action = n.action().map(|a| view! { " " <NoticeButton action=a /> });
                        view! { <p>{move || n.text(lang())}{action}</p> }
                    }).collect_view()}
                    <button type="button" class="button button-secondary" on:click=move |_| state.notices.set(Vec::new())>
                        {move || t(lang(), Key::CloseMessage)}
                    </button>
                </div>
            }
        })
    }
}

/// The button of a notice that offers to do something about it.
#[component]
fn NoticeButton(action: NoticeAction) -> impl IntoView {
    let state = AppState::expect();
    let text = move |key| t(state.lang.get(), key);
    match action {
        NoticeAction::SaveAllAsFile => view! {
            <button type="button" class="button button-secondary notice-action" on:click=move |_| persist::download_all(state)>
                {move || text(Key::SaveAllScenariosAsFile)}
            </button>
        }
        .into_any(),
        NoticeAction::RestorePrevious => view! {
            <button type="button" class="button button-secondary notice-action" on:click=move |_| persist::restore_replaced(state)>
                {move || text(Key::RestoreSavedVersion)}
            </button>
        }
        .into_any(),
    }
}
