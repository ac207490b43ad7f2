//! Rolling-origin back-test of forecasting methods on a panel of municipalities.
//!
//! Responsibility: for one indicator, cut every series at each origin month, forecast with each
//! method using only data up to that origin (the pooled seasonal profile, region and national
//! series are cut too), and score the forecasts against the actuals that followed.
//!
//! Scores (all unit-free):
//! * MASE per case (one series × one origin) = mean absolute error over the horizons
//!   1..=`max_horizon` that have an actual, divided by the in-sample MAE of the seasonal naive
//!   forecast (lag 12) on the training part. When the training part has fewer than 12 lag-12
//!   pairs (e.g. `langtidsledige`, 24 months in all), the in-sample MAE of the lag-1 naive
//!   forecast is used instead, and the case is counted in [`Score::lag1_scaled`]. Cases whose
//!   scale is 0 are skipped. `mean_mase` is the mean over cases.
//! * coverage80 / coverage95: share of actual values (all horizons) inside the intervals.
//!
//! Only cases where every method returned a forecast are scored, so methods are compared on the
//! same cases; failures are counted per method.

mod levels;

pub use levels::{recent_share, rolling_origin_levels, LevelScores, Variant, SHARE_MONTHS};

use super::baseline::{Area, Baseline, Frequency, Unit};
use super::forecast::{Forecast, ForecastError, ForecastInput, SeasonalProfile};
use super::forecasts::RECONCILIATION;
use super::month::Month;
use super::reconcile::Reconciliation;
use super::series::Series;

/// All municipalities' series of one indicator, with their context.
#[derive(Debug, Clone, Copy)]
pub struct Panel<'a> {
    /// Indicator name, for the report.
    pub indicator: &'a str,
    /// One series per municipality.
    pub series: &'a [Series],
    /// Index into `regions` for each series (`None` when unknown).
    pub region_of: &'a [Option<usize>],
    /// Region aggregates.
    pub regions: &'a [Series],
    /// National aggregate.
    pub national: Option<&'a Series>,
    /// Breaks recorded for this indicator.
    pub breaks: &'a [Month],
    /// Values are percentages.
    pub percent: bool,
}

/// Which origins and horizons to evaluate.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BacktestConfig {
    /// Months of history (from the panel's first month) before the first origin.
    pub min_train: usize,
    /// Longest horizon scored (months).
    pub max_horizon: usize,
}

impl Default for BacktestConfig {
    fn default() -> BacktestConfig {
        BacktestConfig {
            min_train: 24,
            max_horizon: 12,
        }
    }
}

/// A forecasting method under test: a name and a function of the input and the horizon end.
pub type Method<'m> = (
    &'m str,
    &'m dyn Fn(&ForecastInput, Month) -> Result<Forecast, ForecastError>,
);

/// The scores of one method on one indicator.
#[derive(Debug, Clone, PartialEq)]
pub struct Score {
    /// Method name.
    pub method: String,
    /// Cases scored (series × origin).
    pub cases: usize,
    /// Actual values scored (cases × horizons with an actual).
    pub points: usize,
    /// Mean MASE over cases.
    pub mean_mase: f64,
    /// Share of actuals inside the 80 % interval.
    pub coverage80: f64,
    /// Share of actuals inside the 95 % interval.
    pub coverage95: f64,
    /// Mean absolute scaled error per horizon (index 0 = 1 month ahead).
    pub by_horizon: Vec<f64>,
    /// Share of actuals inside the 80 % interval per horizon (index 0 = 1 month ahead).
    pub coverage80_by_horizon: Vec<f64>,
    /// Share of actuals inside the 95 % interval per horizon (index 0 = 1 month ahead).
    pub coverage95_by_horizon: Vec<f64>,
    /// Actual values scored per horizon (index 0 = 1 month ahead).
    pub points_by_horizon: Vec<usize>,
    /// Cases where this method returned an error (not scored for any method).
    pub failures: usize,
    /// Scored cases scaled by the lag-1 naive MAE (too short for lag 12).
    pub lag1_scaled: usize,
}

