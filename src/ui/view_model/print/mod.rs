//! The printed appendix for the employment plan (D19): page 1 opens with municipality,
//! scenario, author, date and data date; then per goal the goal card's target and realism
//! sentences, the reasoning (begrundelse), the target in four expressions, a small chart with its
//! legend and source, and the comparison with region, comparable municipalities and the country
//! (`compare`); the sources at the end. Every table has column headers. Pure, tested natively.

use crate::charts::ChartSpec;
use crate::data::scenario::Scenario;
use crate::model::baseline::Baseline;
use crate::model::plan::{GoalPlan, Planner};
use crate::model::Month;
use crate::ui::format::{self, Lang};

use super::goal::{goal_card, overview_row};
use super::value_text;

mod compare;

/// A printed table: a caption (may be empty), its column headers and rows.
#[derive(Debug, Clone, PartialEq)]
pub struct PrintTable {
    /// Caption ("" for none).
    pub caption: String,
    /// Column headers.
    pub head: Vec<String>,
    /// Rows, each as long as `head`.
    pub rows: Vec<Vec<String>>,
    /// True when each row's first cell names the row (a row header).
    pub row_heads: bool,
}

/// One goal in the printed appendix.
#[derive(Debug, Clone, PartialEq)]
pub struct PrintGoal {
    /// Goal id (stable key).
    pub id: String,
    /// Goal title.
    pub title: String,
    /// The consequence sentence (the goal card's).
    pub sentence: String,
    /// The realism sentence (the goal card's; "" without a forecast).
    pub realism: String,
    /// The realism judgement's colour class (`hard`, `stretch`, `fair`, `easy`, `unknown`).
    pub realism_class: &'static str,
    /// "Begrundelse" / "Justification".
    pub note_label: String,
    /// The reasoning (begrundelse); "" when none was written.
    pub note: String,
    /// The milestones in one line ("" for a plan of one year).
    pub milestones: String,
    /// The goal card's chart, drawn small.
    pub chart: ChartSpec,
    /// What the chart shows, in one sentence (its accessible name).
    pub chart_summary: String,
    /// The target in four expressions: one row under four headers.
    pub figures: PrintTable,
    /// The comparison with region, comparable municipalities and the country.
    pub comparison: Option<PrintTable>,
}

/// The whole printed appendix.
#[derive(Debug, Clone, PartialEq)]
pub struct PrintSummary {
    /// Heading.
    pub title: String,
    /// (label, value) facts: municipality, scenario, author, date, data date, outlook, goal set.
    pub facts: Vec<(String, String)>,
    /// Goals.
    pub goals: Vec<PrintGoal>,
    /// The source line under every chart (publishers and data date).
    pub source: String,
    /// Source lines at the end.
    pub sources: Vec<String>,
}

/// A day as the appendix dates it: "2. dec. 2026" (da), "2 Dec 2026" (en); `None` for a day
/// that does not exist.
pub fn day_text(year: i32, month: u32, day: u32, lang: Lang) -> Option<String> {
    let m = Month::new(year, month)?;
    if !(1..=31).contains(&day) {
        return None;
    }
    Some(match lang {
        Lang::Da => format!("{day}. {}", format::month(m, lang)),
        Lang::En => format!("{day} {}", format::month(m, lang)),
    })
}

