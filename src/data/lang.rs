//! The languages of Måltal's interface. The data errors are worded in both (see
//! [`super::DataError::text`]); the UI is to reuse this type for its own texts.

/// A language of the interface.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// Danish, the default and the language of the command-line tool.
    #[default]
    Da,
    /// English.
    En,
}

impl Lang {
    /// `da` in Danish, `en` in English: the one place a text picks its language.
    pub fn pick<T>(self, da: T, en: T) -> T {
        match self {
            Lang::Da => da,
            Lang::En => en,
        }
    }
}
