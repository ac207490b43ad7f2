//! The planner: one call per goal that gives everything a goal card, the CLI and the exports
//! show — base, prognosis, presets, the target in four expressions, the kravforløb, realism and
//! the comparable municipalities' prognosed changes.
//!
//! [`Planner::new`] does the expensive part once per (baseline, goal set, outlook): every
//! forecast and the realism back-test. [`Planner::plan`] is then cheap enough for every slider
//! move.

use std::collections::HashMap;
use std::sync::Arc;

use super::ambition::{
    express, preset_change, relative, resolve, Ambition, AmbitionError, Expressions, Preset,
    PresetInputs,
};
use super::baseline::{Area, Baseline, Goal, GoalSet, Unit};
use super::forecast::{seasonal_factors, ForecastError, ForecastInput};
use super::kravforloeb::{follow_up, required_path, FollowUp, Kravforloeb, PathError, PathShape};
use super::measure::{self, Base};
use super::month::Month;
use super::prognosis::Prognoses;
use super::realism::{self, Realism, RealismHistory};

/// Forecasts and realism histories for one baseline, goal set and outlook.
#[derive(Debug, Clone)]
pub struct Planner {
    /// Index of the goal set in the baseline.
    pub goal_set: usize,
    /// Index of the outlook in the baseline (`None`: no outlook adjustment).
    pub outlook: Option<usize>,
    /// All forecasts.
    pub prognoses: Prognoses,
    realism: Arc<Vec<RealismHistory>>,
    /// (base, prognosis, prognosed relative change) per area and goal, computed once.
    measures: HashMap<(Area, usize), Result<AreaMeasure, PlanError>>,
}

/// What presets are computed from, with the base and the peers' (index, prognosed change).
pub type PresetContext = (PresetInputs, Base, Vec<(usize, f64)>);

/// A goal's measure for one area: its base, its prognosis for the plan year and the prognosed
/// relative change.
pub type AreaMeasure = (Base, Option<f64>, Option<f64>);

/// Why a goal could not be planned.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum PlanError {
    /// The goal set, goal or municipality does not exist.
    #[error("{0} findes ikke i datafilen")]
    Unknown(String),
    /// The municipality has no observed value of the goal's measure.
    #[error("kommunen har ingen tal for målet")]
    NoBase,
    /// No forecast (e.g. too little data).
    #[error("{0}")]
    Forecast(ForecastError),
    /// The target could not be resolved.
    #[error("{0}")]
    Ambition(AmbitionError),
    /// The path could not be made.
    #[error("{0}")]
    Path(PathError),
}

/// Everything about one goal for one municipality and one ambition.
#[derive(Debug, Clone, PartialEq)]
pub struct GoalPlan {
    /// Municipality index.
    pub municipality: usize,
    /// Goal index within the goal set.
    pub goal: usize,
    /// The base.
    pub base: Base,
    /// The month the target refers to.
    pub target_month: Month,
    /// The prognosis of the measure in the plan year (`None` without a forecast).
    pub prognosis: Option<f64>,
    /// Every preset's target figure (or why it is unavailable).
    pub presets: Vec<(Preset, Result<f64, AmbitionError>)>,
    /// The chosen ambition and the target it gives.
    pub ambition: Ambition,
    /// The target expressed four ways.
    pub target: Expressions,
    /// The kravforløb from the latest actual to the target.
    pub path: Result<Kravforloeb, PathError>,
    /// How often such a margin over the prognosis was achieved.
    pub realism: Option<Realism>,
    /// Other comparable municipalities' prognosed relative changes.
    pub peer_changes: Vec<(usize, f64)>,
    /// Reasonable slider range (low, high) in the indicator's unit.
    pub range: (f64, f64),
    /// This year's actual months against the path from last December (resultatopfølgning).
    pub follow_up: Vec<FollowUp>,
}

impl Planner {
    /// Forecasts every area and back-tests realism for every goal of `goal_set`.
    ///
    /// # Errors
    /// [`PlanError::Unknown`] when the goal set or outlook index does not exist.
    pub fn new(
        b: &Baseline,
        goal_set: usize,
        outlook: Option<usize>,
    ) -> Result<Planner, PlanError> {
        let realism = Arc::new(realism_histories(b, goal_set)?);
        Planner::with_realism(b, goal_set, outlook, realism)
    }

