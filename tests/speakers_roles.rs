//! Speakers given by a role, a description or a pronoun (`the foreign secretary`, `the
//! American`, `the man`, `…, he said.`): the person the passage is about, or no one it names.

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

/// A seat's member is the one the passage is about: `Hazel Blears said innocent Muslims would
/// be targeted … , she told a Commons inquiry.` ⏎ `"The threat is …," the Salford MP told the
/// Commons home affairs committee` (BBC politics/105: she had been introduced as a Home
/// Office minister, never as an MP), `Mr Galloway, who on Thursday won £150,000 in libel
/// damages …` ⏎ `The Glasgow Kelvin MP … accused Ms King of being a "New Labour stooge"`
/// (politics/302).
#[test]
fn a_seats_member_is_the_person_the_passage_is_about() {
    assert_bbc_speakers(&[
        (
            "politics/105.txt",
            "The threat is most likely",
            "Hazel Blears",
        ),
        (
            "politics/105.txt",
            "It means that some of our",
            "Hazel Blears",
        ),
        ("politics/302.txt", "New Labour stooge", "George Galloway"),
    ]);
}

/// A pronoun in a sentence's closing attribution, with no one named before it there,
/// continues the subject of the sentence before: `Mr Gref, a well-known opponent of
/// nationalisation …, was keen to distance himself from Mr Iliaronov's comments. The
/// privatisation of companies such as Yukos in the 1990s had been badly handled, he said.`
/// and Gref's quotes after it (BBC business/426: they had gone to Illarionov, who spoke
/// last).
#[test]
fn a_closing_attribution_pronoun_continues_the_subject_before() {
    assert_bbc_speakers(&[
        (
            "business/426.txt",
            "I think that Rosneft and",
            "German Gref",
        ),
        ("business/426.txt", "If we follow that logic", "German Gref"),
    ]);
}

/// An organisation speaks as the story writes it at its fullest, not as the alias tables
/// name it elsewhere: `the Tories` (BBC politics/206, which never writes Conservative Party),
/// `the Treasury` (politics/394, not Treasury Department), `Exxon Corp` in 1987 (Reuters, not
/// ExxonMobil); a name that is the canonical one stays so (`The Game`, entertainment/282). An
/// index counts and filters them under the canonical name the orgs facet gives, so `quotes
/// --speaker "Conservative Party"` still finds the Tories' words.
#[test]
fn an_organisation_speaks_as_written_and_is_indexed_as_the_facets_name_it() {
    let corpora = corpora();
    let speaker = |file: &str, opening: &str| bbc_quote(&corpora, file, opening)["speaker"].clone();
    assert_eq!(
        speaker("politics/206.txt", "swept under the carpet"),
        "Tories"
    );
    assert_eq!(speaker("politics/394.txt", "complete rubbish"), "Treasury");
    assert_eq!(speaker("entertainment/282.txt", "my friends"), "The Game");
    let exxon = crate::speakers::quote_in(
        &corpora.join("reuters21578/reut2-011.sgm"),
        "will be to eliminate potential monetary damage",
    );
    assert_eq!(exxon["speaker"], "Exxon Corp", "{exxon}");

    let dir = tempfile::tempdir().unwrap();
    let story = dir.path().join("politics-206.txt");
    std::fs::copy(corpora.join("bbc-news-2225/politics/206.txt"), &story).unwrap();
    let index = dir.path().join("index");
    ok(&index, &["index", "-q", story.to_str().unwrap()]);
    let quotes = json_lines(&ok(
        &index,
        &["quotes", "--json", "--speaker", "Conservative Party"],
    ));
    assert!(
        quotes.iter().any(|q| q["text"] == "swept under the carpet"),
        "{quotes:?}"
    );
}

/// An honour or seat written after a name is the person's, not a role's head: `Paul Boateng
/// MP, Labour's Chief Secretary to the Treasury, said: "The Lib Dems' sums don't add up."`
/// (BBC politics/054), and `Tory frontbencher Andrew Tyrie MP demanded …` hands the next
/// paragraph's `he said` to Tyrie (politics/376). `our correspondent` is the correspondent the
/// story named (`BBC labour affairs correspondent Stephen Cape`, politics/069); an opinion
/// speaks for no one (`It is a view shared by Rooney …`, sport/152, had been "a view").
#[test]
fn a_name_with_its_honour_and_our_correspondent_are_people() {
    assert_bbc_speakers(&[
        (
            "politics/054.txt",
            "The Lib Dems' sums don't add up",
            "Paul Boateng",
        ),
        (
            "politics/376.txt",
            "the latest in a long line",
            "Andrew Tyrie",
        ),
        ("politics/069.txt", "less painful", "Stephen Cape"),
    ]);
    let q = bbc_quote(
        &corpora(),
        "sport/152.txt",
        "Hopefully, we can get to that final",
    );
    assert_ne!(q["speaker"], "a view", "{q}");
}

/// A passive's agent stops where a clause of its own begins: `Bard College was declared an
/// "undesirable" organization by the Russian prosecutor’s general office and all ties were
/// cut` (Nature) is the office's word, not "the Russian prosecutor’s general office and all
/// ties were cut"'s; `and` before `other` or `fellow` still joins (`by his friend and fellow
/// broadcaster Michael Pointon`, BBC entertainment/190).
#[test]
fn a_passive_agent_stops_at_a_clause_of_its_own() {
    let nature = crate::quotes::extract_fundus(&corpora(), "uk/Nature", "V1_1");
    assert_eq!(
        crate::quotes::speaker_of(&nature, "undesirable"),
        "the Russian prosecutor’s general office"
    );
    assert_bbc_speakers(&[(
        "entertainment/190.txt",
        "consummate professional",
        "Michael Pointon",
    )]);
}

/// A firm by its trade and a business person by their standing are the ones the story named:
/// `General Motors Corp …` ⏎ `"…layoffs could reach 2,000," the automaker said` (Reuters
/// reut2-015), `Mr Fisher …` ⏎ `The entrepreneur said his mother was initially surprised …
/// "thinking outside the box"` (BBC tech/209).
#[test]
fn a_firm_by_its_trade_and_a_business_person_by_standing() {
    assert_bbc_speakers(&[("tech/209.txt", "thinking outside the box", "Andrew Fisher")]);
    crate::speakers::assert_speakers(
        "reuters21578",
        &[(
            "reut2-015.sgm",
            "layoffs could reach 2,000",
            "General Motors",
        )],
    );
}

/// A narrative paragraph whose last sentence is someone's report hands the next `he said`
/// to the one who reported it, not to the name that opened it: `Kresge is the forerunner of
/// what is now the K Mart chain. The name was changed to K Mart in 1977, Stevenson said.` ⏎
/// `"We're selling and buying real estate …," he said` (Reuters reut2-006: it had been
/// Kresge, a chain).
#[test]
fn a_closing_report_hands_the_turn_to_its_reporter() {
    crate::speakers::assert_speakers(
        "reuters21578",
        &[(
            "reut2-006.sgm",
            "We're selling and buying real estate",
            "Robert Stevenson",
        )],
    );
}
