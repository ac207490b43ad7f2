//! The printable summary (shown only when printing; see `style/main.css`).

use leptos::prelude::*;

use crate::ui::view_model::print::PrintSummary as Summary;

/// The A4 summary for the employment plan.
#[component]
pub fn PrintSummary(
    /// What to print.
    #[prop(into)]
    summary: Signal<Option<Summary>>,
) -> impl IntoView {
    view! {
        <section class="print-only print-summary">
            {move || summary.get().map(|s| view! {
                <h1>{s.title}</h1>
                <dl class="facts">
                    {s.facts.into_iter().map(|(k, v)| view! { <div><dt>{k}</dt><dd>{v}</dd></div> }).collect_view()}
                </dl>
                {s.goals.into_iter().map(|g| view! {
                    <h2>{g.title}</h2>
                    <p><strong>{g.sentence}</strong></p>
                    <table class="table">
                        <tbody>
                            {g.expressions.into_iter().map(|(k, v)| view! { <tr><th scope="row">{k}</th><td>{v}</td></tr> }).collect_view()}
                        </tbody>
                    </table>
                    {(!g.note.is_empty()).then(|| view! { <p><em>{g.note}</em></p> })}
                    <p>{g.realism}</p>
                    <table class="table table--compact print-path">
                        <tbody>
                            {g.path.into_iter().map(|(m, v)| view! { <tr><th scope="row">{m}</th><td class="num">{v}</td></tr> }).collect_view()}
                        </tbody>
                    </table>
                }).collect_view()}
                <ul class="print-sources">
                    {s.sources.into_iter().map(|x| view! { <li>{x}</li> }).collect_view()}
                </ul>
            })}
        </section>
    }
}
