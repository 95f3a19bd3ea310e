//! Feature extraction. Per token we hash a handful of string views once (folded word, exact
//! word, shape, affixes) into a [`TokInfo`]; feature ids are then cheap u64 combinations of a
//! template id with those hashes, so no feature string is ever built and nothing is allocated
//! per token. Feature ids are reduced to rows of the weight table by taking the top bits.

use super::bilou::{allowed, is_outside_state, tag_pos, tag_type, NC};
use super::gazetteer::{self, Gazetteer};
use super::token::*;
use super::tokenize::{SentRange, Token};
use crate::fold::fold_into;
use crate::hash::{hash_bytes, mix, IdMap};
use crate::lexicon::{is_never_word, is_particle_folded};

/// Role of a non-cheap token in candidate regions ([`F_NEVER`], [`F_LEAD`], [`F_TAIL`] or 0
/// for an ordinary candidate), from where such tokens sit inside entities in CoNLL-2003.
fn region_role(s: &str) -> u16 {
    match s {
        "The" | "A" | "In" => F_LEAD,
        "I" | "'s" | "’s" => F_TAIL,
        "'m" | "’m" | "'ve" | "’ve" | "'re" | "’re" | "'ll" | "’ll" | "'d" | "’d" => {
            F_NEVER
        }
        _ if is_never_word(s) => F_NEVER,
        _ => 0,
    }
}

/// Per-document counts keyed by folded-word hash: how the word is capitalised in positions
/// where capitalisation is informative, and (pass 2) which types pass 1 gave it.
#[derive(Debug, Clone, Copy, Default)]
pub struct DocEntry {
    pub cap_mid: u16,
    pub low_mid: u16,
    pub types: [u16; 4],
    /// Number of capitalised occurrences recorded in `ctx`.
    pub nctx: u8,
    /// (token index, previous word hash, next word hash) of the first capitalised
    /// occurrences: "context aggregation" lets evidence from one mention ("said Rotor
    /// coach") inform the others.
    pub ctx: [(u32, u64, u64); 4],
}

/// Reusable per-document state.
#[derive(Default)]
pub struct DocStats {
    /// Per folded-word hash.
    pub map: IdMap<DocEntry>,
}

fn shape_hash(s: &str) -> u64 {
    let mut buf = [0u8; 16];
    let mut n = 0;
    let mut last = 0u8;
    for c in s.chars() {
        let k = if c.is_uppercase() {
            b'X'
        } else if c.is_lowercase() {
            b'x'
        } else if c.is_ascii_digit() {
            b'd'
        } else if c.is_ascii() {
            c as u8
        } else {
            b'~'
        };
        if k != last && n < buf.len() {
            buf[n] = k;
            n += 1;
            last = k;
        }
    }
    hash_bytes(&buf[..n])
}

/// Fill `infos` for all tokens of a document and collect capitalisation statistics.
///
/// Every field of every token is computed (training reads them all); the tagger uses
/// [`compute_infos_lazy`], which gives identical features faster.
pub fn compute_infos(
    text: &str,
    toks: &[Token],
    sents: &[SentRange],
    gaz: &Gazetteer,
    infos: &mut Vec<TokInfo>,
    stats: &mut DocStats,
) {
    compute_infos_impl(text, toks, sents, gaz, infos, stats, false);
}

/// Like [`compute_infos`], but the views that only emission features read (shape, exact word,
/// affixes, gazetteer bits, clusters) are computed only for tokens within two positions of a
/// token that Viterbi decoding scores ([`scored_mask`]); features of a scored token read no
/// further than that, so decoding sees exactly the same feature ids. The folded-word hash,
/// flags and length are still computed for every token: document statistics and gazetteer
/// phrase matching read them everywhere. Greedy decoding may score tokens anywhere after an
/// open entity, so it must use [`compute_infos`].
pub fn compute_infos_lazy(
    text: &str,
    toks: &[Token],
    sents: &[SentRange],
    gaz: &Gazetteer,
    infos: &mut Vec<TokInfo>,
    stats: &mut DocStats,
) {
    compute_infos_impl(text, toks, sents, gaz, infos, stats, true);
}

/// Flags, length and folded-word hash of an ASCII token in one pass over its bytes (the same
/// values as the char-based path gives; ASCII is nearly every token of English news).
#[inline]
fn ascii_basics(b: &[u8], buf: &mut [u8; 64]) -> (u16, usize, usize) {
    let mut fl = 0u16;
    let mut letters = 0usize;
    let mut uppers = 0usize;
    let mut alnum = false;
    for (ci, &c) in b.iter().enumerate() {
        if c.is_ascii_alphabetic() {
            letters += 1;
            if c.is_ascii_uppercase() {
                uppers += 1;
                if ci > 0 {
                    fl |= F_INNERCAP;
                }
            }
            alnum = true;
        } else if c.is_ascii_digit() {
            alnum = true;
        }
        if ci < buf.len() {
            buf[ci] = c.to_ascii_lowercase();
        }
    }
    let first = char::from(b.first().copied().unwrap_or(b' '));
    fl |= shape_flags(first, letters, uppers, alnum);
    (fl, letters, b.len().min(buf.len()))
}

