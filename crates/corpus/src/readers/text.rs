//! Plain-text articles: the headline on the first non-empty line, then paragraphs.

use std::ops::Range;

/// Longest first line taken as a headline, in bytes.
const MAX_HEADLINE: usize = 400;

/// Where to cut an over-long first line for a title: a word boundary near 120 bytes.
fn headline_cut(line: &str) -> usize {
    let mut end = 120.min(line.len());
    while !line.is_char_boundary(end) {
        end -= 1;
    }
    line[..end].rfind(' ').filter(|&i| i > 40).unwrap_or(end)
}

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
        if trimmed.len() > MAX_HEADLINE {
            // One huge line is not a headline: title it with its opening words and keep
            // the whole text as the body.
            let cut = headline_cut(trimmed);
            let start = offset + lead;
            return Some((
                start..start + cut,
                start..offset + lead + text[start..].trim_end().len(),
            ));
        }
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
    fn one_huge_line_gets_a_short_title_and_keeps_all_text() {
        let text = "word ".repeat(10_000);
        let (title, body) = split_title_body(&text).unwrap();
        assert!(title.len() <= 120 && title.start == 0);
        assert_eq!(&text[body], text.trim_end());
    }

    #[test]
    fn blank_is_none() {
        assert!(split_title_body(" \n\t\n").is_none());
    }
}
