//! The preset buttons of a goal card (hold, forecast, region, comparable municipalities).

use leptos::prelude::*;

use crate::model::ambition::{Ambition, Preset};
use crate::ui::format::Lang;
use crate::ui::i18n::{t, Key};
use crate::ui::view_model::goal::{GoalCardView, PresetButton};
use crate::ui::web::browser;

/// One button per preset, pressed when it is the current ambition, in the card's order.
#[component]
pub fn PresetButtons(
    view: Signal<Option<GoalCardView>>,
    lang: Signal<Lang>,
    on_ambition: Callback<Ambition>,
) -> impl IntoView {
    // The chosen chip is scrolled into the row's view (a phone shows two or three of them),
    // only when the choice changes: measuring on every slider move would cost the redraw. A
    // wider screen wraps the row, so there is nothing to scroll and no layout is forced (on the
    // first load that was one forced layout per card, ~70 ms before the first chart).
    let row = NodeRef::<leptos::html::Div>::new();
    let narrow = browser::narrow_screen();
    let chosen = Memo::new(move |_| {
        view.with(|v| {
            v.as_ref()
                .and_then(|v| v.presets.iter().position(|p| p.active))
        })
    });
    Effect::new(move |_| {
        if let (true, Some(i), Some(row)) = (narrow.get(), chosen.get(), row.get()) {
            browser::scroll_child_into_row(&row, i);
        }
    });
    // The buttons follow the card's order (weakest first); the slot count is the presets'.
    view! {
        <div class="presets" node_ref=row role="group" aria-label=move || t(lang.get(), Key::PresetsGroup)>
            {(0..Preset::ALL.len()).map(|i| {
                let button = move |f: fn(&PresetButton) -> String| {
                    view.with(|v| v.as_ref().and_then(|v| v.presets.get(i)).map(f).unwrap_or_default())
                };
                let preset = move || view.with_untracked(|v| v.as_ref().and_then(|v| v.presets.get(i)).and_then(|p| Preset::from_id(p.id)));
                let available = move || view.with(|v| v.as_ref().and_then(|v| v.presets.get(i)).is_some_and(|p| p.available));
                view! {
                    <button
                        type="button"
                        class="button button-secondary button-preset"
                        aria-pressed=move || button(|p| p.active.to_string())
                        disabled=move || !available()
                        data-preset=move || button(|p| p.id.to_string())
                        on:click=move |_| {
                            if let Some(preset) = preset() {
                                browser::mark_input();
                                on_ambition.run(Ambition::Preset(preset));
                            }
                        }
                    >
                        <span class="preset-label">{move || button(|p| p.label.clone())}</span>
                        <span class="preset-value">{move || button(|p| p.value_text.clone())}</span>
                    </button>
                }
            }).collect_view()}
        </div>
    }
}
