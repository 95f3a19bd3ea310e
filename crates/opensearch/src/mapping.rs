//! The index templates newsdex creates and versions: articles, quotes and per-file state.
//!
//! The analyzers follow the local index's (`newsdex_index::schema::register_tokenizers`):
//! `news` splits at anything not a letter or digit, drops words of 40 bytes or more, lower-cases,
//! folds accents and stems with Snowball English (the same Porter2 stemmer tantivy uses);
//! `names` splits at spaces, hyphens, slashes, commas, semicolons, brackets and `&` only, so
//! `O'Sullivan` stays one word.

use anyhow::{bail, Result};
use serde_json::{json, Value};

use crate::client::Client;

/// Bumped whenever a mapping or analyzer changes: an index made by another version is
/// refused with a message, instead of being written with mixed mappings.
pub const TEMPLATE_VERSION: u64 = 3;

fn analysis() -> Value {
    json!({
        "tokenizer": {
            "news_words": {"type": "pattern", "pattern": "[^\\p{L}\\p{N}]+"},
            // the local name tokenizer's separators (`newsdex_index::name_tokenizer`)
            "name_words": {"type": "pattern", "pattern": "[\\s\\-\u{2013}\u{2014}/,;()&]+"}
        },
        "filter": {
            "news_long": {"type": "length", "max": 39},
            "news_stem": {"type": "snowball", "language": "English"},
            "name_trim": {
                "type": "pattern_replace",
                // punctuation around a part goes, inner and final dots stay (`U.S.`)
                "pattern": "^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}.]+$",
                "replacement": ""
            },
            "non_empty": {"type": "length", "min": 1, "max": 39}
        },
        "analyzer": {
            "news": {
                "type": "custom", "tokenizer": "news_words",
                "filter": ["news_long", "lowercase", "asciifolding", "news_stem"]
            },
            "names": {
                "type": "custom", "tokenizer": "name_words",
                "filter": ["name_trim", "non_empty", "lowercase", "asciifolding"]
            }
        },
        "normalizer": {
            "fold": {"type": "custom", "filter": ["lowercase", "asciifolding"]}
        }
    })
}

/// A name field: words for phrase filters, the whole name folded (`exact`) for exact
/// matches, and as written (`facet`) for counting.
fn name_field() -> Value {
    json!({
        "type": "text", "analyzer": "names", "norms": false,
        "fields": {
            "exact": {"type": "keyword", "normalizer": "fold", "ignore_above": 200},
            "facet": {"type": "keyword", "ignore_above": 200}
        }
    })
}

fn keyword() -> Value {
    json!({"type": "keyword"})
}

fn stored_only() -> Value {
    json!({"type": "keyword", "index": false, "doc_values": false})
}

/// Fields every article and quote document carries: origin and the article's filters.
fn shared_properties() -> serde_json::Map<String, Value> {
    let names = json!({"type": "text", "analyzer": "names", "norms": false});
    let mut p = serde_json::Map::new();
    for k in ["id", "article_id", "file_id", "file_hash", "lang"] {
        p.insert(k.into(), keyword());
    }
    p.insert("root".into(), stored_only());
    p.insert("path".into(), stored_only());
    p.insert("record".into(), json!({"type": "long"}));
    p.insert("date".into(), json!({"type": "date"}));
    p.insert(
        "source".into(),
        json!({"type": "text", "analyzer": "names", "norms": false,
               "fields": {"facet": {"type": "keyword", "ignore_above": 200}}}),
    );
    for k in ["person", "place", "org"] {
        p.insert(k.into(), name_field());
    }
    p.insert("place_within".into(), names);
    p
}

fn articles_mapping() -> Value {
    let mut p = shared_properties();
    let text = json!({"type": "text", "analyzer": "news"});
    p.insert("title".into(), text.clone());
    p.insert("body".into(), text);
    p.insert(
        "text_layout".into(),
        json!({"type": "text", "index": false}),
    );
    p.insert("url".into(), keyword());
    p.insert(
        "authors".into(),
        json!({"type": "text", "analyzer": "names", "norms": false}),
    );
    p.insert("dateline".into(), json!({"type": "text", "index": false}));
    json!({"dynamic": "strict", "_meta": {"newsdex": TEMPLATE_VERSION}, "properties": p})
}

