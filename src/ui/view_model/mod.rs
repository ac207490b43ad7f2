//! View models: what a component shows, computed from the baseline and the user's choices.
//! Pure (no Leptos), so it is tested natively; components only render these.

use crate::charts::spec::{ChartSpec, Line, LineStyle, Palette};
use crate::model::baseline::{Area, Baseline, Unit};
use crate::model::Month;

use super::format::{self, Lang};

pub mod carry;
pub mod comparison;
pub mod export;
pub mod goal;
pub mod method;
pub mod page;
pub mod print;

/// The unit as a word after a number.
pub fn unit_word(unit: Unit, lang: Lang) -> &'static str {
    match (unit, lang) {
        (Unit::Persons, Lang::Da) => "personer",
        (Unit::Persons, Lang::En) => "persons",
        (Unit::FullTimePersons, Lang::Da) => "fuldtidspersoner",
        (Unit::FullTimePersons, Lang::En) => "full-time persons",
        (Unit::Percent, _) => "%",
    }
}

/// A value in an indicator's unit for display: counts without decimals, percent with one.
pub fn value_text(value: f64, unit: Unit, lang: Lang) -> String {
    match unit {
        Unit::Percent => format!("{} %", format::number(value, 1, lang)),
        _ => format::number(value, 0, lang),
    }
}

/// One row of a series table.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// Month as `YYYY-MM` (a stable key).
    pub key: String,
    /// Month for display.
    pub month: String,
    /// Value for display ("–" when missing).
    pub value: String,
}

/// The chart of one municipality's history of one indicator.
pub fn history_chart(b: &Baseline, municipality: usize, indicator: usize, lang: Lang) -> ChartSpec {
    let Some(entry) = b.series(Area::Municipality(municipality), indicator) else {
        return ChartSpec::default();
    };
    let Some(ind) = b.indicators.get(indicator) else {
        return ChartSpec::default();
    };
    let name = b
        .municipalities
        .get(municipality)
        .map(|m| m.name.clone())
        .unwrap_or_default();
    ChartSpec {
        numbers: lang.number_style(),
        y_label: format!(
            "{} ({})",
            ind.name.get(lang.code()),
            unit_word(ind.unit, lang)
        ),
        lines: vec![Line {
            label: name,
            points: entry.series.iter().collect(),
            style: LineStyle::Solid,
            color: Palette::Blue,
        }],
        month_labels: axis_labels(entry.series.start(), entry.series.end(), lang),
        ..ChartSpec::default()
    }
}

/// Axis labels: every January (and the first month), so the axis never crowds.
pub fn axis_labels(first: Month, last: Month, lang: Lang) -> Vec<(Month, String)> {
    (0..=first.months_until(last))
        .map(|i| first.plus(i))
        .filter(|m| m.month() == 1 || *m == first)
        .map(|m| (m, format::month(m, lang)))
        .collect()
}

/// The rows of the data table beside the history chart.
pub fn history_rows(b: &Baseline, municipality: usize, indicator: usize, lang: Lang) -> Vec<Row> {
    let (Some(entry), Some(ind)) = (
        b.series(Area::Municipality(municipality), indicator),
        b.indicators.get(indicator),
    ) else {
        return Vec::new();
    };
    entry
        .series
        .iter()
        .map(|(m, v)| Row {
            key: m.to_string(),
            month: format::month(m, lang),
            value: v.map_or_else(|| "–".to_string(), |v| value_text(v, ind.unit, lang)),
        })
        .collect()
}

