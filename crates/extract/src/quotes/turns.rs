//! Turns between speakers: a narrative paragraph that introduces someone hands them the
//! next quote paragraph's `he said` (`Sir Bill Morris … has already accused both parties`
//! ⏎ `“…,” he said`), however salient the previous speaker still is.

use super::resolution::Resolver;
use super::salience::{W_INITIAL, W_SPEAKER};
use crate::entity::{EntityKind, Gender};

/// Sentences a `they` looks back for the organisation leading one.
const GROUP_SENTENCES: usize = 3;

/// Quote marks: a paragraph with none of them is narrative.
const QUOTE_MARKS: &[char] = &['"', '“', '”'];

impl Resolver<'_> {
    /// The person a pronoun at `pos` means when the paragraph before its own is narrative
    /// (no quote marks) and its last sentence led by a name has that person as subject, and nobody is named in the
    /// pronoun's paragraph before it: the event's position.
    pub(super) fn narrative_introduction(&self, pos: usize, want: Gender) -> Option<usize> {
        let text = self.text;
        let para_start = text[..pos].rfind('\n').map_or(0, |p| p + 1);
        if para_start == 0 || self.events.range(para_start..pos).next().is_some() {
            return None;
        }
        let prev_end = text[..para_start].trim_end().len();
        let prev_start = text[..prev_end].rfind('\n').map_or(0, |p| p + 1);
        let prev = &text[prev_start..prev_end];
        if prev.is_empty() || prev.contains(QUOTE_MARKS) {
            return None;
        }
        // The subject of the paragraph's last sentence that opens with one: `Melzer has
        // now beaten Agassi.` ends a paragraph that opened with Agassi (BBC sport/427).
        let (&at, e) = self
            .events
            .range(prev_start..prev_end)
            .rev()
            .find(|(&at, _)| {
                let sentence = text[prev_start..at]
                    .rfind(['.', '!', '?'])
                    .map_or(prev_start, |p| prev_start + p + 1);
                text[sentence..at].split_whitespace().count() <= 2
            })?;
        let subject = e.weight == W_INITIAL || e.weight == W_SPEAKER;
        (subject && e.kind == Some(EntityKind::Person) && e.gender.is_none_or(|g| g == want))
            .then_some(at)
    }
}

impl Resolver<'_> {
    /// The organisation a sentence-opening `they` at `pos` means: the one that opens the
    /// sentence before, or one of the few before that in its paragraph, when the nearest
    /// sentence led by a name is led by it (`The Tories have promised … . They say they can
    /// save £4bn`, BBC politics/317); else no one: such a `they` is left unresolved.
    pub(super) fn group_antecedent(&self, pos: usize) -> Option<String> {
        let text = self.text;
        let ends = ['.', '!', '?', '\n'];
        let opening = |from: usize, at: usize| {
            text[from..at]
                .trim_matches(|c: char| c.is_whitespace() || "\"“”‘’".contains(c))
                .split_whitespace()
                .count()
        };
        let own = text[..pos].rfind(ends).map_or(0, |p| p + 1);
        if opening(own, pos) > 0 || own == 0 {
            return None;
        }
        // Back a few sentences within the paragraph (`The Liberal Democrats want … . The
        // rate would be set locally … . They say …`), to the first led by a name.
        let mut end = own;
        for _ in 0..GROUP_SENTENCES {
            if end == 0 || text[..end].ends_with('\n') {
                return None;
            }
            let prev_end = text[..end].trim_end().len().checked_sub(1)?;
            let prev_start = text[..prev_end].rfind(ends).map_or(0, |p| p + 1);
            let first = self.mentions.partition_point(|m| m.0 < prev_start);
            if let Some(&(at, _, i)) = self.mentions.get(first).filter(|m| m.0 < prev_end) {
                if opening(prev_start, at) <= 1 {
                    let entity = &self.entities[i];
                    return (entity.kind == EntityKind::Org).then(|| entity.name.clone());
                }
            }
            end = prev_start;
        }
        None
    }
}
