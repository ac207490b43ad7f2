//! The languages of Måltal's interface. The data errors are worded in both (see
//! [`super::DataError::text`]), and the UI uses this type for every text it shows
//! (`ui::format` re-exports it).

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
    /// The code used in URLs and `lang` attributes: `da` or `en`.
    pub fn code(self) -> &'static str {
        self.pick("da", "en")
    }

    /// The other of the two languages (what the language switch offers).
    pub fn other(self) -> Lang {
        self.pick(Lang::En, Lang::Da)
    }

    /// `da` in Danish, `en` in English: the one place a text picks its language.
    pub fn pick<T>(self, da: T, en: T) -> T {
        match self {
            Lang::Da => da,
            Lang::En => en,
        }
    }
}
