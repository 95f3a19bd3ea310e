//! English stemming with a memory: tantivy's Snowball stemmer, called once per distinct word.
//!
//! Stemming was about a quarter of indexing CPU, nearly all of it spent re-stemming words
//! seen moments before: news vocabulary is Zipfian, so after a few thousand articles almost
//! every token is a repeat, and a hash lookup costs a fraction of running the algorithm.
//! The stems are tantivy's own (a miss runs its `Stemmer`), so an index written with the
//! cache answers exactly like one written without it.

use tantivy::tokenizer::{
    Language, RawTokenizer, Stemmer, TextAnalyzer, Token, TokenFilter, TokenStream, Tokenizer,
};

/// Distinct words remembered before the cache starts over: bounds memory (about 40 bytes a
/// word, so ~4 MB per stemmed field per indexing thread) on corpora full of rare tokens,
/// while the 100k most frequent words cover nearly every token of news text.
const MAX_WORDS: usize = 100_000;

/// A [`TokenFilter`] giving the same tokens as tantivy's English [`Stemmer`], faster.
#[derive(Clone, Copy, Default)]
pub struct CachedStemmer;

impl TokenFilter for CachedStemmer {
    type Tokenizer<T: Tokenizer> = CachedStemmerFilter<T>;

    fn transform<T: Tokenizer>(self, inner: T) -> CachedStemmerFilter<T> {
        CachedStemmerFilter {
            inner,
            cache: StemCache::new(),
        }
    }
}

/// One analyzer instance's tokenizer and cache: tantivy clones analyzers per indexing thread
/// and per query, so the cache is never shared and needs no lock.
#[derive(Clone)]
pub struct CachedStemmerFilter<T> {
    inner: T,
    cache: StemCache,
}

impl<T: Tokenizer> Tokenizer for CachedStemmerFilter<T> {
    type TokenStream<'a> = CachedStemmerStream<'a, T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        CachedStemmerStream {
            tail: self.inner.token_stream(text),
            cache: &mut self.cache,
        }
    }
}

pub struct CachedStemmerStream<'a, S> {
    tail: S,
    cache: &'a mut StemCache,
}

impl<S: TokenStream> TokenStream for CachedStemmerStream<'_, S> {
    fn advance(&mut self) -> bool {
        if !self.tail.advance() {
            return false;
        }
        self.cache.stem_in_place(&mut self.tail.token_mut().text);
        true
    }

    fn token(&self) -> &Token {
        self.tail.token()
    }

    fn token_mut(&mut self) -> &mut Token {
        self.tail.token_mut()
    }
}

/// Where a cached word and its stem sit in [`StemCache::words`].
#[derive(Clone, Copy)]
struct Entry {
    start: u32,
    word_len: u8,
    /// `None`: the stem is the word itself (most words), so nothing is copied on a hit.
    stem_len: Option<u8>,
}

/// Words and stems are stored back to back in one string, found through a map from the
/// word's 64-bit hash: a hit costs one probe of a compact table and one read of adjacent
/// bytes, where a map of boxed strings chased one pointer to the key and another to the
/// stem (a cache miss each, ~6% of indexing time in `memcmp` on the key).
struct StemCache {
    entries: nohash_hasher::IntMap<u64, Entry>,
    /// Each cached word followed by its stem when that differs.
    words: String,
    /// tantivy's stemmer, for words not seen yet.
    stemmer: TextAnalyzer,
}

impl StemCache {
    fn new() -> StemCache {
        StemCache {
            entries: Default::default(),
            words: String::new(),
            stemmer: TextAnalyzer::builder(RawTokenizer::default())
                .filter(Stemmer::new(Language::English))
                .build(),
        }
    }

