//! Per-article canonicalisation of tagger mentions into people, places and organisations.
//!
//! Mention spans are what the tagger found (CoNLL convention: titles and possessive "’s" are
//! outside the span); we trim stray titles / edge punctuation. On top of them we (1) drop
//! impossible people (pronouns, common words, sentence-initial ordinary words) and retype known
//! places / institutions ("Rafah", "Hamas", "White House"), (2) turn a lone surname tagged
//! place/org into the person named in full elsewhere in the article, (3) merge "Biden" /
//! "Mr. Biden" and "de Vries" into the full name ("Joe Biden", "Jan de Vries"), (4) map place
//! and org aliases to canonical names with parents from the gazetteer, and (5) merge a
//! company's short forms into its full name ("USX", "USX Corp"). Gender comes from honorifics
//! before a mention, else from the first name.

use super::gazetteer::{Gazetteer, G_COMMON, G_ORG, G_ORGSUFFIX, G_PLACE, G_PRONOUN, G_TITLE};
use super::groups::{
    merge_acronyms, merge_company_short_forms, merge_misspelt_surnames, merge_multiword_surnames,
    merge_name_variants, merge_org_prefixes, merge_org_tails, surname_word, without_legal_forms,
    Group, Mention,
};
use super::joins::{add_acting_surnames, join_firm_names, join_partner_firms};
use super::tokenize::{SentRange, Token};
use super::{kind_of, EntityExtractor};
use crate::entity::{Entity, EntityKind, Span};
use crate::fold::{fold_string, folded_hash};
use crate::lexicon::{
    is_wire_jargon, CREDIT_CUES, CREDIT_MARKS, CREDIT_OPENERS, CUE_VERBS, PAGE_FURNITURE,
    PEER_TITLES,
};
use rustc_hash::{FxHashMap, FxHashSet};

/// Is `line` a byline or a picture credit ("By Jane Smith", "Photo: John Doe/Reuters",
/// "Jane Smith/Getty Images")? Short lines only: a sentence that says "by" is no byline.
pub(super) fn is_credit_line(line: &str) -> bool {
    const MAX_WORDS: usize = 14;
    let line = line.trim();
    // `take`: a line may be a whole unwrapped megabyte, and this runs per mention
    if line.split_whitespace().take(MAX_WORDS + 1).count() > MAX_WORDS {
        return false;
    }
    let lower = line.to_lowercase();
    let opens = CREDIT_OPENERS.iter().any(|o| {
        lower.strip_prefix(o).is_some_and(|rest| {
            rest.starts_with([' ', ':', '|'])
                && (*o != "by" || line.get(o.len()..).is_some_and(mostly_capitalised))
        })
    });
    opens || CREDIT_MARKS.iter().any(|m| lower.contains(m))
}

/// Does the mention at `span` stand in a caption's credit ("… in Peshawar. Photo by Muhammad
/// Sajjad /AP", "AP Photo/Eric Gay, File")? A credit cue opens it, up to
/// [`CREDIT_REACH`] bytes back on the same line, and no sentence ends in between.
pub(super) fn in_credit(doc: &DocText, span: Span) -> bool {
    /// Credits are short: "Photo by Handout/English Montreal School Board/" is 48 bytes.
    const CREDIT_REACH: usize = 64;
    let text = doc.text;
    let from = doc
        .line_start(span.start)
        .max(span.start.saturating_sub(CREDIT_REACH));
    let from = text.ceil_char_boundary(from);
    let before = &text[from..span.end];
    // every cue holds one of these; most mentions have none before them, and go no further
    if memchr::memchr3(b'/', b':', b'(', before.as_bytes()).is_none()
        && !before.contains("by ")
        && !before.contains("By ")
    {
        return false;
    }
    let before = before.to_lowercase();
    let Some(cue) = CREDIT_CUES.iter().filter_map(|c| before.rfind(c)).max() else {
        return false;
    };
    !before[cue..].contains(". ")
}

