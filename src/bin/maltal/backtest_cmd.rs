//! `maltal backtest`: the rolling-origin evaluation of every monthly indicator at every level
//! (municipalities, regions, the country), Måltal against the share forecast and the seasonal
//! naive one, overall and per horizon band, with the 80 % and 95 % coverage.

use std::io::Write;
use std::path::Path;

use maltal::model::backtest::{backtest_baseline, Score};

use crate::common::{io, load, Failure};

/// The horizon bands printed (months ahead, inclusive).
pub const BANDS: [(usize, usize); 3] = [(1, 3), (4, 6), (7, 12)];

/// Mean MASE and the 80 % and 95 % coverage over the horizons `lo..=hi`, weighted by the
/// points scored at each horizon.
pub fn band(s: &Score, lo: usize, hi: usize) -> (f64, f64, f64) {
    let (mut n, mut e, mut c8, mut c9) = (0.0, 0.0, 0.0, 0.0);
    for h in lo..=hi {
        let (Some(p), Some(m), Some(a), Some(b)) = (
            s.points_by_horizon.get(h - 1),
            s.by_horizon.get(h - 1),
            s.coverage80_by_horizon.get(h - 1),
            s.coverage95_by_horizon.get(h - 1),
        ) else {
            continue;
        };
        if *p == 0 {
            continue;
        }
        let p = *p as f64;
        n += p;
        e += p * m;
        c8 += p * a;
        c9 += p * b;
    }
    if n == 0.0 {
        (f64::NAN, f64::NAN, f64::NAN)
    } else {
        (e / n, c8 / n, c9 / n)
    }
}

/// Prints the back-test of the data file: one line per indicator, level and method.
pub fn backtest_cmd(data: Option<&Path>) -> Result<(), Failure> {
    let b = load(data)?;
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let mut head = format!(
        "{:<28} {:<9} {:<13} {:>5} {:>6} {:>7} {:>7}",
        "indikator", "niveau", "metode", "cases", "MASE", "dækn80", "dækn95"
    );
    for (lo, hi) in BANDS {
        head.push_str(&format!("  {:>17}", format!("h{lo}–{hi} MASE/80/95")));
    }
    writeln!(out, "{head}").map_err(io)?;
    for ind in backtest_baseline(&b) {
        for (level, scores) in [
            ("kommuner", &ind.scores),
            ("regioner", &ind.regions),
            ("landet", &ind.national),
        ] {
            for s in scores {
                let mut line = format!(
                    "{:<28} {:<9} {:<13} {:>5} {:>6.3} {:>6.1}% {:>6.1}%",
                    ind.indicator,
                    level,
                    s.method,
                    s.cases,
                    s.mean_mase,
                    s.coverage80 * 100.0,
                    s.coverage95 * 100.0
                );
                for (lo, hi) in BANDS {
                    let (m, c8, c9) = band(s, lo, hi);
                    line.push_str(&format!(
                        "  {m:>5.3}/{:>4.1}/{:>4.1}",
                        c8 * 100.0,
                        c9 * 100.0
                    ));
                }
                writeln!(out, "{line}").map_err(io)?;
            }
        }
    }
    out.flush().map_err(io)
}
