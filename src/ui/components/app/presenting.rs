//! The state of presentation mode, shared by the button that starts it and the page that shows
//! it.

use leptos::prelude::*;

/// Whether the presentation is on, and which goal it shows.
#[derive(Clone, Copy)]
pub struct PresentationState {
    /// Presentation mode is on.
    pub on: RwSignal<bool>,
    /// Index of the goal shown.
    pub goal: RwSignal<usize>,
}
