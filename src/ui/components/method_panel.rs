//! "Sådan regner Måltal": where the figures come from, how the forecast and the kravforløb are
//! made, how accurate the forecast has been, and what the uncertainty band means. The texts are
//! in the catalogue (`i18n`), the back-test figures in `view_model::method`.

use leptos::prelude::*;

use crate::ui::i18n::{t, Key};
use crate::ui::view_model::method::backtest_rows;
use crate::ui::web::browser;
use crate::ui::web::state::{AppState, Page};

/// The method page.
#[component]
pub fn MethodPanel() -> impl IntoView {
    let state = AppState::expect();
    let lang = move || state.lang.get();
    let text = move |key| t(lang(), key);
    let rows = move || state.baseline.with(|b| backtest_rows(b.as_deref(), lang()));
    view! {
        <article class="method" aria-labelledby="method-heading">
            <h1 id="method-heading" tabindex="-1">{move || text(Key::Method)}</h1>
            <h2>{move || text(Key::MethodSourcesHeading)}</h2>
            <p>{move || text(Key::MethodSources)}</p>
            <h2>{move || text(Key::MethodForecastHeading)}</h2>
            <p>{move || text(Key::MethodForecast)}</p>
            <h2>{move || text(Key::MethodAccuracyHeading)}</h2>
            <p>{move || text(Key::MethodAccuracy)}</p>
            <div class="table-scroll table-scroll-free" role="region" aria-labelledby="backtest-caption" tabindex="0">
                <table class="table">
                    <caption id="backtest-caption">{move || text(Key::MethodBacktestCaption)}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{move || text(Key::Indicator)}</th>
                            <th scope="col" class="num">{move || text(Key::MethodMaseOurs)}</th>
                            <th scope="col" class="num">{move || text(Key::MethodMaseNaive)}</th>
                            <th scope="col" class="num">{move || text(Key::MethodCoverage80)}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {move || rows().into_iter().map(|[name, ours, naive, coverage]| view! {
                            <tr>
                                <th scope="row">{name}</th>
                                <td class="num">{ours}</td>
                                <td class="num">{naive}</td>
                                <td class="num">{coverage}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
            <p>{move || text(Key::MethodReproduce)}</p>
            <h2>{move || text(Key::MethodBandHeading)}</h2>
            <p>{move || text(Key::MethodBand)}</p>
            <h2>{move || text(Key::MethodPathHeading)}</h2>
            <p>{move || text(Key::MethodPath)}</p>
            <h2>{move || text(Key::MethodRealismHeading)}</h2>
            <p>{move || text(Key::MethodRealism)}</p>
            <p>
                <button type="button" class="button button-secondary" on:click=move |_| {
                    state.page.set(Page::Calculator);
                    // Back to the link the page was opened from.
                    browser::focus_when_present("method-link");
                }>
                    {move || text(Key::Back)}
                </button>
            </p>
        </article>
    }
}
