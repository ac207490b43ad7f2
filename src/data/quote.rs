//! Quoting input in a message: at most a short excerpt, so a message about a megabyte of
//! bad input (a month field, a parameter, an argument) stays one readable line. Used by the
//! data file's errors, the CSV import, the data tool's stderr and the page's notices.

/// Longest quote of input in a message, in characters.
pub const QUOTED_CHARS: usize = 40;

/// `value` cut to [`QUOTED_CHARS`] characters, with an ellipsis when it was longer.
pub fn excerpt(value: &str) -> String {
    let mut chars = value.chars();
    let head: String = chars.by_ref().take(QUOTED_CHARS).collect();
    if chars.next().is_some() {
        format!("{head}…")
    } else {
        head
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_value_is_quoted_in_short_with_an_ellipsis() {
        assert_eq!(excerpt("2025-13"), "2025-13");
        let long = "æ".repeat(10_000);
        let quoted = excerpt(&long);
        assert_eq!(quoted.chars().count(), QUOTED_CHARS + 1);
        assert!(quoted.ends_with('…'));
        assert_eq!(excerpt(&"x".repeat(QUOTED_CHARS)), "x".repeat(QUOTED_CHARS));
    }
}
