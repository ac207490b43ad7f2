//! The goal card and the overview table: sentences, slider settings, preset buttons, realism
//! badge, chart specs and tables for one municipality's goal, in Danish or English.

use crate::charts::spec::{Band, ChartSpec, Line, LineStyle, Marker, Palette};
use crate::model::ambition::{Ambition, Preset};
use crate::model::baseline::{Area, Baseline, Goal, Measure, Unit};
use crate::model::compare::{group_index, indexed};
use crate::model::forecast::{Forecast, ForecastFlag};
use crate::model::kravforloeb::Status;
use crate::model::plan::{GoalPlan, Planner};
use crate::model::rating::{deciding_count, rate, Rating};
use crate::model::realism::{HorizonUsed, Realism};
use crate::model::Month;
use crate::ui::format::{self, Lang};
use crate::ui::i18n::{t, Key};

use super::{axis_labels, unit_word, value_text};

/// A preset button.
#[derive(Debug, Clone, PartialEq)]
pub struct PresetButton {
    /// Preset id.
    pub id: &'static str,
    /// Label.
    pub label: &'static str,
    /// The target it gives, formatted (or why not).
    pub value_text: String,
    /// True when this preset is the chosen ambition.
    pub active: bool,
    /// False when the preset cannot be computed.
    pub available: bool,
}

/// Everything a goal card shows.
#[derive(Debug, Clone, PartialEq)]
pub struct GoalCardView {
    /// Goal id (stable key).
    pub id: String,
    /// Goal title.
    pub title: String,
    /// Indicator name.
    pub indicator: String,
    /// Indicator definition.
    pub definition: String,
    /// Unit word.
    pub unit: String,
    /// Slider minimum, maximum and step, in the indicator's unit.
    pub slider: (f64, f64, f64),
    /// The current target value.
    pub target: f64,
    /// The target as read out for the slider ("1.430 personer").
    pub target_text: String,
    /// Decimals to show in the number field.
    pub decimals: usize,
    /// The largest target the number field accepts: 100 for a percent, else ten times the
    /// slider's maximum (a typo guard, far beyond any real ambition).
    pub max_target: f64,
    /// Preset buttons.
    pub presets: Vec<PresetButton>,
    /// The consequence in one plain sentence.
    pub sentence: String,
    /// The realism badge text (None without a prognosis).
    pub realism: Option<String>,
    /// A one-word judgement for the badge's colour class: `hard`, `stretch`, `fair`, `easy`.
    pub realism_class: &'static str,
    /// Notes the reader must see (break, short history, no forecast).
    pub notes: Vec<String>,
    /// The main chart.
    pub chart: ChartSpec,
    /// The indexed comparison chart.
    pub index_chart: ChartSpec,
    /// Text summary of the chart for screen readers.
    pub summary: String,
    /// The figures behind the chart: month, actual, prognosis, 80 % band, kravforløb.
    pub table: Vec<Vec<String>>,
    /// Header of `table`.
    pub table_head: Vec<String>,
    /// Heading of the follow-up table ("" when there are no months to follow up).
    pub follow_up_heading: String,
    /// Follow-up rows: month, actual, required, difference, status.
    pub follow_up: Vec<Vec<String>>,
}

/// Label of a preset button.
pub fn preset_label(p: Preset, lang: Lang) -> &'static str {
    t(
        lang,
        match p {
            Preset::Hold => Key::PresetHold,
            Preset::Prognose => Key::PresetPrognose,
            Preset::Region => Key::PresetRegion,
            Preset::KlyngeMedian => Key::PresetKlyngeMedian,
            Preset::KlyngeBedsteKvartil => Key::PresetKlyngeBedsteKvartil,
        },
    )
}

fn decimals(unit: Unit) -> usize {
    match unit {
        Unit::Percent => 1,
        _ => 0,
    }
}

/// "færre"/"flere" (counts) or "lavere"/"højere" (percent) for a signed change.
fn direction(change: f64, unit: Unit, lang: Lang) -> &'static str {
    match (unit.is_count(), change < 0.0, lang) {
        (true, true, Lang::Da) => "færre",
        (true, false, Lang::Da) => "flere",
        (false, true, Lang::Da) => "lavere",
        (false, false, Lang::Da) => "højere",
        (true, true, Lang::En) => "fewer",
        (true, false, Lang::En) => "more",
        (false, true, Lang::En) => "lower",
        (false, false, Lang::En) => "higher",
    }
}

/// An absolute change in words: "38 færre", "1,2 procentpoint højere".
fn change_words(change: f64, unit: Unit, lang: Lang) -> String {
    let magnitude = format::number(change.abs(), decimals(unit), lang);
    let pp = match lang {
        Lang::Da => " procentpoint",
        Lang::En => " percentage points",
    };
    let unit_text = if unit.is_count() { "" } else { pp };
    format!("{magnitude}{unit_text} {}", direction(change, unit, lang))
}

