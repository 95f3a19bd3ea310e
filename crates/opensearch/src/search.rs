//! Searches, quotes, facets and stats on a cluster, giving the local search's types
//! ([`Hit`], [`QuoteHit`], [`Page`], [`Stats`]) so the CLI prints both the same way.

use anyhow::{bail, Result};
use serde_json::{json, Value};

use crate::client::Client;
use crate::dsl::{buckets, date_range, keys_of, name_clause, phrase, run_search, speaker_clause};
pub use crate::names::Fate;
use crate::query::Translator;
use newsdex_extract::EntityKind;
use newsdex_search::query::Scope;
use newsdex_search::{
    merge_margin, FacetKind, Filters, Hit, Location, Page, QueryError, QuoteHit, SearchRequest,
    SortBy, Stats,
};

/// Markers around highlighted words: characters no article text holds.
const PRE: &str = "\u{E000}";
const POST: &str = "\u{E001}";
/// Characters of a snippet, as the local one.
const SNIPPET_CHARS: usize = 220;

pub(crate) fn sort_of(request: &SearchRequest) -> SortBy {
    request.sort.unwrap_or(if request.query.trim().is_empty() {
        SortBy::Date
    } else {
        SortBy::Relevance
    })
}

/// The query text as DSL on the articles or quotes index, parsed by newsdex's own parser; a
/// query the user must fix is a [`QueryError`] (exit code 2), as locally.
fn text_query(client: &Client, request: &SearchRequest, quotes: bool) -> Result<Value> {
    let expr = newsdex_search::query::ast::parse_with(&request.query, &request.limits)?;
    let scope = if quotes {
        Scope::Quotes
    } else {
        Scope::Articles
    };
    Translator {
        client,
        filters: &request.filters,
        scope,
    }
    .query(&expr)
}

/// Every filter as a clause; people, places and organisations resolved as locally
/// (`newsdex_search::names::resolve`): aliases for places and organisations, and a full name
/// also matching its bare surname where it dominates that surname.
fn filter_clauses(client: &Client, filters: &Filters) -> Result<Vec<Value>> {
    let mut clauses = Vec::new();
    for s in &filters.sources {
        clauses.push(phrase("source", s));
    }
    for s in &filters.speakers {
        clauses.push(speaker_clause(client, s, filters)?);
    }
    for (kind, values) in [
        (EntityKind::Person, &filters.people),
        (EntityKind::Place, &filters.places),
        (EntityKind::Org, &filters.orgs),
    ] {
        for v in values {
            clauses.push(name_clause(client, kind, v, filters)?);
        }
    }
    if !filters.langs.is_empty() {
        clauses.push(json!({"terms": {"lang": filters.langs}}));
    }
    clauses.extend(date_range(filters));
    Ok(clauses)
}

/// The full query on the articles (or quotes) index: text and filters.
pub(crate) fn full_query(client: &Client, request: &SearchRequest, quotes: bool) -> Result<Value> {
    if !quotes && !request.filters.speakers.is_empty() {
        return Err(QueryError(
            "--speaker filters quotes, not articles: try `newsdex quotes --speaker NAME` or \
             `newsdex speakers`"
                .into(),
        )
        .into());
    }
    let text = text_query(client, request, quotes)?;
    let filters = filter_clauses(client, &request.filters)?;
    Ok(json!({"bool": {"must": [text], "filter": filters}}))
}

fn sort_clause(sort: SortBy) -> Value {
    match sort {
        SortBy::Relevance => json!(["_score", {"date": {"order": "desc", "missing": "_last"}}]),
        SortBy::Date => json!([{"date": {"order": "desc", "missing": "_last"}}, "_score"]),
    }
}

fn total(reply: &Value) -> usize {
    reply
        .pointer("/hits/total/value")
        .and_then(Value::as_u64)
        .unwrap_or(0) as usize
}

