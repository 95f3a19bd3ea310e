//! Gazetteers: places, first names, surnames, titles, organisations and common words.
//!
//! They serve twice: as tagger features (membership bits per token and BILU positions of
//! multi-token place / org phrases; the model learns how much to trust them), and in
//! canonicalisation (place aliases -> canonical name + parents, org aliases, gender of first
//! names and honorifics). Keys are folded (lower-case, no diacritics) token hashes, so the
//! hot path never builds strings.

use super::token::{TokInfo, F_CAP};
use super::tokenize::tokenize;
use crate::fold::{fold_into, fold_string, folded_hash, phrase_step, PHRASE_SEED};
use crate::hash::{hash_bytes, IdMap};
use crate::lexicon::{GAZETTEER_PRONOUNS, LEGAL_FORMS, MONTHDAYS, ORG_SUFFIXES, TITLES_TSV};
use rustc_hash::{FxHashMap, FxHashSet};

pub const G_FIRST: u32 = 1 << 0;
pub const G_FIRST_M: u32 = 1 << 1;
pub const G_FIRST_F: u32 = 1 << 2;
pub const G_SURNAME: u32 = 1 << 3;
pub const G_TITLE: u32 = 1 << 4;
pub const G_PLACE: u32 = 1 << 5;
pub const G_ORG: u32 = 1 << 6;
pub const G_COMMON: u32 = 1 << 7;
/// Multi-token place phrase positions B, I, L, U at bits 8..12.
pub const G_PH_PLACE: u32 = 8;
/// Multi-token org phrase positions B, I, L, U at bits 12..16.
pub const G_PH_ORG: u32 = 12;
pub const G_ORGSUFFIX: u32 = 1 << 16;
pub const G_PRONOUN: u32 = 1 << 17;
pub const G_COUNTRY: u32 = 1 << 18;
pub const G_MONTHDAY: u32 = 1 << 20;
/// Bits worth looking at on neighbouring tokens.
pub const CONTEXT_BITS: u32 =
    G_FIRST | G_SURNAME | G_TITLE | G_PLACE | G_ORG | G_ORGSUFFIX | G_COUNTRY | 0xff00;

/// Value of a word-table entry with no bits and no clusters.
const NO_CLUSTER: u64 = 0xFFFF_FFFF_0000_0000;
const PH_PLACE: u8 = 1;
const PH_ORG: u8 = 2;

/// Information about a place alias.
#[derive(Debug, Clone)]
pub struct PlaceInfo {
    pub canonical: String,
    pub parents: Vec<String>,
    /// Whether the place is a country (`places.tsv` kind `country`).
    pub is_country: bool,
    pub population: u64,
}

/// All gazetteer data.
#[derive(Default)]
pub struct Gazetteer {
    /// Folded-word hash -> gazetteer bits (low 32) and cluster ids (bits 32..48, 48..64;
    /// 0xFFFF = none): one probe per token serves both.
    words: IdMap<u64>,
    phrases: IdMap<u8>,
    /// Hashes of proper prefixes of phrases, so matching stops as soon as no phrase continues.
    prefixes: IdMap<()>,
    max_phrase: usize,
    /// The places file (parsed on demand: only mentions need the full row, and parsing
    /// 45k rows into owned strings at load time would blow the 50 ms load budget).
    places_text: String,
    /// Hash of folded alias -> (byte offset of its row in `places_text`, population).
    place_idx: IdMap<(u32, u64)>,
    /// Folded alias -> canonical org name.
    pub orgs: FxHashMap<String, String>,
    /// Folded org aliases that win over a place reading (institutions such as "White House";
    /// not companies like "Wall Street", which news and CoNLL treat as a place).
    pub org_over_place: FxHashSet<String>,
    /// Folded-word hash -> gazetteer bits of the names the tagger was not trained with
    /// (`first_names_world.tsv`, `surnames_world.txt`). Kept out of [`Self::lex`] so that
    /// adding a name changes what the rules after the tagger know, not the model's
    /// features: retrained with them as features, the tagger lost 4 held-out and 3 tuning
    /// news-quotes speakers and 0.3 CoNLL dev PER F1 (2026-12-06).
    rule_words: IdMap<u32>,
    /// Folded first-name hash -> Some(true)=male, Some(false)=female, None=either.
    first_names: IdMap<Option<bool>>,
    /// Folded title -> gender if the title implies one.
    pub titles: FxHashMap<String, Option<bool>>,
}

