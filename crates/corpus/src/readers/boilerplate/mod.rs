//! Page furniture that Readability keeps inside the story: image captions, related-story
//! lists, newsletter and subscription boxes, share bars, author bios, consent dialogs, and
//! the one-line labels publishers repeat between paragraphs ("Article content",
//! "Story continues below advertisement").
//!
//! Measured with `newsdex-lab eval-web` on the tune part of fundus's pages (52 pages, 37
//! publishers): captions and Postmedia's paywall boxes were most of the extra text, and a
//! OneTrust consent dialog was taken for the whole story of a Reuters page.
//!
//! The rules come in parts: [`furniture`] strips the page's DOM before Readability reads
//! it, [`story`] reads the story element's paragraphs, [`labels`] and [`repeats`] drop
//! paragraphs of the extracted text, [`markup`] reads a Markdown `articleBody`, and
//! [`words`] holds the word lists they match.

mod furniture;
mod labels;
mod loose;
mod markup;
mod repeats;
mod story;
mod words;

pub use furniture::strip;
pub use labels::{without_lead_in, without_lead_out};
pub use loose::loose_lines;
pub use markup::plain_markup;
pub use story::story_paragraphs;

use labels::is_label;
use repeats::without_repeats;

/// `body` (paragraphs separated by blank lines) without its label paragraphs, and
/// without paragraphs that repeat another one (see [`without_repeats`]), and without story
/// cards and lists of other stories (see `recirculation`).
pub fn without_labels(body: &str) -> String {
    let kept: Vec<&str> = body.split("\n\n").filter(|p| !is_label(p)).collect();
    let kept = super::recirculation::without_card_lines(kept);
    let kept = super::recirculation::without_story_lists(kept);
    without_repeats(kept).join("\n\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_and_repeats_go_from_a_body() {
        assert_eq!(
            without_labels("One.\n\nArticle content\n\nTwo."),
            "One.\n\nTwo."
        );
        let quote = "\u{201c}I didn\u{2019}t realize what a huge mistake it was until I was more than halfway through.\u{201d}";
        let story = format!("She said: {quote} Then she left.\n\n{quote}\n\nThe end.\n\nThe end.");
        assert_eq!(
            without_labels(&story),
            format!("She said: {quote} Then she left.\n\nThe end.\n\nThe end.")
        );
    }
}
