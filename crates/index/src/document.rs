//! Article + Extracted -> tantivy documents.

use tantivy::{DateTime, TantivyDocument};

use crate::schema::{Fields, KIND_ARTICLE, KIND_FILE, KIND_QUOTE};
use crate::state::FileState;
use newsdex_corpus::Article;
use newsdex_extract::{archive_speaker, Entity, Extracted};

/// Where an article came from, shared by all its documents.
pub struct Origin<'a> {
    /// Hash of the file key: the term that deletes the file's documents.
    pub file_id: u64,
    /// The indexed root (absolute, canonical) the file was found under, as the bytes of its
    /// path; empty for articles read from standard input.
    pub root: &'a [u8],
}

/// The documents for one article: the article itself, then one per quote. The first article
/// of a file carries the file's `state` (see [`super::state`]).
pub fn article_documents(
    f: &Fields,
    origin: &Origin,
    article: &Article,
    extracted: &Extracted,
    state: Option<&FileState>,
) -> Vec<TantivyDocument> {
    let mut docs = Vec::with_capacity(1 + extracted.quotes.len());
    let mut doc =
        TantivyDocument::with_capacity(article_size(article, extracted) + origin.root.len());
    doc.add_text(f.kind, KIND_ARTICLE);
    if let Some(state) = state {
        add_file_state(&mut doc, f, state);
    }
    add_origin(&mut doc, f, origin, article);
    add_entities(&mut doc, f, extracted);
    if let Some(code) = extracted.lang() {
        doc.add_text(f.lang, code);
    }
    doc.add_text(f.title, article.title());
    doc.add_u64(f.article_key, article.key);
    doc.add_text(f.body, article.body());
    if let Some(layout) = crate::layout::text_layout(article) {
        doc.add_text(f.text_layout, layout);
    }
    if let Some(url) = &article.url {
        doc.add_text(f.url, url);
    }
    for author in &article.authors {
        doc.add_text(f.authors, author);
    }
    if let Some(dateline) = &article.dateline {
        doc.add_text(f.dateline, dateline);
    }
    // Facets count articles, so only the article carries the facet values (a quote's
    // source is searchable through `source`).
    if let Some(source) = &article.source {
        doc.add_text(f.source_facet, source);
    }
    for (facet_field, entities) in [
        (f.person_facet, &extracted.people),
        (f.place_facet, &extracted.places),
        (f.org_facet, &extracted.orgs),
    ] {
        for entity in entities {
            doc.add_text(facet_field, &entity.name);
        }
    }
    docs.push(doc);
    for quote in &extracted.quotes {
        // A quote carries what quote searches filter on directly and what a hit shows of
        // its article (path, title); its article's people and places are reached through
        // `quote_of` (see search::quote_query).
        let mut q = TantivyDocument::with_capacity(
            ORIGIN_SIZE
                + origin.root.len()
                + article.path.len()
                + article.title().len()
                + quote.text.len()
                + 2 * SPEAKER_SIZE,
        );
        q.add_text(f.kind, KIND_QUOTE);
        q.add_u64(f.article_key, article.key);
        q.add_u64(f.quote_of, article.key);
        add_origin(&mut q, f, origin, article);
        q.add_text(f.article_title, article.title());
        q.add_text(f.quote, &quote.text);
        q.add_u64(f.partial, quote.partial as u64);
        if let Some(speaker) = archive_speaker(quote) {
            q.add_text(f.speaker, &speaker);
            q.add_text(f.speaker_facet, &speaker);
            q.add_text(f.speaker_name, &speaker);
        }
        if let Some(kind) = quote.speaker_kind {
            q.add_text(f.speaker_kind, kind.as_str());
        }
        if let Some(mention) = &quote.speaker_mention {
            if let Ok(json) = serde_json::to_string(mention) {
                q.add_text(f.speaker_mention, json);
            }
        }
        docs.push(q);
    }
    docs
}

