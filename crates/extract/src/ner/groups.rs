//! Mention groups that name one entity, merged: the forms news uses for one company or
//! person within an article ("Merrill Lynch ... Merrill said", "Netherlands Organisation for
//! Applied Scientific Research (TNO) ... TNO's report", "Jan de Vries ... de Vries").

use rustc_hash::{FxHashMap, FxHashSet};

use super::gazetteer::{Gazetteer, G_COMMON, G_FIRST, G_SURNAME};
use crate::entity::{EntityKind, Span};
use crate::fold::{fold_string, folded_hash};
use crate::lexicon::{LEGAL_FORMS, MORE_LEGAL_FORMS, SHORTENED_WORDS, TRADE_WORDS};

/// A name as the tagger found it, before grouping: type, token range, bytes, folded key.
#[derive(Debug, Clone)]
pub(super) struct Mention {
    pub(super) ty: u8,
    pub(super) tok_start: usize,
    pub(super) tok_end: usize,
    pub(super) span: Span,
    pub(super) key: String,
}

/// An entity while mentions are grouped: its kind, key (folded name) and mention indices.
pub(super) type Group = (EntityKind, String, Vec<usize>);

/// A surname of several words ("de Vries", "Parker Bowles") joins the one full name of the
/// article that ends in it ("Jan de Vries"), as a one-word surname joins when grouping; one
/// led by a particle does whatever the tagger typed it ("De Villiers said").
pub(super) fn merge_multiword_surnames(groups: &mut [Group]) {
    let mut people: Vec<usize> = (0..groups.len())
        .filter(|&g| groups[g].0 == EntityKind::Person && groups[g].1.contains(' '))
        .collect();
    // Longer names first: "Perez de Cuellar" joins Javier Perez de Cuellar before "de
    // Cuellar" looks, which then finds one full name instead of two.
    people.sort_by_key(|&g| std::cmp::Reverse(groups[g].1.split(' ').count()));
    // each name under the word suffixes it ends in: "jan de vries" under "de vries", "vries"
    let mut by_suffix: FxHashMap<String, Vec<usize>> = FxHashMap::default();
    for &t in &people {
        let name = &groups[t].1;
        for (p, _) in name.match_indices(' ') {
            by_suffix
                .entry(name[p + 1..].to_owned())
                .or_default()
                .push(t);
        }
    }
    // (`De Villiers said`, opening a sentence, is a body or a place to the tagger: a surname
    // led by a particle is Johan de Villiers's all the same)
    let particled = (0..groups.len()).filter(|&g| {
        groups[g].0 != EntityKind::Person
            && groups[g]
                .1
                .split_once(' ')
                .is_some_and(|(p, rest)| !rest.contains(' ') && crate::lexicon::is_particle(p))
    });
    let speakers: Vec<usize> = people.iter().copied().chain(particled).collect();
    for &g in &speakers {
        let Some(cands) = by_suffix.get(&groups[g].1) else {
            continue;
        };
        let mut fuller = cands.iter().filter(|&&t| t != g && !groups[t].2.is_empty());
        if let (Some(&t), None) = (fuller.next(), fuller.next()) {
            merge_group(groups, g, t);
        }
    }
}

