//! People, places and organisations as a reader means them across a real archive
//! (Reuters-21578, BBC): wrapped lines, capitals, a surname in one story and the full name
//! in others, names typed otherwise elsewhere, acronyms, aliases typed at query time.

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

use crate::common::*;
use serde_json::Value;

/// `newsdex extract --json` of `path`: one value per article.
pub(crate) fn extracted(path: &Path) -> Vec<Value> {
    json_lines(&ok(
        Path::new("unused"),
        &["extract", "--json", path.to_str().unwrap()],
    ))
}

/// The hits (paths) of `search --json` with `args`.
fn hit_paths(index: &Path, args: &[&str]) -> BTreeSet<String> {
    let args = [&["search", "--json", "-n", "100000"], args].concat();
    json_lines(&found(index, &args))
        .iter()
        .map(|h| h["path"].as_str().unwrap().to_owned())
        .collect()
}

/// The people, places or orgs facet as JSON rows.
fn facet(index: &Path, command: &str, extra: &[&str]) -> Vec<Value> {
    let args = [&[command, "--json", "--top", "200"], extra].concat();
    json_lines(&ok(index, &args))
}

fn facet_names(rows: &[Value]) -> BTreeSet<String> {
    rows.iter()
        .map(|r| r["name"].as_str().unwrap().to_owned())
        .collect()
}

/// A Reuters story as the wire sent it, hard-wrapped at ~65 columns: "Finance Minister
/// Edouard Balladur" ends a line and "said" starts the next. Read as plain text, the line
/// break is a space and the name is whole.
#[test]
fn a_name_at_the_end_of_a_wrapped_line_is_found() {
    let sgm = fs::read(corpora().join("reuters21578/reut2-000.sgm")).unwrap();
    let sgm = String::from_utf8_lossy(&sgm);
    let at = sgm
        .find("high 0.9 pct monthly rate, Finance Minister Edouard Balladur\nsaid.")
        .expect("the story");
    let start = sgm[..at].rfind("<BODY>").unwrap() + "<BODY>".len();
    let end = start + sgm[start..].find("</BODY>").unwrap();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("balladur.txt");
    fs::write(
        &file,
        format!(
            "BALLADUR EXPECTS IMPROVED FEBRUARY INFLATION DATA\n\n{}",
            &sgm[start..end]
        ),
    )
    .unwrap();
    let article = &extracted(&file)[0];
    assert!(
        article["text"]
            .as_str()
            .unwrap()
            .contains("Edouard Balladur\nsaid"),
        "the test needs the wrapped line"
    );
    assert!(
        names(article, "people").contains("Edouard Balladur"),
        "{}",
        article["people"]
    );
}

/// Reuters flashes are all capitals ("BALLADUR HAS HAD CONTACT WITH G7 MINISTERS"); read
/// as a writer would case them, their newsmakers are people.
#[test]
fn names_in_an_all_capitals_flash_are_found() {
    let articles = extracted(&corpora().join("reuters21578/reut2-020.sgm"));
    let flash = |title: &str| {
        articles
            .iter()
            .find(|a| a["title"].as_str() == Some(title))
            .unwrap_or_else(|| panic!("no story titled {title}"))
    };
    let balladur =
        flash("BALLADUR HAS HAD CONTACT WITH G7 MINISTERS, INC STOLTENBERG -MINISTRY SOURCES");
    assert!(names(balladur, "people").contains("Balladur"), "{balladur}");
    let reagan = flash("REAGAN SAYS THERE IS ROOM FOR FURTHER DECLINES IN INTEREST RATES");
    assert!(names(reagan, "people").contains("Reagan"), "{reagan}");
    // a capitalised common word is no name for that: "ROOM", "DECLINES", "RATES"
    for word in ["Room", "Declines", "Rates", "Interest"] {
        assert!(!names(reagan, "people").contains(word), "{reagan}");
        assert!(!names(reagan, "orgs").contains(word), "{reagan}");
    }
}

