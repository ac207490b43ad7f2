//! What is wrong at a place in a baseline file, as a value, worded in Danish and English side
//! by side. Values, ids and months are shown as written in the file.

use std::fmt;

use super::place::Kind;
use crate::data::quote::excerpt as q;
use crate::data::Lang;
use crate::model::Month;

/// What a field should have held, in a type error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Expected {
    /// A number.
    Number,
    /// A whole number.
    Integer,
    /// A string.
    Text,
    /// An array.
    List,
    /// `true` or `false`.
    Bool,
    /// An object.
    Object,
    /// serde's own words, for anything else.
    Other(String),
}

/// What a field held instead, in a type error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FoundValue {
    /// A string, quoted as in the file.
    Text(String),
    /// A number, as written.
    Number(String),
    /// `true` or `false`.
    Bool(String),
    /// `null`.
    Null,
    /// An array.
    List,
    /// An object.
    Object,
    /// serde's own words, for anything else.
    Other(String),
}

/// What is wrong.
#[derive(Debug, Clone, PartialEq)]
pub enum Problem {
    /// A field holds a value of the wrong type.
    WrongType {
        /// What it should hold.
        expected: Expected,
        /// What it holds.
        found: FoundValue,
    },
    /// A field the format does not know.
    UnknownField(String),
    /// A required field is missing.
    MissingField(String),
    /// A field is written twice.
    DuplicateField(String),
    /// A value outside a field's list of values.
    UnknownVariant(String),
    /// A list of the wrong length (serde's words).
    WrongLength(String),
    /// Any other content error (serde's words).
    OtherContent(String),
    /// An item without a code or id.
    MissingId,
    /// An id given twice; `first` is the 1-based position of the first.
    Duplicate {
        /// Kind of item.
        kind: Kind,
        /// 1-based position of the first.
        first: usize,
    },
    /// A region code that is also a municipality code or `national`.
    RegionCodeClash,
    /// Not a three-digit municipality code.
    NotMunicipalityCode(String),
    /// A municipality's region is not in the file.
    UnknownRegion(String),
    /// A municipality's group is not in the file.
    UnknownGroup(String),
    /// A population that is negative or not finite.
    BadPopulation(f64),
    /// A month not written `YYYY-MM`.
    NotAMonth(String),
    /// An unknown unit.
    UnknownUnit(String),
    /// A direction that is neither `lower` nor `higher`.
    UnknownBetter(String),
    /// An unknown frequency.
    UnknownFrequency(String),
    /// A source not listed in `meta.sources`.
    UnknownSource(String),
    /// A plan year that is not a year.
    NotAYear(i32),
    /// An indicator id the file does not define.
    UnknownIndicator(String),
    /// A goal month outside 1–12.
    NoSuchMonth(u32),
    /// A goal's target year before its set's plan year or too far after it.
    TargetYear {
        /// The year given.
        year: i32,
        /// The first year allowed.
        first: i32,
        /// The last year allowed.
        last: i32,
    },
    /// A goal on an indicator that is not monthly.
    GoalNotMonthly,
    /// A second series for an area and indicator; `first` is the 1-based first series.
    TwoSeries {
        /// 1-based position of the first.
        first: usize,
    },
    /// A series area that is no municipality, region or `national`.
    UnknownArea(String),
    /// An unknown provenance.
    UnknownProvenance(String),
    /// A series without months.
    NoMonths,
    /// A series spanning more months than Måltal computes on.
    SpanTooLong {
        /// Months from the first to the last, both counted.
        months: i32,
        /// The limit.
        limit: i32,
    },
    /// A series with as many values as months.
    LengthMismatch {
        /// Months.
        months: usize,
        /// Values.
        values: usize,
    },
    /// A quarterly series dated by a month that does not end a quarter.
    NotQuarterEnd,
    /// A month written twice.
    MonthTwice,
    /// Months out of order.
    OutOfOrder {
        /// The month.
        month: Month,
        /// The month before it.
        prev: Month,
    },
    /// Months missing between two months.
    Gap {
        /// The month before the gap.
        prev: Month,
        /// The month after it.
        month: Month,
    },
    /// A value that is not finite.
    NotFinite,
    /// A negative value.
    Negative(f64),
    /// A percentage outside 0–100.
    PercentOutOfRange(f64),
    /// An `incomplete` month that is no month of the series.
    IncompleteNotInSeries,
    /// An `incomplete` month written twice.
    IncompleteTwice,
    /// An expected change's region is not in the file.
    RegionNotInFile,
    /// An expected change's indicator is not in the file.
    IndicatorNotInFile,
    /// A relative change that is not possible (not finite, or −100 % or less).
    NotRelativeChange(f64),
    /// The file has no municipalities.
    NoMunicipalities,
    /// Not a web address starting with `https://` or `http://`.
    NotWebAddress(String),
    /// Not an e-mail address.
    NotEmail(String),
    /// Not a telephone number.
    NotPhone(String),
    /// An accessibility feedback route that is neither a web address nor `mailto:`.
    NotFeedbackRoute(String),
    /// An authority with no website, e-mail or telephone.
    NoContact,
    /// A goal or indicator id longer than a scenario can store ([`crate::data::limits`]).
    IdTooLong {
        /// The id's length in bytes.
        bytes: usize,
        /// The limit in bytes.
        limit: usize,
    },
    /// A goal title longer than a scenario can store.
    TitleTooLong {
        /// The title's length in characters.
        chars: usize,
        /// The limit in characters.
        limit: usize,
    },
    /// A goal set with more goals than a scenario can hold.
    TooManyGoals {
        /// The goals in the set.
        count: usize,
        /// The limit.
        limit: usize,
    },
}