fn base_words(goal: &Goal, plan: &GoalPlan, lang: Lang) -> String {
    match goal.measure {
        Measure::Month(_) => match lang {
            Lang::Da => format!("i {}", format::month(plan.base.month, lang)),
            Lang::En => format!("in {}", format::month(plan.base.month, lang)),
        },
        Measure::AnnualAverage => {
            let from = format::month(plan.base.month.plus(-11), lang);
            let to = format::month(plan.base.month, lang);
            match lang {
                Lang::Da => format!("de seneste 12 måneder ({from}–{to})"),
                Lang::En => format!("the latest 12 months ({from}–{to})"),
            }
        }
    }
}

/// The consequence sentence: "Målet for langtidsledige er 410 i dec. 2026: 38 færre end i
/// dec. 2024 og 22 færre end prognosen – ca. 2 færre om måneden."
pub fn sentence(b: &Baseline, goal: &Goal, plan: &GoalPlan, lang: Lang) -> String {
    let Some(ind) = b.indicators.get(goal.indicator) else {
        return String::new();
    };
    let name = ind.name.get(lang.code()).to_lowercase();
    let unit = ind.unit;
    let target = value_text(plan.target.target, unit, lang);
    let unit_suffix = match unit {
        Unit::Percent => String::new(),
        _ => format!(" {}", unit_word(unit, lang)),
    };
    let when = match goal.measure {
        Measure::Month(_) => format::month(plan.target_month, lang),
        Measure::AnnualAverage => match lang {
            Lang::Da => format!("i gennemsnit i {}", plan.target_month.year()),
            Lang::En => format!("on average in {}", plan.target_month.year()),
        },
    };
    let when = match (goal.measure, lang) {
        (Measure::Month(_), Lang::Da) => format!("i {when}"),
        (Measure::Month(_), Lang::En) => format!("in {when}"),
        _ => when,
    };
    let base = base_words(goal, plan, lang);
    let zero = |v: f64| v.abs() < 10f64.powi(-(decimals(unit) as i32)) / 2.0;
    let change = if zero(plan.target.change) {
        match lang {
            Lang::Da => format!("det samme som {base}"),
            Lang::En => format!("the same as {base}"),
        }
    } else {
        match lang {
            Lang::Da => format!(
                "{} end {base}",
                change_words(plan.target.change, unit, lang)
            ),
            Lang::En => format!(
                "{} than {base}",
                change_words(plan.target.change, unit, lang)
            ),
        }
    };
    let pace = if zero(plan.target.pace_per_month) && zero(plan.target.change) {
        match lang {
            Lang::Da => "uændret fra måned til måned".to_string(),
            Lang::En => "unchanged month by month".to_string(),
        }
    } else if zero(plan.target.pace_per_month) {
        // A change too small to show per month is still a change.
        let smallest = value_text(10f64.powi(-(decimals(unit) as i32)), unit, lang);
        match (lang, unit) {
            (Lang::Da, Unit::Percent) => {
                format!(
                    "under {} procentpoint om måneden",
                    smallest.trim_end_matches(" %")
                )
            }
            (Lang::En, Unit::Percent) => format!(
                "less than {} percentage points a month",
                smallest.trim_end_matches(" %")
            ),
            (Lang::Da, _) => format!("under {smallest} om måneden"),
            (Lang::En, _) => format!("less than {smallest} a month"),
        }
    } else {
        match lang {
            Lang::Da => format!(
                "ca. {} om måneden",
                change_words(plan.target.pace_per_month, unit, lang)
            ),
            Lang::En => format!(
                "about {} a month",
                change_words(plan.target.pace_per_month, unit, lang)
            ),
        }
    };
    let vs = plan.target.vs_prognosis.map(|d| {
        if zero(d) {
            match lang {
                Lang::Da => " og det samme som prognosen".to_string(),
                Lang::En => " and the same as the forecast".to_string(),
            }
        } else {
            match lang {
                Lang::Da => format!(" og {} end prognosen", change_words(d, unit, lang)),
                Lang::En => format!(" and {} than the forecast", change_words(d, unit, lang)),
            }
        }
    });
    let vs = vs.unwrap_or_default();
    match lang {
        Lang::Da => {
            format!("Målet for {name} er {target}{unit_suffix} {when}: {change}{vs} – {pace}.")
        }
        Lang::En => {
            format!("The target for {name} is {target}{unit_suffix} {when}: {change}{vs} – {pace}.")
        }
    }
}

impl Rating {
    /// The badge's colour class: `hard`, `stretch`, `fair`, `easy`, or `unknown` unrated.
    pub fn css_class(self) -> &'static str {
        match self {
            Rating::Unrated => "unknown",
            Rating::VeryAmbitious => "hard",
            Rating::Ambitious => "stretch",
            Rating::Realistic => "fair",
            Rating::Cautious => "easy",
        }
    }
}

/// The judgement word that opens the badge ("Meget ambitiøst: "); none when unrated.
fn judgement_words(rating: Rating, lang: Lang) -> &'static str {
    match (rating, lang) {
        (Rating::Unrated, _) => "",
        (Rating::VeryAmbitious, Lang::Da) => "Meget ambitiøst: ",
        (Rating::Ambitious, Lang::Da) => "Ambitiøst: ",
        (Rating::Realistic, Lang::Da) => "Realistisk: ",
        (Rating::Cautious, Lang::Da) => "Forsigtigt: ",
        (Rating::VeryAmbitious, Lang::En) => "Very ambitious: ",
        (Rating::Ambitious, Lang::En) => "Ambitious: ",
        (Rating::Realistic, Lang::En) => "Realistic: ",
        (Rating::Cautious, Lang::En) => "Cautious: ",
    }
}

