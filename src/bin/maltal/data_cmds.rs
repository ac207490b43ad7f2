//! The data commands: `validate`, `show` and `convert`.

use std::path::Path;

use maltal::data::build::{build_default, to_json, RawFiles};
use maltal::model::baseline::{Area, Baseline};

use crate::cli::Failure;

/// Where the default dataset lives, relative to the repository root.
pub const DEFAULT_DATA: &str = "data/baseline.json";

pub fn read(path: &Path) -> Result<String, Failure> {
    std::fs::read_to_string(path)
        .map_err(|e| Failure::Usage(format!("kan ikke læse {}: {e}", path.display())))
}

pub fn load(path: Option<&Path>) -> Result<Baseline, Failure> {
    let path = path.unwrap_or(Path::new(DEFAULT_DATA));
    let text = read(path)?;
    maltal::data::from_json(&text).map_err(|e| Failure::Invalid(e.to_string()))
}

pub fn validate(file: &Path) -> Result<(), Failure> {
    let b = load(Some(file))?;
    let series = b.series.len();
    println!(
        "{}: gyldig – {} kommuner, {} regioner, {} indikatorer, {} målsæt, {} serier, data til {}",
        file.display(),
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
    let m = b
        .municipality_index(kommune)
        .ok_or_else(|| Failure::Usage(format!("kommunen {kommune} findes ikke i datafilen")))?;
    let i = b.indicator_index(indikator).ok_or_else(|| {
        Failure::Usage(format!("indikatoren {indikator} findes ikke i datafilen"))
    })?;
    let entry = b.series(Area::Municipality(m), i).ok_or_else(|| {
        Failure::Usage(format!(
            "datafilen har ingen serie for kommune {kommune}, indikator {indikator}"
        ))
    })?;
    let mut out = csv::Writer::from_writer(std::io::stdout());
    let io = |e: csv::Error| Failure::Usage(format!("kan ikke skrive: {e}"));
    out.write_record(["maaned", "vaerdi"]).map_err(io)?;
    for (month, value) in entry.series.iter() {
        let v = value.map(|v| v.to_string()).unwrap_or_default();
        out.write_record([month.to_string(), v]).map_err(io)?;
    }
    out.flush()
        .map_err(|e| Failure::Usage(format!("kan ikke skrive: {e}")))?;
    Ok(())
}

pub fn convert(raw: &Path, out: Option<&Path>) -> Result<(), Failure> {
    let crosswalk = read(&raw.join("kommuner_master_crosswalk_DERIVED.csv"))?;
    let panel = read(&raw.join("jobindsats_kommuner_monthly_2021M08-2025M07.json"))?;
    let folk = read(&raw.join("dst_folk1am_befolkning_kommuner_monthly_2021M10-2025M07.csv"))?;
    let wire = build_default(&RawFiles {
        crosswalk_csv: &crosswalk,
        jobindsats_json: &panel,
        folk1am_csv: &folk,
    })
    .map_err(|e| Failure::Invalid(e.to_string()))?;
    let json = to_json(&wire).map_err(|e| Failure::Invalid(e.to_string()))?;
    // Never write a file the app would refuse.
    maltal::data::from_json(&json).map_err(|e| Failure::Invalid(e.to_string()))?;
    match out {
        Some(path) => std::fs::write(path, json)
            .map_err(|e| Failure::Usage(format!("kan ikke skrive {}: {e}", path.display()))),
        None => {
            print!("{json}");
            Ok(())
        }
    }
}
