//! Turns between speakers: a narrative paragraph that introduces someone hands them the
//! next quote paragraph's `he said` (`Sir Bill Morris … has already accused both parties`
//! ⏎ `“…,” he said`), however salient the previous speaker still is.

use super::descriptions::SENTENCE_REACH;
use super::heads::plural_head;
use super::resolution::{Canonical, Resolver};
use super::salience::{W_INITIAL, W_SPEAKER};
use super::words::{after_last_mark, is_in, lower};
use crate::entity::{EntityKind, Gender};
use crate::lexicon::{ANSWER_VERBS, GROUP_NOUNS, KIN_GROUP_NOUNS, PLURAL_LEADS, STAFF_NOUNS};

/// Sentences a `they` looks back for the organisation leading one.
const GROUP_SENTENCES: usize = 3;

/// Most words from a speaker to the end of their paragraph in a closing report (`…,
/// Stevenson said.`, `…, said Mr Flynn, the party's chairman.`).
const REPORTER_TAIL_WORDS: usize = 8;

/// Most words of a one-sentence paragraph that hands the next quote to the one person it
/// names (`But that was not enough for Mr Sarkozy.`, 8 words); a longer paragraph is
/// narrative about more than one person's turn.
const LONE_PARAGRAPH_WORDS: usize = 16;

/// Quote marks: a paragraph with none of them is narrative.
pub(super) const QUOTE_MARKS: &[char] = &['"', '“', '”'];

impl Resolver<'_> {
    /// `But that was not enough for Mr Sarkozy.` ⏎ `“…,” he said` (BBC business/089, news-quotes
    /// round 7): a paragraph of one short sentence naming one person, in any role, just
    /// before a paragraph that opens with the quote the pronoun at `pos` attributes, hands
    /// that person the quote. (The `he` had gone to John Snow, the last speaker.)
    pub(super) fn lone_named_paragraph(&mut self, pos: usize, want: Gender) -> Option<Canonical> {
        let text = self.text;
        let qi = self.quotes.partition_point(|q| q.close_end <= pos);
        let q = self.quotes.get(qi.checked_sub(1)?)?;
        let para_start = text[..q.open].rfind('\n').map_or(0, |p| p + 1);
        if para_start == 0
            || !text[para_start..q.open].trim().is_empty()
            || text[q.close_end..pos].trim().len() > 1
        {
            return None;
        }
        let prev_end = text[..para_start].trim_end().len();
        let prev_start = text[..prev_end].rfind('\n').map_or(0, |p| p + 1);
        let prev = text[prev_start..prev_end].trim_end_matches(['.', '!', '?']);
        if prev.is_empty()
            || prev.contains(QUOTE_MARKS)
            || prev.contains(['.', '!', '?', ':', ';'])
            || prev.split_whitespace().count() > LONE_PARAGRAPH_WORDS
        {
            return None;
        }
        let at = self.mentions.partition_point(|m| m.0 < prev_start);
        let mut person: Option<(usize, usize, usize)> = None;
        for &(ms, me, e) in self.mentions[at..].iter().take_while(|m| m.1 <= prev_end) {
            let entity = &self.entities[e];
            if entity.kind != EntityKind::Person {
                continue;
            }
            match person {
                Some((_, _, other)) if other != e => return None,
                _ => person = Some((ms, me, e)),
            }
        }
        let (ms, me, e) = person?;
        if self.entities[e].gender.is_some_and(|g| g != want) {
            return None;
        }
        Some(self.canonical_gender(ms, me))
    }

    /// The person a pronoun at `pos` means when the paragraph before its own is narrative
    /// (no quote marks) and its last sentence led by a name has that person as subject, and nobody is named in the
    /// pronoun's paragraph before it: the event's position.
    pub(super) fn narrative_introduction(&self, pos: usize, want: Gender) -> Option<usize> {
        let text = self.text;
        let para_start = text[..pos].rfind('\n').map_or(0, |p| p + 1);
        if para_start == 0 || self.events.range(para_start..pos).next().is_some() {
            return None;
        }
        let prev_end = text[..para_start].trim_end().len();
        let prev_start = text[..prev_end].rfind('\n').map_or(0, |p| p + 1);
        let prev = &text[prev_start..prev_end];
        if prev.is_empty() || prev.contains(QUOTE_MARKS) {
            return None;
        }
        // A paragraph whose last sentence is someone's report (`Kresge is the forerunner of
        // … . The name was changed to K Mart in 1977, Stevenson said.`, Reuters) hands the
        // turn to the one who reported it, not to the name that opened it.
        let last_end = prev_start
            + text[prev_start..prev_end]
                .trim_end_matches(['.', '!', '?'])
                .len();
        let last_start =
            after_last_mark(text, prev_start, last_end, &['.', '!', '?']).unwrap_or(prev_start);
        if let Some((&at, e)) = self.events.range(last_start..prev_end).next_back() {
            let reported = e.weight == W_SPEAKER
                && text[at..prev_end]
                    .split_whitespace()
                    .take(REPORTER_TAIL_WORDS + 1)
                    .count()
                    <= REPORTER_TAIL_WORDS;
            if reported && e.kind == Some(EntityKind::Person) && e.gender.is_none_or(|g| g == want)
            {
                return Some(at);
            }
        }
        // The subject of the paragraph's last sentence that opens with one: `Melzer has
        // now beaten Agassi.` ends a paragraph that opened with Agassi (BBC sport/427).
        let (&at, e) = self
            .events
            .range(prev_start..prev_end)
            .rev()
            .find(|(&at, _)| {
                let sentence =
                    after_last_mark(text, prev_start, at, &['.', '!', '?']).unwrap_or(prev_start);
                text[sentence..at].split_whitespace().count() <= 2
            })?;
        let subject = e.weight == W_INITIAL || e.weight == W_SPEAKER;
        (subject && e.kind == Some(EntityKind::Person) && e.gender.is_none_or(|g| g == want))
            .then_some(at)
    }
}

