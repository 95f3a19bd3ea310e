//! Descriptions as speakers (`the ministry`, `the coach`, `her statement`, `a spokesman`):
//! what the article introduced them as, or who wrote the document ([`super::documents`]);
//! kept apart from [`super::resolution`], which maps names and pronouns.

use super::resolution::{Canonical, Resolver, SPEAKER_REACH};
use super::salience::{apposed_roles, DESCRIPTION_WORDS};
use super::words::{is_in, lower};
use crate::entity::{EntityKind, Gender};
use crate::lexicon::{
    is_quote_title, ABBREVIATED_OFFICES, CLAUSE_WORDS, COLLECTIVE_DOCUMENTS, DETERMINERS,
    DOCUMENT_NOUNS, FEMALE_NOUNS, GROUP_NOUNS, KIN_GROUP_NOUNS, MALE_NOUNS, ORG_NOUNS, PARTY_WORDS,
    PERSON_NOUNS, POSTNOMINALS, SEAT_TITLES, STAFF_NOUNS, UNNAMED_SOURCE_NOUNS,
};

/// Documents filed in court: their author is their owner, never the last speaker.
const COURT_PAPERS: &[&str] = &["affidavit", "complaint", "lawsuit", "petition", "suit"];

/// Bytes looked through for the ends of the sentence around a document's author or before a
/// quote (news sentences are shorter; the bound keeps a text of one endless sentence linear).
pub(super) const SENTENCE_REACH: usize = 600;

/// The sex a description's head noun gives (`woman`, `father`), if any.
pub(super) fn head_gender(head: &str) -> Option<Gender> {
    let head = head.split_once("-of-").map_or(head, |(noun, _)| noun);
    if FEMALE_NOUNS.iter().any(|f| head.ends_with(f)) {
        Some(Gender::Female)
    } else if head.ends_with("man") || is_in(MALE_NOUNS, head) {
        Some(Gender::Male)
    } else {
        None
    }
}

/// Most entity mentions a role description or a state body looks back over: a story names a
/// few hundred; the cap keeps a hostile text of millions of descriptions linear.
pub(super) const ROLE_SCAN_MENTIONS: usize = 2_000;

/// Bytes after a description looked through for the name its speaker asked to be known by.
const GIVEN_NAME_BYTES: usize = 160;

/// How far back `one said` looks for the plural it is one of (`Underwriters away from the
/// syndicate said …`, the sentence or the paragraph before).
const ONE_OF_BYTES: usize = 400;

/// ... of which at most this many before the `who` (`at SUM`).
const GIVEN_NAME_PLACE_BYTES: usize = 60;

/// Words right before that name (`who asked to use the pseudonym James`).
const GIVEN_NAME_CUES: &[&str] = &[
    "pseudonym",
    "first name",
    "identified only as",
    "identified as",
    "named only as",
    "only as",
    "only by",
];

/// Heads of a description that name a publication (`the magazine reported`).
const PUBLICATION_NOUNS: &[&str] = &["magazine", "newspaper", "paper", "journal", "tabloid"];

/// Outlets, channels, campaigns and crowds that speak (`said the radio, monitored by the
/// BBC`, Reuters; `the campaign wrote`, PolNeAR): no person's epithet.
const MEDIA_NOUNS: &[&str] = &[
    "agency",
    "campaign",
    "column",
    "crowd",
    "blog",
    "broadcaster",
    "channel",
    "network",
    "programme",
    "program",
    "radio",
    "show",
    "station",
    "television",
    "website",
];

