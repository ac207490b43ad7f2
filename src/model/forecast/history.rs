//! The history as the model sees it: the model scale ([`Scale`]: `ln(y + 1)` for counts, the
//! value itself for percentages 0–100), the check of each value, and [`prepare`], which cuts
//! the fitted window (at most [`MAX_FIT_MONTHS`] months ending at the last observation) and
//! counts what the flags need.
//!
//! Depends on the parent's input and error types and on the segmenting by breaks in `season.rs`;
//! nothing here forecasts.

use super::super::month::Month;
use super::segments::segments;
use super::{ForecastError, ForecastInput, MAX_FIT_MONTHS, MIN_OBSERVED, RECENT_MONTHS};

#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Scale {
    /// `ln(y + 1)` for counts.
    Log,
    /// The value itself, for percentages.
    Linear,
}

impl Scale {
    pub(super) fn of(percent: bool) -> Scale {
        if percent {
            Scale::Linear
        } else {
            Scale::Log
        }
    }
    pub(super) fn to(self, y: f64) -> f64 {
        match self {
            Scale::Log => (y + 1.0).ln(),
            Scale::Linear => y,
        }
    }
    pub(super) fn from(self, x: f64) -> f64 {
        match self {
            Scale::Log => (x.exp() - 1.0).max(0.0),
            Scale::Linear => x.clamp(0.0, 100.0),
        }
    }
}

pub(super) fn valid_value(v: f64, percent: bool) -> bool {
    v.is_finite() && v >= 0.0 && (!percent || v <= 100.0)
}

pub(super) struct Prepared {
    pub(super) start: Month,
    pub(super) origin: Month,
    pub(super) raw: Vec<Option<f64>>,
    pub(super) x: Vec<Option<f64>>,
    pub(super) seg: Vec<u16>,
    pub(super) observed: usize,
    pub(super) recent_missing: usize,
}

pub(super) fn prepare(input: &ForecastInput) -> Result<Prepared, ForecastError> {
    let own = input.own;
    for (m, v) in own.iter() {
        if let Some(v) = v {
            if !valid_value(v, input.percent) {
                return Err(ForecastError::InvalidValue { month: m });
            }
        }
    }
    let origin = own.last_observed().ok_or(ForecastError::NotEnoughData {
        observed: 0,
        needed: MIN_OBSERVED,
    })?;
    let first = origin.plus(1 - MAX_FIT_MONTHS as i32).max(own.start());
    let len = first.months_until(origin) as usize + 1;
    let raw: Vec<Option<f64>> = (0..len).map(|i| own.get(first.plus(i as i32))).collect();
    let recent_from = origin.plus(1 - RECENT_MONTHS as i32);
    let recent = raw
        .iter()
        .enumerate()
        .filter(|(i, v)| v.is_some() && first.plus(*i as i32) >= recent_from)
        .count();
    if recent < MIN_OBSERVED {
        return Err(ForecastError::NotEnoughData {
            observed: recent,
            needed: MIN_OBSERVED,
        });
    }
    let recent_span = (first.months_until(origin) + 1).min(RECENT_MONTHS as i32) as usize;
    let scale = Scale::of(input.percent);
    let x: Vec<Option<f64>> = raw.iter().map(|v| v.map(|v| scale.to(v))).collect();
    let seg = segments(first, len, input.breaks);
    let observed = raw.iter().filter(|v| v.is_some()).count();
    Ok(Prepared {
        start: first,
        origin,
        raw,
        x,
        seg,
        observed,
        recent_missing: recent_span.saturating_sub(recent),
    })
}
