//! Exports of the current scenario: the long CSV of all figures (Danish variant for Excel:
//! `;`, decimal comma, UTF-8 BOM; English: `,` and a point), its companion description, and
//! the side-by-side comparison of scenarios.

use crate::charts::scenario_chart::{scenario_chart, ScenarioChartLabels, ScenarioPath};
use crate::charts::spec::ChartSpec;
use crate::data::csv_export::push_record;
use crate::model::baseline::{Area, Baseline, Goal};
use crate::model::plan::{GoalPlan, Planner};
use crate::model::Month;
use crate::ui::format::{self, Lang};

use super::goal::words::signed_change;
use super::{signed_percent, value_text};

/// The CSV header, always in this order.
pub const CSV_HEADER: [&str; 7] = [
    "kommunekode",
    "kommune",
    "maal",
    "indikator",
    "maaned",
    "serie",
    "vaerdi",
];

fn number(v: f64, lang: Lang) -> String {
    // Full precision, no thousands separators: spreadsheets read these as numbers.
    let text = if (v - v.round()).abs() < 1e-9 {
        format!("{}", v.round() as i64)
    } else {
        format!("{v:.4}")
            .trim_end_matches('0')
            .trim_end_matches('.')
            .to_string()
    };
    match lang {
        Lang::Da => text.replace('.', ","),
        Lang::En => text,
    }
}

/// All figures of the scenario's goals for municipality `m`, one row per value; every cell
/// is neutralised against formula injection ([`crate::data::csv_export`]).
pub fn csv(
    b: &Baseline,
    planner: &Planner,
    m: usize,
    plans: &[Option<GoalPlan>],
    lang: Lang,
) -> String {
    let delimiter = match lang {
        Lang::Da => ';',
        Lang::En => ',',
    };
    let mut out = String::new();
    push_record(&mut out, CSV_HEADER, delimiter);
    let gs = &*planner.goals;
    let Some(muni) = b.municipalities.get(m) else {
        return finish(out, lang);
    };
    for (goal, plan) in gs.goals.iter().zip(plans) {
        let Some(plan) = plan else { continue };
        let Some(ind) = b.indicators.get(goal.indicator) else {
            continue;
        };
        let mut row = |month: Month, serie: &str, v: f64| {
            push_record(
                &mut out,
                [
                    muni.code.as_str(),
                    muni.name.as_str(),
                    goal.id.as_str(),
                    ind.id.as_str(),
                    &month.to_string(),
                    serie,
                    &number(v, lang),
                ],
                delimiter,
            );
        };
        if let Some(entry) = b.series(Area::Municipality(m), goal.indicator) {
            for (month, v) in entry.series.iter() {
                if let Some(v) = v {
                    row(month, "faktisk", v);
                }
            }
        }
        if let Some(f) = planner
            .prognoses
            .forecast(Area::Municipality(m), goal.indicator)
        {
            for h in 0..f.len() {
                let month = f.month(h);
                row(month, "prognose", f.mean[h]);
                row(month, "lav80", f.lo80[h]);
                row(month, "hoej80", f.hi80[h]);
                row(month, "lav95", f.lo95[h]);
                row(month, "hoej95", f.hi95[h]);
            }
        }
        if let Ok(path) = &plan.path {
            for (month, v) in &path.points {
                row(*month, "krav", *v);
            }
        }
        row(plan.target_month, "maalvaerdi", plan.target.target);
    }
    finish(out, lang)
}

fn finish(body: String, lang: Lang) -> String {
    match lang {
        // Excel recognises UTF-8 only with a byte-order mark.
        Lang::Da => format!("\u{feff}{body}"),
        Lang::En => body,
    }
}

