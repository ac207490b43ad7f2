//! The realism badge: the [`Rating`] decided in `model::rating` in one plain sentence with its
//! evidence — what was counted, among whom, over which years, out of how many — and as the
//! badge's colour class. No threshold lives here.

use crate::model::baseline::{Better, Unit};
use crate::model::rating::{deciding_count, rarely, rate, Rating};
use crate::model::realism::{HorizonUsed, Realism};
use crate::ui::format::{self, Lang};

use super::words::{magnitude, shows_as_zero, times, unit_after};

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

/// "mindst 15 personer (5 % af prognosen) under" / "højst 0,8 procentpoint (11 % af
/// prognosen) over" / "på eller under": how far from its forecast a municipality must end for
/// the case to count, on the side the margin lies.
fn margin_words(r: &Realism, unit: Unit, lang: Lang) -> String {
    let d = r.target - r.forecast;
    let rel = format::number((r.required_margin * 100.0).abs(), 1, lang);
    let better_side = match (r.better, lang) {
        (Better::Lower, Lang::Da) => "under",
        (Better::Higher, Lang::Da) => "over",
        (Better::Lower, Lang::En) => "below",
        (Better::Higher, Lang::En) => "above",
    };
    if shows_as_zero(d, unit) || r.required_margin == 0.0 {
        return match lang {
            Lang::Da => format!("på eller {better_side}"),
            Lang::En => format!("at or {better_side}"),
        };
    }
    let wanted_better = match r.better {
        Better::Lower => d < 0.0,
        Better::Higher => d > 0.0,
    };
    let side = match (d < 0.0, lang) {
        (true, Lang::Da) => "under",
        (false, Lang::Da) => "over",
        (true, Lang::En) => "below",
        (false, Lang::En) => "above",
    };
    let amount = magnitude(d, unit, lang);
    let unit_text = match unit_after(d, unit, lang) {
        "" => String::new(),
        word => format!(" {word}"),
    };
    match (wanted_better, lang) {
        (true, Lang::Da) => format!("mindst {amount}{unit_text} ({rel} % af prognosen) {side}"),
        (false, Lang::Da) => format!("højst {amount}{unit_text} ({rel} % af prognosen) {side}"),
        (true, Lang::En) => {
            format!("at least {amount}{unit_text} ({rel} % of the forecast) {side}")
        }
        (false, Lang::En) => {
            format!("at most {amount}{unit_text} ({rel} % of the forecast) {side}")
        }
    }
}

/// Who the cases are from: "en sammenlignelig kommune", or all municipalities when the
/// comparable ones are too few.
fn who_words(r: &Realism, lang: Lang) -> String {
    match (r.comparable_too_small, lang) {
        (false, Lang::Da) => "en sammenlignelig kommune".to_string(),
        (false, Lang::En) => "a comparable municipality".to_string(),
        (true, Lang::Da) => format!(
            "en kommune (alle kommuner tæller med: kun {} sammenlignelige har tal)",
            r.comparable.municipalities
        ),
        (true, Lang::En) => format!(
            "a municipality (all are counted: only {} comparable ones have figures)",
            r.comparable.municipalities
        ),
    }
}

