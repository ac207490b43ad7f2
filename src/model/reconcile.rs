//! Forecast reconciliation: makes the forecasts of a hierarchy (municipalities → regions → the
//! country) add up month by month.
//!
//! Responsibility: take one base forecast per node of a tree (each made on its own by
//! [`super::forecast::forecast`]) and move them as little as possible, in a weighted
//! least-squares sense, so that every aggregate equals the sum of its members in every month
//! where the aggregate and all its members have a forecast. Pure Rust, std only, no panics.
//!
//! The methods ([`Reconciliation`]) are the classical ones of the forecast-reconciliation
//! literature (Hyndman et al. 2011; Wickramasuriya, Athanasopoulos & Hyndman 2019), written in
//! the projection form
//!
//! ```text
//! ỹ = ŷ − W Cᵀ (C W Cᵀ)⁻¹ C ŷ
//! ```
//!
//! where `C` holds one row per aggregate (`+1` for the aggregate, `−1` for each member) and `W`
//! is diagonal. With one constraint per aggregate (98 + 5 + 1 series in the default data give
//! 6 constraints), `C W Cᵀ` is a 6 × 6 system per month, so no linear-algebra crate is needed.
//!
//! Intervals are moved with their centre (every bound gets the centre's adjustment; widths are
//! kept) and counts are kept ≥ 0. Values are in the series' own unit. Only counts should be
//! reconciled this way: a percentage of an aggregate is a weighted mean, not a sum.

use super::forecast::{Forecast, OneStepErrors};
use super::month::Month;

/// How the base forecasts are made coherent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reconciliation {
    /// Every aggregate becomes the sum of its members' forecasts; the members are unchanged.
    BottomUp,
    /// Weighted least squares, a node's weight the number of bottom-level series under it
    /// (WLS structural scaling).
    WlsStructural,
    /// Weighted least squares, a node's weight the squared width of its own 80 % interval in
    /// that month (a diagonal MinT: the forecast variances, without their covariances).
    WlsVariance,
    /// MinT with a shrunk covariance (Wickramasuriya, Athanasopoulos & Hyndman 2019): `W` is the
    /// covariance of the nodes' in-sample one-step errors over the last [`COVARIANCE_MONTHS`]
    /// months, its correlations shrunk towards 0 by the Schäfer–Strimmer weight. Needs the
    /// errors ([`reconcile_with_errors`]); without them it is [`Reconciliation::WlsVariance`].
    MintShrink,
}

/// Months of one-step errors, up to the latest one, from which MinT's covariance is estimated.
pub const COVARIANCE_MONTHS: i32 = 36;

/// One node of the tree: its base forecast (`None` when it has none) and its parent's index.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    /// The base forecast; reconciled in place by [`reconcile`].
    pub forecast: Option<Forecast>,
    /// Index of the aggregate this node belongs to (`None` for the top).
    pub parent: Option<usize>,
}

/// What [`reconcile`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Report {
    /// Months in which at least one aggregate was made to add up.
    pub months: usize,
    /// Central values that came out below 0 and were set to 0 (the sums then no longer hold
    /// exactly for that month).
    pub clamped: usize,
}

/// The tree over the nodes that have a forecast: a node without one is skipped, its members
/// belong to the nearest ancestor that has one.
struct Tree {
    /// The aggregate each node with a forecast counts towards.
    parent: Vec<Option<usize>>,
    /// Members of each node that has a forecast.
    children: Vec<Vec<usize>>,
    /// Bottom-level nodes under each node (1 for a bottom-level node).
    leaves: Vec<f64>,
    /// Aggregates, deepest first.
    aggregates: Vec<usize>,
}

