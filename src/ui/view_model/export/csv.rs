//! "Hent alle tal": one CSV file per click holding every figure of the chosen scenarios (the
//! active one or all), each row naming its scenario, author and outlook, and — after an empty
//! line — a second block with the description of the columns, series, units and sources.
//!
//! Figures are rounded as their unit deserves: percentages to one decimal; persons and
//! full-time persons to whole numbers, or to one decimal when the published figures of that
//! indicator have decimals. A target measured as an annual average is written against its
//! year ("2026", series `maalvaerdi_aarsgennemsnit`), never stamped on one month. Two styles:
//! Excel's Danish (`;`, decimal comma, UTF-8 byte-order mark) and plain (`,`, decimal point).
//! Every cell goes through [`crate::data::csv_export::cell`] (D15).

use crate::data::csv_export::push_record;
use crate::model::baseline::{Area, Baseline, Goal, Measure, Unit};
use crate::model::plan::{GoalPlan, Planner};
use crate::model::Month;
use crate::ui::format::{self, Lang};

/// The CSV header, always in this order.
pub const CSV_HEADER: [&str; 11] = [
    "scenarie",
    "forfatter",
    "konjunktur",
    "kommunekode",
    "kommune",
    "maal",
    "indikator",
    "enhed",
    "periode",
    "serie",
    "vaerdi",
];

/// Separator and decimal mark.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CsvStyle {
    /// `;`, decimal comma and a UTF-8 byte-order mark: what Danish Excel opens as it is.
    Excel,
    /// `,` and a decimal point, no byte-order mark.
    Plain,
}

impl CsvStyle {
    /// The style a page in `lang` offers first.
    pub fn default_for(lang: Lang) -> CsvStyle {
        match lang {
            Lang::Da => CsvStyle::Excel,
            Lang::En => CsvStyle::Plain,
        }
    }

    fn delimiter(self) -> char {
        match self {
            CsvStyle::Excel => ';',
            CsvStyle::Plain => ',',
        }
    }
}

/// One scenario to export.
pub struct CsvScenario<'a> {
    /// Its name.
    pub name: &'a str,
    /// Its author ("" for none).
    pub author: &'a str,
    /// The planner of its goal set and outlook.
    pub planner: &'a Planner,
    /// Its municipality's index.
    pub municipality: usize,
    /// One plan per goal of the planner.
    pub plans: &'a [Option<GoalPlan>],
}

/// Decimals for a value in `unit`: one for a percent; for counts one when the published
/// figures have decimals (full-time persons usually do), else none.
pub fn decimals(unit: Unit, published_has_decimals: bool) -> usize {
    match unit {
        Unit::Percent => 1,
        _ if published_has_decimals => 1,
        _ => 0,
    }
}

/// `v` with `decimals` decimals, without thousands separators (spreadsheets read it as a
/// number), with the style's decimal mark; "-0" is written "0".
fn number(v: f64, decimals: usize, style: CsvStyle) -> String {
    let mut text = format!("{v:.decimals$}");
    if text.starts_with('-') && text[1..].chars().all(|c| c == '0' || c == '.') {
        text.remove(0);
    }
    match style {
        CsvStyle::Excel => text.replace('.', ","),
        CsvStyle::Plain => text,
    }
}

/// The whole file: the header, every figure of every scenario in `items`, an empty line and
/// the description block.
pub fn csv(b: &Baseline, items: &[CsvScenario], style: CsvStyle, lang: Lang) -> String {
    let delimiter = style.delimiter();
    let mut out = String::new();
    if style == CsvStyle::Excel {
        // Excel recognises UTF-8 only with a byte-order mark.
        out.push('\u{feff}');
    }
    push_record(&mut out, CSV_HEADER, delimiter);
    for item in items {
        scenario_rows(&mut out, b, item, style, lang);
    }
    out.push('\n');
    for line in description(b, items, style, lang) {
        push_record(&mut out, [line], delimiter);
    }
    out
}

