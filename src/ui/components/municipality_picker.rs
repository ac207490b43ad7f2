//! The municipality picker, labelled "Kommune": a text field that suggests municipalities as
//! you type (a native datalist, so it works by keyboard and with screen readers everywhere).

use leptos::prelude::*;

/// Finds the municipality `text` names: its name (any case), its code, or "code name".
pub fn find(options: &[(String, String)], text: &str) -> Option<String> {
    let wanted = text.trim().to_lowercase();
    if wanted.is_empty() {
        return None;
    }
    options
        .iter()
        .find(|(code, name)| {
            name.to_lowercase() == wanted
                || *code == wanted
                || format!("{code} {}", name.to_lowercase()) == wanted
        })
        .map(|(code, _)| code.clone())
}

/// A labelled, searchable municipality field.
#[component]
pub fn MunicipalityPicker(
    /// (code, name) of every municipality, in display order.
    #[prop(into)]
    options: Signal<Vec<(String, String)>>,
    /// The chosen municipality's code.
    #[prop(into)]
    selected: Signal<Option<String>>,
    /// Called with the code the user chose.
    on_select: Callback<String>,
    /// Label text.
    #[prop(into)]
    label: Signal<String>,
    /// Hint below the label.
    #[prop(into)]
    hint: Signal<String>,
    /// Message when the text names no municipality.
    #[prop(into)]
    not_found: Signal<String>,
) -> impl IntoView {
    let unknown = RwSignal::new(false);
    let selected_name = move || {
        let code = selected.get();
        options.with(|o| {
            o.iter()
                .find(|(c, _)| Some(c) == code.as_ref())
                .map(|(_, n)| n.clone())
                .unwrap_or_default()
        })
    };
    let choose = move |text: String, final_answer: bool| match options.with(|o| find(o, &text)) {
        Some(code) => {
            unknown.set(false);
            if selected.get_untracked().as_deref() != Some(code.as_str()) {
                on_select.run(code);
            }
        }
        None if final_answer => unknown.set(true),
        None => {}
    };
    view! {
        <div class=move || {
            if unknown.get() {
                "form-group municipality-picker form-error"
            } else {
                "form-group municipality-picker"
            }
        }>
            <label class="form-label" for="kommune">{label}</label>
            <span class="form-hint" id="kommune-hint">{hint}</span>
            <input
                id="kommune"
                type="text"
                class="form-input"
                list="kommuner"
                autocomplete="off"
                spellcheck="false"
                aria-describedby="kommune-hint kommune-error"
                aria-invalid=move || unknown.get().to_string()
                prop:value=selected_name
                on:input=move |ev| choose(event_target_value(&ev), false)
                on:change=move |ev| choose(event_target_value(&ev), true)
            />
            <datalist id="kommuner">
                <For each=move || options.get() key=|o| o.0.clone() let:o>
                    <option value=o.1.clone()>{o.0.clone()}</option>
                </For>
            </datalist>
            <p class="form-error-message" id="kommune-error" role="alert" hidden=move || !unknown.get()>
                {not_found}
            </p>
        </div>
    }
}
