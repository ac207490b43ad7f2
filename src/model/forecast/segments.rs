//! The break-free segments of a series: the seasonal pattern and the fitted window are computed
//! within them, so a reform's jump is not read as season or level. Months only; no values.

use super::super::month::Month;

/// Segment number of each position: how many breaks took effect at or before it.
pub(super) fn segments(start: Month, len: usize, breaks: &[Month]) -> Vec<u16> {
    (0..len)
        .map(|i| {
            let m = start.plus(i as i32);
            breaks.iter().filter(|b| **b > start && **b <= m).count() as u16
        })
        .collect()
}
