//! What newsdex reads out of an article's text at index time: people, places, organisations
//! and direct quotes with their speakers.
//!
//! This is the hot path (it sees every token of every article), so each stage works in one
//! pass over borrowed text and skips cheaply what cannot be part of a name.
//!
//! Entities: [`tokenize`] (byte-offset tokens + sentences) -> [`features`] (hashed feature
//! ids, no allocation per token) -> [`tagger`] (two-pass structured perceptron, BILOU tags,
//! Viterbi) -> [`entities`] (per-article canonicalisation into people / places / orgs).
//! Quotes: [`quotes`] finds quotation marks with memchr and attributes each quote to a
//! speaker, using the article's people. [`train`], [`eval`] and [`eval_quotes`] are the
//! reproducible training and scoring behind `newsdex dev`.

pub mod clusters;
pub mod conll;
pub mod entities;
pub mod eval;
pub mod eval_quotes;
pub mod features;
pub mod gazetteer;
pub mod quotes;
pub mod tagger;
pub mod tokenize;
pub mod train;

use serde::Serialize;

pub use entities::{Entity, EntityExtractor, EntityKind, Gender, Span};
pub use quotes::{Quote, SpeakerMention};

/// Everything extracted from one article, with byte offsets into its text.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Extracted {
    pub people: Vec<Entity>,
    pub places: Vec<Entity>,
    pub orgs: Vec<Entity>,
    pub quotes: Vec<Quote>,
}

impl Extracted {
    /// Runs the whole extraction on `text`.
    pub fn from_text(extractor: &EntityExtractor, text: &str) -> Extracted {
        let entities = extractor.extract(text);
        let quotes = quotes::extract_quotes(text, &entities);
        let mut out = Extracted {
            quotes,
            ..Extracted::default()
        };
        for entity in entities {
            match entity.kind {
                EntityKind::Person => out.people.push(entity),
                EntityKind::Place => out.places.push(entity),
                EntityKind::Org => out.orgs.push(entity),
            }
        }
        out
    }
}

/// Number of tagger classes: O plus B/I/L/U for PER, LOC, ORG, MISC.
pub const NC: usize = 17;
/// Entity types known to the tagger, in class order.
pub const TYPES: [&str; 4] = ["PER", "LOC", "ORG", "MISC"];

/// Class id of a BILOU tag: `pos` 0=B 1=I 2=L 3=U, `ty` index into [`TYPES`].
#[inline]
pub const fn tag_id(pos: u8, ty: u8) -> u8 {
    1 + ty * 4 + pos
}
/// Entity type index of a non-O class.
#[inline]
pub const fn tag_type(t: u8) -> u8 {
    (t - 1) / 4
}
/// BILOU position of a non-O class (0=B 1=I 2=L 3=U).
#[inline]
pub const fn tag_pos(t: u8) -> u8 {
    (t - 1) % 4
}
/// True when, after `prev`, a new entity may start (O, L-x, U-x or sentence start).
#[inline]
pub const fn is_outside_state(prev: u8) -> bool {
    prev == 0 || tag_pos(prev) >= 2
}
/// BILOU transition constraint used in greedy decoding.
#[inline]
pub fn allowed(prev: u8, next: u8) -> bool {
    if is_outside_state(prev) {
        next == 0 || tag_pos(next) == 0 || tag_pos(next) == 3
    } else {
        next != 0 && tag_type(next) == tag_type(prev) && (tag_pos(next) == 1 || tag_pos(next) == 2)
    }
}

/// Human-readable tag name (for debugging output).
pub fn tag_name(t: u8) -> String {
    if t == 0 {
        "O".to_string()
    } else {
        format!(
            "{}-{}",
            ["B", "I", "L", "U"][tag_pos(t) as usize],
            TYPES[tag_type(t) as usize]
        )
    }
}

/// An entity span in token indices `[start, end)` with type index.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TokSpan {
    pub start: usize,
    pub end: usize,
    pub ty: u8,
}

/// Decode BILOU tags into spans, tolerating ill-formed sequences (a B without L is closed
/// where its run of same-type I/L ends).
pub fn tags_to_spans(tags: &[u8], out: &mut Vec<TokSpan>) {
    out.clear();
    let mut i = 0;
    while i < tags.len() {
        let t = tags[i];
        if t == 0 {
            i += 1;
            continue;
        }
        let ty = tag_type(t);
        let pos = tag_pos(t);
        if pos == 3 || pos == 2 {
            out.push(TokSpan {
                start: i,
                end: i + 1,
                ty,
            });
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < tags.len()
            && tags[j] != 0
            && tag_type(tags[j]) == ty
            && (tag_pos(tags[j]) == 1 || tag_pos(tags[j]) == 2)
        {
            j += 1;
            if tag_pos(tags[j - 1]) == 2 {
                break;
            }
        }
        out.push(TokSpan {
            start: i,
            end: j,
            ty,
        });
        i = j;
    }
}

/// 64-bit mixing (murmur3 finaliser): spreads combined feature hashes over the table.
#[inline]
pub fn fmix(mut h: u64) -> u64 {
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^= h >> 33;
    h
}

/// Combine two hashes order-sensitively (used for template-id + value and for bigrams).
#[inline]
pub fn mix(a: u64, b: u64) -> u64 {
    fmix(a.rotate_left(23) ^ b.wrapping_mul(0x9E37_79B9_7F4A_7C15))
}

/// Hash bytes (xxh3 is fast for the short inputs we have).
#[inline]
pub fn hash_bytes(b: &[u8]) -> u64 {
    xxhash_rust::xxh3::xxh3_64(b)
}

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
            buf[n] = c.to_ascii_lowercase() as u8;
            n += 1;
            continue;
        }
        let c = match c {
            '’' | '‘' => '\'',
            '“' | '”' => '"',
            _ => c,
        };
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

/// A hasher for keys that already are good 64-bit hashes.
#[derive(Default, Clone, Copy)]
pub struct IdHasher(u64);
impl std::hash::Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) | b as u64;
        }
    }
    fn write_u64(&mut self, i: u64) {
        self.0 = i;
    }
}
/// HashMap keyed by pre-hashed u64.
pub type IdMap<V> = std::collections::HashMap<u64, V, std::hash::BuildHasherDefault<IdHasher>>;

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn fold() {
        assert_eq!(fold_string("Zürich"), "zurich");
        assert_eq!(fold_string("Biden’s"), "biden's");
        assert_eq!(folded_hash("RAFAH"), folded_hash("Rafah"));
    }
    #[test]
    fn spans() {
        let b = tag_id(0, 0);
        let l = tag_id(2, 0);
        let u = tag_id(3, 1);
        let mut out = Vec::new();
        tags_to_spans(&[0, b, l, u, 0, b], &mut out);
        assert_eq!(
            out,
            vec![
                TokSpan {
                    start: 1,
                    end: 3,
                    ty: 0
                },
                TokSpan {
                    start: 3,
                    end: 4,
                    ty: 1
                },
                TokSpan {
                    start: 5,
                    end: 6,
                    ty: 0
                }
            ]
        );
    }
}
