//! Chart specifications: plain data describing a chart, built from model output. No pixels,
//! no backend; `PartialEq` so a view redraws only when what it shows has changed.

use crate::model::Month;

/// Colours that survive the common forms of colour-blindness (Okabe–Ito palette).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Palette {
    /// Blue #0072B2: the municipality's own history.
    Blue,
    /// Vermillion #D55E00: the target and kravforløb.
    Vermillion,
    /// Bluish green #009E73.
    Green,
    /// Reddish purple #CC79A7.
    Purple,
    /// Orange #E69F00.
    Orange,
    /// Sky blue #56B4E9.
    Sky,
    /// Neutral grey #595959.
    Grey,
}

impl Palette {
    /// A short name for CSS classes (`swatch-blue`), so legends need no inline styles.
    pub fn name(self) -> &'static str {
        match self {
            Palette::Blue => "blue",
            Palette::Vermillion => "vermillion",
            Palette::Green => "green",
            Palette::Purple => "purple",
            Palette::Orange => "orange",
            Palette::Sky => "sky",
            Palette::Grey => "grey",
        }
    }

    /// The colour as RGB.
    pub fn rgb(self) -> (u8, u8, u8) {
        match self {
            Palette::Blue => (0x00, 0x72, 0xB2),
            Palette::Vermillion => (0xD5, 0x5E, 0x00),
            Palette::Green => (0x00, 0x9E, 0x73),
            Palette::Purple => (0xCC, 0x79, 0xA7),
            Palette::Orange => (0xE6, 0x9F, 0x00),
            Palette::Sky => (0x56, 0xB4, 0xE9),
            Palette::Grey => (0x59, 0x59, 0x59),
        }
    }
}

/// How a line is stroked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineStyle {
    /// Solid: observed figures.
    Solid,
    /// Dashed: forecasts and paths.
    Dashed,
}

/// One line of a chart. Missing months break the line.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    /// Legend text.
    pub label: String,
    /// Points in month order; `None` leaves a gap.
    pub points: Vec<(Month, Option<f64>)>,
    /// Stroke.
    pub style: LineStyle,
    /// Colour.
    pub color: Palette,
}

/// A shaded band between two bounds (e.g. a prediction interval).
#[derive(Debug, Clone, PartialEq)]
pub struct Band {
    /// Legend text.
    pub label: String,
    /// (month, lower, upper) in month order.
    pub points: Vec<(Month, f64, f64)>,
    /// Colour.
    pub color: Palette,
    /// Opacity 0–1.
    pub opacity: f64,
}

/// A single marked point (e.g. the target).
#[derive(Debug, Clone, PartialEq)]
pub struct Marker {
    /// Legend text.
    pub label: String,
    /// Where.
    pub month: Month,
    /// Value.
    pub value: f64,
    /// Colour.
    pub color: Palette,
}

/// A labelled vertical line at a month: a known break in the data ("Databrud jul. 2025"),
/// from which figures are not comparable with those before.
#[derive(Debug, Clone, PartialEq)]
pub struct BreakMark {
    /// The first month under the new rules; the line is drawn at its start.
    pub month: Month,
    /// The label written beside the line.
    pub label: String,
}

/// How axis numbers are written: Danish "12.500" and "2,5", or English "12,500" and "2.5".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum NumberStyle {
    /// Point between thousands, comma before decimals.
    #[default]
    Danish,
    /// Comma between thousands, point before decimals.
    English,
}

impl NumberStyle {
    /// (thousands separator, decimal separator).
    pub fn separators(self) -> (char, char) {
        match self {
            NumberStyle::Danish => ('.', ','),
            NumberStyle::English => (',', '.'),
        }
    }

    /// `v` with `decimals` decimals and thousands grouped; a minus only when a digit is not 0.
    pub fn format(self, v: f64, decimals: usize) -> String {
        let (thousands, decimal) = self.separators();
        let text = format!("{:.decimals$}", v.abs());
        let (whole, fraction) = text.split_once('.').unwrap_or((text.as_str(), ""));
        let mut out = String::new();
        for (i, ch) in whole.chars().enumerate() {
            if i > 0 && (whole.len() - i) % 3 == 0 {
                out.push(thousands);
            }
            out.push(ch);
        }
        if !fraction.is_empty() {
            out.push(decimal);
            out.push_str(fraction);
        }
        let zero = text.chars().all(|c| c == '0' || c == '.');
        if v < 0.0 && !zero {
            format!("-{out}")
        } else {
            out
        }
    }
}

