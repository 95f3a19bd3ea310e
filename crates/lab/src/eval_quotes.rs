//! PolNeAR evaluation of direct-quote extraction and speaker attribution.
//!
//! Gold direct quotes are the `Content` spans whose first character is a
//! quotation mark: `"`, `“`, or the `''` pair that NYT articles use for double
//! quotes (`GoldMarks::DoubleOnly` leaves `''` out). Annotation offsets are
//! *character* offsets and are converted to byte offsets here. Articles with
//! several annotators' files are scored against one file only: the one whose
//! annotator id sorts first, so the choice is deterministic and never tuned.
//!
//! Matching (primary, "group" rule): a gold Content may be discontinuous
//! (`“A,” he said. “B.”` is one Content of two segments) and a predicted quote
//! may cover only one segment, so each predicted quote is assigned to the gold
//! quote it overlaps most; a gold quote is matched when the union of its
//! assigned predictions and the gold segments (quote marks and spaces trimmed)
//! overlap by at least half of the longer of the two. Predicted quotes assigned
//! to a matched gold quote are true positives. The "strict" variant matches
//! contiguous pieces one-to-one (each gold segment vs each predicted quote,
//! overlap >= half of the longer) and is reported alongside.
//!
//! Partial quotes (`partial == true`) that match no gold quote but lie mostly
//! inside a gold Content that does not start with a quotation mark (indirect
//! speech: `said that the plan was “a mistake”`) are not scored: by the gold
//! definition they can never be direct quotes. `precision_all_predictions`
//! counts them as errors too.
//!
//! Speaker: for each matched gold quote that has an annotated Source, the
//! assigned prediction with the largest overlap is judged. Right when its `speaker_mention` overlaps the gold Source
//! span; or, when the gold Source is a pronoun, when the predicted speaker's
//! surname appears in the nearest preceding non-pronoun gold Source (the gold
//! has no coreference links, so that Source stands in for the referent).

use anyhow::Context;
use newsdex_extract::training::extract_quotes;
use newsdex_extract::{Entity, Quote};
use std::collections::{BTreeMap, HashMap};
use std::io::Write;
use std::path::Path;

/// Which gold quote openers count.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub enum GoldMarks {
    /// `"`, `“` and NYT-style `''`.
    All,
    /// `"` and `“` only.
    DoubleOnly,
}

/// Scores of one evaluation run.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct QuoteReport {
    pub files: usize,
    pub gold: usize,
    pub predicted: usize,
    /// Partial quotes inside gold indirect-speech Content: not scored.
    pub ignored_nested_partial: usize,
    /// Precision counting every prediction (nested partial quotes as errors).
    pub precision_all_predictions: f64,
    pub matched_gold: usize,
    pub correct_predicted: usize,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    pub speaker_correct: usize,
    /// Matched gold quotes that have an annotated Source (the denominator).
    pub speaker_judged: usize,
    pub speaker_accuracy: f64,
    /// Speaker right by mention overlap only (no pronoun leniency).
    pub speaker_correct_mention_only: usize,
    /// Matched gold quotes whose gold Source is `he`/`she`.
    pub pronoun_judged: usize,
    /// ... whose predicted speaker names the nearest preceding named gold Source.
    pub pronoun_referent_ok: usize,
    pub strict_gold: usize,
    pub strict_predicted: usize,
    pub strict_matched: usize,
    pub strict_precision: f64,
    pub strict_recall: f64,
    pub bytes: usize,
}

