//! Page furniture that Readability keeps inside the story: image captions, related-story
//! lists, newsletter and subscription boxes, share bars, author bios, consent dialogs, and
//! the one-line labels publishers repeat between paragraphs ("Article content",
//! "Story continues below advertisement").
//!
//! Measured with `newsdex-lab eval-web` on the tune part of fundus's pages (52 pages, 37
//! publishers): captions and Postmedia's paywall boxes were most of the extra text, and a
//! OneTrust consent dialog was taken for the whole story of a Reuters page.

use dom_query::{Document, NodeRef};

/// Class or id words that mark furniture, matched whole against the words of an element's
/// `class` and `id` (split at `-`, `_` and spaces, lower-cased).
const FURNITURE_WORDS: &[&str] = &[
    "newsletter",
    "newsletters",
    "subscribe",
    "subscription",
    "paywall",
    "related",
    "recommended",
    "trending",
    "share",
    "sharing",
    "social",
    "promo",
    "advert",
    "advertisement",
    "ad",
    "ads",
    "outbrain",
    "taboola",
    "consent",
    "cookie",
    "cookies",
    "gdpr",
    "caption",
    "figcaption",
    "bio",
    "signup",
    "signin",
    "login",
    "readmore",
    "comments",
    // A box of promos and links set in the story (AP's "What to know about the 2024
    // Election": AP's tune page text 4-gram F1 0.967 -> 1.000, held-out unchanged).
    "infobox",
    // Hidden until a script shows it: Postmedia's paywall and sign-in boxes.
    "hidden",
];

/// Class or id fragments that mark furniture wherever they appear in the attribute.
const FURNITURE_PARTS: &[&str] = &[
    "onetrust",
    "author-bio",
    "authorbio",
    "author_bio",
    "about-the-author",
    "about-author",
    "read-more",
    "more-stories",
    "sign-up",
    "sign-in",
    // Embedded posts: the post's text is not the story's (fundus's gold leaves them out).
    "twitter-tweet",
    "instagram-media",
    "tiktok-embed",
];

/// Longest text (in bytes) a furniture-named element may hold and still be dropped,
/// unless it is mostly links: a newsletter box or caption is a few hundred bytes, and a
/// wrapper named `related-content` around the whole story (seen on news sites) must stay.
/// On the tune pages the paywall lists ran to ~1,500 bytes; 3,000 kept every story body.
const MAX_FURNITURE_TEXT: usize = 3_000;

/// Share of an element's text inside links above which it is a link list whatever its size.
const LINK_LIST_SHARE: f64 = 0.5;

/// Longest paragraph that is dropped for being one link ("Read more: ...").
const MAX_LINK_PARAGRAPH: usize = 150;

/// Share of a short paragraph's text inside links that makes it a pointer elsewhere.
const LINK_PARAGRAPH_SHARE: f64 = 0.9;

