//! How much a mention is in view when a pronoun or a description looks back for whom it
//! means: next to a reporting verb, the subject of a sentence, of a clause, or introduced
//! by words (`the Republican governor`); the salience weights; honorifics' genders.

use super::words::{after_last_mark, is_cue_word, is_in, lower};
use crate::entity::{Entity, EntityKind, Gender};
use crate::lexicon::{
    is_quote_title, CLAUSE_WORDS, DETERMINERS, FEMALE_HONORIFICS, LISTENER_VERBS, MALE_HONORIFICS,
    OBJECT_PREPOSITIONS, OPENING_PREPOSITIONS, PREPOSITIONS, TITLE_EXPANSIONS,
};
use rustc_hash::FxHashSet;

/// Words at most this long make a definite description worth resolving (`the two-time
/// Academy Award winner`); longer ones are clauses the grammar misread.
pub(super) const DESCRIPTION_WORDS: usize = 5;

/// Per entity (people only; others empty), the lower-case words that introduce its
/// mentions: up to five words before a mention in the same clause, and an apposition
/// after it (`, the Republican governor,`).
pub(super) fn role_words(text: &str, entities: &[Entity]) -> Vec<FxHashSet<String>> {
    const BEFORE: usize = 5;
    const APPOSITION: usize = 10;
    // Every person mention's span, in text order: the words before a name stop at the
    // person named before it (`Governor Jay Inslee appointed Montoya-Lewis` makes
    // Montoya-Lewis no governor, Times of Israel, news-quotes round 9). Not at a place or
    // body, which a role holds (`Saudi Crown Prince`, `Royal Bank of Canada chairman`).
    let mut ends: Vec<(usize, usize)> = entities
        .iter()
        .filter(|e| e.kind == EntityKind::Person)
        .flat_map(|e| e.mentions.iter().map(|m| (m.start, m.end)))
        .collect();
    ends.sort_unstable();
    entities
        .iter()
        .map(|e| {
            let mut words = FxHashSet::default();
            if e.kind != EntityKind::Person {
                return words;
            }
            for m in &e.mentions {
                let before = ends.partition_point(|&(s, _)| s < m.start);
                let prev_end = before.checked_sub(1).map_or(0, |i| ends[i].1).min(m.start);
                let lo = text.floor_char_boundary(m.start.saturating_sub(80));
                let clause = clause_before(text, lo, m.start);
                let own = &text[(m.start - clause.len()).max(prev_end)..m.start];
                // (not past a reporting verb: `An Indian official says Prime Minister Narendra
                // Modi monitored …` makes Modi no official, National Post)
                for w in own
                    .split_whitespace()
                    .rev()
                    .take(BEFORE)
                    .take_while(|w| !is_cue_word(&lower(w)))
                {
                    words
                        .insert(lower(w.trim_matches(|c: char| !c.is_alphanumeric())).into_owned());
                }
                // `The Bishop of Durham, the Rt Rev Dr Tom Wright` (BBC entertainment/009):
                // a name after a comma and nothing but titles is the apposition of the
                // role before that comma.
                let titles_only = clause.split_whitespace().all(|w| {
                    let w = lower(w.trim_matches(|c: char| !c.is_alphanumeric()));
                    w == "the" || is_quote_title(&w) || is_in(&["rt", "rev", "hon"], &w)
                });
                let head = &text[lo..m.start - clause.len()];
                if let Some(head) = head.strip_suffix(',').filter(|_| titles_only) {
                    let role = head
                        .rsplit(['.', '!', '?', '\n', ';', '"', '“', '”', ','])
                        .next()
                        .unwrap_or("");
                    for w in role.split_whitespace().rev().take(BEFORE) {
                        words.insert(
                            lower(w.trim_matches(|c: char| !c.is_alphanumeric())).into_owned(),
                        );
                    }
                }
                // `Sen. Maria Lopez` is the senator.
                for w in own.split_whitespace().rev().take(BEFORE) {
                    let w = lower(w.trim_end_matches('.'));
                    if let Some(&(_, office)) = TITLE_EXPANSIONS.iter().find(|t| t.0 == w) {
                        words.insert(office.to_owned());
                    }
                }
                // `King Charles` is the king (Metro): a title inside the name.
                for w in text[m.start..m.end].split_whitespace() {
                    let w = lower(w);
                    if is_quote_title(&w) {
                        words.insert(w.into_owned());
                    }
                }
                if let Some(rest) = text[m.end..].strip_prefix(", ") {
                    let appos = rest.split([',', '.', ';', '\n']).next().unwrap_or("");
                    for w in appos.split_whitespace().take(APPOSITION) {
                        words.insert(
                            lower(w.trim_matches(|c: char| !c.is_alphanumeric())).into_owned(),
                        );
                    }
                }
            }
            words
        })
        .collect()
}