/// One index of Reuters-21578 for the archive-level behaviours.
fn reuters_index(dir: &Path) -> std::path::PathBuf {
    let index = dir.join("index");
    let summary = index_summary(&index, &[], &corpora().join("reuters21578"));
    assert_eq!(summary["articles_indexed"], 21578, "{summary}");
    index
}

#[test]
fn the_archive_reads_names_as_one() {
    let dir = tempfile::tempdir().unwrap();
    let index = reuters_index(dir.path());

    // A story that names only "Reagan" is a Ronald Reagan story: he is the dominant full
    // name with that surname across the archive.
    let bare: Vec<String> = json_lines(&ok(
        &index,
        &["search", "--json", "-n", "100000", "--person", "Reagan"],
    ))
    .into_iter()
    .filter(|h| {
        let people: Vec<&str> = h["people"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|p| p.as_str())
            .collect();
        people.contains(&"Reagan") && !people.contains(&"Ronald Reagan")
    })
    .map(|h| h["path"].as_str().unwrap().to_owned())
    .collect();
    assert!(bare.len() > 50, "{} bare Reagan stories", bare.len());
    let full = hit_paths(&index, &["--person", "Ronald Reagan"]);
    let missed: Vec<&String> = bare.iter().filter(|p| !full.contains(*p)).collect();
    assert!(missed.is_empty(), "{missed:?}");

    // ... and the people facet counts him once, not as "Reagan" beside "Ronald Reagan".
    let people = facet(&index, "people", &[]);
    let listed = facet_names(&people);
    assert!(
        listed.contains("Ronald Reagan") && !listed.contains("Reagan"),
        "{listed:?}"
    );
    let unmerged = facet(&index, "people", &["--unmerged"]);
    let reagan = unmerged
        .iter()
        .find(|r| r["name"] == "Reagan")
        .expect("Reagan as written");
    assert_eq!(reagan["joined_with"], "Ronald Reagan", "{reagan}");

    // Quotes too: "Reagan said" is Ronald Reagan's quote. `--speaker "Ronald Reagan"` (and
    // `speaker:` in the query) finds the quotes credited to the bare surname, and the
    // speakers facet counts them with him.
    let quotes_of = |args: &[&str]| -> Vec<Value> {
        let args = [&["quotes", "--json", "--all"], args].concat();
        json_lines(&found(&index, &args))
    };
    let by_name = quotes_of(&["--speaker", "Ronald Reagan"]);
    let bare_quotes = by_name.iter().filter(|q| q["speaker"] == "Reagan").count();
    let full_quotes = by_name
        .iter()
        .filter(|q| q["speaker"] == "Ronald Reagan")
        .count();
    assert!(
        bare_quotes > 50 && full_quotes > 0,
        "{bare_quotes} bare, {full_quotes} full"
    );
    let in_query = quotes_of(&["speaker:\"Ronald Reagan\""]);
    assert_eq!(in_query.len(), by_name.len());
    // ... and no other Reagan's: Nancy Reagan's quotes are hers
    assert!(
        by_name
            .iter()
            .all(|q| q["speaker"] == "Reagan" || q["speaker"] == "Ronald Reagan"),
        "{by_name:?}"
    );
    let speakers = facet(&index, "speakers", &[]);
    let reagan_row = speakers
        .iter()
        .find(|r| r["name"] == "Ronald Reagan")
        .expect("Ronald Reagan among the speakers");
    assert_eq!(reagan_row["count"], by_name.len() as u64, "{reagan_row}");
    assert!(!facet_names(&speakers).contains("Reagan"));
    let speakers_unmerged = facet(&index, "speakers", &["--unmerged"]);
    let bare_row = speakers_unmerged
        .iter()
        .find(|r| r["name"] == "Reagan")
        .expect("Reagan as written");
    assert_eq!(bare_row["joined_with"], "Ronald Reagan", "{bare_row}");

    // A firm named after people is no person anywhere: "Moody" is Moody's Investors
    // Service, tagged a person in a minority of its stories.
    assert!(!listed.contains("Moody"), "{listed:?}");
    let moody = unmerged
        .iter()
        .find(|r| r["name"] == "Moody")
        .expect("Moody as written");
    assert_eq!(moody["left_out"], true, "{moody}");

    // Acronyms and split names join: the organisations facet has the European Community
    // and Standard & Poor's, not "EC", "S/P" or "Poor's Corp".
    let orgs = facet_names(&facet(&index, "orgs", &[]));
    for want in [
        "European Community",
        "Standard & Poor's",
        "General Agreement on Tariffs and Trade",
    ] {
        assert!(orgs.contains(want), "{want}: {orgs:?}");
    }
    for not in [
        "EC",
        "S/P",
        "Poor's Corp",
        "Tariffs and Trade",
        "U.K.",
        "GNP",
        // the mark, a currency code of 36 rate tables
        "DMK",
    ] {
        assert!(!orgs.contains(not), "{not}: {orgs:?}");
    }

    // Typed at query time, an alias means what extraction means by it.
    let us = hit_paths(&index, &["--place", "United States"]);
    assert!(us.len() > 1000);
    for alias in ["US", "U.S.", "USA", "America"] {
        assert_eq!(
            hit_paths(&index, &["--place", alias]),
            us,
            "--place {alias}"
        );
    }
    let uk = hit_paths(&index, &["--place", "United Kingdom"]);
    for alias in ["UK", "Britain", "U.K."] {
        assert_eq!(
            hit_paths(&index, &["--place", alias]),
            uk,
            "--place {alias}"
        );
    }
    assert_eq!(
        hit_paths(&index, &["--org", "EC"]),
        hit_paths(&index, &["--org", "European Community"])
    );

    // Each country's ministry is its own entry, and `--org "Finance Ministry"` still finds
    // every country's.
    assert!(orgs.contains("Finance Ministry (Japan)"), "{orgs:?}");
    assert!(!orgs.contains("Finance Ministry"), "{orgs:?}");
    let every = hit_paths(&index, &["--org", "Finance Ministry"]);
    let japan = hit_paths(&index, &["--org", "Finance Ministry (Japan)"]);
    assert!(
        japan.is_subset(&every) && every.len() > 2 * japan.len(),
        "{} of {}",
        japan.len(),
        every.len()
    );
}

