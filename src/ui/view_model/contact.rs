//! The responsible authority's contact as links (header and footer): what each line says and
//! where it goes. The addresses were checked when the data file was read
//! (`data::convert::authority`), so none is a script link.

use crate::model::baseline::Authority;
use crate::ui::format::Lang;
use crate::ui::i18n::Key;

/// One contact line: its label, the link and the text shown.
#[derive(Debug, Clone, PartialEq)]
pub struct ContactLine {
    /// "Telefon", "E-mail" or "Websted".
    pub label: Key,
    /// `tel:…`, `mailto:…` or the website.
    pub href: String,
    /// The number or address as the file writes it (a website without its scheme).
    pub shown: String,
}

/// The telephone, e-mail and website lines the authority gives, in that order.
pub fn contact_lines(a: &Authority) -> Vec<ContactLine> {
    let phone = a.phone.as_ref().map(|p| ContactLine {
        label: Key::Phone,
        // A dialled number keeps its digits and a leading plus: "+45 7841 0000" → tel:+4578410000.
        href: format!(
            "tel:{}",
            p.chars()
                .filter(|c| c.is_ascii_digit() || *c == '+')
                .collect::<String>()
        ),
        shown: p.clone(),
    });
    let email = a.email.as_ref().map(|e| ContactLine {
        label: Key::Email,
        href: format!("mailto:{e}"),
        shown: e.clone(),
    });
    let web = a.url.as_ref().map(|u| ContactLine {
        label: Key::Website,
        href: u.clone(),
        shown: u
            .trim_start_matches("https://")
            .trim_start_matches("http://")
            .trim_end_matches('/')
            .to_string(),
    });
    [phone, email, web].into_iter().flatten().collect()
}

/// The accessibility statement's address in `lang` (`tilgaengelighed.html`, in English
/// `accessibility.html`). It reads the responsible authority from the data file itself; a data
/// file given in the address (`?data=`) is passed on, so the statement names the same authority
/// as the page.
pub fn statement_href(data: Option<&str>, lang: Lang) -> String {
    let page = lang.pick("tilgaengelighed.html", "accessibility.html");
    match data {
        Some(d) => {
            let q = form_urlencoded::Serializer::new(String::new())
                .append_pair("data", d)
                .finish();
            format!("{page}?{q}")
        }
        None => page.into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::baseline::{Feedback, Text};

    #[test]
    fn the_statement_reads_the_data_file_the_page_was_given() {
        assert_eq!(statement_href(None, Lang::Da), "tilgaengelighed.html");
        assert_eq!(statement_href(None, Lang::En), "accessibility.html");
        assert_eq!(
            statement_href(Some("data/region midt.json"), Lang::Da),
            "tilgaengelighed.html?data=data%2Fregion+midt.json"
        );
    }

    #[test]
    fn each_contact_is_a_link_of_its_kind_in_a_fixed_order() {
        let a = Authority {
            name: Text {
                da: "Region Midtjylland".into(),
                en: String::new(),
            },
            url: Some("https://www.rm.dk/".into()),
            email: Some("kontakt@rm.dk".into()),
            phone: Some("+45 7841 0000".into()),
            feedback: Feedback::Email("kontakt@rm.dk".into()),
        };
        let lines = contact_lines(&a);
        let got: Vec<(&str, &str)> = lines
            .iter()
            .map(|l| (l.href.as_str(), l.shown.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                ("tel:+4578410000", "+45 7841 0000"),
                ("mailto:kontakt@rm.dk", "kontakt@rm.dk"),
                ("https://www.rm.dk/", "www.rm.dk"),
            ]
        );
        let only_web = Authority {
            phone: None,
            email: None,
            ..a
        };
        assert_eq!(contact_lines(&only_web).len(), 1);
    }
}