/// The clause before byte `start` (back to `lo`): from the last sentence or clause mark,
/// where an abbreviated title's period (`Sen.`, `Gov.`) is no mark.
fn clause_before(text: &str, lo: usize, start: usize) -> &str {
    let marks = ['.', '!', '?', '\n', ';', '"', '“', '”', ','];
    &text[after_last_mark(text, lo, start, &marks).unwrap_or(lo)..start]
}

/// Role nouns the article sets right beside a person's name: before it (`collector Rajesh
/// Deshmukh`, `the district collector, Rajesh Deshmukh`) or in an apposition after it
/// (`Rajesh Deshmukh, the district collector,`). Narrower than [`role_words`], whose five
/// words before a mention also hold `the newspaper reported that`: a role no list knows is
/// trusted only from here. Singular lower-case nouns only (`the sources` is no one).
pub(super) fn apposed_roles(text: &str, entities: &[Entity]) -> FxHashSet<String> {
    let noun = |w: &str| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
        (w.len() > 2
            && w.starts_with(char::is_lowercase)
            && w.chars().all(|c| c.is_alphabetic() || c == '-')
            && (w.ends_with("ss") || !w.ends_with('s'))
            && !is_in(CLAUSE_WORDS, w)
            && !is_in(PREPOSITIONS, w))
        .then(|| w.to_owned())
    };
    let mut roles = FxHashSet::default();
    for e in entities.iter().filter(|e| e.kind == EntityKind::Person) {
        for m in &e.mentions {
            // `a new book, Brown's Britain`: a possessive names no one introduced there
            if text[m.end..].starts_with(['\'', '’']) {
                continue;
            }
            let before = text[..m.start].trim_end();
            let comma = before.strip_suffix(',');
            if let Some(w) = comma
                .unwrap_or(before)
                .rsplit(char::is_whitespace)
                .next()
                .and_then(noun)
            {
                roles.insert(w);
            }
            // `, the district collector, said`: the noun before a post-modifier or the comma
            if let Some(rest) = text[m.end..].strip_prefix(", ") {
                let appos = rest.split([',', '.', ';', '\n']).next().unwrap_or("");
                let mut words = appos.split_whitespace();
                if words
                    .next()
                    .is_some_and(|d| is_in(&["the", "a", "an"], &lower(d)))
                {
                    let head = words
                        .take(APPOSED_WORDS)
                        .take_while(|w| !is_in(&["of", "at", "for", "in", "from", "with"], w))
                        .last();
                    if let Some(w) = head.and_then(noun) {
                        roles.insert(w);
                    }
                }
            }
        }
    }
    roles
}

/// Most words of an apposition read for its role noun (`the senior district collector`).
const APPOSED_WORDS: usize = 5;

/// Most bytes of a bracketed aside after a name (`(D-Conn.)`, `(pictured)`, `(left)`).
const ASIDE_BYTES: usize = 40;

/// The text after a short bracketed aside that opens `after`, or `after` itself: `Sen.
/// Christopher Ames (D-Conn.), his Democratic counterpart, was more optimistic. He said`
/// is Ames's sentence (the `he` had gone to the senator quoted before him).
fn past_aside(after: &str) -> &str {
    let rest = after.trim_start_matches([' ', '\t']);
    let Some(inner) = rest.strip_prefix('(') else {
        return after;
    };
    let window = &inner[..inner.floor_char_boundary(ASIDE_BYTES.min(inner.len()))];
    match window.find([')', '\n', '(']) {
        Some(p) if window[p..].starts_with(')') => &inner[p + 1..],
        _ => after,
    }
}

/// True when a reporting verb directly follows (`Sullivan said`) or precedes
/// (`said Sullivan`) the mention.
pub(super) fn next_to_cue(text: &str, s: usize, e: usize) -> bool {
    let after = past_aside(text.get(e..).unwrap_or(""));
    let mut it = after.split_whitespace();
    let mut next = it.next().unwrap_or("");
    if next.ends_with("ly") || is_in(&["also", "later", "then", "has", "had", "once"], next) {
        next = it.next().unwrap_or("");
    }
    let next = next.trim_end_matches([',', '.', ';', ':']);
    let before = text.get(..s).unwrap_or("");
    let prev = before
        .split_whitespace()
        .next_back()
        .unwrap_or("")
        .trim_end_matches(',');
    // `said Sullivan.` but not `he said Biden was …`.
    let closes = after.trim_start().starts_with([',', '.', ';']) || after.trim().is_empty();
    // `according to John Houlihan, editor of … “…,” he says`: a named source
    // (BBC tech/084).
    let b = before.trim_end();
    let according = prev == "to"
        && b.get(b.len().saturating_sub(12)..)
            .is_some_and(|t| t.eq_ignore_ascii_case("according to"));
    is_cue_word(next)
        || (closes && is_cue_word(prev) && !is_in(LISTENER_VERBS, prev))
        || (according && closes)
}

