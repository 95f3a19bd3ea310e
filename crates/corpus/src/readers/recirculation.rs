//! Story cards that survive into the extracted text: the bylines a carousel of other
//! stories repeats, read paragraph by paragraph after Readability and `boilerplate`.

use std::collections::HashMap;

/// Most words a paragraph may have to be a card's line (a byline, a section name); longer
/// repeats are pull quotes, which `boilerplate` handles.
const MAX_CARD_WORDS: usize = 6;

/// Copies that make a short paragraph a card's line. On the 52 tune pages the gold text
/// never repeats a paragraph of under 12 words even twice, while Wired's recirculation
/// carousel printed four bylines seven times each.
const MIN_CARD_COPIES: usize = 3;

/// `paragraphs` without the short ones that appear [`MIN_CARD_COPIES`] times or more, all
/// copies: a story does not say the same few words three times over, cards do.
pub fn without_card_lines(paragraphs: Vec<&str>) -> Vec<&str> {
    let key = |p: &str| p.split_whitespace().collect::<Vec<_>>().join(" ");
    let short = |p: &str| p.split_whitespace().count() <= MAX_CARD_WORDS;
    let mut counts: HashMap<String, usize> = HashMap::new();
    for p in paragraphs.iter().filter(|p| short(p)) {
        *counts.entry(key(p)).or_insert(0) += 1;
    }
    if counts.values().all(|&n| n < MIN_CARD_COPIES) {
        return paragraphs;
    }
    paragraphs
        .into_iter()
        .filter(|p| !short(p) || counts.get(&key(p)).is_none_or(|&n| n < MIN_CARD_COPIES))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_repeated_by_cards_go_and_the_story_stays() {
        let body = vec![
            "The story begins.",
            "Matt Jancer",
            "Pros",
            "Matt Jancer",
            "Pros",
            "Matt Jancer",
            "The story ends.",
        ];
        assert_eq!(
            without_card_lines(body),
            ["The story begins.", "Pros", "Pros", "The story ends."]
        );
    }
}
