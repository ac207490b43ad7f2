//! The limits where text is typed, taken from the limits where a scenario is read back
//! (`data::scenario::wire`), so a text the page accepts is always one a saved scenario, a
//! file or a link can hold: the fields' `maxlength`, the clipping of what reaches the state,
//! and the warning shown as the limit nears.

use crate::data::scenario::wire::{MAX_NAME_CHARS, MAX_REASON_CHARS};
use crate::ui::format::{self, Lang};

/// Longest scenario name and author a field takes (as stored).
pub const NAME_FIELD_CHARS: usize = MAX_NAME_CHARS;
/// Longest reasoning (begrundelse) a field takes (as stored).
pub const REASON_FIELD_CHARS: usize = MAX_REASON_CHARS;

/// `text` cut to at most `max` characters (counted as the stored form counts them, in Unicode
/// scalar values). The fields' `maxlength` counts UTF-16 units, which are never fewer, so this
/// only acts on text that reached the field some other way (a script, an old browser).
pub fn clip(text: String, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((end, _)) => text[..end].to_string(),
        None => text,
    }
}

/// The name of a duplicate ("Kopi af …"), cut so it still fits where it is stored (a copy of a
/// name at the limit would otherwise make the saved scenarios unreadable).
pub fn copy_name(name: &str, lang: Lang) -> String {
    let copy = match lang {
        Lang::Da => format!("Kopi af {name}"),
        Lang::En => format!("Copy of {name}"),
    };
    clip(copy, NAME_FIELD_CHARS)
}

/// The warning under a field holding `used` of `max` characters: none until nine tenths are
/// used, then how many are left ("Højst 10.000 tegn – 12 tilbage.").
pub fn remaining_hint(used: usize, max: usize, lang: Lang) -> Option<String> {
    if used.saturating_mul(10) < max.saturating_mul(9) {
        return None;
    }
    let left = max.saturating_sub(used);
    let n = |v: usize| format::number(v as f64, 0, lang);
    Some(match (lang, left) {
        (Lang::Da, 0) => format!("Højst {} tegn – grænsen er nået.", n(max)),
        (Lang::Da, _) => format!("Højst {} tegn – {} tilbage.", n(max), n(left)),
        (Lang::En, 0) => format!("At most {} characters – the limit is reached.", n(max)),
        (Lang::En, 1) => format!("At most {} characters – 1 left.", n(max)),
        (Lang::En, _) => format!("At most {} characters – {} left.", n(max), n(left)),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fields_take_exactly_what_a_scenario_can_hold() {
        assert_eq!(NAME_FIELD_CHARS, MAX_NAME_CHARS);
        assert_eq!(REASON_FIELD_CHARS, MAX_REASON_CHARS);
    }

    #[test]
    fn clipping_counts_characters_not_bytes() {
        assert_eq!(clip("æøå€".into(), 3), "æøå");
        assert_eq!(clip("ab".into(), 3), "ab");
        assert_eq!(clip(String::new(), 0), "");
        let long = "😀".repeat(REASON_FIELD_CHARS + 5);
        assert_eq!(
            clip(long, REASON_FIELD_CHARS).chars().count(),
            REASON_FIELD_CHARS
        );
    }

    #[test]
    fn a_copy_of_a_name_at_the_limit_still_fits() {
        assert_eq!(copy_name("Ambitiøs", Lang::Da), "Kopi af Ambitiøs");
        assert_eq!(copy_name("Bold", Lang::En), "Copy of Bold");
        let full = "å".repeat(NAME_FIELD_CHARS);
        let copy = copy_name(&full, Lang::Da);
        assert_eq!(copy.chars().count(), NAME_FIELD_CHARS);
        assert!(copy.starts_with("Kopi af å"));
    }

    #[test]
    fn the_warning_comes_at_nine_tenths_and_says_how_much_is_left() {
        assert_eq!(remaining_hint(8_999, 10_000, Lang::Da), None);
        assert_eq!(
            remaining_hint(9_000, 10_000, Lang::Da).as_deref(),
            Some("Højst 10.000 tegn – 1.000 tilbage.")
        );
        assert_eq!(
            remaining_hint(10_000, 10_000, Lang::Da).as_deref(),
            Some("Højst 10.000 tegn – grænsen er nået.")
        );
        assert_eq!(
            remaining_hint(199, 200, Lang::En).as_deref(),
            Some("At most 200 characters – 1 left.")
        );
        assert_eq!(
            remaining_hint(12_000, 10_000, Lang::En).as_deref(),
            Some("At most 10,000 characters – the limit is reached.")
        );
    }
}