/// The companion text: source, data date, definitions and units of the CSV.
pub fn csv_description(b: &Baseline, planner: &Planner, lang: Lang) -> String {
    let mut out = String::new();
    let date = format::month(b.meta.data_month, lang);
    match lang {
        Lang::Da => {
            out.push_str("Måltal – forklaring til CSV-filen\n\n");
            out.push_str(&format!(
                "Datafil: {}\nData til: {date}\nLicens: {}\n\n",
                b.meta.title, b.meta.licence
            ));
            out.push_str("Kolonner: kommunekode, kommune, maal (mål-id), indikator, maaned (ÅÅÅÅ-MM), serie, vaerdi.\n");
            out.push_str("Serier: faktisk = offentliggjort tal; prognose = prognosens centrale værdi; lav80/hoej80 og lav95/hoej95 = 80 %- og 95 %-usikkerhedsbånd; krav = kravforløbet; maalvaerdi = målet i målmåneden.\n");
            out.push_str("Værdier er i indikatorens enhed; procenter som 0–100. Decimaltegn er komma, skilletegn semikolon.\n\n");
        }
        Lang::En => {
            out.push_str("Måltal – description of the CSV file\n\n");
            out.push_str(&format!(
                "Data file: {}\nData to: {date}\nLicence: {}\n\n",
                b.meta.title, b.meta.licence
            ));
            out.push_str("Columns: kommunekode (municipality code), kommune (name), maal (goal id), indikator, maaned (YYYY-MM), serie, vaerdi (value).\n");
            out.push_str("Series: faktisk = published figure; prognose = forecast centre; lav80/hoej80 and lav95/hoej95 = 80 % and 95 % bands; krav = required path (kravforløb); maalvaerdi = the target in its month.\n");
            out.push_str("Values are in the indicator's unit; percentages as 0–100. Decimal point, comma separator.\n\n");
        }
    }
    for goal in &planner.goals.goals {
        if let Some(ind) = b.indicators.get(goal.indicator) {
            out.push_str(&format!(
                "{} / {}: {} ({})\n",
                goal.id,
                ind.id,
                ind.definition.get(lang.code()),
                super::unit_word(ind.unit, lang)
            ));
        }
    }
    out.push('\n');
    for s in &b.meta.sources {
        out.push_str(&format!(
            "{}: {} ({}, {})\n",
            s.id, s.name, s.publisher, s.table
        ));
    }
    out
}

/// One scenario in a side-by-side comparison.
pub struct Compared<'a> {
    /// Label ("Ambitiøs – Aarhus").
    pub label: String,
    /// The scenario's planner.
    pub planner: &'a Planner,
    /// Municipality index.
    pub municipality: usize,
    /// Plans per goal.
    pub plans: Vec<Option<GoalPlan>>,
}

impl Compared<'_> {
    /// The goal with this id and its plan, if the scenario holds the goal and it has a plan
    /// (scenarios with own goals hold different lists, so goals are matched by id).
    pub fn plan_of(&self, id: &str) -> Option<(&Goal, &GoalPlan)> {
        let gi = self.planner.goals.goals.iter().position(|g| g.id == id)?;
        Some((&self.planner.goals.goals[gi], self.plans.get(gi)?.as_ref()?))
    }
}

/// The id of goal `g` of the first scenario compared (its goals are the table's rows).
fn first_goal_id<'a>(items: &'a [Compared], g: usize) -> Option<&'a str> {
    Some(items.first()?.planner.goals.goals.get(g)?.id.as_str())
}

/// A side-by-side comparison of scenarios: the table and the chart of one goal.
#[derive(Debug, Clone, PartialEq)]
pub struct ScenarioComparison {
    /// The table's header: "Mål", one column per scenario, then lowest, median and highest
    /// when there are two scenarios or more.
    pub head: Vec<String>,
    /// One row per goal, in the header's columns.
    pub rows: Vec<Vec<String>>,
    /// The chosen goal's targets and kravforløb overlaid (see [`scenario_chart`]).
    pub chart: ChartSpec,
}

/// The comparison table (one row per goal, one column per scenario) and, for goal `gi`, the
/// targets and kravforløb overlaid on one chart (indexed to each base = 100 when the
/// municipalities differ, so different sizes share an axis).
pub fn compare_scenarios(
    b: &Baseline,
    items: &[Compared],
    gi: usize,
    lang: Lang,
) -> ScenarioComparison {
    let spread = items.len() >= 2;
    let goal_count = items.first().map_or(0, |c| c.planner.goals.goals.len());
    ScenarioComparison {
        head: comparison_head(items, spread, lang),
        rows: (0..goal_count)
            .map(|g| comparison_row(b, items, g, spread, lang))
            .collect(),
        chart: comparison_chart(b, items, gi, lang),
    }
}

