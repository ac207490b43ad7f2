//! Monthly prognoses (fremskrivninger) with 80 % and 95 % prediction intervals.
//!
//! Responsibility: turn one municipality's monthly series of one indicator, plus what a region
//! would also look at (a seasonal profile pooled over all municipalities, the region's and the
//! country's series, recorded data breaks, the labour-market outlook and the region's own
//! expected development), into a month-by-month forecast from the month after the last
//! observation to a given horizon month. Pure Rust, std only, no panics, no clock.
//!
//! Units: forecasts are in the series' own unit (persons, full-time persons, or percent 0–100).
//! Counts are modelled on the log scale `ln(y + 1)` (so seasonality and intervals are
//! multiplicative and forecasts never go below 0); percentages on their own scale (additive
//! seasonality, clamped to 0–100).
//!
//! Model (see `docs/method.md` for the measured figures):
//! 1. seasonal offsets per calendar month = deviations from a centred 2×12 moving average,
//!    computed within break-free segments and shrunk towards a pooled profile
//!    ([`SeasonalProfile`]) with weight [`Settings::season_prior_years`];
//! 2. the seasonally adjusted series is followed by exponential smoothing of the level
//!    (smoothing constant chosen per series on a grid by one-step squared error), with an
//!    optional damped drift ([`Settings::drift`]);
//! 3. intervals from the one-step residual standard deviation propagated with the ETS(A,N,N)
//!    / ETS(A,Ad,N) variance formula, Student-t quantiles for short residual samples, and one
//!    calibration factor [`Settings::interval_scale`] set by rolling-origin back-testing;
//! 4. breaks (from the data, never hard-coded) split the history: no moving average or
//!    difference crosses a break, the level restarts at the break, and near the origin (or
//!    inside the horizon) an extra level variance widens the intervals and a flag is set;
//! 5. the region's expected change and the outlook scenario rescale the path multiplicatively.

use std::fmt;

use super::month::Month;
use super::series::Series;

/// Fewest observed months, within the last [`RECENT_MONTHS`] months up to the last
/// observation, for which a forecast is made; below it the answer is
/// [`ForecastError::NotEnoughData`].
pub const MIN_OBSERVED: usize = 12;
/// The window (months, ending at the last observation) in which [`MIN_OBSERVED`] is counted.
pub const RECENT_MONTHS: usize = 24;
/// Below this many observed months the forecast carries [`ForecastFlag::ShortHistory`]
/// (the series' own seasonality then rests mostly on the pooled profile).
pub const SHORT_HISTORY_MONTHS: usize = 36;
/// Longest horizon accepted (months after the last observation).
pub const MAX_HORIZON_MONTHS: usize = 120;
/// Months after a break during which the forecast is treated as "near the break".
pub const BREAK_SETTLING_MONTHS: usize = 6;
/// Longest history used for fitting (older months are ignored, which bounds the cost).
pub const MAX_FIT_MONTHS: usize = 120;

const Z80: f64 = 1.281_551_565_5;
const Z95: f64 = 1.959_963_984_5;

/// Drift (trend) component of the seasonally adjusted level.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Drift {
    /// Level only: the seasonally adjusted level is carried forward (plus outlook/expectation).
    None,
    /// Damped additive drift; `phi` is the damping per month (0–1), the drift smoothing
    /// constant is chosen on a small grid.
    Damped {
        /// Damping factor per month.
        phi: f64,
    },
}

/// Tunable constants of the model. [`Settings::default`] holds the values chosen by the
/// rolling-origin back-test; other values exist for the lab and for documentation.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Settings {
    /// Weight (in years of the series' own seasonal evidence) given to the pooled seasonal
    /// profile: own years / (own years + this) is the weight of the own profile. `None`
    /// (the default) estimates it per series by empirical Bayes: the series' own noise
    /// variance of a seasonal deviation divided by the between-municipality variance of
    /// seasonal offsets ([`SeasonalProfile::spread`]).
    pub season_prior_years: Option<f64>,
    /// Trend component.
    pub drift: Drift,
    /// Multiplier on the model-based interval half-widths (calibration to 80 % coverage).
    pub interval_scale: f64,
    /// Standard deviation (log scale for counts, percentage points / 100 × level for
    /// percentages) of an unknown level shift caused by a break at or after the origin.
    pub break_sd: f64,
    /// Lower bound of the grid for the level smoothing constant.
    pub alpha_min: f64,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            season_prior_years: None,
            drift: Drift::None,
            interval_scale: 0.95,
            break_sd: 0.10,
            alpha_min: 0.05,
        }
    }
}

