//! The server on a real socket: commits by a concurrent indexer appear without a restart,
//! and a real browser (headless Debian Chromium through chromedriver) walks the workflow
//! "search Rafah, narrow to Jake Sullivan, read his quotes".

mod common;

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::*;
use fantoccini::{ClientBuilder, Locator};
use http_body_util::{BodyExt, Empty};
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;
use newsdex_index::NewsIndex;
use newsdex_serve::Server;

/// Starts a server for the index at `dir` on a free loopback port.
async fn start(dir: &Path) -> (SocketAddr, tokio::sync::oneshot::Sender<()>) {
    let index = NewsIndex::open(dir).expect("opening the index");
    let server = Server::bind(index, "127.0.0.1:0".parse().expect("addr"), &[])
        .await
        .expect("binding");
    let addr = server.local_addr().expect("address");
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    tokio::spawn(server.run(async {
        let _ = stopped.await;
    }));
    (addr, stop)
}

async fn fetch_json(addr: SocketAddr, path: &str) -> serde_json::Value {
    let client: Client<HttpConnector, Empty<bytes_free::Bytes>> =
        Client::builder(TokioExecutor::new()).build_http();
    let uri = format!("http://{addr}{path}");
    let response = client
        .get(uri.parse().expect("uri"))
        .await
        .unwrap_or_else(|e| panic!("GET {uri}: {e}"));
    assert_eq!(response.status(), 200, "{uri}");
    let body = response
        .into_body()
        .collect()
        .await
        .expect("body")
        .to_bytes();
    serde_json::from_slice(&body).expect("JSON")
}

