//! Which language an article is in, so that the English tagger and quote rules run only on
//! English: on a German story every noun is capitalised, and on a Japanese shop page
//! ("ヘッドポーター", "値段別カテゴリ") any run of script looks like a name to them.

use crate::lexicon::{ENGLISH_MARKERS, FOREIGN_MARKERS};
use rustc_hash::FxHashMap;
use serde::Serialize;
use std::sync::OnceLock;

/// Bytes of an article's text looked at: a few paragraphs tell the language, and a long
/// text costs no more to detect than a short one.
const SAMPLE_BYTES: usize = 4096;
/// Bytes the trigram detector reads: it costs in proportion, and a kilobyte tells the
/// language of every foreign page of the shared corpora as four do (only 5 Reuters tables
/// of 24,000 articles swap "eng" and unknown), at a quarter of the cost: at 4 KB it took
/// 4.7% of indexing BBC + Reuters.
const TRIGRAM_BYTES: usize = 1024;
/// Below this much text the detector is not trusted, and the article is read as English
/// (headlines, flashes).
const MIN_BYTES: usize = 120;
/// Detections less confident than this leave the article read as English: mixed pages
/// (English with a foreign quote) are English to a reader.
const MIN_CONFIDENCE: f64 = 0.5;

/// An article's language: an ISO 639-3 code ("eng", "deu", "hin", "zul"), and whether the
/// English extraction runs on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Language {
    /// ISO 639-3 code.
    pub code: &'static str,
    /// Whether the detector was sure; an unsure one is taken for English.
    pub reliable: bool,
}

impl Language {
    /// Is the text English, or too short or mixed to tell (read as English then)?
    pub fn reads_as_english(&self) -> bool {
        self.code == "eng" || !self.reliable
    }
}

/// The language of `text`, or `None` when there is too little running text to tell (a
/// flash, a results table).
pub fn detect(text: &str) -> Option<Language> {
    let sample = &text[..text.floor_char_boundary(SAMPLE_BYTES)];
    if sample.trim().len() < MIN_BYTES {
        return None;
    }
    let bytes = sample.as_bytes();
    // English is the common case, and its rate in a short text is trusted as it is
    let english = english_hits(bytes, english_enough(bytes.len())) * 1024 / bytes.len();
    if english >= ENGLISH_PER_KB {
        return Some(Language {
            code: "eng",
            reliable: true,
        });
    }
    let own = ForeignWords::count(bytes);
    let settles =
        |code: &str, needed: usize| own.of(code).is_some_and(|n| n >= needed && 2 * english < n);
    if !is_prose(bytes) {
        // A table or a list: the trigram detector would cost more here than all the rest of
        // extraction, and guess; only a language's own words settle it.
        let code = own.most()?;
        return settles(code, OWN_WORDS_UNSURE).then_some(Language {
            code,
            reliable: true,
        });
    }
    let info = whatlang::detect(&sample[..sample.floor_char_boundary(TRIGRAM_BYTES)])?;
    let code = info.lang().code();
    let sure = info.is_reliable() && info.confidence() >= MIN_CONFIDENCE;
    let reliable = match own.of(code) {
        Some(_) => settles(
            code,
            if sure {
                OWN_WORDS_SURE
            } else {
                OWN_WORDS_UNSURE
            },
        ),
        None => sure,
    };
    Some(Language { code, reliable })
}

/// English function words per kilobyte that settle a text as English: news English has
/// 25-40, other languages written in Latin script (German, Dutch, isiZulu) under 3.
/// Counting them is a memchr-speed scan, where the trigram detector costs about as much as
/// the rest of extraction; it runs only when this fails.
const ENGLISH_PER_KB: usize = 8;
/// The detected language's own function words per kilobyte that make an unsure detection
/// sure, when English ones are fewer than half as frequent: a German forum's front page
/// has 6 and more.
const OWN_WORDS_UNSURE: usize = 4;
/// The same that a sure detection needs to stand: English wire tables ("Shr 13 cts vs 12
/// cts") have none, running French or German prose 20 and more.
const OWN_WORDS_SURE: usize = 2;
/// Running text is mostly lower-case letters (or letters of other scripts): 70-95% of the
/// first kilobyte of every foreign page of the shared corpora, against 0-55% for 2,200 of
/// the 2,600 Reuters tables and lists that are not plainly English. A German site's
/// navigation (45%) is settled by its own words instead.
const PROSE_LETTERS_PERCENT: usize = 55;

/// [`ENGLISH_MARKERS`] in `bytes`, counted until `enough` (a rate that already settles the
/// text as English needs no exact count): on news English the first marker or two settle
/// it, and the searchers are built once, not per article (building and running all twelve
/// on every text was ~1.4% of extraction on BBC + Reuters).
fn english_hits(bytes: &[u8], enough: usize) -> usize {
    static FINDERS: OnceLock<Vec<memchr::memmem::Finder<'static>>> = OnceLock::new();
    let finders = FINDERS.get_or_init(|| {
        ENGLISH_MARKERS
            .iter()
            .map(memchr::memmem::Finder::new)
            .collect()
    });
    let mut hits = 0;
    for finder in finders {
        for _ in finder.find_iter(bytes) {
            hits += 1;
            if hits >= enough {
                return hits;
            }
        }
    }
    hits
}

/// The fewest English markers in `len` bytes that make [`ENGLISH_PER_KB`] per kilobyte.
fn english_enough(len: usize) -> usize {
    (ENGLISH_PER_KB * len).div_ceil(1024)
}