    /// As [`Planner::new`], reusing realism histories made by [`realism_histories`] for the same
    /// baseline and goal set (they do not depend on the outlook, so switching outlook is cheap).
    ///
    /// # Errors
    /// [`PlanError::Unknown`] when the goal set or outlook index does not exist.
    pub fn with_realism(
        b: &Baseline,
        goal_set: usize,
        outlook: Option<usize>,
        realism: Arc<Vec<RealismHistory>>,
    ) -> Result<Planner, PlanError> {
        let gs = b
            .goal_sets
            .get(goal_set)
            .ok_or_else(|| PlanError::Unknown("målsættet".into()))?;
        let out = match outlook {
            Some(o) => Some(
                b.outlooks
                    .get(o)
                    .ok_or_else(|| PlanError::Unknown("konjunkturscenariet".into()))?,
            ),
            None => None,
        };
        let prognoses = Prognoses::compute(b, gs, out);
        let areas = (0..b.municipalities.len())
            .map(Area::Municipality)
            .chain((0..b.regions.len()).map(Area::Region))
            .chain(std::iter::once(Area::National));
        let mut measures = HashMap::new();
        for area in areas {
            for (gi, g) in gs.goals.iter().enumerate() {
                measures.insert((area, gi), area_measure(b, &prognoses, g, area));
            }
        }
        Ok(Planner {
            goal_set,
            outlook,
            prognoses,
            realism,
            measures,
        })
    }