/// The realism badge and its class.
pub fn realism_text(r: &Realism, lang: Lang) -> (String, &'static str) {
    let use_all = r.comparable_too_small;
    let c = deciding_count(r);
    let among = match (use_all, lang) {
        (false, Lang::Da) => "blandt sammenlignelige kommuner".to_string(),
        (false, Lang::En) => "among comparable municipalities".to_string(),
        (true, Lang::Da) => format!(
            "blandt alle kommuner (kun {} sammenlignelige kommuner har tal – for få)",
            r.comparable.municipalities
        ),
        (true, Lang::En) => format!(
            "among all municipalities (only {} comparable municipalities have figures – too few)",
            r.comparable.municipalities
        ),
    };
    let years = r
        .years
        .map(|(a, b)| {
            if a == b {
                format!(", {a}")
            } else {
                format!(", {a}–{b}")
            }
        })
        .unwrap_or_default();
    let horizon = match (r.horizon, lang) {
        (HorizonUsed::Target(_), _) => String::new(),
        (HorizonUsed::Fallback12, Lang::Da) => {
            " Målt over 12 måneder, fordi historikken er for kort til målets horisont.".to_string()
        }
        (HorizonUsed::Fallback12, Lang::En) => {
            " Measured over 12 months: the history is too short for the target's horizon."
                .to_string()
        }
    };
    let rating = rate(r);
    let judgement = judgement_words(rating, lang);
    let text = match lang {
        Lang::Da => format!(
            "{judgement}opnået i {} af {} tilfælde {among}{years}.{horizon}",
            format::number(c.achieved as f64, 0, lang),
            format::number(c.cases as f64, 0, lang)
        ),
        Lang::En => format!(
            "{judgement}achieved in {} of {} cases {among}{years}.{horizon}",
            format::number(c.achieved as f64, 0, lang),
            format::number(c.cases as f64, 0, lang)
        ),
    };
    (text, rating.css_class())
}

fn flag_notes(b: &Baseline, goal: &Goal, f: Option<&Forecast>, lang: Lang) -> Vec<String> {
    let mut notes = Vec::new();
    let Some(f) = f else {
        notes.push(match lang {
            Lang::Da => "Ingen prognose: for få måneder med tal (små tal er diskretioneret af kilden). Målet kan sættes som tal eller som ændring fra basis.".to_string(),
            Lang::En => "No forecast: too few months with figures (the source suppresses small numbers). Set the target as a figure or a change from the base.".to_string(),
        });
        return notes;
    };
    for flag in &f.flags {
        match flag {
            ForecastFlag::BreakNearOrigin { month, .. } | ForecastFlag::BreakInHorizon { month } => {
                let note = b
                    .indicators
                    .get(goal.indicator)
                    .and_then(|i| i.breaks.iter().find(|br| br.month == *month))
                    .map(|br| br.note.get(lang.code()).to_string())
                    .unwrap_or_default();
                notes.push(match lang {
                    Lang::Da => format!("Databrud {}: {note} Prognosens usikkerhedsbånd er derfor bredere.", format::month(*month, lang)),
                    Lang::En => format!("Data break {}: {note} The forecast's uncertainty band is wider.", format::month(*month, lang)),
                });
            }
            ForecastFlag::ShortHistory { months } if *months < 30 => notes.push(match lang {
                Lang::Da => format!("Kort historik ({months} måneder): sæsonmønstret støtter sig til alle kommuners mønster."),
                Lang::En => format!("Short history ({months} months): the seasonal pattern leans on all municipalities' pattern."),
            }),
            ForecastFlag::GapsInHistory { missing } => notes.push(match lang {
                Lang::Da => format!("{missing} måneder mangler i de seneste to år (diskretioneret af kilden)."),
                Lang::En => format!("{missing} months are missing in the last two years (suppressed by the source)."),
            }),
            _ => {}
        }
    }
    notes
}

