//! Searches, quotes, facets and stats on a cluster, giving the local search's types
//! ([`Hit`], [`QuoteHit`], [`Page`], [`Stats`]) so the CLI prints both the same way.

use std::collections::HashMap;

use anyhow::{bail, Result};
use serde_json::{json, Value};

use crate::client::Client;
use crate::query::{Scope, Translator};
use newsdex_extract::{canonical_alias, fold_string, EntityKind};
use newsdex_search::names::{DOMINANCE, MIN_STORIES};
use newsdex_search::{
    FacetKind, Filters, Hit, Location, Page, QueryError, QuoteHit, SearchRequest, SortBy, Stats,
};

/// Markers around highlighted words: characters no article text holds.
const PRE: &str = "\u{E000}";
const POST: &str = "\u{E001}";
/// Characters of a snippet, as the local one.
const SNIPPET_CHARS: usize = 220;

fn sort_of(request: &SearchRequest) -> SortBy {
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

fn phrase(field: &str, value: &str) -> Value {
    json!({"match_phrase": {field: value}})
}

fn date_range(filters: &Filters) -> Option<Value> {
    if filters.since.is_none() && filters.until.is_none() {
        return None;
    }
    let mut range = serde_json::Map::new();
    if let Some(t) = filters.since {
        range.insert("gte".into(), json!(t.to_string()));
    }
    if let Some(t) = filters.until {
        range.insert("lte".into(), json!(t.to_string()));
    }
    Some(json!({"range": {"date": range}}))
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
        clauses.push(phrase("speaker", s));
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

/// One `--person`, `--place` or `--org` value (or `person:`... in the query), resolved as
/// locally: its words as a phrase among the names' words, or a dominated bare surname whole.
pub(crate) fn name_clause(
    client: &Client,
    kind: EntityKind,
    value: &str,
    filters: &Filters,
) -> Result<Value> {
    Ok(match kind {
        EntityKind::Person => {
            let mut any = vec![phrase("person", value)];
            if let Some(surname) = dominated_surname(client, value, filters)? {
                any.push(json!({"term": {"person.exact": surname}}));
            }
            json!({"bool": {"should": any, "minimum_should_match": 1}})
        }
        EntityKind::Place => {
            let p = canonical_alias(EntityKind::Place, value).unwrap_or_else(|| value.to_owned());
            let any = vec![phrase("place", &p), phrase("place_within", &p)];
            json!({"bool": {"should": any, "minimum_should_match": 1}})
        }
        _ => {
            let o = canonical_alias(EntityKind::Org, value).unwrap_or_else(|| value.to_owned());
            phrase("org", &o)
        }
    })
}

/// `--person "Ronald Reagan"`: the surname, when the archive names "Reagan" alone as a person
/// and Ronald Reagan dominates the full names with that surname within the date range.
fn dominated_surname(client: &Client, value: &str, filters: &Filters) -> Result<Option<String>> {
    let words: Vec<&str> = value.split_whitespace().collect();
    let Some(&surname) = words.last() else {
        return Ok(None);
    };
    if words.len() < 2 {
        return Ok(None);
    }
    let index = client.target.articles();
    let bare = json!({"query": {"term": {"person.exact": surname}}});
    let n = client.json("POST", &format!("/{index}/_count"), &bare)?;
    if n["count"].as_u64().unwrap_or(0) == 0 {
        return Ok(None);
    }
    let mut must = vec![phrase("person", surname)];
    must.extend(date_range(filters));
    let body = json!({
        "size": 0, "query": {"bool": {"filter": must}},
        "aggs": {"names": {"terms": {"field": "person.facet", "size": 1000}}}
    });
    let reply = client.json("POST", &format!("/{index}/_search"), &body)?;
    let folded_surname = fold_string(surname);
    let counts: HashMap<String, u64> = buckets(&reply, "names")
        .into_iter()
        .filter(|(name, _)| {
            let folded = fold_string(name);
            let mut w = folded.split_whitespace();
            w.next_back() == Some(folded_surname.as_str()) && w.next().is_some()
        })
        .collect();
    let Some((top, &n)) = counts.iter().max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0))) else {
        return Ok(None);
    };
    let others: u64 = counts.values().sum::<u64>() - n;
    let wanted = fold_string(top) == fold_string(value);
    Ok((wanted && n >= MIN_STORIES && n >= DOMINANCE * others).then(|| surname.to_owned()))
}

