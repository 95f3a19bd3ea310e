//! The tantivy schema, defined in one place.
//!
//! One index holds three kinds of documents, told apart by the `kind` field, so that an
//! article, its quotes and the file state that incremental indexing compares are always
//! committed together: a crash can never leave quotes without their article or a file
//! recorded as indexed when its articles are not.

use tantivy::schema::{
    Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, FAST, INDEXED, STORED, STRING,
};
use tantivy::tokenizer::{
    AsciiFoldingFilter, LowerCaser, RawTokenizer, RemoveLongFilter, SimpleTokenizer, TextAnalyzer,
};

/// Longest whole name indexed (bytes): longer "names" are extraction accidents.
const MAX_NAME_BYTES: usize = 200;
use tantivy::Index;

/// Stemmed English text (tantivy's Snowball stems, cached: see [`super::stem`]): title,
/// body, quotes.
pub const NEWS_TOKENIZER: &str = "news";
/// Case- and diacritic-insensitive words, not stemmed: names, places, sources, speakers.
pub const NAME_TOKENIZER: &str = "names";
/// A whole name, case- and diacritic-insensitive: what the exact name fields hold, so a
/// name's articles can be counted and "Reagan" alone told from "Ronald Reagan".
pub const EXACT_TOKENIZER: &str = "exact";

/// `kind` of an article document.
pub const KIND_ARTICLE: &str = "article";
/// `kind` of a quote document (one per quote, beside its article).
pub const KIND_QUOTE: &str = "quote";
/// `kind` of a file-state document (see the `state` module).
pub const KIND_FILE: &str = "file";

/// Field names, for code that reads fast fields or names a field by its string (facets,
/// sorting). Everything else uses [`Fields`].
pub mod field {
    #![allow(missing_docs)] // each is its field's name; see [`super::Fields`]
    pub const KIND: &str = "kind";
    pub const ARTICLE_KEY: &str = "article_key";
    pub const QUOTE_OF: &str = "quote_of";
    pub const FILE_ID: &str = "file_id";
    pub const PATH: &str = "path";
    pub const RECORD: &str = "record";
    pub const TITLE: &str = "title";
    pub const ARTICLE_TITLE: &str = "article_title";
    pub const BODY: &str = "body";
    pub const DATE: &str = "date";
    pub const SOURCE: &str = "source";
    pub const SOURCE_FACET: &str = "source_facet";
    pub const URL: &str = "url";
    pub const AUTHOR: &str = "author";
    pub const DATELINE: &str = "dateline";
    pub const PERSON: &str = "person";
    pub const PLACE: &str = "place";
    pub const ORG: &str = "org";
    pub const PLACE_WITHIN: &str = "place_within";
    pub const PERSON_FACET: &str = "person_facet";
    pub const PERSON_NAME: &str = "person_name";
    pub const LANG: &str = "lang";
    pub const PLACE_NAME: &str = "place_name";
    pub const ORG_NAME: &str = "org_name";
    pub const PLACE_FACET: &str = "place_facet";
    pub const ORG_FACET: &str = "org_facet";
    pub const QUOTE: &str = "quote";
    pub const SPEAKER: &str = "speaker";
    pub const SPEAKER_FACET: &str = "speaker_facet";
    pub const SPEAKER_NAME: &str = "speaker_name";
    pub const SPEAKER_MENTION: &str = "speaker_mention";
    pub const SPEAKER_KIND: &str = "speaker_kind";
    pub const PARTIAL: &str = "partial";
    pub const ROOT_ID: &str = "root_id";
    pub const FILE_SIZE: &str = "file_size";
    pub const FILE_MTIME: &str = "file_mtime";
    pub const FILE_HASH: &str = "file_hash";
    pub const FILE_ARTICLES: &str = "file_articles";
    pub const ROOT: &str = "root";
    pub const TEXT_LAYOUT: &str = "text_layout";
}

