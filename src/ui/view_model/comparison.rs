//! The comparison view: the municipality's implied change ranked among its comparable
//! municipalities' forecast changes and its region's, with levels per 1,000 inhabitants.

use crate::charts::bars::{Bar, BarKey, BarSpec};
use crate::charts::Frame;
use crate::model::baseline::{Area, Baseline, Better, Unit};
use crate::model::compare::{per_thousand, rank, RankRow};
use crate::model::plan::{GoalPlan, Planner};
use crate::ui::format::{self, Lang};
use crate::ui::i18n::{t, Key};

use super::{signed_percent, value_text};

/// One row of the comparison table.
#[derive(Debug, Clone, PartialEq)]
pub struct ComparisonRow {
    /// Stable key.
    pub key: String,
    /// 1-based rank ("" for the region's reference row).
    pub rank: String,
    /// Name.
    pub name: String,
    /// Base level.
    pub level: String,
    /// Level per 1,000 inhabitants ("" for percent indicators or without population).
    pub per_thousand: String,
    /// Change, as a signed percentage.
    pub change: String,
    /// True for the municipality itself.
    pub is_self: bool,
    /// True for the region's reference row.
    pub is_region: bool,
}

/// The comparison of one goal.
#[derive(Debug, Clone, PartialEq)]
pub struct ComparisonView {
    /// One sentence: "Aarhus' mål svarer til plads 2 af 3 …".
    pub summary: String,
    /// Rows, best first; the region's row is placed by its change.
    pub rows: Vec<ComparisonRow>,
    /// The bar chart.
    pub bars: BarSpec,
}

/// Builds the comparison of `plan` (municipality `m`, goal `gi`).
pub fn comparison(
    b: &Baseline,
    planner: &Planner,
    m: usize,
    gi: usize,
    plan: &GoalPlan,
    lang: Lang,
) -> Option<ComparisonView> {
    let (goal, ind, muni) = super::goal_context(b, planner, m, gi)?;
    let own_change = plan.target.change_relative?;
    let (ranked, position) = rank(m, own_change, &plan.peer_changes, ind.better);
    let region = planner
        .outlook_of(b, Area::Region(muni.region), gi)
        .ok()
        .and_then(|(base, _, change)| Some((base, change?)));
    let mut rows: Vec<ComparisonRow> = ranked
        .iter()
        .enumerate()
        .filter_map(|(i, r)| member_row(b, planner, gi, ind.unit, r, i + 1, lang))
        .collect();
    let mut bars = member_bars(b, &ranked);
    if let Some((base, change)) = region {
        let name = b
            .regions
            .get(muni.region)
            .map(|r| r.name.clone())
            .unwrap_or_default();
        let pos = region_place(&ranked, change, ind.better);
        let label = match lang {
            Lang::Da => format!("{name} (prognose)"),
            Lang::En => format!("{name} (forecast)"),
        };
        rows.insert(
            pos.min(rows.len()),
            ComparisonRow {
                key: format!("region-{}", muni.region),
                rank: String::new(),
                name: label.clone(),
                level: value_text(base.value, ind.unit, lang),
                per_thousand: String::new(),
                change: signed_percent(change, lang),
                is_self: false,
                is_region: true,
            },
        );
        bars.insert(
            pos.min(bars.len()),
            Bar {
                label,
                value: change * 100.0,
                highlight: false,
                reference: true,
            },
        );
    }
    let group = b
        .groups
        .get(muni.group)
        .map(|g| g.name.clone())
        .unwrap_or_default();
    let n = ranked.len();
    let summary = summary_sentence(&muni.name, &group, own_change, position, n, lang);
    Some(ComparisonView {
        summary,
        rows,
        bars: BarSpec {
            frame: Frame {
                title: bars_title(goal.title.get(lang.code()), &muni.name, lang),
                source: super::source_line(b, lang),
                ..Frame::default()
            },
            numbers: lang.number_style(),
            x_label: x_label(lang),
            bars,
            key: bar_key(&muni.name, lang),
        },
    })
}

/// The row of ranked municipality `r` at 1-based `rank`: its base level, per 1,000 inhabitants
/// (not for a percent indicator) and change.
fn member_row(
    b: &Baseline,
    planner: &Planner,
    gi: usize,
    unit: Unit,
    r: &RankRow,
    rank: usize,
    lang: Lang,
) -> Option<ComparisonRow> {
    let (idx, change, is_self) = (r.municipality, r.change, r.is_self);
    let x = b.municipalities.get(idx)?;
    let (base, _, _) = planner.outlook_of(b, Area::Municipality(idx), gi).ok()?;
    let per = if unit == Unit::Percent {
        String::new()
    } else {
        per_thousand(base.value, x.population)
            .map(|v| format::number(v, 1, lang))
            .unwrap_or_default()
    };
    Some(ComparisonRow {
        key: x.code.clone(),
        rank: rank.to_string(),
        name: x.name.clone(),
        level: value_text(base.value, unit, lang),
        per_thousand: per,
        change: signed_percent(change, lang),
        is_self,
        is_region: false,
    })
}

