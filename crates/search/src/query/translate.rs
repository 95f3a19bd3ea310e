//! The query tree as a tantivy query over this index's fields.
//!
//! Words go through their field's own analyser (stems for title, body and quotes; folded
//! names elsewhere), and `person:`, `place:`, `org:`, `source:`, `speaker:` and `lang:` are
//! built exactly as the `--person`... flags are, name resolution included.

use anyhow::{Context, Result};
use newsdex_index::schema::KIND_ARTICLE;
use newsdex_index::NewsIndex;
use tantivy::query::{
    AllQuery, BooleanQuery, BoostQuery, EmptyQuery, FuzzyTermQuery, Occur, PhrasePrefixQuery,
    Query, RegexQuery, TermQuery,
};
use tantivy::schema::{Field as SchemaField, IndexRecordOption};
use tantivy::tokenizer::{AsciiFoldingFilter, LowerCaser, SimpleTokenizer, TextAnalyzer};
use tantivy::{Searcher, Term};

use super::ast::{Expr, Field};
use crate::error::QueryError;
use crate::facets::ArticleKeys;
use crate::filters::{phrase_in_field, Filters};
use crate::names;

/// Which documents a query runs over: it decides the default fields, and which fields are
/// matched through the other kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Article documents; words match title (boosted) and body.
    Articles,
    /// Quote documents; words match the quote. Article fields (`person:`, `title:`...)
    /// match the quotes of the articles that have them.
    Quotes,
}

/// Endings tried on a prefix to find the stems of the words it begins: the index holds
/// stems, and `negotiat*` must reach "negoti", the stem of negotiate and negotiation.
pub const ENDINGS: &[&str] = &[
    "", "e", "s", "es", "ed", "ing", "ion", "ions", "ation", "er", "ers", "or", "ors", "al",
    "ment", "ly", "y", "ies", "ied", "ive", "ity",
];

/// Builds tantivy queries for one request.
pub struct Translator<'a> {
    /// The index searched.
    pub index: &'a NewsIndex,
    /// Its searcher (name resolution and quote scopes count documents).
    pub searcher: &'a Searcher,
    /// The request's filters: name resolution reads their date range, as the flags do.
    pub filters: &'a Filters,
    /// Which documents the query runs over.
    pub scope: Scope,
}

