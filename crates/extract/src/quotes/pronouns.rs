//! Pronouns: who `he`, `she`, `it` and `they` speaking after or before a quote are. A
//! sentence-opening pronoun continues the subject of the sentence before (or of a chain of
//! sentences it leads); otherwise the most salient compatible speaker before it.

use super::descriptions::SENTENCE_REACH;
use super::heads::plural_head;
use super::marks::RawQuote;
use super::names_a_source;
use super::resolution::{Canonical, Resolver, PRONOUN_REACH};
use super::salience::W_SPEAKER;
use super::turns::QUOTE_MARKS;
use super::words::{after_last_mark, is_cue_word, is_in, lower, names_in, sentence_start};
use crate::entity::{EntityKind, Gender};
use crate::lexicon::{
    is_quote_title, CLAUSE_WORDS, DETERMINERS, DOCUMENT_NOUNS, FEMALE_HONORIFICS, MALE_HONORIFICS,
    PERSON_NOUNS, PRONOUNS_F, PRONOUNS_M, PRONOUNS_OTHER, SETTING_PREPOSITIONS, SUBORDINATORS,
    UNNAMED_SOURCE_NOUNS,
};

/// Most mentions [`Resolver::person_in_view`] counts back over: a story names a few dozen
/// people before any pronoun; the cap keeps a hostile text of names linear.
const IN_VIEW_MENTIONS: usize = 400;

/// Bytes before a pronoun looked through for an unnamed source (two news paragraphs).
const UNNAMED_SOURCE_BYTES: usize = 2000;

/// Most modifiers between an unnamed source's noun and its determiner (`a British naval
/// source`, `A key Senate Budget Committee source`).
const UNNAMED_SOURCE_MODIFIERS: usize = 5;

/// Most lower-case words of a role between a body and its holder's name (`Meta
/// spokesperson Tolan`, `Apple chief executive Tim Cook`).
const ROLE_WORDS: usize = 3;

/// Are `between`, the words between a body's name and a person's, a role there (one to
/// [`ROLE_WORDS`] words in small letters, nothing else)?
fn role_between(between: &str) -> bool {
    let words: Vec<&str> = between.split_whitespace().collect();
    (1..=ROLE_WORDS).contains(&words.len())
        && words
            .iter()
            .all(|w| w.chars().all(|c| c.is_lowercase() || c == '-'))
}

/// How much nearer the person an article is about stands for a `he` or `she`.
const DOMINANT_FAVOUR: usize = 2;

/// Sentences led by `he`/`she` a pronoun chains back through to the name that began them.
const SUBJECT_CHAIN: usize = 4;