/// A bare surname no full name of the article ends in joins the one full name whose
/// surname it misspells: as long, the same first letter, at most [`MISSPELT_LETTERS`]
/// letters different (Financial Post: `Nathan Janzen` then `Jensen said`; Reuters: `Helmut
/// Schlesinger` then `Schelsinger`). Never a surname of another length: `Brown` is not `Des
/// Browne`; nor a first name (`James` is not `Ken Jones`, `Ronald` not `German Roland`).
/// Full names are bucketed by first letter and length, and a bucket of more than
/// [`MISSPELT_CANDIDATES`] is passed over, so a page of thousands of names stays linear.
/// A doubled letter written once is the one difference of length allowed (BBC business/
/// 468: `Transport Commissioner Jacques Barrot said` then `said Mr Barot`): the two read the
/// same with every double letter single.
pub(super) fn merge_misspelt_surnames(gaz: &Gazetteer, groups: &mut [Group]) {
    let mut buckets: FxHashMap<(char, usize), Vec<SurnameOf>> = FxHashMap::default();
    // full names by their surname with doubled letters single; `None` when two share one
    let mut undoubled: FxHashMap<String, Option<usize>> = FxHashMap::default();
    let mut surnames: FxHashSet<String> = FxHashSet::default();
    for (t, g) in groups.iter().enumerate() {
        if g.0 != EntityKind::Person || !g.1.contains(' ') || g.2.is_empty() {
            continue;
        }
        let surname = surname_word(&g.1);
        let letters: Vec<char> = surname.chars().collect();
        if let Some(&first) = letters.first() {
            buckets
                .entry((first, letters.len()))
                .or_default()
                .push((t, letters));
        }
        undoubled
            .entry(single_letters(surname))
            .and_modify(|one| *one = None)
            .or_insert(Some(t));
        surnames.insert(surname.to_owned());
    }
    for g in 0..groups.len() {
        let key = &groups[g].1;
        if groups[g].0 != EntityKind::Person
            || key.contains(' ')
            || key.chars().count() < MISSPELT_MIN_LETTERS
            || surnames.contains(key)
            || groups[g].2.is_empty()
            || gaz.token_flags(folded_hash(key)) & G_FIRST != 0
        {
            continue;
        }
        let letters: Vec<char> = key.chars().collect();
        if let Some(&Some(t)) = undoubled.get(&single_letters(key)) {
            merge_group(groups, g, t);
            continue;
        }
        let Some(bucket) = buckets.get(&(letters[0], letters.len())) else {
            continue;
        };
        if bucket.len() > MISSPELT_CANDIDATES {
            continue;
        }
        let mut near = bucket.iter().filter(|(_, other)| {
            letters.iter().zip(other).filter(|(x, y)| x != y).count() <= MISSPELT_LETTERS
        });
        if let (Some(&(t, _)), None) = (near.next(), near.next()) {
            merge_group(groups, g, t);
        }
    }
}

/// The surname of a two-word name as written, surname first before a hyphenated given name
/// (`Park Ji-hoon`, `Tsai Ing-wen`). Not `Daniel Day-Lewis` nor `Anne Lee-Potter` (a
/// capital after the hyphen), nor `Mary Smith-Jones` (a longer first part). Needs the case:
/// a folded key cannot tell `day-lewis` from `ji-hoon`.
pub(crate) fn surname_first(name: &str) -> Option<&str> {
    let (surname, given) = name.split_once(' ')?;
    let (a, b) = given.split_once('-')?;
    let shaped = (2..=4).contains(&a.len())
        && (2..=5).contains(&b.len())
        && a.bytes().next().is_some_and(|c| c.is_ascii_uppercase())
        && a.bytes()
            .skip(1)
            .chain(b.bytes())
            .all(|c| c.is_ascii_lowercase());
    (shaped && !surname.is_empty()).then_some(surname)
}

/// The surname of a folded person key: its last word, or the one before a generational
/// suffix (`robert f. kennedy jr.` is a Kennedy, so a bare `Kennedy` joins him). Grouping
/// and the misspelt-surname join read surnames through it alike.
pub(super) fn surname_word(key: &str) -> &str {
    let mut words = key.rsplit(' ');
    let last = words.next().unwrap_or("");
    match words.next() {
        Some(before)
            if crate::lexicon::is_generational(last) || ["ii", "iii", "iv"].contains(&last) =>
        {
            before
        }
        _ => last,
    }
}

/// A full name's group and its surname's letters.
type SurnameOf = (usize, Vec<char>);

/// Most letters a misspelt surname differs by (`Janzen`, `Jensen`: two).
const MISSPELT_LETTERS: usize = 2;
/// ... in a surname of at least this many letters (`Lee` and `Lew` are two people).
const MISSPELT_MIN_LETTERS: usize = 5;
/// Full names sharing a surname's first letter and length looked through at most: a real
/// article has a handful.
const MISSPELT_CANDIDATES: usize = 64;

/// `word` with every run of one letter written once (`barrot` -> `barot`).
fn single_letters(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        if !out.ends_with(c) {
            out.push(c);
        }
    }
    out
}

