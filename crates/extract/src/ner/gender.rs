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

/// The word right before byte `at`, whatever stands between (`Mrs.` of `Mrs. Schlafly`).
fn word_before(text: &str, at: usize) -> &str {
    text[..at]
        .trim_end()
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or("")
}
