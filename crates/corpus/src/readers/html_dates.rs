//! A web page's publication date when its JSON-LD gives none, from the sources publishers
//! use, most trustworthy first:
//!
//! 1. `<meta>` tags that name the publication date (`article:published_time`, Parse.ly,
//!    Dublin Core, Sailthru, ...), then `itemprop="datePublished"` and `<time pubdate>`;
//! 2. Parse.ly's `parsely-page` JSON;
//! 3. the page's address (canonical link, `og:url`, or the URL it came from):
//!    `/2024/03/18/`, `-2024-03-18/`, `/20240318/`;
//! 4. a visible byline or dateline: a short element named for dates or bylines whose text
//!    is a date, or holds one after "Published", "Posted" or "Updated";
//! 5. the first `<time datetime>` of the story (`<article>`), else of the page.
//!
//! Meta and URL dates are written by the publishing system; visible text and bare `<time>`
//! elements may belong to a related story, so they come last. Every source is read from a
//! bounded number of elements.

use dom_query::Document;
use jiff::Timestamp;

use crate::dates::{date_in_folders, find_date, parse_date};

/// `<meta>` names and properties of a publication date, in the order they are believed.
const META_DATES: &[&str] = &[
    "article:published_time",
    "og:article:published_time",
    "og:published_time",
    "published_time",
    "article.published",
    "datepublished",
    "parsely-pub-date",
    "sailthru.date",
    "publish-date",
    "publish_date",
    "publishdate",
    "pubdate",
    "publication_date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "dcterms.date",
    "dcterms.created",
    "citation_publication_date",
    "originalpublicationdate",
    "date",
    "bt:pubdate",
    "cxenseparse:recs:publishtime",
];

/// Elements read for a visible date: a byline or dateline is near the top, and a page's
/// first few dozen date-named elements hold it if any do.
const MAX_VISIBLE: usize = 60;

/// Longest text read as a byline or dateline; a longer one is a paragraph.
const MAX_LINE: usize = 200;

/// The page's publication date from the sources above; `url` is where the page came from.
#[cfg(test)]
fn page_date(doc: &Document, url: Option<&str>) -> Option<Timestamp> {
    declared_date(doc, url).or_else(|| shown_date(doc))
}

/// The date the publishing system wrote: sources 1 to 3.
pub fn declared_date(doc: &Document, url: Option<&str>) -> Option<Timestamp> {
    meta_date(doc)
        .or_else(|| parsely_date(doc))
        .or_else(|| page_urls(doc, url).iter().find_map(|u| url_date(u)))
}

/// The date the page shows: sources 4 and 5.
pub fn shown_date(doc: &Document) -> Option<Timestamp> {
    visible_date(doc).or_else(|| time_date(doc))
}

fn meta_date(doc: &Document) -> Option<Timestamp> {
    let metas = doc.select("meta[content]");
    let mut found: Vec<(usize, Timestamp)> = Vec::new();
    for meta in metas.nodes().iter().take(2_000) {
        let key = meta
            .attr("property")
            .or_else(|| meta.attr("name"))
            .or_else(|| meta.attr("itemprop"))
            .map(|k| k.to_ascii_lowercase());
        let Some(rank) = key.and_then(|k| META_DATES.iter().position(|m| *m == k)) else {
            continue;
        };
        if let Some(ts) = meta.attr("content").and_then(|c| parse_date(&c)) {
            found.push((rank, ts));
        }
    }
    if let Some((_, ts)) = found.into_iter().min_by_key(|(rank, _)| *rank) {
        return Some(ts);
    }
    let marked = doc.select("[itemprop='datePublished'], time[pubdate]");
    marked.nodes().iter().take(MAX_VISIBLE).find_map(|n| {
        n.attr("datetime")
            .or_else(|| n.attr("content"))
            .and_then(|d| parse_date(&d))
            .or_else(|| short_text_date(&n.text()))
    })
}

/// Parse.ly's `<meta name="parsely-page" content='{"pub_date": "..."}'>`.
fn parsely_date(doc: &Document) -> Option<Timestamp> {
    let content = doc.select("meta[name='parsely-page']").attr("content")?;
    let value: serde_json::Value = serde_json::from_str(&content).ok()?;
    value.get("pub_date")?.as_str().and_then(parse_date)
}

/// The addresses the page gives for itself, then the one it came from.
fn page_urls(doc: &Document, url: Option<&str>) -> Vec<String> {
    let mut urls: Vec<String> = Vec::new();
    let canonical = doc.select("link[rel='canonical']").attr("href");
    let og = doc.select("meta[property='og:url']").attr("content");
    for u in [canonical, og].into_iter().flatten() {
        urls.push(u.to_string());
    }
    urls.extend(url.map(str::to_owned));
    urls
}

