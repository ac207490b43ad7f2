//! The compact summary that stays at the top of a phone's screen while the card's target is
//! being set (issue 11 §7): the target, how it compares with now and the forecast, and the
//! chart small. A visual aid only (`aria-hidden`): the slider is described by the sentence.

use leptos::prelude::*;

use crate::charts::spark::{SPARK_HEIGHT, SPARK_WIDTH};
use crate::ui::view_model::goal::GoalCardView;

use super::field::field;

/// The compact summary, shown while `shown` holds (and only on a small screen, by the style
/// sheet).
#[component]
pub fn Glance(view: Signal<Option<GoalCardView>>, shown: Signal<bool>) -> impl IntoView {
    // Hidden, it is not updated: a slider move outside it costs nothing (the redraw budget).
    let when_shown = move |f: fn(&GoalCardView) -> String| {
        if shown.get() {
            field(view, f)
        } else {
            String::new()
        }
    };
    // A memo, so while hidden (an empty spark) the drawing below is not rebuilt on every move.
    let spark = Memo::new(move |_| {
        if shown.get() {
            field(view, |v| v.glance.spark.clone())
        } else {
            Default::default()
        }
    });
    view! {
        <div class="glance" aria-hidden="true" hidden=move || !shown.get()>
            <svg class="glance-spark" viewBox=format!("-3 -3 {} {}", SPARK_WIDTH + 6.0, SPARK_HEIGHT + 6.0)
                preserveAspectRatio="none" focusable="false">
                {move || {
                    let s = spark.get();
                    let lines = s.lines.into_iter().map(|l| {
                        let class = format!("spark-line spark-{}{}", l.color.name(), if l.dashed { " spark-dashed" } else { "" });
                        view! { <path class=class d=l.d></path> }
                    }).collect_view();
                    let dots = s.dots.into_iter().map(|d| view! {
                        <circle class=format!("spark-dot spark-{}", d.color.name()) cx=format!("{:.1}", d.x) cy=format!("{:.1}", d.y) r="3"></circle>
                    }).collect_view();
                    (lines, dots)
                }}
            </svg>
            <div class="glance-text">
                <p class="glance-title">{move || when_shown(|v| v.title.clone())}</p>
                <p class="glance-figure">{move || when_shown(|v| v.glance.figure.clone())}</p>
                <p class="glance-versus">{move || when_shown(|v| v.glance.versus.clone())}</p>
            </div>
        </div>
    }
}