/// The series cut after `origin` (months after it removed).
pub fn truncate(s: &Series, origin: Month) -> Series {
    let keep = s.start().months_until(origin) + 1;
    let keep = keep.clamp(0, s.len() as i32) as usize;
    Series::new(s.start(), s.values().get(..keep).unwrap_or(&[]).to_vec())
}

/// In-sample naive MAE with lag `lag`, and the number of pairs used.
fn naive_mae(s: &Series, lag: i32) -> (f64, usize) {
    let mut sum = 0.0;
    let mut n = 0;
    for (m, v) in s.iter() {
        if let (Some(v), Some(w)) = (v, s.get(m.plus(-lag))) {
            sum += (v - w).abs();
            n += 1;
        }
    }
    if n == 0 {
        (0.0, 0)
    } else {
        (sum / n as f64, n)
    }
}

/// Runs the rolling-origin evaluation of `methods` on `panel`: every origin from `min_train`
/// months after the panel's first month to the month before its last observation.
pub fn rolling_origin(panel: &Panel, cfg: &BacktestConfig, methods: &[Method]) -> Vec<Score> {
    let (Some(first), Some(last)) = (
        panel.series.iter().map(Series::start).min(),
        panel.series.iter().filter_map(Series::last_observed).max(),
    ) else {
        return Vec::new();
    };
    let mut tally = Tally::new(methods.len(), cfg.max_horizon);
    let mut origin = first.plus(cfg.min_train as i32 - 1);
    while origin < last {
        let cut = PanelCut::at(panel, origin);
        let end = origin.plus(cfg.max_horizon as i32).min(last);
        for (i, (own, full)) in cut.series.iter().zip(panel.series).enumerate() {
            if own.get(origin).is_none() {
                continue;
            }
            let input = cut.input(panel, i);
            let results: Vec<Result<Forecast, ForecastError>> =
                methods.iter().map(|(_, f)| f(&input, end)).collect();
            tally.case(&results, own, full, origin, end);
        }
        origin = origin.plus(1);
    }
    let names: Vec<&str> = methods.iter().map(|(n, _)| *n).collect();
    tally.scores(&names)
}

/// The panel as it was known at one origin: every series cut after it, and the pooled seasonal
/// profile of the cut series.
pub(super) struct PanelCut {
    pub(super) series: Vec<Series>,
    pub(super) prior: SeasonalProfile,
    pub(super) regions: Vec<Series>,
    pub(super) national: Option<Series>,
}

impl PanelCut {
    pub(super) fn at(panel: &Panel, origin: Month) -> PanelCut {
        let series: Vec<Series> = panel.series.iter().map(|s| truncate(s, origin)).collect();
        let refs: Vec<&Series> = series.iter().collect();
        let prior = SeasonalProfile::pooled(&refs, panel.breaks, panel.percent);
        let regions: Vec<Series> = panel.regions.iter().map(|s| truncate(s, origin)).collect();
        let national = panel.national.map(|s| truncate(s, origin));
        PanelCut {
            series,
            prior,
            regions,
            national,
        }
    }

    /// The forecast input of the `i`-th series (no outlook, no expected change).
    pub(super) fn input<'a>(&'a self, panel: &'a Panel, i: usize) -> ForecastInput<'a> {
        ForecastInput {
            own: &self.series[i],
            season_prior: Some(&self.prior),
            region: panel
                .region_of
                .get(i)
                .copied()
                .flatten()
                .and_then(|r| self.regions.get(r)),
            national: self.national.as_ref(),
            breaks: panel.breaks,
            outlook_change: 0.0,
            expected_change: None,
            percent: panel.percent,
        }
    }
}

