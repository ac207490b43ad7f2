//! The notes under a goal card: what the reader must know about the forecast (a data break,
//! a short history, gaps, or no forecast at all), in Danish or English.

use crate::model::baseline::{Baseline, Goal};
use crate::model::forecast::{Forecast, ForecastFlag};
use crate::ui::format::{self, Lang};

/// The notes for `goal`'s forecast `f` (one note saying there is none when `f` is `None`).
pub(super) fn flag_notes(
    b: &Baseline,
    goal: &Goal,
    f: Option<&Forecast>,
    lang: Lang,
) -> Vec<String> {
    let mut notes = Vec::new();
    let Some(f) = f else {
        notes.push(match lang {
            Lang::Da => "Ingen prognose: for få måneder med tal (små tal er diskretioneret af kilden). Målet kan sættes som tal eller som ændring fra basis.".to_string(),
            Lang::En => "No forecast: too few months with figures (the source suppresses small numbers). Set the target as a figure or a change from the base.".to_string(),
        });
        return notes;
    };
    for flag in &f.flags {
        match flag {
            ForecastFlag::BreakNearOrigin { month, .. } | ForecastFlag::BreakInHorizon { month } => {
                let note = b
                    .indicators
                    .get(goal.indicator)
                    .and_then(|i| i.breaks.iter().find(|br| br.month == *month))
                    .map(|br| br.note.get(lang.code()).to_string())
                    .unwrap_or_default();
                notes.push(match lang {
                    Lang::Da => format!("Databrud {}: {note} Prognosens usikkerhedsbånd er derfor bredere.", format::month(*month, lang)),
                    Lang::En => format!("Data break {}: {note} The forecast's uncertainty band is wider.", format::month(*month, lang)),
                });
            }
            ForecastFlag::ShortHistory { months } if *months < 30 => notes.push(match lang {
                Lang::Da => format!("Kort historik ({months} måneder): sæsonmønstret støtter sig til alle kommuners mønster."),
                Lang::En => format!("Short history ({months} months): the seasonal pattern leans on all municipalities' pattern."),
            }),
            ForecastFlag::GapsInHistory { missing } => notes.push(match lang {
                Lang::Da => format!("{missing} måneder mangler i de seneste to år (diskretioneret af kilden)."),
                Lang::En => format!("{missing} months are missing in the last two years (suppressed by the source)."),
            }),
            _ => {}
        }
    }
    notes
}
