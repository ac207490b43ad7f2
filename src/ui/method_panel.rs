//! "Sådan regner Måltal": where the figures come from, how the prognosis and the kravforløb are
//! made, how accurate the prognosis has been, and what the uncertainty band means.

use leptos::prelude::*;

use crate::ui::format::Lang;
use crate::ui::i18n::{t, Key};
use crate::ui::state::{AppState, Page};

/// The method page.
#[component]
pub fn MethodPanel() -> impl IntoView {
    let Some(state) = AppState::get() else {
        return view! { <p></p> }.into_any();
    };
    let lang = move || state.lang.get();
    view! {
        <article class="method" aria-labelledby="method-heading">
            <h1 id="method-heading">{move || t(lang(), Key::Method)}</h1>
            {move || match lang() {
                Lang::Da => view! {
                    <h2>"Hvor kommer tallene fra?"</h2>
                    <p>"Standarddata er offentlige tal fra Jobindsats.dk (STAR) og Danmarks Statistik for alle 98 kommuner, måned for måned til juli 2025: registrerede ledige, langtidsledige, modtagere af kontanthjælp og uddannelseshjælp og andelen af kontanthjælpsmodtagere med løntimer. Regioner og hele landet er summer af kommunerne. Sammenlignelige kommuner er Danmarks Statistiks kommunegrupper – en stedfortræder for STAR's klynger. En region kan lægge sin egen datafil ind."</p>
                    <h2>"Prognosen"</h2>
                    <p>"Prognosen bygger på kommunens egne månedstal. Først findes kommunens faste sæsonmønster – fx at ledigheden stiger i januar – og mønstret støttes af alle kommuners fælles mønster, så små kommuner ikke får et tilfældigt mønster. Derefter føres det aktuelle niveau frem med eksponentiel udjævning, og sæsonmønstret lægges på. Regionens forventede udvikling (hvis datafilen har den) og den valgte konjunktur flytter niveauet gradvist. Hvor reglerne er lavet om – som kontanthjælpsreformen 1. juli 2025 – starter niveauet forfra ved bruddet, og usikkerheden gøres større."</p>
                    <h2>"Hvor godt har prognosen ramt?"</h2>
                    <p>"Metoden er afprøvet på de seneste års tal: prognoser lavet med data op til en given måned er sammenlignet med det, der faktisk skete 1–12 måneder senere. Fejlen er målt som MASE (gennemsnitlig fejl i forhold til fejlen ved at gætte på samme måned sidste år; under 1 er bedre end det gæt)."</p>
                    <table class="table">
                        <caption>"Afprøvning af prognosen (rullende prognosestart, 1–12 måneder frem)"</caption>
                        <thead><tr><th scope="col">"Indikator"</th><th scope="col" class="num">"MASE, Måltal"</th><th scope="col" class="num">"MASE, samme måned sidste år"</th><th scope="col" class="num">"Inden for 80 %-båndet"</th></tr></thead>
                        <tbody>
                            <tr><th scope="row">"Ledige"</th><td class="num">"0,60"</td><td class="num">"0,76"</td><td class="num">"87 %"</td></tr>
                            <tr><th scope="row">"Langtidsledige"</th><td class="num">"1,89"</td><td class="num">"3,07"</td><td class="num">"74 %"</td></tr>
                            <tr><th scope="row">"Kontanthjælp og uddannelseshjælp"</th><td class="num">"0,64"</td><td class="num">"0,86"</td><td class="num">"83 %"</td></tr>
                            <tr><th scope="row">"Kontanthjælpsmodtagere med løntimer"</th><td class="num">"0,86"</td><td class="num">"1,03"</td><td class="num">"76 %"</td></tr>
                        </tbody>
                    </table>
                    <p>"Tallene kan genskabes med kommandoen maltal backtest."</p>
                    <h2>"Hvad betyder usikkerhedsbåndet?"</h2>
                    <p>"Det mørke bånd er 80 %-båndet: i 8 ud af 10 måneder bør det faktiske tal ligge inden for det. Det lyse bånd er 95 %-båndet. Båndet bliver bredere, jo længere frem prognosen rækker."</p>
                    <h2>"Kravforløbet"</h2>
                    <p>"Kravforløbet er den vej, kommunen skal gå måned for måned fra det seneste faktiske tal til målet. Det følger indikatorens sæsonmønster, så en vinterstigning ikke ligner et nederlag. Ved et mål for et gennemsnit rammer forløbet præcis målet i gennemsnit over planåret. Et forløb i lige linje kan vælges i stedet."</p>
                    <h2>"Hvor krævende er målet?"</h2>
                    <p>"Måltal tæller, hvor ofte kommuner faktisk har slået deres egen prognose med mindst den margen, målet kræver – blandt sammenlignelige kommuner og blandt alle kommuner. Tallet vises altid med antallet af tilfælde."</p>
                }.into_any(),
                Lang::En => view! {
                    <h2>"Where do the figures come from?"</h2>
                    <p>"The default data are public figures from Jobindsats.dk (STAR) and Statistics Denmark for all 98 municipalities, monthly to July 2025. Regions and the country are sums of the municipalities. Comparable municipalities are Statistics Denmark's municipality groups, a stand-in for STAR's clusters. A region can load its own data file."</p>
                    <h2>"The forecast"</h2>
                    <p>"The forecast rests on the municipality's own monthly figures: its seasonal pattern, supported by the common pattern of all municipalities, and its current level carried forward by exponential smoothing. The region's expected development (where the file has one) and the chosen economic outlook move the level gradually. Where rules changed – such as the social assistance reform of 1 July 2025 – the level restarts at the break and the uncertainty is widened."</p>
                    <h2>"How accurate has it been?"</h2>
                    <p>"Back-tested on recent years (rolling origin, 1–12 months ahead), the mean scaled error (MASE) was 0.60 for unemployment, 1.89 for long-term unemployment, 0.64 for social assistance and 0.86 for the share with paid hours – better than repeating last year's month (0.76, 3.07, 0.86, 1.03). 74–87 % of actual figures fell inside the 80 % band. Reproduce with maltal backtest."</p>
                    <h2>"The uncertainty band"</h2>
                    <p>"The dark band is the 80 % band: 8 months in 10 should fall inside it. The light band is the 95 % band. Bands widen further ahead."</p>
                    <h2>"The required path"</h2>
                    <p>"The required path runs month by month from the latest actual figure to the target, following the indicator's seasonal pattern so that a winter rise is not a false alarm. A straight line can be chosen instead."</p>
                    <h2>"How demanding is the target?"</h2>
                    <p>"Måltal counts how often municipalities actually beat their own forecast by at least the margin the target asks for, always with the number of cases."</p>
                }.into_any(),
            }}
            <p>
                <button type="button" class="button button-secondary" on:click=move |_| state.page.set(Page::Calculator)>
                    {move || t(lang(), Key::Back)}
                </button>
            </p>
        </article>
    }
    .into_any()
}