/// Removes furniture from `doc` before Readability reads it.
pub fn strip(doc: &Document) {
    // Captions are never the story.
    doc.select("figcaption").remove();
    // Figures hold pictures, videos and their credits; one holding a long paragraph is
    // a pull-quote or embed kept as text.
    for figure in doc.select("figure").nodes() {
        if longest_paragraph(figure) < 200 {
            figure.remove_from_parent();
        }
    }
    doc.select("dialog, [role='dialog'], [aria-modal='true']")
        .remove();
    // Readability skips what screen readers are told to skip; a paragraph of prose so
    // marked is the story's gated text, shown once paid for (TechRadar).
    for p in doc.select("p[aria-hidden='true']").nodes() {
        if p.text().trim().len() >= MIN_PROSE_LEN {
            p.remove_attr("aria-hidden");
        }
    }
    let mut doomed = Vec::new();
    // A short paragraph that is one link is a pointer to another story.
    for p in doc.select("p").nodes() {
        let text = p.text();
        let len = text.trim().len();
        if len > 0 && len <= MAX_LINK_PARAGRAPH && link_share(p, text.len()) >= LINK_PARAGRAPH_SHARE
        {
            doomed.push(*p);
        }
    }
    // A heading that is one link is another story's card title, not a subheading: 9News
    // sets three between its paragraphs (`eval-web` tune text 4-gram F1 0.983 -> 0.984,
    // segment 0.966 -> 0.967; held-out unchanged, 0.963 / 0.920).
    for h in doc.select("h2, h3, h4").nodes() {
        let text = h.text();
        let len = text.trim().len();
        if len > 0 && len <= MAX_LINK_PARAGRAPH && link_share(h, text.len()) >= LINK_PARAGRAPH_SHARE
        {
            doomed.push(*h);
        }
    }
    // So is a list of links ("Related: ..." under a BBC paragraph).
    for list in doc.select("ul, ol").nodes() {
        let text = list.text();
        if !text.trim().is_empty() && link_share(list, text.len()) >= LINK_PARAGRAPH_SHARE {
            doomed.push(*list);
        }
    }
    for node in doc.select("[class], [id], [style]").nodes() {
        // Text only screen readers get (", opens new tab" after every Reuters link).
        if screen_reader_only(node) {
            doomed.push(*node);
            continue;
        }
        if matches!(
            node.node_name().as_deref(),
            Some("html" | "body" | "main" | "article")
        ) {
            continue;
        }
        if video_card(node) {
            doomed.push(*node);
            continue;
        }
        if !named_furniture(node) {
            continue;
        }
        let text = node.text();
        if gated_prose(node, &text) {
            continue;
        }
        let linky = link_share(node, text.len()) > LINK_LIST_SHARE;
        if linky || (text.len() <= MAX_FURNITURE_TEXT && !holds_prose(node)) {
            doomed.push(*node);
        }
    }
    for node in doomed {
        node.remove_from_parent();
    }
}

/// The paragraphs and subheadings of the page's story element (`<article>`, an
/// `articleBody`, `<main>`: the one with the most paragraph text), in order, one per line;
/// `None` when the page has none. Read after [`strip`], before Readability edits the page.
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

/// A video player's card: an element classed `video` (as a whole class word) that holds
/// no paragraph, only the clip's length and title ("2:05 Russia launches ...", Global
/// News). `eval-web` tune text 0.986 -> 0.987, held-out segment 0.920 -> 0.922 (text
/// unchanged, 0.963); the word alone as furniture, paragraphs and all, cost held-out text
/// 0.963 -> 0.959.
fn video_card(node: &NodeRef) -> bool {
    let class = attr_words(&node.attr("class").unwrap_or_default());
    class
        .split([' ', '-', '_', '\t', '\n'])
        .any(|w| w == "video")
        && node.text().len() <= MAX_LINK_PARAGRAPH
        && !node
            .descendants_it()
            .any(|d| matches!(d.node_name().as_deref(), Some("p" | "h2" | "h3")))
}

/// How far up a paragraph is checked for an enclosing one.
const MAX_BLOCK_NESTING: usize = 8;

fn named_furniture(node: &NodeRef) -> bool {
    let class = attr_words(&node.attr("class").unwrap_or_default());
    let id = attr_words(&node.attr("id").unwrap_or_default());
    for attr in [&class, &id] {
        if attr.is_empty() {
            continue;
        }
        if FURNITURE_PARTS.iter().any(|p| attr.contains(p)) {
            return true;
        }
        if attr
            .split([' ', '-', '_', '\t', '\n'])
            .any(|w| FURNITURE_WORDS.contains(&w))
        {
            return true;
        }
    }
    false
}

/// A `class` or `id` lower-cased, with a `-` where a camel-cased name starts a word
/// ("c-inlineSignup" reads "c-inline-signup"): Global News's newsletter box was kept
/// (`eval-web` text 4-gram F1 tune 0.965 -> 0.967, held-out 0.953 -> 0.954).
fn attr_words(attr: &str) -> String {
    let mut out = String::with_capacity(attr.len() + 8);
    let mut lower_before = false;
    for c in attr.chars() {
        if c.is_ascii_uppercase() && lower_before {
            out.push('-');
        }
        lower_before = c.is_ascii_lowercase();
        out.push(c.to_ascii_lowercase());
    }
    out
}

/// Paragraphs of story prose a furniture-named element must hold to be kept: Reuters
/// wraps its whole story in `paywall-article` (tune page text F1 0.000 when dropped), while
/// newsletter boxes, captions and Postmedia's paywall lists hold at most two.
const MIN_PROSE_PARAGRAPHS: usize = 3;

/// Shortest paragraph counted as prose: a sentence or two.
const MIN_PROSE_LEN: usize = 150;

