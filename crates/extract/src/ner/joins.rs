//! Mentions the tagger cut in two, joined before grouping: a firm named after people
//! ("Smith Barney, Harris Upham and Co"), an organisation cut at a conjunction or preposition
//! ("Standard and Poor's Corp", "Devon and Cornwall Police"), one whose first words it read
//! as something else ("Tariffs and Trade" of "General Agreement on Tariffs and Trade"), and
//! a person whose first name an editor put in brackets ("(Mitch) McConnell").

use super::gazetteer::G_FIRST;
use super::groups::Mention;
use super::tokenize::Token;
use super::works::{word_after, word_before};
use super::EntityExtractor;
use crate::entity::Span;
use crate::fold::{fold_string, folded_hash};
use crate::lexicon::{
    CUE_VERBS, FIRM_BEFORE, FIRM_STAFF, JOINT_AREA_BODIES, LEGAL_FORMS, TITLE_MODIFIERS,
};
use rustc_hash::FxHashSet;

/// A firm named after people, tagged as a person and an organisation: "Smith Barney,
/// Harris Upham and Co Inc", "Kidder, Peabody and Co". A person of one or two words right
/// before a comma and an organisation ending in a legal form joins it, as one organisation.
pub(super) fn join_firm_names(text: &str, mentions: Vec<Mention>) -> Vec<Mention> {
    let mut out: Vec<Mention> = Vec::with_capacity(mentions.len());
    for m in mentions {
        if let Some(prev) = out.last_mut() {
            let between = text.get(prev.span.end..m.span.start).unwrap_or("");
            let firm = m.ty == 2
                && m.key
                    .rsplit(' ')
                    .next()
                    .is_some_and(|w| LEGAL_FORMS.contains(&w.trim_end_matches('.')));
            if prev.ty == 0 && prev.tok_end - prev.tok_start <= 2 && firm && between.trim() == "," {
                prev.ty = 2;
                prev.tok_end = m.tok_end;
                prev.span.end = m.span.end;
                prev.key = fold_string(&text[prev.span.start..prev.span.end]);
                continue;
            }
        }
        out.push(m);
    }
    out
}

/// Are `a` and `b` one-word names written "A and B" (or "A & B"), `b` a person's and `a`
/// a person's or an organisation's ("UBS-Phillips and Drew")?
fn partner_pair(text: &str, a: &Mention, b: &Mention) -> bool {
    let one_word = |m: &Mention| !m.key.contains(' ');
    one_word(a)
        && one_word(b)
        && matches!(a.ty, 0 | 2)
        && b.ty == 0
        && matches!(
            text.get(a.span.end..b.span.start).map(str::trim),
            Some("and" | "&")
        )
}

/// Does the pair `ms[i]`, `ms[i + 1]` read as a firm where it stands: a firm word before
/// it ("stockbrokers Phillips and Drew"), a legal form or staff word after it ("Phillips
/// and Drew Ltd", "Phillips and Drew analyst"), or "at", "of" or "with" before it after a
/// staff word or a person ("economist at Phillips and Drew", "Tim Harris of Phillips and
/// Drew")?
fn firm_cue(text: &str, ms: &[Mention], i: usize) -> bool {
    let (a, b) = (&ms[i], &ms[i + 1]);
    let before = fold_string(word_before(text, a.span.start));
    let after = fold_string(word_after(text, b.span.end));
    // "Phillips and Drew's Reid": a person of the pair
    let rest = &text[b.span.end..];
    let employs = (rest.starts_with("'s ") || rest.starts_with("’s "))
        && ms
            .get(i + 2)
            .is_some_and(|p| p.ty == 0 && text[b.span.end..p.span.start].trim().len() <= 4);
    if employs
        || FIRM_BEFORE.contains(&before.as_str())
        || LEGAL_FORMS.contains(&after.as_str())
        || staff_after(text, b.span.end)
    {
        return true;
    }
    if !matches!(before.as_str(), "at" | "of" | "with") {
        return false;
    }
    let head = text[..a.span.start].trim_end_matches([' ', '\t', '\n']);
    let head = head
        .get(..head.len().saturating_sub(before.len()))
        .unwrap_or("")
        .trim_end_matches([' ', '\t', '\n', ',']);
    let staff = fold_string(word_before(head, head.len()));
    let person_before = i > 0 && ms[i - 1].ty == 0 && ms[i - 1].span.end == head.len();
    person_before || FIRM_STAFF.contains(&staff.as_str())
}

/// Is a staff word of a firm ([`FIRM_STAFF`]) written at `at`, after at most
/// [`STAFF_MODIFIERS`] modifiers ("senior European economist")?
fn staff_after(text: &str, mut at: usize) -> bool {
    for _ in 0..=STAFF_MODIFIERS {
        let word = word_after(text, at);
        let folded = fold_string(word);
        if FIRM_STAFF.contains(&folded.as_str()) {
            return true;
        }
        let modifier = TITLE_MODIFIERS.contains(&folded.as_str())
            || word.chars().next().is_some_and(char::is_uppercase);
        if word.is_empty() || !modifier {
            return false;
        }
        let Some(end) = text[at..].find(word) else {
            return false;
        };
        at += end + word.len();
    }
    false
}

