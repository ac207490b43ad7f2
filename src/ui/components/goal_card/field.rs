//! Reading one field of a goal card's view model (its default while the card has no view), for
//! the parts of the card.

use leptos::prelude::*;

use crate::ui::view_model::goal::GoalCardView;

/// Reads a field of the card's view, or its default while there is none.
pub fn field<T: Default>(view: Signal<Option<GoalCardView>>, f: impl Fn(&GoalCardView) -> T) -> T {
    view.with(|v| v.as_ref().map(f).unwrap_or_default())
}
