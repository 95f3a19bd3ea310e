//! One reader per article format. Each turns a file's decoded text (or, for web archives and
//! JSON Lines, a stream) into [`crate::RawArticle`]s; none knows about the others.

mod boilerplate;
mod declared;
pub mod html;
mod html_blocks;
mod html_dates;
mod html_title;
pub mod json;
mod recirculation;
pub mod sgml;
pub mod table;
pub mod text;
pub mod warc;