/// The running sums behind [`Score`], per method (index `j`) and horizon (index `h − 1`).
pub(super) struct Tally {
    sum_mase: Vec<f64>,
    in80: Vec<usize>,
    in95: Vec<usize>,
    h_sum: Vec<Vec<f64>>,
    h_in80: Vec<Vec<usize>>,
    h_in95: Vec<Vec<usize>>,
    h_n: Vec<usize>,
    failures: Vec<usize>,
    cases: usize,
    points: usize,
    lag1: usize,
}

impl Tally {
    pub(super) fn new(methods: usize, max_horizon: usize) -> Tally {
        Tally {
            sum_mase: vec![0.0; methods],
            in80: vec![0; methods],
            in95: vec![0; methods],
            h_sum: vec![vec![0.0; max_horizon]; methods],
            h_in80: vec![vec![0; max_horizon]; methods],
            h_in95: vec![vec![0; max_horizon]; methods],
            h_n: vec![0; max_horizon],
            failures: vec![0; methods],
            cases: 0,
            points: 0,
            lag1: 0,
        }
    }

    /// Scores one case (the series `own` cut at `origin`, its full history `full`) when every
    /// method gave a forecast, the MASE scale is positive and some actual up to `end` exists.
    pub(super) fn case(
        &mut self,
        results: &[Result<Forecast, ForecastError>],
        own: &Series,
        full: &Series,
        origin: Month,
        end: Month,
    ) {
        let mut all_ok = true;
        for (j, r) in results.iter().enumerate() {
            if r.is_err() {
                self.failures[j] += 1;
                all_ok = false;
            }
        }
        if !all_ok {
            return;
        }
        let (s12, n12) = naive_mae(own, 12);
        let (scale, is_lag1) = if n12 >= 12 {
            (s12, false)
        } else {
            (naive_mae(own, 1).0, true)
        };
        if scale.is_nan() || scale <= 0.0 {
            return;
        }
        let actuals: Vec<(usize, f64)> = (1..=self.h_n.len())
            .filter_map(|h| full.get(origin.plus(h as i32)).map(|a| (h, a)))
            .filter(|(h, _)| origin.plus(*h as i32) <= end)
            .collect();
        if actuals.is_empty() {
            return;
        }
        self.cases += 1;
        self.points += actuals.len();
        if is_lag1 {
            self.lag1 += 1;
        }
        for &(h, _) in &actuals {
            if let Some(c) = self.h_n.get_mut(h - 1) {
                *c += 1;
            }
        }
        for (j, r) in results.iter().enumerate() {
            if let Ok(f) = r {
                self.method_case(j, f, &actuals, origin, scale);
            }
        }
    }

    /// Adds method `j`'s scaled errors and interval hits on one case's `actuals`.
    fn method_case(
        &mut self,
        j: usize,
        f: &Forecast,
        actuals: &[(usize, f64)],
        origin: Month,
        scale: f64,
    ) {
        let mut abs = 0.0;
        for &(h, a) in actuals {
            let idx = f.start.months_until(origin.plus(h as i32));
            let idx = idx.max(0) as usize;
            let (Some(c), Some(l8), Some(u8), Some(l9), Some(u9)) = (
                f.mean.get(idx),
                f.lo80.get(idx),
                f.hi80.get(idx),
                f.lo95.get(idx),
                f.hi95.get(idx),
            ) else {
                continue;
            };
            let e = (a - c).abs() / scale;
            abs += e;
            if let Some(hs) = self.h_sum.get_mut(j).and_then(|v| v.get_mut(h - 1)) {
                *hs += e;
            }
            if a >= *l8 && a <= *u8 {
                self.in80[j] += 1;
                if let Some(c) = self.h_in80.get_mut(j).and_then(|v| v.get_mut(h - 1)) {
                    *c += 1;
                }
            }
            if a >= *l9 && a <= *u9 {
                self.in95[j] += 1;
                if let Some(c) = self.h_in95.get_mut(j).and_then(|v| v.get_mut(h - 1)) {
                    *c += 1;
                }
            }
        }
        self.sum_mase[j] += abs / actuals.len() as f64;
    }

