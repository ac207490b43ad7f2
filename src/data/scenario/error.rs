//! Why a share link, scenario file or stored state was refused: typed values, worded in Danish
//! and English side by side (`Display` is the Danish text, as the data tool prints it).

use std::fmt;

use crate::data::Lang;

/// Why a link, file or stored state was refused.
#[derive(Debug, Clone, PartialEq)]
pub enum ScenarioError {
    /// The text is empty.
    Empty,
    /// Too long.
    TooLarge {
        /// Size.
        size: usize,
        /// Limit.
        limit: usize,
    },
    /// Made by a newer version of Måltal.
    NewerVersion {
        /// The version found.
        found: String,
    },
    /// Not readable (damaged, truncated or tampered with).
    Damaged(Damage),
    /// Readable, but a field is not valid.
    Invalid {
        /// The scenario's name (at most 60 characters).
        name: String,
        /// What is wrong.
        problem: InvalidField,
    },
    /// Not a Måltal scenario file.
    WrongFormat,
}

/// What makes a link or file unreadable.
#[derive(Debug, Clone, PartialEq)]
pub enum Damage {
    /// The version number is missing.
    NoVersion,
    /// The version number is not a number.
    VersionNotANumber,
    /// Characters that base64url does not have.
    BadCharacters,
    /// The JSON inside is broken, where the parser knows (line, column).
    Json(JsonProblem, Option<(usize, usize)>),
    /// The list of scenarios is missing.
    NoList,
    /// The list of scenarios is empty.
    NoScenarios,
}

/// What the JSON parser found wrong.
#[derive(Debug, Clone, PartialEq)]
pub enum JsonProblem {
    /// The text ends too early (perhaps cut off).
    Truncated,
    /// Not JSON at all.
    NotJson,
    /// A field the format does not have.
    UnknownField(String),
    /// A field the format needs.
    MissingField(String),
    /// A value of the wrong type.
    WrongType,
}

/// Which rule a readable scenario breaks.
#[derive(Debug, Clone, PartialEq)]
pub enum InvalidField {
    /// The id is over its limit.
    IdTooLong,
    /// The name or author is over 200 characters.
    NameTooLong,
    /// The municipality is not a three-digit code (the value, cut short).
    NotAMunicipalityCode(String),
    /// More goals than a scenario may hold.
    TooManyGoals,
    /// A goal id over its limit.
    GoalIdTooLong,
    /// The goal set's or the outlook's id over its limit.
    ChoiceIdTooLong,
    /// A goal's ambition names an unknown preset or is not a number.
    BadAmbition(String),
    /// A goal's target is negative.
    NegativeTarget(String),
    /// A reasoning over its limit.
    ReasonTooLong,
    /// The month of the data it was made on is not a month.
    BadDataMonth,
    /// The data source it names is over its limit.
    SourceTooLong,
    /// An own goal without a title, indicator or target year, or with a title over its limit
    /// (the goal's id, cut short).
    BadOwnGoal(String),
    /// An own goal measured in a month outside 1–12 (the goal's id, cut short).
    BadGoalMonth(String),
    /// Two goals with the same id (the id, cut short).
    DuplicateGoal(String),
    /// A milestone for a year that is not a year, or with a figure that is not a finite,
    /// non-negative number (the goal's id, cut short, and the year).
    BadMilestone(String, i32),
}

impl ScenarioError {
    /// The reason in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        match self {
            ScenarioError::Empty => lang.pick("linket eller filen er tom", "the link or file is empty").into(),
            ScenarioError::TooLarge { size, limit } => match lang {
                Lang::Da => format!("for stort: {size} tegn (højst {limit})"),
                Lang::En => format!("too large: {size} characters (at most {limit})"),
            },
            ScenarioError::NewerVersion { found } => match lang {
                Lang::Da => format!("lavet med en nyere udgave af Måltal (formatversion {found}); opdatér siden"),
                Lang::En => format!("made with a newer version of Måltal (format version {found}); reload the page"),
            },
            ScenarioError::Damaged(d) => match lang {
                Lang::Da => format!("kan ikke læses – det er beskadiget eller afkortet ({})", d.text(lang)),
                Lang::En => format!("cannot be read – it is damaged or cut short ({})", d.text(lang)),
            },
            ScenarioError::Invalid { name, problem } => match lang {
                Lang::Da => format!("scenariet «{name}» er ugyldigt: {}", problem.text(lang)),
                Lang::En => format!("the scenario «{name}» is not valid: {}", problem.text(lang)),
            },
            ScenarioError::WrongFormat => lang
                .pick(
                    "filen er ikke en Måltal-scenariefil (feltet \"format\" skal være \"maltal-scenarier\")",
                    "the file is not a Måltal scenario file (the field \"format\" must be \"maltal-scenarier\")",
                )
                .into(),
        }
    }
}

impl Damage {
    /// The damage in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        match self {
            Damage::NoVersion => lang
                .pick("versionsnummeret mangler", "the version number is missing")
                .into(),
            Damage::VersionNotANumber => lang
                .pick(
                    "versionsnummeret er ikke et tal",
                    "the version number is not a number",
                )
                .into(),
            Damage::BadCharacters => lang.pick("ugyldige tegn", "invalid characters").into(),
            Damage::Json(problem, at) => {
                let at = at.map_or(String::new(), |(line, column)| match lang {
                    Lang::Da => format!(" (linje {line}, tegn {column})"),
                    Lang::En => format!(" (line {line}, character {column})"),
                });
                format!("{}{at}", problem.text(lang))
            }
            Damage::NoList => lang
                .pick(
                    "listen «scenarier» mangler",
                    "the list «scenarier» is missing",
                )
                .into(),
            Damage::NoScenarios => lang
                .pick(
                    "filen indeholder ingen scenarier",
                    "the file holds no scenarios",
                )
                .into(),
        }
    }
}

