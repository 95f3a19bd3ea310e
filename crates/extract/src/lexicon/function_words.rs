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

/// Words that open a subordinate clause before a sentence's main one: a name right after
/// one (`After Lily Miyazaki won …, it was Katie Boulter who …`) is not the sentence's subject.
pub(crate) const SUBORDINATORS: &[&str] = &[
    "after", "before", "when", "while", "as", "although", "though", "because", "if", "since",
    "once", "until", "unless", "whereas",
];

/// The common prepositions: a name right after one is its object, not a subject.
pub(crate) const PREPOSITIONS: &[&str] = &[
    "in", "on", "at", "of", "for", "with", "from", "by", "about", "into", "over", "under",
    "during", "to", "after", "before", "since", "until",
];

/// Words before a determiner that take no object, besides [`PREPOSITIONS`] and
/// [`OPENING_PREPOSITIONS`]: more prepositions and the conjunctions (`The talks with the
/// union`, `The head of sales and the …`), so the word is no verb ending a subject.
pub(crate) const OBJECTLESS_WORDS: &[&str] = &[
    "than", "as", "and", "or", "but", "between", "through", "behind", "without", "within", "near",
    "off", "out", "up", "down", "via", "per",
];

/// Prepositions of a phrase saying where or when that opens a sentence before its subject
/// (`In Soweto's Orlando East, spaza shop owner Themba Mkhize said`); not `for` or `with`,
/// whose phrase is often about the subject (`For Okafor, the next step is …`).
pub(crate) const SETTING_PREPOSITIONS: &[&str] = &[
    "in",
    "at",
    "on",
    "across",
    "outside",
    "inside",
    "near",
    "during",
    "after",
    "before",
    "since",
    "until",
    "from",
    "throughout",
    "amid",
];

/// Prepositions after which a name is an object, never the subject a later `he says`
/// continues (`matched to Mr Houston`, `what it did under Saddam Hussein, he says`). Not
/// `after` or `before`, which also open clauses (`after Obama said`).
pub(crate) const OBJECT_PREPOSITIONS: &[&str] = &[
    "to",
    "of",
    "by",
    "with",
    "from",
    "against",
    "for",
    "about",
    "on",
    "at",
    "in",
    "into",
    "than",
    "like",
    "between",
    "among",
    "toward",
    "towards",
    "under",
    "over",
    "without",
    "behind",
    "beside",
    "near",
    "through",
    "across",
    "around",
    "despite",
    "via",
    "within",
    "upon",
    "unlike",
    "alongside",
    "amid",
    "beyond",
];

/// Forms of `be`: before a reporting verb they make it passive (`who were told`).
pub(crate) const BE_FORMS: &[&str] = &["is", "are", "was", "were", "be", "been", "being"];

