//! `newsdex index DIR --index opensearch://…`: the local indexer's readers and extraction
//! (`newsdex_corpus::open`, `SourceFile::articles`, `Extracted::from_text`), with documents going
//! to the cluster through `_bulk` instead of to tantivy.
//!
//! Per file, the cluster keeps a state document (size, mtime, content hash, article count) in
//! `PREFIX-state`, written only after every document of the file was acknowledged. A re-run
//! from any machine skips unchanged files and redoes the rest; a killed run loses nothing but
//! the files in flight, which the next run writes again under the same ids.

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;
use std::sync::Mutex;
use std::time::Instant;

use anyhow::{anyhow, bail, Context, Result};
use rayon::prelude::*;
use serde_json::{json, Value};

use crate::bulk::{write_all, BulkLimits};
use crate::client::Client;
use crate::docs::{article_docs, Doc, Origin};
use newsdex_corpus::discover::{self, FoundFile};
use newsdex_corpus::{
    id_string, no_articles, source_key, Article, Articles, FileStat, ReadLimits, Step,
};
use newsdex_extract::{EntityExtractor, Extracted};
use newsdex_index::{Input, Problem, Progress, Summary};

/// How a cluster run behaves.
#[derive(Debug, Clone)]
pub struct IngestOptions {
    /// Threads reading and extracting.
    pub threads: usize,
    /// Per-file and per-record size limits.
    pub limits: ReadLimits,
    /// Run entity and quote extraction.
    pub extract: bool,
    /// Rebuild the named roots: read every file again (the recorded state only says which
    /// files vanished), and leave nothing of a file but what this run wrote.
    pub full: bool,
    /// Request sizes and concurrency.
    pub bulk: BulkLimits,
    /// Input bytes read and extracted at a time: with the batch being sent, what bounds the
    /// memory a run holds.
    pub batch_bytes: u64,
}

impl Default for IngestOptions {
    fn default() -> Self {
        IngestOptions {
            threads: std::thread::available_parallelism().map_or(2, |n| n.get()),
            limits: ReadLimits::default(),
            extract: true,
            full: false,
            bulk: BulkLimits::default(),
            batch_bytes: 16 << 20,
        }
    }
}

/// A file as the cluster last saw it.
#[derive(Debug, Clone, Copy)]
struct State {
    root_id: u64,
    stat: FileStat,
    hash: u64,
    articles: u64,
}

struct Work {
    file: FoundFile,
    root: std::sync::Arc<[u8]>,
    root_id: u64,
    file_id: u64,
    prior: Option<State>,
    size: u64,
}

/// One file read and extracted, ready to send.
struct Prepared {
    work: Work,
    docs: Vec<Doc>,
    state: Option<State>,
    articles: u64,
    undated: u64,
    quotes: u64,
    bytes: u64,
    unchanged: bool,
    skipped: Option<String>,
    warnings: Vec<String>,
}

fn hex(n: u64) -> String {
    format!("{n:016x}")
}

fn parse_hex(v: Option<&Value>) -> Option<u64> {
    v.and_then(Value::as_str)
        .and_then(|s| u64::from_str_radix(s, 16).ok())
}

/// Loads the recorded state of every file under `root_ids`, a page at a time.
fn load_states(client: &Client, root_ids: &[u64]) -> Result<HashMap<u64, State>> {
    let mut states = HashMap::new();
    let roots: Vec<String> = root_ids.iter().map(|&r| hex(r)).collect();
    let mut after: Option<Value> = None;
    loop {
        let mut body = json!({
            "size": 10_000,
            "query": {"terms": {"root_id": roots}},
            "sort": [{"file_id": "asc"}],
            "_source": ["file_id", "root_id", "hash", "size", "mtime_ns", "articles"]
        });
        if let Some(a) = &after {
            body["search_after"] = a.clone();
        }
        let reply = client.json(
            "POST",
            &format!("/{}/_search", client.target.state()),
            &body,
        )?;
        let hits = reply
            .pointer("/hits/hits")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        if hits.is_empty() {
            return Ok(states);
        }
        for hit in &hits {
            let s = &hit["_source"];
            let (Some(file_id), Some(root_id), Some(hash)) = (
                parse_hex(s.get("file_id")),
                parse_hex(s.get("root_id")),
                parse_hex(s.get("hash")),
            ) else {
                continue;
            };
            let state = State {
                root_id,
                stat: FileStat {
                    size: s["size"].as_u64().unwrap_or(0),
                    mtime_ns: s["mtime_ns"].as_i64().unwrap_or(0),
                },
                hash,
                articles: s["articles"].as_u64().unwrap_or(0),
            };
            states.insert(file_id, state);
        }
        after = hits.last().and_then(|h| h.get("sort")).cloned();
    }
}

