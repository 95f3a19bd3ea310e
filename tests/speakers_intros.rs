//! Speakers introduced before a quote with no cue of its own: by the sentence before it, or
//! by the subject of the sentence the quote sits in.

use crate::common::*;
use crate::speakers::{assert_bbc_speakers, assert_speakers, bbc_quote};

/// A quote paragraph whose first sentence is about someone, with no cue: the quote is theirs
/// (`Fostering Network executive director Robert Tapsfield criticised the existing system.
/// "There is just no logic …"`, BBC politics/103; `Speaking on his long-term plans, Campbell
/// signalled his intent to move abroad … "I'm 30 now …"`, sport/188), but only a person's:
/// `The Premiership …` hands no quote to the league (business/271). A report of other words
/// after the quote does not stop it (`“We put in 25 laptops …” Mr Negroponte wants the laptops
/// to become more common … but conceded this was ambitious`, tech/004). A quote inside a
/// sentence is that sentence's subject's when it is someone: `Mr Brown introduced Dr Greenspan
/// to the 400 invited guests as the “the world's greatest economist”` (business/213).
#[test]
fn a_narrative_sentence_about_someone_introduces_the_quote_after_it() {
    assert_bbc_speakers(&[
        (
            "politics/103.txt",
            "There is just no logic",
            "Robert Tapsfield",
        ),
        ("sport/188.txt", "I'm 30 now", "Sol Campbell"),
        (
            "tech/004.txt",
            "We put in 25 laptops",
            "Nicholas Negroponte",
        ),
        (
            "business/213.txt",
            "the world's greatest economist",
            "Gordon Brown",
        ),
    ]);
    let q = bbc_quote(
        &corpora(),
        "business/271.txt",
        "Television has been the driving force",
    );
    assert_ne!(q["speaker"], "Premiership", "{q}");
}

/// The sentence before a quote keeps its subject past what is no part of the report: an
/// adverb between commas (`He did, however, admit that copyright owners have "partly lost
/// control …"`, BBC entertainment/271: it was `He did`), a name given (`Matthew Herren from
/// EduVision told the BBC how … handheld computers called E-slates. "The E-slates connect
/// …"`, tech/066: it was the computers), and a number's thousands comma (`Northgate, which
/// produced 23,400 ounces of gold in first quarter, said`, Reuters reut2-017: it was
/// `produced 23`).
#[test]
fn an_adverb_a_name_given_or_a_number_is_no_subject() {
    assert_bbc_speakers(&[
        (
            "entertainment/271.txt",
            "partly lost control",
            "Peter Zombic",
        ),
        ("tech/066.txt", "The E-slates connect", "Matthew Herren"),
    ]);
    assert_speakers(
        "reuters21578",
        &[(
            "reut2-017.sgm",
            "We are still looking forward",
            "Northgate Exploration Ltd",
        )],
    );
}

/// An apposition that leaves out its closing comma names the speaker before it, though its
/// role comes after a few modifiers: `Eva Lichtenberg, a Austrian Green member of the
/// European Parliament said` (BBC tech/258: it was the European Parliament), `Michael
/// Lamberty, a Lufthansa spokesman said` (business/064: it was the spokesman); but not an
/// adverb (`Similarly, a Genentech spokeswoman said`, Reuters reut2-010) nor a body's name cut
/// at its comma (`A Department for Media, Culture and Sport spokeswoman said`, entertainment/
/// 289). `One member, described as …, said` is a member (Reuters reut2-011: it was `One`).
#[test]
fn the_name_before_an_unclosed_apposition_speaks() {
    assert_bbc_speakers(&[
        (
            "tech/258.txt",
            "Patent rights, it is claimed",
            "Eva Lichtenberg",
        ),
        (
            "business/064.txt",
            "We are doing research",
            "Michael Lamberty",
        ),
    ]);
    let q = bbc_quote(
        &corpora(),
        "entertainment/289.txt",
        "We're aware that people",
    );
    let speaker = q["speaker"].as_str().unwrap_or_default();
    assert!(speaker.ends_with("Sport spokeswoman"), "{q}");
    assert_speakers(
        "reuters21578",
        &[
            (
                "reut2-010.sgm",
                "We know it's a possibility",
                "a Genentech spokeswoman",
            ),
            ("reut2-011.sgm", "The deficit is due not only", "one member"),
        ],
    );
}

