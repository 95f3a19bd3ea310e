//! Step 5: from the words naming a speaker to who it is. Surnames and short forms map to the
//! canonical names of the article's people and organisations; pronouns resolve to the most
//! salient compatible speaker before them.

use super::clauses::{Ctx, Found, MentionKind};
use super::marks::RawQuote;
use super::names_a_source;
use super::salience::{honorific_gender, next_to_cue, subject_weight, W_SPEAKER};
use super::words::{is_in, is_org_noun, lower, not_a_name, tokenize, Item};
use crate::entity::{Entity, EntityKind, Gender};
use crate::lexicon::{
    is_quote_title, CLAUSE_WORDS, FEMALE_HONORIFICS, INNER_TITLES, MALE_HONORIFICS, MEMBER_TITLES,
    POSTNOMINALS, PRONOUNS_F, PRONOUNS_M, STYLE_TITLES, TITLE_MODIFIERS, UNNAMED_SOURCE_NOUNS,
};
use rustc_hash::{FxHashMap, FxHashSet};
use std::collections::btree_map::Entry;
use std::collections::BTreeMap;

/// How far from a bare surname [`Resolver::expand_from_text`] looks for its full name:
/// longer than any one news story.
pub(super) const EXPANSION_RADIUS: usize = 64 * 1024;

/// How far back (bytes) a pronoun looks for its antecedent among speaker events: past it,
/// a `he said` is left unresolved rather than given to someone from another part of the
/// article. About a dozen paragraphs of news text.
pub(super) const PRONOUN_REACH: usize = 8000;

/// How far back (bytes) `it said` looks for an organisation that spoke, the subjects of
/// reporting verbs are scanned, and the no-entities fallback looks for a name: a few
/// paragraphs.
pub(super) const SPEAKER_REACH: usize = 2500;
/// Someone who may be the antecedent of a later pronoun: a person in subject position or
/// next to a reporting verb, a resolved speaker, or a named subject of a reporting verb.
#[derive(Debug, Clone)]
pub(super) struct SpeakerEvent {
    /// Canonical name.
    pub(super) name: String,
    pub(super) gender: Option<Gender>,
    /// What the name is, when an entity of the article says.
    pub(super) kind: Option<EntityKind>,
    /// Distance multiplier: lower is more salient ([`W_SPEAKER`] < [`W_INITIAL`] <
    /// [`W_SUBJECT`]).
    pub(super) weight: usize,
}

/// A speaker mention's canonical name, with what the article says of it.
#[derive(Debug, Clone)]
pub(super) struct Canonical {
    pub(super) name: String,
    pub(super) gender: Option<Gender>,
    /// Person or organisation, when an entity of the article names it.
    pub(super) kind: Option<EntityKind>,
}

/// What the subject of a reporting verb outside quotes is, for [`Resolver::scan_cue_subjects`].
enum Subject {
    Name,
    Pronoun,
    Description,
    /// `the spokesman`: whoever the description resolves to.
    Definite,
}

/// Maps mentions to canonical names and resolves pronouns.
pub(super) struct Resolver<'a> {
    pub(super) text: &'a str,
    pub(super) entities: &'a [Entity],
    pub(super) quotes: &'a [RawQuote],
    /// Text before this offset has been scanned for reporting-verb subjects.
    pub(super) scanned_upto: usize,
    /// Speaker events by position. People in subject
    /// position (weak) or next to a reporting verb (strong), then resolved speakers and
    /// named subjects of reporting verbs (strong; these may be organisations). A map, as
    /// events are added anywhere in the article while quotes are resolved.
    pub(super) events: BTreeMap<usize, SpeakerEvent>,
    pub(super) cache: FxHashMap<String, (String, Option<Gender>, Option<EntityKind>)>,
    /// Every entity mention as (start, end, entity index), by start: the entity a speaker
    /// mention overlaps is a binary search away, however many the article names.
    pub(super) mentions: Vec<(usize, usize, usize)>,
    /// People by the last word of their name, in article order (built on first use).
    pub(super) by_surname: Option<FxHashMap<&'a str, Vec<usize>>>,
    /// Organisation names (built on first use: only `it said` asks).
    pub(super) org_names: Option<FxHashSet<&'a str>>,
    /// Per person entity, the words that introduce it (`England sevens coach Mike Friday`,
    /// `Eric Holcomb, the Republican governor,`): built on first use, for `the coach said`.
    pub(super) roles: Option<Vec<FxHashSet<String>>>,
    /// Role nouns set right beside a person's name ([`super::salience::apposed_roles`]),
    /// computed on first use.
    pub(super) apposed: Option<FxHashSet<String>>,
    /// The person who spoke the quote before the one being resolved: a `he said` after
    /// `“…,” Lin said.` continues Lin's turn even when nothing says Lin's gender.
    pub(super) last_quote_speaker: Option<String>,
    /// One-word people's full names written family name first ([`Self::name_family_first`]).
    pub(super) family_first: FxHashMap<String, String>,
    /// Speakers that are descriptions (`a spokesman`), for the pronouns resolved to them.
    pub(super) descriptions: FxHashSet<String>,
    /// Pronouns moved off a name their quote holds, by position: the quotes that inherit
    /// the pronoun keep the move (see [`Resolver::resolve_quote_pronoun`]).
    pub(super) moved_pronouns: FxHashMap<usize, String>,
    /// Organisations and places by name, and the name each speaks as ([`Self::as_written`]):
    /// both built on first use.
    bodies: Option<FxHashMap<&'a str, usize>>,
    written: FxHashMap<String, Option<String>>,
    /// The person the article is about ([`dominant_person`]), whom a `he` or `she` favours.
    pub(super) dominant: Option<&'a str>,
}

