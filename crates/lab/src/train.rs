//! Training: greedy averaged perceptron over BILOU classes, two passes.
//!
//! Pass 2 is trained on pass-1 labels produced by jackknifing (models trained on the other
//! folds), so at training time it sees pass-1 errors as frequent as at run time; training it
//! on pass-1 labels of a model that has seen the same documents would teach it to trust
//! pass 1 blindly.

use crate::conll::{read_conll, ConllDoc};
use crate::eval::{eval_docs, Report};
use anyhow::{Context, Result};
use newsdex_extract::training::{
    add_pass1_types, compute_infos, run_pass, sentence_feats, trans_feature, viterbi, DocStats,
    ScoreRule, TokInfo,
};
use newsdex_extract::training::{
    best_allowed, clusters_from_bytes, embedded_sources, is_outside_state, row_of, truecase,
    Gazetteer, Model, SentRange, VitBufs, F_CHEAP, NC,
};
use newsdex_extract::EntityExtractor;
use std::path::Path;

/// Training options.
#[derive(Debug, Clone)]
pub struct TrainOptions {
    pub epochs: usize,
    pub bits: u32,
    pub folds: usize,
    pub passes: usize,
    /// Number of differently shuffled models averaged into each shipped pass.
    pub seeds: usize,
    /// Structured perceptron with Viterbi decoding (else greedy).
    pub viterbi: bool,
    /// Word-cluster table built by the `clusters` tool (embedded into the model).
    pub clusters: Option<std::path::PathBuf>,
}

impl Default for TrainOptions {
    fn default() -> Self {
        TrainOptions {
            epochs: 10,
            bits: 16,
            folds: 4,
            passes: 2,
            seeds: 3,
            viterbi: true,
            clusters: None,
        }
    }
}

/// A document with precomputed token infos.
pub struct Prep {
    pub infos: Vec<TokInfo>,
    pub stats: DocStats,
    pub sents: Vec<SentRange>,
    pub gold: Vec<u8>,
}

/// Float weights with lazy averaging (w - u/c is the average over all steps).
pub struct FloatW {
    bits: u32,
    w: Vec<f32>,
    u: Vec<f32>,
    c: f32,
}

impl FloatW {
    fn new(bits: u32) -> FloatW {
        let n = (1usize << bits) * NC;
        FloatW {
            bits,
            w: vec![0.0; n],
            u: vec![0.0; n],
            c: 1.0,
        }
    }
    #[inline]
    fn score(&self, feats: &[u64], out: &mut [f32; NC]) {
        *out = [0.0; NC];
        for &h in feats {
            let r = row_of(h, self.bits);
            for (o, &x) in out.iter_mut().zip(&self.w[r..r + NC]) {
                *o += x;
            }
        }
    }
    #[inline]
    fn update(&mut self, feats: &[u64], gold: u8, pred: u8) {
        for &h in feats {
            let r = row_of(h, self.bits);
            self.w[r + gold as usize] += 1.0;
            self.u[r + gold as usize] += self.c;
            self.w[r + pred as usize] -= 1.0;
            self.u[r + pred as usize] -= self.c;
        }
    }
    #[inline]
    fn update_one(&mut self, h: u64, class: u8, d: f32) {
        let r = row_of(h, self.bits) + class as usize;
        self.w[r] += d;
        self.u[r] += self.c * d;
    }
    fn averaged(&self) -> Vec<f32> {
        self.w
            .iter()
            .zip(&self.u)
            .map(|(w, u)| w - u / self.c)
            .collect()
    }
}

/// Precompute token infos of CoNLL documents (gold tokenisation).
/// `gaz` must have the word clusters attached ([`Gazetteer::attach_clusters`]).
pub fn prepare(docs: &[ConllDoc], gaz: &Gazetteer) -> Vec<Prep> {
    docs.iter()
        .map(|d| {
            let mut infos = Vec::new();
            let mut stats = DocStats::default();
            // the text the tagger will see at run time: capitals lines truecased
            let text = truecase(&d.text, gaz);
            compute_infos(&text, &d.toks, &d.sents, gaz, &mut infos, &mut stats);
            Prep {
                infos,
                stats,
                sents: d.sents.clone(),
                gold: d.tags.clone(),
            }
        })
        .collect()
}

