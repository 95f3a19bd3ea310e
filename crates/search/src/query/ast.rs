//! The query language, parsed into a tree that no search backend owns.
//!
//! Leaves keep the words as the user typed them (`Biden's`, `Gaza`): each backend analyses
//! them with its own field's tokenizer (stemming, folding). Field values that are codes are
//! normalised here (`lang:en` becomes `Term("eng")`, the ISO 639-3 code the index holds).
//!
//! Grammar (AND binds tighter than OR; adjacent terms are ANDed):
//!
//! ```text
//! query   := or
//! or      := and (("OR" | "||") and)*
//! and     := unary (("AND" | "&&")? unary)*
//! unary   := ("NOT" | "-" | "!" | "+")* primary
//! primary := "(" or ")" | FIELD ":" value | "\"" words "\"" | word
//! value   := "(" or ")" | "\"" words "\"" | word
//! ```
//!
//! Only uppercase AND, OR, NOT are operators; `word*` is a prefix, `word~N` (N ≤ 2) a fuzzy
//! term, `*` alone everything. A `name:` that is not a field, or a colon followed by a
//! space, is plain text (`Ruling: Rafah`).
//!
//! What a backend must keep (see `translate.rs` for tantivy's): `And` children that are
//! `Not` are exclusions, and an `And` of exclusions only (or a bare `Not`) means everything
//! except them; `All` matches every document of the kind searched; leaves outside a `Field`
//! go to the default fields (title ×2 and body for articles, the quote for quotes);
//! `Field(Person | Place | Org, Term | Phrase)` means what `--person`/`--place`/`--org` mean
//! (aliases, containing places, dominant full names: `names.rs`); `speaker:` and `quote:`
//! exist on quotes only, the other fields on articles.

use crate::error::QueryError;
use crate::limits::Limits;

/// A field users may name in the query (`person:Sullivan`), case-insensitively.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    /// Headline words.
    Title,
    /// Body words.
    Body,
    /// People named, as `--person` matches them.
    Person,
    /// Places named (or a place inside them), as `--place` matches them.
    Place,
    /// Organisations named, as `--org` matches them.
    Org,
    /// A quote's speaker, as `--speaker` matches it (quotes only).
    Speaker,
    /// The outlet, as `--source` matches it.
    Source,
    /// Bylines.
    Author,
    /// A quote's words (quotes only).
    Quote,
    /// The article's language: the value is an ISO 639-3 code, as `--lang` matches it.
    Lang,
}

impl Field {
    /// Every field, in the order help text lists them.
    pub const ALL: [Field; 10] = [
        Field::Title,
        Field::Body,
        Field::Person,
        Field::Place,
        Field::Org,
        Field::Speaker,
        Field::Source,
        Field::Author,
        Field::Quote,
        Field::Lang,
    ];

    /// The name users type.
    pub fn name(self) -> &'static str {
        match self {
            Field::Title => "title",
            Field::Body => "body",
            Field::Person => "person",
            Field::Place => "place",
            Field::Org => "org",
            Field::Speaker => "speaker",
            Field::Source => "source",
            Field::Author => "author",
            Field::Quote => "quote",
            Field::Lang => "lang",
        }
    }

    /// The field named `name`, in any case.
    pub fn from_name(name: &str) -> Option<Field> {
        Field::ALL
            .into_iter()
            .find(|f| f.name().eq_ignore_ascii_case(name))
    }
}

/// A parsed query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Expr {
    /// Every document (an empty query, `*`).
    All,
    /// One word as typed; may analyse to several tokens (`Biden's`), then a phrase.
    Term(String),
    /// Words that must appear in this order ("humanitarian aid"); at least two.
    Phrase(Vec<String>),
    /// Words beginning with this (`negotiat*` is `Prefix("negotiat")`).
    Prefix(String),
    /// Words within this many edits (0 to 2) of the word (`oil~2`).
    Fuzzy(String, u8),
    /// The expression matched against one field instead of the default ones. Never nests
    /// another `Field`.
    Field(Field, Box<Expr>),
    /// All of these (at least two).
    And(Vec<Expr>),
    /// Any of these (at least two).
    Or(Vec<Expr>),
    /// Everything except this; inside `And`, the others except this.
    Not(Box<Expr>),
}

/// Parses `query` under the command line's caps ([`Limits::LOCAL`]: length and depth are
/// the same for every caller).
pub fn parse(query: &str) -> Result<Expr, QueryError> {
    parse_with(query, &Limits::LOCAL)
}

