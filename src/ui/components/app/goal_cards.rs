//! The goal cards: the scenario's goals (its goal set's, its own, or both), or in embed mode only
//! the goal the link names. Each card is wired to the scenario here (its ambition, milestones
//! and reasoning); outside embed mode each card has tools to move, edit and delete it (with
//! undo), and the list ends with "add your own goal". A goal the data file cannot plan keeps its
//! place as a short card saying why.

use leptos::prelude::*;

use crate::data::scenario::{GoalEntry, Missing};
use crate::model::ambition::Ambition;
use crate::ui::components::goal_card::GoalCard;
use crate::ui::components::own_goal_form::OwnGoalEditor;
use crate::ui::i18n::{t, Key};
use crate::ui::notice::Notice;
use crate::ui::params::Layout;
use crate::ui::view_model::goal;
use crate::ui::view_model::own_goal::{edit_form, new_form, OwnGoalForm};
use crate::ui::web::browser;
use crate::ui::web::derived::Derived;

/// A goal removed from the list: where it stood, what it was and its title (for "undo").
type Removed = (usize, GoalEntry, String);

/// The list of goal cards, the form for an own goal and the undo bar.
#[component]
pub fn GoalCards(derived: Derived, layout: Layout) -> impl IntoView {
    let state = derived.state;
    let follow_up = layout.follow_up;
    let shown = layout.goals;
    let editable = layout.tools;
    // The first card first, then one more after each paint (see `Derived::stage`).
    let visible = Memo::new(move |_| {
        let goals = derived.goals();
        let ids: Vec<&str> = goals.iter().map(|g| g.id.as_str()).collect();
        layout
            .visible_goals(&ids)
            .into_iter()
            .take(derived.cards_built())
            .map(|gi| (gi, goals[gi].id.clone()))
            .collect::<Vec<_>>()
    });
    let missing = Memo::new(move |_| {
        state
            .goals
            .with(|g| g.as_ref().map(|g| g.missing.clone()).unwrap_or_default())
    });
    let form = RwSignal::new(None::<OwnGoalForm>);
    let removed = RwSignal::new(None::<Removed>);
    let on_edit = Callback::new(move |id: String| {
        let f = state.baseline.with_untracked(|b| {
            let b = b.as_ref()?;
            state.scenario.with_untracked(|s| edit_form(b, s, &id))
        });
        form.set(f);
        browser::focus_later("#own-goal-title");
    });
    let on_remove = Callback::new(move |id: String| remove_goal(derived, &id, removed));
    view! {
        <div class="goal-cards" hidden=!shown aria-busy=move || derived.busy.get().then_some("true")>
            <For each=move || visible.get() key=|k| k.clone() let:((gi, id))>
                <div class="goal-slot">
                    <Show when=move || editable>
                        <GoalTools id=id.clone() gi=gi derived=derived on_edit=on_edit on_remove=on_remove />
                    </Show>
                    <GoalCardSlot derived=derived gi=gi follow_up=follow_up />
                </div>
            </For>
            <For each=move || if editable { missing.get() } else { Vec::new() } key=|m: &Missing| m.id.clone() let:m>
                <MissingGoal m=m derived=derived on_remove=on_remove />
            </For>
            <Show when=move || editable>
                <UndoBar derived=derived removed=removed />
                <OwnGoalEditor derived=derived form=form />
                <p class="button-row" hidden=move || form.with(Option::is_some)>
                    <button type="button" class="button button-secondary add-goal" on:click=move |_| {
                        form.set(state.baseline.with_untracked(|b| b.as_deref().map(new_form)));
                        browser::focus_later("#own-goal-title");
                    }>{move || t(derived.lang.get(), Key::AddOwnGoal)}</button>
                </p>
            </Show>
        </div>
    }
}

/// Removes goal `id` from the scenario and remembers it for undo.
fn remove_goal(derived: Derived, id: &str, removed: RwSignal<Option<Removed>>) {
    let state = derived.state;
    let Some(b) = state.baseline.get_untracked() else {
        return;
    };
    let title = state
        .scenario
        .with_untracked(|s| s.goals_in(&b))
        .set
        .goals
        .iter()
        .find(|g| g.id == id)
        .map(|g| g.title.get(derived.lang.get_untracked().code()).to_string())
        .unwrap_or_else(|| id.to_string());
    let mut taken = None;
    state.edit(|s| taken = s.remove_goal(&b, id));
    if let Some((at, entry)) = taken {
        removed.set(Some((at, entry, title)));
        browser::focus_later(".undo-bar button");
    }
}

