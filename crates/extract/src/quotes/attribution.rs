//! Step 3 and 4: which words name a quote's speaker. A cue after the quote, before it, or
//! later in its sentence; a colon introduction, a dash signature or a `Name:` label; else
//! the speaker of a neighbouring quote. Quotes that look like titles or scare quotes are
//! dropped here.

use super::after_quote::post_anchored;
use super::clauses::{Ctx, Found, MentionKind, Unit};
use super::heads::description_head;
use super::marks::RawQuote;
use super::names_a_thing;
use super::subjects::{quoted_as_saying, QUOTED_AS_REACH};
use super::words::{is_cue_word, is_in, lower, not_a_name, tokenize, Item};
use crate::lexicon::{
    AUX_ADVERBS, BE_FORMS, DETERMINERS, DOCUMENT_NOUNS, EVALUATIVE_VERB_STEMS, GROUP_NOUNS,
    LISTENER_VERBS, OWNED_WORDS_NOUNS, REPORTED_CLAUSE_OPENERS, SPEECH_NOUNS, THING_VERBS,
    WEAK_VERBS,
};
use rustc_hash::FxHashMap;

#[derive(Debug, Clone)]
pub(super) struct Attr {
    pub(super) found: Found,
    /// Set when the speaker was taken from another quote (continuation).
    pub(super) inherited: bool,
}

/// A paragraph right after `ue` that reads `– Name, details.`: the signature
/// of the quote above it.
pub(super) fn dash_signature(text: &str, paras: &[(usize, usize)], ue: usize) -> Option<Found> {
    let i = paras.partition_point(|p| p.0 < ue);
    let &(ps, pe) = paras.get(i)?;
    let para = &text[ps..pe];
    let rest = para.strip_prefix(['-', '–', '—', '―'])?;
    let off = ps + (para.len() - rest.len());
    let lead = rest.len() - rest.trim_start().len();
    let body = rest.trim_start();
    if body.split_whitespace().count() > 14 {
        return None;
    }
    let name_end = body.find([',', '.', '(', '–', '—']).unwrap_or(body.len());
    let name = body[..name_end].trim_end();
    let words: Vec<&str> = name.split_whitespace().collect();
    if words.is_empty() || words.len() > 4 {
        return None;
    }
    let ok = words
        .iter()
        .all(|w| w.chars().next().is_some_and(|c| c.is_uppercase()))
        && !not_a_name(words[0])
        && !is_in(DETERMINERS, &lower(words[0]));
    if !ok {
        return None;
    }
    let ms = off + lead;
    Some(Found {
        ms,
        me: ms + name.len(),
        kind: MentionKind::Name,
    })
}

