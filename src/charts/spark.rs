//! A sparkline: a small view of a time-series chart as SVG path data, for the compact summary
//! that stays on a phone's screen while the target is moved. The chart's lines and markers are
//! scaled into a fixed box ([`SPARK_WIDTH`] × [`SPARK_HEIGHT`] user units); bands, axes and text
//! are left out. Pure: the view draws the paths as inline SVG.

use std::fmt::Write as _;

use super::spec::{ChartSpec, LineStyle, Palette};
use crate::model::Month;

/// Width of the sparkline's box, in SVG user units.
pub const SPARK_WIDTH: f64 = 120.0;
/// Height of the sparkline's box, in SVG user units.
pub const SPARK_HEIGHT: f64 = 40.0;

/// One line of the sparkline: SVG path data ("M x y L x y …", a new "M" after a gap).
#[derive(Debug, Clone, PartialEq)]
pub struct SparkLine {
    /// Path data in the box's units.
    pub d: String,
    /// The line's colour on the chart.
    pub color: Palette,
    /// Dashed on the chart.
    pub dashed: bool,
}

/// A marker of the chart (the target) as a point in the box.
#[derive(Debug, Clone, PartialEq)]
pub struct SparkDot {
    /// x in the box's units.
    pub x: f64,
    /// y in the box's units (0 at the top).
    pub y: f64,
    /// The marker's colour on the chart.
    pub color: Palette,
}

/// The sparkline of a chart.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Spark {
    /// Lines, in the chart's drawing order.
    pub lines: Vec<SparkLine>,
    /// Markers, drawn over the lines.
    pub dots: Vec<SparkDot>,
}

/// The sparkline of `spec`: every line and marker over the chart's months and the range of
/// their values (with a little room above and below). Empty when the chart has no figure.
pub fn spark(spec: &ChartSpec) -> Spark {
    let points = spec
        .lines
        .iter()
        .flat_map(|l| l.points.iter().filter_map(|(m, v)| Some((*m, (*v)?))))
        .chain(spec.markers.iter().map(|m| (m.month, m.value)))
        .filter(|(_, v)| v.is_finite());
    let mut range: Option<(Month, Month, f64, f64)> = None;
    for (m, v) in points {
        range = Some(match range {
            None => (m, m, v, v),
            Some((a, b, lo, hi)) => (a.min(m), b.max(m), lo.min(v), hi.max(v)),
        });
    }
    let Some((first, last, lo, hi)) = range else {
        return Spark::default();
    };
    let months = f64::from(first.months_until(last).max(1));
    let pad = ((hi - lo) * 0.08).max(hi.abs() * 0.001).max(1e-9);
    let (lo, hi) = (lo - pad, hi + pad);
    let x = |m: Month| f64::from(first.months_until(m)) / months * SPARK_WIDTH;
    let y = |v: f64| (hi - v) / (hi - lo) * SPARK_HEIGHT;
    let lines = spec
        .lines
        .iter()
        .filter_map(|l| {
            let mut d = String::new();
            let mut pen_down = false;
            for (m, v) in &l.points {
                match v.filter(|v| v.is_finite()) {
                    Some(v) => {
                        let op = if pen_down { 'L' } else { 'M' };
                        let _ = write!(d, "{op}{:.1} {:.1} ", x(*m), y(v));
                        pen_down = true;
                    }
                    None => pen_down = false,
                }
            }
            (!d.is_empty()).then(|| SparkLine {
                d: d.trim_end().to_string(),
                color: l.color,
                dashed: l.style == LineStyle::Dashed,
            })
        })
        .collect();
    let dots = spec
        .markers
        .iter()
        .filter(|m| m.value.is_finite())
        .map(|m| SparkDot {
            x: x(m.month),
            y: y(m.value),
            color: m.color,
        })
        .collect();
    Spark { lines, dots }
}

#[cfg(test)]
#[cfg(not(target_arch = "wasm32"))]
mod tests {
    use super::*;
    use crate::charts::spec::{Line, Marker};

    fn month(y: i32, m: u32) -> Month {
        Month::new(y, m).unwrap()
    }

    #[test]
    fn the_sparkline_spans_the_box_and_breaks_at_gaps() {
        let spec = ChartSpec {
            lines: vec![Line {
                label: "Faktisk".into(),
                points: vec![
                    (month(2024, 1), Some(100.0)),
                    (month(2024, 2), None),
                    (month(2024, 3), Some(200.0)),
                    (month(2024, 5), Some(150.0)),
                ],
                style: LineStyle::Solid,
                color: Palette::Blue,
            }],
            markers: vec![Marker {
                label: "Mål".into(),
                month: month(2024, 5),
                value: 120.0,
                color: Palette::Vermillion,
            }],
            ..ChartSpec::default()
        };
        let s = spark(&spec);
        assert_eq!(s.lines.len(), 1);
        let d = &s.lines[0].d;
        assert!(d.starts_with("M0.0 "), "the first month at the left: {d}");
        assert_eq!(d.matches('M').count(), 2, "a new stroke after the gap: {d}");
        assert!(d.contains("M60.0 "), "March halfway: {d}");
        assert!(
            d.ends_with(&format!("L{:.1} {:.1}", SPARK_WIDTH, 20.0)),
            "{d}"
        );
        let dot = &s.dots[0];
        assert!(
            (dot.x - SPARK_WIDTH).abs() < 1e-9,
            "the target at the right"
        );
        assert!(
            dot.y > 20.0 && dot.y < SPARK_HEIGHT,
            "120 is low in the box: {}",
            dot.y
        );
    }

    #[test]
    fn a_chart_without_figures_has_an_empty_sparkline() {
        assert_eq!(spark(&ChartSpec::default()), Spark::default());
    }
}
