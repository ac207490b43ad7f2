//! `meta.authority`: the region or municipality that publishes Måltal with the file, and how to
//! reach it. Every address ends up in a link (`href`) of the header, the footer and the
//! accessibility statement, so each is checked to be what its field says: a web address starts
//! with `https://` or `http://` (never `javascript:` or `data:`), an e-mail address has one `@`
//! and a domain with a dot, a telephone number holds digits and the usual separators only.

use super::check::{text, Check};
use crate::data::error::{Place, Problem};
use crate::data::schema::WireAuthority;
use crate::model::baseline::{Authority, Feedback};

/// The longest address or number accepted (a browser takes longer ones; a contact line that
/// long is a mistake).
const MAX_ADDRESS: usize = 300;

/// Checks `meta.authority`; `None` (with the errors recorded) when any part is wrong.
pub(super) fn check_authority(c: &mut Check, w: &WireAuthority) -> Option<Authority> {
    let before = c.count;
    let path = |field: &str| format!("$.meta.authority.{field}");
    let fail = |c: &mut Check, problem, field: &str| c.fail(Place::Metadata, problem, path(field));
    if w.name.da.trim().is_empty() {
        fail(c, Problem::MissingField("name.da".into()), "name.da");
    }
    let url = w.url.as_deref().map(str::trim);
    if let Some(u) = url.filter(|u| !is_web_address(u)) {
        fail(c, Problem::NotWebAddress(u.into()), "url");
    }
    let email = w.email.as_deref().map(str::trim);
    if let Some(e) = email.filter(|e| !is_email(e)) {
        fail(c, Problem::NotEmail(e.into()), "email");
    }
    let phone = w.phone.as_deref().map(str::trim);
    if let Some(p) = phone.filter(|p| !is_phone(p)) {
        fail(c, Problem::NotPhone(p.into()), "phone");
    }
    let given = w.accessibility_feedback.as_deref().map(str::trim);
    let feedback = match given {
        Some(f) => feedback_route(f).or_else(|| {
            fail(
                c,
                Problem::NotFeedbackRoute(f.into()),
                "accessibility_feedback",
            );
            None
        }),
        None => email
            .map(|e| Feedback::Email(e.into()))
            .or_else(|| url.map(|u| Feedback::Web(u.into())))
            .or_else(|| phone.map(|p| Feedback::Phone(p.into()))),
    };
    let Some(feedback) = feedback else {
        if given.is_none() {
            fail(c, Problem::NoContact, "name");
        }
        return None;
    };
    (c.count == before).then(|| Authority {
        name: text(&w.name),
        url: url.map(str::to_string),
        email: email.map(str::to_string),
        phone: phone.map(str::to_string),
        feedback,
    })
}

/// The feedback route a file gives: a web address, or `mailto:` and an e-mail address.
fn feedback_route(f: &str) -> Option<Feedback> {
    match f.strip_prefix("mailto:") {
        Some(e) if is_email(e) => Some(Feedback::Email(e.into())),
        Some(_) => None,
        None if is_web_address(f) => Some(Feedback::Web(f.into())),
        None => None,
    }
}

/// `https://host/…` or `http://host/…`: a host of letters, digits, dots and hyphens with at
/// least one dot (or `localhost`), and no space, quote or angle bracket anywhere.
fn is_web_address(u: &str) -> bool {
    let Some(rest) = u
        .strip_prefix("https://")
        .or_else(|| u.strip_prefix("http://"))
    else {
        return false;
    };
    let host_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let (host, _) = rest.split_at(host_end);
    let host = host.split_once(':').map_or(host, |(h, _)| h);
    let host_ok = !host.is_empty()
        && (host.contains('.') || host == "localhost")
        && host
            .chars()
            .all(|ch| ch.is_alphanumeric() || ch == '.' || ch == '-')
        && !host.starts_with(['.', '-']);
    u.len() <= MAX_ADDRESS && host_ok && !u.chars().any(forbidden)
}

/// `name@domain.tld`, with nothing a mail link would misread.
fn is_email(e: &str) -> bool {
    let Some((local, domain)) = e.split_once('@') else {
        return false;
    };
    e.len() <= MAX_ADDRESS
        && !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !e
            .chars()
            .any(|ch| forbidden(ch) || matches!(ch, '?' | '&' | '/' | ':' | ',' | ';'))
        && !domain.contains('@')
}

/// Digits with spaces, `+`, `-`, `.`, `(` and `)`; at least four digits.
fn is_phone(p: &str) -> bool {
    p.len() <= 40
        && p.chars().filter(char::is_ascii_digit).count() >= 4
        && p.chars()
            .all(|ch| ch.is_ascii_digit() || " +-.()".contains(ch))
}

