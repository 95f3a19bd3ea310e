//! An article's text, rebuilt exactly from its stored title and body.
//!
//! Extraction runs on [`Article::text`](newsdex_corpus::Article) at index time, but the index
//! stores the title and the body, not the text: a structured record's text is the title, a
//! blank line and the body, while a plain-text file's is the file as it is (leading blank
//! lines, one newline under the headline, trailing spaces). An article whose text is not
//! title + `"\n\n"` + body stores what lies around them (almost always a few whitespace
//! bytes) in `text_layout`, so a viewer can rebuild the very text indexing read and re-run
//! extraction on it for mention offsets, which the index does not store.

use newsdex_corpus::Article;
use serde::{Deserialize, Serialize};

/// What lies around the title and body in an article's text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
enum Layout {
    /// `before` + title + `between` + body + `after`.
    Around {
        before: String,
        between: String,
        after: String,
    },
    /// `before` + body + `after`: the title is cut from the body's first words (one long
    /// line with no headline), so it adds nothing to the text.
    TitleInBody { before: String, after: String },
    /// Any other shape: the text itself (no reader makes one today).
    Text(String),
}

/// The `text_layout` value to store for `article`: `None` when its text is exactly what
/// [`rebuild_text`] makes without one.
pub fn text_layout(article: &Article) -> Option<String> {
    let (title, body) = (article.title(), article.body());
    if plain_join(title, body) == article.text {
        return None;
    }
    let text = article.text.as_str();
    let (t, b) = (&article.title, &article.body);
    let layout = if t.end <= b.start {
        Layout::Around {
            before: text[..t.start].to_owned(),
            between: text[t.end..b.start].to_owned(),
            after: text[b.end..].to_owned(),
        }
    } else if b.start <= t.start && t.end <= b.end {
        Layout::TitleInBody {
            before: text[..b.start].to_owned(),
            after: text[b.end..].to_owned(),
        }
    } else {
        Layout::Text(article.text.clone())
    };
    serde_json::to_string(&layout).ok()
}

/// An article's text as extraction read it, and where its body lies in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rebuilt {
    /// The text.
    pub text: String,
    /// The body's bytes in `text`.
    pub body: std::ops::Range<usize>,
}

/// The text extraction read at index time, from the stored title, body and `text_layout`.
/// A layout this version cannot read gives the plain join (offsets may then differ by the
/// whitespace it lost).
pub fn rebuild_text(title: &str, body: &str, layout: Option<&str>) -> Rebuilt {
    let at = |start: usize, text: String| Rebuilt {
        body: start..start + body.len(),
        text,
    };
    match layout.and_then(|l| serde_json::from_str::<Layout>(l).ok()) {
        None => at(
            plain_join(title, body).len() - body.len(),
            plain_join(title, body),
        ),
        Some(Layout::Around {
            before,
            between,
            after,
        }) => at(
            before.len() + title.len() + between.len(),
            [before.as_str(), title, &between, body, &after].concat(),
        ),
        Some(Layout::TitleInBody { before, after }) => {
            at(before.len(), [before.as_str(), body, &after].concat())
        }
        Some(Layout::Text(text)) => match text.find(body) {
            Some(start) => at(start, text),
            None => Rebuilt {
                body: 0..text.len(),
                text,
            },
        },
    }
}

/// What [`Article::from_raw`] makes: the title, a blank line and the body (just the body
/// when there is no title).
fn plain_join(title: &str, body: &str) -> String {
    if title.is_empty() {
        body.to_owned()
    } else {
        [title, "\n\n", body].concat()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use newsdex_corpus::{parse_file, ReadLimits};

    fn rebuilt(article: &Article) -> String {
        let rebuilt = rebuild_text(
            article.title(),
            article.body(),
            text_layout(article).as_deref(),
        );
        assert_eq!(&rebuilt.text[rebuilt.body.clone()], article.body());
        rebuilt.text
    }

    /// Every article of the sample corpus, whatever its format, is rebuilt byte for byte.
    #[test]
    fn every_sample_article_is_rebuilt_exactly() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../sample_corpus");
        let (mut articles, mut with_layout) = (0, 0);
        for entry in walkdir::WalkDir::new(&root) {
            let entry = entry.expect("walking sample_corpus");
            if !entry.file_type().is_file() {
                continue;
            }
            let rel = entry
                .path()
                .strip_prefix(&root)
                .expect("under the root")
                .to_string_lossy()
                .replace('\\', "/");
            let bytes = std::fs::read(entry.path()).expect("reading a sample file");
            let Ok(parsed) = parse_file(
                newsdex_corpus::Named::path(&rel),
                bytes,
                ReadLimits::DEFAULT,
            ) else {
                continue;
            };
            for article in &parsed.articles {
                articles += 1;
                with_layout += usize::from(text_layout(article).is_some());
                assert_eq!(rebuilt(article), article.text, "{rel}");
            }
        }
        assert!(articles >= 20, "only {articles} sample articles read");
        assert!(with_layout > 0, "no plain-text article needed a layout");
    }

    #[test]
    fn odd_plain_texts_are_rebuilt_exactly() {
        for text in [
            "\n\n  Headline  \nBody line one.\nTwo.\n\n",
            "Headline\r\n\r\nBody.",
            &format!("{} and the rest of one long line", "word ".repeat(100)),
            "Only a headline",
        ] {
            let parsed = parse_file(
                newsdex_corpus::Named::path("a.txt"),
                text.as_bytes().to_vec(),
                ReadLimits::DEFAULT,
            )
            .expect("a plain-text article");
            assert_eq!(rebuilt(&parsed.articles[0]), text);
        }
    }
}
