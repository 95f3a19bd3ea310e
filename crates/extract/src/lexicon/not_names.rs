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
    "CNN",
    "Fox",
    "MSNBC",
    "NBC",
    "ABC",
    "CBS",
    "NPR",
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
];

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
