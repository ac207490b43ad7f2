//! The data commands: `validate`, `show` and `convert`.

use std::io::Write;
use std::path::Path;

use maltal::data::build::{build_default, to_json, BuildError, RawFiles, RAW_FILE_NAMES};
use maltal::data::convert::{from_bytes, wire_from_json};
use maltal::data::csv_import::import_long_csv;
use maltal::data::quote::excerpt;
use maltal::model::baseline::Area;

use crate::common::{csv_row, io, lines, load, read, read_bytes, shown, Failure, DEFAULT_DATA};
use crate::input::decode_csv;

pub fn validate(file: &Path) -> Result<(), Failure> {
    let b = load(Some(file))?;
    let series = b.series.len();
    println!(
        "{}: gyldig – {} kommuner, {} regioner, {} indikatorer, {} målsæt, {} serier, data til {}",
        shown(file),
        b.municipalities.len(),
        b.regions.len(),
        b.indicators.len(),
        b.goal_sets.len(),
        series,
        b.meta.data_month
    );
    Ok(())
}

pub fn show(kommune: &str, indikator: &str, data: Option<&Path>) -> Result<(), Failure> {
    let b = load(data)?;
    let m = b.municipality_index(kommune).ok_or_else(|| {
        Failure::Usage(format!(
            "kommunen {} findes ikke i datafilen",
            excerpt(kommune)
        ))
    })?;
    let i = b.indicator_index(indikator).ok_or_else(|| {
        Failure::Usage(format!(
            "indikatoren {} findes ikke i datafilen",
            excerpt(indikator)
        ))
    })?;
    let entry = b.series(Area::Municipality(m), i).ok_or_else(|| {
        Failure::Usage(format!(
            "datafilen har ingen serie for kommune {}, indikator {}",
            excerpt(kommune),
            excerpt(indikator)
        ))
    })?;
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    csv_row(&mut out, ["maaned", "vaerdi"])?;
    for (month, value) in entry.series.iter() {
        let v = value.map(|v| v.to_string()).unwrap_or_default();
        csv_row(&mut out, [month.to_string(), v])?;
    }
    out.flush().map_err(io)?;
    Ok(())
}

pub fn convert(raw: &Path, out: Option<&Path>) -> Result<(), Failure> {
    let [crosswalk, panel, folk, auk01, lbesk69] = RAW_FILE_NAMES.map(|name| read(&raw.join(name)));
    let wire = build_default(&RawFiles {
        crosswalk_csv: &crosswalk?,
        jobindsats_json: &panel?,
        folk1am_csv: &folk?,
        auk01_csv: &auk01?,
        lbesk69_csv: &lbesk69?,
    })
    .map_err(|e| Failure::Invalid(e.to_string()))?;
    write_checked(&wire, out)
}

/// Serialises, checks that the app would accept the result, and writes it.
fn write_checked(
    wire: &maltal::data::schema::WireBaseline,
    out: Option<&Path>,
) -> Result<(), Failure> {
    let json = to_json(wire).map_err(|e| Failure::Invalid(e.to_string()))?;
    // Never write a file the app would refuse.
    maltal::data::from_json(&json).map_err(|e| Failure::Invalid(lines(&e)))?;
    match out {
        Some(path) => std::fs::write(path, json)
            .map_err(|e| Failure::Usage(format!("kan ikke skrive {}: {e}", path.display()))),
        None => {
            print!("{json}");
            Ok(())
        }
    }
}

/// `maltal convert --csv`: imports a long CSV into a template baseline.
pub fn convert_csv(csv: &Path, template: Option<&Path>, out: Option<&Path>) -> Result<(), Failure> {
    let template_path = template.unwrap_or(Path::new(DEFAULT_DATA));
    let template_bytes = read_bytes(template_path)?;
    let template_text = std::str::from_utf8(&template_bytes).map_err(|_| {
        Failure::Invalid(format!(
            "skabelonen {}: teksten er ikke UTF-8",
            template_path.display()
        ))
    })?;
    // The template must itself be valid; its errors are reported as the template's.
    from_bytes(&template_bytes).map_err(|e| {
        Failure::Invalid(format!(
            "skabelonen {} er ugyldig:\n{}",
            template_path.display(),
            lines(&e)
        ))
    })?;
    let wire = wire_from_json(template_text).map_err(|e| Failure::Invalid(lines(&e)))?;
    let csv_name = shown(csv);
    let (csv_text, note) = decode_csv(&read_bytes(csv)?, &csv_name)?;
    if let Some(note) = note {
        eprintln!("{note}");
    }
    let import = import_long_csv(&wire, &csv_text).map_err(|errors| {
        let text: Vec<String> = errors
            .iter()
            .map(|e| match e {
                BuildError::CsvLine { .. } => format!("{csv_name}: {e}"),
                _ => e.to_string(),
            })
            .collect();
        Failure::Invalid(text.join("\n"))
    })?;
    eprintln!(
        "{}: {} linjer, {} {} erstattet eller tilføjet; regioner og hele landet genberegnet for {}",
        csv_name,
        import.rows,
        import.series,
        if import.series == 1 {
            "kommuneserie"
        } else {
            "kommuneserier"
        },
        import.indicators.join(", ")
    );
    write_checked(&import.baseline, out)
}
