//! All-capitals lines (wire flashes, headlines: "TREASURY'S BAKER SAYS PARIS PACT ONLY A
//! START") given the case a writer would have used, before tagging: the tagger learned
//! names from their capital letters, and in capitals every word has them.
//!
//! A word takes the case the same article gives it in mixed-case text ("Baker" in the
//! story); else lower case when the article writes it in lower case or it is a common
//! English word that is no name; else a capital when it is a known first name, surname or
//! place, or is unknown (most unknown words in a flash are names: BOESKY, BALLADUR);
//! short unknown words stay capitals (acronyms: SEC, IMF). A common word that is also a
//! name (BAKER, BROWN, KING) is a name only after a possessive or a title ("TREASURY'S
//! BAKER", "CHANCELLOR LAWSON") or before a reporting verb. Only ASCII letters change
//! case, so every byte offset into the text stays valid.

use std::borrow::Cow;

use rustc_hash::FxHashMap;

use super::gazetteer::{Gazetteer, G_COMMON, G_FIRST, G_ORG, G_PLACE, G_SURNAME, G_TITLE};
use crate::fold::folded_hash;
use crate::lexicon::{is_wire_jargon, CUE_VERBS};

/// A line is in capitals when at least this share of its cased letters are capitals (a
/// stray lower-case unit like "mln" or "dlrs" in a flash does not make it mixed).
const CAPS_SHARE: f64 = 0.9;
/// ... and it has at least this many letters (a lone acronym line is no headline).
const CAPS_MIN_LETTERS: usize = 8;
/// A capitals line with this many numbers, a third of its words or more, is a table row,
/// not a sentence ("LAWSON FORECASTS U.K. INFLATION 4.0 PCT AT END 1987" is a sentence).
const TABLE_NUMBERS: usize = 2;
/// Unknown all-capitals words at most this long stay in capitals (SEC, IMF, OPEC).
const ACRONYM_MAX: usize = 4;

/// `text` with its all-capitals lines in mixed case, or `text` itself when it has none.
pub fn truecase<'a>(text: &'a str, gaz: &Gazetteer) -> Cow<'a, str> {
    let lines = caps_lines(text);
    if lines.is_empty() || !mostly_capitals(text, &lines) {
        return Cow::Borrowed(text);
    }
    let forms = mixed_case_forms(text, &lines);
    let mut out = text.as_bytes().to_vec();
    for &(start, end) in &lines {
        let words = words_of(text, start, end);
        for (k, &(ws, we)) in words.iter().enumerate() {
            let word = &text[ws..we];
            let prev = k.checked_sub(1).map(|p| &text[words[p].0..words[p].1]);
            let next = words.get(k + 1).map(|&(a, b)| &text[a..b]);
            let case = case_of(word, prev, next, k == 0, &forms, gaz);
            apply(&mut out[ws..we], word, case);
        }
    }
    // Only ASCII letters changed case: still UTF-8, byte for byte where it was.
    Cow::Owned(String::from_utf8(out).unwrap_or_else(|_| text.to_owned()))
}

/// How a word is to be written.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Case<'f> {
    Keep,
    Lower,
    Title,
    Like(&'f str),
}

/// A story is cased only when capitals are most of it (a flash, an all-capitals telex): a
/// capitals headline over a mixed-case story names its people again in the story, where
/// the tagger reads them as it was trained to. (Casing every capitals line cost CoNLL-2003
/// dev, whose headlines are in capitals, 1.3 PER / 0.5 LOC / 0.8 ORG F1, retrained or not.)
fn mostly_capitals(text: &str, caps: &[(usize, usize)]) -> bool {
    let in_caps: usize = caps.iter().map(|&(s, e)| e - s).sum();
    let total = text.trim().len().max(1);
    in_caps * 2 >= total
}

