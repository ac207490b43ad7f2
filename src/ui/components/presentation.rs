//! Presentation mode for projectors in workshops: one goal per slide in large type filling a
//! 16:9 screen, with the essentials only, and a slide comparing the participants' targets when
//! their scenarios are loaded. Keys (arrows, PageUp/PageDown as clickers send, Esc) step through
//! the slides only while the presentation has focus, and they can be turned off (WCAG 2.1.4).

use leptos::prelude::*;

use crate::ui::components::chart_canvas::ChartCanvas;
use crate::ui::format::{self, Lang};
use crate::ui::i18n::{t, Key};
use crate::ui::view_model::goal::GoalCardView;
use crate::ui::view_model::presentation::{slide_chart, spread_head, ParticipantsSlide};

/// The presentation of one goal.
#[component]
pub fn Presentation(
    /// The goal shown.
    #[prop(into)]
    card: Signal<Option<GoalCardView>>,
    /// Index of the slide shown: the goals, then the participants' slide.
    index: RwSignal<usize>,
    /// Number of goals.
    #[prop(into)]
    count: Signal<usize>,
    /// The participants' slide, when participants' scenarios are loaded.
    #[prop(into)]
    participants: Signal<Option<ParticipantsSlide>>,
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
    let slides = move || count.get() + usize::from(participants.with(Option::is_some));
    let on_participants = move || participants.with(Option::is_some) && index.get() == count.get();
    let next = move || {
        let n = untrack(slides);
        if n > 0 {
            index.update(|i| *i = (*i + 1) % n);
        }
    };
    let previous = move || {
        let n = untrack(slides);
        if n > 0 {
            index.update(|i| *i = (*i + n - 1) % n);
        }
    };
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
            <Show when=move || !on_participants() fallback=move || view! {
                <p class="presentation-place">{municipality}</p>
                <ParticipantsTable slide=participants lang=lang />
            }>
                <GoalSlide card=card index=index count=count municipality=municipality lang=lang />
            </Show>
            <PresentationControls lang=lang shortcuts=shortcuts on_previous=Callback::new(move |_| previous()) on_next=Callback::new(move |_| next()) on_exit=on_exit />
        </section>
    }
}

/// One goal's slide: the place, the title, the target and its sentence, the realism and the
/// chart (its text scaled to the screen).
#[component]
fn GoalSlide(
    card: Signal<Option<GoalCardView>>,
    index: RwSignal<usize>,
    count: Signal<usize>,
    municipality: Signal<String>,
    lang: Signal<Lang>,
) -> impl IntoView {
    let spec = Signal::derive(move || {
        card.with(|c| {
            c.as_ref()
                .map(|c| slide_chart(&c.chart))
                .unwrap_or_default()
        })
    });
    let summary = Signal::derive(move || {
        card.with(|c| c.as_ref().map(|c| c.summary.clone()).unwrap_or_default())
    });
    let field =
        move |f: fn(&GoalCardView) -> String| card.with(|c| c.as_ref().map(f).unwrap_or_default());
    view! {
        <p class="presentation-place">
            {municipality}" · "{move || t(lang.get(), Key::GoalWord)}" "{move || (index.get() + 1).to_string()}" / "{move || count.get().to_string()}
        </p>
        <h1 class="presentation-title">{move || field(|c| c.title.clone())}</h1>
        <div class="presentation-lead">
            <p class="presentation-target" aria-live="polite">
                {move || card.with(|c| c.as_ref().map(|c| format::number(c.target, c.decimals, lang.get())).unwrap_or_default())}
                " "<span class="presentation-unit">{move || field(|c| c.unit.clone())}</span>
            </p>
            <p class="presentation-sentence">{move || field(|c| c.sentence.clone())}</p>
        </div>
        <p class="presentation-realism">{move || field(|c| c.realism.clone().unwrap_or_default())}</p>
        <figure class="chart presentation-chart">
            <ChartCanvas spec=spec summary=summary class="chart-presentation" zoom=true />
        </figure>
    }
}

/// The participants' slide: per goal the lowest, median and highest target, and whose.
#[component]
fn ParticipantsTable(
    slide: Signal<Option<ParticipantsSlide>>,
    lang: Signal<Lang>,
) -> impl IntoView {
    let text = move |key| t(lang.get(), key);
    let rows = move || slide.with(|s| s.as_ref().map(|s| s.rows.clone()).unwrap_or_default());
    let head = move || spread_head(lang.get());
    view! {
        <h1 class="presentation-title">{move || text(Key::ParticipantsSlide)}</h1>
        <p class="presentation-realism">
            {move || text(Key::ParticipantsSlideHint)}
            {move || slide.with(|s| s.as_ref().map(|s| format!(" · {}", s.count_text)).unwrap_or_default())}
        </p>
        <table class="table presentation-table">
            <thead>
                <tr>{move || head().into_iter().map(|h| view! { <th scope="col">{h}</th> }).collect_view()}</tr>
            </thead>
            <tbody>
                {move || rows().into_iter().map(|r| view! {
                    <tr><th scope="row">{r.goal}</th><td>{r.lowest}</td><td>{r.median}</td><td>{r.highest}</td></tr>
                }).collect_view()}
            </tbody>
        </table>
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
