//! The form for an own goal (add or edit): the choices it offers from the data file — every
//! monthly indicator, the ways to measure, the years a target may be set for — and reading what
//! the user filled in into an [`OwnGoal`], or the sentence that says what is missing.

use crate::data::scenario::{GoalEntry, OwnGoal, Scenario};
use crate::model::baseline::{target_years, Baseline, Frequency, Measure, Text};
use crate::ui::format::Lang;

/// The longest goal title accepted (the scenario format's limit for names, shared with the data
/// file's goal titles).
pub const MAX_TITLE_CHARS: usize = crate::data::limits::MAX_NAME_CHARS;

/// Why a new goal cannot be added to a scenario that holds as many goals as a scenario can.
pub fn full_text(lang: Lang) -> String {
    let max = crate::data::limits::MAX_GOALS;
    match lang {
        Lang::Da => format!("Scenariet har allerede {max} mål, så mange det kan rumme. Fjern et mål for at tilføje et nyt."),
        Lang::En => format!("The scenario already has {max} goals, as many as it can hold. Remove a goal to add a new one."),
    }
}

/// What the form's fields hold, as text (the way a `<select>` and an `<input>` give it).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct OwnGoalForm {
    /// The goal's id when an existing goal is edited; empty for a new goal.
    pub id: String,
    /// Title in Danish (required).
    pub title: String,
    /// Title in English (optional).
    pub title_en: String,
    /// Indicator id.
    pub indicator: String,
    /// `gns` for the annual average, or the month `1`–`12`.
    pub measure: String,
    /// The target year.
    pub year: String,
}

/// The value of the measure choice for the annual average.
pub const ANNUAL_AVERAGE: &str = "gns";

/// The indicators an own goal can be set on: every monthly indicator, (id, name).
pub fn indicator_choices(b: &Baseline, lang: Lang) -> Vec<(String, String)> {
    b.indicators
        .iter()
        .filter(|i| i.frequency == Frequency::Monthly)
        .map(|i| (i.id.clone(), i.name.get(lang.code()).to_string()))
        .collect()
}

/// The ways to measure: the annual average, then each month, (value, label).
pub fn measure_choices(lang: Lang) -> Vec<(String, String)> {
    let months_da = [
        "januar",
        "februar",
        "marts",
        "april",
        "maj",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "december",
    ];
    let months_en = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let mut out = vec![(
        ANNUAL_AVERAGE.to_string(),
        lang.pick("Gennemsnit over året", "Average over the year")
            .to_string(),
    )];
    for (i, (da, en)) in months_da.iter().zip(months_en).enumerate() {
        let label = match lang {
            Lang::Da => format!("Niveauet i {da}"),
            Lang::En => format!("The level in {en}"),
        };
        out.push(((i + 1).to_string(), label));
    }
    out
}

/// The years a target may be set for with these data.
pub fn year_choices(b: &Baseline) -> Vec<i32> {
    target_years(b.meta.data_month).collect()
}

/// The form for a new goal: the first indicator, the annual average, three years ahead (the
/// usual span of a municipality's plan), or the last year allowed.
pub fn new_form(b: &Baseline) -> OwnGoalForm {
    let years = year_choices(b);
    let year = years.get(2).or(years.last()).copied().unwrap_or_default();
    OwnGoalForm {
        indicator: b
            .indicators
            .iter()
            .find(|i| i.frequency == Frequency::Monthly)
            .map(|i| i.id.clone())
            .unwrap_or_default(),
        measure: ANNUAL_AVERAGE.into(),
        year: year.to_string(),
        ..OwnGoalForm::default()
    }
}

/// The form for editing goal `id` of the scenario: its own fields, or those of the goal set's
/// goal (which becomes an own goal with the same id when saved). `None` without such a goal.
pub fn edit_form(b: &Baseline, s: &Scenario, id: &str) -> Option<OwnGoalForm> {
    let goals = s.goals_in(b);
    let own = s.goal_list(b).into_iter().find_map(|g| match g {
        GoalEntry::Own(o) if o.id == id => Some(o),
        _ => None,
    });
    let (title, indicator, measure, year) = match own {
        Some(o) => (o.title, o.indicator, o.measure, o.target_year),
        None => {
            let g = goals.set.goals.iter().find(|g| g.id == id)?;
            let indicator = b.indicators.get(g.indicator)?.id.clone();
            (g.title.clone(), indicator, g.measure, g.target_year)
        }
    };
    Some(OwnGoalForm {
        id: id.to_string(),
        title: title.da,
        title_en: title.en,
        indicator,
        measure: match measure {
            Measure::AnnualAverage => ANNUAL_AVERAGE.into(),
            Measure::Month(m) => m.to_string(),
        },
        year: year.to_string(),
    })
}

