//! The one-line notices the page shows above the calculator (a parameter that was ignored, saved
//! work that could not be read, a link from other data, …), as typed values. Their wording in
//! Danish and English stands side by side here, so a notice is written in the language the page
//! has when it is shown — also after the user switches language. Pure; tested natively.

use crate::data::limits::MAX_GOALS;
use crate::data::scenario::{Difference, Scenario, ScenarioError, TooManyGoals};
use crate::data::DataError;
use crate::model::baseline::Text;

use super::format::Lang;
use super::i18n::{t, Key};
use super::params::{excerpt, ParamProblem};

/// Something the user should know, shown until they close it.
#[derive(Debug, Clone, PartialEq)]
pub enum Notice {
    /// A URL parameter was ignored.
    Param(ParamProblem),
    /// The saved scenarios could not be read; `backup_key` names where they were set aside
    /// (`None` when even that failed).
    StoredUnreadable {
        /// Why they could not be read.
        error: ScenarioError,
        /// The local-storage key of the copy that was set aside.
        backup_key: Option<String>,
    },
    /// Some of the saved scenarios could not be read; the others are open, and the whole saved
    /// text was set aside under `backup_key`.
    SomeStoredUnreadable {
        /// How many could not be read.
        count: usize,
        /// Why the first could not.
        error: ScenarioError,
        /// The local-storage key of the copy set aside.
        backup_key: Option<String>,
    },
    /// The browser does not let Måltal keep anything (private mode, some embeds).
    StorageUnavailable,
    /// The share link in the address could not be opened.
    LinkUnusable(ScenarioError),
    /// `maal=` names a goal the scenario does not have.
    UnknownGoal {
        /// The id as given (an excerpt).
        id: String,
        /// The ids the goal set has.
        known: Vec<String>,
    },
    /// The scenario's municipality is not in the data file; the first one is shown.
    UnknownMunicipality(String),
    /// The scenario's outlook is not in the data file; the base outlook is used.
    UnknownOutlook(String),
    /// Typed targets were carried to another municipality as the same change from the base.
    TargetsCarried,
    /// Saving the scenarios in the browser failed; they are kept in memory.
    SaveFailed(SaveFailure),
    /// An edited goal measures something else now: its target follows the forecast again
    /// (the goal's title, cut short).
    TargetReset(String),
    /// An edited goal has another target year: its milestones were cleared (the title).
    MilestonesCleared(String),
    /// Scenarios changed both here and in another tab or window at once: the other version was
    /// kept beside this one as a copy (their names).
    ChangedInTwoTabs(Vec<String>),
    /// Another goal set was chosen, but its goals and the own goals would be more than a
    /// scenario holds: nothing changed.
    GoalSetTooFull(TooManyGoals),
    /// A deleted goal could not be put back: other goals have since filled the scenario.
    UndoTooFull,
    /// A link held a newer version of a saved scenario, which it replaced: what changed, and the
    /// saved version to put back.
    LinkReplaced {
        /// What differs from the saved version.
        changes: Vec<Difference>,
        /// The saved version.
        previous: Box<Scenario>,
    },
    /// A target or milestone from a link, a file or saved work was past what is plausible for
    /// its indicator and was removed (`Scenario::fit_to`).
    Implausible {
        /// The goal's title.
        title: Text,
        /// The figure removed.
        value: f64,
        /// The plausible limit.
        limit: f64,
    },
}

/// Why the browser would not keep the scenarios.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaveFailure {
    /// Its storage is full (`QuotaExceededError`).
    Full,
    /// It refused for another reason (blocked by a setting or an embed, `SecurityError`, …).
    Blocked,
}

impl SaveFailure {
    /// The failure a browser's exception name (`DOMException.name`) stands for. Old Firefox
    /// names a full storage `NS_ERROR_DOM_QUOTA_REACHED`.
    pub fn from_error_name(name: &str) -> SaveFailure {
        match name {
            "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED" => SaveFailure::Full,
            _ => SaveFailure::Blocked,
        }
    }
}