/// A name before two appositions speaks, the first a role: `George Miller, vice-president of
/// the Canadian Lake Carriers Association, an association of major Canadian shipping
/// companies, said` (Reuters reut2-008) and `Mark Olson, president of the ABA, …`
/// (reut2-020: it was `president of the ABA`); `The U.S. secretary of state says` is the
/// secretary, not `state` (National Post), and the one the live blog names so, Marco Rubio.
#[test]
fn a_name_before_a_role_and_a_description_speaks() {
    assert_speakers(
        "reuters21578",
        &[
            (
                "reut2-008.sgm",
                "These are the heaviest contract talks",
                "George Miller",
            ),
            (
                "reut2-020.sgm",
                "The underlying basics of the economy",
                "Mark Olson",
            ),
        ],
    );
    let post = crate::quotes::extract_fundus(&corpora(), "ca/NationalPost", "V1_1");
    assert_eq!(
        crate::quotes::speaker_of(&post, "I am monitoring the situation"),
        "Marco Rubio"
    );
}

/// A pronoun follows a chain of sentences it leads back to the name that began them: `British
/// actor Owen is hoping to repeat his Golden Globe success … . He raised one of the biggest
/// cheers of the night … . "I was always a huge fan of Closer …," he said` (BBC
/// entertainment/355: it was Richard Gere, who spoke last), and `Stuart has extensive
/// top-flight experience … . He joins Norwich … . "I've been very impressed …"` (sport/186:
/// it was Nigel Worthington). A sentence that opens with a quote ends the chain: `"He was
/// shaken …," said Everton spokesman Ian Ross. He added: "He did speak to the police …"`
/// stays the spokesman's (sport/175).
#[test]
fn a_pronoun_follows_a_chain_of_sentences_it_leads() {
    assert_bbc_speakers(&[
        (
            "entertainment/355.txt",
            "I was always a huge fan of Closer",
            "Clive Owen",
        ),
        ("sport/186.txt", "I've been very impressed", "Graham Stuart"),
        ("sport/175.txt", "He did speak to the police", "Ian Ross"),
    ]);
}

/// The words before a name that make its role stop at a reporting verb: `An Indian official
/// says Prime Minister Narendra Modi monitored …` ⏎ `The government official says …
/// "successfully."` is no Modi (National Post); `The shadow chancellor said Mr Brown's "golden
/// rule" …` after `Oliver Letwin, for the Tories, attacked …` is Letwin, the words before
/// `said` no role of Brown's (BBC politics/128: it was Brown).
#[test]
fn a_role_is_not_read_across_a_reporting_verb() {
    assert_bbc_speakers(&[("politics/128.txt", "golden rule", "Oliver Letwin")]);
    let post = crate::quotes::extract_fundus(&corpora(), "ca/NationalPost", "V1_1");
    assert_ne!(
        crate::quotes::speaker_of(&post, "successfully."),
        "Narendra Modi"
    );
}