impl Gazetteer {
    /// Is `folded` (a folded mention string) a known place alias?
    pub fn has_place(&self, folded: &str) -> bool {
        self.place_idx.contains_key(&hash_bytes(folded.as_bytes()))
    }

    /// Population of the place a folded mention string names (0 when the gazetteer has no
    /// figure, as for most regions), or `None` when it names no place.
    pub fn place_population(&self, folded: &str) -> Option<u64> {
        self.place_idx
            .get(&hash_bytes(folded.as_bytes()))
            .map(|&(_, p)| p)
    }

    /// Canonical place for a folded mention string.
    pub fn place(&self, folded: &str) -> Option<PlaceInfo> {
        let &(off, population) = self.place_idx.get(&hash_bytes(folded.as_bytes()))?;
        let line = self.places_text.get(off as usize..)?.split('\n').next()?;
        let mut f = line.split('\t');
        let _alias = f.next()?;
        let canonical = f.next()?.to_string();
        let is_country = f.next()? == "country";
        let parents = f
            .nth(1)?
            .split('|')
            .filter(|p| !p.is_empty())
            .map(|p| p.to_string())
            .collect();
        Some(PlaceInfo {
            canonical,
            parents,
            is_country,
            population,
        })
    }

    /// Gender of a first name: Some(Some(true)) male, Some(Some(false)) female,
    /// Some(None) unisex, None unknown.
    pub fn first_name_gender(&self, name: &str) -> Option<Option<bool>> {
        self.first_names.get(&folded_hash(name)).copied()
    }

    /// Gazetteer bits and cluster ids of a folded-token hash.
    #[inline]
    pub fn lex(&self, h: u64) -> (u32, [u16; 2]) {
        let v = self.words.get(&h).copied().unwrap_or(NO_CLUSTER);
        (v as u32, [(v >> 32) as u16, (v >> 48) as u16])
    }

    /// Merge word clusters (shipped in the model) into the per-token lookup table.
    pub fn attach_clusters(&mut self, c: &super::clusters::ClusterMap) {
        self.words.reserve(c.len());
        for (&h, cl) in c {
            let e = self.words.entry(h).or_insert(NO_CLUSTER);
            *e = (*e & 0xFFFF_FFFF) | (cl[0] as u64) << 32 | (cl[1] as u64) << 48;
        }
    }

    /// Token-level membership bits for a folded-token hash.
    #[inline]
    pub fn token_flags(&self, h: u64) -> u32 {
        self.tagger_flags(h) | self.rule_words.get(&h).copied().unwrap_or(0)
    }

    /// The bits the tagger sees as features ([`Self::lex`]), without the names only the
    /// rules after it know: truecasing feeds the tagger, so it must read these.
    #[inline]
    pub fn tagger_flags(&self, h: u64) -> u32 {
        self.words.get(&h).map_or(0, |&v| v as u32)
    }

    /// Bits of a name only the rules after the tagger know (see `rule_words`): 0 for a
    /// word the tagger's own lists hold with the same bits.
    #[inline]
    pub fn rule_only_flags(&self, h: u64) -> u32 {
        self.rule_words.get(&h).copied().unwrap_or(0)
    }

    /// A name the rules after the tagger know but its features do not (the world lists),
    /// unless a feature list has it already.
    fn add_rule_word(&mut self, w: &str, bit: u32) {
        let h = folded_hash(w);
        if self.tagger_flags(h) & bit == 0 {
            *self.rule_words.entry(h).or_insert(0) |= bit;
        }
    }

