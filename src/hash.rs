//! Hashing for the crate's word tables.

use std::hash::Hasher;

/// A small, fast hasher for short keys (the lexicon's words).
#[derive(Default, Clone, Copy)]
pub(crate) struct WordHasher(u64);

impl Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut h = self.0;
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let x = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
            h = (h.rotate_left(5) ^ x).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
        for &b in chunks.remainder() {
            h = (h.rotate_left(5) ^ u64::from(b)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
        self.0 = h;
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// An open-addressing table of 32-bit values keyed by 64-bit hashes (a
/// word's [`folded_hash`](crate::normalize::folded_hash), an n-gram's
/// FNV-1a), in 8-byte slots that hold a 32-bit tag from the hash (never 0)
/// and the value, so that a lookup reads one slot. The slot index and the
/// tag hold 46 bits of the hash or more; a key outside the table matches a
/// slot by chance with a probability around 10^-9 per lookup.
pub(crate) struct TaggedTable {
    /// tag << 32 | value; 0 = empty.
    slots: Vec<u64>,
}

impl TaggedTable {
    /// A table without slots, to be replaced by [`TaggedTable::new`] before
    /// use.
    pub(crate) const EMPTY: TaggedTable = TaggedTable { slots: Vec::new() };

    /// A table of `size` slots (a power of two).
    pub(crate) fn new(size: usize) -> TaggedTable {
        TaggedTable { slots: vec![0; size] }
    }

    /// Whether the table has no slots ([`TaggedTable::EMPTY`]).
    pub(crate) fn is_empty(&self) -> bool {
        self.slots.is_empty()
    }

    /// The value of `hash`, or the index of the empty slot where it goes.
    #[inline]
    pub(crate) fn find(&self, hash: u64) -> Result<u32, usize> {
        let (tag, mask) = ((hash >> 32) | 1, self.slots.len() - 1);
        let mut i = crate::normalize::home_slot(hash, mask);
        loop {
            match self.slots[i] {
                0 => return Err(i),
                slot if slot >> 32 == tag => return Ok(slot as u32),
                _ => i = (i + 1) & mask,
            }
        }
    }

    /// Puts `value` for `hash` into the empty slot `i` that
    /// [`TaggedTable::find`] gave.
    pub(crate) fn put(&mut self, i: usize, hash: u64, value: u32) {
        self.slots[i] = (((hash >> 32) | 1) << 32) | u64::from(value);
    }

    /// Puts `value` for `hash` unless the table has it already (the first
    /// value of a key stays).
    pub(crate) fn insert(&mut self, hash: u64, value: u32) {
        if let Err(i) = self.find(hash) {
            self.put(i, hash, value);
        }
    }

    /// The number of keys.
    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.slots.iter().filter(|&&s| s != 0).count()
    }
}