/// A person's name written without its middle names joins the one fuller name of the
/// article it is part of: the same first and last words, the others in order (`Michael
/// Bloomberg` is `Michael R. Bloomberg`, LA Times; `Te Kaurinui Parata` is `Te Kaurinui
/// Robert Parata`, The Guardian; news-quotes round 9; Reuters: `Boyd Jefferies`, `Dudley
/// Taft`, `Sandi Sweeney`). Not a name that only starts a longer one: that is as often a
/// firm the tagger took for a person (`Sara Lee Corp`, `Johnny Carson Theater`, `Stan Lee
/// Media`: BBC + Reuters, 12 of 16 such joins wrong). Names of two words or more only (a
/// lone word joins as a surname or first name when grouped), and only when one fuller name
/// fits: `George Bush` beside `George H. W. Bush` and `George W. Bush` stays itself.
/// Names are bucketed by first word and a bucket of more than [`MISSPELT_CANDIDATES`] is
/// passed over, so a page of thousands of names stays linear.
pub(super) fn merge_name_variants(groups: &mut [Group]) {
    let mut by_first: FxHashMap<&str, Vec<usize>> = FxHashMap::default();
    for (g, group) in groups.iter().enumerate() {
        if group.0 == EntityKind::Person && group.1.contains(' ') {
            if let Some(first) = group.1.split(' ').next() {
                by_first.entry(first).or_default().push(g);
            }
        }
    }
    let mut pairs: Vec<(usize, Vec<usize>)> = Vec::new();
    for bucket in by_first.values() {
        if bucket.len() < 2 || bucket.len() > MISSPELT_CANDIDATES {
            continue;
        }
        for &g in bucket {
            let fuller: Vec<usize> = bucket
                .iter()
                .copied()
                .filter(|&t| t != g && shortened_name(&groups[g].1, &groups[t].1))
                .collect();
            if !fuller.is_empty() {
                pairs.push((g, fuller));
            }
        }
    }
    // longer short names first: `Te Kaurinui Parata` before a shorter one finds two
    pairs.sort_by_key(|(g, _)| std::cmp::Reverse(groups[*g].1.split(' ').count()));
    for (g, fuller) in pairs {
        let mut left = fuller.iter().filter(|&&t| !groups[t].2.is_empty());
        if let (Some(&t), None) = (left.next(), left.next()) {
            merge_group(groups, g, t);
        }
    }
}

/// Is `short` the name `long` without some middle words (folded keys): more words in
/// `long`, the same first and last words, `short`'s words in order within it?
fn shortened_name(short: &str, long: &str) -> bool {
    let s: Vec<&str> = short.split(' ').collect();
    let l: Vec<&str> = long.split(' ').collect();
    if s.len() >= l.len() || s.first() != l.first() || s.last() != l.last() {
        return false;
    }
    // in order
    let mut rest = l.iter();
    s.iter().all(|w| rest.any(|x| x == w))
}

/// Moves every mention of group `from` into group `to`; the emptied group is dropped when
/// entities are built.
fn merge_group(groups: &mut [Group], from: usize, to: usize) {
    let moved = std::mem::take(&mut groups[from].2);
    groups[to].2.extend(moved);
}

/// A folded organisation key without its trailing legal forms: "nippon light metal co ltd"
/// -> "nippon light metal", "acme, inc." -> "acme", and the "and" before one: "merrill
/// lynch and co inc" -> "merrill lynch". A lone legal-form word stays as it is.
pub(super) fn without_legal_forms(key: &str) -> &str {
    let mut rest = key.trim_end();
    while let Some((head, last)) = rest.rsplit_once(' ') {
        let word = last.trim_end_matches('.');
        if !LEGAL_FORMS.contains(&word) && !MORE_LEGAL_FORMS.contains(&word) {
            break;
        }
        rest = head.trim_end_matches([' ', ',']);
        if let Some(before) = rest
            .strip_suffix(" and")
            .or_else(|| rest.strip_suffix(" &"))
        {
            if before.contains(|c: char| c.is_alphanumeric()) {
                rest = before.trim_end_matches([' ', ',']);
            }
        }
    }
    rest
}

