//! Step 3's grammar: the noun phrases around a reporting verb. Who is the subject of
//! "said" before it, who follows "said" after it, and what a sentence is about.

use super::marks::RawQuote;
use super::names_a_person;
use super::words::{is_cue_word, is_in, lower, not_a_name, Item};
use crate::lexicon::{
    is_quote_title, AUX_ADVERBS, BE_FORMS, CLAUSE_WORDS, DETERMINERS, DOCUMENT_NOUNS,
    LISTENER_VERBS, MONTHDAYS, NAME_SUFFIXES, NOT_NAMES, OPENING_PREPOSITIONS, ORG_NOUNS,
    PERSON_NOUNS, PREPOSITIONS, PRONOUNS_F, PRONOUNS_M, PRONOUNS_OTHER,
};
use rustc_hash::FxHashMap;

/// Context for attribution of one paragraph unit.
pub(super) struct Unit {
    pub(super) items: Vec<Item>,
    /// Item index of each quote of this unit, by quote index.
    pub(super) qpos: FxHashMap<usize, usize>,
    /// Sentence id for each item.
    pub(super) sent: Vec<usize>,
}

#[derive(Debug, Clone)]
pub(super) struct Found {
    pub(super) ms: usize,
    pub(super) me: usize,
    pub(super) kind: MentionKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum MentionKind {
    Name,
    Pronoun,
    Descriptive,
}

pub(super) struct Ctx<'a> {
    pub(super) text: &'a str,
    pub(super) quotes: &'a [RawQuote],
}

/// Reporting verbs that are also plural nouns (`817 points`, `two reports`).
const COUNTED_CUES: &[&str] = &[
    "points",
    "reports",
    "claims",
    "calls",
    "states",
    "comments",
    "remarks",
    "warnings",
    "notes",
    "posts",
    "answers",
    "replies",
    "statements",
];

/// Counts before a noun that is also a reporting verb (`two reports`, `several claims`).
const COUNT_WORDS: &[&str] = &[
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "many",
    "few", "more", "fewer",
];

