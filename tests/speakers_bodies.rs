//! Who said it, on real stories, continued from `speakers_reported.rs` (split to keep each
//! file short): organisations and documents as speakers (a statement, a letter, a study, a
//! town's police, the White House), and the organisation an `it` means.

use crate::common::*;
use crate::quotes::{extract_fundus, speaker_of};
use crate::speakers::{assert_bbc_speakers, assert_speakers, bbc_quote};

/// `In a statement the RSPCA said …` ⏎ `“…,” said the statement` is the RSPCA (BBC tech/202;
/// it went to the man named before, John Underwood), and the body keeps its name as written,
/// not "Rspca". `The call was made in a report into the BBC's Freeview digital service`
/// names what the report is about, not its author (entertainment/202). `The Boeing
/// statement` is Boeing's (Reuters).
#[test]
fn the_statement_is_by_whoever_spoke_in_it() {
    let corpora = corpora();
    let rifle = extract_articles(&corpora.join("bbc-news-2225/tech/202.txt")).remove(0);
    assert_eq!(speaker_of(&rifle, "Animals hit but not killed"), "RSPCA");
    assert_eq!(speaker_of(&rifle, "We assume it would be"), "RSPCA");
    let nao = bbc_quote(&corpora, "entertainment/202.txt", "impressive");
    assert_ne!(nao["speaker"], "BBC's Freeview", "{nao}");
    // `The Boeing statement after the crash said: “…,” the statement said` (it went to
    // Washington)
    assert_speakers(
        "reuters21578",
        &[("reut2-013.sgm", "Examination of the wreckage", "Boeing")],
    );
}

/// `The White House said` is a body's name, as `the Pentagon` is: `House` is no title that
/// makes the words before it a description (Reuters reut2-003 `The White House said that a
/// proposal … "would clearly be a tax increase"`, reut2-018 `The White House called … a
/// "pickpocket" spending plan`; both were the description "the White House").
#[test]
fn the_white_house_is_a_body() {
    assert_speakers(
        "reuters21578",
        &[
            (
                "reut2-003.sgm",
                "would clearly be a tax increase",
                "White House",
            ),
            ("reut2-018.sgm", "pickpocket", "White House"),
        ],
    );
}

/// `the firm` is the body the article set that noun before (`sportswear firm Umbro`), not the
/// club named since (BBC business/040: `Umbro … signed a new four-year agreement with
/// Scottish club Rangers … The firm … said it is "appraising …"` had been Rangers).
#[test]
fn the_firm_is_the_one_the_article_called_so() {
    assert_bbc_speakers(&[(
        "business/040.txt",
        "appraising a number of additional investment opportunities",
        "Umbro",
    )]);
}

/// A document speaks for the author named right after it: `The need to eliminate
/// "inefficiencies and redundancies" was behind the decision …, according to a memo from
/// Laurence Tisch` (Reuters reut2-003) had been the description "a memo".
#[test]
fn a_document_from_someone_is_theirs() {
    assert_speakers(
        "reuters21578",
        &[(
            "reut2-003.sgm",
            "inefficiencies and redundancies",
            "Laurence Tisch",
        )],
    );
}

/// A document speaks for its author, never for whom it is addressed to, and a plural's
/// possessive names the author too: `The Conservatives’ letter to Daniel Greenberg, the
/// standards commissioner, said: “…”` and `The letter also said that “…”` (The Telegraph)
/// had both been Greenberg's (they are the Conservatives', as the story names the party); `“…,” the Life Insurers' study said` (Reuters reut2-004) had
/// been Frank Naylor's. The mark also stays inside a role: `Bumpei Otsuki, President of the
/// Japan Federation of Employers' Associations told` (reut2-016) is Otsuki, not the body.
#[test]
fn a_letter_is_its_authors_not_its_addressees() {
    let telegraph = extract_fundus(&corpora(), "uk/TheTelegraph", "V1_1");
    for opening in [
        "In August it was reported that Lord Alli",
        "there must be a full investigation into this scandal",
    ] {
        assert_eq!(speaker_of(&telegraph, opening), "Conservatives");
    }
    assert_speakers(
        "reuters21578",
        &[
            (
                "reut2-004.sgm",
                "If the farm credit system were the guarantor of the pools",
                "Life Insurers",
            ),
            (
                "reut2-016.sgm",
                "If you really want to expand domestic demand",
                "Bumpei Otsuki",
            ),
        ],
    );
}

/// A document's author is whoever the article says made it, before the last speaker: `a
/// recent joint study published by the Financial Industry Regulatory Authority Investor
/// Education Foundation` ⏎ `…, according to the study` (CNBC) had been the planner quoted
/// before it; `A recent report by the Organisation for Economic Cooperation and Development`
/// ⏎ `…, the report said` (Reuters reut2-005) had been a French economist.
#[test]
fn a_study_is_by_whoever_published_it() {
    let cnbc = extract_fundus(&corpora(), "us/CNBC", "V1");
    assert_eq!(
        speaker_of(&cnbc, "a social element to cryptocurrency investing"),
        "Financial Industry Regulatory Authority Investor Education Foundation"
    );
    assert_speakers(
        "reuters21578",
        &[(
            "reut2-005.sgm",
            "increasingly ill-adapted to demand",
            "Organisation for Economic Cooperation and Development",
        )],
    );
}

