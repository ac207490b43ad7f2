//! Presentation mode's slides beside the goals: the chart as a slide shows it, and the slide
//! comparing the participants' targets (lowest, median and highest per goal, and whose), shown
//! when participants' scenarios — those with an author — are loaded.

use crate::charts::spec::{ChartSpec, Frame};
use crate::data::scenario::Scenario;
use crate::model::ambition::median;
use crate::model::baseline::Baseline;
use crate::ui::format::Lang;

use super::export::Compared;
use super::page::{scenario_plans, Planners};
use super::value_text;

/// A goal's chart on a slide: the slide's heading is its title, so the chart keeps only its
/// source line (and the legend beside it).
pub fn slide_chart(spec: &ChartSpec) -> ChartSpec {
    ChartSpec {
        frame: Frame {
            source: spec.frame.source.clone(),
            ..Frame::default()
        },
        ..spec.clone()
    }
}

/// The participants' table's header: goal, lowest, median, highest.
pub fn spread_head(lang: Lang) -> [&'static str; 4] {
    match lang {
        Lang::Da => ["Mål", "Laveste (hvis)", "Median", "Højeste (hvis)"],
        Lang::En => ["Goal", "Lowest (whose)", "Median", "Highest (whose)"],
    }
}

/// One goal's row of the participants' slide.
#[derive(Debug, Clone, PartialEq)]
pub struct SpreadRow {
    /// The goal's title.
    pub goal: String,
    /// The lowest target with whose it is: "275 (Mette)".
    pub lowest: String,
    /// The median target.
    pub median: String,
    /// The highest target with whose it is.
    pub highest: String,
}

/// The participants' slide: one row per goal of the first participant's scenario.
#[derive(Debug, Clone, PartialEq)]
pub struct ParticipantsSlide {
    /// How many participants' scenarios are compared.
    pub count: usize,
    /// "3 deltagere" / "3 participants".
    pub count_text: String,
    /// One row per goal.
    pub rows: Vec<SpreadRow>,
}

/// The slide of the participants' scenarios among `scenarios` (those with an author; `None`
/// with fewer than two, or when none can be planned on `b`).
pub fn participants_slide(
    b: &Baseline,
    scenarios: &[Scenario],
    planners: &mut Planners,
    lang: Lang,
) -> Option<ParticipantsSlide> {
    let people: Vec<(&str, _)> = scenarios
        .iter()
        .filter(|s| !s.author.trim().is_empty())
        .filter_map(|s| Some((s.author.trim(), scenario_plans(b, s, planners)?)))
        .collect();
    if people.len() < 2 {
        return None;
    }
    let compared: Vec<(&str, Compared)> = people
        .iter()
        .map(|(who, plans)| (*who, plans.compared()))
        .collect();
    let goals = &compared.first()?.1.planner.goals.goals;
    let rows = goals
        .iter()
        .filter_map(|g| spread_row(b, &compared, &g.id, lang))
        .collect();
    let count = people.len();
    Some(ParticipantsSlide {
        count,
        count_text: match lang {
            Lang::Da => format!("{count} deltagere"),
            Lang::En => format!("{count} participants"),
        },
        rows,
    })
}

