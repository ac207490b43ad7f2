//! Tests of [`forecast`](super::forecast) as a whole: the shape of its answer, its errors and
//! random series that must never panic.

use super::test_support::*;
use super::*;

#[test]
fn forecast_runs_from_the_month_after_the_last_observation_to_the_horizon_end() {
    let mut rng = Rng(7);
    let s = seasonal_counts(&mut rng, 48, 500.0, 0.03);
    let f = forecast(&input(&s), m("2026-12")).unwrap();
    assert_eq!(f.start, m("2025-08"));
    assert_eq!(f.len(), 17);
    assert_eq!(f.month(16), m("2026-12"));
    check_shape(&f, false);
}

#[test]
fn intervals_nest_and_widen_with_horizon() {
    let mut rng = Rng(11);
    let s = seasonal_counts(&mut rng, 48, 800.0, 0.04);
    let f = forecast(&input(&s), m("2026-12")).unwrap();
    check_shape(&f, false);
    let rel = |i: usize| (f.hi95[i] - f.lo95[i]) / f.mean[i];
    assert!(
        rel(16) > rel(0),
        "interval should widen: {} vs {}",
        rel(0),
        rel(16)
    );
}

#[test]
fn too_little_data_is_not_enough_data() {
    let s = Series::new(m("2025-01"), vec![Some(5.0); 7]);
    assert_eq!(
        forecast(&input(&s), m("2026-12")),
        Err(ForecastError::NotEnoughData {
            observed: 7,
            needed: MIN_OBSERVED
        })
    );
    let mostly_missing: Vec<Option<f64>> = (0..24)
        .map(|i| if i % 3 == 0 { Some(4.0) } else { None })
        .collect();
    let s = Series::new(m("2023-08"), mostly_missing);
    assert!(matches!(
        forecast(&input(&s), m("2026-12")),
        Err(ForecastError::NotEnoughData { observed: 8, .. })
    ));
}

#[test]
fn empty_all_missing_and_nan_series_give_errors_not_panics() {
    let empty = Series::new(m("2021-08"), vec![]);
    assert!(forecast(&input(&empty), m("2026-12")).is_err());
    let missing = Series::new(m("2021-08"), vec![None; 48]);
    assert!(matches!(
        forecast(&input(&missing), m("2026-12")),
        Err(ForecastError::NotEnoughData { observed: 0, .. })
    ));
    let mut vals = vec![Some(10.0); 48];
    vals[20] = Some(f64::NAN);
    let nan = Series::new(m("2021-08"), vals.clone());
    assert_eq!(
        forecast(&input(&nan), m("2026-12")),
        Err(ForecastError::InvalidValue {
            month: m("2023-04")
        })
    );
    vals[20] = Some(f64::INFINITY);
    let inf = Series::new(m("2021-08"), vals);
    assert!(forecast(&input(&inf), m("2026-12")).is_err());
    assert!(seasonal_factors(&input(&inf)).is_err());
    assert!(seasonal_naive(&input(&empty), m("2026-12")).is_err());
}

#[test]
fn a_horizon_before_the_origin_or_absurdly_long_is_an_error() {
    let s = Series::new(m("2021-08"), vec![Some(10.0); 48]);
    assert!(matches!(
        forecast(&input(&s), m("2025-07")),
        Err(ForecastError::HorizonNotAfterOrigin { .. })
    ));
    assert!(matches!(
        forecast(&input(&s), m("2125-07")),
        Err(ForecastError::HorizonTooLong { .. })
    ));
    let mut i = input(&s);
    i.outlook_change = f64::NAN;
    assert!(matches!(
        forecast(&i, m("2026-12")),
        Err(ForecastError::InvalidChange { .. })
    ));
}

#[test]
fn errors_read_in_danish() {
    let e = ForecastError::NotEnoughData {
        observed: 2,
        needed: 12,
    };
    assert!(e.to_string().starts_with("For få data"));
}

#[test]
fn random_series_never_panic_and_keep_bounds() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for case in 0..400 {
        let percent = case % 2 == 0;
        let n = (rng.next() % 60) as usize;
        let level = if percent {
            rng.unit() * 100.0
        } else {
            rng.unit() * 2000.0
        };
        let miss = rng.unit() * 0.5;
        let vals: Vec<Option<f64>> = (0..n)
            .map(|_| {
                if rng.unit() < miss {
                    None
                } else {
                    let v = level * (1.0 + 0.5 * rng.normal());
                    Some(if percent {
                        v.clamp(0.0, 100.0)
                    } else {
                        v.max(0.0).round()
                    })
                }
            })
            .collect();
        let s = Series::new(m("2021-08"), vals);
        let breaks = [m("2021-08").plus((rng.next() % 70) as i32)];
        let prior = SeasonalProfile::pooled(&[&s], &breaks, percent);
        let i = ForecastInput {
            own: &s,
            season_prior: Some(&prior),
            region: Some(&s),
            national: None,
            breaks: &breaks,
            outlook_change: rng.unit() * 0.4 - 0.2,
            expected_change: Some((2026, rng.unit() * 0.4 - 0.2)),
            percent,
        };
        let end = m("2025-12").plus((rng.next() % 24) as i32);
        match forecast(&i, end) {
            Ok(f) => check_shape(&f, percent),
            Err(e) => assert!(!e.to_string().is_empty()),
        }
        if let Ok(f) = seasonal_naive(&i, end) {
            check_shape(&f, percent);
        }
        if let Ok(fac) = seasonal_factors(&i) {
            assert!(fac.iter().all(|x| x.is_finite() && *x >= 0.0));
        }
    }
}

#[test]
fn percent_forecasts_near_the_bounds_stay_within_zero_and_hundred() {
    let mut rng = Rng(23);
    for level in [0.5, 99.5] {
        let vals = (0..48)
            .map(|_| Some((level + 2.0 * rng.normal()).clamp(0.0, 100.0)))
            .collect();
        let s = Series::new(m("2021-08"), vals);
        let mut i = input(&s);
        i.percent = true;
        i.outlook_change = 0.3;
        let f = forecast(&i, m("2026-12")).unwrap();
        check_shape(&f, true);
    }
}

#[test]
fn one_step_errors_are_actual_minus_last_months_forecast_on_the_series_own_scale() {
    let mut rng = Rng(23);
    let s = seasonal_counts(&mut rng, 48, 900.0, 0.03);
    let (f, e) = forecast_with_errors(&input(&s), m("2026-12")).unwrap();
    assert_eq!(f, forecast(&input(&s), m("2026-12")).unwrap());
    assert_eq!(e.start, s.start());
    assert_eq!(e.errors.len(), s.len());
    assert_eq!(e.errors[0], None, "no forecast of the first month");
    let seen: Vec<f64> = e.errors.iter().flatten().copied().collect();
    assert_eq!(seen.len(), s.len() - 1);
    // Errors in persons: centred near 0 and of the size of the noise (3 % of ~900).
    let mean = seen.iter().sum::<f64>() / seen.len() as f64;
    let rms = (seen.iter().map(|v| v * v).sum::<f64>() / seen.len() as f64).sqrt();
    assert!(
        mean.abs() < 15.0 && rms > 5.0 && rms < 100.0,
        "{mean} {rms}"
    );
    assert_eq!(e.get(s.start().plus(1)), e.errors[1]);
    assert_eq!(e.get(s.start().plus(-1)), None);
}
