//! A chart as files (OWID's "download" tab): the image carries its title, the municipality and
//! scenario, the legend and the source line ([`for_download`]); the chart's own figures as CSV
//! ([`chart_csv`], [`bars_csv`]) in the app's CSV dialect (Danish: `;`, decimal comma, BOM;
//! English: `,` and a point), every cell neutralised ([`crate::data::csv_export`], D15); and the
//! files' names ([`file_stem`]).

use crate::charts::bars::BarSpec;
use crate::charts::spec::{ChartSpec, Frame};
use crate::data::csv_export::push_record;
use crate::model::baseline::Baseline;
use crate::model::Month;
use crate::ui::format::{self, Lang};

/// What a chart's downloads need besides the chart: the file name's stem, the line under
/// the title ("Randers · Ambitiøs plan") and the language of the CSV.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ChartDownload {
    /// File name without extension ("maltal-randers-langtidsledige").
    pub stem: String,
    /// The municipality and the scenario, written under the title.
    pub subtitle: String,
    /// The page's language (the CSV's dialect).
    pub lang: Lang,
}

/// A chart that can be downloaded: as the image shows it, and its figures as CSV.
pub trait ChartFile: Sized {
    /// The chart with the subtitle and legend drawn in (see [`for_download`]).
    fn for_download(&self, download: &ChartDownload) -> Self;
    /// The chart's figures as CSV.
    fn csv(&self, download: &ChartDownload) -> String;
}

impl ChartFile for ChartSpec {
    fn for_download(&self, download: &ChartDownload) -> Self {
        ChartSpec {
            frame: for_download(&self.frame, download),
            ..self.clone()
        }
    }
    fn csv(&self, download: &ChartDownload) -> String {
        chart_csv(self, &download.subtitle, download.lang)
    }
}

impl ChartFile for BarSpec {
    fn for_download(&self, download: &ChartDownload) -> Self {
        BarSpec {
            frame: for_download(&self.frame, download),
            ..self.clone()
        }
    }
    fn csv(&self, download: &ChartDownload) -> String {
        bars_csv(self, &download.subtitle, download.lang)
    }
}

/// The downloads of a chart about `what` (a goal's title, "sammenligning") for municipality
/// `code` in the scenario named `scenario`.
pub fn download(
    b: Option<&Baseline>,
    code: Option<&str>,
    scenario: &str,
    what: &str,
    lang: Lang,
) -> ChartDownload {
    let name = b
        .zip(code)
        .and_then(|(b, code)| b.municipalities.get(b.municipality_index(code)?))
        .map(|m| m.name.as_str())
        .unwrap_or_default();
    ChartDownload {
        stem: file_stem(&[name, what]),
        subtitle: subtitle(name, scenario),
        lang,
    }
}

/// The scenario comparison chart of goal `goal` with its title and source line (the chart
/// itself is built with the comparison table, in `export`).
pub fn scenario_chart_framed(spec: ChartSpec, b: &Baseline, goal: &str, lang: Lang) -> ChartSpec {
    let title = match lang {
        Lang::Da => format!("{goal} – scenarierne sammenlignet"),
        Lang::En => format!("{goal} – the scenarios compared"),
    };
    ChartSpec {
        frame: Frame {
            title,
            source: super::source_line(b, lang),
            ..Frame::default()
        },
        ..spec
    }
}

/// "Randers · Ambitiøs plan" (the scenario left out when it has no name).
pub fn subtitle(municipality: &str, scenario: &str) -> String {
    if scenario.trim().is_empty() {
        municipality.to_string()
    } else {
        format!("{municipality} · {scenario}")
    }
}

/// "Scenarie 1, Ambitiøs plan og Forsigtig": names in a sentence ("and" in English), the empty
/// ones left out.
pub fn list_in_words(names: &[&str], lang: Lang) -> String {
    let names: Vec<&str> = names
        .iter()
        .map(|n| n.trim())
        .filter(|n| !n.is_empty())
        .collect();
    match names.split_last() {
        None => String::new(),
        Some((last, [])) => last.to_string(),
        Some((last, rest)) => format!("{} {} {last}", rest.join(", "), lang.pick("og", "and")),
    }
}

/// "maltal-randers-faerre-langtidsledige": the parts in lower case, Danish letters spelt out,
/// anything else a hyphen (a file name every system accepts), at most 80 characters.
pub fn file_stem(parts: &[&str]) -> String {
    let mut out = String::from("maltal");
    for part in parts {
        let mut word = String::new();
        for c in part.to_lowercase().chars() {
            match c {
                'æ' => word.push_str("ae"),
                'ø' => word.push_str("oe"),
                'å' => word.push_str("aa"),
                c if c.is_ascii_alphanumeric() => word.push(c),
                _ if !word.ends_with('-') && !word.is_empty() => word.push('-'),
                _ => {}
            }
        }
        let word = word.trim_end_matches('-');
        if !word.is_empty() {
            out.push('-');
            out.push_str(word);
        }
    }
    out.chars().take(80).collect()
}

