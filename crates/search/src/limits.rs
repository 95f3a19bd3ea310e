//! What one request may ask of the index, checked before any search runs.
//!
//! A search costs time in proportion to its query's terms, its page (every hit is read from
//! the compressed document store) and its offset (the collector keeps offset + page hits in
//! a heap), and tantivy's query parser recurses once per parenthesis. A server answering
//! anyone who reaches it takes [`Limits::SERVER`]; a user's own command line takes
//! [`Limits::LOCAL`], whose pages are unbounded (`quotes --all`).

use crate::error::QueryError;

/// Caps on one request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Longest query text, in bytes.
    pub max_query_bytes: usize,
    /// Deepest nesting of parentheses in the query text.
    pub max_query_depth: usize,
    /// Most hits on one page.
    pub max_page: usize,
    /// Most hits skipped before a page.
    pub max_offset: usize,
    /// Most names in one facet list.
    pub max_top: usize,
}

/// 2 KB: a pasted paragraph, or a boolean query of ~200 terms, is well inside; more is a
/// document, not a query, and each term costs a posting-list walk.
pub const MAX_QUERY_BYTES: usize = 2048;
/// 32 levels: no person nests deeper; tantivy's parser recurses per level, and a query of
/// thousands of `(` overflows a thread's stack (a crash, not an error).
pub const MAX_QUERY_DEPTH: usize = 32;
/// 100 hits: a screenful many times over. Each hit is a document-store read plus a snippet
/// (~0.1 ms), so a page stays within a few milliseconds.
pub const MAX_PAGE: usize = 100;
/// 10,000, as Elasticsearch's `index.max_result_window`: deep paging keeps offset + page
/// entries in the collector's heap for every matching document.
pub const MAX_OFFSET: usize = 10_000;
/// 500 names: far more than a facet column shows; counting keeps ten times as many per
/// segment.
pub const MAX_TOP: usize = 500;

impl Limits {
    /// For requests from the network (`newsdex serve`).
    pub const SERVER: Limits = Limits {
        max_query_bytes: MAX_QUERY_BYTES,
        max_query_depth: MAX_QUERY_DEPTH,
        max_page: MAX_PAGE,
        max_offset: MAX_OFFSET,
        max_top: MAX_TOP,
    };

    /// For the user's own command line: the same query caps (the parser's stack does not
    /// care who asks), pages and facet lists as long as asked.
    pub const LOCAL: Limits = Limits {
        max_query_bytes: MAX_QUERY_BYTES,
        max_query_depth: MAX_QUERY_DEPTH,
        max_page: usize::MAX,
        max_offset: usize::MAX,
        max_top: usize::MAX,
    };

    /// Refuses query text over the length or nesting caps.
    pub fn check_query(&self, query: &str) -> Result<(), QueryError> {
        if query.len() > self.max_query_bytes {
            return Err(QueryError(format!(
                "query too long: {} bytes (at most {})",
                query.len(),
                self.max_query_bytes
            )));
        }
        let depth = nesting_depth(query);
        if depth > self.max_query_depth {
            return Err(QueryError(format!(
                "query nested too deeply: {depth} levels of parentheses (at most {})",
                self.max_query_depth
            )));
        }
        Ok(())
    }

    /// Refuses a page or offset over the caps.
    pub fn check_page(&self, limit: usize, offset: usize) -> Result<(), QueryError> {
        if limit > self.max_page {
            return Err(QueryError(format!(
                "limit {limit} is too large (at most {} per page)",
                self.max_page
            )));
        }
        if offset > self.max_offset {
            return Err(QueryError(format!(
                "offset {offset} is too large (at most {}: narrow the query instead)",
                self.max_offset
            )));
        }
        Ok(())
    }

    /// Refuses a facet list over the cap.
    pub fn check_top(&self, top: usize) -> Result<(), QueryError> {
        if top > self.max_top {
            return Err(QueryError(format!(
                "top {top} is too large (at most {})",
                self.max_top
            )));
        }
        Ok(())
    }
}

impl Default for Limits {
    /// The strict ones: a caller must say when it may ask for more.
    fn default() -> Self {
        Limits::SERVER
    }
}

/// The deepest nesting of parentheses outside phrases (an unbalanced `)` counts as none).
fn nesting_depth(query: &str) -> usize {
    let (mut depth, mut deepest, mut in_phrase) = (0usize, 0usize, false);
    for c in query.chars() {
        match c {
            '"' | '\u{201c}' | '\u{201d}' => in_phrase = !in_phrase,
            '(' if !in_phrase => {
                depth += 1;
                deepest = deepest.max(depth);
            }
            ')' if !in_phrase => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    deepest
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn depth_counts_parentheses_outside_phrases() {
        assert_eq!(nesting_depth("a AND (b OR (c AND d))"), 2);
        assert_eq!(nesting_depth("\"((((\" rafah"), 0);
        assert_eq!(nesting_depth("))) ((x))"), 2);
    }

    #[test]
    fn caps_refuse_with_the_number() {
        let l = Limits::SERVER;
        let deep = format!("{}x{}", "(".repeat(33), ")".repeat(33));
        let err = l.check_query(&deep).expect_err("too deep");
        assert!(err.0.contains("33 levels"), "{err}");
        assert!(l.check_query(&"a ".repeat(1025)).is_err());
        assert!(l.check_query(&"a ".repeat(1024)).is_ok());
        assert!(l.check_page(101, 0).is_err());
        assert!(l.check_page(100, 10_001).is_err());
        assert!(l.check_page(100, 10_000).is_ok());
        assert!(Limits::LOCAL.check_page(1_000_000, 1_000_000).is_ok());
        assert!(l.check_top(501).is_err());
    }
}
