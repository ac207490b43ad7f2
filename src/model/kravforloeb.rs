//! Kravforløb: the month-by-month path a municipality must follow from its latest actual figure
//! to its target, and the follow-up of actual figures against it.
//!
//! Method (the seasonal shape is the default; a linear path is an option):
//! the latest actual is deseasonalised, `L0 = y0 / s(origin)`; the deseasonalised path runs in a
//! straight line from `L0` to an end level `L1` in the target month; each month is then
//! reseasonalised, `path(t) = (L0 + (L1 − L0)·t/T) · s(t)`. For a month-level goal
//! `L1 = target / s(target month)`, so the path ends exactly at the target; for an
//! annual-average goal `L1` is solved so the twelve months of the plan year average exactly the
//! target. `s` are multiplicative seasonal factors with geometric mean 1 (all 1 for the linear
//! path), so a winter peak in the path is expected, not a false alarm.

use super::baseline::{Better, Measure};
use super::month::Month;
use super::series::Series;

/// How the path is shaped between the latest actual and the target.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum PathShape {
    /// Follows the indicator's seasonal pattern (default).
    #[default]
    Seasonal,
    /// A straight line.
    Linear,
}

/// Why no path could be made.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum PathError {
    /// The target month is not after the origin.
    #[error("målmåneden {target} ligger ikke efter seneste faktiske måned {origin}")]
    TargetNotAfterOrigin {
        /// The origin (latest actual).
        origin: Month,
        /// The target month.
        target: Month,
    },
    /// A value or seasonal factor is not a positive, finite number.
    #[error("kravforløbet kan ikke beregnes af ugyldige tal")]
    InvalidInput,
}

/// The required path: one required value per month after the origin up to the target month.
#[derive(Debug, Clone, PartialEq)]
pub struct Kravforloeb {
    /// The latest actual month the path starts from.
    pub origin: Month,
    /// The actual value there.
    pub origin_value: f64,
    /// (month, required value) from the month after the origin to the target month.
    pub points: Vec<(Month, f64)>,
    /// How it was shaped.
    pub shape: PathShape,
}

impl Kravforloeb {
    /// The required value of a month on the path.
    pub fn at(&self, month: Month) -> Option<f64> {
        let i = self.origin.months_until(month) - 1;
        if i < 0 {
            return None;
        }
        self.points.get(i as usize).map(|p| p.1)
    }
}

/// Builds the kravforløb from `origin` (value `origin_value`) to the `target` of a goal measured
/// as `measure` in `target_month` (December for an annual average), shaped by `factors`
/// (multiplicative seasonal factors by calendar month, January first).
///
/// # Errors
/// [`PathError::TargetNotAfterOrigin`] when the target month is not after the origin;
/// [`PathError::InvalidInput`] for non-finite values or non-positive factors.
pub fn required_path(
    origin: Month,
    origin_value: f64,
    target: f64,
    measure: Measure,
    target_month: Month,
    factors: &[f64; 12],
    shape: PathShape,
) -> Result<Kravforloeb, PathError> {
    let steps = origin.months_until(target_month);
    if steps <= 0 {
        return Err(PathError::TargetNotAfterOrigin {
            origin,
            target: target_month,
        });
    }
    if !origin_value.is_finite()
        || !target.is_finite()
        || factors.iter().any(|f| !f.is_finite() || *f <= 0.0)
    {
        return Err(PathError::InvalidInput);
    }
    let s = |m: Month| match shape {
        PathShape::Seasonal => factors[m.season()],
        PathShape::Linear => 1.0,
    };
    let t_total = f64::from(steps);
    let l0 = origin_value / s(origin);
    let l1 = match measure {
        Measure::Month(_) => target / s(target_month),
        Measure::AnnualAverage => {
            // Average over the plan year of (L0 + (L1 − L0)·t/T)·s(t) equals the target:
            // L0·A + (L1 − L0)·B = target, with A = mean s(t), B = mean (t/T)·s(t).
            let (mut a, mut b) = (0.0, 0.0);
            let mut months = 0.0;
            for k in 0..12 {
                let m = target_month.plus(-k);
                let t = f64::from(origin.months_until(m));
                // A month of the plan year at or before the origin is already observed; the
                // path only covers the months after it, so those months count at the base level.
                let t = t.max(0.0);
                a += s(m);
                b += t / t_total * s(m);
                months += 1.0;
            }
            a /= months;
            b /= months;
            if b <= 0.0 {
                return Err(PathError::InvalidInput);
            }
            l0 + (target - l0 * a) / b
        }
    };
    let points = (1..=steps)
        .map(|t| {
            let m = origin.plus(t);
            let level = l0 + (l1 - l0) * f64::from(t) / t_total;
            (m, level * s(m))
        })
        .collect();
    Ok(Kravforloeb {
        origin,
        origin_value,
        points,
        shape,
    })
}