/// `frame` as the downloaded image shows it: with the subtitle and the legend drawn in.
pub fn for_download(frame: &Frame, download: &ChartDownload) -> Frame {
    Frame {
        subtitle: download.subtitle.clone(),
        legend: true,
        ..frame.clone()
    }
}

/// The delimiter of the page's language.
fn delimiter(lang: Lang) -> char {
    match lang {
        Lang::Da => ';',
        Lang::En => ',',
    }
}

/// A figure for a spreadsheet: no thousands separator, one decimal below 100 (whole above),
/// the decimal sign of the language; empty for a missing or impossible value.
fn figure(v: Option<f64>, lang: Lang) -> String {
    let Some(v) = v.filter(|v| v.is_finite()) else {
        return String::new();
    };
    let decimals = if v.abs() >= 100.0 { 0 } else { 1 };
    let text = format!("{v:.decimals$}");
    let text = if text
        .trim_start_matches('-')
        .chars()
        .all(|c| c == '0' || c == '.')
    {
        text.trim_start_matches('-').to_string()
    } else {
        text
    };
    match lang {
        Lang::Da => text.replace('.', ","),
        Lang::En => text,
    }
}

/// The title, subtitle and source as the last lines, after an empty one (the attribution
/// travels with the figures, and the header stays the first line for any reader).
fn push_frame(out: &mut String, frame: &Frame, subtitle: &str, lang: Lang) {
    out.push('\n');
    for line in [frame.title.as_str(), subtitle, frame.source.as_str()] {
        if !line.is_empty() {
            push_record(out, [line], delimiter(lang));
        }
    }
}

/// The BOM Excel needs to read a Danish file as UTF-8.
fn finish(out: String, lang: Lang) -> String {
    match lang {
        Lang::Da => format!("\u{feff}{out}"),
        Lang::En => out,
    }
}

/// The figures of a time-series chart: one row per month, a column per line, two per band
/// (lower, upper) and one per marker label (its value in its month).
pub fn chart_csv(spec: &ChartSpec, subtitle: &str, lang: Lang) -> String {
    let d = delimiter(lang);
    let mut out = String::new();
    let (month_word, low, high) = match lang {
        Lang::Da => ("Måned", "nedre", "øvre"),
        Lang::En => ("Month", "lower", "upper"),
    };
    let mut head = vec![month_word.to_string()];
    head.extend(spec.lines.iter().map(|l| l.label.clone()));
    for b in &spec.bands {
        head.push(format!("{}, {low}", b.label));
        head.push(format!("{}, {high}", b.label));
    }
    let mut marker_labels: Vec<&str> = Vec::new();
    for m in &spec.markers {
        if !marker_labels.contains(&m.label.as_str()) {
            marker_labels.push(&m.label);
        }
    }
    head.extend(marker_labels.iter().map(|l| l.to_string()));
    push_record(&mut out, &head, d);
    if let Some((first, last)) = spec.month_range() {
        let mut month = first;
        while month <= last {
            push_record(&mut out, month_row(spec, month, &marker_labels, lang), d);
            month = month.plus(1);
        }
    }
    push_frame(&mut out, &spec.frame, subtitle, lang);
    finish(out, lang)
}

/// One month's row of [`chart_csv`].
fn month_row(spec: &ChartSpec, month: Month, markers: &[&str], lang: Lang) -> Vec<String> {
    let mut row = vec![format::month(month, lang)];
    row.extend(spec.lines.iter().map(|l| {
        let v = l.points.iter().find(|p| p.0 == month).and_then(|p| p.1);
        figure(v, lang)
    }));
    for b in &spec.bands {
        let p = b.points.iter().find(|p| p.0 == month);
        row.push(figure(p.map(|p| p.1), lang));
        row.push(figure(p.map(|p| p.2), lang));
    }
    row.extend(markers.iter().map(|label| {
        let v = spec
            .markers
            .iter()
            .find(|m| m.label == *label && m.month == month)
            .map(|m| m.value);
        figure(v, lang)
    }));
    row
}