/// "Move up", "move down", "edit" and "delete" for one goal.
#[component]
fn GoalTools(
    id: String,
    gi: usize,
    derived: Derived,
    on_edit: Callback<String>,
    on_remove: Callback<String>,
) -> impl IntoView {
    let state = derived.state;
    let text = move |key| t(derived.lang.get(), key);
    // The focus follows the goal to its new place (on the same button, or the other one at an
    // end of the list).
    let step = move |id: String, by: isize| {
        if let Some(b) = state.baseline.get_untracked() {
            state.edit(|s| {
                s.move_goal(&b, &id, by);
            });
            browser::focus_later(format!("#tools-{id} button:not([disabled])"));
        }
    };
    let last = move || derived.goal_count.get().saturating_sub(1) == gi;
    let described = format!("goal-{id}");
    let tools_id = id.clone();
    let (up, down, edit, remove) = (id.clone(), id.clone(), id.clone(), id);
    view! {
        // Each button is described by the card's heading, so a screen reader says which goal.
        <div class="goal-tools" id=format!("tools-{tools_id}")>
            <button type="button" class="button button-secondary button-small" aria-describedby=described.clone() disabled=gi == 0 on:click=move |_| step(up.clone(), -1)>"↑ "{move || text(Key::MoveGoalUp)}</button>
            <button type="button" class="button button-secondary button-small" aria-describedby=described.clone() disabled=last on:click=move |_| step(down.clone(), 1)>"↓ "{move || text(Key::MoveGoalDown)}</button>
            <button type="button" class="button button-secondary button-small" aria-describedby=described.clone() on:click=move |_| on_edit.run(edit.clone())>{move || text(Key::EditGoal)}</button>
            <button type="button" class="button button-secondary button-small" aria-describedby=described on:click=move |_| on_remove.run(remove.clone())>{move || text(Key::DeleteGoal)}</button>
        </div>
    }
}

/// A goal of the scenario that the data file cannot plan: its title, why, and "delete".
#[component]
fn MissingGoal(m: Missing, derived: Derived, on_remove: Callback<String>) -> impl IntoView {
    let lang = derived.lang;
    let id = m.id.clone();
    let title = m.title.clone();
    view! {
        <section class="goal-card goal-missing">
            <h3 class="goal-title">{move || title.get(lang.get().code()).to_string()}</h3>
            <p class="note">{move || m.text(lang.get())}</p>
            <button type="button" class="button button-small" on:click=move |_| on_remove.run(id.clone())>{move || t(lang.get(), Key::DeleteGoal)}</button>
        </section>
    }
}

/// "The goal was deleted: … [Undo]" after a deletion.
#[component]
fn UndoBar(derived: Derived, removed: RwSignal<Option<Removed>>) -> impl IntoView {
    let state = derived.state;
    let undo = move |_| {
        let (Some((at, entry, _)), Some(b)) =
            (removed.get_untracked(), state.baseline.get_untracked())
        else {
            return;
        };
        let id = entry.id().to_string();
        let mut back = false;
        state.edit(|s| back = s.insert_goal(&b, at, entry));
        if !back {
            // The bar stays, so the undo can be tried again once a goal is deleted.
            state.notify(Notice::UndoTooFull);
            return;
        }
        removed.set(None);
        browser::focus_later(format!("#number-{id}"));
    };
    view! {
        <p class="undo-bar" role="status" hidden=move || removed.with(Option::is_none)>
            {move || t(derived.lang.get(), Key::GoalDeleted)}" "
            <strong>{move || removed.with(|r| r.as_ref().map(|r| r.2.clone()).unwrap_or_default())}</strong>" "
            <button type="button" class="button button-secondary button-small" on:click=undo>{move || t(derived.lang.get(), Key::Undo)}</button>
        </p>
    }
}

/// Writes a milestone the user set (or cleared, `None`) into the scenario.
fn milestone_setter(derived: Derived, goal_id: Signal<String>) -> Callback<(i32, Option<f64>)> {
    let state = derived.state;
    Callback::new(move |(year, value): (i32, Option<f64>)| {
        let id = goal_id.get_untracked();
        if id.is_empty() {
            return;
        }
        state.edit(|s| {
            let years = s.milestones.entry(id.clone()).or_default();
            match value {
                Some(v) => {
                    years.insert(year, v);
                }
                None => {
                    years.remove(&year);
                }
            }
            if years.is_empty() {
                s.milestones.remove(&id);
            }
        });
    })
}

/// One goal's card, reading its view from the plans and writing the user's changes into the
/// scenario.
#[component]
fn GoalCardSlot(derived: Derived, gi: usize, follow_up: bool) -> impl IntoView {
    let state = derived.state;
    let plan = Memo::new(move |_| derived.plan(gi));
    let card = Memo::new(move |_| plan.with(|p| derived.goal_card_of(gi, p.as_ref()?)));
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
    let on_milestone = milestone_setter(derived, goal_id);
    // A memo, so a slider move elsewhere in the scenario does not rewrite this card's text box.
    let note = Memo::new(move |_| {
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
            on_milestone=on_milestone
            note=note
            on_note=on_note
            show_follow_up=follow_up
            goal_id=goal_id
            unavailable=unavailable
        />
    }
}
