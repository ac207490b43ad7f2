//! The page: header, data loading, municipality picker, chart and table.

use std::sync::Arc;

use leptos::prelude::*;

use crate::data::fetch::fetch_baseline;
use crate::ui::format::Lang;
use crate::ui::history_chart::HistoryChart;
use crate::ui::municipality_picker::MunicipalityPicker;
use crate::ui::series_table::SeriesTable;
use crate::ui::state::{AppState, DEFAULT_DATA_URL};
use crate::ui::view_model;

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    let state = AppState::provide();
    leptos::task::spawn_local(async move {
        match fetch_baseline(DEFAULT_DATA_URL).await {
            Ok(b) => {
                if state.municipality.get_untracked().is_none() {
                    state
                        .municipality
                        .set(b.municipalities.first().map(|m| m.code.clone()));
                }
                state.baseline.set(Some(Arc::new(b)));
            }
            Err(e) => state.load_error.set(Some(e.to_string())),
        }
    });

    let options = Signal::derive(move || {
        state
            .baseline
            .get()
            .map(|b| {
                b.municipalities
                    .iter()
                    .map(|m| (m.code.clone(), m.name.clone()))
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
    });
    // (baseline, municipality index, indicator index) for the chosen municipality's `ledige`.
    let selection = Memo::new(move |_| {
        let b = state.baseline.get()?;
        let code = state.municipality.get()?;
        let m = b.municipality_index(&code)?;
        let i = b.indicator_index("ledige")?;
        Some((ByAddress(b), m, i))
    });
    let lang = Signal::derive(move || state.lang.get());
    let spec = Signal::derive(move || {
        selection
            .get()
            .map(|(b, m, i)| view_model::history_chart(&b.0, m, i, lang.get()))
            .unwrap_or_default()
    });
    let summary = Signal::derive(move || {
        selection
            .get()
            .map(|(b, m, i)| view_model::history_summary(&b.0, m, i, lang.get()))
            .unwrap_or_default()
    });
    let rows = Signal::derive(move || {
        selection
            .get()
            .map(|(b, m, i)| view_model::history_rows(&b.0, m, i, lang.get()))
            .unwrap_or_default()
    });
    let source = Signal::derive(move || {
        state
            .baseline
            .get()
            .map(|b| {
                format!(
                    "Kilde: Jobindsats og Danmarks Statistik, data til {}",
                    crate::ui::format::month(b.meta.data_month, Lang::Da)
                )
            })
            .unwrap_or_default()
    });

    view! {
        <header class="site-header">
            <div class="container">
                <p class="site-title">"Måltal"</p>
                <p class="site-tagline">"Planlægning af beskæftigelsesindsatsens mål"</p>
            </div>
        </header>
        <div class="container main-content">
            {move || state.load_error.get().map(|e| view! {
                <div class="alert alert-error" role="alert">
                    <h2 class="alert-heading">"Datafilen kunne ikke indlæses"</h2>
                    <pre class="alert-text">{e}</pre>
                </div>
            })}
            <Show
                when=move || state.baseline.get().is_some()
                fallback=move || view! {
                    <p class="loading-data" role="status">
                        {move || if state.load_error.get().is_none() { "Henter data…" } else { "" }}
                    </p>
                }
            >
                <h1>"Ledige i din kommune"</h1>
                <MunicipalityPicker options=options selected=state.municipality />
                <section class="chart-card" aria-labelledby="chart-heading">
                    <h2 id="chart-heading">"Registrerede ledige (fuldtidspersoner)"</h2>
                    <HistoryChart spec=spec summary=summary />
                    <p class="chart-source">{source}</p>
                    <SeriesTable rows=rows caption="Ledige pr. måned" />
                </section>
            </Show>
        </div>
    }
}

/// Compares an `Arc` by address, so a memo holding the baseline is cheap to compare.
#[derive(Clone)]
struct ByAddress(Arc<crate::model::baseline::Baseline>);

impl PartialEq for ByAddress {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}