/// A town's police are the force the article named: `Plymouth police promise "robust"
/// action` (The Mirror's live page, which names Devon and Cornwall Police) had been a
/// person or body "Plymouth"; `Local police were said to be "surprised"` (BBC politics/144)
/// had been "Local".
#[test]
fn a_towns_police_are_its_force() {
    let mirror = extract_fundus(&corpora(), "uk/TheMirror", "V1_1");
    assert_eq!(speaker_of(&mirror, "robust"), "Devon and Cornwall Police");
    assert_bbc_speakers(&[("politics/144.txt", "surprised", "Local police")]);
}

/// A body's relative clause is the body's: `It was met with protests by the National Council
/// for Adoption, which said it "exploits" sensitive emotions` (BBC entertainment/166) had no
/// speaker; `remarks by the Bank of Italy, which announced the deficit … and said it had been
/// partly caused by "non-banking capital outflows"` (Reuters reut2-019) had been dropped.
#[test]
fn a_bodys_relative_clause_is_the_bodys() {
    assert_bbc_speakers(&[(
        "entertainment/166.txt",
        "exploits",
        "National Council for Adoption",
    )]);
    assert_speakers(
        "reuters21578",
        &[(
            "reut2-019.sgm",
            "non-banking capital outflows",
            "Bank of Italy",
        )],
    );
}

/// An `it` inside a sentence an organisation opens is that organisation, though another is
/// named between: `The UAW gave GM what it calls a "five-day letter,"` (Reuters reut2-007:
/// it had been GM), `The Home Office has produced its own report on CSOs which it describes
/// as "encouraging"` (BBC politics/239: it had been the Police Federation).
#[test]
fn it_inside_a_sentence_an_organisation_opens_is_that_organisation() {
    assert_speakers(
        "reuters21578",
        &[("reut2-007.sgm", "five-day letter", "United Auto Workers")],
    );
    assert_bbc_speakers(&[("politics/239.txt", "encouraging", "Home Office")]);
}

/// An `it` opening its sentence is the organisation that opened the sentence before, BBC
/// style a paragraph apart: `The LSE rejected Deutsche Boerse's proposed £1.3bn offer …` ⏎
/// `But it agreed … whether a "significantly-improved proposal" …` (BBC business/392: it
/// had been Deutsche Boerse; and no sentence ends inside `£1.3bn`), `Trust America Service
/// Corp said … ITT Mortgage Corp …. It said … "important: source of revenue."` (Reuters
/// reut2-007: it had been ITT). Not an owner opening it: `Keane's Hopes and Fears, was
/// described as …. It also said …` is still Q Magazine's (entertainment/106), `Athletics'
/// ruling body the IAAF said …. It added` the IAAF's (sport/033). A period inside a name
/// ends no sentence either: `Judge Mr T.Clayson said …` ⏎ `He said he classed Axcell as a
/// “fully functioning adult”` (Scarborough News via go-htmldate: it had been Axcell).
#[test]
fn it_opening_a_sentence_is_the_organisation_opening_the_one_before() {
    assert_bbc_speakers(&[
        (
            "business/392.txt",
            "significantly-improved proposal",
            "London Stock Exchange",
        ),
        ("entertainment/106.txt", "natural, unforced", "Q Magazine"),
        ("sport/033.txt", "provisionally suspended", "IAAF"),
    ]);
    let trust = crate::speakers::quote_in(
        &corpora().join("reuters21578/reut2-007.sgm"),
        "important: source of revenue",
    );
    assert_ne!(trust["speaker"], "ITT Mortgage Corp", "{trust}");
    assert!(
        trust["speaker"]
            .as_str()
            .is_some_and(|s| s.contains("America Service Corp")),
        "{trust}"
    );
    let page = crate::common::go_module_page(
        crate::common::HTMLDATE_PAGES,
        "test-files/comparison/thescarboroughnews.co.uk-Scarborough.html",
    );
    let scarborough = extract_articles(&page).remove(0);
    assert_eq!(
        speaker_of(&scarborough, "fully functioning adult"),
        "T.Clayson"
    );
}

/// A number after a name is part of it: `Radio 1 said the station was not trying to replace
/// Peel, but would rise to the "challenge" …` (BBC entertainment/197) is the station, an
/// organisation; it had been a description ("(unnamed)" in `speakers`), cut at the digit.
#[test]
fn a_numbered_name_speaks_as_an_organisation() {
    let quote = bbc_quote(
        &corpora(),
        "entertainment/197.txt",
        "keeping his legacy alive",
    );
    assert_eq!(quote["speaker"], "Radio 1", "{quote}");
    assert_eq!(quote["speaker_kind"], "org", "{quote}");
}
