//! The tagger's internals, for `newsdex-lab` (training, evaluation, cluster building) and
//! nothing else: enabled by the `training` feature, which the runtime never turns on. What
//! is here is not a stable API; it moves with the tagger.

pub use crate::fold::{fold_string, folded_hash};
pub use crate::hash::hash_bytes;
pub use crate::ner::bilou::{
    is_outside_state, tag_id, tag_name, tags_to_spans, TokSpan, NC, TYPES,
};
pub use crate::ner::clusters::{
    from_bytes as clusters_from_bytes, to_bytes as clusters_to_bytes, ClusterMap, KS,
};
pub use crate::ner::features::{
    add_pass1_types, compute_infos, run_pass, sentence_feats, trans_feature, viterbi, DocStats,
    ScoreRule,
};
pub use crate::ner::gazetteer::{embedded_sources, Gazetteer};
pub use crate::ner::kind_of;
pub use crate::ner::tagger::{best_allowed, row_of, Model, VitBufs};
pub use crate::ner::token::{TokInfo, F_CHEAP};
pub use crate::ner::tokenize::{tokenize, tokenize_into, SentRange, Token};
pub use crate::ner::truecase::truecase;
pub use crate::quotes::extract_quotes;
