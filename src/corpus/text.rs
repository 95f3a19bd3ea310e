//! Plain-text articles: the headline on the first non-empty line, then paragraphs.

use std::ops::Range;

/// Splits a plain-text article into title and body ranges over the unchanged text.
///
/// Returns `None` when the text holds nothing but whitespace.
pub fn split_title_body(text: &str) -> Option<(Range<usize>, Range<usize>)> {
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            offset += line.len();
            continue;
        }
        let lead = line.len() - line.trim_start().len();
        let title = offset + lead..offset + lead + trimmed.len();
        let rest_start = offset + line.len();
        let rest = &text[rest_start..];
        let body_lead = rest.len() - rest.trim_start().len();
        let body = rest_start + body_lead..rest_start + rest.trim_end().len();
        let body = if body.start > body.end {
            body.end..body.end
        } else {
            body
        };
        return Some((title, body));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headline_then_paragraphs() {
        let text = "\n  Ad sales boost Time Warner profit \n\nQuarterly profits rose.\n\nMore.\n";
        let (title, body) = split_title_body(text).unwrap();
        assert_eq!(&text[title], "Ad sales boost Time Warner profit");
        assert_eq!(&text[body], "Quarterly profits rose.\n\nMore.");
    }

    #[test]
    fn title_only() {
        let text = "Just a headline";
        let (title, body) = split_title_body(text).unwrap();
        assert_eq!(&text[title], "Just a headline");
        assert!(text[body].is_empty());
    }

    #[test]
    fn blank_is_none() {
        assert!(split_title_body(" \n\t\n").is_none());
    }
}