/// Indexes `roots` into the cluster. Errors returned are fatal (cluster unreachable past the
/// retries, a root missing); everything about single files is in the summary.
pub fn index_dirs(
    client: &Client,
    roots: &[PathBuf],
    options: &IngestOptions,
    progress: &dyn Progress,
) -> Result<Summary> {
    let inputs = roots.iter().cloned().map(Input::Dir).collect();
    index_inputs(client, inputs, options, progress)
}

/// Indexes directories and JSON Lines streams (`newsdex index -`) into the cluster, the
/// directories first, as locally.
pub fn index_inputs(
    client: &Client,
    inputs: Vec<Input>,
    options: &IngestOptions,
    progress: &dyn Progress,
) -> Result<Summary> {
    let started = Instant::now();
    let mut roots = Vec::new();
    let mut streams = Vec::new();
    for input in inputs {
        match input {
            Input::Dir(root) => roots.push(root),
            Input::Lines { name, reader } => streams.push((name, reader)),
        }
    }
    crate::mapping::ensure(client)?;
    let mut named = std::collections::HashSet::new();
    let mut canon: Vec<(PathBuf, std::sync::Arc<[u8]>)> = Vec::new();
    for root in &roots {
        let abs = root
            .canonicalize()
            .with_context(|| format!("cannot open corpus directory {}", root.display()))?;
        if named.insert(abs.clone()) {
            let key: std::sync::Arc<[u8]> = abs.as_os_str().as_encoded_bytes().into();
            canon.push((abs, key));
        }
    }
    let root_ids: Vec<u64> = canon
        .iter()
        .map(|(_, k)| source_key(k, b"", None))
        .collect();
    // Loaded for --full too: it tells which files of these roots vanished since the last run.
    let mut states = load_states(client, &root_ids)?;
    // Stale documents (another content hash of the same file) can exist only if something
    // was written before: a first run into empty indices skips looking for them.
    let had_documents = count(client, &client.target.articles())? > 0;

    let mut summary = Summary::default();
    let mut works = Vec::new();
    let mut removed: Vec<u64> = Vec::new();
    for ((abs, key), &root_id) in canon.iter().zip(&root_ids) {
        let stat = states.values().any(|s| s.root_id == root_id);
        let ignored = discover::walk_counting(
            abs,
            None,
            stat,
            &mut |file| {
                summary.files_seen += 1;
                let file_id = source_key(key, &file.raw, None);
                let prior = states.remove(&file_id);
                if !options.full && prior.is_some_and(|p| file.stat == Some(p.stat)) {
                    summary.unchanged += 1;
                    return;
                }
                progress.discovered();
                let size = file
                    .stat
                    .map(|s| s.size)
                    .or_else(|| std::fs::metadata(file.abs).ok().map(|m| m.len()))
                    .unwrap_or(0);
                works.push(Work {
                    file: file.to_found_file(),
                    root: key.clone(),
                    root_id,
                    file_id,
                    prior,
                    size,
                });
            },
            &mut |problem| {
                let problem = Problem {
                    path: problem.path,
                    reason: problem.reason,
                };
                progress.problem(&problem, true);
                summary.skipped.push(problem);
            },
        );
        summary.ignored += ignored.ignored as u64;
        summary.ignored_files.extend(ignored.names);
        for (ext, n) in ignored.extensions {
            *summary.ignored_extensions.entry(ext).or_default() += n as u64;
        }
        for (&file_id, state) in &states {
            if state.root_id == root_id {
                summary.removed += 1;
                summary.articles_removed += state.articles;
                removed.push(file_id);
            }
        }
    }
    if !removed.is_empty() {
        remove_files(client, &removed)?;
    }

    let extractor = if options.extract && (!works.is_empty() || !streams.is_empty()) {
        Some(EntityExtractor::embedded().context("loading the entity model")?)
    } else {
        None
    };
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(options.threads.max(1))
        .build()
        .context("starting worker threads")?;
    let batches = cut_batches(works, options.batch_bytes);
    let tally = Mutex::new(&mut summary);
    // Reading and extracting the next batch overlaps sending the last: two batches at most.
    std::thread::scope(|s| -> Result<()> {
        let (tx, rx) = std::sync::mpsc::sync_channel::<Vec<Prepared>>(0);
        let sender = s.spawn(|| -> Result<()> {
            for batch in rx {
                send_batch(client, batch, had_documents, options, progress, &tally)?;
            }
            Ok(())
        });
        for batch in batches {
            let prepared: Vec<Prepared> = pool.install(|| {
                batch
                    .into_par_iter()
                    .map(|w| prepare(client, w, extractor, options))
                    .collect()
            });
            if tx.send(prepared).is_err() {
                break; // the sender failed: its error is returned below
            }
        }
        drop(tx);
        sender
            .join()
            .map_err(|_| anyhow!("the bulk sender crashed"))?
    })?;
    let streamer = crate::lines::Streamer {
        client,
        threads: options.threads,
        limits: options.limits,
        bulk: options.bulk,
        extractor,
        progress,
    };
    for (name, reader) in streams {
        crate::lines::index_lines(&streamer, &name, reader, &mut summary)?;
    }
    for index in [
        client.target.articles(),
        client.target.quotes(),
        client.target.state(),
    ] {
        client.ok("POST", &format!("/{index}/_refresh"), None)?;
    }
    progress.finish();
    summary.elapsed = started.elapsed();
    Ok(summary)
}

