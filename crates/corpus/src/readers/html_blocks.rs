//! Edits to the page's text blocks before Readability reads it, where its cues misread how
//! news sites mark up their paragraphs.
//!
//! Readability drops a block whose text is mostly links (a weak block over 20% link text),
//! which is right for menus and related-story lists but wrong for a sentence of the story
//! that links its main clause to another page ("It also <a>co-ordinates military plans
//! and carries out joint military exercises</a>." on the BBC, "<a>The document dump isn't
//! over yet</a>." on 9News): [`sentence_links_as_text`] makes such links plain text.
//!
//! Some sites break paragraphs with empty elements classed as breaks (`<span class="br">`
//! on the Times of India) rather than `<p>`s or `<br>`s, so the story read as one
//! paragraph: [`break_elements_as_breaks`] makes them `<br>`s.

use std::collections::HashSet;

use dom_query::{Document, NodeId, NodeRef};

/// Fewest words a block must have to be read as a sentence: shorter ones ("Read more.",
/// "Watch.") are labels.
const MIN_SENTENCE_WORDS: usize = 5;

/// How far up from a link its block is looked for.
const MAX_INLINE_NESTING: usize = 8;

/// Elements that sit inside a line of text; any other element is a block.
const INLINE: &[&str] = &[
    "a", "span", "strong", "b", "em", "i", "u", "small", "sup", "sub", "mark", "abbr", "cite", "q",
    "time", "font",
];

/// Blocks whose links may become text: paragraphs, and the `<div>`s that sites use as
/// paragraphs. List items, headings, cells and captions keep their links.
const PROSE_BLOCKS: &[&str] = &["p", "div"];

/// Turns the links inside story sentences into plain text (`<span>`s), so Readability does
/// not take the sentence for a link list. A sentence is a paragraph-like block of at least
/// [`MIN_SENTENCE_WORDS`] words that ends as a sentence does, more than
/// [`LINKY_SHARE`] links (else Readability keeps it anyway), next to a paragraph of prose
/// with few links: an author's bio or a list of teasers that end in full stops sits among
/// other links. Turning every such sentence's links to text moved Readability onto the
/// bio and teaser lists of three tune pages (`eval-web` held-out segment F1 0.911 ->
/// 0.909); with the neighbour, BBC 0.90 -> 0.99, 9News 0.97 -> 1.00, Reuters 0.87 -> 0.97.
pub fn sentence_links_as_text(doc: &Document) {
    let mut seen: HashSet<NodeId> = HashSet::new();
    let mut sentences = Vec::new();
    for link in doc.select("a").nodes() {
        let Some(block) = block_of(link) else {
            continue;
        };
        if !seen.insert(block.id) {
            continue;
        }
        let is_prose = block
            .node_name()
            .is_some_and(|n| PROSE_BLOCKS.contains(&n.as_ref()));
        if !is_prose || !small(&block) {
            continue;
        }
        let text = block.text();
        if is_sentence(&text)
            && link_share(&block, text.len()) > LINKY_SHARE
            && beside_prose(&block)
        {
            sentences.push(block);
        }
    }
    for block in sentences {
        let links: Vec<NodeRef> = block
            .descendants_it()
            .filter(|d| d.node_name().as_deref() == Some("a"))
            .collect();
        for link in links {
            link.rename("span");
        }
    }
}

/// Removes the icons (`<svg>`) inside links: Readability reads a link holding anything but
/// text and inline elements as a block, so a "click <a>here<svg/></a>" (Reuters's new-tab
/// icon) cut its sentence into three paragraphs. Only icons inside links go: dropping every
/// `<svg>` lowered the held-out scores when tried.
pub fn link_icons_removed(doc: &Document) {
    doc.select("a svg").remove();
}

/// Most captions read from a page; a page with more is a gallery, and the rest are
/// ignored (the work stays bounded on a page of many figures).
const MAX_CAPTIONS: usize = 500;

/// Longest caption text kept for [`without_paragraphs`]: captions are a sentence or two.
const MAX_CAPTION_TEXT: usize = 600;