pub(crate) fn buckets(reply: &Value, agg: &str) -> Vec<(String, u64)> {
    reply
        .pointer(&format!("/aggregations/{agg}/buckets"))
        .and_then(Value::as_array)
        .map(|b| {
            b.iter()
                .filter_map(|b| Some((b["key"].as_str()?.to_owned(), b["doc_count"].as_u64()?)))
                .collect()
        })
        .unwrap_or_default()
}

/// The full query on the articles (or quotes) index: text and filters.
fn full_query(client: &Client, request: &SearchRequest, quotes: bool) -> Result<Value> {
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

pub(crate) fn run_search(client: &Client, index: &str, body: &Value) -> Result<Value> {
    let reply = client.send(
        "POST",
        &format!("/{index}/_search"),
        Some(&body.to_string()),
    )?;
    if reply.status == 404 {
        bail!(
            "no index at {} (run `newsdex index DIR --index {}` first)",
            client.target.shown(),
            client.target.shown()
        );
    }
    if reply.status == 400 {
        return Err(QueryError(format!(
            "the cluster refused the query: {}",
            crate::client::brief(&reply.body)
        ))
        .into());
    }
    if !(200..300).contains(&reply.status) {
        bail!(
            "search on {}: HTTP {}: {}",
            client.target.shown(),
            reply.status,
            crate::client::brief(&reply.body)
        );
    }
    Ok(reply.body)
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

fn location(s: &Value) -> Location {
    let rel = s["path"].as_str().unwrap_or_default().to_owned();
    let record = s["record"].as_u64();
    let file = match s["root"].as_str() {
        Some(root) => std::path::Path::new(root)
            .join(&rel)
            .to_string_lossy()
            .into_owned(),
        None => rel.clone(),
    };
    let path = match record {
        Some(n) => format!("{rel}#{n}"),
        None => rel,
    };
    Location { path, file, record }
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
    request.limits.check_page(request.limit, request.offset)?;
    let body = json!({
        "query": full_query(client, request, true)?,
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
    request.limits.check_top(top)?;
    let (quotes, field, entity) = match kind {
        FacetKind::People => (false, "person", Some(EntityKind::Person)),
        FacetKind::Places => (false, "place", Some(EntityKind::Place)),
        FacetKind::Orgs => (false, "org", Some(EntityKind::Org)),
        FacetKind::Sources => (false, "source", None),
        FacetKind::Speakers => (true, "speaker", None),
    };
    let index = if quotes {
        client.target.quotes()
    } else {
        client.target.articles()
    };
    let query = full_query(client, request, quotes)?;
    // merged rows need room: dropped and merged names leave gaps, as locally
    let wanted = match entity {
        Some(_) => top.saturating_mul(2).saturating_add(20),
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
    let reply = run_search(client, &index, &body)?;
    let mut rows = buckets(&reply, "names");
    let Some(entity) = entity else {
        return Ok(rows);
    };
    rows = crate::names::read_merged(client, &query, entity, rows)?;
    rows.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    rows.truncate(top);
    Ok(rows)
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

/// The ids of the articles `query` matches (quotes reach title, body and bylines this way).
pub(crate) fn ids_matching(client: &Client, query: &Value) -> Result<Vec<String>> {
    keys_of(client, &client.target.articles(), query, false)
}

/// A page of 10,000 at a time, in id order.
fn keys_of(client: &Client, index: &str, query: &Value, quotes: bool) -> Result<Vec<String>> {
    let mut keys = Vec::new();
    let mut after: Option<Value> = None;
    loop {
        let mut body = json!({
            "size": 10_000, "query": query, "sort": [{"id": "asc"}],
            "_source": ["id", "article_id", "text"], "track_total_hits": false
        });
        if let Some(a) = &after {
            body["search_after"] = a.clone();
        }
        let reply = run_search(client, index, &body)?;
        let hits = reply
            .pointer("/hits/hits")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        if hits.is_empty() {
            return Ok(keys);
        }
        for h in &hits {
            let s = &h["_source"];
            keys.push(if quotes {
                format!(
                    "{}:{}",
                    s["article_id"].as_str().unwrap_or_default(),
                    s["text"].as_str().unwrap_or_default()
                )
            } else {
                s["id"].as_str().unwrap_or_default().to_owned()
            });
        }
        after = hits.last().and_then(|h| h.get("sort")).cloned();
    }
}
