//! The goal card: everything one goal's card shows — titles, slider settings, preset buttons,
//! the sentence, the realism badge, notes, charts, the figures table and the follow-up — put
//! together from the other parts of `goal`. Pure (no Leptos); values are in the indicator's unit.

use crate::charts::spec::ChartSpec;
use crate::model::ambition::{Ambition, Preset};
use crate::model::baseline::{Area, Baseline, Better, Goal, Measure, Unit};
use crate::model::kravforloeb::Status;
use crate::model::plan::{GoalPlan, Planner};
use crate::model::slider::{slider, Slider};
use crate::model::Month;
use crate::ui::format::{self, Lang};
use crate::ui::i18n::{t, Key};

use super::super::{unit_word, value_text};
use super::chart::{chart_summary, chart_table, goal_chart, index_chart};
use super::decimals;
use super::notes::flag_notes;
use super::realism::realism_text;
use super::sentence::{now, sentence};

/// A preset button.
#[derive(Debug, Clone, PartialEq)]
pub struct PresetButton {
    /// Preset id.
    pub id: &'static str,
    /// Label, saying what the preset does ("Samme niveau som dec. 2024").
    pub label: String,
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
    /// Preset buttons, from the least to the most ambitious in the indicator's better direction
    /// (those that cannot be computed last).
    pub presets: Vec<PresetButton>,
    /// Marks on the slider's scale: today's level, the forecast and the presets.
    pub marks: Vec<SliderMark>,
    /// The words at the slider's two ends, saying which end is better: ("færre – bedre",
    /// "flere").
    pub scale_ends: (String, String),
    /// The consequence in one plain sentence.
    pub sentence: String,
    /// The realism badge text (None without a forecast).
    pub realism: Option<String>,
    /// A one-word judgement for the badge's colour class: `hard`, `stretch`, `fair`, `easy`.
    pub realism_class: &'static str,
    /// Notes the reader must see (break, short history, no forecast).
    pub notes: Vec<String>,
    /// The compact summary that stays on a phone's screen while the target moves.
    pub glance: super::glance::Glance,
    /// The main chart.
    pub chart: ChartSpec,
    /// The indexed comparison chart.
    pub index_chart: ChartSpec,
    /// Text summary of the chart for screen readers.
    pub summary: String,
    /// The figures behind the chart: month, actual, forecast, 80 % band, kravforløb, data break.
    pub table: Vec<Vec<String>>,
    /// Header of `table`.
    pub table_head: Vec<String>,
    /// Heading of the follow-up table ("" when there are no months to follow up).
    pub follow_up_heading: String,
    /// Follow-up rows: month, actual, required, difference, status.
    pub follow_up: Vec<Vec<String>>,
    /// The target year ("2028"), and whether the plan runs over several years.
    pub target_year: i32,
    /// One row per year between the latest figure and the target year (empty for a plan of
    /// one year).
    pub milestones: Vec<MilestoneView>,
}

/// A mark on the slider's scale.
#[derive(Debug, Clone, PartialEq)]
pub struct SliderMark {
    /// The value it marks, in the indicator's unit.
    pub value: f64,
    /// Where it sits along the slider, 0–100 (% of the track).
    pub position: f64,
    /// "Nu: 305", "Prognose: 309", or a preset's label and value.
    pub label: String,
    /// `now`, `prognosis` (the forecast) or `preset`: the mark's class, `mark-{kind}`.
    pub kind: &'static str,
}

/// One year's milestone (delmål) on the card.
#[derive(Debug, Clone, PartialEq)]
pub struct MilestoneView {
    /// The year.
    pub year: i32,
    /// The field's label: "Delmål 2026 (%, gennemsnit over året)".
    pub label: String,
    /// The milestone as the number field shows it, in the page's way ("1.350", "4,2").
    pub value: String,
    /// True when the user set it; false when it is the path's value that year.
    pub set: bool,
    /// "Faktisk: 1.402 – foran kravet" once the year is published; empty before.
    pub actual: String,
}

/// Label of a preset button.
pub fn preset_label(p: Preset, lang: Lang) -> &'static str {
    t(
        lang,
        match p {
            Preset::Hold => Key::PresetHold,
            Preset::Forecast => Key::PresetForecast,
            Preset::Region => Key::PresetRegion,
            Preset::PeerMedian => Key::PresetPeerMedian,
            Preset::PeerBestQuartile => Key::PresetPeerBestQuartile,
        },
    )
}

