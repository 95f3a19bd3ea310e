//! A bounded load test of `newsdex serve` on loopback: N concurrent clients send a mix of
//! API and page requests for a fixed time while `newsdex index` keeps adding articles to
//! the same index, then latency percentiles and errors are printed.
//!
//! ```sh
//! cargo build --release --workspace
//! target/release/newsdex-load --corpora ../shared/corpora        # 50 clients, 30 s
//! ```
//!
//! Traffic goes only to 127.0.0.1, to the server this program starts; every loop is
//! bounded by the duration, and the program stops its server and indexer itself.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};
use clap::Parser;
use http_body_util::{BodyExt, Empty};
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;

type Bytes = hyper::body::Bytes;

#[derive(Parser)]
#[command(about = "Load test of newsdex serve on loopback while newsdex index adds files")]
struct Args {
    /// The newsdex binary
    #[arg(long, default_value = "target/release/newsdex")]
    newsdex: PathBuf,
    /// The shared corpora (bbc-news-2225 and reuters21578 are indexed)
    #[arg(long, env = "NEWSDEX_CORPORA", default_value = "../shared/corpora")]
    corpora: PathBuf,
    /// Working directory: the index and the files added during the test
    #[arg(long, default_value = "target/load")]
    work: PathBuf,
    /// Concurrent clients
    #[arg(long, default_value_t = 50)]
    clients: usize,
    /// Seconds of load
    #[arg(long, default_value_t = 30)]
    secs: u64,
    /// BBC articles copied into a new folder and indexed per background `newsdex index` run
    #[arg(long, default_value_t = 100)]
    batch: usize,
}

/// Longest one request may take before it counts as an error.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(10);

/// The request mix: what a newsroom's browser and scripts ask (searches with and without
/// filters, phrases, boolean queries, facets, quotes, the timeline, whole HTML pages and
/// article views).
const MIX: &[&str] = &[
    "/api/search?q=oil",
    "/api/search?q=%22interest+rates%22",
    "/api/search?q=oil+AND+(opec+OR+saudi)",
    "/api/search?person=Blair",
    "/api/search?q=trade&place=Japan",
    "/api/search?q=election&sort=date&limit=20",
    "/api/search?q=shares&source=Reuters&since=1987-03&until=1987-04",
    "/api/quotes?speaker=Blair",
    "/api/quotes?q=economy",
    "/api/people?q=election",
    "/api/places?q=oil",
    "/api/orgs?q=profit&top=10",
    "/api/speakers?q=government",
    "/api/timeline?q=oil",
    "/?q=economy",
    "/?q=film&person=Tom+Cruise",
    "/quotes?q=election",
    "ARTICLE",
    "/api/article/ARTICLE",
];

struct Stop(Vec<Child>);

