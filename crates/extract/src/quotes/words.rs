//! The quote grammar's view of a paragraph: words, punctuation and quotes as opaque units.
//! Only paragraphs that hold quotes are tokenised, so this runs on a small part of a text.

use crate::lexicon::{
    is_never_word, is_particle_surname, CUE_VERBS, NOT_NAMES, QUOTE_ABBREVIATIONS,
    TITLE_ABBREVIATIONS,
};
use rustc_hash::FxHashSet;

/// A capitalised word that is never a speaker's name: [`NOT_NAMES`], or one of the function
/// words, weekdays and months the entity tagger never puts in a name ("His", "While", "To"
/// opening a sentence).
pub(super) fn not_a_name(w: &str) -> bool {
    is_in(NOT_NAMES, w) || is_never_word(w)
}

/// Reporting-verb lookup: hashed, because it runs on every token of every
/// quote-bearing paragraph (a linear scan was 40% of extraction time).
pub(super) fn is_cue_word(w: &str) -> bool {
    static SET: std::sync::OnceLock<FxHashSet<&'static str>> = std::sync::OnceLock::new();
    if w.len() < 3 || w.len() > 13 {
        return false;
    }
    SET.get_or_init(|| CUE_VERBS.iter().copied().collect())
        .contains(w)
}

pub(super) fn is_in(list: &[&str], w: &str) -> bool {
    list.contains(&w)
}

/// `w` in lower case, borrowed when it already is (most words are: copying each one showed
/// as a tenth of extraction's allocations).
pub(super) fn lower(w: &str) -> std::borrow::Cow<'_, str> {
    if w.chars().any(char::is_uppercase) {
        std::borrow::Cow::Owned(w.to_lowercase())
    } else {
        std::borrow::Cow::Borrowed(w)
    }
}

/// Is `w` (any case) a noun that heads organisations' names (`Ministry`, `club`)? Folds once:
/// folding inside the search allocated once per list entry, 2% of extraction.
pub(super) fn is_org_noun(w: &str) -> bool {
    let w = lower(w);
    crate::lexicon::ORG_NOUNS.iter().any(|(noun, _)| *noun == w)
}

/// Token of the attribution windows (text outside quotes).
#[derive(Debug, Clone, Copy)]
pub(super) enum Item {
    Word { s: usize, e: usize },
    Punct { s: usize, c: char },
    Quote { qi: usize },
}

/// Tokenises `text[s..e]` into words and punctuation. Abbreviation periods stay in
/// their word so that `Sen. Chuck Schumer` does not end a sentence.
pub(super) fn tokenize(text: &str, s: usize, e: usize, out: &mut Vec<Item>) {
    let seg = &text[s..e];
    let mut it = seg.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if c.is_whitespace() {
            // A blank line ends whatever phrase runs into it: `… FOR ROLM UNIT` ⏎⏎
            // `International Business Machines Corp said` is no one's name (Reuters).
            if c == '\n'
                && seg[i + 1..]
                    .trim_start_matches([' ', '\t', '\r'])
                    .starts_with('\n')
            {
                out.push(Item::Punct { s: s + i, c: '\n' });
                while it.peek().is_some_and(|&(_, d)| d.is_whitespace()) {
                    it.next();
                }
            }
            continue;
        }
        if c.is_alphanumeric() {
            let ws = i;
            let mut we = i + c.len_utf8();
            while let Some(&(j, d)) = it.peek() {
                if d.is_alphanumeric() {
                    we = j + d.len_utf8();
                    it.next();
                } else if d == ','
                    && seg[ws..we].ends_with(|x: char| x.is_ascii_digit())
                    && seg[j + 1..].starts_with(|x: char| x.is_ascii_digit())
                {
                    // `Northgate, which produced 23,400 ounces of gold …, said` (Reuters): a
                    // thousands separator is no clause's comma.
                    we = j + 1;
                    it.next();
                } else if "'’‘-.&".contains(d) {
                    // Keep joiners only when a letter follows (U.S, O'Neill, al-Sisi).
                    let nx = seg[j + d.len_utf8()..].chars().next();
                    if nx.is_some_and(|x| x.is_alphanumeric()) {
                        we = j + d.len_utf8();
                        it.next();
                    } else {
                        break;
                    }
                } else {
                    break;
                }
            }
            // Abbreviation period.
            if let Some(&(j, '.')) = it.peek() {
                let w = &seg[ws..we];
                let lw = w.to_lowercase();
                let single_cap = w.chars().count() == 1 && w.chars().all(|x| x.is_uppercase());
                let after_dot = seg[j + 1..].chars().next();
                let closes_group = after_dot.is_some_and(|x| x == ')' || x == ',');
                if single_cap
                    || closes_group
                    || is_in(QUOTE_ABBREVIATIONS, lw.as_str())
                    || (w.contains('.') && w.len() <= 6)
                {
                    we = j + 1;
                    it.next();
                }
            }
            out.push(Item::Word {
                s: s + ws,
                e: s + we,
            });
        } else {
            out.push(Item::Punct { s: s + i, c });
        }
    }
}