fn strs(v: &Value, n: usize) -> Vec<String> {
    v.as_array()
        .map(|a| {
            a.iter()
                .filter_map(Value::as_str)
                .take(n)
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default()
}

pub(crate) fn location(s: &Value) -> Location {
    Location::new(
        s["path"].as_str().unwrap_or_default().to_owned(),
        s["root"].as_str(),
        s["record"].as_u64(),
    )
}

/// The highlighted passage as text and byte ranges (markers removed); the body's start when
/// nothing matched in it.
fn snippet(fragment: Option<&str>, body: &str) -> (String, Vec<[usize; 2]>) {
    let Some(fragment) = fragment else {
        let mut end = body.len().min(SNIPPET_CHARS * 4);
        let cut: String = body.chars().take(SNIPPET_CHARS).collect();
        end = end.min(cut.len());
        return (body[..end].trim().to_owned(), Vec::new());
    };
    let mut text = String::with_capacity(fragment.len());
    let mut ranges = Vec::new();
    let mut rest = fragment;
    while let Some(start) = rest.find(PRE) {
        text.push_str(&rest[..start]);
        rest = &rest[start + PRE.len()..];
        let end = rest.find(POST).unwrap_or(rest.len());
        let from = text.len();
        text.push_str(&rest[..end]);
        ranges.push([from, text.len()]);
        rest = rest.get(end + POST.len()..).unwrap_or("");
    }
    text.push_str(rest);
    (text, ranges)
}

/// Searches articles.
pub fn search(client: &Client, request: &SearchRequest) -> Result<Page<Hit>> {
    request.limits.check_page(request.limit, request.offset)?;
    let sort = sort_of(request);
    let body = json!({
        "query": full_query(client, request, false)?,
        "from": request.offset, "size": request.limit,
        "track_total_hits": true,
        "sort": sort_clause(sort),
        "_source": {"excludes": ["text_layout"]},
        "highlight": {
            "pre_tags": [PRE], "post_tags": [POST],
            "fields": {"body": {"fragment_size": SNIPPET_CHARS, "number_of_fragments": 1}}
        }
    });
    let reply = run_search(client, &client.target.articles(), &body)?;
    let mut hits = Vec::new();
    for (k, h) in reply
        .pointer("/hits/hits")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .enumerate()
    {
        let s = &h["_source"];
        let body_text = s["body"].as_str().unwrap_or_default();
        let (snippet, highlights) = snippet(
            h.pointer("/highlight/body/0").and_then(Value::as_str),
            body_text,
        );
        hits.push(Hit {
            rank: request.offset + k + 1,
            id: s["id"].as_str().unwrap_or_default().to_owned(),
            location: location(s),
            title: s["title"].as_str().unwrap_or_default().to_owned(),
            date: s["date"].as_str().map(str::to_owned),
            source: s["source"].as_str().map(str::to_owned),
            url: s["url"].as_str().map(str::to_owned),
            authors: strs(&s["authors"], usize::MAX),
            score: match sort {
                SortBy::Relevance => h["_score"].as_f64().unwrap_or(0.0) as f32,
                SortBy::Date => 0.0,
            },
            snippet,
            highlights,
            people: strs(&s["person"], 3),
            places: strs(&s["place"], 3),
            lang: s["lang"].as_str().map(str::to_owned),
        });
    }
    Ok(Page {
        total: total(&reply),
        hits,
    })
}

/// Searches quotes: words in the quote, speakers, and the article's filters, which every
/// quote carries.
pub fn search_quotes(client: &Client, request: &SearchRequest) -> Result<Page<QuoteHit>> {
    quotes_page(client, request, None)
}

/// [`search_quotes`], with `within` (when some) as one more filter on the quotes.
pub(crate) fn quotes_page(
    client: &Client,
    request: &SearchRequest,
    within: Option<Value>,
) -> Result<Page<QuoteHit>> {
    request.limits.check_page(request.limit, request.offset)?;
    let mut query = full_query(client, request, true)?;
    if let (Some(within), Some(filters)) = (within, query["bool"]["filter"].as_array_mut()) {
        filters.push(within);
    }
    let body = json!({
        "query": query,
        "from": request.offset, "size": request.limit,
        "track_total_hits": true,
        "sort": sort_clause(sort_of(request)),
    });
    let reply = run_search(client, &client.target.quotes(), &body)?;
    let hits = reply
        .pointer("/hits/hits")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .map(|h| {
            let s = &h["_source"];
            QuoteHit {
                text: s["text"].as_str().unwrap_or_default().to_owned(),
                speaker: s["speaker"].as_str().map(str::to_owned),
                speaker_kind: s["speaker_kind"].as_str().map(str::to_owned),
                speaker_mention: s.get("speaker_mention").cloned(),
                partial: s["partial"].as_bool().unwrap_or(false),
                article_id: s["article_id"].as_str().unwrap_or_default().to_owned(),
                location: location(s),
                title: s["title"].as_str().unwrap_or_default().to_owned(),
                date: s["date"].as_str().map(str::to_owned),
            }
        })
        .collect();
    Ok(Page {
        total: total(&reply),
        hits,
    })
}

/// Whether a facet counts quotes, its field, and the kind of names it lists.
fn facet_field(kind: FacetKind) -> (bool, &'static str, Option<EntityKind>) {
    match kind {
        FacetKind::People => (false, "person", Some(EntityKind::Person)),
        FacetKind::Places => (false, "place", Some(EntityKind::Place)),
        FacetKind::Orgs => (false, "org", Some(EntityKind::Org)),
        FacetKind::Sources => (false, "source", None),
        FacetKind::Speakers => (true, "speaker", None),
    }
}

/// A facet's first names as extraction wrote them, with the query that matched and the kind
/// of names listed (none: sources, speakers).
struct FacetRows {
    rows: Vec<(String, u64)>,
    query: Value,
    entity: Option<EntityKind>,
}

/// The opening both listings share: a facet's first names over the matching articles
/// (speakers: over the matching quotes). `merged`: ask for more than `top`, since merging
/// leaves gaps.
fn facet_rows(
    client: &Client,
    request: &SearchRequest,
    kind: FacetKind,
    top: usize,
    merged: bool,
) -> Result<FacetRows> {
    request.limits.check_top(top)?;
    let (quotes, field, entity) = facet_field(kind);
    let index = if quotes {
        client.target.quotes()
    } else {
        client.target.articles()
    };
    let query = full_query(client, request, quotes)?;
    // merged rows need room: dropped and merged names leave gaps, as locally
    let wanted = match entity {
        _ if !merged => top,
        Some(_) => merge_margin(top),
        None if kind == FacetKind::Speakers => merge_margin(top),
        None => top,
    };
    let body = json!({
        "size": 0,
        "query": query,
        "aggs": {"names": {"terms": {
            "field": format!("{field}.facet"), "size": wanted.clamp(1, 65_536),
            "order": [{"_count": "desc"}, {"_key": "asc"}]
        }}}
    });
    let rows = buckets(&run_search(client, &index, &body)?, "names");
    Ok(FacetRows {
        rows,
        query,
        entity,
    })
}

/// Names counted over the matching articles (speakers: over the matching quotes), read
/// across the archive as locally (`newsdex_search::names::read_facet`): a name the archive
/// mostly types otherwise is left out, a bare first name too, and a bare surname is counted
/// with its dominant full name.
pub fn facet(
    client: &Client,
    request: &SearchRequest,
    kind: FacetKind,
    top: usize,
) -> Result<Vec<(String, u64)>> {
    let FacetRows {
        rows,
        query,
        entity,
    } = facet_rows(client, request, kind, top, true)?;
    let mut rows = match entity {
        Some(entity) => crate::names::read_merged(client, &query, entity, rows)?,
        None if kind == FacetKind::Speakers => {
            let mut rows = rows;
            crate::names::merge_speakers(client, &query, &request.filters, &mut rows)?;
            rows
        }
        None => return Ok(rows),
    };
    rows.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    rows.truncate(top);
    Ok(rows)
}

/// `newsdex_search::speaker_kinds` on a cluster: `org` or `description` for the speakers
/// quoted mostly as such among the quotes `request` matches, the others being people.
pub fn speaker_kinds(
    client: &Client,
    request: &SearchRequest,
) -> Result<std::collections::HashMap<String, &'static str>> {
    let query = full_query(client, request, true)?;
    let body = json!({
        "size": 0,
        "query": query,
        "aggs": {"names": {
            "terms": {"field": "speaker.facet", "size": SPEAKER_KIND_ROWS},
            "aggs": {"kinds": {"terms": {"field": "speaker_kind", "size": 3}}}
        }}
    });
    let reply = run_search(client, &client.target.quotes(), &body)?;
    let mut kinds = std::collections::HashMap::new();
    for bucket in reply
        .pointer("/aggregations/names/buckets")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        let (Some(name), Some(total)) = (bucket["key"].as_str(), bucket["doc_count"].as_u64())
        else {
            continue;
        };
        let of_kind = bucket
            .pointer("/kinds/buckets")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(|b| Some((b["key"].as_str()?.to_owned(), b["doc_count"].as_u64()?)));
        for kind in of_kind {
            let label = match kind.0.as_str() {
                "org" => "org",
                "description" => "description",
                _ => continue,
            };
            if 2 * kind.1 > total {
                kinds.insert(name.to_owned(), label);
            }
        }
    }
    Ok(kinds)
}