/// `hits` in `bytes` as a rate per kilobyte; a text shorter than a kilobyte counts as one,
/// so that one " en " in a 150-byte earnings table is not 7 Afrikaans words per kilobyte.
fn per_kb(bytes: &[u8], hits: usize) -> usize {
    hits * 1024 / bytes.len().max(1024)
}

fn is_prose(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(1024)];
    let letters = head
        .iter()
        .filter(|&&b| b.is_ascii_lowercase() || b >= 0x80)
        .count();
    letters * 100 >= PROSE_LETTERS_PERCENT * head.len()
}

/// Per kilobyte, the function words of each language of [`FOREIGN_MARKERS`] in a text,
/// counted in one pass over its words.
struct ForeignWords([usize; FOREIGN_MARKERS.len()]);

impl ForeignWords {
    fn count(bytes: &[u8]) -> ForeignWords {
        static WORDS: OnceLock<FxHashMap<&'static [u8], u32>> = OnceLock::new();
        let words = WORDS.get_or_init(|| {
            let mut map: FxHashMap<&'static [u8], u32> = FxHashMap::default();
            for (k, (_, list)) in FOREIGN_MARKERS.iter().enumerate() {
                for w in *list {
                    *map.entry(w.trim_ascii()).or_default() |= 1 << k;
                }
            }
            map
        });
        let mut hits = [0; FOREIGN_MARKERS.len()];
        for word in bytes.split(|b| b.is_ascii_whitespace()) {
            if let Some(&langs) = words.get(word) {
                for (k, h) in hits.iter_mut().enumerate() {
                    *h += (langs >> k) as usize & 1;
                }
            }
        }
        ForeignWords(hits.map(|h| per_kb(bytes, h)))
    }

    /// The rate for `code`, if it has a word list.
    fn of(&self, code: &str) -> Option<usize> {
        let k = FOREIGN_MARKERS.iter().position(|(c, _)| *c == code)?;
        Some(self.0[k])
    }

    /// The language whose words are most frequent, if any are there.
    fn most(&self) -> Option<&'static str> {
        let (k, &n) = self.0.iter().enumerate().max_by_key(|&(_, n)| *n)?;
        (n > 0).then(|| FOREIGN_MARKERS[k].0)
    }
}

/// A language given by its ISO 639-1 (`en`), 639-3 (`eng`) code or English name
/// (`English`), as its 639-3 code; `None` for an unknown one.
pub fn language_code(name: &str) -> Option<&'static str> {
    let lower = name.trim().to_ascii_lowercase();
    if let Some(lang) = whatlang::Lang::from_code(&lower) {
        return Some(lang.code());
    }
    if let Some(&(_, code)) = TWO_LETTER.iter().find(|(two, _)| *two == lower) {
        return Some(code);
    }
    whatlang::Lang::all()
        .iter()
        .find(|l| l.eng_name().eq_ignore_ascii_case(&lower))
        .map(|l| l.code())
}

/// ISO 639-1 codes of the languages the detector knows, for `--lang en`.
const TWO_LETTER: &[(&str, &str)] = &[
    ("af", "afr"),
    ("ak", "aka"),
    ("am", "amh"),
    ("ar", "ara"),
    ("az", "aze"),
    ("be", "bel"),
    ("bg", "bul"),
    ("bn", "ben"),
    ("ca", "cat"),
    ("cs", "ces"),
    ("cy", "cym"),
    ("da", "dan"),
    ("de", "deu"),
    ("el", "ell"),
    ("en", "eng"),
    ("eo", "epo"),
    ("es", "spa"),
    ("et", "est"),
    ("fa", "pes"),
    ("fi", "fin"),
    ("fr", "fra"),
    ("gu", "guj"),
    ("he", "heb"),
    ("hi", "hin"),
    ("hr", "hrv"),
    ("hu", "hun"),
    ("hy", "hye"),
    ("id", "ind"),
    ("it", "ita"),
    ("ja", "jpn"),
    ("jv", "jav"),
    ("ka", "kat"),
    ("km", "khm"),
    ("kn", "kan"),
    ("ko", "kor"),
    ("la", "lat"),
    ("lt", "lit"),
    ("lv", "lav"),
    ("mk", "mkd"),
    ("ml", "mal"),
    ("mr", "mar"),
    ("my", "mya"),
    ("ne", "nep"),
    ("nl", "nld"),
    ("nb", "nob"),
    ("no", "nob"),
    ("or", "ori"),
    ("pa", "pan"),
    ("pl", "pol"),
    ("pt", "por"),
    ("ro", "ron"),
    ("ru", "rus"),
    ("si", "sin"),
    ("sk", "slk"),
    ("sl", "slv"),
    ("sn", "sna"),
    ("sr", "srp"),
    ("sv", "swe"),
    ("ta", "tam"),
    ("te", "tel"),
    ("th", "tha"),
    ("tk", "tuk"),
    ("tl", "tgl"),
    ("tr", "tur"),
    ("uk", "ukr"),
    ("ur", "urd"),
    ("uz", "uzb"),
    ("vi", "vie"),
    ("yi", "yid"),
    ("zh", "cmn"),
    ("zu", "zul"),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_and_names() {
        assert_eq!(language_code("en"), Some("eng"));
        assert_eq!(language_code("eng"), Some("eng"));
        assert_eq!(language_code("German"), Some("deu"));
        assert_eq!(language_code("klingon"), None);
    }
}
