//! Amounts of change in words, the one place that decides their unit: whole persons for counts,
//! percentage points for a percent indicator (never a bare "%", which would read as a relative
//! change), and paces that make sense for small numbers ("ca. 1 færre om året", not "ca. 0
//! færre om måneden").

use crate::model::baseline::Unit;
use crate::ui::format::{self, Lang};

use super::decimals;

/// "færre"/"flere" (counts) or "lavere"/"højere" (percent) for a signed change.
fn direction(change: f64, unit: Unit, lang: Lang) -> &'static str {
    match (unit.is_count(), change < 0.0, lang) {
        (true, true, Lang::Da) => "færre",
        (true, false, Lang::Da) => "flere",
        (false, true, Lang::Da) => "lavere",
        (false, false, Lang::Da) => "højere",
        (true, true, Lang::En) => "fewer",
        (true, false, Lang::En) => "more",
        (false, true, Lang::En) => "lower",
        (false, false, Lang::En) => "higher",
    }
}

/// The size of a change without its sign, with its unit where a number alone would mislead:
/// "38" (persons), "1,2 procentpoint" (percent). The one function that decides the unit of a
/// change; the others here build on it.
pub fn magnitude(change: f64, unit: Unit, lang: Lang) -> String {
    let number = format::number(change.abs(), decimals(unit), lang);
    match (unit.is_count(), lang) {
        (true, _) => number,
        (false, Lang::Da) => format!("{number} procentpoint"),
        (false, Lang::En) => format!("{number} percentage points"),
    }
}

/// The unit word after an amount, singular for one: "personer", "1 person", "fuldtidsperson";
/// empty for a percent (its amounts carry "procentpoint" already).
pub fn unit_after(amount: f64, unit: Unit, lang: Lang) -> &'static str {
    let one = format::number(amount.abs(), decimals(unit), lang) == "1";
    match (unit, one, lang) {
        (Unit::Percent, _, _) => "",
        (Unit::Persons, true, _) => "person",
        (Unit::Persons, false, Lang::Da) => "personer",
        (Unit::Persons, false, Lang::En) => "persons",
        (Unit::FullTimePersons, true, Lang::Da) => "fuldtidsperson",
        (Unit::FullTimePersons, false, Lang::Da) => "fuldtidspersoner",
        (Unit::FullTimePersons, true, Lang::En) => "full-time person",
        (Unit::FullTimePersons, false, Lang::En) => "full-time persons",
    }
}

/// "gange"/"times", or "gang"/"time" after one.
pub fn times(n: usize, lang: Lang) -> &'static str {
    match (n == 1, lang) {
        (true, Lang::Da) => "gang",
        (false, Lang::Da) => "gange",
        (true, Lang::En) => "time",
        (false, Lang::En) => "times",
    }
}

/// An absolute change in words: "38 færre", "1,2 procentpoint højere".
pub fn change_words(change: f64, unit: Unit, lang: Lang) -> String {
    format!(
        "{} {}",
        magnitude(change, unit, lang),
        direction(change, unit, lang)
    )
}

/// A signed change for a table cell: "+38", "−12", "+0,8 pct.-point" ("+0.8 pp"); "0" when it
/// rounds to nothing.
pub fn signed_change(change: f64, unit: Unit, lang: Lang) -> String {
    if shows_as_zero(change, unit) {
        return match unit.is_count() {
            true => "0".to_string(),
            false => format!("0{}", short_points(lang)),
        };
    }
    let sign = if change < 0.0 { "−" } else { "+" };
    let number = format::number(change.abs(), decimals(unit), lang);
    match unit.is_count() {
        true => format!("{sign}{number}"),
        false => format!("{sign}{number}{}", short_points(lang)),
    }
}

/// " pct.-point" / " pp": percentage points where space is short.
fn short_points(lang: Lang) -> &'static str {
    match lang {
        Lang::Da => " pct.-point",
        Lang::En => " pp",
    }
}

/// True when `v` rounds to zero at the unit's decimals (so it reads as "the same").
pub fn shows_as_zero(v: f64, unit: Unit) -> bool {
    v.abs() < 10f64.powi(-(decimals(unit) as i32)) / 2.0
}