/// Builds the goal card for municipality `m` and goal `gi` from its plan.
pub fn goal_card(
    b: &Baseline,
    planner: &Planner,
    m: usize,
    gi: usize,
    plan: &GoalPlan,
    lang: Lang,
) -> Option<GoalCardView> {
    let gs = b.goal_sets.get(planner.goal_set)?;
    let goal = gs.goals.get(gi)?;
    let ind = b.indicators.get(goal.indicator)?;
    let muni = b.municipalities.get(m)?;
    let unit = ind.unit;
    let forecast = planner
        .prognoses
        .forecast(Area::Municipality(m), goal.indicator);
    let presets = plan
        .presets
        .iter()
        .map(|(p, v)| PresetButton {
            id: p.id(),
            label: preset_label(*p, lang),
            value_text: match v {
                Ok(v) => value_text(*v, unit, lang),
                Err(_) => t(lang, Key::PresetUnavailable).to_string(),
            },
            active: plan.ambition == Ambition::Preset(*p),
            available: v.is_ok(),
        })
        .collect();
    let realism = plan.realism.as_ref().map(|r| realism_text(r, lang));
    let (lo, hi) = plan.range;
    let step = match unit {
        Unit::Percent => 0.1,
        _ => {
            let span = hi - lo;
            if span > 20_000.0 {
                10.0
            } else {
                1.0
            }
        }
    };
    // Bounds on the step grid (so keyboard steps land on round figures) and holding the target.
    let lo = ((lo.min(plan.target.target) / step).floor() * step).max(0.0);
    let hi = (hi.max(plan.target.target) / step).ceil() * step;
    let series = &b.series(Area::Municipality(m), goal.indicator)?.series;
    let chart = goal_chart(b, goal, series, forecast, plan, &muni.name, lang);
    let index_chart = index_chart(b, m, goal, plan.base.month, lang);
    let table_head = vec![
        t(lang, Key::Month).to_string(),
        t(lang, Key::Actual).to_string(),
        t(lang, Key::Prognosis).to_string(),
        t(lang, Key::Low80).to_string(),
        t(lang, Key::High80).to_string(),
        t(lang, Key::Required).to_string(),
    ];
    let table = chart_table(series, forecast, plan, unit, lang);
    let summary = chart_summary(b, goal, plan, &muni.name, lang);
    let follow_up: Vec<Vec<String>> = plan
        .follow_up
        .iter()
        .map(|f| {
            let status = match (f.status, lang) {
                (Status::Ahead, Lang::Da) => "foran",
                (Status::OnTrack, Lang::Da) => "på sporet",
                (Status::Behind, Lang::Da) => "bagud",
                (Status::Ahead, Lang::En) => "ahead",
                (Status::OnTrack, Lang::En) => "on track",
                (Status::Behind, Lang::En) => "behind",
            };
            let diff = value_text(f.difference, unit, lang);
            vec![
                format::month(f.month, lang),
                value_text(f.actual, unit, lang),
                value_text(f.required, unit, lang),
                if f.difference > 0.0 {
                    format!("+{diff}")
                } else {
                    diff
                },
                status.to_string(),
            ]
        })
        .collect();
    let follow_up_heading = match (plan.follow_up.first(), lang) {
        (None, _) => String::new(),
        (Some(f), Lang::Da) => format!(
            "Opfølgning: årets faktiske tal mod et kravforløb fra {} til målet",
            format::month(f.month.plus(-1), lang)
        ),
        (Some(f), Lang::En) => format!(
            "Follow-up: this year's actual figures against a required path from {} to the target",
            format::month(f.month.plus(-1), lang)
        ),
    };
    Some(GoalCardView {
        follow_up_heading,
        follow_up,
        id: goal.id.clone(),
        title: goal.title.get(lang.code()).to_string(),
        indicator: ind.name.get(lang.code()).to_string(),
        definition: ind.definition.get(lang.code()).to_string(),
        unit: unit_word(unit, lang).to_string(),
        slider: (lo, hi, step),
        target: plan.target.target,
        target_text: match unit {
            Unit::Percent => value_text(plan.target.target, unit, lang),
            _ => format!(
                "{} {}",
                value_text(plan.target.target, unit, lang),
                unit_word(unit, lang)
            ),
        },
        decimals: decimals(unit),
        max_target: match unit {
            Unit::Percent => 100.0,
            _ => hi * 10.0,
        },
        presets,
        sentence: sentence(b, goal, plan, lang),
        realism_class: realism.as_ref().map_or("unknown", |r| r.1),
        realism: realism.map(|r| r.0),
        notes: flag_notes(b, goal, forecast, lang),
        chart,
        index_chart,
        summary,
        table,
        table_head,
    })
}