/// Builds the kravforløb of a plan over several years: from `origin` through each stage
/// (month, target of the goal's measure there) in turn, each leg shaped as
/// [`required_path`] shapes one, starting where the previous leg ended. The last stage is the
/// goal's target; the ones before it are milestones (delmål).
///
/// # Errors
/// As [`required_path`], for the first leg that cannot be made (e.g. stages not in order);
/// [`PathError::InvalidInput`] without stages.
pub fn staged_path(
    origin: Month,
    origin_value: f64,
    stages: &[(Month, f64)],
    measure: Measure,
    factors: &[f64; 12],
    shape: PathShape,
) -> Result<Kravforloeb, PathError> {
    if stages.is_empty() {
        return Err(PathError::InvalidInput);
    }
    let mut from = (origin, origin_value);
    let mut points = Vec::new();
    for &(month, target) in stages {
        let leg = required_path(from.0, from.1, target, measure, month, factors, shape)?;
        from = *leg.points.last().ok_or(PathError::InvalidInput)?;
        points.extend(leg.points);
    }
    Ok(Kravforloeb {
        origin,
        origin_value,
        points,
        shape,
    })
}

impl Kravforloeb {
    /// The goal's measure in `year` along the path: the path's value in the measured month, or
    /// the average of the year's twelve months (actual figures for months up to the origin).
    pub fn measure_in(&self, actual: &Series, measure: Measure, year: i32) -> Option<f64> {
        let value = |m: Month| {
            if m <= self.origin {
                actual.get(m)
            } else {
                self.at(m)
            }
        };
        match measure {
            Measure::Month(m) => value(Month::new(year, m)?),
            Measure::AnnualAverage => {
                let mut sum = 0.0;
                for k in 1..=12 {
                    sum += value(Month::new(year, k)?)?;
                }
                Some(sum / 12.0)
            }
        }
    }
}

/// How an actual month compares with the path.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Better than required by more than the tolerance.
    Ahead,
    /// Within the tolerance of the path.
    OnTrack,
    /// Worse than required by more than the tolerance.
    Behind,
}

/// One month of follow-up (resultatopfølgning).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FollowUp {
    /// The month.
    pub month: Month,
    /// The actual figure.
    pub actual: f64,
    /// The path's required figure.
    pub required: f64,
    /// actual − required, in the indicator's unit.
    pub difference: f64,
    /// Ahead, on track or behind.
    pub status: Status,
}

/// Tolerance of the follow-up: within 2 % of the required value counts as on track.
pub const ON_TRACK_TOLERANCE: f64 = 0.02;

/// Ahead, on track or behind: `actual` against `required` in the better direction, within
/// [`ON_TRACK_TOLERANCE`] counting as on track.
pub fn status(actual: f64, required: f64, better: Better) -> Status {
    let difference = actual - required;
    let tolerance = ON_TRACK_TOLERANCE * required.abs();
    let improvement = match better {
        Better::Lower => -difference,
        Better::Higher => difference,
    };
    if improvement > tolerance {
        Status::Ahead
    } else if improvement < -tolerance {
        Status::Behind
    } else {
        Status::OnTrack
    }
}

