//! Function words: determiners, clause openers, pronouns, months and days, and the capitalised
//! words that never are (part of) a name.

pub(crate) const DETERMINERS: &[&str] = &[
    "a", "an", "the", "one", "another", "some", "many", "several", "two", "three", "four", "his",
    "her", "their", "its", "our", "my", "your", "other", "most", "few", "both", "each", "every",
    "this", "that", "these", "those", "no", "any", "all", "more", "fellow",
];

/// Words that end a backwards subject scan: they open a clause, so whatever
/// precedes them is not part of the subject noun phrase.
pub(crate) const CLAUSE_WORDS: &[&str] = &[
    "that", "which", "who", "whom", "whose", "when", "while", "but", "because", "as", "if", "so",
    "than", "and", "or", "where", "after", "before", "since", "although", "though", "until",
    "what", "why", "how", "whether", "to", "of", "in", "on", "at", "for", "with", "from", "by",
    "about", "into", "over", "under", "during", "is", "was", "are", "were", "be", "not",
];

pub(crate) const PRONOUNS_M: &[&str] = &["he"];

pub(crate) const PRONOUNS_F: &[&str] = &["she"];

pub(crate) const PRONOUNS_OTHER: &[&str] = &["they", "i", "we", "it", "you"];

pub(crate) const GAZETTEER_PRONOUNS: &[&str] = &[
    "he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "us", "me", "his", "hers",
    "its", "their", "our", "my", "your", "who", "whom", "this", "that", "these", "those",
];

pub(crate) const MONTHDAYS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "jan",
    "feb",
    "aug",
    "sept",
    "oct",
    "nov",
    "dec",
];

/// Capitalised function words, weekdays and months that in CoNLL-2003 train are frequent and
/// never inside an entity, plus honorifics (CoNLL keeps titles outside person spans). Decoding
/// treats them like cheap tokens, so they mostly cost no feature lookups; their own views
/// still feed the features of their neighbours. Quote attribution takes none of them for a
/// speaker's name either.
pub(crate) fn is_never_word(s: &str) -> bool {
    matches!(
        s,
        "He" | "It"
            | "But"
            | "We"
            | "They"
            | "There"
            | "This"
            | "If"
            | "That"
            | "She"
            | "As"
            | "When"
            | "These"
            | "Some"
            | "His"
            | "Her"
            | "Their"
            | "You"
            | "What"
            | "How"
            | "So"
            | "Now"
            | "Then"
            | "Also"
            | "Meanwhile"
            | "Its"
            | "Last"
            | "Earlier"
            | "While"
            | "Although"
            | "Since"
            | "Because"
            | "Under"
            | "Many"
            | "Both"
            | "Each"
            | "Other"
            | "Not"
            | "Even"
            | "Just"
            | "Only"
            | "According"
            | "Despite"
            | "During"
            | "Until"
            | "Before"
            | "Here"
            | "Still"
            | "Instead"
            | "Once"
            | "However"
            | "And"
            | "On"
            | "At"
            | "For"
            | "To"
            | "By"
            | "With"
            | "From"
            | "After"
            | "More"
            | "Who"
            | "Why"
            | "Where"
            | "Yes"
            | "Mr"
            | "Mrs"
            | "Ms"
            | "Monday"
            | "Tuesday"
            | "Wednesday"
            | "Thursday"
            | "Friday"
            | "Saturday"
            | "January"
            | "February"
            | "April"
            | "July"
            | "September"
            | "October"
            | "November"
            | "December"
    )
}

/// Lower-case words that can start or sit inside a name ("de Gaulle", "bin Laden"); they are
/// never sent down the cheap always-O path.
pub(crate) const PARTICLES: &[&[u8]] = &[
    b"de", b"van", b"von", b"der", b"den", b"da", b"di", b"du", b"la", b"le", b"al", b"el", b"bin",
    b"ibn", b"dos", b"das", b"del", b"della", b"ter", b"ten", b"y", b"abu", b"bint", b"st", b"mc",
    b"des", b"zu", b"ben", b"ul", b"e",
];

/// Is `w` a name particle ("de", "van", "bin")?
pub fn is_particle(w: &str) -> bool {
    PARTICLES
        .iter()
        .any(|p| w.as_bytes().eq_ignore_ascii_case(p))
}

/// [`PARTICLES`] membership of a folded word as one `match` (a length switch, then a few
/// compares) instead of a scan: it runs for every short lower-case token.
#[inline]
pub(crate) fn is_particle_folded(low: &[u8]) -> bool {
    let hit = matches!(
        low,
        b"de"
            | b"van"
            | b"von"
            | b"der"
            | b"den"
            | b"da"
            | b"di"
            | b"du"
            | b"la"
            | b"le"
            | b"al"
            | b"el"
            | b"bin"
            | b"ibn"
            | b"dos"
            | b"das"
            | b"del"
            | b"della"
            | b"ter"
            | b"ten"
            | b"y"
            | b"abu"
            | b"bint"
            | b"st"
            | b"mc"
            | b"des"
            | b"zu"
            | b"ben"
            | b"ul"
            | b"e"
    );
    debug_assert_eq!(hit, PARTICLES.contains(&low));
    hit
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn particle_match_is_the_list() {
        for p in PARTICLES {
            assert!(is_particle_folded(p), "{:?}", std::str::from_utf8(p));
        }
        for w in ["the", "of", "and", "dell", "vann", "", "d", "bi"] {
            assert!(!is_particle_folded(w.as_bytes()), "{w}");
        }
    }
}