/// Flags, letter count and folded length (in `buf`) of any token.
fn unicode_basics(s: &str, buf: &mut [u8; 64]) -> (u16, usize, usize) {
    let n = fold_into(s, buf);
    let mut fl = 0u16;
    let first = s.chars().next().unwrap_or(' ');
    let mut letters = 0usize;
    let mut uppers = 0usize;
    let mut alnum = false;
    for (ci, c) in s.chars().enumerate() {
        if c.is_alphabetic() {
            letters += 1;
            if c.is_uppercase() {
                uppers += 1;
                if ci > 0 {
                    fl |= F_INNERCAP;
                }
            }
        }
        if c.is_alphanumeric() {
            alnum = true;
        }
    }
    fl |= shape_flags(first, letters, uppers, alnum);
    (fl, letters, n)
}

/// The case/kind flags both paths derive from a token's first character and letter counts.
fn shape_flags(first: char, letters: usize, uppers: usize, alnum: bool) -> u16 {
    let mut fl = 0u16;
    if first.is_uppercase() {
        fl |= F_CAP;
    }
    if letters >= 2 && uppers == letters {
        fl |= F_ALLCAPS;
    }
    if first.is_lowercase() {
        fl |= F_LOWER;
    }
    if first.is_ascii_digit() {
        fl |= F_DIGIT;
    }
    if !alnum {
        fl |= F_PUNCT;
    }
    fl
}

/// Can this token be (part of) a name by itself?
#[inline]
fn scorable(t: &TokInfo) -> bool {
    t.flags & (F_CHEAP | F_NEVER | F_LEAD | F_TAIL) == 0
}

/// Is token `i` of `sent` scored, given whether token `i - 1` is?
#[inline]
fn is_scored(sent: &[TokInfo], i: usize, prev_scored: bool) -> bool {
    let f = sent[i].flags;
    if scorable(&sent[i]) || (f & F_TAIL != 0 && prev_scored) {
        return true;
    }
    (prev_scored || f & F_LEAD != 0) && sent[i + 1..(i + 3).min(sent.len())].iter().any(scorable)
}

/// Tokens of a sentence that Viterbi decoding scores (all others are forced to O): candidate
/// regions are maximal runs of tokens that can be part of a name (not cheap, no region role),
/// joined by up to two other tokens that follow a scored token and precede a candidate
/// ("Bank of England", "Duke of Norfolk"), extended by a [`F_LEAD`] token before them and a
/// [`F_TAIL`] token after them. Depends on flags only.
pub fn scored_mask(sent: &[TokInfo], out: &mut Vec<bool>) {
    out.clear();
    let mut prev = false;
    for i in 0..sent.len() {
        prev = is_scored(sent, i, prev);
        out.push(prev);
    }
}

