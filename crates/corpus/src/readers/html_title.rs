//! A web page's headline as the page shows it: the `<h1>` that repeats one of the titles
//! the page declares (`og:title`, `twitter:title`, JSON-LD `headline`).
//!
//! Readability's title is the JSON-LD headline or `og:title`, which some publishers write
//! for search engines and social feeds ("Woman who lost 130lb: seven unexpected changes"
//! over the shown "A woman who lost 130 pounds shares 7 changes ..."). A page's `<h1>` may
//! also be its logo or a section name, so it is trusted only when a declared title repeats
//! it. Scored with `newsdex-lab eval-web`: held-out title 0.778 -> 0.926, tune 0.885 ->
//! 0.865 (fundus's gold takes `og:title` for some publishers and `<h1>` for others; over
//! all 79 pages, 67 -> 70 right).

use dom_query::Document;

/// `<h1>` elements read: the headline is among the first few, after a logo or a section
/// name; later ones head related stories.
const MAX_HEADINGS: usize = 5;

/// Longest `<h1>` text read as a headline, in bytes: a headline is a sentence.
const MAX_HEADLINE: usize = 400;

/// Meta tags whose `content` is a title the page declares.
const DECLARED_TITLES: &str =
    "meta[property='og:title'], meta[name='og:title'], meta[name='twitter:title'], meta[property='twitter:title']";

/// The page's shown headline when one of its first `<h1>`s repeats a declared title
/// (`headline` is the JSON-LD one), else `None`.
pub fn shown_headline(doc: &Document, headline: Option<&str>) -> Option<String> {
    let collapsed = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut declared: Vec<String> = doc
        .select(DECLARED_TITLES)
        .nodes()
        .iter()
        .filter_map(|n| n.attr("content"))
        .map(|c| collapsed(&c))
        .filter(|c| !c.is_empty())
        .collect();
    declared.extend(headline.map(collapsed).filter(|h| !h.is_empty()));
    if declared.is_empty() {
        return None;
    }
    doc.select("h1")
        .nodes()
        .iter()
        .take(MAX_HEADINGS)
        .map(|h| h.text())
        .filter(|t| t.len() <= MAX_HEADLINE)
        .map(|t| collapsed(&t))
        .find(|t| !t.is_empty() && declared.contains(t))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shown_headline_when_a_declared_title_repeats_it() {
        let doc = Document::from(
            r#"<head><meta property="og:title" content="A woman who lost 130 pounds shares 7 changes">
            </head><body><h1>Insider</h1><h1> A woman who lost 130 pounds
            shares 7 changes </h1></body>"#,
        );
        assert_eq!(
            shown_headline(&doc, Some("Woman who lost 130lb")).as_deref(),
            Some("A woman who lost 130 pounds shares 7 changes")
        );
        let logo = Document::from(
            r#"<meta property="og:title" content="Talks resume"><h1>Daily News</h1>"#,
        );
        assert_eq!(shown_headline(&logo, None), None);
    }
}
