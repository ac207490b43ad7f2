//! Charts: *what* to draw as plain, comparable specs ([`spec`]), and the drawing itself,
//! generic over plotters' `DrawingBackend` ([`draw`]) so it is tested natively into SVG.
//! Only `canvas` (browser only) touches `CanvasBackend`.

pub mod bars;
pub mod draw;
pub mod spec;

#[cfg(target_arch = "wasm32")]
pub mod canvas;

pub use draw::{draw, ChartError};
pub use spec::{ChartSpec, Line, LineStyle, Palette};