#[allow(clippy::too_many_arguments)]
fn compute_infos_impl(
    text: &str,
    toks: &[Token],
    sents: &[SentRange],
    gaz: &Gazetteer,
    infos: &mut Vec<TokInfo>,
    stats: &mut DocStats,
    lazy: bool,
) {
    infos.clear();
    infos.resize(toks.len(), TokInfo::default());
    stats.map.clear();
    let mut buf = [0u8; 64];
    // 1. what every token needs: flags, length, folded-word hash
    for (t, info) in toks.iter().zip(infos.iter_mut()) {
        let s = &text[t.start..t.end];
        let (mut fl, letters, n) = if s.is_ascii() {
            ascii_basics(s.as_bytes(), &mut buf)
        } else {
            unicode_basics(s, &mut buf)
        };
        let low = &buf[..n];
        info.lower = hash_bytes(low);
        info.len = if s.is_ascii() {
            s.len().min(255) as u8
        } else {
            s.chars().count().min(255) as u8
        };
        let particle = fl & F_LOWER != 0 && n <= 5 && is_particle_folded(low);
        if ((fl & F_LOWER != 0) && (fl & F_INNERCAP == 0) && !particle)
            || (fl & F_DIGIT != 0 && letters == 0)
            || (fl & F_PUNCT != 0 && s != "&")
        {
            fl |= F_CHEAP;
        }
        if fl & F_CHEAP == 0 && s.len() <= 10 {
            fl |= region_role(s);
        }
        info.flags = fl;
    }
    // 2. what emission features read: only near scored tokens when lazy. Their gazetteer and
    // cluster lookups come after, in a loop of their own: most miss the caches (the table is
    // larger than L2), and with nothing else in the loop the CPU has several in flight at
    // once instead of one per token's hashing. Output unchanged; extraction alone, three A/B
    // runs (bench/README.md): medians 1.04x and 1.06x by CPU on a loaded machine, 1.005x on
    // a quieter one, so a gain only when other tenants crowd the caches.
    let mut looked_up: Vec<u32> = Vec::with_capacity(toks.len());
    let mut near = |ti: usize, info: &mut TokInfo| {
        let t = toks[ti];
        let s = &text[t.start..t.end];
        info.shape = shape_hash(s);
        if info.flags & F_CHEAP == 0 {
            let n = fold_into(s, &mut buf);
            let low = &buf[..n];
            info.word = hash_bytes(s.as_bytes());
            for k in 0..3 {
                let l = (k + 2).min(n);
                info.pre[k] = mix(k as u64 + 11, hash_bytes(&low[..l]));
            }
            for k in 0..4 {
                let l = (k + 1).min(n);
                info.suf[k] = mix(k as u64 + 21, hash_bytes(&low[n - l..]));
            }
        } else {
            // cheap tokens are only scored inside a name ("Bank of England"); their identity
            // is enough there, and skipping affix hashing keeps the common path fast
            info.word = info.lower;
            info.pre = [0; 3];
            info.suf = [0; 4];
        }
        looked_up.push(ti as u32);
    };
    if lazy {
        let mut mask = Vec::new();
        for s in sents {
            let sl = &mut infos[s.start..s.end];
            scored_mask(sl, &mut mask);
            let n = sl.len();
            // distance (in tokens) to the last scored token on the left, capped
            let mut last: Option<usize> = None;
            for k in 0..n {
                if mask[k] {
                    last = Some(k);
                }
                let left = last.is_some_and(|l| k - l <= 2);
                let right = mask[k + 1..(k + 3).min(n)].iter().any(|&x| x);
                if left || right {
                    near(s.start + k, &mut sl[k]);
                }
            }
        }
    } else {
        for (k, info) in infos.iter_mut().enumerate() {
            near(k, info);
        }
    }
    for &k in &looked_up {
        let info = &mut infos[k as usize];
        (info.gaz, info.cl) = gaz.lex(info.lower);
    }
    for s in sents {
        let sl = &mut infos[s.start..s.end];
        // sentence-initial: first token, or first after opening punctuation
        for inf in sl.iter_mut() {
            if inf.flags & F_PUNCT != 0 {
                continue;
            }
            inf.flags |= F_INIT;
            break;
        }
        let mut letters = 0;
        let mut caps = 0;
        for inf in sl.iter() {
            if inf.flags & (F_CAP | F_LOWER) != 0 {
                letters += 1;
                if inf.flags & F_ALLCAPS != 0 || (inf.flags & F_CAP != 0 && inf.len == 1) {
                    caps += 1;
                }
            }
        }
        let capsent = letters >= 2 && caps * 10 >= letters * 8;
        for inf in sl.iter_mut() {
            if capsent {
                inf.flags |= F_CAPSENT;
            } else if inf.flags & F_INIT == 0 && inf.flags & F_CAP != 0 {
                let e = stats.map.entry(inf.lower).or_default();
                e.cap_mid = e.cap_mid.saturating_add(1);
            }
        }
        gaz.mark_phrases(&mut infos[s.start..s.end]);
        let sl = &infos[s.start..s.end];
        for (k, inf) in sl.iter().enumerate() {
            if inf.flags & F_CAP == 0 {
                continue;
            }
            let p = if k > 0 { sl[k - 1].lower } else { PAD };
            let n = if k + 1 < sl.len() {
                sl[k + 1].lower
            } else {
                PAD
            };
            let e = stats.map.entry(inf.lower).or_default();
            if (e.nctx as usize) < e.ctx.len() {
                e.ctx[e.nctx as usize] = ((s.start + k) as u32, p, n);
                e.nctx += 1;
            }
        }
    }
    // lower-case occurrences only matter for words also seen capitalised: update, never insert
    if !stats.map.is_empty() {
        for inf in infos.iter() {
            if inf.flags & (F_LOWER | F_CAPSENT | F_INIT) == F_LOWER {
                if let Some(e) = stats.map.get_mut(&inf.lower) {
                    e.low_mid = e.low_mid.saturating_add(1);
                }
            }
        }
    }
}

