//! The seasonally adjusted level: simple exponential smoothing (ETS(A,N,N), level restarted at
//! each break), the smoothing constant chosen on a grid by one-step squared error, and the
//! Student-t quantile used for short residual samples. There is no trend term: a damped trend
//! was measured and made the back-test worse (`docs/method.md`).
//!
//! [`project`] carries the level forward, adds the seasonal offsets and builds the 80 % and
//! 95 % intervals (ETS(A,N,N) variance, widened for breaks), then leaves the model scale.
//!
//! Fitting works on the model scale only (log for counts, linear for percentages); the
//! projection returns values in the series' own unit. Adjustments (expected development,
//! outlook) are not made here but in `adjust.rs`.

use super::super::month::Month;
use super::breaks::{shift_variance, Breaks};
use super::history::Scale;
use super::{Forecast, ForecastFlag, Z80, Z95};

/// Multiplier on the model-based interval half-widths: the calibration to 80 % coverage chosen
/// by the rolling-origin back-test (`docs/method.md`).
const INTERVAL_SCALE: f64 = 0.95;
/// Lower bound of the grid for the level smoothing constant (the grid has 21 points up to 1).
const ALPHA_MIN: f64 = 0.05;
/// Steps of the grid for the level smoothing constant.
const ALPHA_STEPS: usize = 20;

/// The smoothed level at the last position and how well the smoothing did one step ahead.
#[derive(Debug, Clone, Copy)]
pub(super) struct Fit {
    /// Level at the last position (model scale; NaN when nothing was observed).
    pub(super) level: f64,
    /// Smoothing constant used.
    pub(super) alpha: f64,
    /// Sum of squared one-step errors.
    pub(super) sse: f64,
    /// Number of one-step errors.
    pub(super) n: usize,
}

/// Exponential smoothing of the seasonally adjusted values `z`, restarting the level at each
/// new segment; missing months carry the level forward. Returns the state at the last position.
fn smooth(z: &[Option<f64>], seg: &[u16], alpha: f64) -> Fit {
    let mut level = f64::NAN;
    let mut cur_seg = u16::MAX;
    let mut sse = 0.0;
    let mut n = 0usize;
    for (v, s) in z.iter().zip(seg) {
        let Some(v) = v else { continue };
        if level.is_nan() || *s != cur_seg {
            level = *v;
            cur_seg = *s;
            continue;
        }
        let e = v - level;
        sse += e * e;
        n += 1;
        level += alpha * e;
    }
    Fit {
        level,
        alpha,
        sse,
        n,
    }
}

/// The one-step predictions of the seasonally adjusted values `z` with smoothing constant
/// `alpha`: the level before each observed value, `None` at a segment's first observation and
/// where nothing is observed (the same recursion as [`smooth`]).
pub(super) fn one_step_predictions(z: &[Option<f64>], seg: &[u16], alpha: f64) -> Vec<Option<f64>> {
    let mut level = f64::NAN;
    let mut cur_seg = u16::MAX;
    z.iter()
        .zip(seg)
        .map(|(v, s)| {
            let v = (*v)?;
            if level.is_nan() || *s != cur_seg {
                level = v;
                cur_seg = *s;
                return None;
            }
            let predicted = level;
            level += alpha * (v - level);
            Some(predicted)
        })
        .collect()
}

/// The smoothing with the smallest one-step squared error over the grid
/// `ALPHA_MIN ..= 1` (the first one on ties).
pub(super) fn fit_best(z: &[Option<f64>], seg: &[u16]) -> Fit {
    let mut best: Option<Fit> = None;
    for i in 0..=ALPHA_STEPS {
        let alpha = ALPHA_MIN + (1.0 - ALPHA_MIN) * i as f64 / ALPHA_STEPS as f64;
        let f = smooth(z, seg, alpha);
        if best.is_none_or(|b| f.sse < b.sse) {
            best = Some(f);
        }
    }
    best.unwrap_or(Fit {
        level: f64::NAN,
        alpha: 1.0,
        sse: 0.0,
        n: 0,
    })
}

/// Student-t quantile from the normal quantile `z` (Cornish–Fisher expansion), `df ≥ 1`.
fn t_quantile(z: f64, df: f64) -> f64 {
    let v = df.max(2.0);
    let z3 = z * z * z;
    let z5 = z3 * z * z;
    let z7 = z5 * z * z;
    z + (z3 + z) / (4.0 * v)
        + (5.0 * z5 + 16.0 * z3 + 3.0 * z) / (96.0 * v * v)
        + (3.0 * z7 + 19.0 * z5 + 17.0 * z3 - 15.0 * z) / (384.0 * v * v * v)
}

/// The one-step residual variance (floored so a flat history still gets an interval: 10⁻⁶ on the
/// log scale, 0.01 point² for percentages) and its degrees of freedom.
fn residual_variance(fit: &Fit, percent: bool) -> (f64, f64) {
    // One parameter (the smoothing constant) is fitted.
    let npar = 1;
    let df = fit.n.saturating_sub(npar).max(1) as f64;
    let sigma2 = if fit.n > npar { fit.sse / df } else { 0.0 };
    if percent {
        (sigma2.max(0.01), df)
    } else {
        (sigma2.max(1e-6), df)
    }
}

/// The statistical path for `horizon` months after `origin`: the fitted level plus the seasonal
/// offsets, with 80 % and 95 % intervals, back on the series' own scale, carrying `flags`.
pub(super) fn project(
    fit: &Fit,
    season: &[f64; 12],
    breaks: &Breaks,
    origin: Month,
    horizon: usize,
    percent: bool,
    flags: Vec<ForecastFlag>,
) -> Forecast {
    let scale = Scale::of(percent);
    let (sigma2, df) = residual_variance(fit, percent);
    let q80 = t_quantile(Z80, df) * INTERVAL_SCALE;
    let q95 = t_quantile(Z95, df) * INTERVAL_SCALE;
    let shift = shift_variance(fit.level, percent);
    let mut out = Forecast::empty(origin.plus(1), horizon, flags);
    let mut cum_alpha2 = 0.0;
    for h in 1..=horizon {
        let m = origin.plus(h as i32);
        let centre = fit.level + season[m.season()];
        // Variance: sigma² (1 + (h − 1) alpha²), the alpha² summed month by month.
        let mut var = sigma2 * (1.0 + cum_alpha2);
        cum_alpha2 += fit.alpha * fit.alpha;
        if let Some(v) = breaks.near_origin_variance(h, sigma2, shift) {
            var += v;
        }
        var += breaks.in_horizon_variance(m, shift);
        let sd = var.max(0.0).sqrt();
        out.mean.push(scale.from(centre));
        out.lo80.push(scale.from(centre - q80 * sd));
        out.hi80.push(scale.from(centre + q80 * sd));
        out.lo95.push(scale.from(centre - q95 * sd));
        out.hi95.push(scale.from(centre + q95 * sd));
    }
    out
}
