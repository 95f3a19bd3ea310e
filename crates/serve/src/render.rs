//! The HTML that needs care: highlighted snippets, the marked-up article and the timeline.
//! Every piece of text goes through maud's escaping; offsets from the index or extraction
//! that do not fall on character boundaries are dropped, never sliced.

use maud::{html, Markup};

use newsdex_extract::Extracted;
use newsdex_search::Timeline;

use crate::params::{Kind, Params};

/// `text` with the byte ranges `highlights` in `<mark>`.
pub fn highlighted(text: &str, highlights: &[[usize; 2]]) -> Markup {
    let mut pieces: Vec<(&str, bool)> = Vec::new();
    let mut at = 0;
    for &[start, end] in highlights {
        let (Some(before), Some(marked)) = (text.get(at..start), text.get(start..end)) else {
            continue;
        };
        if start < at {
            continue;
        }
        pieces.push((before, false));
        pieces.push((marked, true));
        at = end;
    }
    pieces.push((text.get(at..).unwrap_or(""), false));
    html! {
        @for (piece, marked) in pieces {
            @if marked { mark { (piece) } } @else { (piece) }
        }
    }
}

/// A name in the text.
struct Mention<'a> {
    start: usize,
    end: usize,
    kind: Kind,
    name: &'a str,
}

/// A quote in the text, with the names inside it.
struct QuoteMark<'a> {
    start: usize,
    end: usize,
    speaker: Option<&'a str>,
    inner: Vec<Mention<'a>>,
}

enum Piece<'a> {
    Mention(Mention<'a>),
    Quote(QuoteMark<'a>),
}

impl Piece<'_> {
    fn start(&self) -> usize {
        match self {
            Piece::Mention(m) => m.start,
            Piece::Quote(q) => q.start,
        }
    }
}

/// The article's text from `from` on, with every person, place and organisation mention a
/// link that filters by it, and every quote marked with its speaker (a link to their
/// quotes). Overlapping marks keep the first; a mention that straddles a quote's edge is
/// left unmarked.
pub fn marked_text(text: &str, from: usize, extracted: &Extracted) -> Markup {
    let mut mentions: Vec<Mention> = [
        (Kind::Person, &extracted.people),
        (Kind::Place, &extracted.places),
        (Kind::Org, &extracted.orgs),
    ]
    .into_iter()
    .flat_map(|(kind, entities)| {
        entities.iter().flat_map(move |e| {
            e.mentions.iter().map(move |m| Mention {
                start: m.start,
                end: m.end,
                kind,
                name: &e.name,
            })
        })
    })
    .filter(|m| m.start >= from && m.start < m.end && text.get(m.start..m.end).is_some())
    .collect();
    mentions.sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
    let mut quotes: Vec<QuoteMark> = extracted
        .quotes
        .iter()
        .filter(|q| q.start >= from && q.start < q.end && text.get(q.start..q.end).is_some())
        .map(|q| QuoteMark {
            start: q.start,
            end: q.end,
            speaker: q.speaker.as_deref(),
            inner: Vec::new(),
        })
        .collect();
    quotes.sort_by_key(|q| q.start);
    quotes.dedup_by(|later, earlier| later.start < earlier.end);
    let mut pieces: Vec<Piece> = Vec::new();
    let mut last_end = from;
    let mut quote_iter = quotes.into_iter().peekable();
    let mut mention_iter = mentions.into_iter().peekable();
    loop {
        let take_quote = match (quote_iter.peek(), mention_iter.peek()) {
            (None, None) => break,
            (Some(_), None) => true,
            (None, Some(_)) => false,
            (Some(q), Some(m)) => q.start <= m.start,
        };
        if take_quote {
            let Some(mut quote) = quote_iter.next() else {
                break;
            };
            if quote.start < last_end {
                continue;
            }
            // Mentions inside the quote go with it; one crossing its end is dropped.
            while let Some(m) = mention_iter.next_if(|m| m.start < quote.end) {
                let free = quote.inner.last().map_or(quote.start, |p| p.end);
                if m.end <= quote.end && m.start >= free {
                    quote.inner.push(m);
                }
            }
            last_end = quote.end;
            pieces.push(Piece::Quote(quote));
        } else {
            let Some(m) = mention_iter.next() else { break };
            let crosses_quote = quote_iter.peek().is_some_and(|q| m.end > q.start);
            if m.start < last_end || crosses_quote {
                continue;
            }
            last_end = m.end;
            pieces.push(Piece::Mention(m));
        }
    }
    let mut items = Vec::new();
    let mut at = from;
    for piece in &pieces {
        items.push(Item::Text(text.get(at..piece.start()).unwrap_or("")));
        match piece {
            Piece::Mention(m) => {
                items.push(Item::Mention(m));
                at = m.end;
            }
            Piece::Quote(q) => {
                let mut inner = Vec::new();
                let mut inner_at = q.start;
                for m in &q.inner {
                    inner.push(Item::Text(text.get(inner_at..m.start).unwrap_or("")));
                    inner.push(Item::Mention(m));
                    inner_at = m.end;
                }
                inner.push(Item::Text(text.get(inner_at..q.end).unwrap_or("")));
                items.push(Item::Quote(inner, q.speaker));
                at = q.end;
            }
        }
    }
    items.push(Item::Text(text.get(at..).unwrap_or("")));
    render_items(text, &items)
}

