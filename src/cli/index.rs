//! `newsdex index DIR...`

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use anyhow::{Context, Result};
use clap::Args;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use super::output::{escaped, plural};
use super::Code;
use newsdex_corpus::ReadLimits;
use newsdex_index::{index_inputs, IndexOptions, Input, NewsIndex, Problem, Progress, Summary};

#[derive(Debug, Args)]
pub struct IndexArgs {
    /// Corpus directories (or files) to index; re-running updates only what changed. `-`
    /// reads JSON Lines from standard input
    #[arg(required = true, value_name = "DIR")]
    pub roots: Vec<PathBuf>,
    /// Worker threads reading, parsing and extracting; tantivy indexes with as many, or half
    /// as many when extracting [default: number of cores]
    #[arg(long, short = 'j')]
    pub threads: Option<usize>,
    /// Memory budget of the index writer, in MB
    #[arg(long, default_value_t = 256)]
    pub heap_mb: usize,
    /// Skip files larger than this (after decompression), in MB: a file is held in memory
    /// several times over while it is indexed. Web archives and JSON Lines files over 8 MB
    /// are streamed, and the limit applies to each of their records instead
    #[arg(long, default_value_t = ReadLimits::DEFAULT.max_bytes >> 20)]
    pub max_file_mb: u64,
    /// Rebuild the index from scratch instead of updating it
    #[arg(long)]
    pub full: bool,
    /// Index text only: no people, places, organisations or quotes (faster)
    #[arg(long)]
    pub no_extract: bool,
    /// Exit with code 3 if any file was skipped
    #[arg(long)]
    pub strict: bool,
    /// Commit after this many MB of input, so a crash loses little
    #[arg(long, default_value_t = 256)]
    pub commit_mb: u64,
    /// Commit after this many seconds
    #[arg(long, default_value_t = 60)]
    pub commit_secs: u64,
    /// Print the summary as one JSON object
    #[arg(long)]
    pub json: bool,
    /// Do not print each file's warnings and skips as they happen (the summary still
    /// counts them, and names skipped files)
    #[arg(long, short = 'q')]
    pub quiet: bool,
}

pub fn run(index_dir: &Path, args: IndexArgs) -> Result<Code> {
    let mut options = IndexOptions {
        heap_mb: args.heap_mb,
        limits: ReadLimits {
            max_bytes: args.max_file_mb.saturating_mul(1024 * 1024),
        },
        full: args.full,
        extract: !args.no_extract,
        commit_every_bytes: args.commit_mb.saturating_mul(1024 * 1024).max(1),
        commit_every: Duration::from_secs(args.commit_secs.max(1)),
        ..IndexOptions::default()
    };
    if let Some(threads) = args.threads {
        options.threads = threads;
    }
    // Everything that can be checked is, before the index directory is touched: a failed
    // `index /typo` must not leave an empty index behind.
    options.validate()?;
    let inputs = inputs(&args.roots)?;
    let existed = index_dir.exists();
    let progress = TerminalProgress::new(args.quiet);
    let summary = NewsIndex::open_or_create(index_dir)
        .and_then(|index| index_inputs(&index, inputs, &options, &progress));
    let summary = match summary {
        Ok(summary) => summary,
        Err(error) => {
            if !existed && holds_nothing(index_dir) {
                // Ours, and of no use: a later search says "no index", not "0 matching".
                let _ = std::fs::remove_dir_all(index_dir);
            }
            return Err(error);
        }
    };
    if args.json {
        println!("{}", serde_json::to_string(&summary)?);
    } else {
        print_summary(&summary, &index_dir.display().to_string(), args.quiet);
    }
    Ok(if args.strict && !summary.skipped.is_empty() {
        Code::StrictSkips
    } else {
        Code::Ok
    })
}

/// `newsdex index DIR --index opensearch://...`: the same reading and extraction, documents
/// to the cluster.
pub fn run_remote(client: &newsdex_opensearch::Client, args: IndexArgs) -> Result<Code> {
    let mut options = newsdex_opensearch::IngestOptions {
        limits: ReadLimits {
            max_bytes: args.max_file_mb.saturating_mul(1024 * 1024),
        },
        full: args.full,
        extract: !args.no_extract,
        ..Default::default()
    };
    if let Some(threads) = args.threads {
        if threads == 0 || threads > IndexOptions::MAX_THREADS {
            return Err(newsdex_index::OptionsError(format!(
                "--threads {threads} is out of range: use 1 to {}",
                IndexOptions::MAX_THREADS
            ))
            .into());
        }
        options.threads = threads;
    }
    let inputs = inputs(&args.roots)?;
    let progress = TerminalProgress::new(args.quiet);
    let summary = newsdex_opensearch::index_inputs(client, inputs, &options, &progress)?;
    if args.json {
        println!("{}", serde_json::to_string(&summary)?);
    } else {
        print_summary(&summary, &client.target.shown(), args.quiet);
    }
    Ok(if args.strict && !summary.skipped.is_empty() {
        Code::StrictSkips
    } else {
        Code::Ok
    })
}

/// The roots as inputs, `-` being standard input; every directory checked to exist.
fn inputs(roots: &[PathBuf]) -> Result<Vec<Input>> {
    let mut inputs = Vec::new();
    for root in roots {
        if root.as_os_str() == "-" {
            let reader = std::io::BufReader::with_capacity(STDIN_BUFFER, std::io::stdin());
            inputs.push(Input::Lines {
                name: "stdin".into(),
                reader: Box::new(reader),
            });
            continue;
        }
        std::fs::metadata(root)
            .with_context(|| format!("cannot open corpus directory {}", root.display()))?;
        inputs.push(Input::Dir(root.clone()));
    }
    Ok(inputs)
}