fn forbidden(ch: char) -> bool {
    ch.is_whitespace() || ch.is_control() || matches!(ch, '"' | '\'' | '<' | '>' | '`' | '\\')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::schema::WireText;

    fn wire(
        url: Option<&str>,
        email: Option<&str>,
        phone: Option<&str>,
        fb: Option<&str>,
    ) -> WireAuthority {
        WireAuthority {
            name: WireText {
                da: "Region Midtjylland".into(),
                en: String::new(),
            },
            url: url.map(Into::into),
            email: email.map(Into::into),
            phone: phone.map(Into::into),
            accessibility_feedback: fb.map(Into::into),
        }
    }

    fn check(w: &WireAuthority) -> (Option<Authority>, Vec<String>) {
        let mut c = Check::new();
        let a = check_authority(&mut c, w);
        (a, c.errors.iter().map(|e| e.to_string()).collect())
    }

    #[test]
    fn the_feedback_route_is_the_one_given_else_email_else_web_else_phone() {
        let (a, _) = check(&wire(
            Some("https://www.rm.dk"),
            Some("kontakt@rm.dk"),
            None,
            Some("https://www.rm.dk/tilgaengelighed"),
        ));
        assert_eq!(
            a.map(|a| a.feedback),
            Some(Feedback::Web("https://www.rm.dk/tilgaengelighed".into()))
        );
        let (a, _) = check(&wire(
            Some("https://www.rm.dk"),
            Some("kontakt@rm.dk"),
            None,
            None,
        ));
        assert_eq!(
            a.map(|a| a.feedback),
            Some(Feedback::Email("kontakt@rm.dk".into()))
        );
        let (a, _) = check(&wire(Some("https://www.rm.dk"), None, None, None));
        assert_eq!(
            a.map(|a| a.feedback),
            Some(Feedback::Web("https://www.rm.dk".into()))
        );
        let (a, _) = check(&wire(None, None, Some("+45 7841 0000"), None));
        assert_eq!(
            a.map(|a| a.feedback),
            Some(Feedback::Phone("+45 7841 0000".into()))
        );
        let (a, _) = check(&wire(None, None, None, Some("mailto:web@rm.dk")));
        assert_eq!(
            a.map(|a| a.feedback),
            Some(Feedback::Email("web@rm.dk".into()))
        );
    }

    #[test]
    fn an_address_that_would_run_script_or_break_a_link_is_refused_by_field() {
        for bad in [
            "javascript:alert(1)",
            "data:text/html,x",
            "https://",
            "https://rm dk",
            "https://x\"onmouseover=\"y.dk",
            "ftp://rm.dk",
            "www.rm.dk",
        ] {
            let (a, errors) = check(&wire(Some(bad), Some("kontakt@rm.dk"), None, None));
            assert!(a.is_none(), "{bad} accepted");
            assert!(
                errors
                    .iter()
                    .any(|e| e.contains("meta.authority.url") || e.contains("webadresse")),
                "{bad}: {errors:?}"
            );
        }
        let (a, errors) = check(&wire(
            None,
            Some("kontakt@rm.dk"),
            None,
            Some("mailto:x@y.dk?subject=hi&body=z"),
        ));
        assert!(a.is_none());
        assert!(errors[0].contains("mailto"), "{errors:?}");
        for bad in [
            "kontakt",
            "a@b",
            "a@@b.dk",
            "a b@c.dk",
            "@rm.dk",
            "a@rm.dk,b@rm.dk",
        ] {
            assert!(!is_email(bad), "{bad}");
        }
        for bad in ["ring os", "12", "+45 <b>"] {
            assert!(!is_phone(bad), "{bad}");
        }
    }

    #[test]
    fn an_authority_with_no_way_to_reach_it_or_no_name_is_refused() {
        let (a, errors) = check(&wire(None, None, None, None));
        assert!(a.is_none());
        assert_eq!(errors.len(), 1, "{errors:?}");
        let mut w = wire(Some("https://www.rm.dk"), None, None, None);
        w.name.da = " ".into();
        assert!(check(&w).0.is_none());
    }

    #[test]
    fn ordinary_contacts_pass() {
        let (a, errors) = check(&wire(
            Some("https://www.rm.dk/om-os/kontakt?x=1#top"),
            Some("kontakt@rm.dk"),
            Some("+45 7841 0000"),
            None,
        ));
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(a.and_then(|a| a.phone), Some("+45 7841 0000".into()));
        assert!(is_web_address("http://localhost:8080/kontakt"));
        assert!(is_web_address("https://www.københavn.dk"));
    }
}
