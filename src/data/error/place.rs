//! Where in a baseline file an error is, as a value: "kommune 751 (Aarhus), indikator ledige,
//! måned 2024-03" in Danish, "municipality 751 (Aarhus), indicator ledige, month 2024-03" in
//! English. Codes, ids and names stay as in the file, quoted as an excerpt (a megabyte-long id
//! still gives a one-line message).

use std::fmt;

use crate::data::quote::excerpt as q;
use crate::data::Lang;

/// A kind of item in the file, as counted in "kommune nr. 3".
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    /// An entry of `meta.sources`.
    Source,
    /// A region.
    Region,
    /// A group of municipalities (klynge).
    Group,
    /// A municipality.
    Municipality,
    /// An indicator.
    Indicator,
    /// A goal set.
    GoalSet,
    /// A labour-market outlook.
    Outlook,
    /// A series.
    Series,
    /// A goal of the goal set with this id.
    GoalIn(String),
}

impl Kind {
    /// The kind in words.
    pub fn text(&self, lang: Lang) -> String {
        let words = match self {
            Kind::Source => lang.pick("kilde", "source"),
            Kind::Region => "region",
            Kind::Group => lang.pick("gruppe", "group"),
            Kind::Municipality => lang.pick("kommune", "municipality"),
            Kind::Indicator => lang.pick("indikator", "indicator"),
            Kind::GoalSet => lang.pick("målsæt", "goal set"),
            Kind::Outlook => lang.pick("konjunkturscenarie", "outlook"),
            Kind::Series => lang.pick("serie", "series"),
            Kind::GoalIn(set) => {
                return match lang {
                    Lang::Da => format!("mål i målsæt {}", q(set)),
                    Lang::En => format!("goal in goal set {}", q(set)),
                }
            }
        };
        words.to_string()
    }
}

/// The area of a series.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AreaName {
    /// The whole country (`national`).
    National,
    /// A municipality of the file.
    Municipality {
        /// Three-digit code.
        code: String,
        /// Name.
        name: String,
    },
    /// A region of the file.
    Region {
        /// Four-digit code.
        code: String,
        /// Name.
        name: String,
    },
    /// A code the file does not define.
    Unknown(String),
}

impl AreaName {
    /// The area in words.
    pub fn text(&self, lang: Lang) -> String {
        match self {
            AreaName::National => lang.pick("hele landet", "the whole country").to_string(),
            AreaName::Municipality { code, name } => {
                format!(
                    "{} {} ({})",
                    lang.pick("kommune", "municipality"),
                    q(code),
                    q(name)
                )
            }
            AreaName::Region { code, name } => format!("region {} ({})", q(code), q(name)),
            AreaName::Unknown(code) => format!("{} {}", lang.pick("område", "area"), q(code)),
        }
    }
}

/// Where an error is, in words a region's analyst understands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    /// The file as a whole.
    File,
    /// The `meta` object.
    Metadata,
    /// A top-level field.
    Field(String),
    /// The `n`-th item (1-based) of a list, when it has no usable id.
    Nth {
        /// What kind of item.
        kind: Kind,
        /// 1-based position.
        n: usize,
    },
    /// A source of `meta.sources`.
    Source(String),
    /// A region.
    Region {
        /// Code.
        code: String,
        /// Name.
        name: String,
    },
    /// A group.
    Group(String),
    /// A municipality.
    Municipality {
        /// Code.
        code: String,
        /// Name.
        name: String,
    },
    /// An indicator.
    Indicator(String),
    /// A goal set.
    GoalSet(String),
    /// A goal of a goal set.
    Goal {
        /// Goal set id.
        set: String,
        /// Goal id.
        goal: String,
    },
    /// A labour-market outlook.
    Outlook(String),
    /// An expected change of a region's indicator.
    Expected {
        /// Region code.
        region: String,
        /// Indicator id.
        indicator: String,
    },
    /// A series, or one month of it.
    Series {
        /// Its area.
        area: AreaName,
        /// Its indicator id.
        indicator: String,
        /// The month (`YYYY-MM` as written in the file), when the error is in one month.
        month: Option<String>,
    },
}

