//! Abbreviations whose final period does not end a sentence.
//!
//! Two lists because the two tokenizers differ: the tagger's (used in training, so changing it
//! changes the model's input) and the quote grammar's, which also knows state codes and party
//! tags ("D-N.Y.").

/// Abbreviations that keep their final "." (mixed-case, vowel-bearing ones; the no-vowel
/// ones like "Mr", "Ltd", "St" are caught by a rule). Lower-cased comparison.
pub(crate) const TOKENIZER_ABBREVIATIONS: &[&str] = &[
    "sen", "gov", "gen", "col", "maj", "capt", "sgt", "adm", "rev", "prof", "pres", "supt", "corp",
    "inc", "co", "no", "nos", "vs", "etc", "al", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri",
    "sat", "sun", "ave", "univ", "assn", "dept", "est", "approx", "calif", "ala", "ariz", "ark",
    "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "ky", "la", "md", "mass", "mich",
    "minn", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "va", "wis", "wyo",
    "atty", "gens", "reps", "sens", "mme", "mlle", "vol", "op", "cf", "fig", "ex", "st", "mt",
    "ft", "mr", "mrs", "dr", "jr", "sr", "ltd", "messrs",
];

/// Abbreviations whose trailing period does not end a sentence.
pub(crate) const QUOTE_ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "sen", "sens", "rep", "reps", "gov", "lt", "gen", "col", "sgt",
    "capt", "prof", "rev", "st", "jr", "sr", "inc", "co", "corp", "ltd", "vs", "no", "jan", "feb",
    "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "u.s", "u.n", "u.k", "d.c", "a.m",
    "p.m", "e.g", "i.e", "mt", "ft", "gop", "sec", "atty", "supt", "adm", "cmdr", "maj", "pvt",
    "cpl", "calif", "fla", "mass", "penn", "wash", "ariz", "ala", "ark", "colo", "conn", "del",
    "ga", "ill", "ind", "kan", "ky", "la", "md", "mich", "minn", "miss", "mo", "mont", "neb",
    "nev", "okla", "ore", "pa", "tenn", "tex", "va", "vt", "wis", "wyo", "n.y", "n.j", "n.h",
    "n.c", "s.c", "n.d", "s.d", "w.va", "r.i", "d-n.y", "r-fla", "r-texas", "d-calif", "r-ky",
];

/// Abbreviated titles written before a name (`Mrs. Schlafly`, `Sen. Schumer`): the word
/// after one opens no sentence. Lower-cased, without the period.
pub(crate) const TITLE_ABBREVIATIONS: &[&str] = &[
    "adm", "atty", "capt", "cmdr", "col", "dr", "gen", "gens", "gov", "lt", "maj", "messrs", "mme",
    "mlle", "mr", "mrs", "ms", "pres", "prof", "rep", "reps", "rev", "sen", "sens", "sgt", "supt",
];

/// The office an abbreviated title stands for (`Gov. Chris Christie` is the governor a later
/// `the governor said` means, PolNeAR). Not `Sen.` or `Rep.`: a US story names many
/// senators, and `the senator` is the one the passage is about more often than the nearest
/// one introduced as `Sen.` (PolNeAR train: 2 right, 3 wrong with them).
pub(crate) const TITLE_EXPANSIONS: &[(&str, &str)] = &[
    ("adm", "admiral"),
    ("atty", "attorney"),
    ("capt", "captain"),
    ("cmdr", "commander"),
    ("col", "colonel"),
    ("gen", "general"),
    ("gov", "governor"),
    ("lt", "lieutenant"),
    ("maj", "major"),
    ("pres", "president"),
    ("prof", "professor"),
    ("rev", "reverend"),
    ("sgt", "sergeant"),
    ("supt", "superintendent"),
];

/// Abbreviations that end in a period inside a name and join the word after it (`Warner
/// Bros. Pictures`, `St. Jude Medical`, `Co. Ltd`), besides the titles above.
pub(crate) const JOINING_ABBREVIATIONS: &[&str] = &["bros", "co", "ft", "mt", "st", "ste", "wm"];

/// A US party-and-state tag (`D-Calif`, `R-Texas`, `I-Vt.`): one party letter, a hyphen,
/// a capitalised state word or code (`D-N.Y.`).
pub(crate) fn is_party_tag(s: &str) -> bool {
    let Some(state) = ["D-", "R-", "I-"].iter().find_map(|p| s.strip_prefix(p)) else {
        return false;
    };
    state.starts_with(|c: char| c.is_ascii_uppercase())
        && state.len() <= 6
        && state.chars().all(|c| c.is_ascii_alphabetic() || c == '.')
}
