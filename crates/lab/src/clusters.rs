//! Building the word-cluster table from unlabeled news text (`newsdex-lab clusters`): see the
//! runtime side in newsdex-extract's `ner::clusters` for what the clusters are for.

use anyhow::{Context, Result};
use newsdex_extract::training::{fold_string, folded_hash, tokenize_into, ClusterMap, KS};
use rayon::prelude::*;
use std::collections::HashMap;
use std::path::Path;

/// Collect the text of the unlabeled corpora under `root` dirs: `.txt` files as UTF-8,
/// `.sgm` (Reuters) as Latin-1 with the `<BODY>` content only.
pub fn read_corpus_texts(roots: &[&Path]) -> Result<Vec<String>> {
    let mut out = Vec::new();
    let mut stack: Vec<std::path::PathBuf> = roots.iter().rev().map(|p| p.to_path_buf()).collect();
    while let Some(p) = stack.pop() {
        if p.is_dir() {
            // sorted (pushed in reverse for the stack) so that runs are reproducible
            let mut entries: Vec<std::path::PathBuf> = std::fs::read_dir(&p)
                .with_context(|| format!("reading {}", p.display()))?
                .map(|e| e.map(|e| e.path()))
                .collect::<std::io::Result<_>>()?;
            entries.sort();
            stack.extend(entries.into_iter().rev());
            continue;
        }
        let ext = p.extension().and_then(|e| e.to_str()).unwrap_or("");
        if ext == "txt" {
            let b = std::fs::read(&p)?;
            out.push(String::from_utf8_lossy(&b).into_owned());
        } else if ext == "sgm" {
            let b = std::fs::read(&p)?;
            let s: String = b.iter().map(|&c| c as char).collect();
            let mut rest = s.as_str();
            while let Some(a) = rest.find("<BODY>") {
                let body = &rest[a + 6..];
                let e = body.find("</BODY>").unwrap_or(body.len());
                let t = body[..e]
                    .replace("&lt;", "<")
                    .replace("&gt;", ">")
                    .replace("&amp;", "&")
                    .replace("&#3;", "");
                out.push(t);
                rest = &body[e..];
            }
        }
    }
    Ok(out)
}

