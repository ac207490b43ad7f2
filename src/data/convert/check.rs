//! The error collector every section checker writes to, and the checks they share (a month,
//! a list of unique ids).

use std::collections::HashMap;

use crate::data::error::DataError;
use crate::data::schema::WireText;
use crate::model::baseline::Text;
use crate::model::Month;

/// At most this many errors are reported for one file.
const MAX_ERRORS: usize = 200;

/// Collects errors while converting.
pub(super) struct Check {
    pub(super) errors: Vec<DataError>,
    /// Every error found, also those past [`MAX_ERRORS`] that are not kept: whether a part
    /// of the file was valid is decided on this count, never on the kept list.
    pub(super) count: usize,
}

impl Check {
    pub(super) fn new() -> Check {
        Check {
            errors: Vec::new(),
            count: 0,
        }
    }

    pub(super) fn fail(
        &mut self,
        place: impl Into<String>,
        problem: impl Into<String>,
        path: String,
    ) {
        self.count += 1;
        if self.errors.len() < MAX_ERRORS {
            self.errors.push(DataError::Invalid {
                place: place.into(),
                problem: problem.into(),
                path,
            });
        }
    }

    pub(super) fn month(&mut self, text: &str, place: &str, path: String) -> Option<Month> {
        match Month::parse(text) {
            Ok(m) if text.len() == 7 && text.as_bytes().get(4) == Some(&b'-') => Some(m),
            _ => {
                self.fail(
                    place,
                    format!("«{text}» er ikke en måned på formen ÅÅÅÅ-MM"),
                    path,
                );
                None
            }
        }
    }

    /// Checks that the ids of a list are present and unique. `items` gives each item's id
    /// and its name in words; `list` and `key` make the JSON path.
    pub(super) fn unique<'a>(
        &mut self,
        items: impl Iterator<Item = (&'a str, String)>,
        what: &str,
        list: &str,
        key: &str,
    ) {
        let mut seen = HashMap::new();
        for (i, (id, words)) in items.enumerate() {
            let path = format!("$.{list}[{i}].{key}");
            if id.trim().is_empty() {
                self.fail(format!("{what} nr. {}", i + 1), "mangler en kode/id", path);
            } else if let Some(first) = seen.insert(id, i) {
                self.fail(
                    words,
                    format!("findes to gange (også {what} nr. {})", first + 1),
                    path,
                );
            }
        }
    }
}

pub(super) fn text(t: &WireText) -> Text {
    Text {
        da: t.da.clone(),
        en: t.en.clone(),
    }
}
