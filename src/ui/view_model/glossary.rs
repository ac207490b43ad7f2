//! The short glossary of domain words (kravforløb, bruttoledige, fuldtidspersoner, indeks,
//! konjunktur, the straight path): each word's explanation, and a text cut where a word occurs
//! so the page can make the word itself open its explanation.

use crate::ui::format::Lang;
use crate::ui::i18n::{t, Key};

/// A word the glossary explains.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Term {
    /// The month-by-month path from the latest figure to the target.
    Kravforloeb,
    /// Gross unemployment: the unemployed and those in activation counted together.
    Bruttoledige,
    /// Full-time persons: persons counted by how much of the month they were on a benefit.
    Fuldtidspersoner,
    /// An index: each area's development with one month set to 100.
    Indeks,
    /// The labour-market outlook.
    Konjunktur,
    /// A straight line instead of the seasonal pattern for the required path.
    LigeLinje,
}

impl Term {
    /// Every term, in the glossary's order.
    pub const ALL: [Term; 6] = [
        Term::Kravforloeb,
        Term::Bruttoledige,
        Term::Fuldtidspersoner,
        Term::Indeks,
        Term::Konjunktur,
        Term::LigeLinje,
    ];

    /// A stable id for the page ("kravforloeb").
    pub fn id(self) -> &'static str {
        match self {
            Term::Kravforloeb => "kravforloeb",
            Term::Bruttoledige => "bruttoledige",
            Term::Fuldtidspersoner => "fuldtidspersoner",
            Term::Indeks => "indeks",
            Term::Konjunktur => "konjunktur",
            Term::LigeLinje => "lige-linje",
        }
    }

    /// The word as the glossary names it.
    pub fn word(self, lang: Lang) -> &'static str {
        t(
            lang,
            match self {
                Term::Kravforloeb => Key::TermKravforloeb,
                Term::Bruttoledige => Key::TermBruttoledige,
                Term::Fuldtidspersoner => Key::TermFuldtidspersoner,
                Term::Indeks => Key::TermIndeks,
                Term::Konjunktur => Key::TermKonjunktur,
                Term::LigeLinje => Key::TermLigeLinje,
            },
        )
    }

    /// The explanation, in one or two plain sentences.
    pub fn explanation(self, lang: Lang) -> &'static str {
        t(
            lang,
            match self {
                Term::Kravforloeb => Key::ExplainKravforloeb,
                Term::Bruttoledige => Key::ExplainBruttoledige,
                Term::Fuldtidspersoner => Key::ExplainFuldtidspersoner,
                Term::Indeks => Key::ExplainIndeks,
                Term::Konjunktur => Key::ExplainKonjunktur,
                Term::LigeLinje => Key::ExplainLigeLinje,
            },
        )
    }

    /// The beginning every form of the word shares in running text, lowercase ("bruttoledig",
    /// "gross unemploy").
    fn stem(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Term::Kravforloeb, Lang::Da) => "kravforløb",
            (Term::Kravforloeb, Lang::En) => "required path",
            (Term::Bruttoledige, Lang::Da) => "bruttoledig",
            (Term::Bruttoledige, Lang::En) => "gross unemploy",
            (Term::Fuldtidspersoner, Lang::Da) => "fuldtidsperson",
            (Term::Fuldtidspersoner, Lang::En) => "full-time person",
            (Term::Indeks, Lang::Da) => "indeks",
            (Term::Indeks, Lang::En) => "index",
            (Term::Konjunktur, Lang::Da) => "konjunktur",
            (Term::Konjunktur, Lang::En) => "economic outlook",
            (Term::LigeLinje, Lang::Da) => "lige linje",
            (Term::LigeLinje, Lang::En) => "straight line",
        }
    }
}

/// `text` cut into pieces, each glossary word's first occurrence a piece of its own with its
/// term: "Registrerede " · "bruttoledige" (Bruttoledige) · " (dagpenge- …), " ·
/// "fuldtidspersoner" (Fuldtidspersoner) · ", ikke sæsonkorrigeret." The pieces put together
/// are `text`.
pub fn with_terms(text: &str, lang: Lang) -> Vec<(String, Option<Term>)> {
    let lower = text.to_lowercase();
    // Lowercasing can change byte lengths outside ASCII; then keep the text whole.
    if lower.len() != text.len() {
        return vec![(text.to_string(), None)];
    }
    let mut found: Vec<(usize, usize, Term)> = Term::ALL
        .into_iter()
        .filter_map(|term| {
            let start = lower.find(term.stem(lang))?;
            let stem_end = start + term.stem(lang).len();
            let end = text[stem_end..]
                .char_indices()
                .find(|(_, c)| !c.is_alphanumeric())
                .map_or(text.len(), |(i, _)| stem_end + i);
            Some((start, end, term))
        })
        .collect();
    found.sort_by_key(|f| f.0);
    let mut pieces = Vec::new();
    let mut at = 0;
    for (start, end, term) in found {
        if start < at {
            continue; // overlaps an earlier word
        }
        if start > at {
            pieces.push((text[at..start].to_string(), None));
        }
        pieces.push((text[start..end].to_string(), Some(term)));
        at = end;
    }
    if at < text.len() || pieces.is_empty() {
        pieces.push((text[at..].to_string(), None));
    }
    pieces
}

#[cfg(test)]
#[cfg(not(target_arch = "wasm32"))]
mod tests {
    use super::*;

    #[test]
    fn every_term_has_a_word_and_an_explanation_in_both_languages() {
        for term in Term::ALL {
            for lang in [Lang::Da, Lang::En] {
                assert!(!term.word(lang).is_empty());
                assert!(term.explanation(lang).ends_with('.'), "{term:?}");
            }
            assert_ne!(term.explanation(Lang::Da), term.explanation(Lang::En));
        }
    }

    #[test]
    fn a_definition_is_cut_at_its_glossary_words_and_put_together_again() {
        let da = "Registrerede bruttoledige (dagpenge- og jobparate kontanthjælpsmodtagere), fuldtidspersoner, ikke sæsonkorrigeret.";
        let pieces = with_terms(da, Lang::Da);
        let words: Vec<(&str, Term)> = pieces
            .iter()
            .filter_map(|(s, t)| t.map(|t| (s.as_str(), t)))
            .collect();
        assert_eq!(
            words,
            [
                ("bruttoledige", Term::Bruttoledige),
                ("fuldtidspersoner", Term::Fuldtidspersoner)
            ]
        );
        assert_eq!(pieces.iter().map(|p| p.0.as_str()).collect::<String>(), da);
        let en = with_terms(
            "Registered gross unemployment, full-time persons.",
            Lang::En,
        );
        assert_eq!(
            en[1],
            ("gross unemployment".to_string(), Some(Term::Bruttoledige))
        );
        assert_eq!(
            with_terms("Personer.", Lang::Da),
            [("Personer.".to_string(), None)]
        );
        assert_eq!(with_terms("", Lang::Da), [(String::new(), None)]);
    }
}
