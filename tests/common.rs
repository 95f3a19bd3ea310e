//! Helpers for the integration tests: run the real binary on real corpora.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn sample_corpus() -> PathBuf {
    repo().join("sample_corpus")
}

/// The seed article inside sample_corpus.
pub fn seed_path() -> PathBuf {
    sample_corpus().join("cnn/2024-03-18-biden-netanyahu-call.txt")
}

/// `../shared/corpora` next to the repository (or `NEWSDEX_CORPORA`). A test that needs it
/// fails when it is missing: a skip would report ok without having checked anything.
pub fn corpora() -> PathBuf {
    let dir = std::env::var_os("NEWSDEX_CORPORA")
        .map(PathBuf::from)
        .unwrap_or_else(|| repo().join("../shared/corpora"));
    assert!(
        dir.join("bbc-news-2225").is_dir(),
        "this test reads the shared corpora, not found at {} (set NEWSDEX_CORPORA)",
        dir.display()
    );
    dir
}

/// A web page kept as test data in a Go module (`MODULE@VERSION`, file `path` in it), the
/// pages of the news-quotes set's round 9: fetched from the Go module proxy by `go mod
/// download` (cached by the go command). A test that needs it fails without `go`.
pub fn go_module_page(module: &str, path: &str) -> PathBuf {
    let out = Command::new("go")
        .args(["mod", "download", "-json", module])
        .env("GOFLAGS", "-mod=mod")
        .output()
        .unwrap_or_else(|e| panic!("this test needs `go` (round 9's web pages): {e}"));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("`go mod download -json {module}`: {e}"));
    let dir = json["Dir"]
        .as_str()
        .unwrap_or_else(|| panic!("`go mod download {module}`: {json}"));
    PathBuf::from(dir).join(path)
}

/// A web page kept as test data in an npm package (`PACKAGE@VERSION`, file `path` under its
/// `package/` folder), the pages of the news-quotes set's round 12: fetched from the npm
/// registry by `npm pack` once per test run and unpacked into a folder kept for the run. A
/// test that needs it fails without `npm`.
pub fn npm_package_page(package: &str, path: &str) -> PathBuf {
    fetched_once(&format!("npm {package}"), |dir| {
        let out = Command::new("npm")
            .args(["pack", package, "--json", "--pack-destination"])
            .arg(dir)
            .current_dir(dir)
            .output()
            .unwrap_or_else(|e| panic!("this test needs `npm` (round 12's web pages): {e}"));
        assert!(out.status.success(), "`npm pack {package}`: {out:?}");
        let json: serde_json::Value = serde_json::from_slice(&out.stdout)
            .unwrap_or_else(|e| panic!("`npm pack --json {package}`: {e}"));
        untar(&dir.join(json[0]["filename"].as_str().unwrap()), dir);
        dir.join("package")
    })
    .join(path)
}

/// A web page kept as test data in a Python package's source distribution on PyPI
/// (`PACKAGE==VERSION`, file `path` under its unpacked `PACKAGE-VERSION/` folder), the pages
/// of the news-quotes set's round 13: fetched by `pip download` once per test run and
/// unpacked into a folder kept for the run. A test that needs it fails without `pip`.
pub fn pypi_package_page(package: &str, version: &str, path: &str) -> PathBuf {
    let unpacked = format!("{package}-{version}");
    fetched_once(&format!("pypi {unpacked}"), |dir| {
        let out = Command::new("pip")
            .args(["download", "--quiet", "--no-deps", "--no-binary", ":all:"])
            .arg(format!("{package}=={version}"))
            .arg("--dest")
            .arg(dir)
            .output()
            .unwrap_or_else(|e| panic!("this test needs `pip` (round 13's web pages): {e}"));
        assert!(
            out.status.success(),
            "`pip download {package}=={version}`: {out:?}"
        );
        untar(&dir.join(format!("{unpacked}.tar.gz")), dir);
        dir.join(&unpacked)
    })
    .join(path)
}