impl Tree {
    fn of(nodes: &[Node]) -> Tree {
        let n = nodes.len();
        let has = |i: usize| nodes.get(i).is_some_and(|x| x.forecast.is_some());
        let up = |i: usize| {
            nodes
                .get(i)
                .and_then(|x| x.parent)
                .filter(|&q| q < n && q != i)
        };
        // The nearest ancestor with a forecast (at most n steps, so a cycle cannot hang).
        let parent: Vec<Option<usize>> = (0..n)
            .map(|i| {
                let mut p = if has(i) { up(i) } else { None };
                for _ in 0..n {
                    match p {
                        Some(q) if !has(q) => p = up(q),
                        _ => break,
                    }
                }
                p.filter(|&q| has(q) && q != i)
            })
            .collect();
        let depth = |i: usize| {
            let (mut d, mut a) = (0, parent[i]);
            while let (Some(q), true) = (a, d < n) {
                d += 1;
                a = parent[q];
            }
            d
        };
        let mut children = vec![Vec::new(); n];
        for (i, p) in parent.iter().enumerate() {
            if let Some(p) = p {
                children[*p].push(i);
            }
        }
        let mut aggregates: Vec<usize> = (0..n).filter(|&i| !children[i].is_empty()).collect();
        aggregates.sort_by_key(|&i| std::cmp::Reverse(depth(i)));
        let mut leaves = vec![0.0; n];
        for i in (0..n).filter(|&i| has(i) && children[i].is_empty()) {
            leaves[i] = 1.0;
        }
        for &a in &aggregates {
            leaves[a] = children[a].iter().map(|&c| leaves[c]).sum();
        }
        Tree {
            parent,
            children,
            leaves,
            aggregates,
        }
    }

    /// True when `node` counts towards `agg`.
    fn parent_is(&self, node: usize, agg: usize) -> bool {
        self.parent.get(node).copied().flatten() == Some(agg)
    }
}

/// The index of `month` in `f`, if `f` has a value for it.
fn index_of(f: &Forecast, month: Month) -> Option<usize> {
    let i = f.start.months_until(month);
    (i >= 0 && (i as usize) < f.len()).then_some(i as usize)
}

/// Reconciles the forecasts of `nodes` in place with `method`, month by month: in each month,
/// every aggregate that has a value, and whose members all have one, is made the sum of its
/// members. Months outside that (e.g. a member whose forecast starts a month earlier than its
/// aggregate's) are left as they are.
pub fn reconcile(nodes: &mut [Node], method: Reconciliation) -> Report {
    reconcile_with_errors(nodes, method, &[])
}

/// [`reconcile`] with each node's in-sample one-step errors (`errors[i]` for `nodes[i]`), which
/// [`Reconciliation::MintShrink`] needs; the other methods ignore them.
pub fn reconcile_with_errors(
    nodes: &mut [Node],
    method: Reconciliation,
    errors: &[Option<OneStepErrors>],
) -> Report {
    let tree = Tree::of(nodes);
    let covariance = match method {
        Reconciliation::MintShrink => shrunk_covariance(nodes, errors),
        _ => None,
    };
    let (Some(first), Some(last)) = (
        nodes
            .iter()
            .filter_map(|n| n.forecast.as_ref().map(|f| f.start))
            .min(),
        nodes
            .iter()
            .filter_map(|n| {
                n.forecast
                    .as_ref()
                    .map(|f| f.month(f.len().saturating_sub(1)))
            })
            .max(),
    ) else {
        return Report::default();
    };
    let mut report = Report::default();
    let mut month = first;
    while month <= last {
        let idx: Vec<Option<usize>> = nodes
            .iter()
            .map(|n| n.forecast.as_ref().and_then(|f| index_of(f, month)))
            .collect();
        let active: Vec<usize> = tree
            .aggregates
            .iter()
            .copied()
            .filter(|&a| idx[a].is_some() && tree.children[a].iter().all(|&c| idx[c].is_some()))
            .collect();
        if !active.is_empty() {
            report.months += 1;
            let y: Vec<f64> = value_at(nodes, &idx, |f, i| f.mean[i]);
            let target = match method {
                Reconciliation::BottomUp => bottom_up(&tree, &active, &y),
                Reconciliation::WlsStructural => {
                    wls(&tree, &active, &y, Weights::Diagonal(&tree.leaves))
                }
                Reconciliation::MintShrink if covariance.is_some() => {
                    let c = covariance.as_deref().unwrap_or_default();
                    wls(&tree, &active, &y, Weights::Full(c))
                }
                Reconciliation::WlsVariance | Reconciliation::MintShrink => {
                    let w = value_at(nodes, &idx, |f, i| {
                        let width = f.hi80[i] - f.lo80[i];
                        let floor = 1e-6 * f.mean[i].abs().max(1.0);
                        (width * width).max(floor * floor)
                    });
                    wls(&tree, &active, &y, Weights::Diagonal(&w))
                }
            };
            report.clamped += shift(nodes, &idx, &y, &target);
        }
        month = month.plus(1);
    }
    report
}

