//! Drawing a [`ChartSpec`] onto any plotters backend (canvas in the browser, SVG in tests).

use plotters::coord::types::{RangedCoordf64, RangedCoordi32};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

pub use super::paint::ChartError;
use super::paint::{backend, color, fit_text};
use super::spec::{ChartSpec, LineStyle, NumberStyle, Palette};
use crate::model::Month;

/// Longest axis number drawn, in characters; a longer one (a figure beyond any plausible value)
/// is cut with an ellipsis rather than pushing the plot off the canvas.
const MAX_TICK_CHARS: usize = 14;
/// A chart that can be drawn onto any backend: the time-series and the bar chart alike, so the
/// canvas, the PNG and the SVG downloads share one drawing.
pub trait Figure {
    /// Draws the chart filling `area`, sizes scaled by `scale`.
    ///
    /// # Errors
    /// As [`draw`].
    fn draw_into<DB: DrawingBackend>(
        &self,
        area: &DrawingArea<DB, Shift>,
        scale: f64,
    ) -> Result<(), ChartError>;

    /// The size in CSS pixels of the chart's downloaded image.
    fn image_size(&self) -> (u32, u32);
}

/// The width of a downloaded chart image in CSS pixels (drawn at twice that in the PNG).
pub const IMAGE_WIDTH: u32 = 900;

impl Figure for ChartSpec {
    fn draw_into<DB: DrawingBackend>(
        &self,
        area: &DrawingArea<DB, Shift>,
        scale: f64,
    ) -> Result<(), ChartError> {
        draw(self, area, scale)
    }

    fn image_size(&self) -> (u32, u32) {
        (IMAGE_WIDTH, 540)
    }
}

/// Draws `spec` filling `area`. Sizes of text and strokes scale with `scale` (the device pixel
/// ratio), so the chart is crisp on high-DPI screens.
///
/// # Errors
/// [`ChartError::NoData`] when there is nothing to draw; [`ChartError::Backend`] when drawing fails.
pub fn draw<DB: DrawingBackend>(
    spec: &ChartSpec,
    area: &DrawingArea<DB, Shift>,
    scale: f64,
) -> Result<(), ChartError> {
    area.fill(&WHITE).map_err(backend)?;
    let (Some((first, last)), Some((lo, hi))) = (spec.month_range(), spec.value_range()) else {
        return Err(ChartError::NoData);
    };
    let s = |v: f64| (v * scale).round() as u32;
    let area = super::frame::draw_frame(area, &spec.frame, &spec.legend(), scale)?;
    let area = &area;
    let pad = ((hi - lo).abs() * 0.08).max(1.0);
    let y_min = if lo >= 0.0 && lo - pad < 0.0 {
        0.0
    } else {
        lo - pad
    };
    let x0 = month_x(first);
    let x1 = month_x(last).max(x0 + 1);
    // Room on the left for the tick numbers and, beside them, the rotated axis caption.
    let widest_tick = [y_min, hi + pad]
        .iter()
        .map(|v| format_axis(*v, spec.numbers).chars().count())
        .max()
        .unwrap_or(4)
        .min(MAX_TICK_CHARS) as f64;
    let mut chart = ChartBuilder::on(area)
        .margin(s(10.0))
        .x_label_area_size(s(28.0))
        .y_label_area_size(s(22.0 + 7.5 * widest_tick))
        .build_cartesian_2d(x0..x1, y_min..hi + pad)
        .map_err(backend)?;
    // Month labels need about 70 px each: on a narrow chart every second (third …) one is shown.
    let labels = &spec.month_labels;
    let (plot_width, _) = chart.plotting_area().dim_in_pixel();
    let room = f64::from(plot_width.max(1)) / (70.0 * scale);
    let every = ((labels.len() as f64 / room).ceil() as usize).max(1);
    let x_fmt = |x: &i32| {
        labels
            .iter()
            .enumerate()
            .find(|(_, (m, _))| month_x(*m) == *x)
            .filter(|(i, _)| i % every == 0)
            .map(|(_, (_, l))| l.clone())
            .unwrap_or_default()
    };
    let y_fmt = |y: &f64| fit_text(&format_axis(*y, spec.numbers), MAX_TICK_CHARS);
    // The rotated caption fits the axis' height (a phone's chart is short), centred on it and
    // reaching into the margin above and as far into the month labels below.
    let (_, plot_height) = chart.plotting_area().dim_in_pixel();
    let y_desc = super::frame::fit_caption(area, &spec.y_label, plot_height + s(20.0), s(12.0));
    chart
        .configure_mesh()
        .disable_x_mesh()
        .x_labels(((x1 - x0) as usize + 1).min(60))
        .x_label_formatter(&x_fmt)
        .y_labels(6)
        .max_light_lines(1)
        .y_label_formatter(&y_fmt)
        .y_desc(y_desc.as_str())
        .label_style(("sans-serif", s(12.0)))
        .axis_desc_style(("sans-serif", s(12.0)))
        .light_line_style(RGBColor(230, 230, 230))
        .draw()
        .map_err(backend)?;

    draw_series(&mut chart, spec, scale)?;
    area.present().map_err(backend)?;
    Ok(())
}

