//! Forecasts for a whole baseline: every municipality, region and the country, for every
//! indicator a goal set uses, under one labour-market outlook. Computed once per
//! (baseline, goal set, outlook) and then only looked up, so moving a slider never re-forecasts.
//!
//! How the data's context enters each forecast (see `docs/method.md`): the seasonal pattern is
//! pooled over all municipalities of the indicator; the region's and the country's series are
//! passed along; breaks come from the indicator; the region's own expected development (if the
//! file has one for the plan year) anchors the municipality's and the region's path; the outlook's
//! relative change applies to count indicators where fewer is better (unemployment-type figures)
//! and leaves other indicators at the statistical forecast.
//!
//! For count indicators the forecasts are then reconciled ([`super::reconcile`]): every
//! region's forecast is the sum of its municipalities' and the country's the sum of the regions',
//! month by month. Percentages are not reconciled (a region's percentage is a weighted mean of
//! its municipalities', with weights that are themselves forecasts).

use std::collections::HashMap;

use super::baseline::{Area, Baseline, Better, Frequency, GoalSet, Outlook, Unit};
use super::forecast::{forecast, Forecast, ForecastError, ForecastInput, SeasonalProfile};
use super::month::Month;
use super::reconcile::{reconcile, Node, Reconciliation};

/// The reconciliation used for count indicators: chosen by the back-test at every level
/// (`docs/method.md` §2.1, `docs/decisions.md` D22).
pub const RECONCILIATION: Reconciliation = Reconciliation::WlsVariance;

/// The areas of a baseline as a tree for [`reconcile`]: the municipalities (each under its
/// region), the regions (under the country) and the country, in that order.
pub fn area_tree(b: &Baseline) -> Vec<(Area, Option<usize>)> {
    let munis = b.municipalities.len();
    let regions = b.regions.len();
    let national = munis + regions;
    let mut out: Vec<(Area, Option<usize>)> = b
        .municipalities
        .iter()
        .enumerate()
        .map(|(m, x)| {
            let parent = if x.region < regions {
                munis + x.region
            } else {
                national
            };
            (Area::Municipality(m), Some(parent))
        })
        .collect();
    out.extend((0..regions).map(|r| (Area::Region(r), Some(national))));
    out.push((Area::National, None));
    out
}

/// Makes indicator `i`'s forecasts of every area add up (municipalities → region → country)
/// with [`RECONCILIATION`]. An area without a forecast is left out of the sums: its members count
/// towards the next level up, and a region's forecast then sums the members that have one.
fn reconcile_indicator(
    b: &Baseline,
    i: usize,
    forecasts: &mut HashMap<(Area, usize), Result<Forecast, ForecastError>>,
) {
    let tree = area_tree(b);
    let mut nodes: Vec<Node> = tree
        .iter()
        .map(|&(area, parent)| Node {
            forecast: match forecasts.get_mut(&(area, i)) {
                Some(Ok(f)) => Some(std::mem::replace(f, empty_forecast(f.start))),
                _ => None,
            },
            parent,
        })
        .collect();
    reconcile(&mut nodes, RECONCILIATION);
    for ((area, _), node) in tree.iter().zip(nodes) {
        if let (Some(f), Some(Ok(slot))) = (node.forecast, forecasts.get_mut(&(*area, i))) {
            *slot = f;
        }
    }
}

/// A placeholder while a forecast is being reconciled.
fn empty_forecast(start: Month) -> Forecast {
    Forecast {
        start,
        mean: Vec::new(),
        lo80: Vec::new(),
        hi80: Vec::new(),
        lo95: Vec::new(),
        hi95: Vec::new(),
        flags: Vec::new(),
    }
}

/// All forecasts for one baseline, list of goals and outlook.
#[derive(Debug, Clone)]
pub struct Forecasts {
    /// Last month of every forecast.
    pub horizon_end: Month,
    /// The first plan year of the goals (a region's expected development for it anchors the
    /// forecast).
    pub plan_year: i32,
    /// Relative change applied for the outlook (0 for none).
    pub outlook_change: f64,
    forecasts: HashMap<(Area, usize), Result<Forecast, ForecastError>>,
    profiles: HashMap<usize, SeasonalProfile>,
}

/// The month a forecast must reach: December of the plan year, and at least December of the year
/// after the data's last month (the horizon the issue asks for).
pub fn horizon_end(data_month: Month, plan_year: i32) -> Month {
    let year = plan_year.max(data_month.year() + 1);
    Month::new(year, 12).unwrap_or(data_month.plus(17))
}

