//! Loading participants' scenario files (issue 12, section 5): where each scenario goes in the
//! list, which scenario is active afterwards — the same one as before, unless the list held only
//! the blank scenario the app starts with — what the status line says about it, and what the
//! alert says about a file that is not a scenario file. Pure, tested natively.

use serde_json::Value;

use crate::data::scenario::{place, Placement, Scenario, ScenarioError};
use crate::data::Lang;
use crate::ui::i18n::{t, Key};

/// What loading a batch of scenarios did to the list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Imported {
    /// Scenarios added to the list.
    pub added: usize,
    /// Scenarios that replaced an older version of themselves.
    pub updated: usize,
    /// Scenarios the list already had.
    pub known: usize,
    /// The active scenario's index afterwards.
    pub current: usize,
    /// True when the active scenario is another one than before (the blank start gave way).
    pub switched: bool,
}

/// Puts `incoming` into `list`. A batch that brings one scenario (one participant's file, or
/// one's own file opened again) makes it the active one; a batch of several leaves the active
/// scenario as it was. Either way [`import_status`] says which is active. A list holding only
/// the untouched blank scenario gives way to what is loaded. `new_id` names a scenario that has
/// no id.
pub fn import_into(
    list: &mut Vec<Scenario>,
    current: usize,
    incoming: Vec<Scenario>,
    mut new_id: impl FnMut() -> String,
) -> Imported {
    let blank_start = list.len() == 1 && list[0].rev == 0 && list[0].ambitions.is_empty();
    let mut out = Imported {
        added: 0,
        updated: 0,
        known: 0,
        current: current.min(list.len().saturating_sub(1)),
        switched: false,
    };
    let mut last = None;
    for mut s in incoming {
        if s.id.is_empty() {
            s.id = new_id();
        }
        match place(list, &s) {
            Placement::Existing(_) => out.known += 1,
            Placement::Replace(i) => {
                list[i] = s;
                out.updated += 1;
                last = Some(i);
            }
            Placement::New => {
                list.push(s);
                out.added += 1;
                last = Some(list.len() - 1);
            }
        }
    }
    let before = out.current;
    if out.added + out.updated == 1 {
        out.current = last.unwrap_or(before);
    }
    if blank_start && out.added > 0 {
        list.remove(0);
        out.current = out.current.saturating_sub(1);
    }
    out.switched = out.current != before || (blank_start && out.added > 0);
    out
}

/// "1 scenarie", "2 scenarier" (da); "1 scenario", "2 scenarios" (en).
pub fn scenario_count(n: usize, lang: Lang) -> String {
    match (lang, n) {
        (Lang::Da, 1) => "1 scenarie".into(),
        (Lang::Da, n) => format!("{n} scenarier"),
        (Lang::En, 1) => "1 scenario".into(),
        (Lang::En, n) => format!("{n} scenarios"),
    }
}

/// The status line after loading: how many were added, updated or already there, and which
/// scenario is active — said every time, so loading never changes it unannounced.
pub fn import_status(r: &Imported, active: &str, lang: Lang) -> String {
    let mut parts = vec![match lang {
        Lang::Da => format!("{} indlæst.", scenario_count(r.added + r.updated, lang)),
        Lang::En => format!("{} loaded.", scenario_count(r.added + r.updated, lang)),
    }];
    if r.updated > 0 {
        parts.push(match lang {
            Lang::Da => format!(
                "{} opdateret til en nyere udgave.",
                scenario_count(r.updated, lang)
            ),
            Lang::En => format!(
                "{} updated to a newer version.",
                scenario_count(r.updated, lang)
            ),
        });
    }
    if r.known > 0 {
        parts.push(match lang {
            Lang::Da => format!("{} fandtes allerede.", scenario_count(r.known, lang)),
            Lang::En => format!("{} already in the list.", scenario_count(r.known, lang)),
        });
    }
    parts.push(match (lang, r.switched) {
        (Lang::Da, false) => {
            format!("Det aktive scenarie er stadig «{active}»; vælg et andet i listen Scenarie.")
        }
        (Lang::En, false) => {
            format!("The active scenario is still «{active}»; choose another in the Scenario list.")
        }
        (Lang::Da, true) => format!("Det aktive scenarie er nu «{active}»."),
        (Lang::En, true) => format!("The active scenario is now «{active}»."),
    });
    parts.join(" ")
}