/// The chart's coordinates: months on x, values on y.
type Coordinates = Cartesian2d<RangedCoordi32, RangedCoordf64>;

/// The bands, then the lines (a gap in the data breaks a line), then the markers.
fn draw_series<DB: DrawingBackend>(
    chart: &mut ChartContext<'_, DB, Coordinates>,
    spec: &ChartSpec,
    scale: f64,
) -> Result<(), ChartError> {
    let s = |v: f64| (v * scale).round() as u32;
    for band in &spec.bands {
        let c = color(band.color).mix(band.shade.opacity());
        let upper = band.points.iter().map(|p| (month_x(p.0), p.2));
        let lower = band.points.iter().rev().map(|p| (month_x(p.0), p.1));
        let polygon: Vec<(i32, f64)> = upper.chain(lower).collect();
        chart
            .draw_series(std::iter::once(Polygon::new(polygon, c.filled())))
            .map_err(backend)?;
    }
    for line in &spec.lines {
        let c = color(line.color);
        let stroke = c.stroke_width(s(2.0).max(1));
        for run in runs(&line.points) {
            match line.style {
                LineStyle::Solid => {
                    chart
                        .draw_series(LineSeries::new(run, stroke))
                        .map_err(backend)?;
                }
                LineStyle::Dashed => {
                    chart
                        .draw_series(DashedLineSeries::new(run, s(6.0), s(4.0), stroke))
                        .map_err(backend)?;
                }
            }
        }
    }
    for m in &spec.markers {
        let c = color(m.color);
        chart
            .draw_series(std::iter::once(Circle::new(
                (month_x(m.month), m.value),
                s(5.0),
                c.filled(),
            )))
            .map_err(backend)?;
    }
    draw_breaks(chart, spec, scale)
}

/// Each data break as a dashed grey vertical line over the whole plot with its label at the
/// top, beside the line (to its left when the line is in the right third, so it stays inside).
fn draw_breaks<DB: DrawingBackend>(
    chart: &mut ChartContext<'_, DB, Coordinates>,
    spec: &ChartSpec,
    scale: f64,
) -> Result<(), ChartError> {
    let s = |v: f64| (v * scale).round() as u32;
    let (xs, ys) = (chart.x_range(), chart.y_range());
    let grey = color(Palette::Grey);
    for mark in &spec.breaks {
        let x = month_x(mark.month);
        let line = [(x, ys.start), (x, ys.end)];
        chart
            .draw_series(DashedLineSeries::new(
                line,
                s(4.0),
                s(3.0),
                grey.stroke_width(s(1.5).max(1)),
            ))
            .map_err(backend)?;
        let right_third = (x - xs.start) * 3 > (xs.end - xs.start) * 2;
        let (h, dx) = if right_third {
            (HPos::Right, -(s(4.0) as i32))
        } else {
            (HPos::Left, s(4.0) as i32)
        };
        let font = ("sans-serif", s(11.0))
            .into_font()
            .color(&grey)
            .pos(Pos::new(h, VPos::Top));
        let label = EmptyElement::at((x, ys.end))
            + Text::new(mark.label.clone(), (dx, s(2.0) as i32), font);
        chart.draw_series(std::iter::once(label)).map_err(backend)?;
    }
    Ok(())
}

