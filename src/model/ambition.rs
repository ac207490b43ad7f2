//! Ambition levels: a goal's target from a preset or a custom value, and the four ways a target
//! is expressed (absolute figure, change from the base, difference from the forecast, pace).
//!
//! A *forecast relative change* is the forecast of the goal's measure in the plan year divided
//! by the base, minus one (a fraction). Presets: `hold` keeps the base; `prognose` follows the
//! forecast; `region` applies the region's forecast relative change (the region's own expected
//! development where the file has one); `klynge-median` and `klynge-bedste-kvartil` apply the
//! median, and the quartile cut-off on the better side, of the *other* comparable
//! municipalities' forecast relative changes.

use super::baseline::{Better, Unit};

/// A preset ambition level.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Preset {
    /// Keep today's level.
    Hold,
    /// Follow the forecast.
    Forecast,
    /// The region's forecast (or expected) relative change.
    Region,
    /// The median of the comparable municipalities' forecast changes.
    PeerMedian,
    /// The better-side quartile of the comparable municipalities' forecast changes.
    PeerBestQuartile,
}

impl Preset {
    /// All presets, in the order the UI shows them.
    pub const ALL: [Preset; 5] = [
        Preset::Hold,
        Preset::Forecast,
        Preset::Region,
        Preset::PeerMedian,
        Preset::PeerBestQuartile,
    ];

    /// The id used in files, links and on the command line.
    pub fn id(self) -> &'static str {
        match self {
            Preset::Hold => "hold",
            Preset::Forecast => "prognose",
            Preset::Region => "region",
            Preset::PeerMedian => "klynge-median",
            Preset::PeerBestQuartile => "klynge-bedste-kvartil",
        }
    }

    /// The preset with this id.
    pub fn from_id(id: &str) -> Option<Preset> {
        Preset::ALL.into_iter().find(|p| p.id() == id)
    }
}

/// How the user set a goal's target.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Ambition {
    /// A preset, re-resolved against the data each time.
    Preset(Preset),
    /// An absolute figure in the indicator's unit.
    Absolute(f64),
    /// A change from the base, as stored: its kind follows from the indicator's unit
    /// ([`Change::of`]: a fraction for counts, percentage points for percents).
    Change(f64),
}

/// A change from a base, of the kind its indicator's unit gives it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Change {
    /// A fraction of the base (counts): −0.05 is 5 % fewer.
    Relative(f64),
    /// Percentage points (percentages): −1.5 is 1.5 points lower.
    Points(f64),
}

impl Change {
    /// The change of size `value` in the kind `unit` takes.
    pub fn of(unit: Unit, value: f64) -> Change {
        match unit {
            Unit::Percent => Change::Points(value),
            _ => Change::Relative(value),
        }
    }

    /// The change from `base` to `target` in the kind `unit` takes (`None` for a relative
    /// change from a base of 0).
    pub fn between(unit: Unit, base: f64, target: f64) -> Option<Change> {
        match unit {
            Unit::Percent => Some(Change::Points(target - base)),
            _ => relative(target, base).map(Change::Relative),
        }
    }

    /// The number, in its kind (as [`Ambition::Change`] stores it).
    pub fn value(self) -> f64 {
        match self {
            Change::Relative(v) | Change::Points(v) => v,
        }
    }

    /// The figure this change makes of `base`.
    pub fn applied_to(self, base: f64) -> f64 {
        match self {
            Change::Relative(f) => base * (1.0 + f),
            Change::Points(pp) => base + pp,
        }
    }
}

impl Default for Ambition {
    fn default() -> Ambition {
        Ambition::Preset(Preset::Forecast)
    }
}

/// Why a target could not be set.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum AmbitionError {
    /// The preset needs figures the data do not have.
    #[error("forudindstillingen «{preset}» kan ikke beregnes: {reason}")]
    PresetUnavailable {
        /// Preset id.
        preset: &'static str,
        /// Why.
        reason: String,
    },
    /// A custom value is not a possible figure.
    #[error("{value} er ikke et muligt mål")]
    InvalidValue {
        /// The value given.
        value: f64,
    },
}

/// What the presets are computed from.
#[derive(Debug, Clone, PartialEq)]
pub struct PresetInputs {
    /// The base value.
    pub base: f64,
    /// The municipality's own forecast of the measure (`None` without a forecast).
    pub forecast: Option<f64>,
    /// The region's forecast (or expected) relative change.
    pub region_change: Option<f64>,
    /// The other comparable municipalities' forecast relative changes.
    pub peer_changes: Vec<f64>,
    /// Unit (decides relative vs percentage-point custom changes and the valid range).
    pub unit: Unit,
    /// Direction of improvement.
    pub better: Better,
}

/// Median of values (`None` when empty).
pub fn median(values: &[f64]) -> Option<f64> {
    quantile(values, 0.5)
}

