//! What the calculator page derives as a whole (pure, tested natively): the overview rows of
//! every goal, the overview's subtitle, and the targets to carry when the user chooses another
//! municipality, the plans of the scenarios compared side by side, and how scenarios are
//! named in lists and file names.

use std::collections::HashMap;
use std::sync::Arc;

use crate::data::scenario::Scenario;
use crate::model::baseline::{Baseline, Goal, GoalSet, Unit};
use crate::model::kravforloeb::PathShape;
use crate::model::plan::{realism_histories, Choice, GoalPlan, Planner};
use crate::ui::format::Lang;
use crate::ui::i18n::{t, Key};

use super::export::Compared;
use super::goal::{overview_row, overview_unavailable_row, OverviewRow};

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

/// The goals that have a plan, with the plan and the indicator's unit — what
/// [`super::carry::carry_targets`] needs to move typed targets to another municipality.
pub fn carried(
    b: &Baseline,
    goals: &[Goal],
    plans: &[Option<GoalPlan>],
) -> Vec<(String, GoalPlan, Unit)> {
    goals
        .iter()
        .zip(plans)
        .filter_map(|(g, p)| {
            let unit = b.indicators.get(g.indicator)?.unit;
            Some((g.id.clone(), p.clone()?, unit))
        })
        .collect()
}

/// Planners already made for a (list of goals, outlook) pair, shared between the scenarios
/// compared; the list is keyed by [`goals_key`].
pub type Planners = HashMap<(String, Option<usize>), Arc<Planner>>;

/// What identifies a list of goals for [`Planners`]: every goal's id, indicator, measure and
/// year (two scenarios with the same list share one planner).
pub fn goals_key(goals: &GoalSet) -> String {
    goals
        .goals
        .iter()
        .map(|g| format!("{}/{}/{:?}/{}", g.id, g.indicator, g.measure, g.target_year))
        .collect::<Vec<_>>()
        .join(";")
}

/// One scenario's plans, as a side-by-side comparison needs them.
#[derive(Debug, Clone)]
pub struct ScenarioPlans {
    /// "Ambitiøs – Aarhus".
    pub label: String,
    /// The planner of its goal set and outlook.
    pub planner: Arc<Planner>,
    /// Its municipality's index.
    pub municipality: usize,
    /// One plan per goal (`None` where none can be made).
    pub plans: Vec<Option<GoalPlan>>,
}

impl ScenarioPlans {
    /// The form the comparison table and chart take.
    pub fn compared(&self) -> Compared<'_> {
        Compared {
            label: self.label.clone(),
            planner: &self.planner,
            municipality: self.municipality,
            plans: self.plans.clone(),
        }
    }
}

/// One scenario's plans on `b`: its label, planner, municipality and one plan per goal.
/// `None` when its municipality is not in `b`.
pub fn scenario_plans(
    b: &Baseline,
    s: &Scenario,
    planners: &mut Planners,
) -> Option<ScenarioPlans> {
    let m = b.municipality_index(&s.municipality)?;
    let goals = s.goals_in(b).set;
    let outlook = b.outlooks.iter().position(|o| o.id == s.outlook);
    let key = (goals_key(&goals), outlook);
    let planner = match planners.get(&key) {
        Some(p) => Arc::clone(p),
        None => {
            let realism = Arc::new(realism_histories(b, &goals));
            let p = Planner::with_realism(b, Arc::new(goals), outlook, realism).ok()?;
            let p = Arc::new(p);
            planners.insert(key, Arc::clone(&p));
            p
        }
    };
    let shape = if s.linear_path {
        PathShape::Linear
    } else {
        PathShape::Seasonal
    };
    let plans = planner
        .goals
        .goals
        .iter()
        .enumerate()
        .map(|(gi, g)| {
            let milestones = s.milestones_of(&g.id);
            let choice = Choice {
                ambition: s.ambition(&g.id),
                shape,
                milestones: &milestones,
            };
            planner.plan_with(b, m, gi, &choice, planner.realism()).ok()
        })
        .collect();
    let name = b
        .municipalities
        .get(m)
        .map(|x| x.name.as_str())
        .unwrap_or_default();
    Some(ScenarioPlans {
        label: format!("{} – {name}", s.name),
        planner,
        municipality: m,
        plans,
    })
}

/// How a scenario is listed: its name (or "Scenarie 3" when it has none) and its author.
pub fn scenario_label(index: usize, s: &Scenario, lang: Lang) -> String {
    let name = if s.name.is_empty() {
        format!("{} {}", t(lang, Key::Scenario), index + 1)
    } else {
        s.name.clone()
    };
    if s.author.is_empty() {
        name
    } else {
        format!("{name} ({})", s.author)
    }
}

/// Every scenario's index and label, as the scenario lists show them.
pub fn scenario_labels(list: &[Scenario], lang: Lang) -> Vec<(usize, String)> {
    list.iter()
        .enumerate()
        .map(|(i, s)| (i, scenario_label(i, s, lang)))
        .collect()
}

/// A file-system-safe version of a name for a download ("Ambitiøs plan" → "ambitiøs-plan").
pub fn file_slug(name: &str) -> String {
    let s: String = name
        .chars()
        .map(|c| {
            if c.is_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    let s = s.trim_matches('-').to_string();
    if s.is_empty() {
        "scenarie".into()
    } else {
        s
    }
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

    #[test]
    fn a_scenario_without_a_name_is_listed_by_number_in_the_page_language_with_its_author() {
        let s = Scenario {
            author: "Jens".into(),
            ..Scenario::default()
        };
        assert_eq!(scenario_label(2, &s, Lang::Da), "Scenarie 3 (Jens)");
        assert_eq!(scenario_label(2, &s, Lang::En), "Scenario 3 (Jens)");
        let named = Scenario {
            name: "Ambitiøs".into(),
            ..Scenario::default()
        };
        assert_eq!(scenario_label(0, &named, Lang::En), "Ambitiøs");
    }

    #[test]
    fn a_file_slug_keeps_letters_and_digits_only() {
        assert_eq!(file_slug("Ambitiøs plan 2026!"), "ambitiøs-plan-2026");
        assert_eq!(file_slug("???"), "scenarie");
    }
}
