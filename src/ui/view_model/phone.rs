//! Layout decisions for small screens (issue 11 §7), kept out of the components so they are
//! tested natively: how far to scroll the row of preset chips so the chosen one is seen, and
//! whether a part folded on a phone is open. Lengths are CSS pixels.

/// The horizontal scroll position that brings the chosen chip (its left edge `chip_left` and
/// `chip_width`, measured in the row's scrolled content) into the row's view (`scroll_left`,
/// `view_width`), with `margin` to spare; `None` when it is already seen whole.
pub fn chip_scroll(
    (scroll_left, view_width): (f64, f64),
    (chip_left, chip_width): (f64, f64),
    margin: f64,
) -> Option<f64> {
    let right = chip_left + chip_width;
    if chip_left >= scroll_left && right <= scroll_left + view_width {
        return None;
    }
    if chip_left < scroll_left || chip_width + 2.0 * margin > view_width {
        // Off to the left, or wider than the row: align its left edge.
        Some((chip_left - margin).max(0.0))
    } else {
        Some(right + margin - view_width)
    }
}

/// Whether a part folded on small screens is open: always on a wide screen (where its
/// disclosure is not shown), on a narrow one as the user left it, closed until then.
pub fn fold_open(narrow: bool, user_open: Option<bool>) -> bool {
    !narrow || user_open.unwrap_or(false)
}

#[cfg(test)]
#[cfg(not(target_arch = "wasm32"))]
mod tests {
    use super::*;

    #[test]
    fn a_chip_already_in_view_is_left_where_it_is() {
        assert_eq!(chip_scroll((0.0, 340.0), (10.0, 150.0), 8.0), None);
    }

    #[test]
    fn a_chip_off_to_the_right_is_scrolled_in_with_a_margin() {
        assert_eq!(chip_scroll((0.0, 340.0), (320.0, 150.0), 8.0), Some(138.0));
    }

    #[test]
    fn a_chip_off_to_the_left_is_aligned_left_and_never_before_the_start() {
        assert_eq!(
            chip_scroll((300.0, 340.0), (160.0, 150.0), 8.0),
            Some(152.0)
        );
        assert_eq!(chip_scroll((300.0, 340.0), (4.0, 150.0), 8.0), Some(0.0));
    }

    #[test]
    fn a_folded_part_is_open_on_a_wide_screen_and_as_left_on_a_narrow_one() {
        assert!(fold_open(false, None));
        assert!(
            fold_open(false, Some(false)),
            "no disclosure to close it with"
        );
        assert!(!fold_open(true, None), "closed at first on a phone");
        assert!(fold_open(true, Some(true)));
    }
}
