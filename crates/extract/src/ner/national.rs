//! Bodies every country has (`the Finance Ministry`, `the Supreme Court`, `the Treasury`),
//! named with the country the article means: `Finance Ministry (Japan)`. Without it an
//! archive of many countries pools them: Reuters-21578's ministries of 19 countries were one
//! `Finance Ministry` (193 stories on BBC + Reuters), and the organisation table, written
//! for US news, made BBC's `the Treasury` and India's `Supreme Court` the US bodies.
//!
//! The country is, in order: a qualifier in or just before a mention (`Japan's`, `the West
//! German`, `U.S.`); the one country the same article qualifies that body with; the
//! dateline's (`TOKYO, March 3 -`); the country most of the article's places are in. With
//! none of these the name stays as it was.

use rustc_hash::FxHashMap;

use super::EntityExtractor;
use crate::entity::{Entity, EntityKind, Span};
use crate::fold::fold_string;
use crate::lexicon::{DEMONYMS, FORMER_COUNTRIES, NATIONAL_BODIES, NATIONAL_NAMES};

/// A dateline's place starts on one of the text's first lines: Reuters puts a headline (at
/// most a few lines) before `TOKYO, March 3 -`. 400 bytes hold the longest two-line
/// headline and dateline of Reuters-21578.
const DATELINE_WINDOW: usize = 400;

/// The last words of the bodies' names: [`NATIONAL_BODIES`]' and `ministry`.
const BODY_LAST_WORDS: &[&str] = &[
    "ministry",
    "cabinet",
    "bank",
    "congress",
    "court",
    "representatives",
    "assembly",
    "parliament",
    "senate",
    "treasury",
    "department",
];

/// Most words a body's bare name has (`house of representatives`).
const BODY_MAX_WORDS: usize = 4;

/// The country a folded nationality names (`japanese` -> Japan).
fn demonym_country(folded: &str) -> Option<&'static str> {
    DEMONYMS.iter().find(|(d, _)| *d == folded).map(|&(_, c)| c)
}

/// A country of its time that today's gazetteer lacks, by its folded name.
fn former_country(folded: &str) -> Option<&'static str> {
    FORMER_COUNTRIES
        .iter()
        .copied()
        .find(|c| fold_string(c) == folded)
}

/// The gazetteer's name of the United States.
const US: &str = "United States";

/// The country that leads `ranked` (most named first) and how often it is named, if it is
/// named more than any other.
fn leading<'a>(mut ranked: impl Iterator<Item = &'a (String, usize)>) -> Option<(&'a str, usize)> {
    let (c, n) = ranked.next()?;
    ranked
        .next()
        .is_none_or(|(_, m)| m < n)
        .then_some((c.as_str(), *n))
}

/// The cheap test before folding: whether a mention's last word is one a body's name ends
/// with, or it holds `Ministry ` (`Dutch Ministry of Finance`). Most organisations fail it.
fn may_be_body(mention: &str) -> bool {
    let last = mention.rsplit(' ').next().unwrap_or("");
    let ends = |w: &str| last.eq_ignore_ascii_case(w);
    BODY_LAST_WORDS.iter().any(|w| ends(w))
        || ["Ministry ", "ministry ", "MINISTRY "]
            .iter()
            .any(|m| mention.contains(m))
}

/// Where the last word of `s` starts: after its last whitespace character (of any width:
/// a no-break space is two bytes).
fn last_word_at(s: &str) -> usize {
    s.char_indices()
        .rfind(|(_, c)| c.is_whitespace())
        .map_or(0, |(i, c)| i + c.len_utf8())
}

/// A body's own name in a country, if the lexicon has one (`HM Treasury`).
fn national_name(country: &str, bare: &str) -> Option<&'static str> {
    let bare = bare.strip_suffix(" department").unwrap_or(bare);
    NATIONAL_NAMES
        .iter()
        .find(|(c, b, _)| *c == country && *b == bare)
        .map(|&(_, _, name)| name)
}

/// How a country-less body is named, by what the article says around it.
struct Body {
    /// The entity's index.
    at: usize,
    /// The bare name, folded (`finance ministry`).
    bare: String,
    /// The country a mention names, if one does.
    country: Option<String>,
}