/// `“I do still hold the view that pay-for-privacy plans help lower-income consumers,” Thomas
/// Lenard, senior fellow … at the Technology Policy Institute, a Washington-based think tank
/// …. “These plans …”` (Wired, news-quotes round 11: the copy dropped its `said`, and both
/// quotes had no speaker): a person the tagger found right after a quote that hands over
/// (`,”`) that opens its sentence, closed by a comma or a period, in a sentence with no verb
/// of speech, is its speaker. `people` are the tagged people's spans, by start.
pub(super) fn verbless_name_after(
    ctx: &Ctx,
    people: &[(usize, usize, &str)],
    qi: usize,
) -> Option<Found> {
    let text = ctx.text;
    let q = &ctx.quotes[qi];
    let ms = q.close_end + 1;
    if !text[q.close_end..].starts_with(' ') {
        return None;
    }
    let at = people.partition_point(|m| m.0 < ms);
    let &(_, me, _) = people.get(at).filter(|m| m.0 == ms)?;
    let found = Found {
        ms,
        me,
        kind: MentionKind::Name,
    };
    // `“We need to bring this war to an end,” DeSantis. said.` (Fox News, news-quotes
    // tune): a stray period between the name and its verb.
    let after = &text[me..];
    if let Some(verb) = after.strip_prefix(". ") {
        let verb = verb
            .split(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        if verb.starts_with(char::is_lowercase) && is_cue_word(verb) {
            return Some(found);
        }
    }
    let content = text[q.start..q.end].trim_end();
    // the quote opens its sentence (not `… laid out a vision for ''a reformed tax code …,''
    // Ben Carson, the physician …, used part of his address`, PolNeAR)
    let before = text[..q.open].trim_end();
    if !(before.is_empty() || before.ends_with(['.', '!', '?', '\n', ':'])) {
        return None;
    }
    // `“We have to start the engineering somewhere.” Kheradpir. “And the iPad is …”` (CNET,
    // news-quotes tune): the name alone between two quotes, its verb dropped.
    if content.ends_with(['.', '?', '!'])
        && after
            .strip_prefix(". ")
            .is_some_and(|r| r.starts_with(['"', '“']))
    {
        return Some(found);
    }
    if !content.ends_with(',') || !after.starts_with([',', '.']) {
        return None;
    }
    // the rest of its sentence, up to the next quote or line (bounded: linear in the text)
    let hi = text.floor_char_boundary((me + VERBLESS_REST_BYTES).min(text.len()));
    let rest = &text[me..hi];
    let rest = &rest[..rest.find(['"', '“', '”', '\n']).unwrap_or(rest.len())];
    let spoken = rest
        .split(|c: char| !c.is_alphabetic())
        .any(|w| !w.is_empty() && is_cue_word(&lower(w)));
    (!spoken).then_some(found)
}

/// Most bytes after a name read for a verb of speech by [`verbless_name_after`].
const VERBLESS_REST_BYTES: usize = 300;

pub(super) fn build_unit(ctx: &Ctx, us: usize, ue: usize, qis: &[usize]) -> Unit {
    let mut items = Vec::new();
    let mut qpos = FxHashMap::default();
    let mut pos = us;
    for &qi in qis {
        let q = &ctx.quotes[qi];
        if q.open > pos {
            tokenize(ctx.text, pos, q.open, &mut items);
        }
        qpos.insert(qi, items.len());
        items.push(Item::Quote { qi });
        pos = q.close_end.max(pos);
    }
    if ue > pos {
        tokenize(ctx.text, pos, ue, &mut items);
    }
    // Sentence ids: a boundary follows `.!?` when the next item starts a sentence.
    let mut sent = Vec::with_capacity(items.len());
    let mut sid = 0;
    for i in 0..items.len() {
        sent.push(sid);
        let boundary = match items[i] {
            Item::Punct { c, .. } if ".!?".contains(c) => match items.get(i + 1) {
                None => true,
                Some(Item::Quote { .. }) => true,
                Some(Item::Word { s, .. }) => ctx.text[*s..]
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit()),
                Some(Item::Punct { c, .. }) => !",;:".contains(*c),
            },
            Item::Quote { qi } => {
                let q = &ctx.quotes[qi];
                let ends_stop = ctx.text[q.start..q.end]
                    .chars()
                    .next_back()
                    .is_some_and(|c| ".!?".contains(c));
                ends_stop
                    && match items.get(i + 1) {
                        Some(Item::Quote { .. }) => true,
                        Some(it @ Item::Word { s, .. }) => {
                            // `.” Sullivan said.` keeps the cue in the quote's sentence.
                            ctx.text[*s..]
                                .chars()
                                .next()
                                .is_some_and(|c| c.is_uppercase())
                                && !post_anchored_is_cue(ctx, &items, i + 1)
                                && !ctx.is_cue(it)
                        }
                        _ => false,
                    }
            }
            _ => false,
        };
        if boundary {
            sid += 1;
        }
    }
    Unit { items, qpos, sent }
}

/// True when a short `NP verb` follows at `i` (e.g. `Sullivan said.`).
pub(super) fn post_anchored_is_cue(ctx: &Ctx, items: &[Item], i: usize) -> bool {
    let mut j = i;
    let mut n = 0;
    while j < items.len() && n < 7 {
        match items[j] {
            Item::Word { .. } => {
                if ctx.is_cue(&items[j]) {
                    let w = ctx.word(&items[j]).unwrap_or("");
                    if is_in(WEAK_VERBS, w) {
                        return false;
                    }
                    if ctx.is_punct(items.get(j + 1), ":") {
                        return false;
                    }
                    // `.” A police spokeswoman confirmed that they were …`: reported
                    // speech of its own, a new sentence.
                    let next = ctx.word(items.get(j + 1).unwrap_or(&items[j]));
                    if next == Some("that") {
                        return false;
                    }
                    // `.” James Hardie chairwoman Meredith Hellicar said the deal provided
                    // …` (BBC business/337): a clause after the verb is its own reported
                    // speech; a listener (`told the BBC`) is not.
                    if next.is_some_and(|n| is_in(REPORTED_CLAUSE_OPENERS, &lower(n)))
                        && !is_in(LISTENER_VERBS, w)
                    {
                        return false;
                    }
                    // `.” Sullivan said.`, `?” Lichtman said about McCain …`: a
                    // subject directly followed by its cue attributes the quote.
                    return true;
                }
                j += 1;
                n += 1;
            }
            Item::Punct { c: ',', .. } => {
                j += 1;
            }
            _ => return false,
        }
    }
    false
}

pub(super) fn is_partial(ctx: &Ctx, unit: &Unit, k: usize, qi: usize) -> bool {
    let q = &ctx.quotes[qi];
    let first = ctx.text[q.start..q.end].chars().next();
    let starts_lower = first.is_some_and(|c| c.is_lowercase());
    let prev_ok = match k.checked_sub(1).and_then(|p| unit.items.get(p)) {
        None => true,
        Some(Item::Punct { c, .. }) => ":,.!?—–(".contains(*c),
        Some(Item::Quote { .. }) => true,
        Some(it) => {
            ctx.is_cue(it) || ctx.word(it).is_some_and(|w| is_in(&["that"], w)) && !starts_lower
        }
    };
    starts_lower || !prev_ok
}