impl Resolver<'_> {
    /// For a pronoun at `pos` in an attribution after a comma (`…, he said`): where its
    /// sentence starts (just past its stop), within [`SENTENCE_REACH`] bytes.
    fn attribution_sentence_start(&self, pos: usize) -> Option<usize> {
        if !self.text[..pos].trim_end().ends_with(',') {
            return None;
        }
        let verb = self.text[pos..].split_whitespace().nth(1)?;
        if !is_cue_word(&lower(verb.trim_end_matches(['.', ',']))) {
            return None;
        }
        let lo = self
            .text
            .floor_char_boundary(pos.saturating_sub(SENTENCE_REACH));
        after_last_mark(self.text, lo, pos, &['.', '!', '?', '\n'])
    }

    /// `Mr Blair has failed to tackle these problems, he claimed, saying …` (BBC politics/110:
    /// Michael Howard's speech): the pronoun of an attribution inserted after a clause is not
    /// the person that clause opens with, who is what was said about. That person's name, for
    /// [`Self::most_salient`] to pass over.
    fn inserted_attribution_subject(&self, pos: usize, want: Gender) -> Option<String> {
        let start = self.attribution_sentence_start(pos)?;
        // (not a quote's attribution: `"…", he said`, words quoted in the clause; nor after a
        // subordinate clause, whose subject the pronoun continues: `Although Baros insisted
        // …, he admitted`)
        if self.text[start..pos].contains(['"', '“', '”']) {
            return None;
        }
        let (&at, e) = self.events.range(start..pos).next()?;
        let lead =
            self.text[start..at].trim_matches(|c: char| c.is_whitespace() || "‘’".contains(c));
        let subordinate = lead.split_whitespace().any(|w| {
            let w = lower(w);
            is_in(SUBORDINATORS, &w) || is_in(CLAUSE_WORDS, &w)
        });
        (lead.split_whitespace().count() <= 2
            && !subordinate
            && e.kind == Some(EntityKind::Person)
            && e.gender.is_none_or(|g| g == want))
        .then(|| e.name.clone())
    }

    /// Most salient compatible person before `pos`: distance counts three times
    /// for mere subjects compared with speakers, because `he said` after a quote
    /// usually continues the current speaker even when other people were
    /// mentioned in between. Known-gender matches beat unknown-gender ones.
    pub(super) fn resolve_pronoun(&mut self, pos: usize, pron: &str) -> Option<String> {
        let want = if let Some(g) = pronoun_gender(pron) {
            g
        } else if pron == "it" {
            return self.org_antecedent(pos);
        } else if pron == "they" {
            return self
                .group_antecedent(pos)
                .or_else(|| self.plural_antecedent(pos))
                .or_else(|| self.group_that_spoke(pos));
        } else {
            return None;
        };
        self.scan_cue_subjects(pos);
        if let Some(c) = self
            .person_asked(pos, want)
            .or_else(|| self.lone_named_paragraph(pos, want))
        {
            let name = c.name.clone();
            self.push_event(pos, c);
            return Some(name);
        }
        // `Christie, a longtime Trump backer, … asserted that Trump had … . He argued …`: a
        // pronoun opening a sentence continues the subject of the sentence before.
        if let Some(at) = self
            .previous_subject(pos, want)
            .or_else(|| self.subject_before_quote(pos, want))
            .or_else(|| self.subject_before_closing_attribution(pos, want))
            .or_else(|| self.narrative_introduction(pos, want))
        {
            let c = self.event_canonical(at, Some(want));
            let name = c.name.clone();
            self.push_event(pos, c);
            return Some(name);
        }
        if let Some(c) = self
            .chained_subject(pos, want)
            .or_else(|| self.passive_agent(pos, want))
        {
            let name = c.name.clone();
            self.push_event(pos, c);
            return Some(name);
        }
        let avoid = self.inserted_attribution_subject(pos, want);
        let best = self.most_salient(pos, want, avoid.as_deref());
        let c = match best {
            Some(at) => self.event_canonical(at, Some(want)),
            None => {
                // The tagger's gender first (`The neighbour, John Bello,` is no `she`),
                // then without it: a first name's usual gender is not everyone's (Beryl
                // Sprinkel's `he said`, Reuters).
                let Some((ms, me, g)) = self
                    .nearest_name_before(pos, want, true)
                    .or_else(|| self.person_in_view(pos, want))
                    .or_else(|| self.nearest_name_before(pos, want, false))
                else {
                    let c = self.unnamed_source_speaker(pos, want)?;
                    let name = c.name.clone();
                    self.push_event(pos, c);
                    return Some(name);
                };
                let c = self.canonical_gender(ms, me);
                Canonical {
                    gender: g.or(c.gender).or(Some(want)),
                    ..c
                }
            }
        };
        // The pronoun now names this person: later pronouns chain from here.
        let name = c.name.clone();
        self.push_event(pos, c);
        Some(name)
    }

    /// The person the passage before `pos` is about, among those the tagger gave the gender
    /// `want` or none: the one named most often within [`PRONOUN_REACH`], the nearer on a tie, and
    /// never one named once only as an owner (`Sir Alex Ferguson's side`). `As pressure
    /// mounted on British Prime Minister Margaret Thatcher to call a June election, she said`
    /// (Reuters) names her in no subject's place; the capitalised run before `she replied`
    /// had been `the ruling Conservative Party urged her`.
    fn person_in_view(&self, pos: usize, want: Gender) -> Option<(usize, usize, Option<Gender>)> {
        // `A Department for Constitutional Affairs spokeswoman said Lord Woolf and Lord
        // Falconer agreed … “…,” she said` (BBC politics/211): an unnamed source in this
        // paragraph or the one before is whom the pronoun continues, not a named person
        if self.unnamed_source_before(pos) {
            return None;
        }
        let at = self.mentions.partition_point(|m| m.1 <= pos);
        // entity -> (mentions, the last one, any not an owner)
        let mut seen: Vec<(usize, usize, (usize, usize), bool)> = Vec::new();
        for &(ms, me, e) in self.mentions[..at]
            .iter()
            .rev()
            .take_while(|m| pos - m.1 <= PRONOUN_REACH)
            .take(IN_VIEW_MENTIONS)
        {
            // (a name quoted is no one the narrative is about: `“We expect Hungary will buy
            // up to 5,000 Maruti cars …,” he said`)
            if self.in_quote(ms) {
                continue;
            }
            let entity = &self.entities[e];
            if entity.kind != EntityKind::Person || entity.gender.is_some_and(|g| g != want) {
                continue;
            }
            let owner = self.text[me..].starts_with("'s") || self.text[me..].starts_with("’s");
            match seen.iter_mut().find(|c| c.0 == e) {
                Some(c) => {
                    c.1 += 1;
                    c.3 |= !owner;
                }
                None => seen.push((e, 1, (ms, me), !owner)),
            }
        }
        // (`seen` is nearest first: the first of the most named is the nearer)
        let best = seen.iter().filter(|c| c.1 > 1 || c.3).fold(
            None::<&(usize, usize, (usize, usize), bool)>,
            |b, c| match b {
                Some(b) if b.1 >= c.1 => Some(b),
                _ => Some(c),
            },
        )?;
        Some((best.2 .0, best.2 .1, self.entities[best.0].gender))
    }

    /// Whether the paragraph of `pos`, or the one before it, has an unnamed source before
    /// `pos` (`a spokesman said`, `A key Senate Budget Committee source told Reuters`): one
    /// of the [`UNNAMED_SOURCE_NOUNS`] not followed by a name (`spokesman I.C. Ferrier`).
    fn unnamed_source_before(&self, pos: usize) -> bool {
        self.last_unnamed_source(pos).is_some()
    }

    /// The last unnamed source of [`Self::unnamed_source_before`]: the span of its noun.
    fn last_unnamed_source(&self, pos: usize) -> Option<(usize, usize)> {
        let mut lo = pos.saturating_sub(UNNAMED_SOURCE_BYTES);
        while !self.text.is_char_boundary(lo) {
            lo += 1;
        }
        let before = &self.text[lo..pos];
        // from the start of the paragraph before this one
        let from = before.rmatch_indices("\n\n").nth(1).map_or(0, |(i, _)| i);
        let mut words = before[from..].split_whitespace().peekable();
        let mut last = None;
        while let Some(raw) = words.next() {
            let w = lower(raw.trim_matches(|c: char| !c.is_alphanumeric()));
            if !is_in(UNNAMED_SOURCE_NOUNS, &w) {
                continue;
            }
            // speaking (`a spokesman said`, `a source close to`, `the spokesman, asked`), not a
            // word of something else (`the source of speculation`, `its official response`)
            let ends = raw.ends_with([',', '.', ':']);
            let next = words
                .peek()
                .map(|n| lower(n.trim_matches(|c: char| !c.is_alphanumeric())));
            if ends
                || next.is_some_and(|n| {
                    is_cue_word(&n)
                        // (a verb of its own: `an ADB spokesman declined to comment`)
                        || n.ends_with("ed") && n.len() > 4
                        || is_in(
                            &["for", "at", "with", "from", "close", "familiar", "who"],
                            &n,
                        )
                })
            {
                // (the word's place in the text: `split_whitespace` keeps slices of it)
                let at = lo + (raw.as_ptr() as usize - before.as_ptr() as usize);
                let lead = raw.len() - raw.trim_start_matches(|c: char| !c.is_alphanumeric()).len();
                last = Some((at + lead, at + lead + w.len()));
            }
        }
        last
    }

    /// `Iran has test-fired its Silkworm missile …, a British naval source in the Gulf said.`
    /// ⏎ `The source, who declined to be identified, said …` ⏎ `“…,” he told Reuters`
    /// (Reuters: no speaker): with no person in view, the pronoun is the unnamed source
    /// just before, of its sex when its noun has one, as the description it is written.
    fn unnamed_source_speaker(&mut self, pos: usize, want: Gender) -> Option<Canonical> {
        let (ns, ne) = self.last_unnamed_source(pos)?;
        if super::descriptions::head_gender(&lower(&self.text[ns..ne])).is_some_and(|g| g != want) {
            return None;
        }
        let (ms, determiner) = self.unnamed_determiner(ns)?;
        // `The source` after `a British naval source in the Gulf said`: the one introduced
        let noun = lower(&self.text[ns..ne]);
        let (ms, me) = if determiner == "the" {
            self.introduced_unnamed(pos, ms, &noun).unwrap_or((ms, ne))
        } else {
            (ms, ne)
        };
        let name = self.push_description(ms, me);
        Some(Canonical {
            name,
            gender: Some(want),
            kind: None,
        })
    }

    /// The determiner of the unnamed source whose noun starts at `ns`, over a few modifiers
    /// (`a British naval source`): its start, and the word in lower case.
    fn unnamed_determiner(&self, ns: usize) -> Option<(usize, String)> {
        let head = &self.text[..ns];
        let mut at = head.len();
        for w in head
            .split(|c: char| c.is_ascii_whitespace())
            .rev()
            .skip(1)
            .take(UNNAMED_SOURCE_MODIFIERS)
        {
            at -= w.len() + 1;
            let lw = lower(w);
            if is_in(&["a", "an", "the", "one", "another"], &lw) {
                return Some((at, lw.into_owned()));
            }
            if w.is_empty() || w.ends_with(['.', ',', ';', ':', '"', '”']) {
                return None;
            }
        }
        None
    }

    /// The first unnamed `noun` introduced with an indefinite determiner in the
    /// [`UNNAMED_SOURCE_BYTES`] before `before` (`a British naval source in the Gulf said`):
    /// its span, with a prepositional phrase after it up to the verb, a comma or a stop.
    fn introduced_unnamed(&self, pos: usize, before: usize, noun: &str) -> Option<(usize, usize)> {
        let lo = self
            .text
            .floor_char_boundary(pos.saturating_sub(UNNAMED_SOURCE_BYTES));
        let window = &self.text[lo..before];
        window.match_indices(noun).find_map(|(i, _)| {
            let ns = lo + i;
            let ne = ns + noun.len();
            let word = !self.text[..ns].ends_with(char::is_alphanumeric)
                && !self.text[ne..].starts_with(char::is_alphanumeric);
            let (ms, det) = self.unnamed_determiner(ns).filter(|_| word)?;
            if !is_in(&["a", "an", "one"], &det) {
                return None;
            }
            // (`in the Gulf`: words after a preposition, up to the verb or a comma)
            let mut me = ne;
            let mut at = ne + 1;
            let mut words = self
                .text
                .get(at..)
                .unwrap_or("")
                .split(|c: char| c.is_ascii_whitespace());
            if words
                .next()
                .is_some_and(|w| is_in(&["in", "at", "for", "with", "from", "of"], w))
            {
                at += self.text[at..].find(' ')? + 1;
                for w in words.take(UNNAMED_SOURCE_MODIFIERS) {
                    let word = w.trim_end_matches([',', '.', ';', ':']);
                    if word.is_empty() || is_cue_word(&lower(word)) {
                        break;
                    }
                    me = at + word.len();
                    if word.len() < w.len() {
                        break;
                    }
                    at += w.len() + 1;
                }
            }
            Some((ms, me))
        })
    }

    /// The most salient compatible person event before `pos` (see [`Self::resolve_pronoun`]),
    /// not `avoid`.
    pub(super) fn most_salient(
        &self,
        pos: usize,
        want: Gender,
        avoid: Option<&str>,
    ) -> Option<usize> {
        // (position, weight, weighted distance) of the best candidate who is not the
        // person the article is about, and (position, weighted distance) of that person
        let mut best: Option<(usize, usize, usize)> = None;
        let mut dominant: Option<(usize, usize)> = None;
        for (&at, e) in self.events.range(..pos).rev() {
            let d = pos - at;
            if d > PRONOUN_REACH {
                break;
            }
            // `he` and `she` are people: an organisation or a country that spoke in between
            // is no antecedent (`Lisa Power of the Terrence Higgins Trust said … “…,” she
            // said`).
            if matches!(e.kind, Some(EntityKind::Org | EntityKind::Place)) {
                continue;
            }
            if avoid.is_some_and(|a| a == e.name) {
                continue;
            }
            // nor is a group (`many Democrats say`, NYT: `she added` had been "Democrats")
            if e.kind.is_none() && plural_head(&e.name) {
                continue;
            }
            // nor a document (`the circular read` ⏎ `The bank's acting spokesman, Isa
            // Danladi, told journalists …` ⏎ `“…,” he said`)
            if e.kind.is_none() && is_in(DOCUMENT_NOUNS, &lower(super::description_head(&e.name))) {
                continue;
            }
            // Weights tried on train (weak x1..x10, unknown-gender x1..x3): x3 / x1.5 best.
            let mut eff = d * e.weight;
            match e.gender {
                Some(g) if g != want => continue,
                None if self.last_quote_speaker.as_deref() != Some(e.name.as_str()) => {
                    eff = eff * 3 / 2
                }
                _ => {}
            }
            if self.dominant == Some(e.name.as_str()) {
                if dominant.is_none_or(|b: (usize, usize)| eff < b.1) {
                    dominant = Some((at, eff));
                }
            } else if best.is_none_or(|b| eff < b.2) {
                best = Some((at, e.weight, eff));
            }
        }
        // The person the article is about stands nearer than anyone merely named near the
        // pronoun, but not than someone who just spoke (`…,” said one banker. ⏎ “…,” he
        // added`, Reuters).
        match (best, dominant) {
            (Some((_, w, eff)), Some((d, deff)))
                if deff <= eff || w > W_SPEAKER && deff / DOMINANT_FAVOUR < eff =>
            {
                Some(d)
            }
            (Some((at, ..)), _) => Some(at),
            (None, d) => d.map(|d| d.0),
        }
    }

    /// `“I feel a bit for Nigel Worthington,” he said` (BBC sport/176): a speaker does not
    /// name himself in the third person, so when the pronoun went to someone the quote
    /// names, it is the most salient other person before it instead (the sentence before
    /// was `… and Keegan sympathised with Norwich boss Nigel Worthington afterwards`).
    fn resolve_pronoun_avoiding(&mut self, pos: usize, pron: &str, avoid: &str) -> Option<String> {
        let want = pronoun_gender(pron)?;
        let at = self.most_salient(pos, want, Some(avoid))?;
        let c = self.event_canonical(at, Some(want));
        let name = c.name.clone();
        self.replace_event(pos, c);
        Some(name)
    }

    /// [`Self::resolve_pronoun`] for the pronoun at `pos` attributing the whole quote
    /// `quote`, moved off a name the quote holds ([`Self::resolve_pronoun_avoiding`]); the
    /// quotes that inherit the pronoun get the same answer.
    pub(super) fn resolve_quote_pronoun(
        &mut self,
        pos: usize,
        pron: &str,
        quote: Option<&str>,
    ) -> Option<String> {
        if let Some(name) = self.moved_pronouns.get(&pos) {
            return Some(name.clone());
        }
        let name = self.resolve_pronoun(pos, pron)?;
        // (a description is no name the quote could hold: `A grain dealer at one member
        // co-op said …` ⏎ `“We're sorry to see the co-op go …,” he said`, Reuters)
        if !quote.is_some_and(|q| names_in(q, &name)) || self.descriptions.contains(&name) {
            return Some(name);
        }
        match self.resolve_pronoun_avoiding(pos, pron, &name) {
            Some(other) => {
                self.moved_pronouns.insert(pos, other.clone());
                Some(other)
            }
            None => Some(name),
        }
    }

    /// The quote closing right before `pos` with only the attribution's own words between
    /// (`,”` then the pronoun at `pos`).
    fn quote_just_before(&self, pos: usize) -> Option<&RawQuote> {
        let qi = self.quotes.partition_point(|q| q.close_end <= pos);
        let q = self.quotes.get(qi.checked_sub(1)?)?;
        (self.text[q.close_end..pos].trim().len() <= 1).then_some(q)
    }

    /// When the pronoun at `pos` opens a sentence: the event that opens the sentence before
    /// it (its subject, a person of gender `want` or unknown gender), if any.
    fn previous_subject(&self, pos: usize, want: Gender) -> Option<usize> {
        let before = self.text[..pos].trim_end();
        if !before.ends_with(['.', '!', '?', '\n']) {
            return None;
        }
        self.subject_opening_sentence_before(before.len() - 1, want)
    }

    /// When the pronoun at `pos` is the subject of its sentence's closing attribution (`…,
    /// he said.`) and no one is named or quoted before it in that sentence: the subject of
    /// the sentence before, as [`Self::previous_subject`] finds it (`Mr Gref … was keen to
    /// distance himself from Mr Illarionov's comments. The privatisation of companies … had
    /// been badly handled, he said.`, BBC business/426: it had been Illarionov, who spoke
    /// last).
    fn subject_before_closing_attribution(&self, pos: usize, want: Gender) -> Option<usize> {
        let start = self.attribution_sentence_start(pos)? - 1;
        let quoted = self.quotes.partition_point(|q| q.close_end <= start);
        let named = self.mentions.partition_point(|m| m.0 <= start);
        if self.quotes.get(quoted).is_some_and(|q| q.open < pos)
            || self.mentions[named..]
                .iter()
                .take_while(|m| m.0 < pos)
                .any(|m| self.entities[m.2].kind == EntityKind::Person)
        {
            return None;
        }
        self.subject_opening_sentence_before(start, want)
    }

    /// The event that opens the sentence ending at byte `end` (its stop), when it is a person
    /// of gender `want` or unknown gender.
    fn subject_opening_sentence_before(&self, end: usize, want: Gender) -> Option<usize> {
        // (a bounded look back: a text of endless sentences and many pronouns stays linear;
        // a sentence longer than the reach opens with no one found here)
        let lo = self
            .text
            .floor_char_boundary(end.saturating_sub(SENTENCE_REACH));
        let start = match after_last_mark(self.text, lo, end, &['.', '!', '?', '\n']) {
            Some(p) => p,
            None if lo == 0 => 0,
            None => return None,
        };
        let (mut at, mut e) = self.events.range(start..end).next()?;
        let mut lead =
            self.text[start..*at].trim_matches(|c: char| c.is_whitespace() || "\"“”‘’".contains(c));
        // `In Soweto's Orlando East, spaza shop owner Themba Mkhize said …`: a phrase saying
        // where or when opens the sentence; its subject comes after the comma.
        // (not `For Okafor, the next step is …`: the phrase names whom the sentence is about)
        let opener = lead.split_whitespace().next().map(lower);
        if opener.is_some_and(|w| is_in(SETTING_PREPOSITIONS, &w)) {
            let comma = self.text[*at..end].find(',').map(|p| *at + p + 1)?;
            (at, e) = self.events.range(comma..end).next()?;
            lead = self.text[comma..*at].trim();
        }
        // `Meta spokesperson Tolan disagrees.` (Wired): a body's role before a name leads
        // with that name (it had been the body, and then the last man to speak)
        if e.kind == Some(EntityKind::Org) {
            if let Some((next, ne)) = self.events.range(*at + 1..end).next() {
                let role = self.text[*at..*next].split_once(' ').map_or("", |(_, r)| r);
                if ne.kind == Some(EntityKind::Person) && role_between(role) {
                    (at, e) = (next, ne);
                }
            }
        }
        let at = *at;
        let opens =
            (lead.split_whitespace().count() <= 2 || apposed_lead(lead) || titled_lead(lead))
                && !lead
                    .split_whitespace()
                    .next()
                    .is_some_and(|w| is_in(SUBORDINATORS, &lower(w)));
        // (or an unnamed one: `An analyst who wanted anonymity said …` ⏎ `“…,” he said`,
        // Reuters)
        // (`One veteran debt rescheduler said …`, Reuters: an agent noun the lexicon does
        // not list too)
        let person = e.kind == Some(EntityKind::Person)
            || e.kind.is_none() && names_a_source(&e.name) && !plural_head(&e.name);
        (opens && person && e.gender.is_none_or(|g| g == want)).then_some(at)
    }

    /// The person a chain of sentences led by `he`/`she` goes back to, for a pronoun at
    /// `pos` that opens its sentence or follows a quote that does: `The elder Soros gives
    /// … . He has contributed … . He funds … and has stated, “…”` (Free Beacon: it was the
    /// senator who spoke before), through at most [`SUBJECT_CHAIN`] sentences, each led by
    /// the pronoun, to one led by a person's name (within two words) of that gender.
    fn chained_subject(&self, pos: usize, want: Gender) -> Option<Canonical> {
        let text = self.text;
        let qi = self.quotes.partition_point(|q| q.close_end <= pos);
        let anchor = match self.quotes.get(qi.wrapping_sub(1)) {
            Some(q) if qi > 0 && text[q.close_end..pos].trim().len() <= 1 => q.open,
            _ => pos,
        };
        let before =
            text[..anchor].trim_end_matches(|c: char| c.is_whitespace() || "\"“‘".contains(c));
        if !before.ends_with(['.', '!', '?', '\n']) {
            return None;
        }
        let pronoun = if want == Gender::Male { "he" } else { "she" };
        let mut end = before.len() - 1;
        for step in 0..SUBJECT_CHAIN {
            // (a bounded look back, as in `subject_opening_sentence_before`)
            let lo = text.floor_char_boundary(end.saturating_sub(SENTENCE_REACH));
            let start = sentence_start(text, lo, end);
            // (a sentence that opens with a quote is someone's words: `"He was shaken …,"
            // said Everton spokesman Ian Ross. He added: …`, BBC sport/175)
            // (the mark closing the sentence before is no opening one: `League." Stuart has`)
            let mut lead = text[start..end].trim_start();
            if let Some(rest) = lead.strip_prefix(['"', '”', '’', '\'']) {
                if rest.starts_with(char::is_whitespace) {
                    lead = rest.trim_start();
                }
            }
            if lead.starts_with(['"', '“', '‘', '\'']) {
                return None;
            }
            let first = lead.split_whitespace().next()?;
            if lower(first.trim_matches(|c: char| !c.is_alphanumeric())) == pronoun {
                end = start.checked_sub(1)?;
                continue;
            }
            let from = self.mentions.partition_point(|m| m.0 < start);
            let &(ms, _, mut i) = self.mentions.get(from).filter(|m| m.0 < end)?;
            // (`Meta spokesperson Tolan disagrees.`: the role's holder leads, not the body)
            if self.entities[i].kind == EntityKind::Org {
                if let Some(&(_, _, h)) = self.mentions.get(from + 1).filter(|m| {
                    m.0 < end
                        && self.entities[m.2].kind == EntityKind::Person
                        && role_between(&text[self.mentions[from].1..m.0])
                }) {
                    i = h;
                }
            }
            let e = &self.entities[i];
            let leads = text[start..ms].split_whitespace().count() <= 2;
            let fits = e.kind == EntityKind::Person && e.gender.is_none_or(|g| g == want);
            // (only through a sentence led by the pronoun: a name leading the sentence right
            // before is left to the speakers' salience, which knows who has been speaking)
            return (step > 0 && leads && fits && !self.in_quote(ms)).then(|| Canonical {
                name: e.name.clone(),
                gender: e.gender.or(Some(want)),
                kind: Some(EntityKind::Person),
            });
        }
        None
    }

    /// Most words after a sentence's last comma that make an inverted attribution (`, the
    /// Tory leader said.`, `, said Mr Flynn.`).
    const INVERTED_TAIL_WORDS: usize = 5;

    /// When the pronoun at `pos` follows a quote that opens its sentence (`“…,” he said`):
    /// the subject of the sentence before the quote, as [`Self::previous_subject`] finds
    /// it. A narrative sentence led by someone new hands them the turn (`But for Allen
    /// Weiner, a research director …, the future of search is … . “Search technology is
    /// valuable …,” he said`, BBC tech/337, where the last speaker was nearer by bytes).
    fn subject_before_quote(&self, pos: usize, want: Gender) -> Option<usize> {
        let q = self.quote_just_before(pos)?;
        // `Mr Brown liked to rattle off … , the Tory leader said.` (BBC politics/364): a
        // sentence that ends with its own attribution is that speaker's, not its subject's.
        let before = self.text[..q.open].trim_end();
        let last = before.char_indices().next_back().map_or(0, |(i, _)| i);
        let lo = before.floor_char_boundary(last.saturating_sub(SENTENCE_REACH));
        let start = sentence_start(before, lo, last);
        // the words after the sentence's last comma: `the Tory leader said`, `said Mr Flynn`
        let sentence = before[start..].trim_end_matches(['.', '!', '?']);
        let tail: Vec<&str> = sentence
            .rsplit_once(',')
            .map_or("", |(_, t)| t)
            .split_whitespace()
            .collect();
        let cue = |w: Option<&&str>| w.is_some_and(|w| is_cue_word(&lower(w)));
        // `said Mr Flynn` is a name after the verb; `reacted angrily to Pound's comments` is
        // no attribution
        let named_after = tail.len() <= 4
            && tail
                .iter()
                .skip(1)
                .all(|w| w.starts_with(char::is_uppercase));
        // `the Tory leader said`: a subject, then the verb
        let subject_first = tail.first().is_some_and(|w| {
            w.starts_with(char::is_uppercase) || is_in(&["the", "a", "an", "his", "her"], w)
        });
        let attributed = tail.len() <= Self::INVERTED_TAIL_WORDS
            && ((cue(tail.first()) && named_after) || (subject_first && cue(tail.last())));
        if attributed {
            return None;
        }
        self.previous_subject(q.open, want)
    }
}