    fn goal_set<'b>(&self, b: &'b Baseline) -> Result<&'b GoalSet, PlanError> {
        b.goal_sets
            .get(self.goal_set)
            .ok_or_else(|| PlanError::Unknown("målsættet".into()))
    }

    fn goal<'b>(&self, b: &'b Baseline, goal: usize) -> Result<&'b Goal, PlanError> {
        self.goal_set(b)?
            .goals
            .get(goal)
            .ok_or_else(|| PlanError::Unknown("målet".into()))
    }

    /// Base, prognosis and prognosed relative change of a goal's measure for an area.
    ///
    /// # Errors
    /// [`PlanError::NoBase`] when the area has no figures for the goal; [`PlanError::Unknown`]
    /// for an area or goal the planner was not made for.
    pub fn outlook_of(
        &self,
        _b: &Baseline,
        area: Area,
        goal: usize,
    ) -> Result<AreaMeasure, PlanError> {
        self.measures
            .get(&(area, goal))
            .cloned()
            .unwrap_or_else(|| Err(PlanError::Unknown("området eller målet".into())))
    }

    /// What the presets of a goal are computed from, for a municipality.
    ///
    /// # Errors
    /// [`PlanError::Unknown`] or [`PlanError::NoBase`].
    pub fn preset_inputs(
        &self,
        b: &Baseline,
        municipality: usize,
        goal: usize,
    ) -> Result<PresetContext, PlanError> {
        let g = self.goal(b, goal)?;
        let m = b
            .municipalities
            .get(municipality)
            .ok_or_else(|| PlanError::Unknown("kommunen".into()))?;
        let ind = b
            .indicators
            .get(g.indicator)
            .ok_or_else(|| PlanError::Unknown("indikatoren".into()))?;
        let (base, prognosis, _) = self.outlook_of(b, Area::Municipality(municipality), goal)?;
        let expected = b.expected.iter().find(|e| {
            e.region == m.region
                && e.indicator == g.indicator
                && e.plan_year == self.prognoses.plan_year
        });
        let region_change = match expected {
            Some(e) => Some(e.relative_change),
            None => self
                .outlook_of(b, Area::Region(m.region), goal)
                .ok()
                .and_then(|(_, _, c)| c),
        };
        let peer_changes: Vec<(usize, f64)> = b
            .group_peers(municipality)
            .into_iter()
            .filter_map(|p| {
                let (_, _, c) = self.outlook_of(b, Area::Municipality(p), goal).ok()?;
                Some((p, c?))
            })
            .collect();
        Ok((
            PresetInputs {
                base: base.value,
                prognosis,
                region_change,
                peer_changes: peer_changes.iter().map(|p| p.1).collect(),
                unit: ind.unit,
                better: ind.better,
            },
            base,
            peer_changes,
        ))
    }

    /// Plans one goal for one municipality with the chosen ambition.
    ///
    /// # Errors
    /// [`PlanError`] when the municipality has no base or the ambition cannot be resolved.
    pub fn plan(
        &self,
        b: &Baseline,
        municipality: usize,
        goal: usize,
        ambition: Ambition,
        shape: PathShape,
    ) -> Result<GoalPlan, PlanError> {
        self.plan_with(b, municipality, goal, ambition, shape, &self.realism)
    }

    /// The plan of `ambition`, or — when it cannot be planned (a figure out of range, a preset
    /// the data cannot resolve) — the plan of the default ambition (follow the prognosis), or
    /// else of holding today's level; `None` when the goal cannot be planned at all. This is how
    /// a saved scenario whose ambition no longer fits the data still shows a card.
    pub fn plan_or_fallback(
        &self,
        b: &Baseline,
        municipality: usize,
        goal: usize,
        ambition: Ambition,
        shape: PathShape,
        realism: &[RealismHistory],
    ) -> Option<GoalPlan> {
        [
            ambition,
            Ambition::default(),
            Ambition::Preset(Preset::Hold),
        ]
        .into_iter()
        .find_map(|a| {
            self.plan_with(b, municipality, goal, a, shape, realism)
                .ok()
        })
    }

    /// As [`Planner::plan`], with realism from `realism` (e.g. computed later than the
    /// forecasts, so the first chart appears sooner); an empty slice gives no realism.
    ///
    /// # Errors
    /// As [`Planner::plan`].
    pub fn plan_with(
        &self,
        b: &Baseline,
        municipality: usize,
        goal: usize,
        ambition: Ambition,
        shape: PathShape,
        realism: &[RealismHistory],
    ) -> Result<GoalPlan, PlanError> {
        let g = self.goal(b, goal)?;
        let (inputs, base, peer_changes) = self.preset_inputs(b, municipality, goal)?;
        let target_value = resolve(ambition, &inputs).map_err(PlanError::Ambition)?;
        let plan_year = self.prognoses.plan_year;
        let target_month = measure::target_month(g.measure, plan_year)
            .ok_or_else(|| PlanError::Unknown("målmåneden".into()))?;
        let presets = Preset::ALL
            .into_iter()
            .map(|p| (p, resolve(Ambition::Preset(p), &inputs)))
            .collect();
        let target = express(
            target_value,
            base.value,
            inputs.prognosis,
            base.month.months_until(target_month),
        );
        let series = &b
            .series(Area::Municipality(municipality), g.indicator)
            .ok_or(PlanError::NoBase)?
            .series;
        let path = self.path(b, municipality, g, target_value, target_month, shape, None);
        // Follow-up (resultatopfølgning): the path from the last December before the latest
        // figure, with this year's actual months set against it.
        let follow_up = series
            .last_observed()
            .and_then(|last| Month::new(last.year() - 1, 12))
            .filter(|o| series.get(*o).is_some())
            .and_then(|o| {
                self.path(
                    b,
                    municipality,
                    g,
                    target_value,
                    target_month,
                    shape,
                    Some(o),
                )
                .ok()
            })
            .map(|p| {
                let better = b
                    .indicators
                    .get(g.indicator)
                    .map_or(super::baseline::Better::Lower, |i| i.better);
                follow_up(&p, series, better)
            })
            .unwrap_or_default();
        let comparable: Vec<usize> = b.group_peers(municipality);
        let realism = match (inputs.prognosis, realism.get(goal)) {
            (Some(p), Some(h)) => {
                realism::realism(h, municipality, &comparable, target_value, p, inputs.better)
            }
            _ => None,
        };
        let range = slider_range(&inputs, series.values(), &peer_changes);
        Ok(GoalPlan {
            municipality,
            goal,
            base,
            target_month,
            prognosis: inputs.prognosis,
            presets,
            ambition,
            target,
            path,
            realism,
            peer_changes,
            range,
            follow_up,
        })
    }

    #[allow(clippy::too_many_arguments)]
    fn path(
        &self,
        b: &Baseline,
        municipality: usize,
        g: &Goal,
        target: f64,
        target_month: Month,
        shape: PathShape,
        origin: Option<Month>,
    ) -> Result<Kravforloeb, PathError> {
        let entry = b
            .series(Area::Municipality(municipality), g.indicator)
            .ok_or(PathError::InvalidInput)?;
        let origin = match origin {
            Some(o) => o,
            None => entry
                .series
                .last_observed()
                .ok_or(PathError::InvalidInput)?,
        };
        let origin_value = entry.series.get(origin).ok_or(PathError::InvalidInput)?;
        let percent = b
            .indicators
            .get(g.indicator)
            .is_some_and(|i| i.unit == Unit::Percent);
        let breaks: Vec<Month> = b
            .indicators
            .get(g.indicator)
            .map(|i| i.breaks.iter().map(|br| br.month).collect())
            .unwrap_or_default();
        let input = ForecastInput {
            own: &entry.series,
            season_prior: self.prognoses.profile(g.indicator),
            region: None,
            national: None,
            breaks: &breaks,
            outlook_change: 0.0,
            expected_change: None,
            percent,
        };
        // Without a seasonal pattern (too little data) the path is linear.
        let (factors, shape) = match seasonal_factors(&input) {
            Ok(f) => (f, shape),
            Err(_) => ([1.0; 12], PathShape::Linear),
        };
        required_path(
            origin,
            origin_value,
            target,
            g.measure,
            target_month,
            &factors,
            shape,
        )
    }
}