/// Add pass-1 entity types to the document statistics.
pub fn add_pass1_types(infos: &[TokInfo], tags: &[u8], stats: &mut DocStats) {
    for (inf, &t) in infos.iter().zip(tags) {
        if t != 0 {
            let e = stats.map.entry(inf.lower).or_default();
            let ty = tag_type(t) as usize;
            e.types[ty] = e.types[ty].saturating_add(1);
        }
    }
}

// Template ids (any distinct constants).
const T_BIAS: u64 = 1;
const T_W: u64 = 2;
const T_WX: u64 = 3;
const T_WM1: u64 = 4;
const T_WP1: u64 = 5;
const T_WM2: u64 = 6;
const T_WP2: u64 = 7;
const T_SH: u64 = 8;
const T_SHM1: u64 = 9;
const T_SHP1: u64 = 10;
const T_SH2A: u64 = 11;
const T_SH2B: u64 = 12;
const T_BGA: u64 = 13;
const T_BGB: u64 = 14;
const T_PT1: u64 = 15;
const T_PT12: u64 = 16;
const T_PT1W: u64 = 17;
const T_PT1SH: u64 = 18;
const T_INITW: u64 = 19;
const T_INITSH: u64 = 20;
const T_CAPSW: u64 = 21;
const T_CAPSSH: u64 = 22;
const T_LEN: u64 = 23;
const T_GAZ: u64 = 24;
const T_GAZM1: u64 = 25;
const T_GAZP1: u64 = 26;
const T_DOCCAP: u64 = 27;
const T_P1: u64 = 28;
const T_P1M1: u64 = 29;
const T_P1P1: u64 = 30;
const T_DOCMAJ: u64 = 31;
const T_DOCHAS: u64 = 32;
const T_DOCMAJSH: u64 = 33;
const T_WXM1: u64 = 34;
const T_PT1GAZ: u64 = 35;
const T_PRE: u64 = 36;
const T_SUF: u64 = 37;
const T_GAZM2: u64 = 38;
const T_DOCCAPW: u64 = 39;
const T_P1W: u64 = 40;
const T_WM1SH: u64 = 41;
const T_SHWP1: u64 = 42;
const T_CL0: u64 = 43;
const T_CL1: u64 = 44;
const T_CLM1: u64 = 45;
const T_CLP1: u64 = 46;
const T_CLSH: u64 = 47;
const T_CLPT: u64 = 48;
const T_AGGL: u64 = 49;
const T_AGGR: u64 = 50;
const T_CLBG: u64 = 51;
const T_P1M2: u64 = 52;
const T_P1P2: u64 = 53;
const T_P1BG: u64 = 54;

/// Marker for "no token" beyond the sentence edge.
const PAD: u64 = 0xdead_beef_0bad_cafe;
const START: u64 = NC as u64 + 1;

