//! The passage of a hit that shows why it matched.

use std::collections::BTreeMap;

use anyhow::{Context, Result};
use tantivy::query::Query;
use tantivy::snippet::SnippetGenerator;
use tantivy::Searcher;

use crate::filters::Filters;
use newsdex_index::NewsIndex;

/// Longest snippet, in characters.
const SNIPPET_CHARS: usize = 220;

/// A passage and the byte ranges in it to highlight.
pub struct Snippet {
    pub text: String,
    pub highlights: Vec<[usize; 2]>,
}

/// Builds snippets for one search's hits.
pub struct SnippetMaker {
    generator: SnippetGenerator,
}

impl SnippetMaker {
    /// Highlights the query's words; a filter-only search (`--person Sullivan`) highlights
    /// the filtered names instead, so the snippet still shows why the article matched.
    pub fn new(
        searcher: &Searcher,
        index: &NewsIndex,
        text_query: &dyn Query,
        filters: &Filters,
    ) -> Result<SnippetMaker> {
        let body = index.fields.body;
        let mut terms: BTreeMap<String, f32> = BTreeMap::new();
        let mut body_terms = Vec::new();
        text_query.query_terms(&mut |term, _| {
            if term.field() == body {
                body_terms.push(term.clone());
            }
        });
        for term in body_terms {
            if let Some(text) = term.value().as_str() {
                let freq = searcher.doc_freq(&term).context("making snippets")?;
                terms.insert(text.to_owned(), 1.0 / (1.0 + freq as f32));
            }
        }
        let mut analyzer = index
            .index
            .tokenizer_for_field(body)
            .context("making snippets")?;
        if terms.is_empty() {
            let names = filters
                .people
                .iter()
                .chain(&filters.places)
                .chain(&filters.orgs)
                .chain(&filters.speakers);
            for name in names {
                let mut stream = analyzer.token_stream(name);
                while let Some(token) = stream.next() {
                    terms.insert(token.text.clone(), 1.0);
                }
            }
        }
        let mut generator = SnippetGenerator::new(terms, analyzer, body, SNIPPET_CHARS);
        generator.set_max_num_chars(SNIPPET_CHARS);
        Ok(SnippetMaker { generator })
    }

    pub fn make(&self, body: &str) -> Snippet {
        let snippet = self.generator.snippet(body);
        if snippet.is_empty() {
            return lead(body);
        }
        let fragment = snippet.fragment();
        // the fragment is a slice of the body: mark what it leaves out on either side
        let start = body.find(fragment).unwrap_or(0);
        let cut_before = !body[..start].trim().is_empty();
        let cut_after = !body[start + fragment.len()..].trim().is_empty();
        let shift = if cut_before { ELLIPSIS.len() } else { 0 };
        let mut text = String::with_capacity(fragment.len() + 2 * ELLIPSIS.len());
        if cut_before {
            text.push_str(ELLIPSIS);
        }
        text.push_str(&fragment.replace('\n', " "));
        if cut_after {
            text.push_str(ELLIPSIS);
        }
        let highlights = snippet
            .highlighted()
            .iter()
            .map(|r| [r.start + shift, r.end + shift])
            .collect();
        Snippet { text, highlights }
    }
}

/// Marks where a snippet cuts the body.
const ELLIPSIS: &str = "\u{2026}";

/// The article's opening words, when nothing in it is highlighted.
fn lead(body: &str) -> Snippet {
    let mut end = body.len().min(SNIPPET_CHARS);
    while !body.is_char_boundary(end) {
        end -= 1;
    }
    let cut = body[..end]
        .rfind(' ')
        .filter(|_| end < body.len())
        .unwrap_or(end);
    let mut text = body[..cut].replace('\n', " ");
    if !body[cut..].trim().is_empty() {
        text.push_str(ELLIPSIS);
    }
    Snippet {
        text,
        highlights: Vec::new(),
    }
}
