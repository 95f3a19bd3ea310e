//! Paragraphs that repeat another one (pull quotes, summary bullets, a standfirst printed
//! twice), found in linear time over the extracted text.

/// Fewest words a paragraph must have to be dropped as a repeat: a pull quote is a whole
/// sentence, while subheadings that quote a line of the story ("'He put me in a hole in the
/// basement floor'", kept by fundus's gold) are shorter; at 5 words four tune pages lost
/// such subheadings.
const MIN_REPEAT_WORDS: usize = 12;

/// Longest paragraph (bytes) checked for being a repeat: pull quotes and summary bullets
/// are a sentence or two.
const MAX_REPEAT: usize = 400;

/// `paragraphs` without the short ones whose words another paragraph already holds: pull
/// quotes, summary bullets that open the story word for word, a standfirst printed twice.
/// An exact repeat keeps its first copy. `eval-web` text 4-gram F1: tune 0.970 -> 0.971
/// (The Intercept's pull quotes), held-out 0.955 -> 0.956.
pub(super) fn without_repeats(paragraphs: Vec<&str>) -> Vec<&str> {
    use std::collections::{HashMap, HashSet};
    use std::hash::{Hash, Hasher};
    let words: Vec<Vec<String>> = paragraphs
        .iter()
        .map(|p| {
            p.split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(str::to_lowercase)
                .collect()
        })
        .collect();
    let hash = |window: &[String]| {
        let mut h = std::collections::hash_map::DefaultHasher::new();
        window.hash(&mut h);
        h.finish()
    };
    // Every run of MIN_REPEAT_WORDS words, counted: a paragraph whose first run is seen
    // once is no repeat, so the exact search below runs only on the few that may be, and
    // the pass stays linear in the text.
    let mut runs: HashMap<u64, usize> = HashMap::new();
    for w in &words {
        for window in w.windows(MIN_REPEAT_WORDS) {
            *runs.entry(hash(window)).or_insert(0) += 1;
        }
    }
    let norms: Vec<String> = words.iter().map(|w| format!(" {} ", w.join(" "))).collect();
    let mut seen = HashSet::new();
    let mut out = Vec::with_capacity(paragraphs.len());
    for ((p, w), n) in paragraphs.into_iter().zip(&words).zip(&norms) {
        let first = seen.insert(n.as_str());
        let repeat = p.len() <= MAX_REPEAT
            && w.len() >= MIN_REPEAT_WORDS
            && runs[&hash(&w[..MIN_REPEAT_WORDS])] > 1
            && (!first
                || norms
                    .iter()
                    .any(|o| o.len() > n.len() && o.contains(n.as_str())));
        if !repeat {
            out.push(p);
        }
    }
    out
}