impl Resolver<'_> {
    /// Most words between `by` and the agent's name: `by Conservative shadow pensions
    /// secretary David Willetts`.
    const AGENT_PREMODIFIERS: usize = 6;

    /// When the pronoun at `pos` attributes the quote just before it and the sentence before
    /// that quote ends with a person as the agent of a passive (`The report was welcomed by
    /// shadow pensions secretary David Willetts. “…,” he said.`, BBC politics/313): that
    /// person. The sentence's subject is a thing, so no event stands for the agent, and the
    /// pronoun had gone to the speaker of the paragraph before.
    fn passive_agent(&mut self, pos: usize, want: Gender) -> Option<Canonical> {
        let q = self.quote_just_before(pos)?;
        let before = self.text[..q.open].trim_end();
        let sentence = before.strip_suffix('.')?;
        // the person whose mention ends the sentence
        let at = self.mentions.partition_point(|m| m.1 < sentence.len());
        let &(ms, me, i) = self.mentions.get(at).filter(|m| m.1 == sentence.len())?;
        if self.entities[i].kind != EntityKind::Person {
            return None;
        }
        // `by`, a few premodifiers, then the name; a past participle before `by`
        let words: Vec<&str> = sentence[..ms]
            .rsplit(char::is_whitespace)
            .filter(|w| !w.is_empty())
            .take(Self::AGENT_PREMODIFIERS + 2)
            .collect();
        let by = words.iter().position(|w| *w == "by")?;
        let plain = words[..by]
            .iter()
            .all(|w| w.chars().all(|c| c.is_alphanumeric() || c == '-'));
        let passive = words
            .get(by + 1)
            .is_some_and(|w| w.len() > 3 && w.ends_with("ed"));
        if !plain || !passive {
            return None;
        }
        // a narrative sentence: not an attribution of its own (`…,” said Jason Parkinson,
        // one of the developers sacked by Argonaut.`, BBC tech/114)
        let lo = sentence.floor_char_boundary(ms.saturating_sub(SENTENCE_REACH));
        let start = sentence_start(sentence, lo, ms);
        if sentence[start..ms].contains(QUOTE_MARKS) {
            return None;
        }
        let c = self.canonical_gender(ms, me);
        c.gender.is_none_or(|g| g == want).then_some(c)
    }
}

