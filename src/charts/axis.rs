//! Which months of a time axis carry a label. The label's words come from the caller (the UI
//! formats months in the page's language), so this module depends on `model::Month` only.

use crate::model::Month;

/// The labelled months from `first` to `last`: every January and the first month, so the
/// axis never crowds; each written by `label`.
pub fn month_ticks(
    first: Month,
    last: Month,
    label: &dyn Fn(Month) -> String,
) -> Vec<(Month, String)> {
    (0..=first.months_until(last))
        .map(|i| first.plus(i))
        .filter(|m| m.month() == 1 || *m == first)
        .map(|m| (m, label(m)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_january_and_the_first_month_carry_a_label() {
        let first = Month::new(2024, 11).unwrap();
        let last = Month::new(2026, 3).unwrap();
        let ticks = month_ticks(first, last, &|m| m.to_string());
        let months: Vec<String> = ticks.iter().map(|(_, l)| l.clone()).collect();
        assert_eq!(months, ["2024-11", "2025-01", "2026-01"]);
    }
}
