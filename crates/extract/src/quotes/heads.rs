//! What a description's head noun says about the speaker it names: a person (`a Labour
//! spokesman`), a source the lexicon does not list (`one veteran debt rescheduler`), or a
//! thing (`the plan`).

use super::words::{is_in, lower};
use crate::lexicon::{
    is_no_speaker, DOCUMENT_NOUNS, OBJECT_PREPOSITIONS, ONE_OF_QUANTIFIERS, ORG_NOUNS,
    PERSON_NOUNS, PREPOSITIONS, UNNAMED_SOURCE_NOUNS,
};

/// The head of a description: its last word before a preposition (`a spokesman for the
/// Business Software Alliance` → `spokesman`).
pub(super) fn description_head(description: &str) -> &str {
    // `one of the administration officials`: the group's noun
    let description = match description.split_once(" of ") {
        Some((q, rest)) if is_in(ONE_OF_QUANTIFIERS, &lower(q)) => rest,
        _ => description,
    };
    description
        .split_whitespace()
        .take_while(|w| !is_in(&["for", "at", "of", "from", "with", "in", "on", "into"], w))
        .last()
        .unwrap_or("")
        .trim_end_matches(|c: char| !c.is_alphanumeric())
}

/// Does this description name a thing, not someone who can speak (`the result`, `the
/// move`)? Its head is a lower-case word that no list of people, organisations or
/// documents holds, nor a -man/-woman/-person/-ist/-ian word or a plural.
pub(super) fn names_a_thing(description: &str) -> bool {
    let head = description_head(description);
    if head.is_empty() || !head.chars().next().is_some_and(char::is_lowercase) {
        return false;
    }
    let head = lower(head);
    let people_like = [
        "man", "men", "woman", "women", "person", "people", "ist", "ian", "s",
    ];
    !(is_in(PERSON_NOUNS, &head)
        || ORG_NOUNS.iter().any(|(noun, _)| *noun == head)
        || is_in(DOCUMENT_NOUNS, &head)
        || people_like.iter().any(|s| head.ends_with(s)))
}

/// Does this description name someone who speaks: a person by role, or an agent noun the
/// lexicon does not list (`One veteran debt rescheduler said`, `a banker`, `an investor`),
/// never a body or a document?
pub(super) fn names_a_source(description: &str) -> bool {
    if names_a_person(description) {
        return true;
    }
    let head = lower(description_head(description));
    // (`One diplomat said …` ⏎ `“…,” he said`: Reuters reut2-015, news-quotes round 7)
    if is_in(UNNAMED_SOURCE_NOUNS, &head) {
        return true;
    }
    head.len() > 4
        && head.chars().all(char::is_alphabetic)
        && (head.ends_with("er") || head.ends_with("or"))
        && !ORG_NOUNS.iter().any(|(noun, _)| *noun == head)
        && !is_in(DOCUMENT_NOUNS, &head)
        && !is_in(THINGS_IN_ER, &head)
        && !is_in(crate::lexicon::DETERMINERS, &head)
}

/// Nouns in `-er`/`-or` that name no one (for [`names_a_source`]).
const THINGS_IN_ER: &[&str] = &[
    "paper", "number", "order", "power", "center", "centre", "matter", "water", "computer",
    "sector", "factor", "error", "minor", "major", "letter", "cover", "poster", "chapter",
    "quarter", "summer", "winter", "border", "corridor", "other", "either", "neither",
    // comparatives a noun-less phrase ends in (`if he got a greater say`, BBC business/193:
    // `say` is a noun there, and `a greater` had spoken)
    "greater", "bigger", "larger", "better", "longer", "stronger", "further", "higher", "lower",
    "smaller", "wider", "bolder", "clearer", "closer", "tougher", "deeper",
];

/// Does this description name a person by role (`A Labour spokesman`, `the chairwoman`)?
pub(super) fn names_a_person(description: &str) -> bool {
    let head = lower(description_head(description));
    // `the mum-of-one`, `the father-of-three` (UK tabloids): the family noun before `-of-`
    let head = match head.split_once("-of-") {
        Some((noun, _)) => noun.to_owned(),
        None => head.into_owned(),
    };
    // `The 31-year-old insisted he will be happy …` (BBC sport: Kostas Kenteris).
    is_in(PERSON_NOUNS, &head)
        || ["man", "woman", "person", "-year-old"]
            .iter()
            .any(|s| head.ends_with(s))
}

/// Does the description `name` end in a plural noun (`many Democrats`, `analysts at UBS`)?
/// Heads in `-ss`, `-us` and `-is` are singular (`the boss`).
pub(super) fn plural_head(name: &str) -> bool {
    let head = lower(description_head(name));
    head.len() > 3
        && head.ends_with('s')
        && !["ss", "us", "is"].iter().any(|end| head.ends_with(end))
}

/// Words cut before a preposition's object that name no one (`the joint military drill
/// despite`, Yonhap): someone only when the words before it name one (`a spokesman for
/// <Nomura International>`, Reuters, cut at the ticker's bracket).
pub(super) fn cut_at_preposition(description: &str) -> bool {
    description.rsplit_once(' ').is_some_and(|(rest, last)| {
        let head = lower(description_head(rest));
        // (nor a name cut short: `a hand-written statement by Islamic Jihad for the
        // Liberation of`, Reuters)
        let named = rest
            .split(' ')
            .skip(1)
            .any(|w| w.starts_with(char::is_uppercase));
        let last = lower(last);
        (is_in(PREPOSITIONS, &last) || is_in(OBJECT_PREPOSITIONS, &last))
            && !named
            && !names_a_person(&head)
            && !is_in(UNNAMED_SOURCE_NOUNS, &head)
    })
}

/// Can this unresolved description be a speaker? Not when its head (the last word before
/// a preposition: `a spokesman for the Business Software Alliance`) is clearly no noun
/// ([`is_no_speaker`]).
pub(super) fn speaking_description(description: &str) -> bool {
    let head = description_head(description);
    // `King`: a title the grammar read as a description may be a name.
    if head.chars().next().is_some_and(char::is_uppercase) {
        return true;
    }
    let head = lower(head);
    let head = ["'s", "’s", "‘s"]
        .iter()
        .find_map(|s| head.strip_suffix(s))
        .unwrap_or(&head);
    !is_no_speaker(head)
}