impl Resolver<'_> {
    /// What a description refers to: a definite one (`the expert`, `the ministry`) the
    /// person or organisation the article introduced; a document (`the statement`, `her
    /// letter`) its author. `None` keeps it a description: an indefinite one (`a
    /// spokesman`), a plural (`the protesters`), or one whose head names neither.
    pub(super) fn resolve_description(&mut self, ms: usize, me: usize) -> Option<Canonical> {
        let raw: Vec<&str> = self.text[ms..me].split_whitespace().collect();
        let words: Vec<String> = raw
            .iter()
            .map(|w| lower(w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-')).into_owned())
            .collect();
        let cap = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
        if let [one] = words.as_slice() {
            if is_in(&["one", "another"], one) {
                return self.one_of_them(ms, one);
            }
        }
        // `analysts at Goldman Sachs said`: a firm's staff speak for it (news-quotes:
        // `analysts at Boston Consulting Group wrote` is the group). Not `for`: `lawyers for
        // Smith` are not Smith.
        if words.len() >= 3
            && is_in(STAFF_NOUNS, &words[0])
            && is_in(&["at", "from", "of", "with"], &words[1])
        {
            let after = ms + raw[0].len();
            if let Some(e) = self
                .entity_at(after, me, EntityKind::Org, false)
                .filter(|e| e.mentions.iter().any(|m| after < m.start && m.end <= me))
            {
                return Some(self.org_speaks(ms, e.name.clone()));
            }
        }
        // `Goldman analysts said`: the firm named before its staff (`the Goldman Sachs
        // analyst` is one person, and singular). Not officials: `UKIP officials` are a
        // group of their own (news-quotes, BBC politics/293).
        let staff = &words[words.len() - 1];
        if words.len() >= 2 && is_in(STAFF_NOUNS, staff) && staff != "officials" {
            let noun = me - raw[raw.len() - 1].len();
            if let Some(e) = self
                .entity_at(ms, noun, EntityKind::Org, false)
                .filter(|e| e.mentions.iter().any(|m| ms <= m.start && m.end <= noun))
            {
                return Some(self.org_speaks(ms, e.name.clone()));
            }
        }
        if let Some(c) = self.name_given_after(me) {
            self.push_event(ms, c.clone());
            return Some(c);
        }
        // `Mr Toshitsune keeps a regular routine … this remarkably active senior citizen
        // reveals …: “…”` (BBC business/287, news-quotes round 6): a demonstrative points
        // back at the person in view, whatever the noun calls them.
        if let Some(c) = self.demonstrative(&words, ms) {
            self.push_event(ms, c.clone());
            return Some(c);
        }
        // `A statement from the family read`, `a letter by 50 MPs said`: a document's author
        // follows it (the family; an organisation or person the article named).
        if let Some(c) = self.opening_document_author(ms) {
            return Some(c);
        }
        if let Some(c) = self.relative_of_named(&raw) {
            // a later `she` is her
            self.push_event(ms, c.clone());
            return Some(c);
        }
        let inside = (1..words.len().saturating_sub(2).min(4))
            .find(|&i| is_in(DOCUMENT_NOUNS, &words[i]) && is_in(&["from", "by"], &words[i + 1]));
        let mut before = self.text[..ms].split_whitespace().rev().map(lower);
        let (prep, noun) = (before.next(), before.next());
        let outside = prep.is_some_and(|p| is_in(&["from", "by"], &p))
            && noun.is_some_and(|n| is_in(DOCUMENT_NOUNS, &n));
        let author = match inside {
            Some(i) => Some(raw[i + 2].as_ptr() as usize - self.text.as_ptr() as usize),
            None => outside.then_some(ms),
        };
        if let Some(author) = author {
            let named = [EntityKind::Org, EntityKind::Person]
                .into_iter()
                .find_map(|kind| self.entity_at(author, me, kind, true));
            return Some(match named {
                Some(_) => self.canonical_gender(author, me),
                None => Canonical {
                    name: self.push_description(author, me),
                    gender: None,
                    kind: None,
                },
            });
        }
        // `said Paul King, chief security architect at Cisco` (BBC tech/270), `Apurva Shah`:
        // a name ending in a title word is the person the tagger found there (`Ms King`:
        // in its last word).
        let last = me - raw.last().map_or(0, |w| w.len());
        let named = raw
            .first()
            .is_some_and(|w| cap(w) && !is_in(DETERMINERS, &lower(w)));
        if named && self.entity_at(last, me, EntityKind::Person, true).is_some() {
            return Some(self.canonical_gender(ms, me));
        }
        // `Paul Boateng MP, Labour's Chief Secretary to the Treasury, said` (BBC politics/
        // 054): an honour or seat after a name is the person's, not a role's head
        let postnominal = raw.len() >= 2
            && raw.last().is_some_and(|w| {
                w.chars().all(|c| c.is_uppercase()) && is_in(POSTNOMINALS, &lower(w))
            });
        let name_end = self.text[..last].trim_end().len();
        if named
            && postnominal
            && self
                .entity_at(ms, name_end, EntityKind::Person, true)
                .is_some()
        {
            // (a speaker a later `he said` may mean)
            let c = self.canonical_gender(ms, name_end);
            self.push_event(ms, c.clone());
            return Some(c);
        }
        // `the co-chairman of the Conservative Party`: the head is the role before `of`
        // (not `party`, which would make it an organisation); `the Ministry of Foreign
        // Affairs spokesperson` keeps its last word.
        // `the Tory MP for Sleaford and North Hykeham` (BBC politics/273): a title is a head.
        let head_at = (2..words.len())
            .find(|&i| {
                is_in(&["of", "for", "at"], &words[i])
                    && (raw[i - 1].chars().next().is_some_and(char::is_lowercase)
                        || is_quote_title(&words[i - 1])
                        || is_in(PERSON_NOUNS, &words[i - 1]))
            })
            .map_or(words.len().checked_sub(1)?, |i| i - 1);
        if let Some(c) = self
            .campaign(ms, &raw, &words, head_at)
            .or_else(|| self.owners_office(ms, me, &words))
        {
            return Some(c);
        }
        // `“…,” a statement on her website said` (BBC sport/443): a document on someone's
        // page, or from them, is theirs.
        if let Some(on) = (1..words.len().saturating_sub(1))
            .find(|&i| is_in(&["on", "from"], &words[i]) && is_in(DOCUMENT_NOUNS, &words[i - 1]))
        {
            match words[on + 1].as_str() {
                "his" => return self.resolve_pronoun_canonical(ms, "he"),
                "her" => return self.resolve_pronoun_canonical(ms, "she"),
                _ => {}
            }
        }
        let (first, head) = (words.first()?.as_str(), words[head_at].as_str());
        if is_in(DOCUMENT_NOUNS, head) {
            // `TNO's report`, `the council's statement`: the owner wrote it.
            if let Some(owner) = self.possessor(ms, me) {
                return Some(owner);
            }
            // `according to a statement from the NFL`: the author named right after it
            if let Some(author) = self.author_after(me) {
                return Some(author);
            }
            // `An IAAF statement said` (BBC sport/010): the body named before the noun.
            if let Some(e) = (head_at > 0)
                .then(|| self.entity_at(ms, me, EntityKind::Org, false))
                .flatten()
                .filter(|e| {
                    e.mentions.iter().any(|m| {
                        ms <= m.start
                            && m.end <= me
                            && self.text[ms..m.start].split_whitespace().count() <= 1
                    })
                })
            {
                return Some(self.org_speaks(ms, e.name.clone()));
            }
            return match first {
                "his" => self.resolve_pronoun_canonical(ms, "he"),
                "her" => self.resolve_pronoun_canonical(ms, "she"),
                "its" => self.org_antecedent(ms).map(|name| Canonical {
                    name,
                    gender: None,
                    kind: Some(EntityKind::Org),
                }),
                "their" => None,
                // `Her lawsuit, filed in …, said …` ⏎ `the suit added` (BBC sport/049): the
                // author of the one the text gave an owner.
                // A court paper's author is no one who spoke before it (`the lawsuit` after
                // `market research firm NPD Group has reported`): without an owner it stays
                // the lawsuit.
                _ if is_in(COURT_PAPERS, head) => self.earlier_owner(ms, head),
                // A body's record is no one person's: `the communique said` after Gerhard
                // Stoltenberg spoke is the ministers' (Reuters), but after the Group of 24
                // said so in it, theirs.
                _ if is_in(COLLECTIVE_DOCUMENTS, head) => {
                    self.earlier_owner(ms, head).or_else(|| {
                        self.last_speaker(ms)
                            .filter(|c| c.kind != Some(EntityKind::Person) && c.gender.is_none())
                    })
                }
                // `“…,” a club statement read`: the club in view wrote it, as `the club
                // said` would be
                "a" | "an" if head_at > 1 => {
                    let body = words[1..head_at].iter().find_map(|w| {
                        ORG_NOUNS
                            .iter()
                            .find(|(noun, _)| noun == w)
                            .map(|&(noun, name_words)| (noun, name_words))
                    });
                    match body {
                        Some((noun, name_words)) => self.org_by_head(ms, noun, name_words),
                        None => None,
                    }
                }
                // `A stark message has appeared on the site from the MPAA` (BBC tech/038): a
                // new document is nobody's said before it.
                "a" | "an" => None,
                _ => self
                    .earlier_owner(ms, head)
                    .or_else(|| self.last_speaker(ms)),
            };
        }
        // A name inside counts as one word: `the Ministry of Foreign Affairs spokesperson`.
        let length = (0..raw.len())
            .filter(|&i| {
                let inside = i > 0 && (cap(raw[i]) || raw[i] == "of") && cap(raw[i - 1]);
                // `Sleaford and North Hykeham` is one name.
                let joined = i > 1 && cap(raw[i]) && raw[i - 1] == "and" && cap(raw[i - 2]);
                let and = raw[i] == "and"
                    && i > 0
                    && cap(raw[i - 1])
                    && raw.get(i + 1).is_some_and(|w| cap(w));
                !(inside || joined || and)
            })
            .count();
        // `“There were no arrests,” police said`: the force the article named, if any.
        // `Plymouth police promise “robust” action` (The Mirror): the force of that place the
        // article named (Devon and Cornwall Police), else the words as written.
        let local = words.len() > 1
            && words.len() <= 3
            && raw[..raw.len() - 1]
                .iter()
                .all(|w| cap(w) || lower(w) == "the");
        if words.last().is_some_and(|w| w == "police") && (words.len() == 1 || local) {
            return self.org_by_head(ms, "police", &["police"]);
        }
        // `Governor says naming of ‘exceptional’ Raquel Montoya-Lewis is historic` (a Times
        // of Israel standfirst, news-quotes round 9): a headline's bare title is the one the
        // article gives it to (`Governor Jay Inslee`), as `the governor` would be.
        if let [only] = words.as_slice() {
            if cap(raw[0]) && is_quote_title(only) {
                return self.person_by_role(ms, only, &[], false);
            }
        }
        // `A DUP councillor has said that … "…"` … `DUP Balmoral councillor Sarah Bunting
        // has said …` (Belfast Live, news-quotes round 11): a lede's unnamed someone is the
        // one person the article names later in that role with all its words, when no one
        // before holds it (news style's delayed identification)
        if is_in(&["a", "an"], first)
            && length <= DESCRIPTION_WORDS
            && (is_quote_title(head) || is_in(PERSON_NOUNS, head))
        {
            let modifiers: Vec<String> = (1..words.len())
                .filter(|&i| i != head_at && !is_in(CLAUSE_WORDS, &words[i]))
                .map(|i| words[i].clone())
                .collect();
            // (a bare `a spokesman` or `a judge` may be anyone's: BBC politics had the
            // Conservatives' `a spokesman said` given to the Lib Dems' Mark Oaten)
            if modifiers.is_empty() {
                return None;
            }
            return self.later_holder_of_new_role(ms, head, &modifiers);
        }
        // (`our correspondent`: the BBC's, named before as `BBC labour affairs correspondent
        // Stephen Cape`, politics/069)
        if !is_in(&["the", "our"], first) || length > DESCRIPTION_WORDS {
            return None;
        }
        // `the OSI said` (BBC business/357): a named organisation or place with its article,
        // not a role to look up (`the MP`, `the DJ` are roles even where the tagger took them
        // for organisations).
        let rest = ms + self.text[ms..me].find(' ')? + 1;
        // `said the Illinois Democrat` (US wire copy): a party's member, a lawmaker the story
        // named.
        // `Chief Minister Manohar Lal Khattar` ⏎ `the CM said`: the office's initials are
        // the person introduced in it (the tagger takes `CM` for an organisation)
        if let Some(&(_, modifier, noun)) = ABBREVIATED_OFFICES.iter().find(|o| o.0 == head) {
            if words.len() == 2 {
                return self.person_by_role(ms, noun, &[modifier.to_owned()], false);
            }
        }
        let member = is_in(&["democrat", "republican"], head);
        let role = is_in(PERSON_NOUNS, head) || is_quote_title(head) || member;
        if !role
            && [EntityKind::Org, EntityKind::Place]
                .into_iter()
                .any(|kind| self.entity_at(rest, me, kind, true).is_some())
        {
            return Some(self.canonical_gender(rest, me));
        }
        if is_in(PUBLICATION_NOUNS, head) {
            // `the China Daily newspaper said` (BBC business/437): the paper the words name,
            // two capitalised words or more before the noun
            let between = &raw[1..head_at];
            if between.len() >= 2 && between.iter().all(|w| cap(w)) {
                let name = between
                    .join(" ")
                    .trim_end_matches(|c: char| !c.is_alphanumeric())
                    .to_owned();
                return Some(self.org_speaks(ms, name));
            }
            if let Some(c) = self.publication(ms, head) {
                return Some(c);
            }
        }
        if let Some((_, name_words)) = ORG_NOUNS.iter().find(|(noun, _)| *noun == head) {
            return self.org_by_head(ms, head, name_words);
        }
        let capitalised = raw.last().is_some_and(|w| cap(w));
        // `the foreign secretary`, `the Ealing North MP`: a title finds the person the
        // article introduced with it, but no one else: the nearest person is not `the Bishop
        // of Durham` (BBC: 45 speakers changed with that fallback, 15 wrong).
        let titled = is_quote_title(head) && !super::names_a_person(head);
        let person = super::names_a_person(head)
            || titled
            || member
            || ["ist", "ian", "-old"]
                .iter()
                .any(|suffix| head.ends_with(suffix))
            // `the American`, `the Spaniard`, `the South Korean`
            || capitalised && words.len() == 2
            || capitalised
                && words.len() == 3
                && (crate::lexicon::is_compass(raw[1]) || raw[1] == "New")
            // `The 41-year-old chart-topper told reporters` (BBC entertainment/269)
            || words.iter().any(|w| w.ends_with("-year-old"));
        // `According to the district collector, Rajesh Deshmukh, …` ⏎ `the collector said`:
        // a role word the article itself gave a person, though no list knows it; only that
        // person (or one introduced so later), never the nearest.
        let introduced_role = !person
            && head.len() > 2
            && head.chars().all(|c| c.is_alphabetic() || c == '-')
            && !is_in(CLAUSE_WORDS, head)
            && !is_in(DETERMINERS, head)
            && self.role_given(head);
        if person || introduced_role {
            let modifiers: Vec<String> = (1..words.len())
                .filter(|&i| i != head_at && !is_in(CLAUSE_WORDS, &words[i]))
                .map(|i| words[i].clone())
                .collect();
            // `the top seed` is not `seventh seed Feliciano Lopez` (BBC sport/459): a role
            // learnt from the article is taken bare only.
            if !person && !modifiers.is_empty() {
                return None;
            }
            // `says the director of academic management at SUM, who asked to use the
            // pseudonym James` (Nature): a role placed at a body of its own is someone new,
            // not the person named before it (it had been the researcher quoted above).
            // (Not a spokesman: `a spokesman for Jardine Matheson` ⏎ `the spokesman at
            // Jardine's London office`, Reuters, is one.)
            let after = self.text[me..].split_whitespace().next().unwrap_or("");
            let placed = !is_in(UNNAMED_SOURCE_NOUNS, head)
                && (words[head_at + 1..]
                    .iter()
                    .any(|w| is_in(&["at", "from"], w))
                    || is_in(&["at", "from"], after));
            // `the Salford MP told the committee` (BBC politics/105: Hazel Blears, introduced
            // as a Home Office minister): a seat's member is the one the passage is about,
            // as `the American` is; not a party's (`the Labour MP`), who may be someone new.
            let seat = is_in(SEAT_TITLES, head)
                && head_at > 1
                && raw[1..head_at].iter().all(|w| {
                    cap(w) && !is_in(PARTY_WORDS, &lower(w.trim_end_matches(['\'', '’', 's'])))
                });
            // `Buhecha … was called "one of the biggest Bollywood pirates" by the sentencing
            // judge` (BBC entertainment/366): a passive's agent is someone the clause set
            // apart from its subject, so only one introduced in the role, never the person
            // in view.
            return self.person_by_role(
                ms,
                head,
                &modifiers,
                !self.passive_agent_at(ms) && (seat || !titled && person && !placed),
            );
        }
        // `Travis Kelce, who caught two touchdowns, was less effusive. “…,” the tight end
        // said`: an epithet no list knows, right after a quote, is the one person the
        // sentence before it is about (a sports and features habit). Not a plural, a group,
        // a body or a publication, which are no one person.
        let epithet = head.len() > 2
            && !capitalised
            && head.chars().all(|c| c.is_alphabetic() || c == '-')
            && (head.ends_with("ss") || !head.ends_with('s'))
            && !is_in(CLAUSE_WORDS, head)
            && !is_in(DETERMINERS, head)
            && !is_in(GROUP_NOUNS, head)
            && !is_in(KIN_GROUP_NOUNS, head)
            && !is_in(PUBLICATION_NOUNS, head)
            && !is_in(MEDIA_NOUNS, head);
        if epithet {
            if let Some(c) = self.epithet_subject(ms) {
                self.push_event(ms, c.clone());
                return Some(c);
            }
        }
        None
    }

    /// `Travis Kelce's mom said` (RollingStone): a relative of a named person is the one
    /// person of that surname and sex the story names besides them (Donna Kelce), if any.
    fn relative_of_named(&self, raw: &[&str]) -> Option<Canonical> {
        // (RollingStone writes `Kelce‘s`)
        let possessive = |w: &str| ["'s", "’s", "‘s"].iter().any(|s| w.ends_with(s));
        let p = raw.iter().position(|w| possessive(w))?;
        let head = lower(raw.get(p + 1..)?.last()?);
        let gender = if is_in(FEMALE_NOUNS, &head) {
            Gender::Female
        } else if is_in(MALE_NOUNS, &head) {
            Gender::Male
        } else {
            return None;
        };
        let owner = raw[..=p].join(" ");
        let owner = ["'s", "’s", "‘s"]
            .iter()
            .find_map(|s| owner.strip_suffix(s))?;
        let surname = owner.rsplit(' ').next()?;
        if !surname.chars().next().is_some_and(char::is_uppercase) {
            return None;
        }
        // (bounded: a hostile text of millions of names and such descriptions stays linear)
        let mut relatives = self.entities.iter().take(ROLE_SCAN_MENTIONS).filter(|e| {
            e.kind == EntityKind::Person
                && e.name != owner
                && e.name.contains(' ')
                && e.name.rsplit(' ').next() == Some(surname)
                && e.gender.is_none_or(|g| g == gender)
        });
        let one = relatives.next()?;
        if relatives.next().is_some() {
            return None;
        }
        Some(Canonical {
            name: one.name.clone(),
            gender: Some(gender),
            kind: Some(EntityKind::Person),
        })
    }

    /// The name a described speaker asked to be known by, in the clause after the description
    /// ending at `me`: `says the director of academic management at SUM, who asked to use the
    /// pseudonym James` (Nature), `who gave only her first name, Maria`, `who asked to be
    /// identified only as Ahmed`. A capitalised word or two right after the phrase.
    fn name_given_after(&self, me: usize) -> Option<Canonical> {
        let end = self
            .text
            .floor_char_boundary(me.saturating_add(GIVEN_NAME_BYTES));
        let rest = &self.text[me..end];
        let rest = &rest[..rest.find(['.', ';', '\n', '“', '"']).unwrap_or(rest.len())];
        // (the clause may follow the place of the role: `at SUM, who asked …`)
        let who = rest.find(", who ").or_else(|| rest.find(" who "))?;
        if who > GIVEN_NAME_PLACE_BYTES {
            return None;
        }
        let at = GIVEN_NAME_CUES
            .iter()
            .filter_map(|cue| rest.find(cue).map(|i| i + cue.len()))
            .min()?;
        let name: Vec<&str> = rest[at..]
            .trim_start_matches([' ', ','])
            .split_whitespace()
            .map(|w| w.trim_end_matches([',', ')']))
            .take_while(|w| w.starts_with(char::is_uppercase) && w.chars().all(char::is_alphabetic))
            .take(2)
            .collect();
        if name.is_empty() {
            return None;
        }
        Some(Canonical {
            name: name.join(" "),
            gender: None,
            kind: Some(EntityKind::Person),
        })
    }

    /// `this senior citizen`: the most salient person before `ms` (of the head's gender when
    /// it has one).
    fn demonstrative(&self, words: &[String], ms: usize) -> Option<Canonical> {
        let head = words.last()?;
        // a person's noun (not `this seasonal reserve add`), and not an unnamed source's:
        // `this source said` (Reuters) is the one who asked not to be named
        if words.first().map(String::as_str) != Some("this")
            || words.len() < 2
            || !super::names_a_person(head)
            || is_in(UNNAMED_SOURCE_NOUNS, head)
        {
            return None;
        }
        let at = match head_gender(head) {
            Some(g) => self.most_salient(ms, g, None),
            None => {
                let (m, f) = (
                    self.most_salient(ms, Gender::Male, None),
                    self.most_salient(ms, Gender::Female, None),
                );
                m.max(f)
            }
        }?;
        (self.events[&at].kind == Some(EntityKind::Person)).then(|| self.event_canonical(at, None))
    }

    /// Whether the article sets the role noun `head` right beside a person's name.
    fn role_given(&mut self, head: &str) -> bool {
        self.apposed
            .get_or_insert_with(|| apposed_roles(self.text, self.entities))
            .contains(head)
    }

    /// A speaker the article never names (`A spokesman for the Business Software Alliance
    /// said: “…”`) is who a later `he said` most likely continues: an event under the
    /// description, its gender from the head noun.
    /// Records the description at `ms..me` (`a spokesman`) as someone a later pronoun may
    /// refer to, and returns it as a speaker's name: a capitalised determiner in lower case
    /// (`A spokesman said` and `said a spokesman` are one speaker in a listing).
    /// `Underwriters away from the syndicate said they believed … . “…,” one said` (Reuters):
    /// one of the sources named in the plural just before, in this paragraph or the one
    /// before (`one underwriter`, `another diplomat`); no one when none is.
    fn one_of_them(&mut self, ms: usize, one: &str) -> Option<Canonical> {
        let mut lo = ms.saturating_sub(ONE_OF_BYTES);
        while !self.text.is_char_boundary(lo) {
            lo += 1;
        }
        let before = &self.text[lo..ms];
        let from = before.rmatch_indices("\n\n").nth(1).map_or(0, |(i, _)| i);
        // `said one expert. “…,” another said`: another of the same (Reuters reut2-001)
        if one == "another" {
            let noun = before[from..].rmatch_indices("one ").find_map(|(i, _)| {
                let run = before[from + i + 4..]
                    .split(|c: char| !(c.is_alphabetic() || c == ' ' || c == '-'))
                    .next()?;
                let head = run.split_whitespace().take(4).last()?;
                (head.len() > 2
                    && head.chars().all(char::is_lowercase)
                    && (is_in(PERSON_NOUNS, head) || super::names_a_source(head)))
                .then(|| head.to_owned())
            });
            if let Some(noun) = noun {
                return Some(self.unnamed_one(ms, format!("another {noun}")));
            }
        }
        let plural = before[from..]
            .split(|c: char| !c.is_alphabetic())
            .rev()
            .map(lower)
            .find(|w| {
                w.len() > 4
                    && w.ends_with('s')
                    && (is_in(STAFF_NOUNS, w)
                        || is_in(GROUP_NOUNS, w) && w != "police"
                        || w.ends_with("ers") && super::names_a_source(&w[..w.len() - 1]))
            })?;
        Some(self.unnamed_one(ms, format!("{one} {}", &plural[..plural.len() - 1])))
    }

    /// The unnamed someone `name` (`one underwriter`), speaking at `ms`.
    fn unnamed_one(&mut self, ms: usize, name: String) -> Canonical {
        self.descriptions.insert(name.clone());
        let c = Canonical {
            name,
            gender: None,
            kind: None,
        };
        self.push_event(ms, c.clone());
        c
    }

    pub(super) fn push_description(&mut self, ms: usize, me: usize) -> String {
        let text = &self.text[ms..me];
        // `A spokesman for the Association of Payment and Clearing Services (Apacs)` is a man
        // (BBC tech/122): the head before the post-modifier.
        let gender = head_gender(&lower(super::description_head(text)));
        // `Police said` and `police said` too; `the U.S. Official added` (Reuters capitalises
        // after `U.S.`) is an official
        let first_lower = |w: &str| is_in(DETERMINERS, &lower(w)) || is_in(GROUP_NOUNS, &lower(w));
        let mut name = match text.split_once(' ') {
            Some((first, rest)) if first_lower(first) => format!("{} {rest}", lower(first)),
            None if first_lower(text) => lower(text).into_owned(),
            _ => text.to_owned(),
        };
        if let Some((rest, last)) = name.rsplit_once(' ') {
            let head = lower(last);
            if last != head && (is_in(UNNAMED_SOURCE_NOUNS, &head) || is_in(GROUP_NOUNS, &head)) {
                name = format!("{rest} {head}");
            }
        }
        self.descriptions.insert(name.clone());
        self.push_event(
            ms,
            Canonical {
                name: name.clone(),
                gender,
                kind: None,
            },
        );
        name
    }

    /// `resolve_pronoun`, with what it resolved to.
    pub(super) fn resolve_pronoun_canonical(
        &mut self,
        pos: usize,
        pron: &str,
    ) -> Option<Canonical> {
        let name = self.resolve_pronoun(pos, pron)?;
        self.events.get(&pos).map(|e| Canonical {
            name,
            gender: e.gender,
            kind: e.kind,
        })
    }

    /// The speaker most salient before `pos` (the last to speak, or the subject of a
    /// reporting verb nearby): the author of `the statement`.
    fn last_speaker(&mut self, pos: usize) -> Option<Canonical> {
        self.scan_cue_subjects(pos);
        let (_, e) = self
            .events
            .range(..pos)
            .rev()
            .take_while(|(&at, _)| pos - at <= SPEAKER_REACH)
            .min_by_key(|(&at, e)| (pos - at) * e.weight)?;
        Some(Canonical {
            name: e.name.clone(),
            gender: e.gender,
            kind: e.kind,
        })
    }
}