fn goal_chart(
    b: &Baseline,
    goal: &Goal,
    series: &crate::model::Series,
    forecast: Option<&Forecast>,
    plan: &GoalPlan,
    name: &str,
    lang: Lang,
) -> ChartSpec {
    let unit = b
        .indicators
        .get(goal.indicator)
        .map_or(Unit::Persons, |i| i.unit);
    let mut lines = vec![Line {
        label: format!("{name}, {}", t(lang, Key::Actual).to_lowercase()),
        points: series.iter().collect(),
        style: LineStyle::Solid,
        color: Palette::Blue,
    }];
    let mut bands = Vec::new();
    if let Some(f) = forecast {
        let pts = |lo: &[f64], hi: &[f64]| -> Vec<(Month, f64, f64)> {
            (0..f.len()).map(|h| (f.month(h), lo[h], hi[h])).collect()
        };
        let band = match lang {
            Lang::Da => "Usikkerhed",
            Lang::En => "Uncertainty",
        };
        bands.push(Band {
            label: format!("{band} 95 %"),
            points: pts(&f.lo95, &f.hi95),
            color: Palette::Grey,
            opacity: 0.12,
        });
        bands.push(Band {
            label: format!("{band} 80 %"),
            points: pts(&f.lo80, &f.hi80),
            color: Palette::Grey,
            opacity: 0.22,
        });
        // The prognosis line starts at the last actual so the two lines join.
        let mut points: Vec<(Month, Option<f64>)> = Vec::new();
        if let Some(last) = series.last_observed() {
            points.push((last, series.get(last)));
        }
        points.extend((0..f.len()).map(|h| (f.month(h), Some(f.mean[h]))));
        lines.push(Line {
            label: t(lang, Key::Prognosis).to_string(),
            points,
            style: LineStyle::Dashed,
            color: Palette::Grey,
        });
    }
    if let Ok(path) = &plan.path {
        let mut points = vec![(path.origin, Some(path.origin_value))];
        points.extend(path.points.iter().map(|(m, v)| (*m, Some(*v))));
        lines.push(Line {
            label: t(lang, Key::Required).to_string(),
            points,
            style: LineStyle::Dashed,
            color: Palette::Vermillion,
        });
    }
    if goal.measure == Measure::AnnualAverage {
        // An annual-average target is a level for the whole plan year.
        let year = plan.target_month.year();
        lines.push(Line {
            label: match lang {
                Lang::Da => format!("{} (gennemsnit {year})", t(lang, Key::Target)),
                Lang::En => format!("{} (average {year})", t(lang, Key::Target)),
            },
            points: (0..12)
                .map(|k| (plan.target_month.plus(k - 11), Some(plan.target.target)))
                .collect(),
            style: LineStyle::Solid,
            color: Palette::Orange,
        });
    }
    let first = series.start();
    let last = forecast
        .map(|f| f.month(f.len().saturating_sub(1)))
        .unwrap_or(plan.target_month)
        .max(plan.target_month);
    ChartSpec {
        numbers: lang.number_style(),
        y_label: format!(
            "{} ({})",
            b.indicators
                .get(goal.indicator)
                .map(|i| i.name.get(lang.code()).to_string())
                .unwrap_or_default(),
            unit_word(unit, lang)
        ),
        bands,
        lines,
        markers: vec![Marker {
            label: t(lang, Key::Target).to_string(),
            month: plan.target_month,
            value: plan.target.target,
            color: Palette::Vermillion,
        }],
        month_labels: axis_labels(first, last, lang),
        source: super::source_line(b, lang),
    }
}

fn index_chart(b: &Baseline, m: usize, goal: &Goal, base: Month, lang: Lang) -> ChartSpec {
    let Some(muni) = b.municipalities.get(m) else {
        return ChartSpec::default();
    };
    let i = goal.indicator;
    let mut lines = Vec::new();
    let mut push = |label: String, points: Option<Vec<(Month, Option<f64>)>>, color, style| {
        if let Some(points) = points {
            lines.push(Line {
                label,
                points,
                style,
                color,
            });
        }
    };
    let own = b
        .series(Area::Municipality(m), i)
        .and_then(|e| indexed(&e.series, base));
    push(muni.name.clone(), own, Palette::Blue, LineStyle::Solid);
    let region = b
        .series(Area::Region(muni.region), i)
        .and_then(|e| indexed(&e.series, base));
    let region_name = b
        .regions
        .get(muni.region)
        .map(|r| r.name.clone())
        .unwrap_or_default();
    push(region_name, region, Palette::Orange, LineStyle::Solid);
    let mut members = b.group_peers(m);
    members.push(m);
    let group_name = b
        .groups
        .get(muni.group)
        .map(|g| g.name.clone())
        .unwrap_or_default();
    push(
        group_name,
        group_index(b, &members, i, base),
        Palette::Green,
        LineStyle::Dashed,
    );
    let national = b
        .series(Area::National, i)
        .and_then(|e| indexed(&e.series, base));
    let country = match lang {
        Lang::Da => "Hele landet",
        Lang::En => "Denmark",
    };
    push(
        country.to_string(),
        national,
        Palette::Purple,
        LineStyle::Dashed,
    );
    let (first, last) = lines
        .iter()
        .flat_map(|l| l.points.iter().map(|p| p.0))
        .fold((base, base), |(a, z), m| (a.min(m), z.max(m)));
    ChartSpec {
        numbers: lang.number_style(),
        y_label: format!(
            "{} ({} = 100)",
            t(lang, Key::Index),
            format::month(base, lang)
        ),
        lines,
        month_labels: axis_labels(first, last, lang),
        ..ChartSpec::default()
    }
}

fn chart_table(
    series: &crate::model::Series,
    forecast: Option<&Forecast>,
    plan: &GoalPlan,
    unit: Unit,
    lang: Lang,
) -> Vec<Vec<String>> {
    let end = forecast
        .map(|f| f.month(f.len().saturating_sub(1)))
        .unwrap_or(plan.target_month)
        .max(plan.target_month);
    let mut rows = Vec::new();
    let mut month = series.start();
    let cell = |v: Option<f64>| v.map_or_else(String::new, |v| value_text(v, unit, lang));
    while month <= end {
        let fc = forecast.and_then(|f| {
            let i = f.start.months_until(month);
            (i >= 0 && (i as usize) < f.len()).then(|| {
                let i = i as usize;
                (f.mean[i], f.lo80[i], f.hi80[i])
            })
        });
        let path = plan.path.as_ref().ok().and_then(|p| p.at(month));
        rows.push(vec![
            format::month(month, lang),
            cell(series.get(month)),
            cell(fc.map(|x| x.0)),
            cell(fc.map(|x| x.1)),
            cell(fc.map(|x| x.2)),
            cell(path),
        ]);
        month = month.plus(1);
    }
    rows
}

