//! Danish (and English) formatting of numbers and months for display: "1.234", "12,5 %",
//! "dec. 2026". The only place a fraction becomes a percentage.

use crate::charts::spec::NumberStyle;
use crate::model::Month;

/// The display language: the one language type of Måltal, defined with the data errors' wording.
pub use crate::data::Lang;

impl Lang {
    /// How chart axes write numbers in this language.
    pub fn number_style(self) -> NumberStyle {
        match self {
            Lang::Da => NumberStyle::Danish,
            Lang::En => NumberStyle::English,
        }
    }
}

const MONTHS_DA: [&str; 12] = [
    "jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec.",
];
const MONTHS_EN: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// A number with `decimals` decimals and grouped thousands: "1.234,5" (da), "1,234.5" (en);
/// "–" for a value that is not a number. The same writing as the chart axes
/// ([`NumberStyle::format`]).
pub fn number(value: f64, decimals: usize, lang: Lang) -> String {
    if !value.is_finite() {
        return "–".into();
    }
    lang.number_style().format(value, decimals)
}

/// The possessive of a name: Danish "Aarhus'" and "Randers'" after s, x or z, else "Odenses";
/// English "Randers'" after s, else "Odense's".
pub fn genitive(name: &str, lang: Lang) -> String {
    let last = name.chars().last().map(|c| c.to_lowercase().to_string());
    match (lang, last.as_deref()) {
        (Lang::Da, Some("s" | "x" | "z")) | (Lang::En, Some("s")) => format!("{name}'"),
        (Lang::Da, _) => format!("{name}s"),
        (Lang::En, _) => format!("{name}'s"),
    }
}

/// A short month: "dec. 2026" (da), "Dec 2026" (en).
pub fn month(m: Month, lang: Lang) -> String {
    let names = match lang {
        Lang::Da => &MONTHS_DA,
        Lang::En => &MONTHS_EN,
    };
    format!("{} {}", names[m.season()], m.year())
}