/// Whether `node` holds [`MIN_PROSE_PARAGRAPHS`] paragraphs of prose: long, not links.
fn holds_prose(node: &NodeRef) -> bool {
    node.descendants_it()
        .filter(|n| n.node_name().as_deref() == Some("p"))
        .filter(|p| {
            let len = p.text().len();
            len >= MIN_PROSE_LEN && link_share(p, len) < LINK_LIST_SHARE
        })
        .nth(MIN_PROSE_PARAGRAPHS - 1)
        .is_some()
}

/// A paragraph of prose named for a paywall (`<p class="paywall">`): the story's gated
/// text, not a subscription box. With the `aria-hidden` rule in [`strip`], `eval-web` tune
/// text 4-gram F1 0.971 -> 0.973 (TechRadar 0.88 -> 0.98, Wired 0.93 -> 0.96, The New
/// Yorker 0.997 -> 0.994), held-out unchanged.
///
/// A subheading so named is the gated story's too (Wired's "The Best Sleeping Bag for
/// Backpackers": Wired's tune page segment F1 0.87 -> 0.97, tune 0.951 -> 0.953).
fn gated_prose(node: &NodeRef, text: &str) -> bool {
    let gated = match node.node_name().as_deref() {
        Some("p") => text.trim().len() >= MIN_PROSE_LEN,
        Some("h2" | "h3" | "h4") => !text.trim().is_empty(),
        _ => false,
    };
    gated
        && attr_words(&node.attr("class").unwrap_or_default())
            .split([' ', '-', '_'])
            .any(|w| w == "paywall")
}

/// Class words of text hidden from sight and kept for screen readers.
const SCREEN_READER_CLASSES: &[&str] = &[
    "sr-only",
    "visually-hidden",
    "visuallyhidden",
    "screen-reader-text",
    "screen-reader-only",
    "a11y-hidden",
];

/// An element clipped to nothing (`clip: rect(0 0 0 0)`, `clip-path: inset(50%)`) or
/// classed for screen readers only.
fn screen_reader_only(node: &NodeRef) -> bool {
    let style = node.attr("style").unwrap_or_default().to_ascii_lowercase();
    let style: String = style.chars().filter(|c| !c.is_whitespace()).collect();
    if style.contains("clip:rect(0000)")
        || style.contains("clip:rect(0,0,0,0)")
        || style.contains("clip:rect(1px,1px,1px,1px)")
        || style.contains("clip-path:inset(50%)")
    {
        return true;
    }
    let class = node.attr("class").unwrap_or_default().to_ascii_lowercase();
    class
        .split_whitespace()
        .any(|c| SCREEN_READER_CLASSES.contains(&c))
}

fn longest_paragraph(node: &NodeRef) -> usize {
    node.descendants_it()
        .filter(|n| n.node_name().as_deref() == Some("p"))
        .map(|p| p.text().len())
        .max()
        .unwrap_or(0)
}

fn link_share(node: &NodeRef, text_len: usize) -> f64 {
    if text_len == 0 {
        return 0.0;
    }
    let linked: usize = node
        .descendants_it()
        .filter(|n| n.node_name().as_deref() == Some("a"))
        .map(|a| a.text().len())
        .sum();
    linked as f64 / text_len as f64
}

/// Labels publishers put between paragraphs, compared lower-cased with the line trimmed.
const LABELS: &[&str] = &[
    "article content",
    "advertisement",
    "story continues below",
    "story continues below advertisement",
    "article continues below",
    "continue reading below",
    "read more",
    "read more:",
    "read next",
    "read in app",
    "trending",
    "related",
    "editor's picks",
    "editor\u{2019}s picks",
    "skip past newsletter promotion",
    "after newsletter promotion",
    "share this article",
    "share this article in your social network",
    "share",
    "listen to this article",
    "join the conversation",
    "recommended from editorial",
    "author of the article:",
    "open this photo in gallery:",
    "thanks for signing up!",
    "about the author",
    "sign up",
    "or",
    "current issue",
    "popular",
    "swipe \u{2192}",
];

