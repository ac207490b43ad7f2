//! The seasonally adjusted level: simple exponential smoothing (ETS(A,N,N), level restarted at
//! each break), the smoothing constant chosen on a grid by one-step squared error, and the
//! Student-t quantile used for short residual samples. There is no trend term: a damped trend
//! was measured and made the back-test worse (`docs/method.md`).
//!
//! Works on the model scale only (log for counts, linear for percentages); knows nothing of
//! months, seasons or the public types.

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
pub(super) fn t_quantile(z: f64, df: f64) -> f64 {
    let v = df.max(2.0);
    let z3 = z * z * z;
    let z5 = z3 * z * z;
    let z7 = z5 * z * z;
    z + (z3 + z) / (4.0 * v)
        + (5.0 * z5 + 16.0 * z3 + 3.0 * z) / (96.0 * v * v)
        + (3.0 * z7 + 19.0 * z5 + 17.0 * z3 - 15.0 * z) / (384.0 * v * v * v)
}
