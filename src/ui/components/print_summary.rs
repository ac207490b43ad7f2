//! The printed plan appendix (D19): built only while printing, laid out off screen so its
//! charts are drawn at their printed size, and the only thing on the page when printed
//! (`style/main.css`). Nothing in it is interactive.

use leptos::html::Canvas;
use leptos::prelude::*;

use crate::charts::canvas::draw_on_canvas;
use crate::charts::ChartSpec;
use crate::ui::components::chart_canvas::ChartLegend;
use crate::ui::view_model::print::{PrintGoal, PrintSummary as Summary, PrintTable};
use crate::ui::web::browser;

/// The appendix for the employment plan.
#[component]
pub fn PrintSummary(
    /// What to print.
    #[prop(into)]
    summary: Signal<Option<Summary>>,
) -> impl IntoView {
    view! {
        <section class="print-only print-summary">
            {move || summary.get().map(|s| {
                let source = s.source.clone();
                view! {
                    <h1 class="print-title">{s.title}</h1>
                    <dl class="print-facts">
                        {s.facts.into_iter().map(|(k, v)| view! { <div><dt>{k}</dt><dd>{v}</dd></div> }).collect_view()}
                    </dl>
                    {s.goals.into_iter().map(|g| view! { <PrintedGoal goal=g source=source.clone() /> }).collect_view()}
                    <p class="print-sources">{s.sources.join("; ")}</p>
                }
            })}
        </section>
    }
}

/// One goal: sentences, reasoning, the small chart beside the figures and the comparison.
#[component]
fn PrintedGoal(goal: PrintGoal, source: String) -> impl IntoView {
    let note = (!goal.note.is_empty()).then(|| {
        view! { <p class="print-note"><strong>{format!("{}: ", goal.note_label)}</strong>{goal.note}</p> }
    });
    let milestones = (!goal.milestones.is_empty())
        .then(|| view! { <p class="print-milestones">{goal.milestones}</p> });
    let realism = (!goal.realism.is_empty()).then(|| {
        view! { <p class=format!("print-realism realism realism-{}", goal.realism_class)>{goal.realism}</p> }
    });
    view! {
        <section class="print-goal" data-goal=goal.id>
            <h2>{goal.title}</h2>
            <p class="print-sentence">{goal.sentence}</p>
            {realism}
            {note}
            {milestones}
            <div class="print-figures">
                <PrintChart spec=goal.chart summary=goal.chart_summary source=source />
                <div class="print-tables">
                    <PrintedTable table=goal.figures />
                    {goal.comparison.map(|c| view! { <PrintedTable table=c /> })}
                </div>
            </div>
        </section>
    }
}

/// The goal card's chart drawn once, at its printed size, with its legend and source line
/// (as text under it).
#[component]
fn PrintChart(spec: ChartSpec, summary: String, source: String) -> impl IntoView {
    let canvas = NodeRef::<Canvas>::new();
    // On paper the goal's heading names the chart and the caption under it gives the source,
    // so the small canvas spends its height on the plot (drawn text there would be cut).
    let mut drawn = spec.clone();
    drawn.frame.title.clear();
    drawn.frame.subtitle.clear();
    drawn.frame.source.clear();
    // Drawing is the outside world: one Effect, once the canvas is there.
    Effect::new(move |_| {
        if let Some(c) = canvas.get() {
            if let Err(e) = draw_on_canvas(&c, &drawn, false) {
                browser::warn(&format!("Diagrammet kunne ikke tegnes: {e}"));
            }
            let _ = c.set_attribute("data-drawn", "1");
        }
    });
    view! {
        <figure class="print-chart">
            <canvas node_ref=canvas class="print-canvas" role="img" aria-label=summary></canvas>
            <ChartLegend spec=Signal::stored(spec) />
            <figcaption class="print-chart-source">{source}</figcaption>
        </figure>
    }
}

/// A table with its column headers (and caption, when it has one).
#[component]
fn PrintedTable(table: PrintTable) -> impl IntoView {
    let row_heads = table.row_heads;
    view! {
        <table class="table table--compact print-table">
            {(!table.caption.is_empty()).then(|| view! { <caption>{table.caption}</caption> })}
            <thead>
                <tr>{table.head.into_iter().map(|h| view! { <th scope="col">{h}</th> }).collect_view()}</tr>
            </thead>
            <tbody>
                {table.rows.into_iter().map(|row| view! {
                    <tr>{row.into_iter().enumerate().map(|(i, cell)| if i == 0 && row_heads {
                        view! { <th scope="row">{cell}</th> }.into_any()
                    } else {
                        view! { <td class="num">{cell}</td> }.into_any()
                    }).collect_view()}</tr>
                }).collect_view()}
            </tbody>
        </table>
    }
}
