//! What newsdex reads out of an article's text at index time: people, places, organisations
//! and direct quotes with their speakers. `&str` in, [`Extracted`] out.
//!
//! This is the hot path (it sees every token of every article), so each stage works in one
//! pass over borrowed text and skips cheaply what cannot be part of a name.
//!
//! - `ner`: people, places and organisations. Tokens with byte offsets and sentences, hashed
//!   features (no allocation per token), a two-pass structured perceptron over BILOU tags
//!   decoded with Viterbi, then per-article canonicalisation ("Biden", "Mr. Biden" -> Joe
//!   Biden; "U.S." -> United States).
//! - `quotes`: quotation marks found with memchr, paired into quotes, each attributed to a
//!   speaker from the article's people and organisations.
//! - `lexicon`: every word list both use, in one place.
//!
//! The model and word lists ship inside the crate (`data/`, see its README and model card);
//! training and evaluation live in the `newsdex-lab` crate, which reaches the tagger's
//! internals through the `training` feature.
#![warn(missing_docs)]

mod aliases;
mod entity;
mod fold;
mod generic;
mod hash;
mod language;
mod lexicon;
mod ner;
mod quotes;
#[cfg(feature = "training")]
#[doc(hidden)]
pub mod training;
mod visible;

use rustc_hash::FxHashMap;
use serde::Serialize;
use std::collections::hash_map::Entry;

pub use aliases::{archive_speaker, canonical_alias, is_bare_first_name};
pub use entity::{Entity, EntityKind, Gender, Span};
pub use fold::fold_string;
pub use generic::{is_competition, is_generic_org, is_known_org, names_no_one};
pub use language::{detect as detect_language, language_code, Language};
pub use ner::groups::org_key;
pub use ner::EntityExtractor;
pub use quotes::{Quote, SpeakerKind, SpeakerMention};

/// Everything extracted from one article, with byte offsets into its text.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Extracted {
    /// People, in order of first mention.
    pub people: Vec<Entity>,
    /// Places, in order of first mention.
    pub places: Vec<Entity>,
    /// Organisations, in order of first mention.
    pub orgs: Vec<Entity>,
    /// Direct quotes in text order.
    pub quotes: Vec<Quote>,
    /// The language of the text, when there is enough of it to tell. Only text read as
    /// English has people, places, organisations and quotes.
    pub language: Option<Language>,
}

/// Extraction holds some 40 bytes of working memory per byte of text it reads at once, so
/// a text longer than this (a whole archive exported as one file, not a news story) is read
/// a segment at a time: memory stays bounded, and each segment's names are merged.
pub const SEGMENT_BYTES: usize = 1 << 20;

impl Extracted {
    /// Runs the whole extraction on `text`.
    pub fn from_text(extractor: &EntityExtractor, text: &str) -> Extracted {
        let language = language::detect(text);
        if language.is_some_and(|l| !l.reads_as_english()) {
            return Extracted {
                language,
                ..Extracted::default()
            };
        }
        let mut out = Self::from_english(extractor, text);
        out.language = language;
        out
    }

    /// The ISO 639-3 code of the text's language when the detector is sure of it: a wire
    /// table ("Shr 13 cts vs 12 cts") or a short note has none, rather than a guess.
    pub fn lang(&self) -> Option<&'static str> {
        self.language.filter(|l| l.reliable).map(|l| l.code)
    }

    /// [`Extracted::from_text`] on text read as English.
    fn from_english(extractor: &EntityExtractor, text: &str) -> Extracted {
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
        let fixed = visible::possessive_apostrophes(text);
        let text = fixed.as_deref().unwrap_or(text);
        match visible::Visible::of(text) {
            Some(visible) => {
                let mut out = Self::from_visible(extractor, &visible.text);
                out.map_offsets(&visible);
                out
            }
            None => Self::from_visible(extractor, text),
        }
    }

    /// Offsets into a [`visible::Visible`] text made offsets into its original.
    fn map_offsets(&mut self, visible: &visible::Visible) {
        let all = self
            .people
            .iter_mut()
            .chain(&mut self.places)
            .chain(&mut self.orgs);
        for m in all.flat_map(|e| &mut e.mentions) {
            (m.start, m.end) = (visible.start(m.start), visible.end(m.end));
        }
        for q in &mut self.quotes {
            (q.start, q.end) = (visible.start(q.start), visible.end(q.end));
            if let Some(m) = &mut q.speaker_mention {
                (m.start, m.end) = (visible.start(m.start), visible.end(m.end));
            }
        }
    }

    /// Extraction on a text without invisible characters.
    fn from_visible(extractor: &EntityExtractor, text: &str) -> Extracted {
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

#[cfg(test)]
mod tests {
    use super::*;

    const SEED: &str =
        include_str!("../../../sample_corpus/cnn/2024-03-18-biden-netanyahu-call.txt");

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
}