fn chart_summary(b: &Baseline, goal: &Goal, plan: &GoalPlan, name: &str, lang: Lang) -> String {
    let unit = b
        .indicators
        .get(goal.indicator)
        .map_or(Unit::Persons, |i| i.unit);
    let prog = plan
        .prognosis
        .map(|p| value_text(p, unit, lang))
        .unwrap_or_else(|| t(lang, Key::NoForecast).to_lowercase());
    let when = match (goal.measure, lang) {
        (Measure::AnnualAverage, Lang::Da) => {
            format!("i gennemsnit for {}", plan.target_month.year())
        }
        (Measure::AnnualAverage, Lang::En) => {
            format!("on average for {}", plan.target_month.year())
        }
        (Measure::Month(_), Lang::Da) => format!("for {}", format::month(plan.target_month, lang)),
        (Measure::Month(_), Lang::En) => format!("for {}", format::month(plan.target_month, lang)),
    };
    match lang {
        Lang::Da => format!(
            "Diagram for {name}: faktiske tal til {}, prognose {prog} og mål {} {when}. Kravforløbet går fra seneste faktiske tal til målet.",
            format::month(plan.path.as_ref().map(|p| p.origin).unwrap_or(plan.base.month), lang),
            value_text(plan.target.target, unit, lang),
        ),
        Lang::En => format!(
            "Chart for {name}: actual figures to {}, forecast {prog} and target {} {when}. The required path runs from the latest actual figure to the target.",
            format::month(plan.path.as_ref().map(|p| p.origin).unwrap_or(plan.base.month), lang),
            value_text(plan.target.target, unit, lang),
        ),
    }
}

/// One row of the overview table "Måltal for beskæftigelsesplanen".
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct OverviewRow {
    /// Goal id.
    pub id: String,
    /// Goal title.
    pub goal: String,
    /// Target with unit and when.
    pub target: String,
    /// Change from the base.
    pub change: String,
    /// Difference from the prognosis.
    pub vs_prognosis: String,
    /// Pace per month.
    pub pace: String,
    /// Realism text.
    pub realism: String,
}

/// A goal Måltal cannot plan for a municipality (too few months with figures — small numbers are
/// suppressed at the source): its title and one sentence saying so, for the card and the overview.
pub fn unavailable(b: &Baseline, municipality: usize, goal: &Goal, lang: Lang) -> (String, String) {
    let name = b
        .municipalities
        .get(municipality)
        .map(|m| m.name.as_str())
        .unwrap_or_default();
    let indicator = b
        .indicators
        .get(goal.indicator)
        .map(|i| i.name.get(lang.code()).to_lowercase())
        .unwrap_or_default();
    let sentence = match lang {
        Lang::Da => format!(
            "Måltal kan ikke beregne dette mål for {name}: der er for få måneder med tal for {indicator}. Små tal udelades i kilden, så små kommuner mangler ofte tal."
        ),
        Lang::En => format!(
            "Måltal cannot plan this goal for {name}: too few months have figures for {indicator}. Small numbers are suppressed at the source, so small municipalities often lack figures."
        ),
    };
    (goal.title.get(lang.code()).to_string(), sentence)
}

/// The overview row of a goal that cannot be planned (see [`unavailable`]).
pub fn overview_unavailable_row(
    b: &Baseline,
    municipality: usize,
    goal: &Goal,
    lang: Lang,
) -> OverviewRow {
    let (title, _) = unavailable(b, municipality, goal, lang);
    let dash = "–".to_string();
    OverviewRow {
        id: goal.id.clone(),
        goal: title,
        target: dash.clone(),
        change: dash.clone(),
        vs_prognosis: dash.clone(),
        pace: dash,
        realism: match lang {
            Lang::Da => "Ikke nok tal til at beregne målet.".into(),
            Lang::En => "Too few figures to plan this goal.".into(),
        },
    }
}

/// The overview row of one planned goal.
pub fn overview_row(b: &Baseline, goal: &Goal, plan: &GoalPlan, lang: Lang) -> OverviewRow {
    let unit = b
        .indicators
        .get(goal.indicator)
        .map_or(Unit::Persons, |i| i.unit);
    let when = match goal.measure {
        Measure::Month(_) => format::month(plan.target_month, lang),
        Measure::AnnualAverage => match lang {
            Lang::Da => format!("gns. {}", plan.target_month.year()),
            Lang::En => format!("avg. {}", plan.target_month.year()),
        },
    };
    let rel = |r: Option<f64>| {
        r.filter(|_| unit.is_count())
            .map(|r| {
                format!(
                    " ({}{} %)",
                    if r > 0.0 { "+" } else { "" },
                    format::number(r * 100.0, 1, lang)
                )
            })
            .unwrap_or_default()
    };
    let signed = |v: f64| {
        let s = value_text(v, unit, lang);
        if v > 0.0 {
            format!("+{s}")
        } else {
            s
        }
    };
    OverviewRow {
        id: goal.id.clone(),
        goal: goal.title.get(lang.code()).to_string(),
        target: format!("{} ({when})", value_text(plan.target.target, unit, lang)),
        change: format!(
            "{}{}",
            signed(plan.target.change),
            rel(plan.target.change_relative)
        ),
        vs_prognosis: plan
            .target
            .vs_prognosis
            .map(|d| format!("{}{}", signed(d), rel(plan.target.vs_prognosis_relative)))
            .unwrap_or_else(|| t(lang, Key::NoForecast).to_string()),
        pace: signed(plan.target.pace_per_month),
        realism: plan
            .realism
            .as_ref()
            .map(|r| realism_text(r, lang).0)
            .unwrap_or_default(),
    }
}

