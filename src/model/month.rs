//! Calendar months, the time axis of every series in Måltal.
//!
//! A [`Month`] is a year and a month number; arithmetic is done on a month index
//! (months since year 0), so a series can be indexed without strings or dates.
//! Parsing accepts `YYYY-MM` (the baseline format) and Statistikbanken's `YYYYMmm`.

use std::fmt;

/// A calendar month, e.g. July 2025.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Month {
    index: i32,
}

/// Why a month could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MonthParseError {
    /// The text that was given.
    pub text: String,
}

impl fmt::Display for MonthParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "«{}» er ikke en måned (skriv ÅÅÅÅ-MM, fx 2025-07)",
            self.text
        )
    }
}

impl std::error::Error for MonthParseError {}

impl Month {
    /// The month `month` (1–12) of `year`; `None` when the month number is out of range
    /// or the year is outside 1000–9999.
    pub fn new(year: i32, month: u32) -> Option<Month> {
        if !(1..=12).contains(&month) || !(1000..=9999).contains(&year) {
            return None;
        }
        Some(Month {
            index: year * 12 + month as i32 - 1,
        })
    }

    /// The calendar year.
    pub fn year(self) -> i32 {
        self.index.div_euclid(12)
    }

    /// The month number, 1 for January to 12 for December.
    pub fn month(self) -> u32 {
        (self.index.rem_euclid(12) + 1) as u32
    }

    /// Zero-based position in the year (January = 0), for seasonal profiles.
    pub fn season(self) -> usize {
        self.index.rem_euclid(12) as usize
    }

    /// The month `n` months later (earlier when `n` is negative).
    pub fn plus(self, n: i32) -> Month {
        Month {
            index: self.index + n,
        }
    }

    /// Number of months from `self` to `later` (negative when `later` is earlier).
    pub fn months_until(self, later: Month) -> i32 {
        later.index - self.index
    }

    /// Parses `YYYY-MM` or Statistikbanken's `YYYYMmm` (e.g. `2021M08`).
    ///
    /// # Errors
    /// [`MonthParseError`] when the text is neither form or the month is not 01–12.
    pub fn parse(text: &str) -> Result<Month, MonthParseError> {
        let err = || MonthParseError {
            text: text.to_string(),
        };
        let t = text.trim();
        let (y, m) = if t.len() == 7 && (t.as_bytes()[4] == b'-' || t.as_bytes()[4] == b'M') {
            (&t[..4], &t[5..])
        } else {
            return Err(err());
        };
        if !y.bytes().all(|b| b.is_ascii_digit()) || !m.bytes().all(|b| b.is_ascii_digit()) {
            return Err(err());
        }
        let year: i32 = y.parse().map_err(|_| err())?;
        let month: u32 = m.parse().map_err(|_| err())?;
        Month::new(year, month).ok_or_else(err)
    }
}

impl fmt::Display for Month {
    /// Writes `YYYY-MM`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year(), self.month())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_both_month_notations_to_the_same_month() {
        assert_eq!(Month::parse("2021-08"), Month::parse("2021M08"));
        let m = Month::parse("2021-08").unwrap();
        assert_eq!((m.year(), m.month()), (2021, 8));
        assert_eq!(m.to_string(), "2021-08");
    }

    #[test]
    fn rejects_month_thirteen_and_other_shapes() {
        for bad in [
            "2021-13",
            "2021-00",
            "21-08",
            "2021/08",
            "",
            "2021-8",
            "abcd-ef",
            "2021-08-01",
        ] {
            assert!(Month::parse(bad).is_err(), "{bad} should be rejected");
        }
    }

    #[test]
    fn month_arithmetic_crosses_year_boundaries() {
        let dec = Month::new(2024, 12).unwrap();
        assert_eq!(dec.plus(1), Month::new(2025, 1).unwrap());
        assert_eq!(dec.plus(-12), Month::new(2023, 12).unwrap());
        assert_eq!(dec.months_until(Month::new(2025, 7).unwrap()), 7);
        assert_eq!(dec.season(), 11);
    }
}