    fn add_word(&mut self, w: &str, bit: u32) {
        *self.words.entry(folded_hash(w)).or_insert(NO_CLUSTER) |= bit as u64;
    }

    fn add_phrase(&mut self, p: &str, kind: u8) {
        let mut hs = [0u64; 8];
        let mut n = 0;
        if p.bytes().all(|b| b.is_ascii_alphanumeric() || b == b' ') {
            // fast path (most aliases): plain words split exactly as the tokenizer would
            for w in p.split(' ').filter(|w| !w.is_empty()) {
                if n == hs.len() {
                    return;
                }
                hs[n] = folded_hash(w);
                n += 1;
            }
        } else {
            let (toks, _) = tokenize(p);
            if toks.len() > hs.len() {
                return;
            }
            for t in &toks {
                hs[n] = folded_hash(&p[t.start..t.end]);
                n += 1;
            }
        }
        self.add_phrase_hashes(&hs[..n], kind);
    }

    fn add_phrase_hashes(&mut self, hs: &[u64], kind: u8) {
        let n = hs.len();
        if n == 0 {
            return;
        }
        let mut h = PHRASE_SEED;
        for (k, &th) in hs.iter().enumerate() {
            h = phrase_step(h, th);
            if k + 1 < n {
                self.prefixes.insert(h, ());
            }
        }
        *self.phrases.entry(h).or_default() |= kind;
        self.max_phrase = self.max_phrase.max(n);
    }

    /// Mark longest gazetteer phrase matches (places, orgs) in a sentence as BILU bits.
    /// Only capitalised tokens can start a match, which keeps this cheap.
    pub fn mark_phrases(&self, sent: &mut [TokInfo]) {
        if self.max_phrase == 0 {
            return;
        }
        let n = sent.len();
        let mut i = 0;
        while i < n {
            if sent[i].flags & F_CAP == 0 {
                i += 1;
                continue;
            }
            let mut h = PHRASE_SEED;
            let mut best: Option<(usize, u8)> = None;
            for (j, t) in sent
                .iter()
                .enumerate()
                .take(n.min(i + self.max_phrase))
                .skip(i)
            {
                h = phrase_step(h, t.lower);
                if let Some(&k) = self.phrases.get(&h) {
                    best = Some((j + 1, k));
                }
                if !self.prefixes.contains_key(&h) {
                    break;
                }
            }
            match best {
                Some((end, kind)) => {
                    for (bit, kk) in [(G_PH_PLACE, PH_PLACE), (G_PH_ORG, PH_ORG)] {
                        if kind & kk == 0 {
                            continue;
                        }
                        if end - i == 1 {
                            sent[i].gaz |= 1 << (bit + 3);
                        } else {
                            sent[i].gaz |= 1 << bit;
                            for t in &mut sent[i + 1..end - 1] {
                                t.gaz |= 1 << (bit + 1);
                            }
                            sent[end - 1].gaz |= 1 << (bit + 2);
                        }
                    }
                    i = end;
                }
                None => i += 1,
            }
        }
    }

    /// Build from the text of the data files (see data/README.md for formats).
    pub fn from_sources(src: &Sources) -> Gazetteer {
        let mut g = Gazetteer::default();
        for w in LEGAL_FORMS.iter().chain(ORG_SUFFIXES) {
            g.add_word(w, G_ORGSUFFIX);
        }
        for w in GAZETTEER_PRONOUNS {
            g.add_word(w, G_PRONOUN);
        }
        for w in MONTHDAYS {
            g.add_word(w, G_MONTHDAY);
        }
        parse_sources(&mut g, src);
        g
    }
}

