//! The browser glue, compiled for `wasm32` only: the app's reactive state (`state`), keeping
//! work in local storage and the address bar (`persist`), loading data files (`loading`), and
//! small DOM, clipboard, download and performance helpers (`browser`). Decisions about the
//! user's data are not made here but in `data` and `model`, where native tests reach them.

pub mod browser;
pub mod derived;
pub mod history;
pub mod host;
pub mod loading;
pub mod persist;
pub mod resize;
pub mod state;
pub mod tabs;
