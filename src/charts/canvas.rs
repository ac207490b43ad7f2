//! Drawing chart specs onto an HTML canvas (browser only), sized for the device pixel ratio so
//! lines and text stay crisp on high-DPI screens.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters_canvas::CanvasBackend;
use web_sys::HtmlCanvasElement;

use super::bars::{draw_bars, BarSpec};
use super::{draw, ChartError, ChartSpec};

/// Sizes `canvas` to its CSS box × the device pixel ratio, then runs `paint` on it.
fn paint_canvas(
    canvas: &HtmlCanvasElement,
    paint: impl FnOnce(&DrawingArea<CanvasBackend, Shift>, f64) -> Result<(), ChartError>,
) -> Result<(), ChartError> {
    let ratio = web_sys::window()
        .map(|w| w.device_pixel_ratio())
        .unwrap_or(1.0)
        .clamp(1.0, 4.0);
    let css_width = f64::from(canvas.client_width().max(280));
    let css_height = f64::from(canvas.client_height().max(160));
    let (w, h) = (
        (css_width * ratio).round() as u32,
        (css_height * ratio).round() as u32,
    );
    // Resizing clears the canvas; only do it when the size changed.
    if canvas.width() != w {
        canvas.set_width(w);
    }
    if canvas.height() != h {
        canvas.set_height(h);
    }
    let backend = CanvasBackend::with_canvas_object(canvas.clone())
        .ok_or_else(|| ChartError::Backend("lærredet har ingen 2D-kontekst".into()))?;
    let root = backend.into_drawing_area();
    paint(&root, ratio)
}

/// Draws a time-series chart on `canvas`.
///
/// # Errors
/// [`ChartError::NoData`] when there is nothing to draw, [`ChartError::Backend`] when the canvas
/// has no 2D context.
pub fn draw_on_canvas(canvas: &HtmlCanvasElement, spec: &ChartSpec) -> Result<(), ChartError> {
    paint_canvas(canvas, |root, ratio| draw(spec, root, ratio))
}

/// Draws a bar chart on `canvas`.
///
/// # Errors
/// As [`draw_on_canvas`].
pub fn draw_bars_on_canvas(canvas: &HtmlCanvasElement, spec: &BarSpec) -> Result<(), ChartError> {
    paint_canvas(canvas, |root, ratio| draw_bars(spec, root, ratio))
}
