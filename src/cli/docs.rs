//! `newsdex completions SHELL` and `newsdex man`: generated from the argument definitions,
//! so they never drift from the real options.

use anyhow::Result;
use clap::{Args, CommandFactory};

use super::{ignore_broken_pipe, Code};

#[derive(Debug, Args)]
#[command(after_help = "Examples:
  newsdex completions bash > ~/.local/share/bash-completion/completions/newsdex
  newsdex completions zsh > ~/.zfunc/_newsdex
  newsdex completions fish > ~/.config/fish/completions/newsdex.fish")]
pub struct CompletionsArgs {
    /// The shell to complete for
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

pub fn completions(args: CompletionsArgs) -> Result<Code> {
    let mut command = super::Args::command();
    let mut out = Vec::new();
    clap_complete::generate(args.shell, &mut command, "newsdex", &mut out);
    write_out(&out)
}

pub fn man() -> Result<Code> {
    let mut out = Vec::new();
    clap_mangen::Man::new(super::Args::command()).render(&mut out)?;
    write_out(&out)
}

fn write_out(bytes: &[u8]) -> Result<Code> {
    use std::io::Write;
    ignore_broken_pipe(std::io::stdout().lock().write_all(bytes))?;
    Ok(Code::Ok)
}
