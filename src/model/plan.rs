//! The planner: one call per goal that gives everything a goal card, the CLI and the exports
//! show — base, forecast, presets, the target in four expressions, the kravforløb, realism and
//! the comparable municipalities' forecast changes.
//!
//! [`Planner::new`] does the expensive part once per (baseline, goal set, outlook): every
//! forecast and the realism back-test. [`Planner::plan`] is then cheap enough for every slider
//! move.

use std::collections::HashMap;
use std::sync::Arc;

use super::ambition::{
    express, relative, resolve, Ambition, AmbitionError, Expressions, Preset, PresetInputs,
};
use super::baseline::{Area, Baseline, Better, Goal, GoalSet, Unit};
use super::forecast::{seasonal_factors, ForecastError, ForecastInput};
use super::forecasts::Forecasts;
use super::kravforloeb::{
    follow_up, staged_path, status, FollowUp, Kravforloeb, PathError, PathShape, Status,
};
use super::measure::{self, Base};
use super::month::Month;
use super::realism::{self, Realism, RealismHistory};
use super::slider;

/// Forecasts and realism histories for one baseline, list of goals and outlook.
#[derive(Debug, Clone)]
pub struct Planner {
    /// The goals planned: a goal set of the data file, or the goals a scenario holds.
    pub goals: Arc<GoalSet>,
    /// Index of the outlook in the baseline (`None`: no outlook adjustment).
    pub outlook: Option<usize>,
    /// All forecasts.
    pub forecasts: Forecasts,
    realism: Arc<Vec<RealismHistory>>,
    /// (base, forecast, forecast relative change) per area and goal, computed once.
    measures: HashMap<(Area, usize), Result<AreaMeasure, PlanError>>,
}

/// What presets are computed from, with the base and the peers' (index, forecast change).
pub type PresetContext = (PresetInputs, Base, Vec<(usize, f64)>);

/// A goal's measure for one area: its base, its forecast for the plan year and the forecast
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
    /// A milestone for a year that does not lie between the latest figure and the target year,
    /// or with a figure that is not a finite, non-negative number.
    #[error("delmålet for {0} kan ikke bruges: det skal være et tal for et år mellem seneste tal og målåret")]
    Milestone(i32),
}

/// What the user chose for one goal: the ambition, the shape of the path and the milestones
/// (delmål: year, target of the goal's measure that year) of a plan over several years.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Choice<'a> {
    /// The ambition for the target year.
    pub ambition: Ambition,
    /// Seasonal or linear path.
    pub shape: PathShape,
    /// Milestones set by the user, by year; the other years follow the path.
    pub milestones: &'a [(i32, f64)],
}

impl Choice<'_> {
    /// The ambition with the seasonal path and no milestones.
    pub fn of(ambition: Ambition) -> Choice<'static> {
        Choice {
            ambition,
            shape: PathShape::Seasonal,
            milestones: &[],
        }
    }
}

/// One year of a plan over several years before the target year.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Milestone {
    /// The year.
    pub year: i32,
    /// The goal's measure that year: the user's milestone, or the path's value.
    pub value: f64,
    /// True when the user set it; false when it is read off the path.
    pub set: bool,
    /// The year's actual measure, once every month of it is published.
    pub actual: Option<f64>,
    /// The actual against the milestone, once published.
    pub status: Option<Status>,
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
    /// The month the target refers to (in the goal's target year).
    pub target_month: Month,
    /// The years between the latest figure and the target year, each with its milestone.
    pub milestones: Vec<Milestone>,
    /// The forecast of the measure in the plan year (`None` without a forecast).
    pub forecast: Option<f64>,
    /// Every preset's target figure (or why it is unavailable).
    pub presets: Vec<(Preset, Result<f64, AmbitionError>)>,
    /// The chosen ambition and the target it gives.
    pub ambition: Ambition,
    /// The target expressed four ways.
    pub target: Expressions,
    /// The kravforløb from the latest actual to the target.
    pub path: Result<Kravforloeb, PathError>,
    /// How often such a margin over the forecast was achieved.
    pub realism: Option<Realism>,
    /// Other comparable municipalities' forecast relative changes.
    pub peer_changes: Vec<(usize, f64)>,
    /// Reasonable slider range (low, high) in the indicator's unit ([`super::slider::plan_range`]; the
    /// slider itself is [`super::slider::slider`]).
    pub range: (f64, f64),
    /// This year's actual months against the path from last December (resultatopfølgning).
    pub follow_up: Vec<FollowUp>,
}