/// `get(forecast, index)` for each node that has a value this month, else 0.
fn value_at(
    nodes: &[Node],
    idx: &[Option<usize>],
    get: impl Fn(&Forecast, usize) -> f64,
) -> Vec<f64> {
    nodes
        .iter()
        .zip(idx)
        .map(|(n, i)| match (&n.forecast, i) {
            (Some(f), Some(i)) => get(f, *i),
            _ => 0.0,
        })
        .collect()
}

/// Bottom-up: each active aggregate (deepest first) becomes the sum of its members.
fn bottom_up(tree: &Tree, active: &[usize], y: &[f64]) -> Vec<f64> {
    let mut out = y.to_vec();
    for &a in active {
        out[a] = tree.children[a].iter().map(|&c| out[c]).sum();
    }
    out
}

/// The matrix `W` of the projection, by node index.
#[derive(Clone, Copy)]
enum Weights<'a> {
    /// A diagonal matrix with these entries.
    Diagonal(&'a [f64]),
    /// A full symmetric matrix.
    Full(&'a [Vec<f64>]),
}

impl Weights<'_> {
    /// `(W Cᵀ)[i][k]` for node `i` and the constraint of aggregate `agg`:
    /// `W[i][agg] − Σ_c W[i][c]` over the members `c` of `agg`.
    fn times_constraint(self, tree: &Tree, i: usize, agg: usize) -> f64 {
        let get = |j: usize| -> f64 {
            match self {
                Weights::Diagonal(w) if i == j => w.get(i).copied().unwrap_or(0.0),
                Weights::Diagonal(_) => 0.0,
                Weights::Full(c) => c.get(i).and_then(|r| r.get(j)).copied().unwrap_or(0.0),
            }
        };
        match self {
            // Only the aggregate itself and its members have a non-zero entry.
            Weights::Diagonal(_) if i == agg => get(i),
            Weights::Diagonal(_) if tree.parent_is(i, agg) => -get(i),
            Weights::Diagonal(_) => 0.0,
            Weights::Full(_) => get(agg) - tree.children[agg].iter().map(|&c| get(c)).sum::<f64>(),
        }
    }
}

/// GLS in projection form: `ỹ = ŷ − W Cᵀ (C W Cᵀ)⁻¹ C ŷ` with `W` given by `cov(i, j)`, one
/// constraint per active aggregate; only the nodes of the active constraints move. Falls back
/// to bottom-up when the system is singular.
fn wls(tree: &Tree, active: &[usize], y: &[f64], w: Weights) -> Vec<f64> {
    let k = active.len();
    let mut involved: Vec<usize> = active
        .iter()
        .flat_map(|&a| std::iter::once(a).chain(tree.children[a].iter().copied()))
        .collect();
    involved.sort_unstable();
    involved.dedup();
    // (W Cᵀ)[i][k] = W[i][a_k] − Σ_c W[i][c] over the members c of aggregate a_k.
    let wc: Vec<Vec<f64>> = involved
        .iter()
        .map(|&i| {
            active
                .iter()
                .map(|&a| w.times_constraint(tree, i, a))
                .collect()
        })
        .collect();
    let row = |node: usize| involved.binary_search(&node).ok().map(|p| &wc[p]);
    let mut a = vec![vec![0.0; k]; k];
    let mut r = vec![0.0; k];
    for (l, &agg) in active.iter().enumerate() {
        r[l] = y[agg] - tree.children[agg].iter().map(|&c| y[c]).sum::<f64>();
        for (col, cell) in a[l].iter_mut().enumerate() {
            let at = |n: usize| row(n).map_or(0.0, |v| v[col]);
            *cell = at(agg) - tree.children[agg].iter().map(|&c| at(c)).sum::<f64>();
        }
    }
    let Some(lambda) = solve(a, r) else {
        return bottom_up(tree, active, y);
    };
    let mut out = y.to_vec();
    for (p, &i) in involved.iter().enumerate() {
        out[i] -= wc[p].iter().zip(&lambda).map(|(w, l)| w * l).sum::<f64>();
    }
    out
}

