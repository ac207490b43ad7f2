//! The goal's charts and what stands in for them: the main chart and the indexed comparison
//! chart, the figures table behind the chart, and the one-sentence summary for screen readers.

use crate::charts::spec::{Band, ChartSpec, Line, LineStyle, Marker, Palette};
use crate::model::baseline::{Area, Baseline, Goal, Measure, Unit};
use crate::model::compare::{group_index, indexed};
use crate::model::forecast::Forecast;
use crate::model::plan::GoalPlan;
use crate::model::Month;
use crate::ui::format::{self, Lang};
use crate::ui::i18n::{t, Key};

use super::super::{axis_labels, unit_word, value_text};

/// The main chart: actual figures, the prognosis with its bands, the kravforløb and the target.
pub(super) fn goal_chart(
    b: &Baseline,
    goal: &Goal,
    series: &crate::model::Series,
    forecast: Option<&Forecast>,
    plan: &GoalPlan,
    name: &str,
    lang: Lang,
) -> ChartSpec {
    let unit = b
        .indicators
        .get(goal.indicator)
        .map_or(Unit::Persons, |i| i.unit);
    let mut lines = vec![Line {
        label: format!("{name}, {}", t(lang, Key::Actual).to_lowercase()),
        points: series.iter().collect(),
        style: LineStyle::Solid,
        color: Palette::Blue,
    }];
    let mut bands = Vec::new();
    if let Some(f) = forecast {
        let pts = |lo: &[f64], hi: &[f64]| -> Vec<(Month, f64, f64)> {
            (0..f.len()).map(|h| (f.month(h), lo[h], hi[h])).collect()
        };
        let band = match lang {
            Lang::Da => "Usikkerhed",
            Lang::En => "Uncertainty",
        };
        bands.push(Band {
            label: format!("{band} 95 %"),
            points: pts(&f.lo95, &f.hi95),
            color: Palette::Grey,
            opacity: 0.12,
        });
        bands.push(Band {
            label: format!("{band} 80 %"),
            points: pts(&f.lo80, &f.hi80),
            color: Palette::Grey,
            opacity: 0.22,
        });
        // The prognosis line starts at the last actual so the two lines join.
        let mut points: Vec<(Month, Option<f64>)> = Vec::new();
        if let Some(last) = series.last_observed() {
            points.push((last, series.get(last)));
        }
        points.extend((0..f.len()).map(|h| (f.month(h), Some(f.mean[h]))));
        lines.push(Line {
            label: t(lang, Key::Prognosis).to_string(),
            points,
            style: LineStyle::Dashed,
            color: Palette::Grey,
        });
    }
    if let Ok(path) = &plan.path {
        let mut points = vec![(path.origin, Some(path.origin_value))];
        points.extend(path.points.iter().map(|(m, v)| (*m, Some(*v))));
        lines.push(Line {
            label: t(lang, Key::Required).to_string(),
            points,
            style: LineStyle::Dashed,
            color: Palette::Vermillion,
        });
    }
    if goal.measure == Measure::AnnualAverage {
        // An annual-average target is a level for the whole plan year.
        let year = plan.target_month.year();
        lines.push(Line {
            label: match lang {
                Lang::Da => format!("{} (gennemsnit {year})", t(lang, Key::Target)),
                Lang::En => format!("{} (average {year})", t(lang, Key::Target)),
            },
            points: (0..12)
                .map(|k| (plan.target_month.plus(k - 11), Some(plan.target.target)))
                .collect(),
            style: LineStyle::Solid,
            color: Palette::Orange,
        });
    }
    let first = series.start();
    let last = forecast
        .map(|f| f.month(f.len().saturating_sub(1)))
        .unwrap_or(plan.target_month)
        .max(plan.target_month);
    ChartSpec {
        numbers: lang.number_style(),
        y_label: format!(
            "{} ({})",
            b.indicators
                .get(goal.indicator)
                .map(|i| i.name.get(lang.code()).to_string())
                .unwrap_or_default(),
            unit_word(unit, lang)
        ),
        bands,
        lines,
        markers: vec![Marker {
            label: t(lang, Key::Target).to_string(),
            month: plan.target_month,
            value: plan.target.target,
            color: Palette::Vermillion,
        }],
        month_labels: axis_labels(first, last, lang),
        source: super::super::source_line(b, lang),
    }
}

