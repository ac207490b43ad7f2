//! Adjustments applied to a finished path: the region's expected development for a plan year
//! (found by bisection, phased in up to January of the plan year), the outlook scenario (phased
//! in over the horizon) and the final clamp of percentages to 0–100.
//!
//! Values are in the series' own unit; changes are fractions (0.05 = 5 %). Depends on the
//! public [`Forecast`] and [`ForecastFlag`] only; it never refits the model.

use super::super::month::Month;
use super::super::series::Series;
use super::{Forecast, ForecastFlag};

fn scale_at(f: &mut Forecast, i: usize, factor: f64) {
    for v in f.values_mut() {
        if let Some(x) = v.get_mut(i) {
            *x *= factor;
        }
    }
}

/// Rescales the path so that the plan year's average is `1 + change` times the previous year's
/// (actuals where observed, else the forecast), phased in linearly from the origin to January
/// of the plan year and held from then on.
pub(super) fn apply_expected_change(
    f: &mut Forecast,
    own: &Series,
    origin: Month,
    year: i32,
    change: f64,
) {
    let not_applied = ForecastFlag::ExpectedChangeNotApplied { year };
    let (Some(jan), Some(prev_jan)) = (Month::new(year, 1), Month::new(year - 1, 1)) else {
        f.flags.push(not_applied);
        return;
    };
    let dec = jan.plus(11);
    let last = f.start.plus(f.mean.len() as i32 - 1);
    if dec > last || jan <= origin {
        f.flags.push(not_applied);
        return;
    }
    // Factor on forecast month i for log-shift k: exp(k * w_i), w ramps 0 → 1 from the origin to
    // January of the plan year. The prior year's forecast months are scaled too, so k is found
    // by bisection on  plan_avg(k) − (1 + change) · prior_avg(k) = 0  (increasing in k).
    let to_jan = origin.months_until(jan).max(1) as f64;
    let weight = |i: usize| (((i + 1) as f64) / to_jan).min(1.0);
    let year_avg = |first: Month, k: f64| -> Option<f64> {
        let mut sum = 0.0;
        let mut n = 0usize;
        for j in 0..12 {
            let mm = first.plus(j);
            let v = if mm <= origin {
                own.get(mm)
            } else {
                let i = f.start.months_until(mm).max(0) as usize;
                f.mean.get(i).map(|v| v * (k * weight(i)).exp())
            };
            if let Some(v) = v {
                sum += v;
                n += 1;
            }
        }
        if n >= 6 {
            Some(sum / n as f64)
        } else {
            None
        }
    };
    let gap = |k: f64| -> Option<f64> {
        Some(year_avg(jan, k)? - (1.0 + change) * year_avg(prev_jan, k)?)
    };
    let (Some(g_lo), Some(g_hi)) = (gap(-5.0), gap(5.0)) else {
        f.flags.push(not_applied);
        return;
    };
    if !(g_lo < 0.0 && g_hi > 0.0) {
        f.flags.push(not_applied);
        return;
    }
    let (mut lo, mut hi) = (-5.0_f64, 5.0_f64);
    for _ in 0..40 {
        let mid = 0.5 * (lo + hi);
        match gap(mid) {
            Some(g) if g < 0.0 => lo = mid,
            Some(_) => hi = mid,
            None => break,
        }
    }
    let k = 0.5 * (lo + hi);
    for i in 0..f.mean.len() {
        scale_at(f, i, (k * weight(i)).exp());
    }
    f.flags
        .push(ForecastFlag::ExpectedChangeApplied { year, change });
}

/// Moves the path by `change` (fraction) at the horizon end, phased in multiplicatively month by
/// month over the `horizon` months, and flags it.
pub(super) fn apply_outlook(f: &mut Forecast, change: f64, horizon: usize) {
    let k = (1.0 + change).ln();
    let hmax = horizon as f64;
    for i in 0..f.mean.len() {
        let factor = (k * (i as f64 + 1.0) / hmax).exp();
        scale_at(f, i, factor);
    }
    f.flags.push(ForecastFlag::OutlookApplied { change });
}

/// Keeps every value of a percentage forecast within 0–100 (after the adjustments).
pub(super) fn clamp_to_percent(f: &mut Forecast) {
    for v in f.values_mut() {
        for x in v.iter_mut() {
            *x = x.clamp(0.0, 100.0);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::forecast::forecast;
    use crate::model::forecast::test_support::*;

    #[test]
    fn outlook_moves_the_horizon_end_by_the_given_fraction() {
        let mut rng = Rng(13);
        let s = seasonal_counts(&mut rng, 48, 900.0, 0.03);
        let base = forecast(&input(&s), m("2026-12")).unwrap();
        let mut i = input(&s);
        i.outlook_change = 0.05;
        let up = forecast(&i, m("2026-12")).unwrap();
        let last = base.len() - 1;
        assert!((up.mean[last] / base.mean[last] - 1.05).abs() < 1e-9);
        assert!(up.mean[0] > base.mean[0] && up.mean[0] < base.mean[0] * 1.01);
        assert!(up
            .flags
            .contains(&ForecastFlag::OutlookApplied { change: 0.05 }));
    }

    #[test]
    fn expected_change_sets_the_plan_year_average() {
        let mut rng = Rng(17);
        let s = seasonal_counts(&mut rng, 48, 900.0, 0.03);
        let mut i = input(&s);
        i.expected_change = Some((2026, -0.04));
        let f = forecast(&i, m("2026-12")).unwrap();
        let avg = |y: i32| -> f64 {
            (1..=12)
                .map(|mo| {
                    let mm = Month::new(y, mo).unwrap();
                    if mm < f.start {
                        s.get(mm).unwrap()
                    } else {
                        f.mean[f.start.months_until(mm) as usize]
                    }
                })
                .sum::<f64>()
                / 12.0
        };
        assert!((avg(2026) / avg(2025) - 0.96).abs() < 1e-9);
        assert!(f.flags.contains(&ForecastFlag::ExpectedChangeApplied {
            year: 2026,
            change: -0.04
        }));
        i.expected_change = Some((2030, -0.04));
        let g = forecast(&i, m("2026-12")).unwrap();
        assert!(g
            .flags
            .contains(&ForecastFlag::ExpectedChangeNotApplied { year: 2030 }));
    }
}