/// The gender `he`, `she` and their forms name.
fn pronoun_gender(pron: &str) -> Option<Gender> {
    if is_in(PRONOUNS_M, pron) {
        Some(Gender::Male)
    } else if is_in(PRONOUNS_F, pron) {
        Some(Gender::Female)
    } else {
        None
    }
}

/// A subject described, then named in apposition: `The petitioners' counsel, senior
/// advocate` before `Kapil Sibal, disagreed` (Indian court copy). A few words opening with
/// a determiner or an owner, a comma, then at most three lower-case role words.
fn apposed_lead(lead: &str) -> bool {
    let Some((np, role)) = lead.split_once(',') else {
        return false;
    };
    let mut np_words = np.split_whitespace();
    let opener = np_words.next().map(lower);
    let owner = |w: &str| ["'s", "’s", "s'", "s’"].iter().any(|s| w.ends_with(s));
    // (no clause: `O'Leary's future was in question, but` is none)
    let plain = |w: &str| !is_in(CLAUSE_WORDS, &lower(w));
    let described = opener.is_some_and(|w| is_in(DETERMINERS, &w) || owner(&w))
        && np.split_whitespace().count() <= 4
        && np.split_whitespace().all(plain);
    let role_words = role.split_whitespace().count();
    described
        && (1..=3).contains(&role_words)
        && role
            .split_whitespace()
            .all(|w| w.starts_with(char::is_lowercase) && plain(w))
}