/// Most words between `asked` and the person asked (`asked Montoya-Lewis`, `asked the judge,
/// Jane Doe,`).
const ASKED_REACH_WORDS: usize = 4;

impl Resolver<'_> {
    /// `a reporter asked Montoya-Lewis, “What do you see …?”` ⏎ `“The biggest hurdle …,” she
    /// replied.` (Times of Israel, news-quotes round 9): the pronoun before a verb of
    /// answering is the person asked the question quoted right before its quote (it had
    /// been the reporter). Only a question (its quote ends with `?`) put by `asked` to a
    /// person named right after the verb.
    pub(super) fn person_asked(&self, pos: usize, want: Gender) -> Option<Canonical> {
        let text = self.text;
        let verb = text[pos..].split_whitespace().nth(1)?;
        if !is_in(ANSWER_VERBS, &lower(verb.trim_end_matches(['.', ',', ':']))) {
            return None;
        }
        let qi = self.quotes.partition_point(|q| q.close_end <= pos);
        let answer = self.quotes.get(qi.checked_sub(1)?)?;
        let question = self.quotes.get(qi.checked_sub(2)?)?;
        let between = &text[question.close_end..answer.open];
        if !text[question.start..question.end].trim_end().ends_with('?')
            || between.contains(QUOTE_MARKS)
            || between.matches('\n').count() > 2
        {
            return None;
        }
        // `asked NAME` in the few words before the question opens
        let lead =
            &text[text.floor_char_boundary(question.open.saturating_sub(160))..question.open];
        let asked = lead.rfind("asked ")? + "asked ".len();
        let from = question.open - lead.len() + asked;
        if text[from..question.open].split_whitespace().count() > ASKED_REACH_WORDS + 1 {
            return None;
        }
        let m = self.mentions[self.mentions.partition_point(|m| m.0 < from)..]
            .iter()
            .take_while(|m| m.1 <= question.open)
            .find(|m| self.entities[m.2].kind == EntityKind::Person)?;
        let e = &self.entities[m.2];
        if text[from..m.0].split_whitespace().count() > ASKED_REACH_WORDS
            || e.gender.is_some_and(|g| g != want)
        {
            return None;
        }
        Some(Canonical {
            name: e.name.clone(),
            gender: e.gender,
            kind: Some(EntityKind::Person),
        })
    }

    /// The organisation a sentence-opening `they` at `pos` means: the one that opens the
    /// sentence before, or one of the few before that in its paragraph, when the nearest
    /// sentence led by a name is led by it (`The Tories have promised … . They say they can
    /// save £4bn`, BBC politics/317); else no one: such a `they` is left unresolved.
    pub(super) fn group_antecedent(&self, pos: usize) -> Option<String> {
        let text = self.text;
        let ends = ['.', '!', '?', '\n'];
        let opening = |from: usize, at: usize| {
            text[from..at]
                .trim_matches(|c: char| c.is_whitespace() || "\"“”‘’".contains(c))
                .split_whitespace()
                .count()
        };
        // (no sentence ends at `Reps.` or `(Ill.)`: `The Republicans — along with
        // Democratic Reps. Dan Lipinski (Ill.) … — argue “…” … . They then go on to say`,
        // news-quotes tune)
        let own = after_last_mark(text, 0, pos, &ends).unwrap_or(0);
        // (`Instead, they say`: a short opening phrase is no subject)
        let own_start = opened_at(text, pos).unwrap_or(pos);
        if opening(own, own_start) > 0 || own == 0 {
            return None;
        }
        // Back a few sentences within the paragraph (`The Liberal Democrats want … . The
        // rate would be set locally … . They say …`), to the first led by a name.
        let mut end = own;
        for _ in 0..GROUP_SENTENCES {
            if end == 0 || text[..end].ends_with('\n') {
                return None;
            }
            let prev_end = text[..end].trim_end().len().checked_sub(1)?;
            let prev_start = after_last_mark(text, 0, prev_end, &ends).unwrap_or(0);
            let first = self.mentions.partition_point(|m| m.0 < prev_start);
            if let Some(&(at, _, i)) = self.mentions.get(first).filter(|m| m.0 < prev_end) {
                if opening(prev_start, at) <= 1 {
                    let entity = &self.entities[i];
                    return (entity.kind == EntityKind::Org).then(|| entity.name.clone());
                }
            }
            end = prev_start;
        }
        None
    }

    /// The people a `they` at `pos` means when no organisation leads: the plural subject
    /// that opens the sentence before it or before the quote it follows (`Hundreds of
    /// protesters gathered … . “No more cuts,” they chanted`; `The Smiths said they would
    /// fight on. “…,” they said`), recorded as a description.
    pub(super) fn plural_antecedent(&mut self, pos: usize) -> Option<String> {
        let text = self.text;
        let before = text[..pos].trim_end();
        // `“…,” they chanted`: the sentence before the quote
        let anchor = if before.ends_with(['"', '”', '’', '\'']) {
            let qi = self.quotes.partition_point(|q| q.close_end <= before.len());
            self.quotes.get(qi.checked_sub(1)?)?.open
        } else {
            // `Ministers deny they have been spurred into action … .` ⏎ `Instead, they say
            // the plans are part of an "evolving" process` (BBC politics/153): a short
            // opening phrase before `they` leaves the sentence before as its antecedent
            opened_at(text, pos).unwrap_or(pos)
        };
        let sentence_before = |at: usize| {
            let prev = text[..at].trim_end();
            let end = prev.len().checked_sub(1)?;
            if !prev.ends_with(['.', '!', '?']) {
                return None;
            }
            // (not after a title, an initial or an initialism: `Sen. Graham`, `the U.S. Bond
            // market`)
            // (a bounded look back, as for every sentence start: a text of endless
            // sentences and many `they`s stays linear)
            let lo = text.floor_char_boundary(end.saturating_sub(SENTENCE_REACH));
            let mut cut = end;
            let start = loop {
                let Some(p) = after_last_mark(text, lo, cut, &SENTENCE_MARKS) else {
                    break lo;
                };
                let mark = text[..p].char_indices().next_back().map_or(0, |(m, _)| m);
                // (the whole word the period is in: `U.S.` holds one inside)
                let before = text[..mark].rsplit(' ').next().unwrap_or("");
                let after = text[mark..].split(' ').next().unwrap_or("");
                let initialism = format!("{before}{after}")
                    .trim_end_matches('.')
                    .contains('.');
                if !(text[mark..].starts_with('.') && initialism) {
                    break p;
                }
                cut = mark;
            };
            Some((start, end))
        };
        let (mut start, mut end) = sentence_before(anchor)?;
        // `The four institutes said … .` ⏎ `Given virtual zero inflation …, they said.` ⏎ `“…,”
        // they said` (Reuters): a report of theirs in between hands the turn back to them
        for _ in 0..THEY_CHAIN {
            let said_they = text[start..end]
                .rsplit(' ')
                .nth(1)
                .is_some_and(|w| w == "they");
            if !said_they {
                break;
            }
            (start, end) = sentence_before(start)?;
        }
        // `But according to the Merrill Lynch economists, there are signs …` (Reuters): the
        // source the sentence opens with
        let opening = text[start..end].split(' ').take(4).collect::<Vec<_>>();
        if let Some(at) = opening.iter().position(|w| lower(w) == "according") {
            if opening.get(at + 1) == Some(&"to") {
                let skip: usize = opening[..at + 2].iter().map(|w| w.len() + 1).sum();
                let from = (start + skip).min(end);
                let comma = from + text[from..end].find(',')?;
                let head = text[from..comma].rsplit(' ').next().unwrap_or("");
                let plural = plural_head(head) && head.chars().all(char::is_lowercase);
                return plural.then(|| self.push_description(from, comma));
            }
        }
        // (after a phrase of time opening the sentence: `Following the broadcast of …, Cameron's
        // family issued`, `After the verdict, the family said`)
        let start = text[start..end]
            .split_whitespace()
            .next()
            .filter(|w| {
                let w = lower(w);
                w.ends_with("ing") || is_in(&["after", "before", "since", "during"], &w)
            })
            .and_then(|_| text[start..end].find(", "))
            .map_or(start, |c| start + c + 2);
        let mut words = Vec::new();
        let mut off = start;
        for w in text[start..end].split(' ') {
            if !w.is_empty() {
                words.push((off, w));
            }
            off += w.len() + 1;
            if words.len() > PLURAL_SUBJECT_WORDS {
                break;
            }
        }
        // `Economists at the Resolution Foundation said … . “…,” they wrote`: a firm's staff
        // speak for it, as they would with `said` (news-quotes guideline).
        if words.len() >= 3
            && is_in(STAFF_NOUNS, &lower(words[0].1))
            && is_in(&["at", "from", "with"], words[1].1)
        {
            let from = self.mentions.partition_point(|m| m.0 < words[2].0);
            let org = self.mentions.get(from).filter(|m| {
                self.entities[m.2].kind == EntityKind::Org
                    && words.get(3).is_none_or(|w| m.0 <= w.0)
            });
            if let Some(&(_, me, _)) = org {
                return self.resolve_description(words[0].0, me).map(|c| c.name);
            }
        }
        // `Cameron's family issued a tribute … .` ⏎ `They said: “…”` (Manchester Evening
        // News, news-quotes round 11: six paragraphs of the family's tribute had no
        // speaker): a household speaks as one, after an owner too
        let kin = |k: usize| {
            is_in(KIN_GROUP_NOUNS, words[k].1)
                && k == 1
                && (is_in(&["the", "his", "her", "their"], &lower(words[0].1))
                    || words[0].1.ends_with("'s")
                    || words[0].1.ends_with("’s"))
        };
        // `Doctors at the hospital warned of shortages.` ⏎ `“…,” they said`: a group's noun
        // opening the sentence before its place (the last group that spoke, campaigners two
        // paragraphs up, had been taken)
        if words.len() >= 2
            && is_in(GROUP_NOUNS, &lower(words[0].1))
            && is_in(&["at", "in", "from"], words[1].1)
        {
            let (ms, w) = words[0];
            return Some(self.push_description(ms, ms + w.len()));
        }
        let k = (0..words.len().saturating_sub(1)).find(|&k| {
            let w = words[k].1;
            let next = words[k + 1].1;
            // a capitalised plural only after `The` (`The Smiths`, not `Marcos` or `This`),
            // or a group's noun opening the sentence (`Protesters gathered outside
            // parliament.` ⏎ `“…,” they chanted` had no speaker)
            let capital = w.starts_with(char::is_uppercase);
            (!capital
                || k == 1 && lower(words[0].1) == "the"
                || k == 0 && is_in(GROUP_NOUNS, &lower(w)))
                && (w.ends_with('s') || kin(k))
                && !w.ends_with("ss")
                && !is_in(
                    &[
                        "this", "was", "has", "is", "its", "his", "hers", "yours", "ours",
                    ],
                    &lower(w),
                )
                && w.len() > 3
                && w.chars().all(char::is_alphabetic)
                && next.starts_with(char::is_lowercase)
                && next.chars().all(char::is_alphabetic)
                && !is_in(&["of", "and", "in", "from", "at"], next)
        })?;
        // what leads it: quantities and determiners (`Hundreds of`, `The`), or nothing
        let lead_ok = words[..k].iter().all(|(_, w)| {
            is_in(PLURAL_LEADS, &lower(w)) || w.chars().next().is_some_and(char::is_uppercase)
        });
        if !lead_ok || (k > 0 && !is_in(PLURAL_LEADS, &lower(words[0].1)) && !kin(k)) {
            return None;
        }
        let (ms, me) = (words[0].0, words[k].0 + words[k].1.len());
        Some(self.push_description(ms, me))
    }

    /// The unnamed group that spoke last within [`GROUP_REACH`] bytes before a `they` at
    /// `pos`: `At the time, police said a "physical altercation" broke out. … where "one of
    /// the officers was kicked …", they said` (BBC entertainment/154). Not past an
    /// organisation named since: `… opposed by the Liberal Democrats. They have said …`
    /// (BBC politics/081) is the party's.
    pub(super) fn group_that_spoke(&mut self, pos: usize) -> Option<String> {
        self.scan_cue_subjects(pos);
        let (&at, e) = self
            .events
            .range(..pos)
            .rev()
            .take_while(|(&at, _)| pos - at <= GROUP_REACH)
            .find(|(_, e)| {
                e.kind.is_none()
                    && self.descriptions.contains(&e.name)
                    && is_in(GROUP_NOUNS, &lower(super::description_head(&e.name)))
            })?;
        let from = self.mentions.partition_point(|m| m.0 <= at);
        let org_since = self.mentions[from..]
            .iter()
            .take_while(|m| m.0 < pos)
            .any(|m| self.entities[m.2].kind == EntityKind::Org && !self.in_quote(m.0));
        (!org_since).then(|| e.name.clone())
    }
}