/// Every field, resolved once.
#[derive(Debug, Clone)]
pub struct Fields {
    /// Which of the three document kinds (`KIND_*`) this is.
    pub kind: Field,
    /// The article id as a number, on articles and their quotes. Shown to users as 16 hex
    /// digits (`corpus::id_string`). Not indexed: a term unique to every article cost ~10% of
    /// text-only indexing CPU (tantivy's term dictionary), and only quotes need looking up by
    /// it, through `quote_of`.
    pub article_key: Field,
    /// The article key again, indexed, on quotes only: how quotes are filtered by their
    /// article's people and places (`search::quote_query`).
    pub quote_of: Field,
    /// Hash of the file key (`<root>/<relative path>`) on a file's articles, quotes and state
    /// document: deleting this term removes everything the file contributed.
    pub file_id: Field,
    /// Path relative to the indexed root.
    pub path: Field,
    /// Record number in a multi-record file, on articles and their quotes.
    pub record: Field,
    /// Headline (stemmed, boosted in ranking).
    pub title: Field,
    /// A quote's article title, stored with the quote so showing it needs no lookup.
    pub article_title: Field,
    /// Article body (stemmed).
    pub body: Field,
    /// Publication date.
    pub date: Field,
    /// Outlet (e.g. Reuters), searchable.
    pub source: Field,
    /// Outlet, for counting.
    pub source_facet: Field,
    /// Where it was published.
    pub url: Field,
    /// Bylines.
    pub authors: Field,
    /// Wire dateline ("WASHINGTON, March 2 -").
    pub dateline: Field,
    /// People named (canonical names), searchable.
    pub person: Field,
    /// Places named, searchable.
    pub place: Field,
    /// Organisations named, searchable.
    pub org: Field,
    /// Containing places of the places named (Gaza Strip for Rafah): searched by `--place`.
    pub place_within: Field,
    /// People named, for counting.
    pub person_facet: Field,
    /// The article's language (ISO 639-3), when there was enough text to tell.
    pub lang: Field,
    /// People named, each whole (see [`EXACT_TOKENIZER`]): counted and matched exactly.
    pub person_name: Field,
    /// Places named, each whole.
    pub place_name: Field,
    /// Organisations named, each whole.
    pub org_name: Field,
    /// Places named, for counting.
    pub place_facet: Field,
    /// Organisations named, for counting.
    pub org_facet: Field,
    /// A quote's words (stemmed).
    pub quote: Field,
    /// A quote's speaker, searchable.
    pub speaker: Field,
    /// A quote's speaker, for counting.
    pub speaker_facet: Field,
    /// A quote's speaker whole (see [`EXACT_TOKENIZER`]): "Reagan" alone told from "Ronald
    /// Reagan", so `--speaker "Ronald Reagan"` can take the quotes credited to the bare surname.
    pub speaker_name: Field,
    /// JSON `{"start","end","text"}` of the words naming the speaker.
    pub speaker_mention: Field,
    /// What the speaker is: `person`, `org` or `description` (someone the article never
    /// names: `a central bank official`), as `extract --json` says.
    pub speaker_kind: Field,
    /// 1 for a partial quote.
    pub partial: Field,
    /// File state (on a file's first article, or a `file` document: see `super::state`):
    /// root hash, size, mtime, content hash and article count, all fast fields so a re-run
    /// loads them without touching the document store.
    pub root_id: Field,
    /// File state: size in bytes.
    pub file_size: Field,
    /// File state: modification time, ns since the epoch.
    pub file_mtime: Field,
    /// File state: content hash.
    pub file_hash: Field,
    /// File state: articles the file gave.
    pub file_articles: Field,
    /// The indexed root as an absolute, canonical directory, on articles and quotes: with
    /// `path` it names a file the user can open from anywhere (`path` alone cannot tell two
    /// roots' `story.txt` apart).
    pub root: Field,
    /// How an article's text is rebuilt from its stored title and body when it is not
    /// simply the title, a blank line and the body (see [`crate::layout`]), so that
    /// re-running extraction at view time gives exactly what indexing gave.
    pub text_layout: Field,
}

/// How a text field is indexed: `Ranked` fields (title, body, quote) keep field norms for
/// BM25; `Matched` fields (names, sources) are filters and skip them (a byte per document
/// per field saved).
#[derive(Clone, Copy, PartialEq)]
enum Use {
    Ranked,
    Matched,
}

fn text(tokenizer: &str, use_: Use, stored: bool) -> TextOptions {
    let options = TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(tokenizer)
            .set_index_option(IndexRecordOption::WithFreqsAndPositions)
            .set_fieldnorms(use_ == Use::Ranked),
    );
    if stored {
        options.set_stored()
    } else {
        options
    }
}

/// A whole-name field: indexed (document frequencies give a name's article count), no
/// positions, norms or stored copy.
fn exact() -> TextOptions {
    TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(EXACT_TOKENIZER)
            .set_index_option(IndexRecordOption::Basic)
            .set_fieldnorms(false),
    )
}