/// Is `line` page furniture ("Story continues below", a lone "Getty")?
pub(super) fn is_page_furniture(line: &str) -> bool {
    let line = line.trim();
    line.len() <= 24 && PAGE_FURNITURE.iter().any(|f| line.eq_ignore_ascii_case(f))
}

/// "By Jane Smith and John Doe in Washington" is a byline; "By Tuesday the talks had
/// failed" is a sentence. A byline's words are names but for a few joining words.
fn mostly_capitalised(rest: &str) -> bool {
    let (mut capitalised, mut words) = (0, 0);
    for word in rest.split_whitespace() {
        words += 1;
        capitalised += usize::from(word.chars().next().is_some_and(char::is_uppercase));
    }
    words > 0 && 3 * capitalised >= 2 * words
}

pub(super) fn is_all_caps(s: &str) -> bool {
    let mut letters = 0;
    for c in s.chars() {
        if c.is_alphabetic() {
            letters += 1;
            if c.is_lowercase() {
                return false;
            }
        }
    }
    letters > 1
}

/// An article's text with the two lookups extraction makes for each mention (the line it is on;
/// whether a word appears in lower case) answered without scanning the article each time, so
/// one long article costs what the same text costs as many short ones.
pub(super) struct DocText<'a> {
    pub(super) text: &'a str,
    /// Byte offset where each line starts.
    line_starts: Vec<usize>,
    pub(super) spaced: SpacedWords<'a>,
}

impl<'a> DocText<'a> {
    fn new(text: &'a str) -> DocText<'a> {
        let line_starts = std::iter::once(0)
            .chain(memchr::memchr_iter(b'\n', text.as_bytes()).map(|p| p + 1))
            .collect();
        DocText {
            text,
            line_starts,
            spaced: SpacedWords::new(text),
        }
    }

    /// Start of the line holding byte `pos`.
    pub(super) fn line_start(&self, pos: usize) -> usize {
        let k = self.line_starts.partition_point(|&s| s <= pos);
        self.line_starts[k.saturating_sub(1)]
    }

    /// The whole line holding the bytes `span`.
    pub(super) fn line_of(&self, span: Span) -> &'a str {
        let k = self.line_starts.partition_point(|&s| s <= span.end);
        let end = self.line_starts.get(k).map_or(self.text.len(), |&s| s - 1);
        &self.text[self.line_start(span.start)..end]
    }
}

/// "Is this word written between two spaces somewhere in the article?" A short article
/// answers by a scan of its text; an article asked more often than [`SpacedWords::SCANS`]
/// times builds the set of its words once instead, so the answer never costs a scan per
/// mention of a long article.
pub(super) struct SpacedWords<'a> {
    text: &'a str,
    scans: std::cell::Cell<usize>,
    set: std::cell::OnceCell<FxHashSet<&'a str>>,
}

impl<'a> SpacedWords<'a> {
    const SCANS: usize = 8;

