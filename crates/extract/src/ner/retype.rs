//! One type per name in an article, then the types the names it gives in full settle: a
//! lone surname or first name of a person named in full is that person, a description
//! before a surname is no first name, a name the story also writes as one word of an
//! organisation is that organisation. Run on an article's filtered mentions before they are
//! grouped into entities ([`super::canonical`]).

use super::gazetteer::{G_COMMON, G_FIRST, G_TITLE};
use super::groups::{surname_word, Mention};
use super::EntityExtractor;
use crate::fold::{fold_string, folded_hash};
use crate::lexicon::{is_particle, CUE_VERBS, LEGAL_FORMS, MORE_LEGAL_FORMS};
use rustc_hash::{FxHashMap, FxHashSet};

use super::canonical::is_all_caps;

/// Majority vote of one type per surface string in an article. Off: on CoNLL dev it cost
/// LOC -0.7 / ORG -1.4 F1 (the same string legitimately takes two types, e.g. a city and its
/// football club), and pass 2 of the tagger already sees the article-level votes as features.
const VOTE_TYPES: bool = false;

/// A lone word the gazetteer knows as a town smaller than this is still the surname of a
/// person the same article names in full ("Imelda Staunton" ... "Staunton is one of the
/// favourites", BBC entertainment: Staunton, Virginia has 24k people). Bigger places keep
/// their type ("George Washington" beside Washington); regions without a figure (0) too.
const SURNAME_TOWN_MAX: u64 = 100_000;

impl EntityExtractor {
    /// Is `name` a place the gazetteer knows only as a town smaller than [`SURNAME_TOWN_MAX`]?
    fn small_town(&self, name: &str) -> bool {
        self.gaz
            .place_population(name)
            .is_some_and(|p| p > 0 && p < SURNAME_TOWN_MAX)
    }