    /// The scores of each method, in the order of `methods`.
    pub(super) fn scores(&self, names: &[&str]) -> Vec<Score> {
        let div = |a: f64, b: usize| if b == 0 { f64::NAN } else { a / b as f64 };
        let shares = |hits: &[usize]| -> Vec<f64> {
            hits.iter()
                .zip(&self.h_n)
                .map(|(k, n)| div(*k as f64, *n))
                .collect()
        };
        names
            .iter()
            .enumerate()
            .map(|(j, name)| Score {
                method: (*name).to_string(),
                cases: self.cases,
                points: self.points,
                mean_mase: div(self.sum_mase[j], self.cases),
                coverage80: div(self.in80[j] as f64, self.points),
                coverage95: div(self.in95[j] as f64, self.points),
                by_horizon: self.h_sum[j]
                    .iter()
                    .zip(&self.h_n)
                    .map(|(s, n)| div(*s, *n))
                    .collect(),
                coverage80_by_horizon: shares(&self.h_in80[j]),
                coverage95_by_horizon: shares(&self.h_in95[j]),
                points_by_horizon: self.h_n.clone(),
                failures: self.failures[j],
                lag1_scaled: self.lag1,
            })
            .collect()
    }
}

/// The back-test scores of one indicator at every level.
#[derive(Debug, Clone)]
pub struct IndicatorScores {
    /// Indicator id.
    pub indicator: String,
    /// Over the municipalities: `måltal` (the forecast the app shows: reconciled with
    /// [`RECONCILIATION`] for counts, the base forecast for percentages) first, `sæsonnaiv` and
    /// `andel` (the share forecast) among the rest; for counts also the base forecast and the
    /// other reconciliations.
    pub scores: Vec<Score>,
    /// The same variants over the regions' series.
    pub regions: Vec<Score>,
    /// The same variants over the national series.
    pub national: Vec<Score>,
}

/// The variants back-tested: for counts Måltal reconciled with [`RECONCILIATION`], the base forecast,
/// every reconciliation, the share forecast and the seasonal naive one; for percentages (which
/// Måltal does not reconcile) the base forecast, the share forecast and the seasonal naive one.
pub fn variants(percent: bool) -> Vec<(&'static str, Variant)> {
    let mut v = vec![(
        "måltal",
        if percent {
            Variant::Base
        } else {
            Variant::Reconciled(RECONCILIATION)
        },
    )];
    if !percent {
        v.extend([
            ("basis", Variant::Base),
            ("bund-op", Variant::Reconciled(Reconciliation::BottomUp)),
            (
                "wls-struktur",
                Variant::Reconciled(Reconciliation::WlsStructural),
            ),
            (
                "wls-varians",
                Variant::Reconciled(Reconciliation::WlsVariance),
            ),
            (
                "mint-shrink",
                Variant::Reconciled(Reconciliation::MintShrink),
            ),
        ]);
    }
    v.extend([
        ("andel", Variant::Share),
        ("sæsonnaiv", Variant::SeasonalNaive),
    ]);
    v
}