    fn new(text: &'a str) -> SpacedWords<'a> {
        SpacedWords {
            text,
            scans: std::cell::Cell::new(0),
            set: std::cell::OnceCell::new(),
        }
    }

    pub(super) fn contains(&self, word: &str) -> bool {
        if self.set.get().is_none() && self.scans.get() < Self::SCANS {
            self.scans.set(self.scans.get() + 1);
            let needle = format!(" {word} ");
            return memchr::memmem::find(self.text.as_bytes(), needle.as_bytes()).is_some();
        }
        self.set
            .get_or_init(|| {
                // the pieces between two spaces: not the first piece nor the last
                let mut pieces: Vec<&str> = self.text.split(' ').skip(1).collect();
                pieces.pop();
                pieces.into_iter().collect()
            })
            .contains(word)
    }
}

/// The possessive clitic our tokenizer splits off ("Lord 's"); not the all-caps "'S" of a
/// headline, where the tagger's spans are least reliable.
pub(super) fn is_possessive(w: &str) -> bool {
    matches!(w, "'s" | "’s" | "‘s")
}

/// Is every use of `bare` in `text` followed by "'s" ("Moody's", "McDonald's": part of the
/// name), rather than also standing alone ("BBC" beside "BBC's": a possessive)? A whole
/// word match; "'s" may follow after one space, as in tokenised text ("Lord 's").
fn only_named_with_s(text: &str, bare: &str) -> bool {
    let bytes = text.as_bytes();
    let not_word = |b: Option<&u8>| b.is_none_or(|c| !c.is_ascii_alphanumeric());
    memchr::memmem::find_iter(bytes, bare.as_bytes()).all(|at| {
        let end = at + bare.len();
        let whole =
            not_word(at.checked_sub(1).and_then(|i| bytes.get(i))) && not_word(bytes.get(end));
        let rest = &text[end..];
        let rest = rest.strip_prefix(' ').unwrap_or(rest);
        let clitic = ["'s", "’s"]
            .iter()
            .find_map(|s| rest.strip_prefix(s))
            .is_some_and(|after| not_word(after.as_bytes().first()));
        !whole || clitic
    })
}

/// How far around a name ending in "'s" its bare uses are looked for: all of a news
/// article, while a long text full of such names stays linear.
pub(super) const NAME_WITH_S_RADIUS: usize = 16 * 1024;

/// The text within `radius` bytes of `at`.
pub(super) fn around(text: &str, at: usize, radius: usize) -> &str {
    let start = text.floor_char_boundary(at.saturating_sub(radius));
    let end = text.floor_char_boundary(at.saturating_add(radius));
    &text[start..end]
}

/// A stock ticker: short, no lower case ("IBM", "BCLJ.J", "AMVC.O").
pub(super) fn is_ticker(w: &str) -> bool {
    w.len() <= 8
        && w.bytes()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == b'.')
}

/// An abbreviation whose last period ended the sentence ("… in the U.S."): the tokenizer
/// gives "U.S", which must look up as "U.S." (BBC + Reuters: "U.S" was a place of its own
/// in the top 100).
pub(super) fn abbreviation_key(key: String) -> String {
    let b = key.as_bytes();
    let dotted = b.len() >= 3
        && b.len() % 2 == 1
        && b.chunks(2)
            .all(|c| c[0].is_ascii_alphabetic() && c.get(1).is_none_or(|&d| d == b'.'));
    if dotted {
        key + "."
    } else {
        key
    }
}

