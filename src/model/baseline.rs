//! The validated baseline: regions, municipalities, comparable groups (klynger), indicators,
//! goals, series and outlook scenarios, as the engine sees them.
//!
//! Built only by `data::convert` from a file that passed validation, so every reference here
//! is an index that exists. Values are in the indicator's published unit; relative changes
//! are fractions (0.05 = +5 %).

use std::collections::HashMap;

use super::month::Month;
use super::series::Series;

/// A text in Danish and English.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Text {
    /// Danish.
    pub da: String,
    /// English.
    pub en: String,
}

impl Text {
    /// The text in `lang` ("en" gives English, anything else Danish); falls back to Danish
    /// when the English text is empty.
    pub fn get(&self, lang: &str) -> &str {
        if lang == "en" && !self.en.is_empty() {
            &self.en
        } else {
            &self.da
        }
    }
}

/// Where a figure comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Provenance {
    /// Published by the source as is.
    Observed,
    /// Computed from published figures (e.g. a sum of municipalities).
    Derived,
    /// Made up for illustration or as an assumption; the UI labels it.
    Synthetic,
}

/// The unit an indicator is published in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    /// Persons (a count).
    Persons,
    /// Full-time persons (a count of full-time equivalents).
    FullTimePersons,
    /// A percentage, 0–100 as published.
    Percent,
}

impl Unit {
    /// True for counts (persons, full-time persons), false for percentages.
    pub fn is_count(self) -> bool {
        !matches!(self, Unit::Percent)
    }
}

/// Which direction of change is an improvement.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Better {
    /// Fewer is better (e.g. unemployed).
    Lower,
    /// More is better (e.g. a share with paid hours).
    Higher,
}

/// How often an indicator is published.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Frequency {
    /// Every month.
    Monthly,
    /// Every quarter, dated by the quarter's last month; context only, never forecast.
    Quarterly,
}

/// A known break in a series: from `month` on, figures are not comparable with before.
#[derive(Debug, Clone, PartialEq)]
pub struct Break {
    /// The first month under the new rules.
    pub month: Month,
    /// What happened.
    pub note: Text,
}

/// An indicator, e.g. registered gross unemployment.
#[derive(Debug, Clone, PartialEq)]
pub struct Indicator {
    /// Identifier, e.g. `ledige`.
    pub id: String,
    /// Short name.
    pub name: Text,
    /// What exactly is counted.
    pub definition: Text,
    /// Published unit.
    pub unit: Unit,
    /// Direction of improvement.
    pub better: Better,
    /// Publication frequency.
    pub frequency: Frequency,
    /// Id of the source in [`Meta::sources`].
    pub source: String,
    /// Known breaks.
    pub breaks: Vec<Break>,
}

/// How a goal's target is measured.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Measure {
    /// The level in one calendar month (1–12) of the plan year.
    Month(u32),
    /// The average of the twelve months of the plan year.
    AnnualAverage,
}

/// Per indicator, the highest target or milestone that is plausible: 100 for a percentage, else
/// [`PLAUSIBLE_FACTOR`] times the largest figure of any area in `series` (`None` when the
/// indicator has no figure). Past it, a figure from a link or a file is a mistake or an
/// attack, not a plan.
pub fn plausible_limits(
    indicators: &[Indicator],
    series: &HashMap<(Area, usize), SeriesEntry>,
) -> Vec<Option<f64>> {
    let mut largest = vec![None::<f64>; indicators.len()];
    for ((_, i), entry) in series {
        if let Some(slot) = largest.get_mut(*i) {
            for v in entry.series.values().iter().flatten() {
                *slot = Some(slot.map_or(*v, |m| m.max(*v)));
            }
        }
    }
    indicators
        .iter()
        .zip(largest)
        .map(|(ind, l)| match ind.unit {
            Unit::Percent => Some(100.0),
            _ => l.map(|l| l * PLAUSIBLE_FACTOR),
        })
        .collect()
}

/// How many times the data's largest figure a target may be (see [`Baseline::plausible_limit`]).
pub const PLAUSIBLE_FACTOR: f64 = 10.0;

/// Latest target year a goal may have, in years after the year of the data's last month.
pub const MAX_YEARS_AHEAD: i32 = 5;

