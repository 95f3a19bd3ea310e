//! Organisations as speakers named by what they are (`the company`, `the union`, `the
//! magazine`, `the Defense Ministry`) or by `it`: the body the article named beside that
//! noun, whose name holds it, the one that spoke last, or the one in view; kept apart from
//! the descriptions of people.

use super::descriptions::{ROLE_SCAN_MENTIONS, SENTENCE_REACH};
use super::resolution::{Canonical, Resolver, EXPANSION_RADIUS, PRONOUN_REACH, SPEAKER_REACH};
use super::words::{after_last_mark, is_in, lower};
use crate::entity::EntityKind;
use crate::lexicon::is_demonym;
use crate::lexicon::{
    ACRONYM_BODY_NOUNS, COMMERCIAL_NOUNS, KIND_NOUNS_AFTER_NAMES, LEGAL_FORMS, MASTHEAD_WORDS,
    ORG_DESCRIPTION_HEADS, ORG_NOUNS, PUBLIC_BODY_WORDS, PUBLISHING_VERBS, STATE_BODY_WORDS,
};

/// How far back `the agency` looks for a body named by its initials (`NASA`): the sentence
/// or two before.
const ACRONYM_REACH: usize = 400;

/// Most words of a name read after its noun (`the charity Friends of the Earth`) when the
/// tagger found none there.
const NAME_AFTER_NOUN_WORDS: usize = 5;

/// How far back `the ministry` looks for a ministry the article named by its owner in lower
/// case (`China’s defence ministry`): the paragraph or two before, as for a description's
/// organisation.
const OWNED_BODY_BYTES: usize = 1500;

/// Bytes before an organisation's name looked through for the phrase it is in apposition to
/// (`The union representing Boeing machinists,`).
const APPOSED_PHRASE_BYTES: usize = 80;

/// How far back (bytes) `it said` takes the nearest organisation merely named, when none
/// spoke: the paragraph or two before.
const ORG_MENTION_REACH: usize = 1500;

/// How far back an `it` looks for a body named by a description (`The Indian army said …`):
/// the paragraph or two before.
const ORG_DESCRIPTION_REACH: usize = 600;

