//! What every chart drawing shares: the error type, the one conversion of a palette entry to a
//! plotters colour, and cutting text that cannot be laid out.

use plotters::style::RGBColor;

use super::spec::Palette;

/// Why a chart could not be drawn.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ChartError {
    /// The spec holds no value to draw; the frame says so instead.
    #[error("ingen tal at vise")]
    NoData,
    /// The backend failed (e.g. the canvas went away).
    #[error("tegningen mislykkedes: {0}")]
    Backend(String),
}

/// A backend's error as a [`ChartError`].
pub(super) fn backend<E: std::fmt::Debug>(e: E) -> ChartError {
    ChartError::Backend(format!("{e:?}"))
}

/// The plotters colour of a palette entry (the one conversion, shared with `bars`).
pub(super) fn color(p: Palette) -> RGBColor {
    let (r, g, b) = p.rgb();
    RGBColor(r, g, b)
}

/// Longest axis caption or source line drawn, in characters.
pub(super) const MAX_CAPTION_CHARS: usize = 90;

/// `text` cut to at most `max` characters, the last of them an ellipsis when it was cut.
pub(super) fn fit_text(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let mut out: String = text.chars().take(max.saturating_sub(1)).collect();
    out.push('…');
    out
}