/// The folder `fetch` makes in a fresh temporary folder kept for the run, made once per
/// `key` and test run.
fn fetched_once(key: &str, fetch: impl FnOnce(&Path) -> PathBuf) -> PathBuf {
    use std::collections::HashMap;
    use std::sync::{Mutex, OnceLock};
    static DIRS: OnceLock<Mutex<HashMap<String, PathBuf>>> = OnceLock::new();
    let mut dirs = DIRS.get_or_init(Default::default).lock().unwrap();
    dirs.entry(key.to_owned())
        .or_insert_with(|| fetch(&tempfile::tempdir().unwrap().keep()))
        .clone()
}

/// Unpacks `tarball` into `dir`.
fn untar(tarball: &Path, dir: &Path) {
    let status = Command::new("tar")
        .arg("xzf")
        .arg(tarball)
        .arg("-C")
        .arg(dir)
        .status()
        .unwrap();
    assert!(status.success(), "unpacking {}", tarball.display());
}

/// newspaper4k's test pages (round 13 of news-quotes): its name and version on PyPI.
pub const NEWSPAPER4K_PAGES: (&str, &str) = ("newspaper4k", "0.9.6");

/// unfluff's test pages (round 12 of news-quotes).
pub const UNFLUFF_PAGES: &str = "unfluff@3.2.0";

/// go-readability's copy of Mozilla Readability's test pages (round 9 of news-quotes).
pub const READABILITY_PAGES: &str =
    "github.com/go-shiori/go-readability@v0.0.0-20251205110129-5db1dc9836f0";
/// go-trafilatura's comparison pages (round 9 of news-quotes).
pub const TRAFILATURA_PAGES: &str = "github.com/markusmobius/go-trafilatura@v1.12.2";
/// go-htmldate's evaluation pages (round 11 of news-quotes).
pub const HTMLDATE_PAGES: &str = "github.com/markusmobius/go-htmldate@v1.10.1";

/// Runs `newsdex --index INDEX ARGS...`.
pub fn newsdex(index: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_newsdex"))
        .arg("--index")
        .arg(index)
        .args(args)
        .env_remove("NEWSDEX_INDEX")
        .env("NO_COLOR", "1")
        .output()
        .expect("running newsdex")
}

/// Like [`newsdex`], asserting success and returning stdout.
pub fn ok(index: &Path, args: &[&str]) -> String {
    let out = newsdex(index, args);
    assert!(
        out.status.success(),
        "newsdex {args:?} failed with {:?}: {}",
        out.status.code(),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8 output")
}

/// Runs `newsdex index --json ARGS... DIR` and returns its summary.
pub fn index_summary(index: &Path, args: &[&str], dir: &Path) -> serde_json::Value {
    let dir = dir.to_str().expect("utf-8 path");
    let out = ok(index, &[&["index", "--json"], args, &[dir]].concat());
    serde_json::from_str(out.trim()).expect("summary JSON")
}

/// Parses one JSON object per line.
pub fn json_lines(stdout: &str) -> Vec<serde_json::Value> {
    stdout
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("bad JSON line {l}: {e}")))
        .collect()
}

/// A fresh index of sample_corpus in a temporary directory.
/// The (path, reason) pairs of one of an index summary's problem lists ("skipped" or
/// "warnings").
pub fn problems<'a>(summary: &'a serde_json::Value, list: &str) -> Vec<(&'a str, &'a str)> {
    summary[list]
        .as_array()
        .unwrap_or_else(|| panic!("no {list} list in {summary}"))
        .iter()
        .map(|p| {
            let field = |k: &str| p[k].as_str().unwrap_or_else(|| panic!("{list} entry {p}"));
            (field("path"), field("reason"))
        })
        .collect()
}

