//! Reading a target typed in the goal card's number field: a number written the page's way,
//! checked against the field's bounds, with the sentence the user sees when it is refused; and
//! the one rounding rule for a target set by hand.

use crate::ui::format::{self, Lang};
use crate::ui::i18n::{t, Key};

/// Reads a target typed in the number field: a number in `lang`'s way, not negative, at most
/// `max`. The error is the sentence shown under the field.
pub fn read_target(text: &str, max: f64, decimals: usize, lang: Lang) -> Result<f64, String> {
    if text.trim().is_empty() {
        return Err(t(lang, Key::NumberEmpty).to_string());
    }
    let value = format::parse_number(text, lang)
        .ok_or_else(|| t(lang, Key::NumberUnreadable).to_string())?;
    if value < 0.0 {
        return Err(t(lang, Key::NumberNegative).to_string());
    }
    if value > max {
        return Err(format!(
            "{} {}.",
            t(lang, Key::NumberAtMost),
            format::number(max, decimals, lang)
        ));
    }
    Ok(value)
}

/// What the field says when a typed text is refused: the problem, and that the target stays:
/// "Feltet er tomt – skriv et mål. Målet er stadig 294 personer."
pub fn refused(problem: &str, target_text: &str, lang: Lang) -> String {
    format!("{problem} {} {target_text}.", t(lang, Key::TargetKept))
}

/// `x` rounded to `decimals` decimals: the one rounding rule for a target set by hand, so the
/// slider, the number field and the sentence show the same figure.
pub fn round_to(x: f64, decimals: usize) -> f64 {
    let scale = 10f64.powi(i32::try_from(decimals).unwrap_or(0).min(9));
    (x * scale).round() / scale
}

#[cfg(test)]
#[cfg(not(target_arch = "wasm32"))]
mod tests {
    use super::*;

    /// `got` is `Ok` and within 1e-9 of `want`.
    fn assert_reads(got: Result<f64, String>, want: f64) {
        match got {
            Ok(v) => assert!((v - want).abs() < 1e-9, "read {v}, expected {want}"),
            Err(e) => panic!("expected {want}, got the error «{e}»"),
        }
    }

    #[test]
    fn a_typed_target_is_read_in_the_pages_language_and_checked_with_a_sentence_for_the_user() {
        assert_reads(read_target("14.720", 200_000.0, 0, Lang::Da), 14_720.0);
        assert_reads(read_target("12,5 %", 100.0, 1, Lang::Da), 12.5);
        assert_reads(read_target("1,234.5", 200_000.0, 0, Lang::En), 1234.5);
        assert_eq!(
            read_target("abc", 200_000.0, 0, Lang::Da),
            Err("Skriv målet som et tal, fx 1.234 eller 12,5.".to_string())
        );
        assert_eq!(
            read_target("8,1", 100.0, 1, Lang::En),
            Err("Type the target as a number, e.g. 1,234 or 12.5.".to_string())
        );
        assert_eq!(
            read_target("-5", 200_000.0, 0, Lang::Da),
            Err("Målet kan ikke være negativt.".to_string())
        );
        assert_eq!(
            read_target("150", 100.0, 1, Lang::Da),
            Err("Skriv et mål på højst 100,0.".to_string())
        );
        assert_eq!(
            read_target("999999999", 197_950.0, 0, Lang::En),
            Err("Type a target of at most 197,950.".to_string())
        );
        assert_reads(read_target("0", 100.0, 1, Lang::Da), 0.0);
        assert_eq!(
            read_target("  ", 100.0, 1, Lang::Da),
            Err("Feltet er tomt – skriv et mål.".to_string())
        );
        assert_eq!(
            refused(
                "The field is empty – type a target.",
                "294 persons",
                Lang::En
            ),
            "The field is empty – type a target. The target is still 294 persons."
        );
        assert_eq!(
            refused("Målet kan ikke være negativt.", "7,0 %", Lang::Da),
            "Målet kan ikke være negativt. Målet er stadig 7,0 %."
        );
    }

    #[test]
    fn a_target_is_rounded_to_the_decimals_shown() {
        let close = |a: f64, b: f64| (a - b).abs() < 1e-9;
        assert!(
            close(round_to(1000.5, 0), 1001.0),
            "half rounds away from zero"
        );
        // "1.000,5" typed: the field and the slider (step 1) both show 1.001.
        let typed = read_target("1.000,5", 200_000.0, 0, Lang::Da).unwrap_or(f64::NAN);
        assert_eq!(format::number(round_to(typed, 0), 0, Lang::Da), "1.001");
        assert!(close(round_to(12.345, 1), 12.3), "{}", round_to(12.345, 1));
        assert!(
            close(round_to(7.0, 12), 7.0),
            "many decimals are capped, not overflowed"
        );
    }
}
