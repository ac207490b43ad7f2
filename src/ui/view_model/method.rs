//! The figures of the method page ("Sådan regner Måltal"): how well the forecast did in the
//! back-test on the default dataset. Measured with `maltal backtest` (docs/method.md);
//! `tests/engine.rs` re-runs the back-test on `data/baseline.json` and fails when these figures
//! no longer match what the engine does.

use crate::model::baseline::Baseline;
use crate::ui::format::{self, Lang};

/// One indicator's back-test result on the default dataset.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BacktestFigure {
    /// Indicator id in the default dataset.
    pub indicator: &'static str,
    /// Mean MASE of Måltal's forecast.
    pub mase: f64,
    /// Mean MASE of the seasonal naive forecast (same month last year).
    pub naive_mase: f64,
    /// Share of actual values inside the 80 % band, 0–1.
    pub coverage80: f64,
}

/// The back-test of the default dataset, as `maltal backtest` prints it.
pub const BACKTEST: [BacktestFigure; 4] = [
    BacktestFigure {
        indicator: "ledige",
        mase: 0.599,
        naive_mase: 0.764,
        coverage80: 0.866,
    },
    BacktestFigure {
        indicator: "langtidsledige",
        mase: 1.885,
        naive_mase: 3.066,
        coverage80: 0.741,
    },
    BacktestFigure {
        indicator: "kontanthjaelp",
        mase: 0.641,
        naive_mase: 0.857,
        coverage80: 0.829,
    },
    BacktestFigure {
        indicator: "loentimer",
        mase: 0.862,
        naive_mase: 1.028,
        coverage80: 0.760,
    },
];

/// The rows of the back-test table: indicator name (from `baseline` when it has the indicator,
/// else its id), the two MASE values and the 80 % coverage, formatted for `lang`.
pub fn backtest_rows(baseline: Option<&Baseline>, lang: Lang) -> Vec<[String; 4]> {
    BACKTEST
        .iter()
        .map(|f| {
            let name = baseline
                .and_then(|b| b.indicators.iter().find(|i| i.id == f.indicator))
                .map_or_else(
                    || f.indicator.to_string(),
                    |i| i.name.get(lang.code()).to_string(),
                );
            [
                name,
                format::number(f.mase, 2, lang),
                format::number(f.naive_mase, 2, lang),
                format!("{} %", format::number(f.coverage80 * 100.0, 0, lang)),
            ]
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_are_formatted_for_the_language_and_fall_back_to_the_id() {
        let da = backtest_rows(None, Lang::Da);
        assert_eq!(
            da[0],
            [
                "ledige".to_string(),
                "0,60".into(),
                "0,76".into(),
                "87 %".into()
            ]
        );
        let en = backtest_rows(None, Lang::En);
        assert_eq!(
            en[1],
            [
                "langtidsledige".to_string(),
                "1.89".into(),
                "3.07".into(),
                "74 %".into()
            ]
        );
    }
}
