//! The municipality picker, labelled "Kommune".

use leptos::prelude::*;

/// A labelled select of municipalities.
#[component]
pub fn MunicipalityPicker(
    /// (code, name) of every municipality, in display order.
    #[prop(into)]
    options: Signal<Vec<(String, String)>>,
    /// The chosen municipality's code.
    selected: RwSignal<Option<String>>,
) -> impl IntoView {
    view! {
        <div class="form-group">
            <label class="form-label" for="kommune">"Kommune"</label>
            <select
                id="kommune"
                class="form-select"
                on:change=move |ev| selected.set(Some(event_target_value(&ev)))
            >
                <For each=move || options.get() key=|o| o.0.clone() let:o>
                    {
                        let code = o.0.clone();
                        let is_selected = move || selected.get().as_deref() == Some(code.as_str());
                        view! { <option value=o.0.clone() selected=is_selected>{o.1.clone()}</option> }
                    }
                </For>
            </select>
        </div>
    }
}
