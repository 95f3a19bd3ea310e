//! Placeholder until quote attribution lands.
use super::Entity;
#[derive(Debug, Clone, serde::Serialize)]
pub struct Quote {
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub partial: bool,
    pub speaker: Option<String>,
    pub speaker_mention: Option<SpeakerMention>,
}
#[derive(Debug, Clone, serde::Serialize)]
pub struct SpeakerMention {
    pub start: usize,
    pub end: usize,
    pub text: String,
}
pub fn extract_quotes(_text: &str, _entities: &[Entity]) -> Vec<Quote> {
    Vec::new()
}