    /// Settles the types of an article's mentions `ms` (of `text`) from one another.
    pub(super) fn retype_by_article(&self, text: &str, ms: &mut [Mention]) {
        // one type per surface string in the article (majority, ties -> first seen)
        let mut votes: FxHashMap<&str, [u32; 3]> = FxHashMap::default();
        for m in ms.iter() {
            votes.entry(m.key.as_str()).or_default()[m.ty as usize] += 1;
        }
        let fixed: FxHashMap<String, u8> = votes
            .iter()
            .filter(|(_, v)| v.iter().filter(|&&c| c > 0).count() > 1)
            .map(|(k, v)| {
                let mut best = 0;
                for i in 1..3 {
                    if v[i] > v[best] {
                        best = i;
                    }
                }
                (k.to_string(), best as u8)
            })
            .collect();
        for m in ms.iter_mut() {
            if let Some(&t) = fixed.get(&m.key) {
                if VOTE_TYPES {
                    m.ty = t;
                }
            }
        }
        // a lone word tagged place/org that is the surname of a person named in full in the
        // same article is that person ("Anne Maguire" ... "Maguire said")
        let surnames: FxHashSet<String> = ms
            .iter()
            .filter(|m| m.ty == 0 && m.tok_end - m.tok_start >= 2)
            .map(|m| surname_word(&m.key).to_string())
            .collect();
        // A small town's name (below) also stays as tagged when the article names a company
        // after it (the first word of a name with a legal form): `Taft` beside Dudley Taft and
        // Taft Broadcasting Co is mostly the company (Reuters). Not for other words: `Wrigley
        // said` beside William Wrigley and Wm. Wrigley Jr Co is the president.
        let company_firsts: FxHashSet<String> = ms
            .iter()
            .filter(|m| {
                m.ty == 2
                    && m.key.split(' ').skip(1).any(|w| {
                        LEGAL_FORMS.contains(&w.trim_end_matches('.'))
                            || MORE_LEGAL_FORMS.contains(&w)
                    })
            })
            .filter_map(|m| m.key.split(' ').next().map(str::to_string))
            .collect();
        // `Michael R. Bloomberg` … `Bloomberg said`, `Ludwig Kreuzberg` … `Kreuzberg says`
        // (news-quotes round 9: a firm and a Berlin district to the gazetteers): the surname
        // that speaks as the person named in full is that person throughout the article,
        // unless the article names a body it starts (`Bloomberg LP`, `Merrill Lynch`).
        // (of a name in letters: not `A320 Airbus`, a plane the tagger took for a person)
        let lettered: FxHashSet<&str> = ms
            .iter()
            .filter(|m| m.ty == 0 && m.tok_end - m.tok_start >= 2)
            .filter(|m| {
                m.key
                    .chars()
                    .all(|c| c.is_alphabetic() || " .-'’".contains(c))
            })
            .map(|m| surname_word(&m.key))
            .collect();
        let speaking: FxHashSet<&str> = ms
            .iter()
            .filter(|m| {
                m.ty != 0 && m.tok_end - m.tok_start == 1 && lettered.contains(m.key.as_str())
            })
            .filter(|m| CUE_VERBS.contains(&super::works::word_after(text, m.span.end)))
            .map(|m| m.key.as_str())
            .collect();
        let bodies_named: FxHashSet<&str> = ms
            .iter()
            .filter(|m| m.ty != 0 && m.tok_end - m.tok_start >= 2)
            .filter_map(|m| m.key.split(' ').next())
            .filter(|first| speaking.contains(first))
            .collect();
        let speaking: FxHashSet<String> = speaking
            .into_iter()
            .filter(|k| !bodies_named.contains(k))
            .map(str::to_owned)
            .collect();
        for m in ms.iter_mut() {
            if m.ty == 0 || m.tok_end - m.tok_start != 1 || !surnames.contains(&m.key) {
                continue;
            }
            if speaking.contains(&m.key) {
                m.ty = 0;
                continue;
            }
            let town = match self.gaz.place_population(&m.key) {
                None => false,
                Some(p) if p > 0 && p < SURNAME_TOWN_MAX => true,
                Some(_) => continue,
            };
            if !(self.gaz.orgs.contains_key(&m.key) || town && company_firsts.contains(&m.key)) {
                m.ty = 0;
            }
        }
        // `Ami Caton, 21, died …` ⏎ `Ami had just started a job` (Express, news-quotes round
        // 11: the tagger took the lone first name for an organisation, and the mother's quotes
        // about her went to it): a lone word tagged place or body that opens the name of
        // exactly one person named in full, and is no one's surname there nor a place or
        // body the gazetteers know, is that person (joined to the full name below).
        let mut firsts: FxHashMap<&str, FxHashSet<&str>> = FxHashMap::default();
        for m in ms
            .iter()
            .filter(|m| m.ty == 0 && m.tok_end - m.tok_start >= 2)
        {
            if let Some(first) = m.key.split(' ').next() {
                firsts.entry(first).or_default().insert(m.key.as_str());
            }
        }
        let first_named: FxHashSet<String> = firsts
            .into_iter()
            .filter(|(first, full)| {
                full.len() == 1
                    && first.len() > 1
                    // (a first name the lists know: not `Pernod` of a firm the tagger made
                    // a person, `Pernod Ricard`)
                    // (nor a title: `Queen` beside `Queen Phoenix` is the band)
                    && self.gaz.token_flags(folded_hash(first)) & (G_FIRST | G_TITLE) == G_FIRST
                    && !surnames.contains(*first)
                    && !self.gaz.orgs.contains_key(*first)
                    // (a small town's name is still her first name, as a surname above:
                    // `her mum Ami said` beside Ami Caton, Ami being a Japanese city of 49k)
                    && (!self.gaz.has_place(first) || self.small_town(first))
            })
            .map(|(first, _)| first.to_owned())
            .collect();
        for m in ms.iter_mut() {
            if m.ty != 0
                && m.tok_end - m.tok_start == 1
                && first_named.contains(&m.key)
                && !is_all_caps(&text[m.span.start..m.span.end])
            {
                m.ty = 0;
            }
        }
        // `Man-of-the-match Duff`, `Singer Ferguson`: a capitalised common word (or a
        // lower-case compound) before the surname of a person the story names in full is a
        // description, not a first name (BBC: Damien Duff's quotes went to "Man-of-the-match
        // Duff").
        let descriptive = |first: &str| {
            let fl = self.gaz.token_flags(folded_hash(first));
            let compound = first.contains('-')
                && first
                    .split('-')
                    .skip(1)
                    .all(|p| p.starts_with(char::is_lowercase));
            compound || (fl & G_COMMON != 0 && fl & (G_FIRST | G_TITLE) == 0 && !is_particle(first))
        };
        // surname -> the full names that end in it and open with no description themselves
        // (`Paddy Casey` beside `Singer-songwriter Casey` is the one name there)
        let mut full_surnames: FxHashMap<String, FxHashSet<String>> = FxHashMap::default();
        for m in ms
            .iter()
            .filter(|m| m.ty == 0 && m.tok_end - m.tok_start >= 2)
        {
            let first = text[m.span.start..m.span.end]
                .split(' ')
                .next()
                .unwrap_or("");
            if let Some(last) = Some(surname_word(&m.key)).filter(|_| !descriptive(first)) {
                full_surnames
                    .entry(last.to_string())
                    .or_default()
                    .insert(m.key.clone());
            }
        }
        for m in ms.iter_mut() {
            if m.ty != 0 || m.tok_end - m.tok_start != 2 {
                continue;
            }
            let surface = &text[m.span.start..m.span.end];
            let Some((first, rest)) = surface.split_once(' ') else {
                continue;
            };
            let rest_key = fold_string(rest);
            let named_elsewhere = full_surnames
                .get(&rest_key)
                .is_some_and(|keys| keys.iter().any(|k| *k != m.key));
            if named_elsewhere && descriptive(first) {
                m.tok_start += 1;
                m.span.start = m.span.end - rest.len();
                m.key = rest_key;
            }
        }
        // A name the story also writes as one word of an organisation is that organisation
        // (`Time Warner said` beside `TimeWarner`, BBC business/001: "Time Warner" was a
        // person), and a known organisation's one word that is no known place is no place
        // (`search-engine Google` there was a place; `Wall Street` stays one, as in CoNLL).
        let org_keys: FxHashSet<String> = ms
            .iter()
            .filter(|m| m.ty == 2 && m.tok_end - m.tok_start == 1)
            .map(|m| m.key.clone())
            .collect();
        for m in ms.iter_mut() {
            if m.ty != 2 && !org_keys.is_empty() {
                // `Time Warner said`, where the tagger took only `Warner`: the word before
                // joins too
                let before = text[..m.span.start]
                    .strip_suffix(' ')
                    .and_then(|b| b.rsplit([' ', '\n']).next())
                    .filter(|w| w.starts_with(char::is_uppercase))
                    .map(fold_string);
                let joined = m.key.replace(' ', "");
                let with_before = before.map(|b| format!("{b}{joined}"));
                let key = [
                    Some(joined).filter(|_| m.tok_end - m.tok_start >= 2),
                    with_before,
                ]
                .into_iter()
                .flatten()
                .find(|k| org_keys.contains(k));
                if let Some(key) = key {
                    m.ty = 2;
                    m.key = key;
                    continue;
                }
            }
            if m.ty == 1
                && m.tok_end - m.tok_start == 1
                && self.gaz.orgs.contains_key(&m.key)
                && !self.gaz.has_place(&m.key)
            {
                m.ty = 2;
            }
        }
    }
}
