//! How results are printed: readable text (coloured on a terminal) or one JSON object per
//! line for scripts.

use std::collections::HashMap;
use std::io::{self, IsTerminal, Write};

use serde::Serialize;

use newsdex_search::{Hit, Location, QuoteHit};

/// Output style chosen once per command.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    pub json: bool,
    pub color: bool,
}

/// `--color`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum ColorWhen {
    #[default]
    Auto,
    Always,
    Never,
}

static COLOR: std::sync::OnceLock<ColorWhen> = std::sync::OnceLock::new();

/// Records `--color` for every [`Style::detect`] of this run.
pub fn set_color(when: ColorWhen) {
    let _ = COLOR.set(when);
}

/// Whether `auto` colours, as <https://no-color.org> and <https://bixense.com/clicolors>
/// say: a non-empty `NO_COLOR` wins, then a `CLICOLOR_FORCE` other than 0, then `TERM=dumb`,
/// then whether stdout is a terminal.
fn auto_color(env: impl Fn(&str) -> Option<String>, terminal: bool) -> bool {
    let set = |name: &str| env(name).filter(|v| !v.is_empty());
    if set("NO_COLOR").is_some() {
        return false;
    }
    if set("CLICOLOR_FORCE").is_some_and(|v| v != "0") {
        return true;
    }
    if env("TERM").as_deref() == Some("dumb") {
        return false;
    }
    terminal
}

impl Style {
    /// Colour as `--color` says (by default on a terminal: see [`auto_color`]); never in JSON.
    pub fn detect(json: bool) -> Style {
        let color = !json
            && match COLOR.get().copied().unwrap_or_default() {
                ColorWhen::Always => true,
                ColorWhen::Never => false,
                ColorWhen::Auto => {
                    auto_color(|name| std::env::var(name).ok(), io::stdout().is_terminal())
                }
            };
        Style { json, color }
    }

    fn bold(&self, s: &str) -> String {
        self.paint("1", s)
    }

    fn dim(&self, s: &str) -> String {
        self.paint("2", s)
    }

    fn paint(&self, code: &str, s: &str) -> String {
        let s = printable(s);
        if self.color {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.into_owned()
        }
    }

    /// Marks the highlighted ranges: bold red on a terminal, `[...]` otherwise.
    /// `s` in bold (on a terminal), with control characters made harmless.
    pub fn bold_text(&self, s: &str) -> String {
        self.bold(s)
    }

    /// `s` dimmed (on a terminal), with control characters made harmless.
    pub fn dim_text(&self, s: &str) -> String {
        self.dim(s)
    }

    /// `s` with control characters made harmless (newlines and tabs kept).
    pub fn plain(&self, s: &str) -> String {
        s.split_inclusive('\n')
            .map(|line| {
                let (content, newline) = match line.strip_suffix('\n') {
                    Some(c) => (c, "\n"),
                    None => (line, ""),
                };
                let content = content.replace('\t', "    ");
                format!("{}{newline}", printable(&content))
            })
            .collect()
    }

    pub fn highlight(&self, text: &str, ranges: &[[usize; 2]]) -> String {
        let text = &*printable(text);
        let mut out = String::with_capacity(text.len() + ranges.len() * 12);
        let mut at = 0;
        for &[start, end] in ranges {
            if start < at
                || end > text.len()
                || !text.is_char_boundary(start)
                || !text.is_char_boundary(end)
            {
                continue;
            }
            out.push_str(&text[at..start]);
            if self.color {
                out.push_str("\x1b[1;31m");
                out.push_str(&text[start..end]);
                out.push_str("\x1b[0m");
            } else {
                out.push('[');
                out.push_str(&text[start..end]);
                out.push(']');
            }
            at = end;
        }
        out.push_str(&text[at..]);
        out
    }
}

/// Corpus text made safe for a terminal: a page's URL or title can carry escape sequences,
/// so ASCII control characters become spaces (byte for byte, which keeps highlight offsets).
fn printable(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.bytes().any(|b| b.is_ascii_control()) {
        return s.into();
    }
    let clean = |c: char| if c.is_ascii_control() { ' ' } else { c };
    s.chars().map(clean).collect::<String>().into()
}