/// A goal: one of a goal set in the data file, or a municipality's own.
#[derive(Debug, Clone, PartialEq)]
pub struct Goal {
    /// Identifier, e.g. `langtidsledighed`.
    pub id: String,
    /// Title as a politician reads it.
    pub title: Text,
    /// Index into [`Baseline::indicators`].
    pub indicator: usize,
    /// How the target is measured.
    pub measure: Measure,
    /// The year the target is for (a plan over several years ends in a later year than it
    /// starts).
    pub target_year: i32,
}

/// The years a goal's target may be set for, given the data's last month: from the year after
/// it to [`MAX_YEARS_AHEAD`] years after it. (A target in the data's own year has, for most
/// measures, no months left to plan.)
pub fn target_years(data_month: Month) -> std::ops::RangeInclusive<i32> {
    data_month.year() + 1..=data_month.year() + MAX_YEARS_AHEAD
}

/// A list of goals: a goal set in the data file (a template: the minister's, a region's or an
/// example plan), or the goals a scenario holds.
#[derive(Debug, Clone, PartialEq)]
pub struct GoalSet {
    /// Identifier, e.g. `ministermaal-2026-eksempel`.
    pub id: String,
    /// Title.
    pub title: Text,
    /// The first plan year (each goal has its own target year, this one or later).
    pub plan_year: i32,
    /// True when the set is an example rather than the minister's official goals.
    pub example: bool,
    /// The goals.
    pub goals: Vec<Goal>,
}

/// A region (administrative region, RAR area, …).
#[derive(Debug, Clone, PartialEq)]
pub struct Region {
    /// Code as given in the file, e.g. `1084`.
    pub code: String,
    /// Name.
    pub name: String,
}

/// A group of comparable municipalities (klynge).
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    /// Identifier.
    pub id: String,
    /// Name.
    pub name: String,
    /// How the group was formed.
    pub description: String,
}

/// A municipality (kommune / jobcenter).
#[derive(Debug, Clone, PartialEq)]
pub struct Municipality {
    /// Official three-digit code, e.g. `751`.
    pub code: String,
    /// Name, e.g. `Aarhus`.
    pub name: String,
    /// Index into [`Baseline::regions`].
    pub region: usize,
    /// Index into [`Baseline::groups`].
    pub group: usize,
    /// Inhabitants, if known.
    pub population: Option<f64>,
}

/// An area a series belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Area {
    /// A municipality, by index.
    Municipality(usize),
    /// A region, by index.
    Region(usize),
    /// The whole country.
    National,
}

/// A series with where it comes from.
#[derive(Debug, Clone, PartialEq)]
pub struct SeriesEntry {
    /// The values.
    pub series: Series,
    /// Observed, derived or synthetic.
    pub provenance: Provenance,
    /// Months of an aggregate where some member was missing: the value is then the sum (or
    /// weighted mean) of the members that had one, or missing when none had.
    pub incomplete: Vec<Month>,
    /// Free-text note (e.g. how an aggregate was computed).
    pub note: String,
}

/// A region's own expected development for an indicator in a plan year.
#[derive(Debug, Clone, PartialEq)]
pub struct Expected {
    /// Index into [`Baseline::regions`].
    pub region: usize,
    /// Index into [`Baseline::indicators`].
    pub indicator: usize,
    /// Plan year.
    pub plan_year: i32,
    /// Expected relative change of the plan year's level against the base (fraction).
    pub relative_change: f64,
}

/// A labour-market outlook scenario.
#[derive(Debug, Clone, PartialEq)]
pub struct Outlook {
    /// Identifier, e.g. `lavkonjunktur`.
    pub id: String,
    /// Name.
    pub name: Text,
    /// Relative change of the national level of unemployment-type indicators by the end of
    /// the forecast horizon, against the basis forecast (fraction; 0 for the basis).
    pub relative_change: f64,
    /// Explanation.
    pub note: Text,
    /// True when the figure is an assumption rather than a published outlook.
    pub synthetic: bool,
}

/// A data source.
#[derive(Debug, Clone, PartialEq)]
pub struct Source {
    /// Identifier used by indicators.
    pub id: String,
    /// Name, e.g. `Jobindsats`.
    pub name: String,
    /// Publisher.
    pub publisher: String,
    /// Table id, e.g. `y25i01`.
    pub table: String,
}

