//! The goal's main chart and its indexed companion, built from model output: the
//! municipality's actual figures, the forecast with its 80 % and 95 % bands, the kravforløb
//! and the target; and the municipality, its region, its comparable group and the country
//! indexed to the base month = 100.
//!
//! Depends on `model` only: every word on the chart arrives already translated in a labels
//! struct, and months are written by the caller's function. Values are in the indicator's unit
//! (the index chart: base = 100).

use crate::model::baseline::{Area, Baseline, Measure};
use crate::model::compare::{group_index, indexed};
use crate::model::forecast::Forecast;
use crate::model::plan::GoalPlan;
use crate::model::{Month, Series};

use super::axis::month_ticks;
use super::spec::{
    Band, BandShade, ChartSpec, Frame, Line, LineStyle, Marker, NumberStyle, Palette,
};

/// The translated words of the goal chart.
pub struct GoalChartLabels<'a> {
    /// How axis numbers are written.
    pub numbers: NumberStyle,
    /// The y axis caption with its unit ("Ledige (personer)").
    pub y_label: String,
    /// The actual figures' line ("Aarhus, faktisk").
    pub actual: String,
    /// The forecast line.
    pub forecast: String,
    /// The 95 % band ("Usikkerhed 95 %").
    pub band95: String,
    /// The 80 % band.
    pub band80: String,
    /// The kravforløb line.
    pub required: String,
    /// The target marker.
    pub target: String,
    /// The level line of an annual-average target ("Mål (gennemsnit 2026)").
    pub average_target: String,
    /// The milestones the user set in a plan over several years ("Delmål").
    pub milestone: String,
    /// The title and source line around the chart.
    pub frame: Frame,
    /// Writes a month on the axis.
    pub month: &'a dyn Fn(Month) -> String,
}

/// The goal chart of `plan`: `series` is the municipality's history, `forecast` its forecast
/// (none when too few months have figures), `measure` the goal's measure.
pub fn goal_chart(
    series: &Series,
    forecast: Option<&Forecast>,
    plan: &GoalPlan,
    measure: Measure,
    labels: &GoalChartLabels,
) -> ChartSpec {
    let mut lines = vec![Line {
        label: labels.actual.clone(),
        points: series.iter().collect(),
        style: LineStyle::Solid,
        color: Palette::Blue,
    }];
    let mut bands = Vec::new();
    if let Some(f) = forecast {
        bands = forecast_bands(f, labels);
        lines.push(forecast_line(series, f, labels));
    }
    if let Ok(path) = &plan.path {
        let mut points = vec![(path.origin, Some(path.origin_value))];
        points.extend(path.points.iter().map(|(m, v)| (*m, Some(*v))));
        lines.push(Line {
            label: labels.required.clone(),
            points,
            style: LineStyle::Dashed,
            color: Palette::Vermillion,
        });
    }
    if measure == Measure::AnnualAverage {
        // An annual-average target is a level for the whole plan year.
        lines.push(Line {
            label: labels.average_target.clone(),
            points: (0..12)
                .map(|k| (plan.target_month.plus(k - 11), Some(plan.target.target)))
                .collect(),
            style: LineStyle::Solid,
            color: Palette::Orange,
        });
    }
    let (milestone_lines, milestone_markers) = milestones(plan, measure, labels);
    lines.extend(milestone_lines);
    let last = forecast
        .map(|f| f.month(f.len().saturating_sub(1)))
        .unwrap_or(plan.target_month)
        .max(plan.target_month);
    ChartSpec {
        numbers: labels.numbers,
        y_label: labels.y_label.clone(),
        bands,
        lines,
        markers: std::iter::once(Marker {
            label: labels.target.clone(),
            month: plan.target_month,
            value: plan.target.target,
            color: Palette::Vermillion,
        })
        .chain(milestone_markers)
        .collect(),
        month_labels: month_ticks(series.start(), last, labels.month),
        frame: labels.frame.clone(),
        breaks: Vec::new(),
    }
}