impl Expected {
    /// The type in words.
    pub fn text(&self, lang: Lang) -> String {
        match self {
            Expected::Number => lang.pick("et tal", "a number").into(),
            Expected::Integer => lang.pick("et heltal", "a whole number").into(),
            Expected::Text => lang.pick("en tekst", "a text").into(),
            Expected::List => lang.pick("en liste", "a list").into(),
            Expected::Bool => lang.pick("true eller false", "true or false").into(),
            Expected::Object => lang.pick("et objekt", "an object").into(),
            Expected::Other(words) => words.clone(),
        }
    }
}

impl FoundValue {
    /// The value in words.
    pub fn text(&self, lang: Lang) -> String {
        match self {
            FoundValue::Text(s) => match lang {
                Lang::Da => format!("teksten {s} (tal skrives uden anførselstegn)"),
                Lang::En => format!("the text {s} (numbers are written without quotes)"),
            },
            FoundValue::Number(n) => format!("{} {n}", lang.pick("tallet", "the number")),
            FoundValue::Bool(b) => b.clone(),
            FoundValue::Null => "null".into(),
            FoundValue::List => lang.pick("en liste", "a list").into(),
            FoundValue::Object => lang.pick("et objekt", "an object").into(),
            FoundValue::Other(words) => words.clone(),
        }
    }
}

impl Problem {
    /// The problem in words.
    pub fn text(&self, lang: Lang) -> String {
        match lang {
            Lang::Da => self.danish(),
            Lang::En => self.english(),
        }
    }