impl<'a> Ctx<'a> {
    pub(super) fn word(&self, it: &Item) -> Option<&'a str> {
        match *it {
            Item::Word { s, e } => Some(&self.text[s..e]),
            _ => None,
        }
    }

    pub(super) fn item_span(&self, it: &Item) -> (usize, usize) {
        match *it {
            Item::Word { s, e } => (s, e),
            Item::Punct { s, c } => (s, s + c.len_utf8()),
            Item::Quote { qi } => (self.quotes[qi].open, self.quotes[qi].close_end),
        }
    }

    pub(super) fn is_cue(&self, it: &Item) -> bool {
        self.word(it).is_some_and(|w| {
            w.chars().next().is_some_and(|c| c.is_lowercase())
                && (is_cue_word(w)
                    || (is_in(
                        &[
                            "points", "pointed", "went", "goes", "fired", "fires", "shot", "chimed",
                        ],
                        w,
                    ) && self.next_word_is(it, &["out", "on", "back", "in"])))
                // `817 points in 52 internationals` (BBC sport/373), `two reports`: a
                // count makes it a noun.
                // (`in 2005," said Tim Congdon`, `the 21-year-old told` and `Andre 3000 said`
                // are no counts of nouns.)
                && !(is_in(COUNTED_CUES, w) && self.word_before(self.item_span(it).0).is_some_and(|b| {
                    let number = b.ends_with(|c: char| c.is_ascii_digit())
                        && b.chars().all(|c| c.is_ascii_digit() || c == ',' || c == '.');
                    number || is_in(COUNT_WORDS, b)
                }))
                // `Souness is said to have been impressed` (BBC sport/250) reports no speech.
                && !(self.next_word_is(it, &["to"])
                    && self
                        .word_before(self.item_span(it).0)
                        .is_some_and(|b| is_in(BE_FORMS, &lower(b))))
        })
    }

    /// The word just before byte `pos` (whatever sentence it is in).
    fn word_before(&self, pos: usize) -> Option<&'a str> {
        self.text[..pos].split_whitespace().next_back()
    }

    /// The mention spanning `items[first..end]`.
    pub(super) fn found_over(
        &self,
        items: &[Item],
        first: usize,
        end: usize,
        kind: MentionKind,
    ) -> Found {
        let (ms, _) = self.item_span(&items[first]);
        let (_, me) = self.item_span(&items[end - 1]);
        Found { ms, me, kind }
    }

    /// True when the word right after `it` is one of `words` (phrasal verbs).
    pub(super) fn next_word_is(&self, it: &Item, words: &[&str]) -> bool {
        let Item::Word { e, .. } = *it else {
            return false;
        };
        self.text[e..]
            .split_whitespace()
            .next()
            .is_some_and(|w| is_in(words, w.trim_end_matches([',', '.', ':'])))
    }

    pub(super) fn is_punct(&self, it: Option<&Item>, set: &str) -> bool {
        matches!(it, Some(Item::Punct { c, .. }) if set.contains(*c))
    }

    /// Noun phrase directly before `verb` (the subject), at or after item `lo`.
    pub(super) fn subject_before(&self, items: &[Item], verb: usize, lo: usize) -> Option<Found> {
        let mut j = verb;
        // Skip auxiliaries/adverbs between subject and verb.
        let mut skipped = 0;
        while j > lo {
            // `," May said` (Reuters: Rick May; BBC: Brian May): a capitalised modal is a name.
            let named = self
                .word(&items[j - 1])
                .is_some_and(|w| is_in(&["May", "Will", "Can"], w));
            let w = self.word(&items[j - 1]).map(lower).filter(|_| !named);
            match w {
                Some(w)
                    if (is_in(AUX_ADVERBS, &w)
                        || (w.ends_with("ly")
                            && w.len() > 4
                            && !is_in(
                                &[
                                    "family", "ally", "rally", "italy", "billy", "kelly", "sally",
                                    "molly", "holly", "emily", "reilly", "o'reilly", "beverly",
                                    "kimberly", "shelly", "nelly", "wesley", "bradley", "ashley",
                                    "stanley", "hadley", "dudley", "huntley", "riley", "lilly",
                                    "polly", "dolly",
                                ],
                                w.as_str(),
                            )))
                        && skipped < 3 =>
                {
                    j -= 1;
                    skipped += 1;
                }
                _ => break,
            }
        }
        // `The Indian army in a statement said`, `Pakistan on Wednesday said` (NationalPost):
        // the phrase saying where or when is not the subject.
        if let Some(p) = (j.saturating_sub(4).max(lo + 1)..j).find(|&p| {
            self.word(&items[p])
                .is_some_and(|w| is_in(&["in", "on"], w))
        }) {
            let head = self.word(&items[j - 1]).map(lower).unwrap_or_default();
            let setting = is_in(DOCUMENT_NOUNS, &head)
                || is_in(MONTHDAYS, &head)
                || is_in(
                    &["interview", "morning", "afternoon", "evening", "night"],
                    &head,
                );
            let plain = items[p + 1..j].iter().all(|it| self.word(it).is_some());
            if setting && plain {
                j = p;
            }
        }
        // A relative clause: `condemned by Mary Jones, who said:`, `Donald Trump Jr who wrote
        // on X:` — the speaker is the noun phrase `who` refers to, not the sentence's subject.
        // Not a passive (`students who were told`) nor the anonymity clause (`one dealer,
        // who asked not to be named, told Reuters`: the main verb comes later).
        let passive = items[j..verb]
            .iter()
            .any(|it| self.word(it).is_some_and(|w| is_in(BE_FORMS, &lower(w))));
        let anonymity = self
            .word(&items[verb])
            .is_some_and(|v| is_in(&["asked", "requested", "spoke"], v))
            && items
                .get(verb + 1)
                .and_then(|it| self.word(it))
                .is_some_and(|w| is_in(&["not", "to", "for", "on"], w));
        if j > lo + 1
            && !passive
            && !anonymity
            && self.word(&items[j - 1]).is_some_and(|w| w == "who")
        {
            let mut e = j - 1;
            if self.is_punct(items.get(e - 1), ",") {
                e -= 1;
            }
            if let Some(f) = self.np_ending_at(items, e, lo) {
                return Some(f);
            }
        }
        // Parenthetical between subject and verb: `Rep. Earl Blumenauer (D-Ore.) said`.
        if j > lo && self.is_punct(items.get(j - 1), ")") {
            let mut k = j - 1;
            while k > lo && !self.is_punct(items.get(k), "(") && j - k < 10 {
                k -= 1;
            }
            if self.is_punct(items.get(k), "(") && k > lo {
                j = k;
            }
        }
        if j <= lo {
            return None;
        }
        // `he laughed and said`: skip `and` plus one verb.
        if j >= lo + 3 && self.word(&items[j - 1]) == Some("and") {
            let v2 = self.word(&items[j - 2]).unwrap_or("");
            if v2.chars().next().is_some_and(|c| c.is_lowercase())
                && (v2.ends_with("ed") || v2.ends_with('s') || is_cue_word(v2))
            {
                if let Some(f) = self.np_ending_at(items, j - 2, lo) {
                    if f.kind != MentionKind::Descriptive {
                        return Some(f);
                    }
                }
            }
            // `his lawyer, Antony Townsden, told the BBC it was a laughable suggestion and
            // added:`: the subject of the first reporting verb of the clause.
            if let Some(f) = self.subject_of_earlier_cue(items, j - 1, lo) {
                return Some(f);
            }
            // `But Dunne is keen to put that period of his life behind him and said:` (BBC
            // sport): the named subject that opens the clause.
            if let Some(f) = self.subject_at(items, lo, j - 1) {
                return Some(f);
            }
        }
        // `Lisa Power, head of policy at the Terrence Higgins Trust said`: the comma that
        // would close the apposition is left out; the name before it speaks.
        if let Some(f) = self.name_before_role(items, j, lo) {
            return Some(f);
        }
        // Apposition: `Sullivan, a spokesman for X, said` or `adviser, Jake Sullivan, told`.
        if self.is_punct(items.get(j - 1), ",") {
            let mut k = j - 1;
            let mut n = 0;
            while k > lo
                && !self.is_punct(items.get(k - 1), ",;:.!?")
                && !matches!(items[k - 1], Item::Quote { .. })
                && n < 28
            {
                k -= 1;
                n += 1;
            }
            // items[k..j-1] is the segment between commas.
            if k < j - 1 && k > lo && self.is_punct(items.get(k - 1), ",") {
                let inner = self.np_in(items, k, j - 1);
                // Only a name-like segment is the speaker (`adviser, Jake Sullivan,
                // told`); `Trump, asked about Mr. Putin, said` is a clause.
                let seg_namelike = items[k..j - 1].iter().all(|x| {
                    self.word(x).is_some_and(|w| {
                        w.chars().next().is_some_and(|c| c.is_uppercase())
                            || is_quote_title(&lower(w))
                            || is_in(&["de", "van", "von", "der", "bin", "al"], w)
                    })
                }) && j - 1 - k <= 5;
                if let Some(f) = &inner {
                    if f.kind == MentionKind::Name && seg_namelike {
                        return inner;
                    }
                }
                // `Another analyst, Richard Cohen at Brown Baldwin Nisker Ltd, noted`
                // (Reuters): a name and its firm.
                let capital = |x: &Item| {
                    self.word(x)
                        .is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase))
                };
                let name_end = (k..j - 1).find(|&m| !capital(&items[m])).unwrap_or(j - 1);
                let firm = name_end >= k + 2
                    && name_end + 1 < j - 1
                    && self
                        .word(&items[name_end])
                        .is_some_and(|w| is_in(&["at", "of", "from", "with"], w))
                    && items[name_end + 1..j - 1]
                        .iter()
                        .all(|x| capital(x) || self.is_punct(Some(x), "&."))
                    // `Tim Crawford, Group Economist at Halifax, said`: a role, not a name.
                    && items[k..name_end].iter().all(|x| {
                        self.word(x).is_some_and(|w| {
                            let w = lower(w);
                            !is_quote_title(&w) && !is_in(PERSON_NOUNS, &w) && !names_a_person(&w)
                        })
                    });
                if firm {
                    if let Some(f) = self.np_in(items, k, name_end) {
                        if f.kind == MentionKind::Name {
                            return Some(f);
                        }
                    }
                }
                // Descriptive apposition: the name sits before the first comma.
                let before = self.np_ending_at(items, k - 1, lo);
                if let Some(b) = before {
                    // `Richard Doherty, from Panasonic's Hollywood Laboratories, one of the
                    // pioneers of Blu-ray, told` (BBC tech/321): the name before the body.
                    if let Some(p) = self.name_before_affiliation(items, &b, lo) {
                        return Some(p);
                    }
                    return Some(self.affiliated_person(items, &b, lo).unwrap_or(b));
                }
                return inner;
            }
            // `Chairman of the Environmental Audit Committee Peter Ainsworth MP, said:` (BBC
            // politics): a stray comma after a clause-opening name.
            // The name is the capitalised words after the body (`Committee`) or the title
            // before it; `MP` after it is no part of it.
            // Not before `asked`: `Tory leader Michael Howard, asked about …, said` (BBC
            // politics/186) is a participle's clause, not the speaker of the quote before it.
            let listener = self
                .word(&items[verb])
                .is_some_and(|v| is_in(LISTENER_VERBS, v));
            if k == lo && j >= lo + 3 && !listener {
                let mut e = j - 1;
                if self
                    .word(&items[e - 1])
                    .is_some_and(|w| is_quote_title(&lower(w)))
                {
                    e -= 1;
                }
                let mut s = e;
                while s > lo
                    && e - s < 3
                    && self.word(&items[s - 1]).is_some_and(|w| {
                        let lw = lower(w);
                        w.chars().next().is_some_and(char::is_uppercase)
                            && w.chars().any(char::is_lowercase)
                            && !is_quote_title(&lw)
                            && !ORG_NOUNS.iter().any(|(noun, _)| *noun == lw)
                            && !not_a_name(w)
                    })
                {
                    s -= 1;
                }
                return (e >= s + 2).then(|| self.found_over(items, s, e, MentionKind::Name));
            }
            return None;
        }
        let f = self.np_ending_at(items, j, lo)?;
        let f = self.first_of_pair(items, &f, lo).unwrap_or(f);
        Some(self.affiliated_person(items, &f, lo).unwrap_or(f))
    }

    /// Two people who said it together are the first named (the news-quotes guideline):
    /// `JP Morgan chief executive William Harrison and chief operating officer James Dimon
    /// said in the letter` (BBC business/072) is William Harrison. Only full names on both
    /// sides: `visited Paris and Smith said` joins nothing.
    fn first_of_pair(&self, items: &[Item], f: &Found, lo: usize) -> Option<Found> {
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

    /// The person whose organisation the noun phrase `f` names: `Lt Col Eric Schnaible of the
    /// PCO told` (BBC business/334), and through a role, `Jack Beedle, President of In-Stat,
    /// an electronics industry research firm, called` (Reuters).
    fn affiliated_person(&self, items: &[Item], f: &Found, lo: usize) -> Option<Found> {
        let k = self.index_at(items, f.ms, lo, None)?;
        if k < lo + 2
            || !self
                .word(&items[k - 1])
                .is_some_and(|w| is_in(&["of", "at", "from"], w))
        {
            return None;
        }
        let owner = self.np_ending_at(items, k - 1, lo)?;
        let owner_text = lower(&self.text[owner.ms..owner.me]);
        let lone_title = is_quote_title(&owner_text) || is_in(PERSON_NOUNS, &owner_text);
        if owner.kind == MentionKind::Name && self.person_like(&owner) && !lone_title {
            return Some(owner);
        }
        // `Name, President of X`: a lone title before `of`, after a comma.
        let r = self.index_at(items, owner.ms, lo, Some(k - 1))?;
        let title = self
            .word(&items[r])
            .is_some_and(|w| is_quote_title(&lower(w)) || is_in(PERSON_NOUNS, &lower(w)));
        if r + 2 != k || !title || r < lo + 2 || !self.is_punct(items.get(r - 1), ",") {
            return None;
        }
        self.np_ending_at(items, r - 1, lo)
            .filter(|n| n.kind == MentionKind::Name && self.person_like(n))
    }

    /// The index in `items[lo..hi]` (`hi` the end when `None`) of the item starting at byte
    /// `start`.
    fn index_at(
        &self,
        items: &[Item],
        start: usize,
        lo: usize,
        hi: Option<usize>,
    ) -> Option<usize> {
        let hi = hi.unwrap_or(items.len());
        items[lo..hi]
            .iter()
            .position(|it| self.item_span(it).0 == start)
            .map(|i| i + lo)
    }

    /// The person's name before `, from X` when `f` is that `X`: `Richard Doherty, from
    /// Panasonic's Hollywood Laboratories`.
    fn name_before_affiliation(&self, items: &[Item], f: &Found, lo: usize) -> Option<Found> {
        let k = self.index_at(items, f.ms, lo, None)?;
        if k < lo + 3
            || !self
                .word(&items[k - 1])
                .is_some_and(|w| is_in(&["from", "of", "at", "with"], w))
            || !self.is_punct(items.get(k - 2), ",")
        {
            return None;
        }
        self.np_ending_at(items, k - 2, lo).filter(|n| {
            n.kind == MentionKind::Name
                && self.text[n.ms..n.me].contains(' ')
                && self.person_like(n)
        })
    }

    /// A name that reads as a person's: no determiner in or before it (`A Top of the Pops
    /// spokesperson`, `The Votes at 16 alliance`) and
    /// no possessive (`the FDA's Office of Drug Safety`).
    fn person_like(&self, f: &Found) -> bool {
        let words = &self.text[f.ms..f.me];
        let before = self.word_before(f.ms).unwrap_or("");
        !is_in(DETERMINERS, &lower(before))
            && !words.contains("'s")
            && !words.contains("’s")
            && words
                .split_whitespace()
                .next()
                .is_some_and(|w| !is_in(DETERMINERS, &lower(w)))
    }

    /// The subject of the nearest reporting verb before item `and` (the `and` of `told … and
    /// added`) in the same sentence.
    fn subject_of_earlier_cue(&self, items: &[Item], and: usize, lo: usize) -> Option<Found> {
        const REACH: usize = 20;
        let mut v = and;
        while v > lo && and - v < REACH {
            v -= 1;
            match &items[v] {
                Item::Quote { .. } => return None,
                Item::Punct { c, .. } if ".!?;:".contains(*c) => return None,
                it if self.is_cue(it) => {
                    let f = self.subject_before(items, v, lo)?;
                    return (f.kind != MentionKind::Descriptive).then_some(f);
                }
                _ => {}
            }
        }
        None
    }

    /// `Name, role phrase` ending at item `end` (a verb follows): the name, when the phrase
    /// after the comma starts with a title or a person noun (`head`, `Chair`, `editor`) and
    /// holds no clause.
    fn name_before_role(&self, items: &[Item], end: usize, lo: usize) -> Option<Found> {
        const REACH: usize = 14;
        let mut c = end;
        while c > lo && end - c < REACH {
            c -= 1;
            match &items[c] {
                Item::Punct { c: ',', .. } => break,
                Item::Word { .. } => {
                    let lw = lower(self.word(&items[c])?);
                    if is_in(&["who", "which", "that", "when", "while", "but"], &lw)
                        || self.is_cue(&items[c])
                    {
                        return None;
                    }
                }
                _ => return None,
            }
        }
        if !self.is_punct(items.get(c), ",") || c + 1 >= end {
            return None;
        }
        let mut first = c + 1;
        if self
            .word(&items[first])
            .is_some_and(|w| is_in(&["the", "a", "an"], &lower(w)))
        {
            first += 1;
        }
        let role = lower(self.word(items.get(first)?)?);
        let is_role = is_quote_title(&role)
            || is_in(PERSON_NOUNS, &role)
            || ["man", "woman", "person"].iter().any(|s| role.ends_with(s));
        // `…, Mr Blair said`: a title with its name is the subject itself.
        let named = items[first..end].iter().all(|it| {
            self.word(it)
                .is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase))
        });
        if !is_role || named {
            return None;
        }
        let f = self.np_ending_at(items, c, lo)?;
        // `Writing his Christmas message in the Northern Echo, the Bishop said:` (BBC
        // entertainment/009): a name after a preposition is no subject.
        let governed = self.word_before(f.ms).is_some_and(|w| {
            let w = lower(w);
            is_in(PREPOSITIONS, &w) || is_in(OPENING_PREPOSITIONS, &w) || is_in(DETERMINERS, &w)
        });
        (f.kind == MentionKind::Name && !governed).then_some(f)
    }

    /// Noun phrase ending just before item index `end` (exclusive).
    pub(super) fn np_ending_at(&self, items: &[Item], end: usize, lo: usize) -> Option<Found> {
        if end <= lo {
            return None;
        }
        let last = self.word(&items[end - 1])?;
        let ll = lower(last);
        if is_in(PRONOUNS_M, &ll) || is_in(PRONOUNS_F, &ll) || is_in(PRONOUNS_OTHER, &ll) {
            let (s, e) = self.item_span(&items[end - 1]);
            return Some(Found {
                ms: s,
                me: e,
                kind: MentionKind::Pronoun,
            });
        }
        // Collect words backwards.
        let mut k = end;
        let mut n = 0;
        while k > lo && n < 8 {
            let Some(w) = self.word(&items[k - 1]) else {
                break;
            };
            let lw = lower(w);
            // `the Ministry of Foreign Affairs spokesperson`, `the Finance and Economy
            // Ministry` (BBC): an `of`, `for` or `and` between capitalised words is inside a
            // name.
            let of_in_name = |k: usize| {
                is_in(&["of", "for", "and"], &lw)
                    && k >= lo + 2
                    && k < end
                    && [&items[k - 2], &items[k]].iter().all(|it| {
                        self.word(it)
                            .is_some_and(|x| x.chars().next().is_some_and(char::is_uppercase))
                    })
            };
            if (is_in(CLAUSE_WORDS, &lw) && !of_in_name(k))
                || (is_cue_word(&lw) && w.chars().next().is_some_and(|c| c.is_lowercase()))
            {
                break;
            }
            k -= 1;
            n += 1;
        }
        if k == end {
            return None;
        }
        // `A spokesman for the Business Software Alliance said`: the spokesman speaks,
        // not the organisation.
        if let Some(f) = self.role_of(items, k, end, lo) {
            return Some(f);
        }
        self.np_in(items, k, end)
    }

    /// `[a] spokesman for` / `[the] head of` right before the noun phrase `items[k..end]`:
    /// the whole phrase, a description of a person.
    fn role_of(&self, items: &[Item], k: usize, end: usize, lo: usize) -> Option<Found> {
        if k < lo + 2 {
            return None;
        }
        let prep = self.word(&items[k - 1])?;
        if !is_in(&["for", "of", "at", "from", "with"], prep) {
            return None;
        }
        let noun = lower(self.word(&items[k - 2])?);
        let person = is_in(PERSON_NOUNS, &noun)
            || ["man", "woman", "person"].iter().any(|s| noun.ends_with(s));
        if !person {
            return None;
        }
        // `director of rugby Nigel Melville told` (BBC sport/358): a role of something named
        // by a lower-case word, then the name of the one who holds it. Not after a word for a
        // body (`chief executive of engineering firm Balfour Beatty`).
        if let Some(f) = self.np_in(items, k, end).filter(|f| {
            let before = self.word_before(f.ms).unwrap_or("");
            f.kind == MentionKind::Name
                && self.text[f.ms..f.me].split_whitespace().count() >= 2
                && before.chars().next().is_some_and(char::is_lowercase)
                && !is_in(DETERMINERS, before)
                && !is_in(CLAUSE_WORDS, before)
                && !ORG_NOUNS.iter().any(|(noun, _)| *noun == before)
        }) {
            return Some(f);
        }
        let mut start = k - 2;
        if start > lo
            && self
                .word(&items[start - 1])
                .is_some_and(|w| is_in(DETERMINERS, &lower(w)))
        {
            start -= 1;
        }
        Some(self.found_over(items, start, end, MentionKind::Descriptive))
    }

    /// Classifies the words `items[a..b]` as a name (trailing capitalised run),
    /// or a description (from its determiner on).
    pub(super) fn np_in(&self, items: &[Item], a: usize, b: usize) -> Option<Found> {
        if a >= b {
            return None;
        }
        let words: Vec<(usize, usize, &str)> = items[a..b]
            .iter()
            .filter_map(|it| match *it {
                Item::Word { s, e } => Some((s, e, &self.text[s..e])),
                _ => None,
            })
            .collect();
        if words.is_empty() || words.len() != b - a {
            // Punctuation inside: only keep the part after the last punctuation.
            let mut k = b;
            while k > a && matches!(items[k - 1], Item::Word { .. }) {
                k -= 1;
            }
            if k == b || k == a {
                return None;
            }
            return self.np_in(items, k, b);
        }
        let is_cap = |w: &str| w.chars().next().is_some_and(|c| c.is_uppercase());
        let (ls, le, lw) = words[words.len() - 1];
        let llw = lower(lw);
        if words.len() == 1
            && (is_in(PRONOUNS_M, &llw) || is_in(PRONOUNS_F, &llw) || is_in(PRONOUNS_OTHER, &llw))
        {
            return Some(Found {
                ms: ls,
                me: le,
                kind: MentionKind::Pronoun,
            });
        }
        // a month or a weekday is a surname after a first name or title ("Theresa May",
        // "Mrs May", "Mike Friday")
        let surname_month = is_in(
            &[
                "May",
                "March",
                "June",
                "August",
                "Monday",
                "Tuesday",
                "Wednesday",
                "Thursday",
                "Friday",
                "Saturday",
                "Sunday",
            ],
            lw,
        ) && (words.len() >= 2
            && words[words.len() - 2]
                .2
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
            && {
                let p = words[words.len() - 2].2;
                is_quote_title(&lower(p)) || !not_a_name(p)
            }
            // `"…," May wrote on his website` (BBC entertainment/138: Brian May): a month
            // that speaks is a surname.
            || words.len() == 1 && items.get(b).is_some_and(|it| self.is_cue(it)));
        // `Dr Fox said` (BBC: Liam Fox): a title makes an outlet's name a surname.
        let titled_surname = words.len() >= 2
            && is_in(NOT_NAMES, lw)
            && is_quote_title(&lower(words[words.len() - 2].2));
        if not_a_name(lw) && !surname_month && !titled_surname {
            return None;
        }
        let name_suffix = is_in(NAME_SUFFIXES, &llw)
            && words.len() >= 2
            && is_cap(words[words.len() - 2].2)
            && !is_quote_title(&lower(words[words.len() - 2].2));
        if is_cap(lw) && (!is_quote_title(&llw) || name_suffix) {
            // Trailing capitalised run, extended over titles/particles.
            let mut k = words.len() - 1;
            while k > 0 {
                let w = words[k - 1].2;
                let lw2 = lower(w);
                // `the Department for Transport said` (BBC business/166), `the Bank of
                // England`: an institution's `of`/`for` joins the run.
                let org_noun = |w: &str| ORG_NOUNS.iter().any(|(noun, _)| *noun == lower(w));
                let institution_link = k >= 2
                    && is_cap(words[k - 2].2)
                    && ((is_in(&["of", "for"], &lw2) && org_noun(words[k - 2].2))
                        // `the Finance and Economy Ministry said` (BBC business): `and`
                        // inside a body's name, when the run ends in an institution noun.
                        || (lw2 == "and" && org_noun(lw)));
                if is_cap(w)
                    || institution_link
                    || is_in(
                        &[
                            "de", "van", "von", "der", "bin", "al", "la", "le", "da", "del",
                        ],
                        &lw2,
                    )
                {
                    k -= 1;
                } else {
                    break;
                }
            }
            // `the Labour MP for Birkenhead asked` (BBC politics): a role of a place or
            // body is a description of a person, not the place.
            // `the Tory MP for Sleaford and North Hykeham` (BBC politics/273): over `and`.
            let mut r = k;
            if r >= 3 && lower(words[r - 1].2) == "and" && is_cap(words[r - 2].2) {
                r -= 1;
                while r >= 2 && is_cap(words[r - 1].2) {
                    r -= 1;
                }
            }
            if r >= 2 && is_in(&["for", "of"], &lower(words[r - 1].2)) {
                let role = lower(words[r - 2].2);
                // Only after a determiner: `Secretary of State Marco Rubio` and `Jack
                // Beedle, President of In-Stat` name people.
                let det = words[..r - 1]
                    .iter()
                    .position(|w| is_in(DETERMINERS, &lower(w.2)));
                if let (true, Some(start)) =
                    (is_quote_title(&role) || is_in(PERSON_NOUNS, &role), det)
                {
                    return Some(Found {
                        ms: words[start].0,
                        me: le,
                        kind: MentionKind::Descriptive,
                    });
                }
            }
            // `the American`, `the Spaniard`: one capitalised word after an
            // article is a description, not a name.
            // So is one after an article and a preposition (`an analyst at ASK-Raymond
            // James`, BBC business/480); `a tearful Claxton` and `the 19-year-old Simpson`
            // are people.
            if k + 1 == words.len() && k > 0 {
                let article = (0..k).rev().find(|&i| {
                    !words[i].2.chars().next().is_some_and(char::is_lowercase)
                        || is_in(&["the", "a", "an"], &lower(words[i].2))
                });
                let describes = |a: usize| {
                    is_in(&["the", "a", "an"], &lower(words[a].2))
                        && (a + 1 == k || words[a + 1..k].iter().any(|w| is_in(PREPOSITIONS, w.2)))
                };
                if let Some(a) = article.filter(|&a| describes(a)) {
                    return Some(Found {
                        ms: words[a].0,
                        me: le,
                        kind: MentionKind::Descriptive,
                    });
                }
            }
            // A run that starts the sentence with a function word is not a name.
            let first = lower(words[k].2);
            if is_in(
                &[
                    "the", "but", "and", "so", "still", "yet", "then", "now", "in", "on", "at",
                    "after", "during", "speaking", "asked", "when",
                ],
                &first,
            ) {
                k += 1;
                if k >= words.len() {
                    return None;
                }
            }
            // Descriptions like `the Florida senator` end in lowercase, so a
            // trailing capitalised run here is a name (maybe with titles).
            return Some(Found {
                ms: words[k].0,
                me: le,
                kind: MentionKind::Name,
            });
        }
        // Descriptive: from the leftmost determiner, else the last three words.
        let mut k = words.len().saturating_sub(3);
        for (i, w) in words.iter().enumerate() {
            if is_in(DETERMINERS, &lower(w.2)) {
                k = i;
                break;
            }
        }
        // `Media, Culture and Sport spokeswoman`: never start at a joining word.
        while k + 1 < words.len() && is_in(CLAUSE_WORDS, &lower(words[k].2)) {
            k += 1;
        }
        Some(Found {
            ms: words[k].0,
            me: le,
            kind: MentionKind::Descriptive,
        })
    }

    /// Noun phrase after a verb (`said Sen. Chuck Schumer`, `said a spokesman`).
    pub(super) fn np_after(&self, items: &[Item], verb: usize, hi: usize) -> Option<Found> {
        let mut k = verb + 1;
        let start = k;
        let mut n = 0;
        while k < hi && n < 10 {
            let Some(w) = self.word(&items[k]) else { break };
            let lw = lower(w);
            // `and` may join modifiers (`oil and gas worker Mike Wipf`).
            if k > start
                && lw != "and"
                && is_in(
                    &[
                        "who",
                        "in",
                        "at",
                        "on",
                        "during",
                        "after",
                        "before",
                        "when",
                        "while",
                        "that",
                        "because",
                        "as",
                        "to",
                        "with",
                        "about",
                        "last",
                        "this",
                        "from",
                        "via",
                        "earlier",
                        "later",
                        "afterwards",
                        "afterward",
                        "adding",
                        "noting",
                        "saying",
                    ],
                    &lw,
                )
            {
                break;
            }
            if k == start
                && is_in(
                    &[
                        "that", "in", "at", "on", "to", "it", "this", "so", "of", "about", "with",
                        "during", "after", "before", "by", "from", "for", "recently", "last",
                        "earlier", "later", "then",
                    ],
                    &lw,
                )
            {
                return None;
            }
            k += 1;
            n += 1;
        }
        if k == start {
            return None;
        }
        // `said Kleinwort and Benson Ltd's securities analyst, Peter Tasker` (Reuters): a
        // role ending at a comma, then a name: the name.
        if k > start + 1 && self.is_punct(items.get(k), ",") {
            let role = self
                .word(&items[k - 1])
                .is_some_and(|w| is_in(PERSON_NOUNS, w) || names_a_person(w));
            let mut m = k + 1;
            while m < hi
                && m - k <= 4
                && self
                    .word(&items[m])
                    .is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase))
            {
                m += 1;
            }
            let ends = m == hi || !matches!(items.get(m), Some(Item::Word { .. }));
            if role && ends && m >= k + 3 {
                if let Some(g) = self.np_in(items, k + 1, m) {
                    if g.kind == MentionKind::Name {
                        return Some(g);
                    }
                }
            }
        }
        // `says Cara Diemont of IT firm Dimension Data`: a name right after the
        // verb ends with its capitalised run.
        let cap = |x: &Item| {
            self.word(x).is_some_and(|w| {
                w.chars().next().is_some_and(|c| c.is_uppercase()) || is_quote_title(&lower(w))
            })
        };
        let upper_first = self
            .word(&items[start])
            .is_some_and(|w| w.chars().next().is_some_and(|c| c.is_uppercase()));
        if upper_first {
            let mut m = start;
            while m < k && cap(&items[m]) {
                m += 1;
            }
            // `White House-era documents from …`: a capitalised premodifier of a
            // lower-case noun is not a name; keep the whole phrase.
            let premodifier = m < k
                && self.word(&items[m]).is_some_and(|w| {
                    w.chars().next().is_some_and(|c| c.is_lowercase())
                        && !is_in(&["of", "from", "at", "for", "and", "in"], w)
                });
            if !premodifier {
                k = m;
            }
        }
        // `said a spokesman for Abbey National Building Society` (Reuters): the unnamed
        // spokesman, in full, as `A spokesman for X said` reads.
        let indefinite = self
            .word(&items[start])
            .is_some_and(|w| is_in(&["a", "an", "one"], &lower(w)));
        if indefinite {
            let role = (start + 1..k.min(start + 4)).find(|&i| {
                self.word(&items[i])
                    .is_some_and(|w| is_in(PERSON_NOUNS, &lower(w)) || names_a_person(w))
            });
            let linked = role.is_some_and(|r| {
                items
                    .get(r + 1)
                    .and_then(|it| self.word(it))
                    .is_some_and(|w| is_in(&["for", "of", "at"], w))
            });
            if linked {
                return Some(self.found_over(items, start, k, MentionKind::Descriptive));
            }
        }
        let mut f = self.np_in(items, start, k)?;
        if f.kind == MentionKind::Name {
            // Keep a leading title run attached (`said Sen. Chuck Schumer`).
            let (ss, _) = self.item_span(&items[start]);
            let pre = &self.text[ss..f.ms];
            if pre.split_whitespace().all(|w| {
                is_quote_title(&lower(w)) || w.chars().next().is_some_and(|c| c.is_uppercase())
            }) {
                f.ms = ss;
            }
        }
        // `said the senator's spokesman, Brian Fallon` → prefer the name.
        if f.kind == MentionKind::Descriptive && self.is_punct(items.get(k), ",") {
            let mut m = k + 1;
            while m < hi && matches!(items[m], Item::Word { .. }) && m - k < 5 {
                m += 1;
            }
            if let Some(g) = self.np_in(items, k + 1, m) {
                if g.kind == MentionKind::Name
                    && self.text[g.ms..g.me]
                        .chars()
                        .next()
                        .is_some_and(|c| c.is_uppercase())
                {
                    return Some(g);
                }
            }
        }
        // `said analyst Victor Krueger of the Gartner Group` (Reuters): the analyst.
        Some(self.affiliated_person(items, &f, start).unwrap_or(f))
    }
}
