//! One card per goal: the indicator, the ambition control (`target`: slider and number field;
//! `presets`), the consequence sentence, the realism badge, notes, the reasoning, the chart with
//! its indexed companion (`charts`), and the figures as tables (`tables`).

mod charts;
mod field;
mod glance;
mod milestones;
mod presets;
mod tables;
mod target;

use leptos::prelude::*;

use crate::model::ambition::Ambition;
use crate::ui::format::Lang;
use crate::ui::i18n::{t, Key};
use crate::ui::view_model::glossary::{with_terms, Term};
use crate::ui::view_model::goal::GoalCardView;

use super::glossary_term::GlossaryTerm;
use crate::ui::view_model::limits::{clip, remaining_hint, REASON_FIELD_CHARS};

use charts::GoalCharts;
use field::field;
use glance::Glance;
use milestones::Milestones;
use presets::PresetButtons;
use tables::{FiguresTable, FollowUpTable};
use target::{TargetNumber, TargetSlider};

/// A goal card.
#[component]
pub fn GoalCard(
    /// What the card shows (`None` while the plan cannot be made).
    #[prop(into)]
    view: Signal<Option<GoalCardView>>,
    /// Display language.
    #[prop(into)]
    lang: Signal<Lang>,
    /// Called with the user's new ambition.
    on_ambition: Callback<Ambition>,
    /// Called with a milestone the user set (year, figure) or cleared (year, `None`).
    on_milestone: Callback<(i32, Option<f64>)>,
    /// The reasoning behind the ambition (begrundelse).
    #[prop(into)]
    note: Signal<String>,
    /// Called with the edited reasoning.
    on_note: Callback<String>,
    /// Show the follow-up table.
    #[prop(optional)]
    show_follow_up: bool,
    /// The goal's id.
    #[prop(into)]
    goal_id: Signal<String>,
    /// The goal's title and why it cannot be planned, when it cannot (`view` is then `None`).
    #[prop(into)]
    unavailable: Signal<Option<(String, String)>>,
) -> impl IntoView {
    let id = move || goal_id.get();
    let text = move |key| t(lang.get(), key);
    // Memos: the definition (with its glossary buttons) and the notes do not change with the
    // target, so a slider move does not rebuild them.
    let definition = Memo::new(move |_| field(view, |v| v.definition.clone()));
    let notes = Memo::new(move |_| field(view, |v| v.notes.clone()));
    view! {
        <section class="goal-card" aria-labelledby=move || format!("goal-{}", id())>
            <Show when=move || view.with(Option::is_none)>
                {move || unavailable.get().map(|(title, why)| view! {
                    <h3 id=format!("goal-{}", id()) class="goal-title">{title}</h3>
                    <p class="note">{why}</p>
                })}
            </Show>
            <Show when=move || view.with(Option::is_some)>
                <h3 id=move || format!("goal-{}", id()) class="goal-title">{move || field(view, |v| v.title.clone())}</h3>
                <p class="goal-indicator">
                    <strong>{move || field(view, |v| v.indicator.clone())}</strong>": "
                    // The definition with its glossary words as buttons that open their explanation.
                    {move || definition.with(|d| with_terms(d, lang.get())).into_iter().map(|(piece, term)| match term {
                        Some(term) => view! { <GlossaryTerm term=term scope=goal_id lang=lang label=Signal::stored(piece) /> }.into_any(),
                        None => piece.into_any(),
                    }).collect_view()}
                </p>
                <AmbitionControls view=view goal_id=goal_id lang=lang on_ambition=on_ambition />
                <Milestones view=view goal_id=goal_id lang=lang on_milestone=on_milestone />
                <p id=move || format!("sentence-{}", id()) class="goal-sentence" aria-live="polite">
                    {move || field(view, |v| v.sentence.clone())}
                </p>
                <p class=move || format!("realism realism-{}", field(view, |v| v.realism_class.to_string()))
                   hidden=move || field(view, |v| v.realism.is_none())>
                    <strong>{move || text(Key::Realism)}" "</strong>{move || field(view, |v| v.realism.clone().unwrap_or_default())}
                </p>
                {move || notes.get().into_iter().map(|n| view! { <p class="note">{n}</p> }).collect_view()}
                <p class="goal-terms">
                    {move || text(Key::GlossaryWords)}": "
                    <GlossaryTerm term=Term::Kravforloeb scope=goal_id lang=lang label=Signal::derive(move || Term::Kravforloeb.word(lang.get()).to_string()) />
                    ", "
                    <GlossaryTerm term=Term::Indeks scope=goal_id lang=lang label=Signal::derive(move || Term::Indeks.word(lang.get()).to_string()) />
                </p>
                <Reasoning goal_id=goal_id lang=lang note=note on_note=on_note />
            </Show>
            // The charts stay mounted (their canvases keep their size); hidden without a plan.
            <div class="goal-details" hidden=move || view.with(Option::is_none)>
                <GoalCharts view=view goal_id=goal_id lang=lang />
                <Show when=move || show_follow_up && view.with(|v| v.as_ref().is_some_and(|v| !v.follow_up.is_empty()))>
                    <FollowUpTable view=view lang=lang />
                </Show>
                <FiguresTable view=view lang=lang />
            </div>
        </section>
    }
}

