//! Seasonal profiles: per calendar month (January = 0) the offset from a centred 2×12 moving
//! average, for one series ([`SeasonalProfile::of_series`]) or pooled over many
//! ([`SeasonalProfile::pooled`]), and the series' own profile shrunk towards the pooled one with
//! an empirical-Bayes weight. [`seasonal_factors`] turns the offsets into the multiplicative
//! factors the kravforløb uses.
//!
//! Units: offsets are on the model scale (log for counts, percentage points for percentages);
//! factors are unit-free with geometric mean 1. Depends on `history.rs` for the scale and the
//! prepared window; knows nothing of levels, intervals or adjustments.

use super::super::month::Month;
use super::super::series::Series;
#[cfg(doc)]
use super::forecast;
use super::history::{prepare, valid_value, Prepared, Scale};
use super::segments::segments;
use super::{ForecastError, ForecastInput};

/// Seasonal offsets by calendar month (January = 0), on the model scale: log for counts
/// (so `exp(offset)` is a multiplicative factor), percentage points for percentages.
/// Offsets are centred (they sum to zero).
#[derive(Debug, Clone, PartialEq)]
pub struct SeasonalProfile {
    offsets: [f64; 12],
    support: [f64; 12],
    percent: bool,
    /// Typical (median) noise variance of one seasonal deviation of one series.
    noise: f64,
    /// Between-series variance of the true seasonal offsets around this profile.
    spread: f64,
}

/// Fallback prior weight (years) when no between-series spread is known.
const DEFAULT_PRIOR_YEARS: f64 = 3.0;

struct OwnProfile {
    offsets: [f64; 12],
    support: [f64; 12],
    /// Within-month variance of the deviations (noise of one deviation), if estimable.
    noise: Option<f64>,
}

impl SeasonalProfile {
    /// The profile pooled over many series of one indicator (e.g. all municipalities): the
    /// unweighted average of each series' own centred profile, so small and large
    /// municipalities count alike. Invalid values count as missing; never fails (an empty
    /// pool gives a flat profile with no support).
    /// The spread (between-series variance of seasonal offsets) and noise (median variance of
    /// one seasonal deviation) are estimated too; they set how far each series' own profile is
    /// shrunk towards this one (empirical Bayes).
    pub fn pooled(series: &[&Series], breaks: &[Month], percent: bool) -> SeasonalProfile {
        let scale = Scale::of(percent);
        let owns: Vec<OwnProfile> = series
            .iter()
            .map(|s| {
                let x: Vec<Option<f64>> = s
                    .values()
                    .iter()
                    .map(|v| v.filter(|v| valid_value(*v, percent)).map(|v| scale.to(v)))
                    .collect();
                let seg = segments(s.start(), x.len(), breaks);
                own_profile(s.start(), &x, &seg)
            })
            .collect();
        let mut sum = [0.0; 12];
        let mut n = [0.0; 12];
        for own in &owns {
            for m in 0..12 {
                if own.support[m] > 0.0 {
                    sum[m] += own.offsets[m];
                    n[m] += 1.0;
                }
            }
        }
        let mut offsets = [0.0; 12];
        for m in 0..12 {
            if n[m] > 0.0 {
                offsets[m] = sum[m] / n[m];
            }
        }
        centre(&mut offsets, &n);
        // Empirical Bayes: E[(own - pooled)²] = spread + noise / support, per month.
        let mut noises: Vec<f64> = owns.iter().filter_map(|o| o.noise).collect();
        noises.sort_by(|a, b| a.total_cmp(b));
        let noise = noises.get(noises.len() / 2).copied().unwrap_or(f64::NAN);
        let mut excess = 0.0;
        let mut k = 0usize;
        for own in &owns {
            let Some(nv) = own.noise else { continue };
            for ((o, sup), p) in own.offsets.iter().zip(&own.support).zip(&offsets) {
                if *sup > 0.0 {
                    let d = o - p;
                    excess += d * d - nv / sup;
                    k += 1;
                }
            }
        }
        let spread = if k > 0 {
            (excess / k as f64).max(1e-8)
        } else {
            f64::NAN
        };
        SeasonalProfile {
            offsets,
            support: n,
            percent,
            noise,
            spread,
        }
    }