/// Build clusters from texts. `extra` are pre-tokenised sentences (CoNLL train tokens).
pub fn build_clusters(
    texts: &[String],
    extra: &[Vec<String>],
    min_count: u32,
    max_vocab: usize,
    ctx_words: usize,
    iters: usize,
) -> ClusterMap {
    // 1. vocabulary and sentences as ids
    let mut ids: HashMap<String, u32> = HashMap::new();
    let mut counts: Vec<u32> = Vec::new();
    let mut seqs: Vec<Vec<u32>> = Vec::new();
    let mut toks = Vec::new();
    let mut sents = Vec::new();
    let intern = |w: &str, ids: &mut HashMap<String, u32>, counts: &mut Vec<u32>| -> u32 {
        let f = fold_string(w);
        let n = ids.len() as u32;
        let id = *ids.entry(f).or_insert(n);
        if id as usize == counts.len() {
            counts.push(0);
        }
        counts[id as usize] += 1;
        id
    };
    for t in texts {
        tokenize_into(t, &mut toks, &mut sents);
        for s in &sents {
            let seq: Vec<u32> = toks[s.start..s.end]
                .iter()
                .map(|k| intern(&t[k.start..k.end], &mut ids, &mut counts))
                .collect();
            seqs.push(seq);
        }
    }
    for s in extra {
        let seq: Vec<u32> = s.iter().map(|w| intern(w, &mut ids, &mut counts)).collect();
        seqs.push(seq);
    }
    let mut by_freq: Vec<u32> = (0..counts.len() as u32).collect();
    by_freq.sort_by_key(|&i| std::cmp::Reverse(counts[i as usize]));
    let ctx: HashMap<u32, usize> = by_freq
        .iter()
        .take(ctx_words)
        .enumerate()
        .map(|(k, &i)| (i, k))
        .collect();
    let vocab: Vec<u32> = by_freq
        .iter()
        .copied()
        .filter(|&i| counts[i as usize] >= min_count)
        .take(max_vocab)
        .collect();
    let vidx: HashMap<u32, usize> = vocab.iter().enumerate().map(|(k, &i)| (i, k)).collect();
    let d = 2 * ctx_words + 2;
    let mut vecs = vec![0f32; vocab.len() * d];
    for s in &seqs {
        for (p, &w) in s.iter().enumerate() {
            let Some(&vi) = vidx.get(&w) else { continue };
            let row = &mut vecs[vi * d..(vi + 1) * d];
            let l = if p == 0 {
                Some(ctx_words)
            } else {
                ctx.get(&s[p - 1]).copied()
            };
            let r = if p + 1 == s.len() {
                Some(ctx_words)
            } else {
                ctx.get(&s[p + 1]).copied()
            };
            if let Some(k) = l {
                row[k] += 1.0;
            }
            if let Some(k) = r {
                row[ctx_words + 1 + k] += 1.0;
            }
        }
    }
    for row in vecs.chunks_mut(d) {
        let mut n = 0.0;
        for x in row.iter_mut() {
            *x = x.sqrt();
            n += *x * *x;
        }
        let n = n.sqrt().max(1e-9);
        for x in row.iter_mut() {
            *x /= n;
        }
    }
    eprintln!(
        "clusters: {} sentences, vocab {} (of {}), dim {}",
        seqs.len(),
        vocab.len(),
        counts.len(),
        d
    );
    let mut assign = vec![[0u16; 2]; vocab.len()];
    for (g, &k) in KS.iter().enumerate() {
        let a = kmeans(&vecs, d, k, iters);
        for (x, c) in assign.iter_mut().zip(a) {
            x[g] = c;
        }
    }
    let inv: HashMap<u32, &String> = ids.iter().map(|(w, &i)| (i, w)).collect();
    let mut map = ClusterMap::default();
    for (k, &w) in vocab.iter().enumerate() {
        if let Some(s) = inv.get(&w) {
            map.insert(folded_hash(s), assign[k]);
        }
    }
    map
}

/// Spherical k-means; deterministic initialisation spread over the frequency ranking.
fn kmeans(vecs: &[f32], d: usize, k: usize, iters: usize) -> Vec<u16> {
    let n = vecs.len() / d;
    let mut cent = vec![0f32; k * d];
    for c in 0..k {
        let i = (c * 7919 + c * c * 31) % n;
        cent[c * d..(c + 1) * d].copy_from_slice(&vecs[i * d..(i + 1) * d]);
    }
    let mut assign = vec![0u16; n];
    for it in 0..iters {
        assign.par_iter_mut().enumerate().for_each(|(i, a)| {
            let v = &vecs[i * d..(i + 1) * d];
            let mut best = 0;
            let mut bs = f32::MIN;
            for c in 0..k {
                let cc = &cent[c * d..(c + 1) * d];
                let s: f32 = v.iter().zip(cc).map(|(a, b)| a * b).sum();
                if s > bs {
                    bs = s;
                    best = c;
                }
            }
            *a = best as u16;
        });
        cent.iter_mut().for_each(|x| *x = 0.0);
        for (i, &a) in assign.iter().enumerate() {
            let c = a as usize;
            for (x, y) in cent[c * d..(c + 1) * d]
                .iter_mut()
                .zip(&vecs[i * d..(i + 1) * d])
            {
                *x += y;
            }
        }
        for c in cent.chunks_mut(d) {
            let nn: f32 = c.iter().map(|x| x * x).sum::<f32>().sqrt();
            if nn > 0.0 {
                c.iter_mut().for_each(|x| *x /= nn);
            }
        }
        eprintln!("kmeans k={k} iter {it}");
    }
    assign
}