impl Translator<'_> {
    /// The query for `expr` (documents of any kind: the caller adds the kind).
    pub fn query(&self, expr: &Expr) -> Result<Box<dyn Query>> {
        self.expr(expr, None)
    }

    fn expr(&self, expr: &Expr, field: Option<Field>) -> Result<Box<dyn Query>> {
        Ok(match expr {
            Expr::All => Box::new(AllQuery),
            Expr::And(parts) => {
                let mut clauses = Vec::with_capacity(parts.len() + 1);
                for p in parts {
                    clauses.push(match p {
                        Expr::Not(inner) => (Occur::MustNot, self.expr(inner, field)?),
                        p => (Occur::Must, self.expr(p, field)?),
                    });
                }
                if clauses.iter().all(|(o, _)| *o == Occur::MustNot) {
                    clauses.push((Occur::Must, Box::new(AllQuery)));
                }
                Box::new(BooleanQuery::new(clauses))
            }
            Expr::Or(parts) => Box::new(BooleanQuery::new(
                parts
                    .iter()
                    .map(|p| Ok((Occur::Should, self.expr(p, field)?)))
                    .collect::<Result<_>>()?,
            )),
            // everything except: tantivy matches nothing from exclusions alone
            Expr::Not(inner) => Box::new(BooleanQuery::new(vec![
                (Occur::Must, Box::new(AllQuery) as Box<dyn Query>),
                (Occur::MustNot, self.expr(inner, field)?),
            ])),
            Expr::Field(f, inner) => self.field(*f, inner)?,
            leaf => match field {
                Some(f) => self.leaf_in(f, leaf)?,
                None => self.default_leaf(leaf)?,
            },
        })
    }

    fn field(&self, f: Field, inner: &Expr) -> Result<Box<dyn Query>> {
        let on_quotes = matches!(f, Field::Speaker | Field::Quote);
        let on_both = f == Field::Source;
        match self.scope {
            Scope::Articles if on_quotes => Err(QueryError(format!(
                "{}: matches quotes, not articles: try `newsdex quotes '{}:...'` or `newsdex speakers`",
                f.name(),
                f.name()
            ))
            .into()),
            Scope::Quotes if !on_quotes && !on_both => {
                // the quotes of the articles that match
                let articles = Translator {
                    scope: Scope::Articles,
                    ..*self
                };
                let q = BooleanQuery::new(vec![
                    (Occur::Must, articles.expr(inner, Some(f))?),
                    (Occur::Must, kind_article(self.index)),
                ]);
                let keys = self
                    .searcher
                    .search(&q, &ArticleKeys)
                    .context("finding the articles of quotes")?;
                Ok(super::article_filter(&self.index.fields, &keys))
            }
            _ => self.expr(inner, Some(f)),
        }
    }

    /// A word, phrase, prefix or fuzzy term in the scope's default fields.
    fn default_leaf(&self, leaf: &Expr) -> Result<Box<dyn Query>> {
        let f = &self.index.fields;
        let fields: &[(SchemaField, f32)] = match self.scope {
            Scope::Articles => &[(f.title, 2.0), (f.body, 1.0)],
            Scope::Quotes => &[(f.quote, 1.0)],
        };
        let mut clauses = Vec::with_capacity(fields.len());
        for &(field, boost) in fields {
            let q = self.text_leaf(field, leaf, true)?;
            let q: Box<dyn Query> = if boost == 1.0 {
                q
            } else {
                Box::new(BoostQuery::new(q, boost))
            };
            clauses.push((Occur::Should, q));
        }
        Ok(Box::new(BooleanQuery::new(clauses)))
    }

    /// A leaf in one named field, as its flag means it.
    fn leaf_in(&self, field: Field, leaf: &Expr) -> Result<Box<dyn Query>> {
        let f = &self.index.fields;
        let (words, whole): (&[SchemaField], _) = match field {
            Field::Title => return self.text_leaf(f.title, leaf, true),
            Field::Body => return self.text_leaf(f.body, leaf, true),
            Field::Quote => return self.text_leaf(f.quote, leaf, true),
            Field::Source => return self.text_leaf(f.source, leaf, false),
            Field::Author => return self.text_leaf(f.authors, leaf, false),
            Field::Lang => {
                return match leaf {
                    Expr::Term(code) => Ok(Box::new(TermQuery::new(
                        Term::from_field_text(f.lang, code),
                        IndexRecordOption::Basic,
                    ))),
                    _ => Err(QueryError("lang: takes a language (lang:en)".into()).into()),
                }
            }
            Field::Person => (&[f.person], f.person_name),
            Field::Place => (&[f.place, f.place_within], f.place_name),
            Field::Org => (&[f.org], f.org_name),
            Field::Speaker => (&[f.speaker], f.speaker_name),
        };
        let value = match leaf {
            Expr::Term(w) => w.clone(),
            Expr::Phrase(ws) => ws.join(" "),
            _ => {
                let clauses = words
                    .iter()
                    .map(|&w| Ok((Occur::Should, self.text_leaf(w, leaf, false)?)))
                    .collect::<Result<_>>()?;
                return Ok(Box::new(BooleanQuery::new(clauses)));
            }
        };
        // the flag's own resolution (aliases, dominant full names in the date range)
        let mut one = Filters {
            since: self.filters.since,
            until: self.filters.until,
            ..Filters::default()
        };
        match field {
            Field::Person => one.people.push(value),
            Field::Place => one.places.push(value),
            Field::Speaker => one.speakers.push(value),
            _ => one.orgs.push(value),
        }
        let resolved = names::resolve(self.index, self.searcher, &one)?;
        let m = resolved
            .people
            .first()
            .or(resolved.places.first())
            .or(resolved.orgs.first())
            .or(resolved.speakers.first())
            .context("resolving a name")?;
        Ok(super::name_clause(&self.index.index, words, whole, m))
    }

    /// A leaf in one text field: analysed by the field's tokenizer.
    fn text_leaf(&self, field: SchemaField, leaf: &Expr, stemmed: bool) -> Result<Box<dyn Query>> {
        let index = &self.index.index;
        Ok(match leaf {
            Expr::Term(w) => phrase_in_field(index, field, w),
            Expr::Phrase(ws) => phrase_in_field(index, field, &ws.join(" ")),
            Expr::Fuzzy(w, distance) => {
                let mut terms = analysed(index, field, w);
                match terms.len() {
                    0 => Box::new(EmptyQuery),
                    1 => Box::new(FuzzyTermQuery::new(terms.remove(0), *distance, true)),
                    _ => {
                        return Err(QueryError(format!(
                            "fuzzy terms take one word: `{w}~{distance}`"
                        ))
                        .into())
                    }
                }
            }
            Expr::Prefix(p) => prefix(index, field, p, stemmed)?,
            other => self.expr(other, None)?,
        })
    }
}