fn trans_of(w: &[f32], bits: u32) -> [[f32; NC]; NC + 1] {
    let mut t = [[0f32; NC]; NC + 1];
    for (p, row) in t.iter_mut().enumerate() {
        let r = row_of(trans_feature(p), bits);
        row.copy_from_slice(&w[r..r + NC]);
    }
    t
}

fn emis_of(
    w: &[f32],
    bits: u32,
    feats: &[u64],
    offs: &[(u32, u32)],
    emis: &mut Vec<[f32; NC]>,
    scored: &mut Vec<bool>,
) {
    emis.clear();
    scored.clear();
    for &(a, b) in offs {
        let mut e = [0f32; NC];
        for &h in &feats[a as usize..b as usize] {
            let r = row_of(h, bits);
            for (o, &x) in e.iter_mut().zip(&w[r..r + NC]) {
                *o += x;
            }
        }
        emis.push(e);
        scored.push(b > a);
    }
}

/// Structured-perceptron training of one pass with Viterbi decoding.
fn train_pass_viterbi(
    docs: &[&Prep],
    pass2: Option<&[(Vec<u8>, DocStats)]>,
    opts: &TrainOptions,
    seed: u64,
) -> Vec<f32> {
    let mut fw = FloatW::new(opts.bits);
    let mut order: Vec<usize> = (0..docs.len()).collect();
    let mut rng = 0x2545_F491_4F6C_DD1Du64 ^ seed.wrapping_mul(0x9E37_79B9_7F4A_7C15);
    let mut vb = VitBufs::default();
    let mut pred = Vec::new();
    for _ in 0..opts.epochs {
        shuffle(&mut order, &mut rng);
        for &di in &order {
            let d = docs[di];
            let (t1, stats) = pass_inputs(d, pass2, di);
            for s in &d.sents {
                sentence_feats(
                    &d.infos,
                    s,
                    stats,
                    t1,
                    ScoreRule::Training,
                    &mut vb.feats,
                    &mut vb.offs,
                );
                emis_of(
                    &fw.w,
                    fw.bits,
                    &vb.feats,
                    &vb.offs,
                    &mut vb.emis,
                    &mut vb.scored,
                );
                let trans = trans_of(&fw.w, fw.bits);
                pred.clear();
                pred.resize(s.end - s.start, 0);
                viterbi(&vb.emis, &vb.scored, &trans, &mut vb.back, &mut pred);
                let gold = &d.gold[s.start..s.end];
                if pred.as_slice() != gold {
                    let mut pp = NC;
                    let mut gp = NC;
                    for k in 0..pred.len() {
                        let (pk, gk) = (pred[k], gold[k]);
                        if pk != gk {
                            let (a, b) = vb.offs[k];
                            fw.update(&vb.feats[a as usize..b as usize], gk, pk);
                        }
                        if pk != gk || pp != gp {
                            fw.update_one(trans_feature(gp), gk, 1.0);
                            fw.update_one(trans_feature(pp), pk, -1.0);
                        }
                        pp = pk as usize;
                        gp = gk as usize;
                    }
                }
                fw.c += 1.0;
            }
        }
    }
    fw.averaged()
}

/// Train a shipped pass: with `opts.seeds > 1`, the average of models trained on different
/// document orders (a cheap ensemble that keeps the model size).
fn train_final(
    docs: &[&Prep],
    pass2: Option<&[(Vec<u8>, DocStats)]>,
    opts: &TrainOptions,
) -> Vec<f32> {
    if !opts.viterbi || opts.seeds <= 1 {
        return train_pass(docs, pass2, opts);
    }
    let mut acc = train_pass_viterbi(docs, pass2, opts, 0);
    for seed in 1..opts.seeds as u64 {
        let w = train_pass_viterbi(docs, pass2, opts, seed);
        for (a, b) in acc.iter_mut().zip(&w) {
            *a += b;
        }
    }
    acc
}