impl Planner {
    /// Forecasts every area and back-tests realism for every goal of the data file's goal set
    /// number `goal_set`.
    ///
    /// # Errors
    /// [`PlanError::Unknown`] when the goal set or outlook index does not exist.
    pub fn new(
        b: &Baseline,
        goal_set: usize,
        outlook: Option<usize>,
    ) -> Result<Planner, PlanError> {
        let gs = b
            .goal_sets
            .get(goal_set)
            .ok_or_else(|| PlanError::Unknown("målsættet".into()))?;
        let realism = Arc::new(realism_histories(b, gs));
        Planner::with_realism(b, Arc::new(gs.clone()), outlook, realism)
    }

    /// Plans `goals` (e.g. a scenario's own goals), reusing realism histories made by
    /// [`realism_histories`] for the same baseline and goals (they do not depend on the
    /// outlook, so switching outlook is cheap; an empty list gives no realism).
    ///
    /// # Errors
    /// [`PlanError::Unknown`] when the outlook index does not exist.
    pub fn with_realism(
        b: &Baseline,
        goals: Arc<GoalSet>,
        outlook: Option<usize>,
        realism: Arc<Vec<RealismHistory>>,
    ) -> Result<Planner, PlanError> {
        let gs = &*goals;
        let out = match outlook {
            Some(o) => Some(
                b.outlooks
                    .get(o)
                    .ok_or_else(|| PlanError::Unknown("konjunkturscenariet".into()))?,
            ),
            None => None,
        };
        let forecasts = Forecasts::compute(b, gs, out);
        let areas = (0..b.municipalities.len())
            .map(Area::Municipality)
            .chain((0..b.regions.len()).map(Area::Region))
            .chain(std::iter::once(Area::National));
        let mut measures = HashMap::new();
        for area in areas {
            for (gi, g) in gs.goals.iter().enumerate() {
                measures.insert((area, gi), area_measure(b, &forecasts, g, area));
            }
        }
        Ok(Planner {
            goals,
            outlook,
            forecasts,
            realism,
            measures,
        })
    }

    /// The realism histories the planner was made with (empty when made without).
    pub fn realism(&self) -> &[RealismHistory] {
        &self.realism
    }

    fn goal(&self, goal: usize) -> Result<&Goal, PlanError> {
        self.goals
            .goals
            .get(goal)
            .ok_or_else(|| PlanError::Unknown("målet".into()))
    }