/// What the marked text is made of, in order.
enum Item<'a> {
    Text(&'a str),
    Mention(&'a Mention<'a>),
    Quote(Vec<Item<'a>>, Option<&'a str>),
}

fn render_items(text: &str, items: &[Item]) -> Markup {
    html! {
        @for item in items {
            @match item {
                Item::Text(t) => { (t) }
                Item::Mention(m) => { (mention(text, m)) }
                Item::Quote(inner, speaker) => {
                    span.quote { (render_items(text, inner)) }
                    @if let Some(speaker) = speaker {
                        a.said href=(Params::default().with(Kind::Speaker, speaker).href("/quotes"))
                            title={ "quote by " (speaker) } { "[" (speaker) "]" }
                    }
                }
            }
        }
    }
}

fn mention(text: &str, m: &Mention) -> Markup {
    let class = match m.kind {
        Kind::Person => "ent person",
        Kind::Place => "ent place",
        _ => "ent org",
    };
    html! {
        a class=(class) href=(Params::default().with(m.kind, m.name).href("/"))
            title={ (m.kind.param()) ": " (m.name) } {
            (text.get(m.start..m.end).unwrap_or(""))
        }
    }
}

/// Width and height of the timeline's drawing, in SVG units (it scales to the page).
const CHART_W: f64 = 800.0;
const CHART_H: f64 = 100.0;
/// Room under the bars for the first and last labels.
const LABEL_H: f64 = 14.0;

/// The timeline as an inline SVG bar chart: each bar a link that sets the date range to its
/// period, with its count as a tooltip.
pub fn timeline_svg(timeline: &Timeline, params: &Params) -> Markup {
    let n = timeline.buckets.len().max(1) as f64;
    let max = timeline
        .buckets
        .iter()
        .map(|b| b.count)
        .max()
        .unwrap_or(0)
        .max(1) as f64;
    let width = CHART_W / n;
    let gap = if width > 3.0 { 1.0 } else { 0.0 };
    let plot_h = CHART_H - LABEL_H;
    let unit = match timeline.interval {
        newsdex_search::Interval::Day => "day",
        newsdex_search::Interval::Month => "month",
        newsdex_search::Interval::Year => "year",
    };
    html! {
        figure.timeline {
            svg viewBox={ "0 0 " (CHART_W) " " (CHART_H) } preserveAspectRatio="none" role="img"
                aria-label={ "matching articles by " (unit) } {
                @for (i, b) in timeline.buckets.iter().enumerate() {
                    @let h = if b.count == 0 { 0.0 } else { (b.count as f64 / max * plot_h).max(1.5) };
                    a href=(params.dated(Some(&b.since), Some(&b.until)).href("/")) {
                        title { (b.period) ": " (b.count) " article" @if b.count != 1 { "s" } }
                        rect.bar x=(format!("{:.2}", i as f64 * width)) y=(format!("{:.2}", plot_h - h))
                            width=(format!("{:.2}", (width - gap).max(0.5))) height=(format!("{:.2}", h)) {}
                        // An invisible full-height target, so a short bar is easy to click.
                        rect x=(format!("{:.2}", i as f64 * width)) y="0" width=(format!("{:.2}", width))
                            height=(format!("{:.2}", plot_h)) fill="transparent" {}
                    }
                }
                @if let (Some(first), Some(last)) = (timeline.buckets.first(), timeline.buckets.last()) {
                    text x="0" y=(CHART_H - 2.0) { (first.period) }
                    text x=(CHART_W) y=(CHART_H - 2.0) text-anchor="end" { (last.period) }
                }
            }
            figcaption {
                (timeline.dated) " dated articles by " (unit)
                @if timeline.undated > 0 { " (" (timeline.undated) " undated not shown)" }
                ". Click a bar to show only that " (unit) "."
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn highlights_escape_and_skip_bad_offsets() {
        let html = highlighted("<b>Rafah</b> é", &[[3, 8], [13, 14], [100, 200]]).into_string();
        assert_eq!(html, "&lt;b&gt;<mark>Rafah</mark>&lt;/b&gt; é");
    }
}
