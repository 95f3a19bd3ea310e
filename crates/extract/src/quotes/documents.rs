//! Documents as speakers (`the statement said`, `her letter`, `A statement from the family
//! read`, `TNO's report`): whoever wrote them, found where the article says so, beside the
//! noun, in its sentence, or where it first named the document.

use super::descriptions::SENTENCE_REACH;
use super::resolution::{Canonical, Resolver};
use super::salience::next_to_cue;
use super::words::{after_last_mark, is_cue_word, is_in, lower, sentence_start};
use crate::entity::EntityKind;
use crate::lexicon::{DOCUMENT_NOUNS, PREPOSITIONS};

/// Participles between a document and its author (`a study published by`).
const AUTHORING_PARTICIPLES: &[&str] = &[
    "carried",
    "commissioned",
    "compiled",
    "conducted",
    "funded",
    "issued",
    "produced",
    "published",
    "released",
    "written",
];

/// How far back `the suit` looks for `Her lawsuit`: a few paragraphs.
const OWNED_DOCUMENT_BYTES: usize = 1500;

/// Words before a subject looked through for the document it belongs to (`A statement from
/// Chelsea explaining the decision read`: five).
const DOCUMENT_SUBJECT_WORDS: usize = 6;

/// ... within this many bytes.
const DOCUMENT_SUBJECT_BYTES: usize = 200;

/// Most words of a description speaking for a document's sentence (`the apex bank`, `the
/// state electricity board`).
const DESCRIBED_AUTHOR_WORDS: usize = 4;

