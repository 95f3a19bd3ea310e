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

use rustc_hash::FxHashMap;
use serde::Serialize;
use std::collections::hash_map::Entry;

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

/// Extraction holds some 40 bytes of working memory per byte of text it reads at once, so
/// a text longer than this (a whole archive exported as one file, not a news story) is read
/// a segment at a time: memory stays bounded, and each segment's names are merged.
pub const SEGMENT_BYTES: usize = 1 << 20;

impl Extracted {
    /// Runs the whole extraction on `text`.
    pub fn from_text(extractor: &EntityExtractor, text: &str) -> Extracted {
        if text.len() <= SEGMENT_BYTES {
            return Self::from_segment(extractor, text);
        }
        let mut out = Extracted::default();
        let mut known = FxHashMap::default();
        let mut start = 0;
        while start < text.len() {
            let end = segment_end(text, start, SEGMENT_BYTES);
            let part = Self::from_segment(extractor, &text[start..end]);
            out.merge(part, start, &mut known);
            start = end;
        }
        out.join_surnames();
        out
    }

    fn from_segment(extractor: &EntityExtractor, text: &str) -> Extracted {
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

    /// Adds what the segment at byte `offset` of the text named: a name an earlier segment
    /// named (`known`: kind and name -> index in its list) gains the mentions.
    fn merge(
        &mut self,
        part: Extracted,
        offset: usize,
        known: &mut FxHashMap<(EntityKind, String), usize>,
    ) {
        let all = part.people.into_iter().chain(part.places).chain(part.orgs);
        for mut entity in all {
            for m in &mut entity.mentions {
                m.start += offset;
                m.end += offset;
            }
            let list = match entity.kind {
                EntityKind::Person => &mut self.people,
                EntityKind::Place => &mut self.places,
                EntityKind::Org => &mut self.orgs,
            };
            match known.entry((entity.kind, entity.name.clone())) {
                Entry::Occupied(at) => {
                    let seen = &mut list[*at.get()];
                    seen.mentions.extend(entity.mentions);
                    seen.gender = seen.gender.or(entity.gender);
                }
                Entry::Vacant(slot) => {
                    slot.insert(list.len());
                    list.push(entity);
                }
            }
        }
        self.quotes.extend(part.quotes.into_iter().map(|mut q| {
            q.start += offset;
            q.end += offset;
            if let Some(m) = &mut q.speaker_mention {
                m.start += offset;
                m.end += offset;
            }
            q
        }));
    }

    /// A segment can start mid-story, with a person's bare surname ("Biden") while the
    /// segment before named them in full: the surname joins the person named in full whose
    /// mention comes nearest before it (else the first named), and so do the quotes that
    /// surname speaks.
    fn join_surnames(&mut self) {
        let mut full: FxHashMap<&str, Vec<usize>> = FxHashMap::default();
        for (i, e) in self.people.iter().enumerate() {
            if let Some((_, surname)) = e.name.rsplit_once(' ') {
                full.entry(surname).or_default().push(i);
            }
        }
        let last_before = |person: usize, pos: usize| {
            let ms = &self.people[person].mentions;
            let k = ms.partition_point(|m| m.start < pos);
            k.checked_sub(1).map(|k| ms[k].start)
        };
        let mut joins: Vec<(usize, usize)> = Vec::new(); // (bare surname, full name)
        for (i, e) in self.people.iter().enumerate() {
            let (Some(first), Some(cands)) = (e.mentions.first(), full.get(e.name.as_str())) else {
                continue;
            };
            let nearest = cands
                .iter()
                .filter_map(|&c| Some((last_before(c, first.start)?, c)))
                .max()
                .map(|(_, c)| c);
            if let Some(to) = nearest.or_else(|| cands.first().copied()) {
                joins.push((i, to));
            }
        }
        let mut speakers: FxHashMap<String, String> = FxHashMap::default();
        for (bare, to) in joins {
            let moved = std::mem::take(&mut self.people[bare].mentions);
            speakers.insert(self.people[bare].name.clone(), self.people[to].name.clone());
            let person = &mut self.people[to];
            person.mentions.extend(moved);
            person.mentions.sort_by_key(|m| m.start);
        }
        self.people.retain(|e| !e.mentions.is_empty());
        for q in &mut self.quotes {
            if let Some(name) = q.speaker.as_ref().and_then(|s| speakers.get(s)) {
                q.speaker = Some(name.clone());
            }
        }
    }
}

/// Where the segment of at most `max` bytes starting at `start` ends: after a blank line,
/// else a line, else a sentence, else a space, in its second half; a char boundary at worst.
fn segment_end(text: &str, start: usize, max: usize) -> usize {
    if text.len() - start <= max {
        return text.len();
    }
    let end = text.floor_char_boundary(start + max);
    let half = start + max / 2;
    let window = &text.as_bytes()[half..end];
    let blank_line = memchr::memmem::rfind(window, b"\n\n")
        .map(|p| p + 2)
        .max(memchr::memmem::rfind(window, b"\n\r\n").map(|p| p + 3));
    let cut = blank_line
        .or_else(|| memchr::memrchr(b'\n', window).map(|p| p + 1))
        .or_else(|| memchr::memmem::rfind(window, b". ").map(|p| p + 2))
        .or_else(|| memchr::memrchr(b' ', window).map(|p| p + 1));
    cut.map_or(end, |p| half + p)
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

    const SEED: &str = include_str!("../../sample_corpus/cnn/2024-03-18-biden-netanyahu-call.txt");

    /// A text of many segments (the seed story over and over) gives what each story gives,
    /// at the right offsets, with each name once.
    #[test]
    fn long_text_is_read_a_segment_at_a_time() {
        let ex = EntityExtractor::embedded().expect("embedded model loads");
        let one = Extracted::from_text(ex, SEED);
        let story = format!("{}\n\n", SEED.trim_end());
        let copies = 3 * SEGMENT_BYTES / story.len() + 1;
        let text = story.repeat(copies);
        assert!(text.len() > 3 * SEGMENT_BYTES);
        let all = Extracted::from_text(ex, &text);

        let names = |x: &Extracted| {
            let mut v: Vec<String> = x.people.iter().map(|e| e.name.clone()).collect();
            v.sort();
            v
        };
        assert_eq!(
            names(&all),
            names(&one),
            "each person once, as in one story"
        );
        let biden = |x: &Extracted| {
            x.people
                .iter()
                .find(|e| e.name == "Joe Biden")
                .map_or(0, |e| e.mentions.len())
        };
        assert!(biden(&all) >= biden(&one) * copies * 99 / 100);
        for e in all.people.iter().chain(&all.places).chain(&all.orgs) {
            assert!(e.mentions.windows(2).all(|w| w[0].end <= w[1].start));
            for m in &e.mentions {
                let said = &text[m.start..m.end];
                assert!(!said.is_empty() && !said.contains('\n'), "{said:?}");
            }
        }
        assert!(all.quotes.len() >= one.quotes.len() * copies * 99 / 100);
        for q in &all.quotes {
            let m = q.speaker_mention.as_ref().map(|m| &text[m.start..m.end]);
            assert_eq!(m, q.speaker_mention.as_ref().map(|m| m.text.as_str()));
            assert!(text[q.start..q.end].contains(q.text.split_whitespace().next().unwrap_or("")));
        }
        let sullivan = |x: &Extracted| {
            x.quotes
                .iter()
                .filter(|q| q.speaker.as_deref() == Some("Jake Sullivan"))
                .count()
        };
        assert!(sullivan(&one) > 0);
        let speakers = |x: &Extracted| {
            let mut v: Vec<String> = x.quotes.iter().filter_map(|q| q.speaker.clone()).collect();
            v.sort();
            v.dedup();
            v
        };
        assert_eq!(speakers(&all), speakers(&one));
        assert!(sullivan(&all) >= sullivan(&one) * copies * 99 / 100);
    }

    /// A segment that names a person by surname only joins the person a later segment
    /// names in full; the quotes follow.
    #[test]
    fn a_bare_surname_joins_the_full_name_across_segments() {
        let ex = EntityExtractor::embedded().expect("embedded model loads");
        let story = format!("{}\n\n", SEED.trim_end());
        let bare = story.replace("Joe Biden", "Biden");
        let copies = SEGMENT_BYTES / story.len() + 1;
        let text = format!("{}{}", bare.repeat(copies), story.repeat(2));
        let all = Extracted::from_text(ex, &text);
        let people: Vec<&str> = all.people.iter().map(|e| e.name.as_str()).collect();
        assert!(people.contains(&"Joe Biden"), "{people:?}");
        assert!(!people.contains(&"Biden"), "{people:?}");
        let biden = all
            .people
            .iter()
            .find(|e| e.name == "Joe Biden")
            .expect("Biden");
        assert!(biden
            .mentions
            .first()
            .is_some_and(|m| m.start < SEGMENT_BYTES));
        assert!(biden.mentions.windows(2).all(|w| w[0].start < w[1].start));
        assert!(all
            .quotes
            .iter()
            .all(|q| q.speaker.as_deref() != Some("Biden")));
    }

    /// Segments end after a blank line, else a line, a sentence, a space, a char.
    #[test]
    fn segments_end_at_the_largest_break() {
        fn cut(text: &str) -> &str {
            &text[..segment_end(text, 0, 20)]
        }
        assert_eq!(
            cut("one line\n\nnext par\nand more text"),
            "one line\n\nnext par\n"
        );
        assert_eq!(
            cut("a long first line\nsecond line here"),
            "a long first line\n"
        );
        assert_eq!(cut("crlf text\r\n\r\nnext\r\nmore"), "crlf text\r\n\r\n");
        assert_eq!(cut("A sentence. Another one here"), "A sentence. ");
        assert_eq!(cut("words and words and words"), "words and words and ");
        assert_eq!(cut("ééééééééééééééééééééé"), "éééééééééé");
        assert_eq!(cut("short"), "short");
        let text = "word ".repeat(100);
        let mut start = 0;
        while start < text.len() {
            let end = segment_end(&text, start, 20);
            assert!(end > start && end - start <= 20);
            start = end;
        }
    }
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
