//! The gazetteer's lookup tables, keyed by the case-folded hash of a token
//! as it lies in the text: a lookup hashes the token in place (no copy, no
//! lowercasing) and probes one slot; only a hit compares bytes.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;

use crate::hash::WordHasher;
use crate::normalize::folded_hash;

/// Lowercased key bytes -> value, as the builder gathers them.
pub(crate) type ByteMap<V> = HashMap<Box<[u8]>, V, BuildHasherDefault<WordHasher>>;

/// The folded hash of an ASCII token (any case), or `None`.
#[inline]
pub(crate) fn token_hash(token: &str) -> Option<u64> {
    folded_hash(token.as_bytes(), 0, token.len())
}

/// The key hash of two tokens' hashes, for the two-token table.
#[inline]
pub(crate) fn pair_hash(a: u64, b: u64) -> u64 {
    (a.rotate_left(23) ^ b).wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1
}

/// Lowercase key -> value: ASCII keys in an open-addressing table of
/// (hash, entry) slots, other keys in a hash map by their bytes.
#[derive(Clone, Debug)]
pub(crate) struct FoldedTable<V> {
    /// (hash, entry index); hash 0 marks an empty slot.
    slots: Vec<(u64, u32)>,
    keys: Vec<Box<[u8]>>,
    values: Vec<V>,
    /// Keys with bytes other than ASCII -> entry index.
    other: ByteMap<u32>,
}

impl<V> Default for FoldedTable<V> {
    fn default() -> Self {
        FoldedTable {
            slots: vec![(0, 0); 2],
            keys: Vec::new(),
            values: Vec::new(),
            other: ByteMap::default(),
        }
    }
}

impl<V> FoldedTable<V> {
    /// A table of `map`, whose keys `hash` hashes (`None` for keys that go
    /// to the byte map).
    pub(crate) fn new(map: ByteMap<V>, hash: impl Fn(&[u8]) -> Option<u64>) -> FoldedTable<V> {
        let size = (map.len() * 2).next_power_of_two().max(2);
        let mut t = FoldedTable {
            slots: vec![(0, 0); size],
            keys: Vec::with_capacity(map.len()),
            values: Vec::with_capacity(map.len()),
            other: ByteMap::default(),
        };
        for (key, value) in map {
            let id = t.values.len() as u32;
            match hash(&key) {
                Some(h) => {
                    let mut i = crate::normalize::home_slot(h, size - 1);
                    while t.slots[i].0 != 0 {
                        i = (i + 1) & (size - 1);
                    }
                    t.slots[i] = (h, id);
                }
                None => {
                    t.other.insert(key.clone(), id);
                }
            }
            t.keys.push(key);
            t.values.push(value);
        }
        t
    }

    /// The value of the key with hash `h` for which `same` holds.
    #[inline]
    pub(crate) fn get_hashed(&self, h: u64, same: impl Fn(&[u8]) -> bool) -> Option<&V> {
        let mask = self.slots.len() - 1;
        let mut i = crate::normalize::home_slot(h, mask);
        loop {
            let (slot, id) = self.slots[i];
            if slot == 0 {
                return None;
            }
            if slot == h && same(&self.keys[id as usize]) {
                return Some(&self.values[id as usize]);
            }
            i = (i + 1) & mask;
        }
    }

    /// The value of a lowercase key that is not all ASCII.
    pub(crate) fn get_other(&self, key: &[u8]) -> Option<&V> {
        self.other.get(key).map(|&id| &self.values[id as usize])
    }

    /// The value of one token as written (any case).
    #[inline]
    pub(crate) fn get_token(&self, token: &str) -> Option<&V> {
        match token_hash(token) {
            // The 64-bit folded hash stands for the word, as it does in the
            // document's word table: no second memory access to compare
            // the key's bytes on the hot path (a surface's tokens are
            // compared with the text before it matches anyway).
            Some(h) => self.get_hashed(h, |_| true),
            None => self.get_lowered(&token.to_lowercase()),
        }
    }

    /// The value of a lowercased key (which may have become ASCII).
    fn get_lowered(&self, lower: &str) -> Option<&V> {
        match token_hash(lower) {
            Some(h) => self.get_hashed(h, |k| k == lower.as_bytes()),
            None => self.get_other(lower.as_bytes()),
        }
    }

    /// The value of two tokens as written, keyed `first second` in lower
    /// case.
    #[inline]
    pub(crate) fn get_pair(&self, first: &str, second: &str) -> Option<&V> {
        match (token_hash(first), token_hash(second)) {
            (Some(a), Some(b)) => self.get_hashed(pair_hash(a, b), |k| {
                let n = first.len();
                k.len() == n + 1 + second.len()
                    && k[..n].eq_ignore_ascii_case(first.as_bytes())
                    && k[n] == b' '
                    && k[n + 1..].eq_ignore_ascii_case(second.as_bytes())
            }),
            _ => {
                let key = format!("{} {}", first.to_lowercase(), second.to_lowercase());
                match key.split_once(' ').map(|(a, b)| (token_hash(a), token_hash(b))) {
                    Some((Some(a), Some(b))) => {
                        self.get_hashed(pair_hash(a, b), |k| k == key.as_bytes())
                    }
                    _ => self.get_other(key.as_bytes()),
                }
            }
        }
    }
}