/// Whether a paragraph of the extracted text is a label rather than story text.
pub fn is_label(line: &str) -> bool {
    let line = line.trim_matches(|c: char| c.is_whitespace() || is_invisible(c));
    if line.is_empty() {
        return true;
    }
    let lower = line.to_lowercase();
    if LABELS.contains(&lower.as_str()) || !line.chars().any(char::is_alphanumeric) {
        return true;
    }
    // A bare date or age: "2024-02-14T16:15:30Z", "April 28, 2023", "14 hours ago".
    if line.len() <= 40
        && (crate::dates::parse_date(line).is_some()
            || is_age(&lower)
            || lower.starts_with("duration "))
    {
        return true;
    }
    if is_promo(&lower) || is_pointer(&lower) || is_credit(line) {
        return true;
    }
    if ["published under:", "filed under:", "tags:", "topics:"]
        .iter()
        .any(|p| lower.starts_with(p))
    {
        return true;
    }
    // "Advertisement 3", "6 minute read", "Image credit: ...", "Published Aug 28, 2024".
    let number_after = |prefix: &str| {
        lower
            .strip_prefix(prefix)
            .is_some_and(|r| !r.is_empty() && r.trim().bytes().all(|b| b.is_ascii_digit()))
    };
    if number_after("advertisement ") {
        return true;
    }
    if is_caption(line)
        || is_byline(line)
        || is_post_stamp(&lower)
        || super::html_dates::is_date_stamp(line)
    {
        return true;
    }
    if line.len() > 80 {
        return false;
    }
    if lower.ends_with(" minute read")
        || lower.ends_with(" min read")
        || lower.starts_with("(image credit:")
        || lower.starts_with("image credit:")
    {
        return true;
    }
    // A date stamp: "Published Jun 05, 2026", "Updated: 15:57 BST", not "Published in 1987".
    ["published", "last updated", "updated"]
        .iter()
        .any(|prefix| {
            let Some(rest) = lower.strip_prefix(prefix) else {
                return false;
            };
            let rest = rest.trim_start_matches([':', ' ']);
            let month = rest.get(..3).is_some_and(|m| MONTHS.contains(&m));
            rest.len() < lower.len() && (month || rest.starts_with(|c: char| c.is_ascii_digit()))
        })
}

const MONTHS: &[&str] = &[
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

/// Words that credit a picture inside the brackets a caption ends with.
const CREDITS: &[&str] = &[
    "image",
    "getty",
    "photo",
    "ap",
    "afp",
    "aap",
    "reuters",
    "epa",
    "pa",
    "supplied",
    "credit",
    "shutterstock",
    "istock",
    "bloomberg",
    "nine",
    "alamy",
];

/// Longest paragraph read as a caption; captions are a sentence or two.
const MAX_CAPTION: usize = 300;

/// A picture's caption left in the text: "... (Image: Getty)", "... (AP)", "... Photo by
/// Handout/AFP", "... Photograph: Jane Doe/Reuters".
fn is_caption(line: &str) -> bool {
    if line.len() > MAX_CAPTION {
        return false;
    }
    if line.contains(" Photo by ") || line.contains("Photograph: ") {
        return true;
    }
    let Some(inner) = line
        .strip_suffix(')')
        .and_then(|l| l.rsplit_once('('))
        .map(|(_, inner)| inner)
    else {
        return false;
    };
    inner.len() <= 60
        && inner.starts_with(|c: char| c.is_uppercase())
        && inner
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| CREDITS.contains(&w.to_lowercase().as_str()))
}

/// A byline or date line: "By Jane Doe For Dailymail.Com", "By Euronews with Agencies",
/// "Jane Doe · CBC News · Posted: Aug 08, 2024 4:00 AM EDT".
fn is_byline(line: &str) -> bool {
    if line.len() > 120 {
        return false;
    }
    let lower = line.to_lowercase();
    let stamped = [
        "posted:",
        "published:",
        "updated:",
        "|published ",
        "| published ",
    ]
    .iter()
    .any(|c| lower.contains(c))
        && line.bytes().any(|b| b.is_ascii_digit());
    let by = line.strip_prefix("By ").is_some_and(|names| {
        let words: Vec<&str> = names.split_whitespace().collect();
        words.len() <= 8
            && !line.ends_with('.')
            && words.iter().all(|w| {
                w.starts_with(|c: char| c.is_uppercase())
                    || matches!(*w, "and" | "in" | "for" | "with")
            })
    });
    stamped || by
}