/// Raw text of the gazetteer files.
pub struct Sources<'a> {
    pub places: &'a str,
    pub first_names: &'a str,
    /// First names of Ireland, South Asia and Africa the US-derived list lacks (a hand
    /// list, `first_names_world.tsv`), in the same format.
    pub first_names_world: &'a str,
    pub surnames: &'a str,
    /// Surnames of the same regions (`surnames_world.txt`).
    pub surnames_world: &'a str,
    pub titles: &'a str,
    pub orgs: &'a str,
    /// Organisation aliases for canonical names only: not tagger features, so adding one
    /// needs no retraining (`orgs.tsv` rows are features the shipped model was trained
    /// with).
    pub org_aliases: &'a str,
    /// Place rows (as in `places.tsv`) for canonical names only: not tagger features, so
    /// adding one needs no retraining.
    pub place_aliases: &'a str,
    pub common_words: &'a str,
}

/// The data files embedded at compile time.
pub fn embedded_sources() -> Sources<'static> {
    Sources {
        places: include_str!("../../data/places.tsv"),
        first_names: include_str!("../../data/first_names.tsv"),
        first_names_world: include_str!("../../data/first_names_world.tsv"),
        surnames: include_str!("../../data/surnames.txt"),
        surnames_world: include_str!("../../data/surnames_world.txt"),
        titles: TITLES_TSV,
        orgs: include_str!("../../data/orgs.tsv"),
        org_aliases: include_str!("../../data/org_aliases.tsv"),
        place_aliases: include_str!("../../data/place_aliases.tsv"),
        common_words: include_str!("../../data/common_words.txt"),
    }
}

fn gender_of(s: &str) -> Option<bool> {
    match s.trim() {
        "m" => Some(true),
        "f" => Some(false),
        _ => None,
    }
}