impl Place {
    /// The same series place at one month.
    pub fn at_month(&self, month: impl fmt::Display) -> Place {
        match self {
            Place::Series {
                area, indicator, ..
            } => Place::Series {
                area: area.clone(),
                indicator: indicator.clone(),
                month: Some(month.to_string()),
            },
            other => other.clone(),
        }
    }

    /// The place in words.
    pub fn text(&self, lang: Lang) -> String {
        let da = lang == Lang::Da;
        match self {
            Place::File => lang.pick("filen", "the file").into(),
            Place::Metadata => lang.pick("metadata", "the metadata").into(),
            Place::Field(field) => format!("{} {}", lang.pick("feltet", "the field"), q(field)),
            Place::Nth { kind, n } if da => format!("{} nr. {n}", kind.text(lang)),
            Place::Nth { kind, n } => format!("{} no. {n}", kind.text(lang)),
            Place::Source(id) => format!("{} {}", Kind::Source.text(lang), q(id)),
            Place::Region { code, name } => format!("region {} ({})", q(code), q(name)),
            Place::Group(id) => format!("{} {}", Kind::Group.text(lang), q(id)),
            Place::Municipality { code, name } => {
                format!(
                    "{} {} ({})",
                    Kind::Municipality.text(lang),
                    q(code),
                    q(name)
                )
            }
            Place::Indicator(id) => format!("{} {}", Kind::Indicator.text(lang), q(id)),
            Place::GoalSet(id) => format!("{} {}", Kind::GoalSet.text(lang), q(id)),
            Place::Goal { set, goal } if da => format!("målsæt {}, mål {}", q(set), q(goal)),
            Place::Goal { set, goal } => format!("goal set {}, goal {}", q(set), q(goal)),
            Place::Outlook(id) => format!("{} {}", Kind::Outlook.text(lang), q(id)),
            Place::Expected { region, indicator } if da => {
                format!(
                    "forventet udvikling for region {}, indikator {}",
                    q(region),
                    q(indicator)
                )
            }
            Place::Expected { region, indicator } => {
                format!(
                    "expected change for region {}, indicator {}",
                    q(region),
                    q(indicator)
                )
            }
            Place::Series {
                area,
                indicator,
                month,
            } => {
                let mut words = format!(
                    "{}, {} {}",
                    area.text(lang),
                    Kind::Indicator.text(lang),
                    q(indicator)
                );
                if let Some(m) = month {
                    words.push_str(&format!(", {} {}", lang.pick("måned", "month"), q(m)));
                }
                words
            }
        }
    }
}

/// The Danish text.
impl fmt::Display for Place {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(Lang::Da))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::quote::QUOTED_CHARS;

    /// Found by `tests/decoders.rs`: an expected change whose indicator was a 5 000-character
    /// string gave a message quoting all of it.
    #[test]
    fn a_long_id_in_a_place_is_quoted_as_an_excerpt() {
        let long = "x".repeat(5_000);
        let places = [
            Place::Expected {
                region: "1082".into(),
                indicator: long.clone(),
            },
            Place::GoalSet(long.clone()),
            Place::Outlook(long.clone()),
            Place::Goal {
                set: long.clone(),
                goal: long.clone(),
            },
            Place::Series {
                area: AreaName::Unknown(long.clone()),
                indicator: long.clone(),
                month: Some(long.clone()),
            },
        ];
        for place in places {
            for lang in [Lang::Da, Lang::En] {
                let text = place.text(lang);
                assert!(text.chars().count() < 5 * (QUOTED_CHARS + 40), "{text}");
                assert!(text.contains(&format!("{}…", "x".repeat(QUOTED_CHARS))));
            }
        }
        assert_eq!(
            Place::GoalSet("test-2025".into()).text(Lang::Da),
            "målsæt test-2025",
            "a short id stays whole"
        );
    }
}
