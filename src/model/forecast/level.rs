//! The seasonally adjusted level: exponential smoothing (level restarted at each break),
//! the smoothing constant chosen on a grid by one-step squared error, and the Student-t
//! quantile used for short residual samples.
//!
//! Works on the model scale only (log for counts, linear for percentages); knows nothing of
//! months, seasons or the public types beyond [`Settings`].

use super::{Drift, Settings};

#[derive(Debug, Clone, Copy)]
pub(super) struct Fit {
    pub(super) level: f64,
    pub(super) trend: f64,
    pub(super) alpha: f64,
    pub(super) beta: f64,
    pub(super) phi: f64,
    pub(super) sse: f64,
    pub(super) n: usize,
}

/// Exponential smoothing of the seasonally adjusted values `z` (damped drift when `beta > 0`),
/// restarting the level at each new segment. Returns the state at the last position.
fn smooth(z: &[Option<f64>], seg: &[u16], alpha: f64, beta: f64, phi: f64) -> Fit {
    let mut level = f64::NAN;
    let mut trend = 0.0;
    let mut cur_seg = u16::MAX;
    let mut sse = 0.0;
    let mut n = 0usize;
    for (v, s) in z.iter().zip(seg) {
        match v {
            Some(v) => {
                if level.is_nan() || *s != cur_seg {
                    level = *v;
                    trend = 0.0;
                    cur_seg = *s;
                    continue;
                }
                let pred = level + phi * trend;
                let e = v - pred;
                sse += e * e;
                n += 1;
                level = pred + alpha * e;
                trend = phi * trend + beta * e;
            }
            None => {
                if !level.is_nan() {
                    level += phi * trend;
                    trend *= phi;
                }
            }
        }
    }
    Fit {
        level,
        trend,
        alpha,
        beta,
        phi,
        sse,
        n,
    }
}

pub(super) fn fit_best(z: &[Option<f64>], seg: &[u16], settings: &Settings) -> Fit {
    let (betas, phi): (&[f64], f64) = match settings.drift {
        Drift::None => (&[0.0], 1.0),
        Drift::Damped { phi } => (&[0.0, 0.02, 0.05, 0.1, 0.2], phi.clamp(0.0, 1.0)),
    };
    let amin = settings.alpha_min.clamp(0.01, 1.0);
    let mut best: Option<Fit> = None;
    let steps = 20;
    for i in 0..=steps {
        let alpha = amin + (1.0 - amin) * i as f64 / steps as f64;
        for &beta in betas {
            let f = smooth(z, seg, alpha, beta, phi);
            let better = match &best {
                None => true,
                Some(b) => f.sse < b.sse,
            };
            if better {
                best = Some(f);
            }
        }
    }
    best.unwrap_or(Fit {
        level: f64::NAN,
        trend: 0.0,
        alpha: 1.0,
        beta: 0.0,
        phi: 1.0,
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
