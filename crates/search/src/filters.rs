//! The request's filters (`--person`, `--since`, ...) and the tantivy clauses they become.
//!
//! Below both the query builder and name resolution, so each can use them without the other.

use std::ops::Bound;

use jiff::Timestamp;
use newsdex_index::Fields;
use tantivy::query::{BooleanQuery, EmptyQuery, Occur, PhraseQuery, Query, RangeQuery, TermQuery};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::{DateTime, Index, Term};

/// Filters shared by `search`, `quotes` and the facet commands. Repeated filters of one kind
/// combine with AND, as do the kinds.
#[derive(Debug, Clone, Default)]
pub struct Filters {
    /// Only articles naming each of these people.
    pub people: Vec<String>,
    /// Only articles naming each of these places (or a place inside them).
    pub places: Vec<String>,
    /// Only articles naming each of these organisations.
    pub orgs: Vec<String>,
    /// Only articles from each of these sources.
    pub sources: Vec<String>,
    /// Only quotes by each of these speakers.
    pub speakers: Vec<String>,
    /// Only articles dated on or after this.
    pub since: Option<Timestamp>,
    /// Only articles dated on or before this.
    pub until: Option<Timestamp>,
    /// Only articles in one of these languages (ISO 639-3 codes: see
    /// `newsdex_extract::language_code`).
    pub langs: Vec<String>,
}

/// Words of `value` as the field's tokenizer indexes them, as a term or phrase query.
/// Returns an always-false query when the value has no indexable words.
pub fn phrase_in_field(index: &Index, field: Field, value: &str) -> Box<dyn Query> {
    let mut analyzer = match index.tokenizer_for_field(field) {
        Ok(a) => a,
        Err(_) => return Box::new(EmptyQuery),
    };
    let mut terms = Vec::new();
    let mut stream = analyzer.token_stream(value);
    while let Some(token) = stream.next() {
        terms.push(Term::from_field_text(field, &token.text));
    }
    match terms.len() {
        0 => Box::new(EmptyQuery),
        1 => Box::new(TermQuery::new(
            terms.remove(0),
            IndexRecordOption::WithFreqs,
        )),
        _ => Box::new(PhraseQuery::new(terms)),
    }
}

/// Any of `fields` contains `value` as a phrase.
pub(crate) fn phrase_in_any(index: &Index, fields: &[Field], value: &str) -> Box<dyn Query> {
    let clauses = fields
        .iter()
        .map(|&f| (Occur::Should, phrase_in_field(index, f, value)))
        .collect();
    Box::new(BooleanQuery::new(clauses))
}

/// Articles dated within the filters' `--since`/`--until`, when either is set.
pub(crate) fn date_range(fields: &Fields, filters: &Filters) -> Option<Box<dyn Query>> {
    if filters.since.is_none() && filters.until.is_none() {
        return None;
    }
    let bound = |t: Option<Timestamp>| match t {
        None => Bound::Unbounded,
        Some(t) => Bound::Included(Term::from_field_date(
            fields.date,
            DateTime::from_timestamp_nanos(t.as_nanosecond() as i64),
        )),
    };
    Some(Box::new(RangeQuery::new(
        bound(filters.since),
        bound(filters.until),
    )))
}
