//! Drawing a chart spec onto an HTML canvas (browser only), sized for the device pixel ratio
//! so lines and text stay crisp on high-DPI screens.

use plotters::prelude::*;
use plotters_canvas::CanvasBackend;
use web_sys::HtmlCanvasElement;

use super::{draw, ChartError, ChartSpec};

/// Sizes `canvas` to its CSS box × the device pixel ratio and draws `spec` on it.
///
/// # Errors
/// [`ChartError::NoData`] when there is nothing to draw, [`ChartError::Backend`] when the canvas
/// has no 2D context.
pub fn draw_on_canvas(canvas: &HtmlCanvasElement, spec: &ChartSpec) -> Result<(), ChartError> {
    let ratio = web_sys::window()
        .map(|w| w.device_pixel_ratio())
        .unwrap_or(1.0)
        .clamp(1.0, 4.0);
    let css_width = f64::from(canvas.client_width().max(320));
    let css_height = f64::from(canvas.client_height().max(200));
    canvas.set_width((css_width * ratio).round() as u32);
    canvas.set_height((css_height * ratio).round() as u32);
    let backend = CanvasBackend::with_canvas_object(canvas.clone())
        .ok_or_else(|| ChartError::Backend("lærredet har ingen 2D-kontekst".into()))?;
    let root = backend.into_drawing_area();
    draw(spec, &root, ratio)
}
