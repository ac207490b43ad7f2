//! One set of limits for what a data file hands to a scenario and what a scenario may hold when
//! it is read back from a link, a scenario file or the browser's storage.
//!
//! A scenario stores ids and titles it took from the data file (goal ids, indicator ids, goal
//! titles, municipality codes, years). The scenario decoders (`scenario::wire`) refuse a value
//! past these limits, so the data file checker (`convert`) refuses the same values first: a
//! data file that validates can never produce work that does not read back (issue 17, §2).
//! Both sides take the numbers from here and nowhere else; `docs/data-format.md` lists them.
//!
//! Id lengths are counted in bytes of UTF-8 (the ids are ASCII in practice), names and titles
//! in characters (what a person types).

use std::ops::RangeInclusive;

/// Longest scenario id kept (bytes).
pub const MAX_ID_CHARS: usize = 64;
/// Longest scenario name, author or goal title (characters).
pub const MAX_NAME_CHARS: usize = 200;
/// Most goals a scenario may hold ambitions, reasons or milestones for, and so the most goals
/// one goal set of a data file may have.
pub const MAX_GOALS: usize = 100;
/// Longest goal, indicator, goal-set or outlook id (bytes): a scenario keys its targets by goal
/// id, an own goal names its indicator by id, and the scenario names its goal set and outlook.
pub const MAX_GOAL_ID_CHARS: usize = 100;
/// Longest reasoning for one goal (characters).
pub const MAX_REASON_CHARS: usize = 10_000;
/// Longest data source a scenario records (characters): the address or file name of the data
/// it was made on. Longer addresses are cut to it when recorded (`Scenario::fit_to`).
pub const MAX_SOURCE_CHARS: usize = 2_000;
/// The years a plan, a target or a milestone may be for (four digits).
pub const YEARS: RangeInclusive<i32> = 1000..=9999;

/// Whether `code` is a municipality code: three ASCII digits, e.g. `751`.
pub fn is_municipality_code(code: &str) -> bool {
    code.len() == 3 && code.bytes().all(|b| b.is_ascii_digit())
}

/// Whether a goal or indicator id is within [`MAX_GOAL_ID_CHARS`].
pub fn goal_id_fits(id: &str) -> bool {
    id.len() <= MAX_GOAL_ID_CHARS
}

/// `source` cut to [`MAX_SOURCE_CHARS`] characters.
pub fn fit_source(source: &str) -> String {
    source.chars().take(MAX_SOURCE_CHARS).collect()
}

/// Whether a name or title is within [`MAX_NAME_CHARS`].
pub fn name_fits(text: &str) -> bool {
    text.chars().count() <= MAX_NAME_CHARS
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_municipality_code_is_three_digits() {
        assert!(is_municipality_code("751"));
        for bad in ["75", "7510", "75a", "٧٥١", ""] {
            assert!(!is_municipality_code(bad), "{bad}");
        }
    }

    #[test]
    fn ids_count_bytes_and_names_count_characters() {
        assert!(goal_id_fits(&"a".repeat(MAX_GOAL_ID_CHARS)));
        assert!(!goal_id_fits(&"a".repeat(MAX_GOAL_ID_CHARS + 1)));
        assert!(!goal_id_fits(&"æ".repeat(MAX_GOAL_ID_CHARS / 2 + 1)));
        assert!(name_fits(&"æ".repeat(MAX_NAME_CHARS)));
        assert!(!name_fits(&"æ".repeat(MAX_NAME_CHARS + 1)));
    }
}
