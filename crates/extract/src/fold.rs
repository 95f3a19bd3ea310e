//! Folding words for lookups: lower case, no diacritics, curly quotes straight, so that
//! gazetteer keys match real-news spellings ("Zürich" = "zurich", "Biden’s" = "biden's").

use crate::hash::{hash_bytes, mix};

/// Lower-case and fold diacritics of `s` into `buf` (no allocation); returns the byte length
/// written (truncated at the buffer size). "Zürich" and "zurich" fold to the same bytes, and
/// the curly apostrophe folds to the straight one, so gazetteer keys match real-news spellings.
pub fn fold_into(s: &str, buf: &mut [u8]) -> usize {
    let mut n = 0;
    let cap = buf.len();
    for c in s.chars() {
        if c.is_ascii() {
            if n >= cap {
                break;
            }
            // a name wrapped over two lines, or set with two spaces (`White  House`,
            // Reuters), is the name on one line with one (one comparison on the hot path:
            // a token holds no space)
            if c <= ' ' && c.is_ascii_whitespace() {
                if n == 0 || buf[n - 1] != b' ' {
                    buf[n] = b' ';
                    n += 1;
                }
                continue;
            }
            buf[n] = c.to_ascii_lowercase() as u8;
            n += 1;
            continue;
        }
        if is_invisible(c) {
            continue;
        }
        let c = match c {
            '’' | '‘' => '\'',
            '“' | '”' => '"',
            // `Jake\u{a0}Sullivan` is Jake Sullivan
            _ if c.is_whitespace() => ' ',
            _ => c,
        };
        if c == ' ' && n > 0 && buf[n - 1] == b' ' {
            continue;
        }
        if c.is_ascii() {
            if n < cap {
                buf[n] = c as u8;
                n += 1;
            }
            continue;
        }
        let mut push = |d: char| {
            if unicode_normalization::char::is_combining_mark(d) {
                return;
            }
            for l in d.to_lowercase() {
                let mut tmp = [0u8; 4];
                let e = l.encode_utf8(&mut tmp).as_bytes();
                if n + e.len() <= cap {
                    buf[n..n + e.len()].copy_from_slice(e);
                    n += e.len();
                }
            }
        };
        unicode_normalization::char::decompose_canonical(c, &mut push);
    }
    n
}

/// Characters web pages put inside words that are no part of them: a soft hyphen (a
/// hyphenation hint, `Sul\u{ad}livan`), a zero-width space, the word joiner and a byte-order
/// mark. Folding drops them, so a name written with one is the name without it. (Not the
/// zero-width joiners U+200C and U+200D: Persian and Indic spellings need them.)
pub fn is_invisible(c: char) -> bool {
    matches!(c, '\u{ad}' | '\u{200b}' | '\u{2060}' | '\u{feff}')
}

/// A name as a reader writes it: invisible characters ([`is_invisible`]) dropped, and every
/// run of whitespace (a line break of wrapped copy, a no-break space) or of U+FFFD (what a
/// page's lost no-break spaces and quotation marks became: `Sen.\u{fffd}Roy Blunt`) one
/// space.
pub fn clean_name(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        if is_invisible(c) {
            continue;
        }
        if c.is_whitespace() || c == '\u{fffd}' {
            space = true;
            continue;
        }
        if space && !out.is_empty() {
            out.push(' ');
        }
        space = false;
        out.push(c);
    }
    out
}

/// Folded (lower-case, no diacritics) copy as a String; for gazetteer building and
/// mention keys, not for the per-token hot path.
pub fn fold_string(s: &str) -> String {
    // Folding can grow a string (one lower-case char may be longer); twice the length plus
    // a little always fits. Names fit on the stack, which leaves the result the only
    // allocation (this runs on every mention).
    let size = s.len() * 2 + 8;
    let mut stack = [0u8; 128];
    let mut heap = Vec::new();
    let buf: &mut [u8] = if size <= stack.len() {
        &mut stack
    } else {
        heap.resize(size, 0);
        &mut heap
    };
    let n = fold_into(s, buf);
    String::from_utf8_lossy(&buf[..n]).into_owned()
}

/// Hash of the folded form of a token.
#[inline]
pub fn folded_hash(s: &str) -> u64 {
    let mut buf = [0u8; 64];
    let n = fold_into(s, &mut buf);
    hash_bytes(&buf[..n])
}

/// Phrase hash: chain of folded token hashes, so multi-token gazetteer entries can be matched
/// incrementally token by token.
#[inline]
pub fn phrase_step(acc: u64, tok_hash: u64) -> u64 {
    mix(acc ^ 0x5151_5151, tok_hash)
}
/// Seed of [`phrase_step`] chains.
pub const PHRASE_SEED: u64 = 0x1234_5678_9abc_def1;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold() {
        assert_eq!(fold_string("Zürich"), "zurich");
        assert_eq!(fold_string("Biden’s"), "biden's");
        assert_eq!(folded_hash("RAFAH"), folded_hash("Rafah"));
    }
}
