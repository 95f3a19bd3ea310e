//! newsdex's query language read into the OpenSearch query DSL.
//!
//! This is a minimal parser of the language (the local index still reads it with tantivy's
//! `QueryParser`): words (all must match), "phrases", `AND`/`OR`/`NOT`, `+must`/`-mustnot`,
//! `(groups)` and `field:value`. It has the shape of the newsdex-owned AST being written on
//! the `query` branch ([`Expr`], [`parse`]), so the translation can move to that AST when it
//! lands. Precedence: `OR` binds loosest, then `AND` and juxtaposition, then `NOT`/`-`/`+`.

use serde_json::{json, Value};

/// A parsed query.
#[derive(Debug, Clone, PartialEq)]
pub enum Expr {
    /// Matches everything (empty query).
    All,
    /// A word, or several words as a phrase, in a field or the default fields.
    Text {
        /// `field:` as written, `None` for the default fields.
        field: Option<String>,
        /// The words.
        text: String,
        /// Written in double quotes.
        phrase: bool,
    },
    /// All must match (`-x` parts are `Not`).
    And(Vec<Expr>),
    /// Any may match.
    Or(Vec<Expr>),
    /// Must not match.
    Not(Box<Expr>),
}

/// Field names users may write, as in the local index.
pub const USER_FIELDS: &[&str] = &[
    "title", "body", "person", "place", "org", "source", "author", "quote", "speaker",
];

/// A query the user must fix.
#[derive(Debug)]
pub struct ParseError(pub String);

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Open,
    Close,
    And,
    Or,
    Not,
    Plus,
    Minus,
    Word(Option<String>, String, bool),
}

fn lex(q: &str) -> Result<Vec<Tok>, ParseError> {
    let chars: Vec<char> = q.chars().collect();
    let mut toks = Vec::new();
    let mut i = 0;
    let phrase = |i: &mut usize| -> Result<String, ParseError> {
        let start = *i + 1;
        let mut j = start;
        while j < chars.len() && chars[j] != '"' {
            j += 1;
        }
        if j >= chars.len() {
            return Err(ParseError(format!(
                "unbalanced quote in `{q}`: close the phrase with a second \""
            )));
        }
        *i = j + 1;
        Ok(chars[start..j].iter().collect())
    };
    while i < chars.len() {
        let c = chars[i];
        if c.is_whitespace() {
            i += 1;
        } else if c == '(' {
            toks.push(Tok::Open);
            i += 1;
        } else if c == ')' {
            toks.push(Tok::Close);
            i += 1;
        } else if c == '+' && chars.get(i + 1).is_some_and(|n| !n.is_whitespace()) {
            toks.push(Tok::Plus);
            i += 1;
        } else if c == '-' && chars.get(i + 1).is_some_and(|n| !n.is_whitespace()) {
            toks.push(Tok::Minus);
            i += 1;
        } else if c == '"' {
            let text = phrase(&mut i)?;
            toks.push(Tok::Word(None, text, true));
        } else {
            let start = i;
            while i < chars.len()
                && !chars[i].is_whitespace()
                && !matches!(chars[i], '(' | ')' | '"')
            {
                if chars[i] == ':' {
                    break;
                }
                i += 1;
            }
            let word: String = chars[start..i].iter().collect();
            if i < chars.len() && chars[i] == ':' {
                i += 1;
                if !USER_FIELDS.contains(&word.as_str()) {
                    return Err(ParseError(format!(
                        "unknown field `{word}:` (fields: {})",
                        USER_FIELDS.join(", ")
                    )));
                }
                if chars.get(i) == Some(&'"') {
                    let text = phrase(&mut i)?;
                    toks.push(Tok::Word(Some(word), text, true));
                } else {
                    let s = i;
                    while i < chars.len()
                        && !chars[i].is_whitespace()
                        && !matches!(chars[i], '(' | ')')
                    {
                        i += 1;
                    }
                    toks.push(Tok::Word(Some(word), chars[s..i].iter().collect(), false));
                }
                continue;
            }
            toks.push(match word.as_str() {
                "AND" | "&&" => Tok::And,
                "OR" | "||" => Tok::Or,
                "NOT" => Tok::Not,
                _ => Tok::Word(None, word, false),
            });
        }
    }
    Ok(toks)
}

/// Parses `query` (typographic quotes already straightened by the caller or not).
pub fn parse(query: &str) -> Result<Expr, ParseError> {
    let toks = lex(query)?;
    if toks.is_empty() {
        return Ok(Expr::All);
    }
    let mut p = Parser {
        toks,
        pos: 0,
        depth: 0,
    };
    let e = p.or()?;
    if p.pos < p.toks.len() {
        return Err(ParseError(format!(
            "cannot parse query `{query}`: unexpected `)`"
        )));
    }
    Ok(e)
}

struct Parser {
    toks: Vec<Tok>,
    pos: usize,
    depth: usize,
}

impl Parser {
    fn peek(&self) -> Option<&Tok> {
        self.toks.get(self.pos)
    }