/// A pace in words, for small numbers too: "ca. 2 færre om måneden"; a pace under one shown
/// unit a month as a yearly one, "ca. 3 færre om året"; under one a year "et fald på under 1
/// om året"; "uændret" when there is no change at all.
pub fn pace_words(per_month: f64, unit: Unit, lang: Lang) -> String {
    if !per_month.is_finite() || per_month == 0.0 {
        return match lang {
            Lang::Da => "uændret fra måned til måned".to_string(),
            Lang::En => "unchanged month by month".to_string(),
        };
    }
    let per_year = per_month * 12.0;
    let (month, year) = match lang {
        Lang::Da => ("om måneden", "om året"),
        Lang::En => ("a month", "a year"),
    };
    let about = match lang {
        Lang::Da => "ca.",
        Lang::En => "about",
    };
    if !shows_as_zero(per_month, unit) {
        format!("{about} {} {month}", change_words(per_month, unit, lang))
    } else if !shows_as_zero(per_year, unit) {
        format!("{about} {} {year}", change_words(per_year, unit, lang))
    } else {
        let smallest = magnitude(10f64.powi(-(decimals(unit) as i32)), unit, lang);
        match (per_month < 0.0, lang) {
            (true, Lang::Da) => format!("et fald på under {smallest} {year}"),
            (false, Lang::Da) => format!("en stigning på under {smallest} {year}"),
            (true, Lang::En) => format!("a fall of less than {smallest} {year}"),
            (false, Lang::En) => format!("a rise of less than {smallest} {year}"),
        }
    }
}

#[cfg(test)]
#[cfg(not(target_arch = "wasm32"))]
mod tests {
    use super::*;

    #[test]
    fn counts_are_whole_persons_and_percents_are_percentage_points_in_both_languages() {
        assert_eq!(change_words(-11.2, Unit::Persons, Lang::Da), "11 færre");
        assert_eq!(
            change_words(0.84, Unit::Percent, Lang::Da),
            "0,8 procentpoint højere"
        );
        assert_eq!(change_words(6.0, Unit::FullTimePersons, Lang::En), "6 more");
        assert_eq!(
            change_words(-1.26, Unit::Percent, Lang::En),
            "1.3 percentage points lower"
        );
        assert_eq!(
            signed_change(0.84, Unit::Percent, Lang::Da),
            "+0,8 pct.-point"
        );
        assert_eq!(signed_change(-0.84, Unit::Percent, Lang::En), "−0.8 pp");
        assert_eq!(signed_change(-1234.4, Unit::Persons, Lang::Da), "−1.234");
        assert_eq!(signed_change(0.3, Unit::Persons, Lang::En), "0");
        assert_eq!(signed_change(0.01, Unit::Percent, Lang::Da), "0 pct.-point");
    }

    #[test]
    fn one_person_and_one_time_are_singular() {
        assert_eq!(unit_after(1.2, Unit::Persons, Lang::Da), "person");
        assert_eq!(unit_after(2.0, Unit::Persons, Lang::Da), "personer");
        assert_eq!(
            unit_after(-1.0, Unit::FullTimePersons, Lang::En),
            "full-time person"
        );
        assert_eq!(unit_after(1.0, Unit::Percent, Lang::Da), "");
        assert_eq!((times(1, Lang::Da), times(15, Lang::En)), ("gang", "times"));
    }

    #[test]
    fn a_small_pace_is_said_per_year_or_as_under_one_never_as_about_zero() {
        let da = |v, u| pace_words(v, u, Lang::Da);
        let en = |v, u| pace_words(v, u, Lang::En);
        assert_eq!(da(-2.2, Unit::Persons), "ca. 2 færre om måneden");
        assert_eq!(da(-0.25, Unit::Persons), "ca. 3 færre om året");
        assert_eq!(da(0.02, Unit::Persons), "en stigning på under 1 om året");
        assert_eq!(en(0.25, Unit::Persons), "about 3 more a year");
        assert_eq!(
            da(0.02, Unit::Percent),
            "ca. 0,2 procentpoint højere om året"
        );
        assert_eq!(
            en(-0.001, Unit::Percent),
            "a fall of less than 0.1 percentage points a year"
        );
        assert_eq!(da(0.0, Unit::Persons), "uændret fra måned til måned");
        for v in [-0.4, -0.04, 0.004, 0.3, 7.0] {
            for u in [Unit::Persons, Unit::Percent, Unit::FullTimePersons] {
                for s in [da(v, u), en(v, u)] {
                    assert!(
                        !s.contains(" 0 ") && !s.contains(" 0,0 ") && !s.contains(" 0.0 "),
                        "{s}"
                    );
                }
            }
        }
    }
}
