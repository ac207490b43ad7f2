//! The engine: months, series, forecasts, ambition levels, kravforløb, realism and comparisons.
//!
//! Pure Rust with no web dependency and no serde: the same code runs in the browser and in the
//! native data tool, and is tested natively. Values are always in the indicator's published
//! unit (persons, full-time persons, or percent as 0–100); a *share* or *relative change* is a
//! fraction (0.05 = 5 %) and is only turned into a percentage by the UI's formatting.
//!
//! Danish domain words are kept where English would blur them: *kravforløb* (the required
//! month-by-month path to a target) and *klynge* (a group of comparable municipalities).

pub mod ambition;
pub mod backtest;
pub mod baseline;
pub mod compare;
pub mod forecast;
pub mod forecasts;
pub mod kravforloeb;
pub mod measure;
pub mod month;
pub mod plan;
pub mod rating;
pub mod realism;
pub mod reconcile;
pub mod series;
pub mod slider;

pub use month::Month;
pub use series::Series;