/// Sets the actual figures that fall on the path against it.
pub fn follow_up(path: &Kravforloeb, actual: &Series, better: Better) -> Vec<FollowUp> {
    path.points
        .iter()
        .filter_map(|&(month, required)| {
            let actual = actual.get(month)?;
            Some(FollowUp {
                month,
                actual,
                required,
                difference: actual - required,
                status: status(actual, required, better),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(s: &str) -> Month {
        Month::parse(s).unwrap()
    }

    const WINTER: [f64; 12] = [
        1.2, 1.1, 1.0, 0.95, 0.9, 0.9, 0.95, 0.95, 0.95, 1.0, 1.05, 1.1,
    ];

    #[test]
    fn required_path_ends_at_the_target_for_a_month_level_goal() {
        let p = required_path(
            m("2025-07"),
            500.0,
            410.0,
            Measure::Month(12),
            m("2026-12"),
            &WINTER,
            PathShape::Seasonal,
        )
        .unwrap();
        assert_eq!(p.points.len(), 17);
        assert_eq!(p.points[0].0, m("2025-08"));
        let (last_month, last) = p.points[16];
        assert_eq!(last_month, m("2026-12"));
        assert!((last - 410.0).abs() < 1e-9, "ends at {last}");
        // January is higher than the months around it: the seasonal shape, not a false alarm.
        let jan = p.at(m("2026-01")).unwrap();
        assert!(jan > p.at(m("2025-12")).unwrap() && jan > p.at(m("2026-02")).unwrap());
    }

    #[test]
    fn required_path_averages_the_target_over_the_plan_year_for_an_annual_goal() {
        for shape in [PathShape::Seasonal, PathShape::Linear] {
            let p = required_path(
                m("2025-07"),
                1000.0,
                900.0,
                Measure::AnnualAverage,
                m("2026-12"),
                &WINTER,
                shape,
            )
            .unwrap();
            let avg: f64 = p
                .points
                .iter()
                .filter(|(mm, _)| mm.year() == 2026)
                .map(|p| p.1)
                .sum::<f64>()
                / 12.0;
            assert!((avg - 900.0).abs() < 1e-9, "{shape:?}: average {avg}");
        }
    }

    #[test]
    fn a_linear_path_is_a_straight_line() {
        let p = required_path(
            m("2025-07"),
            100.0,
            83.0,
            Measure::Month(12),
            m("2026-12"),
            &WINTER,
            PathShape::Linear,
        )
        .unwrap();
        for (t, (_, v)) in p.points.iter().enumerate() {
            let expected = 100.0 - (t as f64 + 1.0);
            assert!((v - expected).abs() < 1e-9);
        }
    }

    #[test]
    fn a_target_month_before_the_origin_is_an_error_not_a_panic() {
        let e = required_path(
            m("2025-07"),
            1.0,
            1.0,
            Measure::Month(12),
            m("2024-12"),
            &WINTER,
            PathShape::Seasonal,
        );
        assert!(matches!(e, Err(PathError::TargetNotAfterOrigin { .. })));
        let bad = [0.0; 12];
        let e = required_path(
            m("2025-07"),
            1.0,
            1.0,
            Measure::Month(12),
            m("2026-12"),
            &bad,
            PathShape::Seasonal,
        );
        assert_eq!(e, Err(PathError::InvalidInput));
    }

    #[test]
    fn a_path_over_three_years_passes_through_its_milestones_and_ends_at_the_target() {
        let origin = m("2025-07");
        let stages = [
            (m("2026-12"), 950.0),
            (m("2027-12"), 900.0),
            (m("2028-12"), 800.0),
        ];
        let actual = Series::new(m("2025-01"), vec![Some(1000.0); 7]);
        for measure in [Measure::AnnualAverage, Measure::Month(12)] {
            let p = staged_path(
                origin,
                1000.0,
                &stages,
                measure,
                &WINTER,
                PathShape::Seasonal,
            )
            .unwrap();
            assert_eq!(p.points.len(), 41);
            assert_eq!(p.points.last().unwrap().0, m("2028-12"));
            for (month, target) in stages {
                let got = p.measure_in(&actual, measure, month.year()).unwrap();
                assert!((got - target).abs() < 1e-9, "{measure:?} {month}: {got}");
            }
        }
        // Without milestones the one leg is the single-year path to the same target.
        let one = staged_path(
            origin,
            1000.0,
            &stages[2..],
            Measure::Month(12),
            &WINTER,
            PathShape::Seasonal,
        )
        .unwrap();
        let direct = required_path(
            origin,
            1000.0,
            800.0,
            Measure::Month(12),
            m("2028-12"),
            &WINTER,
            PathShape::Seasonal,
        )
        .unwrap();
        assert_eq!(one, direct);
        // Stages out of order are an error, not a panic.
        let back = [(m("2027-12"), 900.0), (m("2026-12"), 950.0)];
        assert!(staged_path(
            origin,
            1.0,
            &back,
            Measure::Month(12),
            &WINTER,
            PathShape::Linear
        )
        .is_err());
    }

    #[test]
    fn follow_up_says_ahead_on_track_or_behind_in_the_better_direction() {
        let p = required_path(
            m("2024-12"),
            100.0,
            88.0,
            Measure::Month(12),
            m("2025-12"),
            &[1.0; 12],
            PathShape::Linear,
        )
        .unwrap();
        // Required: Jan 99, Feb 98, Mar 97.
        let actual = Series::new(m("2025-01"), vec![Some(95.0), Some(98.5), Some(101.0)]);
        let f = follow_up(&p, &actual, Better::Lower);
        let statuses: Vec<Status> = f.iter().map(|x| x.status).collect();
        assert_eq!(statuses, [Status::Ahead, Status::OnTrack, Status::Behind]);
        assert!((f[2].difference - 4.0).abs() < 1e-9);
        let f = follow_up(&p, &actual, Better::Higher);
        assert_eq!(f[0].status, Status::Behind);
    }
}
