//! The preset buttons of a goal card (hold, prognosis, region, comparable municipalities).

use leptos::prelude::*;

use crate::model::ambition::{Ambition, Preset};
use crate::ui::format::Lang;
use crate::ui::i18n::{t, Key};
use crate::ui::view_model::goal::{GoalCardView, PresetButton};
use crate::ui::web::browser;

/// One button per preset, pressed when it is the current ambition.
#[component]
pub fn PresetButtons(
    view: Signal<Option<GoalCardView>>,
    lang: Signal<Lang>,
    on_ambition: Callback<Ambition>,
) -> impl IntoView {
    view! {
        <div class="presets" role="group" aria-label=move || t(lang.get(), Key::PresetsGroup)>
            {Preset::ALL.into_iter().enumerate().map(|(i, preset)| {
                let button = move |f: fn(&PresetButton) -> String| {
                    view.with(|v| v.as_ref().and_then(|v| v.presets.get(i)).map(f).unwrap_or_default())
                };
                let available = move || view.with(|v| v.as_ref().and_then(|v| v.presets.get(i)).is_some_and(|p| p.available));
                view! {
                    <button
                        type="button"
                        class="button button-secondary button-preset"
                        aria-pressed=move || button(|p| p.active.to_string())
                        disabled=move || !available()
                        data-preset=preset.id()
                        on:click=move |_| {
                            browser::mark_input();
                            on_ambition.run(Ambition::Preset(preset));
                        }
                    >
                        <span class="preset-label">{move || button(|p| p.label.to_string())}</span>
                        <span class="preset-value">{move || button(|p| p.value_text.clone())}</span>
                    </button>
                }
            }).collect_view()}
        </div>
    }
}
