//! Måltal — a planning calculator for the employment minister's goals.
//!
//! Layers (the dependency rule, kept visible in the folders):
//! - [`model`]: the engine — pure Rust, no web crate, no serde, no plotters.
//! - [`data`]: the JSON boundary — wire structs, validation into model types.
//! - [`charts`]: what to draw (pure specs) and drawing generic over plotters' backends.
//! - [`ui`]: formatting and view models (pure, tested natively) and the Leptos components
//!   (compiled for `wasm32` only).
//!
//! The native data tool (`src/bin/maltal/`) uses `data` and `model` only.

pub mod charts;
pub mod data;
pub mod model;

pub mod ui;

/// Entry point called from `index.js` once the WebAssembly module is loaded.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn run() {
    ui::components::app::mount();
}