/// `--person Sullivan` is a word of a name, not a piece of one: Eddie O'Sullivan, the
/// Ireland coach, is not a Sullivan.
#[test]
fn a_surname_is_not_part_of_another_name() {
    let dir = tempfile::tempdir().unwrap();
    let index = dir.path().join("index");
    index_summary(&index, &[], &corpora().join("bbc-news-2225/sport"));
    let sullivan = hit_paths(&index, &["--person", "Sullivan"]);
    let o_sullivan = hit_paths(&index, &["--person", "O'Sullivan"]);
    assert!(o_sullivan.contains("354.txt"), "{o_sullivan:?}");
    assert!(!sullivan.contains("354.txt"), "{sullivan:?}");
}

/// Names are read across stories at query time: adding a story that names Howard Baker
/// re-indexes that story alone and leaves James Baker's bare "Baker" stories his.
#[test]
fn adding_a_story_changes_nothing_already_right() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    fs::create_dir_all(&corpus).unwrap();
    let story = |name: &str, text: &str| fs::write(corpus.join(name), text).unwrap();
    story(
        "1.txt",
        "Baker in Paris\n\nTreasury Secretary James Baker met finance ministers in Paris.\n",
    );
    story(
        "2.txt",
        "Baker on the dollar\n\nU.S. Treasury Secretary James Baker said the dollar had fallen enough.\n",
    );
    story(
        "3.txt",
        "Baker on debt\n\nJames Baker, the Treasury secretary, urged banks to lend to debtor nations.\n",
    );
    story(
        "4.txt",
        "Baker sees growth\n\nTreasury chief Baker said the economy would grow this year.\n",
    );
    let index = dir.path().join("index");
    index_summary(&index, &[], &corpus);
    let james = hit_paths(&index, &["--person", "James Baker"]);
    assert_eq!(james.len(), 4, "{james:?}");

    story(
        "5.txt",
        "White House chief of staff\n\nHoward Baker, the White House chief of staff, met \
         congressional leaders.\n",
    );
    let again = index_summary(&index, &[], &corpus);
    assert_eq!(again["new"], 1, "{again}");
    assert_eq!(again["unchanged"], 4, "{again}");
    assert_eq!(hit_paths(&index, &["--person", "James Baker"]), james);
    let howard = hit_paths(&index, &["--person", "Howard Baker"]);
    assert_eq!(howard.into_iter().collect::<Vec<_>>(), ["5.txt"]);
}

