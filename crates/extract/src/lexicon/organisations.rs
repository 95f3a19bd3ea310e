//! Company legal forms and organisation suffixes ("Corp", "Ltd", "Ministry"): what marks a
//! name as an organisation's.

/// Legal forms that end company names ("USX Corp", "Nippon Light Metal Co Ltd"): organisation
/// suffixes for the tagger, and what canonicalisation strips to see one company in "USX" and
/// "USX Corp" (with [`MORE_LEGAL_FORMS`]).
pub(crate) const LEGAL_FORMS: &[&str] = &[
    "inc",
    "corp",
    "co",
    "ltd",
    "plc",
    "llc",
    "ag",
    "sa",
    "nv",
    "bv",
    "gmbh",
    "corporation",
    "company",
];

/// Legal forms canonicalisation strips too but the tagger's suffix feature leaves out: the
/// shipped model was trained without them, and `newsdex dev train-ner` must reproduce it.
pub(crate) const MORE_LEGAL_FORMS: &[&str] = &["cos", "spa", "incorporated", "limited"];

/// Other words that end organisation names (abbreviated legal forms, institutions, media);
/// with [`LEGAL_FORMS`], a strong cue the model gets as a feature.
pub(crate) const ORG_SUFFIXES: &[&str] = &[
    "inc.",
    "corp.",
    "co.",
    "ltd.",
    "group",
    "bank",
    "party",
    "council",
    "committee",
    "association",
    "university",
    "institute",
    "ministry",
    "union",
    "federation",
    "club",
    "fc",
    "f.c.",
    "holdings",
    "airlines",
    "airways",
    "agency",
    "commission",
    "board",
    "organisation",
    "organization",
    "department",
    "office",
    "court",
    "police",
    "army",
    "navy",
    "news",
    "times",
    "post",
    "journal",
    "press",
    "foundation",
    "society",
    "league",
    "house",
    "state",
    "union",
    "senate",
    "congress",
    "parliament",
    "government",
    "cabinet",
];

/// Bodies that serve two areas named with `and` (`Devon and Cornwall Police`, `Avon and
/// Somerset Constabulary`, `Kensington and Chelsea Council`), folded.
pub(crate) const JOINT_AREA_BODIES: &[&str] =
    &["police", "constabulary", "council", "fire", "ambulance"];

/// Words of a state body's name that say nothing of whose it is (`Defense Ministry`,
/// `embassy in Washington`): as a speaker it keeps the country the article gives it
/// (`Russia’s Defense Ministry said`), folded.
pub(crate) const STATE_BODY_WORDS: &[&str] = &[
    "army",
    "cabinet",
    "department",
    "embassy",
    "forces",
    "government",
    "military",
    "ministry",
    "navy",
    "police",
];

/// Words right before a firm's name that tell a firm named after partners ("stockbrokers
/// Phillips and Drew", "brokerage house Phillips and Drew") from two people. Folded; read
/// by no tagger feature.
pub(crate) const FIRM_BEFORE: &[&str] = &[
    "broker",
    "brokers",
    "stockbroker",
    "stockbrokers",
    "brokerage",
    "house",
    "firm",
    "bankers",
    "accountants",
    "auditors",
    "solicitors",
    "consultants",
];

/// Staff of such a firm, written right after its name ("Phillips and Drew analyst Stephen
/// Lewis") or before "at"/"of"/"with" and its name ("economist at Phillips and Drew").
/// Folded; read by no tagger feature.
pub(crate) const FIRM_STAFF: &[&str] = &[
    "analyst",
    "analysts",
    "economist",
    "economists",
    "strategist",
    "dealer",
    "dealers",
    "partner",
    "broker",
];

/// What a party's member is called before their name (`Tory MP`, `Republican Senator`), where
/// the party's own name is another word.
pub(crate) const PARTY_MEMBERS: &[&str] =
    &["tory", "republican", "democrat", "democratic", "unionist"];

/// Last words of names that go on with a number (`Radio 1`, `Channel 4`, `Formula 1`).
pub(crate) const NUMBERED_NAMES: &[&str] = &["radio", "channel", "formula", "tv", "station"];

/// Last words that end the name of a place, never a person's (`Olympic Stadium`, `Abbey
/// Road`, `Gatwick Airport`): a person tagged so is that place. Not `Park`, `Hall`,
/// `Church`, `Tower` or `Bridge`: Nick Park, Charlotte Church, John Tower and Wayne Bridge
/// are people (BBC + Reuters people ending so: 13 places, 0 people).
pub(crate) const PLACE_LAST_WORDS: &[&str] = &[
    "airport",
    "arena",
    "avenue",
    "boulevard",
    "cathedral",
    "county",
    "hotel",
    "road",
    "stadium",
];

