//! Step 3's grammar: the noun phrases around a reporting verb. Who is the subject of
//! "said" before it, who follows "said" after it, and what a sentence is about.

use super::marks::RawQuote;
use super::names_a_person;
use super::words::{is_cue_word, is_in, lower, not_a_name, Item};
use crate::lexicon::{
    is_party_tag, is_quote_title, AUX_ADVERBS, BE_FORMS, CLAUSE_WORDS, DETERMINERS, DOCUMENT_NOUNS,
    LISTENER_VERBS, MONTHDAYS, ORG_NOUNS, PERSON_NOUNS, PRONOUN_CUES, RAISING_PARTICIPLES,
    REFLEXIVES,
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

/// At most this many phrases of setting between a subject and its verb (`in a news briefing
/// in New Delhi`).
const SETTING_PHRASES: usize = 3;

/// Most modifiers before the role of an apposition that leaves out its closing comma (`a
/// Austrian Green member of …`).
pub(super) const ROLE_MODIFIERS: usize = 3;

/// Most words of a relative clause that keeps a source unnamed (`who asked not to be
/// identified by name`).
const ANONYMITY_CLAUSE_WORDS: usize = 8;

/// Events a speaker speaks at or in (`at a news conference`, `in a speech`).
const SETTING_EVENTS: &[&str] = &[
    "briefing",
    "conference",
    "speech",
    "address",
    "rally",
    "hearing",
    "summit",
    "debate",
    "session",
];

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
    // `Noverco said it sold off 400,500 shares "to reduce …"` (Reuters)
    "shares",
];

/// Counts before a noun that is also a reporting verb (`two reports`, `several claims`).
const COUNT_WORDS: &[&str] = &[
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "many",
    "few", "more", "fewer",
];