impl Drop for Stop {
    fn drop(&mut self) {
        for child in &mut self.0 {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

fn main() -> Result<()> {
    let args = Args::parse();
    let corpora = [
        args.corpora.join("bbc-news-2225"),
        args.corpora.join("reuters21578"),
    ];
    for c in &corpora {
        if !c.is_dir() {
            bail!("{} not found (pass --corpora)", c.display());
        }
    }
    let index = args.work.join("index");
    let extra = args.work.join("extra");
    let _ = std::fs::remove_dir_all(&args.work);
    std::fs::create_dir_all(&extra).context("creating the work directory")?;
    eprintln!(
        "indexing {} and {} ...",
        corpora[0].display(),
        corpora[1].display()
    );
    let started = Instant::now();
    let status = Command::new(&args.newsdex)
        .arg("--index")
        .arg(&index)
        .arg("index")
        .args(&corpora)
        .stdout(Stdio::null())
        .status()
        .context("running newsdex index")?;
    if !status.success() {
        bail!("newsdex index failed");
    }
    let articles = count_articles(&args.newsdex, &index)?;
    eprintln!(
        "{articles} articles indexed in {:.1} s",
        started.elapsed().as_secs_f64()
    );

    let mut server = Command::new(&args.newsdex)
        .arg("--index")
        .arg(&index)
        .args(["serve", "--port", "0"])
        .stdout(Stdio::piped())
        .spawn()
        .context("starting newsdex serve")?;
    let stdout = server.stdout.take().context("server output")?;
    let guard = Stop(vec![server]);
    let mut line = String::new();
    BufReader::new(stdout)
        .read_line(&mut line)
        .context("reading the server's address")?;
    let base = line
        .split_whitespace()
        .find(|w| w.starts_with("http://127.0.0.1:"))
        .map(|u| u.trim_end_matches('/').to_owned())
        .with_context(|| format!("no address in {line:?}"))?;
    eprintln!("server at {base}");

    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?;
    let result = runtime.block_on(load(&args, &base, &corpora[0], &extra, &index));
    // Stops the server (and waits for it) before reporting.
    drop(guard);
    result
}

fn count_articles(newsdex: &Path, index: &Path) -> Result<u64> {
    let out = Command::new(newsdex)
        .arg("--index")
        .arg(index)
        .args(["stats", "--json"])
        .output()
        .context("newsdex stats")?;
    let stats: serde_json::Value = serde_json::from_slice(&out.stdout).context("stats JSON")?;
    stats["articles"].as_u64().context("articles in stats")
}

async fn load(args: &Args, base: &str, bbc: &Path, extra: &Path, index: &Path) -> Result<()> {
    let client: Client<HttpConnector, Empty<Bytes>> =
        Client::builder(TokioExecutor::new()).build_http();
    // Article ids for the article views.
    let (status, body) = get(&client, &format!("{base}/api/search?q=said&limit=100")).await?;
    if status != 200 {
        bail!("warm-up search failed: {status}");
    }
    let page: serde_json::Value = serde_json::from_slice(&body)?;
    let ids: Vec<String> = page["hits"]
        .as_array()
        .map(|hits| {
            hits.iter()
                .filter_map(|h| h["id"].as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default();
    if ids.is_empty() {
        bail!("no article ids to view");
    }
    let urls: Vec<String> = (0..MIX.len() * ids.len().min(20))
        .map(|i| {
            let id = &ids[(i / MIX.len()) % ids.len()];
            match MIX[i % MIX.len()] {
                "ARTICLE" => format!("{base}/article/{id}"),
                "/api/article/ARTICLE" => format!("{base}/api/article/{id}"),
                path => format!("{base}{path}"),
            }
        })
        .collect();

    // The indexer: new folders of copied BBC stories, one `newsdex index` run each.
    let stop = Arc::new(AtomicBool::new(false));
    let added = Arc::new(AtomicU64::new(0));
    let runs = Arc::new(AtomicU64::new(0));
    let indexer = {
        let (stop, added, runs) = (stop.clone(), added.clone(), runs.clone());
        let (newsdex, bbc, extra, index, batch) = (
            args.newsdex.clone(),
            bbc.to_owned(),
            extra.to_owned(),
            index.to_owned(),
            args.batch,
        );
        std::thread::spawn(move || {
            background_indexer(&newsdex, &bbc, &extra, &index, batch, &stop, &added, &runs)
        })
    };

    let deadline = Instant::now() + Duration::from_secs(args.secs);
    let urls = Arc::new(urls);
    let mut tasks = Vec::new();
    for c in 0..args.clients {
        let (client, urls) = (client.clone(), urls.clone());
        tasks.push(tokio::spawn(async move {
            let mut samples: Vec<(usize, Duration)> = Vec::new();
            let mut errors: Vec<String> = Vec::new();
            let mut n = c * 7;
            while Instant::now() < deadline {
                let which = n % urls.len();
                n += 1;
                let t = Instant::now();
                match tokio::time::timeout(REQUEST_TIMEOUT, get(&client, &urls[which])).await {
                    Ok(Ok((200, body))) if !body.is_empty() => samples.push((which, t.elapsed())),
                    Ok(Ok((status, _))) => errors.push(format!("{status} {}", urls[which])),
                    Ok(Err(e)) => errors.push(format!("{e} {}", urls[which])),
                    Err(_) => errors.push(format!("timeout {}", urls[which])),
                }
            }
            (samples, errors)
        }));
    }
    let mut samples = Vec::new();
    let mut errors = Vec::new();
    for task in tasks {
        let (s, e) = task.await?;
        samples.extend(s);
        errors.extend(e);
    }
    stop.store(true, Ordering::Relaxed);
    let indexer_result = indexer
        .join()
        .map_err(|_| anyhow::anyhow!("indexer thread panicked"))?;

    let mut all: Vec<Duration> = samples.iter().map(|s| s.1).collect();
    all.sort();
    let pct = |v: &[Duration], p: f64| -> f64 {
        if v.is_empty() {
            return 0.0;
        }
        let i = ((v.len() as f64 * p).ceil() as usize).clamp(1, v.len()) - 1;
        v[i].as_secs_f64() * 1000.0
    };
    println!(
        "{} clients, {} s: {} requests ({:.0}/s), {} errors",
        args.clients,
        args.secs,
        all.len() + errors.len(),
        (all.len() + errors.len()) as f64 / args.secs as f64,
        errors.len()
    );
    println!(
        "latency ms: p50 {:.1}  p90 {:.1}  p99 {:.1}  max {:.1}",
        pct(&all, 0.5),
        pct(&all, 0.9),
        pct(&all, 0.99),
        pct(&all, 1.0)
    );
    println!(
        "background indexing: {} runs of `newsdex index`, {} articles added during the test{}",
        runs.load(Ordering::Relaxed),
        added.load(Ordering::Relaxed),
        match &indexer_result {
            Ok(()) => String::new(),
            Err(e) => format!(" (indexer error: {e:#})"),
        }
    );
    println!("per request kind (p50 / p99 ms):");
    for (k, kind) in MIX.iter().enumerate() {
        let mut v: Vec<Duration> = samples
            .iter()
            .filter(|(w, _)| w % MIX.len() == k)
            .map(|s| s.1)
            .collect();
        v.sort();
        println!(
            "  {kind:<60} {:>6.1} / {:>6.1}  ({} requests)",
            pct(&v, 0.5),
            pct(&v, 0.99),
            v.len()
        );
    }
    for e in errors.iter().take(10) {
        println!("error: {e}");
    }
    indexer_result?;
    if !errors.is_empty() {
        bail!("{} requests failed", errors.len());
    }
    Ok(())
}

#[allow(clippy::too_many_arguments)]
fn background_indexer(
    newsdex: &Path,
    bbc: &Path,
    extra: &Path,
    index: &Path,
    batch: usize,
    stop: &AtomicBool,
    added: &AtomicU64,
    runs: &AtomicU64,
) -> Result<()> {
    let mut files: Vec<PathBuf> = walkdir::WalkDir::new(bbc)
        .into_iter()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_type().is_file())
        .map(|e| e.into_path())
        .collect();
    files.sort();
    let mut next = 0;
    let mut k = 0;
    while !stop.load(Ordering::Relaxed) {
        let dir = extra.join(format!("batch-{k:04}"));
        std::fs::create_dir_all(&dir)?;
        for i in 0..batch {
            let from = &files[(next + i) % files.len()];
            std::fs::copy(from, dir.join(format!("{i:04}.txt")))?;
        }
        next += batch;
        k += 1;
        let out = Command::new(newsdex)
            .arg("--index")
            .arg(index)
            .args(["index", "--json", "--threads", "1"])
            .arg(extra)
            .output()
            .context("running newsdex index")?;
        if !out.status.success() {
            bail!(
                "newsdex index failed: {}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
        let summary: serde_json::Value = serde_json::from_slice(&out.stdout)?;
        added.fetch_add(
            summary["articles_indexed"].as_u64().unwrap_or(0),
            Ordering::Relaxed,
        );
        runs.fetch_add(1, Ordering::Relaxed);
    }
    Ok(())
}

async fn get(client: &Client<HttpConnector, Empty<Bytes>>, url: &str) -> Result<(u16, Bytes)> {
    let response = client.get(url.parse()?).await?;
    let status = response.status().as_u16();
    let body = response.into_body().collect().await?.to_bytes();
    Ok((status, body))
}
