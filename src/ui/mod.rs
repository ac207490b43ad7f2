//! The user interface, in two halves the folders keep apart:
//! - pure, compiled everywhere and tested natively: `format` (numbers and months), `i18n` (the
//!   catalogue of every interface text in Danish and English), `params` (URL parameters),
//!   `notice` (the typed messages the page shows) and `view_model` (what each part of the page
//!   shows, computed from `model`);
//! - browser only (`wasm32`): `components` (the Leptos components) and `web` (state, storage,
//!   address bar, loading, DOM helpers).
//!
//! No arithmetic on indicators happens in a view: views render what `view_model` computed.

pub mod format;
pub mod i18n;
pub mod notice;
pub mod params;
pub mod view_model;

/// The Leptos components, one per file, named for what the user sees (browser only).
#[cfg(target_arch = "wasm32")]
pub mod components;
/// The browser glue: the app's reactive state, storage and the address bar, loading files,
/// DOM and performance helpers (browser only).
#[cfg(target_arch = "wasm32")]
pub mod web;
