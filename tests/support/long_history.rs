//! A longer history made from the default data, for what must not grow with the square of the
//! series length (issue 17, §3): the realism back-test's cost is measured on it by
//! `examples/bench_recompute.rs` and its bound checked by `tests/engine.rs`.
//!
//! Included with `#[path = "…/support/long_history.rs"] mod long_history;`.

use maltal::model::baseline::{Baseline, Frequency};
use maltal::model::series::Series;

/// `b` with every monthly series made `years` years longer at its start by repeating its first
/// year: SYNTHETIC history, for measuring and bounding cost only, never shown.
pub fn lengthened(b: &Baseline, years: usize) -> Baseline {
    let mut long = b.clone();
    for ((_, i), entry) in &mut long.series {
        if b.indicators.get(*i).map(|x| x.frequency) != Some(Frequency::Monthly) {
            continue;
        }
        let s = &entry.series;
        let first_year: Vec<Option<f64>> = s.values().iter().take(12).copied().collect();
        let mut values = first_year.repeat(years);
        values.extend_from_slice(s.values());
        let start = s.start().plus(-12 * i32::try_from(years).unwrap_or(0));
        entry.series = Series::new(start, values);
    }
    long
}
