//! Titles of films, shows, books and bands that the tagger took for a person: a name with
//! a telling word on either side in any of its mentions ("the British film Vera Drake",
//! "Vera Drake star Imelda Staunton", "band Franz Ferdinand") is a work, in the whole
//! article. Checked once per person entity, never per token.

use crate::entity::Span;
use crate::fold::fold_string;
use crate::lexicon::{WORK_AFTER, WORK_BEFORE};

/// The word right before `at` in `text` (letters, digits, apostrophes), skipping spaces.
pub(super) fn word_before(text: &str, at: usize) -> &str {
    let head = text[..at].trim_end_matches([' ', '\t', '\n']);
    let start = head
        .rfind(|c: char| !(c.is_alphanumeric() || c == '\''))
        .map_or(0, |i| {
            i + head[i..].chars().next().map_or(1, char::len_utf8)
        });
    &head[start..]
}

/// The word right after `at` in `text`, skipping spaces.
pub(super) fn word_after(text: &str, at: usize) -> &str {
    let tail = text[at..].trim_start_matches([' ', '\t', '\n']);
    let end = tail
        .find(|c: char| !(c.is_alphanumeric() || c == '\''))
        .unwrap_or(tail.len());
    &tail[..end]
}

/// Does any of `mentions` of one person, written as its whole folded name `key`, read as
/// the title of a work? A shorter mention joined to the name may be another work's title:
/// "Ray Charles biopic Ray", "the musical Oliver!" beside Oliver Letwin.
///
/// `institution` tells a word that starts the name of a body or a title ("Organisation",
/// "Prince"): "Suharto and the Organisation of Islamic Conference" (CoNLL dev) is no title
/// of a work.
pub(super) fn names_a_work(
    text: &str,
    key: &str,
    mentions: impl IntoIterator<Item = Span>,
    institution: impl Fn(&str) -> bool,
) -> bool {
    mentions.into_iter().any(|m| {
        if fold_string(&text[m.start..m.end]) != key {
            return false;
        }
        // "Harry Potter and the Goblet of Fire": a title going on past the name
        let rest = &text[m.end..];
        if let Some(title) = rest.strip_prefix(" and the ") {
            let mut words = title.split(' ');
            let capital = |w: Option<&str>| {
                w.and_then(|w| w.chars().next())
                    .is_some_and(char::is_uppercase)
            };
            let head = words.next();
            if capital(head)
                && !head.is_some_and(&institution)
                && words.next() == Some("of")
                && capital(words.next())
            {
                return true;
            }
        }
        let before = fold_string(word_before(text, m.start));
        let after = word_after(text, m.end);
        // "the film's star" is a film's; "Film star" opening a line is a job
        WORK_BEFORE.contains(&before.as_str())
            || after
                .chars()
                .next()
                .is_some_and(|c| c.is_lowercase() || after.len() <= 3)
                && WORK_AFTER.contains(&fold_string(after).as_str())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span_of(text: &str, name: &str) -> Span {
        let start = text.find(name).unwrap();
        Span {
            start,
            end: start + name.len(),
        }
    }

    /// Is `name`, as the one mention of a person in `t`, a work's title?
    fn work(t: &str, name: &str) -> bool {
        let org = |w: &str| w == "Organisation";
        names_a_work(t, &fold_string(name), [span_of(t, name)], org)
    }

    #[test]
    fn works_and_people() {
        // BBC entertainment stories
        assert!(work(
            "The British film Vera Drake won three awards.",
            "Vera Drake"
        ));
        let t = "while Vera Drake star Imelda Staunton was named best actress";
        assert!(work(t, "Vera Drake"));
        assert!(!work(t, "Imelda Staunton"));
        let t = "Scottish rock band Franz Ferdinand won best group.";
        assert!(work(t, "Franz Ferdinand"));
        let t = "the team behind Harry Potter and the Prisoner of Azkaban";
        assert!(work(t, "Harry Potter"));
        // CoNLL dev
        let t = "Suharto and the Organisation of Islamic Conference";
        assert!(!work(t, "Suharto"));
        let t = "Oscar hopefuls such as Ray Charles biopic Ray";
        let both = [span_of(t, "Ray Charles"), span_of(t, "Ray")];
        assert!(!names_a_work(t, "ray charles", both, |_| false));
        assert!(!work(
            "Director Mike Leigh said the film was about abortion.",
            "Mike Leigh"
        ));
    }
}