impl std::fmt::Display for QuoteReport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        writeln!(
            f,
            "files {}  gold quotes {}  predicted {} (of which {} partial quotes nested in gold indirect speech, not scored)",
            self.files, self.gold, self.predicted, self.ignored_nested_partial
        )?;
        writeln!(
            f,
            "group match (overlap >= 0.5 * longer): precision {:.1}  recall {:.1}  F1 {:.1}",
            100.0 * self.precision,
            100.0 * self.recall,
            100.0 * self.f1
        )?;
        writeln!(
            f,
            "precision counting every prediction: {:.1}",
            100.0 * self.precision_all_predictions
        )?;
        writeln!(
            f,
            "speaker accuracy over matched gold with a Source: {:.1}% ({}/{}); mention-overlap only {:.1}%",
            100.0 * self.speaker_accuracy,
            self.speaker_correct,
            self.speaker_judged,
            100.0 * ratio(self.speaker_correct_mention_only, self.speaker_judged)
        )?;
        writeln!(
            f,
            "pronoun sources (he/she): predicted speaker names the nearest preceding named gold Source in {:.1}% ({}/{})",
            100.0 * ratio(self.pronoun_referent_ok, self.pronoun_judged),
            self.pronoun_referent_ok,
            self.pronoun_judged
        )?;
        write!(
            f,
            "strict 1-1 pieces: precision {:.1}  recall {:.1}  (gold pieces {}, predicted {})",
            100.0 * self.strict_precision,
            100.0 * self.strict_recall,
            self.strict_gold,
            self.strict_predicted
        )
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

#[derive(Debug, Clone)]
struct GoldQuote {
    /// Trimmed byte ranges of the segments.
    segs: Vec<(usize, usize)>,
    sources: Vec<(usize, usize)>,
}

#[derive(Debug, Clone)]
struct Ann {
    quotes: Vec<GoldQuote>,
    /// All Source spans (byte ranges), for pronoun leniency.
    all_sources: Vec<(usize, usize)>,
    /// Segments of Content spans that are not direct quotes (indirect speech).
    indirect: Vec<(usize, usize)>,
}

fn char_to_byte(text: &str) -> Vec<usize> {
    let mut v: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
    v.push(text.len());
    v
}

fn is_quote_char(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '\'' | '‘' | '’' | '„')
}

fn trim_seg(text: &str, s: usize, e: usize) -> (usize, usize) {
    let seg = &text[s..e];
    let t = seg.trim_matches(|c: char| c.is_whitespace() || is_quote_char(c));
    if t.is_empty() {
        return (s, s);
    }
    let off = seg.find(t).unwrap_or(0);
    (s + off, s + off + t.len())
}

fn parse_ann(text: &str, ann: &str, marks: GoldMarks) -> anyhow::Result<Ann> {
    let c2b = char_to_byte(text);
    let conv = |c: usize| -> anyhow::Result<usize> {
        c2b.get(c)
            .copied()
            .with_context(|| format!("offset {c} out of range"))
    };
    let mut spans: HashMap<String, (String, Vec<(usize, usize)>)> = HashMap::new();
    let mut events: Vec<HashMap<String, String>> = Vec::new();
    for line in ann.lines() {
        let mut parts = line.split('\t');
        let id = parts.next().unwrap_or("");
        let body = parts.next().unwrap_or("");
        if id.starts_with('T') {
            let Some((typ, rng)) = body.split_once(' ') else {
                continue;
            };
            let mut segs = Vec::new();
            for r in rng.split(';') {
                let mut it = r.split_whitespace();
                let (Some(a), Some(b)) = (it.next(), it.next()) else {
                    continue;
                };
                let a: usize = a.parse().with_context(|| format!("bad offset in {line}"))?;
                let b: usize = b.parse().with_context(|| format!("bad offset in {line}"))?;
                segs.push((conv(a)?, conv(b)?));
            }
            spans.insert(id.to_string(), (typ.to_string(), segs));
        } else if id.starts_with('E') {
            let mut m = HashMap::new();
            for kv in body.split_whitespace() {
                if let Some((k, v)) = kv.split_once(':') {
                    m.insert(k.to_string(), v.to_string());
                }
            }
            events.push(m);
        }
    }
    let mut content_source: HashMap<&str, Vec<(usize, usize)>> = HashMap::new();
    for e in &events {
        if let (Some(c), Some(s)) = (e.get("Content"), e.get("Source")) {
            if let Some((_, segs)) = spans.get(s) {
                content_source
                    .entry(c.as_str())
                    .or_default()
                    .extend(segs.iter().copied());
            }
        }
    }
    let mut quotes = Vec::new();
    let mut all_sources = Vec::new();
    let mut indirect = Vec::new();
    let mut ids: Vec<&String> = spans.keys().collect();
    ids.sort();
    for id in ids {
        let (typ, segs) = &spans[id];
        if typ == "Source" {
            all_sources.extend(segs.iter().copied());
        }
        if typ != "Content" || segs.is_empty() {
            continue;
        }
        let s0 = segs[0].0;
        let head = text.get(s0..).unwrap_or("");
        let is_q = head.starts_with('"')
            || head.starts_with('“')
            || (marks == GoldMarks::All && head.starts_with("''"));
        if !is_q {
            indirect.extend(segs.iter().copied());
            continue;
        }
        let tsegs: Vec<(usize, usize)> = segs
            .iter()
            .map(|&(a, b)| trim_seg(text, a, b))
            .filter(|(a, b)| b > a)
            .collect();
        if tsegs.is_empty() {
            continue;
        }
        let sources = content_source.get(id.as_str()).cloned().unwrap_or_default();
        quotes.push(GoldQuote {
            segs: tsegs,
            sources,
        });
    }
    all_sources.sort();
    Ok(Ann {
        quotes,
        all_sources,
        indirect,
    })
}

