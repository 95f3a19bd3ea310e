//! Story cards that survive into the extracted text: the bylines a carousel of other
//! stories repeats, and a "You Might Also Like" heading with its list of teasers, read
//! paragraph by paragraph after Readability and `boilerplate`.

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

/// Headings over a list of other stories, lower-cased, without trailing punctuation.
const LIST_HEADINGS: &[&str] = &[
    "you might also like",
    "you may also like",
    "more stories",
    "most read",
    "most popular",
    "related stories",
    "related articles",
    "related coverage",
    "recommended",
    "recommended for you",
    "read next",
    "up next",
    "what to read next",
];

/// How a heading over another section's stories starts ("More Science and Technology",
/// "More from Politics").
const MORE_PREFIX: &str = "more ";

/// Most words in a list heading.
const MAX_HEADING_WORDS: usize = 5;

/// Longest teaser in a list of other stories: a headline or a line under it. The story's
/// own paragraphs after such a list are longer, and end it.
const MAX_TEASER: usize = 150;

/// Fewest teasers under a heading that make it a list of other stories; a subheading of
/// the story is followed by its prose.
const MIN_TEASERS: usize = 2;

/// `paragraphs` without a list of other stories: a heading ([`LIST_HEADINGS`], or "More
/// ..."), and the [`MIN_TEASERS`] or more short paragraphs after it. On the tune pages:
/// Wired's "You Might Also Like \u{2026}" and The New Yorker's "More Science and
/// Technology", each with four or more teasers.
pub fn without_story_lists(paragraphs: Vec<&str>) -> Vec<&str> {
    let mut out = Vec::with_capacity(paragraphs.len());
    let mut at = 0;
    while at < paragraphs.len() {
        let p = paragraphs[at];
        if is_list_heading(p) {
            let teasers = paragraphs[at + 1..]
                .iter()
                .take_while(|t| t.len() <= MAX_TEASER)
                .count();
            if teasers >= MIN_TEASERS {
                at += 1 + teasers;
                continue;
            }
        }
        out.push(p);
        at += 1;
    }
    out
}

/// A list heading; one that ends in a colon introduces the story's own lines ("More from
/// NBC's TODAY:" on The Gateway Pundit, then a quoted report).
fn is_list_heading(p: &str) -> bool {
    let words = p.split_whitespace().count();
    if words == 0 || words > MAX_HEADING_WORDS || p.trim_end().ends_with(':') {
        return false;
    }
    let lower = p.to_lowercase();
    let lower = lower
        .trim_end_matches(|c: char| !c.is_alphanumeric())
        .trim();
    LIST_HEADINGS.contains(&lower) || lower.starts_with(MORE_PREFIX)
}

/// Longest paragraph read as an author's bio: two or three sentences.
const MAX_BIO: usize = 400;

/// How a bio goes on after the author's name.
const BIO_VERBS: &[&str] = &[" is a ", " is an ", " is the "];

