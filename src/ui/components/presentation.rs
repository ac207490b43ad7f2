//! Presentation mode for projectors in workshops: one goal at a time in large type, with the
//! essentials only. Keys step through the goals only while the presentation has focus, and they
//! can be turned off (WCAG 2.1.4).

use leptos::prelude::*;

use crate::ui::components::chart_canvas::ChartCanvas;
use crate::ui::format::{self, Lang};
use crate::ui::i18n::{t, Key};
use crate::ui::view_model::goal::GoalCardView;

/// The presentation of one goal.
#[component]
pub fn Presentation(
    /// The goal shown.
    #[prop(into)]
    card: Signal<Option<GoalCardView>>,
    /// Index of the goal shown.
    index: RwSignal<usize>,
    /// Number of goals.
    #[prop(into)]
    count: Signal<usize>,
    /// Municipality name.
    #[prop(into)]
    municipality: Signal<String>,
    /// Display language.
    #[prop(into)]
    lang: Signal<Lang>,
    /// Called to leave presentation mode.
    on_exit: Callback<()>,
) -> impl IntoView {
    let shortcuts = RwSignal::new(true);
    let next = move || {
        let n = count.get_untracked();
        if n > 0 {
            index.update(|i| *i = (*i + 1) % n);
        }
    };
    let previous = move || {
        let n = count.get_untracked();
        if n > 0 {
            index.update(|i| *i = (*i + n - 1) % n);
        }
    };
    let spec = Signal::derive(move || {
        card.with(|c| c.as_ref().map(|c| c.chart.clone()).unwrap_or_default())
    });
    let summary = Signal::derive(move || {
        card.with(|c| c.as_ref().map(|c| c.summary.clone()).unwrap_or_default())
    });
    let field =
        move |f: fn(&GoalCardView) -> String| card.with(|c| c.as_ref().map(f).unwrap_or_default());
    view! {
        <section
            class="presentation"
            tabindex="0"
            aria-roledescription=move || t(lang.get(), Key::Presentation)
            aria-label=move || t(lang.get(), Key::PresentationOfTheGoals)
            on:keydown=move |ev| {
                if !shortcuts.get_untracked() || ev.alt_key() || ev.ctrl_key() || ev.meta_key() {
                    return;
                }
                match ev.key().as_str() {
                    "ArrowRight" | "PageDown" | "n" => { ev.prevent_default(); next(); }
                    "ArrowLeft" | "PageUp" | "p" => { ev.prevent_default(); previous(); }
                    "Escape" => on_exit.run(()),
                    _ => {}
                }
            }
        >
            <p class="presentation-place">
                {municipality}" · "{move || t(lang.get(), Key::GoalWord)}" "{move || (index.get() + 1).to_string()}" / "{move || count.get().to_string()}
            </p>
            <h1 class="presentation-title">{move || field(|c| c.title.clone())}</h1>
            <p class="presentation-target" aria-live="polite">
                {move || card.with(|c| c.as_ref().map(|c| format::number(c.target, c.decimals, lang.get())).unwrap_or_default())}
                " "<span class="presentation-unit">{move || field(|c| c.unit.clone())}</span>
            </p>
            <p class="presentation-sentence">{move || field(|c| c.sentence.clone())}</p>
            <p class="presentation-realism">{move || field(|c| c.realism.clone().unwrap_or_default())}</p>
            <figure class="chart">
                <ChartCanvas spec=spec summary=summary class="chart-presentation" zoom=true />
            </figure>
            <PresentationControls lang=lang shortcuts=shortcuts on_previous=Callback::new(move |_| previous()) on_next=Callback::new(move |_| next()) on_exit=on_exit />
        </section>
    }
}

/// Previous, next, end, and the switch for the keyboard shortcuts.
#[component]
fn PresentationControls(
    lang: Signal<Lang>,
    shortcuts: RwSignal<bool>,
    on_previous: Callback<()>,
    on_next: Callback<()>,
    on_exit: Callback<()>,
) -> impl IntoView {
    view! {
            <div class="button-row presentation-controls">
                <button type="button" class="button button-secondary" on:click=move |_| on_previous.run(())>{move || t(lang.get(), Key::PreviousGoal)}</button>
                <button type="button" class="button button-secondary" on:click=move |_| on_next.run(())>{move || t(lang.get(), Key::NextGoal)}</button>
                <button type="button" class="button button-primary" on:click=move |_| on_exit.run(())>{move || t(lang.get(), Key::EndPresentation)}</button>
                <span class="form-group-checkbox">
                    <input type="checkbox" class="form-checkbox" id="presentation-keys" prop:checked=move || shortcuts.get()
                        on:change=move |ev| shortcuts.set(event_target_checked(&ev)) />
                    <label class="form-label" for="presentation-keys">{move || t(lang.get(), Key::KeyboardShortcutsArrowRightLeft)}</label>
                </span>
            </div>
    }
}
