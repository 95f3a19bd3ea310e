//! `newsdex push --from DIR --index opensearch://...`: a local index copied up to a cluster.

use std::path::PathBuf;

use anyhow::Result;
use clap::Args;

use super::Code;
use newsdex_index::NewsIndex;

#[derive(Debug, Args)]
pub struct PushArgs {
    /// The local index directory to copy up
    #[arg(long, value_name = "DIR")]
    pub from: PathBuf,
    /// Worker threads re-reading and extracting the stored articles [default: number of cores]
    #[arg(long, short = 'j')]
    pub threads: Option<usize>,
    /// Print the summary as one JSON object
    #[arg(long)]
    pub json: bool,
}

pub fn run(client: &newsdex_opensearch::Client, args: PushArgs) -> Result<Code> {
    let local = NewsIndex::open(&args.from)?;
    let mut options = newsdex_opensearch::IngestOptions::default();
    if let Some(threads) = args.threads {
        options.threads = threads.clamp(1, newsdex_index::IndexOptions::MAX_THREADS);
    }
    let progress = super::index::TerminalProgress::new(false);
    let summary = newsdex_opensearch::push::push(client, &local, &options, &progress)?;
    if args.json {
        println!("{}", serde_json::to_string(&summary)?);
    } else {
        println!(
            "pushed {} articles ({} quotes) and {} file states from {} to {} in {:.1}s{}",
            summary.articles_indexed,
            summary.quotes_indexed,
            summary.files_seen,
            args.from.display(),
            client.target.shown(),
            summary.elapsed.as_secs_f64(),
            match summary.skipped.len() {
                0 => String::new(),
                n => format!(" ({n} documents rejected: printed above)"),
            }
        );
    }
    Ok(if summary.skipped.is_empty() {
        Code::Ok
    } else {
        Code::Fatal
    })
}
