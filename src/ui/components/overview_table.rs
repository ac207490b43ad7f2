//! The overview table "Måltal for beskæftigelsesplanen": every goal's target, change, difference
//! from the forecast, pace and realism.

use leptos::prelude::*;

use crate::ui::components::phone_fold::PhoneFold;
use crate::ui::format::Lang;
use crate::ui::i18n::{t, Key};
use crate::ui::view_model::goal::OverviewRow;

/// The overview table.
#[component]
pub fn OverviewTable(
    /// One row per goal.
    #[prop(into)]
    rows: Signal<Vec<OverviewRow>>,
    /// Heading suffix (municipality and scenario).
    #[prop(into)]
    subtitle: Signal<String>,
    /// Display language.
    #[prop(into)]
    lang: Signal<Lang>,
) -> impl IntoView {
    let text = move |key| t(lang.get(), key);
    view! {
        <section class="overview" aria-labelledby="overview-heading">
            <h2 id="overview-heading">{move || text(Key::Overview)}</h2>
            <p>{move || text(Key::OverviewIntro)}" "{subtitle}</p>
            <PhoneFold label=Signal::derive(move || text(Key::FoldOverview).to_string())>
            <div class="table-scroll table-scroll-free" tabindex="0" role="region" aria-label=move || format!("{} ({})", text(Key::Overview), t(lang.get(), Key::TableWord))>
                <table class="table overview-table">
                    <thead>
                        <tr>
                            <th scope="col">{move || text(Key::Goal)}</th>
                            <th scope="col" class="num">{move || text(Key::OverviewTarget)}</th>
                            <th scope="col" class="num">{move || text(Key::ChangeFromBase)}</th>
                            <th scope="col" class="num">{move || text(Key::VsForecast)}</th>
                            <th scope="col" class="num">{move || text(Key::Pace)}</th>
                            <th scope="col">{move || text(Key::Realism)}</th>
                        </tr>
                    </thead>
                    <tbody>
                        <For each=move || rows.get() key=|r| r.clone() let:r>
                            <tr data-goal=r.id.clone()>
                                <th scope="row">{r.goal}</th>
                                <td class="num">{r.target}</td>
                                <td class="num">{r.change}</td>
                                <td class="num">{r.vs_forecast}</td>
                                <td class="num">{r.pace}</td>
                                <td>{r.realism}</td>
                            </tr>
                        </For>
                    </tbody>
                </table>
            </div>
            </PhoneFold>
        </section>
    }
}