/// Modifiers read past before a staff word: "senior European economist" has two.
const STAFF_MODIFIERS: usize = 2;

/// A firm named after two partners, tagged as two people: "Phillips and Drew" (Reuters
/// wrote it in 20 stories, which listed "Drew" among the top people). Two one-word people
/// joined by "and" are one organisation, in the whole article, when one of their
/// pairings there reads as a firm ([`firm_cue`]); "Blair and Brown said" stays two people.
pub(super) fn join_partner_firms(text: &str, mentions: Vec<Mention>) -> Vec<Mention> {
    let pair_key = |a: &Mention, b: &Mention| format!("{} and {}", a.key, b.key);
    let firms: FxHashSet<String> = (0..mentions.len().saturating_sub(1))
        .filter(|&i| partner_pair(text, &mentions[i], &mentions[i + 1]))
        .filter(|&i| firm_cue(text, &mentions, i))
        .map(|i| pair_key(&mentions[i], &mentions[i + 1]))
        .collect();
    if firms.is_empty() {
        return mentions;
    }
    let mut out: Vec<Mention> = Vec::with_capacity(mentions.len());
    for m in mentions {
        if let Some(prev) = out.last_mut() {
            if partner_pair(text, prev, &m) && firms.contains(&pair_key(prev, &m)) {
                prev.key = pair_key(prev, &m);
                prev.ty = 2;
                prev.tok_end = m.tok_end;
                prev.span.end = m.span.end;
                continue;
            }
        }
        out.push(m);
    }
    out
}

impl EntityExtractor {
    /// A first name an editor put in brackets before a surname (`Majority Leader (Mitch)
    /// McConnell`, `[Nancy] Pelosi`, inside quotes of US copy) is that person's: the tagger
    /// had made `Mitch` a person of its own and `Nancy` the French city, and the surname
    /// alone never found the full name. The mention spans the brackets; the entity's name
    /// drops them.
    pub(super) fn join_bracketed_first_names(
        &self,
        text: &str,
        mentions: Vec<Mention>,
    ) -> Vec<Mention> {
        let mut out: Vec<Mention> = Vec::with_capacity(mentions.len());
        for m in mentions {
            if let Some(prev) = out.last_mut() {
                let (s, e) = (prev.span.start, prev.span.end);
                let bracketed = s > 0
                    && matches!(
                        (text.as_bytes()[s - 1], text.as_bytes().get(e)),
                        (b'(', Some(b')')) | (b'[', Some(b']'))
                    )
                    && m.span.start == e + 2
                    && text.as_bytes()[e + 1] == b' ';
                let first = prev.tok_end - prev.tok_start == 1
                    && self.gaz.token_flags(folded_hash(&text[s..e])) & G_FIRST != 0;
                if bracketed && first && m.ty == 0 {
                    prev.ty = 0;
                    prev.tok_end = m.tok_end;
                    prev.span.start = s - 1;
                    prev.span.end = m.span.end;
                    prev.key = fold_string(&format!("{} {}", &text[s..e], &m.key));
                    continue;
                }
            }
            out.push(m);
        }
        out
    }

    /// Two mentions that are one organisation the gazetteers know, cut at a conjunction or
    /// a preposition by the tagger ("Standard and Poor's Corp" as "Standard" and "Poor's
    /// Corp"; "General Agreement on Tariffs and Trade" as "General Agreement" and "Tariffs
    /// and Trade"): joined, as that organisation.
    pub(super) fn join_known_names(&self, text: &str, mentions: Vec<Mention>) -> Vec<Mention> {
        const GAP: usize = 8;
        let mut out: Vec<Mention> = Vec::with_capacity(mentions.len());
        for m in mentions {
            if let Some(prev) = out.last_mut() {
                let gap = text.get(prev.span.end..m.span.start).unwrap_or("");
                let connector = gap.len() <= GAP
                    && matches!(gap.trim(), "and" | "&" | "of" | "on" | "for" | "-");
                if connector {
                    let joined = fold_string(&text[prev.span.start..m.span.end]);
                    // "American Telephone" and "Telegraph Co": an unknown organisation
                    // before "and" and a company name is the company's first half
                    let ends_legal = |key: &str| {
                        key.rsplit(' ')
                            .next()
                            .is_some_and(|w| LEGAL_FORMS.contains(&w.trim_end_matches('.')))
                    };
                    let halves = prev.ty == 2
                        && m.ty == 2
                        && matches!(gap.trim(), "and" | "&")
                        && !self.gaz.orgs.contains_key(&prev.key)
                        && !ends_legal(&prev.key)
                        && ends_legal(&m.key);
                    // `Devon and Cornwall Police`, `Kensington and Chelsea Council`: a
                    // body serving two places, cut after the first (TheMirror quoted
                    // `Cornwall Police` five times)
                    let joint_area = prev.ty == 1
                        && m.ty == 2
                        && prev.tok_end - prev.tok_start == 1
                        && matches!(gap.trim(), "and" | "&")
                        && m.key.split(' ').count() == 2
                        && m.key
                            .split(' ')
                            .next()
                            .is_some_and(|w| self.gaz.has_place(w))
                        && m.key
                            .rsplit(' ')
                            .next()
                            .is_some_and(|w| JOINT_AREA_BODIES.contains(&w));
                    // `Police Federation of England and Wales`: a body of two parts of one
                    // country, cut at the `and` between them (TheMirror; not `the Bank of
                    // England and U.S.`, nor `Gulf of Mexico and Angola`)
                    let country =
                        |key: &str| self.gaz.place(key).and_then(|p| p.parents.last().cloned());
                    let two_places = prev.ty == 2
                        && m.ty == 1
                        && gap.trim() == "and"
                        && !self.gaz.orgs.contains_key(&prev.key)
                        && prev.key.rsplit_once(" of ").is_some_and(|(_, place)| {
                            country(place).is_some_and(|c| country(&m.key) == Some(c))
                        });
                    if halves || joint_area || two_places || self.gaz.orgs.contains_key(&joined) {
                        prev.ty = 2;
                        prev.tok_end = m.tok_end;
                        prev.span.end = m.span.end;
                        prev.key = joined;
                        continue;
                    }
                }
            }
            out.push(self.extend_to_known_org(text, m));
        }
        out
    }

