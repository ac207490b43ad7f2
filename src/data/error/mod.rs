//! Errors from reading a baseline file, as values. Each names its place in words a region's
//! analyst understands (municipality, indicator, month) and the JSON path, and is worded in
//! Danish and English side by side: [`DataError::text`] takes the language, `Display` is the
//! Danish text (what the command-line tool prints).
//!
//! - `place` — where in the file ([`Place`]);
//! - `problem` — what is wrong there ([`Problem`]);
//! - this file — the error itself, the file-level errors and their wording.

mod place;
mod problem;

use std::fmt;

pub use place::{AreaName, Kind, Place};
pub use problem::{Expected, FoundValue, Problem};

use super::Lang;

/// What the `format` or `version` field of a file holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Found {
    /// The value, as JSON text (a string keeps its quotes).
    Value(String),
    /// The field is missing.
    Missing,
    /// The file is JSON but not an object, so it has no fields.
    NotAnObject,
}

impl From<&str> for Found {
    fn from(json: &str) -> Self {
        Found::Value(json.to_string())
    }
}

impl Found {
    /// The value in words.
    pub fn text(&self, lang: Lang) -> String {
        match self {
            // The value as written, in short: a megabyte "format" is quoted as 40 characters.
            Found::Value(v) => crate::data::quote::excerpt(v),
            Found::Missing => lang.pick("(mangler)", "(missing)").into(),
            Found::NotAnObject => lang
                .pick(
                    "(filen er ikke et JSON-objekt)",
                    "(the file is not a JSON object)",
                )
                .into(),
        }
    }
}

/// Why a text is not JSON.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SyntaxProblem {
    /// The file ends inside a value.
    EndOfFile,
    /// A value was expected.
    ExpectedValue,
    /// Something follows the closing brace.
    TrailingCharacters,
    /// A key without quotes.
    KeyNotString,
    /// `,` or `]` was expected.
    ExpectedCommaOrBracket,
    /// `,` or `}` was expected.
    ExpectedCommaOrBrace,
    /// `:` was expected.
    ExpectedColon,
    /// A comma before `]` or `}`.
    TrailingComma,
    /// An invalid number.
    InvalidNumber,
    /// A number too large.
    NumberOutOfRange,
    /// Nested too deeply.
    TooDeep,
    /// The bytes are not UTF-8.
    NotUtf8,
    /// The parser's own (English) words, for anything else.
    Other(String),
}

/// The parser's explanation of a syntax error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Syntax {
    /// What is wrong.
    pub problem: SyntaxProblem,
    /// The error is at a `NaN` or `Infinity`, which JSON does not have: say so.
    pub nan_or_infinity: bool,
}

impl From<SyntaxProblem> for Syntax {
    fn from(problem: SyntaxProblem) -> Self {
        Syntax {
            problem,
            nan_or_infinity: false,
        }
    }
}

impl Syntax {
    /// The explanation in words.
    pub fn text(&self, lang: Lang) -> String {
        use SyntaxProblem::*;
        let da = lang == Lang::Da;
        let mut words: String = match &self.problem {
            EndOfFile => lang
                .pick(
                    "filen slutter midt i en værdi",
                    "the file ends in the middle of a value",
                )
                .into(),
            ExpectedValue if da => {
                "her forventedes en værdi (tal, tekst, liste, objekt, true, false eller null)"
                    .into()
            }
            ExpectedValue => {
                "a value was expected here (number, text, list, object, true, false or null)".into()
            }
            TrailingCharacters => lang
                .pick(
                    "der står mere efter den afsluttende }",
                    "there is more after the closing }",
                )
                .into(),
            KeyNotString => lang
                .pick(
                    "et feltnavn skal stå i anførselstegn",
                    "a field name must be in quotes",
                )
                .into(),
            ExpectedCommaOrBracket => lang
                .pick("her forventedes , eller ]", ", or ] was expected here")
                .into(),
            ExpectedCommaOrBrace => lang
                .pick("her forventedes , eller }", ", or } was expected here")
                .into(),
            ExpectedColon => lang.pick("her forventedes :", ": was expected here").into(),
            TrailingComma => lang
                .pick(
                    "komma før ] eller } er ikke tilladt i JSON",
                    "a comma before ] or } is not allowed in JSON",
                )
                .into(),
            InvalidNumber => lang.pick("ugyldigt tal", "invalid number").into(),
            NumberOutOfRange => lang
                .pick("tallet er for stort", "the number is too large")
                .into(),
            TooDeep => lang.pick("for dybt indlejret", "nested too deeply").into(),
            NotUtf8 => lang
                .pick(
                    "teksten er ikke UTF-8 (gem filen som UTF-8)",
                    "the text is not UTF-8 (save the file as UTF-8)",
                )
                .into(),
            Other(english) => english.clone(),
        };
        if self.nan_or_infinity {
            words.push_str(lang.pick(
                "; NaN og Infinity er ikke tal i JSON (skriv null for en manglende værdi)",
                "; NaN and Infinity are not numbers in JSON (write null for a missing value)",
            ));
        }
        words
    }
}

