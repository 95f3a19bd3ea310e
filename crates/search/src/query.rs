//! From what the user typed to a tantivy query: query text, filters, and their errors.

use tantivy::query::{
    AllQuery, BooleanQuery, EmptyQuery, Occur, Query, QueryParser, TermQuery, TermSetQuery,
};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::{Index, Term};

use crate::filters::{date_range, phrase_in_any, Filters};
use crate::names::{NameFilters, NameMatch};
use newsdex_index::Fields;

/// A query the user must fix: printed as one line, exit code 2.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct QueryError(pub String);

/// Typographic quotes mean the same as straight ones (people paste queries from articles).
pub fn normalise_query(query: &str) -> String {
    query
        .chars()
        .map(|c| match c {
            '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{201f}' | '\u{00ab}' | '\u{00bb}'
            | '\u{2033}' => '"',
            '\u{2018}' | '\u{2019}' | '\u{201a}' | '\u{201b}' => '\'',
            c => c,
        })
        .collect()
}

/// Field names users may write in the query syntax, mapped to schema fields.
const USER_FIELDS: &[&str] = &[
    "title", "body", "person", "place", "org", "source", "author", "quote", "speaker",
];

/// Parses the free-text part of a query against `default_fields` (with boosts). An empty
/// query matches everything.
pub fn parse_text(
    index: &Index,
    default_fields: &[(Field, f32)],
    query: &str,
) -> Result<Box<dyn Query>, QueryError> {
    let query = normalise_query(query);
    if query.trim().is_empty() {
        return Ok(Box::new(AllQuery));
    }
    check_balanced_quotes(&query)?;
    check_fields(&query, index)?;
    let mut parser = QueryParser::for_index(index, default_fields.iter().map(|f| f.0).collect());
    for &(field, boost) in default_fields {
        if boost != 1.0 {
            parser.set_field_boost(field, boost);
        }
    }
    parser.set_conjunction_by_default();
    parser
        .parse_query(&query)
        .map_err(|e| QueryError(format!("cannot parse query `{query}`: {e}")))
}

fn check_balanced_quotes(query: &str) -> Result<(), QueryError> {
    if query.chars().filter(|&c| c == '"').count() % 2 == 1 {
        return Err(QueryError(format!(
            "unbalanced quote in `{query}`: close the phrase with a second \""
        )));
    }
    Ok(())
}

/// Rejects `foo:bar` where `foo` is not a field users can search, naming the ones they can.
fn check_fields(query: &str, index: &Index) -> Result<(), QueryError> {
    let schema = index.schema();
    let mut in_phrase = false;
    for (i, c) in query.char_indices() {
        if c == '"' {
            in_phrase = !in_phrase;
        }
        if c != ':' || in_phrase {
            continue;
        }
        let name_start = query[..i]
            .char_indices()
            .rev()
            .find(|&(_, ch)| !(ch.is_alphanumeric() || ch == '_'))
            .map_or(0, |(p, ch)| p + ch.len_utf8());
        let name = &query[name_start..i];
        if name.is_empty() || name.chars().all(|ch| ch.is_ascii_digit()) {
            continue;
        }
        let known = USER_FIELDS.contains(&name) || name == "date";
        if !known || schema.get_field(name).is_err() {
            return Err(QueryError(format!(
                "unknown field `{name}:` (fields: {})",
                USER_FIELDS.join(", ")
            )));
        }
    }
    Ok(())
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
    add(&filters.speakers, &[fields.speaker]);
    if kind != newsdex_index::schema::KIND_QUOTE {
        let mut named = |matches: &[NameMatch], words: &[Field], whole: Field| {
            for m in matches {
                let mut alternatives =
                    vec![(Occur::Should, phrase_in_any(index, words, &m.phrase))];
                let exact = crate::names::any_whole_in(index, whole, &m.whole);
                alternatives.extend(exact.map(|q| (Occur::Should, q)));
                clauses.push((Occur::Must, Box::new(BooleanQuery::new(alternatives))));
            }
        };
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn curly_quotes_become_straight() {
        assert_eq!(normalise_query("\u{201c}Rafah\u{201d}"), "\"Rafah\"");
        assert_eq!(normalise_query("Biden\u{2019}s"), "Biden's");
    }
}
