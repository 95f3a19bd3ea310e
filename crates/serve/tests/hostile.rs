//! Hostile input: script in article text and titles, huge and nested queries, bad dates and
//! parameters, a foreign Host, writes. Each must be refused or made harmless.

mod common;

use std::sync::{Arc, OnceLock};

use axum::body::Body;
use axum::http::Request;
use common::*;
use newsdex_serve::AppState;

/// The seed article with markup in its headline, its body and inside a quote: an archive of
/// web pages holds exactly this.
fn hostile_state() -> Arc<AppState> {
    static STATE: OnceLock<(tempfile::TempDir, Arc<AppState>)> = OnceLock::new();
    STATE
        .get_or_init(|| {
            let dir = tempfile::tempdir().expect("temp dir");
            let corpus = dir.path().join("corpus");
            std::fs::create_dir_all(&corpus).expect("corpus dir");
            let seed = std::fs::read_to_string(seed_path()).expect("seed");
            let (title, body) = seed.split_once('\n').expect("headline");
            let hostile = format!(
                "<script>alert('title')</script>{title} \"><img src=x onerror=alert(1)>\n\
                 \n<script>alert('body')</script><iframe src=//evil.example></iframe>\n\
                 \n\u{201c}</span><script>alert('quote')</script> We will not go into Rafah \
                 without a plan,\u{201d} Jake Sullivan said.\n{body}"
            );
            std::fs::write(corpus.join("hostile.txt"), hostile).expect("hostile article");
            // A file name is input too.
            std::fs::write(corpus.join("<b>name<script>.txt"), &seed).expect("hostile name");
            let index = build_index(&dir.path().join("index"), &[corpus]);
            let state = AppState::new(index, HOST.parse().expect("addr")).expect("state");
            (dir, Arc::new(state))
        })
        .1
        .clone()
}

/// No tag from the article survives as a tag; the text is there, escaped.
fn assert_inert(html: &str, context: &str) {
    for tag in ["<script", "<img", "<iframe", "<b>"] {
        assert!(!html.contains(tag), "{context}: `{tag}` in {html}");
    }
    assert!(
        html.contains("&lt;script&gt;"),
        "{context}: escaped text missing"
    );
}

#[tokio::test]
async fn script_in_titles_text_quotes_and_names_is_escaped_everywhere() {
    let state = hostile_state();
    let hits = get(&state, "/api/search?q=Rafah").await.json();
    let ids: Vec<String> = hits["hits"]
        .as_array()
        .expect("hits")
        .iter()
        .map(|h| h["id"].as_str().expect("id").to_owned())
        .collect();
    assert_eq!(ids.len(), 2, "{hits}");
    for uri in [
        "/?q=Rafah",
        "/?q=alert",
        "/quotes?q=Rafah",
        "/quotes?quote=alert",
    ] {
        let got = get(&state, uri).await;
        assert_eq!(got.status, 200, "{uri}");
        if uri != "/?q=Rafah" || got.body.contains("alert") {
            assert_inert(&got.body, uri);
        }
        assert!(got
            .header("content-security-policy")
            .contains("default-src 'none'"));
    }
    for id in &ids {
        let got = get(&state, &format!("/article/{id}")).await;
        assert_eq!(got.status, 200);
        assert_inert(&got.body, id);
        // The raw file is sent as plain text in a sandbox, never as HTML.
        let source = get(&state, &format!("/article/{id}/source")).await;
        assert_eq!(source.header("content-type"), "text/plain; charset=utf-8");
        assert_eq!(source.header("x-content-type-options"), "nosniff");
        assert!(source
            .header("content-security-policy")
            .starts_with("sandbox"));
    }
    // JSON carries the text as data, with a JSON content type.
    let api = get(&state, "/api/search?q=alert").await;
    assert_eq!(api.header("content-type"), "application/json");
    assert!(api.json()["hits"][0]["title"]
        .as_str()
        .is_some_and(|t| t.starts_with("<script>alert('title')</script>")));
}

#[tokio::test]
async fn an_error_message_echoing_the_query_is_escaped() {
    let state = hostile_state();
    let got = get(&state, "/?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E%22").await;
    assert_eq!(got.status, 400);
    assert!(got.body.contains("unbalanced quote"), "{}", got.body);
    assert!(!got.body.contains("<script>alert(1)"), "{}", got.body);
    let api = get(&state, "/api/search?q=%3Cscript%3E%22").await;
    assert_eq!(api.status, 400);
    assert!(api.json()["error"]
        .as_str()
        .is_some_and(|e| e.contains("<script>")));
}

