//! Errors from reading a baseline file. Each names its place in words a region's analyst
//! understands (municipality, indicator, month) and the JSON path.

use std::fmt;

/// One thing wrong with a baseline file.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum DataError {
    /// The file holds nothing (or only whitespace).
    #[error("filen er tom")]
    Empty,
    /// The file is larger than Måltal accepts.
    #[error("filen er for stor: {bytes} bytes (højst {limit} bytes)")]
    TooLarge {
        /// Size of the file.
        bytes: usize,
        /// The limit.
        limit: usize,
    },
    /// The text is not JSON.
    #[error("filen er ikke gyldig JSON (linje {line}, kolonne {column}): {message}")]
    NotJson {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// The parser's explanation.
        message: String,
    },
    /// The file is JSON but not a Måltal baseline.
    #[error("filen er ikke en Måltal-basisfil: feltet \"format\" er {found}, forventet \"maltal-baseline\"")]
    WrongFormat {
        /// What the file says.
        found: String,
    },
    /// A format version this build does not know.
    #[error("formatversion {found} kendes ikke; denne udgave af Måltal læser version 1")]
    UnknownVersion {
        /// What the file says.
        found: String,
    },
    /// A rule is broken at a place in the file.
    #[error("{place}: {problem} (JSON-sti {path})")]
    Invalid {
        /// In words: "kommune 751 (Aarhus), indikator ledige, måned 2024-03".
        place: String,
        /// What is wrong.
        problem: String,
        /// JSON path, e.g. `$.series[12].values[3]`.
        path: String,
    },
}

/// All errors found in one file (never empty when returned as an error).
#[derive(Debug, Clone, PartialEq)]
pub struct DataErrors(pub Vec<DataError>);

impl DataErrors {
    /// The errors, in file order.
    pub fn errors(&self) -> &[DataError] {
        &self.0
    }
}

impl From<DataError> for DataErrors {
    fn from(e: DataError) -> Self {
        DataErrors(vec![e])
    }
}

impl fmt::Display for DataErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, e) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{e}")?;
        }
        Ok(())
    }
}

impl std::error::Error for DataErrors {}
