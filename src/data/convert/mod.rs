//! Reading a baseline file: JSON text → wire structs → validated [`Baseline`]
//! ("parse, don't validate"). Every rule of `docs/data-format.md` is checked here, and every
//! broken rule becomes a [`DataError`] naming its place.
//!
//! This file holds the entry points and the order of the checks; each part of the file has
//! its own checker:
//!
//! - `head` — the first look: is this a Måltal baseline of a known version?
//! - `json_path`, `place` — the JSON path where serde stopped, and words for that place;
//! - `check` — the error collector and the checks every section shares (months, unique ids);
//! - `ids` — every list's ids, and the lookups from id to position;
//! - `municipalities`, `indicators`, `goal_sets`, `series`, `outlooks` (with the expected
//!   changes) — one checker per section of the file.

mod authority;
mod check;
mod goal_sets;
mod head;
mod ids;
mod indicators;
pub(crate) mod json_path;
mod municipalities;
mod outlooks;
mod place;
mod series;

use serde_json::Value;

use super::error::{DataError, DataErrors, Place, Problem, SyntaxProblem};
use super::lines::line_and_column;
use super::schema::WireBaseline;
use super::wording::{not_json, serde_problem};
use crate::model::baseline::{plausible_limits, Baseline, Group, Meta, Region, Source};
use check::Check;
use head::{check_format, Head};
use ids::{check_ids, Indexes};
use json_path::{offset_of, path_at};
use place::place_of_path;

/// Largest file accepted, in bytes (the default dataset is about 0.3 MB). A larger file is
/// refused before it is parsed, so a mistaken upload cannot freeze the browser tab.
pub const MAX_FILE_BYTES: usize = 32 * 1024 * 1024;

/// Longest span of one series, first to last month (50 years). Every forecast and the realism
/// back-test run over a series' whole history, so a file with centuries of months (a year
/// typed wrong) is refused by name instead of making the page slow; the default data span four
/// years.
pub const MAX_SERIES_MONTHS: i32 = 600;

/// Reads and validates a baseline file given as bytes (as read from disk or a dropped file).
///
/// A UTF-8 byte-order mark is accepted; text that is not UTF-8 is refused as not JSON.
///
/// # Errors
/// Every broken rule, each naming its place (see [`DataError`]).
pub fn from_bytes(bytes: &[u8]) -> Result<Baseline, DataErrors> {
    check_size(bytes.len())?;
    match std::str::from_utf8(bytes) {
        Ok(text) => from_json(text),
        Err(e) => {
            let (line, column) = line_and_column(bytes, e.valid_up_to());
            Err(DataError::NotJson {
                line,
                column,
                message: SyntaxProblem::NotUtf8.into(),
            }
            .into())
        }
    }
}

/// Reads and validates a baseline file.
///
/// A UTF-8 byte-order mark is accepted.
///
/// # Errors
/// Every broken rule, each naming its place (see [`DataError`]).
pub fn from_json(text: &str) -> Result<Baseline, DataErrors> {
    let wire = wire_from_json(text)?;
    convert(&wire)
}

/// Reads a baseline file into its wire structs, checking only that it is a Måltal baseline
/// of a known version with the right fields and types; [`validate_wire`] checks the rest.
/// Used where a file is to be changed and written again (the CSV import).
///
/// # Errors
/// [`DataError::Empty`], [`DataError::TooLarge`], [`DataError::NotJson`],
/// [`DataError::WrongFormat`], [`DataError::UnknownVersion`], or a [`DataError::Invalid`]
/// naming the field with the wrong type, an unknown field, a missing field or a field written twice.
pub fn wire_from_json(text: &str) -> Result<WireBaseline, DataErrors> {
    check_size(text.len())?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(DataError::Empty.into());
    }
    // A valid file is parsed once, straight into typed structs; its format and version are
    // checked on them. Only when that fails is the text read again: first its top level alone
    // (so a file that is no JSON, or not a Måltal baseline of a known version, is told so before
    // anything else), then for the failure's path (json_path, D23). Deserialising from the text
    // makes a field written twice an error instead of the last one silently winning.
    let mut de = serde_json::Deserializer::from_str(text);
    match <WireBaseline as serde::Deserialize>::deserialize(&mut de).and_then(|w| {
        de.end()?;
        Ok(w)
    }) {
        Ok(wire) => {
            check_format(&serde_json::json!({ "format": wire.format, "version": wire.version }))?;
            Ok(wire)
        }
        Err(e) => {
            let head: Value = serde_json::from_str::<Head>(text)
                .map_err(|e| not_json(text, &e))?
                .into_value();
            check_format(&head)?;
            Err(typed_error(text, &e))
        }
    }
}

