//! A monthly time series with missing months.
//!
//! Values are in the indicator's published unit (persons, full-time persons, or percent
//! as 0–100). A missing month (`None`) is a month the source suppressed or did not publish;
//! it is never filled in here.

use super::month::Month;

/// Consecutive months from `start`, one optional value per month.
#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    start: Month,
    values: Vec<Option<f64>>,
}

impl Series {
    /// A series whose first value belongs to `start`.
    pub fn new(start: Month, values: Vec<Option<f64>>) -> Series {
        Series { start, values }
    }

    /// The first month.
    pub fn start(&self) -> Month {
        self.start
    }

    /// The last month (the start month for an empty series).
    pub fn end(&self) -> Month {
        self.start.plus(self.values.len().saturating_sub(1) as i32)
    }

    /// Number of months covered, missing ones included.
    pub fn len(&self) -> usize {
        self.values.len()
    }

    /// True when the series covers no month.
    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }

    /// All values in month order.
    pub fn values(&self) -> &[Option<f64>] {
        &self.values
    }

    /// The value of `month`, `None` when missing or outside the series.
    pub fn get(&self, month: Month) -> Option<f64> {
        let i = self.start.months_until(month);
        if i < 0 {
            return None;
        }
        self.values.get(i as usize).copied().flatten()
    }

    /// Every month with its value, missing ones included.
    pub fn iter(&self) -> impl Iterator<Item = (Month, Option<f64>)> + '_ {
        self.values
            .iter()
            .enumerate()
            .map(move |(i, v)| (self.start.plus(i as i32), *v))
    }

    /// The last month that has a value.
    pub fn last_observed(&self) -> Option<Month> {
        self.values
            .iter()
            .rposition(Option::is_some)
            .map(|i| self.start.plus(i as i32))
    }

    /// How many months have a value.
    pub fn observed_count(&self) -> usize {
        self.values.iter().filter(|v| v.is_some()).count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(s: &str) -> Month {
        Month::parse(s).unwrap()
    }

    #[test]
    fn get_returns_none_outside_the_series_and_for_missing_months() {
        let s = Series::new(m("2024-11"), vec![Some(1.0), None, Some(3.0)]);
        let v = s.get(m("2024-11"));
        assert!(
            v.is_some_and(|x| (x - 1.0).abs() < 1e-9),
            "the first month: {v:?}"
        );
        assert_eq!(s.get(m("2024-12")), None);
        let v = s.get(m("2025-01"));
        assert!(
            v.is_some_and(|x| (x - 3.0).abs() < 1e-9),
            "the third month: {v:?}"
        );
        assert_eq!(s.get(m("2025-02")), None);
        assert_eq!(s.get(m("2024-10")), None);
        assert_eq!(s.end(), m("2025-01"));
        assert_eq!(s.last_observed(), Some(m("2025-01")));
        assert_eq!(s.observed_count(), 2);
    }
}
