//! A name's type voted across the archive: what the stories that name it say it is, not
//! what the tagger made of it in one of them. Both backends count the evidence (this index,
//! an OpenSearch cluster) and decide here, so a facet reads the same on either.
//!
//! Decided at query time from the index's own counts, so adding stories re-indexes those
//! stories alone and the vote follows.

use std::collections::HashMap;

use newsdex_extract::{canonical_alias, fold_string, names_no_one, org_key, EntityKind};

/// A full name is the dominant one of its surname when it has at least this many times the
/// stories of the other full names with that surname together (Reuters-21578: Ronald Reagan
/// in 27 stories against Nancy Reagan's 3; James Baker 213 against Howard Baker 30).
pub const DOMINANCE: u64 = 3;
/// ... and at least this many stories: one story is no evidence.
pub const MIN_STORIES: u64 = 2;
/// A name of two words or more heading organisation names ("J.P. Morgan and Co Inc",
/// "James Capel and Co") in at least one story for this many it names as a person is a
/// firm: BBC + Reuters had J.P. Morgan 22 stories as a person against 9 as the firm's name,
/// James Capel 16 against 10, L.F. Rothschild 15 against 5; no real person of the top 160 came within 1 in 5.
pub const FIRM_SHARE: u64 = 3;

/// What the archive says about one facet name of some kind.
#[derive(Debug, Clone, Default)]
pub struct Evidence {
    /// Stories naming it whole as this kind.
    pub mine: u64,
    /// Stories naming it whole as another kind.
    pub theirs: u64,
    /// Stories naming an organisation that starts with it and a space, comma or
    /// apostrophe (an upper bound: a story counts once per such name).
    pub org_prefix: u64,
    /// For a one-word person name: the stories of each full name ending in it.
    pub full_names: Vec<u64>,
}

/// Is `name`, among the facet values of `kind`, not one of that kind across the archive?
///
/// - named mostly as another kind, or as the start of longer organisation names ("Smith
///   Barney" of "Smith Barney, Harris Upham and Co"), or an alias of a place ("U.K."
///   among organisations);
/// - a firm named after people ([`FIRM_SHARE`]);
/// - one word that no full name in the archive ends in, named as another kind in at least
///   [`MIN_STORIES`] stories ("Gartner", "Ofcom", "Yahoo": no one is called so);
/// - an organisation named by its kind alone ("Central Bank") or a competition.
pub fn typed_otherwise(kind: EntityKind, name: &str, e: &Evidence) -> bool {
    let as_org_start = if kind == EntityKind::Org {
        0
    } else {
        e.org_prefix
    };
    if e.theirs + as_org_start > e.mine || names_no_one(kind, name) {
        return true;
    }
    let place_alias = kind != EntityKind::Place
        && canonical_alias(EntityKind::Place, name).is_some()
        && canonical_alias(EntityKind::Org, name).is_none();
    if place_alias {
        return true;
    }
    let one_word = !name.trim().contains(' ');
    match kind {
        EntityKind::Person if one_word => {
            let full: u64 = e.full_names.iter().sum();
            full < MIN_STORIES && e.theirs + e.org_prefix >= MIN_STORIES
        }
        EntityKind::Person => (e.theirs + e.org_prefix).saturating_mul(FIRM_SHARE) >= e.mine,
        EntityKind::Org | EntityKind::Place => false,
    }
}

/// Is a bare surname left after merging shared by several people the archive names in
/// full, none of them dominant ("Johnson", "Bush": George Bush in 1987 and George W Bush
/// in 2005)? Listed alone, it would be one person made of several.
pub fn shared_surname(full_names: &[u64]) -> bool {
    let named: Vec<u64> = full_names
        .iter()
        .copied()
        .filter(|&n| n >= MIN_STORIES)
        .collect();
    if named.len() < 2 {
        return false;
    }
    let top = named.iter().copied().max().unwrap_or(0);
    let others: u64 = full_names.iter().sum::<u64>() - top;
    top < DOMINANCE.saturating_mul(others)
}