/// The error of a file that is JSON and a Måltal baseline of a known version, but whose fields
/// do not fit: where it is and what is wrong.
fn typed_error(text: &str, e: &serde_json::Error) -> DataErrors {
    let value: Value = serde_json::from_str(text).unwrap_or(Value::Null);
    let path = path_at(text, offset_of(text, e.line(), e.column()));
    DataErrors::from(DataError::Invalid {
        place: Box::new(place_of_path(&value, &path)),
        problem: serde_problem(&e.to_string()),
        path: if path.is_empty() {
            "$".into()
        } else {
            format!("$.{path}")
        },
    })
}

/// Validates wire structs into a [`Baseline`], exactly as [`from_json`] does after parsing.
///
/// # Errors
/// Every broken rule, each naming its place.
pub fn validate_wire(wire: &WireBaseline) -> Result<Baseline, DataErrors> {
    convert(wire)
}

fn check_size(bytes: usize) -> Result<(), DataError> {
    if bytes > MAX_FILE_BYTES {
        Err(DataError::TooLarge {
            bytes,
            limit: MAX_FILE_BYTES,
        })
    } else {
        Ok(())
    }
}

/// Runs every section's checker, in file order, and builds the [`Baseline`] when none failed.
fn convert(w: &WireBaseline) -> Result<Baseline, DataErrors> {
    let mut c = Check::new();
    let data_month = c.month(&w.meta.data_date, &Place::Metadata, || {
        "$.meta.data_date".into()
    });
    let authority = w
        .meta
        .authority
        .as_ref()
        .and_then(|a| authority::check_authority(&mut c, a));
    check_ids(&mut c, w);
    let ix = Indexes::of(w);
    let municipalities = municipalities::check_municipalities(&mut c, w, &ix);
    let indicators = indicators::check_indicators(&mut c, w);
    let goal_sets = goal_sets::check_goal_sets(&mut c, w, &ix);
    let series = series::check_series(&mut c, w, &ix);
    let expected = outlooks::check_expected(&mut c, w, &ix);
    let outlooks = outlooks::check_outlooks(&mut c, w);
    if w.municipalities.is_empty() {
        c.fail(
            Place::File,
            Problem::NoMunicipalities,
            "$.municipalities".into(),
        );
    }
    let plausible = plausible_limits(&indicators, &series);
    match (c.count == 0, data_month) {
        (true, Some(data_month)) => Ok(Baseline {
            meta: Meta {
                title: w.meta.title.clone(),
                publisher: w.meta.publisher.clone(),
                data_month,
                licence: w.meta.licence.clone(),
                sources: w
                    .meta
                    .sources
                    .iter()
                    .map(|s| Source {
                        id: s.id.clone(),
                        name: s.name.clone(),
                        publisher: s.publisher.clone(),
                        table: s.table.clone(),
                    })
                    .collect(),
                notes: w.meta.notes.clone(),
                authority,
            },
            regions: w
                .regions
                .iter()
                .map(|r| Region {
                    code: r.code.clone(),
                    name: r.name.clone(),
                })
                .collect(),
            groups: w
                .groups
                .iter()
                .map(|g| Group {
                    id: g.id.clone(),
                    name: g.name.clone(),
                    description: g.description.clone(),
                })
                .collect(),
            municipalities,
            indicators,
            goal_sets,
            series,
            expected,
            outlooks,
            plausible,
        }),
        _ => Err(DataErrors(c.errors)),
    }
}
