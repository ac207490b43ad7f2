//! The data tool's commands: build, validate and print baseline data with the same engine as
//! the browser app. Exit codes: 0 ok, 1 invalid data, 2 wrong usage.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use maltal::data::build::{build_default, to_json, RawFiles};
use maltal::model::baseline::{Area, Baseline};

/// Måltal's data tool.
#[derive(Parser)]
#[command(
    name = "maltal",
    version,
    about = "Måltal: byg, validér og udskriv basisdata"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Validate a baseline file: exit 0 with a summary, or exit 1 with one error per line.
    Validate {
        /// The baseline JSON file.
        file: PathBuf,
    },
    /// Print one series as CSV `maaned,vaerdi`.
    Show {
        /// Municipality code (3 digits).
        #[arg(long)]
        kommune: String,
        /// Indicator id, e.g. `ledige`.
        #[arg(long)]
        indikator: String,
        /// Baseline file (default: data/baseline.json).
        #[arg(long)]
        data: Option<PathBuf>,
    },
    /// Build a baseline JSON file from the raw files in a folder.
    Convert {
        /// Folder with the raw files (default: data/raw).
        #[arg(long, default_value = "data/raw")]
        raw: PathBuf,
        /// Where to write the JSON (default: standard output).
        #[arg(long)]
        out: Option<PathBuf>,
    },
}

/// Where the default dataset lives, relative to the repository root.
const DEFAULT_DATA: &str = "data/baseline.json";

enum Failure {
    Invalid(String),
    Usage(String),
}

/// Runs the command line and returns the exit code.
pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() {
                ExitCode::from(2)
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    let result = match cli.command {
        Command::Validate { file } => validate(&file),
        Command::Show {
            kommune,
            indikator,
            data,
        } => show(&kommune, &indikator, data.as_deref()),
        Command::Convert { raw, out } => convert(&raw, out.as_deref()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Invalid(msg)) => {
            eprintln!("{msg}");
            ExitCode::from(1)
        }
        Err(Failure::Usage(msg)) => {
            eprintln!("fejl: {msg}");
            ExitCode::from(2)
        }
    }
}

fn read(path: &Path) -> Result<String, Failure> {
    std::fs::read_to_string(path)
        .map_err(|e| Failure::Usage(format!("kan ikke læse {}: {e}", path.display())))
}

fn load(path: Option<&Path>) -> Result<Baseline, Failure> {
    let path = path.unwrap_or(Path::new(DEFAULT_DATA));
    let text = read(path)?;
    maltal::data::from_json(&text).map_err(|e| Failure::Invalid(e.to_string()))
}

fn validate(file: &Path) -> Result<(), Failure> {
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

fn show(kommune: &str, indikator: &str, data: Option<&Path>) -> Result<(), Failure> {
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

fn convert(raw: &Path, out: Option<&Path>) -> Result<(), Failure> {
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
