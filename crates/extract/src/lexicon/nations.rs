//! Nations: the adjectives that name a country (`Japanese`, `West German`) and the bodies
//! every country has (`the Finance Ministry`, `the Supreme Court`), which an archive of many
//! countries must not pool into one entity.

/// Nationality adjective (folded) -> the country's canonical name in `places.tsv` (or, for
/// countries that no longer exist, the name news of their time used).
pub(crate) const DEMONYMS: &[(&str, &str)] = &[
    ("afghan", "Afghanistan"),
    ("algerian", "Algeria"),
    ("american", "United States"),
    ("argentine", "Argentina"),
    ("argentinian", "Argentina"),
    ("australian", "Australia"),
    ("austrian", "Austria"),
    ("bangladeshi", "Bangladesh"),
    ("belgian", "Belgium"),
    ("bolivian", "Bolivia"),
    ("brazilian", "Brazil"),
    ("british", "United Kingdom"),
    ("bulgarian", "Bulgaria"),
    ("canadian", "Canada"),
    ("chilean", "Chile"),
    ("chinese", "China"),
    ("colombian", "Colombia"),
    ("cuban", "Cuba"),
    ("czech", "Czech Republic"),
    ("danish", "Denmark"),
    ("dutch", "Netherlands"),
    ("east german", "East Germany"),
    ("ecuadorean", "Ecuador"),
    ("ecuadorian", "Ecuador"),
    ("egyptian", "Egypt"),
    ("finnish", "Finland"),
    ("french", "France"),
    ("german", "Germany"),
    ("ghanaian", "Ghana"),
    ("greek", "Greece"),
    ("hungarian", "Hungary"),
    ("indian", "India"),
    ("indonesian", "Indonesia"),
    ("iranian", "Iran"),
    ("iraqi", "Iraq"),
    ("irish", "Ireland"),
    ("israeli", "Israel"),
    ("italian", "Italy"),
    ("japanese", "Japan"),
    ("jordanian", "Jordan"),
    ("kenyan", "Kenya"),
    ("kuwaiti", "Kuwait"),
    ("lebanese", "Lebanon"),
    ("libyan", "Libya"),
    ("malaysian", "Malaysia"),
    ("mexican", "Mexico"),
    ("moroccan", "Morocco"),
    ("new zealand", "New Zealand"),
    ("nigerian", "Nigeria"),
    ("north korean", "North Korea"),
    ("norwegian", "Norway"),
    ("pakistani", "Pakistan"),
    ("palestinian", "Palestinian Territories"),
    ("peruvian", "Peru"),
    ("philippine", "Philippines"),
    ("polish", "Poland"),
    ("portuguese", "Portugal"),
    ("qatari", "Qatar"),
    ("romanian", "Romania"),
    ("russian", "Russia"),
    ("saudi", "Saudi Arabia"),
    ("singaporean", "Singapore"),
    ("south african", "South Africa"),
    ("south korean", "South Korea"),
    ("soviet", "Soviet Union"),
    ("spanish", "Spain"),
    ("sri lankan", "Sri Lanka"),
    ("swedish", "Sweden"),
    ("swiss", "Switzerland"),
    ("syrian", "Syria"),
    ("taiwanese", "Taiwan"),
    ("thai", "Thailand"),
    ("turkish", "Turkey"),
    ("ugandan", "Uganda"),
    ("ukrainian", "Ukraine"),
    ("venezuelan", "Venezuela"),
    ("vietnamese", "Vietnam"),
    ("west german", "West Germany"),
    ("yugoslav", "Yugoslavia"),
    ("zimbabwean", "Zimbabwe"),
];

/// Countries of their time that `places.tsv` (today's world) lacks, and that a place
/// mention may name: a mention of one is the country itself.
pub(crate) const FORMER_COUNTRIES: &[&str] = &["West Germany", "East Germany", "Yugoslavia"];