/// The hash of a one-token key.
pub(crate) fn key_hash(key: &[u8]) -> Option<u64> {
    folded_hash(key, 0, key.len())
}

/// The hash of a two-token key (`first second`).
pub(crate) fn pair_key_hash(key: &[u8]) -> Option<u64> {
    let sp = key.iter().position(|&b| b == b' ')?;
    Some(pair_hash(folded_hash(key, 0, sp)?, folded_hash(key, sp + 1, key.len())?))
}

/// A set of words with 16 bits of flags each, any case, packed one word a
/// `u64` (48 bits of the word's folded hash and the flags) in one array:
/// one memory access a lookup, where [`FoldedTable`] needs two (slot, then
/// value). For the small values looked up per token of a text.
#[derive(Clone, Debug)]
pub(crate) struct FlagTable {
    slots: Vec<u64>,
}

/// The folded hash of a word of any script: [`folded_hash`] for ASCII,
/// else [`crate::words::unicode_folded_hash`].
#[inline]
fn any_hash(word: &str) -> u64 {
    token_hash(word).unwrap_or_else(|| crate::words::unicode_folded_hash(word))
}

impl FlagTable {
    /// The table of `words` (lower case) and their flags; flags of a word
    /// listed twice are or-ed.
    pub(crate) fn new<'a>(words: impl IntoIterator<Item = (&'a [u8], u16)>) -> FlagTable {
        let mut pairs: Vec<(u64, u16)> = Vec::new();
        for (w, f) in words {
            let Ok(w) = std::str::from_utf8(w) else { continue };
            pairs.push((any_hash(w), f));
        }
        // At most 60% full: short probes, and a small table.
        let size = (pairs.len() * 5 / 3 + 1).next_power_of_two().max(16);
        let mut t = FlagTable { slots: vec![0; size] };
        for (h, f) in pairs {
            let tag = Self::tag(h);
            let mut i = crate::normalize::home_slot(h, size - 1);
            loop {
                let s = t.slots[i];
                if s == 0 {
                    t.slots[i] = tag | u64::from(f);
                    break;
                }
                if s & !0xffff == tag {
                    t.slots[i] |= u64::from(f);
                    break;
                }
                i = (i + 1) & (size - 1);
            }
        }
        t
    }

    /// The high 48 bits of `h`, never 0.
    #[inline]
    fn tag(h: u64) -> u64 {
        (h | 1 << 63) & !0xffff
    }

    /// The flags of `word` as written (any case), 0 if it is not listed.
    #[inline]
    pub(crate) fn get(&self, word: &str) -> u16 {
        self.get_hashed(any_hash(word))
    }

    /// [`Self::get`] through `cache`, a small direct-mapped table (a power
    /// of two long, zeros at first) of the words met lately: the words a
    /// text repeats are found there, in memory the cache keeps close,
    /// rather than in the large table.
    #[inline]
    pub(crate) fn get_cached(&self, word: &str, cache: &mut [u64]) -> u16 {
        let h = any_hash(word);
        let tag = Self::tag(h);
        let at = crate::normalize::home_slot(h, cache.len() - 1);
        if cache[at] & !0xffff == tag {
            return cache[at] as u16;
        }
        let f = self.get_hashed(h);
        cache[at] = tag | u64::from(f);
        f
    }

    #[inline]
    fn get_hashed(&self, h: u64) -> u16 {
        let (tag, mask) = (Self::tag(h), self.slots.len() - 1);
        let mut i = crate::normalize::home_slot(h, mask);
        loop {
            let s = self.slots[i];
            if s & !0xffff == tag {
                return s as u16;
            }
            if s == 0 {
                return 0;
            }
            i = (i + 1) & mask;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookups_ignore_case_and_reach_other_keys() {
        let mut m: ByteMap<u8> = ByteMap::default();
        for (k, v) in [("bank", 1), ("élysée", 2), ("kota", 3)] {
            m.insert(k.as_bytes().into(), v);
        }
        let t = FoldedTable::new(m, key_hash);
        assert_eq!(t.get_token("BANK"), Some(&1));
        assert_eq!(t.get_token("Élysée"), Some(&2));
        assert_eq!(t.get_token("Kot"), None);
        let mut m: ByteMap<u8> = ByteMap::default();
        m.insert(b"bank indonesia".as_slice().into(), 7);
        m.insert("bank élysée".as_bytes().into(), 8);
        let t = FoldedTable::new(m, pair_key_hash);
        assert_eq!(t.get_pair("Bank", "INDONESIA"), Some(&7));
        assert_eq!(t.get_pair("bank", "Élysée"), Some(&8));
        assert_eq!(t.get_pair("Bank", "Indonesian"), None);
    }
}