#[tokio::test]
async fn huge_and_nested_queries_and_pages_are_refused_by_the_library_limits() {
    let state = sample_state();
    let long = "rafah+".repeat(500);
    let deep = format!("{}rafah{}", "(".repeat(40), ")".repeat(40));
    let very_deep = format!("{}rafah{}", "(".repeat(5000), ")".repeat(5000));
    for (uri, says) in [
        (format!("/api/search?q={long}"), "query too long"),
        (format!("/api/quotes?q={long}"), "query too long"),
        (format!("/api/people?q={long}"), "query too long"),
        (format!("/api/timeline?q={long}"), "query too long"),
        (format!("/api/search?q={deep}"), "nested too deeply"),
        (format!("/api/search?q={very_deep}"), "query too long"),
        (format!("/api/search?person={long}"), "filters too long"),
        ("/api/search?limit=101".into(), "limit 101 is too large"),
        (
            "/api/search?offset=10001".into(),
            "offset 10001 is too large",
        ),
        ("/api/people?top=501".into(), "top 501 is too large"),
        (
            "/api/search?limit=99999999999999999999999".into(),
            "whole number",
        ),
    ] {
        let got = get(&state, &uri).await;
        assert_eq!(got.status, 400, "{}", &uri[..uri.len().min(80)]);
        let error = got.json()["error"].as_str().unwrap_or("").to_owned();
        assert!(error.contains(says), "{error}");
    }
    // Pages refuse the same way, as a page.
    let page = get(&state, &format!("/?q={deep}")).await;
    assert_eq!(page.status, 400);
    assert!(page.body.contains("nested too deeply"));
    // A query string beyond what any form makes is refused before it is read.
    let huge = get(&state, &format!("/api/search?q={}", "a".repeat(20_000))).await;
    assert_eq!(huge.status, 400);
    assert!(huge.json()["error"]
        .as_str()
        .is_some_and(|e| e.contains("query string too long")));
    // The limits themselves are fine.
    let at_limit = get(&state, "/api/search?limit=100&offset=10000").await;
    assert_eq!(at_limit.status, 200, "{}", at_limit.body);
}

#[tokio::test]
async fn bad_dates_and_parameters_are_400_with_the_reason() {
    let state = sample_state();
    for (uri, says) in [
        ("/api/search?since=2024-13-45", "since"),
        ("/api/search?until=yesterday", "until"),
        ("/api/search?since=2024&until=2023", "after until"),
        ("/api/timeline?interval=week", "unknown interval"),
        ("/api/search?sort=random", "sort must be"),
        ("/api/search?q=x&limt=5", "unknown parameter `limt`"),
        ("/api/search?q=date:2024", "--since"),
        ("/api/search?q=speaker:sullivan", "quotes, not articles"),
        ("/api/article/not-an-id", "not an article id"),
    ] {
        let got = get(&state, uri).await;
        assert_eq!(got.status, 400, "{uri}: {}", got.body);
        let error = got.json()["error"].as_str().unwrap_or("").to_owned();
        assert!(error.contains(says), "{uri}: {error}");
    }
    let page = get(&state, "/?since=2024-13-45").await;
    assert_eq!(page.status, 400);
    assert!(page.body.contains("bad date"), "{}", page.body);
}

#[tokio::test]
async fn a_foreign_host_and_writes_are_refused() {
    let state = sample_state();
    for host in [
        Some("evil.example:7700"),
        Some("127.0.0.1:7701"),
        Some("localhost"),
        None,
    ] {
        let got = get_with_host(&state, "/api/search?q=Rafah", host).await;
        assert_eq!(got.status, 421, "{host:?}");
        assert!(!got.body.contains("Biden"), "{host:?}");
    }
    for host in [
        "127.0.0.1:7700",
        "localhost:7700",
        "LOCALHOST:7700",
        "[::1]:7700",
    ] {
        let got = get_with_host(&state, "/api/search?q=Rafah", Some(host)).await;
        assert_eq!(got.status, 200, "{host}");
    }
    for method in ["POST", "PUT", "DELETE", "PATCH"] {
        let request = Request::builder()
            .method(method)
            .uri("/api/search?q=Rafah")
            .header("host", HOST)
            .body(Body::from("x"))
            .expect("request");
        let got = send(&state, request).await;
        assert_eq!(got.status, 405, "{method}");
    }
    // A name allowed explicitly (a server bound for the network) is answered.
    let named = std::sync::Arc::new(
        AppState::new(
            newsdex_index::NewsIndex::open(&state.backend.local().expect("a local index").dir)
                .expect("index"),
            HOST.parse().expect("addr"),
        )
        .expect("state")
        .allow_hosts(&["Archive.Example:7700".to_owned()]),
    );
    let got = get_with_host(&named, "/api/stats", Some("archive.example:7700")).await;
    assert_eq!(got.status, 200);
    let other = get_with_host(&named, "/api/stats", Some("archive.example:7701")).await;
    assert_eq!(other.status, 421);
    // The refusal carries the security headers too.
    let refused = get_with_host(&state, "/", Some("evil.example")).await;
    assert!(refused
        .header("content-security-policy")
        .contains("default-src 'none'"));
}