/// Builds the appendix of `scenario` for municipality `m`, printed on `today` (already written
/// as text, see [`day_text`]).
pub fn summary(
    b: &Baseline,
    planner: &Planner,
    m: usize,
    plans: &[Option<GoalPlan>],
    scenario: &Scenario,
    (today, lang): (&str, Lang),
) -> Option<PrintSummary> {
    let muni = b.municipalities.get(m)?;
    let goals = plans
        .iter()
        .enumerate()
        .filter_map(|(gi, p)| print_goal(b, planner, m, gi, p.as_ref()?, scenario, lang))
        .collect();
    let mut sources = vec![format!(
        "{}. {}",
        super::source_line(b, lang),
        label(
            "Region og hele landet er summen af kommunerne",
            "Region and country are the sum of the municipalities",
            lang
        )
    )];
    // The tables behind the printed goals only (the file may cite many more).
    let used: Vec<&str> = planner
        .goals
        .goals
        .iter()
        .filter_map(|g| b.indicators.get(g.indicator))
        .map(|i| i.source.as_str())
        .collect();
    sources.extend(
        b.meta
            .sources
            .iter()
            .filter(|s| used.contains(&s.id.as_str()))
            .map(|s| format!("{} ({}, {})", s.name, s.publisher, s.table)),
    );
    Some(PrintSummary {
        title: match lang {
            Lang::Da => format!("Måltal for beskæftigelsesplanen – {}", muni.name),
            Lang::En => format!("Targets for the employment plan – {}", muni.name),
        },
        facts: facts(b, planner, m, scenario, (today, lang)),
        goals,
        source: super::source_line(b, lang),
        sources,
    })
}

/// The facts at the top of page 1.
fn facts(
    b: &Baseline,
    planner: &Planner,
    m: usize,
    scenario: &Scenario,
    (today, lang): (&str, Lang),
) -> Vec<(String, String)> {
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
    let muni = b
        .municipalities
        .get(m)
        .map(|x| format!("{} ({})", x.name, x.code))
        .unwrap_or_default();
    let author = if scenario.author.is_empty() {
        "–".to_string()
    } else {
        scenario.author.clone()
    };
    vec![
        (l("Kommune", "Municipality"), muni),
        (l("Scenarie", "Scenario"), scenario.name.clone()),
        (l("Forfatter", "Author"), author),
        (l("Udskrevet", "Printed"), today.to_string()),
        (
            l("Data til og med", "Data up to"),
            format::month(b.meta.data_month, lang),
        ),
        (l("Konjunktur", "Outlook"), outlook),
        (
            l("Målsæt", "Goal set"),
            planner.goals.title.get(lang.code()).to_string(),
        ),
    ]
}

/// One goal of the appendix: the goal card's sentence, realism and chart, the reasoning, the
/// target's four expressions, its milestones and the comparison.
fn print_goal(
    b: &Baseline,
    planner: &Planner,
    m: usize,
    gi: usize,
    p: &GoalPlan,
    scenario: &Scenario,
    lang: Lang,
) -> Option<PrintGoal> {
    let l = |da: &str, en: &str| label(da, en, lang);
    let card = goal_card(b, planner, m, gi, p, lang)?;
    let g = planner.goals.goals.get(gi)?;
    let unit = b.indicators.get(g.indicator)?.unit;
    let row = overview_row(b, g, p, lang);
    let milestones = p
        .milestones
        .iter()
        .map(|x| {
            let how = if x.set {
                l("sat", "set")
            } else {
                l("kravforløbet", "the required path")
            };
            format!("{}: {} ({how})", x.year, value_text(x.value, unit, lang))
        })
        .collect::<Vec<_>>();
    Some(PrintGoal {
        id: card.id,
        title: card.title,
        sentence: card.sentence,
        realism: card.realism.unwrap_or_default(),
        realism_class: card.realism_class,
        note_label: l("Begrundelse", "Justification"),
        note: scenario.reasons.get(&g.id).cloned().unwrap_or_default(),
        milestones: if milestones.is_empty() {
            String::new()
        } else {
            format!("{}: {}", l("Delmål", "Milestones"), milestones.join("; "))
        },
        chart: card.chart,
        chart_summary: card.summary,
        figures: PrintTable {
            caption: String::new(),
            head: vec![
                l("Måltal", "Target"),
                l("Ændring fra nu", "Change from now"),
                l("I forhold til prognosen", "Compared with the forecast"),
                l("Tempo", "Pace"),
            ],
            rows: vec![vec![row.target, row.change, row.vs_forecast, row.pace]],
            row_heads: false,
        },
        comparison: compare::comparison_table(b, planner, m, gi, p, lang),
    })
}

/// The Danish or the English label.
fn label(da: &str, en: &str, lang: Lang) -> String {
    match lang {
        Lang::Da => da.to_string(),
        Lang::En => en.to_string(),
    }
}