fn count(client: &Client, index: &str) -> Result<u64> {
    let reply = client.ok("GET", &format!("/{index}/_count"), None)?;
    Ok(reply["count"].as_u64().unwrap_or(0))
}

/// Files in batches of about `bytes` of input.
fn cut_batches(works: Vec<Work>, bytes: u64) -> Vec<Vec<Work>> {
    let mut batches = Vec::new();
    let (mut current, mut size) = (Vec::new(), 0u64);
    for w in works {
        size += w.size;
        current.push(w);
        if size >= bytes || current.len() >= 512 {
            batches.push(std::mem::take(&mut current));
            size = 0;
        }
    }
    if !current.is_empty() {
        batches.push(current);
    }
    batches
}

/// Reads and extracts one file (the local indexer's readers and extraction).
fn prepare(
    client: &Client,
    work: Work,
    extractor: Option<&EntityExtractor>,
    options: &IngestOptions,
) -> Prepared {
    let mut p = Prepared {
        work,
        docs: Vec::new(),
        state: None,
        articles: 0,
        undated: 0,
        quotes: 0,
        bytes: 0,
        unchanged: false,
        skipped: None,
        warnings: Vec::new(),
    };
    let (state, result) = read(client, &p.work, extractor, options);
    p.bytes = state.map_or(0, |s| s.stat.size);
    match result {
        Read::Skipped(why) => p.skipped = Some(why),
        Read::Touched => {
            p.state = state;
            p.unchanged = true;
        }
        Read::Docs(acc, warnings) => {
            p.warnings = warnings;
            if acc.articles == 0 {
                p.skipped = Some(no_articles(&p.warnings).to_string());
            } else {
                p.state = state.map(|s| State {
                    articles: acc.articles,
                    ..s
                });
                p.docs = acc.docs;
                p.articles = acc.articles;
                p.undated = acc.undated;
                p.quotes = acc.quotes;
            }
        }
    }
    p
}