/// Calls to action publishers put between or after the paragraphs, matched anywhere in a
/// short paragraph, lower-cased.
const PROMO_PHRASES: &[&str] = &[
    "on google news",
    "on whatsapp",
    "sign up for our",
    "sign up to our",
    "subscribe to our",
    "download our app",
    "follow us on",
    "more to follow",
    "get in touch",
    "story to tell",
    "please bookmark",
    "all rights reserved",
    // A newsletter box's consent line ("... Read our Privacy Policy", the Express) and an
    // ad-blocker notice ("... disable your ad blocker", The Gateway Pundit), in the site's
    // voice so a story about privacy or ad blockers stays. With the syndication credits
    // and "Click here to read": `eval-web` tune text 0.984 -> 0.986, segment 0.967 ->
    // 0.970, held-out unchanged (0.963 / 0.920).
    "our privacy policy",
    "your ad blocker",
];

/// Longest paragraph read as a call to action: a sentence or two.
const MAX_PROMO: usize = 250;

/// A call to action ("Do you have a story to tell? Email: ...", "Follow us on Google
/// News") or a copyright line: one or two on 12 of the 52 tune pages (`eval-web` segment
/// F1 tune 0.914 -> 0.919, held-out 0.906 -> 0.908).
fn is_promo(lower: &str) -> bool {
    if lower.len() > MAX_PROMO {
        return false;
    }
    let copyright =
        lower.len() <= 120 && (lower.starts_with("copyright") || lower.starts_with('\u{a9}'));
    copyright || PROMO_PHRASES.iter().any(|p| lower.contains(p))
}

/// How paragraphs that point to another story or a video start, lower-cased.
const POINTER_PREFIXES: &[&str] = &[
    "read more:",
    "read also:",
    "also read:",
    "related:",
    "see also:",
    "watch |",
    "watch:",
    "listen |",
    // A pointer to a document ("Click here to read the unsealed search warrant ...", The
    // Gateway Pundit); "..., click here." ends a sentence of the story and stays.
    "click here to read",
];

/// Longest paragraph read as a pointer: a label and a headline.
const MAX_POINTER: usize = 200;

/// A pointer to another story ("Read more: GNU MPs' trip to Israel ...", "WATCH | ...").
/// With "Name|Published ..." bylines: `eval-web` segment F1 tune 0.921 -> 0.925 (Daily
/// Maverick, CBC, IOL's pages), held-out 0.908 -> 0.911.
fn is_pointer(lower: &str) -> bool {
    lower.len() <= MAX_POINTER && POINTER_PREFIXES.iter().any(|p| lower.starts_with(p))
}

/// How the staff credit at a story's foot starts, lower-cased.
const CREDIT_PREFIXES: &[&str] = &[
    "reporting by ",
    "additional reporting by ",
    "writing by ",
    "editing by ",
    "with files from ",
    "with reporting by ",
    // A syndicated story's source ("First published in The Conversation.", Daily Maverick).
    "first published in ",
    "first published by ",
    "originally published in ",
    "originally published by ",
];

/// How the credit for other reporters' work ends, lower-cased.
const CREDIT_ENDINGS: &[&str] = &[
    "contributed to this report.",
    "contributed to this story.",
    "contributed reporting.",
];

/// Longest paragraph read as a staff credit: a few names and places.
const MAX_CREDIT: usize = 300;

/// A staff credit ("Reporting by Maya Gebeilly in Beirut; Editing by Daniel Flynn", "With
/// files from The Associated Press", "... contributed to this report."): on five tune pages
/// of Reuters, AP, CBC and Global News, never in the gold text. A name follows the prefix
/// ("Editing by hand, ..." is prose).
fn is_credit(line: &str) -> bool {
    let line = line.trim_start_matches(['\u{2014}', '-', ' ']);
    if line.len() > MAX_CREDIT {
        return false;
    }
    let lower = line.to_lowercase();
    let named = CREDIT_PREFIXES.iter().any(|p| {
        lower.starts_with(p)
            && line
                .get(p.len()..)
                .is_some_and(|rest| rest.starts_with(char::is_uppercase))
    });
    named || CREDIT_ENDINGS.iter().any(|e| lower.ends_with(e))
}

/// Longest live-blog post heading read as a label.
const MAX_POST_STAMP: usize = 60;

/// Most words after the clock time of a live-blog post heading: an author's name or
/// "KEY EVENT".
const MAX_STAMP_WORDS: usize = 4;

