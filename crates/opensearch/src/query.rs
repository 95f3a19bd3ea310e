//! newsdex's parsed query (`newsdex_search::query::ast`) as OpenSearch query DSL.
//!
//! Each leaf is built as the tantivy translation (`newsdex_search::query::translate`) builds
//! it: words and phrases as phrases of their field's analysed words (one word: a term) in
//! title (boosted twice) or body, or in the quote; `person:`, `place:`, `org:` as their flags,
//! name resolution included; prefixes over the unstemmed prefix and the stems of its likely
//! endings; fuzzy terms within their edit distance of the analysed word.

use anyhow::Result;
use serde_json::{json, Value};

use crate::client::Client;
use crate::dsl::{name_clause, speaker_clause};
use newsdex_extract::EntityKind;
use newsdex_search::query::ast::{Expr, Field};
use newsdex_search::query::{Scope, ENDINGS};
use newsdex_search::{Filters, QueryError};

/// Which index a query runs over.
/// Builds the DSL for one request.
pub struct Translator<'a> {
    /// The cluster (name resolution, analysis and quote scopes ask it).
    pub client: &'a Client,
    /// The request's filters: name resolution reads their date range.
    pub filters: &'a Filters,
    /// The index the query runs over.
    pub scope: Scope,
}

fn all() -> Value {
    json!({"match_all": {}})
}

fn none() -> Value {
    json!({"match_none": {}})
}

