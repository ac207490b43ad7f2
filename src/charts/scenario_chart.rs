//! The scenario comparison chart: several scenarios' kravforløb and targets for one goal on one
//! chart. When the scenarios are for different municipalities, each is indexed to its own base
//! = 100 so different sizes share an axis; for one municipality the values stay in the
//! indicator's unit.
//!
//! Depends on `model` only: the labels arrive translated and months are written by the caller.

use crate::model::plan::GoalPlan;
use crate::model::Month;

use super::axis::month_ticks;
use super::spec::{ChartSpec, Line, LineStyle, Marker, NumberStyle, Palette};

/// At most this many scenarios are drawn: more paths on one chart are not readable.
pub const MAX_DRAWN: usize = 4;

/// One scenario's plan of the charted goal.
pub struct ScenarioPath<'a> {
    /// Legend text ("Ambitiøs – Aarhus").
    pub label: &'a str,
    /// Municipality index (scenarios of several municipalities are indexed).
    pub municipality: usize,
    /// The goal's plan (none when it could not be planned).
    pub plan: Option<&'a GoalPlan>,
}

/// The translated words of the scenario chart.
pub struct ScenarioChartLabels<'a> {
    /// How axis numbers are written.
    pub numbers: NumberStyle,
    /// The y caption when all scenarios share a municipality (the indicator's name).
    pub indicator: String,
    /// The y caption when they do not ("Indeks (basis = 100)").
    pub index: String,
    /// Writes a month on the axis.
    pub month: &'a dyn Fn(Month) -> String,
}

/// The first [`MAX_DRAWN`] scenarios' kravforløb (solid and dashed in turn) and targets.
pub fn scenario_chart(paths: &[ScenarioPath], labels: &ScenarioChartLabels) -> ChartSpec {
    let same_place = paths
        .windows(2)
        .all(|w| w[0].municipality == w[1].municipality);
    let palette = [
        Palette::Blue,
        Palette::Vermillion,
        Palette::Green,
        Palette::Purple,
    ];
    let mut lines = Vec::new();
    let mut markers = Vec::new();
    let (mut first, mut last): (Option<Month>, Option<Month>) = (None, None);
    for (k, c) in paths.iter().take(MAX_DRAWN).enumerate() {
        let Some(plan) = c.plan else { continue };
        let Ok(path) = &plan.path else { continue };
        let scale = if same_place || plan.base.value.abs() < f64::EPSILON {
            1.0
        } else {
            100.0 / plan.base.value
        };
        let color = palette[k % palette.len()];
        let mut points = vec![(path.origin, Some(path.origin_value * scale))];
        points.extend(path.points.iter().map(|(m, v)| (*m, Some(v * scale))));
        first = Some(first.map_or(path.origin, |f| f.min(path.origin)));
        last = Some(last.map_or(plan.target_month, |l| l.max(plan.target_month)));
        lines.push(Line {
            label: c.label.to_string(),
            points,
            style: if k % 2 == 0 {
                LineStyle::Solid
            } else {
                LineStyle::Dashed
            },
            color,
        });
        markers.push(Marker {
            label: c.label.to_string(),
            month: plan.target_month,
            value: plan.target.target * scale,
            color,
        });
    }
    let month_labels = match (first, last) {
        (Some(a), Some(z)) => month_ticks(a, z, labels.month),
        _ => Vec::new(),
    };
    ChartSpec {
        numbers: labels.numbers,
        y_label: if same_place {
            labels.indicator.clone()
        } else {
            labels.index.clone()
        },
        lines,
        markers,
        month_labels,
        ..ChartSpec::default()
    }
}

#[cfg(test)]
#[cfg(not(target_arch = "wasm32"))]
mod tests {
    use super::*;
    use crate::model::ambition::Ambition;
    use crate::model::kravforloeb::PathShape;
    use crate::model::plan::Planner;

    #[test]
    fn scenarios_of_several_municipalities_are_indexed_and_at_most_four_are_drawn() {
        let text =
            std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/baseline.json"))
                .unwrap();
        let b = crate::data::from_json(&text).unwrap();
        let p = Planner::new(&b, 0, Some(0)).unwrap();
        let (aarhus, kbh) = (
            b.municipality_index("751").unwrap(),
            b.municipality_index("101").unwrap(),
        );
        let plan = |m| {
            p.plan(&b, m, 0, Ambition::Change(-0.1), PathShape::Seasonal)
                .unwrap()
        };
        let (a, k) = (plan(aarhus), plan(kbh));
        let month = |m: Month| m.to_string();
        let labels = ScenarioChartLabels {
            numbers: NumberStyle::Danish,
            indicator: "[indicator]".into(),
            index: "[index]".into(),
            month: &month,
        };
        let path = |label, municipality, plan| ScenarioPath {
            label,
            municipality,
            plan: Some(plan),
        };
        let same = scenario_chart(&[path("A", aarhus, &a), path("B", aarhus, &a)], &labels);
        assert_eq!(same.y_label, "[indicator]");
        let target = a.target.target;
        assert!(
            (same.markers[0].value - target).abs() < 1e-9,
            "one municipality keeps its unit: {} vs {target}",
            same.markers[0].value
        );
        let five: Vec<ScenarioPath> = ["A", "B", "C", "D", "E"]
            .into_iter()
            .enumerate()
            .map(|(i, l)| {
                path(
                    l,
                    if i == 0 { kbh } else { aarhus },
                    if i == 0 { &k } else { &a },
                )
            })
            .collect();
        let mixed = scenario_chart(&five, &labels);
        assert_eq!(mixed.y_label, "[index]");
        assert_eq!(mixed.lines.len(), MAX_DRAWN);
        let indexed = 100.0 * k.target.target / k.base.value;
        assert!(
            (mixed.markers[0].value - indexed).abs() < 1e-9,
            "indexed to the base = 100: {} vs {indexed}",
            mixed.markers[0].value
        );
        assert_eq!(
            mixed.lines[1].style,
            LineStyle::Dashed,
            "every second dashed"
        );
    }
}