/// The inputs for one municipality and one indicator.
#[derive(Debug, Clone, Copy)]
pub struct ForecastInput<'a> {
    /// The municipality's own series; the forecast starts the month after its last observed value.
    pub own: &'a Series,
    /// Seasonal profile pooled over the municipalities of this indicator
    /// ([`SeasonalProfile::pooled`], computed once per indicator); `None` falls back to the
    /// region's, then the country's own profile.
    pub season_prior: Option<&'a SeasonalProfile>,
    /// Region aggregate (sum of municipalities; may have missing months).
    pub region: Option<&'a Series>,
    /// National aggregate.
    pub national: Option<&'a Series>,
    /// Months at which a level break takes effect (from the data file).
    pub breaks: &'a [Month],
    /// Relative change of the national level by the horizon end implied by the chosen outlook
    /// scenario, relative to the statistical forecast (0.0 = no change; +0.05 = 5 % higher at
    /// the horizon end). Phased in linearly over the horizon.
    pub outlook_change: f64,
    /// The region's own expected relative change for a plan year: `(year, fraction)`, meaning
    /// the plan year's average is `1 + fraction` times the previous year's average.
    pub expected_change: Option<(i32, f64)>,
    /// Values are a percentage 0–100 (kept within 0–100); otherwise a count (kept ≥ 0).
    pub percent: bool,
}

/// A forecast: one value per month from `start` to the horizon end, all vectors equally long.
#[derive(Debug, Clone, PartialEq)]
pub struct Forecast {
    /// First forecast month (the month after the last observation).
    pub start: Month,
    /// Central forecast (the median of the predictive distribution; for counts this is
    /// `exp(level + season) − 1`).
    pub mean: Vec<f64>,
    /// Lower bound of the 80 % prediction interval.
    pub lo80: Vec<f64>,
    /// Upper bound of the 80 % prediction interval.
    pub hi80: Vec<f64>,
    /// Lower bound of the 95 % prediction interval.
    pub lo95: Vec<f64>,
    /// Upper bound of the 95 % prediction interval.
    pub hi95: Vec<f64>,
    /// What the reader must know about this forecast.
    pub flags: Vec<ForecastFlag>,
}

impl Forecast {
    /// The month of the `i`-th value.
    pub fn month(&self, i: usize) -> Month {
        self.start.plus(i as i32)
    }

    /// Number of forecast months.
    pub fn len(&self) -> usize {
        self.mean.len()
    }

    /// True when the forecast has no months.
    pub fn is_empty(&self) -> bool {
        self.mean.is_empty()
    }
}

/// Caveats attached to a forecast, for the UI to show.
#[derive(Debug, Clone, PartialEq)]
pub enum ForecastFlag {
    /// A break took effect at or shortly before the origin: the level after the break rests on
    /// `months_after` observations, and the intervals are widened.
    BreakNearOrigin {
        /// The month the break took effect.
        month: Month,
        /// Observed months from the break to the origin, both included.
        months_after: usize,
    },
    /// A break takes effect inside the forecast horizon: the intervals from `month` on are widened.
    BreakInHorizon {
        /// The month the break takes effect.
        month: Month,
    },
    /// Short history: `months` observed months (seasonality leans on the pooled profile).
    ShortHistory {
        /// Observed months used.
        months: usize,
    },
    /// Months missing (suppressed) among the last [`RECENT_MONTHS`] months.
    GapsInHistory {
        /// Number of missing months.
        missing: usize,
    },
    /// The path was rescaled so the plan year's average changes by `change` from the year before.
    ExpectedChangeApplied {
        /// Plan year.
        year: i32,
        /// Relative change (fraction).
        change: f64,
    },
    /// The expected change could not be applied (plan year outside the horizon, or too little
    /// data for the year before it).
    ExpectedChangeNotApplied {
        /// Plan year.
        year: i32,
    },
    /// The outlook scenario moved the horizon end by `change` (fraction), phased in linearly.
    OutlookApplied {
        /// Relative change at the horizon end.
        change: f64,
    },
}

