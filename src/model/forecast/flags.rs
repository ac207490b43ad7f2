//! [`ForecastFlag`]: the caveats attached to a forecast (breaks, short or gappy history, which
//! adjustments were applied), with the Danish sentence the UI and the data tool show for each.
//!
//! Depends only on [`Month`] and the prepared history (for the history's own flags). Changes are fractions (0.05 = 5 %).

use std::fmt;

use super::super::month::Month;
use super::history::Prepared;
#[cfg(doc)]
use super::RECENT_MONTHS;
use super::SHORT_HISTORY_MONTHS;

/// Caveats attached to a forecast, for the UI to show.
#[derive(Debug, Clone, PartialEq)]
pub enum ForecastFlag {
    /// A break took effect at or shortly before the origin: the level after the break rests on
    /// `months_after` observations, and the intervals are widened.
    BreakNearOrigin {
        /// The month the break took effect.
        month: Month,
        /// Observed months from the break to the origin, both included.
        months_after: usize,
    },
    /// A break takes effect inside the forecast horizon: the intervals from `month` on are widened.
    BreakInHorizon {
        /// The month the break takes effect.
        month: Month,
    },
    /// Short history: `months` observed months (seasonality leans on the pooled profile).
    ShortHistory {
        /// Observed months used.
        months: usize,
    },
    /// Months missing (suppressed) among the last [`RECENT_MONTHS`] months.
    GapsInHistory {
        /// Number of missing months.
        missing: usize,
    },
    /// The path was rescaled so the plan year's average changes by `change` from the year before.
    ExpectedChangeApplied {
        /// Plan year.
        year: i32,
        /// Relative change (fraction).
        change: f64,
    },
    /// The expected change could not be applied (plan year outside the horizon, or too little
    /// data for the year before it).
    ExpectedChangeNotApplied {
        /// Plan year.
        year: i32,
    },
    /// The outlook scenario moved the horizon end by `change` (fraction), phased in linearly.
    OutlookApplied {
        /// Relative change at the horizon end.
        change: f64,
    },
}

/// The flags the history itself sets: a short history, then gaps in the recent months.
pub(super) fn history_flags(p: &Prepared) -> Vec<ForecastFlag> {
    let mut flags = Vec::new();
    if p.observed < SHORT_HISTORY_MONTHS {
        flags.push(ForecastFlag::ShortHistory { months: p.observed });
    }
    if p.recent_missing > 0 {
        flags.push(ForecastFlag::GapsInHistory {
            missing: p.recent_missing,
        });
    }
    flags
}

impl fmt::Display for ForecastFlag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ForecastFlag::BreakNearOrigin { month, months_after } => write!(
                f,
                "databrud {month}: kun {months_after} måneder efter bruddet; båndet er gjort bredere"
            ),
            ForecastFlag::BreakInHorizon { month } => {
                write!(f, "databrud {month} i prognoseperioden; båndet er gjort bredere")
            }
            ForecastFlag::ShortHistory { months } => write!(f, "kort historik: {months} måneder"),
            ForecastFlag::GapsInHistory { missing } => {
                write!(f, "{missing} manglende måneder i de seneste to år")
            }
            ForecastFlag::ExpectedChangeApplied { year, change } => write!(
                f,
                "regionens forventede udvikling for {year} ({:+.1} %) er brugt",
                change * 100.0
            ),
            ForecastFlag::ExpectedChangeNotApplied { year } => write!(
                f,
                "regionens forventede udvikling for {year} kunne ikke bruges"
            ),
            ForecastFlag::OutlookApplied { change } => write!(
                f,
                "konjunkturscenariet ({:+.1} % ved horisontens slutning) er brugt",
                change * 100.0
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::forecast::test_support::*;
    use crate::model::forecast::{forecast, SeasonalProfile};
    use crate::model::series::Series;

    #[test]
    fn a_break_at_the_origin_widens_the_intervals_and_sets_a_flag() {
        let mut rng = Rng(5);
        let s = seasonal_counts(&mut rng, 48, 900.0, 0.03);
        let plain = forecast(&input(&s), m("2026-12")).unwrap();
        let breaks = [m("2025-07")];
        let mut i = input(&s);
        i.breaks = &breaks;
        let with_break = forecast(&i, m("2026-12")).unwrap();
        check_shape(&with_break, false);
        assert!(with_break.flags.contains(&ForecastFlag::BreakNearOrigin {
            month: m("2025-07"),
            months_after: 1
        }));
        for h in 0..plain.len() {
            assert!(
                with_break.hi95[h] - with_break.lo95[h] > plain.hi95[h] - plain.lo95[h],
                "h={h}"
            );
        }
    }

    #[test]
    fn a_break_inside_the_horizon_widens_from_that_month() {
        let mut rng = Rng(9);
        let s = seasonal_counts(&mut rng, 48, 900.0, 0.03);
        let plain = forecast(&input(&s), m("2026-12")).unwrap();
        let breaks = [m("2026-01")];
        let mut i = input(&s);
        i.breaks = &breaks;
        let f = forecast(&i, m("2026-12")).unwrap();
        assert!(f.flags.contains(&ForecastFlag::BreakInHorizon {
            month: m("2026-01")
        }));
        assert!(
            (f.hi80[0] - plain.hi80[0]).abs() < 1e-9,
            "before the break the band is unchanged: {} vs {}",
            f.hi80[0],
            plain.hi80[0]
        );
        let k = f.start.months_until(m("2026-01")) as usize;
        assert!(f.hi80[k] > plain.hi80[k]);
    }

    #[test]
    fn short_series_get_a_forecast_with_a_flag() {
        let mut rng = Rng(19);
        let long = seasonal_counts(&mut rng, 48, 300.0, 0.05);
        let prior = SeasonalProfile::pooled(&[&long], &[], false);
        let short = Series::new(m("2023-08"), long.values()[24..].to_vec());
        let mut i = input(&short);
        i.season_prior = Some(&prior);
        let f = forecast(&i, m("2026-12")).unwrap();
        check_shape(&f, false);
        assert!(f.flags.contains(&ForecastFlag::ShortHistory { months: 24 }));
    }
}