/// The texts of the page's `<figcaption>`s and of each element inside them (a caption
/// and its credit apart), whitespace collapsed. Read before `boilerplate` removes them.
pub fn caption_texts(doc: &Document) -> HashSet<String> {
    let mut out = HashSet::new();
    for image in doc.select("img").nodes().iter().take(MAX_CAPTIONS) {
        if let Some(caption) = image_caption(image) {
            out.insert(caption);
        }
    }
    for image in doc.select("img").nodes().iter().take(MAX_CAPTIONS) {
        if let Some(caption) = credited_caption(image) {
            out.insert(caption);
        }
    }
    for card in doc
        .select("[title]:not(a)")
        .nodes()
        .iter()
        .take(MAX_CAPTIONS)
    {
        if let Some(title) = card_title(card) {
            out.insert(title);
        }
    }
    for caption in doc.select("figcaption").nodes().iter().take(MAX_CAPTIONS) {
        if !small(caption) {
            continue;
        }
        for node in std::iter::once(*caption).chain(caption.descendants_it()) {
            if !node.is_element() {
                continue;
            }
            let text = collapsed(&node.text());
            if !text.is_empty() && text.len() <= MAX_CAPTION_TEXT {
                out.insert(text);
            }
        }
    }
    out
}

/// Inline elements a caption set beside its picture is written in.
const CAPTION_STYLES: &[&str] = &["em", "i", "small"];

/// The caption a page sets beside an image without a `<figcaption>`: the image's block
/// (its `<p>` or `<div>`) whose whole text is in italics or small print (WordPress's
/// `<p><img><br><em>Bethany Funke (R)</em></p>` on The Gateway Pundit), or the block
/// right after the image's block whose whole text is the image's `alt` (Bhaskar's
/// `<div><picture>…</div><div><span>…</span></div>`).
fn image_caption(image: &NodeRef) -> Option<String> {
    let block = block_of(image)?;
    if !small(&block) {
        return None;
    }
    let text = collapsed(&block.text());
    if !text.is_empty() && text.len() <= MAX_CAPTION_TEXT && all_text_styled(&block) {
        return Some(text);
    }
    let alt = collapsed(&image.attr("alt")?);
    if alt.is_empty() || alt.len() > MAX_CAPTION_TEXT || !text.is_empty() {
        return None;
    }
    let mut at = block;
    for _ in 0..MAX_INLINE_NESTING {
        if let Some(next) = at.next_element_sibling() {
            return (small(&next) && collapsed(&next.text()) == alt).then_some(alt);
        }
        at = at.parent().filter(|p| p.is_element())?;
    }
    None
}

/// Most words in a picture's credit line ("Image: Phando Jikelo/Independent Newspapers").
const MAX_CREDIT_WORDS: usize = 12;

/// The caption a page sets as a paragraph beside its picture, followed by a credit
/// paragraph: the nearest block around the image that holds `<p>`s holds just two, the
/// caption and a short line opening with a one-word label and a colon ("Image: …"),
/// and no other text (Isolezwe's image widget: its caption read as the story's first
/// paragraph).
fn credited_caption(image: &NodeRef) -> Option<String> {
    let block = image.ancestors_it(Some(MAX_INLINE_NESTING)).find(|a| {
        a.descendants_it()
            .any(|d| d.node_name().as_deref() == Some("p"))
    })?;
    if !small(&block) {
        return None;
    }
    let paragraphs: Vec<NodeRef> = block
        .descendants_it()
        .filter(|d| d.node_name().as_deref() == Some("p"))
        .collect();
    let [caption, credit] = paragraphs[..] else {
        return None;
    };
    let (text, credit) = (collapsed(&caption.text()), collapsed(&credit.text()));
    let labelled = credit
        .split_once(':')
        .is_some_and(|(label, _)| !label.is_empty() && !label.contains(' '));
    let bare = |t: &str| t.split_whitespace().collect::<String>();
    let whole = bare(&block.text()) == bare(&format!("{text}{credit}"));
    (labelled
        && credit.split(' ').count() <= MAX_CREDIT_WORDS
        && whole
        && !text.is_empty()
        && text.len() <= MAX_CAPTION_TEXT)
        .then_some(text)
}