impl Resolver<'_> {
    /// `A statement from Chelsea explaining the decision read:` (BBC sport/199): a sentence
    /// that opens with a document from (or of) a named author gives the author's words,
    /// whatever noun the subject parser found before the verb.
    pub(super) fn opening_document_author(&mut self, ms: usize) -> Option<Canonical> {
        // a bounded look back: a text of one endless sentence stays linear
        let mut lo = ms.saturating_sub(DOCUMENT_SUBJECT_BYTES);
        while !self.text.is_char_boundary(lo) {
            lo += 1;
        }
        let start = after_last_mark(self.text, lo, ms, &['.', '\n', '!', '?']).unwrap_or(lo);
        // the last words before the subject found, within its sentence
        let all: Vec<&str> = self.text[start..ms].split_whitespace().collect();
        let head = &all[all.len().saturating_sub(DOCUMENT_SUBJECT_WORDS)..];
        let i = head.iter().position(|w| is_in(DOCUMENT_NOUNS, &lower(w)))?;
        // `…, and United's statement to the stock exchange said:` (BBC sport): the owner's
        let owner = i
            .checked_sub(1)
            .map(|o| head[o])
            .filter(|w| ["'s", "’s"].iter().any(|s| w.ends_with(s)));
        // ... only when the subject found is the object of a preposition after the document
        // (`to the stock exchange`, `into Iraq intelligence`): the parser's slip
        let object =
            head.last().is_some_and(|w| is_in(PREPOSITIONS, &lower(w))) && head.len() - i <= 5;
        let author = match owner {
            Some(w) if object => w,
            Some(_) => return None,
            None if !is_in(&["from", "by"], &lower(head.get(i + 1)?)) => return None,
            None => head.get(i + 2)?,
        };
        let author = ["'s", "’s"]
            .iter()
            .find_map(|s| author.strip_suffix(s))
            .unwrap_or(author);
        let at = author.as_ptr() as usize - self.text.as_ptr() as usize;
        let e = [EntityKind::Org, EntityKind::Person]
            .into_iter()
            .find_map(|kind| self.entity_at(at, at + author.len(), kind, true))?;
        Some(Canonical {
            name: e.name.clone(),
            gender: e.gender,
            kind: Some(e.kind),
        })
    }

    /// The organisation or person named right after a document ending at `me` (`a statement
    /// from the NFL`, `a letter by 50 MPs` has no one named), the mention parser having
    /// stopped at the preposition.
    pub(super) fn author_after(&mut self, me: usize) -> Option<Canonical> {
        let rest = &self.text[me..];
        // `The report, released by the Government Accountability Office, said`: over an
        // apposition's participle too
        let lead = rest.strip_prefix(',').unwrap_or(rest).strip_prefix(' ')?;
        let lead = AUTHORING_PARTICIPLES
            .iter()
            .find_map(|p| lead.strip_prefix(p).and_then(|r| r.strip_prefix(' ')))
            .unwrap_or(lead);
        let after = ["from ", "by "].iter().find_map(|p| lead.strip_prefix(p))?;
        let after = after.strip_prefix("the ").unwrap_or(after);
        let at = me + (rest.len() - after.len());
        let end = at
            + after
                .find(|c: char| c.is_whitespace())
                .unwrap_or(after.len());
        let e = [EntityKind::Org, EntityKind::Person]
            .into_iter()
            .find_map(|kind| {
                self.entity_at(at, end, kind, false).filter(|_| {
                    self.mentions_over(at, end)
                        .next()
                        .is_some_and(|m| m.0 == at)
                })
            })?;
        let c = Canonical {
            name: e.name.clone(),
            gender: e.gender,
            kind: Some(e.kind),
        };
        self.push_event(me, c.clone());
        Some(c)
    }

    /// The author named after the document noun ending at `noun_end`, over a participle of
    /// making it (`published by`, `carried out by`) or none (`a study by`).
    pub(super) fn authored_by(&mut self, noun_end: usize) -> Option<Canonical> {
        let rest = &self.text[noun_end..];
        let mut words = rest.split_whitespace();
        let mut skipped = 0;
        let mut first = words.next()?;
        if is_in(AUTHORING_PARTICIPLES, first) {
            skipped = rest.find(first)? + first.len();
            first = words.next()?;
            if first == "out" {
                skipped = skipped + rest[skipped..].find(first)? + first.len();
                first = words.next()?;
            }
        }
        if !is_in(&["by", "from"], first) {
            return None;
        }
        self.author_after(noun_end + skipped)
    }

    /// The named owner of a description (`TNO's report` -> TNO), as a speaker.
    pub(super) fn possessor(&mut self, ms: usize, me: usize) -> Option<Canonical> {
        let text = &self.text[ms..me];
        // (`The Conservatives’ letter`: a plural's mark alone)
        let at = text
            .find("'s ")
            .or_else(|| text.find("’s "))
            .or_else(|| text.find("s' ").or_else(|| text.find("s’ ")).map(|i| i + 1))?;
        let owner = &text[..at];
        let owner = owner
            .strip_prefix("the ")
            .or_else(|| owner.strip_prefix("The "))
            .unwrap_or(owner);
        if !owner.chars().next().is_some_and(char::is_uppercase) {
            return None;
        }
        let start = ms + (text[..at].len() - owner.len());
        Some(self.canonical_gender(start, start + owner.len()))
    }

    /// The owner of the last `his`/`her`/`X's` document with head `head` (or one it ends:
    /// `lawsuit` for `suit`) written in the [`OWNED_DOCUMENT_BYTES`] before `pos`.
    pub(super) fn earlier_owner(&mut self, pos: usize, head: &str) -> Option<Canonical> {
        let lo = self
            .text
            .floor_char_boundary(pos.saturating_sub(OWNED_DOCUMENT_BYTES));
        let before = &self.text[lo..pos];
        let mut end = before.len();
        while let Some(at) = before[..end].rfind(head) {
            end = at;
            let whole = before[..at]
                .rsplit(|c: char| !c.is_alphanumeric())
                .next()
                .unwrap_or("");
            let word_start = at - whole.len();
            let after = before[at + head.len()..].chars().next();
            if after.is_some_and(char::is_alphanumeric) {
                continue;
            }
            let noun_start = lo + word_start;
            // `a recent joint study published by the FINRA Foundation`
            if let Some(author) = self.authored_by(lo + at + head.len()) {
                return Some(author);
            }
            let owner = self.text[..noun_start].trim_end();
            let last = owner.rsplit(char::is_whitespace).next().unwrap_or("");
            let ostart = owner.len() - last.len();
            return match &*lower(last) {
                "his" => self.resolve_pronoun_canonical(ostart, "he"),
                "her" => self.resolve_pronoun_canonical(ostart, "she"),
                _ if ["'s", "’s", "s'", "s’"].iter().any(|m| last.ends_with(m)) => {
                    self.possessor(ostart, noun_start + whole.len() + head.len())
                }
                // `The Boeing statement after the crash said: …` ⏎ `the statement said`
                // (Reuters): the body named just before the noun
                _ if last.starts_with(char::is_uppercase) => {
                    let at = self.mentions.partition_point(|m| m.1 < ostart + last.len());
                    match self.mentions.get(at).filter(|m| {
                        m.1 == ostart + last.len() && self.entities[m.2].kind == EntityKind::Org
                    }) {
                        Some(m) => Some(Canonical {
                            name: self.entities[m.2].name.clone(),
                            gender: None,
                            kind: Some(EntityKind::Org),
                        }),
                        None => continue,
                    }
                }
                // `In a statement the RSPCA said …` ⏎ `“…,” said the statement` (BBC tech):
                // whoever that sentence names as speaking
                "a" | "an"
                    if owner[..ostart]
                        .trim_end()
                        .rsplit(char::is_whitespace)
                        .next()
                        .is_some_and(|w| {
                            is_in(&["in", "issued", "released", "through"], &lower(w))
                        }) =>
                {
                    match self.named_in_sentence(noun_start) {
                        Some(c) => Some(c),
                        None => continue,
                    }
                }
                _ => continue,
            };
        }
        None
    }

    /// The person or organisation named nearest to `pos` in its sentence as speaking
    /// (`In a statement the RSPCA said`, `Oxfam issued a report`), outside quotes: the
    /// author of the document at `pos`. A name not beside a reporting verb is no author (`in
    /// a report into the BBC's Freeview service`, BBC entertainment/202).
    pub(super) fn named_in_sentence(&mut self, pos: usize) -> Option<Canonical> {
        let text = self.text;
        let reach = text.floor_char_boundary(pos.saturating_sub(SENTENCE_REACH));
        let lo = sentence_start(text, reach, pos);
        let reach = text.floor_char_boundary(pos.saturating_add(SENTENCE_REACH));
        let hi = text[pos..reach]
            .find(['.', '!', '?', '\n'])
            .map_or(reach, |i| pos + i);
        let first = self.mentions.partition_point(|m| m.0 < lo);
        let named = self.mentions[first..]
            .iter()
            .take_while(|m| m.1 <= hi)
            .filter(|m| {
                let issued = || {
                    let gap: Vec<&str> = text[m.1..pos].split_whitespace().collect();
                    gap.len() == 2 && is_in(&["issued", "released"], &lower(gap[0]))
                };
                // `The Bank said in a statement` (Reuters): a description the tagger
                // capitalised, not the bank's name
                let generic = self.entities[m.2]
                    .name
                    .strip_prefix("The ")
                    .is_some_and(|rest| !rest.contains(' '));
                !generic
                    && matches!(
                        self.entities[m.2].kind,
                        EntityKind::Person | EntityKind::Org
                    )
                    && !self.in_quote(m.0)
                    && (next_to_cue(text, m.0, m.1) || (m.1 < pos && issued()))
            })
            .min_by_key(|m| m.0.abs_diff(pos))
            .copied();
        let Some((ms, me, ei)) = named else {
            return self.described_in_sentence(lo, hi);
        };
        Some(match self.entities[ei].kind {
            EntityKind::Person => self.canonical_gender(ms, me),
            _ => Canonical {
                name: self.entities[ei].name.clone(),
                gender: None,
                kind: Some(EntityKind::Org),
            },
        })
    }

    /// `In a circular to all deposit money banks …, the apex bank announced …`: no name
    /// speaks in the sentence `lo..hi`, but `it` or a definite description does (`the apex bank`,
    /// up to [`DESCRIBED_AUTHOR_WORDS`] words before a reporting verb), resolved to whom
    /// the article introduced in that role (the Central Bank of Nigeria). Not another
    /// document: a statement's author is no letter.
    pub(super) fn described_in_sentence(&mut self, lo: usize, hi: usize) -> Option<Canonical> {
        let text = self.text;
        let words: Vec<(usize, &str)> = text[lo..hi]
            .split_whitespace()
            .map(|w| (w.as_ptr() as usize - text.as_ptr() as usize, w))
            .collect();
        for (v, &(vs, verb)) in words.iter().enumerate() {
            if !is_cue_word(&lower(verb.trim_end_matches([',', '.', ':']))) || self.in_quote(vs) {
                continue;
            }
            // `In a statement, it said …` (NationalPost): the body `it` is
            if v > 0 && is_in(&["it", "It"], words[v - 1].1) {
                if let Some(name) = self.org_antecedent(words[v - 1].0) {
                    return Some(Canonical {
                        name,
                        gender: None,
                        kind: Some(EntityKind::Org),
                    });
                }
            }
            let from = v.saturating_sub(DESCRIBED_AUTHOR_WORDS);
            let Some(d) = (from..v)
                .rev()
                .find(|&d| is_in(&["the", "The"], words[d].1))
            else {
                continue;
            };
            // (lower-case words: `the Ministry of Foreign Affairs said` is a name the
            // tagger missed, left to the rules for names)
            let plain = words[d + 1..v]
                .iter()
                .all(|(_, w)| w.starts_with(char::is_lowercase) && !w.ends_with(','));
            if v == d + 1 || !plain {
                continue;
            }
            let (ms, last) = (words[d].0, words[v - 1]);
            let head = lower(last.1.trim_end_matches(|c: char| !c.is_alphanumeric()));
            if is_in(DOCUMENT_NOUNS, &head) {
                continue;
            }
            // the body the article introduced under that head (`the apex bank`: the
            // Central Bank of Nigeria, not the exchange quoted last)
            let resolved = self
                .resolve_description(ms, last.0 + last.1.len())
                .filter(|c| lower(&c.name).split(' ').any(|w| w == head));
            if resolved.is_some() {
                return resolved;
            }
        }
        None
    }
}