/// What a notice offers to do about it (a button beside the sentence).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoticeAction {
    /// Save every scenario as a file (the work that the browser would not keep).
    SaveAllAsFile,
    /// Put back the saved version a link replaced.
    RestorePrevious,
}

impl Notice {
    /// The notice as one sentence in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        let da = lang == Lang::Da;
        match self {
            Notice::Param(p) => param_text(p, lang),
            Notice::StoredUnreadable {
                error,
                backup_key: Some(key),
            } => {
                if da {
                    format!("De gemte scenarier kunne ikke læses ({}). De er lagt til side under nøglen «{key}», og Måltal starter forfra.", error.text(lang))
                } else {
                    format!("The saved scenarios could not be read ({}). They were set aside under the key «{key}», and Måltal starts afresh.", error.text(lang))
                }
            }
            Notice::StoredUnreadable {
                error,
                backup_key: None,
            } => {
                if da {
                    format!(
                        "De gemte scenarier kunne ikke læses ({}), og Måltal starter forfra.",
                        error.text(lang)
                    )
                } else {
                    format!(
                        "The saved scenarios could not be read ({}), and Måltal starts afresh.",
                        error.text(lang)
                    )
                }
            }
            Notice::StorageUnavailable => {
                if da {
                    "Browseren tillader ikke, at Måltal gemmer her (fx privat tilstand): dit arbejde gemmes kun, så længe siden er åben. Eksportér scenarier som fil for at beholde dem.".into()
                } else {
                    "This browser does not let Måltal save here (e.g. private mode): your work is kept only while the page is open. Export your scenarios as a file to keep them.".into()
                }
            }
            Notice::LinkUnusable(error) => {
                if da {
                    format!(
                        "Delingslinket kunne ikke bruges: {}. Dine gemte scenarier er uændrede.",
                        error.text(lang)
                    )
                } else {
                    format!(
                        "The share link could not be used: {}. Your saved scenarios are unchanged.",
                        error.text(lang)
                    )
                }
            }
            Notice::UnknownGoal { id, known } => {
                if da {
                    format!(
                        "Parameteren maal=«{id}» er ikke blandt målene ({}); alle mål vises.",
                        known.join(", ")
                    )
                } else {
                    format!("The parameter maal=«{id}» is not one of the goals ({}); all goals are shown.", known.join(", "))
                }
            }
            Notice::UnknownMunicipality(_) | Notice::UnknownOutlook(_) => refit_text(self, lang),
            Notice::TargetsCarried => t(lang, Key::TargetsCarried).into(),
            Notice::SaveFailed(why) => save_failed_text(*why, lang).into(),
            Notice::TargetReset(_) | Notice::MilestonesCleared(_) => goal_edit_text(self, lang),
            Notice::SomeStoredUnreadable { .. } => some_unreadable_text(self, lang),
            Notice::ChangedInTwoTabs(names) => two_tabs_text(names, lang),
            Notice::GoalSetTooFull(full) => too_full_text(*full, lang),
            Notice::UndoTooFull => undo_full_text(lang),
            Notice::Implausible {
                title,
                value,
                limit,
            } => implausible_text(title, *value, *limit, lang),
            Notice::LinkReplaced { changes, previous } => {
                replaced_text(&previous.name, changes, lang)
            }
        }
    }

    /// What the notice offers to do, if anything.
    pub fn action(&self) -> Option<NoticeAction> {
        match self {
            Notice::SaveFailed(_) | Notice::StorageUnavailable => Some(NoticeAction::SaveAllAsFile),
            Notice::LinkReplaced { .. } => Some(NoticeAction::RestorePrevious),
            _ => None,
        }
    }

    /// The notice for a goal id a link asks for that `known` does not hold.
    pub fn unknown_goal(id: &str, known: &[&str]) -> Notice {
        Notice::UnknownGoal {
            id: excerpt(id),
            known: known.iter().map(|k| (*k).to_string()).collect(),
        }
    }
}