/// Reads a target typed in the number field: a number in `lang`'s way, not negative, at most
/// `max`. The error is the sentence shown under the field.
pub fn read_target(text: &str, max: f64, decimals: usize, lang: Lang) -> Result<f64, String> {
    let value = format::parse_number(text, lang)
        .ok_or_else(|| t(lang, Key::NumberUnreadable).to_string())?;
    if value < 0.0 {
        return Err(t(lang, Key::NumberNegative).to_string());
    }
    if value > max {
        return Err(format!(
            "{} {}.",
            t(lang, Key::NumberAtMost),
            format::number(max, decimals, lang)
        ));
    }
    Ok(value)
}

#[cfg(test)]
#[cfg(not(target_arch = "wasm32"))]
mod tests {
    use super::*;
    use crate::charts::spec::NumberStyle;
    use crate::model::ambition::Preset;
    use crate::model::kravforloeb::PathShape;

    fn setup() -> (Baseline, Planner) {
        let b = super::super::default_baseline();
        let p = Planner::new(&b, 0, Some(0)).unwrap();
        (b, p)
    }

    #[test]
    fn the_sentence_states_target_month_change_prognosis_and_pace_in_danish_and_english() {
        let (b, p) = setup();
        let aarhus = b.municipality_index("751").unwrap();
        let gi = 1; // langtidsledighed, December level
        let plan = p
            .plan(
                &b,
                aarhus,
                gi,
                Ambition::Absolute(1300.0),
                PathShape::Seasonal,
            )
            .unwrap();
        let goal = &b.goal_sets[0].goals[gi];
        let da = sentence(&b, goal, &plan, Lang::Da);
        assert!(
            da.starts_with("Målet for langtidsledige er 1.300 personer i dec. 2026: 74 færre end i dec. 2024 og "),
            "{da}"
        );
        assert!(
            da.contains("færre end prognosen") && da.ends_with("om måneden."),
            "{da}"
        );
        let en = sentence(&b, goal, &plan, Lang::En);
        assert!(en.starts_with("The target for long-term unemployed is 1,300 persons in Dec 2026: 74 fewer than in Dec 2024"), "{en}");
    }

    #[test]
    fn holding_the_level_reads_as_the_same_not_as_zero_more() {
        let (b, p) = setup();
        let m = b.municipality_index("751").unwrap();
        let plan = p
            .plan(
                &b,
                m,
                0,
                Ambition::Preset(Preset::Hold),
                PathShape::Seasonal,
            )
            .unwrap();
        let s = sentence(&b, &b.goal_sets[0].goals[0], &plan, Lang::Da);
        assert!(s.contains("det samme som de seneste 12 måneder"), "{s}");
        assert!(s.ends_with("uændret fra måned til måned."), "{s}");
    }

    #[test]
    fn the_card_marks_the_active_preset_and_keeps_the_target_inside_the_slider() {
        let (b, p) = setup();
        let m = b.municipality_index("101").unwrap();
        for gi in 0..4 {
            let plan = p
                .plan(
                    &b,
                    m,
                    gi,
                    Ambition::Preset(Preset::KlyngeMedian),
                    PathShape::Seasonal,
                )
                .unwrap();
            let card = goal_card(&b, &p, m, gi, &plan, Lang::Da).unwrap();
            let active: Vec<&str> = card
                .presets
                .iter()
                .filter(|x| x.active)
                .map(|x| x.id)
                .collect();
            assert_eq!(active, ["klynge-median"]);
            let (lo, hi, step) = card.slider;
            assert!(
                lo <= card.target && card.target <= hi,
                "{lo} ≤ {} ≤ {hi}",
                card.target
            );
            assert!(
                ((lo / step).round() * step - lo).abs() < 1e-9,
                "min on the step grid"
            );
            assert_eq!(card.table_head.len(), card.table[0].len());
            assert!(card.chart.lines.iter().any(|l| l.label == "Kravforløb"));
            assert_eq!(card.chart.numbers, NumberStyle::Danish);
            let en = goal_card(&b, &p, m, gi, &plan, Lang::En).unwrap();
            assert_eq!(en.chart.numbers, NumberStyle::English, "English axes");
            assert_eq!(
                en.index_chart.numbers,
                NumberStyle::English,
                "English index axes"
            );
        }
    }