/// Viterbi pass-1 prediction with float weights (jackknifing).
fn predict_pass1_viterbi(docs: &[&Prep], w: &[f32], bits: u32) -> Vec<Vec<u8>> {
    let mut vb = VitBufs::default();
    let trans = trans_of(w, bits);
    docs.iter()
        .map(|d| {
            let mut tags = vec![0u8; d.gold.len()];
            for s in &d.sents {
                sentence_feats(
                    &d.infos,
                    s,
                    &d.stats,
                    None,
                    ScoreRule::Training,
                    &mut vb.feats,
                    &mut vb.offs,
                );
                emis_of(w, bits, &vb.feats, &vb.offs, &mut vb.emis, &mut vb.scored);
                viterbi(
                    &vb.emis,
                    &vb.scored,
                    &trans,
                    &mut vb.back,
                    &mut tags[s.start..s.end],
                );
            }
            tags
        })
        .collect()
}

/// Train one pass. `pass2` gives, per document, pass-1 tags and stats including pass-1 types.
fn train_pass(
    docs: &[&Prep],
    pass2: Option<&[(Vec<u8>, DocStats)]>,
    opts: &TrainOptions,
) -> Vec<f32> {
    if opts.viterbi {
        return train_pass_viterbi(docs, pass2, opts, 0);
    }
    let mut fw = FloatW::new(opts.bits);
    let mut order: Vec<usize> = (0..docs.len()).collect();
    let mut rng = 0x2545_F491_4F6C_DD1Du64;
    let mut feats = Vec::with_capacity(128);
    let mut tags = Vec::new();
    let mut scores = [0f32; NC];
    for _ in 0..opts.epochs {
        shuffle(&mut order, &mut rng);
        for &di in &order {
            let d = docs[di];
            let (t1, stats) = pass_inputs(d, pass2, di);
            run_pass(
                &d.infos,
                &d.sents,
                stats,
                t1,
                &mut tags,
                &mut feats,
                |i, f, prev| {
                    fw.score(f, &mut scores);
                    let pred = best_allowed(&scores, prev);
                    let gold = d.gold[i];
                    if pred != gold {
                        fw.update(f, gold, pred);
                    }
                    fw.c += 1.0;
                    pred
                },
            );
        }
    }
    fw.averaged()
}

/// Tag prepared docs with float weights (pass 1) — used for jackknifing.
fn predict_pass1(docs: &[&Prep], w: &[f32], bits: u32) -> Vec<Vec<u8>> {
    let mut feats = Vec::new();
    let mut scores = [0f32; NC];
    docs.iter()
        .map(|d| {
            let mut tags = Vec::new();
            run_pass(
                &d.infos,
                &d.sents,
                &d.stats,
                None,
                &mut tags,
                &mut feats,
                |_, f, prev| {
                    scores = [0.0; NC];
                    for &h in f {
                        let r = row_of(h, bits);
                        for (o, &x) in scores.iter_mut().zip(&w[r..r + NC]) {
                            *o += x;
                        }
                    }
                    best_allowed(&scores, prev)
                },
            );
            tags
        })
        .collect()
}

fn clone_stats(s: &DocStats) -> DocStats {
    DocStats { map: s.map.clone() }
}