/// A file name or message made safe for a terminal and for a line-per-problem log: control
/// characters (a newline that could forge a "warning:" line, an escape sequence that could
/// drive the terminal) and the bidirectional overrides that can make a name read as
/// another are written as escapes (`\n`, `\x1b`, `\u{202e}`); everything else as it is.
pub fn escaped(s: &str) -> std::borrow::Cow<'_, str> {
    let unsafe_char =
        |c: char| c.is_control() || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}');
    if !s.chars().any(unsafe_char) {
        return s.into();
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x80 && unsafe_char(c) => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c if unsafe_char(c) => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => out.push(c),
        }
    }
    out.into()
}

/// Writes one JSON object as a line.
pub fn json_line<T: Serialize>(out: &mut impl Write, value: &T) -> io::Result<()> {
    serde_json::to_writer(&mut *out, value)?;
    writeln!(out)
}

/// The date part of an RFC 3339 timestamp, for people.
/// A path the user can open, as `show` takes it: the file relative to the working
/// directory when it lies under it (`sample_corpus/cnn/story.txt`), else absolute, with
/// `#N` for a record of a multi-record file.
pub fn openable(location: &Location) -> String {
    let file = std::path::Path::new(&location.file);
    let cwd = std::env::current_dir().ok();
    let shown = cwd
        .as_deref()
        .and_then(|cwd| file.strip_prefix(cwd).ok())
        .filter(|rel| !rel.as_os_str().is_empty())
        .unwrap_or(file);
    let shown = printable(&shown.to_string_lossy()).into_owned();
    match location.record {
        Some(n) => format!("{shown}#{n}"),
        None => shown,
    }
}

fn day(date: &Option<String>) -> &str {
    date.as_deref()
        .map_or("undated", |d| d.get(..10).unwrap_or(d))
}

/// JSON lines, or a count line for people; `true` when the caller should go on to print
/// the hits for people.
fn start_page<T: Serialize>(
    out: &mut impl Write,
    style: Style,
    total: usize,
    unit: &str,
    hits: &[T],
) -> io::Result<bool> {
    if style.json {
        for hit in hits {
            json_line(out, hit)?;
        }
        return Ok(false);
    }
    writeln!(out, "{total} matching {}", plural(total as u64, unit))?;
    Ok(true)
}

/// `noun`, with an `s` unless there is exactly one (regular English plurals only).
pub fn plural(count: u64, noun: &str) -> String {
    if count == 1 {
        noun.to_owned()
    } else {
        format!("{noun}s")
    }
}

fn or_untitled(title: &str) -> &str {
    if title.is_empty() {
        "(untitled)"
    } else {
        title
    }
}

pub fn print_hits(
    out: &mut impl Write,
    style: Style,
    total: usize,
    hits: &[Hit],
) -> io::Result<()> {
    if !start_page(out, style, total, "article", hits)? {
        return Ok(());
    }
    for hit in hits {
        let title = or_untitled(&hit.title);
        writeln!(out)?;
        writeln!(out, "{:>3}. {}", hit.rank, style.bold(title))?;
        let mut meta = vec![day(&hit.date).to_owned()];
        if let Some(source) = &hit.source {
            meta.push(source.clone());
        }
        if !hit.authors.is_empty() {
            meta.push(format!("by {}", hit.authors.join(", ")));
        }
        meta.push(openable(&hit.location));
        writeln!(out, "     {}", style.dim(&meta.join(" · ")))?;
        if let Some(url) = &hit.url {
            writeln!(out, "     {}", style.dim(url))?;
        }
        if !hit.people.is_empty() || !hit.places.is_empty() {
            let mut who = Vec::new();
            if !hit.people.is_empty() {
                who.push(format!("people: {}", hit.people.join(", ")));
            }
            if !hit.places.is_empty() {
                who.push(format!("places: {}", hit.places.join(", ")));
            }
            writeln!(out, "     {}", style.dim(&who.join("  ")))?;
        }
        writeln!(
            out,
            "     {}",
            style.highlight(&hit.snippet, &hit.highlights)
        )?;
    }
    Ok(())
}

