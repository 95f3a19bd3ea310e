//! Searching the index: articles, quotes and facets.

pub mod output;
pub mod query;
pub mod snippet;

use anyhow::{Context, Result};
use serde::Serialize;
use tantivy::collector::{Count, FacetCollector, TopDocs};
use tantivy::query::Query;
use tantivy::schema::{Field, OwnedValue, Value};
use tantivy::{DocAddress, Order, Searcher, TantivyDocument};

use crate::index::schema::{KIND_ARTICLE, KIND_QUOTE};
use crate::index::{Fields, NewsIndex};
pub use query::{Filters, QueryError};
use snippet::Snippet;

/// Result order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum SortBy {
    Relevance,
    Date,
}

/// A search as the user asked it.
#[derive(Debug, Clone, Default)]
pub struct SearchRequest {
    pub query: String,
    pub filters: Filters,
    pub limit: usize,
    pub offset: usize,
    /// `None`: relevance when there is query text, newest first otherwise.
    pub sort: Option<SortBy>,
}

impl SearchRequest {
    fn sort(&self) -> SortBy {
        self.sort.unwrap_or(if self.query.trim().is_empty() {
            SortBy::Date
        } else {
            SortBy::Relevance
        })
    }
}

/// One matching article.
#[derive(Debug, Clone, Serialize)]
pub struct Hit {
    pub rank: usize,
    pub id: String,
    pub path: String,
    pub title: String,
    pub date: Option<String>,
    pub source: Option<String>,
    pub score: f32,
    pub snippet: String,
    pub highlights: Vec<[usize; 2]>,
    pub people: Vec<String>,
    pub places: Vec<String>,
}

/// One matching quote.
#[derive(Debug, Clone, Serialize)]
pub struct QuoteHit {
    pub text: String,
    pub speaker: Option<String>,
    pub speaker_mention: Option<serde_json::Value>,
    pub partial: bool,
    pub article_id: String,
    pub path: String,
    pub title: String,
    pub date: Option<String>,
}

/// The total count and one page of hits.
#[derive(Debug)]
pub struct Page<T> {
    pub total: usize,
    pub hits: Vec<T>,
}

/// Which canonical-name facet to count.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FacetKind {
    People,
    Places,
    Orgs,
    Speakers,
    Sources,
}

/// Searches articles.
pub fn search(index: &NewsIndex, request: &SearchRequest) -> Result<Page<Hit>> {
    let f = &index.fields;
    let text = query::parse_text(
        &index.index,
        f,
        &[(f.title, 2.0), (f.body, 1.0)],
        &request.query,
    )?;
    let full = query::with_filters(
        &index.index,
        f,
        text.box_clone(),
        KIND_ARTICLE,
        &request.filters,
    );
    let searcher = searcher(index)?;
    let (total, addresses) = top_docs(&searcher, &*full, request, request.sort())?;
    let snippets = snippet::SnippetMaker::new(&searcher, index, &*text, &request.filters)?;
    let mut hits = Vec::with_capacity(addresses.len());
    for (i, (score, address)) in addresses.into_iter().enumerate() {
        let doc: TantivyDocument = searcher.doc(address).context("reading a hit")?;
        let body = first_str(&doc, f.body).unwrap_or_default();
        let Snippet { text, highlights } = snippets.make(&body);
        hits.push(Hit {
            rank: request.offset + i + 1,
            id: first_str(&doc, f.id).unwrap_or_default(),
            path: display_path(&doc, f),
            title: first_str(&doc, f.title).unwrap_or_default(),
            date: date_of(&doc, f),
            source: first_str(&doc, f.source),
            score,
            snippet: text,
            highlights,
            people: all_str(&doc, f.person, 3),
            places: all_str(&doc, f.place, 3),
        });
    }
    Ok(Page { total, hits })
}

/// Searches quotes: the query runs over the quote text.
pub fn search_quotes(index: &NewsIndex, request: &SearchRequest) -> Result<Page<QuoteHit>> {
    let f = &index.fields;
    let text = query::parse_text(&index.index, f, &[(f.quote, 1.0)], &request.query)?;
    let full = query::with_filters(&index.index, f, text, KIND_QUOTE, &request.filters);
    let searcher = searcher(index)?;
    let (total, addresses) = top_docs(&searcher, &*full, request, request.sort())?;
    let mut hits = Vec::with_capacity(addresses.len());
    for (_, address) in addresses {
        let doc: TantivyDocument = searcher.doc(address).context("reading a quote")?;
        hits.push(QuoteHit {
            text: first_str(&doc, f.quote).unwrap_or_default(),
            speaker: first_str(&doc, f.speaker),
            speaker_mention: first_str(&doc, f.speaker_mention)
                .and_then(|s| serde_json::from_str(&s).ok()),
            partial: first_u64(&doc, f.partial) == Some(1),
            article_id: first_str(&doc, f.article_id).unwrap_or_default(),
            path: display_path(&doc, f),
            title: first_str(&doc, f.title).unwrap_or_default(),
            date: date_of(&doc, f),
        });
    }
    Ok(Page { total, hits })
}