/// The sentence for a target that was past its plausible limit (the figures rounded, a huge
/// one cut short).
fn implausible_text(title: &Text, value: f64, limit: f64, lang: Lang) -> String {
    let figure = |v: f64| {
        excerpt(&super::format::number(
            v,
            if v < 100.0 { 1 } else { 0 },
            lang,
        ))
    };
    let title = excerpt(title.get(lang.code()));
    let (value, limit) = (figure(value), figure(limit));
    match lang {
        Lang::Da => format!("Målet «{title}» var {value}, mere end Måltal regner for muligt ({limit}, ti gange det største tal i data); det er fjernet, så målet har sin standard."),
        Lang::En => format!("The goal «{title}» was {value}, more than Måltal takes to be possible ({limit}, ten times the largest figure in the data); it was removed, so the goal has its default."),
    }
}

/// The sentence for a saved scenario a link replaced: its name and what changed.
fn replaced_text(name: &str, changes: &[Difference], lang: Lang) -> String {
    let da = lang == Lang::Da;
    let mut parts: Vec<String> = Vec::new();
    // Goal ids per kind of change: targets, reasonings, milestones.
    let mut per_goal: [Vec<String>; 3] = Default::default();
    for c in changes {
        let part = match c {
            Difference::Name => lang.pick("navnet", "the name").to_string(),
            Difference::Municipality(code) if da => format!("kommunen (nu {})", excerpt(code)),
            Difference::Municipality(code) => format!("the municipality (now {})", excerpt(code)),
            Difference::Goals => lang.pick("listen af mål", "the list of goals").to_string(),
            Difference::Outlook => lang.pick("konjunkturen", "the outlook").to_string(),
            Difference::PathShape => lang
                .pick("kravforløbets form", "the path's shape")
                .to_string(),
            Difference::Target(g) => {
                per_goal[0].push(excerpt(g));
                continue;
            }
            Difference::Reason(g) => {
                per_goal[1].push(excerpt(g));
                continue;
            }
            Difference::Milestones(g) => {
                per_goal[2].push(excerpt(g));
                continue;
            }
        };
        parts.push(part);
    }
    let words = [
        ("målet for", "the target of"),
        ("begrundelsen for", "the reasoning of"),
        ("delmålene for", "the milestones of"),
    ];
    for (ids, (da_words, en_words)) in per_goal.iter().zip(words) {
        if !ids.is_empty() {
            parts.push(format!(
                "{} {}",
                lang.pick(da_words, en_words),
                ids.join(", ")
            ));
        }
    }
    let what = if parts.is_empty() {
        lang.pick("intet, du kan se", "nothing you can see")
            .to_string()
    } else {
        parts.join("; ")
    };
    let name = excerpt(name);
    if da {
        format!("Linket havde en nyere udgave af «{name}» og erstattede den gemte. Ændret: {what}.")
    } else {
        format!("The link held a newer version of «{name}» and replaced the saved one. Changed: {what}.")
    }
}

/// The sentence for a goal set that leaves no room for the own goals.
fn too_full_text(full: TooManyGoals, lang: Lang) -> String {
    let TooManyGoals { in_set, own } = full;
    match lang {
        Lang::Da => format!("Målsættet blev ikke skiftet: dets {in_set} mål og dine {own} egne mål er tilsammen flere end de {MAX_GOALS}, et scenarie kan rumme. Slet nogle egne mål, eller lav et nyt scenarie til det andet målsæt."),
        Lang::En => format!("The goal set was not changed: its {in_set} goals and your {own} own goals are more than the {MAX_GOALS} a scenario can hold. Delete some own goals, or make a new scenario for the other goal set."),
    }
}

/// The sentence for a deleted goal that could not be put back.
fn undo_full_text(lang: Lang) -> String {
    match lang {
        Lang::Da => format!("Det slettede mål blev ikke sat tilbage: scenariet har nu {MAX_GOALS} mål, så mange det kan rumme. Slet et andet mål, og fortryd så igen."),
        Lang::En => format!("The deleted goal was not put back: the scenario now has {MAX_GOALS} goals, as many as it can hold. Delete another goal, then undo again."),
    }
}

