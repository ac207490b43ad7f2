//! One goal, as the page shows it, in Danish or English. Each part owns one thing:
//!
//! - [`card`]: the goal card as a whole ([`GoalCardView`]), with its preset buttons and slider;
//! - [`sentence`]: the consequence sentence and its words ("38 færre end …");
//! - [`realism`]: the realism badge's text and colour class, from `model::rating`;
//! - `notes`: the notes about the forecast under the card (breaks, short history, gaps);
//! - `chart`: the goal's chart specs, the figures table behind them and their summary;
//! - [`overview`]: the rows of the overview table, and what an unplannable goal shows;
//! - [`target_input`]: reading a target typed in the number field;
//! - [`words`]: amounts of change and paces in words, with their unit decided in one place.
//!
//! Pure (no Leptos), tested natively. Values are in the indicator's unit; shares are fractions
//! until `ui::format` writes them.

use crate::model::baseline::Unit;

pub mod card;
mod chart;
pub mod glance;
mod notes;
pub mod overview;
pub mod realism;
pub mod sentence;
pub mod target_input;
pub mod words;

pub use card::{
    goal_card, preset_label, preset_name, GoalCardView, MilestoneView, PresetButton, SliderMark,
};
pub use chart::break_marks;
pub use overview::{overview_row, overview_unavailable_row, unavailable, OverviewRow};
pub use realism::realism_text;
pub use sentence::{now, pace_from_now, sentence, Now};
pub use target_input::{read_target, refused, round_to};

/// Decimals shown for a value in `unit`: one for a percent, none for counts.
pub(crate) fn decimals(unit: Unit) -> usize {
    match unit {
        Unit::Percent => 1,
        _ => 0,
    }
}

#[cfg(test)]
#[cfg(not(target_arch = "wasm32"))]
pub(super) mod tests {
    use crate::model::ambition::Ambition;
    use crate::model::baseline::Baseline;
    use crate::model::kravforloeb::PathShape;
    use crate::model::plan::{GoalPlan, Planner};

    /// The default dataset and its planner for the first goal set and outlook.
    pub(crate) fn setup() -> (Baseline, Planner) {
        let b = super::super::default_baseline();
        let p = Planner::new(&b, 0, Some(0)).unwrap();
        (b, p)
    }

    /// Municipality `code`'s index, goal `id`'s index in the first goal set and its plan for the
    /// default ambition (the seasonal path).
    pub(crate) fn default_plan(
        b: &Baseline,
        p: &Planner,
        code: &str,
        id: &str,
    ) -> (usize, usize, GoalPlan) {
        let m = b.municipality_index(code).unwrap();
        let gi = b.goal_sets[0]
            .goals
            .iter()
            .position(|g| g.id == id)
            .unwrap();
        let plan = p
            .plan(b, m, gi, Ambition::default(), PathShape::Seasonal)
            .unwrap();
        (m, gi, plan)
    }
}