/// Parses `query`, refusing it when it is over `limits`' length or nesting caps.
pub fn parse_with(query: &str, limits: &Limits) -> Result<Expr, QueryError> {
    limits.check_query(query)?;
    let tokens = lex(query)?;
    let mut p = Parser {
        tokens,
        pos: 0,
        depth: 0,
        max_depth: limits.max_query_depth,
        in_field: false,
    };
    let expr = p.or()?;
    match p.peek() {
        None => Ok(expr),
        Some(Tok::Close) => Err(err("unbalanced parenthesis: `)` without its `(`")),
        Some(t) => Err(err(&format!("unexpected {}", t.describe()))),
    }
}

fn err(message: &str) -> QueryError {
    QueryError(message.to_owned())
}

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Open,
    Close,
    And,
    Or,
    /// `NOT`, `-x`, `!x`.
    Not,
    /// `+x`: required, as every term already is.
    Plus,
    Field(Field),
    Phrase(String),
    Word(String),
}

impl Tok {
    fn describe(&self) -> String {
        match self {
            Tok::Open => "`(`".into(),
            Tok::Close => "`)`".into(),
            Tok::And => "AND".into(),
            Tok::Or => "OR".into(),
            Tok::Not => "NOT".into(),
            Tok::Plus => "`+`".into(),
            Tok::Field(f) => format!("`{}:`", f.name()),
            Tok::Phrase(p) => format!("\"{p}\""),
            Tok::Word(w) => format!("`{w}`"),
        }
    }
}

/// Straight and typographic double quotes (people paste queries from articles).
fn is_double_quote(c: char) -> bool {
    matches!(
        c,
        '"' | '\u{201c}'
            | '\u{201d}'
            | '\u{201e}'
            | '\u{201f}'
            | '\u{00ab}'
            | '\u{00bb}'
            | '\u{2033}'
    )
}

/// Ends a word: whitespace, parentheses and double quotes.
fn ends_word(c: char) -> bool {
    c.is_whitespace() || c == '(' || c == ')' || is_double_quote(c)
}

fn lex(query: &str) -> Result<Vec<Tok>, QueryError> {
    let chars: Vec<char> = query.chars().collect();
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        if c.is_whitespace() {
            i += 1;
        } else if c == '(' {
            tokens.push(Tok::Open);
            i += 1;
        } else if c == ')' {
            tokens.push(Tok::Close);
            i += 1;
        } else if is_double_quote(c) {
            let start = i + 1;
            let Some(len) = chars[start..].iter().position(|&c| is_double_quote(c)) else {
                return Err(err(&format!(
                    "unbalanced quote in `{query}`: close the phrase with a second \" (an apostrophe needs none)"
                )));
            };
            tokens.push(Tok::Phrase(chars[start..start + len].iter().collect()));
            i = start + len + 1;
            match chars.get(i) {
                Some('~') => {
                    return Err(err(
                        "phrase proximity (\"a b\"~N) is not supported: search the words without quotes",
                    ))
                }
                Some('^') => return Err(err("boosts (^) are not supported")),
                _ => {}
            }
        } else if matches!(c, '-' | '!' | '+') && next.is_some_and(|n| !n.is_whitespace()) {
            // a sign before a word, phrase or group: `-x`, `!x`, `+x`
            tokens.push(if c == '+' { Tok::Plus } else { Tok::Not });
            i += 1;
        } else {
            let start = i;
            let mut is_field = false;
            while i < chars.len() && !ends_word(chars[i]) {
                if chars[i] == ':' && i > start {
                    let name: String = chars[start..i].iter().collect();
                    let value_follows = chars.get(i + 1).is_some_and(|&n| !n.is_whitespace());
                    if value_follows && name.eq_ignore_ascii_case("date") {
                        return Err(err(
                            "date: is not a query field: use --since and --until (YYYY, YYYY-MM or YYYY-MM-DD)",
                        ));
                    }
                    if let Some(field) = Field::from_name(&name).filter(|_| value_follows) {
                        tokens.push(Tok::Field(field));
                        is_field = true;
                        i += 1;
                        break;
                    }
                }
                i += 1;
            }
            if is_field {
                continue;
            }
            let word: String = chars[start..i].iter().map(|&c| straight(c)).collect();
            tokens.push(match word.as_str() {
                "AND" | "&&" => Tok::And,
                "OR" | "||" => Tok::Or,
                "NOT" => Tok::Not,
                _ => Tok::Word(word),
            });
        }
    }
    Ok(tokens)
}

