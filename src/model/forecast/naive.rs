//! The seasonal naive forecast, the benchmark of the back-test: each month repeats the same
//! month a year (or two, three years) earlier, with the classical lag-12 intervals.
//!
//! Values on the series' own scale (counts kept ≥ 0, percentages within 0–100). Depends only
//! on the parent's public types and value check; shares nothing with the model's fit.

use super::super::month::Month;
use super::super::series::Series;
#[cfg(doc)]
use super::forecast;
use super::history::valid_value;
use super::{horizon_months, Forecast, ForecastError, ForecastInput, Z80, Z95};

/// The seasonal naive forecast (each month repeats the same month a year earlier, or two years
/// earlier when that is missing) with the classical intervals: residual standard deviation of the
/// in-sample lag-12 differences, widened by `sqrt(1 + floor((h−1)/12))`, normal quantiles,
/// on the original scale, clamped to 0 (counts) or 0–100 (percentages). The benchmark of the
/// back-test.
///
/// # Errors
/// [`ForecastError::NotEnoughData`] when fewer than 12 months precede the last observation or
/// fewer than 2 seasonal differences exist; the horizon errors as [`forecast`].
pub fn seasonal_naive(
    input: &ForecastInput,
    horizon_end: Month,
) -> Result<Forecast, ForecastError> {
    let own = input.own;
    let origin = own.last_observed().ok_or(ForecastError::NotEnoughData {
        observed: 0,
        needed: 13,
    })?;
    let horizon = horizon_months(origin, horizon_end)?;
    let sd = lag12_sd(own, input.percent)?;
    let clamp = |x: f64| {
        if input.percent {
            x.clamp(0.0, 100.0)
        } else {
            x.max(0.0)
        }
    };
    let mut f = Forecast::empty(origin.plus(1), horizon, Vec::new());
    for h in 1..=horizon {
        let k = (h - 1) / 12;
        let c = same_month_before(own, origin, h).ok_or_else(|| ForecastError::NotEnoughData {
            observed: own.observed_count(),
            needed: 13,
        })?;
        let s = sd * ((k + 1) as f64).sqrt();
        f.mean.push(clamp(c));
        f.lo80.push(clamp(c - Z80 * s));
        f.hi80.push(clamp(c + Z80 * s));
        f.lo95.push(clamp(c - Z95 * s));
        f.hi95.push(clamp(c + Z95 * s));
    }
    Ok(f)
}

/// The root mean square of the in-sample lag-12 differences (the naive one-year-ahead error).
///
/// # Errors
/// [`ForecastError::InvalidValue`] for a value in a pair that is not valid;
/// [`ForecastError::NotEnoughData`] when fewer than 2 pairs exist.
fn lag12_sd(own: &Series, percent: bool) -> Result<f64, ForecastError> {
    let mut ss = 0.0;
    let mut n = 0usize;
    for (m, v) in own.iter() {
        if let (Some(v), Some(w)) = (v, own.get(m.plus(-12))) {
            if !valid_value(v, percent) || !valid_value(w, percent) {
                return Err(ForecastError::InvalidValue { month: m });
            }
            ss += (v - w) * (v - w);
            n += 1;
        }
    }
    if n < 2 {
        return Err(ForecastError::NotEnoughData {
            observed: own.observed_count(),
            needed: 14,
        });
    }
    Ok((ss / n as f64).sqrt())
}

/// The naive value `h` months after `origin`: the same calendar month in the latest of the
/// three years before it that is observed (whole years back from the forecast month, at least
/// as far back as `h` requires), else the value at the origin.
fn same_month_before(own: &Series, origin: Month, h: usize) -> Option<f64> {
    let m = origin.plus(h as i32);
    let k = (h - 1) / 12;
    let mut c = None;
    let mut back = (k as i32 + 1) * 12;
    while c.is_none() && back <= (k as i32 + 3) * 12 {
        c = own.get(m.plus(-back));
        back += 12;
    }
    c.or_else(|| own.get(origin))
}
