//! People, places and organisations: tokens with byte offsets, hashed features, a two-pass
//! structured perceptron over BILOU tags decoded with Viterbi, then per-article
//! canonicalisation.
//!
//! The flow, one file per step: [`tokenize`] (tokens + sentences) -> [`token`] (each token's
//! hashed views and shape flags, with [`gazetteer`] membership) -> [`features`] (feature ids,
//! no allocation per token) -> [`tagger`] (the model: weights, two Viterbi passes; BILOU
//! arithmetic in [`bilou`], word clusters in [`clusters`]) -> [`canonical`] (mentions grouped
//! into [`crate::Entity`]s with canonical names).

pub(crate) mod bilou;
pub(crate) mod canonical;
pub(crate) mod clusters;
pub(crate) mod features;
mod filters;
pub(crate) mod gazetteer;
mod gender;
pub(crate) mod groups;
mod joins;
mod national;
mod retype;
mod spans;
pub(crate) mod tagger;
pub(crate) mod token;
pub(crate) mod tokenize;
pub(crate) mod truecase;
mod works;

use std::cell::RefCell;
use std::sync::OnceLock;

use anyhow::{Context, Result};

use crate::entity::{EntityKind, Span};
use bilou::{tags_to_spans, TokSpan};
use gazetteer::Gazetteer;
use tagger::{Model, Scratch};
use tokenize::{tokenize_into, SentRange, Token};

/// Model + gazetteers, built once and shared (Send + Sync).
pub struct EntityExtractor {
    model: Model,
    gaz: Gazetteer,
}

/// Per-thread buffers so that extraction does not allocate per token.
#[derive(Default)]
struct Buffers {
    toks: Vec<Token>,
    sents: Vec<SentRange>,
    sc: Scratch,
    spans: Vec<TokSpan>,
}

thread_local! {
    static BUFS: RefCell<Buffers> = RefCell::new(Buffers::default());
}

static EMBEDDED: OnceLock<std::result::Result<EntityExtractor, String>> = OnceLock::new();

/// The entity kind of a tagger type index (MISC has none: it is not output).
pub fn kind_of(ty: u8) -> Option<EntityKind> {
    match ty {
        0 => Some(EntityKind::Person),
        1 => Some(EntityKind::Place),
        2 => Some(EntityKind::Org),
        _ => None,
    }
}

impl EntityExtractor {
    /// Build from a model and gazetteers (used by training and tests).
    pub fn new(model: Model, mut gaz: Gazetteer) -> EntityExtractor {
        gaz.attach_clusters(&model.clusters);
        EntityExtractor { model, gaz }
    }

    /// The embedded model and gazetteers, loaded once.
    pub fn embedded() -> Result<&'static EntityExtractor> {
        let r = EMBEDDED.get_or_init(|| {
            static BYTES: &[u8] = include_bytes!("../../data/ner.model");
            // the gazetteer parse dominates load time: run it beside the model parse
            let (m, g) = std::thread::scope(|s| {
                let g = s.spawn(|| Gazetteer::from_sources(&gazetteer::embedded_sources()));
                let m = Model::from_static(BYTES);
                (m, g.join())
            });
            let g = g.map_err(|_| "gazetteer loading panicked".to_string())?;
            m.map(|m| EntityExtractor::new(m, g))
                .map_err(|e| format!("{e:#}"))
        });
        match r {
            Ok(e) => Ok(e),
            Err(e) => Err(anyhow::anyhow!("{e}")).context("loading embedded NER model"),
        }
    }

    /// The gazetteers in use.
    pub fn gazetteer(&self) -> &Gazetteer {
        &self.gaz
    }

    fn with_tags<R>(&self, text: &str, f: impl FnOnce(&Buffers) -> R) -> R {
        BUFS.with(|b| {
            let mut b = b.borrow_mut();
            let Buffers {
                toks,
                sents,
                sc,
                spans,
            } = &mut *b;
            tokenize_into(text, toks, sents);
            self.model.tag_doc(&self.gaz, text, toks, sents, sc);
            tags_to_spans(&sc.tags, spans);
            f(&b)
        })
    }

    /// Tagger spans (PER/LOC/ORG) without canonicalisation, for evaluation and debugging.
    pub fn raw_spans(&self, text: &str) -> Vec<(EntityKind, Span)> {
        let text = &truecase::truecase(text, &self.gaz);
        self.with_tags(text, |b| {
            b.spans
                .iter()
                .filter_map(|s| {
                    kind_of(s.ty).map(|k| {
                        (
                            k,
                            Span {
                                start: b.toks[s.start].start,
                                end: b.toks[s.end - 1].end,
                            },
                        )
                    })
                })
                .collect()
        })
    }

    /// Count tokens (for throughput reporting).
    pub fn count_tokens(text: &str) -> usize {
        let mut t = Vec::new();
        let mut s = Vec::new();
        tokenize_into(text, &mut t, &mut s);
        t.len()
    }
}
