//! Canvases that draw a chart spec whenever it changes, each with a text alternative.

use leptos::html::Canvas;
use leptos::prelude::*;

use crate::charts::bars::BarSpec;
use crate::charts::canvas::{draw_bars_on_canvas, draw_on_canvas};
use crate::charts::ChartSpec;

use crate::ui::web::browser;

/// A time-series chart on canvas.
#[component]
pub fn ChartCanvas(
    /// What to draw.
    #[prop(into)]
    spec: Signal<ChartSpec>,
    /// One sentence saying what the chart shows (the canvas' accessible name).
    #[prop(into)]
    summary: Signal<String>,
    /// Extra CSS class for the canvas' size.
    #[prop(optional)]
    class: &'static str,
    /// (button text, file name) to offer the chart as a PNG file.
    #[prop(optional, into)]
    download: Option<Signal<(String, String)>>,
) -> impl IntoView {
    let canvas = NodeRef::<Canvas>::new();
    let save_png = move |_| {
        let (Some(c), Some(d)) = (canvas.get_untracked(), download) else {
            return;
        };
        if let Ok(url) = c.to_data_url_with_type("image/png") {
            let _ = browser::download_url(&d.get_untracked().1, &url);
        }
    };
    // Drawing is the outside world: one Effect, reading the spec and the canvas.
    Effect::new(move |_| {
        let spec = spec.get();
        if let Some(canvas) = canvas.get() {
            if let Err(e) = draw_on_canvas(&canvas, &spec) {
                browser::warn(&format!("Diagrammet kunne ikke tegnes: {e}"));
            }
            browser::measure_redraw();
        }
    });
    view! {
        <canvas node_ref=canvas class=format!("chart-canvas {class}") role="img" aria-label=summary></canvas>
        {download.map(|d| view! {
            <button type="button" class="link-button chart-download" on:click=save_png>{move || d.get().0}</button>
        })}
    }
}

/// CSS pixels per bar of a bar chart, for the axis below them, and the least height.
const BAR_ROW_PX: u32 = 18;
const BAR_AXIS_PX: u32 = 70;
const BAR_MIN_PX: u32 = 200;

/// A bar chart on canvas.
#[component]
pub fn BarCanvas(
    /// What to draw.
    #[prop(into)]
    spec: Signal<BarSpec>,
    /// The canvas' accessible name.
    #[prop(into)]
    summary: Signal<String>,
) -> impl IntoView {
    let canvas = NodeRef::<Canvas>::new();
    Effect::new(move |_| {
        let spec = spec.get();
        if let Some(canvas) = canvas.get() {
            // Every bar gets a readable row: the canvas grows with their number (set through
            // the CSSOM, which the page's CSP allows).
            let height = BAR_ROW_PX * spec.bars.len() as u32 + BAR_AXIS_PX;
            let _ = web_sys::HtmlElement::style(&canvas)
                .set_property("height", &format!("{}px", height.max(BAR_MIN_PX)));
            if let Err(e) = draw_bars_on_canvas(&canvas, &spec) {
                browser::warn(&format!("Diagrammet kunne ikke tegnes: {e}"));
            }
            browser::measure_redraw();
        }
    });
    view! {
        <canvas node_ref=canvas class="chart-canvas chart-bars" role="img" aria-label=summary></canvas>
    }
}

/// The legend of a chart, as HTML (readable by screen readers, styled by class).
#[component]
pub fn ChartLegend(
    /// The chart whose legend to show.
    #[prop(into)]
    spec: Signal<ChartSpec>,
) -> impl IntoView {
    use crate::charts::spec::{LegendMark, LineStyle};
    view! {
        <ul class="unstyled-list legend">
            {move || spec.with(|s| s.legend()).into_iter().map(|item| {
                let mark = match item.mark {
                    LegendMark::Line(LineStyle::Solid) => "line",
                    LegendMark::Line(LineStyle::Dashed) => "line dashed",
                    LegendMark::Band => "band",
                    LegendMark::Marker => "dot",
                };
                view! {
                    <li>
                        <span class=format!("swatch swatch-{} {mark}", item.color.name()) aria-hidden="true"></span>
                        {item.label}
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}