impl EntityExtractor {
    /// Rename the organisations among `out` that are a state's bodies with the country the
    /// article means, then join those that end with one name (`Japanese Finance Ministry` and
    /// `the Finance Ministry` of a Tokyo story).
    pub(super) fn name_national_bodies(&self, text: &str, out: &mut Vec<Entity>) {
        let mut bodies: Vec<Body> = Vec::new();
        for (at, e) in out.iter().enumerate() {
            if e.kind != EntityKind::Org {
                continue;
            }
            let mut bare: Option<String> = None;
            let mut country: Option<String> = None;
            let mut agree = true;
            for m in &e.mentions {
                let mention = &text[m.start..m.end];
                if !may_be_body(mention) {
                    agree = false;
                    break;
                }
                let Some((inside, rest)) = self.split_qualifier(mention) else {
                    agree = false;
                    break;
                };
                if bare.get_or_insert_with(|| rest.clone()) != &rest {
                    agree = false;
                    break;
                }
                if let Some(c) = inside.or_else(|| self.qualifier_before(text, *m)) {
                    agree &= *country.get_or_insert_with(|| c.clone()) == c;
                }
            }
            if let (true, Some(bare)) = (agree, bare) {
                bodies.push(Body { at, bare, country });
            }
        }
        if bodies.is_empty() {
            return;
        }
        let dateline = self.dateline_country(text, out);
        let scores = self.country_scores(text, out, &bodies);
        let us_named = scores.iter().any(|(c, _)| c == US);
        // the one country the article gives each body where it names one (None: several)
        let mut elsewhere: FxHashMap<&str, Option<&str>> = FxHashMap::default();
        for b in &bodies {
            if let Some(c) = b.country.as_deref() {
                elsewhere
                    .entry(b.bare.as_str())
                    .and_modify(|e| *e = e.filter(|e| *e == c))
                    .or_insert(Some(c));
            }
        }
        let mut renamed = false;
        for b in &bodies {
            let named = b
                .country
                .as_deref()
                .or_else(|| elsewhere.get(b.bare.as_str()).copied().flatten());
            // The article's own country otherwise. A body the US has under this name
            // (`the Treasury`, `Congress`) is the US one in any story that names the US: a
            // Tokyo story's `Congress` is the US Congress (Reuters: 11 stories had made it
            // Japan's). One the US lacks (`the Finance Ministry`) is never the US's.
            let us_body = self.gaz.orgs.contains_key(&b.bare);
            let home = || {
                if us_body && us_named {
                    return None;
                }
                let lead = |c: &str| us_body || c != US;
                // (a body the US has needs a country named twice: once may be a word of
                // a name the tagger missed)
                let enough = if us_body { 2 } else { 1 };
                let c = dateline.as_deref().filter(|c| lead(c)).or_else(|| {
                    leading(scores.iter().filter(|(c, _)| lead(c)))
                        .filter(|(_, n)| *n >= enough)
                        .map(|(c, _)| c)
                })?;
                // another country's body of a US body's name only where the lexicon
                // knows the country has one
                (!us_body || c == US || national_name(c, &b.bare).is_some()).then_some(c)
            };
            let Some(country) = named.or_else(home) else {
                continue;
            };
            if country == US && !us_body {
                continue;
            }
            out[b.at].name = self.body_name(&b.bare, country);
            renamed = true;
        }
        if renamed {
            join_same_names(out);
        }
    }

    /// `(country named inside, bare body)` of a mention that names a state's body:
    /// `West German Finance Ministry` -> (West Germany, `finance ministry`), `the Treasury`
    /// -> (none, `treasury`).
    fn split_qualifier(&self, mention: &str) -> Option<(Option<String>, String)> {
        let folded = fold_string(mention);
        let folded = ["the ", "a ", "an "]
            .iter()
            .find_map(|a| folded.strip_prefix(a))
            .unwrap_or(&folded);
        let words: Vec<&str> = folded.split(' ').collect();
        // a qualifier first: `japanese finance ministry` is no three-word ministry
        let qualified = (1..=2.min(words.len().saturating_sub(1))).find_map(|k| {
            let rest = words[k..].join(" ");
            let country = self.country_word(&words[..k].join(" "))?;
            self.is_body(&rest).then_some((Some(country), rest))
        });
        qualified.or_else(|| self.is_body(folded).then(|| (None, folded.to_owned())))
    }

