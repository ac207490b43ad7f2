//! URL parameters of the page (`?kommune=751&sprog=en&data=…`), read once at start. Pure:
//! given the decoded key/value pairs, it returns the settings and a typed problem for each value
//! it could not use (the app then uses a sensible default and tells the user, in the page's
//! language, through [`crate::ui::notice::Notice`]).
//!
//! The parameter names and values are Danish (they are part of the documented embed format and
//! of every link already published); the Rust names are English.

use super::format::Lang;

/// The settings a URL can carry.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Params {
    /// `kommune`: a three-digit municipality code.
    pub municipality: Option<String>,
    /// `maal`: a goal id to open first (in embed mode: the only goal shown).
    pub goal: Option<String>,
    /// `sprog`: `da` or `en`.
    pub lang: Option<Lang>,
    /// `data`: a same-origin URL of a baseline file (checked by the browser code).
    pub data: Option<String>,
    /// `konjunktur`: an outlook id (checked against the data).
    pub outlook: Option<String>,
    /// `s`: an encoded scenario (decoded by `data::scenario::from_link`).
    pub scenario: Option<String>,
    /// `embed=1`: no header or footer, for an iframe on a region's page.
    pub embed: bool,
    /// `tema`: `lys` (default), `moerk` or `kontrast`.
    pub theme: Theme,
    /// `vis`: the views to show (all when empty).
    pub views: Vec<View>,
}

/// Colour theme.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    /// Light (default), `lys`.
    #[default]
    Light,
    /// Dark, `moerk`.
    Dark,
    /// High contrast, `kontrast`.
    Contrast,
}

/// The themes with the value that names each in the URL and in the page's `data-tema`.
const THEMES: [(Theme, &str); 3] = [
    (Theme::Light, "lys"),
    (Theme::Dark, "moerk"),
    (Theme::Contrast, "kontrast"),
];

impl Theme {
    /// The value used in the URL and as the page's `data-tema`.
    pub fn id(self) -> &'static str {
        THEMES
            .iter()
            .find(|(t, _)| *t == self)
            .map_or("lys", |(_, id)| id)
    }
}

/// A view that `vis` can ask for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    /// The goal cards, `maal`.
    Goals,
    /// The comparison, `sammenligning`.
    Comparison,
    /// The overview table, `oversigt`.
    Overview,
    /// The follow-up tables, `opfoelgning`.
    FollowUp,
}

/// The views with the value that names each in `vis`.
pub const VIEWS: [(View, &str); 4] = [
    (View::Goals, "maal"),
    (View::Comparison, "sammenligning"),
    (View::Overview, "oversigt"),
    (View::FollowUp, "opfoelgning"),
];

impl Params {
    /// True when `view` is to be shown (every view when `vis` was not given).
    pub fn shows(&self, view: View) -> bool {
        self.views.is_empty() || self.views.contains(&view)
    }
}

/// What the page shows, from the parameters: the whole calculator, or in embed mode only what
/// a reader of the embedded goals needs — no tools for working on a scenario, and with `maal=`
/// one goal only.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Layout {
    /// Embed mode: no header or footer.
    pub embed: bool,
    /// The tools for working on the calculation: the scenario toolbar and share panel, the
    /// projector button, the data file box (with the file's path) and the own-goal tools. Not
    /// in embed mode.
    pub tools: bool,
    /// Show the goal cards.
    pub goals: bool,
    /// Show the overview table.
    pub overview: bool,
    /// Show the comparison.
    pub comparison: bool,
    /// Show the follow-up tables.
    pub follow_up: bool,
    /// In embed mode: the one goal to show (`maal=`).
    pub only_goal: Option<String>,
    /// `vis` names the comparison itself (an embed of one goal shows it only then).
    pub comparison_asked: bool,
}

impl Layout {
    /// The layout the parameters ask for.
    pub fn of(p: &Params) -> Layout {
        Layout {
            embed: p.embed,
            goals: p.shows(View::Goals),
            overview: p.shows(View::Overview),
            comparison: p.shows(View::Comparison),
            follow_up: p.shows(View::FollowUp),
            only_goal: p.goal.clone().filter(|_| p.embed),
            tools: !p.embed,
            comparison_asked: p.views.contains(&View::Comparison),
        }
    }

    /// The index of the one goal an embed link shows, when the goal set (`ids`) has it.
    pub fn single_goal(&self, ids: &[&str]) -> Option<usize> {
        let id = self.only_goal.as_deref()?;
        ids.iter().position(|g| *g == id)
    }

    /// Whether the overview of all goals is shown: not in an embed of one goal.
    pub fn shows_overview(&self, ids: &[&str]) -> bool {
        self.overview && self.single_goal(ids).is_none()
    }

    /// The goal the comparison is about, when it is shown: in an embed of one goal that goal, and
    /// only if `vis` asks for the comparison; otherwise the goal the user chose (`chosen`).
    pub fn comparison_goal(&self, ids: &[&str], chosen: usize) -> Option<usize> {
        if !self.comparison {
            return None;
        }
        match self.single_goal(ids) {
            Some(gi) => self.comparison_asked.then_some(gi),
            None => Some(chosen),
        }
    }