    /// An organisation mention whose start the tagger cut ("Tariffs and Trade" of "the
    /// General Agreement on Tariffs and Trade", the first words read as MISC): extended
    /// back over at most [`LOOKBACK`] bytes of words when that makes a name the gazetteer
    /// knows.
    fn extend_to_known_org(&self, text: &str, mut m: Mention) -> Mention {
        const LOOKBACK: usize = 48;
        if m.ty != 2 {
            return m;
        }
        let lo = text.floor_char_boundary(m.span.start.saturating_sub(LOOKBACK));
        let window = &text[lo..m.span.start];
        // word starts in the window, farthest first: the longest known name wins
        let starts = window
            .char_indices()
            .filter(|&(i, c)| c.is_alphanumeric() && (i == 0 || window[..i].ends_with([' ', '\n'])))
            .map(|(i, _)| lo + i);
        for start in starts {
            if text[start..m.span.start].contains(['.', ',', ';', ':', '\n']) {
                continue;
            }
            let key = fold_string(&text[start..m.span.end]);
            if self.gaz.orgs.contains_key(&key) {
                // token counts decide one-word rules: count the words taken in
                let added = text[start..m.span.start].split_whitespace().count();
                m.tok_start = m.tok_start.saturating_sub(added);
                m.span.start = start;
                m.key = key;
                break;
            }
        }
        m
    }
}

/// `Guitarist Brian May …` ⏎ `May said the band …` (BBC entertainment), `Glenn English` ⏎
/// `English said` (Reuters): the surname of a person the article names in full, before a
/// reporting verb, is that person where the tagger, unsure of a word that is also a common
/// one or a month, left it untagged (15 BBC + Reuters stories, and 5 quote speakers there that
/// had been the bare surname or a firm's). A capitalised word is looked up among the article's surnames,
/// and only a surname's next word among the reporting verbs. (A surname that is only a
/// common word, "Size" of Roni Size, is still dropped by the person filter.)
pub(super) fn add_acting_surnames(text: &str, toks: &[Token], found: &mut Vec<Mention>) {
    let surnames: FxHashSet<&str> = found
        .iter()
        .filter(|m| m.ty == 0 && m.tok_end - m.tok_start > 1)
        .filter_map(|m| text[m.span.start..m.span.end].rsplit(' ').next())
        .filter(|w| w.len() > 1 && w.starts_with(char::is_uppercase))
        .collect();
    if surnames.is_empty() {
        return;
    }
    let before = found.len();
    let mut next_mention = 0;
    for (i, pair) in toks.windows(2).enumerate() {
        let (t, verb) = (pair[0], pair[1]);
        while next_mention < before && found[next_mention].span.end <= t.start {
            next_mention += 1;
        }
        let inside = found
            .get(next_mention)
            .is_some_and(|m| m.span.start <= t.start && next_mention < before);
        let word = &text[t.start..t.end];
        if inside || !word.starts_with(char::is_uppercase) || !surnames.contains(word) {
            continue;
        }
        let verb = &text[verb.start..verb.end];
        if !CUE_VERBS.iter().any(|v| v.eq_ignore_ascii_case(verb)) {
            continue;
        }
        found.push(Mention {
            ty: 0,
            tok_start: i,
            tok_end: i + 1,
            span: Span {
                start: t.start,
                end: t.end,
            },
            key: fold_string(word),
        });
    }
    if found.len() > before {
        found.sort_by_key(|m| m.span.start);
    }
}
