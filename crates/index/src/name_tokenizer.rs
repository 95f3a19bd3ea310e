//! How names are split into searchable words: at spaces and hyphens only, so that
//! `--person Sullivan` finds Jake Sullivan but not Sonia O'Sullivan, whose name is the
//! one word `o'sullivan` (tantivy's simple tokenizer would split it at the apostrophe),
//! and `--person Silk` finds Robert Kilroy-Silk.

use tantivy::tokenizer::{Token, TokenStream, Tokenizer};

/// Splits a name at whitespace and hyphens, trimming punctuation around each part but
/// keeping what is inside it (`O'Sullivan`, `U.S.`).
#[derive(Clone, Copy, Default)]
pub struct NameTokenizer;

/// The parts of one name.
pub struct NameTokenStream<'a> {
    text: &'a str,
    offset: usize,
    position: usize,
    token: Token,
}

impl Tokenizer for NameTokenizer {
    type TokenStream<'a> = NameTokenStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> NameTokenStream<'a> {
        NameTokenStream {
            text,
            offset: 0,
            position: 0,
            token: Token::default(),
        }
    }
}

fn separates(c: char) -> bool {
    c.is_whitespace() || matches!(c, '-' | '–' | '—' | '/' | ',' | ';' | '(' | ')' | '&')
}

impl TokenStream for NameTokenStream<'_> {
    fn advance(&mut self) -> bool {
        while self.offset < self.text.len() {
            let rest = &self.text[self.offset..];
            let skip = rest.find(|c: char| !separates(c)).unwrap_or(rest.len());
            let start = self.offset + skip;
            let part = &self.text[start..];
            let len = part.find(separates).unwrap_or(part.len());
            self.offset = start + len;
            // quotes and stops around a part are not part of the name (`"Mike"`, `Jr.`
            // keeps its stop: inner and final dots stay, as in `U.S.`)
            let word = &self.text[start..start + len];
            let trimmed = word.trim_matches(|c: char| !c.is_alphanumeric() && c != '.');
            let trimmed = trimmed.trim_start_matches('.');
            if trimmed.is_empty() {
                continue;
            }
            let from = start
                + (word.len()
                    - word
                        .trim_start_matches(|c: char| !c.is_alphanumeric())
                        .len());
            self.token.text.clear();
            self.token.text.push_str(trimmed);
            self.token.offset_from = from;
            self.token.offset_to = from + trimmed.len();
            self.token.position = self.position;
            self.position += 1;
            return true;
        }
        false
    }

    fn token(&self) -> &Token {
        &self.token
    }

    fn token_mut(&mut self) -> &mut Token {
        &mut self.token
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(s: &str) -> Vec<String> {
        let mut t = NameTokenizer;
        let mut stream = t.token_stream(s);
        let mut out = Vec::new();
        while stream.advance() {
            out.push(stream.token().text.clone());
        }
        out
    }

    #[test]
    fn apostrophes_join_hyphens_split() {
        assert_eq!(parts("Sonia O'Sullivan"), ["Sonia", "O'Sullivan"]);
        assert_eq!(parts("Robert Kilroy-Silk"), ["Robert", "Kilroy", "Silk"]);
        assert_eq!(parts("U.S. Treasury"), ["U.S.", "Treasury"]);
        assert_eq!(parts("Standard & Poor's"), ["Standard", "Poor's"]);
        assert_eq!(parts("  \"Mike\"  Friday, "), ["Mike", "Friday"]);
    }
}