/// Goal `id`'s lowest, median and highest target among `people` (`None` when none plans it).
fn spread_row(
    b: &Baseline,
    people: &[(&str, Compared)],
    id: &str,
    lang: Lang,
) -> Option<SpreadRow> {
    let mut targets: Vec<(f64, &str)> = Vec::new();
    let mut found = None;
    for (who, c) in people {
        if let Some((goal, plan)) = c.plan_of(id) {
            found.get_or_insert(goal);
            if plan.target.target.is_finite() {
                targets.push((plan.target.target, who));
            }
        }
    }
    let goal = found?;
    let unit = b.indicators.get(goal.indicator)?.unit;
    let values: Vec<f64> = targets.iter().map(|t| t.0).collect();
    let lo = values.iter().copied().reduce(f64::min)?;
    let hi = values.iter().copied().reduce(f64::max)?;
    // Everyone at the extreme is named (two participants may have chosen the same target);
    // when that is every participant, the slide says so.
    let whose = |v: f64| {
        let at: Vec<&str> = targets
            .iter()
            .filter(|(t, _)| (t - v).abs() < 1e-9)
            .map(|(_, who)| *who)
            .collect();
        let names = if at.len() == targets.len() && at.len() > 1 {
            match lang {
                Lang::Da => "alle".to_string(),
                Lang::En => "everyone".to_string(),
            }
        } else {
            let mut names: Vec<&str> = Vec::new();
            for who in at {
                if !names.contains(&who) {
                    names.push(who);
                }
            }
            names.join(", ")
        };
        format!("{} ({names})", value_text(v, unit, lang))
    };
    Some(SpreadRow {
        goal: goal.title.get(lang.code()).to_string(),
        lowest: whose(lo),
        median: median(&values)
            .map(|m| value_text(m, unit, lang))
            .unwrap_or_default(),
        highest: whose(hi),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ambition::Ambition;

    fn person(author: &str, change: f64) -> Scenario {
        let b = super::super::default_baseline();
        let gs = &b.goal_sets[0];
        Scenario {
            name: format!("Plan {author}"),
            author: author.into(),
            municipality: "751".into(),
            goal_set: gs.id.clone(),
            outlook: b.outlooks.first().map(|o| o.id.clone()).unwrap_or_default(),
            ambitions: gs
                .goals
                .iter()
                .map(|g| (g.id.clone(), Ambition::Change(change)))
                .collect(),
            ..Scenario::default()
        }
    }

    #[test]
    fn the_participants_slide_names_the_lowest_and_highest_target_and_gives_the_median() {
        let b = super::super::default_baseline();
        let scenarios = [
            person("Mette", -0.2),
            person("Jens", 0.0),
            Scenario {
                author: String::new(),
                ..person("Ingen", -0.5)
            },
            person("Sofie", -0.1),
        ];
        let slide = participants_slide(&b, &scenarios, &mut Planners::new(), Lang::Da)
            .expect("three participants");
        assert_eq!(
            slide.count, 3,
            "the scenario without an author is no participant's"
        );
        assert_eq!(slide.rows.len(), b.goal_sets[0].goals.len());
        let first = &slide.rows[0];
        assert!(first.lowest.ends_with("(Mette)"), "{first:?}");
        assert!(first.highest.ends_with("(Jens)"), "{first:?}");
        assert!(!first.median.is_empty(), "{first:?}");
        let one = participants_slide(&b, &scenarios[..1], &mut Planners::new(), Lang::Da);
        assert_eq!(one, None, "one participant is no comparison");
    }

    #[test]
    fn participants_with_the_same_target_are_all_named_and_everyone_is_alle() {
        let b = super::super::default_baseline();
        let scenarios = [
            person("Mette", -0.2),
            person("Jens", -0.2),
            person("Bo", 0.0),
        ];
        let slide = participants_slide(&b, &scenarios, &mut Planners::new(), Lang::En).unwrap();
        let row = &slide.rows[0];
        assert!(row.lowest.ends_with("(Mette, Jens)"), "{row:?}");
        assert!(row.highest.ends_with("(Bo)"), "{row:?}");
        assert_eq!(slide.count_text, "3 participants");
        let same = participants_slide(&b, &scenarios[..2], &mut Planners::new(), Lang::Da).unwrap();
        assert!(
            same.rows[0].lowest.ends_with("(alle)"),
            "{:?}",
            same.rows[0]
        );
    }

    #[test]
    fn a_slide_chart_keeps_the_source_and_leaves_the_title_to_the_slide() {
        let spec = ChartSpec {
            frame: Frame {
                title: "Færre ledige – Aarhus".into(),
                source: "Kilde: Jobindsats".into(),
                ..Frame::default()
            },
            ..ChartSpec::default()
        };
        let slide = slide_chart(&spec);
        assert_eq!(slide.frame.title, "");
        assert_eq!(slide.frame.source, "Kilde: Jobindsats");
    }
}