/// Mentions the person an article is about has at least: a profile names its subject
/// throughout.
const DOMINANT_MENTIONS: usize = 8;
/// ... and at least this many times as often as anyone else.
const DOMINANT_RATIO: usize = 3;

/// The person an article is about: named [`DOMINANT_MENTIONS`] times and [`DOMINANT_RATIO`]
/// times as often as any other person (`Wiig` 30 times in the Guardian's profile, Tina Fey
/// 6). `None` when no one stands out so.
fn dominant_person(entities: &[Entity]) -> Option<&str> {
    // the most named person and the count of the runner-up, in one pass
    let mut top: Option<(usize, &str)> = None;
    let mut next = 0;
    for e in entities.iter().filter(|e| e.kind == EntityKind::Person) {
        let n = e.mentions.len();
        match top {
            Some((t, _)) if n <= t => next = next.max(n),
            _ => {
                next = top.map_or(0, |t| t.0);
                top = Some((n, e.name.as_str()));
            }
        }
    }
    let (top, name) = top?;
    (top >= DOMINANT_MENTIONS && top >= DOMINANT_RATIO * next).then_some(name)
}

pub(super) fn strip_name(m: &str) -> (String, Option<Gender>) {
    let mut g = None;
    let mut words: Vec<&str> = Vec::new();
    let toks: Vec<&str> = m.split_whitespace().collect();
    // `the Finance and Economy Ministry`: a body's name keeps its leading words.
    let mut lead = !toks.last().is_some_and(|w| is_org_noun(w));
    for (i, w) in toks.iter().enumerate() {
        let lw = lower(w);
        if lead && (is_quote_title(&lw) || is_in(TITLE_MODIFIERS, &lw)) && i + 1 < toks.len() {
            if is_in(MALE_HONORIFICS, &lw) {
                g = Some(Gender::Male);
            } else if is_in(FEMALE_HONORIFICS, &lw) {
                g = Some(Gender::Female);
            }
            continue;
        }
        lead = false;
        words.push(w);
    }
    // `Councillor Afrasiab Anwar MBE`: an honour after the name is not part of it.
    while words.len() > 2
        && words.last().is_some_and(|w| {
            w.bytes().all(|b| b.is_ascii_uppercase()) && is_in(POSTNOMINALS, &lower(w))
        })
    {
        words.pop();
    }
    // `East Midlands MEP Robert Kilroy-Silk`: keep what follows the last title.
    if let Some(t) = words[..words.len().saturating_sub(1)]
        .iter()
        .rposition(|w| {
            let w = lower(w);
            is_in(INNER_TITLES, &w) || is_in(MEMBER_TITLES, &w)
        })
    {
        if words.len() - (t + 1) >= 1 {
            words.drain(..=t);
        }
    }
    // `King Charles`, `Pope Francis`: a style title before a lone name stays.
    if words.len() == 1 && toks.len() >= 2 {
        let title = toks[toks.len() - 2];
        if is_in(STYLE_TITLES, &lower(title)) && toks[toks.len() - 1] == words[0] {
            words.insert(0, title);
        }
    }
    let mut s = words.join(" ");
    for suf in ["’s", "'s", "’", "'"] {
        if let Some(x) = s.strip_suffix(suf) {
            s = x.to_string();
            break;
        }
    }
    (s, g)
}

/// Most items from a sentence's opening to its reporting verb looked through for an
/// unnamed subject with a post-modifier (`A woman who has lived on the estate for 20 years
/// said`).
const MODIFIED_SUBJECT_ITEMS: usize = 16;

/// Words that open a post-modifier after a subject's noun (`a woman who`, `a man from`).
const POST_MODIFIER_STARTS: &[&str] = &["who", "whose", "from", "in", "at", "with", "near"];