/// A name that ends in a venue's or a body's word is that place or body, never a person:
/// `Seville's Olympic Stadium` (BBC sport/470), `Kennedy Airport`
/// (Reuters), `Man Utd` (sport/122's headline). People whose surname is a word of another
/// such kind stay people: Charlotte Church, Wayne Bridge.
#[test]
fn a_venue_or_a_college_is_no_person() {
    let corpora = corpora();
    let bbc = |file: &str| extracted(&corpora.join("bbc-news-2225").join(file)).remove(0);
    let sport = bbc("sport/470.txt");
    assert!(
        !names_of(&sport, "people").contains(&"Olympic Stadium"),
        "{sport}"
    );
    assert!(
        names_of(&sport, "places").contains(&"Olympic Stadium"),
        "{sport}"
    );
    let utd = bbc("sport/122.txt");
    assert!(!names_of(&utd, "people").contains(&"Man Utd"), "{utd}");
    assert!(names_of(&utd, "orgs").contains(&"Man Utd"), "{utd}");
    let reuters = extracted(&corpora.join("reuters21578/reut2-000.sgm"));
    let people: BTreeSet<&str> = reuters.iter().flat_map(|a| names_of(a, "people")).collect();
    let places: BTreeSet<&str> = reuters.iter().flat_map(|a| names_of(a, "places")).collect();
    assert!(!people.contains("Kennedy Airport") && places.contains("Kennedy Airport"));
    for (file, person) in [
        ("sport/111.txt", "Wayne Bridge"),
        ("entertainment/346.txt", "Charlotte Church"),
    ] {
        let article = bbc(file);
        assert!(
            names_of(&article, "people").contains(&person),
            "{file}: {article}"
        );
    }
}

/// First names the US-derived list lacks are people's: `Ireland coach Declan Kidney` had
/// been a place (BBC sport/364), India's finance minister `Palaniappan Chidambaram` an
/// organisation and a place (business/008), and `Anil Ambani` split from `Anil` (business/486).
#[test]
fn first_names_of_ireland_and_india_are_peoples() {
    let bbc = bbc_article;
    let kidney = bbc("sport/364.txt");
    assert!(
        names(&kidney, "people").contains("Declan Kidney"),
        "{kidney}"
    );
    let budget = bbc("business/008.txt");
    assert!(
        names(&budget, "people").contains("Palaniappan Chidambaram"),
        "{budget}"
    );
    assert!(
        !names(&budget, "places").contains("Chidambaram"),
        "{budget}"
    );
    let ambani = bbc("business/486.txt");
    let people = names(&ambani, "people");
    assert!(
        people.contains("Anil Ambani") && !people.contains("Anil"),
        "{people:?}"
    );
}