/// The relative change an outlook implies for an indicator (0 where the outlook does not apply).
pub fn outlook_change_for(outlook: Option<&Outlook>, unit: Unit, better: Better) -> f64 {
    match outlook {
        Some(o) if unit.is_count() && better == Better::Lower => o.relative_change,
        _ => 0.0,
    }
}

impl Forecasts {
    /// Forecasts every area for every monthly indicator of `goal_set`, to December of its last
    /// target year.
    pub fn compute(b: &Baseline, goal_set: &GoalSet, outlook: Option<&Outlook>) -> Forecasts {
        let last_year = goal_set
            .goals
            .iter()
            .map(|g| g.target_year)
            .fold(goal_set.plan_year, i32::max);
        let horizon_end = horizon_end(b.meta.data_month, last_year);
        let indicators: Vec<usize> = goal_set.goals.iter().map(|g| g.indicator).collect();
        Forecasts::compute_for(b, goal_set.plan_year, &indicators, outlook, horizon_end)
    }

    /// Forecasts every area for the given monthly indicators to `horizon_end`, using the
    /// region's expected development for `plan_year` where the file has one. The data tool's
    /// `forecast` command uses this directly, so it shows what the app shows.
    pub fn compute_for(
        b: &Baseline,
        plan_year: i32,
        indicators: &[usize],
        outlook: Option<&Outlook>,
        horizon_end: Month,
    ) -> Forecasts {
        let mut indicators = indicators.to_vec();
        indicators.sort_unstable();
        indicators.dedup();
        let mut forecasts = HashMap::new();
        let mut profiles = HashMap::new();
        let areas: Vec<Area> = area_tree(b).into_iter().map(|(a, _)| a).collect();
        for &i in &indicators {
            let Some(ind) = b.indicators.get(i) else {
                continue;
            };
            if ind.frequency != Frequency::Monthly {
                continue;
            }
            let percent = ind.unit == Unit::Percent;
            let breaks: Vec<Month> = ind.breaks.iter().map(|br| br.month).collect();
            let own_series: Vec<&_> = (0..b.municipalities.len())
                .filter_map(|m| b.series(Area::Municipality(m), i).map(|e| &e.series))
                .collect();
            let profile = SeasonalProfile::pooled(&own_series, &breaks, percent);
            let change = outlook_change_for(outlook, ind.unit, ind.better);
            let national = b.series(Area::National, i).map(|e| &e.series);
            for &area in &areas {
                let Some(own) = b.series(area, i).map(|e| &e.series) else {
                    continue;
                };
                let region_index = match area {
                    Area::Municipality(m) => b.municipalities.get(m).map(|x| x.region),
                    Area::Region(r) => Some(r),
                    Area::National => None,
                };
                let region = match area {
                    Area::Municipality(_) => {
                        region_index.and_then(|r| b.series(Area::Region(r), i).map(|e| &e.series))
                    }
                    _ => None,
                };
                let expected = region_index.and_then(|r| {
                    b.expected
                        .iter()
                        .find(|e| e.region == r && e.indicator == i && e.plan_year == plan_year)
                        .map(|e| (e.plan_year, e.relative_change))
                });
                let input = ForecastInput {
                    own,
                    season_prior: Some(&profile),
                    region,
                    national: if area == Area::National {
                        None
                    } else {
                        national
                    },
                    breaks: &breaks,
                    outlook_change: change,
                    expected_change: expected,
                    percent,
                };
                forecasts.insert((area, i), forecast(&input, horizon_end));
            }
            if !percent {
                reconcile_indicator(b, i, &mut forecasts);
            }
            profiles.insert(i, profile);
        }
        Forecasts {
            horizon_end,
            plan_year,
            outlook_change: outlook.map_or(0.0, |o| o.relative_change),
            forecasts,
            profiles,
        }
    }

    /// The forecast of an area's indicator, or why there is none (`None` when the file has no
    /// such series or the indicator is not in the goal set).
    pub fn get(&self, area: Area, indicator: usize) -> Option<&Result<Forecast, ForecastError>> {
        self.forecasts.get(&(area, indicator))
    }

    /// The forecast, if one was made.
    pub fn forecast(&self, area: Area, indicator: usize) -> Option<&Forecast> {
        self.get(area, indicator).and_then(|r| r.as_ref().ok())
    }

    /// The pooled seasonal profile of an indicator.
    pub fn profile(&self, indicator: usize) -> Option<&SeasonalProfile> {
        self.profiles.get(&indicator)
    }
}
