//! The goal cards: all goals of the chosen goal set, or in embed mode only the goal the link
//! names. Each card is wired to the scenario here (its ambition and its reasoning).

use leptos::prelude::*;

use crate::model::ambition::Ambition;
use crate::ui::components::goal_card::GoalCard;
use crate::ui::params::Layout;
use crate::ui::view_model::goal;
use crate::ui::web::derived::Derived;

/// The list of goal cards.
#[component]
pub fn GoalCards(derived: Derived, layout: Layout) -> impl IntoView {
    let follow_up = layout.follow_up;
    let shown = layout.goals;
    let visible = Memo::new(move |_| {
        let goals = derived.goals();
        let ids: Vec<&str> = goals.iter().map(|g| g.id.as_str()).collect();
        layout.visible_goals(&ids)
    });
    view! {
        <div class="goal-cards" hidden=!shown>
            <For each=move || visible.get() key=|i| *i let:gi>
                <GoalCardSlot derived=derived gi=gi follow_up=follow_up />
            </For>
        </div>
    }
}

/// One goal's card, reading its view from the plans and writing the user's changes into the
/// scenario.
#[component]
fn GoalCardSlot(derived: Derived, gi: usize, follow_up: bool) -> impl IntoView {
    let state = derived.state;
    let card = Memo::new(move |_| derived.goal_card(gi));
    let goal_id = Signal::derive(move || {
        derived
            .goals()
            .get(gi)
            .map(|g| g.id.clone())
            .unwrap_or_default()
    });
    let on_ambition = Callback::new(move |a: Ambition| {
        let id = goal_id.get_untracked();
        if !id.is_empty() {
            state.edit(|s| {
                s.ambitions.insert(id, a);
            });
        }
    });
    let note = Signal::derive(move || {
        let id = goal_id.get();
        state
            .scenario
            .with(|s| s.reasons.get(&id).cloned().unwrap_or_default())
    });
    let on_note = Callback::new(move |text: String| {
        let id = goal_id.get_untracked();
        if id.is_empty() {
            return;
        }
        state.edit(|s| {
            if text.trim().is_empty() {
                s.reasons.remove(&id);
            } else {
                s.reasons.insert(id, text);
            }
        });
    });
    let unavailable = Signal::derive(move || {
        if card.with(Option::is_some) {
            return None;
        }
        let b = state.baseline.get()?;
        let g = derived.goals().get(gi)?.clone();
        Some(goal::unavailable(
            &b,
            derived.municipality.get()?,
            &g,
            derived.lang.get(),
        ))
    });
    view! {
        <GoalCard
            view=card
            lang=derived.lang
            on_ambition=on_ambition
            note=note
            on_note=on_note
            show_follow_up=follow_up
            goal_id=goal_id
            unavailable=unavailable
        />
    }
}
