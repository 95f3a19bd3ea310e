//! Web pages: the story's headline, main text, date, authors and site, without the menus,
//! cookie banners and link lists around it.
//!
//! Finding the main text of an arbitrary page is a research problem of its own, so this
//! leans on `dom_smoothie`, a Rust port of Mozilla's Readability (Firefox's reader view),
//! which also reads the page's metadata (JSON-LD, Open Graph, `<meta>` tags). On the 79
//! real news pages of fundus's test set its text alone scored a mean word F1 of 0.913
//! against fundus's hand-written per-publisher parsers (median 0.96), at about 3 ms a page;
//! with the JSON-LD rule below, 0.925.
//!
//! Before Readability reads the page, `boilerplate` strips the furniture it used to keep
//! (captions, related-story lists, newsletter and paywall boxes, share bars, consent
//! dialogs); dates come from JSON-LD, then `html_dates`. Scored by `newsdex-lab eval-web`
//! on publishers held out from tuning: word 4-gram F1 0.919 -> 0.953 -> 0.957, paragraph
//! F1 0.833 -> 0.905 -> 0.911 (the second step: paywall-named wrappers that hold the story,
//! gated paragraphs, calls to action, pointers, pull quotes, live-blog stamps), and with
//! JSON-LD and date metas removed, date F1 0.200 -> 0.902. The title is the shown `<h1>`
//! when a declared title repeats it (`html_title`): 0.778 -> 0.926. Then `html_blocks`
//! (linked sentences, break spans, icons in links, repeated captions) and the paragraph
//! rules of `recirculation` and `boilerplate` (card bylines, story lists, staff credits,
//! date stamps, bios): 0.957 -> 0.960 and 0.911 -> 0.915; with the shown standfirst,
//! 0.963 and 0.920.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use dom_smoothie::{Config, Readability, TextMode};

use super::{boilerplate, html_blocks, html_dates, html_title, recirculation};
use crate::article::RawArticle;
use crate::dates::parse_date;
use crate::references::decode_references;

/// Deepest element nesting a page keeps; deeper tags are dropped, their text kept. The 79
/// real news pages of fundus's test set nest at most 51 deep (most 20-27), and browsers
/// stop nesting at 512 (Blink). Readability's cost grows with depth times elements: nested
/// `<div>`s took 0.4 s at 1,000 levels, 1.3 s at 2,000, 7.2 s at 5,000 and 14 s at 10,000
/// (a 1.1 MB page of 100,000 took ~25 minutes); flattened to 256, each takes milliseconds.
pub const MAX_DEPTH: usize = 256;

/// Time a page's readability pass may take before the page is read as plain text, with a
/// warning: a news page takes about 3 ms, the largest real ones well under a second, and
/// one bad page in a crawl must not hold a worker longer than this.
pub const PAGE_TIME_BUDGET: Duration = Duration::from_secs(3);

/// Pages over their time budget whose readability pass is still running (it cannot be
/// stopped, only left to finish in the background).
static OVERDUE: AtomicUsize = AtomicUsize::new(0);

/// Overdue pages allowed to run on at once; past this, pages are read as plain text until
/// one finishes, so a crawl of bad pages cannot pile up threads or memory.
const MAX_OVERDUE: usize = 4;

/// Reads the article in a web page. `url` is where the page came from, when known (a WARC
/// record's target): the page's own canonical URL wins over it.
///
/// The work is bounded: a page over [`MAX_PAGE`] is refused, one nested deeper than
/// [`MAX_DEPTH`] is flattened first, and one whose readability pass takes longer than
/// [`PAGE_TIME_BUDGET`] (or fails inside it) is read as plain text, with a warning in the
/// article's `warnings`.
pub fn parse_html(html: String, url: Option<&str>) -> Result<RawArticle, String> {
    parse_html_within(html, url, PAGE_TIME_BUDGET)
}