/// Curly apostrophes inside words are apostrophes (`Moody’s`).
fn straight(c: char) -> char {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{201a}' | '\u{201b}' => '\'',
        c => c,
    }
}

struct Parser {
    tokens: Vec<Tok>,
    pos: usize,
    depth: usize,
    max_depth: usize,
    in_field: bool,
}

impl Parser {
    fn peek(&self) -> Option<&Tok> {
        self.tokens.get(self.pos)
    }

    fn next(&mut self) -> Option<Tok> {
        let t = self.tokens.get(self.pos).cloned();
        self.pos += 1;
        t
    }

    fn or(&mut self) -> Result<Expr, QueryError> {
        let mut parts = vec![self.and()?];
        while self.peek() == Some(&Tok::Or) {
            self.pos += 1;
            parts.push(self.and()?);
        }
        Ok(if parts.len() == 1 {
            parts.remove(0)
        } else {
            or_of(parts)
        })
    }

    fn and(&mut self) -> Result<Expr, QueryError> {
        let mut parts = Vec::new();
        loop {
            match self.peek() {
                None | Some(Tok::Close) | Some(Tok::Or) => break,
                Some(Tok::And) => {
                    if parts.is_empty() {
                        return Err(err("AND needs a term on each side"));
                    }
                    self.pos += 1;
                    if matches!(self.peek(), None | Some(Tok::Close) | Some(Tok::Or)) {
                        return Err(err("AND needs a term on each side"));
                    }
                }
                Some(_) => parts.push(self.unary()?),
            }
        }
        if parts.is_empty() {
            return match self.peek() {
                Some(Tok::Or) => Err(err("OR needs a term on each side")),
                Some(Tok::Close) if self.depth == 0 => {
                    Err(err("unbalanced parenthesis: `)` without its `(`"))
                }
                _ if self.pos > 0 && self.tokens.get(self.pos - 1) == Some(&Tok::Or) => {
                    Err(err("OR needs a term on each side"))
                }
                _ => Ok(Expr::All),
            };
        }
        Ok(and_of(parts))
    }

    /// Signs and NOTs, counted in a loop (a thousand `!` must not recurse a thousand times).
    fn unary(&mut self) -> Result<Expr, QueryError> {
        let mut negated = false;
        while let Some(t @ (Tok::Not | Tok::Plus)) = self.peek() {
            if *t == Tok::Not {
                negated = !negated;
            }
            self.pos += 1;
        }
        if matches!(
            self.peek(),
            None | Some(Tok::Close) | Some(Tok::Or) | Some(Tok::And)
        ) {
            return Err(err("NOT, - and ! need a term after them"));
        }
        let e = self.primary()?;
        Ok(if negated { Expr::Not(Box::new(e)) } else { e })
    }

    fn primary(&mut self) -> Result<Expr, QueryError> {
        match self.next() {
            Some(Tok::Open) => self.group(),
            Some(Tok::Field(field)) => {
                if self.in_field {
                    return Err(err(&format!(
                        "a field cannot hold another field (`{}:` inside a field)",
                        field.name()
                    )));
                }
                let value = match self.next() {
                    Some(Tok::Open) => {
                        self.in_field = true;
                        let e = self.group();
                        self.in_field = false;
                        e?
                    }
                    Some(Tok::Phrase(p)) => phrase(&p),
                    Some(Tok::Word(w)) => word(&w)?,
                    Some(t) => {
                        return Err(err(&format!(
                            "`{}:` needs a value, not {}",
                            field.name(),
                            t.describe()
                        )))
                    }
                    None => return Err(err(&format!("`{}:` needs a value", field.name()))),
                };
                field_expr(field, value)
            }
            Some(Tok::Phrase(p)) => Ok(phrase(&p)),
            Some(Tok::Word(w)) => word(&w),
            Some(t) => Err(err(&format!("unexpected {}", t.describe()))),
            None => Err(err("the query ends too early")),
        }
    }

    fn group(&mut self) -> Result<Expr, QueryError> {
        self.depth += 1;
        if self.depth > self.max_depth {
            return Err(err(&format!(
                "query nested too deeply (at most {} levels)",
                self.max_depth
            )));
        }
        let e = self.or()?;
        if self.next() != Some(Tok::Close) {
            return Err(err("unbalanced parenthesis: `(` without its `)`"));
        }
        self.depth -= 1;
        Ok(e)
    }
}

