//! The `newsdex` command: parses arguments, runs a command, maps outcomes to exit codes. The
//! work is in the library crates (`newsdex-corpus` → `newsdex-extract` → `newsdex-index` →
//! `newsdex-search`); `cli/` holds one file per command and all printing.

mod cli;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let args = cli::Args::parse();
    match cli::run(args) {
        Ok(code) => code.into(),
        Err(err) => {
            let code = cli::exit_code_for(&err);
            eprintln!("newsdex: {}", cli::escaped(&cli::one_line(&err)));
            code.into()
        }
    }
}
