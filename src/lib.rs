//! newsdex: a search engine for news archives.
//!
//! Data flows one way: a file on disk is read into an [`corpus::Article`], the article's text
//! gives an [`extract::Extracted`] (people, places, organisations, quotes), both become tantivy
//! documents ([`index`]), and [`search`] turns queries into hits and facets. The [`cli`]
//! module holds one file per command.

pub mod cli;
pub mod corpus;
pub mod extract;
pub mod index;
pub mod search;