/// [`parse_html`] with a time budget of `budget`.
fn parse_html_within(
    html: String,
    url: Option<&str>,
    budget: Duration,
) -> Result<RawArticle, String> {
    if html.len() > MAX_PAGE {
        return Err(too_large(html.len()));
    }
    let mut warnings = Vec::new();
    let html = match flatten(&html, MAX_DEPTH) {
        Some(flat) => {
            warnings.push(format!(
                "elements nested over {MAX_DEPTH} deep; the deeper tags were dropped, their text kept"
            ));
            flat
        }
        None => html,
    };
    let html: Arc<str> = html.into();
    let mut article = match within_budget(&html, url, budget) {
        Ok(article) => article?,
        Err(why) => {
            warnings.push(format!("{why}; read as plain text"));
            plain_page(&html, url)?
        }
    };
    warnings.append(&mut article.warnings);
    article.warnings = warnings;
    Ok(article)
}

/// [`readable`] on a thread of its own, waited for `budget`; `Err` says why the page must be
/// read otherwise. The page's own errors (no text found) stay in `Ok`.
fn within_budget(
    html: &Arc<str>,
    url: Option<&str>,
    budget: Duration,
) -> Result<Result<RawArticle, String>, String> {
    if OVERDUE.load(Ordering::Relaxed) >= MAX_OVERDUE {
        return Err(format!(
            "{MAX_OVERDUE} earlier pages are still over their time budget"
        ));
    }
    let (tx, rx) = std::sync::mpsc::channel();
    let (page, base) = (Arc::clone(html), url.map(str::to_owned));
    let spawned = std::thread::Builder::new()
        .name("newsdex-page".into())
        .stack_size(8 << 20)
        .spawn(move || {
            let _ = tx.send(readable(&page, base.as_deref()));
        });
    if spawned.is_err() {
        // No thread to be had: read it here, unbounded, rather than not at all.
        return Ok(readable(html, url));
    }
    match rx.recv_timeout(budget) {
        Ok(article) => Ok(article),
        Err(std::sync::mpsc::RecvTimeoutError::Timeout) => {
            OVERDUE.fetch_add(1, Ordering::Relaxed);
            // Counted down when the pass ends, whenever that is.
            std::thread::spawn(move || {
                let _ = rx.recv();
                OVERDUE.fetch_sub(1, Ordering::Relaxed);
            });
            Err(format!(
                "the page took over {:.1} s to read",
                budget.as_secs_f64()
            ))
        }
        Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => {
            Err("the page reader failed on this page".into())
        }
    }
}

/// How much longer than Readability's text the story element's paragraphs must be to
/// replace it. On the tune pages: a Financial Post story cut by ad slots was 2.2 times
/// longer (word 4-gram F1 0.61 -> 0.95), while Euronews's `<main>` with its "Most read"
/// headings was 1.4 times longer (F1 1.00 -> 0.82 at 1.3).
const STORY_OVER_READABILITY: f64 = 1.6;

