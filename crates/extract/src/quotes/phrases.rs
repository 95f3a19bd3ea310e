//! Noun phrases of the clause grammar: the phrase that ends before a reporting verb, the one
//! that follows it (`said Sen. Chuck Schumer`), and whether a run of words is a name, a
//! pronoun or a description. Methods of [`Ctx`], beside [`super::clauses`]' subject finding.

use super::clauses::{Ctx, Found, MentionKind, ROLE_MODIFIERS};
use super::names_a_person;
use super::words::{is_cue_word, is_in, is_org_noun, lower, name_cased, not_a_name, Item};
use crate::lexicon::{
    is_compass, is_quote_title, CLAUSE_WORDS, DETERMINERS, DOCUMENT_NOUNS, GROUP_NOUNS,
    KIN_GROUP_NOUNS, NAME_SUFFIXES, NOT_NAMES, ONE_OF_QUANTIFIERS, ORG_NOUNS, PERSON_NOUNS,
    PLATFORMS, PREPOSITIONS, PRONOUNS_F, PRONOUNS_M, PRONOUNS_OTHER, STAFF_NOUNS,
    UNNAMED_SOURCE_NOUNS,
};

/// Lower-case auxiliaries and modals: before one, lower-case words that follow a reporting
/// verb are the subject of the reported clause (`said the candidate could be …`).
const FINITE_AUXILIARIES: &[&str] = &[
    "could", "would", "will", "should", "may", "might", "must", "can", "is", "was", "were", "are",
    "has", "had", "have",
];

/// Most words of a staff phrase before `led by` (`analysts at Goldman Sachs`).
const STAFF_PHRASE_WORDS: usize = 6;

/// Most lower-case words of an unnamed someone before the preposition of a name (`one
/// senior corporate finance manager in Riyadh`).
const UNNAMED_WORDS: usize = 6;

/// Most words from the determiner of an unnamed someone opening an attribution to its verb
/// (`a spokesman for a company buying on behalf of the Soviet Union said`, Reuters: 12).
const OPENING_UNNAMED_WORDS: usize = 14;