impl Resolver<'_> {
    /// The organisation `name` as the speaker at `at`, recorded for an `it` after it.
    pub(super) fn org_speaks(&mut self, at: usize, name: String) -> Canonical {
        let c = Canonical {
            name,
            gender: None,
            kind: Some(EntityKind::Org),
        };
        self.push_event(at, c.clone());
        c
    }

    /// `the ministry`: the nearest organisation named before `pos` whose name holds one of
    /// `name_words` (`Russia's Defence Ministry`), else the one `it` would refer to.
    pub(super) fn org_by_head(
        &mut self,
        pos: usize,
        head: &str,
        name_words: &[&str],
    ) -> Option<Canonical> {
        let before = self.mentions.partition_point(|m| m.1 <= pos);
        // `NASA delayed the launch. “…,” the agency said`: the body just named by its
        // initials, for the nouns such bodies go by (US copy calls the SEC, a commission,
        // `the agency` too); not `the government` (`PE` and `EC` took it on BBC, Reuters).
        let acronym = is_in(ACRONYM_BODY_NOUNS, head)
            .then(|| {
                self.mentions[..before]
                    .iter()
                    .rev()
                    .take_while(|m| pos - m.1 < ACRONYM_REACH)
                    .find(|m| self.entities[m.2].kind == EntityKind::Org)
            })
            .flatten()
            .filter(|m| {
                let t = &self.text[m.0..m.1];
                (3..=6).contains(&t.len()) && t.bytes().all(|b| b.is_ascii_uppercase())
            })
            .map(|m| self.entities[m.2].name.clone());
        if let Some(name) = acronym.filter(|_| !name_words.is_empty()) {
            return Some(Canonical {
                name,
                gender: None,
                kind: Some(EntityKind::Org),
            });
        }
        // `The union Unite called a strike … the union said`, `budget airline Ryanair`: the
        // body the article gave that very noun, whatever its name holds (an airline had gone
        // to the union that spoke before it). Not a name before the noun: in `The South
        // Yorkshire company` it is where the company is.
        let text = self.text;
        if let Some(m) = self.mentions[..before]
            .iter()
            .rev()
            .take_while(|m| pos - m.1 < PRONOUN_REACH)
            // an organisation's name: `the UK government`, `the Tower commission` are no
            // place's or person's words
            .find(|m| {
                self.entities[m.2].kind == EntityKind::Org
                    && (noun_before(text, m.0, head)
                        || apposed_to_noun(text, m.0, head)
                        || is_in(KIND_NOUNS_AFTER_NAMES, head) && noun_after(text, m.1, head))
            })
        {
            return Some(self.org_speaks(pos, self.entities[m.2].name.clone()));
        }
        // `homelessness charity Shelter`: a name the tagger passed over (a common word)
        if let Some(name) = name_after_noun(text, pos, head) {
            return Some(self.org_speaks(pos, name.to_owned()));
        }
        let named = self.mentions[..before]
            .iter()
            .rev()
            .take_while(|m| pos - m.1 < PRONOUN_REACH)
            .find(|m| {
                let e = &self.entities[m.2];
                e.kind == EntityKind::Org
                    && crate::fold::fold_string(&e.name)
                        .split(|c: char| !c.is_alphanumeric())
                        .any(|w| name_words.contains(&w))
            })
            .map(|m| (m.1, self.entities[m.2].name.clone()));
        // `China’s defence ministry rejected the claims. “…,” the ministry said`: a state body
        // the article named by its owner in lower case (no name to tag), when nearer than any
        // named one (the Chinese Foreign Ministry named earlier had spoken for India's home
        // ministry, National Post)
        if let Some((_, owned)) = is_in(STATE_BODY_WORDS, head)
            .then(|| owned_body_before(text, pos, head))
            .flatten()
            .filter(|(at, _)| named.as_ref().is_none_or(|(end, _)| end < at))
        {
            return Some(self.org_speaks(pos, owned.to_owned()));
        }
        let named = named.map(|(_, name)| name);
        let generic = name_words.is_empty();
        let business = is_in(COMMERCIAL_NOUNS, head);
        let name = named
            .or_else(|| {
                generic
                    .then(|| {
                        self.org_antecedent_where(pos, |name| {
                            let folded = crate::fold::fold_string(name);
                            let words: Vec<&str> = folded
                                .split(|c: char| !c.is_alphanumeric())
                                .filter(|w| !w.is_empty())
                                .collect();
                            // `Union Carbide Corp`, `May Department Stores Co`: a legal form
                            // makes a business whatever else the name holds.
                            !business
                                || words.last().is_some_and(|w| LEGAL_FORMS.contains(w))
                                || !words.iter().any(|w| PUBLIC_BODY_WORDS.contains(w))
                        })
                    })
                    .flatten()
            })
            // `Statistics Canada reported …` ⏎ `“…,” the agency said`: the body that spoke last,
            // for the nouns a body of any name goes by
            .or_else(|| {
                is_in(ACRONYM_BODY_NOUNS, head)
                    .then(|| {
                        // a firm (`Nesbitt Thomson Bongard Inc`) is no agency
                        self.org_that_spoke(pos, &|name: &str| {
                            let folded = crate::fold::fold_string(name);
                            let last = folded.rsplit([' ', '.']).find(|w| !w.is_empty());
                            !last.is_some_and(|w| LEGAL_FORMS.contains(&w))
                        })
                    })
                    .flatten()
            })?;
        Some(Canonical {
            name,
            gender: None,
            kind: Some(EntityKind::Org),
        })
    }

    /// `the magazine`: the publication the article named beside that word before `pos`
    /// (`US magazine Rolling Stone`, `the Sun newspaper`), whatever the tagger took it for.
    pub(super) fn publication(&mut self, pos: usize, noun: &str) -> Option<Canonical> {
        let before = self.mentions.partition_point(|m| m.1 <= pos);
        let text = self.text;
        let near = || {
            self.mentions[..before]
                .iter()
                .rev()
                .take_while(|m| pos - m.1 < EXPANSION_RADIUS)
                .take(ROLE_SCAN_MENTIONS)
        };
        // else, for a newspaper, the nearest name that is one's (`the Financial Times`)
        let masthead = |m: &&(usize, usize, usize)| {
            noun != "magazine"
                && self.entities[m.2].kind == EntityKind::Org
                && crate::fold::fold_string(&self.entities[m.2].name)
                    .rsplit([' ', '-'])
                    .next()
                    .is_some_and(|w| MASTHEAD_WORDS.contains(&w))
        };
        // ... else the nearest body that reported as a paper does (`Haaretz reported on
        // Monday …`, `Politico wrote`): an outlet whose name no masthead word gives
        let reported = |m: &&(usize, usize, usize)| {
            self.entities[m.2].kind == EntityKind::Org
                && is_in(PUBLISHING_VERBS, &lower(next_word(text, m.1)))
        };
        let m = near()
            .find(|m| noun_beside(text, m.0, m.1, noun))
            .or_else(|| near().find(masthead))
            .or_else(|| near().find(reported))?;
        let c = Canonical {
            name: self.entities[m.2].name.clone(),
            gender: None,
            kind: Some(EntityKind::Org),
        };
        self.push_event(pos, c.clone());
        Some(c)
    }

    /// An organisation speaker named only by what it is (`Defense Ministry`), with the
    /// country the article gives it right before its nearest mention up to `pos`
    /// (`Russia’s Defense Ministry`); `None` when the article gives none.
    pub(super) fn owned_state_body(&self, name: &str, pos: usize) -> Option<String> {
        let folded = crate::fold::fold_string(name);
        if !folded.split(' ').any(|w| STATE_BODY_WORDS.contains(&w)) {
            return None;
        }
        let before = self.mentions.partition_point(|m| m.0 <= pos);
        let m = self.mentions[..before]
            .iter()
            .rev()
            .take_while(|m| pos - m.0 < EXPANSION_RADIUS)
            .take(ROLE_SCAN_MENTIONS)
            .find(|m| self.entities[m.2].name == name)?;
        let head = self.text[..m.0].strip_suffix(' ')?;
        let owner = head
            .strip_suffix("’s")
            .or_else(|| head.strip_suffix("'s"))?;
        let place = self
            .mentions
            .get(self.mentions.partition_point(|p| p.1 < owner.len()))
            .filter(|p| p.1 == owner.len())?;
        // as written: the entity's name may carry its country (`Defense Ministry (Russia)`)
        (self.entities[place.2].kind == EntityKind::Place)
            .then(|| self.text[place.0..m.1].to_owned())
    }

    /// The organisation `“…,” it said` refers to: the last one named as a speaker or as the
    /// subject of a reporting verb in the 2.5 KB before (`Iomega said …`), else the nearest
    /// organisation named in the 1.5 KB before. Nearest alone took products tagged as
    /// organisations (`the Alpha Eight Inch Disk Drive`) mentioned after the company.
    pub(super) fn org_antecedent(&mut self, pos: usize) -> Option<String> {
        if let Some(name) = self.org_opening_sentence(pos) {
            return Some(name);
        }
        let described = self.org_described_before(pos);
        let named = self.org_antecedent_where(pos, |_| true);
        match (described, named) {
            (Some((at, name)), Some(org)) => {
                // the later of the two: the described body when no named one came after it
                // (mentions are by start: a binary search, then the window's few)
                let end = self.mentions.partition_point(|m| m.0 < pos);
                let org_after = self.mentions[..end]
                    .iter()
                    .rev()
                    .take_while(|m| m.0 > at)
                    .any(|m| self.entities[m.2].name == org);
                Some(if org_after { org } else { name })
            }
            (d, n) => n.or(d.map(|(_, name)| name)),
        }
    }

    /// An `it` inside a sentence (at `pos`) that an organisation opens is that organisation,
    /// though another comes between: `The UAW gave GM what it calls a “five-day letter”`
    /// (Reuters: it had been GM). An `it` opening its sentence (after one word at most,
    /// `But it agreed`) is the organisation opening the sentence before:
    /// `The LSE rejected Deutsche Boerse's proposed £1.3bn offer … . But it agreed …` (BBC
    /// business/392: it had been Deutsche Boerse).
    fn org_opening_sentence(&self, pos: usize) -> Option<String> {
        let marks = ['.', '!', '?', '\n'];
        let start_before = |at: usize| {
            let lo = self
                .text
                .floor_char_boundary(at.saturating_sub(SENTENCE_REACH));
            after_last_mark(self.text, lo, at, &marks).or((lo == 0).then_some(0))
        };
        let words = |from: usize, to: usize| {
            self.text[from..to]
                .trim_matches(|c: char| c.is_whitespace() || "\"“”‘’,".contains(c))
                .split_whitespace()
                .count()
        };
        let opening_org = |start: usize, end: usize| {
            let first = self.mentions.partition_point(|m| m.0 < start);
            let &(ms, me, e) = self.mentions.get(first).filter(|m| m.1 <= end)?;
            let entity = &self.entities[e];
            // (not an owner: `Keane's Hopes and Fears, was described as`, `Athletics' ruling
            // body the IAAF said`, BBC)
            let owner = self.text[me..].starts_with(['\'', '’']);
            (words(start, ms) <= 1
                && entity.kind == EntityKind::Org
                && !owner
                && !self.in_quote(ms))
            .then(|| entity.name.clone())
        };
        let start = start_before(pos)?;
        if words(start, pos) > 1 {
            return opening_org(start, pos);
        }
        // the sentence before (BBC copy gives most sentences a paragraph of their own)
        let prev_end = self.text[..start].trim_end().len();
        if prev_end == 0 {
            return None;
        }
        opening_org(start_before(prev_end - 1)?, prev_end)
    }

    /// `The Indian army said it had struck …` ⏎ `“…,” it said` (NationalPost): a body the
    /// story names only by a description opening a sentence just before (`The Israeli
    /// military`, `The Swedish government`), as its start and the name without `The`.
    fn org_described_before(&self, pos: usize) -> Option<(usize, String)> {
        let mut lo = pos.saturating_sub(ORG_DESCRIPTION_REACH);
        while !self.text.is_char_boundary(lo) {
            lo += 1;
        }
        let window = &self.text[lo..pos];
        window.rmatch_indices("The ").find_map(|(i, _)| {
            let at = lo + i;
            let before = self.text[..at].trim_end_matches([' ', '"', '“', '\t']);
            let opens = before.is_empty() || before.ends_with(['.', '\n', '!', '?', '”', '"']);
            if !opens {
                return None;
            }
            let words: Vec<&str> = self.text[at + 4..pos].split_whitespace().take(4).collect();
            let head = words.iter().position(|w| {
                let w = lower(w.trim_end_matches(|c: char| !c.is_alphabetic()));
                is_in(ORG_DESCRIPTION_HEADS, &w) || ORG_NOUNS.iter().any(|(n, _)| *n == w)
            })?;
            let capitalised = |w: &&str| w.chars().next().is_some_and(char::is_uppercase);
            if head == 0 || !words[..head].iter().all(capitalised) || capitalised(&words[head]) {
                return None;
            }
            let name = words[..=head]
                .join(" ")
                .trim_end_matches(|c: char| !c.is_alphabetic())
                .to_owned();
            Some((at, name))
        })
    }

    /// [`Self::org_antecedent`] among the organisations whose name passes `fits`.
    pub(super) fn org_antecedent_where(
        &mut self,
        pos: usize,
        fits: impl Fn(&str) -> bool,
    ) -> Option<String> {
        if let Some(name) = self.org_that_spoke(pos, &fits) {
            return Some(name);
        }
        // mentions do not overlap, so they end in the order they start
        // (not one inside a quote: `"… the Investors' and Exporters' window …," the circular
        // read. It added …` is no window's)
        let before = self.mentions.partition_point(|m| m.1 <= pos);
        self.mentions[..before]
            .iter()
            .rev()
            .take_while(|m| pos - m.1 < ORG_MENTION_REACH)
            .filter(|m| !self.in_quote(m.0))
            .map(|m| &self.entities[m.2])
            .find(|e| e.kind == EntityKind::Org && fits(&e.name))
            .map(|e| e.name.clone())
    }

    /// The last organisation whose name passes `fits` to speak or report in the 2.5 KB
    /// before `pos` (`Statistics Canada reported …`).
    pub(super) fn org_that_spoke(
        &mut self,
        pos: usize,
        fits: &impl Fn(&str) -> bool,
    ) -> Option<String> {
        self.scan_cue_subjects(pos);
        let entities = self.entities;
        let org_names = self.org_names.get_or_insert_with(|| {
            entities
                .iter()
                .filter(|e| e.kind == EntityKind::Org)
                .map(|e| e.name.as_str())
                .collect()
        });
        let spoke = self
            .events
            .range(..pos)
            .rev()
            .take_while(|(&at, _)| pos - at <= SPEAKER_REACH)
            .find(|(_, e)| org_names.contains(e.name.as_str()) && fits(&e.name));
        spoke.map(|(_, e)| e.name.clone())
    }
}