/// Why no forecast was made.
#[derive(Debug, Clone, PartialEq)]
pub enum ForecastError {
    /// Too few observed months in the last [`RECENT_MONTHS`] months.
    NotEnoughData {
        /// Observed months found.
        observed: usize,
        /// Observed months needed.
        needed: usize,
    },
    /// A value is not a number, infinite, negative, or (for a percentage) above 100.
    InvalidValue {
        /// The month of the value.
        month: Month,
    },
    /// The horizon end is not after the last observation.
    HorizonNotAfterOrigin {
        /// Last observed month.
        last_observed: Month,
        /// Requested horizon end.
        horizon_end: Month,
    },
    /// The horizon is longer than [`MAX_HORIZON_MONTHS`].
    HorizonTooLong {
        /// Requested months.
        months: usize,
        /// Largest number accepted.
        max: usize,
    },
    /// An outlook or expected change is not a number or is −100 % or less.
    InvalidChange {
        /// The value given.
        change: f64,
    },
}

impl fmt::Display for ForecastFlag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ForecastFlag::BreakNearOrigin { month, months_after } => write!(
                f,
                "databrud {month}: kun {months_after} måneder efter bruddet; båndet er gjort bredere"
            ),
            ForecastFlag::BreakInHorizon { month } => {
                write!(f, "databrud {month} i prognoseperioden; båndet er gjort bredere")
            }
            ForecastFlag::ShortHistory { months } => write!(f, "kort historik: {months} måneder"),
            ForecastFlag::GapsInHistory { missing } => {
                write!(f, "{missing} manglende måneder i de seneste to år")
            }
            ForecastFlag::ExpectedChangeApplied { year, change } => write!(
                f,
                "regionens forventede udvikling for {year} ({:+.1} %) er brugt",
                change * 100.0
            ),
            ForecastFlag::ExpectedChangeNotApplied { year } => write!(
                f,
                "regionens forventede udvikling for {year} kunne ikke bruges"
            ),
            ForecastFlag::OutlookApplied { change } => write!(
                f,
                "konjunkturscenariet ({:+.1} % ved horisontens slutning) er brugt",
                change * 100.0
            ),
        }
    }
}

impl fmt::Display for ForecastError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ForecastError::NotEnoughData { observed, needed } => write!(
                f,
                "For få data til en prognose: {observed} måneder med tal i de seneste {RECENT_MONTHS} måneder, der skal mindst {needed} til"
            ),
            ForecastError::InvalidValue { month } => {
                write!(f, "Ugyldigt tal for {month} (ikke et tal, negativt eller over 100 %)")
            }
            ForecastError::HorizonNotAfterOrigin {
                last_observed,
                horizon_end,
            } => write!(
                f,
                "Prognosen skal slutte efter seneste måned med tal ({last_observed}), men slutter {horizon_end}"
            ),
            ForecastError::HorizonTooLong { months, max } => write!(
                f,
                "Prognosen er for lang: {months} måneder, højst {max}"
            ),
            ForecastError::InvalidChange { change } => write!(
                f,
                "Ugyldig forventet ændring ({change}): skal være et tal større end −100 %"
            ),
        }
    }
}

impl std::error::Error for ForecastError {}

// ---------------------------------------------------------------------------------------------
// Scale

#[derive(Debug, Clone, Copy, PartialEq)]
enum Scale {
    /// `ln(y + 1)` for counts.
    Log,
    /// The value itself, for percentages.
    Linear,
}

impl Scale {
    fn of(percent: bool) -> Scale {
        if percent {
            Scale::Linear
        } else {
            Scale::Log
        }
    }
    fn to(self, y: f64) -> f64 {
        match self {
            Scale::Log => (y + 1.0).ln(),
            Scale::Linear => y,
        }
    }
    fn from(self, x: f64) -> f64 {
        match self {
            Scale::Log => (x.exp() - 1.0).max(0.0),
            Scale::Linear => x.clamp(0.0, 100.0),
        }
    }
}

