//! Who said it, on real stories: one test per kind of attribution error found by reading
//! the speakers of all BBC stories (and Reuters wire copy) before and after each change.

use crate::common::*;
use crate::quotes::{extract_fundus, speaker_of};

/// The quote that starts with `opening` in the file at `path` (the first article of the file
/// that has one: a Reuters SGML file holds a thousand).
pub(crate) fn quote_in(path: &std::path::Path, opening: &str) -> serde_json::Value {
    extract_articles(path)
        .iter()
        .flat_map(|article| article["quotes"].as_array().unwrap().clone())
        .find(|q| q["text"].as_str().unwrap().starts_with(opening))
        .unwrap_or_else(|| panic!("no quote {opening:?} in {}", path.display()))
}

/// The speaker of the quote of an extracted `article` that starts with `opening`.
pub(crate) fn speaker_in(article: &serde_json::Value, opening: &str) -> serde_json::Value {
    article["quotes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|q| q["text"].as_str().unwrap().starts_with(opening))
        .unwrap_or_else(|| panic!("no quote {opening:?}: {article}"))["speaker"]
        .clone()
}

/// Asserts the speaker of each `(file, quote opening, speaker)`, the file under the shared
/// corpora's `dir` (`bbc-news-2225`, `reuters21578`).
pub(crate) fn assert_speakers(dir: &str, cases: &[(&str, &str, &str)]) {
    let corpora = corpora();
    for &(file, opening, speaker) in cases {
        let q = quote_in(&corpora.join(dir).join(file), opening);
        assert_eq!(q["speaker"], speaker, "{file}: {q}");
    }
}

/// The quote of BBC story `file` (under the shared corpora) that starts with `opening`.
pub(crate) fn bbc_quote(corpora: &std::path::Path, file: &str, opening: &str) -> serde_json::Value {
    quote_in(&corpora.join("bbc-news-2225").join(file), opening)
}

/// Asserts the speaker of each `(BBC story, quote opening, speaker)`.
pub(crate) fn assert_bbc_speakers(cases: &[(&str, &str, &str)]) {
    assert_speakers("bbc-news-2225", cases);
}

/// A quote that ends its sentence keeps the speaker before it when the next sentence reports
/// speech of its own (`." James Hardie chairwoman, Meredith Hellicar, said the deal …`, BBC
/// business/337); `the OSI said` is the organisation (business/357); `X of the PCO told`,
/// `said retail analyst Nick Bubb of Evolution Securities`, `Anne Thompson of the Hollywood
/// Reporter said` and `Simon Hart of the Countryside Alliance has questioned` are the people,
/// not their firms (business/334, business/393, entertainment/078, politics/134); and `A Labour spokesman later said the timing …` introduces
/// the next quote (politics/331).
#[test]
fn a_sentence_of_its_own_a_named_body_and_a_person_of_a_firm_speak_as_written() {
    assert_bbc_speakers(&[
        (
            "business/337.txt",
            "There is still a long way to go",
            "Bernie Banton",
        ),
        (
            "business/357.txt",
            "This legal prosecution",
            "Open Society Institute",
        ),
        (
            "business/334.txt",
            "mutually agreed-to separation",
            "Eric Schnaible",
        ),
        ("entertainment/078.txt", "heart-wrenching", "Anne Thompson"),
        (
            "politics/134.txt",
            "The definitions of legal and illegal hunting",
            "Simon Hart",
        ),
        ("business/393.txt", "Laura Ashley is a bit", "Nick Bubb"),
        (
            "politics/331.txt",
            "This has been up on the website",
            "a Labour spokesman",
        ),
    ]);
}

/// `In a separate interview with BBC political editor Andrew Marr, Mr Brown said:` is Gordon
/// Brown, not the interviewer (BBC politics/255); `Writing his Christmas message in the
/// Northern Echo, the Bishop said:` is the bishop (entertainment/009); `the spokesman said`
/// after `A Bayern spokesman said on Monday …` is that spokesman (sport/136); `the
/// organisation said` is Reporters Without Borders (tech/035); `said a spokesman for Ofcom` is
/// that unnamed spokesman (tech/275).
#[test]
fn a_name_after_a_preposition_is_no_subject_and_roles_find_their_speaker() {
    assert_bbc_speakers(&[
        (
            "politics/255.txt",
            "It's very important that we all",
            "Gordon Brown",
        ),
        (
            "entertainment/009.txt",
            "Conspiracy theories are always fun",
            "Tom Wright",
        ),
        ("sport/136.txt", "He's got back pain", "a Bayern spokesman"),
        (
            "tech/035.txt",
            "The authorities are trying",
            "Reporters Without Borders",
        ),
        // `…,” said a spokesman for Ofcom.`: unnamed, so a description in full.
        (
            "tech/275.txt",
            "We're seeking opinion",
            "a spokesman for Ofcom",
        ),
    ]);
}

/// `The Indian army in a statement said Pakistani troops “resorted to arbitrary firing”`
/// (National Post) and `Band Aid founder Bob Geldof in July said` (BBC politics/127): where or
/// when it was said is not the subject.
#[test]
fn in_a_statement_and_in_july_are_not_the_subject() {
    let post = extract_fundus(&corpora(), "ca/NationalPost", "V1_1");
    assert_eq!(
        speaker_of(&post, "resorted to arbitrary firing"),
        "the Indian army"
    );
    // `Indian Foreign Secretary Vikram Misri in a news briefing in New Delhi accused …`:
    // two settings in a row, the second a place (the speaker had been New Delhi).
    assert_eq!(speaker_of(&post, "demonstrable steps"), "Vikram Misri");
    assert_bbc_speakers(&[("politics/127.txt", "guff", "Bob Geldof")]);
}

/// `The 41-year-old chart-topper told reporters` is George Michael, named before (BBC
/// entertainment/269); `,” Julio Hegedus, chief economist with Lopes Filho & Associates …,
/// told Reuters` reaches its verb past the `&` (business/490).
#[test]
fn an_aged_description_is_a_person_and_an_ampersand_keeps_the_apposition() {
    assert_bbc_speakers(&[
        ("entertainment/269.txt", "I'm still going", "George Michael"),
        (
            "business/490.txt",
            "The data is favourable",
            "Julio Hegedus",
        ),
    ]);
}

/// `,” the Department for Transport said on` names the department whole (BBC business/166);
/// `,” David Noone from Intervoice said` is the person, not his firm (tech/069).
#[test]
fn an_institutions_for_joins_its_name_and_a_person_from_a_firm_speaks() {
    assert_bbc_speakers(&[
        (
            "business/166.txt",
            "We've always said",
            "Department for Transport",
        ),
        ("tech/069.txt", "We put the numbers", "David Noone"),
    ]);
}

/// `Dr Fox said` is Liam Fox: after a title, a word that is also an outlet's name (`Fox`) is a
/// surname (BBC politics/011).
#[test]
fn a_title_makes_an_outlets_name_a_surname() {
    assert_bbc_speakers(&[("politics/011.txt", "We want Michael", "Liam Fox")]);
}

/// Names that hold `of`, `and` or a be-verb: `,” National Bureau of Statistics chief Li Deshui
/// told Reuters` (BBC business/286), `,” the Finance and Economy Ministry said` (business/258),
/// `A Department for Education and Skills spokeswoman said` (politics/023), `But Dunne is keen
/// to put that period … behind him and said:` (sport/250), `Johansson was more restrained in
/// his assessment:` (sport/453), and `said Rangers manager Alex McLeish of Novo's punishment`
/// (sport/253), whose `of` follows the name.
#[test]
fn names_with_of_and_or_a_be_verb_still_speak() {
    assert_bbc_speakers(&[
        (
            "business/286.txt",
            "We need a good and feasible",
            "Li Deshui",
        ),
        ("business/286.txt", "Those who hope", "Li Deshui"),
        (
            "business/258.txt",
            "Internal and external",
            "Finance and Economy Ministry",
        ),
        (
            "politics/023.txt",
            "sufficient to continue",
            "a Department for Education and Skills spokeswoman",
        ),
        ("sport/250.txt", "I've grown up a lot", "Richard Dunne"),
        (
            "sport/453.txt",
            "I have to improve my serve",
            "Joachim Johansson",
        ),
        (
            "sport/253.txt",
            "I'm extremely disappointed",
            "Alex McLeish",
        ),
    ]);
}

/// A sentence between quotes that reports someone's words hands them the turn: `Maciej
/// Sundra, who designed …, says the project's ultimate goal is … . “Why …”` (BBC tech/066),
/// `Adam Jollans, IBM's … manager, said the move was … . “We believe …”` (tech/268), `Chief
/// constable Mr Hayman acknowledged that … . “If you come to Norwich …”` (politics/198).
/// A verb of thought does so where no quote before has a speaker (`she accepts that it has
/// opened doors for her. “People will …”`, entertainment/369), but not in a clause about
/// others (`Doctors in Athens had wanted to operate …`, sport/093, stays Jamie Costin's).
#[test]
fn a_reporting_sentence_between_quotes_hands_over_the_turn() {
    assert_bbc_speakers(&[
        ("tech/066.txt", "Why in this age", "Maciej Sundra"),
        (
            "tech/066.txt",
            "We plan to put a solar panel",
            "Matthew Herren",
        ),
        ("tech/268.txt", "We believe that releasing", "Adam Jollans"),
        ("politics/198.txt", "If you come to Norwich", "Andy Hayman"),
        (
            "entertainment/369.txt",
            "People will definitely listen",
            "Andrea Arnold",
        ),
        (
            "sport/093.txt",
            "The Greek doctors were going",
            "Jamie Costin",
        ),
    ]);
}

/// Wire copy names a speaker beside his firm: `Another analyst, Richard Cohen at Brown Baldwin
/// Nisker Ltd, noted that “…”` (Reuters-21578 reut2-010) and `,” said Kleinwort and Benson
/// Ltd's securities analyst, Peter Tasker` (reut2-011) are the men, not the analyst or the firm.
#[test]
fn a_name_beside_its_firm_speaks() {
    assert_speakers(
        "reuters21578",
        &[
            (
                "reut2-010.sgm",
                "a lot of foreign investors",
                "Richard Cohen",
            ),
            (
                "reut2-011.sgm",
                "It will be very difficult to repeat",
                "Peter Tasker",
            ),
        ],
    );
}

/// A title finds the person the article introduced with it: `Home Secretary Charles Clarke`
/// then `The home secretary said … "ensure we can know everybody …"` (BBC politics/220),
/// `Foreign Secretary Jack Straw` then `The foreign secretary meanwhile said the "justice"`
/// (politics/373), `Archbishop Desmond Tutu` then `The South African archbishop said …
/// "unacceptable"` (politics/205); `The Bishop of Durham, the Rt Rev Dr Tom Wright` is the
/// bishop (entertainment/009). A title no one was introduced with stays a description: `the
/// Tory MP for Sleaford and North Hykeham` is neither the place nor the nearest person
/// (politics/273).
#[test]
fn a_title_finds_the_person_introduced_with_it() {
    assert_bbc_speakers(&[
        (
            "politics/220.txt",
            "ensure we can know everybody",
            "Charles Clarke",
        ),
        ("politics/373.txt", "justice", "Jack Straw"),
        ("politics/205.txt", "unacceptable", "Desmond Tutu"),
        (
            "entertainment/009.txt",
            "The evidence for Jesus",
            "Tom Wright",
        ),
        (
            "politics/273.txt",
            "cannot be frozen in aspic",
            "the Tory MP for Sleaford and North Hykeham",
        ),
    ]);
}

/// A clause ending in a colon hands the quote to its subject: `He is prepared to go this
/// far: "A clear conclusion has been reached …"` is Charles Kennedy's (BBC politics/284: a
/// `He` before `is prepared` is still a subject), and `He concludes: "Keep it blogged"` is
/// the blogger's (tech/106), not a description `He concludes`.
#[test]
fn a_clause_ending_in_a_colon_hands_the_quote_to_its_subject() {
    assert_bbc_speakers(&[
        (
            "politics/284.txt",
            "A clear conclusion has been reached",
            "Charles Kennedy",
        ),
        ("tech/106.txt", "Keep it blogged", "Heretic"),
        // A month that speaks is a surname: `May said:`, `," May wrote on his website`,
        // and `Labour MSP Christine May had said` has no modal verb in it (politics/089).
        (
            "entertainment/138.txt",
            "We were both so amazed",
            "Brian May",
        ),
        (
            "politics/089.txt",
            "He was almost bound to get the answer",
            "Christine May",
        ),
    ]);
}

/// A reporting verb that is also a plural noun is a noun after a count: `Wilkinson, who has
/// scored 817 points in 52 internationals` reports nothing, so Andy Robinson's quote before
/// it stays his and `"…," he said` after it is Jonny Wilkinson's (BBC sport/373).
#[test]
fn a_counted_noun_is_no_reporting_verb() {
    assert_bbc_speakers(&[
        ("sport/373.txt", "Captaincy offers", "Andy Robinson"),
        (
            "sport/373.txt",
            "It's the ambition of so many players",
            "Jonny Wilkinson",
        ),
    ]);
}

/// A name ending in a word that is also a title is a person, not a description: `said Paul
/// King, chief security architect at Cisco` (BBC tech/270), `Director of television Jana
/// Bennett` (entertainment/313).
#[test]
fn a_name_ending_in_a_title_word_is_a_person() {
    let corpora = corpora();
    for (file, opening, speaker) in [
        ("tech/270.txt", "Net firms are realising", "Paul King"),
        (
            "entertainment/313.txt",
            "getting the best ideas",
            "Jana Bennett",
        ),
    ] {
        let q = bbc_quote(&corpora, file, opening);
        assert_eq!(q["speaker"], speaker, "{file}: {q}");
        assert_eq!(q["speaker_kind"], "person", "{file}: {q}");
    }
}

/// A peer is a person whatever the tagger took him for, and the body named before a
/// statement wrote it: `Lord Woolf said: "I have, so far, failed …"` (BBC politics/211: the
/// tagger's organisation), `Tory peer Lord Tebbit said … "After all, he is far from …," he
/// added` (politics/296: he is the peer, not Dr Fox), `said an FA statement` (sport/137:
/// the Football Association, as the story also names it) and `An IAAF statement said: …
/// The statement continued: "…"` (sport/081: the International Association of Athletics
/// Federations, whose initials the story also writes).
#[test]
fn a_peer_is_a_person_and_a_bodys_statement_is_the_bodys() {
    let corpora = corpora();
    let woolf = bbc_quote(&corpora, "politics/211.txt", "I have, so far, failed");
    assert_eq!(woolf["speaker"], "Lord Woolf", "{woolf}");
    assert_eq!(woolf["speaker_kind"], "person", "{woolf}");
    assert_bbc_speakers(&[
        ("politics/296.txt", "After all, he is far", "Lord Tebbit"),
        (
            "sport/137.txt",
            "The referee has confirmed",
            "Football Association",
        ),
        (
            "sport/081.txt",
            "Both athletes' cases",
            "International Association of Athletics Federations",
        ),
    ]);
}

/// `The 31-year-old insisted he will be happy if he is charged … "If a decision is taken …"`
/// is Kostas Kenteris's (BBC sport/047: an age describes a person), and `"Everything is going
/// digital," Kirsten Pfeifer from the Consumer Electronics Association, told the BBC` names
/// her, so her next quote after a sentence about the show is hers too (tech/193).
#[test]
fn an_age_and_a_name_from_a_body_speak() {
    assert_bbc_speakers(&[
        ("sport/047.txt", "If a decision is taken", "Kostas Kenteris"),
        (
            "tech/193.txt",
            "Everything is going digital",
            "Kirsten Pfeifer",
        ),
        (
            "tech/193.txt",
            "Consumers are controlling",
            "Kirsten Pfeifer",
        ),
    ]);
}

/// Two people who said it together are the first named (the news-quotes guideline): `JP
/// Morgan chief executive William Harrison and chief operating officer James Dimon said in
/// the letter` (BBC business/477), `singer Gary Lightbody and drummer Jonny Quinn said`
/// (entertainment/125).
#[test]
fn two_speakers_together_are_the_first_named() {
    assert_bbc_speakers(&[
        (
            "business/477.txt",
            "We all know slavery existed",
            "William Harrison",
        ),
        (
            "entertainment/125.txt",
            "I think a lot of bands",
            "Gary Lightbody",
        ),
    ]);
}

/// `Chairman of the Environmental Audit Committee Peter Ainsworth MP, said: "…"` is Peter
/// Ainsworth (BBC politics/167: a stray comma, and a tagger that ran the committee into the
/// man), while `Tory leader Michael Howard, asked about …, said` after a quote is no speaker
/// of it: `"Let's just apologise and move on …"` stays Tony Blair's (politics/186).
#[test]
fn a_stray_comma_after_a_name_still_names_the_speaker() {
    assert_bbc_speakers(&[
        (
            "politics/167.txt",
            "The government's housing policy",
            "Peter Ainsworth",
        ),
        (
            "politics/186.txt",
            "Let's just apologise and move on - that's",
            "Tony Blair",
        ),
    ]);
}

/// The name after a role of something is the speaker, not the role: `director of rugby Nigel
/// Melville told` (BBC sport/358), `the minister for civil aviation Praful Patel` (business/339);
/// and `Henry afterwards said` is Thierry Henry, not a description `Henry afterwards` (sport/281),
/// as `said Nadal afterwards` is Rafael Nadal (sport/469).
#[test]
fn the_name_after_a_role_of_something_speaks() {
    assert_bbc_speakers(&[
        (
            "sport/358.txt",
            "Under the Elite Player Squad",
            "Nigel Melville",
        ),
        ("business/339.txt", "The days of flying", "Praful Patel"),
        ("sport/281.txt", "beautiful to watch", "Thierry Henry"),
        (
            "sport/469.txt",
            "What a great way to finish",
            "Rafael Nadal",
        ),
    ]);
}

/// A sentence about someone named in full between two quotes hands the turn over: after
/// `"…," said Nadal afterwards. US coach Patrick McEnroe wants Roddick … to play more tennis on
/// clay.` the next quote is McEnroe's (BBC sport/469); after Brian Taylor's quote, `Treasury
/// Secretary John Snow put a brave face on the news …` hands it to John Snow (business/440).
#[test]
fn a_sentence_about_someone_named_in_full_between_quotes_hands_over_the_turn() {
    assert_bbc_speakers(&[
        (
            "sport/469.txt",
            "I think it will help these guys",
            "Patrick McEnroe",
        ),
        ("business/440.txt", "The economy is growing", "John Snow"),
    ]);
}

/// A title is the one person the article gives it, later if not yet, and never one who holds
/// another office: `The home secretary said … "well informed"` before `Home Secretary Charles
/// Clarke told …` (BBC politics/100); `the chancellor` is Gordon Brown, not `shadow chancellor
/// Oliver Letwin` (politics/175).
#[test]
fn a_title_is_its_holder_not_the_shadow() {
    assert_bbc_speakers(&[
        ("politics/100.txt", "well informed", "Charles Clarke"),
        (
            "politics/175.txt",
            "the only party trusted with the economy",
            "Gordon Brown",
        ),
    ]);
}

/// `the magazine reported` is the publication named beside that word: `US magazine Rolling
/// Stone` (BBC entertainment/162), `Mobile PC magazine` (tech/009).
#[test]
fn the_magazine_is_the_one_named_beside_the_word() {
    assert_bbc_speakers(&[
        (
            "entertainment/162.txt",
            "Prince returned to centre stage",
            "Rolling Stone",
        ),
        (
            "tech/009.txt",
            "In general we included only items",
            "Mobile PC",
        ),
    ]);
}

/// A name before two appositions speaks, not the body in the first: `Richard Doherty, from
/// Panasonic's Hollywood Laboratories, one of the pioneers of Blu-ray, told the BBC` (BBC
/// tech/155).
#[test]
fn a_name_before_its_body_and_its_role_speaks() {
    assert_bbc_speakers(&[(
        "tech/155.txt",
        "As we move from standard definition",
        "Richard Doherty",
    )]);
}

/// A participle's speaker is the subject of the report before it, not of an infinitive:
/// `Work and pensions minister Alan Johnson said it was wrong to suggest …, adding they would
/// "work as a team"` (BBC politics/402).
#[test]
fn a_participle_skips_an_infinitive_for_the_report_before_it() {
    assert_bbc_speakers(&[("politics/402.txt", "work as a team", "Alan Johnson")]);
}

/// After a quote that ends its sentence, a report of other words is no attribution of it:
/// `"However, should the business outlook start to deteriorate, …" Some economists have
/// predicted rates will drop …` keeps Steve Radley's quote his (BBC business/290), while
/// `"…" Mr Solana's comments come the day after …` still names the owner (politics/216).
#[test]
fn a_report_of_other_words_after_a_quote_is_no_attribution_of_it() {
    assert_bbc_speakers(&[
        (
            "business/290.txt",
            "However, should the business outlook",
            "Steve Radley",
        ),
        (
            "politics/216.txt",
            "It would be naive not to use",
            "Javier Solana",
        ),
    ]);
}

/// A pronoun's person is the subject of the sentence before, past an apposition that opens
/// with a number (`Dr Greenspan, 79, who …, said` ⏎ `He said …`, BBC business/213; `Hazel
/// Gilbert, 23, an information manager …` ⏎ `“…,” she said`, entertainment/022), and never
/// someone whose tagged gender contradicts it (`Williams, 24, was disappointed …` before
/// `“She played …`, sport/456); `UKIP chairman Petrina Holdsworth` is no man (politics/325).
#[test]
fn a_pronoun_finds_its_subject_past_an_age_and_of_its_gender() {
    assert_bbc_speakers(&[
        ("business/213.txt", "towering contributor", "Alan Greenspan"),
        (
            "entertainment/022.txt",
            "It's not a very cool thing",
            "Hazel Gilbert",
        ),
        (
            "sport/456.txt",
            "She played some nice points",
            "Venus Williams",
        ),
        (
            "politics/325.txt",
            "The party has taken legal advice",
            "Petrina Holdsworth",
        ),
    ]);
}

/// `the company said` is the last business in view, not the regulator named after it (`In a
/// filing with the Securities and Exchange Commission, the company said`, Reuters
/// reut2-007; `a Federal Energy Regulatory Commission decision … The company said`,
/// reut2-009), and `Merrill Lynch and Co` is a business though its name holds no other cue.
#[test]
fn the_company_is_a_business_not_the_regulator_beside_it() {
    assert_speakers(
        "reuters21578",
        &[
            ("reut2-007.sgm", "possible", "Coca-Cola Enterprises Inc"),
            (
                "reut2-009.sgm",
                "this could bring earnings for 1987",
                "Columbia Gas System Inc",
            ),
            (
                "reut2-003.sgm",
                "Merrill Lynch's position is",
                "Merrill Lynch and Co",
            ),
        ],
    );
}

/// Two feature-story shapes written for this test (no story in the shared corpora has them
/// both): a `she said` after `Her husband, John Bello,` is the woman introduced before him,
/// and `what it did under Saddam Hussein, he says` is the baker's, not Saddam's (a name after
/// a preposition is no subject).
#[test]
fn a_pronoun_skips_a_man_for_she_and_an_object_after_a_preposition() {
    let article = extract_text(
        "The last bakery in Mosul\n\n\
         Jane Okafor, 45, has lived in the camp since October. Her husband, John Bello, was \
         killed in the first week.\n\n\
         \"We have nothing left,\" she said.\n\n\
         Ahmed Salim has baked bread in the old city for 40 years.\n\n\
         Salim is grateful, but worried about prices. Flour now costs twice what it did under \
         Saddam Hussein, he says.\n\n\
         \"Everything is expensive now.\"\n",
    );
    assert_eq!(speaker_of(&article, "We have nothing left"), "Jane Okafor");
    assert_eq!(
        speaker_of(&article, "Everything is expensive"),
        "Ahmed Salim"
    );
}

/// `the spokesman` is the unnamed one the story just described, not the nearest person
/// named: `Later the prime minister's spokesman was asked …` ⏎ `The spokesman said:` (BBC
/// politics/009, not Jeremy Paxman); `chairman Tony O'Reilly would be interested …, a
/// spokesman said. The spokesman … said "He continues …"` (Reuters reut2-000, not O'Reilly);
/// `A spokesman for Drexel said …` ⏎ `"…," the Drexel spokesman said` (reut2-003).
#[test]
fn the_spokesman_is_the_unnamed_one_described_before() {
    assert_bbc_speakers(&[(
        "politics/009.txt",
        "The person you are referring to",
        "the prime minister's spokesman",
    )]);
    assert_speakers(
        "reuters21578",
        &[
            (
                "reut2-000.sgm",
                "He continues to be interested",
                "a spokesman",
            ),
            (
                "reut2-003.sgm",
                "The Holiday notes are trading",
                "a spokesman for Drexel",
            ),
        ],
    );
}

/// A party before a person's name is their affiliation, not part of an organisation's name:
/// `Liberal Democrat David Laws said it was a "very serious matter"` is David Laws, a person
/// (BBC politics/376), and `fellow Tory David Heathcoat-Amory said …` is him (politics/389).
#[test]
fn a_party_before_a_name_is_no_organisation() {
    assert_bbc_speakers(&[
        ("politics/376.txt", "very serious matter", "David Laws"),
        (
            "politics/389.txt",
            "The essential point here",
            "David Heathcoat-Amory",
        ),
    ]);
    let article = extract_articles(&corpora().join("bbc-news-2225/politics/376.txt")).remove(0);
    let people = names_of(&article, "people");
    assert!(people.contains(&"David Laws"), "{people:?}");
}

/// `the station`, `the German giant`, `the aircraft maker` are the station or firm in view
/// (`Radio 1 said the station …` ⏎ `…, the station said`, BBC entertainment/197;
/// `Volkswagen … the German giant`, business/377), and a numbered station keeps its number
/// (`Radio 1`, not `Radio`).
#[test]
fn the_station_and_the_giant_are_the_firm_in_view() {
    assert_bbc_speakers(&[
        (
            "entertainment/197.txt",
            "in-depth musical knowledge",
            "Radio 1",
        ),
        ("business/377.txt", "potential", "Volkswagen"),
    ]);
}

/// A one-word subject before an age or a description in commas still speaks: `Redknapp, 57,
/// quit his Fratton Park position … and vowed: "…"` (BBC sport/233), `Stallone, 71, appeared
/// not to have enjoyed her time … saying: "…"` (entertainment/225).
#[test]
fn a_surname_before_an_age_speaks() {
    assert_bbc_speakers(&[
        (
            "sport/233.txt",
            "I will not go down the road",
            "Harry Redknapp",
        ),
        (
            "entertainment/225.txt",
            "I'm a total wreck",
            "Jackie Stallone",
        ),
    ]);
}

/// A wire headline in capitals introduces no one: the quote that opens `ECONOMIC SPOTLIGHT -
/// CHINA MUST PRESERVE FARMLAND` is not `SPOTLIGHT`'s (Reuters; the villager named after it
/// is a later paragraph's subject).
#[test]
fn a_headline_in_capitals_is_no_speaker() {
    let path = corpora().join("reuters21578/reut2-011.sgm");
    let q = quote_in(&path, "If we go on using up farmland");
    assert!(q["speaker"].is_null(), "{q}");
}

/// Noun phrases as written: a title word after an honorific or before an age is a surname
/// (`Ms King said` is Kristin King, BBC entertainment/258; `says King, 30,` is Jason King,
/// entertainment/284); `and` joins two titles before a name (`said Nortel president and
/// chief executive Bill Owens`, business/425); a determiner after a noun opens a phrase of
/// its own (`In its report on the council's work the committee said:`, politics/016).
#[test]
fn a_noun_phrase_ends_where_the_speaker_does() {
    assert_bbc_speakers(&[
        (
            "entertainment/258.txt",
            "threw the bottle at the left side",
            "Kristin King",
        ),
        (
            "entertainment/284.txt",
            "So listeners will get the advantage",
            "Jason King",
        ),
        (
            "business/425.txt",
            "With the completion of our",
            "Bill Owens",
        ),
        (
            "politics/016.txt",
            "We are deeply concerned by the skills",
            "the committee",
        ),
    ]);
}

/// `the collector said`, `the owner said`: a role no word list knows is the person the story
/// set it beside (`According to the district collector, Rajesh Deshmukh,`, `Maria Russo, the
/// restaurant's owner`). Written for this test in the styles of Indian and US local news,
/// which the shared corpora lack; on BBC and Reuters the rule changes nothing (a looser
/// version, any of five words before a name, made `the book` and `the newspaper` people).
#[test]
fn a_role_the_story_gave_someone_is_that_person() {
    let article = extract_text(
        "Minister reviews flood relief\n\n\
         According to the district collector, Rajesh Deshmukh, \"Over 2,000 people have been \
         moved to relief camps.\"\n\n\
         Deshmukh added that schools will remain closed. \"Safety of the children is our \
         priority,\" the collector said.\n\n\
         \"It is the best pasta in town,\" said Maria Russo, the restaurant's owner.\n\n\
         \"We will open again on Monday,\" the owner said.\n",
    );
    assert_eq!(
        speaker_of(&article, "Safety of the children"),
        "Rajesh Deshmukh"
    );
    assert_eq!(speaker_of(&article, "We will open again"), "Maria Russo");
}

/// `police said` with no article is the force the story named (`The Miami-Dade Police
/// Department said …` ⏎ `“There were no arrests,” police said`): written for this test in
/// US wire style; no BBC or Reuters quote of the shared corpora has the shape.
#[test]
fn police_are_the_force_named_before() {
    let article = extract_text(
        "Crowd gathers at courthouse\n\n\
         The Miami-Dade Police Department said the crowd was peaceful. \"There were no \
         arrests,\" police said.\n",
    );
    assert_eq!(
        speaker_of(&article, "There were no arrests"),
        "Miami-Dade Police Department"
    );
}

/// UK tabloid descriptions: `the mother-of-nine` is the mother the story named (Katherine
/// Jackson, BBC entertainment/108); `A source close to the industry said` is that source, not
/// the industry (Reuters reut2-003), and `an analyst familiar with the two mines` the analyst
/// (reut2-006).
#[test]
fn a_mother_of_nine_and_a_source_close_to_something() {
    assert_bbc_speakers(&[(
        "entertainment/108.txt",
        "I can't sleep thinking",
        "Katherine Jackson",
    )]);
    assert_speakers(
        "reuters21578",
        &[
            (
                "reut2-003.sgm",
                "You could question just how committed",
                "a source close to the industry",
            ),
            (
                "reut2-006.sgm",
                "the properties, together, have a potential value",
                "an analyst familiar with the two mines",
            ),
        ],
    );
}

/// `the regulator said` after a body named by its initials is that body (France's `CSA`, BBC
/// tech/371), and `quoted him as saying` is the man quoted, not a description `him`
/// (constructed: no corpus quote has that shape).
#[test]
fn a_body_named_by_initials_and_one_quoted_as_saying() {
    assert_bbc_speakers(&[(
        "tech/371.txt",
        "Following the recent success of Freeview",
        "CSA",
    )]);
    let article = extract_text(
        "Gulf\n\nParliament Speaker Ali Rafsanjani gave an interview to the Iranian news \
         agency IRNA.\n\n\"We can close it with artillery only,\" the agency quoted him as \
         saying.\n",
    );
    assert_eq!(speaker_of(&article, "We can close it"), "Ali Rafsanjani");
}

/// `they` with no organisation leading is the plural subject before it: `The companies said
/// they would jointly own the hotel … They said they would spend … "…"` (Reuters reut2-000),
/// `The Conservatives say …` ⏎ `They say the Lib Dem policy would leave universities …
/// "goodwill"` (BBC politics/213); and protesters who chant (constructed).
#[test]
fn they_are_the_plural_subject_before() {
    assert_speakers(
        "reuters21578",
        &[("reut2-000.sgm", "to enhance the Biltmore", "the companies")],
    );
    assert_bbc_speakers(&[("politics/213.txt", "goodwill", "the Conservatives")]);
    let article = extract_text(
        "Protest\n\nHundreds of protesters gathered outside parliament on Saturday. \"No more \
         cuts,\" they chanted.\n",
    );
    assert_eq!(
        speaker_of(&article, "No more cuts"),
        "Hundreds of protesters"
    );
}

/// A spokesman nobody named is a spokesman, not the nearest person: `the rapper's spokesman`
/// is not Snoop Dogg (BBC entertainment/115), `the executive spokeswoman` not Nicola
/// Sturgeon (politics/174); the words stay as the article gives them.
#[test]
fn an_unnamed_spokesman_is_not_the_person_he_speaks_for() {
    assert_bbc_speakers(&[
        ("entertainment/115.txt", "untrue", "the rapper's spokesman"),
        (
            "politics/174.txt",
            "Ministers were told of that",
            "the executive spokeswoman",
        ),
    ]);
}

/// A blank line ends every phrase: a wire headline is no part of the name that opens the
/// story under it (`ADVANCED TOBACCO <ATPI> MERGER TALKS END` ⏎ `Advanced Tobacco Products
/// Inc said …` ⏎ `The company had previously announced that a "major U.S. based company"`,
/// Reuters reut2-003; `The firm said Airbus … is engaging in "predatory practices"` is
/// McDonnell Douglas, named as a speaker after its headline).
#[test]
fn a_headline_is_no_part_of_the_name_under_it() {
    assert_speakers(
        "reuters21578",
        &[
            (
                "reut2-003.sgm",
                "major U.S. based company",
                "Advanced Tobacco Products Inc",
            ),
            (
                "reut2-003.sgm",
                "predatory practices",
                "McDonnell Douglas Corp",
            ),
        ],
    );
}

/// `the agency said` is the body that reported last when its name says nothing of an agency:
/// `Statistics Canada reported …` ⏎ `"…," the federal agency said` (Reuters reut2-005), `the
/// rating agency` after Standard & Poor's spoke (reut2-004: as the story writes it, Standard
/// and Poor's Corp).
#[test]
fn the_agency_is_the_body_that_reported() {
    assert_speakers(
        "reuters21578",
        &[
            (
                "reut2-005.sgm",
                "Although the change was small, this marked",
                "Statistics Canada",
            ),
            (
                "reut2-004.sgm",
                "Uncertainty abounds as to the firm's future",
                "Standard and Poor's Corp",
            ),
        ],
    );
}

/// A quote that opens its sentence after a sentence led by someone new is theirs: `Scrum-half
/// Peter Stringer was also glad …` ⏎ `"All credit to them," he told BBC Sport` (BBC
/// sport/301), `But Ruddock feels that the England man should be more careful. "…," he said`
/// (sport/307), `But for Allen Weiner, a research director …, the future of search is …`
/// (tech/337, where Yahoo had been a person: it is a company, org_aliases.tsv). Not when that
/// sentence carries its own attribution (`Mr Brown liked to …, the Tory leader said. "…," he
/// said`, politics/364), nor a name in a clause before the main one (`After Lily Miyazaki
/// won …, it was Katie Boulter who …`, the news-quotes set). `said ABC in a statement` is ABC
/// News (entertainment/205) and `Conservative co-chairman Liam Fox` a person (politics/387):
/// broadcasters may speak.
#[test]
fn a_sentence_about_someone_new_hands_them_the_next_quote() {
    assert_bbc_speakers(&[
        ("sport/301.txt", "All credit to them", "Peter Stringer"),
        (
            "sport/307.txt",
            "The boy himself should look at his actions",
            "Mike Ruddock",
        ),
        (
            "tech/337.txt",
            "Yahoo was busy building a portal",
            "Olivier Beauvillain",
        ),
        (
            "tech/337.txt",
            "Search technology is valuable",
            "Allen Weiner",
        ),
        (
            "politics/364.txt",
            "This dodgy government",
            "Michael Howard",
        ),
        (
            "sport/079.txt",
            "Comments like these only help",
            "Gregory Ioannidis",
        ),
        (
            "entertainment/205.txt",
            "We respect our producing partners",
            "ABC News",
        ),
        ("politics/387.txt", "at best misrepresentation", "Liam Fox"),
    ]);
}

/// Names that a relative clause, a time phrase or a namesake hid: `Jeffrey Warren,
/// spokesman for the Pharmaceutical Manufacturers Association, which represents …, said` and
/// `Frank Naylor, chairman of the Farm Credit Administration (FCA), which regulates …, said`
/// are the men, not their roles (Reuters reut2-004); `said another official following an assessment of …` is the
/// official (reut2-001); `said Castaignede ahead of the 12 March tie` is Castaignede, not the
/// tie (BBC sport/340); and a headline's bare `Robinson` belongs to the England captain Jason
/// Robinson of the lead, not to coach Andy Robinson named later, so his `Robinson said:` is
/// his (sport/342).
#[test]
fn relative_clauses_time_phrases_and_namesakes_hide_no_speaker() {
    assert_speakers(
        "reuters21578",
        &[
            (
                "reut2-004.sgm",
                "as long as the farm credit system is a key player",
                "Frank Naylor",
            ),
            (
                "reut2-004.sgm",
                "A mechanism already exists at the FDA",
                "Jeffrey Warren",
            ),
            (
                "reut2-001.sgm",
                "Brazil has to do business through the banks",
                "another official",
            ),
        ],
    );
    assert_bbc_speakers(&[
        (
            "sport/340.txt",
            "All the chat in France has been about",
            "Thomas Castaignede",
        ),
        (
            "sport/342.txt",
            "This is very disappointing for me",
            "Jason Robinson",
        ),
        ("politics/240.txt", "Whilst we accept", "Lord Faulkner"),
    ]);
}
