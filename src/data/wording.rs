//! The wording of serde_json's messages for a region's analyst: its syntax errors
//! ([`not_json`]) and its type and field errors ([`serde_problem`]) in Danish, with hints for
//! the usual culprits. serde_json's English is matched here and nowhere else, so a change in
//! its wording is one edit.

use super::error::DataError;

/// serde_json's syntax error in Danish, with a hint for the usual culprits.
pub(super) fn not_json(text: &str, e: &serde_json::Error) -> DataError {
    let english = strip_position(&e.to_string());
    let mut message = match english.as_str() {
        "EOF while parsing a value"
        | "EOF while parsing a list"
        | "EOF while parsing an object"
        | "EOF while parsing a string" => "filen slutter midt i en værdi".to_string(),
        "expected value" => {
            "her forventedes en værdi (tal, tekst, liste, objekt, true, false eller null)"
                .to_string()
        }
        "trailing characters" => "der står mere efter den afsluttende }".to_string(),
        "key must be a string" => "et feltnavn skal stå i anførselstegn".to_string(),
        "expected `,` or `]`" => "her forventedes , eller ]".to_string(),
        "expected `,` or `}`" => "her forventedes , eller }".to_string(),
        "expected `:`" => "her forventedes :".to_string(),
        "trailing comma" => "komma før ] eller } er ikke tilladt i JSON".to_string(),
        "invalid number" => "ugyldigt tal".to_string(),
        "number out of range" => "tallet er for stort".to_string(),
        "recursion limit exceeded" => "for dybt indlejret".to_string(),
        other => other.to_string(),
    };
    let rest = text
        .lines()
        .nth(e.line().saturating_sub(1))
        .and_then(|l| l.get(e.column().saturating_sub(2)..))
        .unwrap_or("");
    if ["NaN", "Infinity", "-Infinity", "-NaN"]
        .iter()
        .any(|w| rest.starts_with(w) || rest.get(1..).is_some_and(|r| r.starts_with(w)))
    {
        message
            .push_str("; NaN og Infinity er ikke tal i JSON (skriv null for en manglende værdi)");
    }
    DataError::NotJson {
        line: e.line(),
        column: e.column(),
        message,
    }
}

/// Drops serde_json's " at line L column C" (the place is given separately).
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_string(),
        None => message.to_string(),
    }
}

/// serde's type and field errors in Danish (the field names stay as in the file).
pub(super) fn serde_problem(english: &str) -> String {
    let msg = strip_position(english);
    let quoted = |s: &str| s.split('`').nth(1).unwrap_or("").to_string();
    if let Some(rest) = msg.strip_prefix("invalid type: ") {
        if let Some((found, expected)) = rest.split_once(", expected ") {
            return format!(
                "forventede {}, men fandt {}",
                expected_words(expected),
                found_words(found)
            );
        }
    }
    if let Some(rest) = msg.strip_prefix("invalid value: ") {
        if let Some((found, expected)) = rest.split_once(", expected ") {
            return format!(
                "forventede {}, men fandt {}",
                expected_words(expected),
                found_words(found)
            );
        }
    }
    if msg.starts_with("unknown field") {
        return format!(
            "ukendt felt «{}» (formatet tillader kun de dokumenterede felter)",
            quoted(&msg)
        );
    }
    if msg.starts_with("missing field") {
        return format!("feltet «{}» mangler", quoted(&msg));
    }
    if msg.starts_with("duplicate field") {
        return format!("feltet «{}» står to gange", quoted(&msg));
    }
    if msg.starts_with("unknown variant") {
        return format!("ukendt værdi «{}»", quoted(&msg));
    }
    if msg.starts_with("invalid length") {
        return format!("forkert antal elementer ({msg})");
    }
    format!("forkert indhold: {msg}")
}

fn expected_words(expected: &str) -> String {
    match expected {
        "f64" | "f32" => "et tal".into(),
        "u32" | "u64" | "i32" | "i64" => "et heltal".into(),
        "a string" => "en tekst".into(),
        "a sequence" => "en liste".into(),
        "a boolean" => "true eller false".into(),
        e if e.starts_with("struct ") || e.starts_with("internally tagged") => "et objekt".into(),
        e => e.to_string(),
    }
}

fn found_words(found: &str) -> String {
    if let Some(s) = found.strip_prefix("string ") {
        return format!("teksten {s} (tal skrives uden anførselstegn)");
    }
    let inner = found.split('`').nth(1);
    match (found.split(' ').next(), inner) {
        (Some("integer"), Some(n)) => format!("tallet {n}"),
        (Some("floating"), Some(n)) => format!("tallet {n}"),
        (Some("boolean"), Some(b)) => b.to_string(),
        _ => match found {
            "null" => "null".into(),
            "sequence" => "en liste".into(),
            "map" => "et objekt".into(),
            other => other.to_string(),
        },
    }
}