/// The x coordinate of a month: months since the year 0.
fn month_x(m: Month) -> i32 {
    m.year() * 12 + m.month() as i32 - 1
}

/// Consecutive stretches of present values, so missing months leave gaps.
fn runs(points: &[(Month, Option<f64>)]) -> Vec<Vec<(i32, f64)>> {
    let mut out: Vec<Vec<(i32, f64)>> = Vec::new();
    let mut current = Vec::new();
    for (m, v) in points {
        match v {
            Some(v) if v.is_finite() => current.push((month_x(*m), *v)),
            _ => {
                if !current.is_empty() {
                    out.push(std::mem::take(&mut current));
                }
            }
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

/// An axis number: whole with thousands grouped ("12.500"), one decimal below 100 when the tick
/// is not whole ("2,5").
fn format_axis(v: f64, style: NumberStyle) -> String {
    let whole = (v - v.round()).abs() <= 1e-9 || v.abs() >= 100.0;
    style.format(v, if whole { 0 } else { 1 })
}

// The SVG backend is a native dev-dependency: these tests run natively.
#[cfg(test)]
#[cfg(not(target_arch = "wasm32"))]
mod tests {
    use super::*;
    use crate::charts::paint::MAX_CAPTION_CHARS;
    use crate::charts::spec::{BreakMark, Line};

    fn m(s: &str) -> Month {
        Month::parse(s).unwrap()
    }

    fn svg_of(spec: &ChartSpec) -> (Result<(), ChartError>, String) {
        let mut svg = String::new();
        let result = {
            let root = SVGBackend::with_string(&mut svg, (640, 320)).into_drawing_area();
            draw(spec, &root, 1.0)
        };
        (result, svg)
    }

    #[test]
    fn a_downloaded_chart_carries_its_title_subtitle_legend_and_source_as_text() {
        use crate::charts::spec::{Band, BandShade, Frame};
        let spec = ChartSpec {
            frame: Frame {
                title: "Færre langtidsledige – Randers".into(),
                subtitle: "Randers · Plan 2026".into(),
                source: "Kilde: Jobindsats, data til jul. 2025".into(),
                legend: true,
            },
            lines: vec![Line {
                label: "Randers, faktisk".into(),
                points: vec![(m("2025-01"), Some(10.0)), (m("2025-02"), Some(12.0))],
                style: LineStyle::Solid,
                color: Palette::Blue,
            }],
            bands: vec![Band {
                label: "Usikkerhed 80 %".into(),
                points: vec![(m("2025-01"), 9.0, 11.0), (m("2025-02"), 10.0, 14.0)],
                color: Palette::Sky,
                shade: BandShade::Dark,
            }],
            ..ChartSpec::default()
        };
        let (result, svg) = svg_of(&spec);
        assert_eq!(result, Ok(()));
        for text in [
            "Færre langtidsledige – Randers",
            "Randers · Plan 2026",
            "Randers, faktisk",
            "Usikkerhed 80 %",
            "Kilde: Jobindsats, data til jul. 2025",
        ] {
            assert!(svg.contains(&format!("\n{text}\n")), "{text} in {svg}");
        }
        let (r, g, b) = BandShade::Dark.shown_rgb(Palette::Sky);
        let swatch = format!("#{r:02X}{g:02X}{b:02X}");
        assert!(svg.contains(&swatch), "the band's swatch {swatch}: {svg}");
        let on_screen = ChartSpec {
            frame: Frame {
                legend: false,
                subtitle: String::new(),
                ..spec.frame.clone()
            },
            ..spec
        };
        let (_, svg) = svg_of(&on_screen);
        assert!(
            svg.contains("\nFærre langtidsledige – Randers\n"),
            "the title on screen too"
        );
        assert!(
            !svg.contains(&swatch),
            "on screen the legend is HTML beside the chart"
        );
    }

    #[test]
    fn an_empty_spec_is_no_data_not_a_panic() {
        let (result, _) = svg_of(&ChartSpec::default());
        assert_eq!(result, Err(ChartError::NoData));
    }

    #[test]
    fn a_line_with_a_gap_is_drawn_as_two_polylines() {
        let spec = ChartSpec {
            y_label: "Ledige".into(),
            lines: vec![Line {
                label: "Aarhus".into(),
                points: vec![
                    (m("2025-01"), Some(10.0)),
                    (m("2025-02"), Some(12.0)),
                    (m("2025-03"), None),
                    (m("2025-04"), Some(11.0)),
                    (m("2025-05"), Some(9.0)),
                ],
                style: LineStyle::Solid,
                color: Palette::Blue,
            }],
            month_labels: vec![(m("2025-01"), "jan. 2025".into())],
            ..ChartSpec::default()
        };
        let (result, svg) = svg_of(&spec);
        assert_eq!(result, Ok(()));
        let blue_lines = svg
            .lines()
            .filter(|l| l.contains("<polyline") && l.contains("#0072B2"))
            .count();
        assert_eq!(blue_lines, 2, "{svg}");
        assert!(svg.contains("jan. 2025"));
    }

    #[test]
    fn text_that_cannot_be_laid_out_is_cut_with_an_ellipsis() {
        assert_eq!(fit_text("Aarhus", 10), "Aarhus");
        assert_eq!(fit_text("Ringkøbing-Skjern", 10), "Ringkøbin…");
        assert_eq!(fit_text("Ringkøbing-Skjern", 10).chars().count(), 10);
        assert_eq!(fit_text("", 0), "");
        let huge = format_axis(1e30, NumberStyle::Danish);
        assert_eq!(
            fit_text(&huge, MAX_TICK_CHARS).chars().count(),
            MAX_TICK_CHARS
        );
    }

    #[test]
    fn a_figure_beyond_any_plausible_value_is_drawn_cut_and_the_plot_keeps_its_room() {
        let spec = ChartSpec {
            y_label: "x".repeat(500),
            lines: vec![Line {
                label: "Aarhus".into(),
                points: vec![(m("2025-01"), Some(1e30)), (m("2025-02"), Some(-1e30))],
                style: LineStyle::Solid,
                color: Palette::Blue,
            }],
            month_labels: vec![(m("2025-01"), "jan. 2025".into())],
            ..ChartSpec::default()
        };
        let (result, svg) = svg_of(&spec);
        assert_eq!(result, Ok(()));
        assert!(svg.contains('…'), "the huge ticks are cut");
        assert!(
            !svg.contains(&"x".repeat(MAX_CAPTION_CHARS)),
            "the caption is cut"
        );
    }

    #[test]
    fn a_break_is_a_labelled_grey_dashed_line_across_the_plot() {
        let spec = ChartSpec {
            lines: vec![Line {
                label: "Aarhus".into(),
                points: (1..=12)
                    .map(|k| (m("2025-01").plus(k - 1), Some(f64::from(k))))
                    .collect(),
                style: LineStyle::Solid,
                color: Palette::Blue,
            }],
            ..ChartSpec::default()
        }
        .with_breaks([BreakMark {
            month: m("2025-07"),
            label: "Databrud jul. 2025".into(),
        }]);
        let (result, svg) = svg_of(&spec);
        assert_eq!(result, Ok(()));
        assert!(svg.contains("Databrud jul. 2025"), "{svg}");
        let grey_lines = svg
            .lines()
            .filter(|l| (l.contains("<polyline") || l.contains("<line")) && l.contains("#595959"))
            .count();
        assert!(grey_lines >= 1, "a dashed grey line: {svg}");
    }

    #[test]
    fn axis_numbers_follow_the_language() {
        let (da, en) = (NumberStyle::Danish, NumberStyle::English);
        assert_eq!(format_axis(12500.0, da), "12.500");
        assert_eq!(format_axis(1234567.0, da), "1.234.567");
        assert_eq!(format_axis(12.5, da), "12,5");
        assert_eq!(format_axis(-3000.0, da), "-3.000");
        assert_eq!(format_axis(12500.0, en), "12,500");
        assert_eq!(format_axis(12.5, en), "12.5");
        assert_eq!(format_axis(-0.01, en), "0.0");
        assert_eq!(format_axis(0.0, da), "0");
    }
}
