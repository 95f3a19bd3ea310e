//! Incremental, crash-safe, parallel indexing of corpus directories.
//!
//! A run compares every file found with the state recorded in the index (size and mtime,
//! confirmed by a content hash when they differ), then reads, parses and extracts only new
//! and changed files, in parallel, feeding one tantivy `IndexWriter`. It commits every few
//! hundred megabytes or minute, so a crash loses at most the work since the last commit, and
//! a file's deletion and re-addition always land in the same commit: a re-run after a kill
//! completes the job without duplicates.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::SyncSender;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use anyhow::{anyhow, Context, Result};
use rayon::prelude::*;
use tantivy::indexer::UserOperation;
use tantivy::{IndexWriter, TantivyDocument, TantivyError, Term};

use crate::document::{article_documents, file_state_document, Origin};
use crate::state::{self, FileState, StateMap};
use crate::{Fields, NewsIndex};
use newsdex_corpus::discover::{self, FoundFile};
use newsdex_corpus::stream;
use newsdex_corpus::{
    no_articles, source_key, Article, Articles, FileArticles, Problems, ReadLimits, Step,
};
use newsdex_extract::{EntityExtractor, Extracted};

mod lines;
use lines::LinesIndexer;
pub use lines::{content_key, next_lines_batch};

/// How an indexing run behaves.
#[derive(Debug, Clone)]
pub struct IndexOptions {
    /// Worker threads for parsing/extraction; tantivy gets as many indexing threads, or half
    /// as many with extraction on (see `indexing_threads`).
    pub threads: usize,
    /// Total memory budget of the tantivy writer, in MB.
    pub heap_mb: usize,
    /// Per-file and per-record size limits.
    pub limits: ReadLimits,
    /// Rebuild from scratch instead of updating.
    pub full: bool,
    /// Run entity and quote extraction (off: text only).
    pub extract: bool,
    /// Commit after this many input bytes...
    pub commit_every_bytes: u64,
    /// ...or this much time, whichever comes first.
    pub commit_every: Duration,
}

impl Default for IndexOptions {
    fn default() -> Self {
        IndexOptions {
            threads: std::thread::available_parallelism().map_or(2, |n| n.get()),
            heap_mb: 256,
            limits: ReadLimits::default(),
            full: false,
            extract: true,
            commit_every_bytes: 256 * 1024 * 1024,
            commit_every: Duration::from_secs(60),
        }
    }
}

/// Options a run cannot work with, told before anything is touched (exit code 2 in the
/// CLI). Every limit is checked here, in the library, so that a caller other than the CLI
/// (a server taking numbers from strangers) cannot pass them either.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct OptionsError(pub String);

impl IndexOptions {
    /// Most worker threads: 128 times this 2-core machine's cores and above any server's
    /// useful count. `--threads 100000` made the OS refuse threads and the process abort.
    pub const MAX_THREADS: usize = 256;
    /// Most writer memory per tantivy indexing thread, in MB: tantivy refuses an arena of
    /// 4 GB or more per thread (its arena addresses are 32-bit).
    pub const MAX_HEAP_MB_PER_THREAD: usize = 4000;
    /// Largest `--max-file-mb`: a file read whole is held several times over while it is
    /// indexed (64 MB took about 400 MB), so 4 GB already asks ~25 GB, more than this
    /// 24 GB machine has; larger dumps are streamed a record at a time anyway.
    pub const MAX_FILE_MB: u64 = 4096;

    /// Checks every number against its limit, with a message that names the option.
    pub fn validate(&self) -> Result<(), OptionsError> {
        let bad = |message: String| Err(OptionsError(message));
        if self.threads == 0 || self.threads > Self::MAX_THREADS {
            return bad(format!(
                "--threads {} is out of range: use 1 to {}",
                self.threads,
                Self::MAX_THREADS
            ));
        }
        let tantivy_threads = indexing_threads(self.threads, self.extract);
        let max_heap = Self::MAX_HEAP_MB_PER_THREAD * tantivy_threads;
        if self.heap_mb > max_heap {
            return bad(format!(
                "--heap-mb {} is too large: at most {} MB per indexing thread, {max_heap} MB \
                 with --threads {}",
                self.heap_mb,
                Self::MAX_HEAP_MB_PER_THREAD,
                self.threads
            ));
        }
        if self.limits.max_bytes > Self::MAX_FILE_MB << 20 {
            return bad(format!(
                "--max-file-mb {} is too large: at most {} (files over 8 MB that are JSON \
                 Lines or web archives are streamed a record at a time)",
                self.limits.max_bytes >> 20,
                Self::MAX_FILE_MB
            ));
        }
        if self.commit_every_bytes == 0 || self.commit_every.is_zero() {
            return bad("--commit-mb and --commit-secs must be at least 1".into());
        }
        Ok(())
    }

