//! A data table of months and values, paired with a chart.

use leptos::prelude::*;

use super::view_model::Row;

/// The figures behind a chart as a table.
#[component]
pub fn SeriesTable(
    /// Rows in month order.
    #[prop(into)]
    rows: Signal<Vec<Row>>,
    /// Caption.
    #[prop(into)]
    caption: String,
) -> impl IntoView {
    view! {
        <div class="table-scroll">
            <table class="table data-table">
                <caption>{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">"Måned"</th>
                        <th scope="col" class="num">"Værdi"</th>
                    </tr>
                </thead>
                <tbody>
                    <For each=move || rows.get() key=|r| (r.key.clone(), r.value.clone()) let:r>
                        <tr>
                            <th scope="row">{r.month}</th>
                            <td class="num">{r.value}</td>
                        </tr>
                    </For>
                </tbody>
            </table>
        </div>
    }
}
