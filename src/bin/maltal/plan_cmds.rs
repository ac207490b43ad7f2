//! The engine commands: `forecast`, `plan` and `backtest`, printing what the browser shows.

use std::io::Write;
use std::path::Path;
use std::sync::Arc;

use maltal::data::quote::excerpt;
use maltal::data::scenario::{GoalEntry, Scenario};
use maltal::data::Lang;
use maltal::model::ambition::{Ambition, Change, Preset};
use maltal::model::baseline::{Area, Baseline, Frequency, GoalSet, Unit};
use maltal::model::forecast::{Forecast, ForecastError};
use maltal::model::forecasts::Forecasts;
use maltal::model::kravforloeb::PathShape;
use maltal::model::plan::{realism_histories, Choice as PlanChoice, GoalPlan, Planner};
use maltal::model::realism::HorizonUsed;
use maltal::model::Month;
use maltal::ui::view_model::own_goal::{read_form, OwnGoalForm};
use serde_json::{json, Value};

use crate::common::{csv_row, io, load, Failure};

/// Output format.
#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Comma-separated values with one header row.
    Csv,
    /// JSON.
    Json,
}

fn outlook_index(b: &Baseline, id: Option<&str>) -> Result<Option<usize>, Failure> {
    match id {
        None => Ok(b.outlooks.iter().position(|o| o.id == "basis")),
        Some(id) => b
            .outlooks
            .iter()
            .position(|o| o.id == id)
            .map(Some)
            .ok_or_else(|| {
                let known: Vec<&str> = b.outlooks.iter().map(|o| o.id.as_str()).collect();
                Failure::Usage(format!(
                    "konjunkturscenariet «{}» findes ikke i datafilen (kendte: {})",
                    excerpt(id),
                    known.join(", ")
                ))
            }),
    }
}

/// The areas `maltal forecast` prints: one area by `--omraade` (a municipality's or region's
/// code, or `national`), the municipalities by `--kommune` (one, or `alle`), or else every
/// municipality, then every region, then the country.
fn forecast_areas(
    b: &Baseline,
    kommune: Option<&str>,
    omraade: Option<&str>,
) -> Result<Vec<Area>, Failure> {
    if let Some(code) = omraade {
        return b.area_by_code(code).map(|a| vec![a]).ok_or_else(|| {
            Failure::Usage(format!(
                "området {} er hverken en kommune, en region eller national i datafilen",
                excerpt(code)
            ))
        });
    }
    if kommune.is_some() {
        return Ok(municipalities(b, kommune)?
            .into_iter()
            .map(Area::Municipality)
            .collect());
    }
    Ok(maltal::model::forecasts::area_tree(b)
        .into_iter()
        .map(|(a, _)| a)
        .collect())
}

fn municipalities(b: &Baseline, kommune: Option<&str>) -> Result<Vec<usize>, Failure> {
    match kommune {
        None | Some("alle") => Ok((0..b.municipalities.len()).collect()),
        Some(code) => b
            .municipality_index(code)
            .map(|m| vec![m])
            .ok_or_else(|| Failure::Usage(format!("kommunen {code} findes ikke i datafilen"))),
    }
}

