//! The story element's own paragraphs, read from the page after [`super::furniture`] and
//! before Readability edits it: a second opinion for pages where Readability picks the
//! wrong block.

use dom_query::Document;

use super::furniture::{link_share, LINK_LIST_SHARE};

/// The paragraphs and subheadings of the page's story element (`<article>`, an
/// `articleBody`, `<main>`: the one with the most paragraph text), in order, one per line;
/// `None` when the page has none. Read after [`super::strip`], before Readability edits the page.
pub fn story_paragraphs(doc: &Document) -> Option<String> {
    let mut best: Option<(usize, Vec<String>)> = None;
    for container in doc
        .select("article, [itemprop='articleBody'], main")
        .nodes()
    {
        let mut blocks = Vec::new();
        let mut size = 0;
        for node in container.descendants_it() {
            let name = node.node_name();
            if !matches!(name.as_deref(), Some("p" | "h2" | "h3")) {
                continue;
            }
            // A paragraph inside another one is read with it.
            if node
                .ancestors_it(Some(MAX_BLOCK_NESTING))
                .any(|a| matches!(a.node_name().as_deref(), Some("p" | "h2" | "h3")))
            {
                continue;
            }
            // Code, and link lists ("You might also like"), are not the story.
            if node
                .descendants_it()
                .any(|d| matches!(d.node_name().as_deref(), Some("script" | "style")))
            {
                continue;
            }
            let text = node.text();
            if link_share(&node, text.len()) > LINK_LIST_SHARE {
                continue;
            }
            let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
            if text.is_empty() {
                continue;
            }
            if name.as_deref() == Some("p") {
                size += text.len();
            }
            blocks.push(text);
        }
        if best.as_ref().is_none_or(|(s, _)| size > *s) {
            best = Some((size, blocks));
        }
    }
    best.filter(|(size, _)| *size > 0)
        .map(|(_, blocks)| blocks.join("\n"))
}

/// How far up a paragraph is checked for an enclosing one.
const MAX_BLOCK_NESTING: usize = 8;