    /// The writer's memory budget in bytes: `heap_mb`, raised to tantivy's minimum of 15 MB
    /// per indexing thread. Valid options only (see [`IndexOptions::validate`]).
    fn heap_bytes(&self) -> usize {
        let threads = indexing_threads(self.threads, self.extract);
        (self.heap_mb.saturating_mul(1024 * 1024)).max(15_000_000 * threads)
    }
}

/// What a run reads: corpus directories (or files), or a stream of JSON Lines.
pub enum Input {
    /// A directory walked for article files, or one file.
    Dir(PathBuf),
    /// JSON Lines from a stream (`newsdex index -`: standard input), shown as `name`. Its
    /// articles' ids come from their content (title, body, URL), so sending the same
    /// records again replaces them instead of adding them twice.
    Lines {
        /// How the stream's articles are shown (`stdin`, then `#N` the record's number).
        name: String,
        /// The stream, gzipped or not.
        reader: Box<dyn std::io::BufRead + Send>,
    },
}

/// A file (or part of one) that could not be indexed, and why.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Problem {
    /// Path relative to the indexed root.
    pub path: String,
    /// What went wrong.
    pub reason: String,
}

/// What a run did.
#[derive(Debug, Default, serde::Serialize)]
pub struct Summary {
    /// Article files found.
    pub files_seen: u64,
    /// Files indexed for the first time.
    pub new: u64,
    /// Files re-indexed because their content changed.
    pub changed: u64,
    /// Files gone since the last run (their articles removed).
    pub removed: u64,
    /// Files skipped as unchanged.
    pub unchanged: u64,
    /// Files not indexed at all.
    pub skipped: Vec<Problem>,
    /// Files indexed with a caveat: records lost, text re-encoded.
    pub warnings: Vec<Problem>,
    /// Files of other types (images, stylesheets) passed over.
    pub ignored: u64,
    /// The first of them (see `newsdex_corpus::discover::Ignored::NAMED`), relative to their
    /// root.
    pub ignored_files: Vec<String>,
    /// How many were passed over per extension (lower case; `""` for none).
    pub ignored_extensions: std::collections::BTreeMap<String, u64>,
    /// Articles written.
    pub articles_indexed: u64,
    /// Of those, articles with no date (none in their metadata, text or path).
    pub undated: u64,
    /// Articles deleted (gone or replaced files).
    pub articles_removed: u64,
    /// Quotes written.
    pub quotes_indexed: u64,
    /// Bytes of input read.
    pub bytes_read: u64,
    /// Index commits made.
    pub commits: u64,
    #[serde(serialize_with = "secs")]
    /// Wall time.
    pub elapsed: Duration,
}

fn secs<S: serde::Serializer>(d: &Duration, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_f64(d.as_secs_f64())
}

/// Progress reporting, so the library stays free of terminal concerns.
pub trait Progress: Sync {
    /// Discovery found a file to read (the total grows while the walk goes on).
    fn discovered(&self);
    /// A file was read (`bytes`, 0 if it could not be) and gave `articles` besides those
    /// already told through [`Progress::indexed`].
    fn advance(&self, bytes: u64, articles: u64);
    /// An article of a file still being read (a web archive can take minutes).
    fn indexed(&self) {}
    /// A problem worth telling the user about now (it is also in the summary).
    fn problem(&self, problem: &Problem, fatal_for_file: bool);
    /// The run is over.
    fn finish(&self);
}

/// A silent [`Progress`].
pub struct NoProgress;

impl Progress for NoProgress {
    fn discovered(&self) {}
    fn advance(&self, _: u64, _: u64) {}
    fn problem(&self, _: &Problem, _: bool) {}
    fn finish(&self) {}
}

/// One file to (re)index.
struct Work {
    file: FoundFile,
    /// The root's canonical path, as bytes: with the relative path, it makes the ids.
    root: Arc<[u8]>,
    root_id: u64,
    file_id: u64,
    prior: Option<FileState>,
    /// A web archive or a large JSON Lines file, streamed record by record instead of
    /// read whole.
    streamed: bool,
}

