//! Reading a baseline file: JSON text → wire structs → validated [`Baseline`]
//! ("parse, don't validate"). Every rule of `docs/data-format.md` is checked here, and every
//! broken rule becomes a [`DataError`] naming its place.

use std::collections::{HashMap, HashSet};

use serde_json::Value;

use super::error::{DataError, DataErrors};
use super::schema::*;
use super::wording::{not_json, serde_problem};
use crate::model::baseline::*;
use crate::model::{Month, Series};

/// Largest file accepted, in bytes (the default dataset is about 0.3 MB). A larger file is
/// refused before it is parsed, so a mistaken upload cannot freeze the browser tab.
pub const MAX_FILE_BYTES: usize = 32 * 1024 * 1024;
/// At most this many errors are reported for one file.
const MAX_ERRORS: usize = 200;

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
            let before = bytes.get(..e.valid_up_to()).unwrap_or_default();
            let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
            let column = before.iter().rev().take_while(|&&b| b != b'\n').count() + 1;
            Err(DataError::NotJson {
                line,
                column,
                message: "teksten er ikke UTF-8 (gem filen som UTF-8)".into(),
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
    // A first pass reads only the top-level fields (the rest is skipped without building
    // values), so the format and version are checked before anything else and a valid file is
    // parsed into typed structs only once more. The full `Value` is built only to word an error.
    let head: Value = serde_json::from_str::<Head>(text)
        .map_err(|e| not_json(text, &e))?
        .into_value();
    check_format(&head)?;
    // Deserialise from the text, so a field written twice is an error instead of the last one
    // silently winning.
    let mut de = serde_json::Deserializer::from_str(text);
    serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let value: Value = serde_json::from_str(text).unwrap_or(Value::Null);
        let path = e.path().to_string();
        let path = if path == "." || path.is_empty() {
            String::new()
        } else {
            path
        };
        DataErrors::from(DataError::Invalid {
            place: place_of_path(&value, &path),
            problem: serde_problem(&e.inner().to_string()),
            path: if path.is_empty() {
                "$".into()
            } else {
                format!("$.{path}")
            },
        })
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

/// Refuses files that are not Måltal baselines of a known version, before any other check.
/// The top level of a file: only `format` and `version` are kept.
enum Head {
    /// A JSON object, with its format and version fields (if present).
    Object(Option<Value>, Option<Value>),
    /// Any other JSON value.
    Other,
}

impl Head {
    fn into_value(self) -> Value {
        match self {
            Head::Other => Value::Null,
            Head::Object(format, version) => {
                let mut map = serde_json::Map::new();
                if let Some(f) = format {
                    map.insert("format".into(), f);
                }
                if let Some(v) = version {
                    map.insert("version".into(), v);
                }
                Value::Object(map)
            }
        }
    }
}

impl<'de> serde::Deserialize<'de> for Head {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Head, D::Error> {
        struct Visit;
        impl<'de> serde::de::Visitor<'de> for Visit {
            type Value = Head;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("et JSON-dokument")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Head, A::Error> {
                let (mut format, mut version) = (None, None);
                while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
                    match key.as_ref() {
                        "format" => format = Some(map.next_value::<Value>()?),
                        "version" => version = Some(map.next_value::<Value>()?),
                        _ => {
                            map.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(Head::Object(format, version))
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Head, A::Error> {
                while seq.next_element::<serde::de::IgnoredAny>()?.is_some() {}
                Ok(Head::Other)
            }
            fn visit_str<E>(self, _: &str) -> Result<Head, E> {
                Ok(Head::Other)
            }
            fn visit_bool<E>(self, _: bool) -> Result<Head, E> {
                Ok(Head::Other)
            }
            fn visit_i64<E>(self, _: i64) -> Result<Head, E> {
                Ok(Head::Other)
            }
            fn visit_u64<E>(self, _: u64) -> Result<Head, E> {
                Ok(Head::Other)
            }
            fn visit_f64<E>(self, _: f64) -> Result<Head, E> {
                Ok(Head::Other)
            }
            fn visit_unit<E>(self) -> Result<Head, E> {
                Ok(Head::Other)
            }
        }
        d.deserialize_any(Visit)
    }
}

fn check_format(value: &Value) -> Result<(), DataError> {
    let Value::Object(map) = value else {
        return Err(DataError::WrongFormat {
            found: "(filen er ikke et JSON-objekt)".into(),
        });
    };
    match map.get("format") {
        Some(Value::String(s)) if s == FORMAT_NAME => {}
        Some(other) => {
            return Err(DataError::WrongFormat {
                found: other.to_string(),
            })
        }
        None => {
            return Err(DataError::WrongFormat {
                found: "(mangler)".into(),
            })
        }
    }
    match map.get("version") {
        Some(Value::Number(n)) if n.as_u64() == Some(u64::from(FORMAT_VERSION)) => Ok(()),
        Some(other) => Err(DataError::UnknownVersion {
            found: other.to_string(),
        }),
        None => Err(DataError::UnknownVersion {
            found: "(mangler)".into(),
        }),
    }
}

/// Words for a JSON path such as `series[3].values[7]`, looked up in the parsed file.
fn place_of_path(value: &Value, path: &str) -> String {
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

/// Collects errors while converting.
struct Check {
    errors: Vec<DataError>,
    /// Every error found, also those past [`MAX_ERRORS`] that are not kept: whether a part
    /// of the file was valid is decided on this count, never on the kept list.
    count: usize,
}

impl Check {
    fn fail(&mut self, place: impl Into<String>, problem: impl Into<String>, path: String) {
        self.count += 1;
        if self.errors.len() < MAX_ERRORS {
            self.errors.push(DataError::Invalid {
                place: place.into(),
                problem: problem.into(),
                path,
            });
        }
    }

    fn month(&mut self, text: &str, place: &str, path: String) -> Option<Month> {
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
    fn unique<'a>(
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

fn text(t: &WireText) -> Text {
    Text {
        da: t.da.clone(),
        en: t.en.clone(),
    }
}

fn convert(w: &WireBaseline) -> Result<Baseline, DataErrors> {
    let mut c = Check {
        errors: Vec::new(),
        count: 0,
    };

    let data_month = c.month(&w.meta.data_date, "metadata", "$.meta.data_date".into());
    let source_ids: HashSet<&str> = w.meta.sources.iter().map(|s| s.id.as_str()).collect();

    c.unique(
        w.meta
            .sources
            .iter()
            .map(|x| (x.id.as_str(), format!("kilde {}", x.id))),
        "kilde",
        "meta.sources",
        "id",
    );
    c.unique(
        w.regions
            .iter()
            .map(|r| (r.code.as_str(), format!("region {} ({})", r.code, r.name))),
        "region",
        "regions",
        "code",
    );
    c.unique(
        w.groups
            .iter()
            .map(|g| (g.id.as_str(), format!("gruppe {}", g.id))),
        "gruppe",
        "groups",
        "id",
    );
    c.unique(
        w.municipalities
            .iter()
            .map(|m| (m.code.as_str(), format!("kommune {} ({})", m.code, m.name))),
        "kommune",
        "municipalities",
        "code",
    );
    c.unique(
        w.indicators
            .iter()
            .map(|x| (x.id.as_str(), format!("indikator {}", x.id))),
        "indikator",
        "indicators",
        "id",
    );
    c.unique(
        w.goal_sets
            .iter()
            .map(|g| (g.id.as_str(), format!("målsæt {}", g.id))),
        "målsæt",
        "goal_sets",
        "id",
    );
    c.unique(
        w.outlooks
            .iter()
            .map(|o| (o.id.as_str(), format!("konjunkturscenarie {}", o.id))),
        "konjunkturscenarie",
        "outlooks",
        "id",
    );
    // A series names its area by code alone, so a region code must not also be a
    // municipality code or the word `national`.
    let municipality_codes: HashSet<&str> =
        w.municipalities.iter().map(|m| m.code.as_str()).collect();
    for (i, r) in w.regions.iter().enumerate() {
        if r.code == "national" || municipality_codes.contains(r.code.as_str()) {
            c.fail(
                format!("region {} ({})", r.code, r.name),
                "regionskoden er også en kommunekode eller «national»; serierne kan ikke skelne dem",
                format!("$.regions[{i}].code"),
            );
        }
    }

    let region_index: HashMap<&str, usize> = w
        .regions
        .iter()
        .enumerate()
        .map(|(i, r)| (r.code.as_str(), i))
        .collect();
    let group_index: HashMap<&str, usize> = w
        .groups
        .iter()
        .enumerate()
        .map(|(i, g)| (g.id.as_str(), i))
        .collect();
    let indicator_index: HashMap<&str, usize> = w
        .indicators
        .iter()
        .enumerate()
        .map(|(i, x)| (x.id.as_str(), i))
        .collect();
    let municipality_index: HashMap<&str, usize> = w
        .municipalities
        .iter()
        .enumerate()
        .map(|(i, m)| (m.code.as_str(), i))
        .collect();

    let mut municipalities = Vec::new();
    for (i, m) in w.municipalities.iter().enumerate() {
        let place = format!("kommune {} ({})", m.code, m.name);
        let path = format!("$.municipalities[{i}]");
        let code_ok = m.code.len() == 3 && m.code.bytes().all(|b| b.is_ascii_digit());
        if !code_ok {
            c.fail(
                &place,
                format!("«{}» er ikke en kommunekode med tre cifre", m.code),
                format!("{path}.code"),
            );
        }
        let region = region_index.get(m.region.as_str()).copied();
        if region.is_none() {
            c.fail(
                &place,
                format!("regionen «{}» findes ikke i filen", m.region),
                format!("{path}.region"),
            );
        }
        let group = group_index.get(m.group.as_str()).copied();
        if group.is_none() {
            c.fail(
                &place,
                format!("gruppen «{}» findes ikke i filen", m.group),
                format!("{path}.group"),
            );
        }
        if let Some(p) = m.population {
            if !p.is_finite() || p < 0.0 {
                c.fail(
                    &place,
                    format!("ugyldigt indbyggertal {p}"),
                    format!("{path}.population"),
                );
            }
        }
        if let Some(pm) = &m.population_month {
            c.month(pm, &place, format!("{path}.population_month"));
        }
        if let (Some(region), Some(group)) = (region, group) {
            municipalities.push(Municipality {
                code: m.code.clone(),
                name: m.name.clone(),
                region,
                group,
                population: m.population,
            });
        }
    }

    let mut indicators = Vec::new();
    for (i, x) in w.indicators.iter().enumerate() {
        let place = format!("indikator {}", x.id);
        let path = format!("$.indicators[{i}]");
        let unit = match x.unit.as_str() {
            "persons" => Some(Unit::Persons),
            "full_time_persons" => Some(Unit::FullTimePersons),
            "percent" => Some(Unit::Percent),
            other => {
                c.fail(
                    &place,
                    format!("ukendt enhed «{other}» (persons, full_time_persons eller percent)"),
                    format!("{path}.unit"),
                );
                None
            }
        };
        let better = match x.better.as_str() {
            "lower" => Some(Better::Lower),
            "higher" => Some(Better::Higher),
            other => {
                c.fail(
                    &place,
                    format!("«{other}» skal være lower eller higher"),
                    format!("{path}.better"),
                );
                None
            }
        };
        let frequency = match x.frequency.as_str() {
            "monthly" => Some(Frequency::Monthly),
            "quarterly" => Some(Frequency::Quarterly),
            other => {
                c.fail(
                    &place,
                    format!("ukendt hyppighed «{other}» (monthly eller quarterly)"),
                    format!("{path}.frequency"),
                );
                None
            }
        };
        if !source_ids.contains(x.source.as_str()) {
            c.fail(
                &place,
                format!("kilden «{}» findes ikke i meta.sources", x.source),
                format!("{path}.source"),
            );
        }
        let mut breaks = Vec::new();
        for (j, b) in x.breaks.iter().enumerate() {
            if let Some(month) = c.month(&b.month, &place, format!("{path}.breaks[{j}].month")) {
                breaks.push(Break {
                    month,
                    note: text(&b.note),
                });
            }
        }
        if let (Some(unit), Some(better), Some(frequency)) = (unit, better, frequency) {
            indicators.push(Indicator {
                id: x.id.clone(),
                name: text(&x.name),
                definition: text(&x.definition),
                unit,
                better,
                frequency,
                source: x.source.clone(),
                breaks,
            });
        }
    }

    let mut goal_sets = Vec::new();
    for (i, gs) in w.goal_sets.iter().enumerate() {
        let path = format!("$.goal_sets[{i}]");
        c.unique(
            gs.goals
                .iter()
                .map(|g| (g.id.as_str(), format!("målsæt {}, mål {}", gs.id, g.id))),
            &format!("mål i målsæt {}", gs.id),
            &format!("goal_sets[{i}].goals"),
            "id",
        );
        if !(1000..=9999).contains(&gs.plan_year) {
            c.fail(
                format!("målsæt {}", gs.id),
                format!("planåret {} er ikke et årstal", gs.plan_year),
                format!("{path}.plan_year"),
            );
        }
        let mut goals = Vec::new();
        for (j, g) in gs.goals.iter().enumerate() {
            let place = format!("målsæt {}, mål {}", gs.id, g.id);
            let gpath = format!("{path}.goals[{j}]");
            let indicator = indicator_index.get(g.indicator.as_str()).copied();
            if indicator.is_none() {
                c.fail(
                    &place,
                    format!("indikatoren «{}» findes ikke i filen", g.indicator),
                    format!("{gpath}.indicator"),
                );
            }
            let measure = match g.measure {
                WireMeasure::Month { month } if (1..=12).contains(&month) => {
                    Some(Measure::Month(month))
                }
                WireMeasure::Month { month } => {
                    c.fail(
                        &place,
                        format!("måned {month} findes ikke (1–12)"),
                        format!("{gpath}.measure.month"),
                    );
                    None
                }
                WireMeasure::AnnualAverage {} => Some(Measure::AnnualAverage),
            };
            let frequency_ok = indicator
                .and_then(|x| w.indicators.get(x))
                .is_some_and(|x| x.frequency == "monthly");
            if indicator.is_some() && !frequency_ok {
                c.fail(
                    &place,
                    "et mål skal pege på en månedlig indikator",
                    format!("{gpath}.indicator"),
                );
            }
            if let (Some(indicator), Some(measure)) = (indicator, measure) {
                goals.push(Goal {
                    id: g.id.clone(),
                    title: text(&g.title),
                    indicator,
                    measure,
                });
            }
        }
        goal_sets.push(GoalSet {
            id: gs.id.clone(),
            title: text(&gs.title),
            plan_year: gs.plan_year,
            example: gs.example,
            goals,
        });
    }

    let mut series = HashMap::new();
    let mut seen_series: HashMap<(&str, &str), usize> = HashMap::new();
    for (i, s) in w.series.iter().enumerate() {
        let path = format!("$.series[{i}]");
        let errors_before = c.count;
        let area = if s.area == "national" {
            Some(Area::National)
        } else if let Some(&m) = municipality_index.get(s.area.as_str()) {
            Some(Area::Municipality(m))
        } else {
            region_index.get(s.area.as_str()).map(|&r| Area::Region(r))
        };
        let area_name = match area {
            Some(Area::National) => "hele landet".to_string(),
            Some(Area::Municipality(m)) => w
                .municipalities
                .get(m)
                .map(|x| format!("kommune {} ({})", x.code, x.name))
                .unwrap_or_default(),
            Some(Area::Region(r)) => w
                .regions
                .get(r)
                .map(|x| format!("region {} ({})", x.code, x.name))
                .unwrap_or_default(),
            None => format!("område {}", s.area),
        };
        let place = format!("{area_name}, indikator {}", s.indicator);
        if let Some(first) = seen_series.insert((s.area.as_str(), s.indicator.as_str()), i) {
            c.fail(
                &place,
                format!(
                    "der er to serier for samme område og indikator (også serie nr. {})",
                    first + 1
                ),
                path.clone(),
            );
        }
        if area.is_none() {
            c.fail(
                &place,
                format!(
                    "området «{}» er hverken en kommune, en region eller national i filen",
                    s.area
                ),
                format!("{path}.area"),
            );
        }
        let indicator = indicator_index.get(s.indicator.as_str()).copied();
        let spec = indicator.and_then(|x| w.indicators.get(x));
        if indicator.is_none() {
            c.fail(
                &place,
                format!("indikatoren «{}» findes ikke i filen", s.indicator),
                format!("{path}.indicator"),
            );
        }
        let provenance = match s.provenance.as_str() {
            "observed" => Some(Provenance::Observed),
            "derived" => Some(Provenance::Derived),
            "synthetic" => Some(Provenance::Synthetic),
            other => {
                c.fail(
                    &place,
                    format!("ukendt oprindelse «{other}» (observed, derived eller synthetic)"),
                    format!("{path}.provenance"),
                );
                None
            }
        };
        if s.months.is_empty() {
            c.fail(&place, "serien har ingen måneder", format!("{path}.months"));
        }
        if s.values.len() != s.months.len() {
            c.fail(
                &place,
                format!(
                    "serien har {} måneder men {} værdier",
                    s.months.len(),
                    s.values.len()
                ),
                format!("{path}.values"),
            );
        }
        let quarterly = spec.is_some_and(|x| x.frequency == "quarterly");
        let step = if quarterly { 3 } else { 1 };
        let mut months = Vec::with_capacity(s.months.len());
        for (j, text) in s.months.iter().enumerate() {
            let Some(m) = c.month(text, &place, format!("{path}.months[{j}]")) else {
                continue;
            };
            if quarterly && m.month() % 3 != 0 {
                c.fail(
                    format!("{place}, måned {m}"),
                    "en kvartalsserie dateres med kvartalets sidste måned (03, 06, 09, 12)",
                    format!("{path}.months[{j}]"),
                );
            }
            if let Some(&prev) = months.last() {
                let gap = Month::months_until(prev, m);
                if gap == 0 {
                    c.fail(
                        format!("{place}, måned {m}"),
                        "måneden står to gange",
                        format!("{path}.months[{j}]"),
                    );
                } else if gap < 0 {
                    c.fail(
                        format!("{place}, måned {m}"),
                        format!("månederne står ikke i rækkefølge ({m} efter {prev})"),
                        format!("{path}.months[{j}]"),
                    );
                } else if gap != step {
                    c.fail(
                        format!("{place}, måned {m}"),
                        format!(
                            "der mangler måneder mellem {prev} og {m}; skriv null for en manglende måned"
                        ),
                        format!("{path}.months[{j}]"),
                    );
                }
            }
            months.push(m);
        }
        let unit = spec.map(|x| x.unit.as_str());
        for (j, v) in s.values.iter().enumerate() {
            let Some(v) = v else { continue };
            let month_words = s
                .months
                .get(j)
                .map(|m| format!(", måned {m}"))
                .unwrap_or_default();
            let vpath = format!("{path}.values[{j}]");
            if !v.is_finite() {
                c.fail(
                    format!("{place}{month_words}"),
                    "tallet er ikke endeligt",
                    vpath,
                );
            } else if *v < 0.0 {
                c.fail(
                    format!("{place}{month_words}"),
                    format!("negativt tal {v}"),
                    vpath,
                );
            } else if unit == Some("percent") && *v > 100.0 {
                c.fail(
                    format!("{place}{month_words}"),
                    format!("procenten {v} ligger ikke mellem 0 og 100"),
                    vpath,
                );
            }
        }
        let mut incomplete = Vec::new();
        for (j, t) in s.incomplete.iter().enumerate() {
            let ipath = format!("{path}.incomplete[{j}]");
            if let Some(m) = c.month(t, &place, ipath.clone()) {
                if !s.months.contains(t) {
                    c.fail(
                        format!("{place}, måned {m}"),
                        "en måned i «incomplete» skal være en af seriens måneder",
                        ipath,
                    );
                } else if incomplete.contains(&m) {
                    c.fail(
                        format!("{place}, måned {m}"),
                        "måneden står to gange i «incomplete»",
                        ipath,
                    );
                } else {
                    incomplete.push(m);
                }
            }
        }
        // Build the series only when this part of the file was valid: the month arithmetic
        // below relies on months that are in order and as many as the values.
        let ok = c.count == errors_before;
        if let (Some(area), Some(indicator), Some(provenance), Some(&first), Some(&last), true) = (
            area,
            indicator,
            provenance,
            months.first(),
            months.last(),
            ok,
        ) {
            let mut values = vec![None; (first.months_until(last) + 1) as usize];
            for (m, v) in months.iter().zip(&s.values) {
                if let Some(slot) = values.get_mut(first.months_until(*m) as usize) {
                    *slot = *v;
                }
            }
            let entry = SeriesEntry {
                series: Series::new(first, values),
                provenance,
                incomplete,
                note: s.note.clone(),
            };
            series.insert((area, indicator), entry);
        }
    }

    let mut expected = Vec::new();
    for (i, e) in w.expected.iter().enumerate() {
        let place = format!(
            "forventet udvikling for region {}, indikator {}",
            e.region, e.indicator
        );
        let path = format!("$.expected[{i}]");
        let region = region_index.get(e.region.as_str()).copied();
        let indicator = indicator_index.get(e.indicator.as_str()).copied();
        if region.is_none() {
            c.fail(
                &place,
                "regionen findes ikke i filen",
                format!("{path}.region"),
            );
        }
        if indicator.is_none() {
            c.fail(
                &place,
                "indikatoren findes ikke i filen",
                format!("{path}.indicator"),
            );
        }
        if !(1000..=9999).contains(&e.plan_year) {
            c.fail(
                &place,
                format!("planåret {} er ikke et årstal", e.plan_year),
                format!("{path}.plan_year"),
            );
        }
        if !e.relative_change.is_finite() || e.relative_change <= -1.0 {
            c.fail(
                &place,
                format!("{} er ikke en mulig relativ ændring", e.relative_change),
                format!("{path}.relative_change"),
            );
        }
        if let (Some(region), Some(indicator)) = (region, indicator) {
            expected.push(Expected {
                region,
                indicator,
                plan_year: e.plan_year,
                relative_change: e.relative_change,
            });
        }
    }

    let mut outlooks = Vec::new();
    for (i, o) in w.outlooks.iter().enumerate() {
        if !o.relative_change.is_finite() || o.relative_change <= -1.0 {
            c.fail(
                format!("konjunkturscenarie {}", o.id),
                format!("{} er ikke en mulig relativ ændring", o.relative_change),
                format!("$.outlooks[{i}].relative_change"),
            );
        }
        outlooks.push(Outlook {
            id: o.id.clone(),
            name: text(&o.name),
            relative_change: o.relative_change,
            note: text(&o.note),
            synthetic: o.synthetic,
        });
    }
    if w.municipalities.is_empty() {
        c.fail("filen", "der er ingen kommuner", "$.municipalities".into());
    }

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
        }),
        _ => Err(DataErrors(c.errors)),
    }
}