pub fn print_quotes(
    out: &mut impl Write,
    style: Style,
    total: usize,
    hits: &[QuoteHit],
) -> io::Result<()> {
    if !start_page(out, style, total, "quote", hits)? {
        return Ok(());
    }
    for hit in hits {
        writeln!(out)?;
        let partial = if hit.partial { " (partial)" } else { "" };
        writeln!(
            out,
            "  \u{201c}{}\u{201d}{}",
            printable(without_trailing_comma(&hit.text)),
            partial
        )?;
        let speaker = hit.speaker.as_deref().unwrap_or("unattributed");
        // `a central bank official` is no one's name: say so.
        let described = match hit.speaker_kind.as_deref() {
            Some("description") => " (unnamed)",
            _ => "",
        };
        writeln!(
            out,
            "    {} {}{}",
            style.dim("—"),
            style.bold(speaker),
            style.dim(described)
        )?;
        let title = or_untitled(&hit.title);
        writeln!(
            out,
            "    {}",
            style.dim(&format!(
                "{} · {} · {}",
                title,
                day(&hit.date),
                openable(&hit.location)
            ))
        )?;
    }
    Ok(())
}

/// A quote as printed: "We will not stand by," ends its sentence in the story, not here.
pub fn without_trailing_comma(text: &str) -> &str {
    text.trim_end().trim_end_matches([',', ';', ':']).trim_end()
}

/// "showing 10 of 21 (use --all)" when a page holds fewer hits than matched.
pub fn more_footer(
    out: &mut impl Write,
    style: Style,
    total: usize,
    offset: usize,
    shown: usize,
) -> io::Result<()> {
    if style.json || offset + shown >= total {
        return Ok(());
    }
    let range = if offset == 0 {
        shown.to_string()
    } else {
        format!("{}-{}", offset + 1, offset + shown)
    };
    writeln!(out)?;
    writeln!(
        out,
        "{}",
        style.dim(&format!("showing {range} of {total} (use --all)"))
    )
}

#[derive(Serialize)]
struct FacetRow<'a> {
    name: &'a str,
    count: u64,
    /// For speakers: `person`, `org` or `description`.
    #[serde(skip_serializing_if = "Option::is_none")]
    kind: Option<&'a str>,
}

/// `name count` rows, or `{"name","count"}` lines. `kinds` (speakers only) says which
/// names are organisations or descriptions; the others are people.
pub fn print_facets(
    out: &mut impl Write,
    style: Style,
    unit: &str,
    rows: &[(String, u64)],
    kinds: Option<&HashMap<String, &'static str>>,
) -> io::Result<()> {
    let kind_of = |name: &str| kinds.map(|k| k.get(name).copied().unwrap_or("person"));
    if style.json {
        for (name, count) in rows {
            json_line(
                out,
                &FacetRow {
                    name,
                    count: *count,
                    kind: kind_of(name),
                },
            )?;
        }
        return Ok(());
    }
    let width = rows
        .iter()
        .map(|(_, c)| c.to_string().len())
        .max()
        .unwrap_or(1);
    let unit_width = plural(2, unit).len();
    for (name, count) in rows {
        // `a spokesman` is no one's name: say so.
        let described = match kind_of(name) {
            Some("description") => " (unnamed)",
            _ => "",
        };
        writeln!(
            out,
            "{:>width$} {}  {}{}",
            count,
            style.dim(&format!("{:<unit_width$}", plural(*count, unit))),
            printable(name),
            style.dim(described)
        )?;
    }
    Ok(())
}

/// What the default (merged) listing does with a name of the `--unmerged` one.
pub enum Fate {
    /// Listed as it is.
    Kept,
    /// Counted with this full name.
    JoinedWith(String),
    /// Left out: the archive mostly types it otherwise, or it is a first name alone.
    Left,
}