/// Back-tests every monthly indicator of `b` at every level (municipalities, regions, the
/// country): the [`variants`] up to 12 months ahead, with at least 24 months of training data
/// (12 where the shortest series has fewer than 36 months).
pub fn backtest_baseline(b: &Baseline) -> Vec<IndicatorScores> {
    let mut out = Vec::new();
    for (i, ind) in b.indicators.iter().enumerate() {
        if ind.frequency != Frequency::Monthly {
            continue;
        }
        let munis: Vec<usize> = (0..b.municipalities.len())
            .filter(|&m| b.series(Area::Municipality(m), i).is_some())
            .collect();
        let series: Vec<Series> = munis
            .iter()
            .filter_map(|&m| b.series(Area::Municipality(m), i).map(|e| e.series.clone()))
            .collect();
        let regions: Vec<Series> = (0..b.regions.len())
            .map(|r| {
                b.series(Area::Region(r), i)
                    .map(|e| e.series.clone())
                    .unwrap_or_else(|| Series::new(b.meta.data_month, Vec::new()))
            })
            .collect();
        let region_of: Vec<Option<usize>> = munis
            .iter()
            .map(|&m| b.municipalities.get(m).map(|x| x.region))
            .collect();
        let breaks: Vec<_> = ind.breaks.iter().map(|x| x.month).collect();
        let shortest = series.iter().map(Series::len).min().unwrap_or(0);
        let cfg = BacktestConfig {
            min_train: if shortest >= 36 { 24 } else { 12 },
            max_horizon: 12,
        };
        let percent = ind.unit == Unit::Percent;
        let panel = Panel {
            indicator: &ind.id,
            series: &series,
            region_of: &region_of,
            regions: &regions,
            national: b.series(Area::National, i).map(|e| &e.series),
            breaks: &breaks,
            percent,
        };
        let levels = rolling_origin_levels(&panel, &cfg, &variants(percent));
        out.push(IndicatorScores {
            indicator: ind.id.clone(),
            scores: levels.municipalities,
            regions: levels.regions,
            national: levels.national,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::forecast::{forecast, seasonal_naive};
    use super::*;

    fn m(s: &str) -> Month {
        Month::parse(s).unwrap()
    }

    fn panel_series() -> Vec<Series> {
        (0..6)
            .map(|k| {
                let start = m("2021-08");
                let vals = (0..48)
                    .map(|i| {
                        let s = start.plus(i).season() as f64;
                        let season = 0.2 * (std::f64::consts::TAU * s / 12.0).cos();
                        let wiggle = (((i * 7 + k * 13) % 11) as f64 - 5.0) * 0.01;
                        Some(
                            (200.0 * (k + 1) as f64 * (season + wiggle + 0.004 * i as f64).exp())
                                .round(),
                        )
                    })
                    .collect();
                Series::new(start, vals)
            })
            .collect()
    }

    #[test]
    fn truncation_keeps_months_up_to_the_origin() {
        let s = Series::new(m("2021-08"), vec![Some(1.0); 10]);
        assert_eq!(truncate(&s, m("2021-10")).len(), 3);
        assert_eq!(truncate(&s, m("2021-01")).len(), 0);
        assert_eq!(truncate(&s, m("2030-01")).len(), 10);
    }

    #[test]
    fn seasonal_naive_scores_a_pure_seasonal_series_perfectly_and_the_model_is_scored_on_the_same_cases(
    ) {
        let series = panel_series();
        let region_of = vec![None; series.len()];
        let panel = Panel {
            indicator: "test",
            series: &series,
            region_of: &region_of,
            regions: &[],
            national: None,
            breaks: &[],
            percent: false,
        };
        let naive = |i: &ForecastInput, e: Month| seasonal_naive(i, e);
        let model = |i: &ForecastInput, e: Month| forecast(i, e);
        let scores = rolling_origin(
            &panel,
            &BacktestConfig::default(),
            &[("naive", &naive), ("model", &model)],
        );
        assert_eq!(scores.len(), 2);
        assert_eq!(scores[0].cases, scores[1].cases);
        assert!(scores[0].cases > 0);
        for s in &scores {
            assert!(s.mean_mase.is_finite() && s.mean_mase >= 0.0);
            assert!((0.0..=1.0).contains(&s.coverage80));
            assert!(s.coverage95 >= s.coverage80);
            assert_eq!(s.by_horizon.len(), 12);
        }
    }

    #[test]
    fn an_empty_panel_gives_no_scores_and_does_not_panic() {
        let panel = Panel {
            indicator: "empty",
            series: &[],
            region_of: &[],
            regions: &[],
            national: None,
            breaks: &[],
            percent: false,
        };
        let naive = |i: &ForecastInput, e: Month| seasonal_naive(i, e);
        assert!(
            rolling_origin(&panel, &BacktestConfig::default(), &[("naive", &naive)]).is_empty()
        );
    }
}
