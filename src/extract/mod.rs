//! What newsdex reads out of an article's text at index time: people, places, organisations
//! and direct quotes with their speakers.
//!
//! This is the hot path (it sees every token of every article), so each stage works in one
//! pass over borrowed text and skips cheaply what cannot be part of a name.

pub mod entities;
pub mod eval_quotes;
pub mod quotes;

use serde::Serialize;

pub use entities::{Entity, EntityExtractor, EntityKind, Gender, Span};
pub use quotes::{Quote, SpeakerMention};

/// Everything extracted from one article, with byte offsets into its text.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Extracted {
    pub people: Vec<Entity>,
    pub places: Vec<Entity>,
    pub orgs: Vec<Entity>,
    pub quotes: Vec<Quote>,
}

impl Extracted {
    /// Runs the whole extraction on `text`.
    pub fn from_text(extractor: &EntityExtractor, text: &str) -> Extracted {
        let entities = extractor.extract(text);
        let quotes = quotes::extract_quotes(text, &entities);
        let mut out = Extracted {
            quotes,
            ..Extracted::default()
        };
        for entity in entities {
            match entity.kind {
                EntityKind::Person => out.people.push(entity),
                EntityKind::Place => out.places.push(entity),
                EntityKind::Org => out.orgs.push(entity),
            }
        }
        out
    }
}