/// The sentence for scenarios changed in two tabs at once.
fn two_tabs_text(names: &[String], lang: Lang) -> String {
    let list = names
        .iter()
        .map(|n| format!("«{}»", excerpt(n)))
        .collect::<Vec<_>>()
        .join(", ");
    match lang {
        Lang::Da => format!("{list} blev ændret både her og i en anden fane eller et andet vindue. Intet er tabt: den anden udgave ligger nu ved siden af som en kopi, så du kan vælge og slette den, du ikke vil have."),
        Lang::En => format!("{list} was changed both here and in another tab or window. Nothing is lost: the other version is now beside it as a copy, so you can choose and delete the one you do not want."),
    }
}

/// The sentence for a save that failed: what happened, that nothing is lost yet, and what to do.
fn save_failed_text(why: SaveFailure, lang: Lang) -> &'static str {
    match (why, lang) {
        (SaveFailure::Full, Lang::Da) => "Dine scenarier kunne ikke gemmes, fordi browserens lager er fuldt. Intet er tabt, så længe siden er åben: gem scenarierne som fil for at beholde dem.",
        (SaveFailure::Full, Lang::En) => "Your scenarios could not be saved because the browser's storage is full. Nothing is lost while the page stays open: save the scenarios as a file to keep them.",
        (SaveFailure::Blocked, Lang::Da) => "Dine scenarier kunne ikke gemmes, fordi browseren ikke tillod det. Intet er tabt, så længe siden er åben: gem scenarierne som fil for at beholde dem.",
        (SaveFailure::Blocked, Lang::En) => "Your scenarios could not be saved because the browser refused. Nothing is lost while the page stays open: save the scenarios as a file to keep them.",
    }
}

/// What was repaired when the scenario did not fit the data file.
fn refit_text(n: &Notice, lang: Lang) -> String {
    match (n, lang) {
        (Notice::UnknownMunicipality(code), Lang::Da) => {
            format!("Kommunekoden {code} findes ikke i datafilen; den første kommune vises.")
        }
        (Notice::UnknownMunicipality(code), Lang::En) => format!(
            "The municipality code {code} is not in the data file; the first municipality is shown."
        ),
        (Notice::UnknownOutlook(id), Lang::Da) => {
            format!("Konjunkturscenariet «{id}» findes ikke i datafilen; basis bruges.")
        }
        (Notice::UnknownOutlook(id), Lang::En) => format!(
            "The labour-market outlook «{id}» is not in the data file; the base outlook is used."
        ),
        _ => String::new(),
    }
}

/// Which saved scenarios could not be read, and where they are kept.
fn some_unreadable_text(n: &Notice, lang: Lang) -> String {
    let Notice::SomeStoredUnreadable {
        count,
        error,
        backup_key,
    } = n
    else {
        return String::new();
    };
    let why = error.text(lang);
    let kept = match (backup_key, lang) {
        (Some(k), Lang::Da) => format!(" Alt det gemte er lagt til side under nøglen «{k}»."),
        (Some(k), Lang::En) => format!(" Everything saved was set aside under the key «{k}»."),
        (None, _) => String::new(),
    };
    match lang {
        Lang::Da => format!(
            "{count} af de gemte scenarier kunne ikke læses ({why}); de andre er åbnet.{kept}"
        ),
        Lang::En => format!(
            "{count} of the saved scenarios could not be read ({why}); the others are open.{kept}"
        ),
    }
}

/// What an edit of a goal did to its target or milestones.
fn goal_edit_text(n: &Notice, lang: Lang) -> String {
    match (n, lang) {
        (Notice::TargetReset(goal), Lang::Da) => format!("«{goal}» måler nu noget andet: målet følger igen prognosen, og delmålene er fjernet. Sæt et nyt mål."),
        (Notice::TargetReset(goal), Lang::En) => format!("«{goal}» now measures something else: its target follows the forecast again, and its milestones were removed. Set a new target."),
        (Notice::MilestonesCleared(goal), Lang::Da) => format!("«{goal}» har fået et nyt målår: målet står, men delmålene er fjernet."),
        (Notice::MilestonesCleared(goal), Lang::En) => format!("«{goal}» has a new target year: its target stands, but its milestones were removed."),
        _ => String::new(),
    }
}

