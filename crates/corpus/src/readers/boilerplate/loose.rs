//! Loose lines: a few words set straight in a `<div>` or other box (not in a paragraph,
//! heading or list item) that end no sentence: bylines, kickers, labels and counters of
//! page furniture. Stories are written in paragraphs and headings, so such a line that
//! Readability keeps is dropped from its text; it stays in the page, as removing it there
//! changed which blocks Readability kept (a Mirror bookmark notice came in).

use std::collections::HashSet;

use crate::readers::html_blocks::collapsed;

use dom_query::{Document, NodeRef};

/// Most words of a loose line: `eval-web` tune unchanged from 1 to 12 words (0.988 /
/// 0.977; at 15, 0.976), held-out text 0.964 -> 0.966, segment 0.925 -> 0.935 at 8.
const MAX_LOOSE_WORDS: usize = 8;

/// Most text nodes looked at.
const MAX_TEXT_NODES: usize = 100_000;

/// How far up from a text its block is looked for.
const MAX_NESTING: usize = 8;

/// Elements that sit inside a line of text.
const INLINE: &[&str] = &[
    "a", "span", "strong", "b", "em", "i", "u", "small", "sup", "sub", "mark", "abbr", "cite", "q",
    "time", "font", "label", "button",
];

/// Blocks a story's text is written in.
const TEXT_BLOCKS: &[&str] = &[
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "blockquote",
    "td",
    "th",
    "dd",
    "dt",
    "pre",
];

/// The texts of the page's loose lines (whitespace collapsed), less any text the page
/// also sets as a paragraph, heading or list item.
pub fn loose_lines(doc: &Document) -> HashSet<String> {
    let mut loose = HashSet::new();
    let mut written = HashSet::new();
    let mut seen = HashSet::new();
    let body = doc.select("body");
    let Some(root) = body.nodes().first().copied() else {
        return loose;
    };
    for text in root
        .descendants_it()
        .filter(|n| n.is_text())
        .take(MAX_TEXT_NODES)
    {
        if text.text().trim().is_empty() {
            continue;
        }
        let Some(block) = text
            .ancestors_it(Some(MAX_NESTING))
            .find(|a| a.node_name().is_some_and(|n| !INLINE.contains(&n.as_ref())))
        else {
            continue;
        };
        if !seen.insert(block.id) {
            continue;
        }
        let name = block.node_name();
        if name.as_deref().is_some_and(|n| TEXT_BLOCKS.contains(&n)) {
            written.insert(collapsed(&block.text()));
            continue;
        }
        if is_loose(&block) {
            loose.insert(collapsed(&block.text()));
        }
    }
    loose.retain(|t| !written.contains(t));
    loose
}

/// A box of at most [`MAX_LOOSE_WORDS`] words that ends no sentence, holding no text
/// block and inside none.
fn is_loose(block: &NodeRef) -> bool {
    let text = block.text();
    let text = text.trim();
    let words = text.split_whitespace().count();
    if words == 0
        || words > MAX_LOOSE_WORDS
        || text.ends_with(['.', '!', '?', '"', '\u{201d}', ':'])
    {
        return false;
    }
    let named = |n: &NodeRef| {
        n.node_name()
            .is_some_and(|n| TEXT_BLOCKS.contains(&n.as_ref()))
    };
    !block.descendants_it().any(|d| named(&d))
        && !block.ancestors_it(Some(MAX_NESTING)).any(|a| named(&a))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The DOM of fundus tune page `page`, from the shared corpora.
    fn fundus_doc(page: &str) -> Document {
        let corpora = std::env::var_os("NEWSDEX_CORPORA")
            .map(std::path::PathBuf::from)
            .unwrap_or_else(|| {
                std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpora")
            });
        let gz = std::fs::read(corpora.join("html-samples/fundus").join(page))
            .unwrap_or_else(|e| panic!("{page}: {e} (set NEWSDEX_CORPORA)"));
        let kind = crate::decode::Compression::of(&gz).unwrap();
        let html = crate::decode::decompress(kind, &gz, 64 << 20).unwrap();
        Document::from(String::from_utf8_lossy(&html).as_ref())
    }

    #[test]
    fn bylines_and_kickers_in_boxes_are_loose_and_subheadings_are_not() {
        // Real tune pages: a byline in a `<div>` (BBC), a byline with its job title (the
        // Mirror), a section and date over the headline (The Nation), a wire byline (the
        // National Post).
        for (page, line) in [
            ("uk/BBC_2026_04_25.html.gz", "Duncan Walker"),
            (
                "uk/TheMirror_2026_01_06.html.gz",
                "Steffan Rhys Deputy Content Hub Director",
            ),
            (
                "us/TheNation_2024_01_11.html.gz",
                "Politics / January 11, 2024",
            ),
            ("ca/NationalPost_2025_05_08.html.gz", "The Associated Press"),
        ] {
            let loose = loose_lines(&fundus_doc(page));
            assert!(loose.contains(line), "{page}: {loose:#?}");
            let body = format!("{line}\n\nThe story.");
            assert_eq!(
                crate::readers::html_blocks::without_paragraphs(&body, &loose),
                "The story."
            );
        }
        // The Washington Post sets its subheadings as `<h3><div>Looking ahead</div></h3>`.
        let post = loose_lines(&fundus_doc("us/WashingtonPost_2024_04_26.html.gz"));
        assert!(!post.contains("Looking ahead"), "{post:#?}");
        assert!(!post.contains("Friday\u{2019}s storms"), "{post:#?}");
    }
}
