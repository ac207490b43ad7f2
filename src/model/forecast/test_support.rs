//! Shared test helpers of the forecast: a tiny deterministic RNG, synthetic seasonal series,
//! a plain input and the shape check every forecast must pass.

use super::super::month::Month;
use super::super::series::Series;
use super::{Forecast, ForecastInput};

pub(super) fn m(s: &str) -> Month {
    Month::parse(s).unwrap()
}

/// Tiny deterministic RNG (xorshift64*), for property-style tests.
pub(super) struct Rng(pub(super) u64);
impl Rng {
    pub(super) fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    pub(super) fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
    pub(super) fn normal(&mut self) -> f64 {
        let u = self.unit().max(1e-12);
        let v = self.unit();
        (-2.0 * u.ln()).sqrt() * (std::f64::consts::TAU * v).cos()
    }
}

pub(super) fn seasonal_counts(rng: &mut Rng, n: usize, level: f64, noise: f64) -> Series {
    let start = m("2021-08");
    let vals = (0..n)
        .map(|i| {
            let s = start.plus(i as i32).season() as f64;
            let season = 0.15 * (std::f64::consts::TAU * s / 12.0).cos();
            Some(
                (level * (season + noise * rng.normal()).exp())
                    .round()
                    .max(0.0),
            )
        })
        .collect();
    Series::new(start, vals)
}

pub(super) fn input<'a>(own: &'a Series) -> ForecastInput<'a> {
    ForecastInput {
        own,
        season_prior: None,
        region: None,
        national: None,
        breaks: &[],
        outlook_change: 0.0,
        expected_change: None,
        percent: false,
    }
}

pub(super) fn check_shape(f: &Forecast, percent: bool) {
    let n = f.mean.len();
    for v in [&f.lo80, &f.hi80, &f.lo95, &f.hi95] {
        assert_eq!(v.len(), n);
    }
    for i in 0..n {
        let (l95, l80, c, h80, h95) = (f.lo95[i], f.lo80[i], f.mean[i], f.hi80[i], f.hi95[i]);
        for x in [l95, l80, c, h80, h95] {
            assert!(x.is_finite(), "non-finite value at {i}");
            assert!(x >= 0.0);
            if percent {
                assert!(x <= 100.0);
            }
        }
        assert!(l95 <= l80 + 1e-9 && l80 <= c + 1e-9 && c <= h80 + 1e-9 && h80 <= h95 + 1e-9);
    }
}
