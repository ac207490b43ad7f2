//! Drawing chart specs onto an HTML canvas (browser only), sized for the device pixel ratio so
//! lines and text stay crisp on high-DPI screens.

use plotters::prelude::*;
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingErrorKind,
};
use plotters_canvas::CanvasBackend;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

use super::draw::Figure;
use super::ChartError;

/// A chart's text is drawn for a chart this wide (CSS px); a zoomed canvas (presentation mode)
/// scales text and strokes with its width beyond it, so a projected chart stays readable.
const ZOOM_BASE_PX: f64 = 860.0;

/// Sizes `canvas` to its CSS box × the device pixel ratio, then draws `figure` on it; with
/// `zoom`, text and strokes grow with the canvas' width (at most 3×).
///
/// # Errors
/// [`ChartError::NoData`] when there is nothing to draw, [`ChartError::Backend`] when the canvas
/// has no 2D context.
pub fn draw_on_canvas(
    canvas: &HtmlCanvasElement,
    figure: &impl Figure,
    zoom: bool,
) -> Result<(), ChartError> {
    let size = (
        f64::from(canvas.client_width()),
        f64::from(canvas.client_height()),
    );
    draw_sized(canvas, size, figure, zoom)
}

/// As [`draw_on_canvas`], for a canvas whose CSS size the caller knows (from a
/// `ResizeObserver`): nothing here reads the layout, so drawing never forces one.
///
/// # Errors
/// As [`draw_on_canvas`].
pub fn draw_sized(
    canvas: &HtmlCanvasElement,
    (css_width, css_height): (f64, f64),
    figure: &impl Figure,
    zoom: bool,
) -> Result<(), ChartError> {
    let ratio = web_sys::window()
        .map(|w| w.device_pixel_ratio())
        .unwrap_or(1.0)
        .clamp(1.0, 4.0);
    let css_width = css_width.max(280.0);
    let css_height = css_height.max(160.0);
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
    let zoom = if zoom {
        (css_width / ZOOM_BASE_PX).clamp(1.0, 3.0)
    } else {
        1.0
    };
    let backend = Measured::on_canvas(canvas).ok_or_else(no_context)?;
    figure.draw_into(&backend.into_drawing_area(), ratio * zoom)
}

/// The chart as a PNG data URL: its image size drawn at twice the pixels (crisp when pasted
/// into a document or shown on a high-DPI screen).
///
/// # Errors
/// As [`draw_on_canvas`].
pub fn png_data_url(figure: &impl Figure) -> Result<String, ChartError> {
    let canvas: HtmlCanvasElement = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.create_element("canvas").ok())
        .ok_or_else(no_context)?
        .unchecked_into();
    let (w, h) = figure.image_size();
    canvas.set_width(w * IMAGE_DENSITY);
    canvas.set_height(h * IMAGE_DENSITY);
    let backend = Measured::on_canvas(&canvas).ok_or_else(no_context)?;
    figure.draw_into(&backend.into_drawing_area(), f64::from(IMAGE_DENSITY))?;
    canvas
        .to_data_url_with_type("image/png")
        .map_err(|_| ChartError::Backend("billedet kunne ikke laves".into()))
}

/// The chart as an SVG document, its text as `<text>` elements (measured with a canvas, as
/// on screen).
///
/// # Errors
/// As [`draw_on_canvas`].
pub fn svg_text(figure: &impl Figure) -> Result<String, ChartError> {
    let measure: HtmlCanvasElement = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.create_element("canvas").ok())
        .ok_or_else(no_context)?
        .unchecked_into();
    let context = context_of(&measure).ok_or_else(no_context)?;
    let mut svg = String::new();
    {
        let inner = SVGBackend::with_string(&mut svg, figure.image_size());
        let backend = Measured { inner, context };
        figure.draw_into(&backend.into_drawing_area(), 1.0)?;
    }
    Ok(svg)
}

/// Pixels per CSS pixel of a downloaded PNG.
const IMAGE_DENSITY: u32 = 2;

fn no_context() -> ChartError {
    ChartError::Backend("lærredet har ingen 2D-kontekst".into())
}

fn context_of(canvas: &HtmlCanvasElement) -> Option<CanvasRenderingContext2d> {
    canvas
        .get_context("2d")
        .ok()??
        .dyn_into::<CanvasRenderingContext2d>()
        .ok()
}

/// A plotters backend (the canvas' or the SVG one), measuring text with a canvas' own
/// `measureText`. Left to itself, plotters measures text by adding a `<span style="…">` to the
/// page (its web font code), which the page's strict CSP forbids and which panics without a
/// `<body>`; with this wrapper no measurement ever writes to the document, whatever the text.
struct Measured<B> {
    inner: B,
    context: CanvasRenderingContext2d,
}

impl Measured<CanvasBackend> {
    fn on_canvas(canvas: &HtmlCanvasElement) -> Option<Measured<CanvasBackend>> {
        let context = context_of(canvas)?;
        let inner = CanvasBackend::with_canvas_object(canvas.clone())?;
        Some(Measured { inner, context })
    }
}

impl<B: DrawingBackend> DrawingBackend for Measured<B> {
    type ErrorType = B::ErrorType;

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