/// The speaker of a partial quote that no cue attributes: the subject of its sentence,
/// when a verb before the quote puts someone's words or judgement in the writer's sentence
/// (`Ferit Hoxha … denouncing it as “unacceptable”`, `Trump … calling them “dumb judges”`).
pub(super) fn partial_subject(ctx: &Ctx, unit: &Unit, k: usize) -> Option<Found> {
    let items = &unit.items;
    let sid = unit.sent[k];
    let sent_lo = unit.sent.partition_point(|&s| s < sid);
    let evaluative = |i: &usize| {
        ctx.word(&items[*i]).is_some_and(|w| {
            let lw = lower(w);
            w.chars().next().is_some_and(char::is_lowercase)
                && (is_cue_word(&lw)
                    || EVALUATIVE_VERB_STEMS
                        .iter()
                        .any(|stem| lw.starts_with(stem)))
        })
    };
    if !(sent_lo..k).any(|i| evaluative(&i)) {
        return None;
    }
    // a participle's subject is the sentence's (`Reyes … issuing a statement through Arsenal
    // describing the speculation as "flattering"`, BBC sport/154)
    let participle_at = |i: &usize| ctx.word(&items[*i]).is_some_and(|w| w.ends_with("ing"));
    let finite = |i: &usize| evaluative(i) && !participle_at(i);
    // `Mr. Trump's campaign chairman, Paul Manafort, dismissed criticism … as "…"`
    // (PolNeAR): the subject the first such verb has, through an apposition, before the
    // sentence's first noun phrase.
    // `with election coordinator Alan Milburn accusing Mr Howard of producing a "…"` (BBC
    // politics/275): after `with`, a participle has a subject of its own.
    let with_subject = |v: usize| {
        let f = ctx.subject_before(items, v, sent_lo)?;
        let at = (sent_lo..v).find(|&i| ctx.item_span(&items[i]).0 >= f.ms)?;
        // `with` and at most three title words before the name
        (at.saturating_sub(4).max(sent_lo)..at)
            .any(|i| ctx.word(&items[i]) == Some("with"))
            .then_some(f)
    };
    let participle = |i: &usize| evaluative(i) && participle_at(i);
    // `Family doctors … have been urged to “remain vigilant …”` (The Mirror): a passive
    // names who was told.
    // Its agent, if any, spoke: `Share repurchases today were called "a smart way to use
    // corporate equity," by one SEC staff member` (Reuters).
    if (sent_lo..k)
        .find(finite)
        .is_some_and(|v| is_passive(ctx, items, v, sent_lo))
    {
        let sent_hi = unit.sent.partition_point(|&s| s <= sid);
        let by = (k + 1..sent_hi.min(k + 3)).find(|&i| ctx.word(&items[i]) == Some("by"))?;
        return ctx.np_after(items, by, sent_hi);
    }
    let named = (sent_lo..k)
        .find(finite)
        .and_then(|v| ctx.subject_before(items, v, sent_lo))
        .or_else(|| (sent_lo..k).find(participle).and_then(with_subject))
        // (a description of people is someone: `Israeli officials claim the rollout …
        // helps contribute to a "frictionless" occupation`, Wired via newspaper4k,
        // news-quotes round 13, had gone to `Israeli`)
        .filter(|f| {
            f.kind != MentionKind::Descriptive
                || is_in(GROUP_NOUNS, &lower(description_head(&ctx.text[f.ms..f.me])))
        });
    // A pronoun there is the sentence's named subject when it has one (`The Argentine Work
    // Ministry has been mediating … and it could call an “…”`, BBC business/123); else it
    // beats a subject parsed from the wrong clause (`But, risks aside, he believes
    // generative AI stands to …`, TechCrunch: `generative AI stands`).
    let f = match named {
        Some(p) if p.kind == MentionKind::Pronoun => Some(
            ctx.sentence_subject(items, sent_lo, k)
                .filter(|f| f.kind == MentionKind::Name)
                .unwrap_or(p),
        ),
        named => named.or_else(|| ctx.sentence_subject(items, sent_lo, k)),
    }?;
    (f.kind != MentionKind::Descriptive || ctx.text[f.ms..f.me].split_whitespace().count() <= 4)
        .then_some(f)
}

/// Most words between an owned noun of [`OWNED_WORDS_NOUNS`] and the partial quote inside
/// its phrase (`promise to produce an “…”`).
const OWNED_WORDS_GAP: usize = 5;