impl JsonProblem {
    /// The problem in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        match (self, lang) {
            (JsonProblem::Truncated, Lang::Da) => {
                "teksten slutter for tidligt – den er måske afkortet".into()
            }
            (JsonProblem::Truncated, Lang::En) => {
                "the text ends too early – it may have been cut short".into()
            }
            (JsonProblem::NotJson, _) => lang.pick("ikke gyldig JSON", "not valid JSON").into(),
            (JsonProblem::UnknownField(f), Lang::Da) => format!("ukendt felt «{f}»"),
            (JsonProblem::UnknownField(f), Lang::En) => format!("unknown field «{f}»"),
            (JsonProblem::MissingField(f), Lang::Da) => format!("feltet «{f}» mangler"),
            (JsonProblem::MissingField(f), Lang::En) => format!("the field «{f}» is missing"),
            (JsonProblem::WrongType, _) => lang
                .pick("en værdi har en forkert type", "a value has the wrong type")
                .into(),
        }
    }
}

impl InvalidField {
    /// The rule broken, in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        match (self, lang) {
            (InvalidField::IdTooLong, _) => {
                lang.pick("id'et er for langt", "the id is too long").into()
            }
            (InvalidField::NameTooLong, _) => lang
                .pick(
                    "navn eller forfatter er over 200 tegn",
                    "the name or author is over 200 characters",
                )
                .into(),
            (InvalidField::NotAMunicipalityCode(v), Lang::Da) => {
                format!("«{v}» er ikke en kommunekode med tre cifre")
            }
            (InvalidField::NotAMunicipalityCode(v), Lang::En) => {
                format!("«{v}» is not a three-digit municipality code")
            }
            (InvalidField::TooManyGoals, _) => lang.pick("for mange mål", "too many goals").into(),
            (InvalidField::BadOwnGoal(g), Lang::Da) => {
                format!("det egne mål «{g}» mangler titel, indikator eller målår, eller titlen er over 200 tegn")
            }
            (InvalidField::BadOwnGoal(g), Lang::En) => {
                format!("the own goal «{g}» lacks a title, indicator or target year, or its title is over 200 characters")
            }
            (InvalidField::BadGoalMonth(g), Lang::Da) => {
                format!("målet «{g}» måles i en måned, der ikke findes (1–12)")
            }
            (InvalidField::BadGoalMonth(g), Lang::En) => {
                format!("the goal «{g}» is measured in a month that does not exist (1–12)")
            }
            (InvalidField::DuplicateGoal(g), Lang::Da) => format!("målet «{g}» står der to gange"),
            (InvalidField::DuplicateGoal(g), Lang::En) => format!("the goal «{g}» is there twice"),
            (InvalidField::BadMilestone(g, y), Lang::Da) => {
                format!("delmålet for {y} i målet «{g}» er ikke et gyldigt tal for et årstal")
            }
            (InvalidField::BadMilestone(g, y), Lang::En) => {
                format!("the milestone for {y} of the goal «{g}» is not a valid figure for a year")
            }
            (InvalidField::GoalIdTooLong, _) => lang
                .pick("et mål-id er for langt", "a goal id is too long")
                .into(),
            (InvalidField::ChoiceIdTooLong, _) => lang
                .pick(
                    "id'et for målsættet eller fremskrivningen er for langt",
                    "the id of the goal set or the outlook is too long",
                )
                .into(),
            (InvalidField::BadAmbition(g), Lang::Da) => {
                format!("ambitionen for målet «{g}» er ugyldig")
            }
            (InvalidField::BadAmbition(g), Lang::En) => {
                format!("the ambition for the goal «{g}» is not valid")
            }
            (InvalidField::NegativeTarget(g), Lang::Da) => format!("målet «{g}» er negativt"),
            (InvalidField::NegativeTarget(g), Lang::En) => {
                format!("the target for «{g}» is negative")
            }
            (InvalidField::ReasonTooLong, _) => lang
                .pick(
                    "en begrundelse er over 10.000 tegn",
                    "a reasoning is over 10,000 characters",
                )
                .into(),
            (InvalidField::BadDataMonth, _) => lang
                .pick(
                    "datadatoen er ikke en måned (ÅÅÅÅ-MM)",
                    "the data date is not a month (YYYY-MM)",
                )
                .into(),
            (InvalidField::SourceTooLong, _) => lang
                .pick(
                    "datakilden er over 2.000 tegn",
                    "the data source is over 2,000 characters",
                )
                .into(),
        }
    }
}

impl fmt::Display for ScenarioError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(Lang::Da))
    }
}

impl std::error::Error for ScenarioError {}

/// A JSON parser's error as a typed problem, with its place when the parser knows it.
pub(super) fn json_damage(e: &serde_json::Error) -> ScenarioError {
    use serde_json::error::Category;
    let at = (e.line() > 0).then(|| (e.line(), e.column()));
    let text = e.to_string();
    let quoted = |prefix: &str| {
        text.strip_prefix(prefix)
            .and_then(|rest| rest.strip_prefix('`'))
            .and_then(|rest| rest.split('`').next())
            .map(|field| field.chars().take(40).collect::<String>())
    };
    let problem = match e.classify() {
        Category::Eof => JsonProblem::Truncated,
        Category::Syntax | Category::Io => JsonProblem::NotJson,
        Category::Data => match (quoted("unknown field "), quoted("missing field ")) {
            (Some(field), _) => JsonProblem::UnknownField(field),
            (_, Some(field)) => JsonProblem::MissingField(field),
            _ => JsonProblem::WrongType,
        },
    };
    ScenarioError::Damaged(Damage::Json(problem, at))
}