#[cfg(test)]
#[cfg(not(target_arch = "wasm32"))]
mod tests {
    use super::*;
    use crate::model::ambition::{Ambition, Preset};
    use crate::model::kravforloeb::PathShape;

    fn appendix(lang: Lang) -> PrintSummary {
        let b = super::super::default_baseline();
        let p = Planner::new(&b, 0, Some(0)).unwrap();
        let m = b.municipality_index("730").unwrap(); // Randers
        let plans: Vec<Option<GoalPlan>> = (0..p.goals.goals.len())
            .map(|g| {
                p.plan(
                    &b,
                    m,
                    g,
                    Ambition::Preset(Preset::Forecast),
                    PathShape::Seasonal,
                )
                .ok()
            })
            .collect();
        let mut s = Scenario {
            name: "Ambitiøs".into(),
            author: "Udvalget".into(),
            ..Scenario::default()
        };
        s.reasons.insert(
            p.goals.goals[0].id.clone(),
            "Fordi virksomhederne mangler folk.".into(),
        );
        let today = day_text(2026, 12, 2, lang).unwrap();
        summary(&b, &p, m, &plans, &s, (&today, lang)).unwrap()
    }

    #[test]
    fn page_one_opens_with_municipality_scenario_author_date_and_data_date() {
        let s = appendix(Lang::Da);
        assert!(s.title.contains("Randers"), "{}", s.title);
        let labels: Vec<&str> = s.facts.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(
            &labels[..5],
            &[
                "Kommune",
                "Scenarie",
                "Forfatter",
                "Udskrevet",
                "Data til og med"
            ]
        );
        assert_eq!(s.facts[1].1, "Ambitiøs");
        assert_eq!(s.facts[2].1, "Udvalget");
        assert_eq!(s.facts[3].1, "2. dec. 2026");
    }

    #[test]
    fn every_goal_has_its_sentences_reasoning_chart_and_tables_with_headers() {
        let s = appendix(Lang::Da);
        assert_eq!(s.goals.len(), 4, "the minister's four goals");
        let g = &s.goals[0];
        assert!(!g.sentence.is_empty() && !g.realism.is_empty());
        assert_eq!(g.note, "Fordi virksomhederne mangler folk.");
        assert!(!g.chart.legend().is_empty(), "the chart has a legend");
        assert_eq!(g.figures.head.len(), 4);
        assert!(g
            .figures
            .rows
            .iter()
            .all(|r| r.len() == g.figures.head.len()));
        let c = g.comparison.as_ref().unwrap();
        assert_eq!(c.head.len(), 4);
        assert!(c.rows.iter().all(|r| r.len() == c.head.len()));
        let names: Vec<&str> = c.rows.iter().map(|r| r[0].as_str()).collect();
        assert!(names[0].starts_with("Randers (mål)"), "{names:?}");
        assert!(
            names.iter().any(|n| n.starts_with("Region Midtjylland")),
            "{names:?}"
        );
        assert!(names
            .iter()
            .any(|n| n.starts_with("Sammenlignelige kommuner (median af ")));
        assert!(
            names.iter().any(|n| n.starts_with("Hele landet")),
            "{names:?}"
        );
        assert!(c.caption.contains(" af "), "{}", c.caption);
        assert!(
            s.goals[1].note.is_empty(),
            "no reasoning written for the second goal"
        );
    }

    #[test]
    fn the_english_appendix_has_no_danish_labels() {
        let s = appendix(Lang::En);
        assert!(s.title.starts_with("Targets for the employment plan"));
        assert_eq!(
            s.facts[3],
            ("Printed".to_string(), "2 Dec 2026".to_string())
        );
        let c = s.goals[0].comparison.as_ref().unwrap();
        assert_eq!(c.head[0], "Area");
        assert!(c.rows.iter().any(|r| r[0].starts_with("The whole country")));
        assert_eq!(s.goals[0].note_label, "Justification");
    }

    #[test]
    fn a_day_that_does_not_exist_is_not_written() {
        assert_eq!(day_text(2026, 13, 1, Lang::Da), None);
        assert_eq!(day_text(2026, 1, 0, Lang::En), None);
    }
}