/// Reads the form into an own goal with id `id`, or says in `lang` what is wrong.
pub fn read_form(
    b: &Baseline,
    form: &OwnGoalForm,
    id: &str,
    lang: Lang,
) -> Result<OwnGoal, String> {
    let title = form.title.trim();
    if title.is_empty() {
        return Err(lang
            .pick("Giv målet en titel.", "Give the goal a title.")
            .into());
    }
    if title.chars().count() > MAX_TITLE_CHARS
        || form.title_en.trim().chars().count() > MAX_TITLE_CHARS
    {
        return Err(match lang {
            Lang::Da => format!("Titlen må højst have {MAX_TITLE_CHARS} tegn."),
            Lang::En => format!("The title may have at most {MAX_TITLE_CHARS} characters."),
        });
    }
    if !indicator_choices(b, lang)
        .iter()
        .any(|(i, _)| *i == form.indicator)
    {
        return Err(lang
            .pick(
                "Vælg en indikator fra datafilen.",
                "Choose an indicator of the data file.",
            )
            .into());
    }
    let measure = match form.measure.as_str() {
        ANNUAL_AVERAGE => Measure::AnnualAverage,
        m => match m.parse::<u32>() {
            Ok(m) if (1..=12).contains(&m) => Measure::Month(m),
            _ => {
                return Err(lang
                    .pick(
                        "Vælg, hvordan målet måles.",
                        "Choose how the goal is measured.",
                    )
                    .into())
            }
        },
    };
    let years = target_years(b.meta.data_month);
    let year = form
        .year
        .trim()
        .parse::<i32>()
        .ok()
        .filter(|y| years.contains(y));
    let Some(target_year) = year else {
        return Err(match lang {
            Lang::Da => format!(
                "Målåret skal ligge fra {} til {}.",
                years.start(),
                years.end()
            ),
            Lang::En => format!(
                "The target year must lie from {} to {}.",
                years.start(),
                years.end()
            ),
        });
    };
    Ok(OwnGoal {
        id: id.to_string(),
        title: Text {
            da: title.to_string(),
            en: form.title_en.trim().to_string(),
        },
        indicator: form.indicator.clone(),
        measure,
        target_year,
    })
}

#[cfg(test)]
#[cfg(not(target_arch = "wasm32"))]
mod tests {
    use super::*;
    use crate::ui::view_model::default_baseline;

    #[test]
    fn a_full_scenario_says_so_in_both_languages() {
        assert!(full_text(Lang::Da).contains("100 mål"));
        assert!(full_text(Lang::En).contains("100 goals"));
    }

    #[test]
    fn a_filled_in_form_is_an_own_goal_and_a_wrong_one_says_what_is_missing() {
        let b = default_baseline();
        let mut form = new_form(&b);
        let years = year_choices(&b);
        assert_eq!(years.len(), 5, "up to five years after the data's year");
        assert_eq!(form.year, years[2].to_string());
        assert_eq!(
            read_form(&b, &form, "egen-1", Lang::Da),
            Err("Giv målet en titel.".into())
        );
        form.title = "  Færre ledige i 2028 ".into();
        let goal = read_form(&b, &form, "egen-1", Lang::Da).expect("a goal");
        assert_eq!(goal.title.da, "Færre ledige i 2028");
        assert_eq!(goal.measure, Measure::AnnualAverage);
        assert_eq!(goal.target_year, years[2]);
        form.year = (years[4] + 1).to_string();
        let e = read_form(&b, &form, "egen-1", Lang::En).unwrap_err();
        assert!(e.starts_with("The target year must lie from"), "{e}");
        form.year = years[0].to_string();
        form.measure = "13".into();
        assert!(read_form(&b, &form, "egen-1", Lang::Da).is_err());
        form.measure = "6".into();
        form.indicator = "findes-ikke".into();
        assert!(read_form(&b, &form, "egen-1", Lang::Da).is_err());
        assert_eq!(measure_choices(Lang::Da).len(), 13);
    }

    #[test]
    fn editing_a_goal_of_the_set_starts_from_its_fields() {
        let b = default_baseline();
        let s = Scenario {
            goal_set: b.goal_sets[0].id.clone(),
            ..Scenario::default()
        };
        let g = &b.goal_sets[0].goals[1];
        let form = edit_form(&b, &s, &g.id).expect("a form");
        assert_eq!(form.title, g.title.da);
        assert_eq!(form.year, g.target_year.to_string());
        assert_eq!(edit_form(&b, &s, "findes-ikke"), None);
    }
}
