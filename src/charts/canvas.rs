//! Drawing chart specs onto an HTML canvas (browser only), sized for the device pixel ratio so
//! lines and text stay crisp on high-DPI screens.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingErrorKind,
};
use plotters_canvas::CanvasBackend;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

use super::bars::{draw_bars, BarSpec};
use super::{draw, ChartError, ChartSpec};

/// Sizes `canvas` to its CSS box × the device pixel ratio, then runs `paint` on it.
fn paint_canvas(
    canvas: &HtmlCanvasElement,
    paint: impl FnOnce(&DrawingArea<MeasuredCanvas, Shift>, f64) -> Result<(), ChartError>,
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
    let backend = MeasuredCanvas::new(canvas)
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

/// plotters' canvas backend, measuring text with the canvas' own `measureText`. Left to
/// itself, plotters measures text by adding a `<span style="…">` to the page (its web font
/// code), which the page's strict CSP forbids and which panics without a `<body>`; with this
/// wrapper no measurement ever writes to the document, whatever the text.
struct MeasuredCanvas {
    inner: CanvasBackend,
    context: CanvasRenderingContext2d,
}

impl MeasuredCanvas {
    fn new(canvas: &HtmlCanvasElement) -> Option<MeasuredCanvas> {
        let context = canvas
            .get_context("2d")
            .ok()??
            .dyn_into::<CanvasRenderingContext2d>()
            .ok()?;
        let inner = CanvasBackend::with_canvas_object(canvas.clone())?;
        Some(MeasuredCanvas { inner, context })
    }
}

impl DrawingBackend for MeasuredCanvas {
    type ErrorType = <CanvasBackend as DrawingBackend>::ErrorType;

    fn get_size(&self) -> (u32, u32) {
        self.inner.get_size()
    }
    fn ensure_prepared(&mut self) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.inner.ensure_prepared()
    }
    fn present(&mut self) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.inner.present()
    }
    fn draw_pixel(
        &mut self,
        point: BackendCoord,
        color: BackendColor,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.inner.draw_pixel(point, color)
    }
    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.inner.draw_line(from, to, style)
    }
    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.inner.draw_rect(upper_left, bottom_right, style, fill)
    }
    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.inner.draw_path(path, style)
    }
    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.inner.draw_circle(center, radius, style, fill)
    }
    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vert: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.inner.fill_polygon(vert, style)
    }
    fn draw_text<S: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &S,
        pos: BackendCoord,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.inner.draw_text(text, style, pos)
    }
    /// The text's width from `measureText` in the style's font, and its height as the font
    /// size (what plotters' own estimate gives for one line).
    fn estimate_text_size<S: BackendTextStyle>(
        &self,
        text: &str,
        style: &S,
    ) -> Result<(u32, u32), DrawingErrorKind<Self::ErrorType>> {
        self.context.set_font(&format!(
            "{} {}px {}",
            style.style().as_str(),
            style.size(),
            style.family().as_str(),
        ));
        let width = self
            .context
            .measure_text(text)
            .map(|m| m.width())
            .unwrap_or(0.0);
        let clamp = |v: f64| {
            if v.is_finite() {
                v.clamp(0.0, 1e6) as u32
            } else {
                0
            }
        };
        Ok((clamp(width), clamp(style.size())))
    }
}
