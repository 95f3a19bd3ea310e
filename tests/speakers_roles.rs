//! Speakers given by a role or a description (`the foreign secretary`, `the American`, `the
//! man`): the person the story means by it, or no one it names.

use crate::common::*;
use crate::speakers::{assert_bbc_speakers, bbc_quote};

/// A title opening the sentence after one that ends on a name and `said` is that person
/// (`Britain's £3bn EU rebate is not up for renegotiation …, Jack Straw said.` ⏎ `The foreign
/// secretary told MPs the rebate … was "entirely justified"`, BBC politics/358); `said the
/// American` after a sentence that opens with the one person it names is that person
/// (`Roddick was left frustrated after losing … on the slow clay of Seville's Olympic
/// Stadium.`, sport/470: the stadium had been a second person, and the coach quoted before
/// took the quotes).
#[test]
fn a_role_after_the_sentence_that_names_its_person_is_that_person() {
    assert_bbc_speakers(&[
        ("politics/358.txt", "entirely justified", "Jack Straw"),
        (
            "sport/470.txt",
            "It's just tough because I felt",
            "Andy Roddick",
        ),
        ("sport/470.txt", "I had my chances", "Andy Roddick"),
    ]);
}

/// `the man` that no one was introduced or described as is someone the story does not name:
/// `He said the man shouted: "You've offended my religion …"` is the attacker, not Robert
/// Kilroy-Silk (BBC politics/157); `the Waterford man` says more than the noun and stays the
/// athlete named before (sport/093). A competition speaks for no one: `in the FA Cup sixth
/// round` gives no `he` its name (sport/122, whose manager's name the file lost).
#[test]
fn a_bare_generic_noun_and_a_competition_name_no_one() {
    let corpora = corpora();
    let q = bbc_quote(&corpora, "politics/157.txt", "You've offended my religion");
    assert_eq!(q["speaker"], "the man", "{q}");
    assert_eq!(q["speaker_kind"], "description", "{q}");
    assert_bbc_speakers(&[("sport/093.txt", "I was in a lot of pain", "Jamie Costin")]);
    let q = bbc_quote(
        &corpora,
        "sport/122.txt",
        "We're not counting on anything yet",
    );
    assert_ne!(q["speaker"], "FA Cup", "{q}");
}
