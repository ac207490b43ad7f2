//! Writing CSV the way every Måltal export does (the app's "alle tal som CSV" and the data
//! tool's `--format csv`): one record per line, and every cell passed through [`cell`], which
//! neutralises spreadsheet formulas as OWASP's "CSV Injection" guidance says.
//!
//! A spreadsheet runs a cell that begins with `=`, `+`, `-`, `@`, a tab or a carriage return as
//! a formula. Names and ids come from data files and scenario names from users, so a cell that
//! begins with one of those characters gets a single quote in front (the spreadsheet then
//! shows it as text) and is quoted. A number stays a number: a cell that is a plain decimal
//! number (`-12`, `3,5`, `-0.25`) is written as it is, even though it begins with `-`.

use std::borrow::Cow;

/// The characters that make a spreadsheet read a cell as a formula (OWASP).
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// Whether `text` is a plain decimal number as the exports write them: an optional `-`, digits,
/// and at most one decimal point or comma followed by digits. Nothing else (no exponent, no
/// `+`, no `inf`) counts, so nothing a spreadsheet could run passes as a number.
pub fn is_plain_number(text: &str) -> bool {
    let digits = text.strip_prefix('-').unwrap_or(text);
    let (whole, fraction) = match digits.split_once(['.', ',']) {
        Some((w, f)) => (w, Some(f)),
        None => (digits, None),
    };
    let all_digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    all_digits(whole) && fraction.is_none_or(all_digits)
}

/// Whether a spreadsheet would run `text` as a formula (leading spaces are looked past:
/// some spreadsheets trim them on import).
fn starts_a_formula(text: &str) -> bool {
    let start = text.trim_start_matches(' ');
    start.starts_with(FORMULA_STARTS) && !is_plain_number(start)
}

/// One cell, ready to stand between `delimiter`s: a would-be formula gets a leading `'`, and a
/// cell is quoted (with `"` doubled) when it was neutralised or holds the delimiter, a quote
/// or a line break. Anything else — plain text and numbers — is written unchanged.
pub fn cell(text: &str, delimiter: char) -> Cow<'_, str> {
    let formula = starts_a_formula(text);
    let needs_quotes = formula || text.contains([delimiter, '"', '\n', '\r']);
    if !needs_quotes {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 3);
    out.push('"');
    if formula {
        out.push('\'');
    }
    for c in text.chars() {
        if c == '"' {
            out.push('"');
        }
        out.push(c);
    }
    out.push('"');
    Cow::Owned(out)
}

/// Appends one record — its cells through [`cell`], separated by `delimiter` — and a line
/// feed to `out`.
pub fn push_record<S: AsRef<str>>(
    out: &mut String,
    cells: impl IntoIterator<Item = S>,
    delimiter: char,
) {
    for (i, c) in cells.into_iter().enumerate() {
        if i > 0 {
            out.push(delimiter);
        }
        out.push_str(&cell(c.as_ref(), delimiter));
    }
    out.push('\n');
}

/// One record as a line (see [`push_record`]).
pub fn record<S: AsRef<str>>(cells: impl IntoIterator<Item = S>, delimiter: char) -> String {
    let mut out = String::new();
    push_record(&mut out, cells, delimiter);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cell_that_would_run_as_a_formula_is_prefixed_and_quoted() {
        for (text, expected) in [
            ("=1+1", "\"'=1+1\""),
            ("+45 1234", "\"'+45 1234\""),
            ("-2+3+cmd|' /C calc'!A0", "\"'-2+3+cmd|' /C calc'!A0\""),
            ("@SUM(A1:A9)", "\"'@SUM(A1:A9)\""),
            ("\t=1", "\"'\t=1\""),
            ("\r=1", "\"'\r=1\""),
            (
                "=HYPERLINK(\"http://x\")",
                "\"'=HYPERLINK(\"\"http://x\"\")\"",
            ),
            ("-", "\"'-\""),
            ("-inf", "\"'-inf\""),
            ("-1e5", "\"'-1e5\""),
            ("-1,5,7", "\"'-1,5,7\""),
            ("  =1+1", "\"'  =1+1\""),
        ] {
            assert_eq!(cell(text, ';'), expected, "{text:?}");
        }
    }

    #[test]
    fn numbers_stay_numbers_even_when_negative() {
        for text in ["0", "751", "-12", "-3,5", "-0.25", "12,5", "1234567.125"] {
            assert_eq!(cell(text, ';'), text);
            assert!(is_plain_number(text), "{text}");
        }
        // In the English export the comma is the delimiter, so a Danish decimal is quoted —
        // but still not prefixed: it is a number, not a formula.
        assert_eq!(cell("-3,5", ','), "\"-3,5\"");
        for text in ["", "-", "1.", ".5", "1.2.3", "+1", "1e5", "NaN", "−3"] {
            assert!(!is_plain_number(text), "{text}");
        }
    }

    #[test]
    fn plain_text_is_unchanged_and_separators_are_quoted() {
        assert_eq!(cell("Aarhus", ';'), "Aarhus");
        assert_eq!(cell("Ikast-Brande", ';'), "Ikast-Brande");
        assert_eq!(cell("a;b", ';'), "\"a;b\"");
        assert_eq!(cell("a;b", ','), "a;b");
        assert_eq!(cell("say \"hi\"", ','), "\"say \"\"hi\"\"\"");
        assert_eq!(cell("two\nlines", ','), "\"two\nlines\"");
        assert_eq!(cell("", ','), "");
    }

    #[test]
    fn a_record_neutralises_every_cell() {
        assert_eq!(
            record(["751", "=cmd", "-4", "Aarhus; Kommune"], ';'),
            "751;\"'=cmd\";-4;\"Aarhus; Kommune\"\n"
        );
        let mut out = String::from("x\n");
        push_record(&mut out, Vec::<String>::new(), ',');
        assert_eq!(out, "x\n\n");
    }
}
