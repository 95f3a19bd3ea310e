//! `newsdex stats`

use std::path::Path;

use anyhow::Result;
use clap::Args;

use super::Code;
use newsdex_index::NewsIndex;

#[derive(Debug, Args)]
pub struct StatsArgs {
    /// Print one JSON object
    #[arg(long)]
    pub json: bool,
}

pub fn run(index_dir: &Path, args: StatsArgs) -> Result<Code> {
    let index = NewsIndex::open(index_dir)?;
    let stats = newsdex_search::stats(&index)?;
    print(&stats, args.json)
}

/// Prints `stats` as text or one JSON object (both backends).
pub fn print(stats: &newsdex_search::Stats, json: bool) -> Result<Code> {
    if json {
        println!("{}", serde_json::to_string(&stats)?);
        return Ok(Code::Ok);
    }
    println!("index     {}", stats.index);
    println!("articles  {}", stats.articles);
    println!("files     {}", stats.files);
    println!("quotes    {}", stats.quotes);
    match (&stats.oldest, &stats.newest) {
        (Some(a), Some(b)) => println!(
            "dates     {} to {}",
            &a[..10.min(a.len())],
            &b[..10.min(b.len())]
        ),
        _ => println!("dates     none"),
    }
    let sources: Vec<String> = stats
        .sources
        .iter()
        .map(|(name, n)| format!("{name} ({n})"))
        .collect();
    println!(
        "sources   {}",
        if sources.is_empty() {
            "none".to_owned()
        } else {
            sources.join(", ")
        }
    );
    println!(
        "size      {:.1} MB",
        stats.size_bytes as f64 / (1024.0 * 1024.0)
    );
    Ok(Code::Ok)
}
