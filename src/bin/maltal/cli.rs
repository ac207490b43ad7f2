//! The data tool's commands: build, validate and print baseline data with the same engine as
//! the browser app. Exit codes: 0 ok, 1 invalid data, 2 wrong usage.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::backtest_cmd::backtest_cmd;
use crate::common::{read_scenario, Failure};
use crate::data_cmds::{convert, convert_csv, show, validate};
use crate::plan_cmds::{forecast_cmd, plan_cmd, Choice, Format, GoalArg, OwnGoalArg, TargetArg};

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

// Parsed once per run: the size of the `plan` variant costs nothing worth a box.
#[allow(clippy::large_enum_variant)]
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
        #[arg(long = "kommune", value_name = "KOMMUNE")]
        municipality: String,
        /// Indicator id, e.g. `ledige`.
        #[arg(long = "indikator", value_name = "INDIKATOR")]
        indicator: String,
        /// Baseline file (default: data/baseline.json).
        #[arg(long)]
        data: Option<PathBuf>,
    },
    /// Print forecasts with 80 % and 95 % intervals for every area (or one): municipalities,
    /// regions and the country, adding up for count indicators.
    Forecast {
        /// Baseline file (default: data/baseline.json).
        #[arg(long)]
        data: Option<PathBuf>,
        /// Municipality code, or `alle` for every municipality (default: every area).
        #[arg(long = "kommune", value_name = "KOMMUNE", conflicts_with = "area")]
        municipality: Option<String>,
        /// One area: a municipality's or region's code as in the data file, or `national`
        /// (default: every municipality, region and the country).
        #[arg(long = "omraade", value_name = "OMRAADE")]
        area: Option<String>,
        /// Months after the data's last month (default: to December of the plan year).
        #[arg(long)]
        horizon: Option<i32>,
        /// Labour-market outlook id (default: basis).
        #[arg(long)]
        outlook: Option<String>,
        /// Goal set id; its plan year ends the default horizon (default: the file's first).
        #[arg(long = "maalsaet", value_name = "MAALSAET")]
        goal_set: Option<String>,
        /// Output format.
        #[arg(long, value_enum, default_value = "csv")]
        format: Format,
    },
    /// Plan one goal: the target, its four expressions, realism and the kravforløb.
    #[command(group(clap::ArgGroup::new("target").args(["preset", "value", "change"])))]
    Plan {
        /// Municipality code, or `alle` for every municipality.
        #[arg(long = "kommune", value_name = "KOMMUNE")]
        municipality: String,
        /// Goal id, e.g. `langtidsledighed` (with `--indikator`: the own goal's id).
        #[arg(long = "maal", value_name = "MAAL")]
        goal: String,
        /// An own goal on this indicator id (any monthly indicator of the data) instead of a
        /// goal of the goal set; with `--maalaar` and optionally `--maaling`.
        #[arg(long = "indikator", value_name = "INDIKATOR", requires = "target_year")]
        indicator: Option<String>,
        /// How the own goal is measured: `gns` (annual average, default) or a month 1–12.
        #[arg(long = "maaling", value_name = "MAALING", requires = "indicator")]
        measure: Option<String>,
        /// The own goal's target year (up to five years after the data's last year).
        #[arg(long = "maalaar", value_name = "MAALAAR", requires = "indicator")]
        target_year: Option<i32>,
        /// A milestone YEAR=FIGURE of a plan over several years (repeatable), e.g. 2026=4.3.
        #[arg(long = "delmaal", value_name = "AAR=TAL")]
        milestones: Vec<String>,
        /// A scenario file saved by the app: its goals (own ones too), and — unless given here —
        /// the goal's target and milestones. The file's first scenario, or the one named by
        /// `--navn`.
        #[arg(
            long = "scenarie",
            value_name = "SCENARIE",
            conflicts_with = "indicator"
        )]
        scenario: Option<PathBuf>,
        /// The name of the scenario to use in `--scenarie`.
        #[arg(long = "navn", value_name = "NAVN", requires = "scenario")]
        name: Option<String>,
        /// Preset: hold, prognose, region, klynge-median, klynge-bedste-kvartil.
        #[arg(long)]
        preset: Option<String>,
        /// Target as an absolute figure in the indicator's unit.
        #[arg(long = "vaerdi", value_name = "VAERDI", allow_negative_numbers = true)]
        value: Option<f64>,
        /// Target as a change from the base: percent for counts (-5 = 5 % fewer), percentage
        /// points for percent indicators.
        #[arg(
            long = "aendring",
            value_name = "AENDRING",
            allow_negative_numbers = true
        )]
        change: Option<f64>,
        /// Labour-market outlook id (default: basis).
        #[arg(long)]
        outlook: Option<String>,
        /// Goal set id (default: the file's first).
        #[arg(long = "maalsaet", value_name = "MAALSAET")]
        goal_set: Option<String>,
        /// Baseline file (default: data/baseline.json).
        #[arg(long)]
        data: Option<PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value = "json")]
        format: Format,
        /// A straight-line kravforløb instead of the seasonal one.
        #[arg(long = "lineaer")]
        linear: bool,
    },
    /// Rolling-origin back-test at every level: Måltal (reconciled), its base forecast, the
    /// other reconciliations, the share forecast and the seasonal naive one.
    Backtest {
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
    exit_code(run(cli.command))
}