    /// Indices of the goals to show among `ids` (the goal set's goal ids, in order): all, or
    /// only the one an embed link names — all again when the goal set does not have it.
    pub fn visible_goals(&self, ids: &[&str]) -> Vec<usize> {
        let all = || (0..ids.len()).collect();
        match &self.only_goal {
            None => all(),
            Some(id) => ids
                .iter()
                .position(|g| g == id)
                .map_or_else(all, |i| vec![i]),
        }
    }
}

/// A parameter value that was ignored, with the value as given (cut to a short excerpt).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParamProblem {
    /// `kommune` is not three digits.
    NotAMunicipalityCode(String),
    /// `sprog` is neither `da` nor `en`.
    UnknownLanguage(String),
    /// `data` is empty.
    EmptyDataAddress,
    /// `embed` is neither 1 nor 0.
    UnknownEmbed(String),
    /// `tema` names no theme.
    UnknownTheme(String),
    /// One part of `vis` names no view.
    UnknownView(String),
}

/// Quoting a parameter's value in a message: the one excerpt rule of `data::quote`.
pub use crate::data::quote::{excerpt, QUOTED_CHARS};

/// Reads the parameters; returns them and one problem per value that was ignored.
pub fn parse(pairs: &[(String, String)]) -> (Params, Vec<ParamProblem>) {
    let mut p = Params::default();
    let mut problems = Vec::new();
    for (key, value) in pairs {
        if key == "vis" {
            problems.extend(read_views(&mut p, value.trim()));
        } else if let Err(problem) = read_one(&mut p, key, value.trim()) {
            problems.push(problem);
        }
    }
    (p, problems)
}

/// Reads one parameter into `p`; unknown names are ignored, unusable values reported.
fn read_one(p: &mut Params, key: &str, value: &str) -> Result<(), ParamProblem> {
    match key {
        "kommune" if value.len() == 3 && value.bytes().all(|b| b.is_ascii_digit()) => {
            p.municipality = Some(value.to_string());
        }
        "kommune" => return Err(ParamProblem::NotAMunicipalityCode(excerpt(value))),
        "maal" if !value.is_empty() && value.len() <= 80 => p.goal = Some(value.to_string()),
        "sprog" => match value {
            "da" => p.lang = Some(Lang::Da),
            "en" => p.lang = Some(Lang::En),
            other => return Err(ParamProblem::UnknownLanguage(excerpt(other))),
        },
        "data" if value.is_empty() => return Err(ParamProblem::EmptyDataAddress),
        "data" => p.data = Some(value.to_string()),
        "s" => p.scenario = Some(value.to_string()),
        "embed" => match value {
            "1" | "true" | "ja" => p.embed = true,
            "0" | "false" | "nej" | "" => p.embed = false,
            other => return Err(ParamProblem::UnknownEmbed(excerpt(other))),
        },
        "tema" => match THEMES.iter().find(|(_, id)| *id == value) {
            Some((theme, _)) => p.theme = *theme,
            None => return Err(ParamProblem::UnknownTheme(excerpt(value))),
        },
        "konjunktur" if !value.is_empty() => p.outlook = Some(value.to_string()),
        _ => {}
    }
    Ok(())
}