/// Train the tagger on a CoNLL file, optionally evaluate on dev, write the model to `out`.
pub fn train_conll(
    train: &Path,
    dev: Option<&Path>,
    out: &Path,
    opts: &TrainOptions,
) -> Result<Report> {
    let t0 = std::time::Instant::now();
    let gaz = Gazetteer::from_sources(&embedded_sources());
    let docs = read_conll(train)?;
    let clusters = match &opts.clusters {
        Some(p) => {
            clusters_from_bytes(
                &std::fs::read(p).with_context(|| format!("reading {}", p.display()))?,
            )?
            .0
        }
        None => Default::default(),
    };
    let mut gaz = gaz;
    gaz.attach_clusters(&clusters);
    let preps = prepare(&docs, &gaz);
    let refs: Vec<&Prep> = preps.iter().collect();
    eprintln!(
        "train: {} docs, {} tokens, prepared in {:.1}s",
        docs.len(),
        preps.iter().map(|p| p.gold.len()).sum::<usize>(),
        t0.elapsed().as_secs_f64()
    );
    // how many gold entity tokens the cheap path forces to O
    let mut lost = 0;
    for p in &preps {
        for s in &p.sents {
            let mut prev = 0u8;
            for i in s.start..s.end {
                if p.infos[i].flags & F_CHEAP != 0 && is_outside_state(prev) && p.gold[i] != 0 {
                    lost += 1;
                }
                prev = p.gold[i];
            }
        }
    }
    eprintln!("cheap path: {lost} gold entity tokens unreachable");
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(2)
        .build()
        .context("thread pool")?;
    let k = opts.folds.max(2);
    let (full1, fold_tags) = pool.install(|| {
        rayon::join(
            || train_final(&refs, None, opts),
            || {
                use rayon::prelude::*;
                let parts: Vec<Vec<(usize, Vec<u8>)>> = (0..k)
                    .into_par_iter()
                    .map(|f| {
                        let tr: Vec<&Prep> = refs
                            .iter()
                            .enumerate()
                            .filter(|(i, _)| i % k != f)
                            .map(|(_, p)| *p)
                            .collect();
                        let te_idx: Vec<usize> = (0..refs.len()).filter(|i| i % k == f).collect();
                        let te: Vec<&Prep> = te_idx.iter().map(|&i| refs[i]).collect();
                        let w = train_pass(&tr, None, opts);
                        let tags = if opts.viterbi {
                            predict_pass1_viterbi(&te, &w, opts.bits)
                        } else {
                            predict_pass1(&te, &w, opts.bits)
                        };
                        te_idx.into_iter().zip(tags).collect()
                    })
                    .collect();
                let mut all = vec![Vec::new(); refs.len()];
                for p in parts {
                    for (i, t) in p {
                        all[i] = t;
                    }
                }
                all
            },
        )
    });
    eprintln!(
        "pass 1 + jackknife trained in {:.1}s",
        t0.elapsed().as_secs_f64()
    );
    let mut passes = vec![Model::quantise(&full1)];
    drop(full1);
    if opts.passes >= 2 {
        let p2: Vec<(Vec<u8>, DocStats)> = refs
            .iter()
            .zip(fold_tags)
            .map(|(p, t)| {
                let mut st = clone_stats(&p.stats);
                add_pass1_types(&p.infos, &t, &mut st);
                (t, st)
            })
            .collect();
        let w2 = train_final(&refs, Some(&p2), opts);
        passes.push(Model::quantise(&w2));
        eprintln!("pass 2 trained in {:.1}s", t0.elapsed().as_secs_f64());
    }
    let model = Model {
        bits: opts.bits,
        passes,
        viterbi: opts.viterbi,
        clusters,
    };
    let bytes = model.to_bytes();
    std::fs::write(out, &bytes).with_context(|| format!("writing {}", out.display()))?;
    eprintln!("wrote {} ({} bytes)", out.display(), bytes.len());
    let ex = EntityExtractor::new(model, gaz);
    match dev {
        Some(d) => {
            let docs = read_conll(d)?;
            Ok(eval_docs(&docs, &ex))
        }
        None => Ok(Report::default()),
    }
}

/// Fisher-Yates with xorshift: a reproducible epoch order without a rand dependency.
fn shuffle(order: &mut [usize], rng: &mut u64) {
    for i in (1..order.len()).rev() {
        *rng ^= *rng << 13;
        *rng ^= *rng >> 7;
        *rng ^= *rng << 17;
        order.swap(i, (*rng % (i as u64 + 1)) as usize);
    }
}

/// What document `di` trains on: for pass 2, pass 1's (jackknifed) tags and statistics;
/// for pass 1, its own statistics and no tags.
fn pass_inputs<'a>(
    d: &'a Prep,
    pass2: Option<&'a [(Vec<u8>, DocStats)]>,
    di: usize,
) -> (Option<&'a [u8]>, &'a DocStats) {
    match pass2 {
        Some(p) => (Some(p[di].0.as_slice()), &p[di].1),
        None => (None, &d.stats),
    }
}
