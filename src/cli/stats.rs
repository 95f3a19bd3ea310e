//! `newsdex stats`

use std::path::Path;

use anyhow::{Context, Result};
use clap::Args;
use serde::Serialize;
use tantivy::collector::{Count, TopDocs};
use tantivy::query::TermQuery;
use tantivy::schema::IndexRecordOption;
use tantivy::{DateTime, Order, Searcher, Term};

use super::Code;
use crate::index::schema::{KIND_ARTICLE, KIND_QUOTE};
use crate::index::NewsIndex;
use crate::search::{facet, FacetKind, SearchRequest};

#[derive(Debug, Args)]
pub struct StatsArgs {
    /// Print one JSON object
    #[arg(long)]
    pub json: bool,
}

#[derive(Serialize)]
struct Stats {
    index: String,
    articles: usize,
    files: usize,
    quotes: usize,
    oldest: Option<String>,
    newest: Option<String>,
    sources: Vec<(String, u64)>,
    size_bytes: u64,
}

pub fn run(index_dir: &Path, args: StatsArgs) -> Result<Code> {
    let index = NewsIndex::open(index_dir)?;
    let searcher = crate::search::searcher(&index)?;
    let f = &index.fields;
    let count = |kind: &str| -> Result<usize> {
        let q = TermQuery::new(
            Term::from_field_text(f.kind, kind),
            IndexRecordOption::Basic,
        );
        searcher.search(&q, &Count).context("counting documents")
    };
    let stats = Stats {
        index: index_dir.display().to_string(),
        articles: count(KIND_ARTICLE)?,
        files: crate::index::state::load(&searcher)?.len(),
        quotes: count(KIND_QUOTE)?,
        oldest: edge_date(&searcher, &index, Order::Asc)?,
        newest: edge_date(&searcher, &index, Order::Desc)?,
        sources: facet(&index, &SearchRequest::default(), FacetKind::Sources, 50)?,
        size_bytes: index.size_on_disk(),
    };
    if args.json {
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

/// The oldest or newest article date.
fn edge_date(searcher: &Searcher, index: &NewsIndex, order: Order) -> Result<Option<String>> {
    let f = &index.fields;
    let q = TermQuery::new(
        Term::from_field_text(f.kind, KIND_ARTICLE),
        IndexRecordOption::Basic,
    );
    // Undated articles sort after dated ones in either order, so the first hit is dated
    // whenever any article is.
    let top = TopDocs::with_limit(1).order_by_fast_field::<DateTime>("date", order);
    let docs = searcher.search(&q, &top).context("reading dates")?;
    Ok(docs
        .into_iter()
        .find_map(|(d, _)| d)
        .and_then(|d| jiff::Timestamp::from_nanosecond(i128::from(d.into_timestamp_nanos())).ok())
        .map(|t| t.to_string()))
}
