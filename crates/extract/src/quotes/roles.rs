//! Roles as speakers (`the coach`, `the foreign secretary`, `the Illinois Democrat`): the
//! person the article introduced in that role, else the one it described so, else (for a
//! person's noun) the most salient person before.

use super::descriptions::{head_gender, ROLE_SCAN_MENTIONS, SENTENCE_REACH};
use super::resolution::{Canonical, Resolver, EXPANSION_RADIUS, PRONOUN_REACH};
use super::salience::role_words;
use super::words::{after_last_mark, is_in, lower};
use crate::entity::EntityKind;
use crate::lexicon::{
    ANONYMOUS_SOURCE_NOUNS, CLAUSE_WORDS, DETERMINERS, GENERIC_PERSON_NOUNS, PRONOUNS_F,
    PRONOUNS_M, PRONOUNS_OTHER, UNNAMED_SOURCE_NOUNS,
};
use rustc_hash::FxHashSet;

/// Most bytes between a quote and a description attributing it (`," said the Sale
/// full-back`): the attribution's own few words.
const ATTRIBUTION_GAP: usize = 40;

/// Most words before the name that opens the sentence an epithet looks back to
/// (`Meanwhile, Perpignan centre`, BBC sport/296).
const EPITHET_LEAD_WORDS: usize = 3;

/// Words that introduce a lawmaker (`Sen.`, `Rep.`, `House Speaker`, `subcommittee
/// chairman`): whom `the Illinois Democrat` refers back to.
const LAWMAKER_WORDS: &[&str] = &[
    "sen",
    "senator",
    "rep",
    "representative",
    "congressman",
    "congresswoman",
    "chairman",
    "chairwoman",
    "speaker",
    "leader",
    "whip",
    "lawmaker",
    "governor",
    "gov",
];

/// Words that make an introduction another office than the bare title (`shadow home
/// secretary David Davis` is no `home secretary`).
const OTHER_OFFICE: &[&str] = &[
    "shadow",
    "former",
    "ex",
    "deputy",
    "junior",
    "assistant",
    "vice",
    "acting",
    "opposition",
    // `British Prime Minister Margaret Thatcher` is no `British minister` (Reuters)
    "prime",
    // `Mayor Pro Tem Lisa Chen` stands in for the mayor
    "tem",
    "tempore",
];