/// A preset's name on the card, saying what it does: "Samme niveau som dec. 2024" (or "… som
/// de seneste 12 måneder" for an annual average), "Følg prognosen", ….
pub fn preset_name(p: Preset, measure: Measure, base_month: Month, lang: Lang) -> String {
    match (p, measure, lang) {
        (Preset::Hold, Measure::Month(_), _) => format!(
            "{} {}",
            preset_label(p, lang),
            format::month(base_month, lang)
        ),
        (Preset::Hold, Measure::AnnualAverage, Lang::Da) => {
            format!("{} de seneste 12 måneder", preset_label(p, lang))
        }
        (Preset::Hold, Measure::AnnualAverage, Lang::En) => {
            format!("{} the latest 12 months", preset_label(p, lang))
        }
        _ => preset_label(p, lang).to_string(),
    }
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
    let (goal, ind, muni) = super::super::goal_context(b, planner, m, gi)?;
    let unit = ind.unit;
    let forecast = planner
        .forecasts
        .forecast(Area::Municipality(m), goal.indicator);
    let presets = preset_buttons(plan, (goal.measure, unit, ind.better), lang);
    let realism = plan.realism.as_ref().map(|r| realism_text(r, unit, lang));
    let Slider {
        min: lo,
        max: hi,
        step,
    } = slider(plan.range, plan.target.target, unit);
    let marks = slider_marks(b, goal, plan, (lo, hi), lang);
    let scale_ends = scale_ends(unit, ind.better, lang);
    let series = &b.series(Area::Municipality(m), goal.indicator)?.series;
    let chart = goal_chart(b, goal, series, forecast, plan, &muni.name, lang);
    let index_chart = index_chart(b, m, goal, plan.base.month, lang);
    let table_head = table_head(lang);
    let table = chart_table(series, forecast, plan, (unit, &ind.breaks), lang);
    let summary = chart_summary(b, goal, plan, &muni.name, (&chart.breaks, lang));
    let follow_up = follow_up_rows(plan, unit, lang);
    let follow_up_heading = follow_up_heading(plan, lang);
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
        // Never past what a link or file may hold (`Baseline::plausible_limit`), so a typed
        // target always reads back.
        max_target: match unit {
            Unit::Percent => 100.0,
            _ => hi * 10.0,
        }
        .min(b.plausible_limit(goal.indicator).unwrap_or(f64::INFINITY)),
        presets,
        marks,
        scale_ends,
        sentence: sentence(b, goal, plan, lang),
        realism_class: realism.as_ref().map_or("unknown", |r| r.1),
        realism: realism.map(|r| r.0),
        notes: flag_notes(b, goal, forecast, lang),
        glance: super::glance::glance(b, goal, plan, &chart, lang),
        chart,
        index_chart,
        summary,
        table,
        table_head,
        target_year: plan.target_month.year(),
        milestones: milestone_views(plan, unit, goal.measure, lang),
    })
}

/// The milestone rows of `plan`.
fn milestone_views(
    plan: &GoalPlan,
    unit: Unit,
    measure: Measure,
    lang: Lang,
) -> Vec<MilestoneView> {
    let how = match (measure, lang) {
        (Measure::AnnualAverage, Lang::Da) => "gennemsnit over året".to_string(),
        (Measure::AnnualAverage, Lang::En) => "average over the year".to_string(),
        (Measure::Month(m), _) => Month::new(2000, m)
            .map(|x| format::month(x, lang).replace(" 2000", ""))
            .unwrap_or_default(),
    };
    plan.milestones
        .iter()
        .map(|m| MilestoneView {
            year: m.year,
            label: format!(
                "{} {} ({}, {how})",
                t(lang, Key::Milestone),
                m.year,
                unit_word(unit, lang)
            ),
            value: format::number(m.value, decimals(unit), lang),
            set: m.set,
            actual: match (m.actual, m.status) {
                (Some(a), Some(s)) => format!(
                    "{}: {} – {}",
                    t(lang, Key::Actual),
                    value_text(a, unit, lang),
                    status_word(s, lang)
                ),
                _ => String::new(),
            },
        })
        .collect()
}

/// The preset buttons of `plan`, the chosen one active, from the least to the most ambitious
/// in the indicator's better direction; presets that cannot be computed come last.
fn preset_buttons(
    plan: &GoalPlan,
    (measure, unit, better): (Measure, Unit, Better),
    lang: Lang,
) -> Vec<PresetButton> {
    let mut ordered: Vec<&(Preset, Result<f64, _>)> = plan.presets.iter().collect();
    // Weakest first: the highest target when fewer is better, the lowest when more is.
    let weakness = |v: &Result<f64, _>| match (v, better) {
        (Ok(v), Better::Lower) => -*v,
        (Ok(v), Better::Higher) => *v,
        (Err(_), _) => f64::INFINITY,
    };
    ordered.sort_by(|a, b| weakness(&a.1).total_cmp(&weakness(&b.1)));
    ordered
        .into_iter()
        .map(|(p, v)| PresetButton {
            id: p.id(),
            label: preset_name(*p, measure, plan.base.month, lang),
            value_text: match v {
                Ok(v) => value_text(*v, unit, lang),
                Err(_) => t(lang, Key::PresetUnavailable).to_string(),
            },
            active: plan.ambition == Ambition::Preset(*p),
            available: v.is_ok(),
        })
        .collect()
}

