//! Names that name no one body, for the archive-level reading of facets: "the Central
//! Bank" is Brazil's in one story and Kenya's in the next, "Federal" starts fifty names,
//! "the Six Nations" is a competition. Judged from the name and the gazetteers alone; what
//! the archive says about a name is weighed by the search crate's type vote.

use crate::entity::EntityKind;
use crate::fold::fold_string;
use crate::lexicon::{COMPETITIONS, GENERIC_BODY_WORDS};

/// Is `name` an organisation the gazetteers know (`orgs.tsv`, `org_aliases.tsv`)? Known
/// bodies are one body however generic their words ("Senate", "Federal Reserve").
pub fn is_known_org(name: &str) -> bool {
    crate::aliases::gazetteer()
        .orgs
        .contains_key(&fold_string(name.trim()))
}

/// Is `name`, as an organisation, only words saying what kind of body it is ("Central
/// Bank", "The Bank", "Federal", "INC"), and unknown to the gazetteers?
pub fn is_generic_org(name: &str) -> bool {
    let folded = fold_string(name.trim());
    let mut words = folded
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .peekable();
    words.peek().is_some() && words.all(|w| GENERIC_BODY_WORDS.contains(&w)) && !is_known_org(name)
}

/// Is `name` a sports competition ("Six Nations", "the World Cup"), for a person or an
/// organisation?
pub fn is_competition(name: &str) -> bool {
    let folded = fold_string(name.trim());
    let bare = folded.strip_prefix("the ").unwrap_or(&folded);
    COMPETITIONS.contains(&bare)
}

/// Does `name`, read as a `kind`, name no one body or person for its words alone?
pub fn names_no_one(kind: EntityKind, name: &str) -> bool {
    match kind {
        EntityKind::Org => is_generic_org(name) || is_competition(name),
        EntityKind::Person => is_competition(name),
        EntityKind::Place => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generic_names_and_competitions() {
        for generic in ["Central Bank", "Reserve Bank", "The Bank", "Federal", "INC"] {
            assert!(is_generic_org(generic), "{generic}");
        }
        for body in ["Federal Reserve", "World Bank", "Bank of England", "Senate"] {
            assert!(!is_generic_org(body), "{body}");
        }
        assert!(names_no_one(EntityKind::Org, "Six Nations"));
        assert!(!names_no_one(EntityKind::Org, "United Nations"));
    }
}