/// Builds the schema and the matching field handles.
pub fn build() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let fields = Fields {
        kind: b.add_text_field(field::KIND, STRING),
        article_key: b.add_u64_field(field::ARTICLE_KEY, FAST | STORED),
        quote_of: b.add_u64_field(field::QUOTE_OF, INDEXED),
        file_id: b.add_u64_field(field::FILE_ID, INDEXED | FAST),
        path: b.add_text_field(field::PATH, STORED),
        record: b.add_u64_field(field::RECORD, STORED),
        title: b.add_text_field(field::TITLE, text(NEWS_TOKENIZER, Use::Ranked, true)),
        article_title: b.add_text_field(field::ARTICLE_TITLE, STORED),
        body: b.add_text_field(field::BODY, text(NEWS_TOKENIZER, Use::Ranked, true)),
        date: b.add_date_field(field::DATE, INDEXED | FAST | STORED),
        source: b.add_text_field(field::SOURCE, text(NAME_TOKENIZER, Use::Matched, true)),
        source_facet: b.add_text_field(field::SOURCE_FACET, FAST),
        url: b.add_text_field(field::URL, STRING | STORED),
        authors: b.add_text_field(field::AUTHOR, text(NAME_TOKENIZER, Use::Matched, true)),
        dateline: b.add_text_field(field::DATELINE, STORED),
        person: b.add_text_field(field::PERSON, text(NAME_TOKENIZER, Use::Matched, true)),
        place: b.add_text_field(field::PLACE, text(NAME_TOKENIZER, Use::Matched, true)),
        org: b.add_text_field(field::ORG, text(NAME_TOKENIZER, Use::Matched, true)),
        place_within: b.add_text_field(
            field::PLACE_WITHIN,
            text(NAME_TOKENIZER, Use::Matched, false),
        ),
        person_facet: b.add_text_field(field::PERSON_FACET, FAST),
        person_name: b.add_text_field(field::PERSON_NAME, exact()),
        lang: b.add_text_field(field::LANG, STRING | STORED),
        place_name: b.add_text_field(field::PLACE_NAME, exact()),
        org_name: b.add_text_field(field::ORG_NAME, exact()),
        place_facet: b.add_text_field(field::PLACE_FACET, FAST),
        org_facet: b.add_text_field(field::ORG_FACET, FAST),
        quote: b.add_text_field(field::QUOTE, text(NEWS_TOKENIZER, Use::Ranked, true)),
        speaker: b.add_text_field(field::SPEAKER, text(NAME_TOKENIZER, Use::Matched, true)),
        speaker_facet: b.add_text_field(field::SPEAKER_FACET, FAST),
        speaker_name: b.add_text_field(field::SPEAKER_NAME, exact()),
        speaker_mention: b.add_text_field(field::SPEAKER_MENTION, STORED),
        speaker_kind: b.add_text_field(field::SPEAKER_KIND, STRING | STORED),
        partial: b.add_u64_field(field::PARTIAL, STORED),
        root_id: b.add_u64_field(field::ROOT_ID, FAST),
        file_size: b.add_u64_field(field::FILE_SIZE, FAST),
        file_mtime: b.add_i64_field(field::FILE_MTIME, FAST),
        file_hash: b.add_u64_field(field::FILE_HASH, FAST),
        file_articles: b.add_u64_field(field::FILE_ARTICLES, FAST),
        root: b.add_text_field(field::ROOT, STORED),
        text_layout: b.add_text_field(field::TEXT_LAYOUT, STORED),
    };
    (b.build(), fields)
}

/// Resolves the field handles of an existing index's schema.
pub fn fields_of(schema: &Schema) -> tantivy::Result<Fields> {
    let (expected, fields) = build();
    if expected != *schema {
        return Err(tantivy::TantivyError::SchemaError(
            "the index was written by a different newsdex version".into(),
        ));
    }
    Ok(fields)
}

/// Registers the tokenizers the schema names; must run on every opened index.
pub fn register_tokenizers(index: &Index) {
    let news = TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(40))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .filter(crate::stem::CachedStemmer)
        .build();
    let names = TextAnalyzer::builder(crate::name_tokenizer::NameTokenizer)
        .filter(RemoveLongFilter::limit(40))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .build();
    let exact = TextAnalyzer::builder(RawTokenizer::default())
        .filter(RemoveLongFilter::limit(MAX_NAME_BYTES))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .build();
    index.tokenizers().register(NEWS_TOKENIZER, news);
    index.tokenizers().register(NAME_TOKENIZER, names);
    index.tokenizers().register(EXACT_TOKENIZER, exact);
}
