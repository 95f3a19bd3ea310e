//! What a name a user types means, in the canonical names extraction gives: `--place US`
//! is the United States, `--org "Microsoft Corp"` is Microsoft. The same gazetteers as
//! extraction, loaded without the tagger's model.

use std::sync::OnceLock;

use crate::entity::EntityKind;
use crate::fold::fold_string;
use crate::ner::gazetteer::{embedded_sources, Gazetteer};

static GAZETTEER: OnceLock<Gazetteer> = OnceLock::new();

pub(crate) fn gazetteer() -> &'static Gazetteer {
    GAZETTEER.get_or_init(|| Gazetteer::from_sources(&embedded_sources()))
}

/// The canonical name extraction gives `name` when it names a place or an organisation
/// the gazetteers know under another form ("US", "U.S.", "USA", "America" -> "United
/// States"; "Britain" -> "United Kingdom"), or `None` when it is already canonical or
/// unknown. People have no aliases: a surname is matched as a word of the full name.
pub fn canonical_alias(kind: EntityKind, name: &str) -> Option<String> {
    let folded = fold_string(name.trim());
    let canonical = match kind {
        EntityKind::Place => gazetteer().place(&folded).map(|p| p.canonical),
        EntityKind::Org => gazetteer().orgs.get(&folded).cloned(),
        EntityKind::Person => None,
    }?;
    (fold_string(&canonical) != folded).then_some(canonical)
}

/// The name a quote's speaker is stored, counted and filtered under in an index: an
/// organisation's canonical name (`the Tories` → Conservative Party, `Britain` → United
/// Kingdom), as the orgs and places facets give it. Extraction reports the article's own
/// form, the name a reader of that story (and the news-quotes guideline) gives the speaker.
pub fn archive_speaker(quote: &crate::Quote) -> Option<String> {
    let speaker = quote.speaker.as_deref()?;
    let canonical = (quote.speaker_kind == Some(crate::SpeakerKind::Org))
        .then(|| {
            canonical_alias(EntityKind::Org, speaker)
                .or_else(|| canonical_alias(EntityKind::Place, speaker))
        })
        .flatten();
    Some(canonical.unwrap_or_else(|| speaker.to_owned()))
}

/// Is `name` one word that is a first name and no surname ("Oscar", "Chelsea")?
pub fn is_bare_first_name(name: &str) -> bool {
    use crate::fold::folded_hash;
    use crate::ner::gazetteer::{G_FIRST, G_SURNAME};
    let name = name.trim();
    if name.contains(' ') || name.is_empty() {
        return false;
    }
    let flags = gazetteer().token_flags(folded_hash(name));
    flags & G_FIRST != 0 && flags & G_SURNAME == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places_and_orgs_resolve() {
        for us in ["US", "U.S.", "USA", "America", "united states of america"] {
            assert_eq!(
                canonical_alias(EntityKind::Place, us).as_deref(),
                Some("United States"),
                "{us}"
            );
        }
        assert_eq!(
            canonical_alias(EntityKind::Place, "Britain").as_deref(),
            Some("United Kingdom")
        );
        assert_eq!(canonical_alias(EntityKind::Place, "United States"), None);
        assert_eq!(canonical_alias(EntityKind::Person, "Reagan"), None);
    }
}
