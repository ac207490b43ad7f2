//! What a copy button says: "Kopieret" only when the browser has actually copied (the Clipboard
//! API's promise resolved); when it refused — no clipboard outside a secure context, or a frame
//! without clipboard permission — a hint to copy the (then selected) text by hand.

use crate::ui::i18n::Key;

/// The last copy of a link: the link as it was copied, and whether the browser copied it.
pub type CopyResult = (String, bool);

/// What the copy button and its hint say for `link`, given the `last` copy. A copy of an older
/// link does not count: the link has changed since, so the button offers to copy again.
pub fn copy_feedback(last: Option<&CopyResult>, link: &str) -> (Key, Option<Key>) {
    match last {
        Some((copied, true)) if copied == link => (Key::Copied, None),
        Some((copied, false)) if copied == link => (Key::CopyLink, Some(Key::CopyRefused)),
        _ => (Key::CopyLink, None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copied_is_said_only_after_the_browser_copied_this_link() {
        let link = "https://x/?s=1";
        assert_eq!(copy_feedback(None, link), (Key::CopyLink, None));
        let done = (link.to_string(), true);
        assert_eq!(copy_feedback(Some(&done), link), (Key::Copied, None));
        let refused = (link.to_string(), false);
        assert_eq!(
            copy_feedback(Some(&refused), link),
            (Key::CopyLink, Some(Key::CopyRefused))
        );
        // The scenario changed after copying: the new link has not been copied.
        assert_eq!(
            copy_feedback(Some(&done), "https://x/?s=2"),
            (Key::CopyLink, None)
        );
        assert_eq!(
            copy_feedback(Some(&refused), "https://x/?s=2"),
            (Key::CopyLink, None)
        );
    }
}