/// File-level information.
#[derive(Debug, Clone, PartialEq)]
pub struct Meta {
    /// Title of the dataset.
    pub title: String,
    /// Who publishes the file.
    pub publisher: String,
    /// The last month with data.
    pub data_month: Month,
    /// Licence text.
    pub licence: String,
    /// Sources.
    pub sources: Vec<Source>,
    /// Notes for the reader.
    pub notes: Vec<String>,
    /// The authority responsible for the site that publishes the file (a region, a
    /// municipality), with its contact: shown in the header and footer and named as the
    /// feedback route of the accessibility statement. `None` when the file names none.
    pub authority: Option<Authority>,
}

/// The authority that publishes Måltal with a data file, and how to reach it. Every address is
/// checked when the file is read: web addresses start with `https://` or `http://`, so no link
/// built from a file runs script.
#[derive(Debug, Clone, PartialEq)]
pub struct Authority {
    /// Its name, e.g. "Region Midtjylland".
    pub name: Text,
    /// Its website.
    pub url: Option<String>,
    /// Its e-mail address.
    pub email: Option<String>,
    /// Its telephone number, as written.
    pub phone: Option<String>,
    /// Where to report accessibility problems: a web address or `mailto:` address; when the
    /// file gives none, the e-mail address, else the website, else the telephone.
    pub feedback: Feedback,
}

/// The accessibility statement's feedback route.
#[derive(Debug, Clone, PartialEq)]
pub enum Feedback {
    /// A web page (a form, a contact page).
    Web(String),
    /// An e-mail address.
    Email(String),
    /// A telephone number.
    Phone(String),
}

/// A validated baseline dataset.
#[derive(Debug, Clone, PartialEq)]
pub struct Baseline {
    /// File-level information.
    pub meta: Meta,
    /// Regions.
    pub regions: Vec<Region>,
    /// Comparable groups.
    pub groups: Vec<Group>,
    /// Municipalities, in file order.
    pub municipalities: Vec<Municipality>,
    /// Indicators.
    pub indicators: Vec<Indicator>,
    /// Goal sets.
    pub goal_sets: Vec<GoalSet>,
    /// Series by area and indicator index.
    pub series: HashMap<(Area, usize), SeriesEntry>,
    /// Regions' expected developments.
    pub expected: Vec<Expected>,
    /// Labour-market outlook scenarios.
    pub outlooks: Vec<Outlook>,
    /// The plausible limit per indicator ([`plausible_limits`]), made once with the baseline:
    /// the goal cards read it on every slider move.
    pub plausible: Vec<Option<f64>>,
}

impl Baseline {
    /// Index of the municipality with this official code.
    pub fn municipality_index(&self, code: &str) -> Option<usize> {
        self.municipalities.iter().position(|m| m.code == code)
    }

    /// The area's code as in the data file: the municipality's or region's code, or
    /// `national` for the country (empty for an index that does not exist).
    pub fn area_code(&self, area: Area) -> &str {
        match area {
            Area::Municipality(m) => self.municipalities.get(m).map_or("", |x| x.code.as_str()),
            Area::Region(r) => self.regions.get(r).map_or("", |x| x.code.as_str()),
            Area::National => "national",
        }
    }

    /// The area with this code as in the data file (a municipality's or region's code, or
    /// `national`).
    pub fn area_by_code(&self, code: &str) -> Option<Area> {
        if code == "national" {
            return Some(Area::National);
        }
        self.municipality_index(code)
            .map(Area::Municipality)
            .or_else(|| {
                self.regions
                    .iter()
                    .position(|r| r.code == code)
                    .map(Area::Region)
            })
    }

    /// Index of the indicator with this id.
    pub fn indicator_index(&self, id: &str) -> Option<usize> {
        self.indicators.iter().position(|i| i.id == id)
    }

    /// The series of an area and indicator, if the file has one.
    pub fn series(&self, area: Area, indicator: usize) -> Option<&SeriesEntry> {
        self.series.get(&(area, indicator))
    }

    /// The highest target or milestone that is plausible for `indicator` (see
    /// [`plausible_limits`]; `None` for an indicator without figures or index).
    pub fn plausible_limit(&self, indicator: usize) -> Option<f64> {
        self.plausible.get(indicator).copied().flatten()
    }

    /// Indices of the other municipalities in the same comparable group.
    pub fn group_peers(&self, municipality: usize) -> Vec<usize> {
        let Some(m) = self.municipalities.get(municipality) else {
            return Vec::new();
        };
        self.municipalities
            .iter()
            .enumerate()
            .filter(|(i, o)| *i != municipality && o.group == m.group)
            .map(|(i, _)| i)
            .collect()
    }
}
