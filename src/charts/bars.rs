//! A horizontal bar chart of changes (the comparison ranking): its spec and its drawing,
//! generic over plotters' backends.

use plotters::coord::Shift;
use plotters::prelude::*;

use super::paint::{color, fit_text, ChartError};
use super::spec::{Frame, LegendItem, LegendMark, NumberStyle, Palette};

/// Longest bar label drawn, in characters (its room on the left is at most 240 px).
const MAX_BAR_LABEL_CHARS: usize = 32;

/// One bar.
#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    /// Label on the axis.
    pub label: String,
    /// Value (e.g. a change in percent).
    pub value: f64,
    /// True for the municipality itself (drawn in the highlight colour).
    pub highlight: bool,
    /// True for a reference such as the region (drawn hatched grey).
    pub reference: bool,
}

impl Bar {
    /// The bar's colour: the municipality in the highlight colour, a reference in grey, the
    /// others in sky blue.
    pub fn color(&self) -> Palette {
        if self.highlight {
            Palette::Vermillion
        } else if self.reference {
            Palette::Grey
        } else {
            Palette::Sky
        }
    }
}

/// What the bars' colours mean, in the page's language (an empty text leaves its entry out).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BarKey {
    /// The highlighted bar: the municipality itself ("Randers' mål").
    pub own: String,
    /// The other bars ("Sammenlignelige kommuner (prognose)").
    pub others: String,
    /// The reference bars ("Regionen (prognose)").
    pub reference: String,
}

/// A bar chart: bars top to bottom in the given order.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BarSpec {
    /// Title and source line.
    pub frame: Frame,
    /// Caption of the value axis.
    pub x_label: String,
    /// Bars.
    pub bars: Vec<Bar>,
    /// How the axis numbers are written (the page's language).
    pub numbers: NumberStyle,
    /// What the colours mean (the legend).
    pub key: BarKey,
}

impl BarSpec {
    /// The legend: one entry per kind of bar that is drawn (the municipality, the others, the
    /// references), in that order; a kind without bars or without a text is left out.
    pub fn legend(&self) -> Vec<LegendItem> {
        let kinds = [
            (&self.key.own, Palette::Vermillion),
            (&self.key.others, Palette::Sky),
            (&self.key.reference, Palette::Grey),
        ];
        kinds
            .into_iter()
            .filter(|(label, colour)| {
                !label.is_empty() && self.bars.iter().any(|b| b.color() == *colour)
            })
            .map(|(label, colour)| LegendItem {
                label: label.clone(),
                color: colour,
                mark: LegendMark::Bar,
            })
            .collect()
    }
}

impl super::draw::Figure for BarSpec {
    fn draw_into<DB: DrawingBackend>(
        &self,
        area: &DrawingArea<DB, Shift>,
        scale: f64,
    ) -> Result<(), ChartError> {
        draw_bars(self, area, scale)
    }

    /// A readable row per bar, room for the axis, title and source.
    fn image_size(&self) -> (u32, u32) {
        let rows = 18 * self.bars.len().min(200) as u32;
        (super::draw::IMAGE_WIDTH, (rows + 130).max(320))
    }
}

/// How much a chart of a given width gives its labels: the bars' names at most 45 % of the width
/// (and 240 px), the value axis as many numbers as fit side by side without touching — at 320 px
/// on a phone the names shorten and the axis shows two or three numbers, never overlapping ones.
struct Room {
    /// The widest the names' column may be, in unscaled pixels.
    label_px: f64,
    /// The most characters a name keeps.
    label_chars: usize,
    /// The chart's width in unscaled pixels.
    width: f64,
}

impl Room {
    /// A number on the value axis ("-12,5") takes at most this many unscaled pixels with its gap.
    const NUMBER_PX: f64 = 56.0;

    fn of(width_px: u32, scale: f64) -> Room {
        let width = f64::from(width_px) / scale.max(0.1);
        let label_px = (width * 0.45).clamp(60.0, 240.0);
        Room {
            label_px,
            label_chars: ((label_px / 7.0) as usize).clamp(6, MAX_BAR_LABEL_CHARS),
            width,
        }
    }