/// Does `w` start like a name: a capital, or a lower-case Arabic particle and a hyphen before
/// one (`al-Chalabi`, `el-Sisi`), as wire copy writes them?
pub(super) fn name_cased(w: &str) -> bool {
    w.starts_with(char::is_uppercase) || is_particle_surname(w)
}

/// The first quote in single marks inside a quote's text (`'Wow, that's Ted, he made it!'`):
/// its byte range, from an opening mark after a space to a closing one before a space or the
/// end. Apostrophes inside words (`that's`) neither open nor close it.
fn nested_quote(quote: &str) -> Option<(usize, usize)> {
    let opens = |i: usize| {
        (i == 0 || quote[..i].ends_with([' ', '"', '“']))
            && quote[i..].chars().nth(1).is_some_and(char::is_alphabetic)
    };
    let (a, m) = quote
        .char_indices()
        .find(|&(i, c)| (c == '\'' || c == '‘') && opens(i))?;
    let from = a + m.len_utf8();
    let b = quote[from..].char_indices().find_map(|(j, c)| {
        let at = from + j;
        let closes = (c == '\'' || c == '’')
            && !quote[..at].ends_with(' ')
            && quote[at + c.len_utf8()..]
                .chars()
                .next()
                .is_none_or(|n| n.is_whitespace() || ",.;:!?\"”".contains(n));
        closes.then_some(at)
    })?;
    Some((a, b))
}

/// The byte after the last of `marks` in `text[lo..end]` that ends a sentence, if any. No
/// sentence ends at an abbreviated title's period (`Sen. Lindsey Graham`, `Gov. Chris
/// Christie`), at a middle initial's (`John F. Kennedy`), or at a period a bracket or comma follows
/// (`Sen. Christopher Ames (D-Conn.), his Democratic counterpart, was more optimistic. He
/// said`: the sentence is Ames's, not one that starts after `Conn.`).
pub(super) fn after_last_mark(text: &str, lo: usize, end: usize, marks: &[char]) -> Option<usize> {
    let mut end = end;
    loop {
        let p = lo + text[lo..end].rfind(marks)?;
        if text[p..].starts_with('.') {
            let word = text[lo..p]
                .rsplit(|c: char| !c.is_alphabetic())
                .next()
                .unwrap_or("");
            // (a lone capital between spaces: `U.S. Treasury` and `E.F. Hutton` end where
            // they end)
            let initial = word.len() == 1
                && word.starts_with(|c: char| c.is_ascii_uppercase())
                && text[..p - 1].ends_with(char::is_whitespace)
                && text[p + 1..].starts_with(' ');
            // (nor inside a number or an address: `£1.3bn`, `bbc.co.uk`)
            let inside = text[p + 1..].starts_with([')', ',', ';'])
                || text[p + 1..].starts_with(|c: char| c.is_alphanumeric());
            if initial || inside || is_in(TITLE_ABBREVIATIONS, &lower(word)) {
                end = p;
                continue;
            }
        }
        return Some(p + text[p..].chars().next().map_or(1, char::len_utf8));
    }
}

/// The byte where the sentence holding `end` starts, looking back no further than `lo`:
/// after the last mark that ends one ([`after_last_mark`]), or `lo` when none does.
pub(super) fn sentence_start(text: &str, lo: usize, end: usize) -> usize {
    after_last_mark(text, lo, end, &['.', '!', '?', '\n']).unwrap_or(lo)
}

/// Does `quote` name `name` by its last word (a surname of three letters or more), or a
/// full name by its first, as a word of its own? A speaker rarely names himself in the
/// third person.
pub(super) fn names_in(quote: &str, name: &str) -> bool {
    // (not inside a quote within the quote: `You'll be like, 'Wow, that's Ted, he made it!'`,
    // NBC, is Ted Williams's own; someone else is imagined saying the name)
    let nested = nested_quote(quote);
    let word_in = |w: &str| {
        w.len() >= 3
            && quote.match_indices(w).any(|(i, _)| {
                if nested.is_some_and(|(a, b)| a <= i && i < b) {
                    return false;
                }
                let before = quote[..i].chars().next_back();
                let after = quote[i + w.len()..].chars().next();
                !before.is_some_and(char::is_alphanumeric)
                    && !after.is_some_and(char::is_alphanumeric)
            })
    };
    // ... nor by his first name (`… with regard to being Kevin's successor`, BBC sport/244:
    // Stuart Pearce's words, not Kevin Keegan's), unless father and son share it (`Allan
    // Bryant Snr`: `We are hoping it will be Allan`, Daily Record)
    let mut words = name.split(' ');
    let first = words.next().unwrap_or("");
    let last = name.rsplit(' ').next().unwrap_or("");
    let generational = is_in(&["Snr", "Sr", "Sr.", "Jr", "Jr.", "Jnr"], last);
    word_in(last) || words.next().is_some() && !generational && word_in(first)
}