/// The realism badge in one plain sentence with its evidence, and its class: "Ambitiøst: 2 af
/// 15 gange er en sammenlignelig kommune endt mindst 15 personer (5 % af prognosen) under sin
/// prognose efter 17 måneder (2024–2025) – det kræver dette mål." With a note when even the
/// forecast has rarely been reached.
pub fn realism_text(r: &Realism, unit: Unit, lang: Lang) -> (String, &'static str) {
    let c = deciding_count(r);
    let (k, n) = (
        format::number(c.achieved as f64, 0, lang),
        format::number(c.cases as f64, 0, lang),
    );
    let months = match r.horizon {
        HorizonUsed::Target(m) => m,
        HorizonUsed::Fallback12 => 12,
    };
    let years = r
        .years
        .map(|(a, b)| {
            if a == b {
                format!(" ({a})")
            } else {
                format!(" ({a}–{b})")
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
    let margin = margin_words(r, unit, lang);
    let who = who_words(r, lang);
    let rating = rate(r);
    let judgement = judgement_words(rating, lang);
    let p = r.at_forecast;
    // The same count as the target's (a target at the forecast): said without repeating it.
    let same = p == c;
    let rarely_note = match (rarely(p), same, lang) {
        (false, _, _) => String::new(),
        (true, true, Lang::Da) => " Selv prognosen er altså sjældent nået.".to_string(),
        (true, true, Lang::En) => " So even the forecast has rarely been reached.".to_string(),
        (true, false, Lang::Da) => format!(
            " Bemærk: selv prognosen er sjældent nået – kun {} af {} {}.",
            p.achieved,
            p.cases,
            times(p.cases, lang)
        ),
        (true, false, Lang::En) => format!(
            " Note: even the forecast has rarely been reached – only {} of {} {}.",
            p.achieved,
            p.cases,
            times(p.cases, lang)
        ),
    };
    let text = match lang {
        Lang::Da => format!(
            "{judgement}{k} af {n} {} er {who} endt {margin} sin prognose efter {months} måneder{years} – det kræver dette mål.{horizon}{rarely_note}",
            times(c.cases, lang)
        ),
        Lang::En => format!(
            "{judgement}{k} of {n} {} {who} ended {margin} its forecast after {months} months{years} – as this target asks.{horizon}{rarely_note}",
            times(c.cases, lang)
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
    use crate::model::realism::Count;

    use super::super::tests::setup;

    #[test]
    fn the_realism_badge_always_gives_k_of_n_and_says_when_it_falls_back_to_all() {
        let (b, p) = setup();
        let aarhus = b.municipality_index("751").unwrap();
        let plan = p
            .plan(&b, aarhus, 0, Ambition::Change(-0.1), PathShape::Seasonal)
            .unwrap();
        let r = plan.realism.as_ref().unwrap();
        let (text, class) = realism_text(r, Unit::FullTimePersons, Lang::Da);
        assert!(text.contains(" af ") && text.contains(" gange "), "{text}");
        assert!(!text.contains("tilfælde"), "{text}");
        assert!(
            text.contains("en kommune (alle kommuner tæller med: kun 2 sammenlignelige har tal)"),
            "Storbykommuner has 3 members: {text}"
        );
        assert!(["hard", "stretch", "fair", "easy"].contains(&class));
    }

    /// A realism of `k` of `n` comparable cases for a target against a forecast of 300.
    fn made_up(target: f64, k: usize, n: usize, at_forecast: usize) -> Realism {
        let count = |achieved| Count {
            achieved,
            cases: n,
            municipalities: 8,
        };
        Realism {
            required_margin: target / 300.0 - 1.0,
            comparable: count(k),
            all: count(k),
            comparable_too_small: false,
            horizon: HorizonUsed::Target(17),
            years: Some((2024, 2025)),
            at_forecast: count(at_forecast),
            target,
            forecast: 300.0,
            better: Better::Lower,
        }
    }

    #[test]
    fn the_badge_says_what_was_counted_among_whom_over_which_years_and_out_of_how_many() {
        let r = made_up(285.0, 2, 15, 7);
        let (da, class) = realism_text(&r, Unit::Persons, Lang::Da);
        assert_eq!(
            da,
            "Ambitiøst: 2 af 15 gange er en sammenlignelig kommune endt mindst 15 personer (5,0 % af prognosen) under sin prognose efter 17 måneder (2024–2025) – det kræver dette mål."
        );
        assert_eq!(class, "stretch", "2 of 15 is over a tenth");
        let (en, _) = realism_text(&r, Unit::Persons, Lang::En);
        assert_eq!(
            en,
            "Ambitious: 2 of 15 times a comparable municipality ended at least 15 persons (5.0 % of the forecast) below its forecast after 17 months (2024–2025) – as this target asks."
        );
        // A target weaker than the forecast is a limit, not a requirement.
        let (da, _) = realism_text(&made_up(306.0, 14, 15, 7), Unit::Persons, Lang::Da);
        assert!(
            da.contains("endt højst 6 personer (2,0 % af prognosen) over sin prognose"),
            "{da}"
        );
    }

    #[test]
    fn when_even_the_forecast_is_rarely_reached_the_badge_says_so() {
        let (da, _) = realism_text(&made_up(300.0, 4, 15, 4), Unit::Persons, Lang::Da);
        assert!(da.contains("endt på eller under sin prognose"), "{da}");
        assert!(
            da.ends_with(" Selv prognosen er altså sjældent nået."),
            "the target is the prognosis: no count twice: {da}"
        );
        let (da, _) = realism_text(&made_up(295.0, 3, 15, 4), Unit::Persons, Lang::Da);
        assert!(
            da.ends_with(" Bemærk: selv prognosen er sjældent nået – kun 4 af 15 gange."),
            "{da}"
        );
        let (en, _) = realism_text(&made_up(290.0, 3, 15, 4), Unit::Persons, Lang::En);
        assert!(
            en.ends_with(" Note: even the forecast has rarely been reached – only 4 of 15 times."),
            "{en}"
        );
        let (da, _) = realism_text(&made_up(290.0, 3, 15, 9), Unit::Persons, Lang::Da);
        assert!(!da.contains("Bemærk"), "{da}");
    }
}