/// The owner of the words a partial quote sits in: `Mr Blair's promise to produce an “…”
/// manifesto`, `Gordon Brown's pledge of a “…”` (see [`OWNED_WORDS_NOUNS`]). Only plain words
/// between the noun and the quote, none a reporting verb: the quote is inside the phrase.
pub(super) fn owned_words(ctx: &Ctx, unit: &Unit, k: usize) -> Option<Found> {
    let items = &unit.items;
    let sid = unit.sent[k];
    let sent_lo = unit.sent.partition_point(|&s| s < sid);
    let lo = k.saturating_sub(OWNED_WORDS_GAP + 1).max(sent_lo + 1);
    let n = (lo..k).rev().find(|&i| {
        ctx.word(&items[i])
            .is_some_and(|w| is_in(OWNED_WORDS_NOUNS, &lower(w)))
    })?;
    let plain = (n + 1..k).all(|i| {
        ctx.word(&items[i])
            .is_some_and(|w| w.starts_with(char::is_lowercase) && !is_cue_word(&lower(w)))
    });
    let owner = ctx.word(&items[n - 1])?;
    let mark = ["'s", "’s"].iter().find(|m| owner.ends_with(**m))?;
    if !plain || !owner.starts_with(char::is_uppercase) {
        return None;
    }
    // the owner's capitalised words (`Mr Blair's`, `Gordon Brown's`)
    let mut s = n - 1;
    while s > sent_lo
        && n - s < 4
        && ctx
            .word(&items[s - 1])
            .is_some_and(|w| w.starts_with(char::is_uppercase) && !is_in(DETERMINERS, &lower(w)))
    {
        s -= 1;
    }
    let f = ctx.found_over(items, s, n, MentionKind::Name);
    Some(Found {
        me: f.me - mark.len(),
        ..f
    })
}

/// Is the verb at `v` a passive participle (`have been urged`, `was warned`, `was told`)?
/// `was quoted as saying` is not: its subject spoke. (`The ministry says … the Security
/// Council was told that “…”`, National Post, news-quotes tune: the council had spoken.)
fn is_passive(ctx: &Ctx, items: &[Item], v: usize, lo: usize) -> bool {
    v > lo
        && ctx
            .word(&items[v])
            .is_some_and(|w| (w.ends_with("ed") && w != "quoted") || w == "told")
        && ctx
            .word(&items[v - 1])
            .is_some_and(|b| is_in(&["been", "was", "were", "is", "are", "being"], b))
}

/// Finds the speaker of the quote at item `k`.
pub(super) fn attribute(ctx: &Ctx, unit: &Unit, k: usize, qi: usize) -> Option<Found> {
    let items = &unit.items;
    let q = &ctx.quotes[qi];
    let content = &ctx.text[q.start..q.end];
    let last_char = content.chars().next_back().unwrap_or(' ');
    let sid = unit.sent[k];
    // sentence ids never decrease along the unit
    let sent_lo = unit.sent.partition_point(|&s| s < sid);
    let sent_hi = unit.sent.partition_point(|&s| s <= sid);
    // Start of the pre-window: sentence start or just after the previous quote.
    let mut pre_lo = sent_lo;
    for i in (sent_lo..k).rev() {
        if matches!(items[i], Item::Quote { .. }) {
            pre_lo = i + 1;
            break;
        }
    }
    let post_first = last_char == ','
        || ((last_char == '?' || last_char == '!' || last_char == '—' || last_char == '-')
            && items.get(k + 1).is_some_and(|it| {
                ctx.is_cue(it)
                    || ctx
                        .word(it)
                        .is_some_and(|w| w.chars().next().is_some_and(|c| c.is_lowercase()))
            }))
        || ctx.is_punct(items.get(k + 1), ",");

    let post = || post_anchored(ctx, items, k + 1, sent_hi);
    let pre = || pre_window(ctx, unit, pre_lo, k, sent_lo);
    if post_first {
        if let Some(f) = post() {
            return Some(f);
        }
    }
    if let Some(f) = pre() {
        return Some(f);
    }
    // After a quote that ends its sentence, `Smith said.` attributes it; `Some economists
    // have predicted rates will drop …` reports other words (BBC business/290).
    if let Some(f) = post().filter(|f| last_char != '.' || short_report(ctx, items, f, sent_hi)) {
        return Some(f);
    }
    post_sentence_end(ctx, items, k + 1, sent_hi)
}

/// Most words after the reporting verb of `“….” Smith said on Monday.` for it to attribute
/// the quote before it.
const SHORT_REPORT_TAIL: usize = 5;