    // One sentence per problem; quoting input through `q` made rustfmt wrap some arms.
    // long-fn: a flat table of sentences (its English twin follows)
    fn danish(&self) -> String {
        use Problem::*;
        match self {
            WrongType { expected, found } => format!(
                "forventede {}, men fandt {}",
                expected.text(Lang::Da),
                found.text(Lang::Da)
            ),
            UnknownField(f) => {
                format!(
                    "ukendt felt «{}» (formatet tillader kun de dokumenterede felter)",
                    q(f)
                )
            }
            MissingField(f) => format!("feltet «{}» mangler", q(f)),
            DuplicateField(f) => format!("feltet «{}» står to gange", q(f)),
            UnknownVariant(v) => format!("ukendt værdi «{}»", q(v)),
            WrongLength(msg) => format!("forkert antal elementer ({msg})"),
            OtherContent(msg) => format!("forkert indhold: {msg}"),
            MissingId => "mangler en kode/id".into(),
            Duplicate { kind, first } => {
                format!("findes to gange (også {} nr. {first})", kind.text(Lang::Da))
            }
            RegionCodeClash => {
                "regionskoden er også en kommunekode eller «national»; serierne kan ikke skelne dem"
                    .into()
            }
            NotMunicipalityCode(c) => {
                format!("«{}» er ikke en kommunekode med tre cifre", q(c))
            }
            UnknownRegion(r) => format!("regionen «{}» findes ikke i filen", q(r)),
            UnknownGroup(g) => format!("gruppen «{}» findes ikke i filen", q(g)),
            BadPopulation(p) => format!("ugyldigt indbyggertal {p}"),
            NotAMonth(t) => format!("«{}» er ikke en måned på formen ÅÅÅÅ-MM", q(t)),
            UnknownUnit(u) => {
                format!(
                    "ukendt enhed «{}» (persons, full_time_persons eller percent)",
                    q(u)
                )
            }
            UnknownBetter(b) => format!("«{}» skal være lower eller higher", q(b)),
            UnknownFrequency(f) => format!("ukendt hyppighed «{}» (monthly eller quarterly)", q(f)),
            UnknownSource(s) => format!("kilden «{}» findes ikke i meta.sources", q(s)),
            NotAYear(y) => format!("planåret {y} er ikke et årstal"),
            UnknownIndicator(i) => format!("indikatoren «{}» findes ikke i filen", q(i)),
            NoSuchMonth(m) => format!("måned {m} findes ikke (1–12)"),
            TargetYear { year, first, last } => {
                format!("målåret {year} skal ligge fra {first} til {last}")
            }
            GoalNotMonthly => "et mål skal pege på en månedlig indikator".into(),
            TwoSeries { first } => {
                format!("der er to serier for samme område og indikator (også serie nr. {first})")
            }
            UnknownArea(a) => {
                format!(
                    "området «{}» er hverken en kommune, en region eller national i filen",
                    q(a)
                )
            }
            UnknownProvenance(p) => {
                format!(
                    "ukendt oprindelse «{}» (observed, derived eller synthetic)",
                    q(p)
                )
            }
            NoMonths => "serien har ingen måneder".into(),
            SpanTooLong { months, limit } => format!(
                "serien spænder over {months} måneder; Måltal regner på højst {limit} (50 år) – er et årstal skrevet forkert?"
            ),
            LengthMismatch { months, values } => {
                format!("serien har {months} måneder men {values} værdier")
            }
            NotQuarterEnd => {
                "en kvartalsserie dateres med kvartalets sidste måned (03, 06, 09, 12)".into()
            }
            MonthTwice => "måneden står to gange".into(),
            OutOfOrder { month, prev } => {
                format!("månederne står ikke i rækkefølge ({month} efter {prev})")
            }
            Gap { prev, month } => format!(
                "der mangler måneder mellem {prev} og {month}; skriv null for en manglende måned"
            ),
            NotFinite => "tallet er ikke endeligt".into(),
            Negative(v) => format!("negativt tal {v}"),
            PercentOutOfRange(v) => format!("procenten {v} ligger ikke mellem 0 og 100"),
            IncompleteNotInSeries => {
                "en måned i «incomplete» skal være en af seriens måneder".into()
            }
            IncompleteTwice => "måneden står to gange i «incomplete»".into(),
            RegionNotInFile => "regionen findes ikke i filen".into(),
            IndicatorNotInFile => "indikatoren findes ikke i filen".into(),
            NotRelativeChange(c) => format!("{c} er ikke en mulig relativ ændring"),
            NoMunicipalities => "der er ingen kommuner".into(),
            NotWebAddress(u) => format!("«{}» er ikke en webadresse, der begynder med https://", q(u)),
            NotEmail(e) => format!("«{}» er ikke en e-mailadresse (navn@domæne.dk)", q(e)),
            NotPhone(p) => format!("«{}» er ikke et telefonnummer (cifre, mellemrum, + og -)", q(p)),
            NotFeedbackRoute(f) => format!("«{}» er hverken en webadresse (https://…) eller en e-mailadresse skrevet mailto:navn@domæne.dk", q(f)),
            NoContact => "myndigheden har hverken webadresse (url), e-mail eller telefon (phone), som den kan kontaktes på".into(),
            IdTooLong { bytes, limit } => format!("id'et er {bytes} bytes langt; et scenarie kan højst gemme {limit}"),
            TitleTooLong { chars, limit } => format!("titlen har {chars} tegn; et scenarie kan højst gemme {limit}"),
            TooManyGoals { count, limit } => format!("målsættet har {count} mål; et scenarie kan højst rumme {limit}"),
        }
    }

