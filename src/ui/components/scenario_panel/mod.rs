//! Named scenarios, in three parts: `picker` (switch, name, author, new, duplicate, delete with
//! undo), `files` (share link, scenario files, CSV, print, loading participants' files) and
//! `comparison` (2–30 scenarios side by side).

mod comparison;
mod files;
mod picker;

use leptos::prelude::*;

use crate::model::plan::{GoalPlan, Planner};
use crate::ui::i18n::{t, Key};
use crate::ui::web::derived::Shared;
use crate::ui::web::state::AppState;

use comparison::ScenarioComparison;
use files::ShareAndFiles;
use picker::ScenarioPicker;

/// The scenario panel.
#[component]
pub fn ScenarioPanel(
    /// The planner of the current scenario.
    #[prop(into)]
    planner: Signal<Option<Shared<Planner>>>,
    /// The current scenario's plans, one per goal.
    #[prop(into)]
    plans: Signal<Vec<Option<GoalPlan>>>,
    /// The current municipality's index.
    #[prop(into)]
    municipality: Signal<Option<usize>>,
) -> impl IntoView {
    let state = AppState::expect();
    let lang = Signal::derive(move || state.lang.get());
    // The scenarios chosen for the side-by-side comparison (emptied when one is deleted).
    let compare: RwSignal<Vec<usize>> = RwSignal::new(Vec::new());
    view! {
        <section class="scenarios" aria-labelledby="scenarios-heading">
            <h2 id="scenarios-heading" class="sr-only">{move || t(lang.get(), Key::Scenarios)}</h2>
            <ScenarioPicker compare=compare />
            <details class="details share">
                <summary class="details-summary"><span class="details-summary-text">{move || t(lang.get(), Key::ShareSavePrintAndCompare)}</span></summary>
                <div class="details-text">
                    <ShareAndFiles planner=planner plans=plans municipality=municipality />
                    <ScenarioComparison planner=planner compare=compare />
                </div>
            </details>
        </section>
    }
}