/// Bodies of a state, as the bare name every country's news writes them (folded, without
/// `the`). With `<one or two words> ministry` and `ministry of <word>`, these are named with
/// their country: `Finance Ministry (Japan)`. Reuters-21578 pooled the ministries of 19
/// countries into one `Finance Ministry` (193 stories on BBC + Reuters), and BBC's
/// `the Treasury` (HM Treasury) and India's `Supreme Court` took the US bodies' names.
pub(crate) const NATIONAL_BODIES: &[&str] = &[
    "cabinet",
    "central bank",
    "congress",
    "constitutional court",
    "high court",
    "house of representatives",
    "national assembly",
    "parliament",
    "senate",
    "supreme court",
    "treasury",
    "treasury department",
];

/// A body's name in a country where it has one of its own, by the country's canonical name
/// and the bare body; elsewhere it is `<Body> (<Country>)`. In the United States the
/// organisation table's canonical name stands (`Treasury Department`, `US Supreme Court`).
///
/// A body the US has under the same bare name (`treasury`, `supreme court`, `senate`,
/// `congress`, `house of representatives`) takes another country only by a qualifier
/// (`the French Treasury`) or by a row here: an Iran-arms story's `the Senate` is the US
/// Senate, though the story names only Iran (Reuters: 5 stories).
pub(crate) const NATIONAL_NAMES: &[(&str, &str, &str)] = &[
    ("Australia", "central bank", "Reserve Bank of Australia"),
    (
        "Australia",
        "house of representatives",
        "House of Representatives (Australia)",
    ),
    ("Australia", "senate", "Senate (Australia)"),
    ("Australia", "treasury", "Treasury (Australia)"),
    ("Canada", "central bank", "Bank of Canada"),
    ("Canada", "senate", "Senate (Canada)"),
    ("Canada", "supreme court", "Supreme Court of Canada"),
    ("France", "central bank", "Bank of France"),
    ("France", "treasury", "Treasury (France)"),
    ("Germany", "central bank", "Bundesbank"),
    ("India", "central bank", "Reserve Bank of India"),
    ("India", "congress", "Indian National Congress"),
    ("India", "supreme court", "Supreme Court of India"),
    ("Ireland", "supreme court", "Supreme Court (Ireland)"),
    ("Italy", "central bank", "Bank of Italy"),
    ("Italy", "treasury", "Treasury (Italy)"),
    ("Japan", "central bank", "Bank of Japan"),
    ("New Zealand", "treasury", "Treasury (New Zealand)"),
    ("Nigeria", "senate", "Senate (Nigeria)"),
    ("Nigeria", "supreme court", "Supreme Court (Nigeria)"),
    ("Pakistan", "senate", "Senate of Pakistan"),
    ("Pakistan", "supreme court", "Supreme Court of Pakistan"),
    ("Philippines", "congress", "Congress of the Philippines"),
    ("Philippines", "senate", "Senate of the Philippines"),
    (
        "South Africa",
        "treasury",
        "National Treasury (South Africa)",
    ),
    ("Spain", "central bank", "Bank of Spain"),
    ("Switzerland", "central bank", "Swiss National Bank"),
    ("United Kingdom", "central bank", "Bank of England"),
    ("United Kingdom", "parliament", "UK Parliament"),
    ("United Kingdom", "supreme court", "UK Supreme Court"),
    ("United Kingdom", "treasury", "HM Treasury"),
    ("West Germany", "central bank", "Bundesbank"),
];

/// Nouns for a person of a nation that are no adjective of [`DEMONYMS`] (`the Scot`, `the
/// Frenchman`); none of them a first name (not `Finn`) or a common noun (not `Pole`).
const NATIONALITY_NOUNS: &[&str] = &[
    "briton",
    "dane",
    "dutchman",
    "englishman",
    "frenchman",
    "irishman",
    "scot",
    "scotsman",
    "spaniard",
    "swede",
    "welshman",
];

/// Does `word` name a nationality, as an adjective or as a person's noun (`Russian`, `Scot`)?
pub(crate) fn is_demonym(word: &str) -> bool {
    let folded = crate::fold::fold_string(word);
    DEMONYMS.iter().any(|(d, _)| *d == folded) || NATIONALITY_NOUNS.contains(&folded.as_str())
}
