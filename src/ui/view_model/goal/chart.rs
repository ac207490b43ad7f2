//! The goal's charts and what stands in for them: the translated labels of the main chart and
//! the indexed comparison chart (built by `charts::goal_chart`), the figures table behind the
//! chart, and the one-sentence summary for screen readers. Every one marks the indicator's
//! known data breaks: a labelled vertical line on each chart that crosses one, a column in the
//! table, a sentence in the summary.

use crate::charts;
use crate::charts::goal_chart::{GoalChartLabels, IndexChartLabels};
use crate::charts::spec::{BreakMark, ChartSpec, Frame};
use crate::model::baseline::{Baseline, Break, Goal, Indicator, Measure, Unit};
use crate::model::forecast::Forecast;
use crate::model::plan::GoalPlan;
use crate::model::Month;
use crate::ui::format::{self, Lang};
use crate::ui::i18n::{t, Key};

use super::super::{unit_word, value_text};

/// The main chart: actual figures, the forecast with its bands, the kravforløb and the target.
pub(super) fn goal_chart(
    b: &Baseline,
    goal: &Goal,
    series: &crate::model::Series,
    forecast: Option<&Forecast>,
    plan: &GoalPlan,
    name: &str,
    lang: Lang,
) -> ChartSpec {
    let ind = b.indicators.get(goal.indicator);
    let unit = ind.map_or(Unit::Persons, |i| i.unit);
    let band = match lang {
        Lang::Da => "Usikkerhed",
        Lang::En => "Uncertainty",
    };
    let year = plan.target_month.year();
    let month = |m: Month| format::month(m, lang);
    let labels = GoalChartLabels {
        numbers: lang.number_style(),
        y_label: format!(
            "{} ({})",
            ind.map(|i| i.name.get(lang.code()).to_string())
                .unwrap_or_default(),
            unit_word(unit, lang)
        ),
        actual: format!("{name}, {}", t(lang, Key::Actual).to_lowercase()),
        forecast: t(lang, Key::Forecast).to_string(),
        band95: format!("{band} 95 %"),
        band80: format!("{band} 80 %"),
        required: t(lang, Key::Required).to_string(),
        target: t(lang, Key::Target).to_string(),
        average_target: match lang {
            Lang::Da => format!("{} (gennemsnit {year})", t(lang, Key::Target)),
            Lang::En => format!("{} (average {year})", t(lang, Key::Target)),
        },
        milestone: t(lang, Key::Milestone).to_string(),
        frame: Frame {
            title: format!("{} – {name}", goal.title.get(lang.code())),
            source: super::super::source_line(b, lang),
            ..Frame::default()
        },
        month: &month,
    };
    charts::goal_chart::goal_chart(series, forecast, plan, goal.measure, &labels)
        .with_breaks(break_marks(ind, lang))
}

/// The indicator's known breaks as chart marks labelled "Databrud jul. 2025".
pub fn break_marks(ind: Option<&Indicator>, lang: Lang) -> Vec<BreakMark> {
    ind.map_or(&[][..], |i| i.breaks.as_slice())
        .iter()
        .map(|br| BreakMark {
            month: br.month,
            label: format!(
                "{} {}",
                t(lang, Key::DataBreak),
                format::month(br.month, lang)
            ),
        })
        .collect()
}

/// The indexed chart: the municipality, its region, its group and the country, base = 100.
pub(super) fn index_chart(
    b: &Baseline,
    m: usize,
    goal: &Goal,
    base: Month,
    lang: Lang,
) -> ChartSpec {
    let month = |m: Month| format::month(m, lang);
    let labels = IndexChartLabels {
        numbers: lang.number_style(),
        y_label: format!(
            "{} ({} = 100)",
            t(lang, Key::Index),
            format::month(base, lang)
        ),
        country: match lang {
            Lang::Da => "Hele landet",
            Lang::En => "Denmark",
        }
        .to_string(),
        month: &month,
    };
    let ind = b.indicators.get(goal.indicator);
    let spec = charts::goal_chart::index_chart(b, m, goal.indicator, base, &labels);
    ChartSpec {
        frame: Frame {
            title: index_title(ind, b.municipalities.get(m).map(|x| x.name.as_str()), lang),
            source: super::super::source_line(b, lang),
            ..Frame::default()
        },
        ..spec
    }
    .with_breaks(break_marks(ind, lang))
}

/// "Langtidsledige som indeks – Randers, regionen, klyngen og hele landet".
fn index_title(ind: Option<&Indicator>, name: Option<&str>, lang: Lang) -> String {
    let indicator = ind.map(|i| i.name.get(lang.code())).unwrap_or_default();
    let name = name.unwrap_or_default();
    match lang {
        Lang::Da => format!(
            "{indicator} som indeks – {name}, regionen, sammenlignelige kommuner og hele landet"
        ),
        Lang::En => format!(
            "{indicator} as an index – {name}, the region, comparable municipalities and Denmark"
        ),
    }
}

/// The figures behind the chart, one row per month: actual, forecast, 80 % band, kravforløb,
/// and in the last column the note of a data break that starts that month.
pub(super) fn chart_table(
    series: &crate::model::Series,
    forecast: Option<&Forecast>,
    plan: &GoalPlan,
    (unit, breaks): (Unit, &[Break]),
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
            breaks
                .iter()
                .filter(|br| br.month == month)
                .map(|br| br.note.get(lang.code()))
                .collect::<Vec<_>>()
                .join(" "),
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
    (breaks, lang): (&[BreakMark], Lang),
) -> String {
    let unit = b
        .indicators
        .get(goal.indicator)
        .map_or(Unit::Persons, |i| i.unit);
    let prog = plan
        .forecast
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
    let breaks = summary_breaks(breaks, lang);
    match lang {
        Lang::Da => format!(
            "Diagram for {name}: faktiske tal til {}, prognose {prog} og mål {} {when}. Kravforløbet går fra seneste faktiske tal til målet.{breaks}",
            format::month(plan.path.as_ref().map(|p| p.origin).unwrap_or(plan.base.month), lang),
            value_text(plan.target.target, unit, lang),
        ),
        Lang::En => format!(
            "Chart for {name}: actual figures to {}, forecast {prog} and target {} {when}. The required path runs from the latest actual figure to the target.{breaks}",
            format::month(plan.path.as_ref().map(|p| p.origin).unwrap_or(plan.base.month), lang),
            value_text(plan.target.target, unit, lang),
        ),
    }
}

/// " En lodret linje markerer databruddet i jul. 2025." ("" when the chart crosses none).
fn summary_breaks(breaks: &[BreakMark], lang: Lang) -> String {
    let months: Vec<String> = breaks
        .iter()
        .map(|br| format::month(br.month, lang))
        .collect();
    if months.is_empty() {
        return String::new();
    }
    let list = months.join(", ");
    match (lang, months.len()) {
        (Lang::Da, 1) => format!(" En lodret linje markerer databruddet i {list}."),
        (Lang::Da, _) => format!(" Lodrette linjer markerer databruddene i {list}."),
        (Lang::En, 1) => format!(" A vertical line marks the data break in {list}."),
        (Lang::En, _) => format!(" Vertical lines mark the data breaks in {list}."),
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
        let summary = chart_summary(&b, &gs.goals[avg], &plan, "Aarhus", (&[], Lang::Da));
        assert!(
            summary.contains(&format!("i gennemsnit for {}", plan.target_month.year())),
            "{summary}"
        );
    }
}
