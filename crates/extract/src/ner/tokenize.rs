//! Tokeniser with byte offsets and sentence splitting.
//!
//! Why this shape: the tagger was trained on CoNLL-2003 tokens, and the blind evaluation feeds
//! CoNLL documents as space-joined text, so on such text every whitespace-separated chunk must
//! come back as exactly one token. On real news the same rules must also peel punctuation,
//! curly quotes and possessives off words ("Biden’s" -> "Biden" + "’s") while keeping
//! abbreviations ("U.S.", "Sen.", "Corp.") whole, because a stray "." changes both the token
//! the model sees and the byte span we report.

use crate::lexicon::TOKENIZER_ABBREVIATIONS;

/// A token as a byte range into the original text (end exclusive).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

/// A sentence as a range of token indices (end exclusive).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SentRange {
    /// First token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
}

/// Longest sentence we hand to the tagger; longer runs (tables, lists without punctuation)
/// are cut so that per-sentence buffers stay bounded.
const MAX_SENT_TOKENS: usize = 256;

fn is_vowel(b: u8) -> bool {
    matches!(
        b,
        b'a' | b'e' | b'i' | b'o' | b'u' | b'y' | b'A' | b'E' | b'I' | b'O' | b'U' | b'Y'
    )
}

/// Does `s` (a chunk ending in '.') keep its final period?
fn keeps_period(s: &str) -> bool {
    let stem = &s[..s.len() - 1];
    if stem.is_empty() {
        return true;
    }
    let b = stem.as_bytes();
    if b.iter().all(|&c| c == b'.') {
        return true; // "..", "..."
    }
    if !b[b.len() - 1].is_ascii_alphanumeric() && b[b.len() - 1] != b'.' && b[b.len() - 1] < 0x80 {
        return false; // "(D-N.Y.)." -> the period ends the sentence after ")"
    }
    if stem.contains('.') {
        return true; // U.S., a.m., N.J.
    }
    if b.iter().all(|c| c.is_ascii_digit()) {
        return b.len() <= 2; // ranking "3." in results tables; years end sentences
    }
    let mut chars = stem.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        return c.is_alphabetic(); // initials "J."
    }
    if !b.iter().all(|c| c.is_ascii_alphabetic()) {
        return false;
    }
    if b.len() <= 5
        && b[0].is_ascii_uppercase()
        && b[1..].iter().any(|c| c.is_ascii_lowercase())
        && !b.iter().any(|&c| is_vowel(c))
    {
        return true; // Mr, Mrs, Dr, Jr, St, Ltd, Messrs-like
    }
    if b.len() > 6 {
        return false;
    }
    let mut buf = [0u8; 8];
    for (d, s) in buf.iter_mut().zip(b) {
        *d = s.to_ascii_lowercase();
    }
    let low = &buf[..b.len()];
    TOKENIZER_ABBREVIATIONS.iter().any(|a| a.as_bytes() == low)
}

fn is_open_punct(c: char) -> bool {
    matches!(c, '"' | '“' | '‘' | '«' | '(' | '[' | '{' | '„' | '‹')
}

fn is_close_punct(c: char) -> bool {
    matches!(
        c,
        '"' | '”' | '’' | '»' | ')' | ']' | '}' | ',' | ';' | ':' | '!' | '?' | '…' | '›'
    )
}

fn is_dash(c: char) -> bool {
    matches!(c, '—' | '–' | '―')
}

fn is_apos(c: char) -> bool {
    c == '\'' || c == '’'
}

/// Clitics CoNLL writes as separate tokens.
fn clitic_len(s: &str) -> usize {
    // returns byte length of a trailing clitic ('s, ’s, n't, 're, 've, 'll, 'd, 'm) or 0
    let low_end = |suffix: &str| -> bool {
        s.len() > suffix.len()
            && s.is_char_boundary(s.len() - suffix.len())
            && s[s.len() - suffix.len()..].eq_ignore_ascii_case(suffix)
    };
    for suf in ["n't", "n’t"] {
        if low_end(suf) {
            return suf.len();
        }
    }
    // `Kelce‘s`: a left quote typed for the apostrophe (news-quotes RollingStone).
    for suf in [
        "'s", "’s", "‘s", "'re", "’re", "'ve", "’ve", "'ll", "’ll", "'d", "’d", "'m", "’m",
    ] {
        if low_end(suf) {
            return suf.len();
        }
    }
    0
}