impl Translator<'_> {
    /// The DSL for `expr`.
    pub fn query(&self, expr: &Expr) -> Result<Value> {
        self.expr(expr, None)
    }

    fn expr(&self, expr: &Expr, field: Option<Field>) -> Result<Value> {
        Ok(match expr {
            Expr::All => all(),
            Expr::And(parts) => {
                let (mut must, mut must_not) = (Vec::new(), Vec::new());
                for p in parts {
                    match p {
                        Expr::Not(inner) => must_not.push(self.expr(inner, field)?),
                        p => must.push(self.expr(p, field)?),
                    }
                }
                if must.is_empty() {
                    must.push(all());
                }
                json!({"bool": {"must": must, "must_not": must_not}})
            }
            Expr::Or(parts) => {
                let should = parts
                    .iter()
                    .map(|p| self.expr(p, field))
                    .collect::<Result<Vec<_>>>()?;
                json!({"bool": {"should": should, "minimum_should_match": 1}})
            }
            Expr::Not(inner) => {
                json!({"bool": {"must": [all()], "must_not": [self.expr(inner, field)?]}})
            }
            Expr::Field(f, inner) => self.field(*f, inner)?,
            leaf => match field {
                Some(f) => self.leaf_in(f, leaf)?,
                None => self.default_leaf(leaf)?,
            },
        })
    }

    fn field(&self, f: Field, inner: &Expr) -> Result<Value> {
        let on_quotes = matches!(f, Field::Speaker | Field::Quote);
        match self.scope {
            Scope::Articles if on_quotes => Err(QueryError(format!(
                "{}: matches quotes, not articles: try `newsdex quotes '{}:...'` or `newsdex speakers`",
                f.name(),
                f.name()
            ))
            .into()),
            // Quotes carry their article's names, language and source; title, body and
            // bylines are reached through the ids of the articles that match.
            Scope::Quotes if matches!(f, Field::Title | Field::Body | Field::Author) => {
                let articles = Translator {
                    scope: Scope::Articles,
                    ..*self
                };
                let q = articles.expr(inner, Some(f))?;
                let ids = crate::dsl::ids_matching(self.client, &q)?;
                Ok(json!({"terms": {"article_id": ids}}))
            }
            _ => self.expr(inner, Some(f)),
        }
    }

    fn default_leaf(&self, leaf: &Expr) -> Result<Value> {
        match self.scope {
            Scope::Articles => Ok(json!({"bool": {"should": [
                boost(self.text_leaf("title", leaf, true)?, 2.0),
                self.text_leaf("body", leaf, true)?
            ], "minimum_should_match": 1}})),
            Scope::Quotes => self.text_leaf("text", leaf, true),
        }
    }

    fn leaf_in(&self, field: Field, leaf: &Expr) -> Result<Value> {
        let (kind, words): (EntityKind, &[&str]) = match field {
            Field::Title => return self.text_leaf("title", leaf, true),
            Field::Body => return self.text_leaf("body", leaf, true),
            Field::Quote => return self.text_leaf("text", leaf, true),
            Field::Source => return self.text_leaf("source", leaf, false),
            Field::Speaker => {
                return match leaf {
                    Expr::Term(w) => speaker_clause(self.client, w, self.filters),
                    Expr::Phrase(ws) => speaker_clause(self.client, &ws.join(" "), self.filters),
                    _ => self.text_leaf("speaker", leaf, false),
                }
            }
            Field::Author => return self.text_leaf("authors", leaf, false),
            Field::Lang => {
                return match leaf {
                    Expr::Term(code) => Ok(json!({"term": {"lang": code}})),
                    _ => Err(QueryError("lang: takes a language (lang:en)".into()).into()),
                }
            }
            Field::Person => (EntityKind::Person, &["person"]),
            Field::Place => (EntityKind::Place, &["place", "place_within"]),
            Field::Org => (EntityKind::Org, &["org"]),
        };
        let value = match leaf {
            Expr::Term(w) => w.clone(),
            Expr::Phrase(ws) => ws.join(" "),
            _ => {
                let should = words
                    .iter()
                    .map(|w| self.text_leaf(w, leaf, false))
                    .collect::<Result<Vec<_>>>()?;
                return Ok(json!({"bool": {"should": should, "minimum_should_match": 1}}));
            }
        };
        name_clause(self.client, kind, &value, self.filters)
    }

    /// A leaf in one text field, analysed by the field's analyser.
    fn text_leaf(&self, field: &str, leaf: &Expr, stemmed: bool) -> Result<Value> {
        Ok(match leaf {
            Expr::Term(w) => json!({"match_phrase": {field: w}}),
            Expr::Phrase(ws) => json!({"match_phrase": {field: ws.join(" ")}}),
            Expr::Fuzzy(w, distance) => {
                let mut terms = self.analyse(field, &[w.as_str()])?;
                match terms.len() {
                    0 => none(),
                    1 => json!({"fuzzy": {field: {
                        "value": terms.remove(0), "fuzziness": distance,
                        "transpositions": true, "max_expansions": 1000, "prefix_length": 0
                    }}}),
                    _ => {
                        return Err(QueryError(format!(
                            "fuzzy terms take one word: `{w}~{distance}`"
                        ))
                        .into())
                    }
                }
            }
            Expr::Prefix(p) => self.prefix(field, p, stemmed)?,
            other => self.expr(other, None)?,
        })
    }

    /// The terms `field`'s analyser makes of each text, in order.
    fn analyse(&self, field: &str, texts: &[&str]) -> Result<Vec<String>> {
        let index = match self.scope {
            Scope::Articles => self.client.target.articles(),
            Scope::Quotes => self.client.target.quotes(),
        };
        let reply = self.client.json(
            "POST",
            &format!("/{index}/_analyze"),
            &json!({"field": field, "text": texts}),
        )?;
        Ok(reply["tokens"]
            .as_array()
            .map(|t| {
                t.iter()
                    .filter_map(|t| t["token"].as_str().map(str::to_owned))
                    .collect()
            })
            .unwrap_or_default())
    }

    /// Words beginning with `p`: the stemmed fields hold stems, so the stems of the prefix's
    /// likely endings count too (`negotiat*` reaches "negoti").
    fn prefix(&self, field: &str, p: &str, stemmed: bool) -> Result<Value> {
        // the prefix's words lower-cased and folded, not stemmed
        let words: Vec<String> = p
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(newsdex_extract::fold_string)
            .collect();
        let Some((last, before)) = words.split_last() else {
            return Ok(none());
        };
        if !before.is_empty() {
            let mut span = Vec::new();
            for w in before {
                for t in self.analyse(field, &[w.as_str()])? {
                    span.push(json!({"span_term": {field: t}}));
                }
            }
            span.push(json!({"span_multi": {"match": {"prefix": {field: {"value": last}}}}}));
            return Ok(json!({"span_near": {"clauses": span, "slop": 0, "in_order": true}}));
        }
        let mut should = vec![json!({"prefix": {field: {"value": last}}})];
        if stemmed {
            let variants: Vec<String> = ENDINGS.iter().map(|e| format!("{last}{e}")).collect();
            let refs: Vec<&str> = variants.iter().map(String::as_str).collect();
            let mut stems: Vec<String> = self
                .analyse(field, &refs)?
                .into_iter()
                .filter(|s| !s.starts_with(last.as_str()))
                .collect();
            stems.sort();
            stems.dedup();
            for s in stems {
                should.push(json!({"term": {field: s}}));
            }
        }
        Ok(json!({"bool": {"should": should, "minimum_should_match": 1}}))
    }
}

fn boost(q: Value, by: f64) -> Value {
    json!({"bool": {"must": [q], "boost": by}})
}