/// Bytes a document's values take besides its article text and path (numbers, date, kind,
/// source, url, authors, dateline, length prefixes), roughly. Documents are sized up front
/// because tantivy's default of 1 KB is too small for most articles (the body is copied
/// again on every growth) and far too big for a file's state.
const ORIGIN_SIZE: usize = 256;
/// A speaker's name, roughly, with its JSON mention.
const SPEAKER_SIZE: usize = 64;

/// The bytes an article document needs: its texts, names and origin.
fn article_size(article: &Article, extracted: &Extracted) -> usize {
    let names: usize = [&extracted.people, &extracted.places, &extracted.orgs]
        .into_iter()
        .flatten()
        .map(|entity| 2 * entity.name.len() + entity.parents.iter().map(String::len).sum::<usize>())
        .sum();
    ORIGIN_SIZE + article.path.len() + article.text.len() + names
}

/// Where the article came from: its file, path and record number.
fn add_origin(doc: &mut TantivyDocument, f: &Fields, origin: &Origin, article: &Article) {
    doc.add_u64(f.file_id, origin.file_id);
    if !origin.root.is_empty() {
        // stored to be shown and opened: a root that is not UTF-8 shows as near as it can
        doc.add_text(f.root, String::from_utf8_lossy(origin.root));
    }
    doc.add_text(f.path, &article.path);
    if let Some(record) = article.record {
        doc.add_u64(f.record, u64::from(record));
    }
    add_dated_source(doc, f, article);
}

/// Date and source: on the article and on each quote, which filter and sort by them.
fn add_dated_source(doc: &mut TantivyDocument, f: &Fields, article: &Article) {
    if let Some(date) = article.date {
        doc.add_date(
            f.date,
            DateTime::from_timestamp_nanos(date.as_nanosecond() as i64),
        );
    }
    if let Some(source) = &article.source {
        doc.add_text(f.source, source);
    }
}

/// The article document's searchable names.
fn add_entities(doc: &mut TantivyDocument, f: &Fields, extracted: &Extracted) {
    for entity in by_salience(&extracted.people) {
        doc.add_text(f.person, &entity.name);
        doc.add_text(f.person_name, &entity.name);
    }
    // Parents are searchable (`--place "Gaza Strip"` finds Rafah stories) but are not facet
    // values: the facet lists what the article names.
    for entity in by_salience(&extracted.places) {
        doc.add_text(f.place, &entity.name);
        doc.add_text(f.place_name, &entity.name);
        for parent in &entity.parents {
            doc.add_text(f.place_within, parent);
        }
    }
    for entity in by_salience(&extracted.orgs) {
        doc.add_text(f.org, &entity.name);
        doc.add_text(f.org_name, &entity.name);
    }
}

/// Entities with the most mentions first: the stored order is what a hit shows as
/// "main people and places".
fn by_salience(entities: &[Entity]) -> Vec<&Entity> {
    let mut sorted: Vec<&Entity> = entities.iter().collect();
    sorted.sort_by_key(|e| std::cmp::Reverse(e.mentions.len()));
    sorted
}

/// The state document recording that a file was indexed as it is now, for files whose
/// state no article carries.
pub fn file_state_document(f: &Fields, file_id: u64, state: &FileState) -> TantivyDocument {
    let mut doc = TantivyDocument::with_capacity(96);
    doc.add_text(f.kind, KIND_FILE);
    doc.add_u64(f.file_id, file_id);
    add_file_state(&mut doc, f, state);
    doc
}

/// The file state's fast fields (the document has the file's `file_id` already).
fn add_file_state(doc: &mut TantivyDocument, f: &Fields, state: &FileState) {
    doc.add_u64(f.root_id, state.root_id);
    doc.add_u64(f.file_size, state.stat.size);
    doc.add_i64(f.file_mtime, state.stat.mtime_ns);
    doc.add_u64(f.file_hash, state.hash);
    doc.add_u64(f.file_articles, state.articles);
}
