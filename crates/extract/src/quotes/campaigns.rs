//! A candidate's campaign as a speaker (`the Harris campaign said`, `Trump's campaign`,
//! `his campaign`, `the campaign` after one of them, `a Biden campaign release`): US
//! political copy quotes campaigns as organisations named after their candidate, and so
//! does news-quotes' guideline (`Harris campaign`, `Biden campaign`). Before, each stayed a
//! description (`the Harris campaign`), and `the campaign` named no one.

use super::resolution::{strip_name, Canonical, Resolver};
use super::words::{is_in, lower};
use crate::entity::EntityKind;
use crate::lexicon::DOCUMENT_NOUNS;

/// How far back a bare `the campaign` looks for the named one it refers to: about a
/// screenful of copy, the reach of the paragraph or two before.
const CAMPAIGN_REACH: usize = 2000;

/// Most capitalised words of a campaign's name before `campaign` (`the Hillary Clinton
/// campaign`, `the Vote Leave campaign`).
const CAMPAIGN_NAME_WORDS: usize = 3;

/// Whether `w` is written as a name (`Harris`, `GOP`).
fn cased(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// `Trump's` -> `Trump`; `Sanders’` -> `Sanders`.
fn unpossessed(w: &str) -> &str {
    ["'s", "’s", "‘s", "'", "’"]
        .iter()
        .find_map(|s| w.strip_suffix(s))
        .unwrap_or(w)
}

/// The name written right before the `campaign` at `raw[at]` (`Harris`, `Hillary Clinton`,
/// `Trump's`), as the campaign's name (`Harris campaign`); `None` when no capitalised word
/// is there, or a lower-case one sits among them (`the Clinton election campaign`).
fn named_campaign(raw: &[&str], at: usize) -> Option<String> {
    let from = (0..at)
        .rev()
        .take(CAMPAIGN_NAME_WORDS)
        .take_while(|&i| cased(raw[i]) && !is_in(&["the", "a", "an"], &lower(raw[i])))
        .last()?;
    let name: Vec<&str> = raw[from..at]
        .iter()
        .map(|w| unpossessed(w.trim_matches(|c: char| c == '"' || c == '“' || c == '”')))
        .collect();
    // `Mrs. Clinton's campaign` is the Clinton campaign
    let (name, _) = strip_name(&name.join(" "));
    (!name.is_empty()).then(|| format!("{name} campaign"))
}

impl Resolver<'_> {
    /// The campaign a description at `ms..me` (words `raw`, lower-cased `words`) speaks
    /// for, when its head (or, for a document, the body before the head) is `campaign`.
    pub(super) fn campaign(
        &mut self,
        ms: usize,
        raw: &[&str],
        words: &[String],
        head_at: usize,
    ) -> Option<Canonical> {
        let at = if words.get(head_at).is_some_and(|w| w == "campaign") {
            head_at
        } else if is_in(DOCUMENT_NOUNS, &words[head_at]) {
            // `a Biden campaign release`: the document's body (not `an unnamed Harris
            // campaign staffer`, someone of it)
            (1..head_at).find(|&i| words[i] == "campaign")?
        } else {
            return None;
        };
        let first = words.first()?.as_str();
        let name = match named_campaign(raw, at) {
            Some(name) => name,
            // `his campaign said`: the candidate's
            None if at == 1 && is_in(&["his", "her"], first) => {
                let pron = if first == "his" { "he" } else { "she" };
                let who = self.resolve_pronoun(ms, pron)?;
                let surname = who.rsplit(' ').next()?.to_owned();
                format!("{surname} campaign")
            }
            // `the campaign said`: the one named last before it
            None if at == 1 && first == "the" => self.campaign_named_before(ms)?,
            None => return None,
        };
        Some(self.org_speaks(ms, name))
    }

    /// The last campaign named with its candidate (`the Biden campaign`, `Trump's
    /// campaign`) in the [`CAMPAIGN_REACH`] bytes before `pos`.
    fn campaign_named_before(&self, pos: usize) -> Option<String> {
        let lo = self
            .text
            .floor_char_boundary(pos.saturating_sub(CAMPAIGN_REACH));
        let window = &self.text[lo..pos];
        let mut end = window.len();
        while let Some(at) = window[..end].rfind("campaign") {
            end = at;
            let raw: Vec<&str> = window[..at]
                .rsplit(char::is_whitespace)
                .skip(1)
                .take(CAMPAIGN_NAME_WORDS)
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .chain(std::iter::once("campaign"))
                .collect();
            // (the word must be `campaign` itself, not `campaigner`)
            if window[at + "campaign".len()..]
                .chars()
                .next()
                .is_some_and(char::is_alphanumeric)
                || !window[..at].ends_with(' ')
            {
                continue;
            }
            if let Some(name) = named_campaign(&raw, raw.len() - 1) {
                return Some(name);
            }
        }
        None
    }

    /// `his office said`, `Smith's office said`: a person's office speaks for them (the
    /// guideline's written words: `her statement said` is her). `None` for anyone else's
    /// (`the mayor's office` stays the words as written).
    pub(super) fn owners_office(
        &mut self,
        ms: usize,
        me: usize,
        words: &[String],
    ) -> Option<Canonical> {
        if words.len() != 2 || words[1] != "office" {
            return None;
        }
        match words[0].as_str() {
            "his" => self.resolve_pronoun_canonical(ms, "he"),
            "her" => self.resolve_pronoun_canonical(ms, "she"),
            _ => {
                let owner_end = ms + self.text[ms..me].find(['\'', '’'])?;
                self.entity_at(ms, owner_end, EntityKind::Person, true)?;
                Some(self.canonical_gender(ms, owner_end))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::named_campaign;

    #[test]
    fn a_campaign_is_named_after_the_words_before_it() {
        let n = |s: &str| {
            let raw: Vec<&str> = s.split(' ').collect();
            let at = raw.iter().position(|w| *w == "campaign").unwrap_or(0);
            named_campaign(&raw, at)
        };
        assert_eq!(n("the Harris campaign").as_deref(), Some("Harris campaign"));
        assert_eq!(n("Trump's campaign").as_deref(), Some("Trump campaign"));
        assert_eq!(
            n("the Hillary Clinton campaign").as_deref(),
            Some("Hillary Clinton campaign")
        );
        assert_eq!(
            n("a Biden campaign release").as_deref(),
            Some("Biden campaign")
        );
        assert_eq!(
            n("Mrs. Clinton's campaign").as_deref(),
            Some("Clinton campaign")
        );
        assert_eq!(n("the election campaign"), None);
        assert_eq!(n("the campaign"), None);
    }
}
