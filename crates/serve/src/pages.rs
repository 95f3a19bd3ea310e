//! The HTML pages: search (results, facets, timeline), quotes, article, and the article's
//! source file. Server-rendered, no script; every link carries the whole view state.

use std::sync::Arc;

use axum::extract::{Path, RawQuery, State};
use axum::http::{header, StatusCode};
use axum::response::{Html, IntoResponse, Redirect, Response};
use maud::{html, Markup, DOCTYPE};

use newsdex_search::{Filters, Hit, Limits, QuoteHit, SearchRequest, StoredArticle, Timeline};

use crate::error::AppError;
use crate::params::{Kind, Params};
use crate::render::{highlighted, marked_text, timeline_svg};
use crate::state::{blocking, AppState};

/// Hits on a page of articles when `limit` is absent.
pub const PAGE_HITS: usize = 20;
/// Quotes on a page when `limit` is absent: a long interview's quotes on one page.
pub const PAGE_QUOTES: usize = 50;
/// Names in each facet list beside the results.
pub const FACET_NAMES: usize = 10;
/// Largest source file the article view serves: the indexer's own read limit (a file over
/// it was never indexed whole).
pub const MAX_SOURCE_BYTES: u64 = newsdex_corpus::ReadLimits::DEFAULT.max_bytes;

/// Which page, for the tabs and the form.
#[derive(Clone, Copy, PartialEq, Eq)]
enum View {
    Search,
    Quotes,
    Article,
}

fn page(title: &str, params: &Params, view: View, body: Markup) -> Markup {
    html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                meta name="referrer" content="no-referrer";
                title { (title) " · newsdex" }
                link rel="stylesheet" href="/style.css";
            }
            body {
                header { (search_form(params, view)) }
                (body)
            }
        }
    }
}

fn search_form(params: &Params, view: View) -> Markup {
    let action = if view == View::Quotes { "/quotes" } else { "/" };
    let articles = Params {
        speakers: Vec::new(),
        quote: String::new(),
        ..params.first_page()
    };
    let kinds: &[Kind] = if view == View::Quotes {
        &[
            Kind::Person,
            Kind::Place,
            Kind::Org,
            Kind::Source,
            Kind::Speaker,
        ]
    } else {
        &[Kind::Person, Kind::Place, Kind::Org, Kind::Source]
    };
    let open = params.since.is_some() || params.until.is_some() || params.sort.is_some();
    html! {
        form.search method="get" action=(action) role="search" {
            a.brand href="/" { "newsdex" }
            input type="search" name="q" value=(params.q) aria-label="Search articles"
                placeholder="rafah \"humanitarian aid\" person:Sullivan";
            @for kind in kinds {
                @for value in params.list(*kind) {
                    input type="hidden" name=(kind.param()) value=(value);
                }
            }
            button type="submit" { "Search" }
            details.filters open[open] {
                summary { "Filters and dates" }
                div.filter-grid {
                    @if view == View::Quotes {
                        label { "Words in the quote" input type="text" name="quote" value=(params.quote); }
                    }
                    @for kind in kinds {
                        label { "Add " (kind.param()) input type="text" name=(kind.param()) value=""; }
                    }
                    label { "Since (YYYY, YYYY-MM, YYYY-MM-DD)"
                        input type="text" name="since" value=(params.since.as_deref().unwrap_or("")); }
                    label { "Until (inclusive)"
                        input type="text" name="until" value=(params.until.as_deref().unwrap_or("")); }
                    label { "Order"
                        select name="sort" {
                            option value="" selected[params.sort.is_none()] { "best first (newest without a query)" }
                            option value="relevance" selected[params.sort == Some(newsdex_search::SortBy::Relevance)] { "relevance" }
                            option value="date" selected[params.sort == Some(newsdex_search::SortBy::Date)] { "newest first" }
                        }
                    }
                }
            }
        }
        (chips(params, kinds, view))
        nav.tabs aria-label="Views" {
            a href=(articles.href("/")) aria-current=[(view == View::Search).then_some("page")] { "Articles" }
            a href=(params.first_page().href("/quotes")) aria-current=[(view == View::Quotes).then_some("page")] { "Quotes" }
        }
    }
}