    /// Between-series variance of the seasonal offsets (model scale², NaN when unknown).
    pub fn spread(&self) -> f64 {
        self.spread
    }

    /// The profile of one series alone: per calendar month, the average deviation from a
    /// centred 2×12 moving average (computed only where the 13 months are observed and lie
    /// between the same breaks). Support per month = number of deviations used.
    pub fn of_series(series: &Series, breaks: &[Month], percent: bool) -> SeasonalProfile {
        let scale = Scale::of(percent);
        let x: Vec<Option<f64>> = series
            .values()
            .iter()
            .map(|v| v.filter(|v| valid_value(*v, percent)).map(|v| scale.to(v)))
            .collect();
        let seg = segments(series.start(), x.len(), breaks);
        let own = own_profile(series.start(), &x, &seg);
        SeasonalProfile {
            offsets: own.offsets,
            support: own.support,
            percent,
            noise: own.noise.unwrap_or(f64::NAN),
            spread: f64::NAN,
        }
    }

    /// Offsets on the model scale (log for counts, percentage points for percentages).
    pub fn offsets(&self) -> [f64; 12] {
        self.offsets
    }

    /// How many deviations (own profile) or series (pooled profile) support each month.
    pub fn support(&self) -> [f64; 12] {
        self.support
    }

    /// True when no month has any support.
    pub fn is_empty(&self) -> bool {
        self.support.iter().all(|s| *s <= 0.0)
    }
}

fn centre(offsets: &mut [f64; 12], support: &[f64; 12]) {
    let k = support.iter().filter(|s| **s > 0.0).count();
    if k == 0 {
        *offsets = [0.0; 12];
        return;
    }
    let mean = offsets
        .iter()
        .zip(support)
        .filter(|(_, s)| **s > 0.0)
        .map(|(o, _)| *o)
        .sum::<f64>()
        / k as f64;
    for (o, s) in offsets.iter_mut().zip(support) {
        if *s > 0.0 {
            *o -= mean;
        } else {
            *o = 0.0;
        }
    }
}

fn own_profile(start: Month, x: &[Option<f64>], seg: &[u16]) -> OwnProfile {
    let mut sum = [0.0; 12];
    let mut sum2 = [0.0; 12];
    let mut n = [0.0; 12];
    if x.len() >= 13 {
        for t in 6..x.len() - 6 {
            let Some(centre_value) = x[t] else { continue };
            let s = seg[t];
            let mut acc = 0.0;
            let mut ok = true;
            for (k, j) in (t - 6..=t + 6).enumerate() {
                match x[j] {
                    Some(v) if seg[j] == s => {
                        let w = if k == 0 || k == 12 { 0.5 } else { 1.0 };
                        acc += w * v;
                    }
                    _ => {
                        ok = false;
                        break;
                    }
                }
            }
            if ok {
                let m = start.plus(t as i32).season();
                let d = centre_value - acc / 12.0;
                sum[m] += d;
                sum2[m] += d * d;
                n[m] += 1.0;
            }
        }
    }
    let mut offsets = [0.0; 12];
    let mut ss = 0.0;
    let mut df = 0.0;
    for m in 0..12 {
        if n[m] > 0.0 {
            offsets[m] = sum[m] / n[m];
            ss += (sum2[m] - sum[m] * sum[m] / n[m]).max(0.0);
            df += n[m] - 1.0;
        }
    }
    centre(&mut offsets, &n);
    OwnProfile {
        offsets,
        support: n,
        noise: if df >= 6.0 { Some(ss / df) } else { None },
    }
}