/// The slider's marks: today's level, the forecast and every preset that can be computed,
/// placed along the track (`lo`–`hi`).
fn slider_marks(
    b: &Baseline,
    goal: &Goal,
    plan: &GoalPlan,
    (lo, hi): (f64, f64),
    lang: Lang,
) -> Vec<SliderMark> {
    let unit = b
        .indicators
        .get(goal.indicator)
        .map_or(Unit::Persons, |i| i.unit);
    let at = |v: f64| {
        if hi > lo {
            ((v - lo) / (hi - lo) * 100.0).clamp(0.0, 100.0)
        } else {
            50.0
        }
    };
    let mark = |value: f64, name: String, kind| SliderMark {
        value,
        position: at(value),
        label: format!("{name}: {}", value_text(value, unit, lang)),
        kind,
    };
    let now = now(b, goal, plan);
    let mut marks = vec![mark(now.value, t(lang, Key::MarkNow).to_string(), "now")];
    if let Some(p) = plan.forecast {
        marks.push(mark(p, t(lang, Key::Forecast).to_string(), "prognosis"));
    }
    marks.extend(plan.presets.iter().filter_map(|(p, v)| {
        let v = *v.as_ref().ok()?;
        (*p != Preset::Forecast).then(|| {
            mark(
                v,
                preset_name(*p, goal.measure, plan.base.month, lang),
                "preset",
            )
        })
    }));
    marks
}

/// The words at the slider's ends, the better end said: ("Færre (bedre)", "Flere").
fn scale_ends(unit: Unit, better: Better, lang: Lang) -> (String, String) {
    let (low, high) = match (unit.is_count(), lang) {
        (true, Lang::Da) => ("Færre", "Flere"),
        (false, Lang::Da) => ("Lavere", "Højere"),
        (true, Lang::En) => ("Fewer", "More"),
        (false, Lang::En) => ("Lower", "Higher"),
    };
    let good = t(lang, Key::BetterEnd);
    match better {
        Better::Lower => (format!("← {low} ({good})"), format!("{high} →")),
        Better::Higher => (format!("← {low}"), format!("{high} ({good}) →")),
    }
}

/// The header of the figures table.
fn table_head(lang: Lang) -> Vec<String> {
    vec![
        t(lang, Key::Month).to_string(),
        t(lang, Key::Actual).to_string(),
        t(lang, Key::Forecast).to_string(),
        t(lang, Key::Low80).to_string(),
        t(lang, Key::High80).to_string(),
        t(lang, Key::Required).to_string(),
        t(lang, Key::DataBreak).to_string(),
    ]
}

/// "foran", "på sporet", "bagud".
fn status_word(s: Status, lang: Lang) -> &'static str {
    match (s, lang) {
        (Status::Ahead, Lang::Da) => "foran",
        (Status::OnTrack, Lang::Da) => "på sporet",
        (Status::Behind, Lang::Da) => "bagud",
        (Status::Ahead, Lang::En) => "ahead",
        (Status::OnTrack, Lang::En) => "on track",
        (Status::Behind, Lang::En) => "behind",
    }
}

