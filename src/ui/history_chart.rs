//! A time-series chart on canvas, with a text summary for screen readers.

use leptos::html::Canvas;
use leptos::prelude::*;

use crate::charts::canvas::draw_on_canvas;
use crate::charts::ChartSpec;

/// Draws `spec` on a canvas whenever it changes.
#[component]
pub fn HistoryChart(
    /// What to draw.
    #[prop(into)]
    spec: Signal<ChartSpec>,
    /// One sentence saying what the chart shows (read by screen readers).
    #[prop(into)]
    summary: Signal<String>,
) -> impl IntoView {
    let canvas = NodeRef::<Canvas>::new();
    // Drawing is the outside world: the one Effect here, reading the spec and the canvas.
    Effect::new(move |_| {
        let spec = spec.get();
        if let Some(canvas) = canvas.get() {
            // A failed drawing leaves the canvas blank; the summary and the table still
            // carry the figures.
            let _ = draw_on_canvas(&canvas, &spec);
        }
    });
    view! {
        <figure class="chart">
            <canvas node_ref=canvas class="chart-canvas" role="img" aria-label=summary></canvas>
            <figcaption class="visually-hidden">{summary}</figcaption>
        </figure>
    }
}