/// A date in a page's address: folders `/2024/03/18/`, a folder or name that starts or
/// ends with `2024-03-18` or is `20240318`.
pub fn url_date(url: &str) -> Option<Timestamp> {
    let path = url.split_once("://").map_or(url, |(_, rest)| rest);
    let path = path.split(['?', '#']).next().unwrap_or(path);
    // The host is no date; date_in_folders takes the last part for the file's name.
    let path = path.split_once('/').map_or("", |(_, p)| p);
    if let Some(ts) = date_in_folders(&format!("{path}/x")) {
        return Some(ts);
    }
    path.split('/').find_map(|part| {
        let part = part.rsplit_once('.').map_or(part, |(stem, _)| stem);
        // "...-bird-strike-2023-04-25": a date at the end of a slug.
        let tail = part.get(part.len().checked_sub(10)?..)?;
        let before = part.len() - 10;
        let starts_word = before == 0 || part.as_bytes()[before - 1] == b'-';
        starts_word
            .then(|| crate::dates::date_in_name(tail))
            .flatten()
    })
}

/// Words of a class, id or `data-*` name that mark a byline or a date.
const DATE_NAMES: &[&str] = &[
    "date",
    "byline",
    "publish",
    "posted",
    "timestamp",
    "dateline",
    "article-meta",
    "meta-byline",
];

/// Elements whose names are checked for [`DATE_NAMES`]; a page has a few thousand.
const MAX_NAMED: usize = 20_000;

/// A date written in a byline or dateline: the first short element named for one that
/// holds a date.
fn visible_date(doc: &Document) -> Option<Timestamp> {
    let named = doc.select("[class], [id], [data-component], [data-testid]");
    named
        .nodes()
        .iter()
        .take(MAX_NAMED)
        .filter(|n| {
            [
                "class",
                "id",
                "data-component",
                "data-testid",
                "data-link-name",
            ]
            .iter()
            .filter_map(|a| n.attr(a))
            .any(|v| {
                let v = v.to_ascii_lowercase();
                DATE_NAMES.iter().any(|w| v.contains(w))
            })
        })
        .take(MAX_VISIBLE)
        .find_map(|n| short_text_date(&n.text()))
}

/// The date a short text (a byline, a dateline) gives: after "Published" or "Posted",
/// else after "Updated", else the first date in it.
pub fn short_text_date(text: &str) -> Option<Timestamp> {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.is_empty() || text.len() > MAX_LINE {
        return None;
    }
    if let Some(ts) = parse_date(&text) {
        return Some(ts);
    }
    let lower = text.to_ascii_lowercase();
    let cue = |words: &[&str]| words.iter().filter_map(|c| lower.find(c)).min();
    let from = cue(&["published", "posted"])
        .or_else(|| cue(&["updated"]))
        .unwrap_or(0);
    text.get(from..).and_then(find_date)
}

/// The first `<time datetime>` of the story, else of the page.
fn time_date(doc: &Document) -> Option<Timestamp> {
    let first = |sel: &str| {
        doc.select(sel)
            .nodes()
            .iter()
            .take(MAX_VISIBLE)
            .find_map(|n| n.attr("datetime").and_then(|d| parse_date(&d)))
    };
    first("article time[datetime]").or_else(|| first("time[datetime]"))
}

/// Words a page's date stamp is made of besides numbers and months, lower-cased.
const STAMP_WORDS: &[&str] = &[
    "updated",
    "published",
    "posted",
    "modified",
    "last",
    "at",
    "on",
    "am",
    "pm",
    "gmt",
    "bst",
    "utc",
    "est",
    "edt",
    "cet",
    "cest",
    "ist",
    "aest",
    "aedt",
];

/// Longest line read as a date stamp.
const MAX_STAMP: usize = 60;