#[derive(Default)]
struct Acc {
    docs: Vec<Doc>,
    articles: u64,
    undated: u64,
    quotes: u64,
}

enum Read {
    Skipped(String),
    /// Same content, new mtime.
    Touched,
    Docs(Acc, Vec<String>),
}

/// The file's state as read now (article count 0 until known) and what it gave.
fn read(
    client: &Client,
    w: &Work,
    extractor: Option<&EntityExtractor>,
    options: &IngestOptions,
) -> (Option<State>, Read) {
    let limits = options.limits;
    let file = match newsdex_corpus::open(&w.file.abs, &w.file.rel, limits) {
        Ok(file) => file,
        Err(e) => return (None, Read::Skipped(e.to_string())),
    };
    let (stat, hash) = (file.stat, file.hash);
    let mut state = State {
        root_id: w.root_id,
        stat,
        hash,
        articles: 0,
    };
    if let Some(prior) = w.prior.filter(|_| !options.full) {
        if prior.hash == hash && prior.stat.size == stat.size {
            // Touched, not changed: only the new mtime is recorded.
            state.articles = prior.articles;
            return (Some(state), Read::Touched);
        }
    }
    let root_shown = String::from_utf8_lossy(&w.root).into_owned();
    let (file_id, file_hash) = (hex(w.file_id), hex(hash));
    let origin = Origin {
        file_id: &file_id,
        file_hash: &file_hash,
        root: &root_shown,
    };
    let t = &client.target;
    let (ai, qi) = (t.articles(), t.quotes());
    let mut acc = Acc::default();
    let mut push = |article: &Article| {
        let extracted = match extractor {
            Some(x) => Extracted::from_text(x, &article.text),
            None => Extracted::default(),
        };
        acc.quotes += extracted.quotes.len() as u64;
        acc.undated += u64::from(article.date.is_none());
        acc.articles += 1;
        acc.docs
            .extend(article_docs(&ai, &qi, &origin, article, &extracted));
    };
    let articles = match file.articles(w.file.named(&w.root), limits) {
        Ok(a) => a,
        Err(e) => return (Some(state), Read::Skipped(e.to_string())),
    };
    let mut notes = Vec::new();
    match articles {
        Articles::Whole(parsed) => {
            if let Some(encoding) = parsed.encoding {
                notes.push(format!("not UTF-8: decoded as {encoding}"));
            }
            notes.extend(parsed.problems);
            for article in &parsed.articles {
                push(article);
            }
        }
        // A web archive or a large JSON Lines file: its records one after another (its
        // documents are held until the file is sent, so that its state can follow them).
        Articles::Stream(records) => {
            let mut warnings = newsdex_corpus::Problems::default();
            for step in records {
                match step {
                    Step::Record(record) => match record.article() {
                        None => {}
                        Some(Ok(mut raw)) => {
                            let number = record.number;
                            for note in std::mem::take(&mut raw.warnings) {
                                warnings.push(number, format!("record {number}: {note}"));
                            }
                            let article = Article::of_record(w.file.named(&w.root), number, raw);
                            push(&article);
                        }
                        Some(Err(why)) => warnings.push(record.number, why),
                    },
                    Step::Problem(after, why) => warnings.push(after, why),
                    Step::Failed(why) => return (Some(state), Read::Skipped(why)),
                }
            }
            notes.extend(warnings.into_vec());
        }
    }
    (Some(state), Read::Docs(acc, notes))
}