    /// The country a qualifier names: a nationality (`japanese`, `west german`), or a
    /// country's name (`u.s.`, `japan's`), folded. Not a city's or region's: `Mumbai High
    /// Court` is a state's court, not India's.
    fn country_word(&self, folded: &str) -> Option<String> {
        let w = folded
            .strip_suffix("'s")
            .or_else(|| folded.strip_suffix("’s"))
            .unwrap_or(folded);
        if let Some(c) = demonym_country(w).or_else(|| former_country(w)) {
            return Some(c.to_owned());
        }
        self.gaz
            .place(w)
            .filter(|p| p.is_country)
            .map(|p| p.canonical)
    }

    /// The country a folded place name is or lies in.
    fn country_of_place(&self, folded: &str) -> Option<String> {
        if let Some(c) = former_country(folded) {
            return Some(c.to_owned());
        }
        let p = self.gaz.place(folded)?;
        let name = if p.is_country {
            p.canonical
        } else {
            p.parents.last()?.clone()
        };
        Some(name)
    }

    /// `Japan's Finance Ministry`, `the Japanese Finance Ministry`: a country's name in the
    /// possessive, or a nationality, right before a mention.
    fn qualifier_before(&self, text: &str, m: Span) -> Option<String> {
        let before = text[..m.start].trim_end_matches(' ');
        if before.len() + 1 < m.start {
            return None; // a line break or more than one space: not one phrase
        }
        // the last word, and the one before it when a single space apart (a line break
        // ends the phrase: `Friday\n\nRussia’s Defense Ministry`)
        let last_at = last_word_at(before);
        let last = &before[last_at..];
        let pair = before[..last_at]
            .strip_suffix(' ')
            .map(|b| &before[last_word_at(b)..]);
        // `West German`, `South African` before single-word nationalities
        [pair, Some(last)].into_iter().flatten().find_map(|phrase| {
            let capital = phrase.chars().next().is_some_and(char::is_uppercase);
            capital
                .then(|| self.country_word(&fold_string(phrase)))
                .flatten()
        })
    }

    /// The country of a dateline's place (`TOKYO, March 3 -`, `NEW DELHI (Reuters) -`): a
    /// place mention that opens a line among the text's first lines and is followed by a
    /// comma, a bracket or a dash.
    fn dateline_country(&self, text: &str, out: &[Entity]) -> Option<String> {
        out.iter()
            .filter(|e| e.kind == EntityKind::Place)
            .flat_map(|e| e.mentions.iter().map(move |m| (e, m)))
            .filter(|(_, m)| m.start < DATELINE_WINDOW)
            .find(|(_, m)| {
                let line_start = text[..m.start].rfind('\n').map_or(0, |i| i + 1);
                let after = text[m.end..].trim_start_matches(' ');
                text[line_start..m.start].trim().is_empty()
                    && (after.starts_with([',', '(', '-', '—', '–', ':']))
            })
            .and_then(|(e, _)| self.country_of_place(&fold_string(&e.name)))
    }

    /// How often the article names each country: its place mentions (a city counts for its
    /// country) and nationalities (`Dutch`, `West German`), most first. Reuters-21578 bodies
    /// carry no dateline, and a story often names its country once, in the headline, or
    /// only as a nationality (`The Dutch current account surplus fell`).
    fn country_scores(&self, text: &str, out: &[Entity], bodies: &[Body]) -> Vec<(String, usize)> {
        let mut counts: FxHashMap<String, usize> = FxHashMap::default();
        for e in out.iter().filter(|e| e.kind == EntityKind::Place) {
            if let Some(c) = self.country_of_place(&fold_string(&e.name)) {
                *counts.entry(c).or_default() += e.mentions.len();
            }
        }
        // a nationality inside another name (`Indian Head Inc`) says nothing of the story's
        // country; one inside a body's name (`the Dutch Finance Ministry`) does
        let mut names: Vec<Span> = out
            .iter()
            .enumerate()
            .filter(|(i, _)| bodies.binary_search_by_key(i, |b| b.at).is_err())
            .flat_map(|(_, e)| e.mentions.iter().copied())
            .collect();
        names.sort_by_key(|m| m.start);
        let in_name = |at: usize| {
            let i = names.partition_point(|m| m.start <= at);
            i > 0 && names[i - 1].end > at
        };
        // (no allocation per word: this scans every word of the article)
        let mut prev = "";
        for w in text.split(|c: char| !c.is_alphanumeric()) {
            if w.is_empty() {
                continue;
            }
            let at = w.as_ptr() as usize - text.as_ptr() as usize;
            if w.starts_with(|c: char| c.is_ascii_uppercase()) && !in_name(at) {
                // `West German` before `German`
                let pair = |(d, _): &&(&str, &str)| {
                    d.split_once(' ').is_some_and(|(a, b)| {
                        a.eq_ignore_ascii_case(prev) && b.eq_ignore_ascii_case(w)
                    })
                };
                let hit = DEMONYMS
                    .iter()
                    .find(pair)
                    .or_else(|| DEMONYMS.iter().find(|(d, _)| d.eq_ignore_ascii_case(w)));
                if let Some(&(_, c)) = hit {
                    *counts.entry(c.to_owned()).or_default() += 1;
                }
            }
            prev = w;
        }
        let mut ranked: Vec<(String, usize)> = counts.into_iter().collect();
        ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        ranked
    }