/// The nearest state body of noun `head` written in the [`OWNED_BODY_BYTES`] before `pos`
/// with its owner and in lower case: `China’s defence ministry`, `India's home ministry`, `the
/// Swedish government`, with its start. Not a capitalised one (`the Defence Ministry` is a
/// name the tagger reads), nor one without an owner (`the ministry` itself).
fn owned_body_before<'t>(text: &'t str, pos: usize, head: &str) -> Option<(usize, &'t str)> {
    let lo = text.floor_char_boundary(pos.saturating_sub(OWNED_BODY_BYTES));
    let window = &text[lo..pos];
    let mut end = window.len();
    while let Some(at) = window[..end].rfind(head) {
        end = at;
        let whole = window[..at].ends_with(' ')
            && !window[at + head.len()..]
                .chars()
                .next()
                .is_some_and(char::is_alphanumeric);
        if !whole {
            continue;
        }
        // up to two lower-case modifiers (`defence`, `foreign affairs`), then the owner
        let mut start = at - 1;
        let mut modifiers = 0;
        let owner = loop {
            let word_start = window[..start].rfind(' ').map_or(0, |i| i + 1);
            let w = &window[word_start..start];
            let possessive = ["'s", "’s"].iter().any(|m| w.ends_with(m));
            if w.starts_with(char::is_uppercase) {
                let nationality = !possessive && is_demonym(w) && {
                    let det = window[..word_start.saturating_sub(1)]
                        .rsplit(' ')
                        .next()
                        .unwrap_or("");
                    is_in(&["the", "The"], det)
                };
                break (possessive || nationality).then_some(word_start);
            }
            let plain = w.chars().all(|c| c.is_lowercase() || c == '-')
                && !w.is_empty()
                && !is_in(&["the", "a", "an", "its", "his", "her", "their"], w);
            if !plain || modifiers == 2 || word_start == 0 {
                break None;
            }
            modifiers += 1;
            start = word_start - 1;
        };
        if let Some(from) = owner {
            return Some((lo + from, &window[from..at + head.len()]));
        }
    }
    None
}