/// A narrative paragraph introduces the quote paragraph after it by its last report whose
/// subject is someone, not by its very last verb of saying: `Steve Ash, from Activcard, told
/// the BBC News website there are two parts … . The most difficult is to ascertain whether an
/// individual is who they say they are` ⏎ `"The end solution is …"` is Ash's (BBC tech/031);
/// `Ward said Guinness had made a transparent attempt …, the PA reported.` ⏎ `"I wish to
/// emphasise …"` is Thomas Ward's, not the agency's (Reuters). Without a report, the person
/// who is the subject of its last sentence: `On this subject, Morris appears almost
/// evangelical.` ⏎ `"I was on a cruise …"` (politics/267); a possessive is no subject (`Labour's
/// claimed financial black hole`, politics/270: Michael Howard's words). A paragraph whose
/// only report is a description's (`Dart Group is likely seeking to buy Supermarkets General,
/// analysts said.`) introduces no one: the broken quote after it stays without a speaker.
#[test]
fn a_narrative_paragraph_introduces_by_its_last_report_of_someone() {
    assert_bbc_speakers(&[
        (
            "tech/031.txt",
            "The end solution is to provide",
            "Steve Ash",
        ),
        ("politics/267.txt", "I was on a cruise", "Dick Morris"),
        (
            "politics/270.txt",
            "At this election, people will",
            "Michael Howard",
        ),
    ]);
    assert_speakers(
        "reuters21578",
        &[
            (
                "reut2-015.sgm",
                "I wish to emphasise that the fee",
                "Thomas Ward",
            ),
            (
                "reut2-020.sgm",
                "We've had three years in a row",
                "Richard Lyng",
            ),
        ],
    );
    let q = crate::speakers::quote_in(
        &corpora().join("reuters21578/reut2-003.sgm"),
        "There's been rumors that they've taken",
    );
    assert!(q["speaker"].is_null(), "{q}");
}

/// A quote with no cue after a sentence that ends on a person's full name is theirs when
/// that sentence's subject is no one: `The technology … grew out of medical research done by
/// the company's research director Dr Alastair Sibbald. "We are basically trying to fool
/// your ears …"` (BBC tech/325), `I am reminded of a quote attributed to Thomas Jefferson. "A
/// nation that limits freedom …"` (politics/290); a quote inside its sentence is not
/// introduced so (`… issued a statement calling Davis "an icon in the American theatre"`,
/// entertainment/044, stays no one's). A narrative paragraph that opens `According to
/// Gauteng Cogta,` introduces the source for the quote paragraph after it (The Citizen).
#[test]
fn a_name_ending_the_sentence_or_an_according_to_introduces_the_quote() {
    assert_bbc_speakers(&[
        (
            "tech/325.txt",
            "We are basically trying to fool",
            "Alastair Sibbald",
        ),
        (
            "politics/290.txt",
            "A nation that limits freedom",
            "Thomas Jefferson",
        ),
    ]);
    let davis = extract_articles(&corpora().join("bbc-news-2225/entertainment/044.txt"));
    let quotes = davis[0]["quotes"].as_array().unwrap();
    assert!(
        !quotes.iter().any(
            |q| q["text"] == "an icon in the American theatre" && q["speaker"] == "Ossie Davis"
        ),
        "{quotes:?}"
    );
    let citizen = crate::quotes::extract_fundus(&corpora(), "za/TheCitizen", "V1");
    assert_eq!(
        crate::quotes::speaker_of(&citizen, "The province’s summer readiness plan"),
        "Gauteng Cogta"
    );
}

/// A cue that opens the next quote with a colon hands the turn over there, so the quote
/// before it goes on with the speaker before: `“How you respond to adversity …” argues
/// Richards.` ⏎ `“One of the challenges …” And Yelling says: “I think …”` (BBC sport/040),
/// `“…” Mr Sukul said.` ⏎ `“(When they went) back …” Interrupting Mr Sukul …, Mr Mawrey
/// said:` (politics/148). Who `added:` has spoken already: `Ian Harris … said the machine
/// would appeal …` ⏎ `“They want a further taste of Mac …” Harris added:` (tech/260).
#[test]
fn a_colon_cue_after_a_quote_speaks_for_the_next_one() {
    assert_bbc_speakers(&[
        (
            "sport/040.txt",
            "One of the challenges of massive",
            "Hugh Richards",
        ),
        ("sport/040.txt", "I think this will probably", "Liz Yelling"),
        ("politics/148.txt", "(When they went) back", "Ravi Sukul"),
        ("tech/260.txt", "They want a further taste", "Ian Harris"),
    ]);
}