/// `body` (paragraphs separated by blank lines) without the authors' bios: a short
/// paragraph that starts with an author's name and " is a" ("Yasmine Hassan is a producer
/// filing stories on the Middle East for CBC's parliamentary bureau in Ottawa. ...").
/// So is a byline standing as a paragraph: the name alone or with a job title (see
/// [`is_job_title`]).
pub fn without_author_bios(body: &str, authors: &[String]) -> String {
    let is_bio = |p: &str| {
        p.len() <= MAX_BIO
            && authors.iter().any(|name| {
                !name.is_empty()
                    && p.strip_prefix(name.as_str()).is_some_and(|rest| {
                        BIO_VERBS.iter().any(|v| rest.starts_with(v)) || is_job_title(rest)
                    })
            })
    };
    if authors.is_empty() || !body.split("\n\n").any(is_bio) {
        return body.to_owned();
    }
    body.split("\n\n")
        .filter(|p| !is_bio(p))
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// Roles a contributor's bio names, matched against the words of its first sentence
/// (lower-cased, a plural's `s` dropped).
const BIO_ROLES: &[&str] = &[
    "reporter",
    "correspondent",
    "writer",
    "editor",
    "journalist",
    "columnist",
    "contributor",
    "producer",
    "author",
    "professor",
    "lecturer",
    "fellow",
    "researcher",
    "analyst",
    "photographer",
];

/// What a bio says its subject does instead of naming a role ("Jane Doe covers
/// politics for ...").
const BIO_BEATS: &[&str] = &["covers", "reports on", "writes about", "writes on"];

/// How many of the story's last paragraphs may be contributors' bios (Daily Maverick sets
/// two, one per author); a bio stops the text, it is not one paragraph among others.
const MAX_TAIL_BIOS: usize = 3;

/// Most words after "is a" in which a bio names its role.
const MAX_ROLE_AT: usize = 12;

/// `body` without the contributors' bios that end it, whoever the byline names: up to
/// [`MAX_TAIL_BIOS`] last paragraphs that open "Name Surname is a(n)/the ... reporter"
/// (a role of [`BIO_ROLES`] in the first sentence), "Name Surname covers ... for ...",
/// or "is an associate professor ..." when the name was a link set apart. On the tune
/// pages' gold text and the 2,225 BBC stories none matched but a contributor's bio
/// closing its story (3 BBC, 2 on Daily Maverick's tune page).
pub fn without_tail_bios(body: &str) -> String {
    let mut paragraphs: Vec<&str> = body
        .split(
            "

",
        )
        .collect();
    let mut dropped = 0;
    while paragraphs.len() > 1
        && dropped < MAX_TAIL_BIOS
        && paragraphs.last().is_some_and(|p| is_contributor_bio(p))
    {
        paragraphs.pop();
        dropped += 1;
    }
    paragraphs.join("\n\n")
}

/// Whether `p` reads as a contributor's bio (see [`without_tail_bios`]).
fn is_contributor_bio(p: &str) -> bool {
    let p = p.trim();
    if p.len() > MAX_BIO {
        return false;
    }
    let first = first_sentence(p);
    let words: Vec<&str> = first.split_whitespace().collect();
    let named = |n: usize| {
        (2..=4).contains(&n)
            && n < words.len()
            && words[..n].iter().all(|w| w.starts_with(char::is_uppercase))
    };
    let Some(is) = words.iter().position(|w| *w == "is" || *w == "Is") else {
        return beat(first, &words, &named);
    };
    // The name lost to a link sets the bio's "Is a" / "is a" first.
    let subject = is == 0 || named(is);
    let article = words
        .get(is + 1)
        .is_some_and(|w| matches!(w.to_lowercase().as_str(), "a" | "an" | "the"));
    let role = words.iter().skip(is + 2).take(MAX_ROLE_AT).any(|w| {
        let w = w
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        let w = w.strip_suffix('s').unwrap_or(&w);
        BIO_ROLES.contains(&w)
    });
    (subject && article && role) || beat(first, &words, &named)
}

/// `p` up to its first full stop that follows no initial ("Jane Q. Doe is ...").
fn first_sentence(p: &str) -> &str {
    p.match_indices(". ")
        .map(|(at, _)| at)
        .find(|&at| {
            p[..at]
                .rsplit(' ')
                .next()
                .is_some_and(|w| w.chars().count() > 1)
        })
        .map_or(p, |at| &p[..at])
}

/// "Jane Doe covers politics for ...": a name, then a beat verb, and "for" or "at" later.
fn beat(first: &str, words: &[&str], named: &dyn Fn(usize) -> bool) -> bool {
    (2..=4).any(|n| {
        named(n) && {
            let rest = words[n..].join(" ");
            BIO_BEATS.iter().any(|b| rest.starts_with(b))
                && (rest.contains(" for ") || rest.contains(" at "))
        }
    }) && first.len() <= MAX_BIO
}

/// Most words of the job title set after an author's name in a byline.
const MAX_TITLE_WORDS: usize = 4;

/// What follows an author's name in a byline standing as a paragraph: nothing, or a job
/// title ("Steffan Rhys Deputy Content Hub Director", the Mirror): a few capitalised words.
/// `eval-web` held-out segment F1 0.923 -> 0.924 (text unchanged, 0.964).
fn is_job_title(rest: &str) -> bool {
    let words: Vec<&str> = rest.split_whitespace().collect();
    (rest.is_empty() || rest.starts_with(' '))
        && words.len() <= MAX_TITLE_WORDS
        && words
            .iter()
            .all(|w| w.starts_with(char::is_uppercase) && w.chars().all(char::is_alphabetic))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contributors_bios_that_end_a_story_go() {
        let story = "The council met on Tuesday. It voted to close the market.";
        for bio in [
            "Jane Doe is a reporter covering city hall for the Daily Bugle.",
            "Jane Q. Doe is the paper's health editor. She lives in Leeds.",
            "is an associate professor at the University of the Witwatersrand. Tanya Zack",
            "John Smith covers the courts for the Herald.",
        ] {
            assert_eq!(
                without_tail_bios(&format!("{story}\n\n{bio}")),
                story,
                "{bio}"
            );
        }
        for kept in [
            "Jane Doe is a reporter covering city hall for the Daily Bugle.\n\nThe council met.",
            "The council met.\n\nHe is a writer, and says so.",
            "The council met.\n\nThe mayor is a former reporter, and it shows.",
            "Jane Doe is a reporter.",
            "The council met.\n\nJane Doe",
            "The council met.\n\nIs",
        ] {
            assert_eq!(without_tail_bios(kept), kept);
        }
    }

    #[test]
    fn lists_of_other_stories_go_and_subheadings_stay() {
        let long = "A paragraph of the story itself, long enough to be prose rather than a teaser: it runs on for well over one hundred and fifty bytes of text, as the paragraphs of a story do.";
        let body = vec![
            long,
            "More Science and Technology",
            "A new story for Stonehenge.",
            "The trouble with Spotify.",
            long,
            "More to come",
            long,
            "More from the report:",
            "The hearing is on June 26.",
            "It will be public.",
            "You Might Also Like \u{2026}",
            "Think again",
        ];
        assert_eq!(
            without_story_lists(body),
            [
                long,
                long,
                "More to come",
                long,
                "More from the report:",
                "The hearing is on June 26.",
                "It will be public.",
                "You Might Also Like \u{2026}",
                "Think again"
            ]
        );
    }

    #[test]
    fn author_bios_go() {
        let authors = vec!["Yasmine Hassan".to_owned()];
        let body = "Yasmine Hassan is a producer in Ottawa.\n\nThe story.\n\nYasmine Hassan is a producer for CBC.";
        let kept = without_author_bios(body, &authors);
        assert_eq!(kept, "The story.");
        assert_eq!(
            without_author_bios("Yasmine Hassan said so.", &authors),
            "Yasmine Hassan said so."
        );
    }

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
