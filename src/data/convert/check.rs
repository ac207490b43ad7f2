//! The error collector every section checker writes to, and the checks they share (a month,
//! a list of unique ids).

use std::collections::HashMap;

use crate::data::error::{DataError, Kind, Place, Problem};
use crate::data::limits::{goal_id_fits, MAX_GOAL_ID_CHARS};
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

    /// Records that `problem` is at `place` (JSON path `path`).
    pub(super) fn fail(&mut self, place: Place, problem: Problem, path: String) {
        self.count += 1;
        if self.errors.len() < MAX_ERRORS {
            self.errors.push(DataError::Invalid {
                place: Box::new(place),
                problem,
                path,
            });
        }
    }

    /// The month `text` names, or an error at `place`. The JSON path is made only for an
    /// error: a file holds a hundred thousand months, and formatting each path cost more
    /// than the rest of the check.
    pub(super) fn month(
        &mut self,
        text: &str,
        place: &Place,
        path: impl FnOnce() -> String,
    ) -> Option<Month> {
        match Month::parse(text) {
            Ok(m) if text.len() == 7 && text.as_bytes().get(4) == Some(&b'-') => Some(m),
            _ => {
                self.fail(place.clone(), Problem::NotAMonth(text.to_string()), path());
                None
            }
        }
    }

    /// Checks that the id of the item at `path` is within the one id limit a scenario stores
    /// (`data::limits::MAX_GOAL_ID_CHARS`): goal, indicator, goal-set and outlook ids.
    pub(super) fn id_length(&mut self, id: &str, place: &Place, path: &str) {
        if !goal_id_fits(id) {
            let problem = Problem::IdTooLong {
                bytes: id.len(),
                limit: MAX_GOAL_ID_CHARS,
            };
            self.fail(place.clone(), problem, format!("{path}.id"));
        }
    }

    /// Checks that the ids of a list are present and unique. `items` gives each item's id
    /// and its place; `list` and `key` make the JSON path.
    pub(super) fn unique<'a>(
        &mut self,
        items: impl Iterator<Item = (&'a str, Place)>,
        kind: Kind,
        list: &str,
        key: &str,
    ) {
        let mut seen = HashMap::new();
        for (i, (id, words)) in items.enumerate() {
            let path = format!("$.{list}[{i}].{key}");
            if id.trim().is_empty() {
                let place = Place::Nth {
                    kind: kind.clone(),
                    n: i + 1,
                };
                self.fail(place, Problem::MissingId, path);
            } else if let Some(first) = seen.insert(id, i) {
                let problem = Problem::Duplicate {
                    kind: kind.clone(),
                    first: first + 1,
                };
                self.fail(words, problem, path);
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
