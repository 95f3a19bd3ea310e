//! Mentions the tagger cut in two, joined before grouping: a firm named after people
//! ("Smith Barney, Harris Upham and Co"), an organisation cut at a conjunction or preposition
//! ("Standard and Poor's Corp", "Devon and Cornwall Police"), and one whose first words it
//! read as something else ("Tariffs and Trade" of "General Agreement on Tariffs and Trade").

use super::groups::Mention;
use super::EntityExtractor;
use crate::fold::fold_string;
use crate::lexicon::{JOINT_AREA_BODIES, LEGAL_FORMS};

/// A firm named after people, tagged as a person and an organisation: "Smith Barney,
/// Harris Upham and Co Inc", "Kidder, Peabody and Co". A person of one or two words right
/// before a comma and an organisation ending in a legal form joins it, as one organisation.
pub(super) fn join_firm_names(text: &str, mentions: Vec<Mention>) -> Vec<Mention> {
    let mut out: Vec<Mention> = Vec::with_capacity(mentions.len());
    for m in mentions {
        if let Some(prev) = out.last_mut() {
            let between = text.get(prev.span.end..m.span.start).unwrap_or("");
            let firm = m.ty == 2
                && m.key
                    .rsplit(' ')
                    .next()
                    .is_some_and(|w| LEGAL_FORMS.contains(&w.trim_end_matches('.')));
            if prev.ty == 0 && prev.tok_end - prev.tok_start <= 2 && firm && between.trim() == "," {
                prev.ty = 2;
                prev.tok_end = m.tok_end;
                prev.span.end = m.span.end;
                prev.key = fold_string(&text[prev.span.start..prev.span.end]);
                continue;
            }
        }
        out.push(m);
    }
    out
}

impl EntityExtractor {
    /// Two mentions that are one organisation the gazetteers know, cut at a conjunction or
    /// a preposition by the tagger ("Standard and Poor's Corp" as "Standard" and "Poor's
    /// Corp"; "General Agreement on Tariffs and Trade" as "General Agreement" and "Tariffs
    /// and Trade"): joined, as that organisation.
    pub(super) fn join_known_names(&self, text: &str, mentions: Vec<Mention>) -> Vec<Mention> {
        const GAP: usize = 8;
        let mut out: Vec<Mention> = Vec::with_capacity(mentions.len());
        for m in mentions {
            if let Some(prev) = out.last_mut() {
                let gap = text.get(prev.span.end..m.span.start).unwrap_or("");
                let connector = gap.len() <= GAP
                    && matches!(gap.trim(), "and" | "&" | "of" | "on" | "for" | "-");
                if connector {
                    let joined = fold_string(&text[prev.span.start..m.span.end]);
                    // "American Telephone" and "Telegraph Co": an unknown organisation
                    // before "and" and a company name is the company's first half
                    let ends_legal = |key: &str| {
                        key.rsplit(' ')
                            .next()
                            .is_some_and(|w| LEGAL_FORMS.contains(&w.trim_end_matches('.')))
                    };
                    let halves = prev.ty == 2
                        && m.ty == 2
                        && matches!(gap.trim(), "and" | "&")
                        && !self.gaz.orgs.contains_key(&prev.key)
                        && !ends_legal(&prev.key)
                        && ends_legal(&m.key);
                    // `Devon and Cornwall Police`, `Kensington and Chelsea Council`: a
                    // body serving two places, cut after the first (TheMirror quoted
                    // `Cornwall Police` five times)
                    let joint_area = prev.ty == 1
                        && m.ty == 2
                        && prev.tok_end - prev.tok_start == 1
                        && matches!(gap.trim(), "and" | "&")
                        && m.key.split(' ').count() == 2
                        && m.key
                            .split(' ')
                            .next()
                            .is_some_and(|w| self.gaz.has_place(w))
                        && m.key
                            .rsplit(' ')
                            .next()
                            .is_some_and(|w| JOINT_AREA_BODIES.contains(&w));
                    if halves || joint_area || self.gaz.orgs.contains_key(&joined) {
                        prev.ty = 2;
                        prev.tok_end = m.tok_end;
                        prev.span.end = m.span.end;
                        prev.key = joined;
                        continue;
                    }
                }
            }
            out.push(self.extend_to_known_org(text, m));
        }
        out
    }

    /// An organisation mention whose start the tagger cut ("Tariffs and Trade" of "the
    /// General Agreement on Tariffs and Trade", the first words read as MISC): extended
    /// back over at most [`LOOKBACK`] bytes of words when that makes a name the gazetteer
    /// knows.
    fn extend_to_known_org(&self, text: &str, mut m: Mention) -> Mention {
        const LOOKBACK: usize = 48;
        if m.ty != 2 {
            return m;
        }
        let lo = text.floor_char_boundary(m.span.start.saturating_sub(LOOKBACK));
        let window = &text[lo..m.span.start];
        // word starts in the window, farthest first: the longest known name wins
        let starts = window
            .char_indices()
            .filter(|&(i, c)| c.is_alphanumeric() && (i == 0 || window[..i].ends_with([' ', '\n'])))
            .map(|(i, _)| lo + i);
        for start in starts {
            if text[start..m.span.start].contains(['.', ',', ';', ':', '\n']) {
                continue;
            }
            let key = fold_string(&text[start..m.span.end]);
            if self.gaz.orgs.contains_key(&key) {
                // token counts decide one-word rules: count the words taken in
                let added = text[start..m.span.start].split_whitespace().count();
                m.tok_start = m.tok_start.saturating_sub(added);
                m.span.start = start;
                m.key = key;
                break;
            }
        }
        m
    }
}
