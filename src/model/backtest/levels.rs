//! The back-test at every level: municipalities, regions and the country, with the forecasts
//! made coherent or not, and the benchmarks an analyst would otherwise use.
//!
//! At each origin every series of the tree (the country, the regions, the municipalities) is
//! cut, forecast on its own (Måltal's base forecast), and then turned into each [`Variant`]:
//! the base forecasts as they are, reconciled by one of the [`Reconciliation`] methods, the
//! STAR-style share forecast (the national forecast distributed by each area's share of the
//! country in the 12 months up to the origin), or the seasonal naive forecast. Each level is
//! scored on its own, on the same cases for every variant, with the scores of the parent module.

use super::super::forecast::{
    forecast_with_errors, seasonal_naive, Forecast, ForecastError, ForecastInput, OneStepErrors,
};
use super::super::month::Month;
use super::super::reconcile::{reconcile_with_errors, Node, Reconciliation};
use super::super::series::Series;
use super::{BacktestConfig, Panel, PanelCut, Score, Tally};

/// Months up to the origin over which an area's share of the country is averaged.
pub const SHARE_MONTHS: i32 = 12;

/// How one forecast of the back-test is made from the tree's series.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Variant {
    /// Måltal's forecast of each series on its own (not coherent).
    Base,
    /// Måltal's base forecasts of the whole tree, reconciled.
    Reconciled(Reconciliation),
    /// The national base forecast times the area's share of the country over the
    /// [`SHARE_MONTHS`] months up to the origin (STAR's kommunefremskrivning in kind).
    Share,
    /// The seasonal naive forecast.
    SeasonalNaive,
}

/// The scores of each variant at each level, in the order of the variants.
#[derive(Debug, Clone, PartialEq)]
pub struct LevelScores {
    /// Over the municipalities' series.
    pub municipalities: Vec<Score>,
    /// Over the regions' series.
    pub regions: Vec<Score>,
    /// Over the national series.
    pub national: Vec<Score>,
}

/// The tree's nodes in one order: 0 the country, `1..=R` the regions, then the municipalities.
struct Layout {
    regions: usize,
    municipalities: usize,
}

impl Layout {
    fn of(panel: &Panel) -> Layout {
        Layout {
            regions: panel.regions.len(),
            municipalities: panel.series.len(),
        }
    }
    fn len(&self) -> usize {
        1 + self.regions + self.municipalities
    }
    fn parent(&self, panel: &Panel, node: usize) -> Option<usize> {
        match node {
            0 => None,
            n if n <= self.regions => Some(0),
            n => match panel.region_of.get(n - 1 - self.regions).copied().flatten() {
                Some(r) if r < self.regions => Some(1 + r),
                _ => Some(0),
            },
        }
    }
    /// The node's series: (cut at the origin, full).
    fn series<'a>(
        &self,
        panel: &'a Panel,
        cut: &'a PanelCut,
        node: usize,
    ) -> Option<(&'a Series, &'a Series)> {
        match node {
            0 => cut.national.as_ref().zip(panel.national),
            n if n <= self.regions => cut.regions.get(n - 1).zip(panel.regions.get(n - 1)),
            n => {
                let i = n - 1 - self.regions;
                cut.series.get(i).zip(panel.series.get(i))
            }
        }
    }
    /// The node's forecast input (no outlook, no expected change), as `Forecasts` builds it.
    fn input<'a>(
        &self,
        panel: &'a Panel,
        cut: &'a PanelCut,
        node: usize,
    ) -> Option<ForecastInput<'a>> {
        if node > self.regions {
            return Some(cut.input(panel, node - 1 - self.regions));
        }
        let (own, _) = self.series(panel, cut, node)?;
        Some(ForecastInput {
            own,
            season_prior: Some(&cut.prior),
            region: None,
            national: if node == 0 {
                None
            } else {
                cut.national.as_ref()
            },
            breaks: panel.breaks,
            outlook_change: 0.0,
            expected_change: None,
            percent: panel.percent,
        })
    }
}

/// Runs the rolling-origin back-test of `variants` at every level of `panel`'s tree.
pub fn rolling_origin_levels(
    panel: &Panel,
    cfg: &BacktestConfig,
    variants: &[(&str, Variant)],
) -> LevelScores {
    let names: Vec<&str> = variants.iter().map(|(n, _)| *n).collect();
    let (Some(first), Some(last)) = (
        panel.series.iter().map(Series::start).min(),
        panel.series.iter().filter_map(Series::last_observed).max(),
    ) else {
        return LevelScores {
            municipalities: Vec::new(),
            regions: Vec::new(),
            national: Vec::new(),
        };
    };
    let layout = Layout::of(panel);
    let mut tallies: [Tally; 3] =
        std::array::from_fn(|_| Tally::new(variants.len(), cfg.max_horizon));
    let mut origin = first.plus(cfg.min_train as i32 - 1);
    while origin < last {
        let cut = PanelCut::at(panel, origin);
        let end = origin.plus(cfg.max_horizon as i32).min(last);
        let results = forecasts_at(panel, &cut, &layout, end, variants);
        for (node, per_variant) in results.iter().enumerate() {
            let Some((own, full)) = layout.series(panel, &cut, node) else {
                continue;
            };
            if own.get(origin).is_none() {
                continue;
            }
            let level = match node {
                0 => 2,
                n if n <= layout.regions => 1,
                _ => 0,
            };
            tallies[level].case(per_variant, own, full, origin, end);
        }
        origin = origin.plus(1);
    }
    let [m, r, n] = tallies;
    LevelScores {
        municipalities: m.scores(&names),
        regions: r.scores(&names),
        national: n.scores(&names),
    }
}

