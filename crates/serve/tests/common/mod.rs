//! Helpers shared by the serve tests: real indexes of real articles, and requests.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use axum::body::Body;
use axum::http::{HeaderMap, Request, StatusCode};
use http_body_util::BodyExt;
use tower::ServiceExt;

use newsdex_index::{index_roots, IndexOptions, NewsIndex, NoProgress};
use newsdex_serve::{router, AppState};

// The hand-checked Sullivan and Netanyahu quotes of the seed article.
include!("../../../../tests/fixtures/seed_quotes.rs");
/// Jake Sullivan's hand-checked quotes in the seed, by their opening words.
pub const SULLIVAN_QUOTES: &[&str] = SULLIVAN;
/// Benjamin Netanyahu's.
pub const NETANYAHU_QUOTES: &[&str] = NETANYAHU;

/// The address the in-process app believes it is bound to (its Host check uses it).
pub const HOST: &str = "127.0.0.1:7700";

pub fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

pub fn sample_corpus() -> PathBuf {
    repo().join("sample_corpus")
}

pub fn seed_path() -> PathBuf {
    sample_corpus().join("cnn/2024-03-18-biden-netanyahu-call.txt")
}

/// Indexes `roots` into a new index in `dir`.
pub fn build_index(dir: &Path, roots: &[PathBuf]) -> NewsIndex {
    let index = NewsIndex::open_or_create(dir).expect("creating an index");
    index_roots(&index, roots, &IndexOptions::default(), &NoProgress).expect("indexing");
    index
}

/// One index of sample_corpus for the whole test binary (kept until the process ends).
pub fn sample_state() -> Arc<AppState> {
    static STATE: OnceLock<(tempfile::TempDir, Arc<AppState>)> = OnceLock::new();
    STATE
        .get_or_init(|| {
            let dir = tempfile::tempdir().expect("temp dir");
            let index = build_index(&dir.path().join("index"), &[sample_corpus()]);
            let state = AppState::new(index, HOST.parse().expect("addr")).expect("state");
            (dir, Arc::new(state))
        })
        .1
        .clone()
}

/// A response, read whole.
pub struct Got {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: String,
}

impl Got {
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.body))
    }

    pub fn header(&self, name: &str) -> &str {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
    }
}

/// `GET uri` through the app in process, with `Host: host` (`None`: no Host header).
pub async fn get_with_host(state: &Arc<AppState>, uri: &str, host: Option<&str>) -> Got {
    let mut request = Request::builder().uri(uri);
    if let Some(host) = host {
        request = request.header("host", host);
    }
    let request = request.body(Body::empty()).expect("request");
    send(state, request).await
}

pub async fn send(state: &Arc<AppState>, request: Request<Body>) -> Got {
    let response = router(state.clone())
        .oneshot(request)
        .await
        .expect("the router always answers");
    let status = response.status();
    let headers = response.headers().clone();
    let bytes = response
        .into_body()
        .collect()
        .await
        .expect("reading the body")
        .to_bytes();
    Got {
        status,
        headers,
        body: String::from_utf8_lossy(&bytes).into_owned(),
    }
}

/// `GET uri` with this server's Host.
pub async fn get(state: &Arc<AppState>, uri: &str) -> Got {
    get_with_host(state, uri, Some(HOST)).await
}

/// The id of the seed article.
pub async fn seed_id(state: &Arc<AppState>) -> String {
    let got = get(state, "/api/search?q=Rafah").await;
    got.json()["hits"][0]["id"]
        .as_str()
        .expect("the seed's id")
        .to_owned()
}