    /// Whether a folded, article-less name is a state's body every country has. A ministry's
    /// subject is plain words: not a place's or nationality's (`Bonn Finance Ministry`,
    /// `Japanese Ministry` are a qualifier and a body the tagger cut apart).
    fn is_body(&self, folded: &str) -> bool {
        let words: Vec<&str> = folded.split(' ').collect();
        if words.len() > BODY_MAX_WORDS || words.iter().any(|w| w.is_empty()) {
            return false;
        }
        if NATIONAL_BODIES.contains(&folded) {
            return true;
        }
        let subject: &[&str] = match words.as_slice() {
            // `ministry of finance`
            ["ministry", "of", w] => std::slice::from_ref(w),
            // `finance ministry`, `foreign trade ministry`, `post and telecommunications
            // ministry`
            [ws @ .., "ministry"] if ws.len() <= 2 || ws.get(1) == Some(&"and") => ws,
            _ => return false,
        };
        !subject.is_empty()
            && subject.iter().all(|w| {
                *w == "and"
                    || (w.chars().all(char::is_alphabetic)
                        && *w != "ministry"
                        && !self.gaz.has_place(w)
                        && demonym_country(w).is_none())
            })
    }

    /// The name of a body in a country: the country's own (`HM Treasury`), the organisation
    /// table's for the United States (`Treasury Department`), else `Finance Ministry (Japan)`.
    fn body_name(&self, bare: &str, country: &str) -> String {
        if let Some(name) = national_name(country, bare) {
            return name.to_owned();
        }
        if country == US {
            if let Some(c) = self.gaz.orgs.get(bare) {
                return c.clone();
            }
        }
        let bare = bare.strip_suffix(" department").unwrap_or(bare);
        // `ministry of finance` is the finance ministry
        let body = match bare.strip_prefix("ministry of ") {
            Some(of) => format!("{of} ministry"),
            None => bare.to_owned(),
        };
        let titled: Vec<String> = body
            .split(' ')
            .map(|w| match w {
                "of" | "and" => w.to_owned(),
                _ => {
                    let mut c = w.chars();
                    c.next()
                        .map(|f| f.to_uppercase().chain(c).collect())
                        .unwrap_or_default()
                }
            })
            .collect();
        format!("{} ({country})", titled.join(" "))
    }
}

/// Join the entities of one kind that ended with one name: mentions merged in text order,
/// the first entity kept.
fn join_same_names(out: &mut Vec<Entity>) {
    let mut first: FxHashMap<(EntityKind, String), usize> = FxHashMap::default();
    let mut keep = vec![true; out.len()];
    for i in 0..out.len() {
        match first.get(&(out[i].kind, out[i].name.clone())) {
            Some(&j) => {
                let moved = std::mem::take(&mut out[i].mentions);
                out[j].mentions.extend(moved);
                out[j].mentions.sort_by_key(|m| m.start);
                keep[i] = false;
            }
            None => {
                first.insert((out[i].kind, out[i].name.clone()), i);
            }
        }
    }
    let mut k = keep.into_iter();
    out.retain(|_| k.next().unwrap_or(true));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_body_passes_the_cheap_test() {
        for b in NATIONAL_BODIES {
            assert!(may_be_body(&b.to_uppercase()), "{b}");
        }
        for (_, b, _) in NATIONAL_NAMES {
            assert!(NATIONAL_BODIES.contains(b), "{b}");
        }
    }

    #[test]
    fn the_last_word_of_a_line_with_wide_spaces() {
        assert_eq!(
            last_word_at("Congress\u{a0}Russia’s"),
            "Congress\u{a0}".len()
        );
        assert_eq!(last_word_at("Russia’s"), 0);
        assert_eq!(last_word_at("x\u{2028}"), "x\u{2028}".len());
    }
}