/// Collect feature hashes for token `i` of sentence `s` (`infos` is the sentence slice,
/// `pass2` tags are also sentence-relative).
#[inline]
pub fn collect(
    sent: &[TokInfo],
    gbase: usize,
    i: usize,
    prev: Option<(u8, u8)>,
    stats: &DocStats,
    pass2: Option<&[u8]>,
    out: &mut Vec<u64>,
) {
    let t = &sent[i];
    let lw = |j: isize| -> u64 {
        let k = i as isize + j;
        if k < 0 || k as usize >= sent.len() {
            PAD
        } else {
            sent[k as usize].lower
        }
    };
    let sh = |j: isize| -> u64 {
        let k = i as isize + j;
        if k < 0 || k as usize >= sent.len() {
            PAD
        } else {
            sent[k as usize].shape
        }
    };
    let (prev1, prev2) = prev.unwrap_or((0, 0));
    let greedy = prev.is_some();
    let p1 = if i == 0 { START } else { prev1 as u64 };
    let p2 = if i < 2 { START } else { prev2 as u64 };
    out.push(T_BIAS);
    out.push(mix(T_W, t.lower));
    out.push(mix(T_WX, t.word));
    out.push(mix(T_WM1, lw(-1)));
    out.push(mix(T_WP1, lw(1)));
    out.push(mix(T_WM2, lw(-2)));
    out.push(mix(T_WP2, lw(2)));
    out.push(mix(T_WXM1, if i > 0 { sent[i - 1].word } else { PAD }));
    out.push(mix(T_SH, t.shape));
    out.push(mix(T_SHM1, sh(-1)));
    out.push(mix(T_SHP1, sh(1)));
    out.push(mix(mix(T_SH2A, sh(-1)), t.shape));
    out.push(mix(mix(T_SH2B, t.shape), sh(1)));
    out.push(mix(mix(T_BGA, lw(-1)), t.lower));
    out.push(mix(mix(T_BGB, t.lower), lw(1)));
    out.push(mix(mix(T_WM1SH, lw(-1)), t.shape));
    out.push(mix(mix(T_SHWP1, t.shape), lw(1)));
    for p in t.pre {
        out.push(mix(T_PRE, p));
    }
    for s in t.suf {
        out.push(mix(T_SUF, s));
    }
    if greedy {
        out.push(mix(T_PT1, p1));
        out.push(mix(T_PT12, p1 * 31 + p2));
        out.push(mix(mix(T_PT1W, p1), t.lower));
        out.push(mix(mix(T_PT1SH, p1), t.shape));
    }
    out.push(mix(
        T_LEN,
        (t.len.min(8) as u64) << 8 | (t.flags & (F_CAP | F_ALLCAPS)) as u64,
    ));
    let clw = |j: isize| -> u64 {
        let k = i as isize + j;
        if k < 0 || k as usize >= sent.len() {
            PAD
        } else {
            sent[k as usize].cl[1] as u64
        }
    };
    out.push(mix(T_CL0, t.cl[0] as u64));
    out.push(mix(T_CL1, t.cl[1] as u64));
    out.push(mix(T_CLM1, clw(-1)));
    out.push(mix(T_CLP1, clw(1)));
    out.push(mix(mix(T_CLSH, t.cl[1] as u64), t.shape));
    out.push(mix(mix(T_CLBG, clw(-1)), t.cl[1] as u64));
    if greedy {
        out.push(mix(mix(T_CLPT, t.cl[0] as u64), p1));
    }
    let init = t.flags & F_INIT != 0;
    let caps = t.flags & F_CAPSENT != 0;
    if init {
        out.push(mix(T_INITW, t.lower));
        out.push(mix(T_INITSH, t.shape));
    }
    if caps {
        out.push(mix(T_CAPSW, t.lower));
        out.push(mix(T_CAPSSH, t.shape));
    }
    // capitalisation of this word elsewhere in the document
    let de = stats.map.get(&t.lower).copied().unwrap_or_default();
    for &(pos, p, n) in &de.ctx[..de.nctx as usize] {
        if pos as usize != gbase + i {
            out.push(mix(T_AGGL, p));
            out.push(mix(T_AGGR, n));
        }
    }
    let dc = match (de.cap_mid > 0, de.low_mid > 0) {
        (true, false) => 1u64,
        (false, true) => 2,
        (true, true) => 3,
        (false, false) => 4,
    };
    let ctx = (init as u64) | (caps as u64) << 1 | ((t.flags & (F_CAP | F_LOWER)) as u64) << 2;
    out.push(mix(T_DOCCAP, dc << 8 | ctx));
    if init || caps {
        out.push(mix(mix(T_DOCCAPW, dc), t.lower));
    }
    // gazetteers
    let mut g = t.gaz;
    while g != 0 {
        let b = g.trailing_zeros() as u64;
        g &= g - 1;
        out.push(mix(
            T_GAZ,
            b << 3 | ((t.flags & F_CAP != 0) as u64) << 2 | (caps as u64) << 1 | init as u64,
        ));
        if greedy {
            out.push(mix(mix(T_PT1GAZ, p1), b));
        }
    }
    if i > 0 {
        let mut g = sent[i - 1].gaz & gazetteer::CONTEXT_BITS;
        while g != 0 {
            let b = g.trailing_zeros() as u64;
            g &= g - 1;
            out.push(mix(T_GAZM1, b));
        }
    }
    if i > 1 {
        let mut g = sent[i - 2].gaz & gazetteer::CONTEXT_BITS;
        while g != 0 {
            let b = g.trailing_zeros() as u64;
            g &= g - 1;
            out.push(mix(T_GAZM2, b));
        }
    }
    if i + 1 < sent.len() {
        let mut g = sent[i + 1].gaz & gazetteer::CONTEXT_BITS;
        while g != 0 {
            let b = g.trailing_zeros() as u64;
            g &= g - 1;
            out.push(mix(T_GAZP1, b));
        }
    }
    if let Some(t1) = pass2 {
        collect_pass2(sent, i, &de, t1, out);
    }
}