/// One bar per ranked municipality, the municipality itself highlighted; changes in percent.
fn member_bars(b: &Baseline, ranked: &[RankRow]) -> Vec<Bar> {
    ranked
        .iter()
        .filter_map(|r| {
            Some(Bar {
                label: b.municipalities.get(r.municipality)?.name.clone(),
                value: r.change * 100.0,
                highlight: r.is_self,
                reference: false,
            })
        })
        .collect()
}

/// Where the region's row goes among `ranked` (best first): before the first municipality
/// whose change it beats.
fn region_place(ranked: &[RankRow], change: f64, better: Better) -> usize {
    let better_than = |c: f64| match better {
        Better::Lower => change < c,
        Better::Higher => change > c,
    };
    ranked
        .iter()
        .position(|r| better_than(r.change))
        .unwrap_or(ranked.len())
}

/// "Aarhus' mål svarer til en ændring på … : plads 2 af 3 blandt de sammenlignelige kommuner …".
fn summary_sentence(
    name: &str,
    group: &str,
    own_change: f64,
    position: usize,
    n: usize,
    lang: Lang,
) -> String {
    match lang {
        Lang::Da => format!(
            "{} mål svarer til en ændring på {} fra basis: plads {position} af {n} blandt de sammenlignelige kommuner ({group}), hvor de andre kommuner er vist med deres prognose.",
            format::genitive(name, lang),
            signed_percent(own_change, lang),
        ),
        Lang::En => format!(
            "{} target means a change of {} from the base: rank {position} of {n} among the {group} group, the other municipalities shown with their forecast.",
            format::genitive(name, lang),
            signed_percent(own_change, lang),
        ),
    }
}

/// The bar chart's value axis caption.
/// "Færre langtidsledige – Randers blandt sammenlignelige kommuner".
fn bars_title(goal: &str, name: &str, lang: Lang) -> String {
    match lang {
        Lang::Da => format!("{goal} – {name} blandt sammenlignelige kommuner"),
        Lang::En => format!("{goal} – {name} among comparable municipalities"),
    }
}

/// What the bars' colours mean: "Randers' mål", the comparable municipalities, the region.
fn bar_key(name: &str, lang: Lang) -> BarKey {
    BarKey {
        own: format!(
            "{} {}",
            format::genitive(name, lang),
            t(lang, Key::BarsOwnTarget)
        ),
        others: t(lang, Key::BarsOthers).to_string(),
        reference: t(lang, Key::BarsRegion).to_string(),
    }
}

fn x_label(lang: Lang) -> String {
    match lang {
        Lang::Da => "Ændring fra basis til målet / prognosen (%)".into(),
        Lang::En => "Change from base to target / forecast (%)".into(),
    }
}

#[cfg(test)]
#[cfg(not(target_arch = "wasm32"))]
mod tests {
    use super::*;
    use crate::model::ambition::Ambition;
    use crate::model::kravforloeb::PathShape;

    #[test]
    fn the_comparison_ranks_the_municipality_among_its_group_with_the_region_as_reference() {
        let b = super::super::default_baseline();
        let p = Planner::new(&b, 0, Some(0)).unwrap();
        let m = b.municipality_index("147").unwrap(); // Frederiksberg, Hovedstadskommuner (24)
        let plan = p
            .plan(&b, m, 0, Ambition::Change(-0.5), PathShape::Seasonal)
            .unwrap();
        let v = comparison(&b, &p, m, 0, &plan, Lang::Da).unwrap();
        let own: Vec<&ComparisonRow> = v.rows.iter().filter(|r| r.is_self).collect();
        assert_eq!(own.len(), 1);
        assert_eq!(
            own[0].rank, "1",
            "halving unemployment beats every forecast"
        );
        assert_eq!(own[0].change, "-50,0 %");
        assert!(
            !own[0].per_thousand.is_empty(),
            "levels per 1,000 inhabitants"
        );
        assert_eq!(v.rows.iter().filter(|r| r.is_region).count(), 1);
        assert_eq!(v.rows.len(), 25, "24 group members and the region");
        assert_eq!(v.bars.bars.len(), v.rows.len());
        assert!(v.summary.contains("plads 1 af 24"), "{}", v.summary);
        let legend: Vec<String> = v.bars.legend().into_iter().map(|i| i.label).collect();
        assert_eq!(
            legend,
            [
                "Frederiksbergs mål",
                "Sammenlignelige kommuner (prognose)",
                "Regionen (prognose)"
            ]
        );
    }
}