/// The milestones the user set: a level line over its year for an annual-average goal, a marker
/// in the goal's month otherwise (the path passes through each).
fn milestones(
    plan: &GoalPlan,
    measure: Measure,
    labels: &GoalChartLabels,
) -> (Vec<Line>, Vec<Marker>) {
    let set = plan.milestones.iter().filter(|m| m.set);
    match measure {
        Measure::AnnualAverage => (
            set.filter_map(|m| {
                let first = Month::new(m.year, 1)?;
                Some(Line {
                    label: labels.milestone.clone(),
                    points: (0..12).map(|k| (first.plus(k), Some(m.value))).collect(),
                    style: LineStyle::Solid,
                    color: Palette::Purple,
                })
            })
            .collect(),
            Vec::new(),
        ),
        Measure::Month(month) => (
            Vec::new(),
            set.filter_map(|m| {
                Some(Marker {
                    label: labels.milestone.clone(),
                    month: Month::new(m.year, month)?,
                    value: m.value,
                    color: Palette::Purple,
                })
            })
            .collect(),
        ),
    }
}

/// The forecast' 95 % and 80 % bands, the wider one first so the narrower is drawn over it.
fn forecast_bands(f: &Forecast, labels: &GoalChartLabels) -> Vec<Band> {
    let pts = |lo: &[f64], hi: &[f64]| -> Vec<(Month, f64, f64)> {
        (0..f.len()).map(|h| (f.month(h), lo[h], hi[h])).collect()
    };
    vec![
        Band {
            label: labels.band95.clone(),
            points: pts(&f.lo95, &f.hi95),
            color: Palette::Sky,
            shade: BandShade::Light,
        },
        Band {
            label: labels.band80.clone(),
            points: pts(&f.lo80, &f.hi80),
            color: Palette::Sky,
            shade: BandShade::Dark,
        },
    ]
}

/// The forecast line, starting at the last actual figure so the two lines join.
fn forecast_line(series: &Series, f: &Forecast, labels: &GoalChartLabels) -> Line {
    let mut points: Vec<(Month, Option<f64>)> = Vec::new();
    if let Some(last) = series.last_observed() {
        points.push((last, series.get(last)));
    }
    points.extend((0..f.len()).map(|h| (f.month(h), Some(f.mean[h]))));
    Line {
        label: labels.forecast.clone(),
        points,
        style: LineStyle::Dashed,
        color: Palette::Grey,
    }
}

/// The translated words of the index chart.
pub struct IndexChartLabels<'a> {
    /// How axis numbers are written.
    pub numbers: NumberStyle,
    /// The y axis caption ("Indeks (jul. 2025 = 100)").
    pub y_label: String,
    /// The country's line ("Hele landet").
    pub country: String,
    /// Writes a month on the axis.
    pub month: &'a dyn Fn(Month) -> String,
}