/// A live-blog post's heading: its time, after how old it is, and its author ("21:00Antony
/// Clements-Thrower", "21 mins ago11:48 Jon King", "20:42KEY EVENT"). On the Mirror's and
/// the Express's live pages they were 45 extra paragraphs (tune segment F1 0.907 -> 0.910).
fn is_post_stamp(lower: &str) -> bool {
    if lower.len() > MAX_POST_STAMP {
        return false;
    }
    let mut rest = lower;
    if let Some(at) = rest.find(" ago") {
        if is_age(&rest[..at + 4]) {
            rest = &rest[at + 4..];
        }
    }
    let rest = rest.trim_start();
    let hour = rest.bytes().take_while(u8::is_ascii_digit).count();
    let Some(after) = rest.get(hour..).and_then(|r| r.strip_prefix(':')) else {
        return false;
    };
    let minutes = after.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=2).contains(&hour) || minutes != 2 {
        return false;
    }
    let tail = after[2..].trim();
    tail.split_whitespace().count() <= MAX_STAMP_WORDS
        && !tail.ends_with(['.', '!', '?', '"', '\u{201d}'])
}

/// "14 hours ago", "21 mins ago": how old a page says it is.
fn is_age(lower: &str) -> bool {
    let words: Vec<&str> = lower.split_whitespace().collect();
    matches!(words[..], [n, unit, "ago"]
        if n.bytes().all(|b| b.is_ascii_digit())
            && ["sec", "min", "hour", "day"].iter().any(|u| unit.starts_with(u)))
}

fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200b}'..='\u{200d}' | '\u{2060}' | '\u{feff}' | '\u{00ad}'
    )
}

/// `body` (paragraphs separated by blank lines) without its label paragraphs, and
/// without paragraphs that repeat another one (see [`without_repeats`]), and without story
/// cards and lists of other stories (see `recirculation`).
pub fn without_labels(body: &str) -> String {
    let kept: Vec<&str> = body.split("\n\n").filter(|p| !is_label(p)).collect();
    let kept = super::recirculation::without_card_lines(kept);
    let kept = super::recirculation::without_story_lists(kept);
    without_repeats(kept).join("\n\n")
}

/// Fewest words a paragraph must have to be dropped as a repeat: a pull quote is a whole
/// sentence, while subheadings that quote a line of the story ("'He put me in a hole in the
/// basement floor'", kept by fundus's gold) are shorter; at 5 words four tune pages lost
/// such subheadings.
const MIN_REPEAT_WORDS: usize = 12;

/// Longest paragraph (bytes) checked for being a repeat: pull quotes and summary bullets
/// are a sentence or two.
const MAX_REPEAT: usize = 400;

/// `paragraphs` without the short ones whose words another paragraph already holds: pull
/// quotes, summary bullets that open the story word for word, a standfirst printed twice.
/// An exact repeat keeps its first copy. `eval-web` text 4-gram F1: tune 0.970 -> 0.971
/// (The Intercept's pull quotes), held-out 0.955 -> 0.956.
fn without_repeats(paragraphs: Vec<&str>) -> Vec<&str> {
    use std::collections::{HashMap, HashSet};
    use std::hash::{Hash, Hasher};
    let words: Vec<Vec<String>> = paragraphs
        .iter()
        .map(|p| {
            p.split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(str::to_lowercase)
                .collect()
        })
        .collect();
    let hash = |window: &[String]| {
        let mut h = std::collections::hash_map::DefaultHasher::new();
        window.hash(&mut h);
        h.finish()
    };
    // Every run of MIN_REPEAT_WORDS words, counted: a paragraph whose first run is seen
    // once is no repeat, so the exact search below runs only on the few that may be, and
    // the pass stays linear in the text.
    let mut runs: HashMap<u64, usize> = HashMap::new();
    for w in &words {
        for window in w.windows(MIN_REPEAT_WORDS) {
            *runs.entry(hash(window)).or_insert(0) += 1;
        }
    }
    let norms: Vec<String> = words.iter().map(|w| format!(" {} ", w.join(" "))).collect();
    let mut seen = HashSet::new();
    let mut out = Vec::with_capacity(paragraphs.len());
    for ((p, w), n) in paragraphs.into_iter().zip(&words).zip(&norms) {
        let first = seen.insert(n.as_str());
        let repeat = p.len() <= MAX_REPEAT
            && w.len() >= MIN_REPEAT_WORDS
            && runs[&hash(&w[..MIN_REPEAT_WORDS])] > 1
            && (!first
                || norms
                    .iter()
                    .any(|o| o.len() > n.len() && o.contains(n.as_str())));
        if !repeat {
            out.push(p);
        }
    }
    out
}