fn ov(a: (usize, usize), b: (usize, usize)) -> usize {
    a.1.min(b.1).saturating_sub(a.0.max(b.0))
}

fn ov_set(a: &[(usize, usize)], b: &[(usize, usize)]) -> usize {
    a.iter()
        .map(|&x| b.iter().map(|&y| ov(x, y)).sum::<usize>())
        .sum()
}

fn len_set(a: &[(usize, usize)]) -> usize {
    a.iter().map(|x| x.1 - x.0).sum()
}

const PRONOUNS: &[&str] = &["he", "she", "him", "her", "they", "i", "we", "it"];

/// Per-file scoring; returns (matched_gold, correct_pred, speaker_ok, speaker_mention_ok, strict...).
#[derive(Default)]
struct FileScore {
    matched: usize,
    correct_pred: usize,
    spk_ok: usize,
    spk_mention_ok: usize,
    strict_gold: usize,
    strict_matched: usize,
    strict_correct_pred: usize,
    ignored: usize,
    spk_judged: usize,
    pron_judged: usize,
    pron_ok: usize,
    strict_ignored: usize,
}

fn score_file(
    text: &str,
    ann: &Ann,
    preds: &[Quote],
    dump: &mut Option<&mut dyn Write>,
    name: &str,
) -> anyhow::Result<FileScore> {
    let mut fs = FileScore::default();
    // Assign each prediction to the gold quote it overlaps most.
    let mut assigned: Vec<Vec<usize>> = vec![Vec::new(); ann.quotes.len()];
    let mut pred_gold: Vec<Option<usize>> = vec![None; preds.len()];
    for (pi, p) in preds.iter().enumerate() {
        let pr = [(p.start, p.end)];
        let best = ann
            .quotes
            .iter()
            .enumerate()
            .map(|(gi, g)| (gi, ov_set(&pr, &g.segs)))
            .filter(|x| x.1 > 0)
            .max_by_key(|x| x.1);
        if let Some((gi, _)) = best {
            assigned[gi].push(pi);
            pred_gold[pi] = Some(gi);
        }
    }
    let mut matched_flags = vec![false; ann.quotes.len()];
    for (gi, g) in ann.quotes.iter().enumerate() {
        let ps: Vec<(usize, usize)> = assigned[gi]
            .iter()
            .map(|&pi| (preds[pi].start, preds[pi].end))
            .collect();
        let o = ov_set(&ps, &g.segs);
        let longer = len_set(&ps).max(len_set(&g.segs));
        let matched = !ps.is_empty() && 2 * o >= longer;
        matched_flags[gi] = matched;
        let best = assigned[gi]
            .iter()
            .copied()
            .max_by_key(|&pi| ov_set(&[(preds[pi].start, preds[pi].end)], &g.segs));
        if matched {
            fs.matched += 1;
            fs.correct_pred += assigned[gi].len();
            // Gold quotes without an annotated Source cannot be judged.
            if g.sources.is_empty() {
                continue;
            }
            fs.spk_judged += 1;
            if let Some(pi) = best {
                let p = &preds[pi];
                let (ok_m, ok) = speaker_ok(text, ann, g, p);
                if let Some(r) = pronoun_referent_ok(text, ann, g, p) {
                    fs.pron_judged += 1;
                    fs.pron_ok += usize::from(r);
                    if !r {
                        if let Some(d) = dump.as_mut() {
                            let gs = g.sources.first().map_or(0, |x| x.0);
                            let prev = ann
                                .all_sources
                                .iter()
                                .rev()
                                .filter(|x| x.1 <= gs)
                                .map(|&(a, b)| &text[a..b])
                                .find(|t| !PRONOUNS.contains(&t.trim().to_lowercase().as_str()));
                            writeln!(
                                d,
                                "PRON\t{name}\t{}\tprev_gold={:?}\tpred={:?}\t{}",
                                gs,
                                prev,
                                p.speaker,
                                snippet(&p.text)
                            )?;
                        }
                    }
                }
                if ok_m {
                    fs.spk_mention_ok += 1;
                }
                if ok {
                    fs.spk_ok += 1;
                } else if let Some(d) = dump.as_mut() {
                    let src: Vec<&str> = g.sources.iter().map(|&(a, b)| &text[a..b]).collect();
                    writeln!(
                        d,
                        "SPK\t{name}\t{}\tgold={:?}\tpred={:?}/{:?}\t{}",
                        p.start,
                        src,
                        p.speaker_mention.as_ref().map(|m| m.text.as_str()),
                        p.speaker,
                        snippet(&p.text)
                    )?;
                }
            }
        } else if let Some(d) = dump.as_mut() {
            let gt: String = g
                .segs
                .iter()
                .map(|&(a, b)| &text[a..b])
                .collect::<Vec<_>>()
                .join(" || ");
            let pt: Vec<String> = assigned[gi]
                .iter()
                .map(|&pi| snippet(&preds[pi].text))
                .collect();
            writeln!(
                d,
                "FN\t{name}\t{}\t{}\tpreds={:?}",
                g.segs[0].0,
                snippet(&gt),
                pt
            )?;
        }
    }
    for (pi, p) in preds.iter().enumerate() {
        if pred_gold[pi].is_some_and(|gi| matched_flags[gi]) {
            if let Some(d) = dump.as_mut() {
                writeln!(
                    d,
                    "TP\t{name}\t{}\tpartial={}\tspk={:?}\t{}",
                    p.start,
                    p.partial,
                    p.speaker,
                    snippet(&p.text)
                )?;
            }
        }
        if pred_gold[pi].is_none_or(|gi| !matched_flags[gi]) {
            // Partial quotes nested in annotated indirect speech (`said that the
            // plan was “a mistake”`) can never be gold direct quotes by the gold
            // definition; they are ignored, not counted as false positives.
            let inside = ov_set(&[(p.start, p.end)], &ann.indirect);
            if p.partial && 2 * inside >= p.end - p.start {
                fs.ignored += 1;
                continue;
            }
            if let Some(d) = dump.as_mut() {
                writeln!(
                    d,
                    "FP\t{name}\t{}\tpartial={}\tspk={:?}\t{}",
                    p.start,
                    p.partial,
                    p.speaker,
                    snippet(&p.text)
                )?;
            }
        }
    }
    // Strict: one-to-one pieces.
    let gold_pieces: Vec<(usize, usize)> = ann
        .quotes
        .iter()
        .flat_map(|g| g.segs.iter().copied())
        .collect();
    fs.strict_gold = gold_pieces.len();
    let mut used = vec![false; preds.len()];
    for &g in &gold_pieces {
        let mut best: Option<(usize, usize)> = None;
        for (pi, p) in preds.iter().enumerate() {
            if used[pi] {
                continue;
            }
            let o = ov(g, (p.start, p.end));
            let longer = (g.1 - g.0).max(p.end - p.start);
            if 2 * o >= longer && o > 0 && best.is_none_or(|b| o > b.1) {
                best = Some((pi, o));
            }
        }
        if let Some((pi, _)) = best {
            used[pi] = true;
            fs.strict_matched += 1;
            fs.strict_correct_pred += 1;
        }
    }
    // Same rule as above: unmatched partial quotes nested in indirect speech are not scored.
    fs.strict_ignored = preds
        .iter()
        .zip(&used)
        .filter(|(p, u)| {
            !**u && p.partial && 2 * ov_set(&[(p.start, p.end)], &ann.indirect) >= p.end - p.start
        })
        .count();
    Ok(fs)
}