/// The pass-2 part of [`collect`]: stacked pass-1 labels and document-level type votes
/// (`de` is the document entry of token `i`'s word).
#[inline]
fn collect_pass2(sent: &[TokInfo], i: usize, de: &DocEntry, t1: &[u8], out: &mut Vec<u64>) {
    let t = &sent[i];
    let l = |j: isize| -> u64 {
        let k = i as isize + j;
        if k < 0 || k as usize >= sent.len() {
            START
        } else {
            t1[k as usize] as u64
        }
    };
    out.push(mix(T_P1, l(0)));
    out.push(mix(T_P1M1, l(-1)));
    out.push(mix(T_P1P1, l(1)));
    out.push(mix(mix(T_P1W, l(0)), t.lower));
    out.push(mix(T_P1M2, l(-2)));
    out.push(mix(T_P1P2, l(2)));
    out.push(mix(T_P1BG, l(-1) << 8 | l(0) << 16 | l(1)));
    let total: u32 = de.types.iter().map(|&x| x as u32).sum();
    if let Some(total) = std::num::NonZeroU32::new(total) {
        let mut best = 0;
        for k in 1..4 {
            if de.types[k] > de.types[best] {
                best = k;
            }
        }
        out.push(mix(T_DOCMAJ, best as u64));
        out.push(mix(mix(T_DOCMAJSH, best as u64), t.shape));
        for (k, &c) in de.types.iter().enumerate() {
            if c > 0 {
                let frac = (c as u32 * 4 / total).min(3) as u64;
                out.push(mix(T_DOCHAS, (k as u64) << 4 | frac));
            }
        }
    } else {
        out.push(mix(T_DOCMAJ, 9));
    }
}

/// Run one greedy left-to-right pass over a document. `choose` receives the global token
/// index, the feature hashes and the previous tag and returns the tag to commit. Tokens that
/// cannot start a name (lower-case non-particles, numbers, punctuation) are tagged O without
/// scoring when no entity is open.
#[allow(clippy::too_many_arguments)]
pub fn run_pass(
    infos: &[TokInfo],
    sents: &[SentRange],
    stats: &DocStats,
    tags1: Option<&[u8]>,
    tags_out: &mut Vec<u8>,
    feats: &mut Vec<u64>,
    mut choose: impl FnMut(usize, &[u64], u8) -> u8,
) {
    tags_out.clear();
    tags_out.resize(infos.len(), 0);
    for s in sents {
        let sent = &infos[s.start..s.end];
        let mut prev1 = 0u8;
        let mut prev2 = 0u8;
        for i in 0..sent.len() {
            let t = if sent[i].flags & F_CHEAP != 0 && is_outside_state(prev1) {
                0
            } else {
                feats.clear();
                let p2 = tags1.map(|t| &t[s.start..s.end]);
                collect(sent, s.start, i, Some((prev1, prev2)), stats, p2, feats);
                choose(s.start + i, feats, prev1)
            };
            tags_out[s.start + i] = t;
            prev2 = prev1;
            prev1 = t;
        }
        // close an entity left open at the sentence end
        if s.end > s.start {
            let last = &mut tags_out[s.end - 1];
            if *last != 0 {
                match tag_pos(*last) {
                    0 => *last += 3,
                    1 => *last += 1,
                    _ => {}
                }
            }
        }
    }
}

/// Feature id of the transition "previous class `prev`" (START = sentence start); its weight
/// row over classes is the first-order transition matrix of Viterbi decoding.
#[inline]
pub fn trans_feature(prev: usize) -> u64 {
    mix(T_PT1, if prev >= NC { START } else { prev as u64 })
}

#[cfg_attr(not(feature = "training"), allow(dead_code))] // training only
/// Which tokens of a sentence get emission features (all others can only be O).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScoreRule {
    /// [`scored_mask`]: what tagging scores.
    Inference,
    /// The rule the shipped model was trained with: every non-cheap token, and cheap tokens
    /// between scored ones. Inference skips more (capitalised function words, weekdays,
    /// honorifics), which leaves CoNLL dev output unchanged; training on the pruned rule was
    /// measured worse (PER 94.90), so training keeps this one and `newsdex dev train-ner`
    /// reproduces the shipped model.
    Training,
}

#[cfg_attr(not(feature = "training"), allow(dead_code))] // training only
/// Emission features of one sentence, flattened into `feats` with per-token ranges in `offs`
/// (empty range = token not scored), the tokens scored chosen by `rule`.
#[allow(clippy::too_many_arguments)]
pub fn sentence_feats(
    infos: &[TokInfo],
    s: &SentRange,
    stats: &DocStats,
    tags1: Option<&[u8]>,
    rule: ScoreRule,
    feats: &mut Vec<u64>,
    offs: &mut Vec<(u32, u32)>,
) {
    feats.clear();
    offs.clear();
    let sent = &infos[s.start..s.end];
    let n = sent.len();
    let t1 = tags1.map(|t| &t[s.start..s.end]);
    let candidate = |t: &TokInfo| t.flags & F_CHEAP == 0;
    for i in 0..n {
        let prev_scored = i > 0 && offs[i - 1].1 > offs[i - 1].0;
        let scored = match rule {
            ScoreRule::Inference => is_scored(sent, i, prev_scored),
            ScoreRule::Training => {
                candidate(&sent[i])
                    || (prev_scored && sent[i + 1..(i + 3).min(n)].iter().any(candidate))
            }
        };
        let a = feats.len() as u32;
        if scored {
            collect(sent, s.start, i, None, stats, t1, feats);
        }
        offs.push((a, feats.len() as u32));
    }
}