/// The reporting verb after the speaker `f` ends its sentence within [`SHORT_REPORT_TAIL`]
/// words (or comes before `f`: `said Smith`), or `f` owns the words (`Mr Solana's comments`).
fn short_report(ctx: &Ctx, items: &[Item], f: &Found, hi: usize) -> bool {
    // `Mr Solana's comments come the day after …` (BBC politics/216): the owner of the words.
    // Not `BA's shares closed up four pence` (BBC business/004): only words are owned so.
    let words = &ctx.text[f.ms..];
    let owner = words
        .find("'s ")
        .map(|at| (at, "'s ".len()))
        .or_else(|| words.find("’s ").map(|at| (at, "’s ".len())));
    if let Some((at, mark)) = owner.filter(|&(at, _)| at <= f.me - f.ms) {
        let owned = words[at + mark..]
            .split_whitespace()
            .next()
            .map(|w| lower(w.trim_end_matches(|c: char| !c.is_alphanumeric())))
            .unwrap_or_default();
        if is_in(SPEECH_NOUNS, &owned) || is_in(DOCUMENT_NOUNS, &owned) {
            return true;
        }
    }
    // Items are in text order: a binary search, then a bounded look, keep a paragraph of
    // thousands of quotes linear.
    let from = items[..hi].partition_point(|it| ctx.item_span(it).0 < f.me);
    let Some(v) = (from..hi)
        .take(SHORT_REPORT_TAIL + 1)
        .find(|&i| ctx.is_cue(&items[i]))
    else {
        return true;
    };
    let mut tail = 0;
    for (n, it) in items[v + 1..hi].iter().enumerate() {
        if ctx.is_punct(Some(it), ".!?;") {
            break;
        }
        // `Education Secretary Ruth Kelly said Prof Aynsley-Green would "strengthen the
        // voice of children …"` (BBC politics/057): a quote inside the reported clause makes
        // it a report of its own; after a colon the verb introduces that quote instead
        // (`"… him." The Foreign Secretary told the BBC: "…"`, BBC politics: the quote before
        // is the one `Mr Straw said of the Tory leader:` opened).
        if matches!(it, Item::Quote { .. }) && n > 0 {
            return false;
        }
        if matches!(it, Item::Word { .. }) {
            tail += 1;
            if tail > SHORT_REPORT_TAIL {
                return false;
            }
        }
    }
    true
}

/// Verbs that give a thing a name (`what he calls “…”`).
const NAMING_VERBS: &[&str] = &[
    "calls",
    "called",
    "call",
    "describes",
    "described",
    "dubs",
    "dubbed",
    "terms",
    "termed",
];

/// Most words between `what` and the naming verb (`what UiPath CEO Bob Enslin calls`).
const NAMER_WORDS: usize = 8;

/// Most words between `with` and the name that is a participle's own subject (`with
/// leader Charles Kennedy saying`).
const WITH_SUBJECT_WORDS: usize = 3;

/// The participle's own subject after `with`: `The Liberal Democrats launched their
/// platform, with leader Charles Kennedy saying his party was the “authentic opposition”`
/// (BBC politics) is Kennedy's, not his party's.
fn with_subject(ctx: &Ctx, items: &[Item], sent_lo: usize, v: usize) -> Option<Found> {
    let f = ctx
        .np_ending_at(items, v, sent_lo)
        .filter(|f| f.kind == MentionKind::Name)?;
    let k = ctx.index_at(items, f.ms, sent_lo, Some(v))?;
    (k.saturating_sub(WITH_SUBJECT_WORDS + 1).max(sent_lo)..k)
        .rev()
        .take_while(|&i| {
            ctx.word(&items[i])
                .is_some_and(|w| w == "with" || w.starts_with(char::is_lowercase))
        })
        .any(|i| ctx.word(&items[i]) == Some("with"))
        .then_some(f)
}

/// The subject of the clause a participle (`noting`, `telling`) hangs on, when the sentence
/// opens with something else: `However, when asked …, Donna dismissed the idea, noting, “…”`,
/// `So, with just a few days to go …, Christie quit—telling …, “…”`. Clause starts are
/// tried from the participle back, after each comma or dash.
fn clause_subject(ctx: &Ctx, items: &[Item], sent_lo: usize, v: usize) -> Option<Found> {
    (sent_lo + 1..v.saturating_sub(1))
        .rev()
        .filter(|&i| ctx.is_punct(items.get(i - 1), ",—–"))
        .find_map(|i| ctx.subject_at(items, i, v))
        .filter(|f| f.kind != MentionKind::Descriptive)
}

/// The named (or pronoun) subject of a finite reporting verb before item `v` in the
/// sentence: the outer speaker of `X says the result offered …`.
fn outer_cue_subject(ctx: &Ctx, items: &[Item], sent_lo: usize, v: usize) -> Option<Found> {
    (sent_lo..v)
        .rev()
        .filter(|&u| {
            ctx.is_cue(&items[u]) && !ctx.word(&items[u]).is_some_and(|w| w.ends_with("ing"))
        })
        .take_while(|&u| !items[u..v].iter().any(|x| matches!(x, Item::Quote { .. })))
        .find_map(|u| ctx.subject_before(items, u, sent_lo))
        .filter(|f| f.kind != MentionKind::Descriptive)
}