/// Why file `name` (with contents `text`) was not loaded, in plain words naming what it is
/// instead: a Måltal data file, another JSON file, a CSV or text file, an empty file — or the
/// decoder's own words for a scenario file that is damaged or invalid.
pub fn file_problem(name: &str, text: &str, error: &ScenarioError, lang: Lang) -> String {
    let json: Option<Value> = serde_json::from_str(text.trim_start_matches('\u{feff}')).ok();
    let format = json
        .as_ref()
        .and_then(|v| v.get("format"))
        .and_then(Value::as_str);
    let what = match (error, json.is_some(), format) {
        (ScenarioError::Empty, _, _) => lang.pick("filen er tom", "the file is empty").to_string(),
        (_, true, Some("maltal-baseline")) => format!(
            "{} «{}» {}",
            lang.pick(
                "det er en datafil med basisdata, ikke en scenariefil – indlæs den under",
                "it is a data file with baseline figures, not a scenario file – load it under",
            ),
            t(lang, Key::LoadFile),
            lang.pick("nederst på siden", "at the bottom of the page"),
        ),
        (ScenarioError::WrongFormat, true, _) => lang
            .pick(
                "det er en JSON-fil, men ikke en scenariefil fra Måltal",
                "it is a JSON file, but not a scenario file from Måltal",
            )
            .to_string(),
        (ScenarioError::Damaged(_), false, _) if looks_like_table(text) => format!(
            "{} «{}»",
            lang.pick(
                "det er en tabel (CSV eller tekst), ikke en scenariefil – scenariefiler gemmes med",
                "it is a table (CSV or text), not a scenario file – scenario files are saved with",
            ),
            t(lang, Key::SaveScenarioAsFile),
        ),
        (ScenarioError::Damaged(_), false, _) => lang
            .pick(
                "det er ikke en scenariefil (den er ikke JSON, som scenariefiler er)",
                "it is not a scenario file (it is not JSON, as scenario files are)",
            )
            .to_string(),
        (e, _, _) => e.text(lang),
    };
    match lang {
        Lang::Da => format!("«{name}» blev ikke indlæst: {what}."),
        Lang::En => format!("«{name}» was not loaded: {what}."),
    }
}

/// True when the first line has a `;`, `,` or tab between fields and no `{`: a CSV or text table.
fn looks_like_table(text: &str) -> bool {
    let first = text.lines().next().unwrap_or_default();
    !first.contains('{') && first.contains([';', ',', '\t'])
}

#[cfg(test)]
#[cfg(not(target_arch = "wasm32"))]
mod tests {
    use super::*;
    use crate::data::scenario::from_file;

    fn named(name: &str, id: &str) -> Scenario {
        Scenario {
            name: name.into(),
            id: id.into(),
            rev: 1,
            ..Scenario::default()
        }
    }

    #[test]
    fn loading_keeps_the_active_scenario_and_adds_the_others() {
        let mut list = vec![named("Basis", "a"), named("Mit", "b")];
        let r = import_into(
            &mut list,
            1,
            vec![named("Anne", "c"), named("Bo", "")],
            || "x".into(),
        );
        assert_eq!(r.current, 1, "a batch of several: still «Mit»");
        assert!(!r.switched);
        assert_eq!((r.added, r.updated, r.known), (2, 0, 0));
        assert_eq!(list.len(), 4);
        assert_eq!(list[3].id, "x", "a scenario without id gets one");
        assert_eq!(
            import_status(&r, "Mit", Lang::Da),
            "2 scenarier indlæst. Det aktive scenarie er stadig «Mit»; vælg et andet i listen Scenarie."
        );
        let again = import_into(&mut list, 1, vec![named("Anne", "c")], || "y".into());
        assert_eq!((again.added, again.known, again.current), (0, 1, 1));
        assert!(!again.switched, "nothing new: nothing changes");
        let one = import_into(&mut list, 1, vec![named("Cai", "d")], || "z".into());
        assert_eq!(
            (one.current, one.switched),
            (4, true),
            "one new scenario is opened"
        );
        assert_eq!(
            import_status(&one, "Cai", Lang::Da),
            "1 scenarie indlæst. Det aktive scenarie er nu «Cai»."
        );
    }

    #[test]
    fn the_blank_start_gives_way_and_the_status_says_so() {
        let mut list = vec![Scenario::default()];
        let r = import_into(
            &mut list,
            0,
            vec![named("Anne", "c"), named("Bo", "e")],
            String::new,
        );
        assert!(r.switched);
        assert_eq!(list.len(), 2);
        assert_eq!((r.current, list[0].name.as_str()), (0, "Anne"));
        let s = import_status(&r, "Anne", Lang::En);
        assert!(s.starts_with("2 scenarios loaded."), "{s}");
        assert!(s.contains("now «Anne»"), "{s}");
    }

    #[test]
    fn counts_are_said_with_the_right_plural() {
        assert_eq!(scenario_count(1, Lang::Da), "1 scenarie");
        assert_eq!(scenario_count(2, Lang::Da), "2 scenarier");
        assert_eq!(scenario_count(0, Lang::Da), "0 scenarier");
        assert_eq!(scenario_count(1, Lang::En), "1 scenario");
        assert_eq!(scenario_count(3, Lang::En), "3 scenarios");
    }

    #[test]
    fn a_file_that_is_not_a_scenario_file_is_named_with_what_it_is() {
        let cases = [
            (
                "tal.csv",
                "kommune;maal;vaerdi\n751;ledighed;3,1\n",
                "en tabel (CSV",
            ),
            (
                "baseline.json",
                r#"{"format":"maltal-baseline","version":1}"#,
                "datafil med basisdata",
            ),
            (
                "andet.json",
                r#"{"navn":"x"}"#,
                "JSON-fil, men ikke en scenariefil",
            ),
            ("billede.png", "\u{89}PNG\r\n\u{1a}\n", "ikke JSON"),
            ("tom.json", "   ", "filen er tom"),
        ];
        for (name, text, expected) in cases {
            let err = from_file(text).unwrap_err();
            let msg = file_problem(name, text, &err, Lang::Da);
            assert!(
                msg.starts_with(&format!("«{name}» blev ikke indlæst: ")),
                "{msg}"
            );
            assert!(msg.contains(expected), "{name}: {msg}");
            let en = file_problem(name, text, &err, Lang::En);
            assert!(
                en.contains("was not loaded") && !en.contains("ikke"),
                "{en}"
            );
        }
    }
}
