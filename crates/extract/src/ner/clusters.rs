//! Word clusters from our own unlabeled news text (BBC, Reuters-21578, PolNeAR, CoNLL train).
//!
//! Why: most tagger errors are capitalised words never seen in training; a cluster id says
//! "this word occurs in the same contexts as company names / surnames / towns". We use
//! spherical k-means over left/right context-count vectors (a fast stand-in for Brown
//! clusters) at two granularities. Only folded-word *hashes* and cluster ids are stored
//! (in the model file), never the words. Building the table is `newsdex-lab clusters`.

use crate::hash::IdMap;
use anyhow::Result;

#[cfg_attr(not(feature = "training"), allow(dead_code))] // training only
/// Granularities (number of clusters).
pub const KS: [usize; 2] = [64, 512];

/// Folded-word hash -> cluster id per granularity.
pub type ClusterMap = IdMap<[u16; 2]>;

/// Serialise: u32 count then (u64 hash, u16, u16) little endian, sorted by hash.
pub fn to_bytes(map: &ClusterMap) -> Vec<u8> {
    let mut v: Vec<_> = map.iter().collect();
    v.sort_by_key(|(h, _)| **h);
    let mut out = Vec::with_capacity(4 + v.len() * 12);
    out.extend_from_slice(&(v.len() as u32).to_le_bytes());
    for (h, c) in v {
        out.extend_from_slice(&h.to_le_bytes());
        out.extend_from_slice(&c[0].to_le_bytes());
        out.extend_from_slice(&c[1].to_le_bytes());
    }
    out
}

/// Parse [`to_bytes`] output; returns the map and the bytes consumed.
pub fn from_bytes(b: &[u8]) -> Result<(ClusterMap, usize)> {
    anyhow::ensure!(b.len() >= 4, "cluster table truncated");
    let n = u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as usize;
    let need = 4 + n * 12;
    anyhow::ensure!(b.len() >= need, "cluster table truncated");
    let mut map = ClusterMap::default();
    map.reserve(n);
    for e in b[4..need].chunks_exact(12) {
        let mut h = [0u8; 8];
        h.copy_from_slice(&e[..8]);
        map.insert(
            u64::from_le_bytes(h),
            [
                u16::from_le_bytes([e[8], e[9]]),
                u16::from_le_bytes([e[10], e[11]]),
            ],
        );
    }
    Ok((map, need))
}