/// Municipality `m`, its region, its comparable group and the country for `indicator`, each
/// indexed to its value in `base` = 100 (a line is left out when its base value is missing).
pub fn index_chart(
    b: &Baseline,
    m: usize,
    indicator: usize,
    base: Month,
    labels: &IndexChartLabels,
) -> ChartSpec {
    let Some(muni) = b.municipalities.get(m) else {
        return ChartSpec::default();
    };
    let indexed_of = |area| {
        b.series(area, indicator)
            .and_then(|e| indexed(&e.series, base))
    };
    let mut members = b.group_peers(m);
    members.push(m);
    let candidates = [
        (
            muni.name.clone(),
            indexed_of(Area::Municipality(m)),
            Palette::Blue,
            LineStyle::Solid,
        ),
        (
            b.regions
                .get(muni.region)
                .map(|r| r.name.clone())
                .unwrap_or_default(),
            indexed_of(Area::Region(muni.region)),
            Palette::Orange,
            LineStyle::Solid,
        ),
        (
            b.groups
                .get(muni.group)
                .map(|g| g.name.clone())
                .unwrap_or_default(),
            group_index(b, &members, indicator, base),
            Palette::Green,
            LineStyle::Dashed,
        ),
        (
            labels.country.clone(),
            indexed_of(Area::National),
            Palette::Purple,
            LineStyle::Dashed,
        ),
    ];
    let lines: Vec<Line> = candidates
        .into_iter()
        .filter_map(|(label, points, color, style)| {
            Some(Line {
                label,
                points: points?,
                style,
                color,
            })
        })
        .collect();
    let (first, last) = lines
        .iter()
        .flat_map(|l| l.points.iter().map(|p| p.0))
        .fold((base, base), |(a, z), m| (a.min(m), z.max(m)));
    ChartSpec {
        numbers: labels.numbers,
        y_label: labels.y_label.clone(),
        lines,
        month_labels: month_ticks(first, last, labels.month),
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

    fn baseline() -> Baseline {
        let text =
            std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/baseline.json"))
                .unwrap();
        crate::data::from_json(&text).unwrap()
    }

    fn words(word: &str) -> String {
        format!("[{word}]")
    }

    #[test]
    fn the_goal_chart_shows_history_forecast_bands_path_and_target_with_the_given_words() {
        let b = baseline();
        let p = Planner::new(&b, 0, Some(0)).unwrap();
        let m = b.municipality_index("751").unwrap();
        let goal = &b.goal_sets[0].goals[1];
        let plan = p
            .plan(&b, m, 1, Ambition::default(), PathShape::Seasonal)
            .unwrap();
        let series = &b
            .series(Area::Municipality(m), goal.indicator)
            .unwrap()
            .series;
        let forecast = p.forecasts.forecast(Area::Municipality(m), goal.indicator);
        let month = |m: Month| m.to_string();
        let labels = GoalChartLabels {
            numbers: NumberStyle::English,
            y_label: words("y"),
            actual: words("actual"),
            forecast: words("prognosis"),
            band95: words("95"),
            band80: words("80"),
            required: words("required"),
            target: words("target"),
            average_target: words("average"),
            milestone: words("milestone"),
            frame: Frame {
                source: words("source"),
                ..Frame::default()
            },
            month: &month,
        };
        let spec = goal_chart(series, forecast, &plan, goal.measure, &labels);
        let names: Vec<&str> = spec.lines.iter().map(|l| l.label.as_str()).collect();
        assert_eq!(
            names,
            ["[actual]", "[prognosis]", "[required]"],
            "{names:?}"
        );
        assert_eq!(spec.bands.len(), 2, "80 % and 95 % bands");
        assert_eq!(spec.markers[0].month, plan.target_month);
        assert_eq!(spec.month_labels[0].1, series.start().to_string());
        assert_eq!(spec.numbers, NumberStyle::English);

        // The same goal over three years with milestones: a marker for each one set, one legend
        // entry for all of them.
        let mut three = b.goal_sets[0].clone();
        three.goals.iter_mut().for_each(|g| g.target_year = 2028);
        let p = Planner::with_realism(&b, std::sync::Arc::new(three), Some(0), Default::default())
            .unwrap();
        let set = [(2026, plan.target.target), (2027, plan.target.target)];
        let choice = crate::model::plan::Choice {
            ambition: Ambition::default(),
            shape: PathShape::Seasonal,
            milestones: &set,
        };
        let plan = p.plan_with(&b, m, 1, &choice, &[]).unwrap();
        let spec = goal_chart(series, forecast, &plan, goal.measure, &labels);
        let at: Vec<i32> = spec
            .markers
            .iter()
            .filter(|x| x.label == "[milestone]")
            .map(|x| x.month.year())
            .collect();
        assert_eq!(at, [2026, 2027]);
        let legend = spec.legend();
        assert_eq!(
            legend.iter().filter(|l| l.label == "[milestone]").count(),
            1
        );
    }

    #[test]
    fn the_index_chart_has_the_municipality_region_group_and_country() {
        let b = baseline();
        let m = b.municipality_index("751").unwrap();
        let base = b.meta.data_month;
        let month = |m: Month| m.to_string();
        let labels = IndexChartLabels {
            numbers: NumberStyle::Danish,
            y_label: words("index"),
            country: words("country"),
            month: &month,
        };
        let spec = index_chart(&b, m, 0, base, &labels);
        assert_eq!(spec.lines.len(), 4);
        assert_eq!(spec.lines[0].label, "Aarhus");
        assert_eq!(spec.lines[3].label, "[country]");
        let at_base = spec.lines[0].points.iter().find(|p| p.0 == base).unwrap().1;
        let at_base = at_base.unwrap();
        assert!((at_base - 100.0).abs() < 1e-9, "base = 100, got {at_base}");
        assert_eq!(
            index_chart(&b, 9999, 0, base, &labels),
            ChartSpec::default()
        );
    }
}
