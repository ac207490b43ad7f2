//! The words around a chart in its image: the title and subtitle at the top, the legend under
//! them (in downloads), and the source line at the bottom. Shared by the time-series and bar
//! charts; generic over plotters' backends.

use plotters::coord::Shift;
use plotters::prelude::*;

use super::paint::{backend, color, fit_text, ChartError, MAX_CAPTION_CHARS};
use super::spec::{Frame, LegendItem, LegendMark, LineStyle, Palette};

/// The dark grey of secondary text (the subtitle and source line).
const MUTED: RGBColor = RGBColor(84, 84, 84);

/// Draws `frame` (and, when it asks for one, `legend`) around `area` and returns the area
/// left for the plot. Sizes scale with `scale`.
///
/// # Errors
/// [`ChartError::Backend`] when drawing fails.
pub(super) fn draw_frame<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    frame: &Frame,
    legend: &[LegendItem],
    scale: f64,
) -> Result<DrawingArea<DB, Shift>, ChartError> {
    let s = |v: f64| (v * scale).round() as u32;
    let (width, height) = area.dim_in_pixel();
    let x = s(10.0) as i32;
    let mut top = s(6.0);
    let mut line = |text: &str, size: f64, bold: bool, colour: RGBColor| {
        if text.is_empty() {
            return Ok(());
        }
        let font = ("sans-serif", s(size)).into_font();
        let font = if bold {
            font.style(FontStyle::Bold)
        } else {
            font
        };
        let font = font.color(&colour);
        // A title wider than the chart (a phone) wraps onto a second and third line.
        let room = width.saturating_sub(2 * x as u32);
        let measure = |t: &str| area.estimate_text_size(t, &font).map_or(0, |(w, _)| w);
        for text in wrap_words(&fit_text(text, MAX_CAPTION_CHARS * 2), room, measure, 3) {
            area.draw_text(&text, &font, (x, top as i32))
                .map_err(backend)?;
            top += s(size * 1.45);
        }
        Ok(())
    };
    line(&frame.title, 15.0, true, BLACK)?;
    line(&frame.subtitle, 12.0, false, MUTED)?;
    if frame.legend && !legend.is_empty() {
        top += s(2.0);
        top = draw_legend(area, legend, (x, top), scale)?;
    }
    // The source line wraps onto a second line on a narrow chart (a phone), drawn upwards
    // from the bottom edge.
    let foot = if frame.source.is_empty() {
        0
    } else {
        let font = ("sans-serif", s(11.0)).into_font().color(&MUTED);
        let room = width.saturating_sub(2 * x as u32);
        let measure = |t: &str| area.estimate_text_size(t, &font).map_or(0, |(w, _)| w);
        let lines = wrap_words(
            &fit_text(&frame.source, MAX_CAPTION_CHARS * 2),
            room,
            measure,
            2,
        );
        let step = s(14.0);
        let first = height.saturating_sub(s(17.0) + step * (lines.len() as u32 - 1));
        for (i, text) in lines.iter().enumerate() {
            area.draw_text(text, &font, (x, (first + step * i as u32) as i32))
                .map_err(backend)?;
        }
        s(18.0) + step * (lines.len() as u32 - 1)
    };
    let top = top.min(height / 2);
    let bottom = height.saturating_sub(foot).max(top + 1);
    Ok(area.clone().shrink((0, top), (width, bottom - top)))
}

