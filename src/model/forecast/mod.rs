//! Monthly forecasts (fremskrivninger) with 80 % and 95 % prediction intervals.
//!
//! Responsibility: turn one municipality's monthly series of one indicator, plus what a region
//! would also look at (a seasonal profile pooled over all municipalities, the region's and the
//! country's series, recorded data breaks, the labour-market outlook and the region's own
//! expected development), into a month-by-month forecast from the month after the last
//! observation to a given horizon month. Pure Rust, std only, no panics, no clock.
//!
//! Units: forecasts are in the series' own unit (persons, full-time persons, or percent 0–100).
//! Counts are modelled on the log scale `ln(y + 1)` (so seasonality and intervals are
//! multiplicative and forecasts never go below 0); percentages on their own scale (additive
//! seasonality, clamped to 0–100).
//!
//! Model (see `docs/method.md` for the measured figures):
//! 1. seasonal offsets per calendar month = deviations from a centred 2×12 moving average,
//!    computed within break-free segments and shrunk towards a pooled profile
//!    ([`SeasonalProfile`]) with an empirical-Bayes weight per series;
//! 2. the seasonally adjusted series is followed by exponential smoothing of the level
//!    (smoothing constant chosen per series on a grid by one-step squared error), no trend;
//! 3. intervals from the one-step residual standard deviation propagated with the ETS(A,N,N)
//!    variance formula, Student-t quantiles for short residual samples, and one calibration
//!    factor (`INTERVAL_SCALE` in `level.rs`) set by rolling-origin back-testing;
//! 4. breaks (from the data, never hard-coded) split the history: no moving average or
//!    difference crosses a break, the level restarts at the break, and near the origin (or
//!    inside the horizon) an extra level variance widens the intervals and a flag is set;
//! 5. the region's expected change and the outlook scenario rescale the path multiplicatively.
//!
//! Parts (each file owns one step; read them in this order):
//! - `history.rs`: the model scale (log for counts, linear for percentages), value checks and
//!   the fitted window of the history;
//! - `season.rs`: seasonal profiles — the series' own, the pooled one ([`SeasonalProfile`])
//!   and their empirical-Bayes combination; [`seasonal_factors`] for the kravforløb;
//! - `level.rs`: exponential smoothing of the seasonally adjusted level, and its projection
//!   over the horizon with the 80 % and 95 % intervals;
//! - `breaks.rs`: recorded breaks near the origin or inside the horizon — their flags and the
//!   extra variance they add;
//! - `flags.rs`: [`ForecastFlag`], what the reader must know about a forecast;
//! - `adjust.rs`: the region's expected development and the outlook, applied to a finished path,
//!   and the final clamp of percentages;
//! - `naive.rs`: [`seasonal_naive`], the benchmark of the back-test.
//!
//! This file holds the public types and [`forecast`], which runs the steps in turn.

mod adjust;
mod breaks;
mod flags;
mod history;
mod level;
mod naive;
mod season;
mod segments;
#[cfg(test)]
mod test_support;

use std::fmt;

use super::month::Month;
use super::series::Series;

pub use flags::ForecastFlag;
pub use naive::seasonal_naive;
pub use season::{seasonal_factors, SeasonalProfile};

use adjust::{apply_expected_change, apply_outlook, clamp_to_percent};
use breaks::Breaks;
use flags::history_flags;
use history::prepare;
use history::Scale;
use level::{fit_best, one_step_predictions, project};
use season::seasonal_offsets;

/// Fewest observed months, within the last [`RECENT_MONTHS`] months up to the last
/// observation, for which a forecast is made; below it the answer is
/// [`ForecastError::NotEnoughData`].
pub const MIN_OBSERVED: usize = 12;
/// The window (months, ending at the last observation) in which [`MIN_OBSERVED`] is counted.
pub const RECENT_MONTHS: usize = 24;
/// Below this many observed months the forecast carries [`ForecastFlag::ShortHistory`]
/// (the series' own seasonality then rests mostly on the pooled profile).
pub const SHORT_HISTORY_MONTHS: usize = 36;
/// Longest horizon accepted (months after the last observation).
pub const MAX_HORIZON_MONTHS: usize = 120;
/// Months after a break during which the forecast is treated as "near the break".
pub const BREAK_SETTLING_MONTHS: usize = 6;
/// Longest history used for fitting (older months are ignored, which bounds the cost).
pub const MAX_FIT_MONTHS: usize = 120;

const Z80: f64 = 1.281_551_565_5;
const Z95: f64 = 1.959_963_984_5;

