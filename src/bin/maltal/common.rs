//! What every command of the data tool shares: how a command fails ([`Failure`], which
//! decides the exit code) and reading a file or a baseline. The command modules import this
//! one and not each other, so the tool's modules import in one direction:
//! `main` → `cli` → `data_cmds`, `plan_cmds` → `common` → `input`.

use std::io::Write;
use std::path::Path;

use maltal::data::csv_export::record;

use maltal::data::convert::from_bytes;
use maltal::data::quote::excerpt;
use maltal::data::scenario::Scenario;
use maltal::data::DataErrors;
use maltal::model::baseline::Baseline;

pub use crate::input::{read, read_bytes, shown};

pub use crate::failure::Failure;

/// A failed write to the output; a reader that stops early (`maltal forecast | head`) is not
/// an error.
pub fn io(e: impl std::fmt::Display) -> Failure {
    let text = e.to_string();
    if text.contains("Broken pipe") {
        return Failure::Quiet;
    }
    Failure::Usage(format!("kan ikke skrive: {text}"))
}

/// Writes one CSV record (comma-separated) to `out`, every cell neutralised against formula
/// injection by [`maltal::data::csv_export`], the same function the app's export uses.
pub fn csv_row<S: AsRef<str>>(
    out: &mut impl Write,
    cells: impl IntoIterator<Item = S>,
) -> Result<(), Failure> {
    out.write_all(record(cells, ',').as_bytes()).map_err(io)
}

/// Where the default dataset lives, relative to the repository root.
pub const DEFAULT_DATA: &str = "data/baseline.json";

/// One error per line.
pub fn lines(errors: &DataErrors) -> String {
    errors.to_string()
}

/// The scenario named `name` (the first without a name) of the scenario file at `path`.
///
/// # Errors
/// [`Failure::Invalid`] with the file's problem, or when it holds no scenario of that name.
pub fn read_scenario(path: &Path, name: Option<&str>) -> Result<Scenario, Failure> {
    let text = read(path)?;
    let list = maltal::data::scenario::from_file(&text)
        .map_err(|e| Failure::Invalid(format!("{}: {e}", path.display())))?;
    let found = match name {
        Some(n) => list.into_iter().find(|s| s.name == n),
        None => list.into_iter().next(),
    };
    found.ok_or_else(|| {
        Failure::Invalid(format!(
            "{}: intet scenarie med navnet «{}»",
            path.display(),
            excerpt(name.unwrap_or_default())
        ))
    })
}

/// Reads and validates a baseline (default: [`DEFAULT_DATA`]).
pub fn load(path: Option<&Path>) -> Result<Baseline, Failure> {
    let path = path.unwrap_or(Path::new(DEFAULT_DATA));
    let bytes = read_bytes(path)?;
    from_bytes(&bytes).map_err(|e| Failure::Invalid(lines(&e)))
}
