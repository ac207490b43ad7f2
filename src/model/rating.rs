//! Rating: the one-word judgement of how demanding a target is, decided from its counted
//! [`Realism`]. The thresholds live here, in the model, so the judgement is typed and tested
//! natively; the UI only turns a [`Rating`] into words and a colour class.
//!
//! Depends on `model::realism` only. Shares are fractions of cases (0–1), never percentages.

use super::realism::{Count, Realism};

/// Below this share of cases achieving the margin, a target is very ambitious.
const VERY_AMBITIOUS_BELOW: f64 = 0.1;
/// Below this share, ambitious.
const AMBITIOUS_BELOW: f64 = 1.0 / 3.0;
/// Below this share, realistic; from it on, cautious.
const REALISTIC_BELOW: f64 = 2.0 / 3.0;

/// How demanding a target is, judged by how often other municipalities achieved its margin.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rating {
    /// No back-tested case to count: no judgement.
    Unrated,
    /// Fewer than 10 % of the cases achieved the margin.
    VeryAmbitious,
    /// From 10 % to under a third of the cases achieved it.
    Ambitious,
    /// From a third to under two thirds of the cases achieved it.
    Realistic,
    /// Two thirds of the cases or more achieved it.
    Cautious,
}

/// The count a target is judged by: the comparable municipalities', unless that group is too
/// small to stand alone, then all municipalities'.
pub fn deciding_count(realism: &Realism) -> Count {
    if realism.comparable_too_small {
        realism.all
    } else {
        realism.comparable
    }
}

/// True when a count's share achieved is below the ambitious threshold: what the rating would
/// call ambitious or harder. Used to say when even the forecast has rarely been reached.
pub fn rarely(count: Count) -> bool {
    count.cases > 0 && (count.achieved as f64 / count.cases as f64) < AMBITIOUS_BELOW
}

