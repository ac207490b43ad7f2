//! A goal's measure: the level in one calendar month, or the average of twelve months.
//!
//! The *base* is the latest observed value of the measure: the same calendar month for a
//! month-level goal (December 2024 for a December goal when the data end in July 2025), the
//! latest full twelve-month average for an annual-average goal. The *plan-year value* takes
//! actual figures where they exist and the forecast for the other months.

use super::baseline::Measure;
use super::forecast::Forecast;
use super::month::Month;
use super::series::Series;

/// The base a target is measured against.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Base {
    /// The value, in the indicator's unit.
    pub value: f64,
    /// The base month (for an average: the last month of the twelve).
    pub month: Month,
}

/// The month a goal's target refers to in the plan year: the goal's month, or December for an
/// annual average (whose twelve months end there).
pub fn target_month(measure: Measure, plan_year: i32) -> Option<Month> {
    match measure {
        Measure::Month(m) => Month::new(plan_year, m),
        Measure::AnnualAverage => Month::new(plan_year, 12),
    }
}

/// The latest observed value of the measure in `series`, or `None` when the series has none.
pub fn base(series: &Series, measure: Measure) -> Option<Base> {
    let last = series.last_observed()?;
    match measure {
        Measure::Month(m) => {
            let mut month = Month::new(last.year(), m)?;
            if month > last {
                month = month.plus(-12);
            }
            while month >= series.start() {
                if let Some(value) = series.get(month) {
                    return Some(Base { value, month });
                }
                month = month.plus(-12);
            }
            None
        }
        Measure::AnnualAverage => {
            let mut end = last;
            while end.plus(-11) >= series.start() {
                if let Some(value) = average(series, None, end) {
                    return Some(Base { value, month: end });
                }
                end = end.plus(-1);
            }
            None
        }
    }
}

/// The measure for the plan year, from actuals where observed and the forecast elsewhere.
/// `None` when a month has neither.
pub fn plan_year_value(
    series: &Series,
    forecast: Option<&Forecast>,
    measure: Measure,
    plan_year: i32,
) -> Option<f64> {
    let month = target_month(measure, plan_year)?;
    match measure {
        Measure::Month(_) => value_at(series, forecast, month),
        Measure::AnnualAverage => average(series, forecast, month),
    }
}

/// The actual value of a month, else the forecast's central value.
pub fn value_at(series: &Series, forecast: Option<&Forecast>, month: Month) -> Option<f64> {
    series.get(month).or_else(|| {
        let f = forecast?;
        let i = f.start.months_until(month);
        if i < 0 {
            return None;
        }
        f.mean.get(i as usize).copied()
    })
}

/// Average of the twelve months ending at `end` (actuals, else forecast); `None` if one is missing.
pub fn average(series: &Series, forecast: Option<&Forecast>, end: Month) -> Option<f64> {
    let mut sum = 0.0;
    for k in 0..12 {
        sum += value_at(series, forecast, end.plus(-k))?;
    }
    Some(sum / 12.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(s: &str) -> Month {
        Month::parse(s).unwrap()
    }

    fn counting(start: &str, n: usize) -> Series {
        Series::new(m(start), (0..n).map(|i| Some(i as f64)).collect())
    }

    #[test]
    fn a_december_goal_is_based_on_the_latest_observed_december() {
        let s = counting("2021-08", 48); // to 2025-07
        let b = base(&s, Measure::Month(12)).unwrap();
        assert_eq!(b.month, m("2024-12"));
        assert!(
            (b.value - 40.0).abs() < 1e-9,
            "the December 2024 value: {}",
            b.value
        );
    }

    #[test]
    fn a_month_level_base_skips_a_missing_month_to_the_year_before() {
        let mut values: Vec<Option<f64>> = (0..48).map(|i| Some(i as f64)).collect();
        values[40] = None; // 2024-12
        let s = Series::new(m("2021-08"), values);
        assert_eq!(base(&s, Measure::Month(12)).unwrap().month, m("2023-12"));
    }

    #[test]
    fn an_annual_average_base_is_the_latest_full_twelve_months() {
        let s = counting("2021-08", 48);
        let b = base(&s, Measure::AnnualAverage).unwrap();
        assert_eq!(b.month, m("2025-07"));
        assert!((b.value - (36.0 + 47.0) / 2.0).abs() < 1e-9);
        let mut values: Vec<Option<f64>> = (0..48).map(|i| Some(i as f64)).collect();
        values[45] = None;
        let s = Series::new(m("2021-08"), values);
        assert_eq!(
            base(&s, Measure::AnnualAverage).unwrap().month,
            m("2025-04")
        );
    }

    #[test]
    fn the_plan_year_value_mixes_actuals_and_forecast() {
        let s = counting("2025-01", 7); // Jan–Jul 2025: 0..6
        let f = Forecast {
            start: m("2025-08"),
            mean: vec![10.0; 5],
            lo80: vec![9.0; 5],
            hi80: vec![11.0; 5],
            lo95: vec![8.0; 5],
            hi95: vec![12.0; 5],
            flags: Vec::new(),
        };
        let avg = plan_year_value(&s, Some(&f), Measure::AnnualAverage, 2025).unwrap();
        assert!((avg - (21.0 + 50.0) / 12.0).abs() < 1e-9);
        assert_eq!(
            plan_year_value(&s, Some(&f), Measure::Month(12), 2025),
            Some(10.0)
        );
        assert_eq!(
            plan_year_value(&s, Some(&f), Measure::Month(12), 2026),
            None
        );
    }
}