#[derive(Serialize)]
struct UnmergedRow<'a> {
    name: &'a str,
    count: u64,
    /// The full name it is counted with by default, if any.
    joined_with: Option<&'a str>,
    /// Left out of the default listing.
    left_out: bool,
}

/// `people --unmerged`: names as the stories wrote them, with their fate by default.
/// `unit`: what is counted (`article`, or `quote` for speakers).
pub fn print_unmerged(
    out: &mut impl Write,
    style: Style,
    unit: &str,
    rows: &[(String, u64)],
    fates: &[Fate],
) -> io::Result<()> {
    let width = rows
        .iter()
        .map(|(_, c)| c.to_string().len())
        .max()
        .unwrap_or(1);
    let unit_width = plural(2, unit).len();
    for ((name, count), fate) in rows.iter().zip(fates) {
        if style.json {
            json_line(
                out,
                &UnmergedRow {
                    name,
                    count: *count,
                    joined_with: match fate {
                        Fate::JoinedWith(into) => Some(into),
                        _ => None,
                    },
                    left_out: matches!(fate, Fate::Left),
                },
            )?;
            continue;
        }
        let note = match fate {
            Fate::Kept => String::new(),
            Fate::JoinedWith(into) => format!("  (counted with {} by default)", printable(into)),
            Fate::Left => "  (left out by default: mostly another kind of name in this archive, or a first name alone)".to_owned(),
        };
        writeln!(
            out,
            "{:>width$} {}  {}{}",
            count,
            style.dim(&format!("{:<unit_width$}", plural(*count, unit))),
            printable(name),
            style.dim(&note)
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A crawled page's URL or title can carry terminal escapes: none reach the terminal,
    /// and highlights still land on the right words.
    #[test]
    fn corpus_text_cannot_drive_the_terminal() {
        let style = Style {
            json: false,
            color: true,
        };
        let url = "http://a.org/x\x1b]0;pwned\x07\x1b[31mRED";
        let dimmed = style.dim(url);
        assert_eq!(
            dimmed.matches('\x1b').count(),
            2,
            "only our own colour codes"
        );
        assert!(!dimmed.contains('\x07'));
        let plain = Style {
            json: false,
            color: false,
        };
        let text = "Rafah\x1b[2J crossing";
        assert_eq!(plain.highlight(text, &[[10, 18]]), "Rafah [2J [crossing]");
    }

    #[test]
    fn names_are_escaped() {
        assert_eq!(escaped("bbc/001.txt"), "bbc/001.txt");
        assert_eq!(
            escaped("a\nwarning: x\x1b[31m\u{202e}txt.exe"),
            "a\\nwarning: x\\x1b[31m\\u{202e}txt.exe"
        );
        assert_eq!(escaped("caf\u{e9}"), "caf\u{e9}");
    }

    #[test]
    fn auto_color_follows_the_conventions() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| {
                pairs
                    .iter()
                    .find(|(k, _)| *k == name)
                    .map(|(_, v)| v.to_string())
            }
        };
        assert!(auto_color(env(&[]), true));
        assert!(!auto_color(env(&[]), false));
        assert!(!auto_color(env(&[("NO_COLOR", "1")]), true));
        assert!(
            auto_color(env(&[("NO_COLOR", "")]), true),
            "empty NO_COLOR is unset"
        );
        assert!(auto_color(env(&[("CLICOLOR_FORCE", "1")]), false));
        assert!(!auto_color(env(&[("CLICOLOR_FORCE", "0")]), false));
        assert!(!auto_color(
            env(&[("NO_COLOR", "1"), ("CLICOLOR_FORCE", "1")]),
            false
        ));
        assert!(!auto_color(env(&[("TERM", "dumb")]), true));
    }

    #[test]
    fn quotes_lose_their_trailing_comma() {
        assert_eq!(
            without_trailing_comma("We will not stand by, "),
            "We will not stand by"
        );
        assert_eq!(without_trailing_comma("No."), "No.");
    }
}