/// Counts canonical names over the articles (or, for speakers, the quotes) matching
/// `request`, most frequent first.
pub fn facet(
    index: &NewsIndex,
    request: &SearchRequest,
    kind: FacetKind,
    top: usize,
) -> Result<Vec<(String, u64)>> {
    let f = &index.fields;
    let (doc_kind, default_fields, field_name) = match kind {
        FacetKind::Speakers => (KIND_QUOTE, vec![(f.quote, 1.0)], "speaker_facet"),
        FacetKind::People => (KIND_ARTICLE, text_fields(f), "person_facet"),
        FacetKind::Places => (KIND_ARTICLE, text_fields(f), "place_facet"),
        FacetKind::Orgs => (KIND_ARTICLE, text_fields(f), "org_facet"),
        FacetKind::Sources => (KIND_ARTICLE, text_fields(f), "source_facet"),
    };
    let text = query::parse_text(&index.index, f, &default_fields, &request.query)?;
    let full = query::with_filters(&index.index, f, text, doc_kind, &request.filters);
    let searcher = searcher(index)?;
    let mut collector = FacetCollector::for_field(field_name);
    collector.add_facet("/");
    let counts = searcher
        .search(&*full, &collector)
        .context("counting facets")?;
    Ok(counts
        .top_k("/", top)
        .into_iter()
        .map(|(facet, n)| {
            let name = facet
                .to_path()
                .last()
                .map(|s| s.to_string())
                .unwrap_or_default();
            (name, n)
        })
        .collect())
}

fn text_fields(f: &Fields) -> Vec<(Field, f32)> {
    vec![(f.title, 2.0), (f.body, 1.0)]
}

pub(crate) fn searcher(index: &NewsIndex) -> Result<Searcher> {
    Ok(index.reader()?.searcher())
}

/// The total and one page of `(score, address)`, by relevance or newest first.
fn top_docs(
    searcher: &Searcher,
    query: &dyn Query,
    request: &SearchRequest,
    sort: SortBy,
) -> Result<(usize, Vec<(f32, DocAddress)>)> {
    let limit = request.limit.max(1);
    let top = TopDocs::with_limit(limit).and_offset(request.offset);
    match sort {
        SortBy::Relevance => {
            let (total, docs) = searcher
                .search(query, &(Count, top.order_by_score()))
                .context("searching")?;
            Ok((total, docs))
        }
        SortBy::Date => {
            let (total, docs) = searcher
                .search(
                    query,
                    &(
                        Count,
                        top.order_by_fast_field::<tantivy::DateTime>("date", Order::Desc),
                    ),
                )
                .context("searching")?;
            Ok((total, docs.into_iter().map(|(_, a)| (0.0, a)).collect()))
        }
    }
}

pub(crate) fn first_str(doc: &TantivyDocument, field: Field) -> Option<String> {
    doc.get_first(field)
        .and_then(|v| v.as_str())
        .map(str::to_owned)
}

fn all_str(doc: &TantivyDocument, field: Field, max: usize) -> Vec<String> {
    doc.get_all(field)
        .filter_map(|v| v.as_str().map(str::to_owned))
        .take(max)
        .collect()
}

fn first_u64(doc: &TantivyDocument, field: Field) -> Option<u64> {
    doc.get_first(field).and_then(|v| v.as_u64())
}

fn display_path(doc: &TantivyDocument, f: &Fields) -> String {
    let path = first_str(doc, f.path).unwrap_or_default();
    match first_u64(doc, f.record) {
        Some(n) => format!("{path}#{n}"),
        None => path,
    }
}

fn date_of(doc: &TantivyDocument, f: &Fields) -> Option<String> {
    let value: OwnedValue = doc.get_first(f.date)?.into();
    match value {
        OwnedValue::Date(d) => {
            jiff::Timestamp::from_nanosecond(i128::from(d.into_timestamp_nanos()))
                .ok()
                .map(|t| t.to_string())
        }
        _ => None,
    }
}
