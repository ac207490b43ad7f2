//! The goal's chart (history, forecast with bands, target and kravforløb) with its legend,
//! downloads (PNG, SVG, CSV) and summary, and the indexed comparison chart behind a checkbox.

use leptos::prelude::*;

use crate::ui::components::chart_canvas::{chart_download, ChartCanvas, ChartDownloads};
use crate::ui::components::phone_fold::PhoneFold;
use crate::ui::format::Lang;
use crate::ui::i18n::{t, Key};
use crate::ui::view_model::goal::GoalCardView;

use super::field::field;

/// The charts of a goal card.
#[component]
pub fn GoalCharts(
    view: Signal<Option<GoalCardView>>,
    goal_id: Signal<String>,
    lang: Signal<Lang>,
) -> impl IntoView {
    let id = move || goal_id.get();
    let show_index = RwSignal::new(false);
    let spec = Signal::derive(move || field(view, |v| v.chart.clone()));
    let index_spec = Signal::derive(move || field(view, |v| v.index_chart.clone()));
    let summary = Signal::derive(move || field(view, |v| v.summary.clone()));
    let index_summary = Signal::derive(move || {
        field(view, |v| {
            v.index_chart
                .lines
                .iter()
                .map(|l| l.label.clone())
                .collect::<Vec<_>>()
                .join(", ")
        })
    });
    let title = move || field(view, |v| v.title.clone());
    let download = chart_download(title);
    let index_download =
        chart_download(move || format!("{} {}", title(), t(lang.get(), Key::Index)));
    view! {
        <figure class="chart">
            <ChartCanvas spec=spec summary=summary />
            // On a phone the files wait behind a disclosure.
            <PhoneFold label=Signal::derive(move || t(lang.get(), Key::FoldChartMore).to_string()) class="chart-more">
                <ChartDownloads figure=spec download=download />
            </PhoneFold>
            <figcaption class="chart-summary">{summary}</figcaption>
        </figure>
        <div class="form-group-checkbox">
            <input
                type="checkbox"
                class="form-checkbox"
                id=move || format!("index-{}", id())
                prop:checked=move || show_index.get()
                on:change=move |ev| show_index.set(event_target_checked(&ev))
            />
            <label class="form-label" for=move || format!("index-{}", id())>{move || t(lang.get(), Key::ShowIndex)}</label>
        </div>
        <Show when=move || show_index.get()>
            <figure class="chart">
                <ChartCanvas spec=index_spec summary=index_summary class="chart-index" download=index_download />
            </figure>
        </Show>
    }
}
