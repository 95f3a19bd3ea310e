//! The subject of a sentence or clause: who a narrative sentence, an introduction before
//! a colon or a participle's clause is about (`He also issued …`, `Speaking on his long-term
//! plans, Campbell signalled …`, `Another officer, Wing Commander Vyomika Singh, said`).
//! Methods of [`Ctx`], so that the clause grammar and the attribution steps both reach them.

use super::clauses::{Ctx, Found, MentionKind};
use super::words::{is_in, lower, Item};
use crate::lexicon::{
    is_quote_title, AUX_ADVERBS, BE_FORMS, CLAUSE_WORDS, LISTENER_VERBS, OPENING_PREPOSITIONS,
    PRONOUNS_F, PRONOUNS_M,
};

impl Ctx<'_> {
    /// The subject at the start of a sentence (`He also issued …`, `Husted continued …`):
    /// a pronoun or capitalised run followed by a lower-case word.
    pub(super) fn sentence_subject(
        &self,
        items: &[Item],
        sent_lo: usize,
        limit: usize,
    ) -> Option<Found> {
        // Try the sentence start, then after an introductory phrase (`In response
        // to the attack, …`, `Back in 1999, …`, `Appearing before supporters, …`).
        if let Some(f) = self.subject_at(items, sent_lo, limit) {
            return Some(f);
        }
        let mut j = sent_lo;
        while j < limit && !self.is_punct(items.get(j), ",") && j - sent_lo < 25 {
            if matches!(items[j], Item::Quote { .. }) {
                return None;
            }
            j += 1;
        }
        if j < limit && self.is_punct(items.get(j), ",") {
            return self.subject_at(items, j + 1, limit);
        }
        None
    }

    /// Subject starting exactly at item `i`: a pronoun, a capitalised run followed
    /// by a verb-like lower-case word (or an apposition comma), or a determiner
    /// phrase followed by a reporting verb.
    pub(super) fn subject_at(&self, items: &[Item], mut i: usize, limit: usize) -> Option<Found> {
        // Skip sentence adverbials such as `But`, `Still,`.
        while i < limit
            && (self.word(&items[i]).is_some_and(|w| {
                is_in(
                    &[
                        "But",
                        "And",
                        "So",
                        "Still",
                        "Yet",
                        "Then",
                        "Later",
                        "Now",
                        "Also",
                        "Instead",
                        "Meanwhile",
                        "However",
                        "Additionally",
                        "Separately",
                        "Afterward",
                        "Afterwards",
                    ],
                    w,
                )
            }) || self.is_punct(items.get(i), ","))
        {
            i += 1;
        }
        // `The president noted …`: a determiner phrase up to the verb.
        if self
            .word(items.get(i)?)
            .is_some_and(|w| is_in(&["The", "A", "An", "One", "Another"], w))
        {
            let mut j = i + 1;
            while j < limit && j - i <= 6 {
                // `The Clinton campaign, in a Q&A …, worded it`: the phrase before a comma.
                if self.is_punct(items.get(j), ",") {
                    // `Another officer, Wing Commander Vyomika Singh, said`: the name in
                    // apposition is the subject (NationalPost).
                    if let Some(f) = self.apposed_name(items, j + 1, limit) {
                        return Some(f);
                    }
                    return if j - i >= 2 {
                        self.np_in(items, i, j)
                    } else {
                        None
                    };
                }
                // `The Conservatives’ letter said:`
                if self.plural_possessive(&items[j - 1], &items[j]) {
                    j += 1;
                    continue;
                }
                let w = self.word(&items[j])?;
                if self.is_cue(&items[j]) || is_in(AUX_ADVERBS, &lower(w)) {
                    return if j - i >= 2 {
                        self.np_in(items, i, j)
                    } else {
                        None
                    };
                }
                if is_in(CLAUSE_WORDS, &lower(w)) && lower(w) != "of" {
                    return None;
                }
                j += 1;
            }
            return None;
        }
        // `Of late, he …`, `Among those … was`, `Beyond Des Moines, the new leadership …`: a
        // capitalised function word opens the sentence; it named speakers on news-quotes tune
        // (TheGlobeAndMail, TheMirror, The Nation).
        let opening_word = self.word(&items[i]).is_some_and(|w| {
            let lw = lower(w);
            w.starts_with(char::is_uppercase)
                && (is_in(CLAUSE_WORDS, &lw) || is_in(OPENING_PREPOSITIONS, &lw))
        });
        // `Republican presidential candidate Donald Trump quickly took …`: lower-case
        // premodifiers before a name, up to the first verb-like word.
        if !opening_word {
            let mut j = i;
            while j < limit && j - i < 7 {
                let Some(w) = self.word(&items[j]) else { break };
                let lw = lower(w);
                let lowercase = w.chars().next().is_some_and(|c| c.is_lowercase());
                if lowercase
                    && (self.is_cue(&items[j])
                        || is_in(AUX_ADVERBS, &lw)
                        || lw.ends_with("ed")
                        || lw.ends_with("ly"))
                {
                    break;
                }
                if is_in(CLAUSE_WORDS, &lw) {
                    j = limit;
                    break;
                }
                j += 1;
            }
            if j < limit && j > i + 1 {
                let prev_cap = self
                    .word(&items[j - 1])
                    .is_some_and(|w| w.chars().next().is_some_and(|c| c.is_uppercase()));
                if prev_cap {
                    if let Some(f) = self.np_in(items, i, j) {
                        if f.kind == MentionKind::Name {
                            return Some(f);
                        }
                    }
                }
            }
        }
        let mut j = i;
        while j < limit
            && self.word(&items[j]).is_some_and(|w| {
                w.chars().next().is_some_and(|c| c.is_uppercase()) || is_quote_title(&lower(w))
            })
        {
            j += 1;
        }
        if j > i && opening_word {
            return None;
        }
        if j == i {
            let w = self.word(items.get(i)?)?;
            if is_in(PRONOUNS_M, &lower(w)) || is_in(PRONOUNS_F, &lower(w)) {
                let (s, e) = self.item_span(&items[i]);
                return Some(Found {
                    ms: s,
                    me: e,
                    kind: MentionKind::Pronoun,
                });
            }
            return None;
        }
        // `He is prepared to go this far: “…”` (BBC politics/284): a sentence-initial `He` or
        // `She` is a subject before any verb but one that makes them the listener (`He was
        // asked: “…”`).
        if j == i + 1 {
            let w = lower(self.word(&items[i])?);
            if is_in(PRONOUNS_M, &w) || is_in(PRONOUNS_F, &w) {
                let listener = (i + 1..limit.min(i + 4))
                    .filter_map(|x| self.word(&items[x]))
                    .any(|x| is_in(LISTENER_VERBS, &lower(x)));
                let verb = items
                    .get(j)
                    .and_then(|x| self.word(x))
                    .is_some_and(|x| x.chars().next().is_some_and(char::is_lowercase));
                if verb && !listener {
                    let (s, e) = self.item_span(&items[i]);
                    return Some(Found {
                        ms: s,
                        me: e,
                        kind: MentionKind::Pronoun,
                    });
                }
            }
        }
        // `Britain's climate minister, Alistair Penrose, struck a … tone, saying London was
        // "…"`: an owner's role and the name apposed to it; the name is the subject.
        let owner = self
            .word(&items[j - 1])
            .is_some_and(|w| ["'s", "’s"].iter().any(|s| w.ends_with(s)));
        if owner {
            let mut c = j;
            while c < limit
                && c - j < 5
                && self
                    .word(&items[c])
                    .is_some_and(|w| w.starts_with(char::is_lowercase) && !is_in(CLAUSE_WORDS, w))
            {
                c += 1;
            }
            if c > j && self.is_punct(items.get(c), ",") {
                if let Some(f) = self.apposed_name(items, c + 1, limit) {
                    return Some(f);
                }
            }
        }
        // `Plymouth police promise “robust” action` (The Mirror): the force is the subject,
        // not the town.
        let force = j < limit && self.word(&items[j]) == Some("police");
        if force {
            j += 1;
        }
        let next = items.get(j);
        // `Dunne is keen to … and said:` (BBC sport): a form of `be` follows a subject too,
        // unless it makes a passive (`Growth was helped by`, `Labour is to be investigated`).
        // A passive clause with a verb of speaking joined on is the subject's again: `Silverman
        // was joined on stage … by Sen. Al Franken and joked, “…”` (PolNeAR: the quote had
        // been dropped, no one's).
        let after_be = items.get(j + 1).and_then(|x| self.word(x)).map(lower);
        let joined_on = limit > j + 2
            && limit < items.len()
            && self.word(&items[limit - 1]) == Some("and")
            && self.is_cue(&items[limit]);
        let passive = !joined_on
            && after_be.is_some_and(|w| {
                (w.ends_with("ed") && w != "need") || is_in(&["to", "being", "also", "now"], &w)
            });
        let verbish = next.and_then(|x| self.word(x)).is_some_and(|w| {
            w.chars().next().is_some_and(|c| c.is_lowercase())
                && (!is_in(CLAUSE_WORDS, w) || (is_in(BE_FORMS, w) && !passive))
        });
        // `Redknapp, 57, quit … and vowed:`, `Redknapp, the former boss, said`: one word
        // before a comma is a subject when an age or a description closes before a verb.
        let apposition =
            self.is_punct(next, ",") && (j - i >= 2 || self.closed_apposition(items, j + 1, limit));
        if !(verbish || apposition) || j - i > 5 {
            return None;
        }
        let f = self.np_in(items, i, j)?;
        (force || f.kind == MentionKind::Name || f.kind == MentionKind::Pronoun).then_some(f)
    }

    /// A name between commas starting at item `i`, followed by a reporting verb or the
    /// sentence's verb: the apposition of a description (`Another officer, Wing Commander
    /// Vyomika Singh, said`).
    fn apposed_name(&self, items: &[Item], i: usize, limit: usize) -> Option<Found> {
        let mut j = i;
        let cap = |j: usize| {
            self.word(&items[j]).is_some_and(|w| {
                w.chars().next().is_some_and(char::is_uppercase) || is_quote_title(&lower(w))
            })
        };
        while j < limit && j - i < 6 && cap(j) {
            j += 1;
        }
        let name_end = j;
        // `Another analyst, Richard Cohen at Brown Baldwin Nisker Ltd, noted` (Reuters): the
        // name's firm after `at`, `of` or `from` stays inside the apposition.
        if j >= i + 2
            && j < limit
            && self
                .word(&items[j])
                .is_some_and(|w| is_in(&["at", "of", "from", "with"], w))
        {
            let mut m = j + 1;
            while m < limit && m - j < 7 && (cap(m) || self.is_punct(items.get(m), "&.")) {
                m += 1;
            }
            if m > j + 1 {
                j = m;
            }
        }
        if name_end < i + 2 || !self.is_punct(items.get(j), ",") {
            return None;
        }
        let verb = self.word(items.get(j + 1)?)?;
        if !verb.chars().next().is_some_and(char::is_lowercase) || is_in(CLAUSE_WORDS, verb) {
            return None;
        }
        self.np_in(items, i, name_end)
            .filter(|f| f.kind == MentionKind::Name)
    }

    /// An apposition starting at item `i` that opens with an age or a determiner and closes
    /// with a comma before a lower-case word within [`APPOSITION_ITEMS`] items (`57, quit`,
    /// `the former Portsmouth boss, said`).
    fn closed_apposition(&self, items: &[Item], i: usize, limit: usize) -> bool {
        let opens = items.get(i).and_then(|x| self.word(x)).is_some_and(|w| {
            w.bytes().all(|b| b.is_ascii_digit()) || is_in(&["the", "a", "an"], &lower(w))
        });
        if !opens {
            return false;
        }
        let end = limit.min(i + APPOSITION_ITEMS);
        let Some(comma) = (i + 1..end).find(|&k| self.is_punct(items.get(k), ",")) else {
            return false;
        };
        if (i..comma).any(|k| matches!(items[k], Item::Quote { .. })) {
            return false;
        }
        items
            .get(comma + 1)
            .and_then(|x| self.word(x))
            .is_some_and(|w| w.starts_with(char::is_lowercase) && !is_in(CLAUSE_WORDS, w))
    }
}

/// Longest apposition after a one-word subject, in items (`the former Portsmouth boss`).
const APPOSITION_ITEMS: usize = 8;
