//! The printed comparison of one goal: the municipality's target against the forecasts of its
//! region, its comparable municipalities (median) and the country, as a small table with
//! column headers, and the municipality's place among the comparable municipalities.

use crate::model::ambition::median;
use crate::model::baseline::{Area, Baseline, Measure};
use crate::model::compare::rank;
use crate::model::plan::{GoalPlan, Planner};
use crate::ui::format::{self, Lang};

use super::super::{goal_context, signed_percent, value_text};
use super::{label, PrintTable};

/// The comparison table of goal `gi` (plan `p`) for municipality `m`.
pub(super) fn comparison_table(
    b: &Baseline,
    planner: &Planner,
    m: usize,
    gi: usize,
    p: &GoalPlan,
    lang: Lang,
) -> Option<PrintTable> {
    let (goal, ind, muni) = goal_context(b, planner, m, gi)?;
    let l = |da: &str, en: &str| label(da, en, lang);
    let value = |v: Option<f64>| v.map_or_else(|| "–".into(), |v| value_text(v, ind.unit, lang));
    let change = |c: Option<f64>| c.map_or_else(|| "–".into(), |c| signed_percent(c, lang));
    let year = p.target_month.year();
    let when = match goal.measure {
        Measure::AnnualAverage => match lang {
            Lang::Da => format!("gns. {year}"),
            Lang::En => format!("average {year}"),
        },
        Measure::Month(_) => format::month(p.target_month, lang),
    };
    let head = vec![
        l("Område", "Area"),
        format!(
            "{} ({})",
            l("Basis", "Base"),
            format::month(p.base.month, lang)
        ),
        format!("{} ({when})", l("Mål / prognose", "Target / forecast")),
        l("Ændring", "Change"),
    ];
    let mut rows = vec![vec![
        format!("{} ({})", muni.name, l("mål", "target")),
        value(Some(p.base.value)),
        value(Some(p.target.target)),
        change(p.target.change_relative),
    ]];
    let forecast_row = |name: String, area: Area| {
        let (base, forecast, ch) = planner.outlook_of(b, area, gi).ok()?;
        Some(vec![
            format!("{name} ({})", l("prognose", "forecast")),
            value(Some(base.value)),
            value(forecast),
            change(ch),
        ])
    };
    let region = b.regions.get(muni.region).map(|r| r.name.clone());
    rows.extend(region.and_then(|r| forecast_row(r, Area::Region(muni.region))));
    let peers: Vec<f64> = p.peer_changes.iter().map(|(_, c)| *c).collect();
    let group = b
        .groups
        .get(muni.group)
        .map(|g| g.name.clone())
        .unwrap_or_default();
    rows.push(vec![
        match lang {
            Lang::Da => format!("Sammenlignelige kommuner (median af {})", peers.len()),
            Lang::En => format!("Comparable municipalities (median of {})", peers.len()),
        },
        "–".into(),
        "–".into(),
        change(median(&peers)),
    ]);
    rows.extend(forecast_row(
        l("Hele landet", "The whole country"),
        Area::National,
    ));
    Some(PrintTable {
        caption: place_sentence(&muni.name, &group, p, ind.better, lang),
        head,
        rows,
        row_heads: true,
    })
}

/// "Randers' mål er nr. 3 af 17 blandt de sammenlignelige kommuner (Provinsbykommuner)." — or
/// "" when the target has no relative change to rank.
fn place_sentence(
    name: &str,
    group: &str,
    p: &GoalPlan,
    better: crate::model::baseline::Better,
    lang: Lang,
) -> String {
    let Some(own) = p.target.change_relative else {
        return String::new();
    };
    let (ranked, position) = rank(p.municipality, own, &p.peer_changes, better);
    let n = ranked.len();
    match lang {
        Lang::Da => format!(
            "{} mål er nr. {position} af {n} blandt de sammenlignelige kommuner ({group}), de andre med deres prognose.",
            format::genitive(name, lang)
        ),
        Lang::En => format!(
            "{} target ranks {position} of {n} among the comparable municipalities ({group}), the others with their forecast.",
            format::genitive(name, lang)
        ),
    }
}