/// The rows of one scenario: per goal the actual figures, the forecast with its bands, the
/// kravforløb, the milestones and the target.
fn scenario_rows(out: &mut String, b: &Baseline, item: &CsvScenario, style: CsvStyle, lang: Lang) {
    let m = item.municipality;
    let Some(muni) = b.municipalities.get(m) else {
        return;
    };
    let outlook = item
        .planner
        .outlook
        .and_then(|o| b.outlooks.get(o))
        .map(|o| o.name.get(lang.code()).to_string())
        .unwrap_or_default();
    for (goal, plan) in item.planner.goals.goals.iter().zip(item.plans) {
        let (Some(plan), Some(ind)) = (plan, b.indicators.get(goal.indicator)) else {
            continue;
        };
        let series = b.series(Area::Municipality(m), goal.indicator);
        let has_decimals = series.is_some_and(|e| {
            e.series
                .iter()
                .any(|(_, v)| v.is_some_and(|v| (v - v.round()).abs() > 1e-9))
        });
        let places = decimals(ind.unit, has_decimals);
        let unit = super::super::unit_word(ind.unit, lang);
        let mut row = |period: &str, serie: &str, v: f64| {
            let cells = [
                item.name,
                item.author,
                &outlook,
                &muni.code,
                &muni.name,
                &goal.id,
                &ind.id,
                unit,
                period,
                serie,
                &number(v, places, style),
            ];
            push_record(out, cells, style.delimiter());
        };
        if let Some(entry) = series {
            for (month, v) in entry.series.iter() {
                if let Some(v) = v {
                    row(&month.to_string(), "faktisk", v);
                }
            }
        }
        if let Some(f) = item
            .planner
            .forecasts
            .forecast(Area::Municipality(m), goal.indicator)
        {
            for h in 0..f.len() {
                let month = f.month(h).to_string();
                row(&month, "prognose", f.mean[h]);
                row(&month, "lav80", f.lo80[h]);
                row(&month, "hoej80", f.hi80[h]);
                row(&month, "lav95", f.lo95[h]);
                row(&month, "hoej95", f.hi95[h]);
            }
        }
        if let Ok(path) = &plan.path {
            for (month, v) in &path.points {
                row(&month.to_string(), "krav", *v);
            }
        }
        for x in &plan.milestones {
            let (period, serie) = target_period(goal, x.year, plan.target_month, "delmaal");
            row(&period, &serie, x.value);
        }
        let (period, serie) = target_period(
            goal,
            plan.target_month.year(),
            plan.target_month,
            "maalvaerdi",
        );
        row(&period, &serie, plan.target.target);
    }
}

/// The period and series name of a target or milestone in `year`: the goal's month
/// ("2026-12", `maalvaerdi`) or, for an annual average, the year ("2026",
/// `maalvaerdi_aarsgennemsnit`).
fn target_period(goal: &Goal, year: i32, target_month: Month, serie: &str) -> (String, String) {
    match goal.measure {
        Measure::AnnualAverage => (year.to_string(), format!("{serie}_aarsgennemsnit")),
        Measure::Month(mo) => (
            Month::new(year, mo).unwrap_or(target_month).to_string(),
            serie.to_string(),
        ),
    }
}