/// A person mention is a subject when a sentence starts at it or a verb-like
/// lower-case word follows it.
pub(super) fn subject_weight(text: &str, s: usize, e: usize) -> Option<usize> {
    let after = past_aside(text.get(e..).unwrap_or(""));
    if gives_view(text, s, after) {
        return Some(W_INITIAL);
    }
    let comma = after.trim_start().strip_prefix(',');
    let after = comma.unwrap_or(after);
    let mut next = after.split_whitespace().next().unwrap_or("");
    // `Ihtisham Hibatullah, Al Jazeera's manager of …, urged`: the verb after an
    // apposition (Reuters gave his `he said` to the source before him); `Jane Okafor, 45,
    // has lived` too.
    if comma.is_some()
        && next
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
    {
        let clause = after
            .get(..after.floor_char_boundary(APPOSITION_BYTES))
            .unwrap_or(after);
        if let Some(end) = clause.find([',', '.', '\n', '“', '"', ';']) {
            if clause[end..].starts_with(',') {
                next = clause[end + 1..].split_whitespace().next().unwrap_or("");
            }
        }
    }
    let next_l = next.trim_end_matches([',', '.', ';', ':']);
    let lower_next = next_l.chars().next().is_some_and(|c| c.is_lowercase());
    // a subject pronoun right after a name has the verb (`… that before Bridesmaids she was
    // an ingenue`, the Guardian: the film had taken her next `she says`)
    if !lower_next || is_in(&["he", "she", "they", "we", "you", "it"], next_l) {
        return None;
    }
    let mut before = text.get(..s).unwrap_or("").trim_end();
    // Honorific or title words directly before the mention belong to it, and so does an
    // age (`On the outskirts of Kyoto, 83-year-old Yuji Shimizu contemplates …`, BBC
    // business/287).
    while let Some(w) = before.split_whitespace().next_back() {
        let age = w
            .strip_suffix("-year-old")
            .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
        if age || is_quote_title(&lower(w)) && w.chars().next().is_some_and(|c| c.is_uppercase()) {
            before = before[..before.len() - w.len()].trim_end();
        } else {
            break;
        }
    }
    let before = before
        .strip_suffix("But")
        .or_else(|| before.strip_suffix("And"))
        .unwrap_or(before)
        .trim_end();
    let sent_start = before.is_empty()
        || before.ends_with(['.', '!', '?', '\n', '”', '"', ':'])
        || after_opening_phrase(before);
    // `asserted that Trump had …`: the subject of a clause inside the sentence is less in
    // view than the sentence's own.
    let embedded = is_in(
        &[
            "that", "whether", "if", "because", "when", "while", "as", "although",
        ],
        before.split_whitespace().next_back().unwrap_or(""),
    );
    // `matched to Mr Houston when …`: after a preposition a name is no subject.
    // (`Of Hepburn, she said:` opens its sentence with one, BBC entertainment/372)
    let prev = before.split_whitespace().next_back().unwrap_or("");
    if is_in(OBJECT_PREPOSITIONS, &lower(prev)) {
        return None;
    }
    if sent_start {
        Some(W_INITIAL)
    } else if embedded {
        Some(W_EMBEDDED)
    } else if !is_in(&["and", "administration", "campaign", "or", "as"], next_l)
        // `praised striker Alan Green after the match`: before a preposition a name is an
        // object, not a subject.
        && !is_in(PREPOSITIONS, next_l)
    {
        Some(W_SUBJECT)
    } else {
        None
    }
}

