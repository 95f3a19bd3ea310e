//! Surnames and full names: the people of an article by surname, how many share one, and
//! the full name the text gives a bare one (`Wilson` -> `Tony Wilson`; after a title, family
//! name first: `Rha` -> `Rha Woong Bae`); kept apart from [`super::resolution`], which maps
//! each mention to its speaker.

use super::resolution::{strip_name, Resolver, EXPANSION_RADIUS};
use super::words::{is_in, lower, not_a_name};
use crate::entity::EntityKind;
use crate::lexicon::{is_demonym, is_quote_title, MONTHDAYS, PARTY_WORDS};
use rustc_hash::FxHashMap;

/// Most given names after a family name written first (`Rha Woong Bae`: two).
const FAMILY_FIRST_GIVEN: usize = 2;

impl<'a> Resolver<'a> {
    /// One-word people the text names in full after a title, family name first (`Trade
    /// Minister Rha Woong Bae said`, which the tagger missed, then `Rha said`, Reuters):
    /// their full name, in the speaker events and for [`Self::canonical_gender`].
    pub(super) fn name_family_first(&mut self) {
        for e in self.entities {
            let Some(first) = e.mentions.first() else {
                continue;
            };
            if e.kind != EntityKind::Person || e.name.contains(' ') {
                continue;
            }
            let opening = format!("{} ", e.name);
            if let Some(full) = self
                .expand_from_text(&e.name, first.start)
                .filter(|full| full.starts_with(&opening))
            {
                self.family_first.insert(e.name.clone(), full);
            }
        }
        if self.family_first.is_empty() {
            return;
        }
        for ev in self.events.values_mut() {
            if let Some(full) = self.family_first.get(&ev.name) {
                ev.name = full.clone();
            }
        }
    }

    /// People by the last word of their name, built on first use.
    pub(super) fn people_by_surname(&mut self) -> &FxHashMap<&'a str, Vec<usize>> {
        let entities = self.entities;
        self.by_surname.get_or_insert_with(|| {
            let mut map: FxHashMap<&str, Vec<usize>> = FxHashMap::default();
            for (i, e) in entities.iter().enumerate() {
                if e.kind == EntityKind::Person {
                    let last = crate::ner::groups::surname_first(&e.name)
                        .unwrap_or_else(|| e.name.split_whitespace().next_back().unwrap_or(""));
                    map.entry(last).or_default().push(i);
                }
            }
            map
        })
    }

    /// How many people named in full share the surname `surname`.
    pub(super) fn namesakes(&mut self, surname: &str) -> usize {
        let entities = self.entities;
        self.people_by_surname().get(surname).map_or(0, |v| {
            v.iter()
                .filter(|&&i| entities[i].name.contains(' '))
                .count()
        })
    }

    /// The full name the article gives a bare surname (`Wilson` -> `Tony Wilson`), read
    /// from the text within [`EXPANSION_RADIUS`] of the mention at `pos`: all of a news
    /// article, without a scan of a whole book-length file for each surname.
    pub(super) fn expand_from_text(&self, surname: &str, pos: usize) -> Option<String> {
        let bytes = self.text.as_bytes();
        let finder = memchr::memmem::Finder::new(surname.as_bytes());
        let lo = self
            .text
            .floor_char_boundary(pos.saturating_sub(EXPANSION_RADIUS));
        let hi = self
            .text
            .floor_char_boundary(pos.saturating_add(EXPANSION_RADIUS));
        let mut counts: Vec<(String, usize)> = Vec::new();
        let mut family_first: Vec<(String, usize)> = Vec::new();
        // A short first line is a headline: title case there says nothing about names.
        let headline_end = memchr::memchr(b'\n', bytes)
            .filter(|&n| n < 150)
            .unwrap_or(0);
        for p in finder.find_iter(&bytes[lo..hi]).map(|p| lo + p) {
            if p < headline_end {
                continue;
            }
            // Whole word only.
            let end = p + surname.len();
            if self.text[end..]
                .chars()
                .next()
                .is_some_and(|c| c.is_alphanumeric())
            {
                continue;
            }
            let before = &self.text[..p];
            let Some(before) = before.strip_suffix(' ') else {
                continue;
            };
            // `Trade Minister Rha Woong Bae said` … `Rha said` (Reuters): after a title, a
            // family name written first and the given names after it.
            let titled = before
                .rsplit([' ', '\n'])
                .next()
                .is_some_and(|w| is_quote_title(&lower(w)));
            if titled {
                let given: Vec<&str> = self.text[end..]
                    .split(' ')
                    .skip(1)
                    .take_while(|w| {
                        let lw = lower(w);
                        // (`President Obama Republican leaders …`, PolNeAR: a party, a
                        // people, a weekday or a title is no given name)
                        w.chars().next().is_some_and(char::is_uppercase)
                            && w.chars().all(|c| c.is_alphabetic() || c == '-')
                            && !not_a_name(w)
                            && !is_in(PARTY_WORDS, &lw)
                            && !is_in(MONTHDAYS, &lw)
                            && !is_demonym(&lw)
                            && !is_quote_title(&lw)
                    })
                    .take(FAMILY_FIRST_GIVEN + 1)
                    .collect();
                if (1..=FAMILY_FIRST_GIVEN).contains(&given.len()) {
                    let full = format!("{surname} {}", given.join(" "));
                    match family_first.iter_mut().find(|c| c.0 == full) {
                        Some(c) => c.1 += 1,
                        None => family_first.push((full, 1)),
                    }
                }
            }
            let mut words: Vec<&str> = Vec::new();
            // Words separated by single spaces; a line break ends the name but
            // the word right after it still counts (`\n\nTony Wilson`).
            for w in before.rsplit([' ', '\n']) {
                if w.is_empty() {
                    break;
                }
                let cap = w.chars().next().is_some_and(|c| c.is_uppercase());
                let lw = lower(w);
                let bad = !cap
                    || is_quote_title(&lw)
                    || w.ends_with("’s")
                    || w.ends_with("'s")
                    || w.ends_with(',')
                    || (w.ends_with('.') && w.chars().count() > 2)
                    || not_a_name(w)
                    || is_in(
                        &[
                            "the", "but", "and", "so", "still", "when", "as", "in", "on", "at",
                            "after", "then", "if", "a", "an", "by", "with", "for",
                        ],
                        &lw,
                    );
                if bad || words.len() >= 2 {
                    break;
                }
                words.push(w);
            }
            if !words.is_empty() {
                words.reverse();
                let (full, _) = strip_name(&format!("{} {}", words.join(" "), surname));
                if full.contains(' ') {
                    match counts.iter_mut().find(|c| c.0 == full) {
                        Some(c) => c.1 += 1,
                        None => counts.push((full, 1)),
                    }
                }
            }
        }
        // The most frequent expansion wins (ties: the earliest), so a
        // sentence-initial adjective (`Fuming Robinson said`) loses to the name.
        // (a name ending in the word is the usual reading; one opening with it after a
        // title only when there is none)
        let counts = if counts.is_empty() {
            family_first
        } else {
            counts
        };
        let mut best: Option<(String, usize)> = None;
        for (full, n) in counts {
            if best.as_ref().is_none_or(|b| n > b.1) {
                best = Some((full, n));
            }
        }
        best.map(|b| b.0)
    }
}