/// Readability's reading of a page.
fn readable(html: &str, url: Option<&str>) -> Result<RawArticle, String> {
    let config = Config {
        text_mode: TextMode::Formatted,
        ..Config::default()
    };
    let base = url.filter(|u| u.starts_with("http://") || u.starts_with("https://"));
    let no_text = |e| format!("no article text found in the page ({e})");
    let mut page = Readability::new(html, base, Some(config)).map_err(no_text)?;
    let linked = LinkedData::of(&page);
    // JSON-LD's datePublished, then what meta tags and the address say; what the page shows
    // (bylines, <time>) only after Readability's metadata (see html_dates). Read before
    // furniture is stripped: a byline may sit in a share bar.
    let declared = linked.date.as_deref().and_then(parse_date);
    let declared = declared.or_else(|| html_dates::declared_date(&page.doc, base));
    let shown = html_dates::shown_date(&page.doc);
    let meta_names = meta_authors(&page.doc);
    let shown_title = html_title::shown_headline(&page.doc, linked.headline.as_deref());
    let captions = html_blocks::caption_texts(&page.doc);
    // A description the page shows as a picture's caption is no standfirst (Isolezwe's).
    let standfirst = html_blocks::shown_description(&page.doc).filter(|s| !captions.contains(s));
    let deck = html_blocks::headline_deck(&page.doc, shown_title.as_deref());
    boilerplate::strip(&page.doc);
    html_blocks::sentence_links_as_text(&page.doc);
    html_blocks::break_elements_as_breaks(&page.doc);
    html_blocks::link_icons_removed(&page.doc);
    html_blocks::section_kickers_removed(&page.doc);
    html_blocks::comments_removed(&page.doc);
    // Read after the furniture goes, before Readability edits the page.
    let loose = boilerplate::loose_lines(&page.doc);
    let story = boilerplate::story_paragraphs(&page.doc);
    let article = page.parse().map_err(no_text)?;
    let mut body = paragraphs(&article.text_content);
    // Readability keeps one block of a story cut up by ad slots (Postmedia's pages); the
    // story element's paragraphs win when clearly longer (see STORY_OVER_READABILITY).
    if let Some(story) =
        story.filter(|s| s.len() as f64 > body.len() as f64 * STORY_OVER_READABILITY)
    {
        body = paragraphs(&story);
    }
    let mut body = boilerplate::without_labels(&body);
    // Readability sometimes keeps one section of a long feature; the text the publisher
    // declares wins when it is clearly longer (on fundus's pages: Wired and The New Yorker
    // went from a word F1 of 0.34 and 0.64 to 0.95 and 0.98). A shorter one is a teaser.
    let declared_body = linked.body.clone();
    if let Some(full) = linked.body.filter(|full| full.len() * 10 > body.len() * 13) {
        body = paragraphs(&boilerplate::plain_markup(&full));
    } else if let Some(full) = declared_body {
        // Else it vets the body's paragraphs (see `declared`).
        body = super::declared::within_declared(&body, &boilerplate::plain_markup(&full));
    }
    let body = html_blocks::without_paragraphs(&body, &captions);
    let body = html_blocks::without_paragraphs(&body, &loose);
    // Structured names first: a byline is free text ("Tollefson, Jeff").
    // Then the names meta tags give: Readability's byline is the text around them
    // ("Sarah LazareTwitter Today 5:00 am" on The Nation).
    let authors = if !linked.authors.is_empty() {
        linked.authors
    } else if !meta_names.is_empty() {
        meta_names
    } else {
        article.byline.as_deref().map(authors).unwrap_or_default()
    };
    let body = recirculation::without_author_bios(&body, &authors);
    let body = recirculation::without_tail_bios(&body);
    let body = html_blocks::with_standfirst(body, standfirst.as_deref());
    // The deck under the headline opens the story: `eval-web` tune text 0.987 -> 0.988,
    // segment 0.974 -> 0.976 (The Intercept, the Washington Post, Daily Maverick); held-out
    // unchanged (0.964, 0.925).
    let body = html_blocks::with_deck(body, deck.as_deref());
    let mut title = shown_title.unwrap_or_else(|| one_line(&article.title));
    // The headline printed again over the story is not a paragraph of it (Business
    // Insider's): `eval-web` tune segment 0.970 -> 0.971, held-out text 0.963 -> 0.964,
    // segment 0.922 -> 0.923.
    let body = without_headline(&body, &title);
    let body = boilerplate::without_lead_in(&body);
    let body = boilerplate::without_lead_out(&body);
    if body.is_empty() {
        return Err("no article text found in the page".into());
    }
    let url = article
        .url
        .filter(|u| u.starts_with("http"))
        .or_else(|| url.map(str::to_owned));
    let source = article
        .site_name
        .map(|s| one_line(&s))
        .filter(|s| !s.is_empty())
        .or_else(|| url.as_deref().and_then(host));
    title = without_site_name(&title, source.as_deref(), url.as_deref());
    Ok(RawArticle {
        title,
        body,
        date: declared
            .or_else(|| article.published_time.as_deref().and_then(parse_date))
            .or(shown),
        source,
        url,
        authors,
        dateline: None,
        warnings: Vec::new(),
    })
}

