//! One article from a cluster, by id or by file (`show`): the local index's
//! [`StoredArticle`], built from the same stored fields, so that `show` prints both alike.

use std::path::Path;

use anyhow::Result;
use serde_json::{json, Value};

use crate::client::Client;
use crate::dsl::run_search;
use crate::search::location;
use newsdex_corpus::id_string;
use newsdex_index::layout::rebuild_text;
use newsdex_search::{ArticleRef, FileCandidates, QueryError, StoredArticle};

/// The article `which` names: `Ok(None)` when the cluster has none such; a [`QueryError`]
/// when a file holds several articles and no record number says which (as locally).
pub fn article(client: &Client, which: &ArticleRef) -> Result<Option<StoredArticle>> {
    let id = match which {
        ArticleRef::Id(key) => Some(id_string(*key)),
        ArticleRef::File { path, record } => find_file(client, path, *record)?,
    };
    let Some(id) = id else {
        return Ok(None);
    };
    let reply = client.send(
        "GET",
        &format!("/{}/_doc/{id}", client.target.articles()),
        None,
    )?;
    if reply.status == 404 && reply.body.get("error").is_some() {
        // no such index (a missing document answers 404 too, without an error)
        anyhow::bail!(
            "no index at {} (run `newsdex index DIR --index {}` first)",
            client.target.shown(),
            client.target.shown()
        );
    }
    if reply.status == 404 || reply.body["found"] == Value::Bool(false) {
        return Ok(None);
    }
    if !(200..300).contains(&reply.status) {
        anyhow::bail!(
            "reading article {id} from {}: HTTP {}: {}",
            client.target.shown(),
            reply.status,
            crate::client::brief(&reply.body)
        );
    }
    Ok(Some(stored(&reply.body["_source"])))
}

/// Most names of each kind an article lists, as the local lookup caps them.
const MAX_NAMES: usize = 1000;

fn strs(v: &Value) -> Vec<String> {
    v.as_array()
        .map(|a| {
            a.iter()
                .filter_map(Value::as_str)
                .take(MAX_NAMES)
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default()
}

fn text(v: &Value) -> Option<String> {
    v.as_str().map(str::to_owned)
}

/// An article document as the local index's stored article.
fn stored(s: &Value) -> StoredArticle {
    let title = text(&s["title"]).unwrap_or_default();
    let body = s["body"].as_str().unwrap_or_default();
    let rebuilt = rebuild_text(&title, body, s["text_layout"].as_str());
    StoredArticle {
        id: text(&s["id"]).unwrap_or_default(),
        location: location(s),
        date: text(&s["date"]),
        source: text(&s["source"]),
        url: text(&s["url"]),
        authors: strs(&s["authors"]),
        dateline: text(&s["dateline"]),
        title,
        text: rebuilt.text,
        body_start: rebuilt.body.start,
        people: strs(&s["person"]),
        places: strs(&s["place"]),
        orgs: strs(&s["org"]),
    }
}

/// The id of the article of a file on disk. Ids hash the indexed root and the path under
/// it, and the root can be any directory above the file: each is tried, nearest first (as
/// `newsdex_search::article` does locally).
fn find_file(client: &Client, path: &Path, record: Option<u32>) -> Result<Option<String>> {
    for candidate in FileCandidates::of(path)? {
        let file_id = format!("{:016x}", candidate.file_id());
        let reply = run_search(
            client,
            &client.target.articles(),
            &json!({
                "size": 1, "track_total_hits": true, "_source": false,
                "query": {"term": {"file_id": file_id}}
            }),
        )?;
        let count = reply
            .pointer("/hits/total/value")
            .and_then(Value::as_u64)
            .unwrap_or(0);
        if count == 0 {
            continue;
        }
        return match record {
            Some(n) => Ok(Some(id_string(candidate.record_id(n)))),
            None if count == 1 => Ok(reply
                .pointer("/hits/hits/0/_id")
                .and_then(Value::as_str)
                .map(str::to_owned)),
            None => Err(QueryError(format!(
                "{} holds {count} articles: add #N to name one (e.g. {}#1)",
                path.display(),
                path.display()
            ))
            .into()),
        };
    }
    Ok(None)
}