/// The sentence for a URL parameter that was ignored.
fn param_text(p: &ParamProblem, lang: Lang) -> String {
    let da = lang == Lang::Da;
    match p {
        ParamProblem::NotAMunicipalityCode(v) => {
            if da {
                format!("Parameteren kommune=«{v}» er ikke en kommunekode med tre cifre; den er ignoreret.")
            } else {
                format!("The parameter kommune=«{v}» is not a three-digit municipality code; it was ignored.")
            }
        }
        ParamProblem::UnknownLanguage(v) => {
            if da {
                format!("Parameteren sprog=«{v}» kendes ikke (da eller en); dansk bruges.")
            } else {
                format!("The parameter sprog=«{v}» is not known (da or en); Danish is used.")
            }
        }
        ParamProblem::EmptyDataAddress => {
            if da {
                "Parameteren data er tom; standarddata bruges.".into()
            } else {
                "The parameter data is empty; the default data are used.".into()
            }
        }
        ParamProblem::UnknownEmbed(v) => {
            if da {
                format!("Parameteren embed=«{v}» kendes ikke (1 eller 0); siden vises normalt.")
            } else {
                format!(
                    "The parameter embed=«{v}» is not known (1 or 0); the page is shown as usual."
                )
            }
        }
        ParamProblem::UnknownTheme(v) => {
            if da {
                format!("Parameteren tema=«{v}» kendes ikke (lys, moerk eller kontrast); lyst tema bruges.")
            } else {
                format!("The parameter tema=«{v}» is not known (lys, moerk or kontrast); the light theme is used.")
            }
        }
        ParamProblem::UnknownView(v) => {
            if da {
                format!("Visningen «{v}» i parameteren vis kendes ikke (maal, sammenligning, oversigt, opfoelgning); den er sprunget over.")
            } else {
                format!("The view «{v}» in the parameter vis is not known (maal, sammenligning, oversigt, opfoelgning); it was skipped.")
            }
        }
    }
}

/// Why a data file was refused (one line of the error panel); the data the user had stay.
#[derive(Debug, Clone, PartialEq)]
pub enum LoadError {
    /// The file breaks a rule of the format, at a place it names.
    Data(DataError),
    /// The `data=` address cannot be read as an address.
    NotAnAddress(String),
    /// The address is on another site (refused before any request).
    OtherSite(String),
    /// The page itself has no address to resolve against.
    NoPageAddress,
    /// The request failed (no connection, blocked …). The browser's words are kept but not
    /// shown: "TypeError: Failed to fetch" tells a reader nothing.
    Network(String),
    /// No answer, or not all of the file, within the time allowed.
    TimedOut {
        /// The time allowed, in seconds.
        seconds: u32,
    },
    /// The server sent the request on to another site (the final address).
    RedirectedElsewhere(String),
    /// The server answered with an error status.
    Status {
        /// The HTTP status, e.g. 404.
        status: u16,
        /// The server's words for it.
        text: String,
    },
    /// A chosen or dropped file is larger than Måltal reads.
    FileTooLarge {
        /// Its size.
        bytes: u64,
        /// The limit.
        limit: usize,
    },
    /// A chosen or dropped file could not be read; the browser's words.
    FileUnreadable(String),
}