/// A line that only dates the page: "08:39, 06 Jan 2026Updated 08:41, 06 Jan 2026" (the
/// Mirror), "Updated 3:15 PM GMT, Jan 6": numbers, months and [`STAMP_WORDS`], at least
/// one number and one word.
pub fn is_date_stamp(line: &str) -> bool {
    if line.len() > MAX_STAMP {
        return false;
    }
    let (mut numbers, mut words) = (0, 0);
    let mut token = String::new();
    let mut tokens = Vec::new();
    for c in line.chars().chain(std::iter::once(' ')) {
        let kind = |c: char| (c.is_ascii_digit(), c.is_alphabetic());
        let breaks = token.chars().last().is_some_and(|l| kind(l) != kind(c));
        if (breaks || !c.is_alphanumeric()) && !token.is_empty() {
            tokens.push(std::mem::take(&mut token));
        }
        if c.is_alphanumeric() {
            token.push(c);
        }
    }
    for token in &tokens {
        if token.bytes().all(|b| b.is_ascii_digit()) {
            numbers += 1;
            continue;
        }
        let lower = token.to_lowercase();
        let month = crate::dates::month_name(&lower).is_some();
        if month || STAMP_WORDS.contains(&lower.as_str()) {
            words += 1;
        } else {
            return false;
        }
    }
    numbers > 0 && words > 0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(ts: Option<Timestamp>) -> String {
        ts.map(|t| t.to_string()[..10].to_owned())
            .unwrap_or_default()
    }

    fn date_of(html: &str) -> String {
        day(page_date(&Document::from(html), None))
    }

    #[test]
    fn meta_tags_in_their_order() {
        let html = r#"<html><head>
            <meta name="date" content="2024-01-02">
            <meta property="article:published_time" content="2024-03-18T09:30:00-04:00">
            </head><body><p>Text</p></body></html>"#;
        assert_eq!(date_of(html), "2024-03-18");
        let parsely = r#"<meta name="parsely-pub-date" content="2023-04-28T17:40:08Z">"#;
        assert_eq!(date_of(parsely), "2023-04-28");
        let dc = r#"<meta name="DC.date.issued" content="2022-10-10">"#;
        assert_eq!(date_of(dc), "2022-10-10");
        let item =
            r#"<span itemprop="datePublished" content="2021-12-25T13:46:00-04:00">Dec 25</span>"#;
        assert_eq!(date_of(item), "2021-12-25");
        let page = r#"<meta name="parsely-page" content='{"title":"x","pub_date":"2024-09-03T04:03:19Z"}'>"#;
        assert_eq!(date_of(page), "2024-09-03");
    }

    #[test]
    fn addresses() {
        let d = |u: &str| day(url_date(u));
        assert_eq!(
            d("https://www.cnbc.com/2023/04/28/many-new-bitcoin-buyers.html"),
            "2023-04-28"
        );
        assert_eq!(
            d("https://www.reuters.com/business/nepal-says-no-proof-bird-strike-2023-04-25/"),
            "2023-04-25"
        );
        assert_eq!(d("https://example.com/news/20240318/story"), "2024-03-18");
        assert_eq!(
            d("https://www.businessinsider.com/every-dune-outfit-2024-2"),
            ""
        );
        assert_eq!(
            d("https://apnews.com/article/mexico-economy-3cc842471fb9df42"),
            ""
        );
        let canonical = r#"<link rel="canonical" href="https://example.com/2024/05/02/a-story/">"#;
        assert_eq!(date_of(canonical), "2024-05-02");
    }

    #[test]
    fn bylines_and_datelines() {
        let cbc = r#"<div class="bylineDetails">Yasmine Hassan · CBC News · Posted: Aug 08, 2024 4:00 AM EDT | Last Updated: August 8</div>"#;
        assert_eq!(date_of(cbc), "2024-08-08");
        let toi = r#"<div class="xf8Pm byline"><a href="/x">Aashish Saxena</a> / TIMESOFINDIA.COM / <span> Sep 2, 2024, 17:07 IST</span></div>"#;
        assert_eq!(date_of(toi), "2024-09-02");
        let guardian = r#"<div data-component="meta-byline"><span>AP in Valencia</span><div class="dcr-1d52k2r">Sat 24 Feb 2024 12.42 CET</div></div>"#;
        assert_eq!(date_of(guardian), "2024-02-24");
        let mail = r#"<p class="byline-section">Published: 15:56 BST, 27 April 2024 | Updated: 15:57 BST, 27 April 2024</p>"#;
        assert_eq!(date_of(mail), "2024-04-27");
        let plain = r#"<span class="article-date">March 18, 2024</span>"#;
        assert_eq!(date_of(plain), "2024-03-18");
        // A paragraph that mentions a date is no byline.
        let long = format!(
            r#"<div class="update-notes">{} on March 18, 2024.</div>"#,
            "The council met many times ".repeat(10)
        );
        assert_eq!(date_of(&long), "");
    }

    #[test]
    fn time_elements_last_and_the_story_first() {
        let html = r#"<aside><time datetime="2020-01-01T00:00:00Z">old</time></aside>
            <article><time datetime="2024-04-28T12:00:00Z">April 28</time></article>"#;
        assert_eq!(date_of(html), "2024-04-28");
        // A meta date wins over a visible one.
        let both = r#"<meta property="article:published_time" content="2024-04-27T10:00:00Z">
            <span class="date">April 20, 2024</span>"#;
        assert_eq!(date_of(both), "2024-04-27");
    }
}