/// What discovery sends to the indexing loop.
enum Job {
    Index(Work),
    /// A file that vanished since the last run: its documents go.
    Remove {
        file_id: u64,
    },
}

/// What discovery found, beyond the jobs it sent.
#[derive(Default)]
struct Discovery {
    files_seen: u64,
    unchanged: u64,
    removed: u64,
    articles_removed: u64,
    ignored: discover::Ignored,
    problems: Vec<Problem>,
}

/// Indexes `roots` into `index`: [`index_inputs`] with directories only.
pub fn index_roots(
    index: &NewsIndex,
    roots: &[PathBuf],
    options: &IndexOptions,
    progress: &dyn Progress,
) -> Result<Summary> {
    let inputs = roots.iter().cloned().map(Input::Dir).collect();
    index_inputs(index, inputs, options, progress)
}

/// Indexes `inputs` into `index`. Errors returned here are fatal (options out of range,
/// index locked or unwritable, a root missing); everything about individual files is in the
/// summary.
///
/// Discovery runs on its own thread and streams work to the indexing loop, so reading and
/// indexing start at once instead of after a full walk of a large archive.
///
/// An update commits every few hundred megabytes or minute, so a crash loses little. A
/// `full` rebuild commits once, at the end: until then readers see the old index whole,
/// and a crash leaves it as it was (tantivy keeps the old segments, which the new commit
/// replaces in one atomic write of its `meta.json`).
pub fn index_inputs(
    index: &NewsIndex,
    inputs: Vec<Input>,
    options: &IndexOptions,
    progress: &dyn Progress,
) -> Result<Summary> {
    options.validate()?;
    let started = Instant::now();
    let threads = options.threads;
    let heap = options.heap_bytes();
    let mut roots = Vec::new();
    let mut streams = Vec::new();
    for input in inputs {
        match input {
            Input::Dir(root) => roots.push(root),
            Input::Lines { name, reader } => streams.push((name, reader)),
        }
    }
    let mut roots: Vec<(PathBuf, Arc<[u8]>)> = roots
        .iter()
        .map(|root| {
            let abs = root
                .canonicalize()
                .with_context(|| format!("cannot open corpus directory {}", root.display()))?;
            let key: Arc<[u8]> = abs.as_os_str().as_encoded_bytes().into();
            Ok((abs, key))
        })
        .collect::<Result<_>>()?;
    // The same directory named twice (`corpus` and `./corpus`) is walked once: its files
    // would otherwise be indexed twice.
    let mut named = std::collections::HashSet::new();
    roots.retain(|(abs, _)| named.insert(abs.clone()));
    let mut writer: IndexWriter<TantivyDocument> = index
        .index
        .writer_with_num_threads(indexing_threads(threads, options.extract), heap)
        .map_err(|e| writer_error(e, &index.dir))?;
    let f = &index.fields;
    let states = if options.full {
        writer
            .delete_all_documents()
            .context("clearing the index for --full")?;
        StateMap::default()
    } else {
        state::load(&index.reader()?.searcher())?
    };
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .context("starting worker threads")?;
    let index_dir = index.dir.canonicalize().ok();

    let mut summary = Summary::default();
    let counters = Counters::default();
    let problems = Mutex::new((Vec::new(), Vec::new()));
    let mut extractor = None;
    let mut dirty = options.full;
    // A rebuild shows nothing until it is whole.
    let commit_mid_run = !options.full;
    let (tx, rx) = std::sync::mpsc::sync_channel::<Job>(4096);
    let discovery = std::thread::scope(|scope| -> Result<Discovery> {
        let walker = scope.spawn(|| discover(&roots, index_dir.as_deref(), states, progress, tx));
        // Owned here, so that leaving early (a fatal error, a panic) drops it: the walker's
        // next send then fails and it stops, instead of blocking the scope's exit forever.
        let rx = rx;
        let mut since_commit = 0u64;
        let mut last_commit = Instant::now();
        let mut batch: Vec<Work> = Vec::with_capacity(BATCH);
        let mut jobs = rx.iter().peekable();
        while jobs.peek().is_some() {
            batch.clear();
            let mut streamed = 0;
            for job in jobs.by_ref() {
                dirty = true;
                match job {
                    Job::Index(work) => {
                        streamed += usize::from(work.streamed);
                        batch.push(work);
                    }
                    Job::Remove { file_id } => {
                        let file = Term::from_field_u64(f.file_id, file_id);
                        in_stamp_order(|| writer.delete_term(file));
                    }
                }
                // A web archive can be gigabytes: a batch holds a few, so that commits
                // (between batches) still come every few hundred megabytes.
                if batch.len() == BATCH || streamed == threads {
                    break;
                }
            }
            if batch.is_empty() {
                continue;
            }
            if options.extract && extractor.is_none() {
                extractor = Some(EntityExtractor::embedded().context("loading the entity model")?);
            }
            // Each streamed file is a task of its own, so that they share the workers.
            let (streamed, files): (Vec<&Work>, Vec<&Work>) =
                batch.iter().partition(|w| w.streamed);
            let tasks: Vec<&[&Work]> = streamed
                .chunks(1)
                .chain(files.chunks(FILES_PER_TASK))
                .collect();
            let indexer = FileIndexer {
                f,
                limits: options.limits,
                extractor,
                progress,
            };
            since_commit += pool.install(|| {
                tasks
                    .par_iter()
                    .map(|files| {
                        let mut ops = Operations::new(&writer);
                        let mut bytes = 0;
                        for &w in files.iter() {
                            let outcome = indexer.index_one(&mut ops, w);
                            bytes += outcome.bytes;
                            counters.record(&outcome, w);
                            // An archive told its articles one by one.
                            let untold = if w.streamed { 0 } else { outcome.articles };
                            progress.advance(outcome.bytes, untold);
                            report(&problems, progress, w, outcome);
                        }
                        ops.send();
                        bytes
                    })
                    .sum::<u64>()
            });
            if commit_mid_run
                && (since_commit >= options.commit_every_bytes
                    || last_commit.elapsed() >= options.commit_every)
            {
                writer.commit().map_err(|e| writer_error(e, &index.dir))?;
                summary.commits += 1;
                since_commit = 0;
                last_commit = Instant::now();
            }
        }
        walker
            .join()
            .map_err(|_| anyhow!("the directory walker crashed"))
    })?;
    for (name, reader) in streams {
        if options.extract && extractor.is_none() {
            extractor = Some(EntityExtractor::embedded().context("loading the entity model")?);
        }
        dirty = true;
        let lines = LinesIndexer {
            f,
            writer: &mut writer,
            pool: &pool,
            options,
            extractor,
            progress,
            commit_mid_run,
            dir: &index.dir,
        };
        lines.run(&name, reader, &mut summary, &problems)?;
    }
    // A run that found nothing to do writes nothing (and triggers no merge).
    if dirty {
        writer.commit().map_err(|e| writer_error(e, &index.dir))?;
        summary.commits += 1;
        writer
            .wait_merging_threads()
            .map_err(|e| writer_error(e, &index.dir))?;
    }
    progress.finish();

    let (skipped, warnings) = problems.into_inner().unwrap_or_else(|e| e.into_inner());
    summary.files_seen = discovery.files_seen;
    summary.unchanged = discovery.unchanged;
    summary.removed = discovery.removed;
    summary.articles_removed = discovery.articles_removed;
    summary.ignored = discovery.ignored.ignored as u64;
    summary.ignored_files = discovery.ignored.names;
    summary.ignored_extensions = discovery
        .ignored
        .extensions
        .into_iter()
        .map(|(e, n)| (e, n as u64))
        .collect();
    summary.skipped = discovery.problems;
    summary.skipped.extend(skipped);
    summary.warnings.extend(warnings);
    counters.fill(&mut summary);
    summary.elapsed = started.elapsed();
    Ok(summary)
}