/// Linear-interpolation quantile (type 7) of values, `q` in 0–1 (`None` when empty).
pub fn quantile(values: &[f64], q: f64) -> Option<f64> {
    let mut v: Vec<f64> = values.iter().copied().filter(|x| x.is_finite()).collect();
    if v.is_empty() {
        return None;
    }
    v.sort_by(f64::total_cmp);
    let pos = q.clamp(0.0, 1.0) * (v.len() - 1) as f64;
    let lo = pos.floor() as usize;
    let hi = pos.ceil() as usize;
    let frac = pos - lo as f64;
    Some(v[lo] + (v[hi.min(v.len() - 1)] - v[lo]) * frac)
}

/// The relative change a preset stands for (`None` for presets that are not relative).
pub fn preset_change(preset: Preset, inputs: &PresetInputs) -> Result<f64, AmbitionError> {
    let unavailable = |reason: &str| AmbitionError::PresetUnavailable {
        preset: preset.id(),
        reason: reason.to_string(),
    };
    match preset {
        Preset::Hold => Ok(0.0),
        Preset::Forecast => {
            let p = inputs
                .forecast
                .ok_or_else(|| unavailable("kommunen har ingen prognose"))?;
            relative(p, inputs.base).ok_or_else(|| unavailable("basisværdien er 0"))
        }
        Preset::Region => inputs
            .region_change
            .ok_or_else(|| unavailable("regionen har ingen prognose")),
        Preset::PeerMedian => median(&inputs.peer_changes)
            .ok_or_else(|| unavailable("ingen sammenlignelige kommuner med prognose")),
        Preset::PeerBestQuartile => {
            let q = match inputs.better {
                Better::Lower => 0.25,
                Better::Higher => 0.75,
            };
            quantile(&inputs.peer_changes, q)
                .ok_or_else(|| unavailable("ingen sammenlignelige kommuner med prognose"))
        }
    }
}

/// `value / base − 1`, `None` when the base is 0.
pub fn relative(value: f64, base: f64) -> Option<f64> {
    (base.abs() > f64::EPSILON).then(|| value / base - 1.0)
}

/// Keeps a figure within what the unit allows (≥ 0; ≤ 100 for a percent).
pub fn clamp_to_unit(value: f64, unit: Unit) -> f64 {
    match unit {
        Unit::Percent => value.clamp(0.0, 100.0),
        _ => value.max(0.0),
    }
}

/// The target figure an ambition stands for.
///
/// # Errors
/// [`AmbitionError::PresetUnavailable`] when a preset lacks data; [`AmbitionError::InvalidValue`]
/// for a non-finite or impossible custom figure.
pub fn resolve(ambition: Ambition, inputs: &PresetInputs) -> Result<f64, AmbitionError> {
    let value = match ambition {
        Ambition::Preset(Preset::Forecast) => {
            inputs
                .forecast
                .ok_or_else(|| AmbitionError::PresetUnavailable {
                    preset: Preset::Forecast.id(),
                    reason: "kommunen har ingen prognose".into(),
                })?
        }
        Ambition::Preset(p) => inputs.base * (1.0 + preset_change(p, inputs)?),
        Ambition::Absolute(v) => v,
        Ambition::Change(c) => Change::of(inputs.unit, c).applied_to(inputs.base),
    };
    if !value.is_finite() || value < 0.0 || (inputs.unit == Unit::Percent && value > 100.0) {
        return match ambition {
            Ambition::Preset(_) => Ok(clamp_to_unit(value, inputs.unit)),
            _ => Err(AmbitionError::InvalidValue { value }),
        };
    }
    Ok(value)
}

/// A target expressed four ways.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Expressions {
    /// The target figure.
    pub target: f64,
    /// target − base.
    pub change: f64,
    /// target / base − 1 (`None` when the base is 0).
    pub change_relative: Option<f64>,
    /// target − forecast (`None` without a forecast).
    pub vs_forecast: Option<f64>,
    /// target / forecast − 1 (`None` without a forecast or when it is 0).
    pub vs_forecast_relative: Option<f64>,
    /// (target − base) per month from the base month to the target month.
    pub pace_per_month: f64,
    /// Months from the base month to the target month.
    pub months: i32,
}

