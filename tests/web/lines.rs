//! Paragraph rules on real fundus tune pages: lines publishers set between or after a
//! story's paragraphs (captions with their picture credit, sign-ups, pointers) go, the
//! story stays.

use crate::common::corpora;

/// Fundus page `page`'s HTML with `inserted` set as paragraphs before `anchor` (the start
/// of one of its story paragraphs), read as newsdex reads it: the body's paragraphs.
pub(super) fn with_paragraphs(page: &str, anchor: &str, inserted: &[&str]) -> Vec<String> {
    let path = corpora().join("html-samples/fundus").join(page);
    let gz = std::fs::read(&path).unwrap();
    let kind = newsdex_corpus::decode::Compression::of(&gz).unwrap();
    let html = newsdex_corpus::decode::decompress(kind, &gz, 64 << 20).unwrap();
    let html = String::from_utf8(html).unwrap();
    assert!(html.contains(anchor), "{page}: {anchor}");
    let set: String = inserted.iter().map(|p| format!("<p>{p}</p>")).collect();
    let html = html.replacen(anchor, &format!("{set}{anchor}"), 1);
    let article = newsdex_corpus::readers::html::parse_html(html, None).unwrap();
    article.body.split("\n\n").map(str::to_owned).collect()
}

/// Captions whose picture credit ends them unbracketed, sign-ups and pointers (lines of
/// the tune pages' HTML: Rolling Stone's, AP's, The New Yorker's, the Mirror's) go when a
/// page sets them as paragraphs of its story (The Independent's, no declared text).
#[test]
fn credits_sign_ups_and_pointers_go_on_a_real_page() {
    let furniture = [
        "Donna Kelce and Taylor Swift celebrate after Super Bowl LVIII. Perry Knotts/Getty Images",
        "A woman takes a picture of the dock of El Palito refinery near Puerto Cabello, \
         Venezuela. AP Photo",
        "Sign up for our daily newsletter to receive the best stories from The New Yorker.",
        "More: Plymouth protests erupt in violence as multiple people injured by rioters",
    ];
    let anchor = "<p>Australian teenager Holly Bowles has become the sixth";
    let paragraphs = with_paragraphs("uk/TheIndependent_2024_11_22.html.gz", anchor, &furniture);
    for line in furniture {
        assert!(!paragraphs.iter().any(|p| p == line), "{paragraphs:#?}");
    }
    assert!(
        paragraphs
            .iter()
            .any(|p| p.starts_with("Australian teenager Holly Bowles has become the sixth")),
        "{paragraphs:#?}"
    );
    assert_eq!(paragraphs.len(), 6, "{paragraphs:#?}");
}

/// Contributors' bios that close a story go whoever the byline names: Daily Maverick sets
/// its two authors' bios after the story, each name a link set apart from its sentence.
#[test]
fn contributors_bios_after_the_story_go_on_a_real_page() {
    let maverick = super::fundus_paragraphs("za/DailyMaverick_2026_01_06.html.gz");
    assert!(
        !maverick
            .iter()
            .any(|p| p.contains("University of the Witwatersrand")),
        "{maverick:#?}"
    );
    let last = maverick.last().unwrap();
    assert!(
        last.starts_with("Together, these actions can build"),
        "{last}"
    );
}

/// With a declared story text (Business Insider's `articleBody`), a one-line teaser of 8
/// or more words that the text lacks goes once the story has started (a related story's
/// headline, Euronews's), while its subheadings of up to 7 words stay.
#[test]
fn one_line_teasers_the_declared_story_lacks_go_on_a_real_page() {
    let teaser = "Swedish police to investigate reports of information leaks to violent gangs";
    let anchor = "<p>After the beach trip, her mom told her enough was enough.";
    let paragraphs = with_paragraphs("us/BusinessInsider_2025_04_01.html.gz", anchor, &[teaser]);
    assert!(!paragraphs.iter().any(|p| p == teaser), "{paragraphs:#?}");
    for kept in ["Her feet have gotten smaller", "After the beach trip"] {
        assert!(
            paragraphs.iter().any(|p| p.starts_with(kept)),
            "{paragraphs:#?}"
        );
    }
}
