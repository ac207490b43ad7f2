//! Reading serde_json's English messages into typed errors: its syntax errors ([`not_json`])
//! and its type and field errors ([`serde_problem`]), with a hint for the usual culprits.
//! serde_json's wording is matched here and nowhere else, so a change in it is one edit; the
//! Danish and English words for the results live in `error`.

use super::convert::json_path::offset_of;
use super::error::{DataError, Expected, FoundValue, Problem, Syntax, SyntaxProblem};
use super::lines::line_and_column;

/// serde_json's syntax error as a value, with a hint when it is at a `NaN` or `Infinity`.
pub(super) fn not_json(text: &str, e: &serde_json::Error) -> DataError {
    let english = strip_position(&e.to_string());
    let problem = match english.as_str() {
        "EOF while parsing a value"
        | "EOF while parsing a list"
        | "EOF while parsing an object"
        | "EOF while parsing a string" => SyntaxProblem::EndOfFile,
        "expected value" => SyntaxProblem::ExpectedValue,
        "trailing characters" => SyntaxProblem::TrailingCharacters,
        "key must be a string" => SyntaxProblem::KeyNotString,
        "expected `,` or `]`" => SyntaxProblem::ExpectedCommaOrBracket,
        "expected `,` or `}`" => SyntaxProblem::ExpectedCommaOrBrace,
        "expected `:`" => SyntaxProblem::ExpectedColon,
        "trailing comma" => SyntaxProblem::TrailingComma,
        "invalid number" => SyntaxProblem::InvalidNumber,
        "number out of range" => SyntaxProblem::NumberOutOfRange,
        "recursion limit exceeded" => SyntaxProblem::TooDeep,
        other => SyntaxProblem::Other(other.to_string()),
    };
    // serde_json counts lines by LF only; the place is worked out again from its offset, so
    // a file with CRLF or lone-CR line endings is told the line an editor shows.
    let offset = offset_of(text, e.line(), e.column());
    let (line, column) = line_and_column(text.as_bytes(), offset.saturating_sub(1));
    let rest = text.get(offset.saturating_sub(2)..).unwrap_or("");
    let nan_or_infinity = ["NaN", "Infinity", "-Infinity", "-NaN"]
        .iter()
        .any(|w| rest.starts_with(w) || rest.get(1..).is_some_and(|r| r.starts_with(w)));
    DataError::NotJson {
        line,
        column,
        message: Syntax {
            problem,
            nan_or_infinity,
        },
    }
}

/// Drops serde_json's " at line L column C" (the place is given separately).
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_string(),
        None => message.to_string(),
    }
}

/// serde's type and field errors as a value (the field names stay as in the file).
pub(super) fn serde_problem(english: &str) -> Problem {
    let msg = strip_position(english);
    let quoted = |s: &str| s.split('`').nth(1).unwrap_or("").to_string();
    for prefix in ["invalid type: ", "invalid value: "] {
        if let Some(rest) = msg.strip_prefix(prefix) {
            if let Some((found, expected)) = rest.split_once(", expected ") {
                return Problem::WrongType {
                    expected: expected_type(expected),
                    found: found_value(found),
                };
            }
        }
    }
    if msg.starts_with("unknown field") {
        return Problem::UnknownField(quoted(&msg));
    }
    if msg.starts_with("missing field") {
        return Problem::MissingField(quoted(&msg));
    }
    if msg.starts_with("duplicate field") {
        return Problem::DuplicateField(quoted(&msg));
    }
    if msg.starts_with("unknown variant") {
        return Problem::UnknownVariant(quoted(&msg));
    }
    if msg.starts_with("invalid length") {
        return Problem::WrongLength(msg);
    }
    Problem::OtherContent(msg)
}

fn expected_type(expected: &str) -> Expected {
    match expected {
        "f64" | "f32" => Expected::Number,
        "u32" | "u64" | "i32" | "i64" => Expected::Integer,
        "a string" => Expected::Text,
        "a sequence" => Expected::List,
        "a boolean" => Expected::Bool,
        e if e.starts_with("struct ") || e.starts_with("internally tagged") => Expected::Object,
        e => Expected::Other(e.to_string()),
    }
}

fn found_value(found: &str) -> FoundValue {
    if let Some(s) = found.strip_prefix("string ") {
        return FoundValue::Text(s.to_string());
    }
    let inner = found.split('`').nth(1);
    match (found.split(' ').next(), inner) {
        (Some("integer"), Some(n)) | (Some("floating"), Some(n)) => {
            FoundValue::Number(n.to_string())
        }
        (Some("boolean"), Some(b)) => FoundValue::Bool(b.to_string()),
        _ => match found {
            "null" => FoundValue::Null,
            "sequence" => FoundValue::List,
            "map" => FoundValue::Object,
            other => FoundValue::Other(other.to_string()),
        },
    }
}
