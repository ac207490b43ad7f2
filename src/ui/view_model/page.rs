//! What the calculator page derives as a whole (pure, tested natively): the overview rows of
//! every goal, the overview's subtitle, and the targets to carry when the user chooses another
//! municipality.

use crate::model::baseline::{Baseline, Goal, Unit};
use crate::model::plan::GoalPlan;

use super::goal::{overview_row, overview_unavailable_row, OverviewRow};
use crate::ui::format::Lang;

/// One overview row per goal: its plan's figures, or why it cannot be planned; no row for a
/// goal without a plan while no municipality is chosen.
pub fn overview_rows(
    b: &Baseline,
    goals: &[Goal],
    plans: &[Option<GoalPlan>],
    municipality: Option<usize>,
    lang: Lang,
) -> Vec<OverviewRow> {
    goals
        .iter()
        .zip(plans)
        .filter_map(|(g, p)| match p {
            Some(p) => Some(overview_row(b, g, p, lang)),
            None => municipality.map(|m| overview_unavailable_row(b, m, g, lang)),
        })
        .collect()
}

/// "Aarhus, data til jul. 2025." — the overview's subtitle.
pub fn overview_subtitle(municipality: &str, data_month: &str, lang: Lang) -> String {
    match lang {
        Lang::Da => format!("{municipality}, data til {data_month}."),
        Lang::En => format!("{municipality}, data to {data_month}."),
    }
}

/// The goals of goal set `goal_set` that have a plan, with the plan and the indicator's unit —
/// what [`super::carry::carry_targets`] needs to move typed targets to another municipality.
pub fn carried(
    b: &Baseline,
    goal_set: usize,
    plans: &[Option<GoalPlan>],
) -> Vec<(String, GoalPlan, Unit)> {
    let Some(gs) = b.goal_sets.get(goal_set) else {
        return Vec::new();
    };
    gs.goals
        .iter()
        .zip(plans)
        .filter_map(|(g, p)| {
            let unit = b.indicators.get(g.indicator)?.unit;
            Some((g.id.clone(), p.clone()?, unit))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_subtitle_names_the_municipality_and_the_data_month_in_both_languages() {
        assert_eq!(
            overview_subtitle("Aarhus", "jul. 2025", Lang::Da),
            "Aarhus, data til jul. 2025."
        );
        assert_eq!(
            overview_subtitle("Aarhus", "Jul 2025", Lang::En),
            "Aarhus, data to Jul 2025."
        );
    }
}
