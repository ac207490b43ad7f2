//! The user interface. `format`, `i18n`, `params` and the view models are pure and tested
//! natively; the Leptos components (one per file, named for what the user sees) are compiled
//! for the browser only. No arithmetic on indicators happens in a view: views render what
//! `view_model` computed from `model`.

pub mod format;
pub mod i18n;
pub mod params;
pub mod view_model;

#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
pub mod browser;
#[cfg(target_arch = "wasm32")]
pub mod chart_canvas;
#[cfg(target_arch = "wasm32")]
pub mod choice_panel;
#[cfg(target_arch = "wasm32")]
pub mod comparison_view;
#[cfg(target_arch = "wasm32")]
pub mod data_file_picker;
#[cfg(target_arch = "wasm32")]
pub mod data_table;
#[cfg(target_arch = "wasm32")]
pub mod goal_card;
#[cfg(target_arch = "wasm32")]
pub mod loading;
#[cfg(target_arch = "wasm32")]
pub mod method_panel;
#[cfg(target_arch = "wasm32")]
pub mod municipality_picker;
#[cfg(target_arch = "wasm32")]
pub mod overview_table;
#[cfg(target_arch = "wasm32")]
pub mod persist;
#[cfg(target_arch = "wasm32")]
pub mod presentation;
#[cfg(target_arch = "wasm32")]
pub mod print_summary;
#[cfg(target_arch = "wasm32")]
pub mod scenario_panel;
#[cfg(target_arch = "wasm32")]
pub mod state;

#[cfg(target_arch = "wasm32")]
pub use app::App;

/// Mounts the app into `<main id="app">` (or the body when the page has none).
#[cfg(target_arch = "wasm32")]
pub fn mount() {
    use wasm_bindgen::JsCast;
    let host = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app"))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    match host {
        Some(host) => leptos::mount::mount_to(host, App).forget(),
        None => leptos::mount::mount_to_body(App),
    }
}