/// tantivy indexing threads for `threads` workers. Text only, tantivy does most of the work
/// and gets a thread per worker. With extraction the workers do more than tantivy (tagging
/// costs about 1.5 times what indexing does), and a tantivy thread per worker left 4 busy
/// threads on 2 cores evicting each other's caches: half as many cut CPU time by ~12% and
/// wall time by ~5% at 2 threads (100k articles, same-run A/B).
fn indexing_threads(threads: usize, extract: bool) -> usize {
    if extract {
        threads.div_ceil(2)
    } else {
        threads
    }
}

/// Files handed to the workers at a time; commits happen between batches.
const BATCH: usize = 256;
/// Files a worker takes at a time: their documents share the groups of one [`Operations`].
const FILES_PER_TASK: usize = 8;

/// Walks every root, compares each file with its recorded state, and sends what must be
/// (re)indexed or removed. Each file found takes its state out of `states`, so what is left
/// of a root's states afterwards are its files that are gone.
fn discover(
    roots: &[(PathBuf, Arc<[u8]>)],
    skip: Option<&Path>,
    mut states: StateMap,
    progress: &dyn Progress,
    tx: SyncSender<Job>,
) -> Discovery {
    let mut found = Discovery::default();
    // Set when the indexing loop is gone (a fatal error): the walk then only winds down.
    let mut closed = false;
    for (abs, key) in roots {
        if closed {
            break;
        }
        let root_id = source_key(key, b"", None);
        // Nothing recorded for this root (a first run): no file can be unchanged, so the
        // walk need not stat them.
        let stat = states.values().any(|s| s.root_id == root_id);
        let ignored = discover::walk_counting(
            abs,
            skip,
            stat,
            &mut |file| {
                if closed {
                    return;
                }
                found.files_seen += 1;
                let file_id = source_key(key, &file.raw, None);
                let prior = states.remove(&file_id);
                if prior.is_some_and(|p| file.stat == Some(p.stat)) {
                    found.unchanged += 1;
                    return;
                }
                progress.discovered();
                let work = Work {
                    streamed: stream::is_streamed(&file.rel, || match file.stat {
                        Some(stat) => Some(stat.size),
                        None => std::fs::metadata(file.abs).ok().map(|m| m.len()),
                    }),
                    file: file.to_found_file(),
                    root: key.clone(),
                    root_id,
                    file_id,
                    prior,
                };
                closed = tx.send(Job::Index(work)).is_err();
            },
            &mut |problem| {
                let problem = Problem {
                    path: problem.path,
                    reason: problem.reason,
                };
                progress.problem(&problem, true);
                found.problems.push(problem);
            },
        );
        found.ignored.ignored += ignored.ignored;
        let room = discover::Ignored::NAMED.saturating_sub(found.ignored.names.len());
        found
            .ignored
            .names
            .extend(ignored.names.into_iter().take(room));
        for (ext, n) in ignored.extensions {
            *found.ignored.extensions.entry(ext).or_default() += n;
        }
        for (&file_id, state) in &states {
            if state.root_id == root_id {
                found.removed += 1;
                found.articles_removed += state.articles;
                closed |= tx.send(Job::Remove { file_id }).is_err();
            }
        }
    }
    found
}

