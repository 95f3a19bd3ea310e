//! `newsdex push --from DIR --index opensearch://…`: a local index copied up to a cluster.
//!
//! Articles are rebuilt from the local index's stored fields (title, body and layout give the
//! exact text extraction read), extracted again (extraction is deterministic, so the names
//! and quotes are those of the local index) and written with the same ids and file states:
//! a later `newsdex index DIR --index opensearch://…` over the same roots does only what
//! changed since, and pushing twice writes the same documents again.

use std::time::Instant;

use anyhow::{Context, Result};
use rayon::prelude::*;
use serde_json::json;
use tantivy::collector::DocSetCollector;
use tantivy::query::TermQuery;
use tantivy::schema::{IndexRecordOption, OwnedValue, Value as _};
use tantivy::{DocAddress, TantivyDocument, Term};

use crate::bulk::write_all;
use crate::client::Client;
use crate::docs::{article_docs, Doc, Origin};
use crate::ingest::IngestOptions;
use newsdex_corpus::Article;
use newsdex_extract::{EntityExtractor, Extracted};
use newsdex_index::schema::{field, KIND_ARTICLE};
use newsdex_index::{NewsIndex, Problem, Progress, Summary};

/// Articles rebuilt, extracted and sent at a time.
const CHUNK: usize = 1000;

fn hex(n: u64) -> String {
    format!("{n:016x}")
}

/// Copies `local` into the cluster.
pub fn push(
    client: &Client,
    local: &NewsIndex,
    options: &IngestOptions,
    progress: &dyn Progress,
) -> Result<Summary> {
    let started = Instant::now();
    crate::mapping::ensure(client)?;
    let searcher = local.reader()?.searcher();
    let f = &local.fields;
    let states = newsdex_index::file_states(&searcher)?;
    let articles = TermQuery::new(
        Term::from_field_text(f.kind, KIND_ARTICLE),
        IndexRecordOption::Basic,
    );
    let mut addresses: Vec<DocAddress> = searcher
        .search(&articles, &DocSetCollector)
        .context("listing the local articles")?
        .into_iter()
        .collect();
    addresses.sort();
    for _ in &addresses {
        progress.discovered();
    }
    let extractor = if options.extract {
        Some(EntityExtractor::embedded().context("loading the entity model")?)
    } else {
        None
    };
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(options.threads.max(1))
        .build()
        .context("starting worker threads")?;
    let mut summary = Summary {
        files_seen: states.len() as u64,
        new: states.len() as u64,
        ..Summary::default()
    };
    let (ai, qi) = (client.target.articles(), client.target.quotes());
    for chunk in addresses.chunks(CHUNK) {
        let rebuilt: Vec<Result<(Vec<Doc>, u64, bool)>> = pool.install(|| {
            chunk
                .par_iter()
                .map(|&address| {
                    let doc: TantivyDocument =
                        searcher.doc(address).context("reading a local article")?;
                    let segment = searcher.segment_reader(address.segment_ord);
                    let file_id = segment
                        .fast_fields()
                        .u64(field::FILE_ID)
                        .context("reading file ids")?
                        .first(address.doc_id)
                        .unwrap_or(0);
                    let hash = states.get(&file_id).map_or(0, |s| s.hash);
                    let article = rebuild(local, &doc);
                    let extracted = match extractor {
                        Some(x) => Extracted::from_text(x, &article.text),
                        None => Extracted::default(),
                    };
                    let root = first_str(&doc, f.root).unwrap_or_default();
                    let (file_id, file_hash) = (hex(file_id), hex(hash));
                    let origin = Origin {
                        file_id: &file_id,
                        file_hash: &file_hash,
                        root: &root,
                    };
                    let quotes = extracted.quotes.len() as u64;
                    let undated = article.date.is_none();
                    Ok((
                        article_docs(&ai, &qi, &origin, &article, &extracted),
                        quotes,
                        undated,
                    ))
                })
                .collect()
        });
        let mut docs = Vec::new();
        for r in rebuilt {
            let (d, quotes, undated) = r?;
            summary.articles_indexed += 1;
            summary.quotes_indexed += quotes;
            summary.undated += u64::from(undated);
            progress.advance(0, 1);
            docs.extend(d);
        }
        let refs: Vec<&Doc> = docs.iter().collect();
        let outcome = write_all(client, &refs, options.bulk)?;
        summary.commits += outcome.requests;
        for (i, reason) in outcome.failed {
            let problem = Problem {
                path: refs[i].source["path"].as_str().unwrap_or("?").to_owned(),
                reason,
            };
            progress.problem(&problem, true);
            summary.skipped.push(problem);
        }
    }
    // The file states last, so that an interrupted push leaves files to be indexed again.
    let state_docs: Vec<Doc> = states
        .iter()
        .map(|(&file_id, s)| Doc {
            index: client.target.state(),
            id: hex(file_id),
            source: json!({
                "file_id": hex(file_id), "root_id": hex(s.root_id), "hash": hex(s.hash),
                "size": s.stat.size, "mtime_ns": s.stat.mtime_ns, "articles": s.articles
            }),
        })
        .collect();
    let refs: Vec<&Doc> = state_docs.iter().collect();
    let outcome = write_all(client, &refs, options.bulk)?;
    summary.commits += outcome.requests;
    for (_, reason) in outcome.failed {
        let problem = Problem {
            path: "(file state)".into(),
            reason,
        };
        progress.problem(&problem, false);
        summary.warnings.push(problem);
    }
    for index in [ai, qi, client.target.state()] {
        client.ok("POST", &format!("/{index}/_refresh"), None)?;
    }
    progress.finish();
    summary.elapsed = started.elapsed();
    Ok(summary)
}

fn first_str(doc: &TantivyDocument, field: tantivy::schema::Field) -> Option<String> {
    doc.get_first(field)
        .and_then(|v| v.as_str().map(str::to_owned))
}

/// The article as the indexer read it, from its stored fields.
fn rebuild(local: &NewsIndex, doc: &TantivyDocument) -> Article {
    let f = &local.fields;
    let title = first_str(doc, f.title).unwrap_or_default();
    let body = first_str(doc, f.body).unwrap_or_default();
    let layout = first_str(doc, f.text_layout);
    let rebuilt = newsdex_index::layout::rebuild_text(&title, &body, layout.as_deref());
    let title_at = rebuilt.text.find(title.as_str()).unwrap_or(0);
    let title_range = if rebuilt.text[title_at..].starts_with(title.as_str()) {
        title_at..title_at + title.len()
    } else {
        0..0
    };
    let u64_of = |field| doc.get_first(field).and_then(|v| v.as_u64());
    let date = doc
        .get_first(f.date)
        .and_then(|v| match OwnedValue::from(v) {
            OwnedValue::Date(d) => {
                jiff::Timestamp::from_nanosecond(i128::from(d.into_timestamp_nanos())).ok()
            }
            _ => None,
        });
    Article {
        key: u64_of(f.article_key).unwrap_or(0),
        path: first_str(doc, f.path).unwrap_or_default(),
        record: u64_of(f.record).and_then(|r| u32::try_from(r).ok()),
        text: rebuilt.text,
        title: title_range,
        body: rebuilt.body,
        date,
        date_source: None,
        source: first_str(doc, f.source),
        url: first_str(doc, f.url),
        authors: doc
            .get_all(f.authors)
            .filter_map(|v| v.as_str().map(str::to_owned))
            .collect(),
        dateline: first_str(doc, f.dateline),
    }
}