    /// Replaces `word` with its stem, without allocating when the word was seen before.
    fn stem_in_place(&mut self, word: &mut String) {
        let hash = xxhash_rust::xxh3::xxh3_64(word.as_bytes());
        if let Some(&entry) = self.entries.get(&hash) {
            let start = entry.start as usize;
            let stem_start = start + usize::from(entry.word_len);
            if self.words.get(start..stem_start) == Some(word.as_str()) {
                if let Some(len) = entry.stem_len {
                    word.clear();
                    word.push_str(&self.words[stem_start..stem_start + usize::from(len)]);
                }
                return;
            }
            // Another word with the same hash (vanishingly rare): stem it uncached.
            *word = self.stem_uncached(word);
            return;
        }
        let stem = self.stem_uncached(word);
        self.remember(hash, word, &stem);
        *word = stem;
    }

    fn remember(&mut self, hash: u64, word: &str, stem: &str) {
        let (Ok(word_len), Ok(stem_len)) = (u8::try_from(word.len()), u8::try_from(stem.len()))
        else {
            return; // Longer than any real word: not worth a slot.
        };
        if self.entries.len() >= MAX_WORDS {
            self.entries.clear();
            self.words.clear();
        }
        let entry = Entry {
            start: self.words.len() as u32,
            word_len,
            stem_len: (stem != word).then_some(stem_len),
        };
        self.words.push_str(word);
        if entry.stem_len.is_some() {
            self.words.push_str(stem);
        }
        self.entries.insert(hash, entry);
    }

    fn stem_uncached(&mut self, word: &str) -> String {
        let mut stream = self.stemmer.token_stream(word);
        if stream.advance() {
            stream.token().text.clone()
        } else {
            word.to_owned()
        }
    }
}

/// A clone starts with an empty cache: copying a full one would cost more than refilling it.
impl Clone for StemCache {
    fn clone(&self) -> StemCache {
        StemCache::new()
    }
}

#[cfg(test)]
mod tests {
    use tantivy::tokenizer::{AsciiFoldingFilter, LowerCaser, RemoveLongFilter, SimpleTokenizer};

    use super::*;

    fn tokens(analyzer: &mut TextAnalyzer, text: &str) -> Vec<Token> {
        let mut out = Vec::new();
        let mut stream = analyzer.token_stream(text);
        while stream.advance() {
            out.push(stream.token().clone());
        }
        out
    }

    fn chain(stemmer: impl TokenFilter) -> TextAnalyzer {
        TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(RemoveLongFilter::limit(40))
            .filter(LowerCaser)
            .filter(AsciiFoldingFilter)
            .filter(stemmer)
            .build()
    }

    /// Every article of the sample corpus, twice through the same analyzer (the second time
    /// from a warm cache), gives exactly tantivy's tokens: text, offsets and positions.
    #[test]
    fn same_tokens_as_tantivys_stemmer_on_the_sample_corpus() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../sample_corpus");
        let mut stock = chain(Stemmer::new(Language::English));
        let mut cached = chain(CachedStemmer);
        let mut compared = 0;
        for entry in walkdir::WalkDir::new(&root) {
            let entry = entry.expect("walking sample_corpus");
            if !entry.file_type().is_file() {
                continue;
            }
            let bytes = std::fs::read(entry.path()).expect("reading a sample article");
            let text = String::from_utf8_lossy(&bytes);
            let expected = tokens(&mut stock, &text);
            assert_eq!(
                tokens(&mut cached, &text),
                expected,
                "{}",
                entry.path().display()
            );
            assert_eq!(
                tokens(&mut cached, &text),
                expected,
                "{}",
                entry.path().display()
            );
            compared += expected.len();
        }
        assert!(compared > 100_000, "only {compared} tokens compared");
    }

    #[test]
    fn a_full_cache_starts_over() {
        let mut cache = StemCache::new();
        for i in 0..MAX_WORDS + 10 {
            let mut word = format!("running{i}");
            cache.stem_in_place(&mut word);
        }
        assert!(cache.entries.len() <= MAX_WORDS);
        assert!(cache.words.len() < MAX_WORDS * 40);
        let mut word = "running".to_owned();
        cache.stem_in_place(&mut word);
        assert_eq!(word, "run");
    }
}
