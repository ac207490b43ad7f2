//! The comparison view: the implied change ranked among the comparable municipalities and the
//! region, as a bar chart and a table.

use leptos::prelude::*;

use crate::ui::components::chart_canvas::{chart_download, BarCanvas};
use crate::ui::components::phone_fold::PhoneFold;
use crate::ui::format::Lang;
use crate::ui::i18n::{t, Key};
use crate::ui::view_model::comparison::ComparisonView as View;

/// The comparison section.
#[component]
pub fn ComparisonView(
    /// What to show (`None` when the chosen goal cannot be compared).
    #[prop(into)]
    view: Signal<Option<View>>,
    /// Goal titles for the goal selector.
    #[prop(into)]
    goals: Signal<Vec<String>>,
    /// The selected goal index.
    selected: RwSignal<usize>,
    /// Whether the goal selector is shown (not in an embed of one goal).
    #[prop(into)]
    chooser: Signal<bool>,
    /// Display language.
    #[prop(into)]
    lang: Signal<Lang>,
) -> impl IntoView {
    let text = move |key| t(lang.get(), key);
    let bars = Signal::derive(move || {
        view.with(|v| v.as_ref().map(|v| v.bars.clone()).unwrap_or_default())
    });
    let summary = Signal::derive(move || {
        view.with(|v| v.as_ref().map(|v| v.summary.clone()).unwrap_or_default())
    });
    let download = chart_download(move || {
        let goal = goals.with(|g| g.get(selected.get()).cloned().unwrap_or_default());
        format!("{} {goal}", text(Key::Comparison))
    });
    view! {
        <section class="comparison" aria-labelledby="comparison-heading">
            <h2 id="comparison-heading">{move || text(Key::Comparison)}</h2>
            <p>{move || text(Key::ComparisonIntro)}</p>
            <Show when=move || chooser.get()>
                <div class="form-group">
                    <label class="form-label" for="comparison-goal">{move || text(Key::ComparisonGoal)}</label>
                    <select id="comparison-goal" class="form-select" on:change=move |ev| {
                        if let Ok(i) = event_target_value(&ev).parse::<usize>() {
                            selected.set(i);
                        }
                    }>
                        {move || goals.get().into_iter().enumerate().map(|(i, g)| view! {
                            <option value=i.to_string() selected=move || selected.get() == i>{g}</option>
                        }).collect_view()}
                    </select>
                </div>
            </Show>
            <p class="comparison-summary">{summary}</p>
            <figure class="chart">
                <BarCanvas spec=bars summary=summary download=download />
            </figure>
            <ComparisonTable view=view summary=summary lang=lang />
        </section>
    }
}

/// The comparison as a table (folded behind a disclosure on a phone).
#[component]
fn ComparisonTable(
    view: Signal<Option<View>>,
    summary: Signal<String>,
    lang: Signal<Lang>,
) -> impl IntoView {
    let text = move |key| t(lang.get(), key);
    view! {
            <PhoneFold label=Signal::derive(move || text(Key::FoldComparisonTable).to_string())>
            <div class="table-scroll" tabindex="0" role="region" aria-label=move || format!("{} ({})", text(Key::Comparison), t(lang.get(), Key::TableWord))>
                <table class="table table--compact comparison-table">
                    <caption>{summary}</caption>
                    <thead>
                        <tr>
                            <th scope="col" class="num">{move || text(Key::Rank)}</th>
                            <th scope="col">{move || text(Key::Municipality)}</th>
                            <th scope="col" class="num">{move || text(Key::Level)}</th>
                            <th scope="col" class="num">{move || text(Key::PerThousand)}</th>
                            <th scope="col" class="num">{move || text(Key::Change)}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {move || view.get().map(|v| v.rows).unwrap_or_default().into_iter().map(|r| {
                            let class = if r.is_self { "row-self" } else if r.is_region { "row-region" } else { "" };
                            view! {
                                <tr class=class>
                                    <td class="num">{r.rank}</td>
                                    <th scope="row">{r.name}</th>
                                    <td class="num">{r.level}</td>
                                    <td class="num">{r.per_thousand}</td>
                                    <td class="num">{r.change}</td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
            </PhoneFold>
    }
}
