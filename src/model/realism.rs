//! Realism: how demanding is a target? Counted, never assumed.
//!
//! The forecast is back-tested over rolling windows of the history: for every municipality and
//! every origin month where the data allow, the statistical forecast made with data up to the
//! origin is set against what actually happened at the target's horizon (the goal's measure:
//! one month, or the average of twelve). Each such case has an *achieved margin*
//! `actual / forecast − 1`. A target asks for a margin over its own forecast,
//! `target / forecast − 1`; the realism figure counts the cases whose achieved margin was at
//! least as good, among the comparable municipalities and among all other municipalities.
//! The horizon is the target's own (e.g. 17 months from July 2025 to December 2026) where the
//! history has such windows, else 12 months; which one is reported.

use super::backtest::truncate;
use super::baseline::{Area, Baseline, Better, Measure, Unit};
use super::forecast::{forecast, Forecast, ForecastInput, SeasonalProfile};
use super::measure;
use super::month::Month;
use super::series::Series;

/// Fewest other comparable municipalities for the comparable count to be shown on its own.
pub const MIN_COMPARABLE_MUNICIPALITIES: usize = 5;
/// Months of history before the first origin.
const MIN_HISTORY: i32 = 12;
/// Most origins back-tested: the latest 60 months whose horizon has an outcome. Each origin
/// costs a forecast of every municipality over its history so far, so without this bound the
/// back-test would grow with the square of the series length (issue 17, §3); with it, the
/// growth is linear. The default data have 20 origins (48 months, a 17-month horizon), so the
/// bound changes nothing there; a long file counts the most recent five years of cases.
pub const MAX_ORIGINS: i32 = 60;

/// One back-tested case: a municipality and an origin month.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Case {
    /// Municipality index.
    pub municipality: usize,
    /// Origin month (the last month the forecast knew).
    pub origin: Month,
    /// actual / forecast − 1 for the goal's measure at the horizon.
    pub margin: f64,
}

/// Which horizon the cases use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HorizonUsed {
    /// The target's own horizon (months).
    Target(i32),
    /// The history is too short for the target's horizon: 12 months instead.
    Fallback12,
}

/// All back-tested cases of one goal (computed once per baseline and goal).
#[derive(Debug, Clone, PartialEq)]
pub struct RealismHistory {
    /// The cases.
    pub cases: Vec<Case>,
    /// The horizon used.
    pub horizon: HorizonUsed,
    /// First origin year and last outcome year, for "2022–2025".
    pub years: Option<(i32, i32)>,
}

/// Back-tests the statistical forecast of `indicator` for every municipality at `horizon`
/// months, measured as `measure` (falls back to 12 months when no window fits).
pub fn history(b: &Baseline, indicator: usize, measure: Measure, horizon: i32) -> RealismHistory {
    let mut job = HistoryJob::new(b, indicator, measure, horizon);
    while !job.step() {}
    job.finish()
}

/// [`history`] done one origin month at a time, so a caller that must keep a page answering
/// can yield between steps: `while !job.step() { /* yield now and then */ }`, then
/// [`HistoryJob::finish`]. One step forecasts every municipality once.
#[derive(Debug)]
pub struct HistoryJob<'a> {
    run: Run<'a>,
    /// The target's horizon (months).
    horizon: i32,
    /// True once the run is the 12-month fallback.
    fallback: bool,
}

impl<'a> HistoryJob<'a> {
    /// The back-test of `indicator` at `horizon` months, measured as `measure`, not yet begun.
    pub fn new(b: &'a Baseline, indicator: usize, measure: Measure, horizon: i32) -> Self {
        HistoryJob {
            run: Run::new(b, indicator, measure, horizon),
            horizon,
            fallback: false,
        }
    }

    /// Back-tests the next origin; true when there is nothing left to do.
    pub fn step(&mut self) -> bool {
        if self.run.step() {
            return false;
        }
        // No window of the target's own length: the same back-test over 12 months.
        if self.run.cases.is_empty() && self.horizon > 12 && !self.fallback {
            self.fallback = true;
            self.run = Run::new(self.run.b, self.run.indicator, self.run.measure, 12);
            return false;
        }
        true
    }

    /// The cases found (all of them once [`HistoryJob::step`] has said it is done).
    pub fn finish(self) -> RealismHistory {
        RealismHistory {
            cases: self.run.cases,
            horizon: if self.fallback {
                HorizonUsed::Fallback12
            } else {
                HorizonUsed::Target(self.horizon)
            },
            years: self.run.years,
        }
    }
}

