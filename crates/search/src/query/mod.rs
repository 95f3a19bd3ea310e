//! From what the user typed to a tantivy query: query text, filters, and their errors.
//!
//! - `ast`: the query language parsed into a tree any backend can translate;
//! - `translate`: that tree as a tantivy query over this index.

pub mod ast;
mod translate;

use tantivy::query::{BooleanQuery, EmptyQuery, Occur, Query, TermQuery, TermSetQuery};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::{Index, Searcher, Term};

use crate::limits::Limits;
use translate::Translator;
pub use translate::{Scope, ENDINGS};

use crate::filters::{date_range, phrase_in_any, Filters};
use crate::names::{NameFilters, NameMatch};
use newsdex_index::{Fields, NewsIndex};

pub use crate::error::QueryError;

/// The query text as a tantivy query over `scope`'s documents (any kind: the caller adds
/// the kind and the filters). Empty text matches everything.
pub(crate) fn text_query(
    index: &NewsIndex,
    searcher: &Searcher,
    filters: &Filters,
    scope: Scope,
    query: &str,
    limits: &Limits,
) -> anyhow::Result<Box<dyn Query>> {
    let expr = ast::parse_with(query, limits)?;
    Translator {
        index,
        searcher,
        filters,
        scope,
    }
    .query(&expr)
}

/// Refuses filters that cannot apply to articles, rather than matching none of them.
pub(crate) fn check_article_filters(filters: &Filters) -> Result<(), QueryError> {
    if filters.speakers.is_empty() {
        return Ok(());
    }
    Err(QueryError(
        "--speaker filters quotes, not articles: try `newsdex quotes --speaker NAME` or `newsdex speakers`"
            .into(),
    ))
}

/// One `--person`, `--place` or `--org` value (or `person:`... in the query): its words as
/// a phrase in `words`, or any of its whole names in `whole`.
pub(crate) fn name_clause(
    index: &Index,
    words: &[Field],
    whole: Field,
    m: &NameMatch,
) -> Box<dyn Query> {
    let mut alternatives = vec![(Occur::Should, phrase_in_any(index, words, &m.phrase))];
    let exact = crate::names::any_whole_in(index, whole, &m.whole);
    alternatives.extend(exact.map(|q| (Occur::Should, q)));
    Box::new(BooleanQuery::new(alternatives))
}

/// `base` restricted to documents of `kind` that pass every filter.
///
/// People, places and organisations live on article documents only; a quote search turns
/// them into the set of matching articles first ([`article_filter`]) and passes it as
/// `articles`.
pub fn with_filters(
    index: &Index,
    fields: &Fields,
    base: Box<dyn Query>,
    kind: &str,
    filters: &Filters,
    names: &NameFilters,
    articles: Option<Box<dyn Query>>,
) -> Box<dyn Query> {
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = vec![
        (Occur::Must, base),
        (
            Occur::Must,
            Box::new(TermQuery::new(
                Term::from_field_text(fields.kind, kind),
                IndexRecordOption::Basic,
            )),
        ),
    ];
    let mut add = |values: &[String], targets: &[Field]| {
        for value in values {
            clauses.push((Occur::Must, phrase_in_any(index, targets, value)));
        }
    };
    add(&filters.sources, &[fields.source]);
    let mut named = |matches: &[NameMatch], words: &[Field], whole: Field| {
        for m in matches {
            clauses.push((Occur::Must, name_clause(index, words, whole, m)));
        }
    };
    if kind == newsdex_index::schema::KIND_QUOTE {
        // articles have no speakers: `check_article_filters` refuses them there
        named(&names.speakers, &[fields.speaker], fields.speaker_name);
    } else {
        named(&names.people, &[fields.person], fields.person_name);
        named(
            &names.places,
            &[fields.place, fields.place_within],
            fields.place_name,
        );
        named(&names.orgs, &[fields.org], fields.org_name);
        if !filters.langs.is_empty() {
            let any: Vec<(Occur, Box<dyn Query>)> = filters
                .langs
                .iter()
                .map(|code| {
                    let term = Term::from_field_text(fields.lang, code);
                    let q: Box<dyn Query> =
                        Box::new(TermQuery::new(term, IndexRecordOption::Basic));
                    (Occur::Should, q)
                })
                .collect();
            clauses.push((Occur::Must, Box::new(BooleanQuery::new(any))));
        }
    }
    if let Some(articles) = articles {
        clauses.push((Occur::Must, articles));
    }
    if let Some(range) = date_range(fields, filters) {
        clauses.push((Occur::Must, range));
    }
    Box::new(BooleanQuery::new(clauses))
}

/// True when the filters name people, places or organisations (article-level filters).
pub fn has_article_filters(filters: &Filters) -> bool {
    !(filters.people.is_empty()
        && filters.places.is_empty()
        && filters.orgs.is_empty()
        && filters.langs.is_empty())
}

/// Quotes of the articles with these `keys`.
pub fn article_filter(fields: &Fields, keys: &[u64]) -> Box<dyn Query> {
    if keys.is_empty() {
        return Box::new(EmptyQuery);
    }
    Box::new(TermSetQuery::new(
        keys.iter()
            .map(|&k| Term::from_field_u64(fields.quote_of, k)),
    ))
}