/// Bytes read from standard input at a time.
const STDIN_BUFFER: usize = 1 << 16;

/// True when the index at `dir` has no article committed (or cannot be opened): what a run
/// that failed may remove. Committed work is kept, as after a kill.
fn holds_nothing(dir: &Path) -> bool {
    let Ok(index) = NewsIndex::open(dir) else {
        return true;
    };
    index
        .reader()
        .map(|reader| reader.searcher().num_docs() == 0)
        .unwrap_or(true)
}

fn print_summary(s: &Summary, index_name: &str, quiet: bool) {
    let secs = s.elapsed.as_secs_f64().max(1e-6);
    let mb = s.bytes_read as f64 / (1024.0 * 1024.0);
    let files = s.new + s.changed;
    println!(
        "indexed {} {} ({} {}) from {} {} into {}",
        s.articles_indexed,
        plural(s.articles_indexed, "article"),
        s.quotes_indexed,
        plural(s.quotes_indexed, "quote"),
        files,
        plural(files, "file"),
        escaped(index_name)
    );
    println!(
        "files: {} seen: {} new, {} changed, {} removed, {} unchanged, {} skipped{}",
        s.files_seen,
        s.new,
        s.changed,
        s.removed,
        s.unchanged,
        s.skipped.len(),
        if s.ignored > 0 {
            format!(" ({} other files ignored)", s.ignored)
        } else {
            String::new()
        }
    );
    if s.undated > 0 {
        println!(
            "undated: {} of the {} {} (no date in their metadata, text or path)",
            s.undated,
            s.articles_indexed,
            plural(s.articles_indexed, "article")
        );
    }
    println!(
        "time: {:.1}s, {:.1} MB read, {:.1} MB/s, {:.0} articles/s",
        secs,
        mb,
        mb / secs,
        s.articles_indexed as f64 / secs
    );
    if s.ignored > 0 {
        let kinds: Vec<String> = s
            .ignored_extensions
            .iter()
            .map(|(ext, n)| match ext.is_empty() {
                true => format!("{n} without extension"),
                false => format!("{n} .{}", escaped(ext)),
            })
            .collect();
        println!(
            "not articles ({} {} of no format newsdex reads: {}):",
            s.ignored,
            plural(s.ignored, "file"),
            kinds.join(", ")
        );
        for name in &s.ignored_files {
            println!("  {}", escaped(name));
        }
        let unnamed = s.ignored - s.ignored_files.len() as u64;
        if unnamed > 0 {
            println!("  ... and {unnamed} more");
        }
    }
    if !s.skipped.is_empty() {
        println!("skipped files:");
        for p in &s.skipped {
            println!("  {}: {}", escaped(&p.path), escaped(&p.reason));
        }
    }
    if !s.warnings.is_empty() {
        let n = s.warnings.len() as u64;
        let shown = if quiet {
            "not shown: --quiet"
        } else {
            "printed above"
        };
        println!("{n} {} ({shown})", plural(n, "warning"));
    }
}

/// A progress bar on a terminal; silent otherwise (problems still go to stderr).
pub(super) struct TerminalProgress {
    bar: ProgressBar,
    articles: AtomicU64,
    bytes: AtomicU64,
    quiet: bool,
}

impl TerminalProgress {
    pub(super) fn new(quiet: bool) -> TerminalProgress {
        let target = if std::io::stderr().is_terminal() {
            ProgressDrawTarget::stderr()
        } else {
            ProgressDrawTarget::hidden()
        };
        let bar = ProgressBar::with_draw_target(Some(0), target);
        bar.set_style(
            ProgressStyle::with_template(
                "{bar:30} {human_pos}/{human_len} files  {msg}  ETA {eta}",
            )
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
        );
        TerminalProgress {
            bar,
            articles: AtomicU64::new(0),
            bytes: AtomicU64::new(0),
            quiet,
        }
    }

    /// Articles and MB per second so far, beside the bar.
    fn show(&self) {
        if self.bar.is_hidden() {
            return;
        }
        let total = self.articles.load(Ordering::Relaxed);
        let read = self.bytes.load(Ordering::Relaxed);
        let secs = self.bar.elapsed().as_secs_f64().max(1e-3);
        self.bar.set_message(format!(
            "{} articles, {:.0}/s, {:.1} MB/s",
            indicatif::HumanCount(total),
            total as f64 / secs,
            read as f64 / 1e6 / secs
        ));
    }
}

impl Progress for TerminalProgress {
    /// Counts files, not bytes: a first run over a root learns sizes only as it reads.
    fn discovered(&self) {
        self.bar.inc_length(1);
    }

    fn advance(&self, bytes: u64, articles: u64) {
        self.bytes.fetch_add(bytes, Ordering::Relaxed);
        self.articles.fetch_add(articles, Ordering::Relaxed);
        self.bar.inc(1);
        self.show();
    }

    fn indexed(&self) {
        self.articles.fetch_add(1, Ordering::Relaxed);
        self.show();
    }

    fn problem(&self, problem: &Problem, fatal_for_file: bool) {
        if self.quiet {
            return;
        }
        let what = if fatal_for_file { "skipped" } else { "warning" };
        self.bar.suspend(|| {
            eprintln!(
                "{what}: {}: {}",
                escaped(&problem.path),
                escaped(&problem.reason)
            )
        });
    }

    fn finish(&self) {
        self.bar.finish_and_clear();
    }
}
