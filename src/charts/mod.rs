//! Charts: *what* to draw as plain, comparable specs ([`spec`]), the builders that make a spec
//! from model output ([`goal_chart`], [`scenario_chart`], [`axis`]), and the drawing itself, generic over plotters'
//! `DrawingBackend` ([`draw`], [`bars`]) so it is tested natively into SVG. Only `canvas`
//! (browser only) touches `CanvasBackend`.
//!
//! Depends on `model` only, never on `ui`: the builders take their words already translated
//! (a labels struct per chart) and a function that writes a month.

pub mod axis;
pub mod bars;
pub mod draw;
mod frame;
pub mod goal_chart;
mod paint;
pub mod scenario_chart;
pub mod spark;
pub mod spec;

#[cfg(target_arch = "wasm32")]
pub mod canvas;

pub use draw::{draw, ChartError};
pub use spec::{ChartSpec, Frame, Line, LineStyle, Palette};
