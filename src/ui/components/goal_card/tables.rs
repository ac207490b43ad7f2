//! The figures of a goal card as tables: the follow-up against the kravforløb, and every
//! figure of the chart (built only while its disclosure is open).

use leptos::prelude::*;

use crate::ui::components::data_table::DataTable;
use crate::ui::format::Lang;
use crate::ui::i18n::{t, Key};
use crate::ui::view_model::goal::GoalCardView;

use super::field::field;

/// Actual figures against the kravforløb, month by month.
#[component]
pub fn FollowUpTable(view: Signal<Option<GoalCardView>>, lang: Signal<Lang>) -> impl IntoView {
    let heading = Memo::new(move |_| field(view, |v| v.follow_up_heading.clone()));
    view! {
        <details class="details follow-up">
            <summary class="details-summary"><span class="details-summary-text">{heading}</span></summary>
            <div class="details-text">
                <DataTable
                    caption=heading
                    head=Signal::derive(move || {
                        [Key::Month, Key::Actual, Key::Required, Key::Difference, Key::Status]
                            .map(|k| t(lang.get(), k).to_string())
                            .to_vec()
                    })
                    rows=Signal::derive(move || field(view, |v| v.follow_up.clone()))
                />
            </div>
        </details>
    }
}

/// "Vis tallene som tabel": the chart's figures.
#[component]
pub fn FiguresTable(view: Signal<Option<GoalCardView>>, lang: Signal<Lang>) -> impl IntoView {
    let open = RwSignal::new(false);
    let rows = Signal::derive(move || {
        if open.get() {
            field(view, |v| v.table.clone())
        } else {
            Vec::new()
        }
    });
    let head = Memo::new(move |_| field(view, |v| v.table_head.clone()));
    let caption = Memo::new(move |_| field(view, |v| format!("{} – {}", v.title, v.indicator)));
    let on_toggle = move |ev: leptos::ev::Event| {
        use wasm_bindgen::JsCast;
        let is_open = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlDetailsElement>().ok())
            .is_some_and(|d| d.open());
        open.set(is_open);
    };
    view! {
        <details class="details" on:toggle=on_toggle>
            <summary class="details-summary"><span class="details-summary-text">{move || t(lang.get(), Key::ShowTable)}</span></summary>
            <div class="details-text">
                <DataTable caption=caption head=head rows=rows />
            </div>
        </details>
    }
}