/// A state's bodies are named with the country the story means, so an archive of many
/// countries does not pool them: Reuters' `the Finance Ministry` of a Japanese bond story is
/// Japan's, and of a French share issue France's; India's `Congress` is the party and
/// Australia's `Senate` its own. A body the US has under the same name stays the US one
/// where the story gives no other country: the Senate of an Iran-arms story, the Congress
/// of a Japan-US trade story. BBC's `the Treasury` is HM Treasury, and a speaker named
/// `Iraq's Ministry of Communications` keeps that name.
#[test]
fn a_state_body_is_its_countrys() {
    let corpora = corpora();
    let story = |file: &str, headline: &str| -> Value {
        extracted(&corpora.join("reuters21578").join(file))
            .into_iter()
            .find(|a| a["text"].as_str().unwrap().starts_with(headline))
            .unwrap_or_else(|| panic!("{headline}"))
    };
    for (file, headline, want) in [
        (
            "reut2-000.sgm",
            "JAPAN MARCH BOND COUPON",
            "Finance Ministry (Japan)",
        ),
        (
            "reut2-002.sgm",
            "FRANCE SETS PRICE FOR RHONE-POULENC",
            "Finance Ministry (France)",
        ),
        (
            "reut2-019.sgm",
            "GANDHI PARTY BADLY DEFEATED",
            "Indian National Congress",
        ),
        (
            "reut2-019.sgm",
            "AUSTRALIA'S OPPOSITION FACES SETBACK",
            "Senate (Australia)",
        ),
        ("reut2-000.sgm", "REAGAN'S CIA MAN WITHDRAWS", "Senate"),
        (
            "reut2-014.sgm",
            "JAPAN GIVEN LITTLE HOPE OF AVOIDING",
            "US Congress",
        ),
    ] {
        let orgs = names(&story(file, headline), "orgs");
        assert!(orgs.contains(want), "{headline}: {orgs:?}");
    }
    let bbc = |file: &str| extracted(&corpora.join("bbc-news-2225").join(file)).remove(0);
    let budget = bbc("politics/005.txt");
    let orgs = names(&budget, "orgs");
    assert!(
        orgs.contains("HM Treasury") && !orgs.contains("Treasury Department"),
        "{orgs:?}"
    );
    let iraq = bbc("business/129.txt");
    assert!(
        names(&iraq, "orgs").contains("Communications Ministry (Iraq)"),
        "{iraq}"
    );
    let speakers: BTreeSet<&str> = iraq["quotes"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|q| q["speaker"].as_str())
        .collect();
    assert_eq!(
        speakers,
        BTreeSet::from(["Iraq's Ministry of Communications"])
    );
}

/// Names the tagger left out, found by their shape: an acronym in parentheses spells the
/// words before it (`the Office of the Deputy Prime Minister (ODPM)`, BBC politics/372;
/// `the International Tennis Federation (ITF)`, sport/448), so the acronym's mentions are
/// that body's; a firm's first word alone is the firm, not a person (`Sahlen and Associates
/// Inc` ... `Sahlen said`, Reuters; `Continental Airlines` ... `Continental`, BBC
/// business/404); an honour after a name is no part of it (`Ian MacDonald QC`, politics/160).
#[test]
fn acronyms_short_firm_names_and_honours_join_their_names() {
    let corpora = corpora();
    let bbc = bbc_article;
    for (file, body, acronym) in [
        (
            "politics/372.txt",
            "Office of the Deputy Prime Minister",
            "ODPM",
        ),
        ("sport/448.txt", "International Tennis Federation", "ITF"),
    ] {
        let article = bbc(file);
        assert!(names(&article, "orgs").contains(body), "{file}: {article}");
        assert!(
            !names(&article, "orgs").contains(acronym),
            "{file}: {article}"
        );
    }
    let airline = bbc("business/404.txt");
    assert!(
        !names(&airline, "orgs").contains("Continental"),
        "{airline}"
    );
    let quote = crate::speakers::bbc_quote(&corpora, "business/404.txt", "hundreds of millions");
    assert_eq!(quote["speaker"], "Continental Airlines", "{quote}");
    let macdonald = bbc("politics/160.txt");
    let people = names(&macdonald, "people");
    assert!(
        people.contains("Ian MacDonald") && !people.contains("MacDonald"),
        "{people:?}"
    );
    let reuters = extract_articles(&corpora.join("reuters21578/reut2-003.sgm"));
    let sahlen: Vec<_> = reuters
        .iter()
        .filter(|a| names(a, "orgs").contains("Sahlen and Associates Inc"))
        .collect();
    assert!(!sahlen.is_empty());
    assert!(sahlen
        .iter()
        .all(|a| !names(a, "people").contains("Sahlen")));
}

