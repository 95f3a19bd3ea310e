//! Hashing for feature ids and word lookups: one fast hash of bytes, two mixers, and a map
//! for keys that already are hashes. A leaf every stage of extraction uses.

/// 64-bit mixing (murmur3 finaliser): spreads combined feature hashes over the table.
#[inline]
pub fn fmix(mut h: u64) -> u64 {
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^= h >> 33;
    h
}

/// Combine two hashes order-sensitively (used for template-id + value and for bigrams).
#[inline]
pub fn mix(a: u64, b: u64) -> u64 {
    fmix(a.rotate_left(23) ^ b.wrapping_mul(0x9E37_79B9_7F4A_7C15))
}

/// Hash bytes (xxh3 is fast for the short inputs we have).
#[inline]
pub fn hash_bytes(b: &[u8]) -> u64 {
    xxhash_rust::xxh3::xxh3_64(b)
}

/// HashMap keyed by a pre-hashed u64, used as its own hash: the keys are xxh3 hashes
/// already, and hashing them again showed in profiles.
pub type IdMap<V> = nohash_hasher::IntMap<u64, V>;