/// Records and shows a file's problems.
fn report(
    problems: &Mutex<(Vec<Problem>, Vec<Problem>)>,
    progress: &dyn Progress,
    w: &Work,
    outcome: Outcome,
) {
    if outcome.skipped.is_none() && outcome.warnings.is_empty() {
        return;
    }
    let mut guard = problems.lock().unwrap_or_else(|e| e.into_inner());
    let path = || discover::shown(&w.file.abs);
    if let Some(reason) = outcome.skipped {
        let problem = Problem {
            path: path(),
            reason,
        };
        progress.problem(&problem, true);
        guard.0.push(problem);
    }
    for reason in outcome.warnings {
        let problem = Problem {
            path: path(),
            reason,
        };
        progress.problem(&problem, false);
        guard.1.push(problem);
    }
}

/// The state document of one file (not its articles).
fn state_query(f: &Fields, file_id: u64) -> Box<dyn tantivy::query::Query> {
    use tantivy::query::{BooleanQuery, Occur, TermQuery};
    use tantivy::schema::IndexRecordOption;
    let term =
        |t| Box::new(TermQuery::new(t, IndexRecordOption::Basic)) as Box<dyn tantivy::query::Query>;
    Box::new(BooleanQuery::new(vec![
        (Occur::Must, term(Term::from_field_u64(f.file_id, file_id))),
        (
            Occur::Must,
            term(Term::from_field_text(f.kind, crate::schema::KIND_FILE)),
        ),
    ]))
}

