//! `newsdex index - --index opensearch://…`: JSON Lines from a stream, read, identified and
//! extracted as the local indexer does (`newsdex_index::next_lines_batch`: ids from content,
//! so the same record sent again replaces its article), with documents going to the cluster.
//!
//! A stream has no file state: nothing of it is skipped on a re-run, and nothing is removed.

use std::collections::HashMap;
use std::io::BufRead;

use anyhow::{Context, Result};
use rayon::prelude::*;

use crate::bulk::{write_all, BulkLimits};
use crate::client::Client;
use crate::docs::{article_docs, Doc, Origin};
use newsdex_corpus::readers::json::Lines;
use newsdex_corpus::{id_string, no_articles, Problems, ReadLimits};
use newsdex_extract::{EntityExtractor, Extracted};
use newsdex_index::{next_lines_batch, Problem, Progress, Summary};

/// What a stream is indexed with (a run's options, its extractor and progress).
pub(crate) struct Streamer<'a> {
    pub client: &'a Client,
    pub threads: usize,
    pub limits: ReadLimits,
    pub bulk: BulkLimits,
    pub extractor: Option<&'a EntityExtractor>,
    pub progress: &'a dyn Progress,
}

/// Indexes the JSON Lines of `reader`, shown as `name`, into the cluster; counts go to
/// `summary`, problems to it and to the progress.
pub(crate) fn index_lines(
    streamer: &Streamer,
    name: &str,
    reader: Box<dyn BufRead + Send>,
    summary: &mut Summary,
) -> Result<()> {
    let Streamer {
        client,
        threads,
        limits,
        bulk,
        extractor,
        progress,
    } = *streamer;
    let problem = |summary: &mut Summary, reason: String, fatal: bool| {
        let problem = Problem {
            path: name.to_owned(),
            reason,
        };
        progress.problem(&problem, fatal);
        match fatal {
            true => summary.skipped.push(problem),
            false => summary.warnings.push(problem),
        }
    };
    summary.files_seen += 1;
    let input =
        newsdex_corpus::decode::inflated(reader).with_context(|| format!("reading {name}"))?;
    let lines = match Lines::new(input, limits.max_bytes) {
        Ok(lines) => lines,
        Err(e) => {
            problem(summary, e.to_string(), true);
            return Ok(());
        }
    };
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads.max(1))
        .build()
        .context("starting worker threads")?;
    let t = &client.target;
    let (ai, qi) = (t.articles(), t.quotes());
    let mut steps = lines.peekable();
    let mut warnings = Problems::default();
    let (mut articles, mut undated, mut quotes) = (0u64, 0u64, 0u64);
    let mut failed = Vec::new();
    while steps.peek().is_some() {
        let batch = next_lines_batch(&mut steps, name, &pool, &mut warnings);
        let extracted: Vec<(Vec<Doc>, u64, u64)> = pool.install(|| {
            batch
                .par_iter()
                .map(|article| {
                    let extracted = match extractor {
                        Some(x) => Extracted::from_text(x, &article.text),
                        None => Extracted::default(),
                    };
                    // Stream articles have no file: each is its own, as locally.
                    let id = id_string(article.key);
                    let origin = Origin {
                        file_id: &id,
                        file_hash: &id,
                        root: "",
                    };
                    let docs = article_docs(&ai, &qi, &origin, article, &extracted);
                    progress.indexed();
                    (
                        docs,
                        extracted.quotes.len() as u64,
                        article.text.len() as u64,
                    )
                })
                .collect()
        });
        let mut docs: Vec<&Doc> = Vec::new();
        for (d, q, bytes) in &extracted {
            docs.extend(d.iter());
            quotes += q;
            summary.bytes_read += bytes;
        }
        let outcome = write_all(client, &docs, bulk)?;
        summary.commits += outcome.requests;
        for (i, reason) in outcome.failed {
            failed.push((docs[i].id.clone(), reason));
        }
        articles += batch.len() as u64;
        undated += batch.iter().filter(|a| a.date.is_none()).count() as u64;
    }
    let warnings = warnings.into_vec();
    if articles == 0 {
        problem(summary, no_articles(&warnings).to_string(), true);
        return Ok(());
    }
    for warning in warnings {
        problem(summary, warning, false);
    }
    // A rejected document is told, never lost silently: its article is not counted.
    let mut lost: HashMap<String, String> = HashMap::new();
    for (id, reason) in failed {
        let article = id.split('-').next().unwrap_or(&id).to_owned();
        lost.entry(article).or_insert(reason);
    }
    for (id, reason) in &lost {
        problem(
            summary,
            format!("article {id} not written ({reason}): send it again"),
            false,
        );
    }
    summary.new += 1;
    summary.articles_indexed += articles - lost.len() as u64;
    summary.undated += undated;
    summary.quotes_indexed += quotes;
    Ok(())
}