/// Reads `vis=maal,oversigt`: the known views are taken, each unknown one is skipped and
/// reported.
fn read_views(p: &mut Params, value: &str) -> Vec<ParamProblem> {
    let mut problems = Vec::new();
    for part in value.split(',').map(str::trim).filter(|x| !x.is_empty()) {
        match VIEWS.iter().find(|(_, id)| *id == part) {
            Some((view, _)) if !p.views.contains(view) => p.views.push(*view),
            Some(_) => {}
            None => problems.push(ParamProblem::UnknownView(excerpt(part))),
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect()
    }

    #[test]
    fn valid_parameters_are_taken_and_unknown_ones_ignored() {
        let (p, problems) = parse(&pairs(&[
            ("kommune", "751"),
            ("sprog", "en"),
            ("data", "data/other.json"),
            ("foo", "bar"),
        ]));
        assert_eq!(p.municipality.as_deref(), Some("751"));
        assert_eq!(p.lang, Some(Lang::En));
        assert_eq!(p.data.as_deref(), Some("data/other.json"));
        assert!(problems.is_empty());
    }

    #[test]
    fn embed_theme_and_views_are_read_and_unknown_views_reported() {
        let (p, problems) = parse(&pairs(&[
            ("embed", "1"),
            ("tema", "kontrast"),
            ("vis", "maal,oversigt,kort"),
        ]));
        assert!(p.embed);
        assert_eq!(p.theme, Theme::Contrast);
        assert_eq!(p.views, [View::Goals, View::Overview]);
        assert!(p.shows(View::Goals) && !p.shows(View::Comparison));
        assert_eq!(problems, [ParamProblem::UnknownView("kort".into())]);
        assert!(Params::default().shows(View::Comparison));
    }

    #[test]
    fn invalid_values_give_a_message_and_no_setting() {
        let (p, problems) = parse(&pairs(&[
            ("kommune", "Aarhus"),
            ("sprog", "de"),
            ("data", " "),
        ]));
        assert_eq!(p, Params::default());
        assert_eq!(
            problems,
            [
                ParamProblem::NotAMunicipalityCode("Aarhus".into()),
                ParamProblem::UnknownLanguage("de".into()),
                ParamProblem::EmptyDataAddress
            ]
        );
    }

    #[test]
    fn every_unknown_view_is_reported_and_a_long_value_is_quoted_in_short() {
        let long = "x".repeat(500);
        let (p, problems) = parse(&pairs(&[("vis", "kort,maal,tabel"), ("tema", &long)]));
        assert_eq!(p.views, [View::Goals]);
        assert_eq!(problems.len(), 3);
        let ParamProblem::UnknownTheme(quoted) = &problems[2] else {
            panic!("expected the theme to be reported, got {problems:?}");
        };
        assert_eq!(
            quoted.chars().count(),
            QUOTED_CHARS + 1,
            "cut with an ellipsis"
        );
    }

    #[test]
    fn every_theme_and_view_reads_back_from_its_own_name() {
        for (theme, id) in THEMES {
            let (p, problems) = parse(&pairs(&[("tema", id)]));
            assert_eq!((p.theme, theme.id()), (theme, id));
            assert!(problems.is_empty());
        }
        for (view, id) in VIEWS {
            assert_eq!(parse(&pairs(&[("vis", id)])).0.views, [view]);
        }
    }

    #[test]
    fn an_embed_link_with_maal_shows_only_that_goal_and_all_when_it_is_unknown() {
        let ids = ["ledighed", "langtidsledighed", "kontanthjaelp"];
        let (p, _) = parse(&pairs(&[("embed", "1"), ("maal", "langtidsledighed")]));
        assert_eq!(Layout::of(&p).visible_goals(&ids), [1]);
        let (p, _) = parse(&pairs(&[("embed", "1"), ("maal", "ukendt")]));
        assert_eq!(Layout::of(&p).visible_goals(&ids), [0, 1, 2]);
        // Without embed, maal= opens the page as usual (every goal).
        let (p, _) = parse(&pairs(&[("maal", "langtidsledighed")]));
        assert_eq!(Layout::of(&p).visible_goals(&ids), [0, 1, 2]);
        assert_eq!(Layout::of(&p).only_goal, None);
    }

    #[test]
    fn vis_chooses_the_parts_of_the_layout() {
        let (p, _) = parse(&pairs(&[("vis", "maal,opfoelgning")]));
        let layout = Layout::of(&p);
        assert!(layout.goals && layout.follow_up);
        assert!(!layout.overview && !layout.comparison);
        let all = Layout::of(&Params::default());
        assert!(all.goals && all.overview && all.comparison && all.follow_up && !all.embed);
        assert!(all.tools);
    }

    #[test]
    fn an_embed_has_no_tools_and_shows_the_overview_and_the_chosen_comparison() {
        let ids = ["ledighed", "langtidsledighed"];
        let (p, _) = parse(&pairs(&[("embed", "1")]));
        let layout = Layout::of(&p);
        assert!(!layout.tools);
        assert!(layout.shows_overview(&ids));
        assert_eq!(layout.comparison_goal(&ids, 1), Some(1));
    }

    #[test]
    fn an_embed_of_one_goal_shows_no_overview_and_its_comparison_only_when_asked() {
        let ids = ["ledighed", "langtidsledighed", "kontanthjaelp"];
        let (p, _) = parse(&pairs(&[("embed", "1"), ("maal", "langtidsledighed")]));
        let layout = Layout::of(&p);
        assert_eq!(layout.single_goal(&ids), Some(1));
        assert!(
            !layout.shows_overview(&ids),
            "no overview of the other goals"
        );
        assert_eq!(
            layout.comparison_goal(&ids, 0),
            None,
            "no comparison unless asked"
        );
        let (p, _) = parse(&pairs(&[
            ("embed", "1"),
            ("maal", "langtidsledighed"),
            ("vis", "maal,sammenligning"),
        ]));
        let layout = Layout::of(&p);
        assert_eq!(
            layout.comparison_goal(&ids, 0),
            Some(1),
            "of that goal, not the chosen one"
        );
        // A goal the set does not have: the embed shows every goal, as without maal=.
        let (p, _) = parse(&pairs(&[("embed", "1"), ("maal", "ukendt")]));
        let layout = Layout::of(&p);
        assert!(layout.shows_overview(&ids));
        assert_eq!(layout.comparison_goal(&ids, 2), Some(2));
        // Outside embed mode the tools stay and maal= chooses nothing away.
        let (p, _) = parse(&pairs(&[("maal", "langtidsledighed"), ("vis", "oversigt")]));
        let layout = Layout::of(&p);
        assert!(layout.tools && layout.shows_overview(&ids));
        assert_eq!(
            layout.comparison_goal(&ids, 0),
            None,
            "vis left the comparison out"
        );
    }
}
