//! The realism badge: the [`Rating`] decided in `model::rating` in words ("Ambitiøst: opnået i
//! 12 af 140 tilfælde …") and as the badge's colour class. No threshold lives here.

use crate::model::rating::{deciding_count, rate, Rating};
use crate::model::realism::{HorizonUsed, Realism};
use crate::ui::format::{self, Lang};

impl Rating {
    /// The badge's colour class: `hard`, `stretch`, `fair`, `easy`, or `unknown` unrated.
    pub fn css_class(self) -> &'static str {
        match self {
            Rating::Unrated => "unknown",
            Rating::VeryAmbitious => "hard",
            Rating::Ambitious => "stretch",
            Rating::Realistic => "fair",
            Rating::Cautious => "easy",
        }
    }
}

/// The judgement word that opens the badge ("Meget ambitiøst: "); none when unrated.
fn judgement_words(rating: Rating, lang: Lang) -> &'static str {
    match (rating, lang) {
        (Rating::Unrated, _) => "",
        (Rating::VeryAmbitious, Lang::Da) => "Meget ambitiøst: ",
        (Rating::Ambitious, Lang::Da) => "Ambitiøst: ",
        (Rating::Realistic, Lang::Da) => "Realistisk: ",
        (Rating::Cautious, Lang::Da) => "Forsigtigt: ",
        (Rating::VeryAmbitious, Lang::En) => "Very ambitious: ",
        (Rating::Ambitious, Lang::En) => "Ambitious: ",
        (Rating::Realistic, Lang::En) => "Realistic: ",
        (Rating::Cautious, Lang::En) => "Cautious: ",
    }
}

/// The realism badge and its class.
pub fn realism_text(r: &Realism, lang: Lang) -> (String, &'static str) {
    let use_all = r.comparable_too_small;
    let c = deciding_count(r);
    let among = match (use_all, lang) {
        (false, Lang::Da) => "blandt sammenlignelige kommuner".to_string(),
        (false, Lang::En) => "among comparable municipalities".to_string(),
        (true, Lang::Da) => format!(
            "blandt alle kommuner (kun {} sammenlignelige kommuner har tal – for få)",
            r.comparable.municipalities
        ),
        (true, Lang::En) => format!(
            "among all municipalities (only {} comparable municipalities have figures – too few)",
            r.comparable.municipalities
        ),
    };
    let years = r
        .years
        .map(|(a, b)| {
            if a == b {
                format!(", {a}")
            } else {
                format!(", {a}–{b}")
            }
        })
        .unwrap_or_default();
    let horizon = match (r.horizon, lang) {
        (HorizonUsed::Target(_), _) => String::new(),
        (HorizonUsed::Fallback12, Lang::Da) => {
            " Målt over 12 måneder, fordi historikken er for kort til målets horisont.".to_string()
        }
        (HorizonUsed::Fallback12, Lang::En) => {
            " Measured over 12 months: the history is too short for the target's horizon."
                .to_string()
        }
    };
    let rating = rate(r);
    let judgement = judgement_words(rating, lang);
    let text = match lang {
        Lang::Da => format!(
            "{judgement}opnået i {} af {} tilfælde {among}{years}.{horizon}",
            format::number(c.achieved as f64, 0, lang),
            format::number(c.cases as f64, 0, lang)
        ),
        Lang::En => format!(
            "{judgement}achieved in {} of {} cases {among}{years}.{horizon}",
            format::number(c.achieved as f64, 0, lang),
            format::number(c.cases as f64, 0, lang)
        ),
    };
    (text, rating.css_class())
}

#[cfg(test)]
#[cfg(not(target_arch = "wasm32"))]
mod tests {
    use super::*;
    use crate::model::ambition::Ambition;
    use crate::model::kravforloeb::PathShape;

    use super::super::tests::setup;

    #[test]
    fn the_realism_badge_always_gives_k_of_n_and_says_when_it_falls_back_to_all() {
        let (b, p) = setup();
        let aarhus = b.municipality_index("751").unwrap();
        let plan = p
            .plan(&b, aarhus, 0, Ambition::Change(-0.1), PathShape::Seasonal)
            .unwrap();
        let (text, class) = realism_text(plan.realism.as_ref().unwrap(), Lang::Da);
        assert!(text.contains(" af ") && text.contains("tilfælde"), "{text}");
        assert!(
            text.contains("blandt alle kommuner (kun 2 sammenlignelige"),
            "Storbykommuner has 3 members: {text}"
        );
        assert!(["hard", "stretch", "fair", "easy"].contains(&class));
    }
}
