//! The data tool's commands: build, validate and print baseline data with the same engine as
//! the browser app. Exit codes: 0 ok, 1 invalid data, 2 wrong usage.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::data_cmds::{convert, convert_csv, show, validate};

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
    /// Build a baseline JSON file from the raw files in a folder, or import a long CSV
    /// (`kommunekode;indikator;maaned;vaerdi`) into a template baseline.
    Convert {
        /// Folder with the raw files (default: data/raw).
        #[arg(long, conflicts_with_all = ["csv", "template"])]
        raw: Option<PathBuf>,
        /// A long CSV file to import instead of building from the raw files.
        #[arg(long)]
        csv: Option<PathBuf>,
        /// The baseline the CSV is imported into (default: data/baseline.json).
        #[arg(long, requires = "csv")]
        template: Option<PathBuf>,
        /// Where to write the JSON (default: standard output).
        #[arg(long)]
        out: Option<PathBuf>,
    },
}

/// How a command failed; decides the exit code.
pub enum Failure {
    /// The data are invalid (exit 1).
    Invalid(String),
    /// The command was used wrongly or a file could not be read or written (exit 2).
    /// A file that can be read but holds bad data is [`Failure::Invalid`].
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
        Command::Convert {
            raw,
            csv: Some(csv),
            template,
            out,
        } => {
            debug_assert!(raw.is_none(), "clap keeps --raw and --csv apart");
            convert_csv(&csv, template.as_deref(), out.as_deref())
        }
        Command::Convert {
            raw,
            csv: None,
            out,
            ..
        } => convert(
            raw.as_deref().unwrap_or(Path::new("data/raw")),
            out.as_deref(),
        ),
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