/// `text` in at most `max_lines` lines no wider than `room` (as `measure` says), broken
/// between words; what does not fit in the last line is cut with an ellipsis. A single word
/// wider than `room` keeps its line (the caller has capped its length).
fn wrap_words(
    text: &str,
    room: u32,
    measure: impl Fn(&str) -> u32,
    max_lines: usize,
) -> Vec<String> {
    // The common case, measured once: the text fits (every redraw on a wide screen).
    if measure(text) <= room {
        return vec![text.to_string()];
    }
    let mut lines: Vec<String> = Vec::new();
    let mut current = String::new();
    for word in text.split_whitespace() {
        let candidate = if current.is_empty() {
            word.to_string()
        } else {
            format!("{current} {word}")
        };
        if current.is_empty() || measure(&candidate) <= room {
            current = candidate;
        } else {
            lines.push(std::mem::replace(&mut current, word.to_string()));
        }
    }
    if !current.is_empty() {
        lines.push(current);
    }
    if lines.len() > max_lines {
        lines.truncate(max_lines);
        if let Some(last) = lines.last_mut() {
            // Room for the ellipsis: drop words until "… " fits.
            while measure(&format!("{last} …")) > room {
                match last.rfind(' ') {
                    Some(i) => last.truncate(i),
                    None => break,
                }
            }
            last.push_str(" …");
        }
    }
    lines
}

/// An axis caption in one line no wider than `room` pixels of `area`, in the axis font of
/// `size` pixels (see [`fit_line`]).
pub(super) fn fit_caption<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    text: &str,
    room: u32,
    size: u32,
) -> String {
    let font: TextStyle = ("sans-serif", size).into();
    fit_line(&fit_text(text, MAX_CAPTION_CHARS), room, |t| {
        area.estimate_text_size(t, &font).map_or(0, |(w, _)| w)
    })
}

/// `text` in one line no wider than `room` (as `measure` says): cut with an ellipsis where it
/// does not fit, keeping a closing unit in parentheses ("… med løntimer (%)" keeps "(%)"), so
/// an axis caption never runs past its axis (a phone's chart is short and narrow).
pub(super) fn fit_line(text: &str, room: u32, measure: impl Fn(&str) -> u32) -> String {
    if measure(text) <= room {
        return text.to_string();
    }
    let (head, unit) = match text.rfind(" (") {
        Some(i) if text.ends_with(')') => text.split_at(i),
        _ => (text, ""),
    };
    let mut words: Vec<&str> = head.split_whitespace().collect();
    while words.len() > 1 {
        words.pop();
        let candidate = format!("{} …{unit}", words.join(" "));
        if measure(&candidate) <= room {
            return candidate;
        }
    }
    // Not even one word and the unit fit: the first word cut by characters, with the unit
    // while there is room for a few letters beside it.
    let first = words.first().copied().unwrap_or_default();
    for unit in [unit, ""] {
        let mut cut = first.to_string();
        while cut.chars().count() > 3 && measure(&format!("{cut}…{unit}")) > room {
            cut.pop();
        }
        if measure(&format!("{cut}…{unit}")) <= room {
            return format!("{cut}…{unit}");
        }
    }
    let mut cut = first.to_string();
    while !cut.is_empty() && measure(&format!("{cut}…")) > room {
        cut.pop();
    }
    format!("{cut}…")
}

/// The legend in rows from `(x, top)`, each entry a swatch and its text, wrapping at the
/// area's right edge. Returns the y below the last row.
fn draw_legend<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    legend: &[LegendItem],
    (x0, top): (i32, u32),
    scale: f64,
) -> Result<u32, ChartError> {
    let s = |v: f64| (v * scale).round() as i32;
    let (width, _) = area.dim_in_pixel();
    let font = ("sans-serif", s(12.0) as u32).into_font().color(&BLACK);
    let row = s(18.0);
    let (mut x, mut y) = (x0, top as i32);
    for item in legend {
        let label = fit_text(&item.label, MAX_CAPTION_CHARS);
        let (text_w, _) = area.estimate_text_size(&label, &font).map_err(backend)?;
        let entry = s(30.0) + text_w as i32 + s(16.0);
        if x > x0 && x + entry > width as i32 {
            (x, y) = (x0, y + row);
        }
        draw_swatch(area, item, (x, y + row / 2), scale)?;
        area.draw_text(&label, &font, (x + s(30.0), y + s(2.0)))
            .map_err(backend)?;
        x += entry;
    }
    Ok((y + row + s(4.0)) as u32)
}