/// Speakers whose kind [`speaker_kinds`] reads, as locally.
const SPEAKER_KIND_ROWS: usize = 10_000;

/// `--unmerged`: the first `top` names as extraction wrote them (no name dropped or merged),
/// each with what the default listing does with it.
pub fn facet_unmerged(
    client: &Client,
    request: &SearchRequest,
    kind: FacetKind,
    top: usize,
) -> Result<Vec<((String, u64), Fate)>> {
    let FacetRows {
        rows,
        query,
        entity,
    } = facet_rows(client, request, kind, top, false)?;
    let fates = match entity {
        Some(entity) => crate::names::fates(client, &query, entity, &rows)?,
        None if kind == FacetKind::Speakers => {
            crate::names::speaker_fates(client, &request.filters, &rows)?
        }
        None => vec![Fate::Kept; rows.len()],
    };
    Ok(rows.into_iter().zip(fates).collect())
}

/// What the cluster holds under this prefix.
pub fn stats(client: &Client) -> Result<Stats> {
    let t = &client.target;
    let count = |index: String| -> Result<usize> {
        let reply = client.send("GET", &format!("/{index}/_count"), None)?;
        if reply.status == 404 {
            bail!(
                "no index at {} (run `newsdex index DIR --index {}` first)",
                t.shown(),
                t.shown()
            );
        }
        Ok(reply.body["count"].as_u64().unwrap_or(0) as usize)
    };
    let body = json!({
        "size": 0,
        "aggs": {
            "oldest": {"min": {"field": "date"}},
            "newest": {"max": {"field": "date"}},
            "sources": {"terms": {"field": "source.facet", "size": 10,
                                   "order": [{"_count": "desc"}, {"_key": "asc"}]}}
        }
    });
    let reply = run_search(client, &t.articles(), &body)?;
    let edge = |name: &str| {
        reply
            .pointer(&format!("/aggregations/{name}/value"))
            .and_then(Value::as_f64)
            .and_then(|ms| jiff::Timestamp::from_millisecond(ms as i64).ok())
            .map(|t| t.to_string())
    };
    let size = client.ok(
        "GET",
        &format!(
            "/{},{},{}/_stats/store",
            t.articles(),
            t.quotes(),
            t.state()
        ),
        None,
    )?;
    Ok(Stats {
        index: t.shown(),
        articles: count(t.articles())?,
        files: count(t.state())?,
        quotes: count(t.quotes())?,
        oldest: edge("oldest"),
        newest: edge("newest"),
        sources: buckets(&reply, "sources"),
        size_bytes: size
            .pointer("/_all/primaries/store/size_in_bytes")
            .and_then(Value::as_u64)
            .unwrap_or(0),
    })
}

/// Every matching article id, or quote as `article_id:text`: what comparing backends and
/// exporting need, without the bodies.
pub fn all_keys(client: &Client, request: &SearchRequest, quotes: bool) -> Result<Vec<String>> {
    let index = if quotes {
        client.target.quotes()
    } else {
        client.target.articles()
    };
    let query = full_query(client, request, quotes)?;
    keys_of(client, &index, &query, quotes)
}