/// The subject a reporting verb at `v` shares with the clause it is joined to by `but` or
/// `and`: the name opening its sentence before an aside (`Abshire, on the CBS television show
/// “Face the Nation,” did not comment directly on the Post story, but said: “…”`, Reuters), or
/// when the sentence opens on the joined verb, the subject of the sentence before (`Mr Blair
/// told BBC News he had not yet read the report in detail. But told BBC News: “…”`, BBC). Both
/// had no speaker.
fn coordinated_subject(ctx: &Ctx, unit: &Unit, sent_lo: usize, v: usize) -> Option<Found> {
    let items = &unit.items;
    if v > sent_lo + 1 {
        let capital = |i: usize| {
            ctx.word(&items[i])
                .is_some_and(|w| w.starts_with(char::is_uppercase))
        };
        let end = (sent_lo..v).find(|&i| !capital(i))?;
        if end == sent_lo || !ctx.is_punct(items.get(end), ",") {
            return None;
        }
        return ctx
            .np_ending_at(items, end, sent_lo)
            .filter(|f| f.kind == MentionKind::Name);
    }
    let sid = unit.sent.get(sent_lo)?.checked_sub(1)?;
    let prev_lo = unit.sent[..sent_lo].partition_point(|&s| s < sid);
    if prev_lo == sent_lo
        || items[prev_lo..sent_lo]
            .iter()
            .any(|x| matches!(x, Item::Quote { .. }))
    {
        return None;
    }
    ctx.sentence_subject(items, prev_lo, sent_lo)
        .filter(|f| f.kind != MentionKind::Descriptive)
}

/// Most items of a dash-led label before a quote (`- Newcastle boss Graeme Souness`).
const LABEL_ITEMS: usize = 8;