/// Sends one batch: documents, then stale documents of the batch's files deleted, then the
/// states of the files whose every document was acknowledged.
fn send_batch(
    client: &Client,
    mut batch: Vec<Prepared>,
    had_documents: bool,
    options: &IngestOptions,
    progress: &dyn Progress,
    tally: &Mutex<&mut Summary>,
) -> Result<()> {
    let mut owner = Vec::new();
    let mut docs: Vec<&Doc> = Vec::new();
    for (f, p) in batch.iter().enumerate() {
        for d in &p.docs {
            owner.push(f);
            docs.push(d);
        }
    }
    // A rebuild leaves nothing of a file it could not read, as a local rebuild (which starts
    // from an empty index) does.
    let unreadable: Vec<u64> = batch
        .iter()
        .filter(|p| options.full && p.skipped.is_some() && p.work.prior.is_some())
        .map(|p| p.work.file_id)
        .collect();
    if !unreadable.is_empty() {
        remove_files(client, &unreadable)?;
    }
    let outcome = write_all(client, &docs, options.bulk)?;
    let mut failed: HashMap<usize, (usize, String)> = HashMap::new();
    for (i, reason) in outcome.failed {
        let entry = failed.entry(owner[i]).or_insert((0, reason));
        entry.0 += 1;
    }
    drop(docs);
    for (f, (n, reason)) in failed {
        let p = &mut batch[f];
        p.skipped = Some(format!(
            "{n} of its {} documents not written ({reason}); the next run tries again",
            p.docs.len()
        ));
        p.state = None;
    }
    let written: Vec<&Prepared> = batch
        .iter()
        .filter(|p| p.skipped.is_none() && !p.unchanged)
        .collect();
    let stale: Vec<(String, String)> = written
        .iter()
        .filter(|p| had_documents || p.work.prior.is_some())
        .filter_map(|p| p.state.map(|s| (hex(p.work.file_id), hex(s.hash))))
        .collect();
    if options.full {
        // Same content, but perhaps fewer quotes than an older run found: whatever of these
        // files this run did not write goes.
        let files: Vec<String> = written.iter().map(|p| hex(p.work.file_id)).collect();
        let ids: HashSet<&str> = written
            .iter()
            .flat_map(|p| p.docs.iter().map(|d| d.id.as_str()))
            .collect();
        delete_leftovers(client, &files, &ids)?;
    } else if !stale.is_empty() {
        delete_stale(client, &stale)?;
    }
    let state_docs: Vec<Doc> = batch
        .iter()
        .filter(|p| p.skipped.is_none())
        .filter_map(|p| {
            let s = p.state?;
            Some(Doc {
                index: client.target.state(),
                id: hex(p.work.file_id),
                source: json!({
                    "file_id": hex(p.work.file_id), "root_id": hex(s.root_id), "hash": hex(s.hash),
                    "path": p.work.file.rel, "size": s.stat.size, "mtime_ns": s.stat.mtime_ns,
                    "articles": s.articles
                }),
            })
        })
        .collect();
    let refs: Vec<&Doc> = state_docs.iter().collect();
    let states = write_all(client, &refs, options.bulk)?;
    let mut summary = tally.lock().unwrap_or_else(|e| e.into_inner());
    summary.commits += outcome.requests + states.requests;
    for (i, reason) in states.failed {
        // Documents are in, the state is not: the next run writes the file again (same ids).
        let path = refs[i].source["path"].as_str().unwrap_or("?").to_owned();
        let problem = Problem {
            path,
            reason: format!("state not recorded ({reason}); the next run reads it again"),
        };
        progress.problem(&problem, false);
        summary.warnings.push(problem);
    }
    for p in batch {
        let path = discover::shown(&p.work.file.abs);
        progress.advance(p.bytes, p.articles);
        summary.bytes_read += p.bytes;
        for reason in p.warnings {
            let problem = Problem {
                path: path.clone(),
                reason,
            };
            progress.problem(&problem, false);
            summary.warnings.push(problem);
        }
        if let Some(reason) = p.skipped {
            let problem = Problem { path, reason };
            progress.problem(&problem, true);
            summary.skipped.push(problem);
            continue;
        }
        if p.unchanged {
            summary.unchanged += 1;
            continue;
        }
        match p.work.prior.filter(|_| !options.full) {
            // a rebuild's files are all new, as locally
            None => summary.new += 1,
            Some(prior) => {
                summary.changed += 1;
                summary.articles_removed += prior.articles;
            }
        }
        summary.articles_indexed += p.articles;
        summary.undated += p.undated;
        summary.quotes_indexed += p.quotes;
    }
    Ok(())
}

