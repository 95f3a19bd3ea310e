//! newsdex's integration tests, in one binary (one link instead of one per file): each module
//! runs the real `newsdex` binary, or a library crate, on real articles from `sample_corpus/`
//! and the shared corpora (`../shared/corpora` or `NEWSDEX_CORPORA`).

mod cli;
mod common;
mod corpora;
mod crash;
mod entities;
mod hardening;
mod ingest;
mod names;
mod names_people;
mod opensearch_cli;
// The OpenSearch node the cluster tests of both packages start: one helper, kept beside
// the opensearch crate's own test.
#[path = "../crates/opensearch/tests/node/mod.rs"]
mod opensearch_node;
mod proptest_readers;
mod quotes;
mod search;
mod show;
mod speakers;
mod speakers_bodies;
mod speakers_intros;
mod speakers_reported;
mod speakers_roles;
mod speakers_styles;
mod speakers_web;
mod speakers_wire;
mod web;