    /// How many numbers the value axis shows when the names take `names_px`.
    fn x_labels(&self, names_px: f64) -> usize {
        let plot = self.width - names_px.clamp(60.0, self.label_px) - 16.0;
        ((plot / Self::NUMBER_PX) as usize).clamp(2, 10)
    }
}

/// Draws `spec` filling `area`, text and strokes scaled by `scale`.
///
/// # Errors
/// [`ChartError::NoData`] without bars; [`ChartError::Backend`] when drawing fails.
pub fn draw_bars<DB: DrawingBackend>(
    spec: &BarSpec,
    area: &DrawingArea<DB, Shift>,
    scale: f64,
) -> Result<(), ChartError> {
    let backend = |e: DrawingAreaErrorKind<DB::ErrorType>| ChartError::Backend(format!("{e:?}"));
    area.fill(&WHITE).map_err(backend)?;
    if spec.bars.is_empty() {
        return Err(ChartError::NoData);
    }
    let s = |v: f64| (v * scale).round() as u32;
    let area = &super::frame::draw_frame(area, &spec.frame, &spec.legend(), scale)?;
    let lo = spec.bars.iter().map(|b| b.value).fold(0.0_f64, f64::min);
    let hi = spec.bars.iter().map(|b| b.value).fold(0.0_f64, f64::max);
    let pad = ((hi - lo) * 0.1).max(0.5);
    let n = spec.bars.len() as i32;
    let room = Room::of(area.dim_in_pixel().0, scale);
    // A label longer than its room is cut with an ellipsis (the table beside has it whole).
    let labels: Vec<String> = spec
        .bars
        .iter()
        .map(|b| fit_text(&b.label, room.label_chars))
        .collect();
    let longest = labels.iter().map(|l| l.chars().count()).max().unwrap_or(4) as f64;
    let mut chart = ChartBuilder::on(area)
        .margin(s(8.0))
        .x_label_area_size(s(36.0))
        .y_label_area_size(s((longest * 7.0).clamp(60.0, room.label_px)))
        .build_cartesian_2d(lo - pad..hi + pad, (0..(n - 1).max(0)).into_segmented())
        .map_err(backend)?;
    let y_fmt = |v: &SegmentValue<i32>| match v {
        SegmentValue::CenterOf(i) | SegmentValue::Exact(i) => labels
            .get((n - 1 - *i) as usize)
            .cloned()
            .unwrap_or_default(),
        SegmentValue::Last => String::new(),
    };
    // Whole numbers when the bars span a wide range, one decimal (comma) when narrow.
    let decimals = if hi - lo >= 10.0 { 0 } else { 1 };
    let x_fmt = |v: &f64| spec.numbers.format(*v, decimals);
    // The caption is centred under the bars: it fits their width (a phone's chart is narrow).
    let (plot_width, _) = chart.plotting_area().dim_in_pixel();
    let x_desc = super::frame::fit_caption(area, &spec.x_label, plot_width + s(16.0), s(12.0));
    chart
        .configure_mesh()
        .disable_y_mesh()
        .y_labels(n as usize)
        .x_labels(room.x_labels(longest * 7.0))
        .y_label_formatter(&y_fmt)
        .x_label_formatter(&x_fmt)
        .x_desc(x_desc)
        .label_style(("sans-serif", s(12.0)))
        .axis_desc_style(("sans-serif", s(12.0)))
        .light_line_style(RGBColor(235, 235, 235))
        .draw()
        .map_err(backend)?;
    for (i, bar) in spec.bars.iter().enumerate() {
        let y = n - 1 - i as i32;
        let fill = color(bar.color());
        let rect = Rectangle::new(
            [
                (0.0_f64.min(bar.value), SegmentValue::Exact(y)),
                (0.0_f64.max(bar.value), SegmentValue::Exact(y + 1)),
            ],
            fill.filled(),
        );
        chart.draw_series(std::iter::once(rect)).map_err(backend)?;
    }
    area.present().map_err(backend)?;
    Ok(())
}

#[cfg(test)]
#[cfg(not(target_arch = "wasm32"))]
mod tests {
    use super::*;