/// Rates a target by the share of cases in its [`deciding_count`] that achieved its margin.
pub fn rate(realism: &Realism) -> Rating {
    let count = deciding_count(realism);
    if count.cases == 0 {
        return Rating::Unrated;
    }
    let share = count.achieved as f64 / count.cases as f64;
    if share < VERY_AMBITIOUS_BELOW {
        Rating::VeryAmbitious
    } else if share < AMBITIOUS_BELOW {
        Rating::Ambitious
    } else if share < REALISTIC_BELOW {
        Rating::Realistic
    } else {
        Rating::Cautious
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::baseline::Better;
    use crate::model::realism::{realism, Case, HorizonUsed, RealismHistory};
    use crate::model::Month;

    fn count(achieved: usize, cases: usize, municipalities: usize) -> Count {
        Count {
            achieved,
            cases,
            municipalities,
        }
    }

    fn with(comparable: Count, all: Count, comparable_too_small: bool) -> Realism {
        Realism {
            required_margin: -0.05,
            comparable,
            all,
            comparable_too_small,
            horizon: HorizonUsed::Target(17),
            years: Some((2022, 2025)),
            at_forecast: comparable,
            target: 95.0,
            forecast: 100.0,
            better: Better::Lower,
        }
    }

    /// Harder ratings first; `Unrated` is not on the scale.
    fn hardness(r: Rating) -> Option<u8> {
        match r {
            Rating::Unrated => None,
            Rating::VeryAmbitious => Some(4),
            Rating::Ambitious => Some(3),
            Rating::Realistic => Some(2),
            Rating::Cautious => Some(1),
        }
    }

    #[test]
    fn a_target_beaten_in_most_cases_is_rated_cautious() {
        let r = with(count(8, 10, 6), count(80, 100, 40), false);
        assert_eq!(rate(&r), Rating::Cautious);
    }

    #[test]
    fn a_target_beaten_in_about_half_the_cases_is_rated_realistic() {
        let r = with(count(5, 10, 6), count(10, 100, 40), false);
        assert_eq!(rate(&r), Rating::Realistic);
    }

    #[test]
    fn a_target_beaten_in_a_fifth_of_the_cases_is_rated_ambitious() {
        let r = with(count(2, 10, 6), count(90, 100, 40), false);
        assert_eq!(rate(&r), Rating::Ambitious);
    }

    #[test]
    fn a_target_almost_never_beaten_is_rated_very_ambitious() {
        let r = with(count(0, 10, 6), count(50, 100, 40), false);
        assert_eq!(rate(&r), Rating::VeryAmbitious);
    }

    #[test]
    fn the_thresholds_belong_to_the_milder_rating() {
        let at = |achieved| rate(&with(count(achieved, 30, 6), count(0, 0, 0), false));
        assert_eq!(at(3), Rating::Ambitious, "exactly 10 %");
        assert_eq!(at(10), Rating::Realistic, "exactly a third");
        assert_eq!(at(20), Rating::Cautious, "exactly two thirds");
    }

    #[test]
    fn without_cases_a_target_is_unrated() {
        let r = with(count(0, 0, 0), count(0, 0, 0), false);
        assert_eq!(rate(&r), Rating::Unrated);
    }

    #[test]
    fn a_too_small_comparable_group_is_judged_by_all_municipalities() {
        let r = with(count(3, 3, 2), count(1, 100, 50), true);
        assert_eq!(deciding_count(&r), count(1, 100, 50));
        assert_eq!(rate(&r), Rating::VeryAmbitious);
    }

    #[test]
    fn a_weaker_target_is_never_rated_harder() {
        let origin = Month::new(2023, 1).unwrap();
        let cases = (0..40)
            .map(|k| Case {
                municipality: 1 + k % 8,
                origin,
                margin: -0.2 + 0.01 * k as f64,
            })
            .collect();
        let history = RealismHistory {
            cases,
            horizon: HorizonUsed::Target(17),
            years: Some((2023, 2024)),
        };
        let group = [1, 2, 3, 4, 5, 6];
        // Fewer is better: a higher target is weaker.
        let mut previous: Option<u8> = None;
        for step in 0..=60 {
            let target = 75.0 + step as f64;
            let r = realism(&history, 0, &group, target, 100.0, Better::Lower)
                .unwrap_or_else(|| panic!("a realism for {target}"));
            let h = hardness(rate(&r)).unwrap_or_else(|| panic!("rated at {target}"));
            if let Some(p) = previous {
                assert!(
                    h <= p,
                    "target {target} is weaker but rated harder ({h} > {p})"
                );
            }
            previous = Some(h);
        }
        assert_eq!(previous, Some(1), "the weakest target is cautious");
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        /// For any history, group and direction, a weaker target is never rated harder.
        #[test]
        fn no_weaker_target_is_ever_rated_harder(
            margins in proptest::collection::vec((0usize..12, -0.5f64..0.5), 1..80),
            group in proptest::collection::vec(1usize..12, 0..8),
            targets in proptest::collection::vec(50.0f64..150.0, 2..12),
            lower in proptest::bool::ANY,
        ) {
            let origin = Month::new(2023, 1).unwrap();
            let history = RealismHistory {
                cases: margins
                    .iter()
                    .map(|&(municipality, margin)| Case { municipality, origin, margin })
                    .collect(),
                horizon: HorizonUsed::Target(17),
                years: Some((2023, 2024)),
            };
            let better = if lower { Better::Lower } else { Better::Higher };
            let mut targets = targets;
            // Weakest first: the highest target when fewer is better.
            targets.sort_by(|a, b| if lower { b.total_cmp(a) } else { a.total_cmp(b) });
            let mut previous: Option<u8> = None;
            for target in targets {
                let r = realism(&history, 0, &group, target, 100.0, better);
                proptest::prop_assert!(r.is_some());
                let Some(h) = r.map(|r| hardness(rate(&r))) else { continue };
                if let (Some(p), Some(h)) = (previous, h) {
                    proptest::prop_assert!(h >= p, "a stronger target {target} rated easier");
                }
                previous = h.or(previous);
            }
        }
    }
}