/// The `extract --json` object of `body`, an article written for a test (a shape the shared
/// corpora lack), read from a text file as a user's would be.
pub fn extract_text(body: &str) -> serde_json::Value {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("article.txt");
    std::fs::write(&path, body).unwrap();
    extract_articles(&path).remove(0)
}

/// Every article `newsdex extract --json` prints for `path` (no index involved).
pub fn extract_articles(path: &Path) -> Vec<serde_json::Value> {
    let path = path.to_str().expect("test paths are UTF-8");
    json_lines(&ok(Path::new("unused"), &["extract", "--json", path]))
}

pub fn sample_index() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let index = dir.path().join("index");
    ok(
        &index,
        &["index", sample_corpus().to_str().expect("utf-8 path")],
    );
    dir
}

pub fn stats_articles(index: &Path) -> u64 {
    let out = ok(index, &["stats", "--json"]);
    let v: serde_json::Value = serde_json::from_str(out.trim()).expect("stats JSON");
    v["articles"].as_u64().expect("articles count")
}

/// Gzip-compresses `bytes`.
pub fn gzip(bytes: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    enc.write_all(bytes).expect("gzip in memory");
    enc.finish().expect("gzip in memory")
}

/// The seed article as a web page: headline, paragraphs, and a menu around them.
pub fn seed_page() -> String {
    let seed = std::fs::read_to_string(seed_path()).expect("seed article");
    let (title, body) = seed.split_once('\n').expect("headline line");
    let paragraphs: String = body.split("\n\n").map(|p| format!("<p>{p}</p>")).collect();
    format!(
        "<!DOCTYPE html><html><head><title>{title} | CNN</title></head>\
         <body><nav>Home</nav><article><h1>{title}</h1>{paragraphs}</article></body></html>"
    )
}

/// One uncompressed WARC record.
pub fn warc_record(kind: &str, uri: &str, content_type: &str, block: &[u8]) -> Vec<u8> {
    let mut record = format!(
        "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\n\
         WARC-Date: 2024-05-01T12:00:00Z\r\nContent-Type: {content_type}\r\n\
         Content-Length: {}\r\n\r\n",
        block.len()
    )
    .into_bytes();
    record.extend_from_slice(block);
    record.extend_from_slice(b"\r\n\r\n");
    record
}

/// An HTTP response as a WARC `response` record holds it.
pub fn http_response(status: &str, headers: &str, body: &[u8]) -> Vec<u8> {
    let mut out = format!("HTTP/1.1 {status}\r\n{headers}\r\n").into_bytes();
    out.extend_from_slice(body);
    out
}

/// Like [`ok`] for a search that may find nothing: exit 0 when it printed hits, 1 when it
/// found none (as grep), and stdout either way.
pub fn found(index: &Path, args: &[&str]) -> String {
    let out = newsdex(index, args);
    let stdout = String::from_utf8(out.stdout).expect("utf-8 output");
    let none = stdout.trim().is_empty() || stdout.starts_with("0 matching");
    let want = if none { 1 } else { 0 };
    assert_eq!(
        out.status.code(),
        Some(want),
        "newsdex {args:?}: {}{stdout}",
        String::from_utf8_lossy(&out.stderr)
    );
    stdout
}

/// The names of `kind` (`people`, `places`, `orgs`) of `article` (an `extract --json` object).
pub fn names_of<'a>(article: &'a serde_json::Value, kind: &str) -> Vec<&'a str> {
    article[kind]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["name"].as_str().unwrap())
        .collect()
}

/// [`names_of`] as a sorted set, for comparing lists.
pub fn names(article: &serde_json::Value, kind: &str) -> std::collections::BTreeSet<String> {
    names_of(article, kind)
        .into_iter()
        .map(str::to_owned)
        .collect()
}

/// The article newsdex reads from BBC story `file` (`sport/364.txt`, under the shared
/// corpora), extracted.
pub fn bbc_article(file: &str) -> serde_json::Value {
    extract_articles(&corpora().join("bbc-news-2225").join(file)).remove(0)
}
