//! The first look at a file: its top level is read without building the rest, so a file that
//! is not a Måltal baseline of a known version is refused before any other check.

use serde_json::Value;

use crate::data::error::{DataError, Found};
use crate::data::schema::{FORMAT_NAME, FORMAT_VERSION};

/// Refuses files that are not Måltal baselines of a known version, before any other check.
/// The top level of a file: only `format` and `version` are kept.
pub(super) enum Head {
    /// A JSON object, with its format and version fields (if present).
    Object(Option<Value>, Option<Value>),
    /// Any other JSON value.
    Other,
}

impl Head {
    pub(super) fn into_value(self) -> Value {
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

pub(super) fn check_format(value: &Value) -> Result<(), DataError> {
    let Value::Object(map) = value else {
        return Err(DataError::WrongFormat {
            found: Found::NotAnObject,
        });
    };
    match map.get("format") {
        Some(Value::String(s)) if s == FORMAT_NAME => {}
        Some(other) => {
            return Err(DataError::WrongFormat {
                found: Found::Value(other.to_string()),
            })
        }
        None => {
            return Err(DataError::WrongFormat {
                found: Found::Missing,
            })
        }
    }
    match map.get("version") {
        Some(Value::Number(n)) if n.as_u64() == Some(u64::from(FORMAT_VERSION)) => Ok(()),
        Some(other) => Err(DataError::UnknownVersion {
            found: Found::Value(other.to_string()),
        }),
        None => Err(DataError::UnknownVersion {
            found: Found::Missing,
        }),
    }
}
