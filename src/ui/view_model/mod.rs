//! View models: what a component shows, computed from the baseline and the user's choices.
//! Pure (no Leptos), so it is tested natively; components only render these.

use crate::model::baseline::{Baseline, Goal, Indicator, Municipality, Unit};
use crate::model::plan::Planner;
use crate::model::Month;

use super::format::{self, Lang};

pub mod carry;
pub mod chart_file;
pub mod comparison;
pub mod contact;
pub mod copy;
pub mod embed;
pub mod export;
pub mod glossary;
pub mod goal;
pub mod import;
pub mod limits;
pub mod method;
pub mod own_goal;
pub mod page;
pub mod phone;
pub mod presentation;
pub mod print;
pub mod undo;

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

/// A relative change (a fraction) as a signed percentage with one decimal: "+2,5 %", "-50,0 %".
pub(crate) fn signed_percent(change: f64, lang: Lang) -> String {
    let s = format::number(change * 100.0, 1, lang);
    if change > 0.0 {
        format!("+{s} %")
    } else {
        format!("{s} %")
    }
}

/// Axis labels: every January (and the first month), so the axis never crowds.
pub fn axis_labels(first: Month, last: Month, lang: Lang) -> Vec<(Month, String)> {
    crate::charts::axis::month_ticks(first, last, &|m| format::month(m, lang))
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

/// Goal `gi` of the planner's goals, its indicator and municipality `m`: what a view of one
/// goal's plan looks up first (`None` when the data do not hold them).
pub fn goal_context<'b>(
    b: &'b Baseline,
    planner: &'b Planner,
    m: usize,
    gi: usize,
) -> Option<(&'b Goal, &'b Indicator, &'b Municipality)> {
    let goal = planner.goals.goals.get(gi)?;
    Some((
        goal,
        b.indicators.get(goal.indicator)?,
        b.municipalities.get(m)?,
    ))
}

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
    fn axis_labels_mark_every_january_and_the_first_month_in_the_pages_language() {
        let first = Month::new(2021, 8).unwrap();
        let last = Month::new(2025, 7).unwrap();
        let labels = axis_labels(first, last, Lang::Da);
        let texts: Vec<&str> = labels.iter().map(|(_, l)| l.as_str()).collect();
        assert_eq!(
            texts,
            [
                "aug. 2021",
                "jan. 2022",
                "jan. 2023",
                "jan. 2024",
                "jan. 2025"
            ]
        );
        assert_eq!(axis_labels(first, last, Lang::En)[0].1, "Aug 2021");
    }
}