fn valid_value(v: f64, percent: bool) -> bool {
    v.is_finite() && v >= 0.0 && (!percent || v <= 100.0)
}

// ---------------------------------------------------------------------------------------------
// Seasonal profiles

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

/// Segment number of each position: how many breaks took effect at or before it.
fn segments(start: Month, len: usize, breaks: &[Month]) -> Vec<u16> {
    (0..len)
        .map(|i| {
            let m = start.plus(i as i32);
            breaks.iter().filter(|b| **b > start && **b <= m).count() as u16
        })
        .collect()
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

// ---------------------------------------------------------------------------------------------
// Preparation

struct Prepared {
    start: Month,
    origin: Month,
    raw: Vec<Option<f64>>,
    x: Vec<Option<f64>>,
    seg: Vec<u16>,
    observed: usize,
    recent_missing: usize,
}

fn prepare(input: &ForecastInput) -> Result<Prepared, ForecastError> {
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

fn seasonal_offsets(input: &ForecastInput, p: &Prepared, settings: &Settings) -> [f64; 12] {
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
    let k = match settings.season_prior_years {
        Some(k) => k,
        None => match prior {
            Some(p) if p.spread.is_finite() && p.spread > 0.0 => {
                let noise = own.noise.or(Some(p.noise).filter(|v| v.is_finite()));
                match noise {
                    Some(nv) => (nv / p.spread).clamp(0.1, 1000.0),
                    None => DEFAULT_PRIOR_YEARS,
                }
            }
            _ => DEFAULT_PRIOR_YEARS,
        },
    };
    combine(&own, prior, k)
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
    let s = seasonal_offsets(input, &p, &Settings::default());
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

// ---------------------------------------------------------------------------------------------
// Smoothing

#[derive(Debug, Clone, Copy)]
struct Fit {
    level: f64,
    trend: f64,
    alpha: f64,
    beta: f64,
    phi: f64,
    sse: f64,
    n: usize,
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

fn fit_best(z: &[Option<f64>], seg: &[u16], settings: &Settings) -> Fit {
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
fn t_quantile(z: f64, df: f64) -> f64 {
    let v = df.max(2.0);
    let z3 = z * z * z;
    let z5 = z3 * z * z;
    let z7 = z5 * z * z;
    z + (z3 + z) / (4.0 * v)
        + (5.0 * z5 + 16.0 * z3 + 3.0 * z) / (96.0 * v * v)
        + (3.0 * z7 + 19.0 * z5 + 17.0 * z3 - 15.0 * z) / (384.0 * v * v * v)
}

// ---------------------------------------------------------------------------------------------
// Forecast

/// The forecast from the month after the last observation to `horizon_end`, with the default
/// [`Settings`].
///
/// # Errors
/// [`ForecastError::NotEnoughData`] when fewer than [`MIN_OBSERVED`] of the last
/// [`RECENT_MONTHS`] months are observed (or the series is empty);
/// [`ForecastError::InvalidValue`] for NaN, infinite, negative or (percent) >100 values;
/// [`ForecastError::HorizonNotAfterOrigin`] / [`ForecastError::HorizonTooLong`] for a bad
/// horizon; [`ForecastError::InvalidChange`] for an outlook or expected change that is not a
/// number or ≤ −100 %.
pub fn forecast(input: &ForecastInput, horizon_end: Month) -> Result<Forecast, ForecastError> {
    forecast_with(input, horizon_end, &Settings::default())
}

/// [`forecast`] with explicit [`Settings`] (for the lab and for back-testing alternatives).
///
/// # Errors
/// As [`forecast`].
pub fn forecast_with(
    input: &ForecastInput,
    horizon_end: Month,
    settings: &Settings,
) -> Result<Forecast, ForecastError> {
    if !input.outlook_change.is_finite() || input.outlook_change <= -1.0 {
        return Err(ForecastError::InvalidChange {
            change: input.outlook_change,
        });
    }
    if let Some((_, c)) = input.expected_change {
        if !c.is_finite() || c <= -1.0 {
            return Err(ForecastError::InvalidChange { change: c });
        }
    }
    let p = prepare(input)?;
    let horizon = p.origin.months_until(horizon_end);
    if horizon < 1 {
        return Err(ForecastError::HorizonNotAfterOrigin {
            last_observed: p.origin,
            horizon_end,
        });
    }
    let horizon = horizon as usize;
    if horizon > MAX_HORIZON_MONTHS {
        return Err(ForecastError::HorizonTooLong {
            months: horizon,
            max: MAX_HORIZON_MONTHS,
        });
    }
    let scale = Scale::of(input.percent);
    let season = seasonal_offsets(input, &p, settings);
    let z: Vec<Option<f64>> =
        p.x.iter()
            .enumerate()
            .map(|(i, v)| v.map(|v| v - season[p.start.plus(i as i32).season()]))
            .collect();
    let fit = fit_best(&z, &p.seg, settings);
    if !fit.level.is_finite() {
        return Err(ForecastError::NotEnoughData {
            observed: p.observed,
            needed: MIN_OBSERVED,
        });
    }
    let npar = if fit.beta > 0.0 { 2 } else { 1 };
    let df = fit.n.saturating_sub(npar).max(1) as f64;
    let mut sigma2 = if fit.n > npar { fit.sse / df } else { 0.0 };
    // Percentages: guard against a flat history (zero variance) with a floor of 0.1 point².
    if input.percent {
        sigma2 = sigma2.max(0.01);
    } else {
        sigma2 = sigma2.max(1e-6);
    }
    let q80 = t_quantile(Z80, df) * settings.interval_scale;
    let q95 = t_quantile(Z95, df) * settings.interval_scale;

    let mut flags = Vec::new();
    if p.observed < SHORT_HISTORY_MONTHS {
        flags.push(ForecastFlag::ShortHistory { months: p.observed });
    }
    if p.recent_missing > 0 {
        flags.push(ForecastFlag::GapsInHistory {
            missing: p.recent_missing,
        });
    }

    // Breaks: the latest one at or before the origin, and those inside the horizon.
    let first = p.start;
    let near = input
        .breaks
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
    if let Some((month, months_after)) = near {
        flags.push(ForecastFlag::BreakNearOrigin {
            month,
            months_after,
        });
    }
    let mut ahead: Vec<Month> = input
        .breaks
        .iter()
        .filter(|b| **b > p.origin && **b <= horizon_end)
        .copied()
        .collect();
    ahead.sort();
    ahead.dedup();
    for b in &ahead {
        flags.push(ForecastFlag::BreakInHorizon { month: *b });
    }
    // Break variance on the model scale: log for counts; for percentages relative to the level.
    let level_now = fit.level;
    let break_var_unit = if input.percent {
        let l = (level_now.abs()).max(1.0);
        (settings.break_sd * l).powi(2)
    } else {
        settings.break_sd.powi(2)
    };

    let start = p.origin.plus(1);
    let mut mean = Vec::with_capacity(horizon);
    let mut lo80 = Vec::with_capacity(horizon);
    let mut hi80 = Vec::with_capacity(horizon);
    let mut lo95 = Vec::with_capacity(horizon);
    let mut hi95 = Vec::with_capacity(horizon);
    let mut cum_c2 = 0.0;
    let mut phi_sum = 0.0;
    let mut phi_pow = 1.0;
    for h in 1..=horizon {
        let m = p.origin.plus(h as i32);
        phi_pow *= fit.phi;
        phi_sum += phi_pow;
        let centre = fit.level + phi_sum * fit.trend + season[m.season()];
        // Variance: sigma² (1 + Σ_{j<h} c_j²), c_j = alpha + beta Σ_{i≤j} phi^i.
        let mut var = sigma2 * (1.0 + cum_c2);
        let c = fit.alpha + fit.beta * phi_sum;
        cum_c2 += c * c;
        if let Some((_, after)) = near {
            let w = (BREAK_SETTLING_MONTHS - after) as f64 / BREAK_SETTLING_MONTHS as f64;
            let ramp = (h.min(12) as f64) / 12.0;
            var += w * (sigma2 + break_var_unit * (0.5 + 0.5 * ramp));
        }
        let shifts = ahead.iter().filter(|b| **b <= m).count() as f64;
        var += shifts * break_var_unit;
        let sd = var.max(0.0).sqrt();
        mean.push(scale.from(centre));
        lo80.push(scale.from(centre - q80 * sd));
        hi80.push(scale.from(centre + q80 * sd));
        lo95.push(scale.from(centre - q95 * sd));
        hi95.push(scale.from(centre + q95 * sd));
    }
    let mut out = Forecast {
        start,
        mean,
        lo80,
        hi80,
        lo95,
        hi95,
        flags,
    };
    if let Some((year, change)) = input.expected_change {
        apply_expected_change(&mut out, input.own, p.origin, year, change);
    }
    if input.outlook_change != 0.0 {
        let k = (1.0 + input.outlook_change).ln();
        let hmax = horizon as f64;
        for i in 0..out.mean.len() {
            let f = (k * (i as f64 + 1.0) / hmax).exp();
            scale_at(&mut out, i, f);
        }
        out.flags.push(ForecastFlag::OutlookApplied {
            change: input.outlook_change,
        });
    }
    if input.percent {
        for v in [
            &mut out.mean,
            &mut out.lo80,
            &mut out.hi80,
            &mut out.lo95,
            &mut out.hi95,
        ] {
            for x in v.iter_mut() {
                *x = x.clamp(0.0, 100.0);
            }
        }
    }
    Ok(out)
}

fn scale_at(f: &mut Forecast, i: usize, factor: f64) {
    for v in [
        &mut f.mean,
        &mut f.lo80,
        &mut f.hi80,
        &mut f.lo95,
        &mut f.hi95,
    ] {
        if let Some(x) = v.get_mut(i) {
            *x *= factor;
        }
    }
}

/// Rescales the path so that the plan year's average is `1 + change` times the previous year's
/// (actuals where observed, else the forecast), phased in linearly from the origin to January
/// of the plan year and held from then on.
fn apply_expected_change(f: &mut Forecast, own: &Series, origin: Month, year: i32, change: f64) {
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

/// The seasonal naive forecast (each month repeats the same month a year earlier, or two years
/// earlier when that is missing) with the classical intervals: residual standard deviation of the
/// in-sample lag-12 differences, widened by `sqrt(1 + floor((h−1)/12))`, normal quantiles,
/// on the original scale, clamped to 0 (counts) or 0–100 (percentages). The benchmark of the
/// back-test.
///
/// # Errors
/// [`ForecastError::NotEnoughData`] when fewer than 12 months precede the last observation or
/// fewer than 2 seasonal differences exist; the horizon errors as [`forecast`].
pub fn seasonal_naive(
    input: &ForecastInput,
    horizon_end: Month,
) -> Result<Forecast, ForecastError> {
    let own = input.own;
    let origin = own.last_observed().ok_or(ForecastError::NotEnoughData {
        observed: 0,
        needed: 13,
    })?;
    let horizon = origin.months_until(horizon_end);
    if horizon < 1 {
        return Err(ForecastError::HorizonNotAfterOrigin {
            last_observed: origin,
            horizon_end,
        });
    }
    let horizon = horizon as usize;
    if horizon > MAX_HORIZON_MONTHS {
        return Err(ForecastError::HorizonTooLong {
            months: horizon,
            max: MAX_HORIZON_MONTHS,
        });
    }
    let mut ss = 0.0;
    let mut n = 0usize;
    for (m, v) in own.iter() {
        if let (Some(v), Some(w)) = (v, own.get(m.plus(-12))) {
            if !valid_value(v, input.percent) || !valid_value(w, input.percent) {
                return Err(ForecastError::InvalidValue { month: m });
            }
            ss += (v - w) * (v - w);
            n += 1;
        }
    }
    if n < 2 {
        return Err(ForecastError::NotEnoughData {
            observed: own.observed_count(),
            needed: 14,
        });
    }
    let sd = (ss / n as f64).sqrt();
    let clamp = |x: f64| {
        if input.percent {
            x.clamp(0.0, 100.0)
        } else {
            x.max(0.0)
        }
    };
    let mut f = Forecast {
        start: origin.plus(1),
        mean: Vec::with_capacity(horizon),
        lo80: Vec::with_capacity(horizon),
        hi80: Vec::with_capacity(horizon),
        lo95: Vec::with_capacity(horizon),
        hi95: Vec::with_capacity(horizon),
        flags: Vec::new(),
    };
    for h in 1..=horizon {
        let m = origin.plus(h as i32);
        let k = (h - 1) / 12;
        let mut c = None;
        let mut back = (k as i32 + 1) * 12;
        while c.is_none() && back <= (k as i32 + 3) * 12 {
            c = own.get(m.plus(-back));
            back += 12;
        }
        let c = match c.or_else(|| own.get(origin)) {
            Some(c) => c,
            None => {
                return Err(ForecastError::NotEnoughData {
                    observed: own.observed_count(),
                    needed: 13,
                })
            }
        };
        let s = sd * ((k + 1) as f64).sqrt();
        f.mean.push(clamp(c));
        f.lo80.push(clamp(c - Z80 * s));
        f.hi80.push(clamp(c + Z80 * s));
        f.lo95.push(clamp(c - Z95 * s));
        f.hi95.push(clamp(c + Z95 * s));
    }
    Ok(f)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(s: &str) -> Month {
        Month::parse(s).unwrap()
    }

    /// Tiny deterministic RNG (xorshift64*), for property-style tests.
    struct Rng(u64);
    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 >> 12;
            self.0 ^= self.0 << 25;
            self.0 ^= self.0 >> 27;
            self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
        }
        fn unit(&mut self) -> f64 {
            (self.next() >> 11) as f64 / (1u64 << 53) as f64
        }
        fn normal(&mut self) -> f64 {
            let u = self.unit().max(1e-12);
            let v = self.unit();
            (-2.0 * u.ln()).sqrt() * (std::f64::consts::TAU * v).cos()
        }
    }

    fn seasonal_counts(rng: &mut Rng, n: usize, level: f64, noise: f64) -> Series {
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

    fn input<'a>(own: &'a Series) -> ForecastInput<'a> {
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

    fn check_shape(f: &Forecast, percent: bool) {
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
    fn a_break_at_the_origin_widens_the_intervals_and_sets_a_flag() {
        let mut rng = Rng(5);
        let s = seasonal_counts(&mut rng, 48, 900.0, 0.03);
        let plain = forecast(&input(&s), m("2026-12")).unwrap();
        let breaks = [m("2025-07")];
        let mut i = input(&s);
        i.breaks = &breaks;
        let with_break = forecast(&i, m("2026-12")).unwrap();
        check_shape(&with_break, false);
        assert!(with_break.flags.contains(&ForecastFlag::BreakNearOrigin {
            month: m("2025-07"),
            months_after: 1
        }));
        for h in 0..plain.len() {
            assert!(
                with_break.hi95[h] - with_break.lo95[h] > plain.hi95[h] - plain.lo95[h],
                "h={h}"
            );
        }
    }

    #[test]
    fn a_break_inside_the_horizon_widens_from_that_month() {
        let mut rng = Rng(9);
        let s = seasonal_counts(&mut rng, 48, 900.0, 0.03);
        let plain = forecast(&input(&s), m("2026-12")).unwrap();
        let breaks = [m("2026-01")];
        let mut i = input(&s);
        i.breaks = &breaks;
        let f = forecast(&i, m("2026-12")).unwrap();
        assert!(f.flags.contains(&ForecastFlag::BreakInHorizon {
            month: m("2026-01")
        }));
        assert_eq!(f.hi80[0], plain.hi80[0]);
        let k = f.start.months_until(m("2026-01")) as usize;
        assert!(f.hi80[k] > plain.hi80[k]);
    }

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

    #[test]
    fn short_series_get_a_forecast_with_a_flag() {
        let mut rng = Rng(19);
        let long = seasonal_counts(&mut rng, 48, 300.0, 0.05);
        let prior = SeasonalProfile::pooled(&[&long], &[], false);
        let short = Series::new(m("2023-08"), long.values()[24..].to_vec());
        let mut i = input(&short);
        i.season_prior = Some(&prior);
        let f = forecast(&i, m("2026-12")).unwrap();
        check_shape(&f, false);
        assert!(f.flags.contains(&ForecastFlag::ShortHistory { months: 24 }));
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
}
