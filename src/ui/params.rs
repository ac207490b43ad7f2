//! URL parameters of the page (`?kommune=751&sprog=en&data=…`), read once at start. Pure:
//! given the decoded key/value pairs, it returns the settings and a message for each value it
//! could not use (the app then uses a sensible default and tells the user).

use super::format::Lang;

/// The settings a URL can carry.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Params {
    /// `kommune`: a three-digit municipality code.
    pub kommune: Option<String>,
    /// `maal`: a goal id to open first.
    pub maal: Option<String>,
    /// `sprog`: `da` or `en`.
    pub sprog: Option<Lang>,
    /// `data`: a same-origin URL of a baseline file (checked by the browser code).
    pub data: Option<String>,
    /// `konjunktur`: an outlook id (checked against the data).
    pub konjunktur: Option<String>,
    /// `s`: an encoded scenario (decoded by `data::scenario::from_link`).
    pub s: Option<String>,
}

/// Reads the parameters; returns them and one Danish message per value that was ignored.
pub fn parse(pairs: &[(String, String)]) -> (Params, Vec<String>) {
    let mut p = Params::default();
    let mut problems = Vec::new();
    for (key, value) in pairs {
        let value = value.trim();
        match key.as_str() {
            "kommune" => {
                if value.len() == 3 && value.bytes().all(|b| b.is_ascii_digit()) {
                    p.kommune = Some(value.to_string());
                } else {
                    problems.push(format!(
                        "Parameteren kommune=«{value}» er ikke en kommunekode med tre cifre; den er ignoreret."
                    ));
                }
            }
            "maal" if !value.is_empty() && value.len() <= 80 => {
                p.maal = Some(value.to_string());
            }
            "sprog" => match value {
                "da" => p.sprog = Some(Lang::Da),
                "en" => p.sprog = Some(Lang::En),
                other => problems.push(format!(
                    "Parameteren sprog=«{other}» kendes ikke (da eller en); dansk bruges."
                )),
            },
            "data" => {
                if value.is_empty() {
                    problems.push("Parameteren data er tom; standarddata bruges.".into());
                } else {
                    p.data = Some(value.to_string());
                }
            }
            "s" => p.s = Some(value.to_string()),
            "konjunktur" if !value.is_empty() => {
                p.konjunktur = Some(value.to_string());
            }
            _ => {}
        }
    }
    (p, problems)
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
        assert_eq!(p.kommune.as_deref(), Some("751"));
        assert_eq!(p.sprog, Some(Lang::En));
        assert_eq!(p.data.as_deref(), Some("data/other.json"));
        assert!(problems.is_empty());
    }

    #[test]
    fn invalid_values_give_a_message_and_no_setting() {
        let (p, problems) = parse(&pairs(&[
            ("kommune", "Aarhus"),
            ("sprog", "de"),
            ("data", " "),
        ]));
        assert_eq!(p, Params::default());
        assert_eq!(problems.len(), 3);
        assert!(problems[0].contains("kommune=«Aarhus»"));
    }
}
