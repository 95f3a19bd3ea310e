//! What extraction finds, as types: an entity (person, place, organisation) with its
//! mentions. A leaf: the tagger produces these and the quote engine reads them.

/// What an entity is (CoNLL PER / LOC / ORG; MISC is not output).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
pub enum EntityKind {
    /// A person (CoNLL PER).
    Person,
    /// A place: country, region, city (CoNLL LOC).
    Place,
    /// An organisation: company, party, agency, team (CoNLL ORG).
    Org,
}

/// Gender of a person when an honorific or a first name tells it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
pub enum Gender {
    /// "he", "Mr", a male first name.
    Male,
    /// "she", "Mrs", a female first name.
    Female,
}

/// Byte offsets into the text, end exclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

/// One person / place / organisation of an article with all its mentions.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Entity {
    /// Canonical name.
    pub name: String,
    /// Person, place or organisation.
    pub kind: EntityKind,
    /// Mentions in text order.
    pub mentions: Vec<Span>,
    /// Places: containing places nearest first; empty otherwise.
    pub parents: Vec<String>,
    /// People only.
    pub gender: Option<Gender>,
}