/// Turns tantivy's writer errors into what the user must do.
fn writer_error(error: TantivyError, dir: &Path) -> anyhow::Error {
    use tantivy::directory::error::LockError;
    match error {
        TantivyError::LockFailure(LockError::IoError(io), _)
            if matches!(
                io.kind(),
                std::io::ErrorKind::PermissionDenied | std::io::ErrorKind::ReadOnlyFilesystem
            ) =>
        {
            anyhow!(
                "cannot write the index at {}: {io} (it can be searched, not updated, by \
                 this user)",
                dir.display()
            )
        }
        TantivyError::LockFailure(..) => anyhow!(
            "another `newsdex index` is already writing to {} (wait for it to finish; \
             searches work meanwhile)",
            dir.display()
        ),
        other => anyhow!("cannot write the index at {}: {other}", dir.display()),
    }
}

#[derive(Default)]
struct Outcome {
    /// Bytes read (0 for a file that could not be read).
    bytes: u64,
    articles: u64,
    undated: u64,
    quotes: u64,
    skipped: Option<String>,
    warnings: Vec<String>,
    unchanged: bool,
}

#[derive(Default)]
struct Counters {
    new: AtomicU64,
    changed: AtomicU64,
    unchanged: AtomicU64,
    articles: AtomicU64,
    undated: AtomicU64,
    articles_removed: AtomicU64,
    quotes: AtomicU64,
    bytes: AtomicU64,
}

impl Counters {
    fn record(&self, outcome: &Outcome, work: &Work) {
        self.bytes.fetch_add(outcome.bytes, Ordering::Relaxed);
        if outcome.skipped.is_some() {
            return;
        }
        let bucket = match (outcome.unchanged, work.prior) {
            (true, _) => &self.unchanged,
            (false, None) => &self.new,
            (false, Some(prior)) => {
                self.articles_removed
                    .fetch_add(prior.articles, Ordering::Relaxed);
                &self.changed
            }
        };
        bucket.fetch_add(1, Ordering::Relaxed);
        self.articles.fetch_add(outcome.articles, Ordering::Relaxed);
        self.undated.fetch_add(outcome.undated, Ordering::Relaxed);
        self.quotes.fetch_add(outcome.quotes, Ordering::Relaxed);
    }

    fn fill(&self, s: &mut Summary) {
        s.new += self.new.load(Ordering::Relaxed);
        s.changed += self.changed.load(Ordering::Relaxed);
        s.unchanged += self.unchanged.load(Ordering::Relaxed);
        s.articles_indexed += self.articles.load(Ordering::Relaxed);
        s.undated += self.undated.load(Ordering::Relaxed);
        s.articles_removed += self.articles_removed.load(Ordering::Relaxed);
        s.quotes_indexed += self.quotes.load(Ordering::Relaxed);
        s.bytes_read += self.bytes.load(Ordering::Relaxed);
    }
}

/// What every file of a run is indexed with.
struct FileIndexer<'a> {
    f: &'a Fields,
    limits: ReadLimits,
    extractor: Option<&'a EntityExtractor>,
    progress: &'a dyn Progress,
}