/// A surname led by a particle is its person's whatever the tagger typed it: `El Guerrouj`
/// (BBC sport/025) and `Du Plessis said` opening a sentence (Reuters) were bodies, split from
/// Hicham El Guerrouj and Barend du Plessis, and Du Plessis's `he said` went to the central
/// bank governor named before him.
#[test]
fn a_surname_led_by_a_particle_joins_its_person() {
    let corpora = corpora();
    let athlete = extract_articles(&corpora.join("bbc-news-2225/sport/025.txt")).remove(0);
    assert!(
        names(&athlete, "people").contains("Hicham El Guerrouj")
            && !names(&athlete, "orgs").contains("El Guerrouj"),
        "{athlete}"
    );
    let quote = crate::speakers::bbc_quote(&corpora, "sport/025.txt", "I am almost a month");
    assert_eq!(quote["speaker"], "Hicham El Guerrouj", "{quote}");
    let reuters = extract_articles(&corpora.join("reuters21578/reut2-008.sgm"));
    let debt = reuters
        .iter()
        .filter(|a| {
            a["title"]
                .as_str()
                .is_some_and(|t| t.contains("AGREE ON DEBT"))
        })
        .collect::<Vec<_>>();
    // (the story ran twice, a first take and a fuller one)
    assert_eq!(debt.len(), 2, "the debt agreement in reut2-008");
    for article in debt {
        assert!(
            names(article, "people").contains("Barend du Plessis")
                && !names(article, "orgs").contains("du Plessis"),
            "{article}"
        );
        assert_eq!(
            crate::quotes::speaker_of(article, "taking a more realistic view"),
            "Barend du Plessis"
        );
    }
}

/// A two-letter acronym joins the one two-word organisation of the article whose initials
/// spell it (`General Electric` … `GE said`, BBC business/288; `the Football Association` …
/// `the FA`, sport/169), and `The Bank` joins `Bank of England` (business/151): each had been
/// a facet row and a speaker of its own. A longer name whose capitalised words spell two
/// letters does not (`Bank of America` is no `BA`).
#[test]
fn two_letter_acronyms_and_the_bank_join_their_full_names() {
    let corpora = corpora();
    let bbc = bbc_article;
    let ge = names(&bbc("business/288.txt"), "orgs");
    assert!(
        ge.contains("General Electric") && !ge.contains("GE"),
        "{ge:?}"
    );
    let quote = crate::speakers::bbc_quote(&corpora, "business/288.txt", "with growth across");
    assert_eq!(quote["speaker"], "General Electric", "{quote}");
    let fa = names(&bbc("sport/169.txt"), "orgs");
    assert!(!fa.contains("FA"), "{fa:?}");
    let bank = names(&bbc("business/151.txt"), "orgs");
    assert!(
        bank.contains("Bank of England") && !bank.contains("The Bank"),
        "{bank:?}"
    );
    let with = "Bank of America signed a deal with British Airways on Monday. BA said so.";
    let orgs = names(&extract_text(with), "orgs");
    assert!(
        orgs.contains("British Airways") && !orgs.contains("BA"),
        "{orgs:?}"
    );
    let without = "Bank of America signed a deal on Monday. BA said so.";
    let orgs = names(&extract_text(without), "orgs");
    assert!(
        orgs.contains("BA") && orgs.contains("Bank of America"),
        "{orgs:?}"
    );
}