/// Parse the data files (formats in data/README.md). Malformed lines are skipped: the files
/// are generated, and a bad line must not take the extractor down.
fn parse_sources(g: &mut Gazetteer, src: &Sources) {
    // places: alias canonical kind country_code parents population flags also
    g.places_text = src.places.to_string();
    g.words.reserve(100_000);
    g.phrases.reserve(50_000);
    g.prefixes.reserve(20_000);
    g.place_idx.reserve(50_000);
    let text = src.places;
    let mut off = 0usize;
    for (ln, line) in text.split('\n').enumerate() {
        let row_off = off;
        off += line.len() + 1;
        if ln == 0 {
            continue;
        }
        // hand-rolled tab split: this loop runs 45k times at load and str::split is slow here
        let mut fields = [""; 7];
        let mut nf = 0;
        let mut start = 0;
        for (k, &c) in line.as_bytes().iter().enumerate() {
            if c == b'\t' {
                if nf < fields.len() {
                    fields[nf] = &line[start..k];
                }
                nf += 1;
                start = k + 1;
            }
        }
        if nf < fields.len() {
            fields[nf] = &line[start..];
        }
        nf += 1;
        if nf < 6 {
            continue;
        }
        let [alias, canonical, kind, _cc, _parents, pop, flags] = fields;
        if alias.is_empty() {
            continue;
        }
        let population: u64 = pop.parse().unwrap_or(0);
        // fold once; the key and (for plain aliases) the word hashes come from this buffer
        let mut buf = [0u8; 160];
        let n = fold_into(alias, &mut buf);
        let key = hash_bytes(&buf[..n]);
        // first row for a folded key wins, except that a bigger primary name replaces it
        let better = match g.place_idx.get(&key) {
            None => true,
            Some(&(_, old_pop)) => alias == canonical && old_pop < population,
        };
        if better {
            g.place_idx.insert(key, (row_off as u32, population));
        }
        if !flags.is_empty() && flags.contains("common_word") {
            continue;
        }
        let major = population >= 1_000_000 || matches!(kind, "country" | "region");
        let bits = if major { G_PLACE | G_COUNTRY } else { G_PLACE };
        if n < buf.len()
            && alias
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b' ')
        {
            let mut hs = [0u64; 8];
            let mut k = 0;
            for w in buf[..n].split(|&b| b == b' ').filter(|w| !w.is_empty()) {
                if k == hs.len() {
                    k = 0;
                    break;
                }
                hs[k] = hash_bytes(w);
                k += 1;
            }
            g.add_phrase_hashes(&hs[..k], PH_PLACE);
            if k == 1 {
                *g.words.entry(hs[0]).or_insert(NO_CLUSTER) |= bits as u64;
            }
        } else {
            g.add_place_phrase(alias);
            if !alias.contains(' ') {
                g.add_word(alias, bits);
            }
        }
    }
    // canonical-only place rows: looked up like the others, never token features
    for line in src.place_aliases.lines().skip(1) {
        let Some(alias) = line.split('\t').next().filter(|a| !a.is_empty()) else {
            continue;
        };
        let row_off = g.places_text.len();
        g.places_text.push_str(line);
        g.places_text.push('\n');
        g.place_idx
            .entry(hash_bytes(fold_string(alias).as_bytes()))
            .or_insert((row_off as u32, 0));
    }
    let world = |line: &str| !line.is_empty() && !line.starts_with("name\t");
    let first_names = src.first_names.lines().skip(1).map(|l| (l, false));
    let world_first = src.first_names_world.lines().filter(|l| world(l));
    for (line, from_world) in first_names.chain(world_first.map(|l| (l, true))) {
        let Some((n, gen)) = line.split_once('\t') else {
            continue;
        };
        let gen = gender_of(gen);
        let bit = G_FIRST
            | match gen {
                Some(true) => G_FIRST_M,
                Some(false) => G_FIRST_F,
                None => 0,
            };
        if from_world {
            g.add_rule_word(n, bit);
        } else {
            g.add_word(n, bit);
        }
        g.first_names.entry(folded_hash(n)).or_insert(gen);
    }
    for line in src.surnames.lines().filter(|l| !l.is_empty()) {
        g.add_word(line, G_SURNAME);
    }
    for line in src.surnames_world.lines().filter(|l| world(l)) {
        g.add_rule_word(line, G_SURNAME);
    }
    for line in src.titles.lines().skip(1) {
        let mut cols = line.split('\t');
        let (Some(t), Some(gen), uses) = (cols.next(), cols.next(), cols.next()) else {
            continue;
        };
        // `q` only: a word a quote's speaker may start with, not a title the tagger knows
        if uses.is_some_and(|u| !u.contains('t')) {
            continue;
        }
        g.titles.insert(fold_string(t), gender_of(gen));
        // the word right before a name is what the tagger sees ("prime minister" -> "minister")
        if let Some(last) = t.split(' ').next_back() {
            g.add_word(last, G_TITLE);
        }
    }
    for line in src.orgs.lines().skip(1) {
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() < 2 || f[0].is_empty() {
            continue;
        }
        g.orgs.insert(fold_string(f[0]), f[1].to_string());
        if f.len() > 2 && matches!(f[2], "govt" | "intl" | "armed" | "party" | "ngo") {
            g.org_over_place.insert(fold_string(f[0]));
        }
        g.add_org_phrase(f[0]);
        if !f[0].contains(' ') {
            g.add_word(f[0], G_ORG);
        }
    }
    for line in src.org_aliases.lines().skip(1) {
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() < 2 || f[0].is_empty() {
            continue;
        }
        g.orgs.insert(fold_string(f[0]), f[1].to_string());
        if f.len() > 2 && matches!(f[2], "govt" | "intl" | "armed" | "party" | "ngo") {
            g.org_over_place.insert(fold_string(f[0]));
        }
    }
    for line in src.common_words.lines() {
        if !line.is_empty() {
            g.add_word(line, G_COMMON);
        }
    }
}

impl Gazetteer {
    /// Used by [`parse_sources`]; kept public for tests.
    pub fn add_place_phrase(&mut self, p: &str) {
        self.add_phrase(p, PH_PLACE);
    }
    /// Used by [`parse_sources`]; kept public for tests.
    pub fn add_org_phrase(&mut self, p: &str) {
        self.add_phrase(p, PH_ORG);
    }
}