/// Does the mention at `s` (followed by `after`) open its sentence as `For NAME,`, the
/// person whose view the sentence gives (`For Jupiter analyst Olivier Beauvillain, Yahoo's
/// decision … was an error. “…,” he said`; `But for Allen Weiner, a research director …, the
/// future of search is …`, BBC tech/337)? Then a pronoun after it is theirs, as after a
/// subject. Only capitalised words and titles may stand between `For` and the name.
fn gives_view(text: &str, s: usize, after: &str) -> bool {
    if !after.starts_with(',') {
        return false;
    }
    let lo = text.floor_char_boundary(s.saturating_sub(VIEW_OPENING_BYTES));
    let before = &text[lo..s];
    let Some(p) = before.rfind(['.', '!', '?', '\n', '”', '"', ':', ',', ';']) else {
        return false;
    };
    let stop = before[p..].chars().next().map_or(1, char::len_utf8);
    let mut words = before[p + stop..].split_whitespace();
    let mut first = words.next().unwrap_or("");
    if is_in(&["but", "and"], &lower(first)) {
        first = words.next().unwrap_or("");
    }
    first.eq_ignore_ascii_case("for")
        && words
            .all(|w| w.chars().next().is_some_and(char::is_uppercase) || is_quote_title(&lower(w)))
}

/// Bytes looked back from a name for a `For` that opens its sentence: `But for
/// Jupiter Research analyst` and the like.
const VIEW_OPENING_BYTES: usize = 60;

/// Longest apposition after a subject, in bytes (`, Al Jazeera's manager of international
/// communications,`).
const APPOSITION_BYTES: usize = 100;

/// Longest opening phrase (in words) before a sentence's subject: `Regarding the tweets,
/// Mpofu adopted …`.
const OPENING_PHRASE_WORDS: usize = 8;

/// Bytes looked back for the start of an opening phrase: eight long words.
const OPENING_PHRASE_BYTES: usize = 120;

/// Does `before` (the text up to a mention) end with a short phrase that opens its
/// sentence and a comma (`Regarding the tweets,`, `In a statement on Monday,`)? Then the
/// mention is the sentence's subject as much as one at its start (TimesLive gave Mpofu's
/// `he said` to the last-named source instead).
fn after_opening_phrase(before: &str) -> bool {
    let Some(phrase) = before.strip_suffix(',') else {
        return false;
    };
    // Look back no further than an opening phrase can reach, so that a text with no
    // punctuation costs no more per mention than one with it.
    let lo = phrase.floor_char_boundary(phrase.len().saturating_sub(OPENING_PHRASE_BYTES));
    let start = match phrase[lo..].rfind(['.', '!', '?', '\n', '”', '"', ':', ',', '“']) {
        Some(p) => lo + p + phrase[lo + p..].chars().next().map_or(1, char::len_utf8),
        None if lo == 0 => 0,
        None => return false,
    };
    let sentence_start = start == 0 || !phrase[..start].ends_with(',');
    let mut words = phrase[start..].split_whitespace();
    let Some(first) = words.next() else {
        return false;
    };
    let count = 1 + words.count();
    let opener = lower(first.trim_matches(|c: char| !c.is_alphanumeric()));
    sentence_start
        && count <= OPENING_PHRASE_WORDS
        && first.chars().next().is_some_and(char::is_uppercase)
        && (is_in(CLAUSE_WORDS, &opener)
            || is_in(OPENING_PREPOSITIONS, &opener)
            || opener.ends_with("ing")
            || opener.ends_with("ly")
            // `His neighbour, Anna Price, was angry.` ⏎ `… “…,” she said` (she had been the
            // woman who spoke two paragraphs before), `Baker’s lawyer, …`, `The next day, …`
            || is_in(DETERMINERS, &opener)
            || ["'s", "’s"].iter().any(|s| first.ends_with(s)))
}

/// Salience weights: distance to a candidate is multiplied by its weight
/// (speaker 2, sentence-initial subject 3, other subject 8: best of a small
/// grid on train, differences within ~1.5 points).
pub(super) const W_SPEAKER: usize = 2;
pub(super) const W_INITIAL: usize = 3;
pub(super) const W_SUBJECT: usize = 8;
/// The subject of a clause inside a sentence (`said that Trump had …`).
pub(super) const W_EMBEDDED: usize = 16;

/// Gender from an honorific inside or right before the mention (`Mrs. Clinton`).
pub(super) fn honorific_gender(text: &str, s: usize, e: usize) -> Option<Gender> {
    let before = text
        .get(..s)
        .unwrap_or("")
        .split_whitespace()
        .next_back()
        .unwrap_or("");
    let first = text
        .get(s..e)
        .unwrap_or("")
        .split_whitespace()
        .next()
        .unwrap_or("");
    for w in [first, before] {
        let lw = lower(w);
        if is_in(MALE_HONORIFICS, &lw) {
            return Some(Gender::Male);
        }
        if is_in(FEMALE_HONORIFICS, &lw) {
            return Some(Gender::Female);
        }
    }
    None
}
