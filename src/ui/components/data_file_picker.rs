//! Choosing or dropping another baseline file, and the panel that shows why a file was refused.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::ui::i18n::{t, Key};
use crate::ui::web::loading;
use crate::ui::web::state::AppState;

/// The file chooser with its drop zone.
#[component]
pub fn DataFilePicker() -> impl IntoView {
    let state = AppState::expect();
    let lang = move || state.lang.get();
    let dragging = RwSignal::new(false);
    view! {
        <div
            class=move || if dragging.get() { "file-drop dragging" } else { "file-drop" }
            on:dragover=move |ev: web_sys::DragEvent| {
                ev.prevent_default();
                dragging.set(true);
            }
            on:dragleave=move |_| dragging.set(false)
            on:drop=move |ev: web_sys::DragEvent| {
                ev.prevent_default();
                dragging.set(false);
                if let Some(file) = ev.data_transfer().and_then(|d| d.files()).and_then(|f| f.get(0)) {
                    loading::load_file(state, file);
                }
            }
        >
            <label class="form-label" for="data-file">{move || t(lang(), Key::LoadFile)}</label>
            <span class="form-hint" id="data-file-hint">{move || t(lang(), Key::LoadFileHint)}</span>
            <input
                id="data-file"
                type="file"
                accept=".json,application/json"
                aria-describedby="data-file-hint"
                on:change=move |ev| {
                    let input = ev
                        .target()
                        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
                    if let Some(file) = input.as_ref().and_then(|i| i.files()).and_then(|f| f.get(0)) {
                        loading::load_file(state, file);
                    }
                    if let Some(i) = input {
                        i.set_value("");
                    }
                }
            />
        </div>
    }
}

/// The panel listing why the last file was refused.
#[component]
pub fn LoadProblemPanel() -> impl IntoView {
    let state = AppState::expect();
    let lang = move || state.lang.get();
    view! {
        {move || state.load_problem.get().map(|p| {
            let many = p.errors.len() > 1;
            let errors = p.errors.clone();
            let first = p.errors.first().cloned();
            view! {
                <div class="alert alert-error" role="alert">
                    <h2 class="alert-heading">{move || t(lang(), Key::DataErrorHeading)}": "{p.what.clone()}</h2>
                    {if many {
                        view! { <ul class="alert-list">{errors.into_iter().map(|e| view! { <li>{move || e.text(lang())}</li> }).collect_view()}</ul> }.into_any()
                    } else {
                        view! { <p class="alert-text">{move || first.as_ref().map(|e| e.text(lang())).unwrap_or_default()}</p> }.into_any()
                    }}
                    <p>{move || if state.baseline.get().is_some() { t(lang(), Key::DataKeptNote) } else { "" }}</p>
                    {p.retry.clone().map(|url| view! {
                        <button type="button" class="button button-secondary" id="data-retry" on:click=move |_| loading::load_url(state, url.clone())>{move || t(lang(), Key::TryAgain)}</button>
                    })}
                </div>
            }
        })}
    }
}