/// A declared `articleBody` written in Markdown (Condé Nast's pages: `+++dropcap` fences,
/// `[text](url)` links, `*NASA*{: .small}`) as plain text; any other text unchanged. On the
/// New Yorker's tune page the markup lines made a paragraph F1 of 0.60.
pub fn plain_markup(text: &str) -> String {
    let markdown =
        text.lines().any(|l| l.trim_start().starts_with("+++")) || text.contains("](http");
    if !markdown {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        let trimmed = line.trim();
        if trimmed.starts_with("+++") || trimmed.starts_with("{:") || trimmed.starts_with("[#") {
            continue;
        }
        out.push_str(&unlinked(trimmed));
        out.push('\n');
    }
    out
}

/// `[text](url)` as `text`, `{: .class}` dropped, `*emphasis*` unmarked.
fn unlinked(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(at) = rest.find(['[', '{', '*']) {
        out.push_str(&rest[..at]);
        let tail = &rest[at..];
        if let Some(after) = tail.strip_prefix('*') {
            rest = after;
            continue;
        }
        if let Some(after) = tail.strip_prefix('{') {
            match tail.starts_with("{:").then(|| tail.find('}')).flatten() {
                Some(end) => rest = &tail[end + 1..],
                None => {
                    out.push('{');
                    rest = after;
                }
            }
            continue;
        }
        // A link: "[text](url)".
        let link = tail.find("](").and_then(|mid| {
            let close = tail[mid..].find(')')? + mid;
            (!tail[1..mid].contains('[')).then_some((mid, close))
        });
        match link {
            Some((mid, close)) => {
                out.push_str(&tail[1..mid]);
                rest = &tail[close + 1..];
            }
            None => {
                out.push('[');
                rest = &tail[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels() {
        for label in [
            "Article content",
            "Advertisement 3",
            "Story continues below advertisement",
            "6 minute read",
            "Published Aug 28, 2024 \u{2022} Last updated 1 hour ago \u{2022} 4 minute read",
            "\u{200c}",
            "More than 3,000 court documents have been released on Jeffrey Epstein. (AP)",
            "English Ivy is easy to grow (Image: Getty Images/iStockphoto)",
            "Kamala Harris in 1981. Photo by Handout/English Montreal School Board",
            "By Dolores Chang For Dailymail.Com",
            "Yasmine Hassan \u{b7} CBC News \u{b7} Posted: Aug 08, 2024 4:00 AM EDT",
            "___",
            "2024-02-14T16:15:30Z",
            "April 28, 2023",
            "14 hours ago",
            "21:00Antony Clements-Thrower",
            "21 mins ago11:48 Jon King",
            "20:42KEY EVENT",
            "Published under: 2024 Election , Bailout",
            "Do you have a story to tell? Email: news@example.com",
            "Follow TechRadar on Google News and add us as a preferred source.",
            "Copyright \u{a9} 2023 The Washington Times, LLC.",
            "Read more: GNU MPs\u{2019} \u{2018}fact-finding\u{2019} trip to Israel likely to deepen tensions",
            "WATCH | Palestinians react to Sinwar being named Hamas political leader:",
            "Fouzia Van Der Fort|Published 4 months ago",
            "08:39, 06 Jan 2026Updated 08:41, 06 Jan 2026",
            "Updated 3:15 PM GMT, Sept 6",
            "Swipe \u{2192}",
            "Reporting by Maya Gebeilly in Beirut; Writing by David Clarke; Editing by Daniel Flynn",
            "With files from The Associated Press and Mohamed El Saife",
            "\u{2014}Associated Press writer John Leicester in Paris contributed to this report.",
        ] {
            assert!(is_label(label), "{label}");
        }
        for text in [
            "Advertisement revenue fell 3% in the quarter, the company said.",
            "Published in 1987, the report found that rents had doubled.",
            "Or so it seemed.",
            "The bill was backed by Sen. Ted Cruz (R-Texas)",
            "By the end of the day, the talks had failed.",
            "Sales rose in the quarter (see the chart below)",
            "It happened 20 years ago",
            "2 years ago",
            "14:05 Police said the march had ended peacefully.",
            "At 10:30 the talks resumed",
            "Jan 6 rioters at 10",
            "In March 2020",
            "Editing by hand, the monks copied the whole Bible twice.",
        ] {
            assert!(!is_label(text), "{text}");
        }
        assert_eq!(
            without_labels("One.\n\nArticle content\n\nTwo."),
            "One.\n\nTwo."
        );
        let quote = "\u{201c}I didn\u{2019}t realize what a huge mistake it was until I was more than halfway through.\u{201d}";
        let story = format!("She said: {quote} Then she left.\n\n{quote}\n\nThe end.\n\nThe end.");
        assert_eq!(
            without_labels(&story),
            format!("She said: {quote} Then she left.\n\nThe end.\n\nThe end.")
        );
    }

    #[test]
    fn markdown_bodies_read_as_text() {
        let body = "+++dropcap\nLast year they published [a paper](https://x.org/a) in *Earth\u{2019}s Future*.\n+++\n[#image: /photos/6442]\n{: legacyType=\"feature-small\"}\nAt *NASA*{: .small}\u{2019}s Ames centre.";
        assert_eq!(
            plain_markup(body),
            "Last year they published a paper in Earth\u{2019}s Future.\nAt NASA\u{2019}s Ames centre.\n"
        );
        let plain = "Prices rose 3% [corrected] on Monday.";
        assert_eq!(plain_markup(plain), plain);
    }

    #[test]
    fn furniture_goes_and_the_story_stays() {
        let html = r#"<html><body><article class="story">
            <p>Officials met for hours on Tuesday to agree the aid plan for the region.</p>
            <figure><img src="a.jpg"><figcaption>The minister arrives (Getty)</figcaption></figure>
            <div class="newsletter-signup">Sign up for our daily briefing</div>
            <ul class="related-stories"><li><a href="/x">Another story</a></li></ul>
            <div id="onetrust-consent-sdk">We use cookies</div>
            <div class="c-inlineSignup">Get daily news in your inbox</div>
            <p>The plan was signed late in the evening.</p>
            </article></body></html>"#;
        let doc = Document::from(html);
        strip(&doc);
        let text = doc.select("body").text();
        assert!(text.contains("Officials met for hours"));
        assert!(text.contains("signed late in the evening"));
        for gone in [
            "minister arrives",
            "daily briefing",
            "Another story",
            "cookies",
            "daily news",
        ] {
            assert!(!text.contains(gone), "{gone} kept: {text}");
        }
    }

    #[test]
    fn a_short_story_in_a_paywall_wrapper_stays_and_screen_reader_text_goes() {
        let para = "<p>KATHMANDU (Reuters) - A paragraph of the story itself, long enough to be \
            prose, with a <a href=\"/x\">link<span style=\"clip: rect(0 0 0 0); \
            position: absolute\">, opens new tab</span></a> in it and more words after, as a news story has in each of its paragraphs.</p>";
        let html = format!(
            r#"<html><body><div class="article-body paywall-article">{}</div>
            <div class="paywall"><p>Subscribe for unlimited access.</p></div>
            <p class="paywall" aria-hidden="true">Gated text: {}</p></body></html>"#,
            para.repeat(3),
            "a paragraph the reader sees once subscribed, long enough to be prose. ".repeat(3)
        );
        let doc = Document::from(html.as_str());
        strip(&doc);
        let text = doc.select("body").text();
        assert!(text.contains("A paragraph of the story"), "{text}");
        assert!(!text.contains("opens new tab"), "{text}");
        assert!(!text.contains("Subscribe"), "{text}");
        assert!(text.contains("Gated text"), "{text}");
        assert!(doc.select("[aria-hidden]").is_empty());
    }

    #[test]
    fn a_furniture_named_wrapper_around_the_story_stays() {
        let story =
            "<p>A long paragraph of the story itself, with many words in it.</p>".repeat(80);
        let html =
            format!(r#"<html><body><div class="content related">{story}</div></body></html>"#);
        let doc = Document::from(html.as_str());
        strip(&doc);
        assert!(doc.select("body").text().contains("A long paragraph"));
    }
}
