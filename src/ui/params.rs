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
    /// `embed=1`: no header or footer, for an iframe on a region's page.
    pub embed: bool,
    /// `tema`: `lys` (default), `moerk` or `kontrast`.
    pub tema: Theme,
    /// `vis`: the views to show (all when empty).
    pub vis: Vec<View>,
}

/// Colour theme.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    /// Light (default).
    #[default]
    Lys,
    /// Dark.
    Moerk,
    /// High contrast.
    Kontrast,
}

impl Theme {
    /// The value used in the URL and as the page's `data-tema`.
    pub fn id(self) -> &'static str {
        match self {
            Theme::Lys => "lys",
            Theme::Moerk => "moerk",
            Theme::Kontrast => "kontrast",
        }
    }
}

/// A view that `vis` can ask for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    /// The goal cards.
    Maal,
    /// The comparison.
    Sammenligning,
    /// The overview table.
    Oversigt,
    /// The follow-up tables.
    Opfoelgning,
}

impl Params {
    /// True when `view` is to be shown (every view when `vis` was not given).
    pub fn shows(&self, view: View) -> bool {
        self.vis.is_empty() || self.vis.contains(&view)
    }
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
            "embed" => match value {
                "1" | "true" | "ja" => p.embed = true,
                "0" | "false" | "nej" | "" => p.embed = false,
                other => problems.push(format!(
                    "Parameteren embed=«{other}» kendes ikke (1 eller 0); siden vises normalt."
                )),
            },
            "tema" => match value {
                "lys" => p.tema = Theme::Lys,
                "moerk" => p.tema = Theme::Moerk,
                "kontrast" => p.tema = Theme::Kontrast,
                other => problems.push(format!(
                    "Parameteren tema=«{other}» kendes ikke (lys, moerk eller kontrast); lyst tema bruges."
                )),
            },
            "vis" => {
                for part in value.split(',').map(str::trim).filter(|x| !x.is_empty()) {
                    let view = match part {
                        "maal" => Some(View::Maal),
                        "sammenligning" => Some(View::Sammenligning),
                        "oversigt" => Some(View::Oversigt),
                        "opfoelgning" => Some(View::Opfoelgning),
                        _ => None,
                    };
                    match view {
                        Some(v) if !p.vis.contains(&v) => p.vis.push(v),
                        Some(_) => {}
                        None => problems.push(format!(
                            "Visningen «{part}» i parameteren vis kendes ikke (maal, sammenligning, oversigt, opfoelgning); den er sprunget over."
                        )),
                    }
                }
            }
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
    fn embed_theme_and_views_are_read_and_unknown_views_reported() {
        let (p, problems) = parse(&pairs(&[
            ("embed", "1"),
            ("tema", "kontrast"),
            ("vis", "maal,oversigt,kort"),
        ]));
        assert!(p.embed);
        assert_eq!(p.tema, Theme::Kontrast);
        assert_eq!(p.vis, [View::Maal, View::Oversigt]);
        assert!(p.shows(View::Maal) && !p.shows(View::Sammenligning));
        assert_eq!(problems.len(), 1);
        assert!(problems[0].contains("«kort»"));
        assert!(Params::default().shows(View::Sammenligning));
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
