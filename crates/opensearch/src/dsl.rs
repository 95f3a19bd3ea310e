//! Clauses and requests shared by the query translation, the facets and the searches:
//! name filters resolved as locally, date ranges, search requests and their answers.

use std::collections::HashMap;

use anyhow::{bail, Result};
use serde_json::{json, Value};

use crate::client::Client;
use newsdex_extract::{canonical_alias, fold_string, EntityKind};
use newsdex_search::names::dominant;
use newsdex_search::{Filters, QueryError};

pub(crate) fn phrase(field: &str, value: &str) -> Value {
    json!({"match_phrase": {field: value}})
}

pub(crate) fn date_range(filters: &Filters) -> Option<Value> {
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
            let articles = client.target.articles();
            let bare_in = (articles.as_str(), "person.exact");
            if let Some(surname) = dominated_surname(client, value, filters, bare_in)? {
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

/// `--speaker "Ronald Reagan"` (or `speaker:` in the query), resolved as locally: its words
/// as a phrase among the speaker's words, or the bare surname whole where the full name
/// dominates it among the archive's people.
pub(crate) fn speaker_clause(client: &Client, value: &str, filters: &Filters) -> Result<Value> {
    let mut any = vec![phrase("speaker", value)];
    let quotes = client.target.quotes();
    let bare_in = (quotes.as_str(), "speaker.exact");
    if let Some(surname) = dominated_surname(client, value, filters, bare_in)? {
        any.push(json!({"term": {"speaker.exact": surname}}));
    }
    Ok(json!({"bool": {"should": any, "minimum_should_match": 1}}))
}

/// Articles (or quotes) naming `name` whole in the exact field of `bare_in` (index, field).
pub(crate) fn count_whole(client: &Client, bare_in: (&str, &str), name: &str) -> Result<u64> {
    let (index, field) = bare_in;
    let bare = json!({"query": {"term": {field: name}}});
    let n = client.json("POST", &format!("/{index}/_count"), &bare)?;
    Ok(n["count"].as_u64().unwrap_or(0))
}

/// `--person "Ronald Reagan"`: the surname, when the archive names "Reagan" alone (in
/// `bare_in`: people of articles, or speakers of quotes) and Ronald Reagan dominates the
/// full names with that surname within the date range.
fn dominated_surname(
    client: &Client,
    value: &str,
    filters: &Filters,
    bare_in: (&str, &str),
) -> Result<Option<String>> {
    let words: Vec<&str> = value.split_whitespace().collect();
    let Some(&surname) = words.last() else {
        return Ok(None);
    };
    if words.len() < 2 || count_whole(client, bare_in, surname)? == 0 {
        return Ok(None);
    }
    let counts = full_names_ending(client, surname, filters)?;
    Ok(dominant(&counts, &fold_string(value)).map(|_| surname.to_owned()))
}

/// Full names (two words or more) ending in `surname`, with their article counts, among the
/// articles in the filters' date range.
pub(crate) fn full_names_ending(
    client: &Client,
    surname: &str,
    filters: &Filters,
) -> Result<HashMap<String, u64>> {
    let index = client.target.articles();
    let mut must = vec![phrase("person", surname)];
    must.extend(date_range(filters));
    let body = json!({
        "size": 0, "query": {"bool": {"filter": must}},
        "aggs": {"names": {"terms": {"field": "person.facet", "size": SURNAME_CANDIDATES}}}
    });
    let reply = client.json("POST", &format!("/{index}/_search"), &body)?;
    let folded_surname = fold_string(surname);
    Ok(buckets(&reply, "names")
        .into_iter()
        .filter(|(name, _)| {
            let folded = fold_string(name);
            let mut w = folded.split_whitespace();
            w.next_back() == Some(folded_surname.as_str()) && w.next().is_some()
        })
        .collect())
}

/// Full names with one surname read when deciding dominance, as locally.
const SURNAME_CANDIDATES: usize = 1000;

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

/// The ids of the articles `query` matches (quotes reach title, body and bylines this way).
pub(crate) fn ids_matching(client: &Client, query: &Value) -> Result<Vec<String>> {
    keys_of(client, &client.target.articles(), query, false)
}

/// A page of 10,000 at a time, in id order.
pub(crate) fn keys_of(
    client: &Client,
    index: &str,
    query: &Value,
    quotes: bool,
) -> Result<Vec<String>> {
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
