//! `maltal` — the native data tool (see `docs/cli.md`). It shares `data` and `model` with the
//! browser app and uses nothing of `ui`. This file only wires the modules: `cli` parses the
//! command line and runs a command of `data_cmds`, `plan_cmds` or `backtest_cmd`; all use `common`, which reads files through `input`; `failure` is how a command fails.
//! Compiled to an empty program for wasm32, where the test harness builds every target.

#[cfg(not(target_arch = "wasm32"))]
mod backtest_cmd;
#[cfg(not(target_arch = "wasm32"))]
mod cli;
#[cfg(not(target_arch = "wasm32"))]
mod common;
#[cfg(not(target_arch = "wasm32"))]
mod data_cmds;
#[cfg(not(target_arch = "wasm32"))]
mod failure;
#[cfg(not(target_arch = "wasm32"))]
mod input;
#[cfg(not(target_arch = "wasm32"))]
mod plan_cmds;

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::main()
}

#[cfg(target_arch = "wasm32")]
fn main() {}