/// An organisation's name as one key for the forms that differ by legal forms alone:
/// "Shearson Lehman Brothers Inc" and "Shearson Lehman Brothers" give one key, as they
/// make one entity within an article. Lets the archive's facets see one firm across
/// articles by the same rule.
/// British and American spellings give one key (`Organisation for Economic Cooperation and
/// Development` and `Organization for …`, 37 and 10 BBC + Reuters stories, were two rows).
pub fn org_key(name: &str) -> String {
    // (a comma inside the name is a house style: Reuters' `Goldman, Sachs and Co` is
    // `Goldman Sachs`, 57 and 56 BBC + Reuters stories, two rows of the top 100)
    without_legal_forms(&fold_string(name))
        .replace("ization", "isation")
        .split(|c: char| c == ',' || c.is_whitespace())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// `w` without a trailing "'s" ("moody's" -> "moody").
fn without_s(w: &str) -> &str {
    w.strip_suffix("'s")
        .or_else(|| w.strip_suffix("’s"))
        .or_else(|| w.strip_suffix("‘s"))
        .unwrap_or(w)
}

/// News names a company in full, then shortly ("Rockwell International Corp ... Rockwell
/// said"): grouping already gave forms that differ by a legal form one key; here a
/// one-word name joins the only company of the article whose name starts with it, so
/// facets, `--org` and quote speakers see one company. A company
/// is a group with a mention written with a legal form or a name ending in a trade
/// ([`TRADE_WORDS`]: `Hanbit Electronics`). The word stays apart when it
/// names an organisation or place of its own ("Senate", "Texas"), was itself written with
/// a legal form ("Fujitsu Ltd" is not "Fujitsu GTE Business Systems Inc"), or could
/// belong to two companies ("Ford" beside Ford Motor Co and Ford Motor Credit Co).
pub(super) fn merge_company_short_forms(gaz: &Gazetteer, groups: &mut [Group], ms: &[Mention]) {
    // 2: written with a legal form or named after people; 1: named by a trade only, a
    // company only where no name of the first kind starts with the same word (`Hanson`
    // stays Hanson Trust PLC's beside Hanson Industries, Reuters)
    let company: Vec<u8> = groups
        .iter()
        .map(|(kind, key, idx)| {
            let trade = || {
                key.contains(' ')
                    && key
                        .rsplit(' ')
                        .next()
                        .is_some_and(|w| TRADE_WORDS.contains(&w))
            };
            if *kind != EntityKind::Org {
                0
            } else if idx
                .iter()
                .any(|&i| without_legal_forms(&ms[i].key) != ms[i].key)
                || named_after_people(gaz, key)
            {
                2
            } else {
                u8::from(trade())
            }
        })
        .collect();
    // each company under its name's first word, without an "'s" that is part of it
    // ("Moody" is Moody's Investors Service Inc), of the strongest kind there is
    let mut by_first: FxHashMap<String, (u8, Vec<usize>)> = FxHashMap::default();
    for (t, g) in groups.iter().enumerate() {
        if let (1.., Some((first, _))) = (company[t], g.1.split_once(' ')) {
            let entry = by_first.entry(without_s(first).to_owned()).or_default();
            if company[t] > entry.0 {
                *entry = (company[t], Vec::new());
            }
            if company[t] == entry.0 {
                entry.1.push(t);
            }
        }
    }
    for g in 0..groups.len() {
        let key = &groups[g].1;
        if groups[g].0 != EntityKind::Org
            || company[g] > 0
            || key.contains(' ')
            || gaz.orgs.contains_key(key)
            || gaz.has_place(key)
        {
            continue;
        }
        let Some((_, cands)) = by_first.get(without_s(key)) else {
            continue;
        };
        let mut fuller = cands.iter().filter(|&&t| !groups[t].2.is_empty());
        if let (Some(&t), None) = (fuller.next(), fuller.next()) {
            merge_group(groups, g, t);
        }
    }
}

/// `Bonsa Gold Mines Limited … Bonsa Gold said`, `Northshore Bank of Canada … Northshore
/// Bank … Northshore`: an organisation whose name is the start of the only longer one of the
/// article that adds no more than a trade, a legal form, a word like `Bank` or `Group`
/// ([`SHORTENED_WORDS`]) and `of` a place joins it (it had been one facet row and one
/// speaker each). Not a name of its own (`Manchester United` beside `Manchester United
/// Supporters Trust`: that tail is another body) nor a place, nor a company written with a
/// legal form of its own (`NEC Corp` is not `NEC Electronics Inc`, Reuters).
pub(super) fn merge_org_prefixes(gaz: &Gazetteer, groups: &mut [Group], ms: &[Mention]) {
    let shortened = |tail: &str| {
        let (words, place) = match tail.split_once(" of ") {
            Some((w, p)) => (w, Some(p)),
            None if tail.starts_with("of ") => ("", tail.strip_prefix("of ")),
            None => (tail, None),
        };
        words.split(' ').filter(|w| !w.is_empty()).all(|w| {
            TRADE_WORDS.contains(&w)
                || LEGAL_FORMS.contains(&w)
                || MORE_LEGAL_FORMS.contains(&w)
                || SHORTENED_WORDS.contains(&w)
        }) && place.is_none_or(|p| gaz.has_place(p))
    };
    let mut orgs: Vec<usize> = (0..groups.len())
        .filter(|&g| groups[g].0 == EntityKind::Org && !groups[g].2.is_empty())
        .collect();
    // longer names first, so a chain of short forms ends at the fullest
    orgs.sort_by_key(|&g| std::cmp::Reverse(groups[g].1.len()));
    // each name under the word prefixes it starts with ("northshore bank of canada" under
    // "northshore", "northshore bank", "northshore bank of"): linear in the names' words
    // (hashed, so the map holds no borrow of the names while groups merge; a candidate's
    // name is checked to start with the short one)
    let mut by_prefix: FxHashMap<u64, Vec<usize>> = FxHashMap::default();
    for &t in &orgs {
        let name = groups[t].1.as_str();
        for (p, _) in name.match_indices(' ') {
            by_prefix
                .entry(folded_hash(&name[..p]))
                .or_default()
                .push(t);
        }
    }
    for &g in &orgs {
        // `The Bank's minutes` beside `Bank of England` (BBC business/151): an article
        // opening the short name is no part of it
        let key = groups[g].1.strip_prefix("the ").unwrap_or(&groups[g].1);
        let legal = groups[g]
            .2
            .iter()
            .any(|&i| without_legal_forms(&ms[i].key) != ms[i].key);
        if legal || gaz.orgs.contains_key(key) || gaz.has_place(key) {
            continue;
        }
        let Some(cands) = by_prefix.get(&folded_hash(key)) else {
            continue;
        };
        let mut fuller = cands.iter().filter(|&&t| {
            !groups[t].2.is_empty()
                && groups[t]
                    .1
                    .strip_prefix(key)
                    .is_some_and(|rest| rest.starts_with(' '))
        });
        let (Some(&t), None) = (fuller.next(), fuller.next()) else {
            continue;
        };
        if shortened(&groups[t].1[key.len() + 1..]) {
            merge_group(groups, g, t);
        }
    }
}

/// Clubs and bodies are named in full, then by their last word ("Manchester United ...
/// United's chief executive", "Nottingham Forest ... Forest"): a one-word organisation
/// joins the only organisation of the article whose name ends in it, as a surname joins
/// its person. BBC sport and business wrote "United" alone in 27 stories beside
/// "Manchester United", which listed it among the top organisations as a name of its own.
/// The word stays apart when it names an organisation or a place itself ("Milan" beside
/// "AC Milan") or ends two names ("Shareholders United" beside "Manchester United"), and
/// when the fuller name is a branch of it or something of it (BBC: "London UKIP", "Copies
/// of Half-Life").
pub(super) fn merge_org_tails(gaz: &Gazetteer, groups: &mut [Group]) {
    let mut by_last: FxHashMap<String, Vec<usize>> = FxHashMap::default();
    for (t, g) in groups.iter().enumerate() {
        if let (EntityKind::Org, Some((_, last))) = (g.0, g.1.rsplit_once(' ')) {
            by_last.entry(last.to_owned()).or_default().push(t);
        }
    }
    for g in 0..groups.len() {
        let key = &groups[g].1;
        if groups[g].0 != EntityKind::Org
            || groups[g].2.is_empty()
            || key.contains(' ')
            || gaz.orgs.contains_key(key)
            || gaz.has_place(key)
        {
            continue;
        }
        let Some(cands) = by_last.get(key.as_str()) else {
            continue;
        };
        let mut fuller = cands.iter().filter(|&&t| !groups[t].2.is_empty());
        if let (Some(&t), None) = (fuller.next(), fuller.next()) {
            // Not a branch (`London UKIP`: a place before it) nor something of it
            // (`Copies of Half-Life`): those name another thing than the word alone.
            let head = groups[t].1.rsplit_once(' ').map_or("", |(h, _)| h);
            let of_it = head
                .rsplit(' ')
                .next()
                .is_some_and(|w| ["of", "for", "and", "&"].contains(&w));
            // A common word after a place is the place's club or body (`Manchester United`).
            let common = gaz.token_flags(folded_hash(key)) & G_COMMON != 0;
            if (common || !gaz.has_place(head)) && !of_it {
                merge_group(groups, g, t);
            }
        }
    }
}

/// A firm named after its founders, two surnames that are no common words ("merrill
/// lynch", "goldman sachs", "morgan stanley"): a company without a legal form, whose
/// first word alone is the firm (BBC business/336: "Merrill said" is Merrill Lynch).
fn named_after_people(gaz: &Gazetteer, key: &str) -> bool {
    let mut words = key.split(' ');
    let (Some(a), Some(b), None) = (words.next(), words.next(), words.next()) else {
        return false;
    };
    [a, b].iter().all(|w| {
        let fl = gaz.token_flags(folded_hash(w));
        fl & G_SURNAME != 0 && fl & G_COMMON == 0
    })
}

/// The initials of `name`'s capitalised words (`Office for National Statistics`: ONS;
/// lower-case `for`, `of` and `the` are skipped).
fn initials(name: &str) -> String {
    name.split([' ', '-'])
        .filter_map(|w| w.chars().next())
        .filter(char::is_ascii_uppercase)
        .collect()
}

/// The initials of a name of several words, one of them an acronym itself, with all of that
/// word's letters: `UK Independence Party` is also UKIP (BBC politics/288, where "UKIP said"
/// had been an organisation of its own beside the party in 8 stories), `UK Athletics` UKA.
/// A second spelling, beside [`initials`]: `LG Group` is still LG.
fn acronym_initials(name: &str) -> Option<String> {
    let words: Vec<&str> = name.split(' ').collect();
    let is_acronym =
        |w: &&str| (2..=3).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_uppercase());
    if words.len() < 2 || !words.iter().any(is_acronym) {
        return None;
    }
    let mut out = String::new();
    for w in &words {
        if is_acronym(w) {
            out.push_str(w);
        } else if let Some(c) = w.chars().next().filter(char::is_ascii_uppercase) {
            out.push(c);
        }
    }
    Some(out)
}