/// A field's value, checked: `lang:` takes a language, turned into its ISO 639-3 code.
fn field_expr(field: Field, value: Expr) -> Result<Expr, QueryError> {
    if field != Field::Lang {
        return Ok(match value {
            Expr::All => Expr::All,
            v => Expr::Field(field, Box::new(v)),
        });
    }
    let value = lang_codes(value)?;
    Ok(Expr::Field(Field::Lang, Box::new(value)))
}

/// Languages in a `lang:` value as the ISO 639-3 codes the index holds.
fn lang_codes(e: Expr) -> Result<Expr, QueryError> {
    let all = |parts: Vec<Expr>| -> Result<Vec<Expr>, QueryError> {
        parts.into_iter().map(lang_codes).collect()
    };
    Ok(match e {
        Expr::Term(t) => match newsdex_extract::language_code(&t) {
            Some(code) => Expr::Term(code.to_owned()),
            None => {
                return Err(err(&format!(
                    "unknown language `{t}` (try en, de, fr or English)"
                )))
            }
        },
        Expr::Or(parts) => Expr::Or(all(parts)?),
        Expr::And(parts) => Expr::And(all(parts)?),
        Expr::Not(inner) => Expr::Not(Box::new(lang_codes(*inner)?)),
        _ => {
            return Err(err(
                "lang: takes a language code or name (lang:en, lang:German)",
            ))
        }
    })
}

/// A quoted phrase: its words; one word is a term, none matches everything.
fn phrase(text: &str) -> Expr {
    let mut words: Vec<String> = text
        .split_whitespace()
        .map(|w| w.chars().map(straight).collect::<String>())
        .filter(|w| has_word_char(w))
        .collect();
    match words.len() {
        0 => Expr::All,
        1 => Expr::Term(words.remove(0)),
        _ => Expr::Phrase(words),
    }
}

fn has_word_char(w: &str) -> bool {
    w.chars().any(char::is_alphanumeric)
}

/// One unquoted word: a term, a prefix (`x*`), a fuzzy term (`x~2`), or everything (`*`).
fn word(w: &str) -> Result<Expr, QueryError> {
    if w == "*" {
        return Ok(Expr::All);
    }
    if w.contains('^') {
        return Err(err(&format!("boosts (^) are not supported: `{w}`")));
    }
    if let Some((stem, distance)) = w.rsplit_once('~') {
        let distance = match distance {
            "" => 2,
            "0" => 0,
            "1" => 1,
            "2" => 2,
            _ => {
                return Err(err(&format!(
                    "fuzzy terms are word~N with N 0, 1 or 2: `{w}`"
                )))
            }
        };
        if !has_word_char(stem) || stem.contains(['~', '*']) {
            return Err(err(&format!("fuzzy terms are word~N: `{w}`")));
        }
        return Ok(Expr::Fuzzy(stem.to_owned(), distance));
    }
    if let Some(stem) = w.strip_suffix('*') {
        if !has_word_char(stem) || stem.contains('*') {
            return Err(err(&format!(
                "wildcards only end a word (negotiat*): `{w}`"
            )));
        }
        return Ok(Expr::Prefix(stem.to_owned()));
    }
    if w.contains('*') {
        return Err(err(&format!(
            "wildcards only end a word (negotiat*): `{w}`"
        )));
    }
    // punctuation alone (`-`, `&`, `—`) is no word: it constrains nothing
    Ok(if has_word_char(w) {
        Expr::Term(w.to_owned())
    } else {
        Expr::All
    })
}

/// Flattens nested ANDs and drops what matches everything.
fn and_of(parts: Vec<Expr>) -> Expr {
    let mut flat = Vec::new();
    for p in parts {
        match p {
            Expr::And(inner) => flat.extend(inner),
            Expr::All => {}
            p => flat.push(p),
        }
    }
    match flat.len() {
        0 => Expr::All,
        1 => flat.remove(0),
        _ => Expr::And(flat),
    }
}

/// Flattens nested ORs; anything OR everything is everything.
fn or_of(parts: Vec<Expr>) -> Expr {
    let mut flat = Vec::new();
    for p in parts {
        match p {
            Expr::Or(inner) => flat.extend(inner),
            Expr::All => return Expr::All,
            p => flat.push(p),
        }
    }
    match flat.len() {
        0 => Expr::All,
        1 => flat.remove(0),
        _ => Expr::Or(flat),
    }
}

#[cfg(test)]
#[path = "ast_tests.rs"]
mod tests;