/// Prepositions that open a sentence (`Of late, he …`, `Among those … was`), beyond those in
/// [`CLAUSE_WORDS`]: capitalised there, they are still no one's name.
pub(crate) const OPENING_PREPOSITIONS: &[&str] = &[
    "among",
    "amongst",
    "amid",
    "amidst",
    "beyond",
    "regarding",
    "concerning",
    "like",
    "unlike",
    "besides",
    "against",
    "across",
    "along",
    "around",
    "behind",
    "below",
    "beneath",
    "beside",
    "between",
    "despite",
    "inside",
    "outside",
    "through",
    "throughout",
    "toward",
    "towards",
    "upon",
    "within",
    "without",
    "following",
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

/// Months that are also women's given names (`her daughter June Fairley`, `May Jabarda, a
/// senior elder`): the tagger, which never puts a month in a name, tags the surname alone.
pub(crate) const MONTH_GIVEN_NAMES: &[&str] = &["April", "May", "June"];

/// Words before a month that make it a date, not a given name (`in May Smith said`, `last
/// June Fairley`, `3 May`). Lower-cased.
pub(crate) const DATE_LEADS: &[&str] = &[
    "in",
    "on",
    "at",
    "of",
    "for",
    "by",
    "from",
    "to",
    "since",
    "until",
    "till",
    "through",
    "during",
    "before",
    "after",
    "between",
    "and",
    "or",
    "last",
    "next",
    "early",
    "late",
    "mid",
    "this",
    "that",
    "each",
    "every",
    "throughout",
    "around",
    "about",
];

/// A weekday or a month name, capitalised (`Friday`, `May`).
pub(crate) fn is_calendar_word(w: &str) -> bool {
    const CALENDAR: &[&str] = &[
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    CALENDAR.contains(&w)
}

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

/// Lower-case particles that open a hyphenated name (`al-Chalabi`, `el-Sisi`, `bin-Laden`):
/// the Arabic ones of [`PARTICLES`] and the article's assimilated forms (`ash-Shaikh`).
pub(crate) const NAME_HYPHEN_PARTICLES: &[&str] = &[
    "al", "el", "ad", "ar", "as", "ash", "at", "az", "bin", "ibn", "abu", "ben", "ould",
];

/// A surname that opens with one of [`NAME_HYPHEN_PARTICLES`] and a hyphen before a capital
/// (`al-Hamar`), as wire copy writes Arabic names.
pub(crate) fn is_particle_surname(w: &str) -> bool {
    w.split_once('-').is_some_and(|(particle, rest)| {
        NAME_HYPHEN_PARTICLES.contains(&particle) && rest.starts_with(char::is_uppercase)
    })
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

/// English function words, space-delimited as they stand in running text, counted to tell
/// English from other languages before the trigram detector runs (see `language.rs`).
pub(crate) const ENGLISH_MARKERS: &[&[u8]] = &[
    b" the ", b" and ", b" of ", b" to ", b" in ", b" is ", b" that ", b" THE ", b" AND ", b" OF ",
    b" TO ", b" IN ",
];

/// The same for the Latin-script languages most often found beside English in a news crawl.
/// They settle a page the trigram detector is unsure of (a German site's navigation, where
/// every noun is capitalised, reads 6-13 of these per kilobyte and no English ones), and
/// overrule it when it is sure of a language none of whose words are there: it calls 145
/// Reuters earnings tables ("Shr 13 cts vs 12 cts") French. No word here is also an
/// English one ("per", "for", "at", "as", "do"), nor a lone letter: tables have those.
pub(crate) const FOREIGN_MARKERS: &[(&str, &[&[u8]])] = &[
    (
        "deu",
        &[
            b" der ", b" die ", b" und ", b" von ", b" mit ", b" den ", b" das ", b" ist ",
            b" im ", b" auf ", b" nicht ",
        ],
    ),
    (
        "fra",
        &[
            b" le ", b" la ", b" les ", b" et ", b" des ", b" du ", b" une ", b" est ", b" pour ",
            b" dans ", b" pas ",
        ],
    ),
    (
        "spa",
        &[
            b" el ", b" los ", b" las ", b" del ", b" una ", b" que ", b" por ", b" con ", b" es ",
            b" para ", b" pero ",
        ],
    ),
    (
        "por",
        &[
            b" os ",
            b" da ",
            b" uma ",
            b" que ",
            b" para ",
            b" com ",
            b" em ",
            b" n\xc3\xa3o ",
            b" mais ",
            b" pelo ",
        ],
    ),
    (
        "ita",
        &[
            b" il ", b" di ", b" che ", b" la ", b" una ", b" sono ", b" del ", b" con ", b" non ",
            b" alla ", b" anche ",
        ],
    ),
    (
        "nld",
        &[
            b" de ", b" het ", b" een ", b" van ", b" en ", b" niet ", b" met ", b" voor ",
            b" op ", b" zijn ",
        ],
    ),
    (
        "afr",
        &[
            b" die ", b" en ", b" van ", b" het ", b" nie ", b" om ", b" wat ", b" vir ",
            b" hulle ", b" ook ",
        ],
    ),
    (
        "cat",
        &[
            b" el ",
            b" els ",
            b" les ",
            b" de ",
            b" del ",
            b" que ",
            b" amb ",
            b" una ",
            b" tamb\xc3\xa9 ",
            b" \xc3\xa9s ",
        ],
    ),
    (
        "swe",
        &[
            b" och ",
            b" att ",
            b" det ",
            b" som ",
            b" en ",
            b" p\xc3\xa5 ",
            b" \xc3\xa4r ",
            b" f\xc3\xb6r ",
            b" med ",
            b" av ",
        ],
    ),
    (
        "dan",
        &[
            b" og ",
            b" det ",
            b" som ",
            b" en ",
            b" p\xc3\xa5 ",
            b" er ",
            b" med ",
            b" af ",
            b" ikke ",
            b" til ",
        ],
    ),
    (
        "nob",
        &[
            b" og ",
            b" det ",
            b" som ",
            b" en ",
            b" p\xc3\xa5 ",
            b" er ",
            b" med ",
            b" av ",
            b" ikke ",
            b" til ",
        ],
    ),
    (
        "pol",
        &[
            b" si\xc4\x99 ",
            b" nie ",
            b" jest ",
            b" \xc5\xbce ",
            b" na ",
            b" oraz ",
            b" przez ",
            b" dla ",
            b" jak ",
            b" od ",
        ],
    ),
    (
        "ind",
        &[
            b" yang ",
            b" dan ",
            b" di ",
            b" ini ",
            b" itu ",
            b" dengan ",
            b" untuk ",
            b" dari ",
            b" tidak ",
            b" akan ",
        ],
    ),
];

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