/// Units of time that `last` or `this` make an adverb between a subject and its verb.
const TIME_UNITS: &[&str] = &[
    "week",
    "weekend",
    "month",
    "year",
    "morning",
    "afternoon",
    "evening",
    "night",
    "summer",
    "autumn",
    "winter",
    "spring",
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
                    ) && self.next_word_is(it, &["out", "on", "back", "in"]))
                    || is_in(PRONOUN_CUES, w)
                        && self
                            .word_before(self.item_span(it).0)
                            .is_some_and(|b| is_in(&["he", "she", "they", "it"], &lower(b))))
                // `817 points in 52 internationals` (BBC sport/373), `two reports`: a
                // count makes it a noun.
                // (`in 2005," said Tim Congdon`, `the 21-year-old told` and `Andre 3000 said`
                // are no counts of nouns.)
                && !(is_in(COUNTED_CUES, w) && self.word_before(self.item_span(it).0).is_some_and(|b| {
                    let number = b.ends_with(|c: char| c.is_ascii_digit())
                        && b.chars().all(|c| c.is_ascii_digit() || c == ',' || c == '.');
                    number || is_in(COUNT_WORDS, b)
                }))
                // `humans continue to burn dirty fuels` (a fundus feature: the next quote
                // had gone to "humans") is no speech either; `Protesters continued to call
                // for …` (PolNeAR) is.
                && !(is_in(&["continue", "continues", "continued"], w)
                    && self.next_word_is(it, &["to"])
                    && !self.word_after_next_is_cue(it))
                // `Souness is said to have been impressed` (BBC sport/250) reports no speech.
                && !(self.next_word_is(it, &["to"])
                    && self
                        .word_before(self.item_span(it).0)
                        .is_some_and(|b| is_in(BE_FORMS, &lower(b))))
        })
    }

    /// The word just before byte `pos` (whatever sentence it is in).
    pub(super) fn word_before(&self, pos: usize) -> Option<&'a str> {
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

    /// Is the second word after `it` a reporting verb (`continued to call`)?
    fn word_after_next_is_cue(&self, it: &Item) -> bool {
        let Item::Word { e, .. } = *it else {
            return false;
        };
        self.text[e..]
            .split_whitespace()
            .nth(1)
            .map(|w| w.trim_end_matches([',', '.', ':']))
            // (the infinitive: `call` is a cue as `calls` and `called`)
            .is_some_and(|w| {
                ["", "s", "d", "ed"]
                    .iter()
                    .any(|x| is_cue_word(&format!("{w}{x}")))
            })
    }

    pub(super) fn is_punct(&self, it: Option<&Item>, set: &str) -> bool {
        matches!(it, Some(Item::Punct { c, .. }) if set.contains(*c))
    }

    /// Noun phrase directly before `verb` (the subject), at or after item `lo`.
    pub(super) fn subject_before(&self, items: &[Item], verb: usize, lo: usize) -> Option<Found> {
        // `In WASHINGTON story, "CONTINENTAL ILL. TO RECHARACTERIZE LOSS," please read …`
        // (Reuters' corrections): an imperative has no subject (15 Reuters headlines had the
        // speaker `please`)
        if verb > lo
            && self
                .word(&items[verb - 1])
                .is_some_and(|w| lower(w) == "please")
        {
            return None;
        }
        let f = self.subject_before_tagged(items, verb, lo)?;
        if let Some(d) = self.unnamed_before_name(items, &f, lo) {
            return Some(d);
        }
        // `Rep. Tom Banning, R-Fla., one of the conservatives who forced …, said`: a
        // party-and-state tag names no one; the lawmaker before it does.
        if is_party_tag(&self.text[f.ms..f.me]) {
            let k = self.index_at(items, f.ms, lo, None)?;
            if k > lo + 1 && self.is_punct(items.get(k - 1), ",") {
                return self
                    .np_ending_at(items, k - 1, lo)
                    .filter(|n| n.kind == MentionKind::Name);
            }
            return None;
        }
        if let Some(person) = self.person_before_affiliation(items, &f, lo) {
            return Some(person);
        }
        Some(f)
    }

    /// [`Self::subject_before`], a party-and-state tag included.
    fn subject_before_tagged(&self, items: &[Item], verb: usize, lo: usize) -> Option<Found> {
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
                                &w,
                            )))
                        && skipped < 3 =>
                {
                    j -= 1;
                    skipped += 1;
                }
                // `as Montoya-Lewis herself said` (Times of Israel, news-quotes round 9): a
                // reflexive after the subject is no part of its name (its sex is read there).
                Some(w) if is_in(REFLEXIVES, &w) && skipped < 3 => {
                    j -= 1;
                    skipped += 1;
                }
                // `Mr Howard last week said` (BBC politics: the speaker had been "Howard last
                // week"), `this morning`, `late last night`
                Some(w)
                    if j >= lo + 2
                        && is_in(TIME_UNITS, &w)
                        && self
                            .word(&items[j - 2])
                            .is_some_and(|p| is_in(&["last", "this"], &lower(p)))
                        && skipped < 3 =>
                {
                    j -= 2;
                    skipped += 1;
                    // `late last night`
                    if j > lo
                        && self
                            .word(&items[j - 1])
                            .is_some_and(|p| is_in(&["late", "early"], &lower(p)))
                    {
                        j -= 1;
                    }
                }
                // `He did, however, admit that …` (BBC entertainment/271): an adverb between
                // commas.
                None if j >= lo + 4
                    && skipped < 3
                    && self.is_punct(items.get(j - 1), ",")
                    && self.is_punct(items.get(j - 3), ",")
                    && self
                        .word(&items[j - 2])
                        .is_some_and(|w| is_in(AUX_ADVERBS, &lower(w))) =>
                {
                    j -= 3;
                    skipped += 1;
                }
                _ => break,
            }
        }
        // `Mr Houston is alleged to have said that …` (BBC politics/125): the subject of
        // `is`, not the participle.
        // (`to` may be skipped above as an adverb.)
        let to = if j < verb && self.word(&items[j]) == Some("to") {
            Some(j)
        } else {
            (j > lo && self.word(&items[j - 1]) == Some("to")).then(|| j - 1)
        };
        if let Some(t) = to.filter(|&t| {
            t >= lo + 3
                && self
                    .word(&items[t - 1])
                    .is_some_and(|w| is_in(RAISING_PARTICIPLES, w))
                && self
                    .word(&items[t - 2])
                    .is_some_and(|w| is_in(BE_FORMS, &lower(w)))
        }) {
            j = t - 2;
            while j > lo
                && skipped < 3
                && self
                    .word(&items[j - 1])
                    .is_some_and(|w| is_in(AUX_ADVERBS, &lower(w)))
            {
                j -= 1;
                skipped += 1;
            }
        }
        // `The Indian army in a statement said`, `Pakistan on Wednesday said` (NationalPost):
        // the phrase saying where or when is not the subject. Several in a row too: `Vikram
        // Misri in a news briefing in New Delhi accused` (NationalPost): a place is one only
        // after an event (`Officials in Washington said` keeps its phrase; `Speaking in
        // Harrogate Mr Kennedy said` is no place before the name).
        let mut phrases = 0;
        while phrases < SETTING_PHRASES {
            let Some(p) = (j.saturating_sub(4).max(lo + 1)..j).find(|&p| {
                self.word(&items[p])
                    .is_some_and(|w| is_in(&["in", "on", "at"], w))
            }) else {
                break;
            };
            let prep = self.word(&items[p]).unwrap_or_default();
            let head = self.word(&items[j - 1]).map(lower).unwrap_or_default();
            // `Tony Blair had in 1997 complained about` (BBC politics/312): a year too
            let year = head.len() == 4 && head.bytes().all(|b| b.is_ascii_digit());
            let event = is_in(SETTING_EVENTS, &head);
            let timed = is_in(DOCUMENT_NOUNS, &head)
                || is_in(MONTHDAYS, &head)
                || year
                || is_in(
                    &["interview", "morning", "afternoon", "evening", "night"],
                    &head,
                );
            let capital = |it: &Item| {
                self.word(it)
                    .is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase))
            };
            let place = prep == "in"
                && p > lo
                && self.word(&items[p - 1]).is_some_and(|w| {
                    let w = lower(w);
                    is_in(SETTING_EVENTS, &w) || is_in(DOCUMENT_NOUNS, &w) || w == "interview"
                })
                && items[p + 1..j]
                    .iter()
                    .enumerate()
                    .all(|(i, it)| capital(it) || i == 0 && self.word(it) == Some("the"));
            let setting = match prep {
                "at" => event,
                _ => timed || event || place,
            };
            let plain = items[p + 1..j].iter().all(|it| self.word(it).is_some());
            if !(setting && plain) {
                break;
            }
            j = p;
            phrases += 1;
            // and the auxiliary before the phrase (`had in 1997 complained`)
            while j > lo + 1
                && self
                    .word(&items[j - 1])
                    .is_some_and(|w| is_in(AUX_ADVERBS, &lower(w)))
            {
                j -= 1;
            }
        }
        // `An analyst who wanted anonymity said` (Reuters): a relative clause without commas
        // that keeps the speaker unnamed belongs to the noun before it.
        if let Some(w) = (j.saturating_sub(ANONYMITY_CLAUSE_WORDS).max(lo + 1)..j)
            .rev()
            .find(|&w| self.word(&items[w]) == Some("who"))
        {
            let clause = &items[w + 1..j];
            let plain = clause.iter().all(|it| {
                self.word(it)
                    .is_some_and(|x| x.starts_with(char::is_lowercase))
            });
            let unnamed = clause.iter().any(|it| {
                self.word(it)
                    .is_some_and(|x| is_in(&["anonymity", "named", "identified"], x))
            });
            // (a person's noun: `A House staff member involved in drafting the landmark
            // 1986 immigration law who asked not to be identified said` is no law's)
            if plain && unnamed {
                if let Some(f) = self.np_ending_at(items, w, lo).filter(|f| {
                    f.kind == MentionKind::Name || names_a_person(&self.text[f.ms..f.me])
                }) {
                    return Some(f);
                }
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
                return Some(self.head_of_apposition(items, &f, lo).unwrap_or(f));
            }
        }
        // `the Palestinian Dialogue Group in Turkey, which says on its site that …` (CBC): a
        // body's relative clause is the body's, past a place it is in; not a thing's (`the
        // report, which says`, a description, is left to the rules below).
        if j > lo + 2
            && !passive
            && self.word(&items[j - 1]) == Some("which")
            && self.is_punct(items.get(j - 2), ",")
        {
            let mut e = j - 2;
            let mut f = self.np_ending_at(items, e, lo);
            if let Some(place) = f.as_ref().filter(|f| f.kind == MentionKind::Name) {
                let k = self.index_at(items, place.ms, lo, None);
                if let Some(k) = k.filter(|&k| {
                    k > lo + 1
                        && self
                            .word(&items[k - 1])
                            .is_some_and(|w| is_in(&["in", "at", "from"], w))
                }) {
                    e = k - 1;
                    f = self.np_ending_at(items, e, lo);
                }
            }
            // (`the X Group`: a name after a determiner is no person's)
            if let Some(f) = f.filter(|f| f.kind == MentionKind::Name && !self.person_like(f)) {
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
        // Dashes around an apposition: `Andrei Illarionov - then economic adviser to
        // President Vladimir Putin - told a press conference` (BBC business/426): the name
        // before the first dash, not the president inside. Only a dashed aside of words
        // alone, in a clause without commas: `Anshuman Magazine, managing director, of CB
        // Richard Ellis - an international real estate company - told` (business/068) is
        // the comma apposition's, and `the accord - the U.S., Japan, … - had agreed` is a
        // list. (With commas before the aside allowed, `Laah Chong-gyu, executive director
        // of Korea Development Bank - one of the firm's creditors - said` found its
        // speaker and business/068 lost Anshuman Magazine to the firm.)
        if let Some(k) = self.dashed_aside_start(items, j, lo) {
            j = k;
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
            // `Mr Johnson, MP for Henley-on-Thames, Oxfordshire, said` (BBC politics/075):
            // a county after a town is the same apposition's, not a speaker of its own.
            let capital = |x: &Item| {
                self.word(x)
                    .is_some_and(|w| w.starts_with(char::is_uppercase))
            };
            if k + 2 >= j - 1
                && k < j - 1
                && k > lo + 2
                && items[k..j - 1].iter().all(capital)
                && self.is_punct(items.get(k - 1), ",")
                && capital(&items[k - 2])
            {
                let mut p = k - 2;
                while p > lo && capital(&items[p]) && k - p < 6 {
                    p -= 1;
                }
                let placed = self
                    .word(&items[p])
                    .is_some_and(|w| is_in(&["for", "in", "of", "from"], w));
                if placed {
                    let mut s = p;
                    while s > lo && !self.is_punct(items.get(s - 1), ",;:.!?") && p - s < 12 {
                        s -= 1;
                    }
                    if s > lo && self.is_punct(items.get(s - 1), ",") {
                        k = s;
                    }
                }
            }
            k = self.list_segment_start(items, k, j, lo);
            // items[k..j-1] is the segment between commas.
            // `Rep. Joe Barton, R-Texas, said` (Reuters): a party-and-state tag is the
            // lawmaker's, named before it.
            if k + 1 == j - 1 && k > lo + 1 && self.is_punct(items.get(k - 1), ",") {
                let (s, e) = self.item_span(&items[k]);
                if is_party_tag(&self.text[s..e]) {
                    return self.np_ending_at(items, k - 1, lo);
                }
            }
            if k < j - 1 && k > lo && self.is_punct(items.get(k - 1), ",") {
                // `A spokesman for the World Summit … (WSIS), which is meeting this week in
                // Geneva, told` (BBC tech/033): a relative clause says something of the
                // subject before it and holds no speaker.
                let relative = self
                    .word(&items[k])
                    .is_some_and(|w| is_in(&["which", "who", "whose", "where"], &lower(w)));
                if relative {
                    let mut e = k - 1;
                    if e > lo && self.is_punct(items.get(e - 1), ")") {
                        let mut p = e - 1;
                        while p > lo && !self.is_punct(items.get(p), "(") && e - p < 10 {
                            p -= 1;
                        }
                        if self.is_punct(items.get(p), "(") {
                            e = p;
                        }
                    }
                    let b = self.np_ending_at(items, e, lo)?;
                    // `Frank Naylor, chairman of the Farm Credit Administration (FCA), which
                    // regulates …, said` (Reuters): the name before the role.
                    let named = self.name_before_apposed_role(items, &b, lo);
                    // `Lord Faulkner of Worcester, who chaired the inquiry, said:`
                    return Some(
                        named
                            .or_else(|| self.name_before_affiliation(items, &b, lo))
                            .or_else(|| self.affiliated_person(items, &b, lo))
                            .or_else(|| self.head_of_apposition(items, &b, lo))
                            .or_else(|| self.role_before_relative(items, &b, e, lo))
                            .unwrap_or(b),
                    );
                }
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
                    if let Some(d) = self.document_addressed_to(items, &b, lo) {
                        return Some(d);
                    }
                    // `The host, National Resources Defense Council board member Nicole
                    // Lederer, has said` (Free Beacon): a description's apposition that ends
                    // in a full name, with no clause inside, names it.
                    let plain = items[k..j - 1].iter().all(|x| {
                        self.word(x).is_some_and(|w| {
                            let lw = lower(w);
                            !is_in(CLAUSE_WORDS, &lw) && !is_cue_word(&lw) && !lw.ends_with("ed")
                        })
                    });
                    let described = b.kind == MentionKind::Descriptive
                        && self
                            .word(&items[self.index_at(items, b.ms, lo, None)?])
                            .is_some_and(|w| is_in(DETERMINERS, &lower(w)));
                    if let Some(f) = inner.as_ref().filter(|f| {
                        plain
                            && described
                            && f.kind == MentionKind::Name
                            && self.text[f.ms..f.me].contains(' ')
                            && self.person_like(f)
                    }) {
                        return Some(f.clone());
                    }
                    // `George Miller, vice-president of the Canadian Lake Carriers
                    // Association, an association of …, said` (Reuters): a role in the first
                    // apposition, the name before it.
                    if let Some(n) = self.name_before_apposed_role(items, &b, lo) {
                        return Some(n);
                    }
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
        if let Some(d) = self.document_addressed_to(items, &f, lo) {
            return Some(d);
        }
        let f = self.first_of_pair(items, &f, lo).unwrap_or(f);
        Some(self.affiliated_person(items, &f, lo).unwrap_or(f))
    }
}
