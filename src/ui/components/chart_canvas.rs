//! Canvases that draw a chart spec whenever it changes, each with a text alternative.

use leptos::html::Canvas;
use leptos::prelude::*;

use crate::charts::bars::BarSpec;
use crate::charts::canvas::{draw_sized, png_data_url, svg_text};
use crate::charts::draw::Figure;
use crate::charts::spec::LegendItem;
use crate::charts::ChartSpec;
use crate::ui::i18n::{t, Key};
use crate::ui::view_model::chart_file::{ChartDownload, ChartFile};

use crate::ui::web::browser;
use crate::ui::web::resize::observed_size;

/// A time-series chart on canvas, its legend beside it and, when asked, its downloads.
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
    /// Offer the chart as PNG, SVG and CSV files.
    #[prop(optional, into)]
    download: Option<Signal<ChartDownload>>,
    /// Grow text with the canvas' width (presentation mode).
    #[prop(optional)]
    zoom: bool,
) -> impl IntoView {
    let canvas = NodeRef::<Canvas>::new();
    // The size comes from the browser after its layout (never read here), and a new size redraws.
    let size = observed_size(canvas);
    // Drawing is the outside world: one Effect, reading the spec, the canvas and its size.
    Effect::new(move |_| {
        let spec = spec.get();
        if let (Some(canvas), Some(size)) = (canvas.get(), size.get()) {
            if let Err(e) = draw_sized(&canvas, size, &spec, zoom) {
                browser::warn(&format!("Diagrammet kunne ikke tegnes: {e}"));
            }
            browser::measure_redraw();
        }
    });
    view! {
        <canvas node_ref=canvas class=format!("chart-canvas {class}") role="img" aria-label=summary></canvas>
        <ChartLegend spec=spec />
        {download.map(|d| view! { <ChartDownloads figure=spec download=d /> })}
    }
}

/// The downloads of a chart about `what` (a goal's title …) for the current municipality and
/// scenario, in the page's language.
pub fn chart_download(what: impl Fn() -> String + Send + Sync + 'static) -> Signal<ChartDownload> {
    let state = crate::ui::web::state::AppState::expect();
    chart_download_of(what, move || state.scenario.with(|s| s.name.clone()))
}

/// The downloads of a chart about `what` for the current municipality and the scenario(s)
/// `scenarios` names (a comparison names every scenario it shows).
pub fn chart_download_of(
    what: impl Fn() -> String + Send + Sync + 'static,
    scenarios: impl Fn() -> String + Send + Sync + 'static,
) -> Signal<ChartDownload> {
    let state = crate::ui::web::state::AppState::expect();
    // A memo: its inputs (the card's title, from the card's view) change on every slider move,
    // the result almost never, and the buttons' texts should not be redone each time.
    let download = Memo::new(move |_| {
        let b = state.baseline.get();
        let code = state.municipality.get();
        let name = scenarios();
        crate::ui::view_model::chart_file::download(
            b.as_deref(),
            code.as_deref(),
            &name,
            &what(),
            state.lang.get(),
        )
    });
    download.into()
}

/// The buttons that save a chart as PNG (twice the pixels), SVG and CSV, each one file.
#[component]
pub fn ChartDownloads<F>(
    /// The chart to save.
    figure: Signal<F>,
    /// The files' names and words.
    download: Signal<ChartDownload>,
) -> impl IntoView
where
    F: Figure + ChartFile + Clone + Send + Sync + 'static,
{
    let lang = move || download.with(|d| d.lang);
    let save = move |kind: &'static str| {
        let d = download.get_untracked();
        let result = figure.with_untracked(|f| save_chart(f, &d, kind));
        if let Err(e) = result {
            browser::warn(&format!("Diagrammet kunne ikke gemmes: {e}"));
        }
    };
    view! {
        <div class="chart-downloads" role="group" aria-label=move || t(lang(), Key::ChartDownloads)>
            <span class="chart-downloads-label" aria-hidden="true">{move || t(lang(), Key::ChartDownloads)}":"</span>
            <button type="button" class="function-link chart-download" data-format="png" on:click=move |_| save("png")>{move || t(lang(), Key::SaveChartPng)}</button>
            <button type="button" class="function-link chart-download" data-format="svg" on:click=move |_| save("svg")>{move || t(lang(), Key::SaveChartSvg)}</button>
            <button type="button" class="function-link chart-download" data-format="csv" on:click=move |_| save("csv")>{move || t(lang(), Key::SaveChartCsv)}</button>
        </div>
    }
}