    /// Base, forecast and forecast relative change of a goal's measure for an area.
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
        let g = self.goal(goal)?;
        let m = b
            .municipalities
            .get(municipality)
            .ok_or_else(|| PlanError::Unknown("kommunen".into()))?;
        let ind = b
            .indicators
            .get(g.indicator)
            .ok_or_else(|| PlanError::Unknown("indikatoren".into()))?;
        let (base, forecast, _) = self.outlook_of(b, Area::Municipality(municipality), goal)?;
        let expected = b.expected.iter().find(|e| {
            e.region == m.region && e.indicator == g.indicator && e.plan_year == g.target_year
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
                forecast,
                region_change,
                peer_changes: peer_changes.iter().map(|p| p.1).collect(),
                unit: ind.unit,
                better: ind.better,
            },
            base,
            peer_changes,
        ))
    }

    /// Plans one goal for one municipality with the chosen ambition (no milestones).
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
        let choice = Choice {
            ambition,
            shape,
            milestones: &[],
        };
        self.plan_with(b, municipality, goal, &choice, &self.realism)
    }

    /// The plan of `choice`, or — when it cannot be planned (a figure out of range, a preset
    /// the data cannot resolve, a milestone that no longer fits) — the plan of its ambition
    /// without milestones, of the default ambition (follow the forecast), or else of holding
    /// today's level; `None` when the goal cannot be planned at all. This is how a saved
    /// scenario whose choices no longer fit the data still shows a card.
    pub fn plan_or_fallback(
        &self,
        b: &Baseline,
        municipality: usize,
        goal: usize,
        choice: &Choice,
        realism: &[RealismHistory],
    ) -> Option<GoalPlan> {
        [
            *choice,
            Choice {
                milestones: &[],
                ..*choice
            },
            Choice {
                ambition: Ambition::default(),
                milestones: &[],
                ..*choice
            },
            Choice {
                ambition: Ambition::Preset(Preset::Hold),
                milestones: &[],
                ..*choice
            },
        ]
        .iter()
        .find_map(|c| self.plan_with(b, municipality, goal, c, realism).ok())
    }

    /// Plans one goal for one municipality with `choice`, with realism from `realism` (e.g.
    /// computed later than the forecasts, so the first chart appears sooner); an empty slice
    /// gives no realism.
    ///
    /// # Errors
    /// [`PlanError`] when the municipality has no base, the ambition cannot be resolved or a
    /// milestone does not fit.
    pub fn plan_with(
        &self,
        b: &Baseline,
        municipality: usize,
        goal: usize,
        choice: &Choice,
        realism: &[RealismHistory],
    ) -> Result<GoalPlan, PlanError> {
        let g = self.goal(goal)?;
        let (inputs, base, peer_changes) = self.preset_inputs(b, municipality, goal)?;
        let target_value = resolve(choice.ambition, &inputs).map_err(PlanError::Ambition)?;
        let target_month = measure::target_month(g.measure, g.target_year)
            .ok_or_else(|| PlanError::Unknown("målmåneden".into()))?;
        let presets = Preset::ALL
            .into_iter()
            .map(|p| (p, resolve(Ambition::Preset(p), &inputs)))
            .collect();
        let target = express(
            target_value,
            base.value,
            inputs.forecast,
            base.month.months_until(target_month),
        );
        let entry = b
            .series(Area::Municipality(municipality), g.indicator)
            .ok_or(PlanError::NoBase)?;
        let series = &entry.series;
        let latest = series.last_observed().ok_or(PlanError::NoBase)?;
        let stages = stages(g, latest, choice.milestones, (target_month, target_value))?;
        let path = self.path(b, g, series, None, &stages, choice.shape);
        let better = b
            .indicators
            .get(g.indicator)
            .map_or(Better::Lower, |i| i.better);
        // Follow-up (resultatopfølgning): the path from the last December before the latest
        // figure, with this year's actual months set against it.
        let follow_up = Month::new(latest.year() - 1, 12)
            .filter(|o| series.get(*o).is_some())
            .and_then(|o| self.path(b, g, series, Some(o), &stages, choice.shape).ok())
            .map(|p| follow_up(&p, series, better))
            .unwrap_or_default();
        let milestones = match &path {
            Ok(p) => milestones(g, latest, choice.milestones, p, series, better),
            Err(_) => Vec::new(),
        };
        let comparable: Vec<usize> = b.group_peers(municipality);
        let realism = match (inputs.forecast, realism.get(goal)) {
            (Some(p), Some(h)) => {
                realism::realism(h, municipality, &comparable, target_value, p, inputs.better)
            }
            _ => None,
        };
        let range = slider::plan_range(&inputs, series.values(), &peer_changes);
        Ok(GoalPlan {
            municipality,
            goal,
            base,
            target_month,
            milestones,
            forecast: inputs.forecast,
            presets,
            ambition: choice.ambition,
            target,
            path,
            realism,
            peer_changes,
            range,
            follow_up,
        })
    }

    /// The kravforløb through `stages` from `origin` (the latest figure when `None`), shaped by
    /// the indicator's pooled seasonal pattern (linear without one).
    fn path(
        &self,
        b: &Baseline,
        g: &Goal,
        series: &super::series::Series,
        origin: Option<Month>,
        stages: &[(Month, f64)],
        shape: PathShape,
    ) -> Result<Kravforloeb, PathError> {
        let origin = match origin {
            Some(o) => o,
            None => series.last_observed().ok_or(PathError::InvalidInput)?,
        };
        let origin_value = series.get(origin).ok_or(PathError::InvalidInput)?;
        let ind = b.indicators.get(g.indicator);
        let breaks: Vec<Month> = ind
            .map(|i| i.breaks.iter().map(|br| br.month).collect())
            .unwrap_or_default();
        let input = ForecastInput {
            own: series,
            season_prior: self.forecasts.profile(g.indicator),
            region: None,
            national: None,
            breaks: &breaks,
            outlook_change: 0.0,
            expected_change: None,
            percent: ind.is_some_and(|i| i.unit == Unit::Percent),
        };
        // Without a seasonal pattern (too little data) the path is linear.
        let (factors, shape) = match seasonal_factors(&input) {
            Ok(f) => (f, shape),
            Err(_) => ([1.0; 12], PathShape::Linear),
        };
        staged_path(origin, origin_value, stages, g.measure, &factors, shape)
    }
}