impl<'a> Resolver<'a> {
    pub(super) fn new(text: &'a str, entities: &'a [Entity], quotes: &'a [RawQuote]) -> Self {
        let mut events = BTreeMap::new();
        for e in entities.iter().filter(|e| e.kind == EntityKind::Person) {
            for m in &e.mentions {
                // Mentions inside quotes are not discourse subjects.
                let qi = quotes.partition_point(|q| q.close_end <= m.start);
                if quotes.get(qi).is_some_and(|q| q.open <= m.start) {
                    continue;
                }
                let weight = if next_to_cue(text, m.start, m.end) {
                    Some(W_SPEAKER)
                } else {
                    subject_weight(text, m.start, m.end)
                };
                if let Some(w) = weight {
                    // `Mrs. Clinton` vs `Mr. Clinton`: the honorific beats the entity's gender.
                    let g = honorific_gender(text, m.start, m.end).or(e.gender);
                    events.insert(
                        m.start,
                        SpeakerEvent {
                            name: e.name.clone(),
                            gender: g,
                            kind: Some(EntityKind::Person),
                            weight: w,
                        },
                    );
                }
            }
        }
        let mut mentions: Vec<(usize, usize, usize)> = entities
            .iter()
            .enumerate()
            .flat_map(|(i, e)| e.mentions.iter().map(move |m| (m.start, m.end, i)))
            .collect();
        mentions.sort_unstable();
        debug_assert!(
            mentions.windows(2).all(|w| w[0].1 <= w[1].0),
            "entity mentions overlap: the lookups below need them apart"
        );
        let mut resolver = Resolver {
            text,
            entities,
            quotes,
            events,
            cache: FxHashMap::default(),
            scanned_upto: 0,
            mentions,
            by_surname: None,
            roles: None,
            apposed: None,
            org_names: None,
            last_quote_speaker: None,
            descriptions: FxHashSet::default(),
            moved_pronouns: FxHashMap::default(),
            bodies: None,
            written: FxHashMap::default(),
            family_first: FxHashMap::default(),
            dominant: dominant_person(entities),
        };
        resolver.name_family_first();
        resolver
    }

    /// An organisation or place that speaks, as the article writes it at its fullest when
    /// no mention reads as the canonical name the tables gave it (`the Conservatives`, not
    /// Conservative Party; `the Treasury`, not Treasury Department; `Britain`): the name a
    /// reader of the story, and the news-quotes guideline, give it (news-quotes tune: 7
    /// more speakers right; BBC + Reuters: 92 renamed, each as its story writes it).
    /// Facets still count the canonical name: the index maps it back.
    pub(super) fn as_written(&mut self, name: &str) -> Option<String> {
        if let Some(w) = self.written.get(name) {
            return w.clone();
        }
        let (text, entities) = (self.text, self.entities);
        let bodies = self.bodies.get_or_insert_with(|| {
            entities
                .iter()
                .enumerate()
                .filter(|(_, e)| e.kind != EntityKind::Person)
                .map(|(i, e)| (e.name.as_str(), i))
                .collect()
        });
        // (`The Game`, the rapper, is his name as written; `Lloyd's` keeps its `'s`)
        fn bare(t: &str) -> &str {
            let t = t.trim();
            let t = t
                .strip_prefix("the ")
                .or_else(|| t.strip_prefix("The "))
                .unwrap_or(t);
            t.strip_suffix(['’', '\'']).unwrap_or(t)
        }
        let folded = crate::fold::fold_string(bare(name));
        let w = bodies.get(name).and_then(|&i| {
            let mentions = &entities[i].mentions;
            let forms = || mentions.iter().map(|m| bare(&text[m.start..m.end]));
            // (`Liberal Democrat leader Charles Kennedy` writes the Liberal Democrats too)
            let same = |f: &str| {
                let f = crate::fold::fold_string(f);
                f == folded || folded.strip_suffix('s') == Some(f.as_str())
            };
            if forms().any(same) {
                return None;
            }
            // a wire headline's capitals (`U.S. TREASURY`) are no way to write it
            forms()
                .filter(|f| f.chars().any(char::is_lowercase))
                .fold(None, |best: Option<&str>, f| match best {
                    Some(b) if b.len() >= f.len() => best,
                    _ => Some(f),
                })
                .map(str::to_owned)
        });
        self.written.insert(name.to_owned(), w.clone());
        w
    }