/// Is the name at `start..end` written right beside `noun`, before it (`US magazine Rolling
/// Stone`, `the charity Shelter`) or after it (`the Sun newspaper`, `the Teamsters union`)?
fn noun_beside(text: &str, start: usize, end: usize, noun: &str) -> bool {
    noun_before(text, start, noun) || lower(next_word(text, end)) == noun
}

/// The word after byte `end`, without the punctuation that closes it.
fn next_word(text: &str, end: usize) -> &str {
    text[end..]
        .split_whitespace()
        .next()
        .unwrap_or("")
        .trim_end_matches(|c: char| !c.is_alphanumeric())
}

/// Is the name ending at `end` written right before `noun`, one space apart (`the Unite
/// union`)?
fn noun_after(text: &str, end: usize, noun: &str) -> bool {
    text[end..].starts_with(' ') && lower(next_word(text, end)) == noun
}

/// Is the name at `start` written right after `noun` (`the charity Shelter`)?
fn noun_before(text: &str, start: usize, noun: &str) -> bool {
    text[..start]
        .trim_end()
        .rsplit(' ')
        .next()
        .is_some_and(|w| lower(w) == noun)
}

/// Whether the name at byte `start` is in apposition to a phrase on `noun` opening its
/// sentence: `The union representing Boeing machinists, the International Association of
/// Machinists, said`.
fn apposed_to_noun(text: &str, start: usize, noun: &str) -> bool {
    let Some(before) = text[..start]
        .strip_suffix(", the ")
        .or_else(|| text[..start].strip_suffix(", "))
    else {
        return false;
    };
    let lo = text.floor_char_boundary(before.len().saturating_sub(APPOSED_PHRASE_BYTES));
    let phrase = before[lo..]
        .rsplit(['.', '!', '?', '\n', ',', '"', '“', '”'])
        .next()
        .unwrap_or("");
    let mut words = phrase.split_whitespace();
    words.next().is_some_and(|w| lower(w) == "the") && words.next().is_some_and(|w| w == noun)
}