    // long-fn: a flat table of sentences (the Danish twin above)
    fn english(&self) -> String {
        use Problem::*;
        match self {
            WrongType { expected, found } => format!(
                "expected {}, but found {}",
                expected.text(Lang::En),
                found.text(Lang::En)
            ),
            UnknownField(f) => {
                format!("unknown field «{}» (the format allows only the documented fields)", q(f))
            }
            MissingField(f) => format!("the field «{}» is missing", q(f)),
            DuplicateField(f) => format!("the field «{}» is written twice", q(f)),
            UnknownVariant(v) => format!("unknown value «{}»", q(v)),
            WrongLength(msg) => format!("wrong number of elements ({msg})"),
            OtherContent(msg) => format!("wrong content: {msg}"),
            MissingId => "lacks a code/id".into(),
            Duplicate { kind, first } => {
                format!("appears twice (also {} no. {first})", kind.text(Lang::En))
            }
            RegionCodeClash => "the region code is also a municipality code or «national»; the series cannot tell them apart".into(),
            NotMunicipalityCode(c) => format!("«{}» is not a three-digit municipality code", q(c)),
            UnknownRegion(r) => format!("the region «{}» is not in the file", q(r)),
            UnknownGroup(g) => format!("the group «{}» is not in the file", q(g)),
            BadPopulation(p) => format!("invalid population {p}"),
            NotAMonth(t) => format!("«{}» is not a month of the form YYYY-MM", q(t)),
            UnknownUnit(u) => {
                format!("unknown unit «{}» (persons, full_time_persons or percent)", q(u))
            }
            UnknownBetter(b) => format!("«{}» must be lower or higher", q(b)),
            UnknownFrequency(f) => format!("unknown frequency «{}» (monthly or quarterly)", q(f)),
            UnknownSource(s) => format!("the source «{}» is not in meta.sources", q(s)),
            NotAYear(y) => format!("the plan year {y} is not a year"),
            UnknownIndicator(i) => format!("the indicator «{}» is not in the file", q(i)),
            NoSuchMonth(m) => format!("there is no month {m} (1–12)"),
            TargetYear { year, first, last } => {
                format!("the target year {year} must lie from {first} to {last}")
            }
            GoalNotMonthly => "a goal must point to a monthly indicator".into(),
            TwoSeries { first } => format!(
                "there are two series for the same area and indicator (also series no. {first})"
            ),
            UnknownArea(a) => {
                format!("the area «{}» is neither a municipality, a region nor national in the file", q(a))
            }
            UnknownProvenance(p) => {
                format!("unknown provenance «{}» (observed, derived or synthetic)", q(p))
            }
            NoMonths => "the series has no months".into(),
            SpanTooLong { months, limit } => format!(
                "the series spans {months} months; Måltal computes on at most {limit} (50 years) – is a year mistyped?"
            ),
            LengthMismatch { months, values } => {
                format!("the series has {months} months but {values} values")
            }
            NotQuarterEnd => {
                "a quarterly series is dated by the quarter's last month (03, 06, 09, 12)".into()
            }
            MonthTwice => "the month appears twice".into(),
            OutOfOrder { month, prev } => {
                format!("the months are not in order ({month} after {prev})")
            }
            Gap { prev, month } => format!(
                "months are missing between {prev} and {month}; write null for a missing month"
            ),
            NotFinite => "the number is not finite".into(),
            Negative(v) => format!("negative number {v}"),
            PercentOutOfRange(v) => format!("the percentage {v} is not between 0 and 100"),
            IncompleteNotInSeries => {
                "a month in «incomplete» must be one of the series' months".into()
            }
            IncompleteTwice => "the month appears twice in «incomplete»".into(),
            RegionNotInFile => "the region is not in the file".into(),
            IndicatorNotInFile => "the indicator is not in the file".into(),
            NotRelativeChange(c) => format!("{c} is not a possible relative change"),
            NoMunicipalities => "there are no municipalities".into(),
            NotWebAddress(u) => format!("«{}» is not a web address starting with https://", q(u)),
            NotEmail(e) => format!("«{}» is not an e-mail address (name@domain.dk)", q(e)),
            NotPhone(p) => format!("«{}» is not a telephone number (digits, spaces, + and -)", q(p)),
            NotFeedbackRoute(f) => format!("«{}» is neither a web address (https://…) nor an e-mail address written mailto:name@domain.dk", q(f)),
            NoContact => "the authority has no website (url), e-mail or telephone (phone) to contact it by".into(),
            IdTooLong { bytes, limit } => format!("the id is {bytes} bytes long; a scenario can store at most {limit}"),
            TitleTooLong { chars, limit } => format!("the title has {chars} characters; a scenario can store at most {limit}"),
            TooManyGoals { count, limit } => format!("the goal set has {count} goals; a scenario can hold at most {limit}"),
        }
    }
}

/// The Danish text.
impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(Lang::Da))
    }
}