impl FileIndexer<'_> {
    /// Reads, parses and extracts one file and queues its documents in `ops`.
    fn index_one(&self, ops: &mut Operations, w: &Work) -> Outcome {
        let f = self.f;
        let mut outcome = Outcome::default();
        // A streamed file is hashed, then read record by record; others are read whole. Hashing
        // first reads an archive twice (the second time mostly from the page cache), but a
        // touched archive is then told from a changed one before any of it is indexed.
        let file = match newsdex_corpus::open(&w.file.abs, &w.file.rel, self.limits) {
            Ok(file) => file,
            Err(e) => {
                outcome.skipped = Some(e.to_string());
                return outcome;
            }
        };
        let (stat, hash) = (file.stat, file.hash);
        outcome.bytes = stat.size;
        let state = |articles| FileState {
            root_id: w.root_id,
            stat,
            hash,
            articles,
        };
        if let Some(prior) = w.prior {
            if prior.hash == hash && prior.stat.size == stat.size {
                // Touched, not changed: record the new mtime so the next run skips it cheaply.
                // The delete is stamped now, the new state when its group is sent: later.
                let _ = in_stamp_order(|| ops.writer.delete_query(state_query(f, w.file_id)));
                let touched = file_state_document(f, w.file_id, &state(prior.articles));
                ops.push(UserOperation::Add(touched));
                outcome.unchanged = true;
                return outcome;
            }
        }
        match file.articles(w.file.named(&w.root), self.limits) {
            Ok(Articles::Whole(parsed)) => self.index_whole(ops, w, parsed, outcome, state),
            Ok(Articles::Stream(records)) => {
                self.index_streamed(ops.writer, w, records, outcome, state)
            }
            Err(e) => {
                outcome.skipped = Some(e.to_string());
                outcome
            }
        }
    }

    /// A file read whole: its articles in order, the first carrying the file's state, which
    /// saves a document per file (7% of a text-only run's time).
    fn index_whole(
        &self,
        ops: &mut Operations,
        w: &Work,
        parsed: FileArticles,
        mut outcome: Outcome,
        state: impl Fn(u64) -> FileState,
    ) -> Outcome {
        let f = self.f;
        if let Some(encoding) = parsed.encoding {
            outcome
                .warnings
                .push(format!("not UTF-8: decoded as {encoding}"));
        }
        outcome.warnings.extend(parsed.problems);
        // A changed file's old documents go before its new ones, in the same group stream; a
        // file that now gives nothing failed to parse above, and keeps its old articles.
        if w.prior.is_some() {
            ops.push(delete_file(f, w));
        }
        let origin = Origin {
            file_id: w.file_id,
            root: &w.root,
        };
        let count = parsed.articles.len() as u64;
        for (k, article) in parsed.articles.iter().enumerate() {
            let extracted = self.extract(article);
            let carried = (k == 0).then(|| state(count));
            outcome.quotes += extracted.quotes.len() as u64;
            outcome.undated += u64::from(article.date.is_none());
            ops.push_article(
                article_documents(f, &origin, article, &extracted, carried.as_ref()),
                article.text.len(),
            );
        }
        outcome.articles = count;
        outcome
    }

    fn extract(&self, article: &Article) -> Extracted {
        match self.extractor {
            Some(x) => Extracted::from_text(x, &article.text),
            None => Extracted::default(),
        }
    }

    /// A streamed file (a web archive, large JSON Lines): its records are read in order but
    /// parsed and extracted on every worker, since a crawl or a dump is often one big file.
    /// Its state comes last, in a document of its own (the article count is known only then).
    fn index_streamed(
        &self,
        writer: &IndexWriter<TantivyDocument>,
        w: &Work,
        records: impl Iterator<Item = Step> + Send,
        mut outcome: Outcome,
        state: impl Fn(u64) -> FileState,
    ) -> Outcome {
        let f = self.f;
        let send = |op| {
            let mut ops = Operations::new(writer);
            ops.push(op);
        };
        // A changed archive's old documents go before the first new one from any worker (the
        // others wait for it), and stay if the archive now gives nothing, as a whole file's do.
        let deleted = std::sync::Once::new();
        let delete_old = || {
            if w.prior.is_some() {
                deleted.call_once(|| send(delete_file(f, w)));
            }
        };
        #[derive(Default)]
        struct Tally {
            articles: u64,
            undated: u64,
            quotes: u64,
            warnings: Problems,
            unreadable: Option<String>,
        }
        let tally = Mutex::new(Tally::default());
        let lock = || tally.lock().unwrap_or_else(|e| e.into_inner());
        let origin = Origin {
            file_id: w.file_id,
            root: &w.root,
        };
        records.par_bridge().for_each_init(
            || Operations::new(writer),
            |ops, step| match step {
                Step::Record(record) => match record.article() {
                    None => {}
                    Some(Ok(mut raw)) => {
                        let number = record.number;
                        let notes = std::mem::take(&mut raw.warnings);
                        let article = Article::of_record(w.file.named(&w.root), number, raw);
                        let extracted = self.extract(&article);
                        let docs = article_documents(f, &origin, &article, &extracted, None);
                        delete_old();
                        ops.push_article(docs, article.text.len());
                        self.progress.indexed();
                        let mut tally = lock();
                        tally.articles += 1;
                        tally.undated += u64::from(article.date.is_none());
                        tally.quotes += extracted.quotes.len() as u64;
                        for note in notes {
                            tally
                                .warnings
                                .push(number, format!("record {number}: {note}"));
                        }
                    }
                    Some(Err(problem)) => lock().warnings.push(record.number, problem),
                },
                Step::Problem(after, problem) => lock().warnings.push(after, problem),
                Step::Failed(reason) => lock().unreadable = Some(reason),
            },
        );
        // Every worker's operations were sent when for_each_init dropped them.
        let tally = tally.into_inner().unwrap_or_else(|e| e.into_inner());
        let warnings = tally.warnings.into_vec();
        if let Some(reason) = tally.unreadable {
            // Nothing of what the file gave may stand: with no state recorded, the next run
            // reads it again, whole.
            if tally.articles > 0 {
                send(delete_file(f, w));
            }
            outcome.skipped = Some(reason);
            return outcome;
        }
        if tally.articles == 0 {
            outcome.skipped = Some(no_articles(&warnings).to_string());
            return outcome;
        }
        send(UserOperation::Add(file_state_document(
            f,
            w.file_id,
            &state(tally.articles),
        )));
        outcome.articles = tally.articles;
        outcome.undated = tally.undated;
        outcome.quotes = tally.quotes;
        outcome.warnings = warnings;
        outcome
    }
}

