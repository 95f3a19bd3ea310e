//! English stemming with a memory: tantivy's Snowball stemmer, called once per distinct word.
//!
//! Stemming was about a quarter of indexing CPU, nearly all of it spent re-stemming words
//! seen moments before: news vocabulary is Zipfian, so after a few thousand articles almost
//! every token is a repeat, and a hash lookup costs a fraction of running the algorithm.
//! The stems are tantivy's own (a miss runs its `Stemmer`), so an index written with the
//! cache answers exactly like one written without it.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use tantivy::tokenizer::{
    Language, RawTokenizer, Stemmer, TextAnalyzer, Token, TokenFilter, TokenStream, Tokenizer,
};

/// Distinct words remembered before the cache starts over: bounds memory (about 100 bytes a
/// word, so ~10 MB per stemmed field per indexing thread) on corpora full of rare tokens,
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

/// Hashes a word in one call: `str` keys reach a hasher as one `write` of the bytes and one
/// `write_u8`, and a streaming hasher (buffering, then finishing) cost more than the lookup.
#[derive(Default)]
struct WordHasher(u64);

impl Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        self.0 = xxhash_rust::xxh3::xxh3_64_with_seed(bytes, self.0);
    }

    fn write_u8(&mut self, byte: u8) {
        self.0 = self.0.rotate_left(8) ^ u64::from(byte);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

struct StemCache {
    stems: HashMap<Box<str>, Box<str>, BuildHasherDefault<WordHasher>>,
    /// tantivy's stemmer, for words not seen yet.
    stemmer: TextAnalyzer,
}

impl StemCache {
    fn new() -> StemCache {
        StemCache {
            stems: HashMap::default(),
            stemmer: TextAnalyzer::builder(RawTokenizer::default())
                .filter(Stemmer::new(Language::English))
                .build(),
        }
    }

    /// Replaces `word` with its stem, without allocating when the word was seen before.
    fn stem_in_place(&mut self, word: &mut String) {
        if let Some(stem) = self.stems.get(word.as_str()) {
            if **stem != **word {
                word.clear();
                word.push_str(stem);
            }
            return;
        }
        let stem = self.stem_uncached(word);
        if self.stems.len() >= MAX_WORDS {
            self.stems.clear();
        }
        self.stems
            .insert(word.as_str().into(), stem.as_str().into());
        *word = stem;
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
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("sample_corpus");
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
        assert!(cache.stems.len() <= MAX_WORDS);
        let mut word = "running".to_owned();
        cache.stem_in_place(&mut word);
        assert_eq!(word, "run");
    }
}
