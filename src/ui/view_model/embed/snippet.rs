//! The embed code the "Indlejr" dialog writes for what the user is looking at: the address of
//! an embedded Måltal (municipality, goal, language, theme, views, and the data file and
//! scenario when asked) and the HTML a web editor pastes — the iframe and the height listener,
//! the same code as `embed.js` (so the snippet and the file cannot drift apart).

use crate::ui::format::Lang;
use crate::ui::params::{Theme, View, VIEWS};

/// The height listener, as `embed.js` ships it.
const LISTENER: &str = include_str!("../../../../embed.js");

/// What the embed shows.
#[derive(Debug, Clone, PartialEq)]
pub struct EmbedChoice {
    /// The app's own address without query or fragment, e.g. `https://maltal.example.dk/`.
    pub base: String,
    /// The municipality's code.
    pub municipality: String,
    /// One goal only (`maal=`), or every goal.
    pub goal: Option<String>,
    /// The language.
    pub lang: Lang,
    /// The colour theme.
    pub theme: Theme,
    /// The views (`vis=`); empty for all.
    pub views: Vec<View>,
    /// The data file (`data=`) when the page was opened with one.
    pub data: Option<String>,
    /// The scenario as a share-link value (`s=`), to show the user's own targets.
    pub scenario: Option<String>,
    /// The iframe's height before the content reports its own, in pixels.
    pub height: u32,
}

/// The embedded page's address.
pub fn embed_url(c: &EmbedChoice) -> String {
    let mut q = form_urlencoded::Serializer::new(String::new());
    q.append_pair("embed", "1");
    q.append_pair("kommune", &c.municipality);
    if let Some(goal) = &c.goal {
        q.append_pair("maal", goal);
    }
    q.append_pair("sprog", c.lang.code());
    if c.theme != Theme::Light {
        q.append_pair("tema", c.theme.id());
    }
    let views: Vec<&str> = VIEWS
        .iter()
        .filter(|(v, _)| c.views.contains(v))
        .map(|(_, id)| *id)
        .collect();
    if !views.is_empty() && views.len() < VIEWS.len() {
        q.append_pair("vis", &views.join(","));
    }
    if let Some(data) = &c.data {
        q.append_pair("data", data);
    }
    if let Some(s) = &c.scenario {
        q.append_pair("s", s);
    }
    format!("{}?{}", c.base, q.finish())
}

/// The HTML to paste: the iframe (with `title` and `allow="clipboard-write"`) and the listener
/// that lets it follow its content's height.
pub fn embed_snippet(c: &EmbedChoice, title: &str) -> String {
    format!(
        "<iframe title=\"{}\"\n        src=\"{}\"\n        width=\"100%\" height=\"{}\" allow=\"clipboard-write\" loading=\"lazy\" style=\"border: 0\"></iframe>\n<script>\n{}</script>\n",
        attribute(title),
        attribute(&embed_url(c)),
        c.height,
        listener_code(),
    )
}

/// The listener's code without the file's comment header, opened by one line naming the
/// protocol.
fn listener_code() -> String {
    let code: String = LISTENER
        .lines()
        .skip_while(|l| l.starts_with("//"))
        .map(|l| format!("{l}\n"))
        .collect();
    format!(
        "// Måltal (maltal:hoejde, version 1): the iframe follows its content's height.\n{code}"
    )
}

/// `text` for a double-quoted HTML attribute.
fn attribute(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[cfg(test)]
#[cfg(not(target_arch = "wasm32"))]
mod tests {
    use super::*;

    fn choice() -> EmbedChoice {
        EmbedChoice {
            base: "https://maltal.example.dk/".into(),
            municipality: "730".into(),
            goal: Some("langtidsledighed".into()),
            lang: Lang::Da,
            theme: Theme::Light,
            views: vec![],
            data: None,
            scenario: None,
            height: 900,
        }
    }

    #[test]
    fn the_address_carries_the_municipality_goal_and_language_and_only_the_views_asked() {
        assert_eq!(
            embed_url(&choice()),
            "https://maltal.example.dk/?embed=1&kommune=730&maal=langtidsledighed&sprog=da"
        );
        let mut c = choice();
        c.goal = None;
        c.lang = Lang::En;
        c.theme = Theme::Contrast;
        c.views = vec![View::Comparison, View::Goals];
        c.data = Some("data/region nord.json".into());
        assert_eq!(
            embed_url(&c),
            "https://maltal.example.dk/?embed=1&kommune=730&sprog=en&tema=kontrast&vis=maal%2Csammenligning&data=data%2Fregion+nord.json"
        );
        // Every view is the same as none named.
        c.views = VIEWS.iter().map(|(v, _)| *v).collect();
        assert!(!embed_url(&c).contains("vis="));
    }

    #[test]
    fn the_snippet_is_the_iframe_and_the_same_listener_as_embed_js() {
        let mut c = choice();
        c.scenario = Some("2.abc".into());
        let html = embed_snippet(&c, "Måltal – \"Randers\" <test>");
        assert!(html.starts_with("<iframe title=\"Måltal – &quot;Randers&quot; &lt;test&gt;\""));
        assert!(html.contains(
            "src=\"https://maltal.example.dk/?embed=1&amp;kommune=730&amp;maal=langtidsledighed&amp;sprog=da&amp;s=2.abc\""
        ));
        assert!(html.contains("height=\"900\" allow=\"clipboard-write\""));
        let code: Vec<&str> = LISTENER.lines().filter(|l| !l.starts_with("//")).collect();
        assert!(code.len() > 5, "embed.js has its listener");
        for line in code {
            assert!(
                html.contains(line),
                "the snippet has embed.js' line {line:?}"
            );
        }
        assert!(html.trim_end().ends_with("</script>"));
    }

    #[test]
    fn the_readme_snippet_has_the_same_listener_as_embed_js() {
        let readme = include_str!("../../../../README.md");
        for line in LISTENER.lines().filter(|l| !l.starts_with("//")) {
            assert!(
                readme.contains(line),
                "README lacks embed.js' line {line:?}"
            );
        }
    }
}