/// A company's short name joins its full one when the full one adds only a trade, a legal
/// form, a word like `Bank` or `Group`, or `of` a place: `Multiplex` and `Multiplex Group`
/// (BBC business/062, whose quotes were the short name's), `Royal` and `Royal Bank` of the
/// `Royal Bank of Canada` (Reuters); a body of two parts of one country cut at its `and` is
/// whole (`Police Federation of England and Wales`, BBC politics/347). A company written with
/// a legal form of its own stays apart: `NEC Corp` is not `NEC Electronics Inc`.
#[test]
fn short_company_names_join_their_full_names() {
    let corpora = corpora();
    let bbc = bbc_article;
    let builder = bbc("business/062.txt");
    let orgs = names(&builder, "orgs");
    assert!(
        orgs.contains("Multiplex Group") && !orgs.contains("Multiplex"),
        "{orgs:?}"
    );
    let quote = crate::speakers::bbc_quote(&corpora, "business/062.txt", "Multiplex believes");
    assert_eq!(quote["speaker"], "Multiplex Group", "{quote}");
    let police = names(&bbc("politics/347.txt"), "orgs");
    assert!(
        police.contains("Police Federation of England and Wales"),
        "{police:?}"
    );
    let title = |a: &Value, t: &str| a["title"].as_str().is_some_and(|x| x.contains(t));
    let reuters = extract_articles(&corpora.join("reuters21578/reut2-003.sgm"));
    let royal = reuters
        .iter()
        .find(|a| title(a, "DOWNGRADES ROYAL"))
        .expect("the bond service story in reut2-003");
    let orgs = names(royal, "orgs");
    assert!(
        orgs.contains("Royal Bank of Canada")
            && !orgs.contains("Royal Bank")
            && !orgs.contains("Royal"),
        "{orgs:?}"
    );
    let reuters = extract_articles(&corpora.join("reuters21578/reut2-002.sgm"));
    let nec = reuters
        .iter()
        .find(|a| title(a, "BID TO DISMISS JUDGE"))
        .expect("the NEC copyright story in reut2-002");
    let orgs = names(nec, "orgs");
    assert!(
        orgs.contains("NEC Corp") && orgs.contains("NEC Electronics Inc"),
        "{orgs:?}"
    );
}

/// A one-word name the tagger took for a person is a business when the article calls it
/// one once: `Xstrata's shareholders` (BBC business/366), `Rickels, a home center business`
/// (Reuters), `Cairn` beside `Cairn Energy` (BBC business/307, whose quote is the firm's).
#[test]
fn a_name_called_a_business_once_is_one_throughout() {
    let corpora = corpora();
    let bbc = bbc_article;
    let miner = bbc("business/366.txt");
    assert!(
        names(&miner, "orgs").contains("Xstrata") && !names(&miner, "people").contains("Xstrata"),
        "{miner}"
    );
    let oil = bbc("business/307.txt");
    assert!(!names(&oil, "people").contains("Cairn"), "{oil}");
    let quote = crate::speakers::bbc_quote(&corpora, "business/307.txt", "significant downgrade");
    assert_eq!(quote["speaker"], "Cairn Energy", "{quote}");
    let reuters = extract_articles(&corpora.join("reuters21578/reut2-003.sgm"));
    let stores: Vec<&Value> = reuters
        .iter()
        .filter(|a| {
            a["text"]
                .as_str()
                .is_some_and(|t| t.contains("Rickels, a home center business"))
        })
        .collect();
    assert_eq!(
        stores.len(),
        1,
        "the Supermarkets General story in reut2-003"
    );
    assert!(
        names(stores[0], "orgs").contains("Rickels")
            && !names(stores[0], "people").contains("Rickels"),
        "{}",
        stores[0]
    );
}

/// A `person` named after a band's noun or spoken of in the plural is a band (or a firm):
/// `Glasgow group Franz Ferdinand` (BBC entertainment/253), `Scottish rock band Franz
/// Ferdinand … Nevertheless Franz Ferdinand were` (/236), `household products group Reckitt
/// Benckiser` (business/364). Two people after `duo` stay people, and so does a name after a
/// headline ending in `group` (`Finnan says Irish can win group` ⏎ `Steve Finnan`, sport).
#[test]
fn bands_and_groups_named_so_are_no_people() {
    let bbc = bbc_article;
    for (file, name) in [
        ("entertainment/253.txt", "Franz Ferdinand"),
        ("entertainment/236.txt", "Franz Ferdinand"),
        ("business/364.txt", "Reckitt Benckiser"),
    ] {
        let article = bbc(file);
        assert!(
            names(&article, "orgs").contains(name) && !names(&article, "people").contains(name),
            "{file}: {article}"
        );
    }
    for (file, name) in [
        ("entertainment/188.txt", "Jayne Torvill"),
        ("sport/133.txt", "Steve Finnan"),
    ] {
        let article = bbc(file);
        assert!(
            names(&article, "people").contains(name),
            "{file}: {article}"
        );
    }
}

