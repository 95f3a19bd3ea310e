//! An article and what was extracted from it, as OpenSearch documents: one in the articles
//! index, one per quote in the quotes index.
//!
//! Ids are the local index's: the article id is its 16 hex digits (from root, path and record),
//! a quote's is the article's and its position. Writing a file again overwrites the same
//! documents, so re-runs, a second indexer on the same share, or a retried bulk whose answer
//! was lost never duplicate anything.

use serde_json::{json, Map, Value};

use newsdex_corpus::{id_string, Article};
use newsdex_extract::{archive_speaker, Entity, Extracted};

/// One bulk `index` action and its document.
#[derive(Debug, Clone)]
pub struct Doc {
    /// Target index.
    pub index: String,
    /// `_id`.
    pub id: String,
    /// The document.
    pub source: Value,
}

impl Doc {
    /// The two NDJSON lines of a bulk `index` action.
    pub fn bulk_lines(&self, out: &mut String) {
        let action = json!({"index": {"_index": self.index, "_id": self.id}});
        out.push_str(&action.to_string());
        out.push('\n');
        out.push_str(&self.source.to_string());
        out.push('\n');
    }
}

/// Where an article came from, as its documents carry it.
pub struct Origin<'a> {
    /// The file's id (hex), shared by all its documents: what a re-run deletes stale ones by.
    pub file_id: &'a str,
    /// The file's content hash (hex) when it was read: documents of another hash are stale.
    pub file_hash: &'a str,
    /// The indexed root, as shown.
    pub root: &'a str,
}

/// Entities with the most mentions first, as the local index stores them (a hit's "main
/// people").
fn by_salience(entities: &[Entity]) -> Vec<&str> {
    let mut sorted: Vec<&Entity> = entities.iter().collect();
    sorted.sort_by_key(|e| std::cmp::Reverse(e.mentions.len()));
    sorted.into_iter().map(|e| e.name.as_str()).collect()
}

/// The fields an article and its quotes share: origin, date, source and the article's names.
fn shared(origin: &Origin, article: &Article, extracted: &Extracted) -> Map<String, Value> {
    let mut m = Map::new();
    let id = id_string(article.key);
    m.insert("id".into(), json!(id));
    m.insert("article_id".into(), json!(id));
    m.insert("file_id".into(), json!(origin.file_id));
    m.insert("file_hash".into(), json!(origin.file_hash));
    if !origin.root.is_empty() {
        m.insert("root".into(), json!(origin.root));
    }
    m.insert("path".into(), json!(article.path));
    if let Some(r) = article.record {
        m.insert("record".into(), json!(r));
    }
    if let Some(date) = article.date {
        m.insert("date".into(), json!(date.to_string()));
    }
    if let Some(source) = &article.source {
        m.insert("source".into(), json!(source));
    }
    if let Some(lang) = extracted.lang() {
        m.insert("lang".into(), json!(lang));
    }
    m.insert("person".into(), json!(by_salience(&extracted.people)));
    m.insert("place".into(), json!(by_salience(&extracted.places)));
    m.insert("org".into(), json!(by_salience(&extracted.orgs)));
    let within: Vec<&str> = extracted
        .places
        .iter()
        .flat_map(|p| p.parents.iter().map(String::as_str))
        .collect();
    if !within.is_empty() {
        m.insert("place_within".into(), json!(within));
    }
    m
}

/// The article's document, then one per quote.
pub fn article_docs(
    articles_index: &str,
    quotes_index: &str,
    origin: &Origin,
    article: &Article,
    extracted: &Extracted,
) -> Vec<Doc> {
    let id = id_string(article.key);
    let base = shared(origin, article, extracted);
    let mut a = base.clone();
    a.insert("title".into(), json!(article.title()));
    a.insert("body".into(), json!(article.body()));
    if let Some(layout) = newsdex_index::layout::text_layout(article) {
        a.insert("text_layout".into(), json!(layout));
    }
    if let Some(url) = &article.url {
        a.insert("url".into(), json!(url));
    }
    if !article.authors.is_empty() {
        a.insert("authors".into(), json!(article.authors));
    }
    if let Some(dateline) = &article.dateline {
        a.insert("dateline".into(), json!(dateline));
    }
    let mut docs = Vec::with_capacity(1 + extracted.quotes.len());
    docs.push(Doc {
        index: articles_index.to_owned(),
        id: id.clone(),
        source: Value::Object(a),
    });
    for (n, quote) in extracted.quotes.iter().enumerate() {
        let mut q = base.clone();
        let quote_id = format!("{id}-{n}");
        q.insert("id".into(), json!(quote_id));
        q.insert("title".into(), json!(article.title()));
        q.insert("text".into(), json!(quote.text));
        q.insert("partial".into(), json!(quote.partial));
        if let Some(speaker) = archive_speaker(quote) {
            q.insert("speaker".into(), json!(speaker));
        }
        if let Some(kind) = quote.speaker_kind {
            q.insert("speaker_kind".into(), json!(kind.as_str()));
        }
        if let Some(mention) = &quote.speaker_mention {
            if let Ok(v) = serde_json::to_value(mention) {
                q.insert("speaker_mention".into(), v);
            }
        }
        docs.push(Doc {
            index: quotes_index.to_owned(),
            id: quote_id,
            source: Value::Object(q),
        });
    }
    docs
}