fn snippet(s: &str) -> String {
    let t: String = s.chars().take(90).collect();
    t.replace('\n', "\\n")
}

/// (mention overlap, overall) speaker correctness.
fn speaker_ok(text: &str, ann: &Ann, g: &GoldQuote, p: &Quote) -> (bool, bool) {
    if g.sources.is_empty() {
        let ok = p.speaker_mention.is_none();
        return (ok, ok);
    }
    let Some(m) = &p.speaker_mention else {
        return (false, false);
    };
    let mention_ok = g.sources.iter().any(|&s| ov(s, (m.start, m.end)) > 0);
    if mention_ok {
        return (true, true);
    }
    (false, pronoun_referent_ok(text, ann, g, p).unwrap_or(false))
}

/// For a gold pronoun Source (`he said`): does the predicted speaker name the
/// referent? The gold has no coreference, so the nearest preceding non-pronoun
/// gold Source stands in for the referent (a noisy proxy). `None` when the gold
/// Source is not a pronoun.
fn pronoun_referent_ok(text: &str, ann: &Ann, g: &GoldQuote, p: &Quote) -> Option<bool> {
    let gsrc: String = g
        .sources
        .iter()
        .map(|&(a, b)| &text[a..b])
        .collect::<Vec<_>>()
        .join(" ");
    let gl = gsrc.trim().to_lowercase();
    if !["he", "she"].contains(&gl.as_str()) {
        return None;
    }
    let Some(sp) = &p.speaker else {
        return Some(false);
    };
    let surname = sp.split_whitespace().next_back().unwrap_or("");
    if surname.is_empty() {
        return Some(false);
    }
    let gs = g.sources.first()?.0;
    let prev = ann
        .all_sources
        .iter()
        .rev()
        .filter(|s| s.1 <= gs)
        .map(|&(a, b)| &text[a..b])
        .find(|t| !PRONOUNS.contains(&t.trim().to_lowercase().as_str()));
    Some(prev.is_some_and(|t| {
        t.split_whitespace().any(|w| {
            w.trim_end_matches(['’', '\'', 's', ',']) == surname.trim_end_matches('s')
                || w == surname
        })
    }))
}