/// Saves `figure` as a file of `kind` ("png", "svg" or "csv").
fn save_chart<F: Figure + ChartFile>(
    figure: &F,
    d: &ChartDownload,
    kind: &str,
) -> Result<(), String> {
    let name = format!("{}.{kind}", d.stem);
    match kind {
        "png" => {
            let url = png_data_url(&figure.for_download(d)).map_err(|e| e.to_string())?;
            browser::download_url(&name, &url)
        }
        "svg" => {
            let svg = svg_text(&figure.for_download(d)).map_err(|e| e.to_string())?;
            browser::download(&name, "image/svg+xml", &svg)
        }
        _ => browser::download(&name, "text/csv;charset=utf-8", &figure.csv(d)),
    }
}

/// CSS pixels per bar of a bar chart, for the axis below them, and the least height.
const BAR_ROW_PX: u32 = 18;
const BAR_AXIS_PX: u32 = 70;
const BAR_MIN_PX: u32 = 200;

/// A bar chart on canvas, its legend under it.
#[component]
pub fn BarCanvas(
    /// What to draw.
    #[prop(into)]
    spec: Signal<BarSpec>,
    /// The canvas' accessible name.
    #[prop(into)]
    summary: Signal<String>,
    /// Offer the chart as PNG, SVG and CSV files.
    #[prop(optional, into)]
    download: Option<Signal<ChartDownload>>,
) -> impl IntoView {
    let canvas = NodeRef::<Canvas>::new();
    let size = observed_size(canvas);
    // Only the width is the browser's: the height follows the bars (setting it must not redraw).
    let width = Memo::new(move |_| size.get().map(|(w, _)| w));
    Effect::new(move |_| {
        let spec = spec.get();
        if let (Some(canvas), Some(width)) = (canvas.get(), width.get()) {
            // Every bar gets a readable row: the canvas grows with their number (set through
            // the CSSOM, which the page's CSP allows), and is drawn at that height at once.
            let height = (BAR_ROW_PX * spec.bars.len() as u32 + BAR_AXIS_PX).max(BAR_MIN_PX);
            let _ =
                web_sys::HtmlElement::style(&canvas).set_property("height", &format!("{height}px"));
            if let Err(e) = draw_sized(&canvas, (width, f64::from(height)), &spec, false) {
                browser::warn(&format!("Diagrammet kunne ikke tegnes: {e}"));
            }
            browser::measure_redraw();
        }
    });
    view! {
        <canvas node_ref=canvas class="chart-canvas chart-bars" role="img" aria-label=summary></canvas>
        <LegendList items=Signal::derive(move || spec.with(BarSpec::legend)) />
        {download.map(|d| view! { <ChartDownloads figure=spec download=d /> })}
    }
}

/// The legend of a chart, as HTML (readable by screen readers, styled by class).
#[component]
pub fn ChartLegend(
    /// The chart whose legend to show.
    #[prop(into)]
    spec: Signal<ChartSpec>,
) -> impl IntoView {
    view! { <LegendList items=Signal::derive(move || spec.with(ChartSpec::legend)) /> }
}

/// Legend entries as a list: each a swatch in the entry's colour and mark, and its text.
#[component]
fn LegendList(items: Signal<Vec<LegendItem>>) -> impl IntoView {
    use crate::charts::spec::{LegendMark, LineStyle};
    view! {
        <ul class="unstyled-list legend">
            {move || items.get().into_iter().map(|item| {
                let mark = match item.mark {
                    LegendMark::Line(LineStyle::Solid) => "line",
                    LegendMark::Line(LineStyle::Dashed) => "line dashed",
                    // "band band-light" / "band band-dark": the shade the chart shows.
                    LegendMark::Band(shade) => shade.name(),
                    LegendMark::Marker => "dot",
                    LegendMark::Bar => "block",
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