    #[test]
    fn the_realism_badge_always_gives_k_of_n_and_says_when_it_falls_back_to_all() {
        let (b, p) = setup();
        let aarhus = b.municipality_index("751").unwrap();
        let plan = p
            .plan(&b, aarhus, 0, Ambition::Change(-0.1), PathShape::Seasonal)
            .unwrap();
        let (text, class) = realism_text(plan.realism.as_ref().unwrap(), Lang::Da);
        assert!(text.contains(" af ") && text.contains("tilfælde"), "{text}");
        assert!(
            text.contains("blandt alle kommuner (kun 2 sammenlignelige"),
            "Storbykommuner has 3 members: {text}"
        );
        assert!(["hard", "stretch", "fair", "easy"].contains(&class));
    }

    #[test]
    fn a_typed_target_is_read_in_the_pages_language_and_checked_with_a_sentence_for_the_user() {
        assert_eq!(read_target("14.720", 200_000.0, 0, Lang::Da), Ok(14_720.0));
        assert_eq!(read_target("12,5 %", 100.0, 1, Lang::Da), Ok(12.5));
        assert_eq!(read_target("1,234.5", 200_000.0, 0, Lang::En), Ok(1234.5));
        assert_eq!(
            read_target("abc", 200_000.0, 0, Lang::Da),
            Err("Skriv målet som et tal, fx 1.234 eller 12,5.".to_string())
        );
        assert_eq!(
            read_target("8,1", 100.0, 1, Lang::En),
            Err("Type the target as a number, e.g. 1,234 or 12.5.".to_string())
        );
        assert_eq!(
            read_target("-5", 200_000.0, 0, Lang::Da),
            Err("Målet kan ikke være negativt.".to_string())
        );
        assert_eq!(
            read_target("150", 100.0, 1, Lang::Da),
            Err("Skriv et mål på højst 100,0.".to_string())
        );
        assert_eq!(
            read_target("999999999", 197_950.0, 0, Lang::En),
            Err("Type a target of at most 197,950.".to_string())
        );
        assert_eq!(read_target("0", 100.0, 1, Lang::Da), Ok(0.0));
    }

    #[test]
    fn the_number_field_accepts_up_to_100_for_a_percent_and_ten_times_the_slider_for_counts() {
        let (b, p) = setup();
        let aarhus = b.municipality_index("751").unwrap();
        for (gi, g) in b.goal_sets[0].goals.iter().enumerate() {
            let plan = p
                .plan(&b, aarhus, gi, Ambition::default(), PathShape::Seasonal)
                .unwrap();
            let card = goal_card(&b, &p, aarhus, gi, &plan, Lang::Da).unwrap();
            if b.indicators[g.indicator].unit == Unit::Percent {
                assert_eq!(card.max_target, 100.0);
            } else {
                assert_eq!(card.max_target, card.slider.1 * 10.0);
            }
        }
    }

    #[test]
    fn a_goal_without_enough_figures_says_so_on_the_card_and_in_the_overview() {
        let (b, p) = setup();
        let laeso = b.municipality_index("825").unwrap();
        let gs = &b.goal_sets[0];
        let gi = gs
            .goals
            .iter()
            .position(|g| g.id == "langtidsledighed")
            .unwrap();
        assert!(
            p.plan(&b, laeso, gi, Ambition::default(), PathShape::Seasonal)
                .is_err(),
            "Læsø lacks long-term figures"
        );
        let (title, sentence) = unavailable(&b, laeso, &gs.goals[gi], Lang::Da);
        assert_eq!(title, gs.goals[gi].title.get("da"));
        assert!(sentence.starts_with("Måltal kan ikke beregne dette mål for Læsø: der er for få måneder med tal for langtidsledige."), "{sentence}");
        let row = overview_unavailable_row(&b, laeso, &gs.goals[gi], Lang::En);
        assert_eq!(
            (row.target.as_str(), row.realism.as_str()),
            ("–", "Too few figures to plan this goal.")
        );
    }

    #[test]
    fn a_change_too_small_per_month_is_not_called_unchanged_and_an_average_goal_is_named_so() {
        let (b, p) = setup();
        let aarhus = b.municipality_index("751").unwrap();
        let gs = &b.goal_sets[0];
        let gi = gs.goals.iter().position(|g| g.id == "loentimer").unwrap();
        let plan = p
            .plan(&b, aarhus, gi, Ambition::Change(0.2), PathShape::Seasonal)
            .unwrap();
        assert!(
            plan.target.pace_per_month.abs() < 0.05,
            "{}",
            plan.target.pace_per_month
        );
        let s = sentence(&b, &gs.goals[gi], &plan, Lang::Da);
        assert!(!s.contains("uændret"), "{s}");
        assert!(s.ends_with("under 0,1 procentpoint om måneden."), "{s}");
        let en = sentence(&b, &gs.goals[gi], &plan, Lang::En);
        assert!(
            en.ends_with("less than 0.1 percentage points a month."),
            "{en}"
        );

        let avg = gs
            .goals
            .iter()
            .position(|g| g.measure == Measure::AnnualAverage)
            .unwrap();
        let plan = p
            .plan(&b, aarhus, avg, Ambition::default(), PathShape::Seasonal)
            .unwrap();
        let summary = chart_summary(&b, &gs.goals[avg], &plan, "Aarhus", Lang::Da);
        assert!(
            summary.contains(&format!("i gennemsnit for {}", plan.target_month.year())),
            "{summary}"
        );
    }
}