/// Byte ranges of the lines (between newlines) written in capitals.
fn caps_lines(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let end = start + line.trim_end_matches(['\n', '\r']).len();
        let (mut upper, mut lower) = (0usize, 0usize);
        for b in text[start..end].bytes() {
            upper += usize::from(b.is_ascii_uppercase());
            lower += usize::from(b.is_ascii_lowercase());
        }
        let cased = upper + lower;
        // the table test splits words, so it runs only on lines in capitals (most lines
        // are not: it was 4-5% of extraction on BBC stories when it ran on every line)
        if cased >= CAPS_MIN_LETTERS
            && upper as f64 >= CAPS_SHARE * cased as f64
            && !table_row(&text[start..end])
        {
            out.push((start, end));
        }
        start += line.len();
    }
    out
}

/// A results or standings row ("NEW YORK 74 59 .556"): team names in capitals are the
/// tagger's to read as they are.
fn table_row(line: &str) -> bool {
    let numbers = line
        .split_whitespace()
        .filter(|w| w.starts_with(|c: char| c.is_ascii_digit() || c == '.'))
        .count();
    let words = line.split_whitespace().count();
    numbers >= TABLE_NUMBERS && numbers * 3 >= words
}

/// Words (runs of ASCII letters, with inner apostrophes and hyphens) of `text[start..end]`.
fn words_of(text: &str, start: usize, end: usize) -> Vec<(usize, usize)> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = start;
    while i < end {
        if !b[i].is_ascii_alphabetic() {
            i += 1;
            continue;
        }
        let ws = i;
        while i < end
            && (b[i].is_ascii_alphabetic()
                || (matches!(b[i], b'\'' | b'-') && i + 1 < end && b[i + 1].is_ascii_alphabetic()))
        {
            i += 1;
        }
        out.push((ws, i));
    }
    out
}

/// Lower-cased word -> how the article writes it outside capitals lines: a mixed-case form
/// ("Baker", "McDonald"), or `None` when it also writes it in lower case.
fn mixed_case_forms<'t>(
    text: &'t str,
    caps: &[(usize, usize)],
) -> FxHashMap<String, Option<&'t str>> {
    let mut forms: FxHashMap<String, Option<&'t str>> = FxHashMap::default();
    let mut start = 0;
    for &(cs, ce) in caps
        .iter()
        .chain(std::iter::once(&(text.len(), text.len())))
    {
        for (ws, we) in words_of(text, start, cs) {
            let w = &text[ws..we];
            let has_upper = w.bytes().any(|c| c.is_ascii_uppercase());
            let all_upper = !w.bytes().any(|c| c.is_ascii_lowercase());
            if all_upper && w.len() > 1 {
                continue;
            }
            let key = w.to_ascii_lowercase();
            if has_upper {
                forms.entry(key).or_insert(Some(w));
            } else {
                forms.insert(key, None);
            }
        }
        start = ce;
    }
    forms
}

fn case_of<'f>(
    word: &str,
    prev: Option<&str>,
    next: Option<&str>,
    first: bool,
    forms: &FxHashMap<String, Option<&'f str>>,
    gaz: &Gazetteer,
) -> Case<'f> {
    if word.bytes().any(|c| c.is_ascii_lowercase()) {
        return Case::Keep;
    }
    let lower = word.to_ascii_lowercase();
    let stem = lower.strip_suffix("'s").unwrap_or(&lower);
    if let Some(form) = forms.get(stem) {
        return match form {
            Some(f) => Case::Like(f),
            None if first => Case::Title,
            None => Case::Lower,
        };
    }
    if word.len() == 1 {
        return if word == "A" && !first {
            Case::Lower
        } else {
            Case::Keep
        };
    }
    if is_wire_jargon(stem) {
        return Case::Lower;
    }
    let flags = gaz.tagger_flags(folded_hash(stem));
    // an organisation known by its acronym (SEC, OPEC, NATO)
    if flags & G_ORG != 0 && stem.len() <= ACRONYM_MAX + 1 {
        return Case::Keep;
    }
    let common = flags & G_COMMON != 0 || is_common_inflection(stem, gaz);
    let name = flags & (G_FIRST | G_SURNAME | G_PLACE) != 0;
    let title = flags & G_TITLE != 0;
    let case = match (common, name) {
        (false, true) => Case::Title,
        (true, false) => Case::Lower,
        (true, true) if names_context(prev, next, gaz) => Case::Title,
        (true, true) => Case::Lower,
        (false, false) if title => Case::Title,
        (false, false) if stem.len() <= ACRONYM_MAX => Case::Keep,
        (false, false) => Case::Title,
    };
    match case {
        Case::Lower if first => Case::Title,
        other => other,
    }
}