/// Cue before the quote in the same sentence: `X said: “…”`, `X said … “…”`,
/// `According to X, “…”`.
pub(super) fn pre_window(
    ctx: &Ctx,
    unit: &Unit,
    lo: usize,
    k: usize,
    sent_lo: usize,
) -> Option<Found> {
    let items = &unit.items;
    // `- Bolton boss Sam Allardyce “I am bitterly disappointed …”` (BBC sport's reactions
    // after a match report): a line led by a dash and a name labels the quote after it
    if lo == sent_lo
        && k > lo + 2
        && k - lo <= LABEL_ITEMS
        && ctx.is_punct(items.get(lo), "-–—")
        && items[lo + 1..k].iter().all(|x| {
            ctx.word(x)
                .is_some_and(|w| !is_cue_word(&lower(w)) && !is_in(BE_FORMS, &lower(w)))
        })
    {
        if let Some(f) = ctx
            .np_ending_at(items, k, lo + 1)
            .filter(|f| f.kind == MentionKind::Name)
        {
            return Some(f);
        }
    }
    for v in (lo..k).rev() {
        let Some(w) = ctx.word(&items[v]) else {
            continue;
        };
        if lower(w) == "according" && ctx.word(items.get(v + 1)?).is_some_and(|x| x == "to") {
            // `According to X, the first lady called her “…”`: a clause with its
            // own subject after the phrase speaks; `According to X, “…”`: X does.
            if let Some(c) = (v + 2..k).find(|&i| ctx.is_punct(items.get(i), ",")) {
                if k - c > 3 {
                    if let Some(f) = ctx.subject_at(items, c + 1, k) {
                        return Some(f);
                    }
                }
            }
            // `according to Gartner analyst Carolina Milanesi is “seldom strong”` (BBC
            // tech/234): a verb of being right after a name ends the phrase.
            let be = (v + 3..k).find(|&i| {
                ctx.word(&items[i]).is_some_and(|w| is_in(BE_FORMS, w))
                    && ctx
                        .word(&items[i - 1])
                        .is_some_and(|w| w.starts_with(char::is_uppercase))
            });
            return ctx.np_after(items, v + 1, be.unwrap_or(k));
        }
        // `… to deliver what UiPath CEO Bob Enslin calls “one-click digital
        // transformation”` (TechCrunch): whoever names it so, not the sentence's subject.
        if is_in(NAMING_VERBS, w) && v == k - 1 {
            if let Some(what) = (sent_lo.max(v.saturating_sub(NAMER_WORDS))..v)
                .rev()
                .find(|&i| ctx.word(&items[i]) == Some("what"))
            {
                // (`what it calls` stays the sentence's subject's: BBC tech/133's Delta)
                if let Some(f) = ctx
                    .subject_before(items, v, what + 1)
                    .filter(|f| f.kind != MentionKind::Pronoun)
                {
                    return Some(f);
                }
            }
        }
        // `as X put it, “…”`
        let put_it =
            (w == "put" || w == "puts") && items.get(v + 1).and_then(|x| ctx.word(x)) == Some("it");
        // `Said David Gluskin, vice-president of Nesbitt Thomson Bongard Inc, “…”` (Reuters:
        // no speaker): a sentence that opens on its verb names the speaker after it.
        if v == sent_lo && is_in(&["Said", "Says", "Added", "Adds"], w) {
            if let Some(f) = ctx
                .np_after(items, v, k)
                .filter(|f| f.kind == MentionKind::Name)
            {
                return Some(f);
            }
        }
        if !ctx.is_cue(&items[v]) && !put_it {
            continue;
        }
        // `When Trump suggested …, Rubio fired back: “…”` — a colon-introduced
        // quote belongs to the main clause, whose subject follows the cue.
        if k > lo && ctx.is_punct(items.get(k - 1), ":") && k - v > 6 {
            if let Some(f) = ctx.sentence_subject(items, sent_lo, k - 1) {
                let (vs, _) = ctx.item_span(&items[v]);
                if f.ms > vs {
                    return Some(f);
                }
            }
        }
        // (`She offered that “DeSantis seemed to have more swagger …”`, Fox News: a `that`
        // right before the quote opens its clause)
        if is_in(THING_VERBS, w)
            && items
                .get(v + 1)
                .and_then(|x| ctx.word(x))
                .is_some_and(|x| is_in(DETERMINERS, &lower(x)) && !(x == "that" && k == v + 2))
        {
            continue;
        }
        // `Family doctors and their teams have been urged to “remain vigilant …”` (The
        // Mirror): a passive's subject is who was told, not who spoke (`was quoted as saying`
        // aside).
        if is_passive(ctx, items, v, sent_lo) {
            continue;
        }
        // Weak verbs (`called`, `described`) only count right next to the quote.
        if is_in(WEAK_VERBS, w) && k - v > 4 {
            continue;
        }
        // `And on Thursday Mr Blair is saying: “…”` (BBC politics/099): a progressive is
        // a finite verb.
        let progressive = w.ends_with("ing")
            && v > sent_lo
            && ctx
                .word(&items[v - 1])
                .is_some_and(|b| is_in(&["is", "was", "are", "were"], b));
        if progressive {
            if let Some(f) = ctx.subject_before(items, v - 1, sent_lo) {
                return Some(f);
            }
        }
        // `It quoted Khomeini as saying: “…”` (Reuters reut2-005): the one quoted, not the
        // radio station that `It` is.
        if v > sent_lo && ctx.word(&items[v - 1]) == Some("as") {
            let from = sent_lo.max(v.saturating_sub(QUOTED_AS_REACH));
            if let Some(f) = (from..v - 1)
                .rev()
                .find_map(|q| quoted_as_saying(ctx, items, q, k))
            {
                return Some(f);
            }
        }
        if w.ends_with("ing") {
            // Participle (`…, adding that “…”`): the speaker is the subject of an
            // earlier cue in the sentence (possibly after an earlier quote).
            for u in (sent_lo..v).rev() {
                if let Item::Quote { .. } = items[u] {
                    continue;
                }
                // `Alan Johnson said it was wrong to suggest …, adding they would “…”` (BBC
                // politics/254): an infinitive is no earlier report of its own.
                let infinitive = u > sent_lo && ctx.word(&items[u - 1]) == Some("to");
                // `Mourinho had his say on that game, complaining: “…”` (BBC sport): a cue
                // word after a determiner is a noun, and `his` no speaker.
                let noun = u > sent_lo
                    && ctx.word(&items[u - 1]).is_some_and(|w| {
                        is_in(
                            &["a", "an", "the", "his", "her", "their", "its", "our", "my"],
                            &lower(w),
                        )
                    });
                if ctx.is_cue(&items[u]) && !infinitive && !noun {
                    if let Some(f) = ctx.subject_before(items, u, sent_lo) {
                        return Some(f);
                    }
                    // `“…,” said X, adding “…”`.
                    let after_quote = u > sent_lo
                        && (matches!(items[u - 1], Item::Quote { .. })
                            || ctx.is_punct(items.get(u - 1), ",")
                                && u > sent_lo + 1
                                && matches!(items[u - 2], Item::Quote { .. }));
                    if after_quote {
                        if let Some(f) = post_anchored(ctx, items, u, v) {
                            return Some(f);
                        }
                    }
                    break;
                }
            }
            // `He issued a statement, saying, “…”`: the sentence subject.
            if !items[sent_lo..v]
                .iter()
                .any(|x| matches!(x, Item::Quote { .. }))
            {
                return with_subject(ctx, items, sent_lo, v)
                    .or_else(|| ctx.sentence_subject(items, sent_lo, v))
                    .or_else(|| clause_subject(ctx, items, sent_lo, v));
            }
            return None;
        }
        // `He is prepared to say this: “…”`: an infinitive's speaker is the sentence's
        // subject.
        if v > sent_lo && ctx.word(&items[v - 1]).is_some_and(|x| x == "to") {
            if let Some(f) = ctx.sentence_subject(items, sent_lo, v) {
                return Some(f);
            }
        }
        if let Some(f) = ctx.subject_before(items, v, sent_lo) {
            // `Mr Kilroy-Silk says the result offered UKIP an “amazing opportunity”`: a
            // thing that "offers" inside someone's reported speech is not the speaker.
            if f.kind == MentionKind::Descriptive && names_a_thing(&ctx.text[f.ms..f.me]) {
                if let Some(outer) = outer_cue_subject(ctx, items, sent_lo, v) {
                    return Some(outer);
                }
            }
            return Some(f);
        }
        // Inverted `said X:` before the quote.
        if let Some(f) = ctx.np_after(items, v, k) {
            if f.kind == MentionKind::Name && !is_in(LISTENER_VERBS, w) {
                return Some(f);
            }
        }
        // `Husted continued by saying, “…”`.
        let subject = ctx.sentence_subject(items, sent_lo, v);
        let joined = v
            .checked_sub(1)
            .and_then(|b| ctx.word(&items[b]))
            .is_some_and(|b| is_in(&["but", "and", "But", "And"], b));
        if subject.is_some() || !joined || v <= sent_lo {
            return subject;
        }
        return coordinated_subject(ctx, unit, sent_lo, v);
    }
    // `Philip Bump: “…”` — a speaker label and a colon; or a clause ending in
    // a colon (`Clinton has since apologized for what happened: “…”`), whose
    // subject speaks.
    if k > lo && ctx.is_punct(items.get(k - 1), ":") {
        let label = ctx.np_ending_at(items, k - 1, lo);
        if let Some(f) = label {
            let (ls, _) = ctx.item_span(&items[lo]);
            let gap =
                ctx.text[ls..f.ms].trim_matches(|c: char| c.is_whitespace() || "-–—".contains(c));
            // `Former secretary of state Hillary Rodham Clinton: “…”`.
            let whole = gap.is_empty()
                || gap.split_whitespace().count() <= 6
                    && !gap.contains([',', '.', ';', '(', ')'])
                    && gap
                        .split_whitespace()
                        .all(|w| !is_cue_word(w) && !is_in(AUX_ADVERBS, w));
            // `He went further: “…”` is no description `He went further`: a description
            // label is the whole clause and opens with a determiner (`The statement: “…”`).
            let label_ok = match f.kind {
                MentionKind::Name => whole,
                // `Said the Pew report: “…”` (BBC tech/081): after an inverted cue too.
                MentionKind::Descriptive => {
                    (gap.is_empty() || is_cue_word(&lower(gap)))
                        && ctx.text[f.ms..f.me]
                            .split_whitespace()
                            .next()
                            .is_some_and(|w| is_in(DETERMINERS, &lower(w)))
                }
                MentionKind::Pronoun => false,
            };
            if label_ok {
                return Some(f);
            }
        }
        return ctx.sentence_subject(items, sent_lo, k - 1);
    }
    // `Obama's “if you like your plan, you can keep it” promise`.
    if k > lo {
        if let Some(w) = ctx.word(&items[k - 1]) {
            let base = w.strip_suffix("’s").or_else(|| w.strip_suffix("'s"));
            if let Some(b) = base {
                if b.chars().next().is_some_and(|c| c.is_uppercase()) && !not_a_name(b) {
                    let (s0, _) = ctx.item_span(&items[k - 1]);
                    return Some(Found {
                        ms: s0,
                        me: s0 + b.len(),
                        kind: MentionKind::Name,
                    });
                }
            }
        }
    }
    None
}

