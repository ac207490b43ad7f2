//! Embedding Måltal in another site's page: the code a web editor pastes ([`snippet`]) and the
//! message the framed page posts to its host after a change ([`message`]).

pub mod message;
pub mod snippet;

pub use message::{choice_message, ChoiceMessage, CHOICE_TYPE, CHOICE_VERSION};
pub use snippet::{embed_snippet, embed_url, EmbedChoice};
