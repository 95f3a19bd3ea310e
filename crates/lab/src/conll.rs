//! CoNLL-2003 reader. Each document is rebuilt exactly as the blind scorer writes it:
//! tokens joined by single spaces, one sentence per line, so gold byte spans can be compared
//! with what the runtime path (text -> tokenizer -> tagger -> entities) reports.

use anyhow::{bail, Context, Result};
use newsdex_extract::training::{tag_id, SentRange, TokSpan, Token, TYPES};
use std::path::Path;

/// One CoNLL document with gold annotation.
#[derive(Debug, Clone, Default)]
pub struct ConllDoc {
    /// The document text as the scorer writes it (sentences joined by '\n').
    pub text: String,
    /// Gold tokens (byte offsets into `text`).
    pub toks: Vec<Token>,
    /// Gold sentences (one per line).
    pub sents: Vec<SentRange>,
    /// Gold BILOU tags per token.
    pub tags: Vec<u8>,
    /// Gold spans (token indices), all four types.
    pub spans: Vec<TokSpan>,
}

/// A sentence as read: tokens with (IOB prefix, type) or None for O.
type RawSent = Vec<(String, Option<(char, u8)>)>;

fn parse_iob(tag: &str) -> Result<Option<(char, u8)>> {
    if tag == "O" {
        return Ok(None);
    }
    let (p, t) = tag
        .split_once('-')
        .with_context(|| format!("bad tag {tag}"))?;
    let ty = TYPES
        .iter()
        .position(|x| *x == t)
        .with_context(|| format!("bad type {tag}"))? as u8;
    let pc = p.chars().next().with_context(|| format!("bad tag {tag}"))?;
    Ok(Some((pc, ty)))
}

/// Read a `token TAG` (or `token POS CHUNK TAG`) file with `-DOCSTART-` separators.
pub fn read_conll(path: &Path) -> Result<Vec<ConllDoc>> {
    let raw =
        std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    let mut docs = Vec::new();
    let mut sents: Vec<RawSent> = Vec::new();
    let mut cur: RawSent = Vec::new();
    let flush_doc = |sents: &mut Vec<RawSent>, docs: &mut Vec<ConllDoc>| {
        if !sents.is_empty() {
            docs.push(build_doc(sents));
            sents.clear();
        }
    };
    for (ln, line) in raw.lines().enumerate() {
        let line = line.trim_end();
        if line.is_empty() {
            if !cur.is_empty() {
                sents.push(std::mem::take(&mut cur));
            }
            continue;
        }
        let mut parts = line.split_whitespace();
        let Some(tok) = parts.next() else { continue };
        let Some(tag) = parts.last() else {
            bail!("line {}: no tag", ln + 1)
        };
        if tok == "-DOCSTART-" {
            if !cur.is_empty() {
                sents.push(std::mem::take(&mut cur));
            }
            flush_doc(&mut sents, &mut docs);
            continue;
        }
        cur.push((
            tok.to_string(),
            parse_iob(tag).with_context(|| format!("line {}", ln + 1))?,
        ));
    }
    if !cur.is_empty() {
        sents.push(cur);
    }
    flush_doc(&mut sents, &mut docs);
    Ok(docs)
}

fn build_doc(sents: &[RawSent]) -> ConllDoc {
    let mut d = ConllDoc::default();
    for (si, s) in sents.iter().enumerate() {
        if si > 0 {
            d.text.push('\n');
        }
        let first = d.toks.len();
        for (ti, (w, _)) in s.iter().enumerate() {
            if ti > 0 {
                d.text.push(' ');
            }
            let start = d.text.len();
            d.text.push_str(w);
            d.toks.push(Token {
                start,
                end: d.text.len(),
            });
        }
        d.sents.push(SentRange {
            start: first,
            end: d.toks.len(),
        });
        // spans from IOB2 (also accepts IOB1-style I- starts)
        let mut i = 0;
        while i < s.len() {
            let Some((_, ty)) = s[i].1 else {
                i += 1;
                continue;
            };
            let mut j = i + 1;
            while j < s.len() && matches!(s[j].1, Some(('I', t)) if t == ty) {
                j += 1;
            }
            d.spans.push(TokSpan {
                start: first + i,
                end: first + j,
                ty,
            });
            i = j;
        }
    }
    d.text.push('\n');
    d.tags = vec![0; d.toks.len()];
    for sp in &d.spans {
        if sp.end - sp.start == 1 {
            d.tags[sp.start] = tag_id(3, sp.ty);
        } else {
            d.tags[sp.start] = tag_id(0, sp.ty);
            for t in &mut d.tags[sp.start + 1..sp.end - 1] {
                *t = tag_id(1, sp.ty);
            }
            d.tags[sp.end - 1] = tag_id(2, sp.ty);
        }
    }
    d
}
