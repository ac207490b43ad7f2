//! The data tool's commands: build, validate and print baseline data with the same engine as
//! the browser app. Exit codes: 0 ok, 1 invalid data, 2 wrong usage.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::data_cmds::{convert, show, validate};

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

/// How a command failed; decides the exit code.
pub enum Failure {
    /// The data are invalid (exit 1).
    Invalid(String),
    /// The command was used wrongly or a file could not be read or written (exit 2).
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
