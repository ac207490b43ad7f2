//! Exports of the scenarios: the long CSV of all figures with its description in the same file
//! ([`csv`]), and the side-by-side comparison of scenarios.

use crate::charts::scenario_chart::{scenario_chart, ScenarioChartLabels, ScenarioPath};
use crate::charts::spec::ChartSpec;
use crate::model::baseline::{Baseline, Goal};
use crate::model::plan::{GoalPlan, Planner};
use crate::model::Month;
use crate::ui::format::{self, Lang};

use super::goal::words::signed_change;
use super::{signed_percent, value_text};

pub mod csv;

/// One scenario in a side-by-side comparison.
pub struct Compared<'a> {
    /// Label ("Ambitiøs – Aarhus").
    pub label: String,
    /// The scenario's planner.
    pub planner: &'a Planner,
    /// Municipality index.
    pub municipality: usize,
    /// Plans per goal.
    pub plans: Vec<Option<GoalPlan>>,
}

impl Compared<'_> {
    /// The goal with this id and its plan, if the scenario holds the goal and it has a plan
    /// (scenarios with own goals hold different lists, so goals are matched by id).
    pub fn plan_of(&self, id: &str) -> Option<(&Goal, &GoalPlan)> {
        let gi = self.planner.goals.goals.iter().position(|g| g.id == id)?;
        Some((&self.planner.goals.goals[gi], self.plans.get(gi)?.as_ref()?))
    }
}

/// The id of goal `g` of the first scenario compared (its goals are the table's rows).
fn first_goal_id<'a>(items: &'a [Compared], g: usize) -> Option<&'a str> {
    Some(items.first()?.planner.goals.goals.get(g)?.id.as_str())
}

/// A side-by-side comparison of scenarios: the table and the chart of one goal.
#[derive(Debug, Clone, PartialEq)]
pub struct ScenarioComparison {
    /// The table's header: "Mål", one column per scenario, then lowest, median and highest
    /// when there are two scenarios or more.
    pub head: Vec<String>,
    /// One row per goal, in the header's columns.
    pub rows: Vec<Vec<String>>,
    /// The chosen goal's targets and kravforløb overlaid (see [`scenario_chart`]).
    pub chart: ChartSpec,
}

/// The comparison table (one row per goal, one column per scenario) and, for goal `gi`, the
/// targets and kravforløb overlaid on one chart (indexed to each base = 100 when the
/// municipalities differ, so different sizes share an axis).
pub fn compare_scenarios(
    b: &Baseline,
    items: &[Compared],
    gi: usize,
    lang: Lang,
) -> ScenarioComparison {
    let spread = items.len() >= 2;
    let goal_count = items.first().map_or(0, |c| c.planner.goals.goals.len());
    ScenarioComparison {
        head: comparison_head(items, spread, lang),
        rows: (0..goal_count)
            .map(|g| comparison_row(b, items, g, spread, lang))
            .collect(),
        chart: comparison_chart(b, items, gi, lang),
    }
}

/// "Mål", the scenarios' labels and, with a `spread`, lowest, median and highest.
fn comparison_head(items: &[Compared], spread: bool, lang: Lang) -> Vec<String> {
    let mut head = vec![match lang {
        Lang::Da => "Mål".to_string(),
        Lang::En => "Goal".to_string(),
    }];
    head.extend(items.iter().map(|c| c.label.clone()));
    if spread {
        head.extend(match lang {
            Lang::Da => ["Mindst", "Median", "Størst"].map(String::from),
            Lang::En => ["Lowest", "Median", "Highest"].map(String::from),
        });
    }
    head
}