/// One legend swatch, 24 px wide, centred on `mid`'s y: a line (dashed in three pieces), a band
/// in the colour it shows on the chart, a dot, or a block (a bar).
fn draw_swatch<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    item: &LegendItem,
    (x, mid): (i32, i32),
    scale: f64,
) -> Result<(), ChartError> {
    let s = |v: f64| (v * scale).round() as i32;
    let c = color(item.color);
    match item.mark {
        LegendMark::Line(style) => {
            let stroke = c.stroke_width(s(3.0).max(1) as u32);
            let pieces: &[(i32, i32)] = match style {
                LineStyle::Solid => &[(0, 24)],
                LineStyle::Dashed => &[(0, 6), (9, 15), (18, 24)],
            };
            for (a, b) in pieces {
                area.draw(&PathElement::new(
                    vec![(x + s(f64::from(*a)), mid), (x + s(f64::from(*b)), mid)],
                    stroke,
                ))
                .map_err(backend)?;
            }
        }
        LegendMark::Band(shade) => {
            let (r, g, b) = shade.shown_rgb(item.color);
            let corners = [(x, mid - s(6.0)), (x + s(24.0), mid + s(6.0))];
            area.draw(&Rectangle::new(corners, RGBColor(r, g, b).filled()))
                .map_err(backend)?;
            area.draw(&Rectangle::new(
                corners,
                color(Palette::Grey).stroke_width(1),
            ))
            .map_err(backend)?;
        }
        LegendMark::Bar => {
            let corners = [(x + s(4.0), mid - s(6.0)), (x + s(20.0), mid + s(6.0))];
            area.draw(&Rectangle::new(corners, c.filled()))
                .map_err(backend)?;
        }
        LegendMark::Marker => {
            area.draw(&Circle::new((x + s(12.0), mid), s(5.0) as u32, c.filled()))
                .map_err(backend)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::{fit_line, wrap_words};

    /// Ten pixels a character.
    fn measure(t: &str) -> u32 {
        10 * t.chars().count() as u32
    }

    #[test]
    fn a_title_that_fits_stays_on_one_line() {
        assert_eq!(
            wrap_words("Langtidsledighed", 300, measure, 3),
            ["Langtidsledighed"]
        );
    }

    #[test]
    fn a_long_title_wraps_between_words_within_the_room() {
        let lines = wrap_words(
            "Flere ledige skal i job – ledigheden skal ned – Randers",
            200,
            measure,
            3,
        );
        assert_eq!(
            lines,
            [
                "Flere ledige skal i",
                "job – ledigheden",
                "skal ned – Randers"
            ]
        );
        assert!(lines.iter().all(|l| measure(l) <= 200));
    }

    #[test]
    fn a_caption_that_fits_is_left_alone() {
        assert_eq!(
            fit_line("Ledige (personer)", 300, measure),
            "Ledige (personer)"
        );
    }

    #[test]
    fn a_long_caption_is_cut_between_words_and_keeps_its_unit() {
        let text = "Kontanthjælpsmodtagere med løntimer (%)";
        let line = fit_line(text, 300, measure);
        assert_eq!(line, "Kontanthjælpsmodtagere … (%)");
        assert!(measure(&line) <= 300);
    }

    #[test]
    fn a_caption_without_a_unit_is_cut_with_an_ellipsis() {
        let line = fit_line("Ændring fra basis til målet eller prognosen", 250, measure);
        assert_eq!(line, "Ændring fra basis til …");
    }

    #[test]
    fn a_word_longer_than_the_room_is_cut_by_characters() {
        let line = fit_line("Beskæftigelsesfrekvensen (%)", 150, measure);
        assert_eq!(line, "Beskæftige… (%)");
        assert!(measure(&line) <= 150);
        // Too little room for the unit as well: the word alone.
        assert_eq!(
            fit_line("Beskæftigelsesfrekvensen (%)", 50, measure),
            "Besk…"
        );
    }

    #[test]
    fn what_does_not_fit_in_the_last_line_is_cut_with_an_ellipsis() {
        let lines = wrap_words("en to tre fire fem seks syv otte ni ti", 90, measure, 2);
        assert_eq!(lines, ["en to tre", "fire …"]);
    }
}