/// `body` without the paragraphs that repeat `title` (whitespace and case aside).
fn without_headline(body: &str, title: &str) -> String {
    let title = one_line(title).to_lowercase();
    if title.is_empty() {
        return body.to_owned();
    }
    body.split("\n\n")
        .filter(|p| one_line(p).to_lowercase() != title)
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// `html` with every element nested deeper than `max` dropped (its text kept), or `None`
/// when no element is that deep. Tags are read as a browser's tokenizer would, roughly:
/// comments and the raw text of `<script>`, `<style>`, `<textarea>` and `<title>` are not
/// tags, void elements (`<br>`) and elements whose end tag may be left out (`<p>`, `<li>`,
/// `<td>`: a browser closes them itself) do not nest.
pub fn flatten(html: &str, max: usize) -> Option<String> {
    if !has_depth_over(html, max) {
        return None;
    }
    let mut out = String::with_capacity(html.len());
    let (mut depth, mut dropped) = (0usize, 0usize);
    for piece in Pieces::new(html) {
        match piece {
            Piece::Open(tag) if depth >= max => {
                let _ = tag;
                dropped += 1;
            }
            Piece::Open(tag) => {
                depth += 1;
                out.push_str(tag);
            }
            Piece::Close(_) if dropped > 0 => dropped -= 1,
            Piece::Close(tag) => {
                depth = depth.saturating_sub(1);
                out.push_str(tag);
            }
            Piece::Other(text) => out.push_str(text),
        }
    }
    Some(out)
}

fn has_depth_over(html: &str, max: usize) -> bool {
    let mut depth = 0usize;
    for piece in Pieces::new(html) {
        match piece {
            Piece::Open(_) => {
                depth += 1;
                if depth > max {
                    return true;
                }
            }
            Piece::Close(_) => depth = depth.saturating_sub(1),
            Piece::Other(_) => {}
        }
    }
    false
}

/// A page cut into tags that nest (`Open`, `Close`) and everything else (text, comments,
/// raw text, tags that do not nest), in order; together they are the whole page.
enum Piece<'a> {
    Open(&'a str),
    Close(&'a str),
    Other(&'a str),
}

struct Pieces<'a> {
    html: &'a str,
    at: usize,
}

impl<'a> Pieces<'a> {
    fn new(html: &'a str) -> Self {
        Pieces { html, at: 0 }
    }
}

/// Elements that never nest: void ones, and those a browser closes by itself when the next
/// one starts.
const NON_NESTING: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr", "keygen", "basefont", "frame", "p", "li", "dt", "dd", "tr", "td", "th",
    "option", "optgroup", "rb", "rt", "rp", "thead", "tbody", "tfoot", "colgroup", "caption",
];

/// Elements whose content is raw text up to their end tag.
const RAW_TEXT: &[&str] = &["script", "style", "textarea", "title", "xmp", "plaintext"];

impl<'a> Iterator for Pieces<'a> {
    type Item = Piece<'a>;

    fn next(&mut self) -> Option<Piece<'a>> {
        let html = self.html;
        let start = self.at;
        if start >= html.len() {
            return None;
        }
        let rest = &html[start..];
        let Some(lt) = memchr::memchr(b'<', rest.as_bytes()) else {
            self.at = html.len();
            return Some(Piece::Other(rest));
        };
        if lt > 0 {
            self.at = start + lt;
            return Some(Piece::Other(&rest[..lt]));
        }
        let bytes = rest.as_bytes();
        let end_of = |needle: &[u8], from: usize| {
            memchr::memmem::find(&bytes[from..], needle)
                .map_or(bytes.len(), |i| from + i + needle.len())
        };
        if rest.starts_with("<!--") {
            self.at = start + end_of(b"-->", 4);
            return Some(Piece::Other(&html[start..self.at]));
        }
        let close = bytes.get(1) == Some(&b'/');
        let name_at = 1 + usize::from(close);
        let name_len = bytes[name_at..]
            .iter()
            .position(|b| !b.is_ascii_alphanumeric())
            .unwrap_or(bytes.len() - name_at);
        if name_len == 0 || !bytes[name_at].is_ascii_alphabetic() {
            // `<!DOCTYPE`, `<?xml`, a lone `<`: not a tag that nests.
            let end = memchr::memchr(b'>', &bytes[1..]).map_or(bytes.len(), |i| i + 2);
            let end = if bytes[1..].first().is_some_and(|b| matches!(b, b'!' | b'?')) {
                end
            } else {
                1
            };
            self.at = start + end;
            return Some(Piece::Other(&html[start..self.at]));
        }
        let tag_end = memchr::memchr(b'>', bytes).map_or(bytes.len(), |i| i + 1);
        self.at = start + tag_end;
        let tag = &html[start..self.at];
        let name = rest[name_at..name_at + name_len].to_ascii_lowercase();
        if close {
            return Some(match NON_NESTING.contains(&name.as_str()) {
                true => Piece::Other(tag),
                false => Piece::Close(tag),
            });
        }
        if RAW_TEXT.contains(&name.as_str()) {
            // The element's raw text and end tag go with it: nothing in them is a tag.
            let closing = format!("</{name}");
            let lower_rest = &bytes[tag_end..];
            let found = lower_rest
                .windows(closing.len())
                .position(|w| w.eq_ignore_ascii_case(closing.as_bytes()));
            let end = match found {
                Some(i) => {
                    let after = tag_end + i;
                    memchr::memchr(b'>', &bytes[after..]).map_or(bytes.len(), |j| after + j + 1)
                }
                None => bytes.len(),
            };
            self.at = start + end;
            return Some(Piece::Other(&html[start..self.at]));
        }
        let self_closing = tag.ends_with("/>");
        Some(match NON_NESTING.contains(&name.as_str()) || self_closing {
            true => Piece::Other(tag),
            false => Piece::Open(tag),
        })
    }
}