/// Reads a number typed the way `lang` writes it: Danish "1.234,5" or "1234,5", English
/// "1,234.5" or "1234.5"; a sign, spaces and "%" are allowed. Anything else — a thousands group
/// that is not three digits, the other language's decimal mark ("8,1" in English, "12.5" in
/// Danish) — is `None` rather than a guess.
pub fn parse_number(text: &str, lang: Lang) -> Option<f64> {
    let (group, decimal) = match lang {
        Lang::Da => ('.', ','),
        Lang::En => (',', '.'),
    };
    let cleaned: String = text
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '%')
        .collect();
    let (negative, rest) = match cleaned.strip_prefix(['-', '−']) {
        Some(rest) => (true, rest),
        None => (false, cleaned.strip_prefix('+').unwrap_or(&cleaned)),
    };
    let (whole, fraction) = match rest.split_once(decimal) {
        Some((w, f)) => (w, Some(f)),
        None => (rest, None),
    };
    let groups: Vec<&str> = whole.split(group).collect();
    let digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    let whole_ok = groups.iter().all(|g| digits(g))
        && (groups.len() == 1
            || (groups[0].len() <= 3 && groups[1..].iter().all(|g| g.len() == 3)));
    if !whole_ok || !fraction.is_none_or(digits) {
        return None;
    }
    let plain = format!(
        "{}{}.{}",
        if negative { "-" } else { "" },
        groups.concat(),
        fraction.unwrap_or("0")
    );
    plain.parse::<f64>().ok().filter(|v| v.is_finite())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_ending_in_s_takes_an_apostrophe_not_a_second_s() {
        assert_eq!(genitive("Randers", Lang::Da), "Randers'");
        assert_eq!(genitive("Aarhus", Lang::Da), "Aarhus'");
        assert_eq!(genitive("Odense", Lang::Da), "Odenses");
        assert_eq!(genitive("Randers", Lang::En), "Randers'");
        assert_eq!(genitive("Odense", Lang::En), "Odense's");
        assert_eq!(genitive("", Lang::Da), "s");
    }

    /// `got` is a number within 1e-9 of `want`.
    fn assert_reads(got: Option<f64>, want: f64) {
        match got {
            Some(v) => assert!((v - want).abs() < 1e-9, "read {v}, expected {want}"),
            None => panic!("expected {want}, read nothing"),
        }
    }

    #[test]
    fn numbers_are_read_the_danish_and_the_english_way() {
        assert_reads(parse_number("1.234,5", Lang::Da), 1234.5);
        assert_reads(parse_number("12,5 %", Lang::Da), 12.5);
        assert_reads(parse_number("1,234.5", Lang::En), 1234.5);
        assert_eq!(parse_number("abc", Lang::Da), None);
        assert_eq!(parse_number("NaN", Lang::Da), None);
        assert_reads(parse_number("14720", Lang::Da), 14720.0);
        assert_reads(parse_number("−5", Lang::Da), -5.0);
        assert_reads(parse_number("+1.000", Lang::Da), 1000.0);
        // The other language's marks are refused, not misread.
        assert_eq!(parse_number("14,720.5", Lang::Da), None);
        assert_eq!(parse_number("12.5", Lang::Da), None);
        assert_eq!(parse_number("8,1", Lang::En), None);
        assert_eq!(parse_number("1.234,5", Lang::En), None);
        assert_reads(parse_number("1,23", Lang::Da), 1.23);
        assert_eq!(parse_number(",5", Lang::Da), None);
        assert_eq!(parse_number("1e9", Lang::En), None);
        assert_eq!(parse_number("", Lang::En), None);
    }

    #[test]
    fn danish_numbers_group_thousands_with_a_point_and_use_a_decimal_comma() {
        assert_eq!(number(1234.0, 0, Lang::Da), "1.234");
        assert_eq!(number(12.5, 1, Lang::Da), "12,5");
        assert_eq!(number(-1234567.25, 2, Lang::Da), "-1.234.567,25");
        assert_eq!(number(1234.5, 1, Lang::En), "1,234.5");
        assert_eq!(number(-0.04, 1, Lang::Da), "0,0");
        assert_eq!(number(f64::NAN, 0, Lang::Da), "–");
    }

    #[test]
    fn months_are_short_and_lowercase_in_danish() {
        let m = Month::new(2026, 12).unwrap();
        assert_eq!(month(m, Lang::Da), "dec. 2026");
        assert_eq!(month(m, Lang::En), "Dec 2026");
        assert_eq!(month(Month::new(2025, 5).unwrap(), Lang::Da), "maj 2025");
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        /// Any name ending in s, x or z takes a bare apostrophe in Danish ("Randers'", "Fax'"),
        /// and in English after s; other names take "s" / "'s".
        #[test]
        fn names_ending_in_s_x_or_z_take_an_apostrophe(
            stem in "[A-ZÆØÅ][a-zæøå]{0,12}",
            end in proptest::sample::select(vec!['s', 'x', 'z', 'S', 'X', 'Z', 'e', 'g', 'å']),
        ) {
            let name = format!("{stem}{end}");
            let da = genitive(&name, Lang::Da);
            let en = genitive(&name, Lang::En);
            match end.to_ascii_lowercase() {
                's' => {
                    proptest::prop_assert_eq!(&da, &format!("{name}'"));
                    proptest::prop_assert_eq!(&en, &format!("{name}'"));
                }
                'x' | 'z' => {
                    proptest::prop_assert_eq!(&da, &format!("{name}'"));
                    proptest::prop_assert_eq!(&en, &format!("{name}'s"));
                }
                _ => {
                    proptest::prop_assert_eq!(&da, &format!("{name}s"));
                    proptest::prop_assert_eq!(&en, &format!("{name}'s"));
                }
            }
        }
    }
}
