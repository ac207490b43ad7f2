//! The Leptos components: one per file, named for what the user sees. They render what
//! `view_model` computed and hand the user's input to `web::state`; no arithmetic on
//! indicators happens here.

pub mod app;
pub mod chart_canvas;
pub mod choice_panel;
pub mod comparison_view;
pub mod data_file_picker;
pub mod data_table;
pub mod embed_dialog;
pub mod glossary_term;
pub mod goal_card;
pub mod method_panel;
pub mod municipality_picker;
pub mod overview_table;
pub mod own_goal_form;
pub mod phone_fold;
pub mod presentation;
pub mod print_summary;
pub mod scenario_panel;