/// A page read without readability: its `<title>` and the text of its body, tags dropped
/// (scripts and styles with their content), block elements ending paragraphs.
fn plain_page(html: &str, url: Option<&str>) -> Result<RawArticle, String> {
    let mut text = String::with_capacity(html.len() / 2);
    let mut title = String::new();
    for piece in Pieces::new(html) {
        match piece {
            Piece::Other(chunk) if chunk.starts_with('<') => {
                let lower = chunk.get(..10).unwrap_or(chunk).to_ascii_lowercase();
                if lower.starts_with("<title") && title.is_empty() {
                    let inner = chunk.split_once('>').map_or("", |(_, r)| r);
                    let inner = inner.rsplit_once("</").map_or(inner, |(t, _)| t);
                    title = one_line(&decode_references(inner));
                } else if lower.starts_with("<br")
                    || lower.starts_with("<p")
                    || lower.starts_with("<li")
                    || lower.starts_with("<tr")
                {
                    text.push('\n');
                }
            }
            Piece::Other(chunk) => text.push_str(&decode_references(chunk)),
            Piece::Open(_) | Piece::Close(_) => text.push('\n'),
        }
    }
    let body = paragraphs(&text);
    if body.is_empty() {
        return Err("no article text found in the page".into());
    }
    let title = match title.is_empty() {
        true => body.lines().next().map(one_line).unwrap_or_default(),
        false => title,
    };
    Ok(RawArticle {
        title,
        body,
        url: url.map(str::to_owned),
        source: url.and_then(host),
        ..RawArticle::default()
    })
}

/// What the page declares about its article in JSON-LD (schema.org `NewsArticle`).
#[derive(Default)]
struct LinkedData {
    /// The longest `articleBody`.
    body: Option<String>,
    /// The first `datePublished`.
    date: Option<String>,
    /// The first `headline`.
    headline: Option<String>,
    /// The `author` names of the first object that has any.
    authors: Vec<String>,
}

