//! newsdex's search: what a user asks (query text, filters, paging) in, hits, quotes, facet
//! counts and index statistics out, over a [`NewsIndex`]. Printing is the caller's.
//!
//! - `query`: the query text and filters as a tantivy query, and the errors a user must fix;
//! - `snippet`: a hit's best passage with the matched words' offsets;
//! - `facets`: two small collectors over fast fields (name counts, article keys);
//! - `stats`: what the index holds.
#![warn(missing_docs)]

mod facets;
pub mod names;
pub mod query;
mod snippet;
mod stats;

use anyhow::{Context, Result};
use serde::Serialize;

use tantivy::collector::{Count, TopDocs};
use tantivy::query::{AllQuery, Query};
use tantivy::schema::{Field, OwnedValue, Value};
use tantivy::{DocAddress, Order, Searcher, TantivyDocument};

use newsdex_corpus::id_string;
use newsdex_extract::EntityKind;
use newsdex_index::schema::{field, KIND_ARTICLE, KIND_QUOTE};
use newsdex_index::{Fields, NewsIndex};
pub use query::{Filters, QueryError};
use snippet::Snippet;
pub use stats::{stats, Stats};

/// Result order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SortBy {
    /// Best match first (BM25).
    Relevance,
    /// Newest first.
    Date,
}

/// A search as the user asked it.
#[derive(Debug, Clone, Default)]
pub struct SearchRequest {
    /// Query text in the query language (empty: everything).
    pub query: String,
    /// Filters every hit must pass.
    pub filters: Filters,
    /// Hits to return.
    pub limit: usize,
    /// Hits to skip first (paging).
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
    /// 1-based rank in the whole result list.
    pub rank: usize,
    /// Article id (16 hex digits).
    pub id: String,
    /// Path relative to the indexed root.
    pub path: String,
    /// Headline (stemmed, boosted in ranking).
    pub title: String,
    /// Publication date.
    pub date: Option<String>,
    /// Outlet (e.g. Reuters), searchable.
    pub source: Option<String>,
    /// Where the article was published, when its file says (JSON, web pages, archives).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    /// Bylines.
    pub authors: Vec<String>,
    /// BM25 score (0 when sorted by date).
    pub score: f32,
    /// The best passage of the body.
    pub snippet: String,
    /// Byte ranges of matched words in `snippet`.
    pub highlights: Vec<[usize; 2]>,
    /// Its main people (most mentioned first).
    pub people: Vec<String>,
    /// Its main places (most mentioned first).
    pub places: Vec<String>,
    /// Its language (ISO 639-3), when the text told.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
}

/// One matching quote.
#[derive(Debug, Clone, Serialize)]
pub struct QuoteHit {
    /// The quoted words.
    pub text: String,
    /// A quote's speaker, searchable.
    pub speaker: Option<String>,
    /// The words naming the speaker, as `{"start","end","text"}`.
    pub speaker_mention: Option<serde_json::Value>,
    /// 1 for a partial quote.
    pub partial: bool,
    /// Its article's id.
    pub article_id: String,
    /// Path relative to the indexed root.
    pub path: String,
    /// Headline (stemmed, boosted in ranking).
    pub title: String,
    /// Publication date.
    pub date: Option<String>,
}

/// The total count and one page of hits.
#[derive(Debug)]
pub struct Page<T> {
    /// Matches in all.
    pub total: usize,
    /// This page of them.
    pub hits: Vec<T>,
}

/// Which canonical-name facet to count.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FacetKind {
    /// People named in the matching articles.
    People,
    /// Places named in the matching articles.
    Places,
    /// Organisations named in the matching articles.
    Orgs,
    /// Speakers of the matching quotes.
    Speakers,
    /// Outlets of the matching articles.
    Sources,
}

/// Searches articles.
pub fn search(index: &NewsIndex, request: &SearchRequest) -> Result<Page<Hit>> {
    let f = &index.fields;
    let text = query::parse_text(
        &index.index,
        &[(f.title, 2.0), (f.body, 1.0)],
        &request.query,
    )?;
    let searcher = searcher(index)?;
    let names = names::resolve(index, &searcher, &request.filters)?;
    let full = query::with_filters(
        &index.index,
        f,
        text.box_clone(),
        KIND_ARTICLE,
        &request.filters,
        &names,
        None,
    );
    let (total, addresses) = top_docs(&searcher, &*full, request, request.sort())?;
    let snippets = snippet::SnippetMaker::new(&searcher, index, &*text, &request.filters)?;
    let mut hits = Vec::with_capacity(addresses.len());
    for (i, (score, address)) in addresses.into_iter().enumerate() {
        let doc: TantivyDocument = searcher.doc(address).context("reading a hit")?;
        let body = first_str(&doc, f.body).unwrap_or_default();
        let Snippet { text, highlights } = snippets.make(&body);
        hits.push(Hit {
            rank: request.offset + i + 1,
            id: id_string(first_u64(&doc, f.article_key).unwrap_or(0)),
            path: display_path(&doc, f),
            title: first_str(&doc, f.title).unwrap_or_default(),
            date: date_of(&doc, f),
            source: first_str(&doc, f.source),
            url: first_str(&doc, f.url),
            authors: all_str(&doc, f.authors, 10),
            score,
            snippet: text,
            highlights,
            people: all_str(&doc, f.person, 3),
            places: all_str(&doc, f.place, 3),
            lang: first_str(&doc, f.lang),
        });
    }
    Ok(Page { total, hits })
}