/// MinT's shrunk covariance of the nodes' one-step errors (`None` when a node with a forecast
/// has fewer than 3 errors in the window): variances on the diagonal, the pairwise
/// correlations (over the months both have an error) shrunk towards 0 by the Schäfer–Strimmer
/// weight `λ = Σ Var(r_ij) / Σ r_ij²`, kept within 0–1.
fn shrunk_covariance(nodes: &[Node], errors: &[Option<OneStepErrors>]) -> Option<Vec<Vec<f64>>> {
    let n = nodes.len();
    let last = errors
        .iter()
        .flatten()
        .filter_map(|e| {
            let i = e.errors.iter().rposition(Option::is_some)?;
            Some(e.start.plus(i as i32))
        })
        .max()?;
    let months: Vec<Month> = (0..COVARIANCE_MONTHS).map(|k| last.plus(-k)).collect();
    let mut x: Vec<Vec<Option<f64>>> = vec![vec![None; months.len()]; n];
    let mut var = vec![0.0; n];
    for (i, node) in nodes.iter().enumerate() {
        if node.forecast.is_none() {
            continue;
        }
        let e = errors.get(i)?.as_ref()?;
        let raw: Vec<Option<f64>> = months.iter().map(|&m| e.get(m)).collect();
        let seen: Vec<f64> = raw.iter().flatten().copied().collect();
        if seen.len() < 3 {
            return None;
        }
        var[i] = (seen.iter().map(|v| v * v).sum::<f64>() / seen.len() as f64).max(1e-9);
        let sd = var[i].sqrt();
        x[i] = raw.iter().map(|v| v.map(|v| v / sd)).collect();
    }
    let mut corr = vec![vec![0.0; n]; n];
    let (mut sum_var, mut sum_sq) = (0.0, 0.0);
    for i in 0..n {
        for j in i + 1..n {
            let w: Vec<f64> = x[i]
                .iter()
                .zip(&x[j])
                .filter_map(|(a, b)| Some((*a)? * (*b)?))
                .collect();
            if w.len() < 3 {
                continue;
            }
            let m = w.len() as f64;
            let r = w.iter().sum::<f64>() / m;
            let v = m / (m - 1.0).powi(3) * w.iter().map(|t| (t - r).powi(2)).sum::<f64>();
            corr[i][j] = r.clamp(-1.0, 1.0);
            sum_var += v;
            sum_sq += r * r;
        }
    }
    let lambda = if sum_sq > 0.0 {
        (sum_var / sum_sq).clamp(0.0, 1.0)
    } else {
        1.0
    };
    let mut cov = vec![vec![0.0; n]; n];
    for i in 0..n {
        cov[i][i] = var[i];
        for j in i + 1..n {
            let c = (1.0 - lambda) * corr[i][j] * (var[i] * var[j]).sqrt();
            cov[i][j] = c;
            cov[j][i] = c;
        }
    }
    Some(cov)
}

/// Solves `a x = b` by Gaussian elimination with partial pivoting (`None` when singular).
fn solve(mut a: Vec<Vec<f64>>, mut b: Vec<f64>) -> Option<Vec<f64>> {
    let n = b.len();
    for col in 0..n {
        let pivot = (col..n).max_by(|&i, &j| a[i][col].abs().total_cmp(&a[j][col].abs()))?;
        let scale = a.iter().map(|row| row[col].abs()).fold(0.0, f64::max);
        let size = a[pivot][col].abs();
        if size.is_nan() || size <= 1e-12 * scale.max(f64::MIN_POSITIVE) {
            return None;
        }
        a.swap(col, pivot);
        b.swap(col, pivot);
        for row in col + 1..n {
            let factor = a[row][col] / a[col][col];
            let (top, bottom) = a.split_at_mut(row);
            for (x, p) in bottom[0].iter_mut().zip(&top[col]).skip(col) {
                *x -= factor * p;
            }
            b[row] -= factor * b[col];
        }
    }
    let mut x = vec![0.0; n];
    for row in (0..n).rev() {
        let s: f64 = (row + 1..n).map(|c| a[row][c] * x[c]).sum();
        x[row] = (b[row] - s) / a[row][row];
    }
    x.iter().all(|v| v.is_finite()).then_some(x)
}