impl LinkedData {
    fn of(page: &Readability) -> LinkedData {
        use serde_json::Value;
        let mut found = LinkedData::default();
        let scripts = page.doc.select("script[type='application/ld+json']");
        for script in scripts.iter() {
            let Ok(value) = serde_json::from_str::<Value>(&script.text()) else {
                continue;
            };
            let mut stack = vec![&value];
            while let Some(v) = stack.pop() {
                match v {
                    Value::Object(map) => {
                        found.take(map);
                        stack.extend(map.values());
                    }
                    Value::Array(items) => stack.extend(items.iter().rev()),
                    _ => {}
                }
            }
        }
        found
    }

    fn take(&mut self, map: &serde_json::Map<String, serde_json::Value>) {
        use serde_json::Value;
        if let Some(Value::String(text)) = map.get("articleBody") {
            if self.body.as_ref().is_none_or(|b| b.len() < text.len()) {
                self.body = Some(text.clone());
            }
        }
        if let (None, Some(Value::String(headline))) = (&self.headline, map.get("headline")) {
            self.headline = Some(headline.clone());
        }
        if let (None, Some(Value::String(date))) = (&self.date, map.get("datePublished")) {
            self.date = Some(date.clone());
        }
        if self.authors.is_empty() {
            let name = |v: &Value| match v {
                Value::String(s) => Some(one_line(s)),
                Value::Object(o) => o.get("name").and_then(Value::as_str).map(one_line),
                _ => None,
            };
            self.authors = match map.get("author") {
                Some(Value::Array(items)) => items.iter().filter_map(name).collect(),
                Some(one) => name(one).into_iter().collect(),
                None => Vec::new(),
            };
            // "A, B and C" in one name is a list; "Tollefson, Jeff" is one name.
            self.authors = std::mem::take(&mut self.authors)
                .into_iter()
                .flat_map(|name| match name.contains(" and ") {
                    true => authors(&name),
                    false => vec![name],
                })
                .filter(|a| !a.is_empty())
                .collect();
        }
    }
}

/// Author names from `<meta>` tags (`author`, Parse.ly, Sailthru, Dublin Core,
/// `article:author` when it is a name rather than an address), first tag kind that has any.
fn meta_authors(doc: &dom_query::Document) -> Vec<String> {
    const KINDS: &[&str] = &[
        "meta[name='parsely-author']",
        "meta[name='sailthru.author']",
        "meta[name='author']",
        "meta[name='dc.creator'], meta[name='DC.creator']",
        "meta[property='article:author']",
    ];
    for kind in KINDS {
        let names: Vec<String> = doc
            .select(kind)
            .nodes()
            .iter()
            .filter_map(|n| n.attr("content"))
            .map(|c| one_line(&c))
            .filter(|c| !c.is_empty() && !c.contains("://") && !c.starts_with('@'))
            .flat_map(|c| authors(&c))
            .collect();
        if !names.is_empty() {
            return names;
        }
    }
    Vec::new()
}

/// Largest page parsed. News pages weigh a few megabytes at most; a DOM costs several
/// times its page in memory, per worker thread.
pub const MAX_PAGE: usize = 16 * 1024 * 1024;

/// Why a page over [`MAX_PAGE`] is not read.
pub fn too_large(bytes: usize) -> String {
    let mb = bytes / (1024 * 1024);
    format!("a {mb} MB page is too large to be one article")
}

/// True when text that no extension vouches for is a web page.
pub fn looks_like_html(head: &str) -> bool {
    let head = head.trim_start();
    if !head.starts_with('<') {
        return false; // every plain-text article, at the cost of one comparison
    }
    let start = &head[..head.floor_char_boundary(1024)];
    let lower = start.to_ascii_lowercase();
    lower.starts_with("<!doctype html")
        || lower.starts_with("<html")
        || lower.contains("<html")
        || lower.contains("<head")
}

