//! The `newsdex` command: parses arguments and maps outcomes to exit codes. The work is in
//! the library (`newsdex::cli` and below).

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let args = newsdex::cli::Args::parse();
    match newsdex::cli::run(args) {
        Ok(code) => code.into(),
        Err(err) => {
            let code = newsdex::cli::exit_code_for(&err);
            eprintln!("newsdex: {}", newsdex::cli::one_line(&err));
            code.into()
        }
    }
}