    #[test]
    fn a_narrow_chart_shortens_the_names_and_shows_fewer_numbers() {
        let phone = Room::of(288, 1.0);
        assert!(phone.label_px <= 130.0, "{}", phone.label_px);
        assert!(phone.label_chars < MAX_BAR_LABEL_CHARS);
        assert!(phone.x_labels(203.0) <= 3, "{}", phone.x_labels(203.0));
        let wide = Room::of(1116, 1.0);
        assert_eq!(wide.label_chars, MAX_BAR_LABEL_CHARS);
        assert_eq!(wide.x_labels(203.0), 10);
        // Drawn at twice the pixels (a PNG download), the room is the same.
        assert_eq!(Room::of(576, 2.0).x_labels(203.0), phone.x_labels(203.0));
    }

    #[test]
    fn bars_are_drawn_with_the_municipality_highlighted() {
        let spec = BarSpec {
            frame: Frame {
                title: "Ændringer".into(),
                source: "Kilde: Jobindsats".into(),
                ..Frame::default()
            },
            x_label: "Ændring (%)".into(),
            numbers: NumberStyle::Danish,
            key: BarKey::default(),
            bars: vec![
                Bar {
                    label: "Odense".into(),
                    value: -4.0,
                    highlight: false,
                    reference: false,
                },
                Bar {
                    label: "Aarhus".into(),
                    value: -2.5,
                    highlight: true,
                    reference: false,
                },
                Bar {
                    label: "Aalborg".into(),
                    value: 1.0,
                    highlight: false,
                    reference: false,
                },
            ],
        };
        let mut svg = String::new();
        {
            let root = SVGBackend::with_string(&mut svg, (500, 200)).into_drawing_area();
            assert_eq!(draw_bars(&spec, &root, 1.0), Ok(()));
        }
        assert_eq!(svg.matches("#D55E00").count(), 1, "one highlighted bar");
        assert!(svg.contains("Aarhus"));
        assert!(
            svg.contains("\nÆndringer\n") && svg.contains("\nKilde: Jobindsats\n"),
            "{svg}"
        );
        assert!(
            !svg.contains("Sammenlignelige"),
            "no key texts, no legend: {svg}"
        );
        let mut empty = String::new();
        let root = SVGBackend::with_string(&mut empty, (500, 200)).into_drawing_area();
        assert_eq!(
            draw_bars(&BarSpec::default(), &root, 1.0),
            Err(ChartError::NoData)
        );
    }

    #[test]
    fn the_bar_legend_names_only_the_kinds_of_bar_drawn() {
        let bar = |label: &str, highlight, reference| Bar {
            label: label.into(),
            value: 1.0,
            highlight,
            reference,
        };
        let key = BarKey {
            own: "Randers' mål".into(),
            others: "Sammenlignelige kommuner (prognose)".into(),
            reference: "Regionen (prognose)".into(),
        };
        let mut spec = BarSpec {
            bars: vec![bar("Randers", true, false), bar("Vejle", false, false)],
            key,
            ..BarSpec::default()
        };
        let labels = |s: &BarSpec| s.legend().into_iter().map(|i| i.label).collect::<Vec<_>>();
        assert_eq!(
            labels(&spec),
            ["Randers' mål", "Sammenlignelige kommuner (prognose)"]
        );
        assert!(spec.legend().iter().all(|i| i.mark == LegendMark::Bar));
        spec.bars
            .push(bar("Region Midtjylland (prognose)", false, true));
        assert_eq!(spec.legend().len(), 3, "the region drawn, the region named");
        assert_eq!(spec.legend()[2].color, Palette::Grey);
        spec.key.others.clear();
        assert_eq!(
            labels(&spec),
            ["Randers' mål", "Regionen (prognose)"],
            "an entry without a text is left out"
        );
        // In a download the legend is drawn into the image.
        spec.frame.legend = true;
        let mut svg = String::new();
        {
            let root = SVGBackend::with_string(&mut svg, (500, 300)).into_drawing_area();
            assert_eq!(draw_bars(&spec, &root, 1.0), Ok(()));
        }
        assert!(svg.contains("Regionen (prognose)"), "{svg}");
    }
}