impl Resolver<'_> {
    /// `the coach`: the person the article introduced with that word (`England sevens
    /// coach Mike Friday`, `Holcomb, the Republican governor`) whose mention is nearest
    /// before `pos`; else, when `nearest`, the most salient person before it, whatever the
    /// gender.
    pub(super) fn person_by_role(
        &mut self,
        pos: usize,
        head: &str,
        modifiers: &[String],
        nearest: bool,
    ) -> Option<Canonical> {
        // `A Bayern spokesman said on Monday …` ⏎ `“…,” the spokesman said` (BBC sport/136):
        // reporting verbs outside quotes introduce describable speakers too.
        self.scan_cue_subjects(pos);
        // `Later the prime minister's spokesman was asked …`: looked up once, here, before
        // `roles` borrows `self`; used when no one was introduced in the role.
        let described_span = is_in(UNNAMED_SOURCE_NOUNS, head)
            .then(|| self.described_in_text(pos, head))
            .flatten();
        let titled_after_name = (!nearest)
            .then(|| self.person_ending_sentence_before(pos))
            .flatten();
        let subject_before = (!nearest && !self.passive_agent_at(pos))
            .then(|| self.sole_subject_of_sentence_before(pos))
            .flatten();
        let roles = self
            .roles
            .get_or_insert_with(|| role_words(self.text, self.entities));
        let before = self.mentions.partition_point(|m| m.1 <= pos);
        // `the Ohio Democrat` is the nearest lawmaker the story named (`subcommittee chairman
        // Howard Metzenbaum`), not the nearest person who spoke (a deputy assistant attorney
        // general, Reuters).
        if is_in(&["democrat", "republican"], head) {
            let lawmaker = self.mentions[..before]
                .iter()
                .rev()
                .take_while(|m| pos - m.1 < PRONOUN_REACH)
                .find(|m| {
                    let lawmaker = |w: &str| {
                        is_in(
                            LAWMAKER_WORDS,
                            &lower(w.trim_matches(|c: char| !c.is_alphanumeric())),
                        )
                    };
                    // the title right before the name, or in an apposition after it (`Robert
                    // Byrd, the Senate majority leader,`)
                    let titled = self.text[..m.0]
                        .split_whitespace()
                        .next_back()
                        .is_some_and(lawmaker);
                    let apposed = self.text[m.1..].strip_prefix(", ").is_some_and(|rest| {
                        rest.split([',', '.', ';', '\n'])
                            .next()
                            .is_some_and(|a| a.split_whitespace().take(6).any(lawmaker))
                    });
                    self.entities[m.2].kind == EntityKind::Person && (titled || apposed)
                })
                .map(|m| &self.entities[m.2]);
            if let Some(e) = lawmaker {
                let c = Canonical {
                    name: e.name.clone(),
                    gender: e.gender,
                    kind: Some(EntityKind::Person),
                };
                self.push_event(pos, c.clone());
                return Some(c);
            }
        }
        // `the foreign secretary` is not `shadow foreign secretary Michael Ancram` (BBC
        // politics/394) nor a former one: an office the description does not say.
        // Nor is `the former captain` (Joe Root) the captain the article introduced
        // (`Australia skipper Pat Cummins`): each side's other office must be the other's.
        let other_office = |words: &FxHashSet<String>| {
            OTHER_OFFICE
                .iter()
                .any(|w| words.contains(*w) != modifiers.iter().any(|m| m == w))
        };
        // The nearest person introduced in that role; of several, the one whose introduction
        // shares most of the description's other words (`the Ministry of Foreign Affairs
        // spokesperson` is the Foreign Ministry's spokesperson, not the army's).
        // Further back than a pronoun reaches, only an introduction that shares two or more
        // of those words counts (NationalPost: Lin Jian, 10 kB before).
        // `a teacher at the venue said …` ⏎ `The teacher added`: the unnamed one the
        // article described last with that word, when no one named in that role is nearer.
        let described = self
            .events
            .range(..pos)
            .rev()
            .take_while(|(&at, _)| pos - at <= PRONOUN_REACH)
            .find(|(_, e)| {
                self.descriptions.contains(&e.name)
                    && lower(super::description_head(&e.name)) == head
            })
            .map(|(&at, e)| (at, e.name.clone()));
        // `The prime minister's official spokesman` is nobody introduced as some other
        // body's spokesman (`Lib Dem foreign affairs spokesman Menzies Campbell`, BBC
        // politics/324): an owner the description names must be in the introduction too.
        let owners: Vec<&str> = modifiers
            .iter()
            .filter_map(|w| w.strip_suffix("'s").or_else(|| w.strip_suffix("’s")))
            .collect();
        let owned = |words: &FxHashSet<String>| {
            owners.iter().all(|o| {
                words.contains(*o)
                    || words.contains(&format!("{o}'s"))
                    || words.contains(&format!("{o}’s"))
            })
        };
        let introduced = self.mentions[..before]
            .iter()
            .rev()
            .take_while(|m| described.as_ref().is_none_or(|d| m.1 > d.0))
            .take_while(|m| pos - m.1 < EXPANSION_RADIUS)
            .take(ROLE_SCAN_MENTIONS)
            .filter(|m| {
                roles[m.2].contains(head) && !other_office(&roles[m.2]) && owned(&roles[m.2])
            })
            .map(|m| {
                let shared = modifiers.iter().filter(|w| roles[m.2].contains(*w)).count();
                (shared, m)
            })
            .filter(|(shared, m)| pos - m.1 < PRONOUN_REACH || *shared >= 2)
            .fold(None, |best: Option<(usize, _)>, (shared, m)| match best {
                Some((b, _)) if b >= shared => best,
                _ => Some((shared, m)),
            })
            .map(|(_, m)| &self.entities[m.2]);
        let c = match (introduced, described) {
            (Some(e), _) => Canonical {
                name: e.name.clone(),
                gender: e.gender,
                kind: Some(EntityKind::Person),
            },
            (None, Some((_, name))) => Canonical {
                name,
                gender: head_gender(head),
                kind: None,
            },
            // `The home secretary said …` before `Home Secretary Charles Clarke told …` (BBC
            // politics/100): a title no one was introduced with yet is the one person the
            // article gives it later, with all its words.
            // `…, Jack Straw said.` ⏎ `The foreign secretary told MPs …`: a title opening
            // the sentence after one that ends on a person's name is that person.
            (None, None) if titled_after_name.is_some() => titled_after_name?,
            (None, None) if !nearest => {
                let later = self.only_later_holder(before, head, modifiers, &other_office);
                // `Chris Grayling warned on Monday that …` ⏎ `Speaking in the Commons, the
                // Conservative MP said:` (Evening Standard, news-quotes round 9): a title no
                // one in the article holds, in the sentence right after one that opens with
                // its only person, is that person (news style's second reference).
                let Some(later) = later else {
                    let c = subject_before.filter(|c| {
                        let want = head_gender(head);
                        want.is_none() || c.gender.is_none() || c.gender == want
                    })?;
                    self.push_event(pos, c.clone());
                    return Some(c);
                };
                later?
            }
            // `Later the prime minister's spokesman was asked …` ⏎ `The spokesman said:`
            // (BBC politics/009): the unnamed one the text just described, spoken or not.
            (None, None) if described_span.is_some() => {
                let (ms, me) = described_span?;
                Canonical {
                    name: self.push_description(ms, me),
                    gender: head_gender(head),
                    kind: None,
                }
            }
            // `the rapper's spokesman said` with no spokesman named or described: an
            // unnamed source, not the nearest person (BBC: Snoop Dogg, Elvis Presley).
            (None, None) if is_in(ANONYMOUS_SOURCE_NOUNS, head) => return None,
            // `He said the man shouted: “…”` (BBC politics/157, the attacker): `the man`
            // nobody was introduced or described as is someone the story does not name,
            // not the nearest person. (`The Waterford man said` is the Irish athlete named
            // before, BBC sport/093: a second reference says more than the noun.)
            (None, None) if is_in(GENERIC_PERSON_NOUNS, head) && modifiers.is_empty() => {
                return None
            }
            (None, None) => {
                // `… despite a call from Charles Kennedy.` ⏎ `The Lib Dem leader said …` (BBC
                // politics/049): a description opening the sentence after one that ends on a
                // person's name is that person, news style's second reference.
                if let Some(c) = self
                    .person_ending_sentence_before(pos)
                    .or_else(|| self.sole_person_before_quote(pos))
                {
                    let want = head_gender(head);
                    if want.is_none() || c.gender.is_none() || c.gender == want {
                        self.push_event(pos, c.clone());
                        return Some(c);
                    }
                }
                self.scan_cue_subjects(pos);
                // `The woman` is no man the article named (The Mirror: Andy Burnham).
                let want = head_gender(head);
                let in_view = self
                    .events
                    .range(..pos)
                    .rev()
                    .take_while(|(&at, _)| pos - at <= PRONOUN_REACH)
                    .filter(|(_, e)| e.kind == Some(EntityKind::Person))
                    .filter(|(_, e)| want.is_none() || e.gender.is_none() || e.gender == want)
                    .min_by_key(|(&at, e)| (pos - at) * e.weight);
                match in_view {
                    Some((_, e)) => Canonical {
                        name: e.name.clone(),
                        gender: e.gender,
                        kind: e.kind,
                    },
                    // `“…,” said the acting U.S. attorney for Massachusetts.` … `acting U.S.
                    // Attorney for Massachusetts Joshua Levy said` (Boston.com, news-quotes
                    // round 11): with no one in view, the one person the article names later
                    // in the role, with all the description's words (news style's delayed
                    // identification)
                    None => self
                        .only_later_holder(before, head, modifiers, &other_office)
                        .flatten()?,
                }
            }
        };
        self.push_event(pos, c.clone());
        Some(c)
    }

    /// For an unnamed someone at `pos` (`a DUP councillor`): the one person named after it
    /// in the role `head` with every word of `modifiers`, when no one named before `pos`
    /// holds the role. (The speaker stays the description otherwise.)
    pub(super) fn later_holder_of_new_role(
        &mut self,
        pos: usize,
        head: &str,
        modifiers: &[String],
    ) -> Option<Canonical> {
        let roles = self
            .roles
            .get_or_insert_with(|| role_words(self.text, self.entities));
        let before = self.mentions.partition_point(|m| m.1 <= pos);
        // (as far back as the forward look reaches: a page of many unnamed someones and many
        // names stays linear)
        if self.mentions[..before]
            .iter()
            .rev()
            .take(ROLE_SCAN_MENTIONS)
            .any(|m| roles[m.2].contains(head))
        {
            return None;
        }
        let other_office = |words: &FxHashSet<String>| {
            OTHER_OFFICE
                .iter()
                .any(|w| words.contains(*w) != modifiers.iter().any(|m| m == w))
        };
        let c = self
            .only_later_holder(before, head, modifiers, &other_office)
            .flatten()?;
        self.push_event(pos, c.clone());
        Some(c)
    }

    /// The one person named after mention index `before` (within [`ROLE_SCAN_MENTIONS`]
    /// mentions) in the role `head` with every word of `modifiers` and no `other_office`:
    /// `None` when no one is, `Some(None)` when two people are.
    fn only_later_holder(
        &mut self,
        before: usize,
        head: &str,
        modifiers: &[String],
        other_office: &dyn Fn(&FxHashSet<String>) -> bool,
    ) -> Option<Option<Canonical>> {
        let roles = self
            .roles
            .get_or_insert_with(|| role_words(self.text, self.entities));
        let mut later = self.mentions[before..]
            .iter()
            .take(ROLE_SCAN_MENTIONS)
            .filter(|m| {
                roles[m.2].contains(head)
                    && modifiers.iter().all(|w| roles[m.2].contains(w))
                    && !other_office(&roles[m.2])
            })
            .map(|m| m.2);
        let first = later.next()?;
        if later.any(|i| self.entities[i].name != self.entities[first].name) {
            return Some(None);
        }
        let e = &self.entities[first];
        Some(Some(Canonical {
            name: e.name.clone(),
            gender: e.gender,
            kind: Some(EntityKind::Person),
        }))
    }

    /// The person whose name ends the sentence right before the one that starts at `pos`
    /// (the description `pos` must open its sentence).
    fn person_ending_sentence_before(&self, pos: usize) -> Option<Canonical> {
        let before = self.text[..pos].trim_end();
        let stop = before.strip_suffix(['.', '!', '?'])?;
        // `…, Jack Straw said.` ⏎ `The foreign secretary told MPs` (BBC politics/358): the
        // name before a closing `said` ends the sentence as well
        let stop = ["said", "says"]
            .iter()
            .find_map(|verb| {
                stop.strip_suffix(verb)
                    .filter(|s| s.ends_with(' '))
                    .map(str::trim_end)
            })
            .unwrap_or(stop);
        let end = stop.len();
        let at = self.mentions.partition_point(|m| m.1 < end);
        let &(_, me, i) = self.mentions.get(at)?;
        let e = &self.entities[i];
        (me == end && e.kind == EntityKind::Person).then(|| Canonical {
            name: e.name.clone(),
            gender: e.gender,
            kind: Some(EntityKind::Person),
        })
    }

    /// `skipper Jason Robinson believes … . “…,” said the Sale full-back` (BBC sport/323):
    /// for a description in the attribution right after a quote, the one person the sentence
    /// before the quote names, if it names exactly one, as its subject.
    fn sole_person_before_quote(&self, pos: usize) -> Option<Canonical> {
        let (start, end) = self.sentence_before_quote(pos)?;
        // a sentence led by a description or a pronoun has that as its subject (`The senior
        // official said the Bank of Japan is hoping Paul Volcker …`, Reuters; `She will now
        // meet Venus Williams`, BBC)
        let opener = self.text[start..end]
            .split_whitespace()
            .next()
            .map(|w| lower(w.trim_matches(|c: char| !c.is_alphanumeric())))?;
        let pronoun = [PRONOUNS_M, PRONOUNS_F, PRONOUNS_OTHER]
            .iter()
            .any(|list| is_in(list, &opener));
        if is_in(DETERMINERS, &opener) || pronoun {
            return None;
        }
        let (at, c) = self.only_person_in(start, end)?;
        // the subject, not an object (`his leading role was played by Steve Coogan`): a
        // speaker, or the name that opens the sentence (`Roddick was left frustrated …
        // . “…,” said the American`, BBC sport/470)
        let opens = self.text[start..at].trim().is_empty();
        (self.events.contains_key(&at) || opens).then_some(c)
    }

    /// Where the first person named outside quotes in `start..end` is, and who, when every
    /// person named there is that one.
    fn only_person_in(&self, start: usize, end: usize) -> Option<(usize, Canonical)> {
        let first = self.mentions.partition_point(|m| m.0 < start);
        let mut people = self.mentions[first..]
            .iter()
            .take_while(|m| m.1 <= end)
            .filter(|m| self.entities[m.2].kind == EntityKind::Person && !self.in_quote(m.0));
        let &(at, _, one) = people.next()?;
        if people.any(|m| self.entities[m.2].name != self.entities[one].name) {
            return None;
        }
        let e = &self.entities[one];
        Some((
            at,
            Canonical {
                name: e.name.clone(),
                gender: e.gender,
                kind: Some(EntityKind::Person),
            },
        ))
    }

    /// Does the description at `pos` follow `by`, a passive's agent (`was called "…" by the
    /// sentencing judge`, BBC entertainment/366)? The clause sets such a one apart from its
    /// subject: never the person in view.
    pub(super) fn passive_agent_at(&self, pos: usize) -> bool {
        self.text[..pos]
            .split_whitespace()
            .next_back()
            .is_some_and(|w| w == "by")
    }

    /// The one person of the sentence before the one holding `pos`, when that sentence opens
    /// with them (`Chris Grayling warned on Monday that …`): the person a second reference
    /// in the next sentence is about.
    fn sole_subject_of_sentence_before(&self, pos: usize) -> Option<Canonical> {
        let marks = ['.', '!', '?', '\n'];
        let reach = self
            .text
            .floor_char_boundary(pos.saturating_sub(SENTENCE_REACH));
        let here = after_last_mark(self.text, reach, pos, &marks)?;
        let end = self.text[..here]
            .trim_end()
            .strip_suffix(['.', '!', '?'])?
            .len();
        let reach = self
            .text
            .floor_char_boundary(end.saturating_sub(SENTENCE_REACH));
        let start = after_last_mark(self.text, reach, end, &marks).unwrap_or(reach);
        let (at, c) = self.only_person_in(start, end)?;
        self.text[start..at].trim().is_empty().then_some(c)
    }

    /// Where the quote opens whose attribution right after it (`,” the tight end said`, the
    /// attribution's own few words between) holds the description at `pos`.
    fn quote_attributed_at(&self, pos: usize) -> Option<usize> {
        let qi = self.quotes.partition_point(|q| q.close_end <= pos);
        let q = self.quotes.get(qi.checked_sub(1)?)?;
        let between = &self.text[q.close_end..pos];
        let attributed = between.len() <= ATTRIBUTION_GAP
            && between.split_whitespace().count() <= 2
            && !between.contains(['.', '\n']);
        attributed.then_some(q.open)
    }

    /// For a description in the attribution right after a quote (`,” the tight end said`):
    /// the bounds of the sentence before that quote.
    fn sentence_before_quote(&self, pos: usize) -> Option<(usize, usize)> {
        let open = self.quote_attributed_at(pos)?;
        let before = self.text[..open].trim_end();
        let end = before.strip_suffix(['.', '!', '?'])?.len();
        let reach = self
            .text
            .floor_char_boundary(end.saturating_sub(SENTENCE_REACH));
        let start = after_last_mark(self.text, reach, end, &['.', '!', '?', '\n']).unwrap_or(reach);
        Some((start, end))
    }

    /// An epithet no list knows (`the tight end`, `the youngster`) is the one person named in
    /// the sentence before its quote only when that sentence opens with them (within
    /// [`EPITHET_LEAD_WORDS`] plain words: `Meanwhile, Perpignan centre Jean-Philippe
    /// Granclaude is delighted`) and does not ask them (`Donald Trump was asked …` ⏎ `“…,”
    /// the moderator said`, PolNeAR).
    pub(super) fn epithet_subject(&self, pos: usize) -> Option<Canonical> {
        let (start, end) = self.sentence_before_quote(pos)?;
        let first = self.mentions.partition_point(|m| m.0 < start);
        let &(at, _, _) = self.mentions.get(first).filter(|m| m.1 <= end)?;
        let mut lead: Vec<String> = self.text[start..at]
            .split_whitespace()
            .map(|w| lower(w.trim_matches(|c: char| !c.is_alphanumeric())).into_owned())
            .collect();
        // (`But Alli insists the player is worth more …`, BBC sport/393)
        if lead.first().is_some_and(|w| w == "but" || w == "and") {
            lead.remove(0);
        }
        let asked = self.text[at..end]
            .split_whitespace()
            .any(|w| w == "asked" || w == "questioned");
        if lead.len() > EPITHET_LEAD_WORDS
            || lead
                .iter()
                .any(|w| is_in(CLAUSE_WORDS, w) || is_in(DETERMINERS, w))
            || asked
        {
            return None;
        }
        self.sole_person_before_quote(pos)
    }

    /// The latest unnamed description with the head noun `head` outside quotes in the
    /// [`DESCRIBED_REACH`] bytes before `pos`, as a span from its determiner (`a`, `an`,
    /// `one`, or `the` before a possessive: `the prime minister's spokesman`) to its head, plus a
    /// short post-modifier naming whom it serves (`a spokesman for the Home Office`).
    fn described_in_text(&self, pos: usize, head: &str) -> Option<(usize, usize)> {
        let text = self.text;
        let lo = text.floor_char_boundary(pos.saturating_sub(DESCRIBED_REACH));
        let mut end = pos;
        while let Some(i) = text[lo..end].rfind(head) {
            let (s, e) = (lo + i, lo + i + head.len());
            end = s;
            let bounded = !text[..s].ends_with(|c: char| c.is_alphanumeric())
                && !text[e..].starts_with(|c: char| c.is_alphanumeric());
            let qi = self.quotes.partition_point(|q| q.close_end <= s);
            if !bounded || self.quotes.get(qi).is_some_and(|q| q.open <= s) {
                continue;
            }
            // Indefinite (`a spokesman`), or definite through a possessive (`the prime
            // minister's spokesman`): a bare `the spokesman` refers back itself.
            let mut start = None;
            let mut possessive = false;
            let mut at = s;
            for word in text[lo..s].split_whitespace().rev().take(DESCRIBED_WORDS) {
                at = text[..at].trim_end().len() - word.len();
                let bare = word.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'');
                possessive |= word.ends_with("'s") || word.ends_with("’s");
                if bare.len() != word.len() && !possessive {
                    break;
                }
                let w = lower(word);
                if is_in(&["a", "an", "one"], &w) || (w == "the" && possessive) {
                    start = Some(at);
                    break;
                }
                if w == "the" {
                    break;
                }
            }
            let Some(start) = start else { continue };
            return Some((start, post_modifier_end(text, e)));
        }
        None
    }
}