/// Loads the split's (text, annotation) pairs: one annotation file per article,
/// the annotator id that sorts first.
pub fn load_split(split_dir: &Path) -> anyhow::Result<Vec<(String, String, String)>> {
    let text_dir = split_dir.join("text");
    let ann_dir = split_dir.join("attributions");
    let mut anns: BTreeMap<String, String> = BTreeMap::new();
    let mut names: Vec<String> = std::fs::read_dir(&ann_dir)
        .with_context(|| format!("reading {}", ann_dir.display()))?
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".ann"))
        .collect();
    names.sort();
    for n in names {
        let stem = n.trim_end_matches(".ann");
        let Some((base, _annotator)) = stem.rsplit_once('_') else {
            continue;
        };
        anns.entry(base.to_string()).or_insert(n.clone());
    }
    let mut out = Vec::new();
    for (base, annf) in anns {
        let tp = text_dir.join(format!("{base}.txt"));
        let text =
            std::fs::read_to_string(&tp).with_context(|| format!("reading {}", tp.display()))?;
        let ann = std::fs::read_to_string(ann_dir.join(&annf))
            .with_context(|| format!("reading {annf}"))?;
        out.push((base, text, ann));
    }
    Ok(out)
}

/// Evaluates `extract_quotes` on a PolNeAR split directory (`data/dev`).
/// `entities_for` supplies the article's entities (the NER module in the main
/// crate); `dump`, when given, receives one line per error for inspection.
pub fn eval_polnear(
    split_dir: &Path,
    marks: GoldMarks,
    entities_for: &dyn Fn(&str) -> Vec<Entity>,
    mut dump: Option<&mut dyn Write>,
) -> anyhow::Result<QuoteReport> {
    let docs = load_split(split_dir)?;
    let mut r = QuoteReport::default();
    for (name, text, ann_s) in &docs {
        let ann = parse_ann(text, ann_s, marks).with_context(|| format!("parsing {name}"))?;
        let ents = entities_for(text);
        let mut preds = extract_quotes(text, &ents);
        if marks == GoldMarks::DoubleOnly {
            // Score like with like: `''` quotes are out of this variant's gold.
            preds.retain(|q| !text[..q.start].trim_end().ends_with("''"));
        }
        let fs = score_file(text, &ann, &preds, &mut dump, name)?;
        r.files += 1;
        r.bytes += text.len();
        r.gold += ann.quotes.len();
        r.predicted += preds.len();
        r.ignored_nested_partial += fs.ignored;
        r.matched_gold += fs.matched;
        r.correct_predicted += fs.correct_pred;
        r.speaker_correct += fs.spk_ok;
        r.speaker_judged += fs.spk_judged;
        r.pronoun_judged += fs.pron_judged;
        r.pronoun_referent_ok += fs.pron_ok;
        r.speaker_correct_mention_only += fs.spk_mention_ok;
        r.strict_gold += fs.strict_gold;
        r.strict_predicted += preds.len() - fs.strict_ignored;
        r.strict_matched += fs.strict_matched;
    }
    r.precision = ratio(r.correct_predicted, r.predicted - r.ignored_nested_partial);
    r.precision_all_predictions = ratio(r.correct_predicted, r.predicted);
    r.recall = ratio(r.matched_gold, r.gold);
    r.f1 = if r.precision + r.recall > 0.0 {
        2.0 * r.precision * r.recall / (r.precision + r.recall)
    } else {
        0.0
    };
    r.speaker_accuracy = ratio(r.speaker_correct, r.speaker_judged);
    r.strict_precision = ratio(r.strict_matched, r.strict_predicted);
    r.strict_recall = ratio(r.strict_matched, r.strict_gold);
    Ok(r)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_offsets_become_bytes() {
        let text = "é “Hi,” he said.";
        // Content “Hi,” starts at char 2, ends at char 7; Source "he" at 8..10.
        let ann = "T1\tContent 2 7\t“Hi,”\nT2\tSource 8 10\the\nT3\tCue 11 15\tsaid\nE1\tAttribution:T3 Content:T1 Source:T2 Cue:T3\n";
        let a = parse_ann(text, ann, GoldMarks::All).expect("parse");
        assert_eq!(a.quotes.len(), 1);
        let (s, e) = a.quotes[0].segs[0];
        assert_eq!(&text[s..e], "Hi,");
        let (ss, se) = a.quotes[0].sources[0];
        assert_eq!(&text[ss..se], "he");
    }
}
