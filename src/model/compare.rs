//! Comparisons: the municipality against its region, its comparable group (klynge) and the
//! country as indexed series (base month = 100), levels per 1,000 inhabitants, and a ranking
//! of implied changes among the comparable municipalities.

use super::baseline::{Area, Baseline, Better, Unit};
use super::month::Month;
use super::series::Series;

/// A series indexed to 100 in `base`.
pub fn indexed(series: &Series, base: Month) -> Option<Vec<(Month, Option<f64>)>> {
    let b = series.get(base).filter(|v| *v > 0.0)?;
    Some(
        series
            .iter()
            .map(|(m, v)| (m, v.map(|v| v / b * 100.0)))
            .collect(),
    )
}

/// The comparable group's index (base month = 100): each month compares the members observed
/// both then and in the base month, so a suppressed small municipality does not break the line.
/// Counts are summed; percentages are weighted by population.
pub fn group_index(
    b: &Baseline,
    members: &[usize],
    indicator: usize,
    base: Month,
) -> Option<Vec<(Month, Option<f64>)>> {
    let unit = b.indicators.get(indicator)?.unit;
    let series: Vec<(&Series, f64)> = members
        .iter()
        .filter_map(|&m| {
            let s = &b.series(Area::Municipality(m), indicator)?.series;
            let weight = match unit {
                Unit::Percent => b.municipalities.get(m)?.population.unwrap_or(1.0),
                _ => 1.0,
            };
            Some((s, weight))
        })
        .collect();
    let start = series.iter().map(|(s, _)| s.start()).min()?;
    let end = series.iter().map(|(s, _)| s.end()).max()?;
    let mut out = Vec::new();
    let mut month = start;
    while month <= end {
        let (mut now, mut then) = (0.0, 0.0);
        for (s, w) in &series {
            if let (Some(a), Some(b0)) = (s.get(month), s.get(base)) {
                now += a * w;
                then += b0 * w;
            }
        }
        out.push((month, (then > 0.0).then(|| now / then * 100.0)));
        month = month.plus(1);
    }
    Some(out)
}

/// A level per 1,000 inhabitants (`None` without a population).
pub fn per_thousand(value: f64, population: Option<f64>) -> Option<f64> {
    population.filter(|p| *p > 0.0).map(|p| value / p * 1000.0)
}

/// One row of a ranking.
#[derive(Debug, Clone, PartialEq)]
pub struct RankRow {
    /// Municipality index.
    pub municipality: usize,
    /// Implied (for the municipality itself) or forecast relative change (fraction).
    pub change: f64,
    /// True for the municipality whose target is ranked.
    pub is_self: bool,
}

/// Ranks `own_change` among the peers' forecast changes, best first (most negative when fewer
/// is better). Returns the rows and the municipality's 1-based rank.
pub fn rank(
    municipality: usize,
    own_change: f64,
    peers: &[(usize, f64)],
    better: Better,
) -> (Vec<RankRow>, usize) {
    let mut rows: Vec<RankRow> = peers
        .iter()
        .filter(|(m, c)| *m != municipality && c.is_finite())
        .map(|&(m, c)| RankRow {
            municipality: m,
            change: c,
            is_self: false,
        })
        .collect();
    rows.push(RankRow {
        municipality,
        change: own_change,
        is_self: true,
    });
    rows.sort_by(|a, b| match better {
        Better::Lower => a.change.total_cmp(&b.change),
        Better::Higher => b.change.total_cmp(&a.change),
    });
    let position = rows
        .iter()
        .position(|r| r.is_self)
        .map_or(rows.len(), |p| p + 1);
    (rows, position)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(s: &str) -> Month {
        Month::parse(s).unwrap()
    }

    #[test]
    fn an_indexed_series_is_100_in_the_base_month() {
        let s = Series::new(m("2024-11"), vec![Some(50.0), Some(40.0), None]);
        let i = indexed(&s, m("2024-12")).unwrap();
        let v = i[0].1;
        assert!(
            v.is_some_and(|x| (x - 125.0).abs() < 1e-9),
            "50 against a base of 40: {v:?}"
        );
        let v = i[1].1;
        assert!(
            v.is_some_and(|x| (x - 100.0).abs() < 1e-9),
            "the base month: {v:?}"
        );
        assert_eq!(i[2].1, None);
        assert!(indexed(&s, m("2025-01")).is_none());
    }

    #[test]
    fn ranking_puts_the_biggest_fall_first_when_fewer_is_better() {
        let peers = [(1, -0.02), (2, 0.01), (3, -0.08), (0, 9.0)];
        let (rows, rank_of) = rank(0, -0.05, &peers, Better::Lower);
        let order: Vec<usize> = rows.iter().map(|r| r.municipality).collect();
        assert_eq!(order, [3, 0, 1, 2]);
        assert_eq!(rank_of, 2);
        let (_, rank_of) = rank(0, -0.05, &peers, Better::Higher);
        assert_eq!(rank_of, 3);
    }

    #[test]
    fn per_thousand_needs_a_population() {
        let v = per_thousand(500.0, Some(100_000.0));
        assert!(
            v.is_some_and(|x| (x - 5.0).abs() < 1e-9),
            "500 of 100,000: {v:?}"
        );
        assert_eq!(per_thousand(500.0, None), None);
        assert_eq!(per_thousand(500.0, Some(0.0)), None);
    }
}
