//! Every word list extraction uses, in one place: the tagger's feature lists, the
//! canonicaliser's filters and the quote grammar's vocabulary. The large, data-derived lists
//! (places, first names, surnames, titles, organisations, common words) are the files in
//! `data/`, which the gazetteer reads; this module holds the hand-made ones.
//!
//! Many lists are `&[&str]` searched linearly: they are consulted per candidate name or per
//! quote, not per token. Those on the per-token path are `match`es or hashed sets.

mod abbreviations;
mod function_words;
mod nations;
mod not_names;
mod organisations;
mod speech;
mod titles;

pub(crate) use abbreviations::*;
pub(crate) use function_words::*;
pub(crate) use nations::*;
pub(crate) use not_names::*;
pub(crate) use organisations::*;
pub(crate) use speech::*;
pub(crate) use titles::*;