/// The slider, the number field and the presets, with the compact summary that shows (on a
/// phone) while one of them has focus or the slider is dragged.
#[component]
fn AmbitionControls(
    view: Signal<Option<GoalCardView>>,
    goal_id: Signal<String>,
    lang: Signal<Lang>,
    on_ambition: Callback<Ambition>,
) -> impl IntoView {
    let (focused, dragging) = (RwSignal::new(false), RwSignal::new(false));
    let shown = Signal::derive(move || {
        crate::ui::view_model::goal::glance::glance_shown(focused.get(), dragging.get())
    });
    view! {
                <Glance view=view shown=shown />
                <div class="ambition-controls" on:focusin=move |_| focused.set(true) on:focusout=move |_| focused.set(false)
                    on:pointerdown=move |_| dragging.set(true) on:pointerup=move |_| dragging.set(false)
                    on:pointercancel=move |_| dragging.set(false)>
                    <div class="ambition">
                        <TargetSlider view=view goal_id=goal_id lang=lang on_ambition=on_ambition />
                        <TargetNumber view=view goal_id=goal_id lang=lang on_ambition=on_ambition />
                        // Beside the field it undoes (a phone keeps it on the field's row).
                        <UndoButton lang=lang />
                    </div>
                    <PresetButtons view=view lang=lang on_ambition=on_ambition />
                </div>
    }
}

/// The reasoning behind the target (begrundelse), kept with the scenario. Typing stops at the
/// length a saved scenario holds, and a hint says how much is left as the limit nears.
#[component]
fn Reasoning(
    goal_id: Signal<String>,
    lang: Signal<Lang>,
    note: Signal<String>,
    on_note: Callback<String>,
) -> impl IntoView {
    let typed = RwSignal::new(None::<usize>);
    let used = move || {
        typed
            .get()
            .unwrap_or_else(|| note.with(|n| n.chars().count()))
    };
    let hint = move || remaining_hint(used(), REASON_FIELD_CHARS, lang.get());
    let id = move || format!("note-{}", goal_id.get());
    view! {
        <div class="form-group goal-note">
            <label class="form-label" for=id>
                {move || t(lang.get(), Key::ReasoningOptional)}
            </label>
            <textarea
                id=id
                class="form-input form-textarea"
                rows="2"
                maxlength=REASON_FIELD_CHARS.to_string()
                aria-describedby=move || format!("note-{}-limit", goal_id.get())
                prop:value=move || note.get()
                on:input=move |ev| typed.set(Some(event_target_value(&ev).chars().count()))
                on:change=move |ev| {
                    typed.set(None);
                    on_note.run(clip(event_target_value(&ev), REASON_FIELD_CHARS));
                }
            ></textarea>
            <p class="form-hint field-limit" id=move || format!("note-{}-limit", goal_id.get())
                role="status" hidden=move || hint().is_none()>{hint}</p>
        </div>
    }
}

/// "Fortryd sidste målændring": one step back among the settled target changes.
#[component]
fn UndoButton(lang: Signal<Lang>) -> impl IntoView {
    let undo = crate::ui::web::history::Undo::expect();
    view! {
        <button type="button" class="button button-secondary undo-button"
            aria-label=move || t(lang.get(), Key::UndoTarget)
            disabled=move || !undo.can_undo.get() on:click=move |_| undo.undo()>
            <span class="undo-long">{move || t(lang.get(), Key::UndoTarget)}</span>
            <span class="undo-short">{move || t(lang.get(), Key::UndoTargetShort)}</span>
        </button>
    }
}