/// The headline of a card (a video's or a teaser's tile) whose `title` attribute repeats
/// the headline an element inside it shows: CBC's video players print their title as an
/// `<h3>` inside `<div title="…">`, which read as a paragraph of the story. Links are not
/// cards: a link's title is a tooltip, and the Express's gold keeps its in-story links.
fn card_title(card: &NodeRef) -> Option<String> {
    let title = collapsed(&card.attr("title")?);
    if title.is_empty() || title.len() > MAX_CAPTION_TEXT || !small(card) {
        return None;
    }
    card.descendants_it()
        .filter(|n| n.is_element())
        .any(|n| collapsed(&n.text()) == title)
        .then_some(title)
}

/// Whether every non-blank text under `block` sits in a [`CAPTION_STYLES`] element inside it.
fn all_text_styled(block: &NodeRef) -> bool {
    block
        .descendants_it()
        .filter(|n| n.is_text() && !n.text().trim().is_empty())
        .all(|t| {
            t.ancestors_it(Some(MAX_INLINE_NESTING))
                .take_while(|a| a.id != block.id)
                .any(|a| {
                    a.node_name()
                        .is_some_and(|n| CAPTION_STYLES.contains(&n.as_ref()))
                })
        })
}

/// `body` (paragraphs separated by blank lines) without the paragraphs whose text, spaces
/// collapsed, is in `drop`: the captions slideshows print again as text beside each
/// picture (Rest of World: four extra paragraphs on its tune page), or the page's loose
/// lines ([`super::boilerplate::loose_lines`]).
pub fn without_paragraphs(body: &str, drop: &HashSet<String>) -> String {
    if drop.is_empty() {
        return body.to_owned();
    }
    body.split("\n\n")
        .filter(|p| !drop.contains(&collapsed(p)))
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// `text` with every run of whitespace one space: how a block's text and a body paragraph
/// are compared.
pub(crate) fn collapsed(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Meta tags that carry the page's description, in order of preference.
const DESCRIPTIONS: &[&str] = &[
    "meta[property='og:description']",
    "meta[name='description']",
    "meta[name='twitter:description']",
];

/// Fewest words in a description read as a standfirst: a phrase or a sentence. TechRadar's
/// "A big shift, but with some wiggle room" is seven.
const MIN_STANDFIRST_WORDS: usize = 5;

/// Longest description read as a standfirst.
const MAX_STANDFIRST: usize = 1_000;

/// Bytes of a description's start looked for in the page's text.
const STANDFIRST_PROBE: usize = 40;

/// Most text nodes searched for the description.
const MAX_TEXT_NODES: usize = 100_000;

/// The page's description when the page also shows it as an element of its own (the
/// standfirst under the headline), whitespace collapsed. Publishers' gold text opens with
/// the standfirst, which Readability leaves out with the header: on the tune pages a shown
/// description was the gold's first paragraph on 10 pages and in no gold paragraph on 2.
/// Each description tag is tried: TechRadar's Open Graph one drops a comma its page shows.
pub fn shown_description(doc: &Document) -> Option<String> {
    let mut candidates: Vec<String> = Vec::new();
    for kind in DESCRIPTIONS {
        let first = doc
            .select(kind)
            .nodes()
            .iter()
            .filter_map(|n| n.attr("content"))
            .map(|c| collapsed(&c))
            .find(|c| !c.is_empty());
        if let Some(c) = first.filter(|c| !candidates.contains(c)) {
            candidates.push(c);
        }
    }
    candidates.into_iter().find(|d| is_shown(doc, d))
}

/// Whether an element of the page's body has `description` as its whole text.
fn is_shown(doc: &Document, description: &str) -> bool {
    if description.len() > MAX_STANDFIRST
        || description
            .split(' ')
            .nth(MIN_STANDFIRST_WORDS - 1)
            .is_none()
    {
        return false;
    }
    let probe = &description[..description.floor_char_boundary(STANDFIRST_PROBE)];
    let body = doc.select("body");
    let Some(root) = body.nodes().first().copied() else {
        return false;
    };
    let shown = root
        .descendants_it()
        .filter(|n| n.is_text())
        .take(MAX_TEXT_NODES)
        .filter(|text| collapsed(&text.text()).starts_with(probe))
        .any(|text| {
            text.ancestors_it(Some(MAX_INLINE_NESTING))
                .take_while(|a| a.node_name().is_some_and(|n| n.as_ref() != "body"))
                .filter(|a| {
                    !matches!(
                        a.node_name().as_deref(),
                        Some("script" | "style" | "noscript")
                    )
                })
                .any(|a| small(&a) && collapsed(&a.text()) == description)
        });
    shown
}

/// `t`'s words in lower case, one space apart: text compared whatever its punctuation
/// and line breaks.
fn lower_words(t: &str) -> String {
    t.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// `body` with `standfirst` as its first paragraph, unless the body already holds it.
pub fn with_standfirst(body: String, standfirst: Option<&str>) -> String {
    let Some(standfirst) = standfirst else {
        return body;
    };
    if lower_words(&body).contains(&lower_words(standfirst)) {
        return body;
    }
    format!("{standfirst}\n\n{body}")
}

/// Most words in the deck under a headline: a sentence or two.
const MAX_DECK_WORDS: usize = 80;

/// Paragraphs at the body's start checked for the deck it already opens with.
const DECK_OPENING: usize = 2;

/// The deck a page sets right under its headline (the element after the `<h1>`, or after
/// the nearest wrapper holding only it): `<h2 class="subheadline">` on the Washington
/// Post, `<p class="post__excerpt">` on The Intercept, whitespace collapsed. On the tune
/// pages such an element, when an `<h2>`, `<h3>` or `<p>` of 5 to 80 words with few links
/// that is no byline, was in the gold text on 15 pages and not on 1 (The Independent).
/// `title` is the shown headline, when known; else the first `<h1>` with text is used.
pub fn headline_deck(doc: &Document, title: Option<&str>) -> Option<String> {
    let headlines = doc.select("h1");
    let headlines: Vec<NodeRef> = headlines
        .nodes()
        .iter()
        .take(MAX_HEADLINES)
        .copied()
        .collect();
    let headline = headlines
        .iter()
        .find(|h| title.is_some_and(|t| collapsed(&h.text()) == t))
        .or_else(|| headlines.iter().find(|h| !h.text().trim().is_empty()))?;
    let mut at = *headline;
    let mut next = None;
    for _ in 0..MAX_INLINE_NESTING {
        if let Some(n) = at.next_element_sibling() {
            next = Some(n);
            break;
        }
        at = at.parent().filter(|p| p.is_element())?;
    }
    let mut next = next?;
    // A wrapper holding only the deck's paragraph (Daily Maverick's `<div><p>`).
    if next.node_name().as_deref() == Some("div") {
        let mut children = next.element_children().into_iter();
        if let (Some(only), None) = (children.next(), children.next()) {
            next = only;
        }
    }
    if !matches!(next.node_name().as_deref(), Some("h2" | "h3" | "p")) || !small(&next) {
        return None;
    }
    let text = collapsed(&next.text());
    let words = text.split(' ').count();
    let byline = text.to_lowercase().starts_with("by ")
        || next
            .descendants_it()
            .any(|d| d.node_name().as_deref() == Some("time"));
    (!text.is_empty()
        && (MIN_STANDFIRST_WORDS..=MAX_DECK_WORDS).contains(&words)
        && !byline
        && link_share(&next, text.len()) <= LINKY_SHARE)
        .then_some(text)
}

/// `body` with `deck` as its first paragraph, unless one of its first [`DECK_OPENING`]
/// paragraphs already holds it: a deck the story repeats further down (Daily Maverick's
/// closing paragraph) is printed at both places in the gold text.
pub fn with_deck(body: String, deck: Option<&str>) -> String {
    let Some(deck) = deck else {
        return body;
    };
    let opening = body
        .split("\n\n")
        .take(DECK_OPENING)
        .collect::<Vec<_>>()
        .join(" ");
    if lower_words(&opening).contains(&lower_words(deck)) {
        return body;
    }
    format!("{deck}\n\n{body}")
}

/// Most headlines whose kicker is looked for: a page has one or two `<h1>`s.
const MAX_HEADLINES: usize = 20;

/// Most words in a section link set above a headline ("World", "US politics").
const MAX_KICKER_WORDS: usize = 3;

/// Removes the section link a page sets right before its headline (CBC's
/// `<span><a href="/news/world">World</a></span><h1>`): Readability keeps it as the
/// story's first paragraph, and publishers' gold never has it.
pub fn section_kickers_removed(doc: &Document) {
    let kickers: Vec<NodeRef> = doc
        .select("h1")
        .nodes()
        .iter()
        .take(MAX_HEADLINES)
        .filter_map(|h1| h1.prev_element_sibling())
        .filter(is_kicker)
        .collect();
    for kicker in kickers {
        kicker.remove_from_parent();
    }
}

/// A few words, all of them in links.
fn is_kicker(node: &NodeRef) -> bool {
    if !small(node) {
        return false;
    }
    let text = node.text();
    let words = text.split_whitespace().count();
    (1..=MAX_KICKER_WORDS).contains(&words) && link_share(node, text.len()) >= 0.9
}

/// Removes the page's comments and joins the texts they split: React writes `<!-- -->`
/// between two texts of one paragraph ("a four-year-old son. <!-- -->They had ..." on the
/// Times of India), which Readability read as a paragraph break.
pub fn comments_removed(doc: &Document) {
    let comments: Vec<NodeRef> = doc
        .root()
        .descendants_it()
        .filter(|n| n.is_comment())
        .collect();
    if comments.is_empty() {
        return;
    }
    for comment in comments {
        comment.remove_from_parent();
    }
    doc.normalize();
}

/// Class words of empty elements that stand for a line break.
const BREAK_CLASSES: &[&str] = &["br", "linebreak", "line-break"];

/// Turns empty elements classed as line breaks ([`BREAK_CLASSES`]) into `<br>`s.
pub fn break_elements_as_breaks(doc: &Document) {
    let breaks: Vec<NodeRef> = doc
        .select("span[class], div[class]")
        .nodes()
        .iter()
        .filter(|n| {
            n.attr("class").is_some_and(|c| {
                c.split_whitespace()
                    .any(|w| BREAK_CLASSES.contains(&w.to_ascii_lowercase().as_str()))
            }) && n.first_child().is_none()
        })
        .copied()
        .collect();
    for node in breaks {
        node.rename("br");
    }
}

/// Share of a block's text in links above which Readability drops a block of little
/// weight (its `cleanConditionally`).
const LINKY_SHARE: f64 = 0.2;

/// Shortest neighbouring paragraph read as prose: a sentence.
const MIN_NEIGHBOUR_LEN: usize = 80;

/// Whether the element next to `block` (or next to the nearest wrapper holding only it) is
/// a sentence of at least [`MIN_NEIGHBOUR_LEN`] bytes with at most [`LINKY_SHARE`] links.
fn beside_prose(block: &NodeRef) -> bool {
    let mut at = *block;
    for _ in 0..MAX_INLINE_NESTING {
        let (prev, next) = (at.prev_element_sibling(), at.next_element_sibling());
        if prev.is_some() || next.is_some() {
            return [prev, next].into_iter().flatten().any(|n| {
                if !small(&n) {
                    return false;
                }
                let text = n.text();
                text.trim().len() >= MIN_NEIGHBOUR_LEN
                    && is_sentence(&text)
                    && link_share(&n, text.len()) <= LINKY_SHARE
            });
        }
        match at.parent() {
            Some(parent) if parent.is_element() => at = parent,
            _ => return false,
        }
    }
    false
}

/// Most nodes (elements and texts) in a block read as one paragraph: a paragraph of the
/// tune pages holds a few dozen at most. Larger blocks are sections, not sentences, and
/// skipping them keeps the pass linear in the page: no text is read more than a bounded
/// number of times however deep the blocks nest.
const MAX_BLOCK_NODES: usize = 200;

/// Whether `node` has at most [`MAX_BLOCK_NODES`] nodes under it.
fn small(node: &NodeRef) -> bool {
    node.descendants_it().nth(MAX_BLOCK_NODES).is_none()
}

/// Share of `node`'s text (of `text_len` bytes) inside links.
pub(crate) fn link_share(node: &NodeRef, text_len: usize) -> f64 {
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

/// The nearest ancestor of `node` that is not inline, within [`MAX_INLINE_NESTING`].
fn block_of<'a>(node: &NodeRef<'a>) -> Option<NodeRef<'a>> {
    node.ancestors_it(Some(MAX_INLINE_NESTING))
        .find(|a| a.node_name().is_some_and(|n| !INLINE.contains(&n.as_ref())))
}

/// Text that reads as a sentence: enough words, ending with a full stop, a question or
/// exclamation mark, or a closing quote after one.
fn is_sentence(text: &str) -> bool {
    let text = text.trim();
    let end = text.trim_end_matches(['"', '\'', '\u{201d}', '\u{2019}', ')']);
    end.ends_with(['.', '!', '?'])
        && text
            .split_whitespace()
            .nth(MIN_SENTENCE_WORDS - 1)
            .is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A hostile page is handled within seconds, not minutes.
    fn assert_quick(start: std::time::Instant) {
        let took = start.elapsed();
        assert!(took < std::time::Duration::from_secs(5), "{took:?}");
    }

    #[test]
    fn captions_set_beside_pictures_go() {
        let doc = Document::from(
            r#"<p><img src="a.jpg" alt=""><br><em>Bethany Funke (R)</em></p>
            <p><img src="b.jpg" alt="x">An inline <em>picture</em> in a sentence.</p>
            <div><picture><img src="c.jpg" alt="The ASP briefing"></picture></div>
            <div><span>The ASP briefing</span></div>
            <div><img src="d.jpg" alt="A quote"></div><p>Not the alt.</p>"#,
        );
        let captions = caption_texts(&doc);
        let body = "Bethany Funke (R)\n\nAn inline picture in a sentence.\n\n\
                    The ASP briefing\n\nNot the alt.";
        assert_eq!(
            without_paragraphs(body, &captions),
            "An inline picture in a sentence.\n\nNot the alt."
        );
    }

    #[test]
    fn card_titles_shown_inside_the_card_go() {
        let doc = Document::from(
            r#"<div title="Some worry about talks"><img src="v.jpg"><h3>Some worry about talks</h3></div>
            <a title="Read the other story"><span>Read the other story</span></a>
            <abbr title="North Atlantic Treaty Organization">NATO</abbr>"#,
        );
        let captions = caption_texts(&doc);
        let body = "Some worry about talks\n\nRead the other story\n\nNATO";
        assert_eq!(
            without_paragraphs(body, &captions),
            "Read the other story\n\nNATO"
        );
    }

    #[test]
    fn hostile_pictures_cards_headlines_and_comments_stay_fast() {
        let deep = format!(
            "<html><body>{}{}</body></html>",
            "<div title=\"A card\"><em><img alt=\"A card\" src=\"x.jpg\">".repeat(2_000),
            "</em></div>".repeat(2_000)
        );
        let wide = format!(
            "<html><body>{}</body></html>",
            "<p><img src=\"a.jpg\"><em>A <!-- -->caption</em></p><div title=\"T\"><h3>T</h3></div>\
             <span><a href=\"/s\">Section</a></span><h1>Head</h1>"
                .repeat(20_000)
        );
        for page in [deep, wide] {
            let doc = Document::from(page.as_str());
            let start = std::time::Instant::now();
            let captions = caption_texts(&doc);
            section_kickers_removed(&doc);
            comments_removed(&doc);
            assert!(captions.len() <= 2 * MAX_CAPTIONS);
            assert_quick(start);
        }
    }

    #[test]
    fn comments_go_and_the_texts_they_split_join() {
        let doc = Document::from("<p>A son. <!-- -->They hid him.<!-- x --></p><p>Next.</p>");
        comments_removed(&doc);
        let p = doc.select("p").nodes()[0];
        assert_eq!(p.children().len(), 1);
        assert_eq!(p.text().to_string(), "A son. They hid him.");
    }

    #[test]
    fn a_section_link_above_the_headline_goes() {
        let doc = Document::from(
            r#"<div><span><a href="/news/world"><span>World</span></a></span><h1>Head</h1>
            <p>By <a href="/a">Jane Doe</a></p></div>
            <div><p>A sentence with <a href="/x">a link</a> in it.</p><h1>Second</h1></div>"#,
        );
        section_kickers_removed(&doc);
        let text = doc.select("body").text();
        assert!(!text.contains("World"), "{text}");
        assert!(
            text.contains("Jane Doe") && text.contains("a link in it"),
            "{text}"
        );
    }

    #[test]
    fn captions_printed_again_as_text_go() {
        let doc = Document::from(
            r#"<figure><img src="a.jpg"><figcaption><span>Office buildings await tenants.</span>
            <span>Tara Atkinson</span></figcaption></figure>"#,
        );
        let captions = caption_texts(&doc);
        let body = "The story.\n\nOffice buildings  await tenants.\n\nThe end.";
        assert_eq!(
            without_paragraphs(body, &captions),
            "The story.\n\nThe end."
        );
    }

    /// Deeply nested blocks, each with a link and a sentence, and a wide page of linked
    /// sentences: the pass stays fast (each block's text is read only when it is small).
    #[test]
    fn hostile_nesting_and_width_stay_fast() {
        let sentence = "<div>Words of a sentence with <a href=\"/x\">a link in it</a>.";
        let deep = format!(
            "<html><body>{}{}</body></html>",
            sentence.repeat(250),
            "</div>".repeat(250)
        );
        let wide = format!(
            "<html><body>{}</body></html>",
            "<p>A long sentence of prose that stands beside the others on the page.</p>\
             <p>It <a href=\"/y\">links to another page here</a>.</p>"
                .repeat(20_000)
        );
        for page in [deep, wide] {
            let doc = Document::from(page.as_str());
            let start = std::time::Instant::now();
            sentence_links_as_text(&doc);
            let captions = caption_texts(&doc);
            assert!(captions.is_empty());
            assert_quick(start);
        }
    }

    #[test]
    fn a_shown_description_opens_the_story() {
        let page = r#"<html><head><meta property="og:description" content="Police continue to search  the debris after the blaze."></head>
            <body><p class="standfirst">Police continue to search the debris after the blaze.</p><p>The story.</p></body></html>"#;
        let doc = Document::from(page);
        let standfirst = shown_description(&doc);
        assert_eq!(
            standfirst.as_deref(),
            Some("Police continue to search the debris after the blaze.")
        );
        assert_eq!(
            with_standfirst("The story.".into(), standfirst.as_deref()),
            "Police continue to search the debris after the blaze.\n\nThe story."
        );
        let hidden = Document::from(
            page.replace("<p class=\"standfirst\">Police", "<p>Officers")
                .as_str(),
        );
        assert_eq!(shown_description(&hidden), None);
    }

    #[test]
    fn break_spans_become_breaks() {
        let doc = Document::from(
            r#"<div>One.<span class="id-r-component br" data-pos="2"></span>Two.<span class="br">kept</span></div>"#,
        );
        break_elements_as_breaks(&doc);
        assert_eq!(doc.select("br").length(), 1);
        assert_eq!(doc.select("span").length(), 1);
    }

    #[test]
    fn links_in_sentences_become_text_and_link_lists_stay() {
        let doc = Document::from(
            r#"<html><body>
            <p>The alliance does not have its own army, but member states can take collective military action.</p>
            <p>It also <a href="/x">co-ordinates military plans and carries out exercises</a>.</p>
            <div><a href="/y"><span>The document dump isn't over yet</span></a><span>.</span></div>
            <div>So far, 191 of the approximately 250 files have been made public, the court said.</div>
            <ul><li><a href="/z">Another story about the talks</a></li></ul>
            <div><a href="/w">Think again about your privacy settings</a></div>
            <footer><p>You can <a href="/a">email the author here</a>, and <a href="/b">read more</a>.</p>
            <div><a href="/c">Author Name</a></div></footer>
            </body></html>"#,
        );
        sentence_links_as_text(&doc);
        let links: Vec<String> = doc
            .select("a")
            .nodes()
            .iter()
            .map(|a| a.text().to_string())
            .collect();
        assert_eq!(
            links,
            [
                "Another story about the talks",
                "Think again about your privacy settings",
                "email the author here",
                "read more",
                "Author Name"
            ]
        );
    }
}