/// How far back `the spokesman` looks for the words that described him unnamed: about two
/// paragraphs.
const DESCRIBED_REACH: usize = 1_500;

/// Most words between a description's determiner and its head (`the prime minister's`).
const DESCRIBED_WORDS: usize = 5;

/// Where a description whose head ends at `e` ends with its post-modifier naming whom it
/// serves: `a spokesman for the World Summit on the Information Society`, `a spokeswoman for
/// Bat`; `e` itself when there is none, or when the phrase runs on past the capitalised
/// words to another name (`an executive at US insurance broker Marsh`), not to be cut short.
fn post_modifier_end(text: &str, e: usize) -> usize {
    let rest = &text[e..text.floor_char_boundary((e + 120).min(text.len()))];
    let mut spans = Vec::new();
    let mut off = e;
    for w in rest.split(' ') {
        spans.push((off, w));
        off += w.len() + 1;
    }
    if spans.len() < 3 || !spans[0].1.is_empty() || !is_in(&["for", "at", "of"], spans[1].1) {
        return e;
    }
    let cap = |w: &str| w.starts_with(char::is_uppercase);
    let mut stop = e;
    let mut k = 2;
    while let Some(&(at, w)) = spans.get(k) {
        let bare = w.trim_end_matches(|c: char| !c.is_alphanumeric());
        // the next word is capitalised, or `the` before one (`for the Information Society`)
        let next_cap = spans.get(k + 1).is_some_and(|n| {
            cap(n.1) || n.1 == "the" && spans.get(k + 2).is_some_and(|m| cap(m.1))
        });
        if cap(bare) {
            stop = at + bare.len();
        } else if !(bare == "the" && next_cap
            || stop > e && next_cap && is_in(&["of", "on", "and", "for", "de"], bare))
        {
            break;
        }
        k += 1;
        if bare.len() != w.len() {
            return stop;
        }
    }
    let runs_on = spans
        .get(k)
        .is_some_and(|n| n.1.starts_with(char::is_lowercase))
        && spans[k..].iter().take(3).any(|n| cap(n.1));
    if runs_on {
        e
    } else {
        stop
    }
}