/// Names the tagger misses or mistypes around them: a county after a town in an
/// apposition (`Mr Johnson, MP for Henley-on-Thames, Oxfordshire, said`, BBC politics/075),
/// an honour after a name (`Ian MacDonald QC quit …`, politics/160: one person with his
/// later `Mr MacDonald`), a Korean name written surname first (`Park Sin-bom`, Reuters),
/// and a phrase of place opening the sentence before a `he said` (`In Soweto's Orlando
/// East, spaza shop owner Themba Mkhize said …`).
#[test]
fn appositions_honours_and_surname_first_names_keep_their_speaker() {
    assert_bbc_speakers(&[
        (
            "politics/075.txt",
            "because of this curious way",
            "Boris Johnson",
        ),
        (
            "politics/160.txt",
            "The reason why I am resigning",
            "Ian MacDonald",
        ),
    ]);
    let reuters = extract_articles(&corpora().join("reuters21578/reut2-006.sgm"));
    let korean = reuters
        .iter()
        .filter(|a| names(a, "people").contains("Park Sin-bom"))
        .count();
    assert!(korean >= 1, "Park Sin-bom is a person in reut2-006");
    let article = extract_text(
        "Power cuts are hurting small traders.\n\n\
         In Soweto's Orlando East, spaza shop owner Themba Mkhize said he had thrown away \
         stock. \"Every time they go to Stage 6, I lose stock,\" he said.\n\n\
         Ballycotton, Co Cork, is where novelist Nuala Breen lives. \"I wrote it all \
         here,\" she says.\n",
    );
    assert_eq!(
        crate::quotes::speaker_of(&article, "Every time they go"),
        "Themba Mkhize"
    );
    assert_eq!(
        crate::quotes::speaker_of(&article, "I wrote it all"),
        "Nuala Breen"
    );
    assert!(!names(&article, "people").contains("Co Cork"));
}

/// A feature's interviewees introduced by narrative (BBC business/287, read in news-quotes
/// round 6): `this remarkably active senior citizen reveals …: "…"` points back at Mr
/// Toshitsune, whom the paragraph is about; `On the outskirts of Kyoto, 83-year-old Yuji
/// Shimizu contemplates this phenomenon …` ⏎ `"…," he remarks.` is Shimizu (an age before
/// the name still leaves him the subject, and `remarks` after a pronoun is a verb). Both had
/// no speaker or a description.
#[test]
fn a_demonstrative_and_an_aged_subject_introduce_the_speaker() {
    assert_bbc_speakers(&[
        (
            "business/287.txt",
            "Well, what's most important",
            "Torao Toshitsune",
        ),
        (
            "business/287.txt",
            "I think this is because",
            "Yuji Shimizu",
        ),
        (
            "business/287.txt",
            "On average, we can live",
            "Yuji Shimizu",
        ),
    ]);
}

/// A sentence that reports someone's words hands them the uncued quote after it, a body
/// included (`In a statement on Sunday, the Cabinet Office said it was reviewing the Civil
/// Service Pension Scheme, and hoped to announce proposals soon. "Unions will of course be
/// consulted …"`, BBC politics/042), where a sentence merely about a body does not; and a
/// person's firm after `of` is part of the subject (`Eli Wachtel of Bear, Stearns and Co
/// was emphatic. "I do not believe …"`, Reuters reut2-020: both had no speaker).
#[test]
fn a_reporting_sentence_or_a_person_of_a_firm_introduces_the_quote() {
    assert_bbc_speakers(&[
        (
            "politics/042.txt",
            "Unions will of course be consulted",
            "Cabinet Office",
        ),
        (
            "politics/042.txt",
            "Public sector pension schemes",
            "Cabinet Office",
        ),
    ]);
    assert_speakers(
        "reuters21578",
        &[(
            "reut2-020.sgm",
            "I do not believe the drop was precipitated",
            "Eli Wachtel",
        )],
    );
}