fn quotes_mapping() -> Value {
    let mut p = shared_properties();
    p.insert("title".into(), json!({"type": "text", "index": false}));
    p.insert("text".into(), json!({"type": "text", "analyzer": "news"}));
    p.insert("speaker".into(), name_field());
    p.insert("speaker_kind".into(), json!({"type": "keyword"}));
    p.insert(
        "speaker_mention".into(),
        json!({"type": "object", "enabled": false}),
    );
    p.insert("partial".into(), json!({"type": "boolean"}));
    json!({"dynamic": "strict", "_meta": {"newsdex": TEMPLATE_VERSION}, "properties": p})
}

fn state_mapping() -> Value {
    json!({
        "dynamic": "strict",
        "_meta": {"newsdex": TEMPLATE_VERSION},
        "properties": {
            "file_id": keyword(), "root_id": keyword(), "hash": keyword(),
            "path": stored_only(),
            "size": {"type": "long"}, "mtime_ns": {"type": "long"}, "articles": {"type": "long"}
        }
    })
}

/// The template for `index`, with `mappings`.
fn template(index: &str, mappings: Value) -> Value {
    json!({
        "index_patterns": [index],
        "priority": 200,
        "version": TEMPLATE_VERSION,
        "_meta": {"newsdex": TEMPLATE_VERSION},
        "template": {
            "settings": {
                "index": {
                    // one shard: BM25 statistics are then exact, as in the local index; a
                    // bigger archive raises it through NEWSDEX_OPENSEARCH_SHARDS
                    "number_of_shards": shards(),
                    // a replica wherever there is a second node, green on a single one
                    "auto_expand_replicas": "0-1",
                    "refresh_interval": "1s",
                    "max_result_window": 1_000_000
                },
                "analysis": analysis()
            },
            "mappings": mappings
        }
    })
}

fn shards() -> u64 {
    std::env::var("NEWSDEX_OPENSEARCH_SHARDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .filter(|&n| n > 0)
        .unwrap_or(1)
}

/// Creates or updates the three templates and creates the indices, refusing indices that
/// another version of newsdex made.
pub fn ensure(client: &Client) -> Result<()> {
    let t = &client.target;
    for (index, mappings) in [
        (t.articles(), articles_mapping()),
        (t.quotes(), quotes_mapping()),
        (t.state(), state_mapping()),
    ] {
        let name = format!("newsdex-{index}");
        let existing = client.send("GET", &format!("/_index_template/{name}"), None)?;
        let version = existing
            .body
            .pointer("/index_templates/0/index_template/version")
            .and_then(Value::as_u64);
        if version.is_some_and(|v| v > TEMPLATE_VERSION) {
            bail!(
                "{} was set up by a newer newsdex (template version {}; this one writes {}): \
                 upgrade newsdex",
                t.shown(),
                version.unwrap_or(0),
                TEMPLATE_VERSION
            );
        }
        if version != Some(TEMPLATE_VERSION) {
            client.json(
                "PUT",
                &format!("/_index_template/{name}"),
                &template(&index, mappings),
            )?;
        }
        let created = client.send("PUT", &format!("/{index}"), Some("{}"))?;
        let exists = created
            .body
            .pointer("/error/type")
            .and_then(Value::as_str)
            .is_some_and(|k| k == "resource_already_exists_exception");
        if !(200..300).contains(&created.status) && !exists {
            bail!(
                "cannot create index {index} on {}: HTTP {}: {}",
                t.shown(),
                created.status,
                crate::client::brief(&created.body)
            );
        }
        check_index_version(client, &index)?;
    }
    Ok(())
}

/// An existing index must have been made from this version's template.
fn check_index_version(client: &Client, index: &str) -> Result<()> {
    let mapping = client.ok("GET", &format!("/{index}/_mapping"), None)?;
    let version = mapping
        .pointer(&format!("/{index}/mappings/_meta/newsdex"))
        .and_then(Value::as_u64);
    if version != Some(TEMPLATE_VERSION) {
        bail!(
            "index {index} on {} was not made by this newsdex (mapping version {:?}, expected \
             {TEMPLATE_VERSION}): delete it (DELETE /{index}) and index again, or use another \
             prefix",
            client.target.shown(),
            version
        );
    }
    Ok(())
}

/// True when the articles index exists (a search on a missing one says how to make it).
pub fn exists(client: &Client) -> Result<bool> {
    let reply = client.send("HEAD", &format!("/{}", client.target.articles()), None)?;
    Ok(reply.status == 200)
}