fn kind_article(index: &NewsIndex) -> Box<dyn Query> {
    Box::new(TermQuery::new(
        Term::from_field_text(index.fields.kind, KIND_ARTICLE),
        IndexRecordOption::Basic,
    ))
}

/// `text` as `field`'s analyser indexes it.
fn analysed(index: &tantivy::Index, field: SchemaField, text: &str) -> Vec<Term> {
    let Ok(mut analyzer) = index.tokenizer_for_field(field) else {
        return Vec::new();
    };
    let mut terms = Vec::new();
    let mut stream = analyzer.token_stream(text);
    while let Some(token) = stream.next() {
        terms.push(Term::from_field_text(field, &token.text));
    }
    terms
}

/// Words that begin with `p`. A stemmed field holds stems, which may be shorter than the
/// prefix typed ("negoti" for `negotiat*`): the stems of the prefix's likely endings count.
fn prefix(
    index: &tantivy::Index,
    field: SchemaField,
    p: &str,
    stemmed: bool,
) -> Result<Box<dyn Query>> {
    let words: Vec<String> = if stemmed {
        // the news analyser without its stemmer
        let mut plain = TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(LowerCaser)
            .filter(AsciiFoldingFilter)
            .build();
        let mut stream = plain.token_stream(p);
        let mut out = Vec::new();
        while let Some(t) = stream.next() {
            out.push(t.text.clone());
        }
        out
    } else {
        analysed(index, field, p)
            .iter()
            .filter_map(|t| t.value().as_str().map(str::to_owned))
            .collect()
    };
    let Some((last, before)) = words.split_last() else {
        return Ok(Box::new(EmptyQuery));
    };
    if !before.is_empty() {
        // `Biden's pla*`: the words before as indexed, the last as a prefix
        let mut terms: Vec<Term> = before
            .iter()
            .flat_map(|w| analysed(index, field, w))
            .collect();
        terms.push(Term::from_field_text(field, last));
        return Ok(Box::new(PhrasePrefixQuery::new(terms)));
    }
    let pattern = format!("{}.*", regex_escape(last));
    let regex = RegexQuery::from_pattern(&pattern, field)
        .map_err(|e| QueryError(format!("cannot search the prefix `{p}*`: {e}")))?;
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = vec![(Occur::Should, Box::new(regex))];
    if stemmed {
        let mut stems: Vec<Term> = ENDINGS
            .iter()
            .flat_map(|e| analysed(index, field, &format!("{last}{e}")))
            .filter(|t| {
                t.value()
                    .as_str()
                    .is_some_and(|s| !s.starts_with(last.as_str()))
            })
            .collect();
        stems.sort();
        stems.dedup();
        for t in stems {
            clauses.push((
                Occur::Should,
                Box::new(TermQuery::new(t, IndexRecordOption::WithFreqs)),
            ));
        }
    }
    Ok(Box::new(BooleanQuery::new(clauses)))
}

/// `s` as a regular expression matching itself.
fn regex_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if "\\.+*?()|[]{}^$#&-~".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}