/// The inputs for one municipality and one indicator.
#[derive(Debug, Clone, Copy)]
pub struct ForecastInput<'a> {
    /// The municipality's own series; the forecast starts the month after its last observed value.
    pub own: &'a Series,
    /// Seasonal profile pooled over the municipalities of this indicator
    /// ([`SeasonalProfile::pooled`], computed once per indicator); `None` falls back to the
    /// region's, then the country's own profile.
    pub season_prior: Option<&'a SeasonalProfile>,
    /// Region aggregate (sum of municipalities; may have missing months).
    pub region: Option<&'a Series>,
    /// National aggregate.
    pub national: Option<&'a Series>,
    /// Months at which a level break takes effect (from the data file).
    pub breaks: &'a [Month],
    /// Relative change of the national level by the horizon end implied by the chosen outlook
    /// scenario, relative to the statistical forecast (0.0 = no change; +0.05 = 5 % higher at
    /// the horizon end). Phased in linearly over the horizon.
    pub outlook_change: f64,
    /// The region's own expected relative change for a plan year: `(year, fraction)`, meaning
    /// the plan year's average is `1 + fraction` times the previous year's average.
    pub expected_change: Option<(i32, f64)>,
    /// Values are a percentage 0–100 (kept within 0–100); otherwise a count (kept ≥ 0).
    pub percent: bool,
}

/// A forecast: one value per month from `start` to the horizon end, all vectors equally long.
#[derive(Debug, Clone, PartialEq)]
pub struct Forecast {
    /// First forecast month (the month after the last observation).
    pub start: Month,
    /// Central forecast (the median of the predictive distribution; for counts this is
    /// `exp(level + season) − 1`).
    pub mean: Vec<f64>,
    /// Lower bound of the 80 % prediction interval.
    pub lo80: Vec<f64>,
    /// Upper bound of the 80 % prediction interval.
    pub hi80: Vec<f64>,
    /// Lower bound of the 95 % prediction interval.
    pub lo95: Vec<f64>,
    /// Upper bound of the 95 % prediction interval.
    pub hi95: Vec<f64>,
    /// What the reader must know about this forecast.
    pub flags: Vec<ForecastFlag>,
}

impl Forecast {
    /// An empty forecast from `start`, with room for `horizon` months, to be filled month by month.
    pub fn empty(start: Month, horizon: usize, flags: Vec<ForecastFlag>) -> Forecast {
        Forecast {
            start,
            mean: Vec::with_capacity(horizon),
            lo80: Vec::with_capacity(horizon),
            hi80: Vec::with_capacity(horizon),
            lo95: Vec::with_capacity(horizon),
            hi95: Vec::with_capacity(horizon),
            flags,
        }
    }

    /// The centre and the four interval bounds, for changes made to all five alike.
    pub fn values_mut(&mut self) -> [&mut Vec<f64>; 5] {
        [
            &mut self.mean,
            &mut self.lo80,
            &mut self.hi80,
            &mut self.lo95,
            &mut self.hi95,
        ]
    }

    /// The month of the `i`-th value.
    pub fn month(&self, i: usize) -> Month {
        self.start.plus(i as i32)
    }

    /// Number of forecast months.
    pub fn len(&self) -> usize {
        self.mean.len()
    }

    /// True when the forecast has no months.
    pub fn is_empty(&self) -> bool {
        self.mean.is_empty()
    }
}

/// Why no forecast was made.
#[derive(Debug, Clone, PartialEq)]
pub enum ForecastError {
    /// Too few observed months in the last [`RECENT_MONTHS`] months.
    NotEnoughData {
        /// Observed months found.
        observed: usize,
        /// Observed months needed.
        needed: usize,
    },
    /// A value is not a number, infinite, negative, or (for a percentage) above 100.
    InvalidValue {
        /// The month of the value.
        month: Month,
    },
    /// The horizon end is not after the last observation.
    HorizonNotAfterOrigin {
        /// Last observed month.
        last_observed: Month,
        /// Requested horizon end.
        horizon_end: Month,
    },
    /// The horizon is longer than [`MAX_HORIZON_MONTHS`].
    HorizonTooLong {
        /// Requested months.
        months: usize,
        /// Largest number accepted.
        max: usize,
    },
    /// An outlook or expected change is not a number or is −100 % or less.
    InvalidChange {
        /// The value given.
        change: f64,
    },
}

impl fmt::Display for ForecastError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ForecastError::NotEnoughData { observed, needed } => write!(
                f,
                "For få data til en prognose: {observed} måneder med tal i de seneste {RECENT_MONTHS} måneder, der skal mindst {needed} til"
            ),
            ForecastError::InvalidValue { month } => {
                write!(f, "Ugyldigt tal for {month} (ikke et tal, negativt eller over 100 %)")
            }
            ForecastError::HorizonNotAfterOrigin {
                last_observed,
                horizon_end,
            } => write!(
                f,
                "Prognosen skal slutte efter seneste måned med tal ({last_observed}), men slutter {horizon_end}"
            ),
            ForecastError::HorizonTooLong { months, max } => write!(
                f,
                "Prognosen er for lang: {months} måneder, højst {max}"
            ),
            ForecastError::InvalidChange { change } => write!(
                f,
                "Ugyldig forventet ændring ({change}): skal være et tal større end −100 %"
            ),
        }
    }
}

impl std::error::Error for ForecastError {}