/// The years that can have a milestone: after the latest figure's year, before the target year.
pub fn milestone_years(g: &Goal, latest: Month) -> std::ops::Range<i32> {
    latest.year() + 1..g.target_year
}

/// The path's stages: each milestone the user set (checked), then the target.
fn stages(
    g: &Goal,
    latest: Month,
    set: &[(i32, f64)],
    target: (Month, f64),
) -> Result<Vec<(Month, f64)>, PlanError> {
    let years = milestone_years(g, latest);
    let mut stages = Vec::with_capacity(set.len() + 1);
    let mut sorted = set.to_vec();
    sorted.sort_by_key(|m| m.0);
    sorted.dedup_by_key(|m| m.0);
    for (year, value) in sorted {
        let month = measure::target_month(g.measure, year);
        match month {
            Some(month) if years.contains(&year) && value.is_finite() && value >= 0.0 => {
                stages.push((month, value));
            }
            _ => return Err(PlanError::Milestone(year)),
        }
    }
    stages.push(target);
    Ok(stages)
}

/// Every year between the latest figure and the target year with its milestone: the user's, or
/// the path's measure that year; and the actual, once the year is published.
fn milestones(
    g: &Goal,
    latest: Month,
    set: &[(i32, f64)],
    path: &Kravforloeb,
    series: &super::series::Series,
    better: Better,
) -> Vec<Milestone> {
    milestone_years(g, latest)
        .filter_map(|year| {
            let own = set.iter().find(|m| m.0 == year).map(|m| m.1);
            let value = own.or_else(|| path.measure_in(series, g.measure, year))?;
            let actual = measure::plan_year_value(series, None, g.measure, year);
            Some(Milestone {
                year,
                value,
                set: own.is_some(),
                actual,
                status: actual.map(|a| status(a, value, better)),
            })
        })
        .collect()
}

/// The realism back-test of every goal of a list: the statistical forecast over rolling
/// windows, at each goal's own horizon (to its target year), independent of the outlook. The
/// expensive part of planning; compute once per data file and list of goals.
pub fn realism_histories(b: &Baseline, goals: &GoalSet) -> Vec<RealismHistory> {
    goals
        .goals
        .iter()
        .map(|g| realism::history(b, g.indicator, g.measure, realism_horizon(b, g)))
        .collect()
}

/// The horizon the realism of goal `g` is back-tested at: months from the data's last month to
/// the month its target is measured in (12 when that is not known).
pub fn realism_horizon(b: &Baseline, g: &Goal) -> i32 {
    measure::target_month(g.measure, g.target_year)
        .map_or(12, |t| b.meta.data_month.months_until(t))
}

fn area_measure(
    b: &Baseline,
    forecasts: &Forecasts,
    g: &Goal,
    area: Area,
) -> Result<AreaMeasure, PlanError> {
    let series = &b.series(area, g.indicator).ok_or(PlanError::NoBase)?.series;
    let base = measure::base(series, g.measure).ok_or(PlanError::NoBase)?;
    let forecast = forecasts.forecast(area, g.indicator);
    let in_plan_year = measure::plan_year_value(series, forecast, g.measure, g.target_year);
    let change = in_plan_year.and_then(|p| relative(p, base.value));
    Ok((base, in_plan_year, change))
}