impl Ctx<'_> {
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
            // `The Conservatives’ letter`: a plural's possessive mark is inside the phrase.
            if k < end && k >= lo + 2 && self.plural_possessive(&items[k - 2], &items[k - 1]) {
                k -= 1;
                continue;
            }
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
        // `Goldman analysts led by Daan Struyven wrote`, `analysts at Goldman Sachs led by
        // …`: the staff speak for their firm; the one leading them is no speaker of their own.
        if let Some(f) = self.staff_led_by(items, k, lo) {
            return Some(f);
        }
        // `A source close to the couple told The Sun:`, `people familiar with the matter
        // said`: the phrase is the source, not what it is close to.
        if k >= lo + 3 {
            let (w1, w2) = (
                self.word(&items[k - 1]).map(lower).unwrap_or_default(),
                self.word(&items[k - 2]).map(lower).unwrap_or_default(),
            );
            if (w1 == "to" && w2 == "close") || (w1 == "with" && w2 == "familiar") {
                let det = (lo.max(k.saturating_sub(6))..k - 2).rev().find(|&j| {
                    self.word(&items[j])
                        .is_some_and(|w| is_in(DETERMINERS, &lower(w)))
                });
                if let Some(d) = det {
                    return self.np_in(items, d, end);
                }
                // `Sources close to the prime minister said`: a plural needs no determiner
                let plural = self
                    .word(&items[k - 3])
                    .map(lower)
                    .filter(|w| is_in(GROUP_NOUNS, w) || is_in(&["people", "friends"], w));
                if plural.is_some() {
                    return Some(self.found_over(items, k - 3, end, MentionKind::Descriptive));
                }
            }
        }
        // `one of the administration officials told Reuters`: the one, of the group.
        if k >= lo + 2
            && self.word(&items[k - 1]) == Some("of")
            && self
                .word(&items[k - 2])
                .is_some_and(|w| is_in(ONE_OF_QUANTIFIERS, &lower(w)))
        {
            // (`a spokesman for one of the major Dutch roasters said`: the spokesman)
            return Some(
                self.role_of(items, k - 2, end, lo).unwrap_or_else(|| {
                    self.found_over(items, k - 2, end, MentionKind::Descriptive)
                }),
            );
        }
        // `“…,” a statement on her website said` (BBC sport/443): the document on someone's
        // page, not the page (`its report on the council's work` stays the report).
        if k >= lo + 3
            && self
                .word(&items[k - 1])
                .is_some_and(|w| is_in(&["on", "from"], w))
            && self
                .word(&items[k - 2])
                .is_some_and(|w| is_in(DOCUMENT_NOUNS, &lower(w)))
            && self
                .word(&items[k - 3])
                .is_some_and(|w| is_in(DETERMINERS, &lower(w)))
            && self
                .word(&items[k])
                .is_some_and(|w| is_in(&["his", "her"], &lower(w)))
        {
            return Some(self.found_over(items, k - 3, end, MentionKind::Descriptive));
        }
        // `A spokesman for the Business Software Alliance said`: the spokesman speaks,
        // not the organisation.
        if let Some(f) = self.role_of(items, k, end, lo) {
            return Some(f);
        }
        self.np_in(items, k, end)
    }

    /// The staff phrase before `led by` / `headed by` and the name at `items[k..]`, if the
    /// words before it are a firm's staff: a plural [`STAFF_NOUNS`] word, at most
    /// [`STAFF_PHRASE_WORDS`] back, with only capitalised words and `at`, `from` or `the`
    /// after it (`Goldman analysts`, `analysts at Goldman Sachs`).
    fn staff_led_by(&self, items: &[Item], k: usize, lo: usize) -> Option<Found> {
        if k < lo + 3
            || self.word(&items[k - 1]) != Some("by")
            || !self
                .word(&items[k - 2])
                .is_some_and(|w| w == "led" || w == "headed")
        {
            return None;
        }
        let end = k - 2;
        let mut s = end;
        while s > lo && end - s < STAFF_PHRASE_WORDS {
            let w = self.word(&items[s - 1])?;
            if is_in(STAFF_NOUNS, &lower(w)) {
                s -= 1;
                // (and the firm's name before it: `Goldman analysts`)
                while s > lo
                    && end - s < STAFF_PHRASE_WORDS
                    && self
                        .word(&items[s - 1])
                        .is_some_and(|w| w.starts_with(char::is_uppercase))
                {
                    s -= 1;
                }
                return Some(self.found_over(items, s, end, MentionKind::Descriptive));
            }
            if !(w.starts_with(char::is_uppercase) || is_in(&["at", "from", "the"], w)) {
                return None;
            }
            s -= 1;
        }
        None
    }

    /// Is `mark` the possessive apostrophe of the plural `word` (`Conservatives’`), written
    /// straight after it?
    pub(super) fn plural_possessive(&self, word: &Item, mark: &Item) -> bool {
        match (word, mark) {
            (Item::Word { e, .. }, Item::Punct { s, c: '\'' | '’' }) => {
                e == s && self.text[..*e].ends_with(['s', 'S'])
            }
            _ => false,
        }
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
        // `analysts at Goldman Sachs said`: the firm's staff speak for it
        // (`Resolver::resolve_description` finds the firm)
        if is_in(STAFF_NOUNS, &noun) && prep != "for" {
            return Some(self.found_over(items, k - 2, end, MentionKind::Descriptive));
        }
        // (`The U.S. secretary of state says`, National Post: a title too)
        // (`one dealer for a German bank said`, Reuters: an unnamed source's noun too)
        let person = is_in(PERSON_NOUNS, &noun)
            || is_in(UNNAMED_SOURCE_NOUNS, &noun)
            || is_in(KIN_GROUP_NOUNS, &noun)
            || is_quote_title(&noun)
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
        // The determiner may stand a few modifiers back: `The U.S. secretary of state says`
        // (National Post) is the U.S. one, not a bare `secretary of state` no one was
        // introduced as.
        let mut start = k - 2;
        let det = (lo.max(start.saturating_sub(ROLE_MODIFIERS + 1))..start)
            .rev()
            .take_while(|&j| {
                self.word(&items[j]).is_some_and(|w| {
                    let lw = lower(w);
                    is_in(DETERMINERS, &lw)
                        || !(is_in(CLAUSE_WORDS, &lw)
                            || is_cue_word(&lw)
                            || is_in(PREPOSITIONS, &lw))
                })
            })
            .find(|&j| {
                self.word(&items[j])
                    .is_some_and(|w| is_in(DETERMINERS, &lower(w)))
            });
        if let Some(d) = det {
            start = d;
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
        // (`The Conservatives’ letter` is one phrase)
        let inner = |k: usize| {
            matches!(items[k], Item::Word { .. })
                || k > a && k + 1 < b && self.plural_possessive(&items[k - 1], &items[k])
        };
        if words.is_empty() || !(a..b).all(inner) {
            // Punctuation inside: only keep the part after the last punctuation.
            let mut k = b;
            while k > a && inner(k - 1) {
                k -= 1;
            }
            if k == b || k == a {
                return None;
            }
            return self.np_in(items, k, b);
        }
        // `said al-Chalabi, who is in Caracas` (Reuters reut2-018: the speaker had been
        // Caracas): a name may open with a lower-case particle.
        let is_cap = name_cased;
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
        // "Mrs May", "Mike Friday"); so are the adverbs that are surnames too ("Steven
        // Still", USA Today; "Thomas More")
        let surname_month = is_in(
            &[
                "Still",
                "More",
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
        // `Facebook said`: the company, alone before the verb (not `posted on Facebook`).
        let platform_speaks = words.len() == 1
            && is_in(PLATFORMS, lw)
            && items.get(b).is_some_and(|it| self.is_cue(it));
        if not_a_name(lw) && !surname_month && !titled_surname && !platform_speaks {
            return None;
        }
        // `Outlining the “unimaginable scale” …, he insisted` (Politics.co.uk, news-quotes
        // round 11: four of Keir Starmer's quotes went to `Outlining`): one word in -ing
        // before a determiner or a preposition is a participle, not a name (`Manning said`
        // still is one). BBC + Reuters: 1 speaker mended (`Eliminating this practice …,
        // according to the Congressional Budget Office`), 2 partial quotes that had gone to
        // `continuing` and `failing` now left out
        let participle = words.len() == 1
            && lw.len() > 5
            && lw.ends_with("ing")
            && items
                .get(b)
                .and_then(|x| self.word(x))
                .is_some_and(|w| is_in(DETERMINERS, w) || is_in(PREPOSITIONS, w));
        if participle {
            return None;
        }
        let name_suffix = is_in(NAME_SUFFIXES, &llw)
            && words.len() >= 2
            && is_cap(words[words.len() - 2].2)
            && !is_quote_title(&lower(words[words.len() - 2].2));
        // `Ms King said`, `says King, 30,` (BBC): a title word after an honorific, or before
        // an age, is a surname.
        let title_surname = is_quote_title(&llw)
            && (words.len() >= 2
                && is_in(
                    &["mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr."],
                    &lower(words[words.len() - 2].2),
                )
                || self.is_punct(items.get(b), ",")
                    && items
                        .get(b + 1)
                        .and_then(|x| self.word(x))
                        .is_some_and(|w| w.bytes().all(|c| c.is_ascii_digit())));
        // `Radio 1 said`, `Channel 4 said` (BBC): a number after a name is part of it (not
        // after a month: `on March 1 said`).
        let numbered = lw.len() <= 2
            && lw.bytes().all(|b| b.is_ascii_digit())
            && words.len() >= 2
            && is_cap(words[words.len() - 2].2)
            && !not_a_name(words[words.len() - 2].2);
        if (is_cap(lw) || numbered) && (!is_quote_title(&llw) || name_suffix || title_surname) {
            // Trailing capitalised run, extended over titles/particles.
            let mut k = words.len() - 1;
            while k > 0 {
                let w = words[k - 1].2;
                let lw2 = lower(w);
                // `the Department for Transport said` (BBC business/166), `the Bank of
                // England`: an institution's `of`/`for` joins the run.
                let org_noun = is_org_noun;
                let institution_link = k >= 2
                    && is_cap(words[k - 2].2)
                    && ((is_in(&["of", "for"], &lw2) && org_noun(words[k - 2].2))
                        // `the Finance and Economy Ministry said` (BBC business): `and`
                        // inside a body's name, when the run ends in an institution noun.
                        || (lw2 == "and" && org_noun(lw))
                        // `Morgan Stanley and Co.` (Reuters): a firm's `and Co`.
                        || (lw2 == "and"
                            && k + 1 == words.len()
                            && is_in(&["co", "co.", "company"], &llw)));
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
            // `said the South Korean`, `the New Zealander`: a compass word or `New` before a
            // nationality is one word of it.
            let nationality = |i: usize| {
                let w = words[i].2;
                (is_compass(w) || w == "New")
                    && ["an", "er", "ese", "ish"]
                        .iter()
                        .any(|end| words[i + 1].2.ends_with(end))
            };
            // `said the Illinois Democrat`, `the West Virginia Republican` (US wire copy): a
            // party's member from a state, a lawmaker.
            if k > 0
                && is_in(&["democrat", "republican"], &llw)
                && (2..=3).contains(&(words.len() - k))
                && lower(words[k - 1].2) == "the"
            {
                return Some(Found {
                    ms: words[k - 1].0,
                    me: le,
                    kind: MentionKind::Descriptive,
                });
            }
            let one = if k + 2 == words.len() && k > 0 && nationality(k) {
                k + 1
            } else {
                k
            };
            if one + 1 == words.len() && k > 0 {
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
            // `Police said`, `Officials told`: a plural of people capitalised at the
            // sentence's start describes them; so does a source's noun capitalised after an
            // abbreviation (Reuters capitalises after `U.S.`: `the U.S. Official added`), but
            // not a body's name (`the Scottish Executive said`).
            let det_before = k
                .checked_sub(1)
                .filter(|&d| is_in(DETERMINERS, &lower(words[d].2)));
            let group = is_in(GROUP_NOUNS, &llw);
            let after_abbreviation = words.len() >= k + 2
                && words[words.len() - 2].2.ends_with('.')
                && (group || is_in(UNNAMED_SOURCE_NOUNS, &llw));
            if (group && k + 1 == words.len()) || after_abbreviation {
                return Some(Found {
                    ms: words[det_before.unwrap_or(k)].0,
                    me: le,
                    kind: MentionKind::Descriptive,
                });
            }
            // Descriptions like `the Florida senator` end in lowercase, so a
            // trailing capitalised run here is a name (maybe with titles).
            return Some(Found {
                ms: words[k].0,
                me: le,
                kind: MentionKind::Name,
            });
        }
        // Descriptive: from the leftmost determiner, else the last three words; but a
        // determiner that follows a noun opens a phrase of its own (`In its report on the
        // council's work the committee said`, BBC: `the committee`), unlike one after a
        // preposition (`a spokesman for the ministry`).
        let mut k = words.len().saturating_sub(3);
        for (i, w) in words.iter().enumerate() {
            if is_in(DETERMINERS, &lower(w.2)) {
                k = i;
                break;
            }
        }
        if let Some(i) = (k + 2..words.len().saturating_sub(1)).rev().find(|&i| {
            is_in(&["the", "a", "an"], &lower(words[i].2)) && {
                let before = lower(words[i - 1].2);
                before.chars().all(char::is_alphabetic)
                    && !is_in(PREPOSITIONS, &before)
                    && !is_in(CLAUSE_WORDS, &before)
                    && !is_in(DETERMINERS, &before)
            }
        }) {
            k = i;
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

    /// Does a word of `items[from..to]` name someone by a listed noun (`source` of `a source
    /// close to`, `manager`, `dealer`)? Not by the `-er` of `names_a_source`: `a milder
    /// review in`, `a takeover of` name no one.
    fn names_a_source_in(&self, items: &[Item], from: usize, to: usize) -> bool {
        items.get(from..to).is_some_and(|run| {
            run.iter().any(|it| {
                self.word(it).is_some_and(|w| {
                    let w = lower(w);
                    names_a_person(&w) || is_in(UNNAMED_SOURCE_NOUNS, &w)
                })
            })
        })
    }

    /// `“…,” a spokesman for a company buying on behalf of the Soviet Union said`, `one FRN
    /// market source at a leading U.S. House said` (Reuters): an unnamed someone opening the
    /// words between a quote and its verb at `verb` is their subject, post-modifiers and all;
    /// the name at their end had been taken for the speaker, or nothing (Reuters held 20 such
    /// quotes with no speaker). Its head, before the first preposition, is a source's noun
    /// in lower case: `a former aide John Smith` is John Smith. Not across punctuation (`one
    /// dealer, who asked not to be named, said`) nor a clause.
    pub(super) fn unnamed_after_quote(
        &self,
        items: &[Item],
        i: usize,
        verb: usize,
    ) -> Option<Found> {
        let det = lower(self.word(items.get(i)?)?);
        if !is_in(&["a", "an", "one", "another"], &det)
            || verb < i + 2
            || verb - i > OPENING_UNNAMED_WORDS
        {
            return None;
        }
        let mut first_prep = None;
        for (k, it) in items.iter().enumerate().take(verb).skip(i + 1) {
            match it {
                Item::Word { .. } => {
                    let w = lower(self.word(it)?);
                    // (`and` only inside a name: `Yasuda Trust and Banking Co`)
                    let joins_name = w == "and"
                        && [k - 1, k + 1].iter().all(|&n| {
                            self.word(&items[n])
                                .is_some_and(|x| x.starts_with(char::is_uppercase))
                        });
                    let opens_clause =
                        is_in(CLAUSE_WORDS, &w) && !is_in(PREPOSITIONS, &w) && !joins_name;
                    if opens_clause
                        || is_in(FINITE_AUXILIARIES, &w)
                        || is_in(DETERMINERS, &w) && k == i + 1
                        || is_cue_word(&w)
                    {
                        return None;
                    }
                    if first_prep.is_none() && is_in(PREPOSITIONS, &w) {
                        first_prep = Some(k);
                    }
                }
                // (inside a firm's name: `<Yasuda Trust and Banking Co Ltd>`, `Smith & Co`)
                Item::Punct { c, .. } if "'’&<>".contains(*c) => {}
                _ => return None,
            }
        }
        // `one official here said`: the place of the telling is no part of who
        let mut last = verb - 1;
        while last > i + 1
            && self
                .word(&items[last])
                .is_some_and(|w| is_in(&["here", "there", "today", "yesterday"], w))
        {
            last -= 1;
        }
        let head_end = first_prep.unwrap_or(last + 1).min(last + 1);
        let head = self.word(items.get(head_end.checked_sub(1)?)?)?;
        let source = head_end > i + 1
            && head.starts_with(char::is_lowercase)
            && (names_a_person(head) || is_in(UNNAMED_SOURCE_NOUNS, head));
        if !source {
            return None;
        }
        Some(Found {
            ms: self.item_span(&items[i]).0,
            me: self.item_span(&items[last]).1,
            kind: MentionKind::Descriptive,
        })
    }

    /// `One senior corporate finance manager in Riyadh said`, `an aide to USDA undersecretary
    /// Daniel Amstutz said` (Reuters): a name after a preposition, led by an unnamed
    /// someone, is where or whose they are; the speaker is the whole description (it had
    /// been the place, or no one).
    pub(super) fn unnamed_before_name(
        &self,
        items: &[Item],
        f: &Found,
        lo: usize,
    ) -> Option<Found> {
        if f.kind != MentionKind::Name {
            return None;
        }
        let mut k = self.index_at(items, f.ms, lo, None)?;
        // (`to USDA undersecretary Daniel Amstutz`: the name's own titles before it)
        let preps = ["in", "at", "from", "to", "for", "of", "with"];
        let titled = |it: &Item| {
            self.word(it)
                .is_some_and(|w| !is_in(&preps, w) && !is_in(CLAUSE_WORDS, &lower(w)))
        };
        let name_at = k;
        while k > lo + 1 && name_at - k < ROLE_MODIFIERS && titled(&items[k - 1]) {
            k -= 1;
        }
        let prep = k.checked_sub(1).filter(|&p| p > lo)?;
        if !self.word(&items[prep]).is_some_and(|w| is_in(&preps, w)) {
            return None;
        }
        // back over the description's lower-case words to its determiner (`One` opening
        // the sentence, `one` inside it)
        let plain = |it: &Item| {
            self.word(it)
                .is_some_and(|w| w.chars().all(|c| c.is_lowercase() || c == '-'))
        };
        let determiner = |it: &Item| {
            self.word(it)
                .is_some_and(|w| is_in(&["a", "an", "one", "another"], &lower(w)))
        };
        let det = (lo.max(prep.saturating_sub(UNNAMED_WORDS + 1))..prep)
            .rev()
            .take_while(|&i| plain(&items[i]) || determiner(&items[i]))
            .find(|&i| determiner(&items[i]))?;
        self.names_a_source_in(items, det + 1, prep).then(|| Found {
            ms: self.item_span(&items[det]).0,
            me: f.me,
            kind: MentionKind::Descriptive,
        })
    }

    /// Noun phrase after a verb (`said Sen. Chuck Schumer`, `said a spokesman`).
    pub(super) fn np_after(&self, items: &[Item], verb: usize, hi: usize) -> Option<Found> {
        let mut k = verb + 1;
        let start = k;
        let mut n = 0;
        while k < hi && n < 10 {
            // `said Jardine Fleming (Securities) Ltd analyst Nick Edwards` (Reuters): a
            // bracketed word inside a firm's name.
            if k > start && self.is_punct(items.get(k), "(") {
                let close = (k + 1..hi.min(k + 5)).find(|&c| self.is_punct(items.get(c), ")"));
                let inner_words =
                    close.is_some_and(|c| items[k + 1..c].iter().all(|it| self.word(it).is_some()));
                // only inside a name: a capitalised word goes on after it (`Ltd`)
                let goes_on = close.is_some_and(|c| {
                    items
                        .get(c + 1)
                        .and_then(|it| self.word(it))
                        .is_some_and(|w| w.starts_with(char::is_uppercase))
                });
                match close {
                    Some(c) if inner_words && goes_on && c + 1 < hi => {
                        k = c + 1;
                        continue;
                    }
                    _ => break,
                }
            }
            // `said PBS' Jacoba Atlas`: a plural's possessive mark goes on to the name it owns
            // (BBC entertainment/080: the speaker had been PBS).
            if k > start && self.plural_possessive(&items[k - 1], &items[k]) {
                k += 1;
                n += 1;
                continue;
            }
            let Some(w) = self.word(&items[k]) else { break };
            let lw = lower(w);
            // `Mr. Manafort, citing ''the unique magic of Trump,'' said the candidate could
            // be …` (NYT): a finite verb after the words makes them the subject of what was
            // said, not the one who said it.
            if k > start
                && is_in(FINITE_AUXILIARIES, w)
                && items[start..k].iter().all(|it| {
                    self.word(it)
                        .is_some_and(|x| x.starts_with(char::is_lowercase))
                })
            {
                return None;
            }
            // `by the Russian prosecutor’s general office and all ties were cut` (Nature): an
            // `and` before `all` or a pronoun starts a clause of its own (not before `other`
            // or `fellow`: `Sugarman and other firms`, `his friend and fellow broadcaster`)
            if k > start
                && lw == "and"
                && items
                    .get(k + 1)
                    .and_then(|it| self.word(it))
                    .is_some_and(|x| is_in(&["all", "it", "he", "she", "they", "then"], x))
            {
                break;
            }
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
                        // `said Castaignede ahead of the 12 March tie` (BBC sport/340)
                        "ahead",
                        "following",
                        "amid",
                        "despite",
                        "outside",
                        "yesterday",
                        "today",
                        "tonight",
                        "recently",
                        "shortly",
                        "again",
                        "also",
                        "immediately",
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
            self.word(x)
                .is_some_and(|w| name_cased(w) || is_quote_title(&lower(w)))
        };
        let upper_first = self.word(&items[start]).is_some_and(name_cased);
        if upper_first {
            let mut m = start;
            // `said Nortel president and chief executive Bill Owens` (BBC): `and` between
            // titles stays inside.
            let joined = |m: usize| {
                self.word(&items[m]) == Some("and")
                    && m + 1 < k
                    && cap(&items[m + 1])
                    && m > start
                    && self
                        .word(&items[m - 1])
                        .is_some_and(|w| is_quote_title(&lower(w)))
            };
            let owned = |m: usize| m > start && self.plural_possessive(&items[m - 1], &items[m]);
            while m < k
                && (cap(&items[m]) || joined(m) || owned(m) || self.is_punct(items.get(m), "()"))
            {
                m += 1;
            }
            // `said Rep. Earl Blumenauer (D-Ore.) on Monday`: a bracket that ends the run
            // is no part of the name.
            if m > start && self.is_punct(items.get(m - 1), ")") {
                if let Some(open) = (start..m).rev().find(|&o| self.is_punct(items.get(o), "(")) {
                    m = open;
                }
            }
            // `said Richard and Judy executive producer Amanda Ross` (BBC
            // entertainment/004): two names joined by `and` before a job title are the
            // title's premodifier, not the speaker.
            if m + 2 < k
                && self.word(&items[m]) == Some("and")
                && cap(&items[m + 1])
                && !is_quote_title(&lower(self.word(&items[m + 1]).unwrap_or("")))
            {
                let mut n = m + 1;
                while n < k
                    && self
                        .word(&items[n])
                        .is_some_and(|w| w.starts_with(char::is_uppercase))
                {
                    n += 1;
                }
                let titled = n < k
                    && self.word(&items[n]).is_some_and(|w| {
                        w.starts_with(char::is_lowercase)
                            && (is_quote_title(&lower(w)) || is_in(PERSON_NOUNS, &lower(w)))
                    });
                if titled {
                    m = n;
                }
            }
            // `said Janney Montgomery analyst Louis Marckesano of TWA's sale of its stock`
            // (Reuters): a firm, a role and a name run on to the name's end (the phrase
            // had run on to `its`).
            let role_then_name = |m: usize| {
                m + 1 < k
                    && self.word(&items[m]).is_some_and(|w| {
                        let lw = lower(w);
                        w.starts_with(char::is_lowercase)
                            && (is_in(PERSON_NOUNS, &lw) || names_a_person(&lw))
                    })
                    && self.word(&items[m + 1]).is_some_and(name_cased)
            };
            if m > start && role_then_name(m) {
                m += 1;
                while m < k && cap(&items[m]) {
                    m += 1;
                }
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
