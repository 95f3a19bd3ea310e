//! Turns between speakers: a narrative paragraph that introduces someone hands them the
//! next quote paragraph's `he said` (`Sir Bill Morris … has already accused both parties`
//! ⏎ `“…,” he said`), however salient the previous speaker still is.

use super::resolution::Resolver;
use super::salience::{W_INITIAL, W_SPEAKER};
use crate::entity::{EntityKind, Gender};

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