/// The active filters, each with a link that removes it.
fn chips(params: &Params, kinds: &[Kind], view: View) -> Markup {
    let path = if view == View::Quotes { "/quotes" } else { "/" };
    let dated = params.since.is_some() || params.until.is_some();
    html! {
        @if kinds.iter().any(|k| !params.list(*k).is_empty()) || dated {
            ul.chips aria-label="Active filters" {
                @for kind in kinds {
                    @for value in params.list(*kind) {
                        li { (kind.param()) ": " strong { (value) }
                            a href=(params.without(*kind, value).href(path)) aria-label={ "remove " (kind.param()) " " (value) } { "×" } }
                    }
                }
                @if dated {
                    li { "dates: " strong { (params.since.as_deref().unwrap_or("…")) " – " (params.until.as_deref().unwrap_or("…")) }
                        a href=(params.dated(None, None).href(path)) aria-label="remove the date range" { "×" } }
                }
            }
        }
    }
}

fn html_response(status: StatusCode, markup: Markup) -> Response {
    (status, Html(markup.into_string())).into_response()
}

fn error_page(params: &Params, view: View, err: AppError) -> Response {
    let status = err.status();
    let message = err.message();
    html_response(
        status,
        page(
            "error",
            params,
            view,
            html! { main.single { p.error role="alert" { (message) } } },
        ),
    )
}

/// A form submits its empty fields too (`person=&since=`): such a URL is redirected to the
/// same view without them, so the address bar holds a clean, shareable state.
fn canonical(raw: Option<&str>, params: &Params, path: &str) -> Option<Response> {
    let raw = raw?;
    let has_empty = form_urlencoded::parse(raw.as_bytes()).any(|(_, v)| v.is_empty());
    (has_empty && raw != params.query_string())
        .then(|| Redirect::to(&params.href(path)).into_response())
}