/// Number without trailing noise: integers as integers, others with up to 4 decimals.
fn num(v: f64) -> String {
    if (v - v.round()).abs() < 1e-9 {
        format!("{}", v.round() as i64)
    } else {
        let s = format!("{v:.4}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

/// The user's choice of outlook and goal set, by id (`None`: the defaults).
#[derive(Clone, Copy, Default)]
pub struct Choice<'a> {
    /// `--outlook`.
    pub outlook: Option<&'a str>,
    /// `--maalsaet`.
    pub goal_set: Option<&'a str>,
}

/// The goal set named `id` (the file's first when `None`); `Ok(None)` when the file has none
/// and none was asked for.
fn goal_set_index(b: &Baseline, id: Option<&str>) -> Result<Option<usize>, Failure> {
    match id {
        None => Ok((!b.goal_sets.is_empty()).then_some(0)),
        Some(id) => b
            .goal_sets
            .iter()
            .position(|g| g.id == id)
            .map(Some)
            .ok_or_else(|| {
                let known: Vec<&str> = b.goal_sets.iter().map(|g| g.id.as_str()).collect();
                Failure::Usage(format!(
                    "målsættet «{}» findes ikke i datafilen (kendte: {})",
                    excerpt(id),
                    if known.is_empty() {
                        "ingen".to_string()
                    } else {
                        known.join(", ")
                    }
                ))
            }),
    }
}

/// The forecast of one area's indicator (the indicator's position in the baseline).
type ForecastRow = (Area, usize, Result<Forecast, ForecastError>);

/// `maltal forecast`.
pub fn forecast_cmd(
    data: Option<&Path>,
    (kommune, omraade): (Option<&str>, Option<&str>),
    horizon: Option<i32>,
    choice: Choice,
    format: Format,
) -> Result<(), Failure> {
    let b = load(data)?;
    let areas = forecast_areas(&b, kommune, omraade)?;
    let outlook = outlook_index(&b, choice.outlook)?;
    let plan_year = goal_set_index(&b, choice.goal_set)?
        .and_then(|g| b.goal_sets.get(g))
        .map_or(b.meta.data_month.year() + 1, |g| g.plan_year);
    let horizon_end = forecast_end(&b, horizon, plan_year)?;
    let out = outlook.and_then(|o| b.outlooks.get(o));
    let monthly: Vec<usize> = (0..b.indicators.len())
        .filter(|&i| b.indicators[i].frequency == Frequency::Monthly)
        .collect();
    let forecasts = Forecasts::compute_for(&b, plan_year, &monthly, out, horizon_end);
    let mut rows: Vec<ForecastRow> = Vec::new();
    for &i in &monthly {
        for &a in &areas {
            if let Some(r) = forecasts.get(a, i) {
                rows.push((a, i, r.clone()));
            }
        }
    }
    let stdout = std::io::stdout();
    let mut lock = stdout.lock();
    match format {
        Format::Csv => write_forecast_csv(&mut lock, &b, &rows)?,
        Format::Json => {
            serde_json::to_writer_pretty(&mut lock, &forecast_json(&b, &rows)).map_err(io)?;
            writeln!(lock).map_err(io)?;
        }
    }
    // Series without a forecast are reported, not invented.
    for (a, i, f) in &rows {
        if let Err(e) = f {
            let name = match a {
                Area::Municipality(m) => format!(
                    "kommune {} ({})",
                    b.area_code(*a),
                    b.municipalities[*m].name
                ),
                Area::Region(r) => format!("region {} ({})", b.area_code(*a), b.regions[*r].name),
                Area::National => "hele landet".to_string(),
            };
            eprintln!(
                "ingen prognose for {name}, indikator {}: {e}",
                b.indicators[*i].id
            );
        }
    }
    Ok(())
}

/// The last month forecast: `horizon` months after the data, or December of the plan year.
fn forecast_end(b: &Baseline, horizon: Option<i32>, plan_year: i32) -> Result<Month, Failure> {
    match horizon {
        Some(h) if (1..=120).contains(&h) => Ok(b.meta.data_month.plus(h)),
        Some(h) => Err(Failure::Usage(format!(
            "--horizon skal være 1–120 måneder, ikke {h}"
        ))),
        None => Ok(maltal::model::forecasts::horizon_end(
            b.meta.data_month,
            plan_year,
        )),
    }
}

/// Writes the forecasts as CSV, one line per area, indicator and month.
fn write_forecast_csv(
    lock: &mut impl Write,
    b: &Baseline,
    rows: &[ForecastRow],
) -> Result<(), Failure> {
    csv_row(
        lock,
        [
            "omraade",
            "indikator",
            "maaned",
            "prognose",
            "lav80",
            "hoej80",
            "lav95",
            "hoej95",
        ],
    )?;
    for (a, i, f) in rows {
        let Ok(f) = f else { continue };
        for h in 0..f.len() {
            csv_row(
                lock,
                [
                    b.area_code(*a).to_string(),
                    b.indicators[*i].id.clone(),
                    f.month(h).to_string(),
                    num(f.mean[h]),
                    num(f.lo80[h]),
                    num(f.hi80[h]),
                    num(f.lo95[h]),
                    num(f.hi95[h]),
                ],
            )?;
        }
    }
    lock.flush().map_err(io)?;
    Ok(())
}

/// The forecasts as JSON, one object per area and indicator.
fn forecast_json(b: &Baseline, rows: &[ForecastRow]) -> Vec<Value> {
    rows.iter()
        .map(|(a, i, f)| {
            let mut v = json!({
                "omraade": b.area_code(*a),
                "indikator": b.indicators[*i].id,
            });
            match f {
                Ok(f) => {
                    v["maaneder"] = (0..f.len())
                        .map(|h| {
                            json!({
                                "maaned": f.month(h).to_string(),
                                "prognose": f.mean[h], "lav80": f.lo80[h], "hoej80": f.hi80[h],
                                "lav95": f.lo95[h], "hoej95": f.hi95[h],
                            })
                        })
                        .collect();
                    v["flag"] = f.flags.iter().map(|x| json!(x.to_string())).collect();
                }
                Err(e) => v["fejl"] = json!(e.to_string()),
            }
            v
        })
        .collect()
}

/// How the user gave the target on the command line.
pub enum TargetArg {
    /// `--preset`.
    Preset(String),
    /// `--vaerdi`.
    Value(f64),
    /// `--aendring` (relative % for counts, percentage points for percents).
    Change(f64),
}

/// The engine's ambition for the target given on the command line; a change is relative
/// (%) for a count and in percentage points for a percent `indicator`.
fn ambition_of(
    target: TargetArg,
    b: &Baseline,
    indicator: Option<usize>,
) -> Result<Ambition, Failure> {
    Ok(match target {
        TargetArg::Preset(id) => Ambition::Preset(Preset::from_id(&id).ok_or_else(|| {
            let known: Vec<&str> = Preset::ALL.iter().map(|p| p.id()).collect();
            Failure::Usage(format!(
                "forudindstillingen «{}» findes ikke (kendte: {})",
                excerpt(&id),
                known.join(", ")
            ))
        })?),
        TargetArg::Value(v) => Ambition::Absolute(v),
        TargetArg::Change(c) => {
            let unit = indicator.and_then(|i| b.indicators.get(i)).map(|i| i.unit);
            // Given in per cent for counts, in percentage points for percentages.
            let change = match unit {
                Some(Unit::Percent) => Change::Points(c),
                _ => Change::Relative(c / 100.0),
            };
            Ambition::Change(change.value())
        }
    })
}

/// Writes the plans (kravforløb) in `format` to stdout.
fn write_plans(
    format: Format,
    b: &Baseline,
    goal_set: &str,
    goal: &str,
    plans: &[GoalPlan],
) -> Result<(), Failure> {
    let stdout = std::io::stdout();
    let mut lock = stdout.lock();
    match format {
        Format::Csv => {
            csv_row(&mut lock, ["kommunekode", "maal", "maaned", "krav"])?;
            for p in plans {
                let Ok(path) = &p.path else { continue };
                for (month, v) in &path.points {
                    csv_row(
                        &mut lock,
                        [
                            b.municipalities[p.municipality].code.clone(),
                            goal.to_string(),
                            month.to_string(),
                            num(*v),
                        ],
                    )?;
                }
            }
            lock.flush().map_err(io)?;
        }
        Format::Json => {
            let items: Vec<Value> = plans
                .iter()
                .map(|p| plan_json(b, goal_set, goal, p))
                .collect();
            let out = if items.len() == 1 {
                items.into_iter().next().unwrap_or(Value::Null)
            } else {
                Value::Array(items)
            };
            serde_json::to_writer_pretty(&mut lock, &out).map_err(io)?;
            writeln!(lock).map_err(io)?;
        }
    }
    Ok(())
}

/// `--indikator`, `--maaling` and `--maalaar`: an own goal.
pub struct OwnGoalArg {
    /// Indicator id.
    pub indicator: String,
    /// `gns` or a month 1–12.
    pub measure: String,
    /// Target year.
    pub year: i32,
}

/// The goal `maltal plan` plans: `--maal`, an own goal, and `--delmaal`.
pub struct GoalArg<'a> {
    /// `--maal`.
    pub id: &'a str,
    /// An own goal, when `--indikator` is given.
    pub own: Option<OwnGoalArg>,
    /// `--delmaal AAR=TAL`, as typed.
    pub milestones: &'a [String],
    /// `--scenarie`: the scenario whose goals, target and milestones are used.
    pub scenario: Option<Scenario>,
}

/// The goal set (or the one own goal) to plan and the index of `goal.id` in it.
fn goals_to_plan(
    b: &Baseline,
    goal: &GoalArg,
    choice: &Choice,
) -> Result<(GoalSet, usize), Failure> {
    let goal_set = goal_set_index(b, choice.goal_set)?;
    let set_id = goal_set
        .and_then(|i| b.goal_sets.get(i))
        .map(|g| g.id.clone())
        .unwrap_or_default();
    if let (Some(s), None) = (&goal.scenario, &goal.own) {
        let goals = s.goals_in(b);
        if let Some(m) = goals.missing.iter().find(|m| m.id == goal.id) {
            return Err(Failure::Invalid(format!(
                "målet «{}»: {}",
                excerpt(goal.id),
                m.text(Lang::Da)
            )));
        }
        let gi = goals
            .set
            .goals
            .iter()
            .position(|g| g.id == goal.id)
            .ok_or_else(|| {
                let known: Vec<&str> = goals.set.goals.iter().map(|g| g.id.as_str()).collect();
                Failure::Usage(format!(
                    "målet «{}» er ikke i scenariet «{}» (kendte: {})",
                    excerpt(goal.id),
                    excerpt(&s.name),
                    known.join(", ")
                ))
            })?;
        return Ok((goals.set, gi));
    }
    let Some(own) = &goal.own else {
        let gs = goal_set
            .and_then(|i| b.goal_sets.get(i))
            .ok_or_else(|| Failure::Invalid("datafilen har intet målsæt".into()))?;
        let gi = gs
            .goals
            .iter()
            .position(|g| g.id == goal.id)
            .ok_or_else(|| {
                let known: Vec<&str> = gs.goals.iter().map(|g| g.id.as_str()).collect();
                Failure::Usage(format!(
                    "målet «{}» findes ikke i målsættet {} (kendte: {})",
                    excerpt(goal.id),
                    gs.id,
                    known.join(", ")
                ))
            })?;
        return Ok((gs.clone(), gi));
    };
    // The own goal is read as the app reads it: the form's checks, then the scenario's.
    let form = OwnGoalForm {
        id: goal.id.to_string(),
        title: goal.id.to_string(),
        title_en: String::new(),
        indicator: own.indicator.clone(),
        measure: own.measure.clone(),
        year: own.year.to_string(),
    };
    let own = read_form(b, &form, goal.id, Lang::Da).map_err(Failure::Usage)?;
    let scenario = Scenario {
        goal_set: set_id,
        goals: Some(vec![GoalEntry::Own(own)]),
        ..Scenario::default()
    };
    let goals = scenario.goals_in(b);
    if let Some(m) = goals.missing.first() {
        return Err(Failure::Invalid(m.text(Lang::Da)));
    }
    Ok((goals.set, 0))
}

/// `--delmaal 2026=4.3` as (year, figure).
fn milestones_of(typed: &[String]) -> Result<Vec<(i32, f64)>, Failure> {
    typed
        .iter()
        .map(|t| {
            let parsed = t.split_once('=').and_then(|(y, v)| {
                Some((y.trim().parse::<i32>().ok()?, v.trim().parse::<f64>().ok()?))
            });
            parsed.ok_or_else(|| {
                let short: String = t.chars().take(40).collect();
                Failure::Usage(format!(
                    "--delmaal «{short}» skal skrives ÅR=TAL, fx 2026=4.3"
                ))
            })
        })
        .collect()
}

/// `maltal plan`.
pub fn plan_cmd(
    data: Option<&Path>,
    kommune: &str,
    goal: GoalArg,
    target: Option<TargetArg>,
    choice: Choice,
    format: Format,
    linear: bool,
) -> Result<(), Failure> {
    let b = load(data)?;
    let munis = municipalities(&b, Some(kommune))?;
    let outlook = outlook_index(&b, choice.outlook)?;
    let (gs, gi) = goals_to_plan(&b, &goal, &choice)?;
    // What the command line gives wins over what the scenario holds.
    let milestones = match &goal.scenario {
        Some(s) if goal.milestones.is_empty() => s.milestones_of(goal.id),
        _ => milestones_of(goal.milestones)?,
    };
    let ambition = match (target, &goal.scenario) {
        (Some(t), _) => ambition_of(t, &b, gs.goals.get(gi).map(|g| g.indicator))?,
        (None, Some(s)) => s.ambition(goal.id),
        (None, None) => {
            return Err(Failure::Usage(
                "giv målet med --preset, --vaerdi eller --aendring".into(),
            ))
        }
    };
    let shape = if linear {
        PathShape::Linear
    } else {
        PathShape::Seasonal
    };
    let realism = Arc::new(realism_histories(&b, &gs));
    let planner = Planner::with_realism(&b, Arc::new(gs.clone()), outlook, realism)
        .map_err(|e| Failure::Invalid(e.to_string()))?;
    let goal = goal.id;
    let chosen = PlanChoice {
        ambition,
        shape,
        milestones: &milestones,
    };
    let mut plans: Vec<GoalPlan> = Vec::new();
    for &m in &munis {
        match planner.plan_with(&b, m, gi, &chosen, planner.realism()) {
            Ok(p) => plans.push(p),
            Err(e) => {
                let muni = &b.municipalities[m];
                let msg = format!("kommune {} ({}), mål {goal}: {e}", muni.code, muni.name);
                if munis.len() == 1 {
                    return Err(Failure::Invalid(msg));
                }
                eprintln!("{msg}");
            }
        }
    }
    write_plans(format, &b, &gs.id, goal, &plans)
}

fn plan_json(b: &Baseline, goal_set: &str, goal: &str, p: &GoalPlan) -> Value {
    let m = &b.municipalities[p.municipality];
    let ambition = match p.ambition {
        Ambition::Preset(pr) => json!({ "preset": pr.id() }),
        Ambition::Absolute(v) => json!({ "vaerdi": v }),
        Ambition::Change(c) => json!({ "aendring": c }),
    };
    let realism = p.realism.map(|r| {
        json!({
            "kraevet_margin_over_prognose": r.required_margin,
            "sammenlignelige": { "opnaaet": r.comparable.achieved, "tilfaelde": r.comparable.cases, "kommuner": r.comparable.municipalities },
            "alle": { "opnaaet": r.all.achieved, "tilfaelde": r.all.cases, "kommuner": r.all.municipalities },
            "sammenlignelige_for_faa": r.comparable_too_small,
            "horisont_maaneder": match r.horizon { HorizonUsed::Target(h) => h, HorizonUsed::Fallback12 => 12 },
            "horisont_er_maalets": matches!(r.horizon, HorizonUsed::Target(_)),
            "aar": r.years.map(|(a, b)| json!([a, b])),
        })
    });
    json!({
        "kommunekode": m.code,
        "kommune": m.name,
        "maalsaet": goal_set,
        "maal": goal,
        "ambition": ambition,
        "basis": { "maaned": p.base.month.to_string(), "vaerdi": p.base.value },
        "maalmaaned": p.target_month.to_string(),
        "delmaal": p.milestones.iter().map(|x| json!({
            "aar": x.year, "vaerdi": x.value, "sat_af_brugeren": x.set, "faktisk": x.actual,
        })).collect::<Vec<_>>(),
        "prognose": p.forecast,
        "maalvaerdi": p.target.target,
        "aendring": p.target.change,
        "aendring_relativ": p.target.change_relative,
        "forskel_fra_prognose": p.target.vs_forecast,
        "forskel_fra_prognose_relativ": p.target.vs_forecast_relative,
        "tempo_pr_maaned": p.target.pace_per_month,
        "maaneder": p.target.months,
        "forudindstillinger": p.presets.iter().map(|(pr, v)| json!({
            "id": pr.id(),
            "maalvaerdi": v.as_ref().ok(),
            "fejl": v.as_ref().err().map(|e| e.to_string()),
        })).collect::<Vec<_>>(),
        "realisme": realism,
        "kravforloeb": match &p.path {
            Ok(path) => json!(path.points.iter().map(|(mm, v)| json!({"maaned": mm.to_string(), "krav": v})).collect::<Vec<_>>()),
            Err(e) => json!({ "fejl": e.to_string() }),
        },
    })
}