/// The figures of a bar chart: one row per bar, its label and value.
pub fn bars_csv(spec: &BarSpec, subtitle: &str, lang: Lang) -> String {
    let d = delimiter(lang);
    let mut out = String::new();
    let name = match lang {
        Lang::Da => "Navn",
        Lang::En => "Name",
    };
    push_record(&mut out, [name, spec.x_label.as_str()], d);
    for bar in &spec.bars {
        push_record(
            &mut out,
            [bar.label.clone(), figure(Some(bar.value), lang)],
            d,
        );
    }
    push_frame(&mut out, &spec.frame, subtitle, lang);
    finish(out, lang)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::bars::Bar;
    use crate::charts::spec::{Band, BandShade, Line, LineStyle, Marker, Palette};

    #[test]
    fn a_comparison_names_every_scenario_it_shows() {
        assert_eq!(list_in_words(&["Scenarie 1"], Lang::Da), "Scenarie 1");
        assert_eq!(
            list_in_words(&["Scenarie 1", " ", "Ambitiøs", "Forsigtig"], Lang::Da),
            "Scenarie 1, Ambitiøs og Forsigtig"
        );
        assert_eq!(list_in_words(&["A", "B"], Lang::En), "A and B");
        assert_eq!(list_in_words(&[], Lang::En), "");
        assert_eq!(
            subtitle("Randers", &list_in_words(&["A", "B"], Lang::Da)),
            "Randers · A og B"
        );
    }

    fn m(s: &str) -> Month {
        Month::parse(s).unwrap()
    }

    fn spec() -> ChartSpec {
        ChartSpec {
            frame: Frame {
                title: "Færre langtidsledige – Randers".into(),
                source: "Kilde: Jobindsats, data til jul. 2025".into(),
                ..Frame::default()
            },
            lines: vec![Line {
                label: "=Randers, faktisk".into(),
                points: vec![(m("2025-06"), Some(1451.7213)), (m("2025-07"), Some(12.34))],
                style: LineStyle::Solid,
                color: Palette::Blue,
            }],
            bands: vec![Band {
                label: "Usikkerhed 80 %".into(),
                points: vec![(m("2025-08"), 10.0, 14.5)],
                color: Palette::Sky,
                shade: BandShade::Dark,
            }],
            markers: vec![Marker {
                label: "Mål".into(),
                month: m("2025-08"),
                value: 11.0,
                color: Palette::Vermillion,
            }],
            ..ChartSpec::default()
        }
    }

    #[test]
    fn a_chart_csv_has_a_row_per_month_its_figures_and_the_source_last() {
        let text = chart_csv(&spec(), "Randers · Ambitiøs", Lang::Da);
        assert!(text.starts_with('\u{feff}'), "BOM for Excel");
        let lines: Vec<&str> = text.trim_start_matches('\u{feff}').lines().collect();
        assert_eq!(
            lines[0],
            "Måned;\"'=Randers, faktisk\";Usikkerhed 80 %, nedre;Usikkerhed 80 %, øvre;Mål",
            "a label that would run as a formula is neutralised"
        );
        assert_eq!(lines[1], "jun. 2025;1452;;;");
        assert_eq!(lines[2], "jul. 2025;12,3;;;");
        assert_eq!(lines[3], "aug. 2025;;10,0;14,5;11,0");
        assert_eq!(lines[4], "");
        assert_eq!(
            &lines[5..],
            [
                "Færre langtidsledige – Randers",
                "Randers · Ambitiøs",
                "Kilde: Jobindsats, data til jul. 2025"
            ]
        );
        let en = chart_csv(&spec(), "", Lang::En);
        assert!(en.starts_with("Month,"), "{en}");
        assert!(en.contains("\nJul 2025,12.3,,,\n"), "{en}");
    }

    #[test]
    fn a_bar_csv_has_a_row_per_bar() {
        let spec = BarSpec {
            x_label: "Ændring (%)".into(),
            bars: vec![Bar {
                label: "Aarhus".into(),
                value: -2.46,
                highlight: true,
                reference: false,
            }],
            ..BarSpec::default()
        };
        let text = bars_csv(&spec, "Aarhus", Lang::Da);
        let lines: Vec<&str> = text.trim_start_matches('\u{feff}').lines().collect();
        assert_eq!(lines[..2], ["Navn;Ændring (%)", "Aarhus;-2,5"]);
    }

    #[test]
    fn file_names_keep_to_safe_letters() {
        assert_eq!(
            file_stem(&["Ringkøbing-Skjern", "Færre på ydelse (netto)", ""]),
            "maltal-ringkoebing-skjern-faerre-paa-ydelse-netto"
        );
        assert_eq!(file_stem(&["../../etc"]), "maltal-etc");
        assert!(file_stem(&[&"å".repeat(200)]).chars().count() <= 80);
    }

    #[test]
    fn the_subtitle_names_the_scenario_when_it_has_a_name() {
        assert_eq!(subtitle("Randers", "Plan 2026"), "Randers · Plan 2026");
        assert_eq!(subtitle("Randers", "  "), "Randers");
    }
}
