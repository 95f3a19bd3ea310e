//! `newsdex push --from DIR --index opensearch://...`: a local index copied up to a cluster.

use std::path::PathBuf;

use anyhow::{bail, Result};
use clap::Args;

use super::Code;

#[derive(Debug, Args)]
pub struct PushArgs {
    /// The local index directory to copy up
    #[arg(long, value_name = "DIR")]
    pub from: PathBuf,
}

pub fn run(_client: &newsdex_opensearch::Client, args: PushArgs) -> Result<Code> {
    bail!(
        "push is not implemented yet: index the corpus behind {} with `newsdex index DIR \
         --index opensearch://...` instead",
        args.from.display()
    )
}