/// Everything a time-series chart shows.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ChartSpec {
    /// Caption on the y axis (with unit).
    pub y_label: String,
    /// Bands, drawn first.
    pub bands: Vec<Band>,
    /// Lines.
    pub lines: Vec<Line>,
    /// Markers, drawn after the lines.
    pub markers: Vec<Marker>,
    /// Data breaks the chart crosses, drawn last as labelled vertical lines (see
    /// [`ChartSpec::with_breaks`]).
    pub breaks: Vec<BreakMark>,
    /// Month labels are formatted by this function's output: one label per tick month.
    pub month_labels: Vec<(Month, String)>,
    /// Source line drawn under the chart (so an exported PNG carries it); empty for none.
    pub source: String,
    /// How the axis numbers are written (the page's language).
    pub numbers: NumberStyle,
}

/// What a legend entry shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LegendMark {
    /// A line in this style.
    Line(LineStyle),
    /// A shaded band.
    Band,
    /// A dot.
    Marker,
}

/// One legend entry.
#[derive(Debug, Clone, PartialEq)]
pub struct LegendItem {
    /// Text.
    pub label: String,
    /// Colour.
    pub color: Palette,
    /// Mark.
    pub mark: LegendMark,
}

impl ChartSpec {
    /// The legend: lines, then bands, then markers, in drawing order.
    pub fn legend(&self) -> Vec<LegendItem> {
        let lines = self.lines.iter().map(|l| LegendItem {
            label: l.label.clone(),
            color: l.color,
            mark: LegendMark::Line(l.style),
        });
        let bands = self.bands.iter().map(|b| LegendItem {
            label: b.label.clone(),
            color: b.color,
            mark: LegendMark::Band,
        });
        let markers = self.markers.iter().map(|m| LegendItem {
            label: m.label.clone(),
            color: m.color,
            mark: LegendMark::Marker,
        });
        // One entry per kind of mark (several milestones share one "Delmål").
        let mut out: Vec<LegendItem> = Vec::new();
        for item in lines.chain(bands).chain(markers) {
            if !out.contains(&item) {
                out.push(item);
            }
        }
        out
    }

    /// The chart with a labelled vertical line for each break in `marks` that it crosses: one
    /// that has months of the chart both before it and from it on. A break before the chart
    /// starts, at its first month or after its last is left out. Call it once everything
    /// else is in the spec.
    pub fn with_breaks(mut self, marks: impl IntoIterator<Item = BreakMark>) -> ChartSpec {
        if let Some((first, last)) = self.month_range() {
            self.breaks = marks
                .into_iter()
                .filter(|b| first < b.month && b.month <= last)
                .collect();
        }
        self
    }

    /// The first and last month of everything in the chart.
    pub fn month_range(&self) -> Option<(Month, Month)> {
        let months = self
            .lines
            .iter()
            .flat_map(|l| l.points.iter().map(|p| p.0))
            .chain(self.bands.iter().flat_map(|b| b.points.iter().map(|p| p.0)))
            .chain(self.markers.iter().map(|m| m.month));
        months.fold(None, |acc, m| match acc {
            None => Some((m, m)),
            Some((a, b)) => Some((a.min(m), b.max(m))),
        })
    }

    /// The lowest and highest value in the chart.
    pub fn value_range(&self) -> Option<(f64, f64)> {
        let values = self
            .lines
            .iter()
            .flat_map(|l| l.points.iter().filter_map(|p| p.1))
            .chain(
                self.bands
                    .iter()
                    .flat_map(|b| b.points.iter().flat_map(|p| [p.1, p.2])),
            )
            .chain(self.markers.iter().map(|m| m.value))
            .filter(|v| v.is_finite());
        values.fold(None, |acc, v| match acc {
            None => Some((v, v)),
            Some((a, b)) => Some((a.min(v), b.max(v))),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(s: &str) -> Month {
        Month::parse(s).unwrap_or_else(|e| panic!("{s}: {e}"))
    }

    fn mark(month: &str) -> BreakMark {
        BreakMark {
            month: m(month),
            label: format!("Databrud {month}"),
        }
    }

    #[test]
    fn a_chart_keeps_only_the_breaks_it_crosses() {
        let spec = ChartSpec {
            lines: vec![Line {
                label: "Aarhus".into(),
                points: vec![(m("2025-01"), Some(1.0)), (m("2025-12"), Some(2.0))],
                style: LineStyle::Solid,
                color: Palette::Blue,
            }],
            ..ChartSpec::default()
        }
        .with_breaks(["2024-07", "2025-01", "2025-07", "2025-12", "2026-01"].map(mark));
        let months: Vec<Month> = spec.breaks.iter().map(|b| b.month).collect();
        assert_eq!(months, [m("2025-07"), m("2025-12")]);
        assert_eq!(spec.breaks[0].label, "Databrud 2025-07");
    }

    #[test]
    fn an_empty_chart_crosses_no_break() {
        let spec = ChartSpec::default().with_breaks([mark("2025-07")]);
        assert!(spec.breaks.is_empty());
    }
}