/// Months as price tables abbreviate them.
pub(super) const MONTH_ABBREVIATIONS: &[&str] = &[
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

/// What cannot end a name: wire jargon, or an ordinal ("3RD QTR"); an ordinal can start
/// one ("20th Century Fox").
pub(super) fn is_wire_tail(w: &str) -> bool {
    let digits = w.bytes().take_while(u8::is_ascii_digit).count();
    let ordinal = digits > 0
        && ["st", "nd", "rd", "th"]
            .iter()
            .any(|s| w.as_bytes()[digits..].eq_ignore_ascii_case(s.as_bytes()));
    ordinal || is_wire_jargon(w)
}

/// Is the line containing `span` a title-case headline (>= 5 content words, >= 90% of
/// them capitalised)?
fn in_title_case_line(gaz: &Gazetteer, doc: &DocText, span: Span) -> bool {
    // lists of names are capitalised too; a headline also capitalises ordinary words
    // (and is short and mostly words, unlike results tables). The counts that need no
    // gazetteer probe come first: most lines (long paragraphs) fail them at once.
    let line = doc.line_of(span);
    let mut words = 0;
    let mut caps = 0;
    let mut total = 0;
    for w in line.split_whitespace() {
        total += 1;
        if total > 25 {
            return false;
        }
        let Some(c) = w.chars().find(|c| c.is_alphabetic()) else {
            continue;
        };
        if c.is_lowercase() && w.len() <= 3 {
            continue;
        }
        words += 1;
        if c.is_uppercase() {
            caps += 1;
        }
    }
    if !(words >= 5 && words * 10 >= total * 8 && caps * 10 >= words * 9) {
        return false;
    }
    let mut cap_common = 0;
    for (i, w) in line.split_whitespace().enumerate() {
        let Some(c) = w.chars().find(|c| c.is_alphabetic()) else {
            continue;
        };
        if c.is_lowercase() && w.len() <= 3 {
            continue;
        }
        if c.is_uppercase() {
            let core = w.trim_matches(|c: char| !c.is_alphanumeric());
            if i > 0 && !is_all_caps(core) && gaz.token_flags(folded_hash(core)) & G_COMMON != 0 {
                cap_common += 1;
            }
        }
    }
    cap_common >= 2
}

/// Title-case an all-caps name ("WASHINGTON" -> "Washington") for display.
fn title_case(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut start = true;
    for c in s.chars() {
        if c.is_alphabetic() {
            if start {
                out.push(c);
            } else {
                out.extend(c.to_lowercase());
            }
            start = false;
        } else {
            out.push(c);
            start = c == ' ' || c == '-';
        }
    }
    out
}

impl EntityExtractor {
    /// Does "'s" after `bare` belong to the name? The tagger keeps it inside a span both
    /// for names ("Lord's", "Boatmen's", "Standard & Poor's") and for possessives ("BBC's",
    /// "Ford Motor Co's", "London Metal Exchange's"). Names ending in "'s" are one word or
    /// two joined by "&" / "and", are not known names or companies without it, and the
    /// article never uses them bare.
    pub(super) fn is_name_with_s(&self, text: &str, bare: &str) -> bool {
        let words = bare
            .split(' ')
            .filter(|w| !matches!(*w, "&" | "and"))
            .count();
        if words > 2 || words == 2 && !bare.contains(" & ") && !bare.contains(" and ") {
            return false;
        }
        let key = fold_string(bare);
        !self.gaz.orgs.contains_key(&key)
            && !self.gaz.has_place(&key)
            && without_legal_forms(&key) == key
            && only_named_with_s(text, bare)
    }

    /// Is "`compass` `word`" an adjective of a place the gazetteer knows, by its own name or
    /// with the compass word ("West German" of Germany, "South Korean" of South Korea,
    /// "South Chinese" of China, "Northern Iraqi" of Iraq), or its plural ("West Germans")?
    /// Not "Southern Basin": Basi is a town in India, but no adjective drops an "n".
    pub(super) fn is_region_adjective(&self, compass: &str, word: &str) -> bool {
        let singular = fold_string(word);
        let w = singular.strip_suffix('s').unwrap_or(&singular);
        let cut = |suffix: &str, add: &str| w.strip_suffix(suffix).map(|s| format!("{s}{add}"));
        let stems = [
            Some(format!("{w}y")),
            w.strip_suffix('n')
                .filter(|s| s.ends_with('a'))
                .map(str::to_owned),
            cut("an", "e"),
            cut("ian", ""),
            cut("ian", "y"),
            cut("ese", ""),
            cut("ese", "a"),
            cut("i", ""),
        ];
        let compass = fold_string(compass);
        stems.iter().flatten().any(|stem| {
            stem.len() >= 4
                && (self.gaz.has_place(stem) || self.gaz.has_place(&format!("{compass} {stem}")))
        })
    }

    /// Extract all entities, ordered by first mention. Lines in capitals are read as a
    /// writer would have cased them (see `truecase`); names come out in that case, at the
    /// same offsets.
    pub fn extract(&self, text: &str) -> Vec<Entity> {
        let cased = super::truecase::truecase(text, &self.gaz);
        self.extract_cased(&cased)
    }

    fn extract_cased(&self, text: &str) -> Vec<Entity> {
        let doc = DocText::new(text);
        let mentions = self.with_tags(text, |b| {
            let mut found = self.span_mentions(text, &doc, &b.toks, &b.spans);
            self.add_reporting_subjects(text, &b.toks, &b.sents, &mut found);
            add_acting_surnames(text, &b.toks, &mut found);
            self.add_shaped_names(text, &b.toks, &mut found);
            self.add_executive_names(text, &b.toks, &mut found);
            self.add_known_bodies(text, &b.toks, &mut found);
            self.join_month_given_names(text, &b.toks, &mut found);
            self.join_word_surnames(text, &b.toks, &mut found);
            found
        });
        let mentions = join_firm_names(text, mentions);
        let mentions = join_partner_firms(text, mentions);
        let mentions = self.join_known_names(text, mentions);
        let mentions = self.join_bracketed_first_names(text, mentions);
        self.canonicalise(&doc, mentions)
    }

    pub(super) fn is_title_word(&self, w: &str) -> bool {
        let f = fold_string(w);
        f == "majority" || f == "minority" || self.gaz.titles.contains_key(&f)
    }

    /// Wire headlines open with their newsmaker's surname and a reporting verb ("Sumita
    /// says Bank of Japan will intervene", "Miyazawa expects dollar to rebound"), where the
    /// tagger, unsure of any sentence's first word, often tags nothing. A sentence-initial
    /// capitalised word that is no common word, place or organisation, untagged and followed
    /// by a reporting verb names a person.
    fn add_reporting_subjects(
        &self,
        text: &str,
        toks: &[Token],
        sents: &[SentRange],
        found: &mut Vec<Mention>,
    ) {
        let before = found.len();
        for s in sents {
            let (Some(first), Some(next)) = (toks.get(s.start), toks.get(s.start + 1)) else {
                continue;
            };
            if s.end - s.start < 3 {
                continue;
            }
            let word = &text[first.start..first.end];
            let verb = text[next.start..next.end].to_ascii_lowercase();
            let capitalised = word.chars().next().is_some_and(char::is_uppercase)
                && word.chars().skip(1).all(char::is_lowercase)
                && word.chars().count() > 2;
            if !capitalised || !CUE_VERBS.contains(&verb.as_str()) || !verb.ends_with('s') {
                continue;
            }
            let key = fold_string(word);
            let fl = self.gaz.token_flags(folded_hash(word));
            let known_other = fl & (G_COMMON | G_PLACE | G_ORG | G_PRONOUN | G_TITLE) != 0
                || self.gaz.has_place(&key)
                || self.gaz.orgs.contains_key(&key);
            if known_other {
                continue;
            }
            // tagged as that one word, as a place or an organisation: a person
            if let Some(m) = found[..before]
                .iter_mut()
                .find(|m| m.span.start <= first.start && first.start < m.span.end)
            {
                if m.span.start == first.start && m.span.end == first.end {
                    m.ty = 0;
                }
                continue;
            }
            found.push(Mention {
                ty: 0,
                tok_start: s.start,
                tok_end: s.start + 1,
                span: Span {
                    start: first.start,
                    end: first.end,
                },
                key,
            });
        }
        if found.len() > before {
            found.sort_by_key(|m| m.span.start);
        }
    }

    fn canonicalise(&self, doc: &DocText, mentions: Vec<Mention>) -> Vec<Entity> {
        let text = doc.text;
        // 0. title-case headlines ("Wealthy Voters Abandon Republican Party"): case says
        // nothing there and CoNLL has no such lines to learn from, so keep a mention only if
        // it is a known name or recurs outside title-case lines
        let mut last_line: Option<(usize, bool)> = None;
        let tc: Vec<bool> = mentions
            .iter()
            .map(|m| {
                let ls = doc.line_start(m.span.start);
                match last_line {
                    Some((l, v)) if l == ls => v,
                    _ => {
                        let v = in_title_case_line(&self.gaz, doc, m.span);
                        last_line = Some((ls, v));
                        v
                    }
                }
            })
            .collect();
        let mentions: Vec<Mention> = if tc.iter().any(|&b| b) {
            let elsewhere: FxHashSet<&str> = mentions
                .iter()
                .zip(&tc)
                .filter(|(_, &t)| !t)
                .map(|(m, _)| m.key.as_str())
                .collect();
            // a person in a headline is kept when the story names them by surname
            let surnames_elsewhere: FxHashSet<&str> =
                elsewhere.iter().map(|k| surname_word(k)).collect();
            let keep: Vec<bool> = mentions
                .iter()
                .zip(&tc)
                .map(|(m, &t)| {
                    !t || elsewhere.contains(m.key.as_str())
                        || self.gaz.has_place(&m.key)
                        || self.gaz.orgs.contains_key(&m.key)
                        || (m.ty == 0
                            && m.key
                                .rsplit(' ')
                                .next()
                                .is_some_and(|w| surnames_elsewhere.contains(w)))
                })
                .collect();
            mentions
                .into_iter()
                .zip(keep)
                .filter(|(_, k)| *k)
                .map(|(m, _)| m)
                .collect()
        } else {
            mentions
        };
        // 1. filters
        let mut ms: Vec<Mention> = mentions
            .into_iter()
            .filter_map(|mut m| {
                let t = self.person_filter(doc, &m)?;
                m.ty = t;
                Some(m)
            })
            .collect();
        self.drop_initial_common_surnames(doc, &mut ms);
        self.people_once_people_throughout(doc, &mut ms);
        self.firms_once_firms_throughout(doc, &mut ms);
        self.bands_once_bands_throughout(doc, &mut ms);
        // 2. one type per name in the article, and the types the names it gives in full
        // settle (`retype.rs`)
        self.retype_by_article(text, &mut ms);
        // 3. group
        let mut groups: Vec<Group> = Vec::new();
        let mut by_key: FxHashMap<(EntityKind, String), usize> = FxHashMap::default();
        // people: multi-token names first, then short forms join them; a full name is
        // looked up by its last and by its first word
        let mut by_last: FxHashMap<&str, Vec<usize>> = FxHashMap::default();
        let mut by_first: FxHashMap<&str, Vec<usize>> = FxHashMap::default();
        // `Lord Goldsmith`, `Baroness Boothroyd`: a peer is a surname under a title. With
        // Peter Goldsmith named in full in the story it is him; alone it is the name the
        // story knows (BBC politics: Lord Goldsmith in six stories, never in full).
        let peer: Vec<bool> = ms
            .iter()
            .map(|m| {
                m.ty == 0
                    && m.tok_end - m.tok_start == 2
                    && m.key
                        .split(' ')
                        .next()
                        .is_some_and(|w| PEER_TITLES.contains(&w))
            })
            .collect();
        let surname_of = |m: &Mention| surname_word(&m.key).to_owned();
        for (i, m) in ms.iter().enumerate() {
            if m.ty != 0 || m.tok_end - m.tok_start < 2 || peer[i] {
                continue;
            }
            let gi = *by_key
                .entry((EntityKind::Person, m.key.clone()))
                .or_insert_with(|| {
                    groups.push((EntityKind::Person, m.key.clone(), Vec::new()));
                    let g = groups.len() - 1;
                    let first = m.key.split(' ').next().unwrap_or("");
                    let last = surname_word(&m.key);
                    by_first.entry(first).or_default().push(g);
                    by_last.entry(last).or_default().push(g);
                    g
                });
            groups[gi].2.push(i);
        }
        // a peer no full name explains is a full name of its own
        let mut peer_keys: Vec<(usize, String)> = Vec::new();
        for (i, m) in ms.iter().enumerate() {
            if !peer[i] || by_last.contains_key(surname_of(m).as_str()) {
                continue;
            }
            let gi = match peer_keys.iter().find(|(_, k)| *k == m.key) {
                Some(&(g, _)) => g,
                None => {
                    groups.push((EntityKind::Person, m.key.clone(), Vec::new()));
                    peer_keys.push((groups.len() - 1, m.key.clone()));
                    groups.len() - 1
                }
            };
            groups[gi].2.push(i);
        }
        for &(g, ref key) in &peer_keys {
            by_key.insert((EntityKind::Person, key.clone()), g);
            by_last.entry(surname_word(key)).or_default().push(g);
        }
        let placed: FxHashSet<usize> = peer_keys
            .iter()
            .flat_map(|(g, _)| groups[*g].2.iter().copied())
            .collect();
        // mentions in a full-name group so far are its full names, in text order
        let full_names: Vec<usize> = groups.iter().map(|g| g.2.len()).collect();
        for (i, m) in ms.iter().enumerate() {
            let kind = match kind_of(m.ty) {
                Some(k) => k,
                None => continue,
            };
            if kind == EntityKind::Person
                && m.tok_end - m.tok_start >= 2
                && (!peer[i] || placed.contains(&i))
            {
                continue;
            }
            let gi = if kind == EntityKind::Person {
                // join a full name whose last (else first) word matches (a peer: its
                // surname)
                let key = if peer[i] {
                    surname_of(m)
                } else {
                    m.key.clone()
                };
                let mut last = by_last.get(key.as_str()).map_or(&[][..], |v| v);
                let same_sex = (last.len() > 1)
                    .then(|| {
                        self.same_sex_candidates(text, m.span.start, last, |g| {
                            groups[g].1.split(' ').next().unwrap_or("")
                        })
                    })
                    .flatten();
                if let Some(kept) = &same_sex {
                    last = kept;
                }
                let first = by_first.get(key.as_str()).map_or(&[][..], |v| v);
                // An ambiguous surname ("Clinton" with Hillary and Bill named) goes to the person
                // named most often, then to the one named last before it: news style names the
                // main figure in full and uses the bare surname for them. Mentions come in text
                // order, so the last one before this is found by a binary search among the full
                // names and is otherwise the last short form that joined.
                let most_named = |cands: &[usize]| {
                    cands.iter().copied().max_by_key(|&g| {
                        let idx = &groups[g].2;
                        let (full, short) = idx.split_at(full_names[g]);
                        let k = full.partition_point(|&j| ms[j].span.start < m.span.start);
                        let full_before = k.checked_sub(1).map(|k| ms[full[k]].span.start);
                        let short_before = short
                            .last()
                            .map(|&j| ms[j].span.start)
                            .filter(|&s| s < m.span.start);
                        // With no name before it (a headline's `Robinson`), the person
                        // named in full first: the story's lead (`England captain Jason
                        // Robinson`), not coach Andy Robinson, named later (BBC sport/342).
                        let first_full = full.first().map(|&j| ms[j].span.start);
                        (
                            idx.len(),
                            full_before.max(short_before),
                            std::cmp::Reverse(first_full),
                        )
                    })
                };
                let target = if !last.is_empty() {
                    most_named(last)
                } else if first.len() == 1 {
                    Some(first[0])
                } else {
                    None
                };
                match target {
                    Some(g) => g,
                    None => *by_key.entry((kind, m.key.clone())).or_insert_with(|| {
                        groups.push((kind, m.key.clone(), Vec::new()));
                        groups.len() - 1
                    }),
                }
            } else {
                let canon = match kind {
                    EntityKind::Place => self.gaz.place(&m.key).map(|p| fold_string(&p.canonical)),
                    // a company's forms that differ by a legal form share a key: "USX" and
                    // "USX Corp" are one entity, "Apple Inc" is the gazetteer's Apple
                    EntityKind::Org => {
                        let base = without_legal_forms(&m.key);
                        Some(
                            self.gaz
                                .orgs
                                .get(&m.key)
                                .or_else(|| self.gaz.orgs.get(base))
                                .map_or_else(|| base.to_owned(), |c| fold_string(c)),
                        )
                    }
                    EntityKind::Person => None,
                }
                .unwrap_or_else(|| m.key.clone());
                *by_key.entry((kind, canon.clone())).or_insert_with(|| {
                    groups.push((kind, canon, Vec::new()));
                    groups.len() - 1
                })
            };
            groups[gi].2.push(i);
        }
        merge_multiword_surnames(&mut groups);
        merge_misspelt_surnames(&self.gaz, &mut groups);
        merge_name_variants(&mut groups);
        merge_company_short_forms(&self.gaz, &mut groups, &ms);
        merge_org_prefixes(&self.gaz, &mut groups, &ms);
        merge_org_tails(&self.gaz, &mut groups);
        merge_acronyms(text, &mut groups, &ms);
        // 4. build entities
        let mut out: Vec<Entity> = groups
            .into_iter()
            .filter(|g| !g.2.is_empty())
            .filter(|g| {
                g.0 != EntityKind::Person
                    || !super::works::names_a_work(
                        text,
                        &g.1,
                        g.2.iter().map(|&i| ms[i].span),
                        |w| self.gaz.token_flags(folded_hash(w)) & (G_ORGSUFFIX | G_TITLE) != 0,
                    )
            })
            .map(|(kind, key, mut idx)| {
                idx.sort_by_key(|&i| ms[i].span.start);
                let mentions: Vec<Span> = idx.iter().map(|&i| ms[i].span).collect();
                // display name: longest mention, preferring mixed case
                let best_at = idx.iter().copied().max_by_key(|&i| {
                    let s = &text[ms[i].span.start..ms[i].span.end];
                    (
                        !is_all_caps(s),
                        !peer[i] && ms[i].tok_end - ms[i].tok_start >= 2,
                        ms[i].tok_end - ms[i].tok_start,
                        std::cmp::Reverse(ms[i].span.start),
                    )
                });
                let best = best_at.map_or("", |i| &text[ms[i].span.start..ms[i].span.end]);
                // all-caps headline forms get title case; acronyms stay: short ones (IRA,
                // CNN), dotted ones, and a body's one word in capitals in a mixed-case line
                // (`The RSPCA said`, BBC: it had been "Rspca"; a place there is a dateline's,
                // `FRANKFURT, Oct 20 - The Bundesbank …`)
                let acronym = !best.contains(' ')
                    && (best.chars().count() <= 4
                        || best.contains('.')
                        || (kind != EntityKind::Place
                            && best_at.is_some_and(|i| !is_all_caps(doc.line_of(ms[i].span)))));
                let mut name = if is_all_caps(best) && !acronym {
                    title_case(best)
                } else {
                    best.to_string()
                };
                // (`(Mitch) McConnell`: an editor's brackets are no part of the name)
                if kind == EntityKind::Person && name.starts_with(['(', '[']) {
                    name.retain(|c| !"()[]".contains(c));
                }
                name = crate::fold::clean_name(&name).replace('’', "'");
                let mut parents = Vec::new();
                match kind {
                    EntityKind::Place => {
                        if let Some(p) = self.gaz.place(&key) {
                            name = p.canonical.clone();
                            parents = p.parents.clone();
                        }
                    }
                    EntityKind::Org => {
                        if let Some(c) = self.gaz.orgs.get(&key) {
                            name = c.clone();
                        }
                    }
                    EntityKind::Person => {}
                }
                let gender = if kind == EntityKind::Person {
                    self.gender(text, &name, &idx, &ms)
                } else {
                    None
                };
                Entity {
                    name,
                    kind,
                    mentions,
                    parents,
                    gender,
                }
            })
            .collect();
        self.name_national_bodies(text, &mut out);
        out.sort_by_key(|e| e.mentions.first().map_or(usize::MAX, |m| m.start));
        out
    }
}

#[cfg(test)]
#[path = "canonical_tests.rs"]
mod tests;
