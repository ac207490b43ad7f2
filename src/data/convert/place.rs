//! Words for the place of a serde error: the JSON path serde reports, looked up in the parsed
//! file, becomes "kommune 751 (Aarhus)" or "målsæt x, mål y".

use serde_json::Value;

/// Words for a JSON path such as `series[3].values[7]`, looked up in the parsed file.
pub(super) fn place_of_path(value: &Value, path: &str) -> String {
    let mut parts = path.split('.');
    let head = parts.next().unwrap_or("");
    let (field, index) = match head.split_once('[') {
        Some((f, rest)) => (f, rest.trim_end_matches(']').parse::<usize>().ok()),
        None => (head, None),
    };
    let item = index.and_then(|i| value.get(field).and_then(|v| v.get(i)));
    let text = |v: Option<&Value>, key: &str| {
        v.and_then(|v| v.get(key))
            .and_then(Value::as_str)
            .unwrap_or("?")
            .to_string()
    };
    let nth = |what: &str| match index {
        Some(i) => format!("{what} nr. {}", i + 1),
        None => format!("feltet {field}"),
    };
    match (field, item) {
        ("", _) => "filen".into(),
        ("series", Some(s)) => {
            let mut place = format!(
                "{}, indikator {}",
                area_words(value, &text(Some(s), "area")),
                text(Some(s), "indicator")
            );
            if let Some(rest) = parts.next() {
                if let Some(i) = rest
                    .strip_prefix("values[")
                    .or_else(|| rest.strip_prefix("months["))
                    .and_then(|r| r.trim_end_matches(']').parse::<usize>().ok())
                {
                    if let Some(m) = s
                        .get("months")
                        .and_then(|m| m.get(i))
                        .and_then(Value::as_str)
                    {
                        place.push_str(&format!(", måned {m}"));
                    }
                }
            }
            place
        }
        ("municipalities", Some(m)) => format!(
            "kommune {} ({})",
            text(Some(m), "code"),
            text(Some(m), "name")
        ),
        ("indicators", Some(i)) => format!("indikator {}", text(Some(i), "id")),
        ("regions", Some(r)) => format!(
            "region {} ({})",
            text(Some(r), "code"),
            text(Some(r), "name")
        ),
        ("groups", Some(g)) => format!("gruppe {}", text(Some(g), "id")),
        ("goal_sets", Some(g)) => {
            let mut place = format!("målsæt {}", text(Some(g), "id"));
            if let Some(j) = parts
                .next()
                .and_then(|r| r.strip_prefix("goals["))
                .and_then(|r| r.trim_end_matches(']').parse::<usize>().ok())
            {
                place.push_str(&format!(
                    ", mål {}",
                    text(g.get("goals").and_then(|gs| gs.get(j)), "id")
                ));
            }
            place
        }
        ("outlooks", Some(o)) => format!("konjunkturscenarie {}", text(Some(o), "id")),
        ("expected", Some(e)) => format!(
            "forventet udvikling for region {}, indikator {}",
            text(Some(e), "region"),
            text(Some(e), "indicator")
        ),
        ("meta", _) => "metadata".into(),
        ("series", None) => nth("serie"),
        ("municipalities", None) => nth("kommune"),
        _ => format!("feltet {field}"),
    }
}

fn area_words(value: &Value, area: &str) -> String {
    if area == "national" {
        return "hele landet".into();
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
    if let Some(name) = name_in("municipalities") {
        format!("kommune {area} ({name})")
    } else if let Some(name) = name_in("regions") {
        format!("region {area} ({name})")
    } else {
        format!("område {area}")
    }
}