    fn or(&mut self) -> Result<Expr, ParseError> {
        let mut parts = vec![self.and()?];
        while self.peek() == Some(&Tok::Or) {
            self.pos += 1;
            parts.push(self.and()?);
        }
        Ok(if parts.len() == 1 {
            parts.remove(0)
        } else {
            Expr::Or(parts)
        })
    }

    fn and(&mut self) -> Result<Expr, ParseError> {
        let mut parts = vec![self.unary()?];
        loop {
            match self.peek() {
                None | Some(Tok::Close) | Some(Tok::Or) => break,
                Some(Tok::And) => {
                    self.pos += 1;
                }
                _ => {}
            }
            parts.push(self.unary()?);
        }
        Ok(if parts.len() == 1 {
            parts.remove(0)
        } else {
            Expr::And(parts)
        })
    }

    fn unary(&mut self) -> Result<Expr, ParseError> {
        match self.peek().cloned() {
            Some(Tok::Not) | Some(Tok::Minus) => {
                self.pos += 1;
                Ok(Expr::Not(Box::new(self.unary()?)))
            }
            Some(Tok::Plus) => {
                self.pos += 1;
                self.unary()
            }
            Some(Tok::Open) => {
                self.pos += 1;
                self.depth += 1;
                if self.depth > newsdex_search::MAX_QUERY_DEPTH {
                    return Err(ParseError("query nested too deeply".into()));
                }
                let e = self.or()?;
                if self.peek() != Some(&Tok::Close) {
                    return Err(ParseError("cannot parse query: missing `)`".into()));
                }
                self.pos += 1;
                self.depth -= 1;
                Ok(e)
            }
            Some(Tok::Word(field, text, phrase)) => {
                self.pos += 1;
                Ok(Expr::Text {
                    field,
                    text,
                    phrase,
                })
            }
            Some(t) => Err(ParseError(format!("cannot parse query: unexpected {t:?}"))),
            None => Err(ParseError(
                "cannot parse query: it ends with an operator".into(),
            )),
        }
    }
}

/// The fields a `field:` name searches in one index (`None`: not in this index).
fn fields_for(name: Option<&str>, quotes: bool) -> Option<Vec<&'static str>> {
    Some(match (name, quotes) {
        (None, false) => vec!["title^2", "body"],
        (None, true) => vec!["text"],
        (Some("title"), false) => vec!["title"],
        (Some("body"), false) => vec!["body"],
        (Some("quote"), true) => vec!["text"],
        (Some("speaker"), true) => vec!["speaker"],
        (Some("author"), false) => vec!["authors"],
        (Some(f @ ("person" | "place" | "org" | "source")), _) => vec![match f {
            "person" => "person",
            "place" => "place",
            "org" => "org",
            _ => "source",
        }],
        _ => return None,
    })
}

/// The query DSL for `e` on the articles index (`quotes` false) or the quotes index.
pub fn to_dsl(e: &Expr, quotes: bool) -> Value {
    match e {
        Expr::All => json!({"match_all": {}}),
        Expr::Text { field, text, .. } => match fields_for(field.as_deref(), quotes) {
            // every word of a value as a phrase (one word: a term), in any of the fields
            Some(fields) => json!({"multi_match": {
                "query": text, "fields": fields, "type": "phrase"
            }}),
            None => json!({"match_none": {}}),
        },
        Expr::And(parts) => {
            let (must, must_not): (Vec<_>, Vec<_>) =
                parts.iter().partition(|p| !matches!(p, Expr::Not(_)));
            let must: Vec<Value> = must.iter().map(|p| to_dsl(p, quotes)).collect();
            let must_not: Vec<Value> = must_not
                .iter()
                .filter_map(|p| match p {
                    Expr::Not(inner) => Some(to_dsl(inner, quotes)),
                    _ => None,
                })
                .collect();
            json!({"bool": {"must": must, "must_not": must_not}})
        }
        Expr::Or(parts) => {
            let should: Vec<Value> = parts.iter().map(|p| to_dsl(p, quotes)).collect();
            json!({"bool": {"should": should, "minimum_should_match": 1}})
        }
        Expr::Not(inner) => json!({"bool": {"must_not": [to_dsl(inner, quotes)]}}),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn word(t: &str) -> Expr {
        Expr::Text {
            field: None,
            text: t.into(),
            phrase: false,
        }
    }

    #[test]
    fn precedence_and_fields() {
        assert_eq!(parse("").unwrap(), Expr::All);
        assert_eq!(
            parse("oil AND (opec OR saudi)").unwrap(),
            Expr::And(vec![
                word("oil"),
                Expr::Or(vec![word("opec"), word("saudi")])
            ])
        );
        assert_eq!(
            parse("a b OR c").unwrap(),
            Expr::Or(vec![Expr::And(vec![word("a"), word("b")]), word("c")])
        );
        assert_eq!(
            parse("-x person:\"Jake Sullivan\"").unwrap(),
            Expr::And(vec![
                Expr::Not(Box::new(word("x"))),
                Expr::Text {
                    field: Some("person".into()),
                    text: "Jake Sullivan".into(),
                    phrase: true
                }
            ])
        );
        assert!(parse("nope:x").is_err());
        assert!(parse("\"open").is_err());
        assert!(parse("(a").is_err());
    }
}