/// The description block: one line per cell, under the heading `forklaring`.
fn description(b: &Baseline, items: &[CsvScenario], style: CsvStyle, lang: Lang) -> Vec<String> {
    let date = format::month(b.meta.data_month, lang);
    let marks = match (style, lang) {
        (CsvStyle::Excel, Lang::Da) => "Decimaltegn er komma, skilletegn semikolon.",
        (CsvStyle::Plain, Lang::Da) => "Decimaltegn er punktum, skilletegn komma.",
        (CsvStyle::Excel, Lang::En) => "Decimal comma, semicolon separator.",
        (CsvStyle::Plain, Lang::En) => "Decimal point, comma separator.",
    };
    let mut lines: Vec<String> = match lang {
        Lang::Da => vec![
            "forklaring".into(),
            "Måltal – forklaring til tallene ovenfor".into(),
            format!("Datafil: {}. Data til: {date}. Licens: {}.", b.meta.title, b.meta.licence),
            "Kolonner: scenarie, forfatter, konjunktur (scenariets konjunkturforudsætning), kommunekode, kommune, maal (mål-id), indikator, enhed, periode (ÅÅÅÅ-MM; ÅÅÅÅ for et årsgennemsnit), serie, vaerdi.".into(),
            "Serier: faktisk = offentliggjort tal; prognose = prognosens centrale værdi; lav80/hoej80 og lav95/hoej95 = 80 %- og 95 %-usikkerhedsbånd; krav = kravforløbet; delmaal = delmålet for et år; maalvaerdi = målet i målmåneden; *_aarsgennemsnit = målt som gennemsnit over året (perioden er året).".into(),
            format!("Afrunding: procenter med én decimal; personer og fuldtidspersoner i hele tal, eller med én decimal hvor de offentliggjorte tal har decimaler. Procenter som 0–100. {marks}"),
        ],
        Lang::En => vec![
            "forklaring (description)".into(),
            "Måltal – description of the figures above".into(),
            format!("Data file: {}. Data to: {date}. Licence: {}.", b.meta.title, b.meta.licence),
            "Columns: scenarie (scenario), forfatter (author), konjunktur (the scenario's economic outlook), kommunekode (municipality code), kommune (name), maal (goal id), indikator, enhed (unit), periode (YYYY-MM; YYYY for an annual average), serie, vaerdi (value).".into(),
            "Series: faktisk = published figure; prognose = forecast centre; lav80/hoej80 and lav95/hoej95 = 80 % and 95 % bands; krav = required path (kravforløb); delmaal = a year's milestone; maalvaerdi = the target in its month; *_aarsgennemsnit = measured as the average over the year (the period is the year).".into(),
            format!("Rounding: percentages to one decimal; persons and full-time persons to whole numbers, or to one decimal where the published figures have decimals. Percentages as 0–100. {marks}"),
        ],
    };
    let mut seen: Vec<&str> = Vec::new();
    for goal in items.iter().flat_map(|i| &i.planner.goals.goals) {
        let Some(ind) = b.indicators.get(goal.indicator) else {
            continue;
        };
        if seen.contains(&goal.id.as_str()) {
            continue;
        }
        seen.push(&goal.id);
        lines.push(format!(
            "{} / {}: {} ({})",
            goal.id,
            ind.id,
            ind.definition.get(lang.code()),
            super::super::unit_word(ind.unit, lang)
        ));
    }
    lines.extend(
        b.meta
            .sources
            .iter()
            .map(|s| format!("{}: {} ({}, {})", s.id, s.name, s.publisher, s.table)),
    );
    lines
}

#[cfg(test)]
#[cfg(not(target_arch = "wasm32"))]
mod tests {
    use super::super::fixtures::{plans, setup};
    use super::*;
    use crate::data::csv_export::cell;
    use crate::model::ambition::Preset;

    /// The data rows (between the header and the empty line) and the description block.
    fn blocks(text: &str) -> (Vec<&str>, Vec<&str>) {
        let body = text.trim_start_matches('\u{feff}');
        let (data, about) = body.split_once("\n\n").unwrap();
        (data.lines().skip(1).collect(), about.lines().collect())
    }