/// Titles of shows, slogans, scare quotes: short, no speaker, and title-like or
/// lower-case fragments. PolNeAR annotates only attributed quotes, so quotes
/// without any speaker that are also short are dropped.
pub(super) fn is_non_speech(ctx: &Ctx, q: &RawQuote, attr: Option<&Attr>, partial: bool) -> bool {
    let content = &ctx.text[q.start..q.end];
    let nwords = content.split_whitespace().count();
    let prev_word = ctx.text[..q.open]
        .split_whitespace()
        .next_back()
        .map(lower)
        .unwrap_or_default();
    let titleish = content.split_whitespace().filter(|w| w.len() > 3).all(|w| {
        w.chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || !c.is_alphabetic())
    });
    if attr.is_none() {
        return nwords <= 5 || (partial && nwords <= 8) || (titleish && nwords <= 8);
    }
    // Embedded title-case fragments (`Trump’s “Art of the Deal”`) are titles or
    // names far more often than speech (PolNeAR train: 11 of 113 annotated).
    if partial && titleish && nwords <= 8 {
        return true;
    }
    // Short embedded fragments reached only by inheritance are scare quotes.
    // (Dropping every short partial quote gained 0.5 precision but lost 0.7
    // recall on train and the `voiced “deep concerns”` kind; not done.)
    if partial && nwords <= 3 && attr.is_some_and(|a| a.inherited) {
        return true;
    }
    // Titles after `on`/`in`/`called`/`titled`, even next to a cue (`said on “State of the Union.”`).
    if titleish
        && nwords <= 8
        && is_in(
            &[
                "on", "in", "titled", "entitled", "dubbed", "named", "show", "program", "book",
                "film", "movie", "series", "song", "magazine", "column", "article", "headline",
                "hashtag", "slogan",
            ],
            &prev_word,
        )
    {
        return true;
    }
    false
}

/// `… “a variety of things” during the call, Sullivan said.` — cue at the end of
/// the sentence, after other words.
pub(super) fn post_sentence_end(
    ctx: &Ctx,
    items: &[Item],
    from: usize,
    hi: usize,
) -> Option<Found> {
    let mut i = from;
    while i < hi {
        if matches!(items[i], Item::Quote { .. }) {
            return None;
        }
        if ctx.is_punct(items.get(i), ",") {
            if let Some(f) = post_anchored(ctx, items, i + 1, hi) {
                return Some(f);
            }
        }
        i += 1;
    }
    None
}
