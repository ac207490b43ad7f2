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

/// How strongly a band is shaded. The wide band (95 %) is light and the narrow one (80 %),
/// drawn over it, dark: told apart by lightness, which every form of colour-blindness keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BandShade {
    /// The wide band (95 %).
    Light,
    /// The narrow band (80 %), drawn over the wide one.
    Dark,
}

impl BandShade {
    /// The opacity the band is painted with.
    pub fn opacity(self) -> f64 {
        match self {
            BandShade::Light => 0.25,
            BandShade::Dark => 0.45,
        }
    }

    /// The colour the band shows on the chart's white ground (the dark band lies over the
    /// light one), for a legend drawn beside it: the same swatch on any page background.
    pub fn shown_rgb(self, color: Palette) -> (u8, u8, u8) {
        let light = BandShade::Light.opacity();
        let alpha = match self {
            BandShade::Light => light,
            BandShade::Dark => 1.0 - (1.0 - light) * (1.0 - self.opacity()),
        };
        let blend = |c: u8| (255.0 - alpha * (255.0 - f64::from(c))).round() as u8;
        let (r, g, b) = color.rgb();
        (blend(r), blend(g), blend(b))
    }

    /// The legend swatch's CSS classes (`band band-light`).
    pub fn name(self) -> &'static str {
        match self {
            BandShade::Light => "band band-light",
            BandShade::Dark => "band band-dark",
        }
    }
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
    /// Light or dark shade.
    pub shade: BandShade,
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

/// The words framing a chart in its image: a title above, the municipality and scenario
/// under it (in downloads), and the source line at the bottom — so a chart pasted into a plan
/// still says what it shows and where the figures come from.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Frame {
    /// Title drawn at the top; empty for none.
    pub title: String,
    /// Second line under the title (municipality and scenario); empty for none.
    pub subtitle: String,
    /// Source line drawn under the chart; empty for none.
    pub source: String,
    /// Draw the legend into the image too (downloads; on screen the legend is HTML beside it).
    pub legend: bool,
}

/// Everything a time-series chart shows.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ChartSpec {
    /// Title, subtitle, source line.
    pub frame: Frame,
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
    /// How the axis numbers are written (the page's language).
    pub numbers: NumberStyle,
}

/// What a legend entry shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LegendMark {
    /// A line in this style.
    Line(LineStyle),
    /// A shaded band.
    Band(BandShade),
    /// A dot.
    Marker,
    /// A filled block (a bar of a bar chart).
    Bar,
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
    /// The legend: lines, then bands, then markers, in drawing order — only those that are
    /// drawn (a line without a single figure, a band without months are not).
    pub fn legend(&self) -> Vec<LegendItem> {
        let drawn = |l: &&Line| l.points.iter().any(|p| p.1.is_some_and(f64::is_finite));
        let lines = self.lines.iter().filter(drawn).map(|l| LegendItem {
            label: l.label.clone(),
            color: l.color,
            mark: LegendMark::Line(l.style),
        });
        let bands = self
            .bands
            .iter()
            .filter(|b| !b.points.is_empty())
            .map(|b| LegendItem {
                label: b.label.clone(),
                color: b.color,
                mark: LegendMark::Band(b.shade),
            });
        let markers = self
            .markers
            .iter()
            .filter(|m| m.value.is_finite())
            .map(|m| LegendItem {
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
    fn the_legend_lists_only_what_is_drawn_and_tells_the_two_bands_apart() {
        let line = |label: &str, v: Option<f64>| Line {
            label: label.into(),
            points: vec![(m("2025-01"), v)],
            style: LineStyle::Solid,
            color: Palette::Blue,
        };
        let band = |label: &str, shade| Band {
            label: label.into(),
            points: vec![(m("2025-01"), 1.0, 2.0)],
            color: Palette::Sky,
            shade,
        };
        let spec = ChartSpec {
            lines: vec![
                line("drawn", Some(1.0)),
                line("empty", None),
                line("nan", Some(f64::NAN)),
            ],
            bands: vec![
                band("95 %", BandShade::Light),
                band("80 %", BandShade::Dark),
            ],
            ..ChartSpec::default()
        };
        let legend = spec.legend();
        let labels: Vec<&str> = legend.iter().map(|i| i.label.as_str()).collect();
        assert_eq!(labels, ["drawn", "95 %", "80 %"]);
        assert_ne!(legend[1].mark, legend[2].mark, "two swatches for two bands");
    }

    #[test]
    fn the_band_swatches_are_the_colours_the_chart_shows_and_the_stylesheet_uses() {
        let light = BandShade::Light.shown_rgb(Palette::Sky);
        let dark = BandShade::Dark.shown_rgb(Palette::Sky);
        // Told apart by lightness (what every colour-blindness keeps): clearly different.
        let lum = |(r, g, b): (u8, u8, u8)| {
            0.3 * f64::from(r) + 0.59 * f64::from(g) + 0.11 * f64::from(b)
        };
        assert!(lum(light) - lum(dark) > 30.0, "{light:?} vs {dark:?}");
        let css = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/style/main.css"))
            .unwrap_or_default()
            .to_lowercase();
        for (r, g, b) in [light, dark] {
            let hex = format!("#{r:02x}{g:02x}{b:02x}");
            assert!(
                css.contains(&hex),
                "style/main.css paints a band swatch {hex}"
            );
        }
    }

    #[test]
    fn an_empty_chart_crosses_no_break() {
        let spec = ChartSpec::default().with_breaks([mark("2025-07")]);
        assert!(spec.breaks.is_empty());
    }
}