    #[test]
    fn the_excel_csv_names_the_scenarios_and_rounds_as_the_unit_deserves() {
        let (b, p) = setup();
        let m = b.municipality_index("751").unwrap();
        let (hold, prognose) = (
            plans(&b, &p, m, Preset::Hold),
            plans(&b, &p, m, Preset::Forecast),
        );
        let items = [
            CsvScenario {
                name: "Hold",
                author: "Anna",
                planner: &p,
                municipality: m,
                plans: &hold,
            },
            CsvScenario {
                name: "Prognose",
                author: "",
                planner: &p,
                municipality: m,
                plans: &prognose,
            },
        ];
        let text = csv(&b, &items, CsvStyle::Excel, Lang::Da);
        assert!(text.starts_with('\u{feff}'), "BOM for Excel");
        assert_eq!(
            text.trim_start_matches('\u{feff}').lines().next(),
            Some(CSV_HEADER.join(";").as_str())
        );
        let (rows, about) = blocks(&text);
        assert!(
            rows.iter()
                .all(|r| r.split(';').count() == CSV_HEADER.len()),
            "eleven fields"
        );
        assert!(
            rows.iter()
                .any(|r| r.starts_with("Hold;Anna;Basis;751;Aarhus;")),
            "{}",
            rows[0]
        );
        assert!(rows
            .iter()
            .any(|r| r.starts_with("Prognose;;Basis;751;Aarhus;")));
        let value = |r: &&str| r.rsplit(';').next().unwrap().to_string();
        // Persons (langtidsledige) are whole numbers; full-time persons (ledige) have one
        // decimal where the published figures have decimals; percentages one.
        for r in rows.iter().filter(|r| r.contains(";langtidsledighed;")) {
            assert!(!value(r).contains(','), "a whole number of persons: {r}");
        }
        for r in rows.iter().filter(|r| r.contains(";loentimer;")) {
            let v = value(r);
            assert_eq!(
                v.split_once(',').map(|(_, d)| d.len()),
                Some(1),
                "one decimal: {r}"
            );
        }
        for r in rows.iter().filter(|r| r.contains(";ledighed;")) {
            let v = value(r);
            assert!(
                v.split_once(',').is_none_or(|(_, d)| d.len() == 1),
                "at most one decimal: {r}"
            );
        }
        // An annual-average target is written against its year, a month's against its month.
        assert!(rows.iter().any(
            |r| r.contains(";ledighed;ledige;fuldtidspersoner;2026;maalvaerdi_aarsgennemsnit;")
        ));
        assert!(rows
            .iter()
            .any(|r| r.contains(";langtidsledighed;langtidsledige;personer;2026-12;maalvaerdi;")));
        assert!(
            about[0] == "forklaring" && about.iter().any(|l| l.contains("Afrunding")),
            "{about:?}"
        );
    }

    #[test]
    fn the_plain_csv_has_commas_and_decimal_points() {
        let (b, p) = setup();
        let m = b.municipality_index("751").unwrap();
        let plans = plans(&b, &p, m, Preset::Forecast);
        let items = [CsvScenario {
            name: "Mit, bud",
            author: "",
            planner: &p,
            municipality: m,
            plans: &plans,
        }];
        let text = csv(&b, &items, CsvStyle::Plain, Lang::Da);
        assert!(text.starts_with("scenarie,forfatter,konjunktur,"), "no BOM");
        let (rows, _) = blocks(&text);
        let share = rows
            .iter()
            .find(|r| r.contains(",loentimer,") && r.contains(",faktisk,"))
            .unwrap();
        assert!(
            share.starts_with("\"Mit, bud\","),
            "a name with the delimiter is quoted: {share}"
        );
        assert!(
            share.rsplit(',').next().unwrap().contains('.'),
            "decimal point: {share}"
        );
    }

    #[test]
    fn names_cannot_run_as_formulas_and_negative_numbers_stay_numbers() {
        let (mut b, p) = setup();
        let m = b.municipality_index("751").unwrap();
        let plans = plans(&b, &p, m, Preset::Forecast);
        b.municipalities[m].name = "=HYPERLINK(\"http://x\")".into();
        let items = [CsvScenario {
            name: "@SUM(A1)",
            author: "+45 1234",
            planner: &p,
            municipality: m,
            plans: &plans,
        }];
        for (style, d) in [(CsvStyle::Excel, ';'), (CsvStyle::Plain, ',')] {
            let text = csv(&b, &items, style, Lang::Da);
            assert!(text.contains(&format!("751{d}\"'=HYPERLINK(\"\"http://x\"\")\"{d}")));
            for line in text.trim_start_matches('\u{feff}').lines() {
                for c in line.split(d) {
                    assert!(!c.starts_with(['=', '+', '@']), "{c} in {line}");
                }
            }
        }
        assert_eq!(cell(&number(-3.46, 1, CsvStyle::Excel), ';'), "-3,5");
        assert_eq!(number(-0.04, 1, CsvStyle::Plain), "0.0", "no negative zero");
        assert_eq!(number(1451.7213, 0, CsvStyle::Excel), "1452");
    }
}