/// A common word's inflection ("okays", "forecasts", "cuts") is common too.
fn is_common_inflection(w: &str, gaz: &Gazetteer) -> bool {
    ["s", "es", "ed", "d", "ing"].iter().any(|suffix| {
        w.strip_suffix(suffix).is_some_and(|base| {
            base.len() >= 3 && gaz.tagger_flags(folded_hash(base)) & G_COMMON != 0
        })
    })
}

/// Around a word that is both common and a name: after a possessive or a title ("TREASURY'S
/// BAKER", "CHANCELLOR LAWSON") or before a reporting verb ("BAKER SAYS") it is a name.
fn names_context(prev: Option<&str>, next: Option<&str>, gaz: &Gazetteer) -> bool {
    let after_owner = prev.is_some_and(|p| p.ends_with("'S") || p.ends_with("'s"));
    let after_title =
        prev.is_some_and(|p| gaz.tagger_flags(folded_hash(&p.to_ascii_lowercase())) & G_TITLE != 0);
    let before_cue = next.is_some_and(|n| CUE_VERBS.contains(&n.to_ascii_lowercase().as_str()));
    after_owner || after_title || before_cue
}

/// Writes `word` (ASCII capitals) into `out` in `case`.
fn apply(out: &mut [u8], word: &str, case: Case) {
    match case {
        Case::Keep => {}
        Case::Lower => out.make_ascii_lowercase(),
        Case::Title => {
            out.make_ascii_lowercase();
            // after a hyphen or an apostrophe a name part starts anew (JEAN-PIERRE,
            // O'NEILL), but not the possessive (BAKER'S)
            let w = word.as_bytes();
            for i in 0..out.len() {
                let restart = i == 0
                    || w[i - 1] == b'-'
                    || (w[i - 1] == b'\'' && !w[i..].eq_ignore_ascii_case(b"s"));
                if restart {
                    out[i] = w[i];
                }
            }
        }
        Case::Like(form) => {
            for (o, f) in out.iter_mut().zip(form.bytes()) {
                if f.is_ascii_alphabetic() {
                    *o = if f.is_ascii_uppercase() {
                        o.to_ascii_uppercase()
                    } else {
                        o.to_ascii_lowercase()
                    };
                }
            }
            // a form shorter than the word ("Baker" for "BAKER'S"): the rest lower case
            if form.len() < out.len() {
                out[form.len()..].make_ascii_lowercase();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::EntityExtractor;

    fn cased(text: &str) -> String {
        let ex = EntityExtractor::embedded().expect("model");
        truecase(text, ex.gazetteer()).into_owned()
    }

    #[test]
    fn a_flash_reads_like_a_sentence() {
        assert_eq!(
            cased("TREASURY'S BAKER SAYS PARIS ACCORD ONLY A START\n"),
            "Treasury's Baker says Paris accord only a start\n"
        );
        assert_eq!(
            cased("SEC OKAYS REQUEST FROM BOESKY FIRMS\n"),
            "SEC okays request from Boesky firms\n"
        );
    }

    #[test]
    fn the_article_tells_the_case() {
        let text = "BALLADUR HAS HAD CONTACT WITH G7 MINISTERS, INCLUDING WEST GERMANY'S \
                    STOLTENBERG\n\nMinister Edouard Balladur said so.\n";
        let out = cased(text);
        assert!(
            out.starts_with("Balladur has had contact with G7 ministers"),
            "{out}"
        );
        assert_eq!(out.len(), text.len());
    }

    #[test]
    fn mixed_text_is_left_alone() {
        let text = "Jake Sullivan said the U.S. and NATO agreed.\n";
        assert!(matches!(
            truecase(
                text,
                EntityExtractor::embedded().expect("model").gazetteer()
            ),
            Cow::Borrowed(_)
        ));
    }
}
