//! Placeholder until the trained tagger lands.
use std::sync::OnceLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
pub enum EntityKind {
    Person,
    Place,
    Org,
}
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
pub enum Gender {
    Male,
    Female,
}
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}
#[derive(Debug, Clone, serde::Serialize)]
pub struct Entity {
    pub name: String,
    pub kind: EntityKind,
    pub mentions: Vec<Span>,
    pub parents: Vec<String>,
    pub gender: Option<Gender>,
}
pub struct EntityExtractor;
impl EntityExtractor {
    pub fn embedded() -> anyhow::Result<&'static EntityExtractor> {
        static E: OnceLock<EntityExtractor> = OnceLock::new();
        Ok(E.get_or_init(|| EntityExtractor))
    }
    pub fn extract(&self, _text: &str) -> Vec<Entity> {
        Vec::new()
    }
}
