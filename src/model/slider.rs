//! The target slider's range, in one place: the span a goal's plan holds (base, forecast, every
//! preset, the comparable municipalities, the history, with room on both sides) and the step grid
//! the slider moves on. The view model only reads [`Slider`] off the plan.

use super::ambition::{preset_change, Preset, PresetInputs};
use super::baseline::Unit;

/// A slider's minimum, maximum and step, in the indicator's unit.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Slider {
    /// The lowest value (on the step grid, never below 0).
    pub min: f64,
    /// The highest value (on the step grid).
    pub max: f64,
    /// The step: 0.1 for a percentage, else 1 (10 for a range wider than 20,000).
    pub step: f64,
}

/// A range that holds the base, the forecast, every preset, the history and the comparable
/// municipalities' changes, with room on both sides (a percentage stays within 0–100).
pub fn plan_range(
    inputs: &PresetInputs,
    history: &[Option<f64>],
    peers: &[(usize, f64)],
) -> (f64, f64) {
    let mut lo = inputs.base;
    let mut hi = inputs.base;
    let mut include = |v: f64| {
        if v.is_finite() {
            lo = lo.min(v);
            hi = hi.max(v);
        }
    };
    for v in history.iter().flatten() {
        include(*v);
    }
    if let Some(p) = inputs.forecast {
        include(p);
    }
    for (_, c) in peers {
        include(inputs.base * (1.0 + c));
    }
    for p in Preset::ALL {
        if let Ok(c) = preset_change(p, inputs) {
            include(inputs.base * (1.0 + c));
        }
    }
    let pad = ((hi - lo) * 0.25).max(inputs.base.abs() * 0.1).max(1.0);
    let lo = (lo - pad).max(0.0);
    let hi = match inputs.unit {
        Unit::Percent => (hi + pad).min(100.0),
        _ => hi + pad,
    };
    (lo, hi)
}

/// The slider for a plan's `range` and `target`: the range widened to hold the target, with
/// bounds on the step grid so keyboard steps land on round figures.
pub fn slider(range: (f64, f64), target: f64, unit: Unit) -> Slider {
    let (lo, hi) = range;
    let step = match unit {
        Unit::Percent => 0.1,
        _ if hi - lo > 20_000.0 => 10.0,
        _ => 1.0,
    };
    Slider {
        min: ((lo.min(target) / step).floor() * step).max(0.0),
        max: (hi.max(target) / step).ceil() * step,
        step,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::baseline::Better;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    #[test]
    fn the_plan_range_holds_base_forecast_history_peers_and_presets() {
        let inputs = PresetInputs {
            base: 100.0,
            forecast: Some(90.0),
            region_change: Some(0.05),
            peer_changes: vec![-0.2, 0.1],
            unit: Unit::Persons,
            better: Better::Lower,
        };
        let (lo, hi) = plan_range(&inputs, &[Some(95.0), None], &[(1, -0.2), (2, 0.1)]);
        assert!(lo <= 80.0 && hi >= 110.0 && lo >= 0.0, "{lo}–{hi}");
    }

    #[test]
    fn a_percentage_range_stays_within_0_and_100() {
        let inputs = PresetInputs {
            base: 95.0,
            forecast: Some(99.0),
            region_change: None,
            peer_changes: vec![],
            unit: Unit::Percent,
            better: Better::Higher,
        };
        let (lo, hi) = plan_range(&inputs, &[Some(2.0)], &[]);
        assert!(lo >= 0.0 && close(hi, 100.0), "{lo}–{hi}");
    }

    #[test]
    fn a_count_slider_steps_by_one_on_whole_bounds() {
        let s = slider((80.4, 119.6), 100.0, Unit::Persons);
        assert_eq!(
            s,
            Slider {
                min: 80.0,
                max: 120.0,
                step: 1.0
            }
        );
    }

    #[test]
    fn a_wide_count_slider_steps_by_ten() {
        let s = slider((1_000.0, 30_005.0), 2_000.0, Unit::Persons);
        assert!(
            close(s.step, 10.0) && close(s.min, 1_000.0) && close(s.max, 30_010.0),
            "{s:?}"
        );
    }

    #[test]
    fn a_percentage_slider_steps_by_a_tenth() {
        let s = slider((40.04, 60.0), 50.0, Unit::Percent);
        assert!(
            close(s.step, 0.1) && close(s.min, 40.0) && close(s.max, 60.0),
            "{s:?}"
        );
    }

    #[test]
    fn the_slider_widens_to_hold_a_target_outside_the_range_but_not_below_zero() {
        let s = slider((80.0, 120.0), 150.5, Unit::Persons);
        assert!(close(s.min, 80.0) && close(s.max, 151.0), "{s:?}");
        let s = slider((0.5, 20.0), -3.0, Unit::Persons);
        assert!(close(s.min, 0.0), "{s:?}");
    }
}