/// The back-test at one horizon: what every origin shares, the next origin, and the cases so far.
#[derive(Debug)]
struct Run<'a> {
    b: &'a Baseline,
    indicator: usize,
    measure: Measure,
    horizon: i32,
    percent: bool,
    breaks: Vec<Month>,
    /// Each municipality with a series, and the series.
    all: Vec<(usize, &'a Series)>,
    national: Option<&'a Series>,
    /// The next origin, and the last one whose horizon has an outcome.
    origin: Month,
    latest: Month,
    cases: Vec<Case>,
    years: Option<(i32, i32)>,
}

impl<'a> Run<'a> {
    fn new(b: &'a Baseline, indicator: usize, measure: Measure, horizon: i32) -> Self {
        let ind = b.indicators.get(indicator);
        let all: Vec<(usize, &Series)> = (0..b.municipalities.len())
            .filter_map(|m| Some((m, &b.series(Area::Municipality(m), indicator)?.series)))
            .collect();
        let start = all.iter().map(|(_, s)| s.start()).min();
        let end = all.iter().filter_map(|(_, s)| s.last_observed()).max();
        // Without series (or without an indicator) the first origin lies past the last.
        let (origin, latest) = match (ind, start, end) {
            (Some(_), Some(start), Some(end)) => {
                let latest = end.plus(-horizon);
                let first = start
                    .plus(MIN_HISTORY - 1)
                    .max(latest.plus(1 - MAX_ORIGINS));
                (first, latest)
            }
            _ => (b.meta.data_month.plus(1), b.meta.data_month),
        };
        Run {
            b,
            indicator,
            measure,
            horizon,
            percent: ind.is_some_and(|i| i.unit == Unit::Percent),
            breaks: ind.map_or(Vec::new(), |i| i.breaks.iter().map(|br| br.month).collect()),
            all,
            national: b.series(Area::National, indicator).map(|e| &e.series),
            origin,
            latest,
            cases: Vec::new(),
            years: None,
        }
    }

    /// Back-tests the next origin: the forecast of every municipality made with data up to it
    /// (the pooled season, region and country cut there too), against what followed. False
    /// when no origin was left.
    fn step(&mut self) -> bool {
        let origin = self.origin;
        if origin > self.latest {
            return false;
        }
        self.origin = origin.plus(1);
        let cut: Vec<_> = self.all.iter().map(|(_, s)| truncate(s, origin)).collect();
        let refs: Vec<&_> = cut.iter().collect();
        let profile = SeasonalProfile::pooled(&refs, &self.breaks, self.percent);
        let national_cut = self.national.map(|s| truncate(s, origin));
        let horizon_end = origin.plus(self.horizon);
        for ((m, full), own) in self.all.iter().zip(&cut) {
            // Only forecasts from the origin itself count (a series ending earlier would
            // forecast from another month).
            if own.last_observed() != Some(origin) {
                continue;
            }
            let region = self
                .b
                .municipalities
                .get(*m)
                .and_then(|x| self.b.series(Area::Region(x.region), self.indicator))
                .map(|e| truncate(&e.series, origin));
            let input = ForecastInput {
                own,
                season_prior: Some(&profile),
                region: region.as_ref(),
                national: national_cut.as_ref(),
                breaks: &self.breaks,
                outlook_change: 0.0,
                expected_change: None,
                percent: self.percent,
            };
            let Ok(f) = forecast(&input, horizon_end) else {
                continue;
            };
            if let Some(margin) = achieved_margin(self.measure, full, own, &f, horizon_end) {
                self.cases.push(Case {
                    municipality: *m,
                    origin,
                    margin,
                });
                let (y0, y1) = (origin.year(), horizon_end.year());
                self.years = Some(self.years.map_or((y0, y1), |(a, b)| (a.min(y0), b.max(y1))));
            }
        }
        true
    }
}

/// actual / forecast − 1 at `horizon_end` for `measure`: `full` holds the actuals, `own` the
/// history the forecast `f` was made from. `None` without an actual or a positive forecast.
fn achieved_margin(
    measure: Measure,
    full: &Series,
    own: &Series,
    f: &Forecast,
    horizon_end: Month,
) -> Option<f64> {
    let (actual, predicted) = match measure {
        Measure::Month(_) => (
            full.get(horizon_end),
            measure::value_at(own, Some(f), horizon_end),
        ),
        Measure::AnnualAverage => (
            measure::average(full, None, horizon_end),
            measure::average(own, Some(f), horizon_end),
        ),
    };
    let (a, p) = (actual?, predicted?);
    (p > 0.0).then(|| a / p - 1.0)
}

/// How often a margin was achieved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Count {
    /// Cases that achieved at least the margin.
    pub achieved: usize,
    /// All cases.
    pub cases: usize,
    /// Distinct municipalities behind the cases.
    pub municipalities: usize,
}