/// Searches quotes: the query runs over the quote text.
pub fn search_quotes(index: &NewsIndex, request: &SearchRequest) -> Result<Page<QuoteHit>> {
    let f = &index.fields;
    let searcher = searcher(index)?;
    let full = quote_query(index, &searcher, request)?;
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
            article_id: id_string(first_u64(&doc, f.article_key).unwrap_or(0)),
            path: display_path(&doc, f),
            title: first_str(&doc, f.article_title).unwrap_or_default(),
            date: date_of(&doc, f),
        });
    }
    Ok(Page { total, hits })
}

/// The quote query: text over the quote, speaker/source/date filters on the quote, and the
/// people/places/orgs filters through the set of articles that pass them.
fn quote_query(
    index: &NewsIndex,
    searcher: &Searcher,
    request: &SearchRequest,
) -> Result<Box<dyn Query>> {
    let f = &index.fields;
    let text = query::parse_text(&index.index, &[(f.quote, 1.0)], &request.query)?;
    let names = names::resolve(index, searcher, &request.filters)?;
    let articles = if query::has_article_filters(&request.filters) {
        let article_query = query::with_filters(
            &index.index,
            f,
            Box::new(AllQuery),
            KIND_ARTICLE,
            &request.filters,
            &names,
            None,
        );
        let keys = searcher
            .search(&*article_query, &facets::ArticleKeys)
            .context("filtering quotes by article")?;
        Some(query::article_filter(f, &keys))
    } else {
        None
    };
    Ok(query::with_filters(
        &index.index,
        f,
        text,
        KIND_QUOTE,
        &request.filters,
        &names,
        articles,
    ))
}

/// Counts canonical names over the articles (or, for speakers, the quotes) matching
/// `request`, most frequent first (ties by name), read across the archive (see
/// [`names::Reading::Merged`]).
pub fn facet(
    index: &NewsIndex,
    request: &SearchRequest,
    kind: FacetKind,
    top: usize,
) -> Result<Vec<(String, u64)>> {
    Ok(facet_read(index, request, kind, top, names::Reading::Merged)?.0)
}

/// A facet's rows (name, article count) and the merges made reading it.
pub type FacetRead = (Vec<(String, u64)>, Vec<names::Merge>);

/// [`facet`], reading the names as asked, with the merges made.
pub fn facet_read(
    index: &NewsIndex,
    request: &SearchRequest,
    kind: FacetKind,
    top: usize,
    reading: names::Reading,
) -> Result<FacetRead> {
    let f = &index.fields;
    let searcher = searcher(index)?;
    let names = names::resolve(index, &searcher, &request.filters)?;
    let (full, field_name) = match kind {
        FacetKind::Speakers => (
            quote_query(index, &searcher, request)?,
            field::SPEAKER_FACET,
        ),
        _ => {
            let text = query::parse_text(&index.index, &text_fields(f), &request.query)?;
            let full = query::with_filters(
                &index.index,
                f,
                text,
                KIND_ARTICLE,
                &request.filters,
                &names,
                None,
            );
            let field = match kind {
                FacetKind::People => field::PERSON_FACET,
                FacetKind::Places => field::PLACE_FACET,
                FacetKind::Orgs => field::ORG_FACET,
                _ => field::SOURCE_FACET,
            };
            (full, field)
        }
    };
    let collector = facets::TermCounts {
        field: field_name.to_owned(),
        per_segment: top.saturating_mul(10).max(200),
    };
    let counts = searcher
        .search(&*full, &collector)
        .context("counting names")?;
    let mut rows: Vec<(String, u64)> = counts.into_iter().collect();
    let by_count = |rows: &mut Vec<(String, u64)>| {
        rows.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    };
    by_count(&mut rows);
    let entity = match kind {
        FacetKind::People => Some(EntityKind::Person),
        FacetKind::Places => Some(EntityKind::Place),
        FacetKind::Orgs => Some(EntityKind::Org),
        FacetKind::Speakers | FacetKind::Sources => None,
    };
    let mut merges = Vec::new();
    if let (Some(entity), names::Reading::Merged) = (entity, reading) {
        // read a margin beyond `top`: dropped and merged names leave room
        rows.truncate(top.saturating_mul(2).saturating_add(20));
        merges = names::read_facet(index, &searcher, &*full, entity, &mut rows)?;
        by_count(&mut rows);
    }
    rows.truncate(top);
    Ok((rows, merges))
}

fn text_fields(f: &Fields) -> Vec<(Field, f32)> {
    vec![(f.title, 2.0), (f.body, 1.0)]
}

fn searcher(index: &NewsIndex) -> Result<Searcher> {
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
                        top.order_by_fast_field::<tantivy::DateTime>(field::DATE, Order::Desc),
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