/// "Mål", the scenarios' labels and, with a `spread`, lowest, median and highest.
fn comparison_head(items: &[Compared], spread: bool, lang: Lang) -> Vec<String> {
    let mut head = vec![match lang {
        Lang::Da => "Mål".to_string(),
        Lang::En => "Goal".to_string(),
    }];
    head.extend(items.iter().map(|c| c.label.clone()));
    if spread {
        head.extend(match lang {
            Lang::Da => ["Mindst", "Median", "Størst"].map(String::from),
            Lang::En => ["Lowest", "Median", "Highest"].map(String::from),
        });
    }
    head
}

/// Goal `g`'s row: its title, each scenario's target with its relative change, and the spread.
fn comparison_row(
    b: &Baseline,
    items: &[Compared],
    g: usize,
    spread: bool,
    lang: Lang,
) -> Vec<String> {
    let title = items
        .first()
        .and_then(|c| c.planner.goals.goals.get(g))
        .map(|x| x.title.get(lang.code()).to_string())
        .unwrap_or_default();
    let mut row = vec![title];
    let mut targets = Vec::new();
    let mut unit = None;
    let id = first_goal_id(items, g).unwrap_or_default();
    for c in items {
        let cell = c
            .plan_of(id)
            .and_then(|(goal, plan)| {
                let u = b.indicators.get(goal.indicator)?.unit;
                unit = Some(u);
                targets.push(plan.target.target);
                // A relative change for counts; percentage points for a percent.
                let rel = match u.is_count() {
                    true => plan
                        .target
                        .change_relative
                        .map(|r| format!(" ({})", signed_percent(r, lang)))
                        .unwrap_or_default(),
                    false => format!(" ({})", signed_change(plan.target.change, u, lang)),
                };
                Some(format!("{}{rel}", value_text(plan.target.target, u, lang)))
            })
            .unwrap_or_else(|| "–".into());
        row.push(cell);
    }
    if spread {
        let text = |v: Option<f64>| match (v, unit) {
            (Some(v), Some(u)) => value_text(v, u, lang),
            _ => "–".into(),
        };
        let lo = targets.iter().copied().reduce(f64::min);
        let hi = targets.iter().copied().reduce(f64::max);
        row.push(text(lo));
        row.push(text(crate::model::ambition::median(&targets)));
        row.push(text(hi));
    }
    row
}