/// Organisation facet rows that differ by legal forms alone ("Shearson Lehman Brothers
/// Inc" in 54 BBC + Reuters stories, "Shearson Lehman Brothers" in 37): one firm, listed
/// once, as extraction makes them one within an article ([`org_key`]). For each such group
/// of `rows` (name, stories): the row listed, the form written in the most stories (the
/// shorter on a tie: the name without the suffix), and the others, in `rows` order.
pub fn legal_form_variants(rows: &[(String, u64)]) -> Vec<(usize, Vec<usize>)> {
    let mut by_key: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, (name, _)) in rows.iter().enumerate() {
        by_key.entry(org_key(name)).or_default().push(i);
    }
    let mut groups: Vec<(usize, Vec<usize>)> = by_key
        .into_values()
        .filter(|rows| rows.len() > 1)
        .filter_map(|mut group| {
            let listed = *group.iter().min_by(|&&a, &&b| {
                let (na, ca) = &rows[a];
                let (nb, cb) = &rows[b];
                cb.cmp(ca).then(na.len().cmp(&nb.len())).then(na.cmp(nb))
            })?;
            group.retain(|&i| i != listed);
            Some((listed, group))
        })
        .collect();
    groups.sort_unstable();
    groups
}

/// The counts of `counts`' full names (two words or more) ending in `surname`.
pub fn full_name_counts(counts: &HashMap<String, u64>, surname: &str) -> Vec<u64> {
    let folded = fold_string(surname);
    counts
        .iter()
        .filter(|(name, _)| {
            let f = fold_string(name);
            f.contains(' ') && f.rsplit(' ').next() == Some(folded.as_str())
        })
        .map(|(_, &n)| n)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ev(mine: u64, theirs: u64, org_prefix: u64, full: &[u64]) -> Evidence {
        Evidence {
            mine,
            theirs,
            org_prefix,
            full_names: full.to_vec(),
        }
    }

    #[test]
    fn firms_named_after_people() {
        // BBC + Reuters counts
        assert!(typed_otherwise(
            EntityKind::Person,
            "J.P. Morgan",
            &ev(22, 0, 9, &[])
        ));
        assert!(!typed_otherwise(
            EntityKind::Person,
            "Ronald Reagan",
            &ev(27, 0, 0, &[])
        ));
        assert!(typed_otherwise(
            EntityKind::Person,
            "Gartner",
            &ev(16, 2, 2, &[])
        ));
        // a single name no one else bears, never another kind: a person
        assert!(!typed_otherwise(
            EntityKind::Person,
            "Suharto",
            &ev(16, 0, 0, &[])
        ));
    }

    #[test]
    fn legal_form_variants_are_one_row() {
        let rows = |names: &[(&str, u64)]| -> Vec<(String, u64)> {
            names.iter().map(|&(n, c)| (n.to_owned(), c)).collect()
        };
        // BBC + Reuters counts
        let r = rows(&[
            ("Shearson Lehman Brothers Inc", 54),
            ("Morgan Stanley", 50),
            ("Shearson Lehman Brothers", 37),
            ("Chrysler Corp", 88),
        ]);
        assert_eq!(legal_form_variants(&r), vec![(0, vec![2])]);
        let r = rows(&[("General Electric Co", 9), ("General Electric", 9)]);
        assert_eq!(legal_form_variants(&r), vec![(1, vec![0])]);
        // a comma inside the name is a house style (BBC + Reuters counts)
        let r = rows(&[("Goldman, Sachs and Co", 57), ("Goldman Sachs", 56)]);
        assert_eq!(legal_form_variants(&r), vec![(0, vec![1])]);
        // a longer name is another firm
        let r = rows(&[("Ford Motor Co", 9), ("Ford Motor Credit Co", 9)]);
        assert!(legal_form_variants(&r).is_empty());
    }

    #[test]
    fn shared_surnames() {
        assert!(shared_surname(&[18, 21]));
        assert!(!shared_surname(&[213, 30]));
        assert!(!shared_surname(&[2, 1, 1]));
    }
}