/// Goal `g`'s row: its title, each scenario's target with its relative change, and the spread.
fn comparison_row(
    b: &Baseline,
    items: &[Compared],
    g: usize,
    spread: bool,
    lang: Lang,
) -> Vec<String> {
    let title = items
        .first()
        .and_then(|c| c.planner.goals.goals.get(g))
        .map(|x| x.title.get(lang.code()).to_string())
        .unwrap_or_default();
    let mut row = vec![title];
    let mut targets = Vec::new();
    let mut unit = None;
    let id = first_goal_id(items, g).unwrap_or_default();
    for c in items {
        let cell = c
            .plan_of(id)
            .and_then(|(goal, plan)| {
                let u = b.indicators.get(goal.indicator)?.unit;
                unit = Some(u);
                targets.push(plan.target.target);
                // A relative change for counts; percentage points for a percent.
                let rel = if u.is_count() {
                    plan.target
                        .change_relative
                        .map(|r| format!(" ({})", signed_percent(r, lang)))
                        .unwrap_or_default()
                } else {
                    format!(" ({})", signed_change(plan.target.change, u, lang))
                };
                Some(format!("{}{rel}", value_text(plan.target.target, u, lang)))
            })
            .unwrap_or_else(|| "–".into());
        row.push(cell);
    }
    if spread {
        let text = |v: Option<f64>| match (v, unit) {
            (Some(v), Some(u)) => value_text(v, u, lang),
            _ => "–".into(),
        };
        let lo = targets.iter().copied().reduce(f64::min);
        let hi = targets.iter().copied().reduce(f64::max);
        row.push(text(lo));
        row.push(text(crate::model::ambition::median(&targets)));
        row.push(text(hi));
    }
    row
}

/// Goal `gi`'s chart of the scenarios, with its words in `lang`.
fn comparison_chart(b: &Baseline, items: &[Compared], gi: usize, lang: Lang) -> ChartSpec {
    let id = first_goal_id(items, gi).unwrap_or_default();
    let paths: Vec<ScenarioPath> = items
        .iter()
        .map(|c| ScenarioPath {
            label: &c.label,
            municipality: c.municipality,
            plan: c.plan_of(id).map(|(_, p)| p),
        })
        .collect();
    let ind = items
        .first()
        .and_then(|c| c.planner.goals.goals.get(gi))
        .and_then(|g| b.indicators.get(g.indicator));
    let indicator = ind
        .map(|i| i.name.get(lang.code()).to_string())
        .unwrap_or_default();
    let month = |m: Month| format::month(m, lang);
    let labels = ScenarioChartLabels {
        numbers: lang.number_style(),
        indicator,
        index: match lang {
            Lang::Da => "Indeks (basis = 100)".into(),
            Lang::En => "Index (base = 100)".into(),
        },
        month: &month,
    };
    // The paths run from the latest actual figure to the target: a declared future break in
    // between is marked.
    scenario_chart(&paths, &labels).with_breaks(super::goal::break_marks(ind, lang))
}

/// The default data, its planner and the plans of a preset, for the tests of both exports.
#[cfg(test)]
mod fixtures {
    use super::*;
    use crate::model::ambition::{Ambition, Preset};
    use crate::model::kravforloeb::PathShape;

    pub(super) fn setup() -> (Baseline, Planner) {
        let b = super::super::default_baseline();
        let p = Planner::new(&b, 0, Some(0)).unwrap();
        (b, p)
    }

    pub(super) fn plans(
        b: &Baseline,
        p: &Planner,
        m: usize,
        preset: Preset,
    ) -> Vec<Option<GoalPlan>> {
        (0..4)
            .map(|g| {
                p.plan(b, m, g, Ambition::Preset(preset), PathShape::Seasonal)
                    .ok()
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::fixtures::{plans, setup};
    use super::*;
    use crate::model::ambition::Preset;

    #[test]
    fn comparing_two_scenarios_gives_one_column_and_one_path_each() {
        let (b, p) = setup();
        let m = b.municipality_index("751").unwrap();
        let items = vec![
            Compared {
                label: "Hold".into(),
                planner: &p,
                municipality: m,
                plans: plans(&b, &p, m, Preset::Hold),
            },
            Compared {
                label: "Prognose".into(),
                planner: &p,
                municipality: m,
                plans: plans(&b, &p, m, Preset::Forecast),
            },
        ];
        let ScenarioComparison { head, rows, chart } = compare_scenarios(&b, &items, 1, Lang::Da);
        assert_eq!(
            head,
            ["Mål", "Hold", "Prognose", "Mindst", "Median", "Størst"]
        );
        assert_eq!(rows.len(), 4);
        assert_eq!(chart.lines.len(), 2);
        assert_eq!(chart.markers.len(), 2);
    }
}