/// The indexed chart: the municipality, its region, its group and the country, base = 100.
pub(super) fn index_chart(
    b: &Baseline,
    m: usize,
    goal: &Goal,
    base: Month,
    lang: Lang,
) -> ChartSpec {
    let Some(muni) = b.municipalities.get(m) else {
        return ChartSpec::default();
    };
    let i = goal.indicator;
    let mut lines = Vec::new();
    let mut push = |label: String, points: Option<Vec<(Month, Option<f64>)>>, color, style| {
        if let Some(points) = points {
            lines.push(Line {
                label,
                points,
                style,
                color,
            });
        }
    };
    let own = b
        .series(Area::Municipality(m), i)
        .and_then(|e| indexed(&e.series, base));
    push(muni.name.clone(), own, Palette::Blue, LineStyle::Solid);
    let region = b
        .series(Area::Region(muni.region), i)
        .and_then(|e| indexed(&e.series, base));
    let region_name = b
        .regions
        .get(muni.region)
        .map(|r| r.name.clone())
        .unwrap_or_default();
    push(region_name, region, Palette::Orange, LineStyle::Solid);
    let mut members = b.group_peers(m);
    members.push(m);
    let group_name = b
        .groups
        .get(muni.group)
        .map(|g| g.name.clone())
        .unwrap_or_default();
    push(
        group_name,
        group_index(b, &members, i, base),
        Palette::Green,
        LineStyle::Dashed,
    );
    let national = b
        .series(Area::National, i)
        .and_then(|e| indexed(&e.series, base));
    let country = match lang {
        Lang::Da => "Hele landet",
        Lang::En => "Denmark",
    };
    push(
        country.to_string(),
        national,
        Palette::Purple,
        LineStyle::Dashed,
    );
    let (first, last) = lines
        .iter()
        .flat_map(|l| l.points.iter().map(|p| p.0))
        .fold((base, base), |(a, z), m| (a.min(m), z.max(m)));
    ChartSpec {
        numbers: lang.number_style(),
        y_label: format!(
            "{} ({} = 100)",
            t(lang, Key::Index),
            format::month(base, lang)
        ),
        lines,
        month_labels: axis_labels(first, last, lang),
        ..ChartSpec::default()
    }
}

/// The figures behind the chart, one row per month: actual, prognosis, 80 % band, kravforløb.
pub(super) fn chart_table(
    series: &crate::model::Series,
    forecast: Option<&Forecast>,
    plan: &GoalPlan,
    unit: Unit,
    lang: Lang,
) -> Vec<Vec<String>> {
    let end = forecast
        .map(|f| f.month(f.len().saturating_sub(1)))
        .unwrap_or(plan.target_month)
        .max(plan.target_month);
    let mut rows = Vec::new();
    let mut month = series.start();
    let cell = |v: Option<f64>| v.map_or_else(String::new, |v| value_text(v, unit, lang));
    while month <= end {
        let fc = forecast.and_then(|f| {
            let i = f.start.months_until(month);
            (i >= 0 && (i as usize) < f.len()).then(|| {
                let i = i as usize;
                (f.mean[i], f.lo80[i], f.hi80[i])
            })
        });
        let path = plan.path.as_ref().ok().and_then(|p| p.at(month));
        rows.push(vec![
            format::month(month, lang),
            cell(series.get(month)),
            cell(fc.map(|x| x.0)),
            cell(fc.map(|x| x.1)),
            cell(fc.map(|x| x.2)),
            cell(path),
        ]);
        month = month.plus(1);
    }
    rows
}

/// One sentence for screen readers saying what the chart shows.
pub(super) fn chart_summary(
    b: &Baseline,
    goal: &Goal,
    plan: &GoalPlan,
    name: &str,
    lang: Lang,
) -> String {
    let unit = b
        .indicators
        .get(goal.indicator)
        .map_or(Unit::Persons, |i| i.unit);
    let prog = plan
        .prognosis
        .map(|p| value_text(p, unit, lang))
        .unwrap_or_else(|| t(lang, Key::NoForecast).to_lowercase());
    let when = match (goal.measure, lang) {
        (Measure::AnnualAverage, Lang::Da) => {
            format!("i gennemsnit for {}", plan.target_month.year())
        }
        (Measure::AnnualAverage, Lang::En) => {
            format!("on average for {}", plan.target_month.year())
        }
        (Measure::Month(_), Lang::Da) => format!("for {}", format::month(plan.target_month, lang)),
        (Measure::Month(_), Lang::En) => format!("for {}", format::month(plan.target_month, lang)),
    };
    match lang {
        Lang::Da => format!(
            "Diagram for {name}: faktiske tal til {}, prognose {prog} og mål {} {when}. Kravforløbet går fra seneste faktiske tal til målet.",
            format::month(plan.path.as_ref().map(|p| p.origin).unwrap_or(plan.base.month), lang),
            value_text(plan.target.target, unit, lang),
        ),
        Lang::En => format!(
            "Chart for {name}: actual figures to {}, forecast {prog} and target {} {when}. The required path runs from the latest actual figure to the target.",
            format::month(plan.path.as_ref().map(|p| p.origin).unwrap_or(plan.base.month), lang),
            value_text(plan.target.target, unit, lang),
        ),
    }
}

#[cfg(test)]
#[cfg(not(target_arch = "wasm32"))]
mod tests {
    use super::*;
    use crate::model::ambition::Ambition;
    use crate::model::kravforloeb::PathShape;

    use super::super::tests::setup;

    #[test]
    fn the_summary_of_an_average_goal_names_it_an_average() {
        let (b, p) = setup();
        let aarhus = b.municipality_index("751").unwrap();
        let gs = &b.goal_sets[0];
        let avg = gs
            .goals
            .iter()
            .position(|g| g.measure == Measure::AnnualAverage)
            .unwrap();
        let plan = p
            .plan(&b, aarhus, avg, Ambition::default(), PathShape::Seasonal)
            .unwrap();
        let summary = chart_summary(&b, &gs.goals[avg], &plan, "Aarhus", Lang::Da);
        assert!(
            summary.contains(&format!("i gennemsnit for {}", plan.target_month.year())),
            "{summary}"
        );
    }
}