/// The start of the sentence a `they` at `pos` follows a short opening phrase in (`Instead,
/// they say`, `On Monday, they said`): at most [`OPENING_WORDS`] words and a comma. Any
/// short phrase counts here, unlike salience's `after_opening_phrase`, which must tell an
/// opening phrase from a subject (`Instead,` is no one; `His neighbour, Anna Price,` is).
fn opened_at(text: &str, pos: usize) -> Option<usize> {
    let lo = text.floor_char_boundary(pos.saturating_sub(OPENING_BYTES));
    let start = after_last_mark(text, lo, pos, &['.', '!', '?', '\n'])?;
    let opening = text[start..pos].trim();
    let words = opening.split_whitespace().count();
    (opening.ends_with(',')
        && (1..=OPENING_WORDS).contains(&words)
        && !opening.contains(['"', '“', '”']))
    .then(|| start + (text[start..pos].len() - text[start..pos].trim_start().len()))
}

/// Most words of an opening phrase before a `they` (`In a joint statement on Monday,`).
const OPENING_WORDS: usize = 6;

/// ... in at most this many bytes.
const OPENING_BYTES: usize = 60;

/// How far back a `they` finds the unnamed group that spoke (about two paragraphs).
const GROUP_REACH: usize = 1200;

/// Marks that end the sentence before a `they` (a quotation mark too: `“…,” they said`).
const SENTENCE_MARKS: [char; 7] = ['.', '!', '?', '\n', '"', '”', '“'];

/// Most sentences that report a `they` of their own walked back over to the plural subject
/// that opened them (Reuters' `…, they said.` chains).
const THEY_CHAIN: usize = 3;

/// Most words before a plural subject's head (`Hundreds of angry local protesters`).
const PLURAL_SUBJECT_WORDS: usize = 5;
