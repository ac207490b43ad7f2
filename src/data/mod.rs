//! The JSON boundary: the baseline file format (`schema`), its validation into model types
//! (`convert`), building the default dataset from the raw public files (`build`), importing a
//! plain long CSV into a baseline (`csv_import`), writing CSV safe from formula injection
//! (`csv_export`), the limits a data file shares with the scenarios made on it (`limits`), and — in the
//! browser only — fetching (`fetch`).
//!
//! Depends on `model`; nothing here draws or renders.

pub mod build;
pub mod convert;
pub mod csv_export;
pub mod csv_import;
pub mod error;
pub mod lang;
pub mod limits;
pub mod lines;
pub mod quote;
pub mod scenario;
pub mod schema;
mod wording;

#[cfg(target_arch = "wasm32")]
pub mod fetch;

pub use convert::from_json;
pub use error::{DataError, DataErrors, Place, Problem};
pub use lang::Lang;