/// A minister named with the portfolio (`Secretary of State for Trade and Industry Paul
/// Channon`, Reuters; `US Secretary of Energy Spencer Abraham`, BBC tech/173) is a person;
/// the tagger had the portfolio and the name as one organisation.
#[test]
fn a_minister_named_with_the_portfolio_is_a_person() {
    let corpora = corpora();
    let energy = extract_articles(&corpora.join("bbc-news-2225/tech/173.txt")).remove(0);
    assert!(
        names(&energy, "people").contains("Spencer Abraham"),
        "{energy}"
    );
    assert!(
        !names(&energy, "orgs").iter().any(|o| o.contains("Abraham")),
        "{energy}"
    );
    let reuters = extract_articles(&corpora.join("reuters21578/reut2-014.sgm"));
    let rolls = reuters
        .iter()
        .find(|a| {
            a["title"]
                .as_str()
                .is_some_and(|t| t.contains("INTO ROLLS ROYCE"))
        })
        .expect("the Rolls Royce story in reut2-014");
    assert!(names(rolls, "people").contains("Paul Channon"), "{rolls}");
    assert!(
        !names(rolls, "orgs").iter().any(|o| o.contains("Channon")),
        "{rolls}"
    );
}

/// A listing's counts do not depend on how many names it shows. An index built in two runs
/// (BBC, then Reuters beside it) has two segments; each segment keeps only its most frequent
/// names, and the merged listing used to read every count, and every merge, from the rows it
/// happened to hold: "Reagan" (348 stories) led `people -n 10`, apart from Ronald Reagan,
/// whose 27 stories were below the rows read; Moody's Investors Service Inc counted 131 at
/// `orgs -n 25` and 145 at `-n 3000`; the European Community 463 and 467.
#[test]
fn facet_counts_do_not_depend_on_how_many_are_shown() {
    let dir = tempfile::tempdir().unwrap();
    let index = dir.path().join("index");
    let corpora = corpora();
    let bbc = corpora.join("bbc-news-2225");
    let reuters = corpora.join("reuters21578");
    let (bbc, reuters) = (bbc.to_str().unwrap(), reuters.to_str().unwrap());
    ok(&index, &["index", bbc]);
    let second = ok(&index, &["index", bbc, reuters]);
    assert!(second.contains("2225 unchanged"), "{second}");
    let meta: Value =
        serde_json::from_str(&fs::read_to_string(index.join("meta.json")).unwrap()).unwrap();
    let segments = meta["segments"].as_array().unwrap().len();
    assert!(segments >= 2, "one segment: nothing to test ({segments})");

    let rows = |kind: &str, top: &str| -> Vec<(String, u64)> {
        json_lines(&ok(&index, &[kind, "--json", "--top", top]))
            .iter()
            .map(|r| {
                (
                    r["name"].as_str().unwrap().to_owned(),
                    r["count"].as_u64().unwrap(),
                )
            })
            .collect()
    };
    for kind in ["people", "places", "orgs"] {
        let all: std::collections::HashMap<String, u64> = rows(kind, "3000").into_iter().collect();
        for top in ["10", "25"] {
            let shown = rows(kind, top);
            assert_eq!(shown.len(), top.parse::<usize>().unwrap(), "{kind} {top}");
            for (name, n) in &shown {
                assert_eq!(all.get(name), Some(n), "{kind} -n {top}: {name}");
            }
        }
    }
    let people = rows("people", "10");
    assert_eq!(people[0].0, "Ronald Reagan", "{people:?}");
    assert!(
        people.iter().all(|(name, _)| name.contains(' ')),
        "{people:?}"
    );
    let orgs = rows("orgs", "25");
    let moodys = orgs
        .iter()
        .find(|(name, _)| name == "Moody's Investors Service Inc")
        .map(|r| r.1);
    assert!(moodys.is_some_and(|n| n >= 140), "{orgs:?}");
}