/// Emission features of the tokens of sentence `s` selected by `mask` (sentence-relative),
/// flattened into `feats` with per-token ranges in `offs` (empty range = not scored). With
/// the mask from [`scored_mask`] this is exactly [`sentence_feats`].
pub fn masked_feats(
    infos: &[TokInfo],
    s: &SentRange,
    stats: &DocStats,
    tags1: Option<&[u8]>,
    mask: &[bool],
    feats: &mut Vec<u64>,
    offs: &mut Vec<(u32, u32)>,
) {
    feats.clear();
    offs.clear();
    let sent = &infos[s.start..s.end];
    let t1 = tags1.map(|t| &t[s.start..s.end]);
    for (i, &m) in mask.iter().enumerate().take(sent.len()) {
        let a = feats.len() as u32;
        if m {
            collect(sent, s.start, i, None, stats, t1, feats);
        }
        offs.push((a, feats.len() as u32));
    }
}

/// Pass-2 emission features of the tokens of sentence `s` selected by `mask`: the pass-1
/// features of the token (`p1_feats` ranges `p1_offs`, indexed by document token; they are
/// the same in both passes, since pass 1 only adds type votes to the statistics) followed by
/// the pass-2 ones, so the common part is hashed once. Equals [`masked_feats`] with `tags1`
/// up to feature order, which a sum of weights ignores. Every masked token must have been
/// scored in pass 1.
#[allow(clippy::too_many_arguments)]
pub fn pass2_feats(
    infos: &[TokInfo],
    s: &SentRange,
    stats: &DocStats,
    tags1: &[u8],
    mask: &[bool],
    p1_feats: &[u64],
    p1_offs: &[(u32, u32)],
    feats: &mut Vec<u64>,
    offs: &mut Vec<(u32, u32)>,
) {
    feats.clear();
    offs.clear();
    let sent = &infos[s.start..s.end];
    let t1 = &tags1[s.start..s.end];
    for (i, &m) in mask.iter().enumerate().take(sent.len()) {
        let a = feats.len() as u32;
        if m {
            let (pa, pb) = p1_offs.get(s.start + i).copied().unwrap_or((0, 0));
            if pb > pa {
                feats.extend_from_slice(&p1_feats[pa as usize..pb as usize]);
            } else {
                // not scored in pass 1 (cannot happen: pass 2 scores a subset of what pass 1
                // scored): compute in full
                collect(sent, s.start, i, None, stats, None, feats);
            }
            let de = stats.map.get(&sent[i].lower).copied().unwrap_or_default();
            collect_pass2(sent, i, &de, t1, feats);
        }
        offs.push((a, feats.len() as u32));
    }
}

/// For each class, the classes allowed before it (BILOU), computed once.
fn predecessors() -> &'static [([u8; NC], usize); NC] {
    static P: std::sync::OnceLock<[([u8; NC], usize); NC]> = std::sync::OnceLock::new();
    P.get_or_init(|| {
        let mut t = [([0u8; NC], 0usize); NC];
        for (c, e) in t.iter_mut().enumerate() {
            for p in 0..NC as u8 {
                if allowed(p, c as u8) {
                    e.0[e.1] = p;
                    e.1 += 1;
                }
            }
        }
        t
    })
}

/// First-order Viterbi under BILOU constraints. `emis[i]` are emission scores, `scored[i]`
/// false forces O, `trans[p][c]` (p = NC for sentence start). Writes the best path to `out`.
///
/// A forced-O token splits the problem exactly: the best path is the concatenation of the
/// best paths of the runs of scored tokens between them (each entered from O or the sentence
/// start and, when followed by a forced O, scored with the transition into O). So unscored
/// tokens, the vast majority in news text, cost nothing here.
pub fn viterbi(
    emis: &[[f32; NC]],
    scored: &[bool],
    trans: &[[f32; NC]; NC + 1],
    back: &mut Vec<[u8; NC]>,
    out: &mut [u8],
) {
    let n = emis.len();
    back.clear();
    back.resize(n, [0; NC]);
    let mut i = 0;
    while i < n {
        if !scored[i] {
            out[i] = 0;
            i += 1;
            continue;
        }
        let a = i;
        while i < n && scored[i] {
            i += 1;
        }
        viterbi_run(emis, trans, back, out, a, i, a == 0, i < n);
    }
}