/// Moves each node's centre from `y` to `target` and its bounds by the same amount, keeping
/// every value ≥ 0; returns how many centres had to be clamped.
fn shift(nodes: &mut [Node], idx: &[Option<usize>], y: &[f64], target: &[f64]) -> usize {
    let mut clamped = 0;
    for (j, node) in nodes.iter_mut().enumerate() {
        let (Some(f), Some(i)) = (node.forecast.as_mut(), idx[j]) else {
            continue;
        };
        let d = target[j] - y[j];
        if d == 0.0 || !d.is_finite() {
            continue;
        }
        if target[j] < 0.0 {
            clamped += 1;
        }
        for v in f.values_mut() {
            if let Some(x) = v.get_mut(i) {
                *x = (*x + d).max(0.0);
            }
        }
    }
    clamped
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(s: &str) -> Month {
        Month::parse(s).unwrap()
    }

    fn fc(start: &str, mean: &[f64], spread: f64) -> Option<Forecast> {
        let by = |k: f64| mean.iter().map(|v| (v + k * spread * v).max(0.0)).collect();
        Some(Forecast {
            start: m(start),
            mean: mean.to_vec(),
            lo80: by(-1.0),
            hi80: by(1.0),
            lo95: by(-1.6),
            hi95: by(1.6),
            flags: Vec::new(),
        })
    }

    fn node(f: Option<Forecast>, parent: Option<usize>) -> Node {
        Node {
            forecast: f,
            parent,
        }
    }

    /// Country (0) → two regions (1, 2) → municipalities 3, 4 (region 1) and 5 (region 2).
    fn tree() -> Vec<Node> {
        vec![
            node(fc("2025-08", &[400.0, 420.0], 0.05), None),
            node(fc("2025-08", &[250.0, 240.0], 0.05), Some(0)),
            node(fc("2025-08", &[170.0, 160.0], 0.05), Some(0)),
            node(fc("2025-08", &[100.0, 90.0], 0.2), Some(1)),
            node(fc("2025-08", &[120.0, 130.0], 0.1), Some(1)),
            node(fc("2025-08", &[150.0, 155.0], 0.1), Some(2)),
        ]
    }

    fn mean(nodes: &[Node], i: usize, h: usize) -> f64 {
        nodes[i].forecast.as_ref().unwrap().mean[h]
    }

    #[test]
    fn structural_weights_split_the_gap_by_the_number_of_members() {
        let mut nodes = vec![
            node(fc("2025-08", &[40.0], 0.1), None),
            node(fc("2025-08", &[10.0], 0.1), Some(0)),
            node(fc("2025-08", &[20.0], 0.1), Some(0)),
        ];
        let report = reconcile(&mut nodes, Reconciliation::WlsStructural);
        // Gap 10; weights 2, 1, 1: λ = 10 / 4, the aggregate moves by −2·λ, each member by +λ.
        assert!((mean(&nodes, 0, 0) - 35.0).abs() < 1e-9);
        assert!((mean(&nodes, 1, 0) - 12.5).abs() < 1e-9);
        assert!((mean(&nodes, 2, 0) - 22.5).abs() < 1e-9);
        assert_eq!(
            report,
            Report {
                months: 1,
                clamped: 0
            }
        );
    }

    #[test]
    fn every_method_makes_every_level_add_up_in_every_month_and_moves_the_bounds_along() {
        for method in [
            Reconciliation::BottomUp,
            Reconciliation::WlsStructural,
            Reconciliation::WlsVariance,
        ] {
            let base = tree();
            let mut nodes = tree();
            reconcile(&mut nodes, method);
            for h in 0..2 {
                let sum = |ids: &[usize]| ids.iter().map(|&i| mean(&nodes, i, h)).sum::<f64>();
                assert!(
                    (mean(&nodes, 1, h) - sum(&[3, 4])).abs() < 1e-9,
                    "{method:?}"
                );
                assert!((mean(&nodes, 2, h) - sum(&[5])).abs() < 1e-9, "{method:?}");
                assert!(
                    (mean(&nodes, 0, h) - sum(&[1, 2])).abs() < 1e-9,
                    "{method:?}"
                );
                for (b, r) in base.iter().zip(&nodes) {
                    let (b, r) = (b.forecast.as_ref().unwrap(), r.forecast.as_ref().unwrap());
                    let d = r.mean[h] - b.mean[h];
                    assert!((r.hi80[h] - b.hi80[h] - d).abs() < 1e-9);
                    assert!(r.lo95[h] <= r.lo80[h] && r.lo80[h] <= r.mean[h]);
                }
            }
            if method == Reconciliation::BottomUp {
                assert!((mean(&nodes, 3, 0) - 100.0).abs() < 1e-12);
            }
        }
    }

    #[test]
    fn the_variance_weights_move_the_uncertain_forecast_most() {
        let mut nodes = vec![
            node(fc("2025-08", &[300.0], 0.01), None),
            node(fc("2025-08", &[100.0], 0.3), Some(0)),
            node(fc("2025-08", &[100.0], 0.03), Some(0)),
        ];
        reconcile(&mut nodes, Reconciliation::WlsVariance);
        let (a, b) = (mean(&nodes, 1, 0) - 100.0, mean(&nodes, 2, 0) - 100.0);
        assert!(a > 50.0 * b && b > 0.0, "{a} {b}");
        assert!((mean(&nodes, 0, 0) - 300.0).abs() < 1.0);
    }

    #[test]
    fn a_node_without_forecast_hands_its_members_to_its_parent_and_early_months_are_kept() {
        let mut nodes = vec![
            node(fc("2025-08", &[400.0, 400.0], 0.05), None),
            node(None, Some(0)),
            node(fc("2025-07", &[190.0, 200.0, 210.0], 0.05), Some(1)),
            node(fc("2025-08", &[180.0, 190.0], 0.05), Some(1)),
        ];
        let report = reconcile(&mut nodes, Reconciliation::WlsStructural);
        assert_eq!(report.months, 2);
        assert!(
            (mean(&nodes, 2, 0) - 190.0).abs() < 1e-12,
            "2025-07 is left alone"
        );
        for h in 0..2 {
            let sum = mean(&nodes, 2, h + 1) + mean(&nodes, 3, h);
            assert!((mean(&nodes, 0, h) - sum).abs() < 1e-9);
        }
    }

    /// Errors of the country (0) equal to the sum of its two members' (1, 2), whose errors are
    /// strongly correlated, as one-step errors of neighbouring municipalities are.
    fn correlated_errors() -> Vec<Option<OneStepErrors>> {
        let a: Vec<f64> = (0..36).map(|t| ((t * 7 % 11) as f64 - 5.0) * 2.0).collect();
        let b: Vec<f64> = a
            .iter()
            .enumerate()
            .map(|(t, v)| 0.8 * v + ((t * 5 % 7) as f64 - 3.0))
            .collect();
        let top: Vec<f64> = a.iter().zip(&b).map(|(x, y)| x + y).collect();
        [top, a, b]
            .into_iter()
            .map(|v| {
                Some(OneStepErrors {
                    start: m("2022-07"),
                    errors: v.into_iter().map(Some).collect(),
                })
            })
            .collect()
    }

    #[test]
    fn mint_shrink_adds_up_and_without_errors_is_the_variance_weighting() {
        let base = vec![
            node(fc("2025-08", &[300.0, 310.0], 0.01), None),
            node(fc("2025-08", &[100.0, 110.0], 0.3), Some(0)),
            node(fc("2025-08", &[150.0, 160.0], 0.1), Some(0)),
        ];
        let mut mint = base.clone();
        let report =
            reconcile_with_errors(&mut mint, Reconciliation::MintShrink, &correlated_errors());
        assert_eq!(report.months, 2);
        for h in 0..2 {
            let sum = mean(&mint, 1, h) + mean(&mint, 2, h);
            assert!((mean(&mint, 0, h) - sum).abs() < 1e-9);
        }
        // The covariance differs from the interval widths, so the split differs too.
        let mut var = base.clone();
        reconcile(&mut var, Reconciliation::WlsVariance);
        assert!((mean(&mint, 1, 0) - mean(&var, 1, 0)).abs() > 1e-3);
        let mut fallback = base.clone();
        reconcile(&mut fallback, Reconciliation::MintShrink);
        assert_eq!(fallback, var);
    }

    #[test]
    fn empty_or_cyclic_input_does_not_panic() {
        assert_eq!(
            reconcile(&mut [], Reconciliation::WlsVariance),
            Report::default()
        );
        let mut cyclic = vec![
            node(fc("2025-08", &[1.0], 0.1), Some(1)),
            node(fc("2025-08", &[2.0], 0.1), Some(0)),
            node(fc("2025-08", &[f64::NAN], 0.1), Some(7)),
        ];
        for method in [Reconciliation::BottomUp, Reconciliation::WlsVariance] {
            reconcile(&mut cyclic, method);
        }
    }
}