/// Runs one command.
fn run(command: Command) -> Result<(), Failure> {
    match command {
        Command::Validate { file } => validate(&file),
        Command::Show {
            municipality,
            indicator,
            data,
        } => show(&municipality, &indicator, data.as_deref()),
        Command::Forecast {
            data,
            municipality,
            area,
            horizon,
            outlook,
            goal_set,
            format,
        } => forecast_cmd(
            data.as_deref(),
            (municipality.as_deref(), area.as_deref()),
            horizon,
            Choice {
                outlook: outlook.as_deref(),
                goal_set: goal_set.as_deref(),
            },
            format,
        ),
        plan @ Command::Plan { .. } => run_plan(plan),
        Command::Backtest { data } => backtest_cmd(data.as_deref()),
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
    }
}

/// Runs `plan`, whose target is one of three arguments.
fn run_plan(command: Command) -> Result<(), Failure> {
    let Command::Plan {
        municipality,
        goal,
        indicator,
        measure,
        target_year,
        milestones,
        scenario,
        name,
        preset,
        value,
        change,
        outlook,
        goal_set,
        data,
        format,
        linear,
    } = command
    else {
        return Ok(());
    };
    let target = match (preset, value, change) {
        (Some(p), _, _) => Some(TargetArg::Preset(p)),
        (_, Some(v), _) => Some(TargetArg::Value(v)),
        (_, _, Some(c)) => Some(TargetArg::Change(c)),
        _ => None,
    };
    let scenario = scenario
        .as_deref()
        .map(|path| read_scenario(path, name.as_deref()))
        .transpose()?;
    let own = match (indicator, target_year) {
        (Some(indicator), Some(year)) => Some(OwnGoalArg {
            indicator,
            measure: measure.unwrap_or_else(|| "gns".into()),
            year,
        }),
        _ => None,
    };
    plan_cmd(
        data.as_deref(),
        &municipality,
        GoalArg {
            id: &goal,
            own,
            milestones: &milestones,
            scenario,
        },
        target,
        Choice {
            outlook: outlook.as_deref(),
            goal_set: goal_set.as_deref(),
        },
        format,
        linear,
    )
}

/// The exit code of a command's result, with its message on stderr.
fn exit_code(result: Result<(), Failure>) -> ExitCode {
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Invalid(msg)) => {
            eprintln!("{msg}");
            ExitCode::from(1)
        }
        Err(Failure::Quiet) => ExitCode::SUCCESS,
        Err(Failure::Usage(msg)) => {
            eprintln!("fejl: {msg}");
            ExitCode::from(2)
        }
    }
}