/// `bytes` as hyper's body type names it, without a direct dependency on the crate.
mod bytes_free {
    pub type Bytes = axum::body::Bytes;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn new_commits_appear_without_a_restart() {
    let dir = tempfile::tempdir().expect("temp dir");
    let index_dir = dir.path().join("index");
    drop(build_index(&index_dir, &[sample_corpus().join("cnn")]));
    let (addr, stop) = start(&index_dir).await;
    let before = fetch_json(addr, "/api/search?q=Seidman").await;
    assert_eq!(before["total"], 0, "{before}");

    // `newsdex index` adds the Reuters file while the server runs.
    let writer_dir = index_dir.clone();
    tokio::task::spawn_blocking(move || {
        build_index(&writer_dir, &[sample_corpus().join("reuters")]);
    })
    .await
    .expect("indexing");
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let after = fetch_json(addr, "/api/search?q=Seidman").await;
        if after["total"].as_u64().unwrap_or(0) > 0 {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "new articles never appeared: {after}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let _ = stop.send(());
}

/// Kills chromedriver when the test ends, however it ends.
struct Driver(Child);

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port()
}

fn find_program(names: &[&str]) -> PathBuf {
    for name in names {
        for dir in std::env::var_os("PATH")
            .map(|p| std::env::split_paths(&p).collect::<Vec<_>>())
            .unwrap_or_default()
            .into_iter()
            .chain([
                PathBuf::from("/usr/bin"),
                PathBuf::from("/usr/lib/chromium"),
            ])
        {
            let candidate = dir.join(name);
            if candidate.is_file() {
                return candidate;
            }
        }
    }
    panic!(
        "{} not found: install Debian's chromium and chromium-driver (.ci/run does)",
        names.join(" or ")
    );
}

/// Where screenshots go: `NEWSDEX_SCREENSHOTS` (the README's come from
/// `NEWSDEX_SCREENSHOTS=docs`), else the target directory.
fn screenshot_dir() -> PathBuf {
    let dir = match std::env::var_os("NEWSDEX_SCREENSHOTS") {
        Some(d) => repo().join(d),
        None => PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("screenshots"),
    };
    std::fs::create_dir_all(&dir).expect("screenshot directory");
    dir
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_browser_finds_every_sullivan_quote_from_a_rafah_search() {
    let chromium = find_program(&["chromium", "chromium-browser"]);
    let chromedriver = find_program(&["chromedriver"]);
    let dir = tempfile::tempdir().expect("temp dir");
    let index_dir = dir.path().join("index");
    drop(build_index(&index_dir, &[sample_corpus()]));
    let (addr, stop) = start(&index_dir).await;

    let port = free_port();
    let driver = Driver(
        Command::new(&chromedriver)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("starting chromedriver"),
    );
    let deadline = Instant::now() + Duration::from_secs(20);
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(Instant::now() < deadline, "chromedriver did not start");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let profile = dir.path().join("chromium-profile");
    let mut caps = serde_json::Map::new();
    caps.insert(
        "goog:chromeOptions".into(),
        serde_json::json!({
            "binary": chromium,
            "args": [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,1000",
                format!("--user-data-dir={}", profile.display()),
            ],
        }),
    );
    let browser = ClientBuilder::new(HttpConnector::new())
        .capabilities(caps)
        .connect(&format!("http://127.0.0.1:{port}"))
        .await
        .expect("a Chromium session through chromedriver");
    let shots = screenshot_dir();
    let result = async {
        let base = format!("http://{addr}");
        browser.goto(&format!("{base}/")).await?;
        let q = browser.find(Locator::Css("input[name=q]")).await?;
        q.send_keys("Rafah").await?;
        browser
            .find(Locator::Css("button[type=submit]"))
            .await?
            .click()
            .await?;
        browser
            .wait()
            .for_element(Locator::Css("ol.hits > li"))
            .await?;
        let url = browser.current_url().await?;
        assert_eq!(url.query(), Some("q=Rafah"), "{url}");
        let hits = browser.find_all(Locator::Css("ol.hits > li")).await?;
        assert_eq!(hits.len(), 1);
        assert!(hits[0].text().await?.contains("Biden and Netanyahu speak"));
        std::fs::write(shots.join("search.png"), browser.screenshot().await?)?;

        // The person facet narrows the search.
        browser
            .find(Locator::XPath(
                "//aside//a[normalize-space()='Jake Sullivan']",
            ))
            .await?
            .click()
            .await?;
        browser
            .wait()
            .for_url(&url::Url::parse(&format!(
                "{base}/?q=Rafah&person=Jake+Sullivan"
            ))?)
            .await?;

        // The quotes view of that search lists his ten hand-checked quotes.
        browser
            .find(Locator::LinkText("Quotes"))
            .await?
            .click()
            .await?;
        browser
            .wait()
            .for_element(Locator::Css("ol.quotes > li"))
            .await?;
        let url = browser.current_url().await?;
        assert_eq!(url.path(), "/quotes");
        assert_eq!(url.query(), Some("q=Rafah&person=Jake+Sullivan"));
        let mut listed = Vec::new();
        for item in browser.find_all(Locator::Css("ol.quotes > li")).await? {
            listed.push(item.text().await?);
        }
        for opening in SULLIVAN_QUOTES {
            assert!(
                listed
                    .iter()
                    .any(|q| q.contains(opening) && q.contains("— Jake Sullivan")),
                "quote {opening:?} by Jake Sullivan not listed in {listed:#?}"
            );
        }
        std::fs::write(shots.join("quotes.png"), browser.screenshot().await?)?;

        // A quote links to its article, with names and quotes marked.
        browser
            .find(Locator::Css("ol.quotes > li .meta a[href^='/article/']"))
            .await?
            .click()
            .await?;
        browser
            .wait()
            .for_element(Locator::Css(".article-text .quote"))
            .await?;
        let marked = browser
            .find_all(Locator::Css(".article-text a.person"))
            .await?;
        assert!(marked.len() > 10, "{} person mentions marked", marked.len());
        std::fs::write(shots.join("article.png"), browser.screenshot().await?)?;

        // The timeline of the dated Reuters stories: a bar is a link that sets the dates.
        browser.goto(&format!("{base}/?q=oil")).await?;
        browser
            .wait()
            .for_element(Locator::Css("figure.timeline svg"))
            .await?;
        std::fs::write(shots.join("timeline.png"), browser.screenshot().await?)?;
        let bar = browser
            .find(Locator::Css(
                "figure.timeline svg a[href*='since=1987-10-01']",
            ))
            .await?;
        bar.click().await?;
        browser.wait().for_element(Locator::Css(".chips")).await?;
        let url = browser.current_url().await?;
        assert_eq!(
            url.query(),
            Some("q=oil&since=1987-10-01&until=1987-10-31"),
            "{url}"
        );
        let chips = browser.find(Locator::Css(".chips")).await?.text().await?;
        assert!(chips.contains("1987-10-01"), "{chips}");
        Ok::<(), Box<dyn std::error::Error>>(())
    }
    .await;
    let _ = browser.close().await;
    drop(driver);
    let _ = stop.send(());
    if let Err(e) = result {
        panic!("browser test failed: {e}");
    }
}
