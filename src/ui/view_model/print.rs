//! The printable summary for the employment plan: municipality, scenario, outlook, data date,
//! each goal's target in four expressions with its reasoning and realism, the kravforløb as a
//! table, and the sources.

use crate::data::scenario::Scenario;
use crate::model::baseline::{Baseline, Goal};
use crate::model::plan::{GoalPlan, Planner};
use crate::ui::format::{self, Lang};

use super::goal::{overview_row, realism_text, sentence};
use super::value_text;

/// One goal in the printed summary.
#[derive(Debug, Clone, PartialEq)]
pub struct PrintGoal {
    /// Goal title.
    pub title: String,
    /// The consequence sentence.
    pub sentence: String,
    /// (label, value) of the four expressions.
    pub expressions: Vec<(String, String)>,
    /// The reasoning (begrundelse).
    pub note: String,
    /// Realism text.
    pub realism: String,
    /// Kravforløb as (month, required value).
    pub path: Vec<(String, String)>,
}

/// The whole printed summary.
#[derive(Debug, Clone, PartialEq)]
pub struct PrintSummary {
    /// Heading.
    pub title: String,
    /// (label, value) facts: municipality, scenario, author, outlook, data date.
    pub facts: Vec<(String, String)>,
    /// Goals.
    pub goals: Vec<PrintGoal>,
    /// Source lines.
    pub sources: Vec<String>,
}

/// Builds the summary of `scenario` for municipality `m`.
pub fn summary(
    b: &Baseline,
    planner: &Planner,
    m: usize,
    plans: &[Option<GoalPlan>],
    scenario: &Scenario,
    lang: Lang,
) -> Option<PrintSummary> {
    let muni = b.municipalities.get(m)?;
    let gs = &*planner.goals;
    let l = |da: &str, en: &str| label(da, en, lang);
    let outlook = planner
        .outlook
        .and_then(|o| b.outlooks.get(o))
        .map(|o| {
            let mut name = o.name.get(lang.code()).to_string();
            if o.synthetic {
                name.push_str(&l(" (antagelse)", " (assumption)"));
            }
            name
        })
        .unwrap_or_default();
    let mut facts = vec![
        (
            l("Kommune", "Municipality"),
            format!("{} ({})", muni.name, muni.code),
        ),
        (l("Scenarie", "Scenario"), scenario.name.clone()),
        (
            l("Målsæt", "Goal set"),
            gs.title.get(lang.code()).to_string(),
        ),
        (l("Konjunktur", "Outlook"), outlook),
        (
            l("Data til", "Data to"),
            format::month(b.meta.data_month, lang),
        ),
    ];
    if !scenario.author.is_empty() {
        facts.insert(2, (l("Forfatter", "Author"), scenario.author.clone()));
    }
    let goals = gs
        .goals
        .iter()
        .zip(plans)
        .filter_map(|(g, p)| print_goal(b, g, p.as_ref()?, scenario, lang))
        .collect();
    let mut sources = vec![super::source_line(b, lang)];
    sources.extend(
        b.meta
            .sources
            .iter()
            .map(|s| format!("{} ({}, {})", s.name, s.publisher, s.table)),
    );
    Some(PrintSummary {
        title: match lang {
            Lang::Da => format!("Måltal for beskæftigelsesplanen – {}", muni.name),
            Lang::En => format!("Targets for the employment plan – {}", muni.name),
        },
        facts,
        goals,
        sources,
    })
}

/// One goal of the summary: its sentence, four expressions, reasoning, realism and kravforløb.
fn print_goal(
    b: &Baseline,
    g: &Goal,
    p: &GoalPlan,
    scenario: &Scenario,
    lang: Lang,
) -> Option<PrintGoal> {
    let l = |da: &str, en: &str| label(da, en, lang);
    let unit = b.indicators.get(g.indicator)?.unit;
    let row = overview_row(b, g, p, lang);
    Some(PrintGoal {
        title: g.title.get(lang.code()).to_string(),
        sentence: sentence(b, g, p, lang),
        expressions: vec![
            (l("Måltal", "Target"), row.target),
            (l("Ændring fra nu", "Change from now"), row.change),
            (
                l("I forhold til prognosen", "Compared with the forecast"),
                row.vs_prognosis,
            ),
            (l("Tempo", "Pace"), row.pace),
        ]
        .into_iter()
        .chain(p.milestones.iter().map(|x| {
            let how = if x.set {
                l("sat", "set")
            } else {
                l("kravforløbet", "the required path")
            };
            (
                format!("{} {}", l("Delmål", "Milestone"), x.year),
                format!("{} ({how})", value_text(x.value, unit, lang)),
            )
        }))
        .collect(),
        note: scenario.reasons.get(&g.id).cloned().unwrap_or_default(),
        realism: p
            .realism
            .as_ref()
            .map(|r| realism_text(r, unit, lang).0)
            .unwrap_or_default(),
        path: p
            .path
            .as_ref()
            .map(|path| {
                path.points
                    .iter()
                    .map(|(month, v)| (format::month(*month, lang), value_text(*v, unit, lang)))
                    .collect()
            })
            .unwrap_or_default(),
    })
}

/// The Danish or the English label.
fn label(da: &str, en: &str, lang: Lang) -> String {
    match lang {
        Lang::Da => da.to_string(),
        Lang::En => en.to_string(),
    }
}