/// Expresses `target` against the base, the forecast and the time available.
pub fn express(target: f64, base: f64, forecast: Option<f64>, months: i32) -> Expressions {
    let change = target - base;
    Expressions {
        target,
        change,
        change_relative: relative(target, base),
        vs_forecast: forecast.map(|p| target - p),
        vs_forecast_relative: forecast.and_then(|p| relative(target, p)),
        pace_per_month: if months > 0 {
            change / f64::from(months)
        } else {
            change
        },
        months,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn inputs(better: Better) -> PresetInputs {
        PresetInputs {
            base: 448.0,
            forecast: Some(432.0),
            region_change: Some(-0.02),
            peer_changes: vec![-0.10, -0.05, 0.0, 0.02, 0.04],
            unit: Unit::Persons,
            better,
        }
    }

    #[test]
    fn presets_resolve_to_the_documented_figures() {
        let i = inputs(Better::Lower);
        let t = |a| resolve(a, &i).unwrap();
        let hold = t(Ambition::Preset(Preset::Hold));
        assert!(
            (hold - 448.0).abs() < 1e-9,
            "hold keeps the base 448, got {hold}"
        );
        let forecast = t(Ambition::Preset(Preset::Forecast));
        assert!(
            (forecast - 432.0).abs() < 1e-9,
            "the prognosis preset is the prognosis 432, got {forecast}"
        );
        assert!((t(Ambition::Preset(Preset::Region)) - 448.0 * 0.98).abs() < 1e-9);
        assert!((t(Ambition::Preset(Preset::PeerMedian)) - 448.0).abs() < 1e-9);
        assert!((t(Ambition::Preset(Preset::PeerBestQuartile)) - 448.0 * 0.95).abs() < 1e-9);
        assert!((t(Ambition::Change(-0.1)) - 403.2).abs() < 1e-9);
        let absolute = t(Ambition::Absolute(410.0));
        assert!(
            (absolute - 410.0).abs() < 1e-9,
            "an absolute target is itself, got {absolute}"
        );
    }

    #[test]
    fn the_best_quartile_lies_on_the_better_side_for_higher_is_better() {
        let i = inputs(Better::Higher);
        let q = preset_change(Preset::PeerBestQuartile, &i).unwrap();
        assert!((q - 0.02).abs() < 1e-9);
    }

    #[test]
    fn a_change_is_a_fraction_for_counts_and_points_for_percentages() {
        assert_eq!(Change::of(Unit::Persons, -0.1), Change::Relative(-0.1));
        assert_eq!(Change::of(Unit::Percent, 1.5), Change::Points(1.5));
        assert!((Change::Relative(-0.1).applied_to(400.0) - 360.0).abs() < 1e-9);
        assert!((Change::Points(1.5).applied_to(12.0) - 13.5).abs() < 1e-9);
        let back = |unit, base: f64, target: f64| Change::between(unit, base, target);
        assert_eq!(back(Unit::Percent, 12.0, 13.5), Some(Change::Points(1.5)));
        let Some(Change::Relative(f)) = back(Unit::FullTimePersons, 400.0, 360.0) else {
            panic!("a count's change is relative");
        };
        assert!((f + 0.1).abs() < 1e-9);
        assert_eq!(
            back(Unit::Persons, 0.0, 5.0),
            None,
            "no fraction of nothing"
        );
        for (unit, base, target) in [(Unit::Persons, 250.0, 190.0), (Unit::Percent, 3.0, 0.5)] {
            let c = back(unit, base, target).unwrap();
            assert!((c.applied_to(base) - target).abs() < 1e-9, "{c:?}");
            assert_eq!(
                Change::of(unit, c.value()),
                c,
                "the stored number keeps its kind"
            );
        }
    }

    #[test]
    fn percent_changes_are_percentage_points_and_stay_within_0_and_100() {
        let mut i = inputs(Better::Higher);
        i.unit = Unit::Percent;
        i.base = 12.0;
        assert!((resolve(Ambition::Change(2.5), &i).unwrap() - 14.5).abs() < 1e-9);
        assert!(resolve(Ambition::Absolute(101.0), &i).is_err());
        assert!(resolve(Ambition::Absolute(f64::NAN), &i).is_err());
    }

    #[test]
    fn a_preset_without_data_is_an_error_naming_the_preset() {
        let mut i = inputs(Better::Lower);
        i.peer_changes.clear();
        i.forecast = None;
        let e = resolve(Ambition::Preset(Preset::PeerMedian), &i).unwrap_err();
        assert!(e.to_string().contains("klynge-median"));
        assert!(resolve(Ambition::Preset(Preset::Forecast), &i).is_err());
    }

    #[test]
    fn the_pace_is_the_change_per_month_from_base_to_target() {
        let e = express(410.0, 448.0, Some(432.0), 24);
        assert!(
            (e.change + 38.0).abs() < 1e-9,
            "change from the base: {}",
            e.change
        );
        let vs = e.vs_forecast.unwrap_or(f64::NAN);
        assert!((vs + 22.0).abs() < 1e-9, "change from the prognosis: {vs}");
        assert!((e.pace_per_month + 38.0 / 24.0).abs() < 1e-12);
    }

    #[test]
    fn preset_ids_round_trip() {
        for p in Preset::ALL {
            assert_eq!(Preset::from_id(p.id()), Some(p));
        }
        assert_eq!(Preset::from_id("bedst"), None);
    }

    #[test]
    fn the_ids_in_old_links_and_files_still_name_the_renamed_presets() {
        let old = [
            ("hold", Preset::Hold),
            ("prognose", Preset::Forecast),
            ("region", Preset::Region),
            ("klynge-median", Preset::PeerMedian),
            ("klynge-bedste-kvartil", Preset::PeerBestQuartile),
        ];
        for (id, preset) in old {
            assert_eq!(Preset::from_id(id), Some(preset), "{id}");
            assert_eq!(preset.id(), id);
        }
    }
}