/// Longest acronym merged with the name it abbreviates.
pub(super) const ACRONYM_MAX: usize = 8;

/// An acronym the article defines in parentheses after the full name ("the Netherlands
/// Organisation for Applied Scientific Research (TNO) ... TNO's report"): the acronym's
/// mentions join the full name's, so quote speakers, facets and `--org` see one name
/// (news-quotes: Reuters "TNO's report" was scored as a wrong speaker). The initials need
/// not spell it: TNO is Dutch, the name English.
pub(super) fn merge_acronyms(text: &str, groups: &mut [Group], ms: &[Mention]) {
    // The group of each mention, by mention index.
    let mut group_of = vec![usize::MAX; ms.len()];
    for (g, grp) in groups.iter().enumerate() {
        for &i in &grp.2 {
            group_of[i] = g;
        }
    }
    // Each acronym defined in parentheses, at its first definition, and the organisation
    // mentions by the initials they spell: looked up per acronym, not searched for (a text
    // of many acronyms stays linear).
    let mut defined_at: FxHashMap<&str, usize> = FxHashMap::default();
    for (p, _) in text.match_indices('(') {
        let window = &text[p + 1..text.floor_char_boundary(p + 1 + ACRONYM_MAX + 1)];
        if let Some(close) = window.find(')') {
            let inner = &window[..close];
            if inner.len() >= 2 && inner.bytes().all(|b| b.is_ascii_uppercase()) {
                defined_at.entry(inner).or_insert(p);
            }
        }
    }
    let mut spelling: FxHashMap<String, Vec<usize>> = FxHashMap::default();
    for (i, m) in ms.iter().enumerate() {
        if group_of[i] != usize::MAX && groups[group_of[i]].0 == EntityKind::Org {
            let name = &text[m.span.start..m.span.end];
            let initials = initials(name);
            // Two letters only for a name of two words (`General Electric` ... `GE said`,
            // BBC business/288): a longer name spelling two letters skips small words.
            if initials.len() >= 3 || initials.len() == 2 && name.split(' ').count() == 2 {
                spelling.entry(initials).or_default().push(i);
            }
            if let Some(spelt) = acronym_initials(name) {
                spelling.entry(spelt).or_default().push(i);
            }
        }
    }
    for g in 0..groups.len() {
        if groups[g].0 != EntityKind::Org {
            continue;
        }
        let Some(&first) = groups[g].2.first() else {
            continue;
        };
        let span = ms[first].span;
        let acr = &text[span.start..span.end];
        let letters = acr.chars().count();
        if !(2..=ACRONYM_MAX).contains(&letters) || !acr.chars().all(|c| c.is_ascii_uppercase()) {
            continue;
        }
        // The full name: an organisation mention ending right before the parenthesis.
        let defined = defined_at.get(acr).and_then(|&at| {
            let before = text[..at].trim_end();
            (0..ms.len()).find(|&i| {
                ms[i].span.end == before.len() && group_of[i] != g && group_of[i] != usize::MAX
            })
        });
        // Else one organisation whose capitalised words' initials spell it ("Office for
        // National Statistics" ... "the ONS said"): the short form a later quote cue uses.
        // Two letters only when the acronym is a name of its own: `EC` and `PA` the gazetteer
        // already calls European Community and Palestinian Authority (Reuters: `EC` had
        // joined the European Commission named beside it in 90 stories).
        let own_name = letters > 2 || groups[g].1.eq_ignore_ascii_case(acr);
        let spelt = || {
            if !own_name {
                return None;
            }
            let mut found = spelling
                .get(acr)?
                .iter()
                .copied()
                .filter(|&i| group_of[i] != g);
            let first = found.next()?;
            found
                .all(|i| group_of[i] == group_of[first])
                .then_some(first)
        };
        let Some(full) = defined.or_else(spelt) else {
            continue;
        };
        let to = group_of[full];
        if groups[to].0 != EntityKind::Org {
            continue;
        }
        merge_group(groups, g, to);
        for &i in &groups[to].2 {
            group_of[i] = to;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Acronyms are looked up, not searched for: 60,000 organisations named by initials in
    /// a 360 KB text merge in well under a second (a search of the text per acronym took
    /// seconds), and a name whose initials spell one joins it.
    #[test]
    fn many_acronyms_merge_in_linear_time() {
        let mut text = String::from("Office for National Statistics ONS");
        let mut ms = vec![
            Mention {
                ty: 2,
                tok_start: 0,
                tok_end: 4,
                span: Span { start: 0, end: 30 },
                key: "office for national statistics".into(),
            },
            Mention {
                ty: 2,
                tok_start: 4,
                tok_end: 5,
                span: Span { start: 31, end: 34 },
                key: "ons".into(),
            },
        ];
        for n in 0..60_000u32 {
            let acr: String = [n / 676 % 26, n / 26 % 26, n % 26]
                .iter()
                .map(|&d| char::from(b'A' + d as u8))
                .chain(std::iter::once(char::from(b'A' + (n / 17_576) as u8)))
                .collect();
            let start = text.len() + 1;
            text.push(' ');
            text.push_str(&acr);
            ms.push(Mention {
                ty: 2,
                tok_start: ms.len(),
                tok_end: ms.len() + 1,
                span: Span {
                    start,
                    end: start + acr.len(),
                },
                key: acr.to_lowercase(),
            });
        }
        let mut groups: Vec<Group> = (0..ms.len())
            .map(|i| (EntityKind::Org, ms[i].key.clone(), vec![i]))
            .collect();
        let started = std::time::Instant::now();
        merge_acronyms(&text, &mut groups, &ms);
        assert!(
            started.elapsed().as_secs_f64() < 1.0,
            "{:?}",
            started.elapsed()
        );
        assert_eq!(
            groups[0].2,
            vec![0, 1],
            "ONS joins the Office for National Statistics"
        );
    }

    /// Short company names are looked up among word prefixes, not compared with every
    /// longer name: 30,000 companies and their short names merge in well under a second.
    #[test]
    fn many_short_company_names_merge_in_linear_time() {
        let gaz = &crate::ner::EntityExtractor::embedded().unwrap().gaz;
        let mut ms = Vec::new();
        for n in 0..30_000u32 {
            let short = format!("zorvex{n}");
            for key in [format!("{short} mines"), short] {
                ms.push(Mention {
                    ty: 2,
                    tok_start: ms.len(),
                    tok_end: ms.len() + 1,
                    span: Span { start: 0, end: 1 },
                    key,
                });
            }
        }
        let mut groups: Vec<Group> = (0..ms.len())
            .map(|i| (EntityKind::Org, ms[i].key.clone(), vec![i]))
            .collect();
        let started = std::time::Instant::now();
        merge_org_prefixes(gaz, &mut groups, &ms);
        assert!(
            started.elapsed().as_secs_f64() < 1.0,
            "{:?}",
            started.elapsed()
        );
        assert_eq!(groups[0].2, vec![0, 1], "Zorvex0 joins Zorvex0 Mines");
        assert!(groups.iter().filter(|g| !g.2.is_empty()).count() == 30_000);
    }
}
