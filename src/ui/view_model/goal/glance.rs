//! The compact summary of a goal card that stays on a phone's screen while the target is being
//! moved: the target with its month, how it compares with now and with the forecast in a few
//! words, and a sparkline of the chart. The card's sentence says the same in full; this is the
//! part that must stay in view while the slider is under the thumb.

use crate::charts::spark::{spark, Spark};
use crate::charts::ChartSpec;
use crate::model::baseline::{Baseline, Goal};
use crate::model::plan::GoalPlan;
use crate::ui::format::Lang;
use crate::ui::i18n::{t, Key};

use super::super::value_text;
use super::sentence::{compared, now, when_words};
use super::words::unit_after;

/// What the compact summary shows.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Glance {
    /// The target and when: "1.492 fuldtidspersoner i gennemsnit i 2026".
    pub figure: String,
    /// Against now and the forecast: "40 færre end nu · 5 færre end prognosen".
    pub versus: String,
    /// The chart, small.
    pub spark: Spark,
}

/// Whether the compact summary is shown: while a control of the target has focus or the
/// slider is being dragged (a touch does not always give focus).
pub fn glance_shown(focused: bool, dragging: bool) -> bool {
    focused || dragging
}

/// The compact summary of `plan` for `goal`, its sparkline from the card's `chart`.
pub fn glance(b: &Baseline, goal: &Goal, plan: &GoalPlan, chart: &ChartSpec, lang: Lang) -> Glance {
    let Some(ind) = b.indicators.get(goal.indicator) else {
        return Glance::default();
    };
    let unit = ind.unit;
    let target = value_text(plan.target.target, unit, lang);
    let figure = match unit_after(plan.target.target, unit, lang) {
        "" => format!("{target} {}", when_words(goal, plan, lang)),
        word => format!("{target} {word} {}", when_words(goal, plan, lang)),
    };
    let versus_now = |key| {
        compared(
            plan.target.target - now(b, goal, plan).value,
            unit,
            lang,
            t(Lang::Da, key),
            t(Lang::En, key),
        )
    };
    let mut parts = vec![versus_now(Key::GlanceNow)];
    if let Some(d) = plan.target.vs_forecast {
        let key = Key::GlanceForecast;
        parts.push(compared(d, unit, lang, t(Lang::Da, key), t(Lang::En, key)));
    }
    Glance {
        figure,
        versus: parts.join(" · "),
        spark: spark(chart),
    }
}

#[cfg(test)]
#[cfg(not(target_arch = "wasm32"))]
mod tests {
    use super::*;
    use crate::model::ambition::Ambition;
    use crate::model::kravforloeb::PathShape;

    use super::super::tests::setup;

    #[test]
    fn the_glance_names_the_target_and_its_distance_from_now_and_the_forecast() {
        let (b, p) = setup();
        let m = b.municipality_index("730").unwrap(); // Randers
        let gi = 1; // langtidsledighed, a December level
        let plan = p
            .plan(&b, m, gi, Ambition::Absolute(280.0), PathShape::Seasonal)
            .unwrap();
        let card = super::super::goal_card(&b, &p, m, gi, &plan, Lang::Da).unwrap();
        let g = &card.glance;
        assert!(g.figure.starts_with("280 personer i dec. "), "{}", g.figure);
        assert!(g.versus.contains(" færre end nu"), "{}", g.versus);
        assert!(g.versus.contains(" end prognosen"), "{}", g.versus);
        assert!(!g.spark.lines.is_empty() && !g.spark.dots.is_empty());
        let en = super::super::goal_card(&b, &p, m, gi, &plan, Lang::En).unwrap();
        assert!(
            en.glance.versus.contains(" fewer than now"),
            "{}",
            en.glance.versus
        );
        assert!(
            en.glance.versus.contains(" than the forecast"),
            "{}",
            en.glance.versus
        );
    }

    #[test]
    fn the_glance_shows_while_a_control_has_focus_or_the_slider_is_dragged() {
        assert!(!glance_shown(false, false));
        assert!(glance_shown(true, false));
        assert!(glance_shown(false, true));
    }
}