/// Goal `gi`'s chart of the scenarios, with its words in `lang`.
fn comparison_chart(b: &Baseline, items: &[Compared], gi: usize, lang: Lang) -> ChartSpec {
    let id = first_goal_id(items, gi).unwrap_or_default();
    let paths: Vec<ScenarioPath> = items
        .iter()
        .map(|c| ScenarioPath {
            label: &c.label,
            municipality: c.municipality,
            plan: c.plan_of(id).map(|(_, p)| p),
        })
        .collect();
    let ind = items
        .first()
        .and_then(|c| c.planner.goals.goals.get(gi))
        .and_then(|g| b.indicators.get(g.indicator));
    let indicator = ind
        .map(|i| i.name.get(lang.code()).to_string())
        .unwrap_or_default();
    let month = |m: Month| format::month(m, lang);
    let labels = ScenarioChartLabels {
        numbers: lang.number_style(),
        indicator,
        index: match lang {
            Lang::Da => "Indeks (basis = 100)".into(),
            Lang::En => "Index (base = 100)".into(),
        },
        month: &month,
    };
    // The paths run from the latest actual figure to the target: a declared future break in
    // between is marked.
    scenario_chart(&paths, &labels).with_breaks(super::goal::break_marks(ind, lang))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::csv_export::cell;
    use crate::model::ambition::{Ambition, Preset};
    use crate::model::kravforloeb::PathShape;

    fn setup() -> (Baseline, Planner) {
        let b = super::super::default_baseline();
        let p = Planner::new(&b, 0, Some(0)).unwrap();
        (b, p)
    }

    fn plans(b: &Baseline, p: &Planner, m: usize, preset: Preset) -> Vec<Option<GoalPlan>> {
        (0..4)
            .map(|g| {
                p.plan(b, m, g, Ambition::Preset(preset), PathShape::Seasonal)
                    .ok()
            })
            .collect()
    }

    #[test]
    fn the_danish_csv_opens_in_excel_with_the_expected_columns() {
        let (b, p) = setup();
        let m = b.municipality_index("751").unwrap();
        let text = csv(&b, &p, m, &plans(&b, &p, m, Preset::Prognose), Lang::Da);
        assert!(text.starts_with('\u{feff}'), "BOM for Excel");
        let mut lines = text.trim_start_matches('\u{feff}').lines();
        assert_eq!(
            lines.next(),
            Some("kommunekode;kommune;maal;indikator;maaned;serie;vaerdi")
        );
        let rows: Vec<&str> = lines.collect();
        assert!(rows.iter().any(
            |r| r.starts_with("751;Aarhus;langtidsledighed;langtidsledige;2026-12;maalvaerdi;")
        ));
        assert!(rows.iter().any(|r| r.contains(";krav;")));
        assert!(rows.iter().any(|r| r.contains(";lav95;")));
        let share = rows
            .iter()
            .find(|r| r.contains(";loentimer;") && r.contains(";faktisk;"))
            .unwrap();
        assert!(
            share.rsplit(';').next().unwrap().contains(','),
            "decimal comma: {share}"
        );
        let english = csv(&b, &p, m, &plans(&b, &p, m, Preset::Prognose), Lang::En);
        assert!(english.starts_with("kommunekode,kommune,maal,indikator,maaned,serie,vaerdi\n"));
    }

    #[test]
    fn names_from_the_data_cannot_run_as_formulas_and_negative_numbers_stay_numbers() {
        let (mut b, p) = setup();
        let m = b.municipality_index("751").unwrap();
        let plans = plans(&b, &p, m, Preset::Prognose);
        b.municipalities[m].name = "=HYPERLINK(\"http://x\")".into();
        b.indicators[0].id = "@SUM(A1)".into();
        for (lang, delimiter) in [(Lang::Da, ';'), (Lang::En, ',')] {
            let text = csv(&b, &p, m, &plans, lang);
            assert!(text.contains(&format!(
                "751{delimiter}\"'=HYPERLINK(\"\"http://x\"\")\"{delimiter}"
            )));
            assert!(!text.contains(&format!("{delimiter}@SUM")), "{lang:?}");
            for line in text.trim_start_matches('\u{feff}').lines() {
                for cell in line.split(delimiter) {
                    assert!(!cell.starts_with(['=', '+', '@']), "{cell} in {line}");
                }
            }
        }
        for (v, lang, written) in [(-3.5, Lang::Da, "-3,5"), (-12.0, Lang::En, "-12")] {
            let delimiter = if lang == Lang::Da { ';' } else { ',' };
            assert_eq!(cell(&number(v, lang), delimiter), written);
        }
    }

    #[test]
    fn comparing_two_scenarios_gives_one_column_and_one_path_each() {
        let (b, p) = setup();
        let m = b.municipality_index("751").unwrap();
        let items = vec![
            Compared {
                label: "Hold".into(),
                planner: &p,
                municipality: m,
                plans: plans(&b, &p, m, Preset::Hold),
            },
            Compared {
                label: "Prognose".into(),
                planner: &p,
                municipality: m,
                plans: plans(&b, &p, m, Preset::Prognose),
            },
        ];
        let ScenarioComparison { head, rows, chart } = compare_scenarios(&b, &items, 1, Lang::Da);
        assert_eq!(
            head,
            ["Mål", "Hold", "Prognose", "Mindst", "Median", "Størst"]
        );
        assert_eq!(rows.len(), 4);
        assert_eq!(chart.lines.len(), 2);
        assert_eq!(chart.markers.len(), 2);
        assert!(csv_description(&b, &p, Lang::Da).contains("langtidsledige"));
    }
}