    /// The first entity (in article order) of `kind` with a mention that overlaps the bytes
    /// `ms..me`, or with `within`, one that holds them all.
    pub(super) fn entity_at(
        &self,
        ms: usize,
        me: usize,
        kind: EntityKind,
        within: bool,
    ) -> Option<&'a Entity> {
        self.mentions_over(ms, me)
            .filter(|m| !within || (m.0 <= ms && me <= m.1))
            .map(|m| m.2)
            .filter(|&i| self.entities[i].kind == kind)
            .min()
            .map(|i| &self.entities[i])
    }

    /// The entity mentions (start, end, entity index) overlapping the bytes `ms..me`, in text
    /// order: mentions do not overlap one another, so those are consecutive.
    pub(super) fn mentions_over(
        &self,
        ms: usize,
        me: usize,
    ) -> impl Iterator<Item = &(usize, usize, usize)> {
        let first = self.mentions.partition_point(|m| m.1 <= ms);
        self.mentions[first..].iter().take_while(move |m| m.0 < me)
    }

    /// The person the tagger found last inside (or over) the mention `ms..me`: the head of
    /// `Tory Shadow Chancellor Oliver Letwin` is Oliver Letwin, where the tagger also made a
    /// person of `Tory Shadow` (BBC politics/268).
    fn last_person_at(&self, ms: usize, me: usize) -> Option<&'a Entity> {
        self.mentions_over(ms, me)
            .map(|m| &self.entities[m.2])
            .filter(|e| e.kind == EntityKind::Person)
            .last()
    }

    /// The speaker mention `ms..me` without its titles, when it runs past the end of the
    /// entity `e`'s mention inside it by capitalised words only.
    fn extends_entity(&self, ms: usize, me: usize, e: &Entity) -> Option<String> {
        let m = e.mentions.iter().find(|m| m.start < me && ms < m.end)?;
        if m.end >= me || m.start < ms {
            return None;
        }
        let tail = &self.text[m.end..me];
        let capitalised = tail.starts_with(' ')
            && tail.split_whitespace().all(|w| {
                w.chars().next().is_some_and(char::is_uppercase)
                    && w.chars()
                        .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
            });
        if !capitalised || tail.split_whitespace().count() > 2 {
            return None;
        }
        let (stripped, _) = strip_name(&self.text[ms..me]);
        stripped
            .contains(&self.text[m.start..m.end])
            .then_some(stripped)
    }

    pub(super) fn add_speaker_event(&mut self, ms: usize, me: usize) {
        let c = self.canonical_gender(ms, me);
        self.push_event(ms, c);
    }

    /// The person or body of the event at `at`, as a speaker (of gender `want` when the
    /// event has none).
    pub(super) fn event_canonical(&self, at: usize, want: Option<Gender>) -> Canonical {
        let e = &self.events[&at];
        Canonical {
            name: e.name.clone(),
            gender: e.gender.or(want),
            kind: e.kind,
        }
    }

    /// Records `c` as the one named at `pos`, over whoever was recorded there.
    pub(super) fn replace_event(&mut self, pos: usize, c: Canonical) {
        self.events.insert(
            pos,
            SpeakerEvent {
                name: c.name,
                gender: c.gender,
                kind: c.kind,
                weight: W_SPEAKER,
            },
        );
    }

    pub(super) fn push_event(&mut self, pos: usize, c: Canonical) {
        match self.events.entry(pos) {
            Entry::Occupied(mut e) => {
                let e = e.get_mut();
                e.weight = W_SPEAKER;
                if e.gender.is_none() {
                    e.gender = c.gender;
                }
                if e.kind.is_none() {
                    e.kind = c.kind;
                }
            }
            Entry::Vacant(e) => {
                e.insert(SpeakerEvent {
                    name: c.name,
                    gender: c.gender,
                    kind: c.kind,
                    weight: W_SPEAKER,
                });
            }
        }
    }

    pub(super) fn canonical(&mut self, ms: usize, me: usize) -> Canonical {
        self.canonical_gender(ms, me)
    }

    /// Canonical name: the person (else organisation) covering the mention, else a
    /// person with the same surname, else the longest capitalised run in the
    /// article ending in that surname (`Sullivan` → `Jake Sullivan`). An
    /// organisation's short form gets its entity's full name (`Iomega said` →
    /// `Iomega Corp`).
    pub(super) fn canonical_gender(&mut self, ms: usize, me: usize) -> Canonical {
        let mtext = &self.text[ms..me];
        let (stripped, hon_g) = strip_name(mtext);
        // A reflexive right after the name says the sex as an honorific does (`Osbourne
        // himself was at a loss`, BBC entertainment/206: Ozzy, not Sharon).
        let hon_g = hon_g.or_else(|| {
            match self.text[me..]
                .split_whitespace()
                .next()
                .map(|w| w.trim_end_matches([',', '.', ':']))
            {
                Some("himself") => Some(Gender::Male),
                Some("herself") => Some(Gender::Female),
                _ => None,
            }
        });
        let person = self.last_person_at(ms, me);
        // The tagger stopped short of the mention's last words (`Mike` of `Mike Friday`:
        // a weekday is no name to it): the mention, which the grammar read as a name,
        // is the fuller one.
        if let Some(e) = person {
            if let Some(longer) = self.extends_entity(ms, me, e) {
                return Canonical {
                    name: longer,
                    gender: e.gender.or(hon_g),
                    kind: Some(EntityKind::Person),
                };
            }
        }
        // A bare surname the article shares between people (Travis and Donna Kelce) was
        // grouped with one of them for the whole article; which one spoke depends on
        // where: the namesake lookup below decides.
        let shared_surname = person.is_some_and(|e| {
            !stripped.contains(' ')
                && e.name.ends_with(stripped.as_str())
                && self.namesakes(&stripped) > 1
        });
        // An organisation must hold the whole mention: in `Iomega President Fred
        // Smith said` with the person missed, the speaker is not Iomega.
        let org = || self.entity_at(ms, me, EntityKind::Org, true);
        // A country or city that speaks (`China said`) is its government: kept as named,
        // but never the antecedent of `he` or `she`.
        let place = || self.entity_at(ms, me, EntityKind::Place, true);
        // `Chairman of the Environmental Audit Committee Peter Ainsworth MP, said` (BBC
        // politics/167): the tagger ran the committee into the man; the name after the body
        // is his.
        let bare_name = stripped.contains(' ')
            && stripped
                .split_whitespace()
                .all(|w| w.chars().next().is_some_and(char::is_uppercase) && !is_org_noun(w));
        if person.is_none() && bare_name {
            if let Some(e) = org() {
                let merged = e.name.find(stripped.as_str()).is_some_and(|at| {
                    e.name[..at]
                        .split_whitespace()
                        .next_back()
                        .is_some_and(is_org_noun)
                });
                if merged {
                    return Canonical {
                        name: stripped,
                        gender: hon_g,
                        kind: Some(EntityKind::Person),
                    };
                }
            }
        }
        if let Some(e) = person
            .filter(|_| !shared_surname)
            .or_else(org)
            .or_else(place)
        {
            // `Lord Woolf said` (BBC politics/187): an honorific makes whatever the tagger
            // took for a body or a place a person.
            let kind = if hon_g.is_some() {
                EntityKind::Person
            } else {
                e.kind
            };
            // A one-word person the text names in full after a title, family name first
            // (`Trade Minister Rha Woong Bae said`, which the tagger missed, then `Rha said`).
            if let Some(full) = self.family_first.get(&e.name) {
                return Canonical {
                    name: full.clone(),
                    gender: e.gender.or(hon_g),
                    kind: Some(kind),
                };
            }
            return Canonical {
                name: e.name.clone(),
                gender: e.gender.or(hon_g),
                kind: Some(kind),
            };
        }
        if let Some(c) = self.cache.get(&stripped) {
            return Canonical {
                name: c.0.clone(),
                gender: c.1.or(hon_g),
                kind: c.2,
            };
        }
        let surname = stripped
            .split_whitespace()
            .next_back()
            .unwrap_or("")
            .to_string();
        let first = stripped.split_whitespace().next().unwrap_or("").to_string();
        let multi = stripped.split_whitespace().count() > 1;
        let entities = self.entities;
        let text = self.text;
        let by_surname = self.people_by_surname();
        // Two people sharing the surname (Travis and Donna Kelce): the one the text
        // named last before the mention, else the one named most. Only mentions that carry
        // the surname count: a first name alone is how a story tells family apart (`His
        // wife Sharon, who called the police, said …` ⏎ `"…," Osbourne said` is still Ozzy,
        // BBC entertainment/141).
        let last_before = |e: &Entity| {
            e.mentions
                .iter()
                .take_while(|m| m.start < ms)
                .filter(|m| {
                    text.get(m.start..m.end)
                        .is_some_and(|t| t.ends_with(surname.as_str()))
                })
                .map(|m| m.start)
                .last()
        };
        let mut best: Option<&Entity> = None;
        let mut candidates = 0;
        for e in by_surname
            .get(surname.as_str())
            .into_iter()
            .flatten()
            .map(|&i| &entities[i])
        {
            if multi && e.name.split_whitespace().next() != Some(first.as_str()) {
                continue;
            }
            // `Ms Lim recalled` of siblings Rachel and Daniel Lim: the honorific says which
            // (it had gone to the one named last)
            candidates += 1;
            if hon_g.is_some() && e.gender.is_some() && e.gender != hon_g {
                continue;
            }
            let better = best.is_none_or(|b| {
                (last_before(e), e.mentions.len()) > (last_before(b), b.mentions.len())
            });
            if better {
                best = Some(e);
            }
        }
        // `The Commission said` beside the Securities and Exchange Commission (Reuters
        // reut2-021): a body's noun alone is the one organisation of the article named with
        // it last, not the capitalised run before it in the text (`Exchange Commission`)
        let body = (!multi && is_org_noun(&surname))
            .then(|| {
                let mut named = entities.iter().filter(|e| {
                    e.kind == EntityKind::Org
                        && e.name.len() > surname.len()
                        && e.name.ends_with(surname.as_str())
                        && e.name[..e.name.len() - surname.len()].ends_with(' ')
                });
                let first = named.next()?;
                named.all(|e| e.name == first.name).then_some(first)
            })
            .flatten();
        let res = if let Some(e) = best {
            (e.name.clone(), e.gender.or(hon_g), Some(EntityKind::Person))
        } else if let Some(e) = body {
            (e.name.clone(), None, Some(EntityKind::Org))
        } else if !multi && !surname.is_empty() {
            (
                self.expand_from_text(&surname, ms)
                    .unwrap_or_else(|| stripped.clone()),
                hon_g,
                None,
            )
        } else {
            (stripped.clone(), hon_g, None)
        };
        // Which of several namesakes depends on where the mention is.
        if candidates <= 1 {
            self.cache.insert(stripped, res.clone());
        }
        Canonical {
            name: res.0,
            gender: res.1,
            kind: res.2,
        }
    }
}