/// A facet list beside the results: its heading, the filter its links add, the names.
type FacetList = (&'static str, Kind, Vec<(String, u64)>);

/// Everything the search page shows, found in one trip to the blocking pool.
struct SearchData {
    total: usize,
    hits: Vec<Hit>,
    facets: Vec<FacetList>,
    speakers: Vec<(String, u64)>,
    timeline: Result<Timeline, String>,
}

/// `GET /`: articles matching the query and filters, facets, timeline.
pub async fn search(State(state): State<Arc<AppState>>, RawQuery(raw): RawQuery) -> Response {
    let params = match Params::parse(raw.as_deref()) {
        Ok(p) => p,
        Err(e) => return error_page(&Params::default(), View::Search, e.into()),
    };
    if let Some(redirect) = canonical(raw.as_deref(), &params, "/") {
        return redirect;
    }
    let request = match params.request(PAGE_HITS, false) {
        Ok(r) => r,
        Err(e) => return error_page(&params, View::Search, e.into()),
    };
    let interval = params.interval;
    let found = blocking(&state, move |s| {
        // Hits, four facets and the timeline in one pass over the matches.
        let o = s.backend.overview(&request, FACET_NAMES, interval)?;
        let all_quotes = SearchRequest {
            limits: Limits::SERVER,
            ..SearchRequest::default()
        };
        let speakers = s.backend.speakers_in(&request, &all_quotes, FACET_NAMES)?;
        Ok(SearchData {
            total: o.page.total,
            hits: o.page.hits,
            facets: vec![
                ("People", Kind::Person, o.people),
                ("Places", Kind::Place, o.places),
                ("Organisations", Kind::Org, o.orgs),
                ("Sources", Kind::Source, o.sources),
            ],
            speakers,
            timeline: o.timeline.map_err(|e| e.0),
        })
    })
    .await;
    let data = match found {
        Ok(d) => d,
        Err(e) => return error_page(&params, View::Search, e),
    };
    let title = if params.q.is_empty() {
        "Search".to_owned()
    } else {
        params.q.clone()
    };
    html_response(
        StatusCode::OK,
        page(&title, &params, View::Search, search_body(&params, &data)),
    )
}

fn search_body(params: &Params, d: &SearchData) -> Markup {
    let size = params.page_size(PAGE_HITS);
    html! {
        main {
            section aria-label="Results" {
                p.summary { (d.total) " matching article" @if d.total != 1 { "s" } }
                @match &d.timeline {
                    Ok(t) if !t.buckets.is_empty() => { (timeline_svg(t, params)) }
                    Ok(_) => {}
                    Err(message) => { p.error { "Timeline: " (message) } }
                }
                ol.hits start=(params.offset + 1) {
                    @for hit in &d.hits { li.hit { (hit_item(params, hit)) } }
                }
                (pager(params, d.total, size, "/"))
            }
            aside aria-label="Narrow the results" {
                @for (label, kind, rows) in &d.facets {
                    (facet_list(label, *kind, rows, params, "/"))
                }
                @if !d.speakers.is_empty() {
                    h2 { "Speakers" }
                    ul {
                        @for (name, count) in &d.speakers {
                            li {
                                a href=(params.with(Kind::Speaker, name).href("/quotes")) { (name) }
                                span.count title="quotes in these articles" { (count) }
                            }
                        }
                    }
                }
            }
        }
    }
}

fn facet_list(
    label: &str,
    kind: Kind,
    rows: &[(String, u64)],
    params: &Params,
    path: &str,
) -> Markup {
    html! {
        @if !rows.is_empty() {
            h2 { (label) }
            ul {
                @for (name, count) in rows {
                    li {
                        span {
                            a href=(params.with(kind, name).href(path)) { (name) }
                            @if kind == Kind::Person {
                                " " a.also href=(Params::default().with(Kind::Speaker, name).href("/quotes"))
                                    title={ "every quote by " (name) } { "quotes" }
                            }
                        }
                        span.count { (count) }
                    }
                }
            }
        }
    }
}

fn day(date: &Option<String>) -> &str {
    date.as_deref()
        .map_or("undated", |d| d.get(..10).unwrap_or(d))
}

fn hit_item(params: &Params, hit: &Hit) -> Markup {
    let title = if hit.title.is_empty() {
        "(untitled)"
    } else {
        &hit.title
    };
    html! {
        h2 { a href={ "/article/" (hit.id) } { (title) } }
        p.meta {
            (day(&hit.date))
            @if let Some(source) = &hit.source { " · " (source) }
            @if !hit.authors.is_empty() { " · by " (hit.authors.join(", ")) }
            " · " (hit.location.path)
        }
        p.snippet { (highlighted(&hit.snippet, &hit.highlights)) }
        @if !hit.people.is_empty() || !hit.places.is_empty() {
            p.names {
                @for name in &hit.people {
                    a href=(params.with(Kind::Person, name).href("/")) title={ "only articles naming " (name) } { (name) }
                }
                @for name in &hit.places {
                    a href=(params.with(Kind::Place, name).href("/")) title={ "only articles naming " (name) } { (name) }
                }
            }
        }
    }
}

fn pager(params: &Params, total: usize, size: usize, path: &str) -> Markup {
    let size = size.max(1);
    let previous = params
        .offset
        .checked_sub(size)
        .or((params.offset > 0).then_some(0));
    let next = params.offset + size;
    html! {
        nav.pager aria-label="Pages" {
            @if let Some(p) = previous { a href=(params.at(p).href(path)) rel="prev" { "← previous" } }
            @if next < total && next <= newsdex_search::MAX_OFFSET {
                a href=(params.at(next).href(path)) rel="next" { "next →" }
            }
        }
    }
}

/// `GET /quotes`: quotes from the articles matching the query and filters, narrowed by
/// speaker and by words in the quote (`quote`).
pub async fn quotes(State(state): State<Arc<AppState>>, RawQuery(raw): RawQuery) -> Response {
    let params = match Params::parse(raw.as_deref()) {
        Ok(p) => p,
        Err(e) => return error_page(&Params::default(), View::Quotes, e.into()),
    };
    if let Some(redirect) = canonical(raw.as_deref(), &params, "/quotes") {
        return redirect;
    }
    let requests = params.request(PAGE_QUOTES, false).map(|articles| {
        let quotes = SearchRequest {
            query: params.quote.clone(),
            filters: Filters {
                speakers: params.speakers.clone(),
                ..Filters::default()
            },
            limit: articles.limit,
            offset: articles.offset,
            sort: params.sort,
            limits: Limits::SERVER,
        };
        (articles, quotes)
    });
    let (articles, quote_request) = match requests {
        Ok(r) => r,
        Err(e) => return error_page(&params, View::Quotes, e.into()),
    };
    let found = blocking(&state, move |s| {
        let page = s.backend.search_quotes_in(&articles, &quote_request)?;
        let speakers = s.backend.speakers_in(
            &articles,
            &SearchRequest {
                filters: Filters::default(),
                ..quote_request
            },
            FACET_NAMES * 2,
        )?;
        Ok((page, speakers))
    })
    .await;
    let (page_found, speakers) = match found {
        Ok(d) => d,
        Err(e) => return error_page(&params, View::Quotes, e),
    };
    let size = params.page_size(PAGE_QUOTES);
    let body = html! {
        main {
            section aria-label="Quotes" {
                p.summary { (page_found.total) " matching quote" @if page_found.total != 1 { "s" } }
                ol.quotes start=(params.offset + 1) {
                    @for q in &page_found.hits { li { (quote_item(&params, q)) } }
                }
                (pager(&params, page_found.total, size, "/quotes"))
            }
            aside aria-label="Speakers" {
                h2 { "Speakers" }
                ul {
                    @for (name, count) in &speakers {
                        li {
                            a href=(params.with(Kind::Speaker, name).href("/quotes")) { (name) }
                            span.count { (count) }
                        }
                    }
                }
            }
        }
    };
    html_response(StatusCode::OK, page("Quotes", &params, View::Quotes, body))
}

fn quote_item(params: &Params, q: &QuoteHit) -> Markup {
    let title = if q.title.is_empty() {
        "(untitled)"
    } else {
        &q.title
    };
    html! {
        blockquote {
            p { "“" (q.text) "”" @if q.partial { " " small { "(partial)" } } }
        }
        p.meta {
            "— "
            @match &q.speaker {
                Some(s) => a.speaker href=(params.with(Kind::Speaker, s).href("/quotes")) { (s) },
                None => span.speaker { "unattributed" },
            }
            " · " a href={ "/article/" (q.article_id) } { (title) }
            " · " (day(&q.date))
        }
    }
}

/// `GET /article/{id}`: the text with names and quotes marked, its metadata and a link to
/// its source.
pub async fn article(State(state): State<Arc<AppState>>, Path(id): Path<String>) -> Response {
    let params = Params::default();
    let (found, extracted) = match crate::api::load_article(&state, &id).await {
        Ok(x) => x,
        Err(e) => return error_page(&params, View::Article, e),
    };
    let title = if found.title.is_empty() {
        "(untitled)".to_owned()
    } else {
        found.title.clone()
    };
    let body = html! {
        main.article {
            article {
                h1 { (title) }
                (article_meta(&found))
                p.legend aria-hidden="true" {
                    span.person { "person" } span.place { "place" } span.org { "organisation" } span.quote { "quote [speaker]" }
                }
                div.article-text { (marked_text(&found.text, found.body_start, &extracted)) }
            }
            aside aria-label="Names and quotes" {
                @for (label, kind, entities) in [
                    ("People", Kind::Person, &extracted.people),
                    ("Places", Kind::Place, &extracted.places),
                    ("Organisations", Kind::Org, &extracted.orgs),
                ] {
                    @if !entities.is_empty() {
                        h2 { (label) }
                        ul {
                            @for e in entities {
                                li {
                                    a href=(params.with(kind, &e.name).href("/")) { (e.name) }
                                    span.count title="mentions" { (e.mentions.len()) }
                                }
                            }
                        }
                    }
                }
                h2 { "Quotes (" (extracted.quotes.len()) ")" }
                ul {
                    @for (name, count) in quote_counts(&extracted) {
                        li {
                            a href=(params.with(Kind::Speaker, name).href("/quotes")) { (name) }
                            span.count { (count) }
                        }
                    }
                }
            }
        }
    };
    html_response(StatusCode::OK, page(&title, &params, View::Article, body))
}

fn quote_counts(x: &newsdex_extract::Extracted) -> Vec<(&str, usize)> {
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for q in &x.quotes {
        let name = q.speaker.as_deref().unwrap_or("unattributed");
        match counts.iter_mut().find(|(n, _)| *n == name) {
            Some((_, c)) => *c += 1,
            None => counts.push((name, 1)),
        }
    }
    counts.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    counts
}

fn article_meta(a: &StoredArticle) -> Markup {
    html! {
        dl.meta {
            p {
                (day(&a.date))
                @if let Some(s) = &a.source { " · " (s) }
                @if !a.authors.is_empty() { " · by " (a.authors.join(", ")) }
                @if let Some(d) = &a.dateline { " · " (d) }
            }
            p {
                "File: " a href={ "/article/" (a.id) "/source" } { (a.location.file) }
                @if let Some(n) = a.location.record { " (record " (n) ")" }
            }
            @if let Some(url) = a.url.as_deref().filter(|u| u.starts_with("http://") || u.starts_with("https://")) {
                p { "Published at " a href=(url) rel="noopener noreferrer" { (url) } }
            }
            p { "id " code { (a.id) } " · " a href={ "/api/article/" (a.id) } { "JSON" } }
        }
    }
}

/// `GET /article/{id}/source`: the file the article was read from, as it is on disk: the
/// only route that reads a file, and only the one the index names for this id. Sent as
/// plain text (or as a download when it is not UTF-8) in a sandbox, so a web page stored in
/// the archive cannot run here.
pub async fn source(State(state): State<Arc<AppState>>, Path(id): Path<String>) -> Response {
    let (found, _) = match crate::api::load_article(&state, &id).await {
        Ok(x) => x,
        Err(e) => return error_page(&Params::default(), View::Article, e),
    };
    let file = std::path::PathBuf::from(&found.location.file);
    let read = tokio::task::spawn_blocking(move || read_source(&file)).await;
    match read {
        Ok(Ok(bytes)) => {
            let text = std::str::from_utf8(&bytes).is_ok();
            let content_type = if text {
                "text/plain; charset=utf-8"
            } else {
                "application/octet-stream"
            };
            let disposition = if text { "inline" } else { "attachment" };
            (
                [
                    (header::CONTENT_TYPE, content_type),
                    (header::CONTENT_DISPOSITION, disposition),
                    (
                        header::CONTENT_SECURITY_POLICY,
                        "sandbox; default-src 'none'",
                    ),
                ],
                bytes,
            )
                .into_response()
        }
        Ok(Err(e)) => error_page(&Params::default(), View::Article, e),
        Err(e) => error_page(
            &Params::default(),
            View::Article,
            AppError::Internal(anyhow::anyhow!("reading a source file: {e}")),
        ),
    }
}

fn read_source(file: &std::path::Path) -> Result<Vec<u8>, AppError> {
    use std::path::Component;
    if !file.is_absolute()
        || file
            .components()
            .any(|c| matches!(c, Component::ParentDir | Component::CurDir))
    {
        return Err(AppError::NotFound(
            "this article's source file is not known".into(),
        ));
    }
    let gone = |_| AppError::NotFound(format!("{} is no longer there", file.display()));
    let meta = std::fs::metadata(file).map_err(gone)?;
    if !meta.is_file() {
        return Err(AppError::NotFound(format!(
            "{} is not a file",
            file.display()
        )));
    }
    if meta.len() > MAX_SOURCE_BYTES {
        return Err(AppError::BadRequest(format!(
            "{} is {} MB, more than this server sends ({} MB)",
            file.display(),
            meta.len() >> 20,
            MAX_SOURCE_BYTES >> 20
        )));
    }
    std::fs::read(file).map_err(gone)
}

/// Any other path: 404, as a page.
pub async fn not_found() -> Response {
    error_page(
        &Params::default(),
        View::Search,
        AppError::NotFound("no such page".into()),
    )
}