/// One sentence for screen readers summing up the history chart.
pub fn history_summary(b: &Baseline, municipality: usize, indicator: usize, lang: Lang) -> String {
    let (Some(entry), Some(ind), Some(m)) = (
        b.series(Area::Municipality(municipality), indicator),
        b.indicators.get(indicator),
        b.municipalities.get(municipality),
    ) else {
        return match lang {
            Lang::Da => "Ingen tal at vise.".into(),
            Lang::En => "No figures to show.".into(),
        };
    };
    let first = entry.series.iter().find_map(|(m, v)| v.map(|v| (m, v)));
    let last = entry
        .series
        .last_observed()
        .and_then(|lm| entry.series.get(lm).map(|v| (lm, v)));
    match (first, last) {
        (Some((fm, fv)), Some((lm, lv))) => match lang {
            Lang::Da => format!(
                "{} i {}: {} i {} og {} i {}.",
                ind.name.da,
                m.name,
                value_text(fv, ind.unit, lang),
                format::month(fm, lang),
                value_text(lv, ind.unit, lang),
                format::month(lm, lang)
            ),
            Lang::En => format!(
                "{} in {}: {} in {} and {} in {}.",
                ind.name.get("en"),
                m.name,
                value_text(fv, ind.unit, lang),
                format::month(fm, lang),
                value_text(lv, ind.unit, lang),
                format::month(lm, lang)
            ),
        },
        _ => match lang {
            Lang::Da => format!("{} i {}: ingen offentliggjorte tal.", ind.name.da, m.name),
            Lang::En => format!(
                "{} in {}: no published figures.",
                ind.name.get("en"),
                m.name
            ),
        },
    }
}

/// "Kilde: Jobindsats.dk / STAR og Danmarks Statistik, data til jul. 2025" – from the file's
/// own sources, so a region's file names its own.
pub fn source_line(b: &Baseline, lang: Lang) -> String {
    let mut publishers: Vec<&str> = Vec::new();
    for s in &b.meta.sources {
        if !publishers.contains(&s.publisher.as_str()) {
            publishers.push(&s.publisher);
        }
    }
    let (and, label, to) = match lang {
        Lang::Da => (" og ", "Kilde", "data til"),
        Lang::En => (" and ", "Source", "data to"),
    };
    let names = match publishers.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{}{and}{last}", rest.join(", ")),
        Some((last, _)) => last.to_string(),
        None => b.meta.publisher.clone(),
    };
    format!(
        "{label}: {names}, {to} {}",
        format::month(b.meta.data_month, lang)
    )
}

/// Facts about the chosen municipality, shown under the picker.
#[derive(Debug, Clone, PartialEq)]
pub struct ChoiceFacts {
    /// Region name.
    pub region: String,
    /// Comparable group with its size.
    pub group: String,
    /// Population with its month.
    pub population: String,
}

/// The facts for municipality `code`.
pub fn choice_facts(b: &Baseline, code: &str, lang: Lang) -> Option<ChoiceFacts> {
    let m = b.municipalities.get(b.municipality_index(code)?)?;
    let size = b
        .municipalities
        .iter()
        .filter(|o| o.group == m.group)
        .count();
    let group = b.groups.get(m.group)?;
    let word = match lang {
        Lang::Da => "kommuner",
        Lang::En => "municipalities",
    };
    Some(ChoiceFacts {
        region: b.regions.get(m.region)?.name.clone(),
        group: format!("{} ({size} {word})", group.name),
        population: m
            .population
            .map(|p| format::number(p, 0, lang))
            .unwrap_or_else(|| "–".into()),
    })
}

/// The default dataset, for the view models' tests.
#[cfg(test)]
#[allow(clippy::expect_used)]
pub(crate) fn default_baseline() -> Baseline {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/baseline.json"))
        .expect("default data");
    crate::data::from_json(&text).expect("valid default data")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_history_table_of_aarhus_has_one_row_per_month_in_danish() {
        let b = default_baseline();
        let aarhus = b.municipality_index("751").expect("Aarhus");
        let ledige = b.indicator_index("ledige").expect("ledige");
        let rows = history_rows(&b, aarhus, ledige, Lang::Da);
        assert_eq!(rows.len(), 48);
        assert_eq!(rows[0].month, "aug. 2021");
        assert_eq!(rows[47].key, "2025-07");
        assert!(rows.iter().all(|r| r.value != "–"));
        let spec = history_chart(&b, aarhus, ledige, Lang::Da);
        assert_eq!(spec.lines.len(), 1);
        assert_eq!(spec.lines[0].points.len(), 48);
        assert!(history_summary(&b, aarhus, ledige, Lang::Da).starts_with("Ledige i Aarhus:"));
    }

    #[test]
    fn a_missing_series_gives_an_empty_chart_not_a_panic() {
        let b = default_baseline();
        assert_eq!(history_chart(&b, 9999, 0, Lang::Da), ChartSpec::default());
        assert!(history_rows(&b, 0, 9999, Lang::En).is_empty());
        assert_eq!(history_summary(&b, 9999, 0, Lang::Da), "Ingen tal at vise.");
    }
}
