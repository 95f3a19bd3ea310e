//! Evaluation on CoNLL through the exact scoring path: the document text as the scorer
//! writes it -> our tokenizer -> tagger -> entity canonicalisation -> mention byte spans,
//! compared as exact spans per type (conlleval-style P/R/F1; MISC is not output).

use crate::conll::{read_conll, ConllDoc};
use anyhow::Result;
use newsdex_extract::training::{embedded_sources, kind_of, tokenize, Gazetteer, Model};
use newsdex_extract::{EntityExtractor, EntityKind};
use serde::Serialize;
use std::collections::HashSet;
use std::fmt;
use std::path::Path;

/// Counts for one type.
#[derive(Debug, Clone, Copy, Default, Serialize)]
pub struct Prf {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
}

impl Prf {
    pub fn p(&self) -> f64 {
        100.0 * self.tp as f64 / (self.tp + self.fp).max(1) as f64
    }
    pub fn r(&self) -> f64 {
        100.0 * self.tp as f64 / (self.tp + self.fn_).max(1) as f64
    }
    pub fn f(&self) -> f64 {
        let (p, r) = (self.p(), self.r());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

/// Evaluation result: final output (after canonicalisation) and raw tagger spans.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Report {
    pub per: Prf,
    pub loc: Prf,
    pub org: Prf,
    pub raw_per: Prf,
    pub raw_loc: Prf,
    pub raw_org: Prf,
    pub docs: usize,
    pub tokens: usize,
    pub seconds: f64,
    /// Gold tokens our tokenizer does not reproduce exactly.
    pub tok_mismatch: usize,
}

fn line(f: &mut fmt::Formatter<'_>, name: &str, p: &Prf) -> fmt::Result {
    writeln!(
        f,
        "{name:<8} P {:6.2}  R {:6.2}  F1 {:6.2}   (tp {} fp {} fn {})",
        p.p(),
        p.r(),
        p.f(),
        p.tp,
        p.fp,
        p.fn_
    )
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "final entity mentions (text -> tokenizer -> tagger -> canonicalisation):"
        )?;
        line(f, "PER", &self.per)?;
        line(f, "LOC", &self.loc)?;
        line(f, "ORG", &self.org)?;
        let all = Prf {
            tp: self.per.tp + self.loc.tp + self.org.tp,
            fp: self.per.fp + self.loc.fp + self.org.fp,
            fn_: self.per.fn_ + self.loc.fn_ + self.org.fn_,
        };
        line(f, "ALL3", &all)?;
        writeln!(f, "raw tagger spans (before canonicalisation):")?;
        line(f, "PER", &self.raw_per)?;
        line(f, "LOC", &self.raw_loc)?;
        line(f, "ORG", &self.raw_org)?;
        writeln!(
            f,
            "{} docs, {} tokens, {:.3}s ({:.0} tokens/s incl. tokenise+tag+canonicalise)",
            self.docs,
            self.tokens,
            self.seconds,
            self.tokens as f64 / self.seconds.max(1e-9)
        )?;
        writeln!(
            f,
            "tokenizer: {} gold tokens not reproduced",
            self.tok_mismatch
        )
    }
}

fn score(
    gold: &HashSet<(EntityKind, usize, usize)>,
    pred: &HashSet<(EntityKind, usize, usize)>,
    r: [&mut Prf; 3],
) {
    let [per, loc, org] = r;
    let pick = |k: EntityKind| -> usize {
        match k {
            EntityKind::Person => 0,
            EntityKind::Place => 1,
            EntityKind::Org => 2,
        }
    };
    let mut arr = [*per, *loc, *org];
    for g in gold {
        if pred.contains(g) {
            arr[pick(g.0)].tp += 1;
        } else {
            arr[pick(g.0)].fn_ += 1;
        }
    }
    for p in pred {
        if !gold.contains(p) {
            arr[pick(p.0)].fp += 1;
        }
    }
    *per = arr[0];
    *loc = arr[1];
    *org = arr[2];
}

/// Evaluate an extractor on parsed CoNLL documents. If the env var `NER_ERRORS` names a file,
/// span errors are written there for inspection.
pub fn eval_docs(docs: &[ConllDoc], ex: &EntityExtractor) -> Report {
    let mut r = Report {
        docs: docs.len(),
        ..Default::default()
    };
    let t0 = std::time::Instant::now();
    let outs: Vec<_> = docs
        .iter()
        .map(|d| (ex.extract(&d.text), ex.raw_spans(&d.text)))
        .collect();
    r.seconds = t0.elapsed().as_secs_f64();
    let mut err = String::new();
    for (d, (ents, raw)) in docs.iter().zip(outs) {
        r.tokens += d.toks.len();
        let (mine, _) = tokenize(&d.text);
        let mine: HashSet<_> = mine.iter().map(|t| (t.start, t.end)).collect();
        for t in &d.toks {
            if !mine.contains(&(t.start, t.end)) {
                r.tok_mismatch += 1;
                if std::env::var_os("NER_TOKDEBUG").is_some() {
                    eprintln!("tok mismatch: {:?}", &d.text[t.start..t.end]);
                }
            }
        }
        let gold: HashSet<_> = d
            .spans
            .iter()
            .filter_map(|s| {
                kind_of(s.ty).map(|k| (k, d.toks[s.start].start, d.toks[s.end - 1].end))
            })
            .collect();
        let pred: HashSet<_> = ents
            .iter()
            .flat_map(|e| e.mentions.iter().map(move |m| (e.kind, m.start, m.end)))
            .collect();
        let rawp: HashSet<_> = raw.iter().map(|(k, s)| (*k, s.start, s.end)).collect();
        score(&gold, &pred, [&mut r.per, &mut r.loc, &mut r.org]);
        score(
            &gold,
            &rawp,
            [&mut r.raw_per, &mut r.raw_loc, &mut r.raw_org],
        );
        let mut g: Vec<_> = gold.difference(&pred).map(|x| ("MISS", *x)).collect();
        g.extend(pred.difference(&gold).map(|x| ("SPUR", *x)));
        g.sort_by_key(|x| x.1 .1);
        for (w, (k, s, e)) in g {
            let ls = d.text[..s].rfind('\n').map_or(0, |p| p + 1);
            let le = d.text[e..].find('\n').map_or(d.text.len(), |p| e + p);
            err.push_str(&format!(
                "{w} {k:?} [{}]  | {}\n",
                &d.text[s..e],
                &d.text[ls..le]
            ));
        }
    }
    if let Ok(p) = std::env::var("NER_ERRORS") {
        if let Err(e) = std::fs::write(&p, err) {
            eprintln!("could not write {p}: {e}");
        }
    }
    r
}

/// Evaluate the embedded model on a CoNLL file.
pub fn eval_conll(dev: &Path) -> Result<Report> {
    let ex = EntityExtractor::embedded()?;
    let docs = read_conll(dev)?;
    Ok(eval_docs(&docs, ex))
}

/// Evaluate a model file (not the embedded one) on a CoNLL file.
pub fn eval_conll_with_model(dev: &Path, model: &Path) -> Result<Report> {
    let bytes = std::fs::read(model)?;
    let m = Model::from_bytes(&bytes)?;
    let gaz = Gazetteer::from_sources(&embedded_sources());
    let ex = EntityExtractor::new(m, gaz);
    let docs = read_conll(dev)?;
    Ok(eval_docs(&docs, &ex))
}