/// Deletes the documents of these files that another content hash wrote (a changed file's
/// old articles and quotes). The indices are refreshed first so that recent writes are seen.
fn delete_stale(client: &Client, files: &[(String, String)]) -> Result<()> {
    let t = &client.target;
    let indices = format!("{},{}", t.articles(), t.quotes());
    client.ok("POST", &format!("/{indices}/_refresh"), None)?;
    for chunk in files.chunks(400) {
        let should: Vec<Value> = chunk
            .iter()
            .map(|(file_id, hash)| {
                json!({"bool": {
                    "filter": [{"term": {"file_id": file_id}}],
                    "must_not": [{"term": {"file_hash": hash}}]
                }})
            })
            .collect();
        let body = json!({"query": {"bool": {"should": should, "minimum_should_match": 1}}});
        client.json(
            "POST",
            &format!("/{indices}/_delete_by_query?conflicts=proceed&refresh=true"),
            &body,
        )?;
    }
    Ok(())
}

/// Deletes every document of `files` whose id is not in `written`.
fn delete_leftovers(client: &Client, files: &[String], written: &HashSet<&str>) -> Result<()> {
    if files.is_empty() {
        return Ok(());
    }
    let t = &client.target;
    let indices = format!("{},{}", t.articles(), t.quotes());
    client.ok("POST", &format!("/{indices}/_refresh"), None)?;
    let mut gone: Vec<(String, String)> = Vec::new();
    for chunk in files.chunks(FILES_PER_REQUEST) {
        let mut after: Option<Value> = None;
        loop {
            let mut body = json!({
                "size": PAGE, "query": {"terms": {"file_id": chunk}},
                "sort": [{"id": "asc"}], "_source": false, "track_total_hits": false
            });
            if let Some(a) = &after {
                body["search_after"] = a.clone();
            }
            let reply = client.json("POST", &format!("/{indices}/_search"), &body)?;
            let hits = reply
                .pointer("/hits/hits")
                .and_then(Value::as_array)
                .cloned()
                .unwrap_or_default();
            if hits.is_empty() {
                break;
            }
            for h in &hits {
                let (Some(index), Some(id)) = (h["_index"].as_str(), h["_id"].as_str()) else {
                    continue;
                };
                if !written.contains(id) {
                    gone.push((index.to_owned(), id.to_owned()));
                }
            }
            after = hits.last().and_then(|h| h.get("sort")).cloned();
        }
    }
    for chunk in gone.chunks(PAGE) {
        let mut body = String::new();
        for (index, id) in chunk {
            body.push_str(&json!({"delete": {"_index": index, "_id": id}}).to_string());
            body.push('\n');
        }
        let reply = client.ok("POST", "/_bulk?refresh=true", Some(&body))?;
        if reply["errors"].as_bool() == Some(true) {
            bail!(
                "deleting what a rebuild did not write: {}",
                crate::client::brief(&reply)
            );
        }
    }
    Ok(())
}

/// Documents a search returns at a time (a cluster's default most).
const PAGE: usize = 10_000;
/// Files named in one `terms` query.
const FILES_PER_REQUEST: usize = 400;

/// Deletes everything of files that are gone, then their states.
fn remove_files(client: &Client, file_ids: &[u64]) -> Result<()> {
    let t = &client.target;
    for chunk in file_ids.chunks(1000) {
        let ids: Vec<String> = chunk.iter().map(|&f| hex(f)).collect();
        let body = json!({"query": {"terms": {"file_id": ids}}});
        let all = format!("{},{},{}", t.articles(), t.quotes(), t.state());
        client.json(
            "POST",
            &format!("/{all}/_delete_by_query?conflicts=proceed&refresh=true"),
            &body,
        )?;
    }
    Ok(())
}

/// The article id the local index gives (for callers comparing backends).
pub fn article_id(root: &[u8], rel: &[u8], record: Option<u32>) -> String {
    id_string(source_key(root, rel, record))
}
