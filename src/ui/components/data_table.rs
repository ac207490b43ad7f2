//! A plain data table: a caption, a header row and text cells (first cell a row header).

use leptos::prelude::*;

/// The figures behind a chart, or any small table.
#[component]
pub fn DataTable(
    /// Caption.
    #[prop(into)]
    caption: Signal<String>,
    /// Column headers.
    #[prop(into)]
    head: Signal<Vec<String>>,
    /// Rows of cells.
    #[prop(into)]
    rows: Signal<Vec<Vec<String>>>,
) -> impl IntoView {
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-label=caption>
            <table class="table table--compact data-table">
                <caption>{caption}</caption>
                <thead>
                    <tr>
                        {move || head.get().into_iter().enumerate().map(|(i, h)| {
                            let class = if i == 0 { "" } else { "num" };
                            view! { <th scope="col" class=class>{h}</th> }
                        }).collect_view()}
                    </tr>
                </thead>
                <tbody>
                    {move || rows.get().into_iter().map(|row| {
                        let mut cells = row.into_iter();
                        let first = cells.next().unwrap_or_default();
                        view! {
                            <tr>
                                <th scope="row">{first}</th>
                                {cells.map(|c| view! { <td class="num">{c}</td> }).collect_view()}
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}