/// Royal and ruling titles written before a name (folded): a span they open names a
/// person, unless its last word is a body's (`Prince's Trust`, `King's College`).
pub(crate) const ROYAL_TITLES: &[&str] = &[
    "emir", "king", "prince", "princess", "queen", "sheikh", "sheikha", "sultan",
];

/// Last words that end an organisation's name, never a person's (`Man Utd`, `Oriel
/// College`, `Chase Cancer Center`): a person tagged so is that organisation.
pub(crate) const ORG_LAST_WORDS: &[&str] = &["center", "centre", "college", "hospital", "utd"];

/// Nouns an apposition calls a business by (`Ledgerly, the San Francisco-based payroll
/// software start-up`): a one-word name so described is a firm, not a person. Rule-only.
pub(crate) const FIRM_NOUNS: &[&str] = &[
    "airline",
    "bank",
    "brand",
    "broadcaster",
    "business",
    "carrier",
    "chain",
    "company",
    "conglomerate",
    "developer",
    "distributor",
    "firm",
    "fintech",
    "giant",
    "insurer",
    "lender",
    "maker",
    "manufacturer",
    "miner",
    "operator",
    "platform",
    "producer",
    "provider",
    "publisher",
    "retailer",
    "start-up",
    "startup",
    "supplier",
    "unicorn",
];

/// What only a business has, after its name's `'s` (`Ledgerly's co-founder`). Rule-only.
pub(crate) const FIRM_POSSESSIONS: &[&str] = &[
    "co-founder",
    "cofounder",
    "founder",
    "founders",
    "headquarters",
    "revenue",
    "shareholders",
    "shares",
    "subsidiary",
    "valuation",
    "workforce",
];

/// Words a company's short name leaves off its full one, besides a trade and a legal form
/// (`Northshore` of `Northshore Bank of Canada`). Rule-only, like [`TRADE_WORDS`].
pub(crate) const SHORTENED_WORDS: &[&str] =
    &["bank", "company", "corporation", "group", "holdings"];

/// Trades a company's name ends in (`Hanbit Electronics`, `Bonsa Gold`): a firm, whose
/// first word alone is its short name (`Hanbit said`). Read by the rules after the tagger
/// only, so the model's features do not change with it.
pub(crate) const TRADE_WORDS: &[&str] = &[
    "aerospace",
    "airlines",
    "airways",
    "automotive",
    "brands",
    "chemicals",
    "communications",
    "electric",
    "electronics",
    "energy",
    "entertainment",
    "financial",
    "foods",
    "gold",
    "industries",
    "insurance",
    "investments",
    "laboratories",
    "labs",
    "logistics",
    "media",
    "mines",
    "mining",
    "motor",
    "motors",
    "networks",
    "petroleum",
    "pharma",
    "pharmaceuticals",
    "resources",
    "robotics",
    "securities",
    "semiconductor",
    "software",
    "steel",
    "studios",
    "systems",
    "technologies",
    "telecom",
    "therapeutics",
    "ventures",
];

/// Last words of a newspaper's name (`Financial Times`, `Evening Standard`, `People's
/// Daily`, `Asahi Shimbun`, `Rodong Sinmun`, `al-Qabas`): `the paper said` after one of them is it (BBC
/// politics/142: `in an interview with the Financial Times … The paper said`). Not `news`,
/// which BBC News and Sky News end in.
pub(crate) const MASTHEAD_WORDS: &[&str] = &[
    "ahram",
    "chronicle",
    "courier",
    "daily",
    "examiner",
    "express",
    "figaro",
    "gazette",
    "globe",
    "guardian",
    "handelsblatt",
    "herald",
    "independent",
    "inquirer",
    "izvestia",
    "journal",
    "mail",
    "mirror",
    "monde",
    "observer",
    "post",
    "pravda",
    "qabas",
    "scotsman",
    "shimbun",
    // (Korean for newspaper: `the Rodong Sinmun said in a commentary` ⏎ `The paper said`,
    // Yonhap; `the JoongAng Ilbo`)
    "sinmun",
    "ilbo",
    "standard",
    "star",
    "sun",
    "telegraph",
    "times",
    "tribune",
    "zeitung",
];