#[allow(clippy::too_many_arguments)]
fn viterbi_run(
    emis: &[[f32; NC]],
    trans: &[[f32; NC]; NC + 1],
    back: &mut [[u8; NC]],
    out: &mut [u8],
    a: usize,
    b: usize,
    at_start: bool,
    then_o: bool,
) {
    const NEG: f32 = f32::NEG_INFINITY;
    let first = if at_start { NC } else { 0 };
    let mut delta = [NEG; NC];
    for (c, d) in delta.iter_mut().enumerate() {
        if allowed(0, c as u8) {
            *d = trans[first][c] + emis[a][c];
        }
    }
    let preds = predecessors();
    for i in a + 1..b {
        let mut nd = [NEG; NC];
        for (c, ndc) in nd.iter_mut().enumerate() {
            let (list, len) = &preds[c];
            let mut best = NEG;
            let mut bp = 0u8;
            for &p in &list[..*len] {
                let v = delta[p as usize] + trans[p as usize][c];
                if v > best {
                    best = v;
                    bp = p;
                }
            }
            if best > NEG {
                *ndc = best + emis[i][c];
                back[i][c] = bp;
            }
        }
        delta = nd;
    }
    let mut best = 0usize;
    let mut bs = NEG;
    for (c, &d) in delta.iter().enumerate() {
        if !is_outside_state(c as u8) {
            continue;
        }
        let v = if then_o { d + trans[c][0] } else { d };
        if v > bs {
            bs = v;
            best = c;
        }
    }
    out[b - 1] = best as u8;
    for i in (a + 1..b).rev() {
        out[i - 1] = back[i][out[i] as usize];
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ner::tokenize::tokenize;

    /// The lazy infos must give every scored token exactly the features of the full ones.
    #[test]
    fn lazy_infos_give_the_same_features() {
        let text = "The Bank of England said on Monday that Mr Blair 's plan , not Brown 's , \
                    was I think fine .\nLouis I met de Gaulle in Zürich and the U.S. Senate .\n\
                    It rained . He left for The Hague with Jean-Claude van Damme .\n";
        let ex = crate::EntityExtractor::embedded().expect("embedded model loads");
        let gaz = ex.gazetteer();
        let (toks, sents) = tokenize(text);
        let (mut full, mut lazy) = (Vec::new(), Vec::new());
        let (mut sf, mut sl) = (DocStats::default(), DocStats::default());
        compute_infos(text, &toks, &sents, gaz, &mut full, &mut sf);
        compute_infos_lazy(text, &toks, &sents, gaz, &mut lazy, &mut sl);
        let (mut ff, mut fo, mut lf, mut lo) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
        let mut mask = Vec::new();
        let mut scored = 0;
        for s in &sents {
            sentence_feats(&full, s, &sf, None, ScoreRule::Inference, &mut ff, &mut fo);
            scored_mask(&lazy[s.start..s.end], &mut mask);
            masked_feats(&lazy, s, &sl, None, &mask, &mut lf, &mut lo);
            assert_eq!(ff, lf);
            assert_eq!(fo, lo);
            scored += mask.iter().filter(|&&m| m).count();
        }
        assert!(scored > 10, "{scored}");
        // pass 2 reusing the pass-1 features = pass 2 computed in full, up to order
        let (mut p1f, mut p1o) = (Vec::new(), Vec::new());
        for s in &sents {
            scored_mask(&lazy[s.start..s.end], &mut mask);
            masked_feats(&lazy, s, &sl, None, &mask, &mut lf, &mut lo);
            let base = p1f.len() as u32;
            p1f.extend_from_slice(&lf);
            p1o.extend(lo.iter().map(|&(a, b)| (base + a, base + b)));
        }
        let tags1: Vec<u8> = lazy
            .iter()
            .map(|t| if t.flags & F_CAP != 0 { 4 } else { 0 })
            .collect();
        add_pass1_types(&lazy, &tags1, &mut sl);
        for s in &sents {
            scored_mask(&lazy[s.start..s.end], &mut mask);
            masked_feats(&lazy, s, &sl, Some(&tags1), &mask, &mut ff, &mut fo);
            pass2_feats(&lazy, s, &sl, &tags1, &mask, &p1f, &p1o, &mut lf, &mut lo);
            for (&(a, b), &(c, d)) in fo.iter().zip(&lo) {
                let mut x = ff[a as usize..b as usize].to_vec();
                let mut y = lf[c as usize..d as usize].to_vec();
                x.sort_unstable();
                y.sort_unstable();
                assert_eq!(x, y);
            }
        }
        // "The Hague": a lead word before a name is scored, a sentence-initial "It" is not
        let idx = |w: &str| toks.iter().position(|t| &text[t.start..t.end] == w);
        let (Some(it), Some(s)) = (idx("It"), sents.iter().find(|s| idx("It") == Some(s.start)))
        else {
            panic!("no It sentence");
        };
        scored_mask(&lazy[s.start..s.end], &mut mask);
        assert!(!mask[it - s.start]);
    }
}
