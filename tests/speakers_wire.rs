//! Wire-copy attribution (Reuters-21578, 1987): unnamed sources described at length, the
//! passive `was quoted as saying`, and the pronouns that continue them.

use crate::speakers::{assert_bbc_speakers, assert_speakers};

/// An unnamed source's noun before a preposition and a body is the whole description, the
/// way a person's role is: `"…," one dealer for a German bank said` (reut2-008: no speaker),
/// `One head trader at a U.S. Securities house said` (reut2-016: it had been the house); and
/// the `he` after it is that source even when the quote names the body again (`A grain dealer
/// at one member co-op said …` ⏎ `"We're sorry to see the co-op go …," he said`, reut2-008:
/// a speaker does not name himself, but a description is no name).
#[test]
fn an_unnamed_source_described_at_length_speaks_and_is_the_he_after_it() {
    assert_speakers(
        "reuters21578",
        &[
            (
                "reut2-008.sgm",
                "The dollar will be pushed down until there is coordinated",
                "one dealer for a German bank",
            ),
            (
                "reut2-016.sgm",
                "I don't want to be obstructive",
                "one head trader at a U.S. Securities house",
            ),
            (
                "reut2-008.sgm",
                "We're sorry to see the co-op go",
                "a grain dealer at one member co-op",
            ),
        ],
    );
}

/// `"…," Keswick was quoted as saying.` and `"…," Mario Amato, president of the Sao Paulo
/// State Industries' Federation, was quoted as saying.` (Reuters reut2-011, reut2-008): the
/// passive's subject is the speaker (both had none); `he is quoted as saying by Germany's
/// Manger Magazin` after `Fund manager Florian Hamm - Borussia Dortmund's largest investor -
/// said he would only invest more money … if he got a greater say` is Hamm (BBC
/// business/193: `a greater say` is no one speaking, and the dashed aside hid Hamm).
#[test]
fn the_subject_of_was_quoted_as_saying_is_the_speaker() {
    assert_speakers(
        "reuters21578",
        &[
            (
                "reut2-011.sgm",
                "If we can't find any opportunities here",
                "Simon Keswick",
            ),
            (
                "reut2-008.sgm",
                "We have to discuss the foreign debt like Mexico",
                "Mario Amato",
            ),
        ],
    );
    assert_bbc_speakers(&[(
        "business/193.txt",
        "I demand better transparency",
        "Florian Hamm",
    )]);
}