impl LoadError {
    /// The line in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        let da = lang == Lang::Da;
        match self {
            LoadError::Data(e) => e.text(lang),
            LoadError::NotAnAddress(url) => {
                if da {
                    format!("«{}» er ikke en gyldig adresse", excerpt(url))
                } else {
                    format!("«{}» is not a valid address", excerpt(url))
                }
            }
            LoadError::OtherSite(url) => {
                if da {
                    format!("«{}» ligger ikke på samme websted som Måltal; af sikkerhedshensyn hentes kun datafiler fra samme websted", excerpt(url))
                } else {
                    format!("«{}» is not on the same site as Måltal; for security, data files are only fetched from the same site", excerpt(url))
                }
            }
            LoadError::NoPageAddress => {
                if da {
                    "siden har ingen adresse".into()
                } else {
                    "the page has no address".into()
                }
            }
            LoadError::Network(_) => {
                let words = if da {
                    "filen kunne ikke hentes: der var ingen forbindelse til serveren, eller forbindelsen blev afvist. Tjek adressen og netværket, og prøv igen"
                } else {
                    "the file could not be fetched: there was no connection to the server, or the connection was refused. Check the address and the network, and try again"
                };
                words.to_string()
            }
            LoadError::TimedOut { seconds } => {
                if da {
                    format!("serveren svarede ikke inden for {seconds} sekunder; prøv igen om lidt")
                } else {
                    format!(
                        "the server did not answer within {seconds} seconds; try again in a moment"
                    )
                }
            }
            LoadError::RedirectedElsewhere(to) => {
                if da {
                    format!("serveren sendte videre til «{}», som ikke ligger på samme websted som Måltal; af sikkerhedshensyn hentes kun datafiler fra samme websted", excerpt(to))
                } else {
                    format!("the server sent the request on to «{}», which is not on the same site as Måltal; for security, data files are only fetched from the same site", excerpt(to))
                }
            }
            LoadError::Status { status, text } => {
                if da {
                    format!("serveren svarede {status} {}", excerpt(text))
                } else {
                    format!("the server answered {status} {}", excerpt(text))
                }
            }
            LoadError::FileTooLarge { bytes, limit } => {
                if da {
                    format!("filen er for stor: {bytes} bytes (højst {limit} bytes)")
                } else {
                    format!("the file is too large: {bytes} bytes (at most {limit} bytes)")
                }
            }
            LoadError::FileUnreadable(reason) => {
                if da {
                    format!("filen kunne ikke læses: {}", excerpt(reason))
                } else {
                    format!("the file could not be read: {}", excerpt(reason))
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn every_notice() -> Vec<Notice> {
        vec![
            Notice::Param(ParamProblem::NotAMunicipalityCode("Aarhus".into())),
            Notice::Param(ParamProblem::UnknownLanguage("de".into())),
            Notice::Param(ParamProblem::EmptyDataAddress),
            Notice::Param(ParamProblem::UnknownEmbed("2".into())),
            Notice::Param(ParamProblem::UnknownTheme("blå".into())),
            Notice::Param(ParamProblem::UnknownView("kort".into())),
            Notice::StoredUnreadable {
                error: ScenarioError::Empty,
                backup_key: Some("maltal.backup.1".into()),
            },
            Notice::StoredUnreadable {
                error: ScenarioError::Empty,
                backup_key: None,
            },
            Notice::StorageUnavailable,
            Notice::LinkUnusable(ScenarioError::WrongFormat),
            Notice::unknown_goal("ukendt", &["ledighed", "langtidsledighed"]),
            Notice::UnknownMunicipality("999".into()),
            Notice::UnknownOutlook("krise".into()),
            Notice::TargetsCarried,
            Notice::SaveFailed(SaveFailure::Full),
            Notice::SaveFailed(SaveFailure::Blocked),
            Notice::TargetReset("Færre ledige".into()),
            Notice::SomeStoredUnreadable {
                count: 1,
                error: ScenarioError::Empty,
                backup_key: Some("maltal.backup.1".into()),
            },
            Notice::MilestonesCleared("Færre ledige".into()),
            Notice::ChangedInTwoTabs(vec!["Plan A".into()]),
            Notice::GoalSetTooFull(TooManyGoals { in_set: 4, own: 97 }),
            Notice::UndoTooFull,
            Notice::Implausible {
                title: Text {
                    da: "Færre ledige".into(),
                    en: "Fewer unemployed".into(),
                },
                value: 1e15,
                limit: 25_000.0,
            },
        ]
    }

    #[test]
    fn a_replacing_link_says_what_changed_goals_by_id() {
        let previous = Box::new(Scenario {
            name: "Plan A".into(),
            ..Scenario::default()
        });
        let n = Notice::LinkReplaced {
            changes: vec![
                Difference::Name,
                Difference::Target("ledighed".into()),
                Difference::Target("loentimer".into()),
                Difference::Milestones("ledighed".into()),
            ],
            previous,
        };
        assert_eq!(
            n.text(Lang::Da),
            "Linket havde en nyere udgave af «Plan A» og erstattede den gemte. Ændret: navnet; målet for ledighed, loentimer; delmålene for ledighed."
        );
        assert!(n.text(Lang::En).ends_with(
            "Changed: the name; the target of ledighed, loentimer; the milestones of ledighed."
        ));
        assert_eq!(n.action(), Some(NoticeAction::RestorePrevious));
    }

    #[test]
    fn an_implausible_target_is_named_with_its_figure_and_the_limit() {
        let n = Notice::Implausible {
            title: Text {
                da: "Færre ledige".into(),
                en: "Fewer unemployed".into(),
            },
            value: 1_500_000.0,
            limit: 25_000.0,
        };
        assert!(n.text(Lang::Da).starts_with(
            "Målet «Færre ledige» var 1.500.000, mere end Måltal regner for muligt (25.000"
        ));
        assert!(n
            .text(Lang::En)
            .starts_with("The goal «Fewer unemployed» was 1,500,000, more than"));
    }

    #[test]
    fn a_goal_set_without_room_for_the_own_goals_says_so_with_the_figures() {
        let n = Notice::GoalSetTooFull(TooManyGoals { in_set: 4, own: 97 });
        assert!(n
            .text(Lang::Da)
            .starts_with("Målsættet blev ikke skiftet: dets 4 mål og dine 97 egne mål"));
        assert!(n.text(Lang::Da).contains("de 100, et scenarie kan rumme"));
        assert!(n
            .text(Lang::En)
            .contains("its 4 goals and your 97 own goals are more than the 100"));
    }

    #[test]
    fn a_failed_save_says_why_and_offers_the_file() {
        assert_eq!(
            SaveFailure::from_error_name("QuotaExceededError"),
            SaveFailure::Full
        );
        assert_eq!(
            SaveFailure::from_error_name("NS_ERROR_DOM_QUOTA_REACHED"),
            SaveFailure::Full
        );
        assert_eq!(
            SaveFailure::from_error_name("SecurityError"),
            SaveFailure::Blocked
        );
        assert_eq!(SaveFailure::from_error_name(""), SaveFailure::Blocked);
        let full = Notice::SaveFailed(SaveFailure::Full);
        assert!(full.text(Lang::Da).contains("lager er fuldt"));
        assert!(full.text(Lang::En).contains("storage is full"));
        assert_eq!(full.action(), Some(NoticeAction::SaveAllAsFile));
        assert_eq!(
            Notice::StorageUnavailable.action(),
            Some(NoticeAction::SaveAllAsFile)
        );
        assert_eq!(Notice::TargetsCarried.action(), None);
    }

    #[test]
    fn every_notice_has_a_danish_and_a_different_english_sentence() {
        for notice in every_notice() {
            let (da, en) = (notice.text(Lang::Da), notice.text(Lang::En));
            assert!(!da.is_empty() && !en.is_empty(), "{notice:?}");
            assert_ne!(da, en, "{notice:?} has no English text");
            assert!(da.ends_with('.') && en.ends_with('.'), "{da} / {en}");
        }
    }

    #[test]
    fn english_notices_use_no_danish_words() {
        for notice in every_notice() {
            let en = notice.text(Lang::En);
            for word in [" og ", " er ", " ikke ", " bruges", " findes"] {
                assert!(!en.contains(word), "«{word}» in the English notice «{en}»");
            }
        }
    }

    #[test]
    fn an_unknown_goal_names_the_known_ones_and_quotes_a_long_id_in_short() {
        let n = Notice::unknown_goal(&"x".repeat(300), &["ledighed", "kontanthjaelp"]);
        let text = n.text(Lang::Da);
        assert!(text.contains("ledighed, kontanthjaelp"), "{text}");
        assert!(text.chars().count() < 200, "{text}");
    }
}