/// Shrinks the own profile towards the prior: weight of own = n / (n + k) per month.
fn combine(own: &OwnProfile, prior: Option<&SeasonalProfile>, k: f64) -> [f64; 12] {
    let (o, n) = (&own.offsets, &own.support);
    let mut out = [0.0; 12];
    let mut sup = [0.0; 12];
    for m in 0..12 {
        let (p, pk) = match prior {
            Some(p) if p.support[m] > 0.0 => (p.offsets[m], k.max(0.0)),
            _ => (0.0, 0.0),
        };
        let w = n[m] + pk;
        if w > 0.0 {
            out[m] = (n[m] * o[m] + pk * p) / w;
            sup[m] = w;
        }
    }
    centre(&mut out, &sup);
    out
}

/// The seasonal offsets the forecast uses: the series' own profile shrunk towards the prior
/// (the pooled profile, else the region's or the country's own profile).
pub(super) fn seasonal_offsets(input: &ForecastInput, p: &Prepared) -> [f64; 12] {
    let own = own_profile(p.start, &p.x, &p.seg);
    let fallback;
    let prior = match input.season_prior {
        Some(sp) if !sp.is_empty() && sp.percent == input.percent => Some(sp),
        _ => {
            let from = input.region.or(input.national);
            match from {
                Some(s) => {
                    fallback = SeasonalProfile::of_series(s, input.breaks, input.percent);
                    if fallback.is_empty() {
                        None
                    } else {
                        Some(&fallback)
                    }
                }
                None => None,
            }
        }
    };
    combine(&own, prior, prior_years(&own, prior))
}

/// The weight (in years of the series' own seasonal evidence) of the prior, by empirical Bayes:
/// the series' noise variance of one seasonal deviation over the between-series variance of the
/// offsets ([`SeasonalProfile::spread`]); [`DEFAULT_PRIOR_YEARS`] when either is unknown.
fn prior_years(own: &OwnProfile, prior: Option<&SeasonalProfile>) -> f64 {
    match prior {
        Some(p) if p.spread.is_finite() && p.spread > 0.0 => {
            let noise = own.noise.or(Some(p.noise).filter(|v| v.is_finite()));
            match noise {
                Some(nv) => (nv / p.spread).clamp(0.1, 1000.0),
                None => DEFAULT_PRIOR_YEARS,
            }
        }
        _ => DEFAULT_PRIOR_YEARS,
    }
}

/// Multiplicative seasonal factors by calendar month (January = 0), geometric mean 1, as used by
/// the forecast: for counts `exp(offset)`; for percentages `(L + offset) / L` with `L` the mean
/// of the last 12 observed values (1.0 everywhere when `L` is 0). Divide a deseasonalised
/// path by nothing and multiply it by these to shape a kravforløb.
///
/// # Errors
/// The same as [`forecast`] for the history: [`ForecastError::NotEnoughData`] and
/// [`ForecastError::InvalidValue`].
pub fn seasonal_factors(input: &ForecastInput) -> Result<[f64; 12], ForecastError> {
    let p = prepare(input)?;
    let s = seasonal_offsets(input, &p);
    let mut f = [1.0; 12];
    if input.percent {
        let last: Vec<f64> = p.raw.iter().rev().flatten().take(12).copied().collect();
        let level = if last.is_empty() {
            0.0
        } else {
            last.iter().sum::<f64>() / last.len() as f64
        };
        if level > 0.0 {
            for m in 0..12 {
                f[m] = ((level + s[m]) / level).max(0.0);
            }
        }
    } else {
        for m in 0..12 {
            f[m] = s[m].exp();
        }
    }
    Ok(f)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::forecast::forecast;
    use crate::model::forecast::test_support::*;

    #[test]
    fn seasonal_pattern_is_carried_into_the_forecast() {
        let mut rng = Rng(3);
        let s = seasonal_counts(&mut rng, 48, 1000.0, 0.01);
        let f = forecast(&input(&s), m("2026-12")).unwrap();
        // cos peak in January (season 0), trough in July (season 6).
        let jan = f.mean[f.start.months_until(m("2026-01")) as usize];
        let jul = f.mean[f.start.months_until(m("2026-07")) as usize];
        assert!(jan > 1.2 * jul, "jan {jan} jul {jul}");
        let fac = seasonal_factors(&input(&s)).unwrap();
        assert!(fac[0] > 1.1 && fac[6] < 0.9, "{fac:?}");
    }
}