/// The headline without the site's name that pages append to their `<title>`
/// ("... | AP News", "... - Los Angeles Times"): the name the page gives for its site, or a
/// name that spells a part of its web address ("CNN" for edition.cnn.com).
fn without_site_name(title: &str, site: Option<&str>, url: Option<&str>) -> String {
    let letters = |s: &str| -> String {
        s.chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect()
    };
    let host = url.and_then(host).unwrap_or_default();
    let names_site = |tail: &str| {
        let tail = letters(tail);
        tail.len() >= 2
            && (site.is_some_and(|s| letters(s) == tail)
                || host.split('.').any(|label| letters(label) == tail))
    };
    let title = title.trim_end_matches([' ', '|', '-', '\u{2013}', '\u{2014}']);
    // The site's name may be followed by more ("... | The Gateway Pundit | by Cristina
    // Laila"): the headline is what comes before it.
    for sep in [" | ", " - ", " \u{2013} ", " \u{2014} ", " * ", " \u{b7} "] {
        let pieces: Vec<&str> = title.split(sep).collect();
        for at in 1..pieces.len() {
            let head = pieces[..at].join(sep);
            if names_site(pieces[at]) && !head.trim().is_empty() {
                return head.trim_end().to_owned();
            }
        }
    }
    title.to_owned()
}

/// The page's text with one paragraph per block: lines trimmed, runs of blank lines cut
/// to one, so the article reads like a plain-text one.
fn paragraphs(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        if !out.is_empty() {
            out.push_str("\n\n");
        }
        push_collapsed(&mut out, line);
    }
    out
}

/// A title or site name on one line, whatever whitespace the page put in it.
fn one_line(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    push_collapsed(&mut out, text.trim());
    out
}

fn push_collapsed(out: &mut String, text: &str) {
    let mut words = text.split_whitespace();
    if let Some(first) = words.next() {
        out.push_str(first);
    }
    for word in words {
        out.push(' ');
        out.push_str(word);
    }
}

/// A byline as a list of names: "By Jane Doe and John Roe" gives both.
fn authors(byline: &str) -> Vec<String> {
    let byline = one_line(byline);
    let byline = byline
        .strip_prefix("By ")
        .or_else(|| byline.strip_prefix("by "))
        .unwrap_or(&byline);
    byline
        .split([',', ';', '|', '&'])
        .flat_map(|part| part.split(" and "))
        .map(str::trim)
        .filter(|name| !name.is_empty() && name.len() <= 80)
        .map(str::to_owned)
        .collect()
}