/// Split one whitespace-free chunk `text[a..b]` into tokens.
fn split_chunk(text: &str, mut a: usize, mut b: usize, out: &mut Vec<Token>) {
    // most chunks are plain ASCII words or numbers: no punctuation, apostrophe, period or
    // dash to peel, so they are one token (the rules below would return exactly that)
    if text.as_bytes()[a..b]
        .iter()
        .all(|c| c.is_ascii_alphanumeric())
    {
        out.push(Token { start: a, end: b });
        return;
    }
    // leading opening punctuation and dashes
    while a < b {
        let Some(c) = text[a..b].chars().next() else {
            break;
        };
        let rest = &text[a..b];
        if (is_open_punct(c) || is_dash(c) || (is_apos(c) && !is_clitic_chunk(rest)))
            && rest.len() > c.len_utf8()
        {
            out.push(Token {
                start: a,
                end: a + c.len_utf8(),
            });
            a += c.len_utf8();
        } else {
            break;
        }
    }
    // trailing closing punctuation, collected in reverse
    let mut tail: [Token; 8] = [Token { start: 0, end: 0 }; 8];
    let mut nt = 0;
    while a < b && nt < tail.len() {
        let rest = &text[a..b];
        let Some(c) = rest.chars().next_back() else {
            break;
        };
        let cl = c.len_utf8();
        if rest.len() == cl {
            break;
        }
        // Closers, dashes, a lone apostrophe and a sentence period peel off; a final
        // apostrophe-s clitic and the period of an abbreviation stay.
        let peel = if is_close_punct(c) || is_dash(c) {
            !(c == '’' && is_clitic_chunk(rest))
        } else if c == '\'' {
            !is_clitic_chunk(rest)
        } else {
            c == '.' && !keeps_period(rest)
        };
        if peel {
            tail[nt] = Token {
                start: b - cl,
                end: b,
            };
            nt += 1;
            b -= cl;
            continue;
        }
        break;
    }
    if a < b {
        let rest = &text[a..b];
        let has_apos = memchr::memchr2(b'\'', 0xE2, rest.as_bytes()).is_some();
        let cl = if !has_apos || is_clitic_chunk(rest) {
            0
        } else {
            clitic_len(rest)
        };
        let mid = b - cl;
        split_inner_dashes(text, a, mid, out);
        if cl > 0 {
            out.push(Token { start: mid, end: b });
        }
    }
    for t in tail[..nt].iter().rev() {
        out.push(*t);
    }
}

/// A chunk that is itself a clitic ("'s", "n't", "'re").
fn is_clitic_chunk(s: &str) -> bool {
    if s.len() > 5 {
        return false;
    }
    let n = clitic_len(s);
    // clitic_len requires a non-empty stem; the chunk is a clitic when the stem is empty,
    // i.e. the chunk equals one of the clitic spellings.
    if n != 0 {
        return false;
    }
    let lows = [
        "'s", "’s", "‘s", "n't", "n’t", "'re", "’re", "'ve", "’ve", "'ll", "’ll", "'d", "’d", "'m",
        "’m",
    ];
    lows.iter().any(|l| s.eq_ignore_ascii_case(l))
}

/// Em/en dashes glued between words ("Gaza—and") become their own token.
fn split_inner_dashes(text: &str, a: usize, b: usize, out: &mut Vec<Token>) {
    let mut start = a;
    for (i, c) in text[a..b].char_indices() {
        if is_dash(c) {
            let p = a + i;
            if p > start {
                out.push(Token { start, end: p });
            }
            out.push(Token {
                start: p,
                end: p + c.len_utf8(),
            });
            start = p + c.len_utf8();
        }
    }
    if start < b {
        out.push(Token { start, end: b });
    }
}

fn ends_sentence(tok: &str) -> bool {
    matches!(tok, "." | "!" | "?" | "..." | "…")
}

fn starts_upper_or_open(tok: &str) -> bool {
    tok.chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || is_open_punct(c))
}

