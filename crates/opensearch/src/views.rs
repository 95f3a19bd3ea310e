//! What `newsdex serve`'s pages ask beyond the CLI's commands, on a cluster: a timeline
//! (a date histogram), quotes and speakers within the articles a search matches, and a
//! search page's overview. Each gives the local search's types and values.

use std::collections::BTreeMap;

use anyhow::Result;
use serde_json::{json, Value};

use crate::client::Client;
use crate::dsl::{buckets, ids_matching, run_search};
use crate::search::{facet, full_query, quotes_page, search};
use newsdex_search::{
    FacetKind, Interval, Overview, Page, QueryError, QuoteHit, SearchRequest, Timeline,
};

/// Matching articles per UTC day (days since the epoch) and how many have no date: the
/// counts the local timeline collects, from one date histogram.
fn day_counts(client: &Client, request: &SearchRequest) -> Result<(BTreeMap<i64, u64>, u64)> {
    request.limits.check_query(&request.query)?;
    let body = json!({
        "size": 0,
        "query": full_query(client, request, false)?,
        "aggs": {
            // UTC days, as the local index counts them; empty days are filled in by the
            // timeline itself, so the cluster sends only the days that have articles
            "days": {"date_histogram": {
                "field": "date", "calendar_interval": "day", "min_doc_count": 1
            }},
            "undated": {"missing": {"field": "date"}}
        }
    });
    let reply = run_search(client, &client.target.articles(), &body)?;
    let mut days = BTreeMap::new();
    for b in reply
        .pointer("/aggregations/days/buckets")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        if let (Some(ms), Some(n)) = (b["key"].as_i64(), b["doc_count"].as_u64()) {
            *days.entry(ms.div_euclid(86_400_000)).or_default() += n;
        }
    }
    let undated = reply
        .pointer("/aggregations/undated/doc_count")
        .and_then(Value::as_u64)
        .unwrap_or(0);
    Ok((days, undated))
}

/// `newsdex_search::timeline` on a cluster: the same bars, interval choice and cap.
pub fn timeline(
    client: &Client,
    request: &SearchRequest,
    interval: Option<Interval>,
) -> Result<Timeline> {
    let (days, undated) = day_counts(client, request)?;
    Ok(newsdex_search::timeline_from_days(days, undated, interval)?)
}

/// Most ids in one `terms` clause: the cluster's default `index.max_terms_count`.
const TERMS_PER_CLAUSE: usize = 65_536;

/// The quotes' filter for "from the articles `articles` matches": `None` when it matches
/// every article (no filter needed, as locally). The ids go in clauses of at most
/// [`TERMS_PER_CLAUSE`], so a broad search is not refused for its size.
fn within(client: &Client, articles: &SearchRequest) -> Result<Option<Value>> {
    articles.limits.check_query(&articles.query)?;
    if articles.matches_everything() {
        return Ok(None);
    }
    let ids = ids_matching(client, &full_query(client, articles, false)?)?;
    if ids.is_empty() {
        // (a `bool` without clauses would match everything)
        return Ok(Some(json!({"match_none": {}})));
    }
    let any: Vec<Value> = ids
        .chunks(TERMS_PER_CLAUSE)
        .map(|chunk| json!({"terms": {"article_id": chunk}}))
        .collect();
    Ok(Some(
        json!({"bool": {"should": any, "minimum_should_match": 1}}),
    ))
}

/// `newsdex_search::search_quotes_in` on a cluster: quotes matching `quotes` from the
/// articles `articles` matches (its paging ignored).
pub fn search_quotes_in(
    client: &Client,
    articles: &SearchRequest,
    quotes: &SearchRequest,
) -> Result<Page<QuoteHit>> {
    quotes.limits.check_query(&quotes.query)?;
    let within = within(client, articles)?;
    quotes_page(client, quotes, within)
}

/// `newsdex_search::speakers_in` on a cluster: speakers of the quotes [`search_quotes_in`]
/// finds, most quoted first (ties by name).
pub fn speakers_in(
    client: &Client,
    articles: &SearchRequest,
    quotes: &SearchRequest,
    top: usize,
) -> Result<Vec<(String, u64)>> {
    quotes.limits.check_query(&quotes.query)?;
    quotes.limits.check_top(top)?;
    let mut query = full_query(client, quotes, true)?;
    if let (Some(w), Some(filters)) = (
        within(client, articles)?,
        query["bool"]["filter"].as_array_mut(),
    ) {
        filters.push(w);
    }
    // room for merged names, as locally
    let wanted = newsdex_search::merge_margin(top);
    let body = json!({
        "size": 0,
        "query": query,
        "aggs": {"names": {"terms": {
            "field": "speaker.facet", "size": wanted.clamp(1, 65_536),
            "order": [{"_count": "desc"}, {"_key": "asc"}]
        }}}
    });
    let mut rows = buckets(
        &run_search(client, &client.target.quotes(), &body)?,
        "names",
    );
    crate::names::merge_speakers(client, &query, &quotes.filters, &mut rows)?;
    rows.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    rows.truncate(top);
    Ok(rows)
}

/// `newsdex_search::overview` on a cluster: a page of hits, people, places, organisations
/// and sources (`top` each, read as the `facet` command reads them) and the timeline.
pub fn overview(
    client: &Client,
    request: &SearchRequest,
    top: usize,
    interval: Option<Interval>,
) -> Result<Overview> {
    request.limits.check_top(top)?;
    let page = search(client, request)?;
    let (days, undated) = day_counts(client, request)?;
    let timeline: std::result::Result<Timeline, QueryError> =
        newsdex_search::timeline_from_days(days, undated, interval);
    Ok(Overview {
        page,
        people: facet(client, request, FacetKind::People, top)?,
        places: facet(client, request, FacetKind::Places, top)?,
        orgs: facet(client, request, FacetKind::Orgs, top)?,
        sources: facet(client, request, FacetKind::Sources, top)?,
        timeline,
    })
}
