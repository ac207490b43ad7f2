//! Benchmark of the full recompute on the default dataset: forecasts, presets, kravforløb and
//! realism for all 98 municipalities × all goals, and one municipality's recompute after a
//! slider move. Prints figures; asserts nothing (speed is measured, not tested).
//! Run: `cargo run --release --example bench_recompute` (or `scripts/bench.sh`). An example,
//! not a `[[bench]]`: benches are built with unwinding, which would build the library twice
//! next to the release profile's `panic = "abort"`.
// A native benchmark: it never runs in the browser, so it may read the clock.
#![allow(clippy::disallowed_methods)]
#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::time::Instant;

use maltal::model::ambition::{Ambition, Preset};
use maltal::model::baseline::Measure;
use maltal::model::forecasts::{area_tree, Forecasts, RECONCILIATION};
use maltal::model::kravforloeb::PathShape;
use maltal::model::plan::Planner;
use maltal::model::realism;
use maltal::model::reconcile::{reconcile, Node};

#[path = "../tests/support/long_history.rs"]
mod long_history;

fn percentile(sorted: &[f64], q: f64) -> f64 {
    sorted[((sorted.len() - 1) as f64 * q).round() as usize]
}

fn main() {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/baseline.json"))
        .expect("default data");
    let t = Instant::now();
    let b = maltal::data::from_json(&text).expect("valid");
    let parse = t.elapsed().as_secs_f64() * 1e3;
    let goals = b.goal_sets[0].goals.len();
    let basis = b.outlooks.iter().position(|o| o.id == "basis");

    let mut full = Vec::new();
    let mut planner_only = Vec::new();
    for _ in 0..10 {
        let t = Instant::now();
        let planner = Planner::new(&b, 0, basis).expect("planner");
        planner_only.push(t.elapsed().as_secs_f64() * 1e3);
        let mut n = 0;
        for m in 0..b.municipalities.len() {
            for g in 0..goals {
                if planner
                    .plan(
                        &b,
                        m,
                        g,
                        Ambition::Preset(Preset::PeerMedian),
                        PathShape::Seasonal,
                    )
                    .is_ok()
                {
                    n += 1;
                }
            }
        }
        full.push(t.elapsed().as_secs_f64() * 1e3);
        assert!(n > 300);
    }
    let planner = Planner::new(&b, 0, basis).expect("planner");
    let aarhus = b.municipality_index("751").expect("Aarhus");
    let mut slider = Vec::new();
    for i in 0..2000 {
        let t = Instant::now();
        for g in 0..goals {
            let _ = planner.plan(
                &b,
                aarhus,
                g,
                Ambition::Change(-0.001 * f64::from(i % 100)),
                PathShape::Seasonal,
            );
        }
        slider.push(t.elapsed().as_secs_f64() * 1e3);
    }
    let (mut forecasts, mut reconciling) = (Vec::new(), Vec::new());
    for _ in 0..20 {
        let (p, r) = forecasts_and_reconciliation(&b, basis);
        forecasts.push(p);
        reconciling.push(r);
    }
    for v in [
        &mut full,
        &mut planner_only,
        &mut slider,
        &mut forecasts,
        &mut reconciling,
    ] {
        v.sort_by(f64::total_cmp);
    }
    println!(
        "all forecasts of the goal set's indicators, every area, reconciliation included (Forecasts::compute): median {:.1} ms, max {:.1} ms",
        percentile(&forecasts, 0.5),
        percentile(&forecasts, 1.0)
    );
    println!(
        "  of which the reconciliation of the count indicators: median {:.3} ms",
        percentile(&reconciling, 0.5)
    );
    println!("parse + validate default data: {parse:.1} ms");
    println!(
        "full recompute (forecasts + realism back-test + presets + kravforløb + realism, 98 × {goals} goals): median {:.1} ms, max {:.1} ms",
        percentile(&full, 0.5),
        percentile(&full, 1.0)
    );
    println!(
        "  of which Planner::new (all forecasts + realism back-test): median {:.1} ms",
        percentile(&planner_only, 0.5)
    );
    println!(
        "one municipality, all {goals} goals (slider move): median {:.3} ms, p95 {:.3} ms, max {:.3} ms",
        percentile(&slider, 0.5),
        percentile(&slider, 0.95),
        percentile(&slider, 1.0)
    );
    realism_by_length(&b);
}

/// The realism back-test of one indicator against the length of its history: the default data
/// and the same made longer with SYNTHETIC years (`tests/support/long_history.rs`). With the
/// bound on its origins (`realism::MAX_ORIGINS`) the time grows linearly, not with the square.
fn realism_by_length(b: &maltal::model::baseline::Baseline) {
    let ledige = b.indicator_index("ledige").expect("ledige");
    println!(
        "realism back-test of «ledige» (98 municipalities, 17-month horizon) by months of history:"
    );
    for years in [0, 4, 12, 28] {
        let long = long_history::lengthened(b, years);
        let months = long
            .series(maltal::model::baseline::Area::Municipality(0), ledige)
            .map_or(0, |e| e.series.len());
        let mut times = Vec::new();
        let mut cases = 0;
        for _ in 0..3 {
            let t = Instant::now();
            cases = realism::history(&long, ledige, Measure::AnnualAverage, 17)
                .cases
                .len();
            times.push(t.elapsed().as_secs_f64() * 1e3);
        }
        times.sort_by(f64::total_cmp);
        let label = if years == 0 {
            "default data"
        } else {
            "SYNTHETIC longer history"
        };
        println!(
            "  {months:>4} months ({label}): median {:.1} ms, {cases} cases",
            percentile(&times, 0.5)
        );
    }
}

/// The time of `Forecasts::compute` for the first goal set (ms), and of reconciling its count
/// indicators' forecasts once more (ms), which `compute` has already done once.
fn forecasts_and_reconciliation(
    b: &maltal::model::baseline::Baseline,
    basis: Option<usize>,
) -> (f64, f64) {
    let gs = &b.goal_sets[0];
    let outlook = basis.and_then(|o| b.outlooks.get(o));
    let t = Instant::now();
    let p = Forecasts::compute(b, gs, outlook);
    let compute = t.elapsed().as_secs_f64() * 1e3;
    let tree = area_tree(b);
    let mut nodes: Vec<Vec<Node>> = gs
        .goals
        .iter()
        .filter(|g| b.indicators[g.indicator].unit.is_count())
        .map(|g| {
            tree.iter()
                .map(|&(area, parent)| Node {
                    forecast: p.forecast(area, g.indicator).cloned(),
                    parent,
                })
                .collect()
        })
        .collect();
    let t = Instant::now();
    for n in &mut nodes {
        reconcile(n, RECONCILIATION);
    }
    (compute, t.elapsed().as_secs_f64() * 1e3)
}