/// The documents deleting everything a file gave.
fn delete_file(f: &Fields, w: &Work) -> UserOperation<TantivyDocument> {
    UserOperation::Delete(Term::from_field_u64(f.file_id, w.file_id))
}

/// The operations of a worker's few files, handed to tantivy a few at a time, in order: one
/// channel send and at most one wake-up of an indexing thread per group instead of per
/// document or per file. Whenever tantivy keeps up with the workers it sleeps between groups,
/// and a wake-up per document cost ~10% of the run in the kernel; one per file still cost ~8%
/// of a one-thread run.
///
/// Groups stay small, in documents and in text, because tantivy's queue holds up to 10,000
/// groups whatever their size, and it fills whenever tantivy is the slower side: the group
/// size is what bounds the memory waiting there.
struct Operations<'w> {
    writer: &'w IndexWriter<TantivyDocument>,
    pending: Vec<UserOperation<TantivyDocument>>,
    /// Article text in `pending`, counted as articles are pushed.
    pending_bytes: usize,
}

/// What is still pending goes out when the operations are dropped (the archive path's
/// per-worker operations end that way).
impl Drop for Operations<'_> {
    fn drop(&mut self) {
        self.send();
    }
}

impl<'w> Operations<'w> {
    const GROUP: usize = 32;
    /// Bounds the text waiting in tantivy's queue to about 80 MB (10,000 groups), beside the
    /// writer's own `--heap-mb`. A longer article starts a group of its own.
    const GROUP_BYTES: usize = 8 * 1024;

    fn new(writer: &'w IndexWriter<TantivyDocument>) -> Self {
        Operations {
            writer,
            pending: Vec::new(),
            pending_bytes: 0,
        }
    }

    fn push(&mut self, op: UserOperation<TantivyDocument>) {
        self.pending.push(op);
        if self.pending.len() >= Self::GROUP || self.pending_bytes >= Self::GROUP_BYTES {
            self.send();
        }
    }

    /// An article's documents; its text stands for the size of all of them (its quotes
    /// repeat parts of it). An article that would overflow the group starts the next one.
    fn push_article(&mut self, docs: Vec<TantivyDocument>, text_bytes: usize) {
        if self.pending_bytes > 0 && self.pending_bytes + text_bytes > Self::GROUP_BYTES {
            self.send();
        }
        self.pending_bytes += text_bytes;
        for doc in docs {
            self.push(UserOperation::Add(doc));
        }
    }

    /// Errors here mean the writer is shutting down after a fatal error, which the commit
    /// reports.
    fn send(&mut self) {
        if !self.pending.is_empty() {
            let group = std::mem::take(&mut self.pending);
            let deletes = group
                .iter()
                .any(|op| matches!(op, UserOperation::Delete(_)));
            let _ = match deletes {
                true => in_stamp_order(|| self.writer.run(group)),
                false => self.writer.run(group),
            };
        }
        self.pending_bytes = 0;
    }
}

/// Held by every operation that deletes, so that deletes reach tantivy's queue in the order
/// of their stamps. tantivy stamps a group, then queues its deletes: two workers doing so at
/// once could queue a later-stamped delete first. A new segment's deletes are read in queue
/// order only up to its last document's stamp, and the rest are applied at the commit to all
/// of it, so an earlier delete queued late removed documents added after it: `newsdex index
/// -` lost records (3 of 25 in about one run in ten) and a changed file its new articles.
static DELETES: Mutex<()> = Mutex::new(());

/// Runs `queue` (an operation that deletes) under [`DELETES`].
fn in_stamp_order<T>(queue: impl FnOnce() -> T) -> T {
    let _order = DELETES.lock().unwrap_or_else(|e| e.into_inner());
    queue()
}