/// The follow-up rows: month, actual, required, signed difference, status.
fn follow_up_rows(plan: &GoalPlan, unit: Unit, lang: Lang) -> Vec<Vec<String>> {
    plan.follow_up
        .iter()
        .map(|f| {
            let status = status_word(f.status, lang);
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
        .collect()
}

/// The follow-up table's heading ("" without months to follow up).
fn follow_up_heading(plan: &GoalPlan, lang: Lang) -> String {
    match (plan.follow_up.first(), lang) {
        (None, _) => String::new(),
        (Some(f), Lang::Da) => format!(
            "Opfølgning: årets faktiske tal mod et kravforløb fra {} til målet",
            format::month(f.month.plus(-1), lang)
        ),
        (Some(f), Lang::En) => format!(
            "Follow-up: this year's actual figures against a required path from {} to the target",
            format::month(f.month.plus(-1), lang)
        ),
    }
}

#[cfg(test)]
#[cfg(not(target_arch = "wasm32"))]
mod tests {
    use super::*;
    use crate::charts::spec::NumberStyle;
    use crate::model::ambition::Preset;
    use crate::model::kravforloeb::PathShape;

    use super::super::tests::{default_plan, setup};

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
                    Ambition::Preset(Preset::PeerMedian),
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
    fn the_number_field_accepts_up_to_100_for_a_percent_and_ten_times_the_slider_for_counts() {
        let (b, p) = setup();
        let aarhus = b.municipality_index("751").unwrap();
        for (gi, g) in b.goal_sets[0].goals.iter().enumerate() {
            let plan = p
                .plan(&b, aarhus, gi, Ambition::default(), PathShape::Seasonal)
                .unwrap();
            let card = goal_card(&b, &p, aarhus, gi, &plan, Lang::Da).unwrap();
            if b.indicators[g.indicator].unit == Unit::Percent {
                assert!(
                    (card.max_target - 100.0).abs() < 1e-9,
                    "a percent stops at 100, got {}",
                    card.max_target
                );
            } else {
                assert!(
                    (card.max_target - card.slider.1 * 10.0).abs() < 1e-9,
                    "ten times the slider's {}, got {}",
                    card.slider.1,
                    card.max_target
                );
            }
        }
    }

    #[test]
    fn the_reform_break_is_marked_on_both_charts_in_the_table_and_in_the_summary() {
        let (b, p) = setup();
        let (aarhus, gi, plan) = default_plan(&b, &p, "751", "kontanthjaelp");
        let july = crate::model::Month::new(2025, 7).unwrap();
        for (lang, label, month) in [
            (Lang::Da, "Databrud jul. 2025", "jul. 2025"),
            (Lang::En, "Data break Jul 2025", "Jul 2025"),
        ] {
            let card = goal_card(&b, &p, aarhus, gi, &plan, lang).unwrap();
            for chart in [&card.chart, &card.index_chart] {
                let marks: Vec<(_, &str)> = chart
                    .breaks
                    .iter()
                    .map(|m| (m.month, m.label.as_str()))
                    .collect();
                assert_eq!(marks, [(july, label)]);
            }
            assert_eq!(
                card.table_head.last().map(String::as_str),
                Some(t(lang, Key::DataBreak))
            );
            let rows: Vec<&Vec<String>> = card.table.iter().filter(|r| !r[6].is_empty()).collect();
            assert_eq!(rows.len(), 1, "one row carries the break");
            assert_eq!(rows[0][0], month);
            assert!(rows[0][6].contains("2025"), "{}", rows[0][6]);
            assert!(card.summary.contains(month), "{}", card.summary);
        }
        // ledige has no break: nothing is marked.
        let plan = p
            .plan(&b, aarhus, 0, Ambition::default(), PathShape::Seasonal)
            .unwrap();
        let card = goal_card(&b, &p, aarhus, 0, &plan, Lang::Da).unwrap();
        assert!(card.chart.breaks.is_empty() && card.index_chart.breaks.is_empty());
        assert!(card.table.iter().all(|r| r[6].is_empty()));
        assert!(!card.summary.contains("databrud"), "{}", card.summary);
    }

    #[test]
    fn presets_run_from_the_weakest_to_the_most_ambitious_and_say_what_they_do() {
        let (b, p) = setup();
        let randers = b.municipality_index("730").unwrap();
        for (gi, g) in b.goal_sets[0].goals.iter().enumerate() {
            let plan = p
                .plan(&b, randers, gi, Ambition::default(), PathShape::Seasonal)
                .unwrap();
            let card = goal_card(&b, &p, randers, gi, &plan, Lang::Da).unwrap();
            let values: Vec<f64> = card
                .presets
                .iter()
                .filter(|x| x.available)
                .map(|x| {
                    plan.presets
                        .iter()
                        .find(|(q, _)| q.id() == x.id)
                        .and_then(|(_, v)| v.as_ref().ok().copied())
                        .unwrap_or(f64::NAN)
                })
                .collect();
            let better = b.indicators[g.indicator].better;
            for w in values.windows(2) {
                match better {
                    Better::Lower => assert!(w[0] >= w[1], "{}: {values:?}", g.id),
                    Better::Higher => assert!(w[0] <= w[1], "{}: {values:?}", g.id),
                }
            }
            let hold = card.presets.iter().find(|x| x.id == "hold").unwrap();
            match g.measure {
                Measure::Month(_) => assert_eq!(
                    hold.label,
                    format!(
                        "Samme niveau som {}",
                        format::month(plan.base.month, Lang::Da)
                    )
                ),
                Measure::AnnualAverage => {
                    assert_eq!(hold.label, "Samme niveau som de seneste 12 måneder")
                }
            }
            // Today's level and the forecast are marked on the slider, inside its track.
            let kinds: Vec<&str> = card.marks.iter().map(|m| m.kind).collect();
            assert_eq!(&kinds[..2], ["now", "prognosis"], "{}", g.id);
            assert!(
                card.marks[0].label.starts_with("Nu: "),
                "{}",
                card.marks[0].label
            );
            assert!(card
                .marks
                .iter()
                .all(|m| (0.0..=100.0).contains(&m.position)));
            let better_end = match better {
                Better::Lower => &card.scale_ends.0,
                Better::Higher => &card.scale_ends.1,
            };
            assert!(better_end.contains("(bedre)"), "{:?}", card.scale_ends);
        }
    }
}