/// The Danish text.
impl fmt::Display for Syntax {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(Lang::Da))
    }
}

/// One thing wrong with a baseline file.
#[derive(Debug, Clone, PartialEq)]
pub enum DataError {
    /// The file holds nothing (or only whitespace).
    Empty,
    /// The file is larger than Måltal accepts.
    TooLarge {
        /// Size of the file.
        bytes: usize,
        /// The limit.
        limit: usize,
    },
    /// The text is not JSON.
    NotJson {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// The parser's explanation.
        message: Syntax,
    },
    /// The file is JSON but not a Måltal baseline.
    WrongFormat {
        /// What the file says.
        found: Found,
    },
    /// A format version this build does not know.
    UnknownVersion {
        /// What the file says.
        found: Found,
    },
    /// A rule is broken at a place in the file.
    Invalid {
        /// Where: "kommune 751 (Aarhus), indikator ledige, måned 2024-03" (boxed, so that
        /// every `Result` carrying a `DataError` stays small).
        place: Box<Place>,
        /// What is wrong.
        problem: Problem,
        /// JSON path, e.g. `$.series[12].values[3]`.
        path: String,
    },
}

impl DataError {
    /// The error in words, in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        let da = lang == Lang::Da;
        match self {
            DataError::Empty => lang.pick("filen er tom", "the file is empty").into(),
            DataError::TooLarge { bytes, limit } if da => {
                format!("filen er for stor: {bytes} bytes (højst {limit} bytes)")
            }
            DataError::TooLarge { bytes, limit } => {
                format!("the file is too large: {bytes} bytes (at most {limit} bytes)")
            }
            DataError::NotJson { line, column, message } if da => format!(
                "filen er ikke gyldig JSON (linje {line}, kolonne {column}): {}",
                message.text(lang)
            ),
            DataError::NotJson { line, column, message } => format!(
                "the file is not valid JSON (line {line}, column {column}): {}",
                message.text(lang)
            ),
            DataError::WrongFormat { found } if da => format!(
                "filen er ikke en Måltal-basisfil: feltet \"format\" er {}, forventet \"maltal-baseline\"",
                found.text(lang)
            ),
            DataError::WrongFormat { found } => format!(
                "the file is not a Måltal baseline file: the field \"format\" is {}, expected \"maltal-baseline\"",
                found.text(lang)
            ),
            DataError::UnknownVersion { found } if da => format!(
                "formatversion {} kendes ikke; denne udgave af Måltal læser version 1",
                found.text(lang)
            ),
            DataError::UnknownVersion { found } => format!(
                "format version {} is not known; this edition of Måltal reads version 1",
                found.text(lang)
            ),
            DataError::Invalid { place, problem, path } => format!(
                "{}: {} ({} {path})",
                place.text(lang),
                problem.text(lang),
                lang.pick("JSON-sti", "JSON path")
            ),
        }
    }
}

/// The Danish text.
impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(Lang::Da))
    }
}

impl std::error::Error for DataError {}

/// All errors found in one file (never empty when returned as an error).
#[derive(Debug, Clone, PartialEq)]
pub struct DataErrors(pub Vec<DataError>);

impl DataErrors {
    /// The errors, in file order.
    pub fn errors(&self) -> &[DataError] {
        &self.0
    }

    /// Every error in `lang`, one per line.
    pub fn text(&self, lang: Lang) -> String {
        self.0
            .iter()
            .map(|e| e.text(lang))
            .collect::<Vec<_>>()
            .join("\n")
    }
}

impl From<DataError> for DataErrors {
    fn from(e: DataError) -> Self {
        DataErrors(vec![e])
    }
}

/// The Danish text, one error per line.
impl fmt::Display for DataErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(Lang::Da))
    }
}

impl std::error::Error for DataErrors {}