// ---------------------------------------------------------------------------------------------
// Forecast

/// The forecast from the month after the last observation to `horizon_end`.
///
/// # Errors
/// [`ForecastError::NotEnoughData`] when fewer than [`MIN_OBSERVED`] of the last
/// [`RECENT_MONTHS`] months are observed (or the series is empty);
/// [`ForecastError::InvalidValue`] for NaN, infinite, negative or (percent) >100 values;
/// [`ForecastError::HorizonNotAfterOrigin`] / [`ForecastError::HorizonTooLong`] for a bad
/// horizon; [`ForecastError::InvalidChange`] for an outlook or expected change that is not a
/// number or ≤ −100 %.
pub fn forecast(input: &ForecastInput, horizon_end: Month) -> Result<Forecast, ForecastError> {
    forecast_with_errors(input, horizon_end).map(|(f, _)| f)
}

/// The in-sample one-step errors of a forecast, in the series' own unit: for each month of the
/// fitted window, the actual value minus the model's forecast of it made the month before
/// (`None` where there is no actual or no forecast, e.g. the first month after a break).
#[derive(Debug, Clone, PartialEq)]
pub struct OneStepErrors {
    /// The month of the first error.
    pub start: Month,
    /// One error per month from `start`.
    pub errors: Vec<Option<f64>>,
}

impl OneStepErrors {
    /// The error in `month`, if there is one.
    pub fn get(&self, month: Month) -> Option<f64> {
        let i = self.start.months_until(month);
        if i < 0 {
            return None;
        }
        self.errors.get(i as usize).copied().flatten()
    }
}

/// [`forecast`], and the in-sample one-step errors of the fitted model (what forecast
/// reconciliation with a full covariance needs).
///
/// # Errors
/// As [`forecast`].
pub fn forecast_with_errors(
    input: &ForecastInput,
    horizon_end: Month,
) -> Result<(Forecast, OneStepErrors), ForecastError> {
    check_changes(input)?;
    let p = prepare(input)?;
    let horizon = horizon_months(p.origin, horizon_end)?;
    let season = seasonal_offsets(input, &p);
    let z: Vec<Option<f64>> =
        p.x.iter()
            .enumerate()
            .map(|(i, v)| v.map(|v| v - season[p.start.plus(i as i32).season()]))
            .collect();
    let fit = fit_best(&z, &p.seg);
    if !fit.level.is_finite() {
        return Err(ForecastError::NotEnoughData {
            observed: p.observed,
            needed: MIN_OBSERVED,
        });
    }
    let breaks = Breaks::find(input.breaks, &p, horizon_end);
    let mut flags = history_flags(&p);
    flags.extend(breaks.flags());
    let mut out = project(
        &fit,
        &season,
        &breaks,
        p.origin,
        horizon,
        input.percent,
        flags,
    );
    if let Some((year, change)) = input.expected_change {
        apply_expected_change(&mut out, input.own, p.origin, year, change);
    }
    if input.outlook_change != 0.0 {
        apply_outlook(&mut out, input.outlook_change, horizon);
    }
    if input.percent {
        clamp_to_percent(&mut out);
    }
    let scale = Scale::of(input.percent);
    let errors = one_step_predictions(&z, &p.seg, fit.alpha)
        .into_iter()
        .enumerate()
        .map(|(i, pred)| {
            let s = season[p.start.plus(i as i32).season()];
            Some(p.raw.get(i).copied().flatten()? - scale.from(pred? + s))
        })
        .collect();
    Ok((
        out,
        OneStepErrors {
            start: p.start,
            errors,
        },
    ))
}

/// The outlook and the expected change must be numbers above −100 %.
fn check_changes(input: &ForecastInput) -> Result<(), ForecastError> {
    if !input.outlook_change.is_finite() || input.outlook_change <= -1.0 {
        return Err(ForecastError::InvalidChange {
            change: input.outlook_change,
        });
    }
    if let Some((_, c)) = input.expected_change {
        if !c.is_finite() || c <= -1.0 {
            return Err(ForecastError::InvalidChange { change: c });
        }
    }
    Ok(())
}

/// The number of months from the last observation `origin` to `horizon_end`.
///
/// # Errors
/// [`ForecastError::HorizonNotAfterOrigin`] when it is below 1,
/// [`ForecastError::HorizonTooLong`] when above [`MAX_HORIZON_MONTHS`].
pub(super) fn horizon_months(origin: Month, horizon_end: Month) -> Result<usize, ForecastError> {
    let horizon = origin.months_until(horizon_end);
    if horizon < 1 {
        return Err(ForecastError::HorizonNotAfterOrigin {
            last_observed: origin,
            horizon_end,
        });
    }
    let horizon = horizon as usize;
    if horizon > MAX_HORIZON_MONTHS {
        return Err(ForecastError::HorizonTooLong {
            months: horizon,
            max: MAX_HORIZON_MONTHS,
        });
    }
    Ok(horizon)
}

#[cfg(test)]
mod tests;