/// Tokenise `text` into `toks` and `sents` (both cleared first). Lines are hard sentence
/// breaks (CoNLL documents are written one sentence per line, and news paragraphs are lines);
/// inside a line a sentence ends at ". ! ?" (plus trailing closing quotes) before a token
/// that starts with a capital, digit or opening quote.
pub fn tokenize_into(text: &str, toks: &mut Vec<Token>, sents: &mut Vec<SentRange>) {
    toks.clear();
    sents.clear();
    let bytes = text.as_bytes();
    let wrapped = is_hard_wrapped(text);
    let mut line_start = 0;
    while line_start <= bytes.len() {
        let mut line_end =
            memchr::memchr(b'\n', &bytes[line_start..]).map_or(bytes.len(), |p| line_start + p);
        // In hard-wrapped text a line break inside a paragraph is a space: "Finance
        // Minister Edouard Balladur⏎discussed" is one sentence, "Gholamreza⏎Aqazadeh" one
        // name.
        while wrapped && soft_break(text, line_start, line_end) {
            line_end = memchr::memchr(b'\n', &bytes[line_end + 1..])
                .map_or(bytes.len(), |p| line_end + 1 + p);
        }
        let first_tok = toks.len();
        // whitespace chunks
        let line = &text[line_start..line_end];
        let mut chunk_start: Option<usize> = None;
        let lb = line.as_bytes();
        let mut i = 0;
        while i < lb.len() {
            // ASCII bytes are classified directly; only non-ASCII chars are decoded
            let (ws, w) = if lb[i] < 0x80 {
                (
                    matches!(lb[i], b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r'),
                    1,
                )
            } else {
                match line[i..].chars().next() {
                    // the U+FFFD a page's lost no-break space became is a space (`Sen.\u{fffd}Roy
                    // Blunt`); invisible marks never reach here (`visible.rs` removes them)
                    Some(c) => (c.is_whitespace() || c == '\u{fffd}', c.len_utf8()),
                    None => break,
                }
            };
            // angle brackets are tokens of their own wherever they are: newswire marks
            // companies and tickers with them ("<Inland Steel Corp>", "<PIOS.O>2ND QTR")
            let bracket = matches!(lb[i], b'<' | b'>');
            if ws || bracket {
                if let Some(s) = chunk_start.take() {
                    split_chunk(text, line_start + s, line_start + i, toks);
                }
                if bracket {
                    let at = line_start + i;
                    toks.push(Token {
                        start: at,
                        end: at + 1,
                    });
                }
            } else if chunk_start.is_none() {
                chunk_start = Some(i);
            }
            i += w;
        }
        if let Some(s) = chunk_start {
            split_chunk(text, line_start + s, line_end, toks);
        }
        // sentence split inside the line
        let mut s = first_tok;
        let mut i = first_tok;
        while i < toks.len() {
            let t = &text[toks[i].start..toks[i].end];
            let mut cut = None;
            if ends_sentence(t) {
                let mut j = i + 1;
                while j < toks.len() {
                    let u = &text[toks[j].start..toks[j].end];
                    // a straight quote glued to the next word opens the next sentence
                    let opens = matches!(u, "\"" | "'")
                        && toks.get(j + 1).is_some_and(|n| n.start == toks[j].end);
                    if matches!(u, "\"" | "”" | "’" | ")" | "'") && !opens {
                        j += 1;
                    } else {
                        break;
                    }
                }
                if j < toks.len() && starts_upper_or_open(&text[toks[j].start..toks[j].end]) {
                    cut = Some(j);
                }
            }
            if cut.is_none() && i + 1 - s >= MAX_SENT_TOKENS {
                cut = Some(i + 1);
            }
            if let Some(j) = cut {
                sents.push(SentRange { start: s, end: j });
                s = j;
                i = j;
            } else {
                i += 1;
            }
        }
        if s < toks.len() {
            sents.push(SentRange {
                start: s,
                end: toks.len(),
            });
        }
        line_start = line_end + 1;
    }
}

/// Lines of hard-wrapped text are at most this long (bytes); newswire wraps at 60-80.
const WRAP_MAX: usize = 90;
/// ... and a line broken at the margin at least this long: shorter ones end their
/// paragraph (a headline, a table row, a list item).
const WRAP_MIN: usize = 40;

/// Is `text` hard-wrapped (each paragraph broken into lines at a margin, as wire copy
/// is)? Most lines followed by another line of the same paragraph are of margin length,
/// and at least half of them stop mid-sentence.
/// CoNLL's one sentence per line and one-paragraph-per-line news are not.
fn is_hard_wrapped(text: &str) -> bool {
    let (mut followed, mut at_margin, mut mid_sentence) = (0usize, 0usize, 0usize);
    let mut lines = text.split('\n').peekable();
    while let Some(line) = lines.next() {
        let Some(next) = lines.peek() else { break };
        if line.trim().is_empty() || next.trim().is_empty() {
            continue;
        }
        followed += 1;
        let line = line.trim_end();
        at_margin += usize::from((WRAP_MIN..=WRAP_MAX).contains(&line.len()));
        mid_sentence += usize::from(!line.ends_with(['.', '!', '?', ':', '"', '”']));
    }
    // (CoNLL documents have lines of margin length too, but they end sentences.)
    followed >= 3 && at_margin * 10 >= followed * 7 && mid_sentence * 2 >= followed
}

/// Is the line break after the line `start..end` a space? The line reaches the margin,
/// and the next line continues the paragraph: not blank, not indented.
fn soft_break(text: &str, start: usize, end: usize) -> bool {
    if end >= text.len() {
        return false;
    }
    let len = text[start..end].trim_end().len();
    let next = &text[end + 1..];
    let next_line = next.split('\n').next().unwrap_or("");
    (WRAP_MIN..=WRAP_MAX).contains(&len)
        && !next_line.trim().is_empty()
        && !next_line.starts_with([' ', '\t'])
}

/// Convenience wrapper returning fresh vectors.
pub fn tokenize(text: &str) -> (Vec<Token>, Vec<SentRange>) {
    let mut t = Vec::new();
    let mut s = Vec::new();
    tokenize_into(text, &mut t, &mut s);
    (t, s)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(s: &str) -> Vec<&str> {
        let (t, _) = tokenize(s);
        t.iter().map(|t| &s[t.start..t.end]).collect()
    }

    #[test]
    fn conll_chunks_stay_whole() {
        for w in [
            "U.S.",
            "Corp.",
            "3.",
            "'s",
            "n't",
            "...",
            "1996-08-22",
            "St.",
            "Calif.",
            "J.",
            "a.m.",
            "1,000",
            "--",
        ] {
            assert_eq!(toks(w), vec![w], "{w}");
        }
        assert_eq!(toks("He said . Then"), vec!["He", "said", ".", "Then"]);
    }

    #[test]
    fn news_punctuation() {
        assert_eq!(toks("Biden’s adviser"), vec!["Biden", "’s", "adviser"]);
        assert_eq!(toks("Biden's"), vec!["Biden", "'s"]);
        assert_eq!(
            toks("“deep concerns” over"),
            vec!["“", "deep", "concerns", "”", "over"]
        );
        assert_eq!(toks("said Biden."), vec!["said", "Biden", "."]);
        assert_eq!(
            toks("Sen. Schumer, Mr. Biden"),
            vec!["Sen.", "Schumer", ",", "Mr.", "Biden"]
        );
        assert_eq!(toks("Israel – while"), vec!["Israel", "–", "while"]);
        assert_eq!(toks("Gaza—and"), vec!["Gaza", "—", "and"]);
        assert_eq!(
            toks("WASHINGTON (Reuters) -"),
            vec!["WASHINGTON", "(", "Reuters", ")", "-"]
        );
        assert_eq!(toks("don't"), vec!["do", "n't"]);
        assert_eq!(toks("(CNN)"), vec!["(", "CNN", ")"]);
        assert_eq!(toks("the U.S."), vec!["the", "U.S."]);
        assert_eq!(toks("in 1996."), vec!["in", "1996", "."]);
    }

    #[test]
    fn edge_cases() {
        assert_eq!(toks("(D-N.Y.)."), vec!["(", "D-N.Y.", ")", "."]);
        assert_eq!(
            toks("St. Louis on Jan. 5 at 10 a.m."),
            vec!["St.", "Louis", "on", "Jan.", "5", "at", "10", "a.m."]
        );
        assert_eq!(toks("O'Brien’s"), vec!["O'Brien", "’s"]);
        assert_eq!(toks("U.S.-led"), vec!["U.S.-led"]);
        assert_eq!(toks("Mr Biden's"), vec!["Mr", "Biden", "'s"]);
        let s = "were different. \"It's over,\" said Sen. Chuck Schumer.";
        let (t, ss) = tokenize(s);
        assert_eq!(ss.len(), 2);
        assert_eq!(&s[t[ss[1].start].start..t[ss[1].start].end], "\"");
    }

    #[test]
    fn sentences() {
        let s = "Biden spoke. Netanyahu agreed.\nSecond line";
        let (t, ss) = tokenize(s);
        assert_eq!(ss.len(), 3);
        assert_eq!(&s[t[ss[1].start].start..t[ss[1].start].end], "Netanyahu");
        // abbreviation does not split
        let (_, ss) = tokenize("Mr. Biden spoke.");
        assert_eq!(ss.len(), 1);
    }
}