/// The realism of one target.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Realism {
    /// The margin over the forecast the target asks for (fraction).
    pub required_margin: f64,
    /// Among the other comparable municipalities.
    pub comparable: Count,
    /// Among all other municipalities.
    pub all: Count,
    /// True when the comparable group is too small to stand alone (the UI shows `all`).
    pub comparable_too_small: bool,
    /// The horizon the cases use.
    pub horizon: HorizonUsed,
    /// First and last year of the cases.
    pub years: Option<(i32, i32)>,
    /// How often the deciding group (comparable, or all when that is too small) reached its
    /// forecast at all: the news when even following the forecast is rarely achieved.
    pub at_forecast: Count,
    /// The target and the forecast the margin was taken from, in the indicator's unit.
    pub target: f64,
    /// See `target`.
    pub forecast: f64,
    /// Direction of improvement.
    pub better: Better,
}

/// Counts how often the other municipalities beat their forecast by at least
/// `target / forecast − 1`.
pub fn realism(
    history: &RealismHistory,
    municipality: usize,
    comparable: &[usize],
    target: f64,
    forecast: f64,
    better: Better,
) -> Option<Realism> {
    if !forecast.is_finite() || forecast <= 0.0 || !target.is_finite() {
        return None;
    }
    let required = target / forecast - 1.0;
    // A tiny tolerance so a target equal to the forecast counts cases that matched it.
    let achieved = |c: &Case, required: f64| match better {
        Better::Lower => c.margin <= required + 1e-12,
        Better::Higher => c.margin >= required - 1e-12,
    };
    let size = history
        .cases
        .iter()
        .map(|c| c.municipality + 1)
        .max()
        .unwrap_or(0)
        .max(municipality + 1);
    let mut in_group = vec![false; size];
    for &c in comparable {
        if let Some(slot) = in_group.get_mut(c) {
            *slot = true;
        }
    }
    let count = |only_group: bool, required: f64| {
        let mut seen = vec![false; size];
        let (mut k, mut n, mut munis) = (0, 0, 0);
        for c in &history.cases {
            let member = in_group.get(c.municipality).copied().unwrap_or(false);
            if c.municipality == municipality || (only_group && !member) {
                continue;
            }
            n += 1;
            if achieved(c, required) {
                k += 1;
            }
            if let Some(s) = seen.get_mut(c.municipality) {
                if !*s {
                    *s = true;
                    munis += 1;
                }
            }
        }
        Count {
            achieved: k,
            cases: n,
            municipalities: munis,
        }
    };
    let comparable_count = count(true, required);
    let all = count(false, required);
    let comparable_too_small = comparable_count.municipalities < MIN_COMPARABLE_MUNICIPALITIES;
    Some(Realism {
        required_margin: required,
        comparable: comparable_count,
        all,
        comparable_too_small,
        horizon: history.horizon,
        years: history.years,
        at_forecast: count(!comparable_too_small, 0.0),
        target,
        forecast,
        better,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(s: &str) -> Month {
        Month::parse(s).unwrap()
    }

    fn hist(margins: &[(usize, f64)]) -> RealismHistory {
        RealismHistory {
            cases: margins
                .iter()
                .map(|&(mu, margin)| Case {
                    municipality: mu,
                    origin: m("2023-01"),
                    margin,
                })
                .collect(),
            horizon: HorizonUsed::Target(17),
            years: Some((2023, 2024)),
        }
    }

    #[test]
    fn realism_counts_cases_that_beat_the_forecast_by_the_required_margin() {
        let h = hist(&[(1, -0.10), (2, -0.03), (3, 0.02), (4, -0.06), (0, -0.5)]);
        // Target 5 % below the forecast; fewer is better.
        let r = realism(&h, 0, &[1, 2], 95.0, 100.0, Better::Lower).unwrap();
        assert_eq!(
            (r.all.achieved, r.all.cases),
            (2, 4),
            "the municipality itself is left out"
        );
        assert_eq!((r.comparable.achieved, r.comparable.cases), (1, 2));
        assert!(r.comparable_too_small);
        let r = realism(&h, 0, &[1, 2], 100.0, 100.0, Better::Higher).unwrap();
        assert_eq!(r.all.achieved, 1);
    }

    #[test]
    fn realism_is_never_more_than_the_number_of_cases() {
        let h = hist(&[(1, -0.1), (2, 0.1), (3, 0.0)]);
        for target in [0.0, 50.0, 100.0, 150.0, 1e9] {
            for better in [Better::Lower, Better::Higher] {
                let r = realism(&h, 9, &[1, 2, 3], target, 100.0, better).unwrap();
                assert!(r.all.achieved <= r.all.cases && r.all.cases == 3);
            }
        }
        assert!(realism(&h, 0, &[], 1.0, 0.0, Better::Lower).is_none());
        assert!(realism(&h, 0, &[], f64::NAN, 1.0, Better::Lower).is_none());
    }
}