impl Resolver<'_> {
    /// Is byte `pos` inside a quote?
    pub(super) fn in_quote(&self, pos: usize) -> bool {
        let qi = self.quotes.partition_point(|q| q.close_end <= pos);
        self.quotes.get(qi).is_some_and(|q| q.open <= pos)
    }

    /// Is `pos` in the paragraph after the one holding `from`, with no person named
    /// between them? A person the report at `from` is about (`A Rolm spokeswoman said
    /// Dennis Paboojian decided to step down`, Reuters) is not one between, nor one named
    /// inside a quote (`One analyst said …` ⏎ `“… self-preservation for Soriano,” he said`).
    fn next_paragraph_unnamed(&self, from: usize, pos: usize) -> bool {
        let gap = &self.text[from..pos];
        let lines = gap.split('\n').filter(|l| !l.trim().is_empty()).count();
        if lines > 2 {
            return false;
        }
        let sentence_end = [gap.find(". "), gap.find('\n')]
            .into_iter()
            .flatten()
            .min()
            .map_or(pos, |i| from + i);
        let at = self.mentions.partition_point(|m| m.0 < sentence_end);
        !self.mentions[at..]
            .iter()
            .take_while(|m| m.0 < pos)
            .any(|m| self.entities[m.2].kind == EntityKind::Person && !self.in_quote(m.0))
    }

    /// Adds the named subjects of reporting verbs outside quotes in the 2.5 KB
    /// before `pos` (`state Representative Karlee Macer, a Democrat, said that
    /// …`) as speaker events: people introduced by indirect speech are the
    /// usual antecedents of a later `she said`. Only run for pronoun speakers,
    /// so quote-free text never pays for it.
    pub(super) fn scan_cue_subjects(&mut self, pos: usize) {
        let mut lo = pos.saturating_sub(SPEAKER_REACH).max(self.scanned_upto);
        while lo < pos && !self.text.is_char_boundary(lo) {
            lo += 1;
        }
        if lo >= pos {
            return;
        }
        self.scanned_upto = pos;
        let mut items = Vec::new();
        let mut cur = lo;
        let qi0 = self.quotes.partition_point(|q| q.close_end <= lo);
        for q in &self.quotes[qi0..] {
            if q.open >= pos {
                break;
            }
            if q.open > cur {
                tokenize(self.text, cur, q.open, &mut items);
            }
            items.push(Item::Punct { s: q.open, c: '.' });
            cur = cur.max(q.close_end);
        }
        if cur < pos {
            tokenize(self.text, cur, pos, &mut items);
        }
        let ctx = Ctx {
            text: self.text,
            quotes: self.quotes,
        };
        let mut found = Vec::new();
        for v in 0..items.len() {
            if !ctx.is_cue(&items[v]) || ctx.word(&items[v]).is_some_and(|w| w.ends_with("ing")) {
                continue;
            }
            // `…, said Mr Flynn.`: an inverted reporting clause names its subject after the
            // verb
            let inverted = v > 0 && ctx.is_punct(items.get(v - 1), ",");
            let is_name = |f: &Found| f.kind == MentionKind::Name;
            let before = ctx.subject_before(&items, v, 0);
            // `He said they might …`: a pronoun subject continues a chain of reports
            // (`Mr Croucher said … He said … He told BBC News: “…”`).
            if let Some(f) = before.as_ref().filter(|f| f.kind == MentionKind::Pronoun) {
                found.push((f.ms, f.me, Subject::Pronoun));
                continue;
            }
            // `a leading Republican senator, former … Chairman Mark Hatfield of Oregon, said`
            // (Reuters): the person set beside the description is the subject.
            if let Some(f) = before
                .as_ref()
                .filter(|f| f.kind == MentionKind::Descriptive)
            {
                let verb_at = ctx.item_span(&items[v]).0;
                let at = self.mentions.partition_point(|m| m.0 < f.me);
                let apposed = self.mentions[at..]
                    .iter()
                    .take_while(|m| m.1 <= verb_at)
                    .find(|m| self.entities[m.2].kind == EntityKind::Person);
                let set_off = self.text[f.me..verb_at].trim_start().starts_with(',');
                if let Some(&(ms, me, _)) = apposed.filter(|_| set_off) {
                    found.push((ms, me, Subject::Name));
                    continue;
                }
            }
            // `A Labour spokesman later said the timing …` ⏎ `“…,” he said` (BBC
            // politics/331): an unnamed someone a pronoun of the same paragraph may continue.
            // (Over paragraphs, the BBC diff showed more named people lost than won.) But
            // from the paragraph just before, with no person named since, it is the one
            // meant: `A company spokesman said the plant would close.` ⏎ `“…,” he said`
            // (Reuters: `A U.S. banker said …` went to the man named before him).
            if let Some(f) = before.as_ref().filter(|f| {
                let d = &self.text[f.ms..f.me];
                f.kind == MentionKind::Descriptive
                    && (!self.text[f.me..pos].contains('\n')
                        || self.next_paragraph_unnamed(f.me, pos))
                    && names_a_source(d)
                    && d.split_whitespace()
                        .next()
                        .is_some_and(|w| is_in(&["a", "an", "one"], &lower(w)))
            }) {
                found.push((f.ms, f.me, Subject::Description));
                continue;
            }
            // `But the spokesman said Balladur was having no second thoughts. “…,” he said`
            // (Reuters reut2-018): a definite one too, as whoever the description resolves
            // to; only an unnamed source's noun (`the Two Ronnies star said` went to the
            // comedian named before Ronnie Corbett, `The decision to … is relayed` became
            // someone).
            if let Some(f) = before.as_ref().filter(|f| {
                let d = &self.text[f.ms..f.me];
                f.kind == MentionKind::Descriptive
                    && !self.text[f.me..pos].contains('\n')
                    && is_in(UNNAMED_SOURCE_NOUNS, &lower(super::description_head(d)))
                    && d.split_whitespace()
                        .next()
                        .is_some_and(|w| lower(w) == "the")
            }) {
                found.push((f.ms, f.me, Subject::Definite));
                continue;
            }
            // `A woman who has lived on the estate for 20 years said …` ⏎ `“…,” she said`:
            // a sentence opening with an unnamed someone and a post-modifier of theirs
            if let Some((ms, me)) = self.modified_description_opening(&ctx, &items, v) {
                if !self.text[me..pos].contains('\n') || self.next_paragraph_unnamed(me, pos) {
                    found.push((ms, me, Subject::Description));
                    continue;
                }
            }
            let subject = before.filter(is_name).or_else(|| {
                inverted
                    .then(|| ctx.np_after(&items, v, items.len()))
                    .flatten()
            });
            // `The Russian added that he was not worried` (BBC sport/480, Safin): a
            // nationality after `the` describes someone named before; as a name it had
            // become the antecedent of the next `he said`
            if let Some(f) = subject.filter(|f| is_name(f) && !self.nationality_described(f)) {
                found.push((f.ms, f.me, Subject::Name));
            }
        }
        for (ms, me, subject) in found {
            match subject {
                Subject::Pronoun => {
                    let pron = lower(&self.text[ms..me]);
                    if is_in(PRONOUNS_M, &pron) || is_in(PRONOUNS_F, &pron) {
                        self.resolve_pronoun(ms, &pron);
                    }
                }
                Subject::Description => {
                    self.push_description(ms, me);
                }
                Subject::Definite => match self.resolve_description(ms, me) {
                    Some(c) => self.push_event(ms, c),
                    None => {
                        self.push_description(ms, me);
                    }
                },
                Subject::Name => {
                    let c = self.canonical_gender(ms, me);
                    self.push_event(ms, c);
                }
            }
        }
    }

    /// Is `f` a nationality after `the` (`the Russian`, `The Scot`): a description?
    fn nationality_described(&self, f: &Found) -> bool {
        let word = &self.text[f.ms..f.me];
        let the = self.text[..f.ms]
            .trim_end()
            .rsplit(|c: char| c.is_whitespace())
            .next()
            .is_some_and(|w| w.eq_ignore_ascii_case("the"));
        the && !word.contains(' ') && crate::lexicon::is_demonym(word)
    }

    /// The unnamed someone opening the sentence of the reporting verb `items[v]` with a
    /// post-modifier between them and the verb (`A woman who lives nearby said`, `One
    /// resident living by the river told`): the span of the determiner and the noun phrase
    /// before the post-modifier, when it names a source.
    fn modified_description_opening(
        &self,
        ctx: &Ctx,
        items: &[Item],
        v: usize,
    ) -> Option<(usize, usize)> {
        let lo = v.saturating_sub(MODIFIED_SUBJECT_ITEMS);
        let s = (lo..v)
            .rev()
            .find(|&i| !matches!(items[i], Item::Word { .. }))
            .map_or(lo, |i| i + 1);
        if s == lo && lo > 0 {
            return None;
        }
        let det = ctx.word(items.get(s)?)?;
        if !is_in(&["a", "an", "one"], &lower(det)) {
            return None;
        }
        let post = (s + 2..v.min(s + 5)).find(|&i| {
            ctx.word(&items[i])
                .is_some_and(|w| is_in(POST_MODIFIER_STARTS, w) || w.ends_with("ing"))
        })?;
        let head_words = items[s + 1..post].iter().all(|it| {
            ctx.word(it)
                .is_some_and(|w| w.chars().all(|c| c.is_lowercase() || c == '-'))
        });
        let (ms, _) = ctx.item_span(&items[s]);
        let (_, me) = ctx.item_span(&items[post - 1]);
        (head_words && names_a_source(&self.text[ms..me])).then_some((ms, me))
    }

    /// Fallback when no person events are known (no NER, no named speaker yet):
    /// the nearest capitalised run of two or more words before `pos` that is
    /// followed by a verb-like word or a comma (`First Minister Jack McConnell
    /// has insisted`), skipping runs whose honorific contradicts the pronoun, and with
    /// `tagged_gender` only tagged people (or honorifics), none whose gender contradicts it.
    pub(super) fn nearest_name_before(
        &self,
        pos: usize,
        want: Gender,
        tagged_gender: bool,
    ) -> Option<(usize, usize, Option<Gender>)> {
        let mut lo = pos.saturating_sub(SPEAKER_REACH);
        while !self.text.is_char_boundary(lo) {
            lo += 1;
        }
        let mut items = Vec::new();
        tokenize(self.text, lo, pos, &mut items);
        let words: Vec<(usize, usize)> = items
            .iter()
            .filter_map(|it| match *it {
                Item::Word { s, e } => Some((s, e)),
                _ => None,
            })
            .collect();
        let cap = |w: &str| w.chars().next().is_some_and(|c| c.is_uppercase());
        let mut j = words.len();
        while j > 0 {
            let (s, e) = words[j - 1];
            let w = &self.text[s..e];
            if !cap(w) {
                j -= 1;
                continue;
            }
            // Maximal run ending at j-1, only whitespace between words.
            let mut i = j - 1;
            while i > 0
                && cap(&self.text[words[i - 1].0..words[i - 1].1])
                // not across lines: `…NEW PRESIDENT FOR ROLM UNIT` ⏎ `International
                // Business Machines Corp said` is no one's name (Reuters)
                && self.text[words[i - 1].1..words[i].0]
                    .chars()
                    .all(|c| c.is_whitespace() && c != '\n')
            {
                i -= 1;
            }
            let run: Vec<&str> = words[i..j].iter().map(|&(a, b)| &self.text[a..b]).collect();
            let next = self.text[e..pos].trim_start();
            let follows = next.starts_with(',')
                || next.split_whitespace().next().is_some_and(|x| {
                    x.chars().next().is_some_and(|c| c.is_lowercase()) && !is_in(CLAUSE_WORDS, x)
                });
            // (not a capitals headline: `CHINA LIKELY TO JOIN GATT` ⏎ `… , he said`, Reuters)
            let headline = run.len() >= 2 && run.iter().all(|w| !w.chars().any(char::is_lowercase));
            let namey = !headline
                && run
                    .iter()
                    .all(|w| !not_a_name(w) && !w.ends_with("’s") && !w.ends_with("'s"));
            let (name, g) = strip_name(&run.join(" "));
            // `The neighbour, John Bello, was killed` before `“…,” she said`: the tagger's
            // gender of the name (from its first name) rules it out too.
            let person = tagged_gender
                .then(|| self.entity_at(words[i].0, e, EntityKind::Person, false))
                .flatten();
            let tagged = g.or_else(|| person.and_then(|p| p.gender));
            let n_name = name.split_whitespace().count();
            // `in the FA Cup sixth round` (BBC sport/122): a competition speaks for no one
            let competition = crate::generic::is_competition(&name);
            // nor a place the article names (`a public baraza in Ol Kalou last week … what he
            // called`); an organisation may be a person the tagger mistyped (BBC politics/416:
            // `Lord Rennard`)
            let other = || {
                self.entity_at(words[i].0, e, EntityKind::Place, true)
                    .is_some()
            };
            if follows
                && namey
                && !competition
                && !other()
                && (n_name >= 2 || g.is_some())
                && tagged.is_none_or(|g| g == want)
                && (!tagged_gender || person.is_some() || g.is_some())
            {
                return Some((words[i].0, e, g));
            }
            j = i;
        }
        None
    }
}
