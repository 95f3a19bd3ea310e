//! What the index holds: articles, files, quotes, dates, sources, size.

use anyhow::{Context, Result};
use serde::Serialize;
use tantivy::collector::{Count, TopDocs};
use tantivy::query::TermQuery;
use tantivy::schema::IndexRecordOption;
use tantivy::{DateTime, Order, Searcher, Term};

use newsdex_index::schema::{field, KIND_ARTICLE, KIND_QUOTE};
use newsdex_index::NewsIndex;

use crate::{facet, FacetKind, SearchRequest};

/// Sources listed by [`stats`], most articles first.
const TOP_SOURCES: usize = 50;

/// Counts and extremes of an index.
#[derive(Debug, Serialize)]
pub struct Stats {
    /// Where the index is.
    pub index: String,
    /// Articles indexed.
    pub articles: usize,
    /// Files they came from.
    pub files: usize,
    /// Quotes indexed.
    pub quotes: usize,
    /// The oldest article's date (RFC 3339), if any article is dated.
    pub oldest: Option<String>,
    /// The newest article's date.
    pub newest: Option<String>,
    /// Sources with their article counts, most first; in JSON `{"name","count"}` objects
    /// as the facet commands print them.
    #[serde(serialize_with = "name_counts")]
    pub sources: Vec<(String, u64)>,
    /// Bytes on disk.
    pub size_bytes: u64,
}

/// `(name, count)` pairs as `[{"name","count"}]`.
fn name_counts<S: serde::Serializer>(rows: &[(String, u64)], s: S) -> Result<S::Ok, S::Error> {
    #[derive(Serialize)]
    struct Row<'a> {
        name: &'a str,
        count: u64,
    }
    s.collect_seq(rows.iter().map(|(name, count)| Row {
        name,
        count: *count,
    }))
}

/// What `index` holds.
pub fn stats(index: &NewsIndex) -> Result<Stats> {
    let searcher = crate::searcher(index)?;
    let f = &index.fields;
    let count = |kind: &str| -> Result<usize> {
        let q = TermQuery::new(
            Term::from_field_text(f.kind, kind),
            IndexRecordOption::Basic,
        );
        searcher.search(&q, &Count).context("counting documents")
    };
    Ok(Stats {
        index: index.dir.display().to_string(),
        articles: count(KIND_ARTICLE)?,
        files: newsdex_index::file_states(&searcher)?.len(),
        quotes: count(KIND_QUOTE)?,
        oldest: edge_date(&searcher, index, Order::Asc)?,
        newest: edge_date(&searcher, index, Order::Desc)?,
        sources: facet(
            index,
            &SearchRequest::default(),
            FacetKind::Sources,
            TOP_SOURCES,
        )?,
        size_bytes: index.size_on_disk(),
    })
}

/// The oldest or newest article date.
fn edge_date(searcher: &Searcher, index: &NewsIndex, order: Order) -> Result<Option<String>> {
    let f = &index.fields;
    let q = TermQuery::new(
        Term::from_field_text(f.kind, KIND_ARTICLE),
        IndexRecordOption::Basic,
    );
    // Undated articles sort after dated ones in either order, so the first hit is dated
    // whenever any article is.
    let top = TopDocs::with_limit(1).order_by_fast_field::<DateTime>(field::DATE, order);
    let docs = searcher.search(&q, &top).context("reading dates")?;
    Ok(docs
        .into_iter()
        .find_map(|(d, _)| d)
        .and_then(|d| jiff::Timestamp::from_nanosecond(i128::from(d.into_timestamp_nanos())).ok())
        .map(|t| t.to_string()))
}