/// The capitalised name written right after the lower-case `noun` (`homelessness charity
/// Shelter`, `the charity Friends of the Earth`), nearest before `pos` within
/// [`PRONOUN_REACH`]: up to [`NAME_AFTER_NOUN_WORDS`] words, capitalised or joining them, the
/// first no common capitalised word (`the company Tuesday said`).
fn name_after_noun<'t>(text: &'t str, pos: usize, noun: &str) -> Option<&'t str> {
    let mut lo = pos.saturating_sub(PRONOUN_REACH);
    while !text.is_char_boundary(lo) {
        lo += 1;
    }
    let window = &text[lo..pos];
    let pattern = format!(" {noun} ");
    let mut end = window.len();
    while let Some(at) = window[..end].rfind(&pattern) {
        end = at;
        let rest = &window[at + pattern.len()..];
        let mut len = 0;
        let mut words = rest
            .split(' ')
            .take(NAME_AFTER_NOUN_WORDS)
            .enumerate()
            .peekable();
        while let Some((i, w)) = words.next() {
            let bare = w.trim_end_matches(|c: char| !c.is_alphanumeric());
            let cased = |x: &str| {
                x.chars().next().is_some_and(char::is_uppercase)
                    && x.chars().skip(1).any(char::is_lowercase)
            };
            // `Marks and Spencer`, `Friends of the Earth`: a joining word inside the name
            let joins = i > 0
                && bare.len() == w.len()
                && is_in(&["and", "of", "for", "&", "the"], bare)
                && words.peek().is_some_and(|(_, n)| cased(n) || *n == "the");
            if joins {
                continue;
            }
            if !cased(bare) || (i == 0 && super::words::not_a_name(bare)) {
                break;
            }
            len = bare.as_ptr() as usize - rest.as_ptr() as usize + bare.len();
            if bare.len() < w.len() {
                break;
            }
        }
        if len > 0 {
            return Some(&rest[..len]);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::name_after_noun;

    #[test]
    fn a_name_after_its_noun_is_found_and_a_weekday_is_not() {
        let t = "Rents rose, homelessness charity Shelter said. Later the company Tuesday said";
        assert_eq!(name_after_noun(t, t.len(), "charity"), Some("Shelter"));
        assert_eq!(name_after_noun(t, t.len(), "company"), None);
        let t = "The retailer Marks and Spencer said, as did the charity Friends of the Earth.";
        assert_eq!(
            name_after_noun(t, t.len(), "retailer"),
            Some("Marks and Spencer")
        );
        assert_eq!(
            name_after_noun(t, t.len(), "charity"),
            Some("Friends of the Earth")
        );
    }
}