/// Every node's forecast under every variant at one origin: `[node][variant]`.
fn forecasts_at(
    panel: &Panel,
    cut: &PanelCut,
    layout: &Layout,
    end: Month,
    variants: &[(&str, Variant)],
) -> Vec<Vec<Result<Forecast, ForecastError>>> {
    let none = ForecastError::NotEnoughData {
        observed: 0,
        needed: super::super::forecast::MIN_OBSERVED,
    };
    let inputs: Vec<Option<ForecastInput>> = (0..layout.len())
        .map(|n| layout.input(panel, cut, n))
        .collect();
    let (base, errors): (
        Vec<Result<Forecast, ForecastError>>,
        Vec<Option<OneStepErrors>>,
    ) = inputs
        .iter()
        .map(|i| match i.as_ref().map(|i| forecast_with_errors(i, end)) {
            Some(Ok((f, e))) => (Ok(f), Some(e)),
            Some(Err(e)) => (Err(e), None),
            None => (Err(none.clone()), None),
        })
        .unzip();
    let mut out: Vec<Vec<Result<Forecast, ForecastError>>> =
        vec![Vec::with_capacity(variants.len()); layout.len()];
    for (_, variant) in variants {
        let column: Vec<Result<Forecast, ForecastError>> = match variant {
            Variant::Base => base.clone(),
            Variant::Reconciled(method) => reconciled(panel, layout, &base, &errors, *method),
            Variant::Share => (0..layout.len())
                .map(|n| share_forecast(panel, cut, layout, &base, n).ok_or(none.clone()))
                .collect(),
            Variant::SeasonalNaive => inputs
                .iter()
                .map(|i| {
                    i.as_ref()
                        .map_or(Err(none.clone()), |i| seasonal_naive(i, end))
                })
                .collect(),
        };
        for (node, r) in column.into_iter().enumerate() {
            out[node].push(r);
        }
    }
    out
}

/// The base forecasts reconciled with `method` (a node without a base forecast keeps its error).
fn reconciled(
    panel: &Panel,
    layout: &Layout,
    base: &[Result<Forecast, ForecastError>],
    errors: &[Option<OneStepErrors>],
    method: Reconciliation,
) -> Vec<Result<Forecast, ForecastError>> {
    let mut nodes: Vec<Node> = base
        .iter()
        .enumerate()
        .map(|(n, r)| Node {
            forecast: r.as_ref().ok().cloned(),
            parent: layout.parent(panel, n),
        })
        .collect();
    reconcile_with_errors(&mut nodes, method, errors);
    nodes
        .into_iter()
        .zip(base)
        .map(|(node, b)| match (node.forecast, b) {
            (Some(f), _) => Ok(f),
            (None, Err(e)) => Err(e.clone()),
            (None, Ok(f)) => Ok(f.clone()),
        })
        .collect()
}

/// The area's share of the country: the sum of its values over the [`SHARE_MONTHS`] months up to
/// the last month both have, divided by the country's sum over the same months.
pub fn recent_share(own: &Series, national: &Series) -> Option<f64> {
    let last = own.last_observed()?.min(national.last_observed()?);
    let (mut a, mut b) = (0.0, 0.0);
    for k in 0..SHARE_MONTHS {
        let month = last.plus(-k);
        if let (Some(x), Some(y)) = (own.get(month), national.get(month)) {
            a += x;
            b += y;
        }
    }
    (b > 0.0 && a.is_finite()).then(|| a / b)
}

/// The share forecast of node `n`: the national base forecast, every value times the share.
fn share_forecast(
    panel: &Panel,
    cut: &PanelCut,
    layout: &Layout,
    base: &[Result<Forecast, ForecastError>],
    n: usize,
) -> Option<Forecast> {
    let national = base.first()?.as_ref().ok()?;
    let (own, _) = layout.series(panel, cut, n)?;
    let share = recent_share(own, cut.national.as_ref()?)?;
    let mut f = national.clone();
    for v in f.values_mut() {
        for x in v.iter_mut() {
            *x *= share;
        }
    }
    Some(f)
}
