//! The place of a serde error: the JSON path serde reports, looked up in the parsed file,
//! becomes a [`Place`] ("kommune 751 (Aarhus)", "målsæt x, mål y"). An id the file lacks is
//! shown as `?`.

use serde_json::Value;

use crate::data::error::{AreaName, Kind, Place};

/// The place of a JSON path such as `series[3].values[7]`, looked up in the parsed file.
pub(super) fn place_of_path(value: &Value, path: &str) -> Place {
    let mut parts = path.split('.');
    let head = parts.next().unwrap_or("");
    let (field, index) = match head.split_once('[') {
        Some((f, rest)) => (f, rest.trim_end_matches(']').parse::<usize>().ok()),
        None => (head, None),
    };
    let item = index.and_then(|i| value.get(field).and_then(|v| v.get(i)));
    let nth = |kind: Kind| match index {
        Some(i) => Place::Nth { kind, n: i + 1 },
        None => Place::Field(field.to_string()),
    };
    match (field, item) {
        ("", _) => Place::File,
        ("series", Some(s)) => series_place(value, s, parts.next()),
        ("municipalities", Some(m)) => Place::Municipality {
            code: text(Some(m), "code"),
            name: text(Some(m), "name"),
        },
        ("indicators", Some(i)) => Place::Indicator(text(Some(i), "id")),
        ("regions", Some(r)) => Place::Region {
            code: text(Some(r), "code"),
            name: text(Some(r), "name"),
        },
        ("groups", Some(g)) => Place::Group(text(Some(g), "id")),
        ("goal_sets", Some(g)) => goal_set_place(g, parts.next()),
        ("outlooks", Some(o)) => Place::Outlook(text(Some(o), "id")),
        ("expected", Some(e)) => Place::Expected {
            region: text(Some(e), "region"),
            indicator: text(Some(e), "indicator"),
        },
        ("meta", _) => Place::Metadata,
        ("series", None) => nth(Kind::Series),
        ("municipalities", None) => nth(Kind::Municipality),
        _ => Place::Field(field.to_string()),
    }
}

/// The string field `key` of an object, or `?`.
fn text(v: Option<&Value>, key: &str) -> String {
    v.and_then(|v| v.get(key))
        .and_then(Value::as_str)
        .unwrap_or("?")
        .to_string()
}

/// The index in a path part such as `values[7]`, for one of `prefixes`.
fn index_in(part: Option<&str>, prefixes: &[&str]) -> Option<usize> {
    let part = part?;
    prefixes
        .iter()
        .find_map(|p| part.strip_prefix(p))
        .and_then(|r| r.trim_end_matches(']').parse::<usize>().ok())
}

/// A series, and its month when the path goes into its `values` or `months`.
fn series_place(value: &Value, s: &Value, rest: Option<&str>) -> Place {
    let month = index_in(rest, &["values[", "months["]).and_then(|i| {
        s.get("months")
            .and_then(|m| m.get(i))
            .and_then(Value::as_str)
            .map(str::to_string)
    });
    Place::Series {
        area: area_name(value, &text(Some(s), "area")),
        indicator: text(Some(s), "indicator"),
        month,
    }
}

/// A goal set, or one of its goals when the path goes into its `goals`.
fn goal_set_place(g: &Value, rest: Option<&str>) -> Place {
    let set = text(Some(g), "id");
    match index_in(rest, &["goals["]) {
        Some(j) => Place::Goal {
            set,
            goal: text(g.get("goals").and_then(|gs| gs.get(j)), "id"),
        },
        None => Place::GoalSet(set),
    }
}

/// The area a series' code names, looked up in the file's lists.
fn area_name(value: &Value, area: &str) -> AreaName {
    if area == "national" {
        return AreaName::National;
    }
    let name_in = |list: &str| {
        value.get(list).and_then(Value::as_array).and_then(|items| {
            items
                .iter()
                .find(|i| i.get("code").and_then(Value::as_str) == Some(area))
                .and_then(|i| i.get("name").and_then(Value::as_str))
                .map(str::to_string)
        })
    };
    let code = area.to_string();
    if let Some(name) = name_in("municipalities") {
        AreaName::Municipality { code, name }
    } else if let Some(name) = name_in("regions") {
        AreaName::Region { code, name }
    } else {
        AreaName::Unknown(code)
    }
}
