//! Recorded data breaks seen from the forecast origin: the latest break at or shortly before
//! the origin (the level after it rests on few months) and the breaks inside the horizon, the
//! flags they set and the extra level variance they add.
//!
//! Breaks come from the data file, never from here. Variances are on the model scale (log for
//! counts; for percentages relative to the level). Depends on the prepared history only.

use super::super::month::Month;
use super::history::Prepared;
use super::{ForecastFlag, BREAK_SETTLING_MONTHS};

/// Standard deviation of an unknown level shift caused by a break at or after the origin: on
/// the log scale for counts, as a fraction of the level (at least 1 point) for percentages.
const BREAK_SD: f64 = 0.10;

/// The breaks that matter for one forecast.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Breaks {
    /// The latest break at or before the origin, with the observed months from it to the
    /// origin, when fewer than [`BREAK_SETTLING_MONTHS`].
    near: Option<(Month, usize)>,
    /// Breaks after the origin up to the horizon end, sorted, without duplicates.
    ahead: Vec<Month>,
}

impl Breaks {
    /// The breaks of `breaks` near the origin of `p` and inside the horizon up to `horizon_end`.
    pub(super) fn find(breaks: &[Month], p: &Prepared, horizon_end: Month) -> Breaks {
        let first = p.start;
        let near = breaks
            .iter()
            .filter(|b| **b > first && **b <= p.origin)
            .max()
            .copied()
            .and_then(|b| {
                let after = p
                    .raw
                    .iter()
                    .enumerate()
                    .filter(|(i, v)| v.is_some() && first.plus(*i as i32) >= b)
                    .count();
                if after < BREAK_SETTLING_MONTHS {
                    Some((b, after))
                } else {
                    None
                }
            });
        let mut ahead: Vec<Month> = breaks
            .iter()
            .filter(|b| **b > p.origin && **b <= horizon_end)
            .copied()
            .collect();
        ahead.sort();
        ahead.dedup();
        Breaks { near, ahead }
    }

    /// The flags: the break near the origin first, then each break inside the horizon.
    pub(super) fn flags(&self) -> impl Iterator<Item = ForecastFlag> + '_ {
        let near = self
            .near
            .map(|(month, months_after)| ForecastFlag::BreakNearOrigin {
                month,
                months_after,
            });
        near.into_iter().chain(
            self.ahead
                .iter()
                .map(|b| ForecastFlag::BreakInHorizon { month: *b }),
        )
    }

    /// Extra variance `h` months ahead for a break near the origin: weighted by how few months
    /// follow the break, one more residual variance plus a level shift reached over a year.
    /// `None` when no break is near the origin.
    pub(super) fn near_origin_variance(&self, h: usize, sigma2: f64, unit: f64) -> Option<f64> {
        let (_, after) = self.near?;
        let w = (BREAK_SETTLING_MONTHS - after) as f64 / BREAK_SETTLING_MONTHS as f64;
        let ramp = (h.min(12) as f64) / 12.0;
        Some(w * (sigma2 + unit * (0.5 + 0.5 * ramp)))
    }

    /// Extra variance in month `m` for the breaks inside the horizon that took effect by then.
    pub(super) fn in_horizon_variance(&self, m: Month, unit: f64) -> f64 {
        let shifts = self.ahead.iter().filter(|b| **b <= m).count() as f64;
        shifts * unit
    }
}

/// The variance of one break's level shift on the model scale at the level `level`: log scale
/// for counts; for percentages relative to the level (at least 1 point).
pub(super) fn shift_variance(level: f64, percent: bool) -> f64 {
    if percent {
        let l = (level.abs()).max(1.0);
        (BREAK_SD * l).powi(2)
    } else {
        BREAK_SD.powi(2)
    }
}
