//! A token's hashed views and shape flags, computed once per token per document: what the
//! features, the gazetteer's phrase marking and the decoder all read. A leaf of `ner`.

/// Capitalised.
pub const F_CAP: u16 = 1;
/// All capitals, more than one letter.
pub const F_ALLCAPS: u16 = 2;
/// Starts lower case.
pub const F_LOWER: u16 = 4;
/// Has a digit.
pub const F_DIGIT: u16 = 8;
/// Punctuation only.
pub const F_PUNCT: u16 = 16;
/// First token of its sentence.
pub const F_INIT: u16 = 32;
/// Cannot be in a name (lower case, punctuation, number): never scored.
pub const F_CHEAP: u16 = 64;
/// In an all-capitals sentence (a headline, a flash).
pub const F_CAPSENT: u16 = 128;
/// A capital after the first letter ("McDonald", "iPhone").
pub const F_INNERCAP: u16 = 256;
/// Never part of a name on its own (pronouns, function words, weekdays, honorifics): like a
/// cheap token, scored only between scored tokens.
pub const F_NEVER: u16 = 512;
/// Starts names but never is one alone nor ends one ("The Hague"): scored only before a
/// candidate token (or between scored tokens).
pub const F_LEAD: u16 = 1024;
/// Ends names but never starts one ("Louis I", "McDonald 's"): scored only after a scored
/// token.
pub const F_TAIL: u16 = 2048;

/// Hashed views of one token, computed once per token per document.
#[derive(Debug, Clone, Copy, Default)]
pub struct TokInfo {
    /// Hash of the folded word.
    pub lower: u64,
    /// Hash of the word as written.
    pub word: u64,
    /// Hash of its shape ("Xxxx", "X.X.", "dd").
    pub shape: u64,
    /// Hashes of its first 1-3 letters.
    pub pre: [u64; 3],
    /// Hashes of its last 1-4 letters.
    pub suf: [u64; 4],
    /// `F_*` flags.
    pub flags: u16,
    /// Length in chars, capped.
    pub len: u8,
    /// Gazetteer membership bits (`G_*`).
    pub gaz: u32,
    /// Cluster ids at the two granularities (u16::MAX = unknown word).
    pub cl: [u16; 2],
}