/// `www.bbc.co.uk` from `https://www.bbc.co.uk/news/...`.
pub fn host(url: &str) -> Option<String> {
    let rest = url.split_once("://")?.1;
    let host = rest.split(['/', '?', '#']).next()?;
    let host = host.rsplit('@').next()?.split(':').next()?;
    (!host.is_empty()).then(|| host.to_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bylines_split_into_names() {
        assert_eq!(
            authors("By Jane Doe and John Roe"),
            vec!["Jane Doe", "John Roe"]
        );
        assert_eq!(authors("Gopal Sharma"), vec!["Gopal Sharma"]);
    }

    #[test]
    fn site_names_leave_titles() {
        let ap = without_site_name("Campaigns brace | AP News", Some("AP News"), None);
        assert_eq!(ap, "Campaigns brace");
        let tc = "How RPA vendors aim to remain relevant | TechCrunch";
        let url = Some("https://techcrunch.com/2024/x");
        assert_eq!(
            without_site_name(tc, None, url),
            "How RPA vendors aim to remain relevant"
        );
        let kept = "Tony Blair - the interview";
        assert_eq!(without_site_name(kept, Some("BBC"), url), kept);
        assert_eq!(
            without_site_name("Leaderboard cheats |", None, None),
            "Leaderboard cheats"
        );
        let gp = "New Plot Twist | The Gateway Pundit | by Cristina Laila";
        let gp_url = Some("https://www.thegatewaypundit.com/2023/04/x/");
        assert_eq!(without_site_name(gp, None, gp_url), "New Plot Twist");
        let starred = "Zelensky Is Now Considering * The Gateway Pundit * by Paul Serran";
        assert_eq!(
            without_site_name(starred, Some("The Gateway Pundit"), None),
            "Zelensky Is Now Considering"
        );
    }

    #[test]
    fn meta_author_names() {
        let doc = dom_query::Document::from(
            r#"<meta property="article:author" content="https://www.thenation.com/authors">
            <meta name="sailthru.author" content="Sarah Lazare">"#,
        );
        assert_eq!(meta_authors(&doc), ["Sarah Lazare"]);
        let two = dom_query::Document::from(
            r#"<meta name="parsely-author" content="Steve Peoples"><meta name="parsely-author" content="Thomas Beaumont">"#,
        );
        assert_eq!(meta_authors(&two), ["Steve Peoples", "Thomas Beaumont"]);
    }

    #[test]
    fn hosts() {
        assert_eq!(
            host("https://www.bbc.com/news/x?y").as_deref(),
            Some("www.bbc.com")
        );
        assert_eq!(host("not a url"), None);
    }

    /// A page over its time budget is read as plain text, with a warning, and its
    /// readability pass, left to finish, is counted until it does.
    #[test]
    fn a_page_over_its_budget_is_read_as_plain_text() {
        let html = "<!DOCTYPE html><html><head><title>Aid talks</title><style>p{}</style>\
            </head><body><nav>Home</nav><p>Egypt hosted talks on aid to Gaza &amp; Rafah.</p>\
            <p>Officials met for &#8220;hours&#8221;.</p></body></html>";
        // Long enough (readability takes a good part of a second) that no reader finishes
        // before a budget of zero has run out.
        let filler =
            "<p>More paragraphs of the same long story, one after another.</p>".repeat(100_000);
        let long = html.replace("</body>", &format!("{filler}</body>"));
        let article = parse_html_within(long, None, Duration::ZERO).unwrap();
        assert_eq!(article.title, "Aid talks");
        assert!(article
            .body
            .contains("Egypt hosted talks on aid to Gaza & Rafah."));
        assert!(article
            .body
            .contains("Officials met for \u{201c}hours\u{201d}."));
        assert!(
            !article.body.contains("p{}"),
            "style text kept: {}",
            article.body
        );
        assert_eq!(
            article.warnings,
            ["the page took over 0.0 s to read; read as plain text"]
        );
        // The overdue pass ends and is no longer counted.
        let deadline = std::time::Instant::now() + Duration::from_secs(10);
        while OVERDUE.load(Ordering::Relaxed) > 0 {
            assert!(std::time::Instant::now() < deadline, "never counted down");
            std::thread::sleep(Duration::from_millis(10));
        }
        // With time enough, the same page is read by readability, without a warning.
        let article = parse_html_within(html.to_owned(), None, PAGE_TIME_BUDGET).unwrap();
        assert!(article.warnings.is_empty(), "{:?}", article.warnings);
    }

    #[test]
    fn flattening_keeps_text_and_bounds_depth() {
        let deep = format!(
            "<body>{}<p>words</p>{}</body>",
            "<div>".repeat(300),
            "</div>".repeat(300)
        );
        let flat = flatten(&deep, 256).expect("flattened");
        assert!(flat.contains("<p>words</p>"));
        assert!(!has_depth_over(&flat, 256));
        assert_eq!(
            flat.matches("<div>").count(),
            255,
            "body counts as one level"
        );
        // Elements a browser closes itself, and raw text, do not count.
        let shallow = format!(
            "<script>{}</script>{}",
            "<div>".repeat(1000),
            "<p>x".repeat(1000)
        );
        assert!(flatten(&shallow, 256).is_none());
    }

    #[test]
    fn sniffing() {
        assert!(looks_like_html("\n<!DOCTYPE html><html>"));
        assert!(looks_like_html("<!-- x --><html lang=en>"));
        assert!(!looks_like_html("Headline\n\n<b>not a page</b>"));
        assert!(!looks_like_html("<!DOCTYPE lewis SYSTEM \"lewis.dtd\">"));
    }
}