/// The realism back-test of every goal of a goal set: the statistical forecast over rolling
/// windows (independent of the outlook). The expensive part of planning; compute once per data
/// file and goal set.
///
/// # Errors
/// [`PlanError::Unknown`] when the goal set does not exist.
pub fn realism_histories(b: &Baseline, goal_set: usize) -> Result<Vec<RealismHistory>, PlanError> {
    let gs = b
        .goal_sets
        .get(goal_set)
        .ok_or_else(|| PlanError::Unknown("målsættet".into()))?;
    Ok(gs
        .goals
        .iter()
        .map(|g| {
            let horizon = measure::target_month(g.measure, gs.plan_year)
                .map_or(12, |t| b.meta.data_month.months_until(t));
            realism::history(b, g.indicator, g.measure, horizon)
        })
        .collect())
}

fn area_measure(
    b: &Baseline,
    prognoses: &Prognoses,
    g: &Goal,
    area: Area,
) -> Result<AreaMeasure, PlanError> {
    let series = &b.series(area, g.indicator).ok_or(PlanError::NoBase)?.series;
    let base = measure::base(series, g.measure).ok_or(PlanError::NoBase)?;
    let forecast = prognoses.forecast(area, g.indicator);
    let prognosis = measure::plan_year_value(series, forecast, g.measure, prognoses.plan_year);
    let change = prognosis.and_then(|p| relative(p, base.value));
    Ok((base, prognosis, change))
}

/// A slider range that holds the base, the prognosis, every preset and room on both sides.
fn slider_range(
    inputs: &PresetInputs,
    history: &[Option<f64>],
    peers: &[(usize, f64)],
) -> (f64, f64) {
    let mut lo = inputs.base;
    let mut hi = inputs.base;
    let mut include = |v: f64| {
        if v.is_finite() {
            lo = lo.min(v);
            hi = hi.max(v);
        }
    };
    for v in history.iter().flatten() {
        include(*v);
    }
    if let Some(p) = inputs.prognosis {
        include(p);
    }
    for (_, c) in peers {
        include(inputs.base * (1.0 + c));
    }
    for p in Preset::ALL {
        if let Ok(c) = preset_change(p, inputs) {
            include(inputs.base * (1.0 + c));
        }
    }
    let pad = ((hi - lo) * 0.25).max(inputs.base.abs() * 0.1).max(1.0);
    let lo = (lo - pad).max(0.0);
    let hi = match inputs.unit {
        Unit::Percent => (hi + pad).min(100.0),
        _ => hi + pad,
    };
    (lo, hi)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ambition::Preset;

    #[test]
    fn slider_range_holds_base_prognosis_and_presets() {
        let inputs = PresetInputs {
            base: 100.0,
            prognosis: Some(90.0),
            region_change: Some(0.05),
            peer_changes: vec![-0.2, 0.1],
            unit: Unit::Persons,
            better: crate::model::baseline::Better::Lower,
        };
        let (lo, hi) = slider_range(&inputs, &[Some(95.0), None], &[(1, -0.2), (2, 0.1)]);
        assert!(lo <= 80.0 && hi >= 110.0 && lo >= 0.0);
        let _ = Preset::ALL;
    }
}