/// Is the `lead` before a sentence's first name its title (`Former foreign secretary Robin
/// Cook said …` ⏎ `“…,” he said`, BBC politics/327: the `he` had gone to the attorney
/// general quoted before): a few words, none opening a clause or a pronoun, the last a title
/// or a person's noun but no honorific, which is the name's own (`He portrayed Mr Ebbers, …`
/// is no title's lead: BBC business).
fn titled_lead(lead: &str) -> bool {
    const TITLE_WORDS: usize = 5;
    let words: Vec<&str> = lead.split_whitespace().collect();
    words.len() <= TITLE_WORDS
        && words.last().is_some_and(|w| {
            let w = lower(w);
            (is_quote_title(&w) || is_in(PERSON_NOUNS, &w))
                && !is_in(MALE_HONORIFICS, &w)
                && !is_in(FEMALE_HONORIFICS, &w)
                && !is_in(&["dr", "dr."], &w)
        })
        && words.iter().all(|w| {
            let w = lower(w);
            !is_in(CLAUSE_WORDS, &w)
                && !is_in(DETERMINERS, &w)
                && !is_cue_word(&w)
                && !is_in(PRONOUNS_M, &w)
                && !is_in(PRONOUNS_F, &w)
                && !is_in(PRONOUNS_OTHER, &w)
        })
}
