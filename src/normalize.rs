//! Normalisation: case folding, informal spellings, stopwords.

use std::borrow::Cow;

use crate::data::{INFORMAL, STOPWORDS};

/// Lowercases `text`, borrowing it when it has no uppercase letter; ASCII
/// text takes a fast path.
///
/// # Example
///
/// ```
/// use std::borrow::Cow;
/// assert!(matches!(warta::lowercase("rumah"), Cow::Borrowed("rumah")));
/// assert_eq!(warta::lowercase("JAKARTA"), "jakarta");
/// assert_eq!(warta::lowercase("ÇAĞ"), "çağ");
/// ```
pub fn lowercase(text: &str) -> Cow<'_, str> {
    let (wide, upper) = ascii_scan(text.as_bytes());
    if !wide {
        if upper { Cow::Owned(text.to_ascii_lowercase()) } else { Cow::Borrowed(text) }
    } else if text.chars().any(|c| c.is_uppercase()) {
        Cow::Owned(text.to_lowercase())
    } else {
        Cow::Borrowed(text)
    }
}

/// Whether `bytes` has a non-ASCII byte and, when it has none, whether
/// it has a capital: eight bytes at a time, as words are short.
fn ascii_scan(bytes: &[u8]) -> (bool, bool) {
    let (mut wide, mut upper) = (0u64, 0u64);
    for at in (0..bytes.len()).step_by(8) {
        let x = load(bytes, at);
        wide |= x;
        upper |= fold(x) ^ x;
    }
    (wide & HIGH != 0, upper != 0)
}

/// Lowercases the ASCII word `word` into `buf` without allocating; `None`
/// when it does not fit or is not ASCII. For lookups in the built-in lists.
pub(crate) fn ascii_lowercase_in<'b>(word: &str, buf: &'b mut [u8]) -> Option<&'b str> {
    let bytes = word.as_bytes();
    if bytes.len() > buf.len() || !word.is_ascii() {
        return None;
    }
    let lower = &mut buf[..bytes.len()];
    lower.copy_from_slice(bytes);
    lower.make_ascii_lowercase();
    std::str::from_utf8(lower).ok()
}

/// The standard spelling of an informal or abbreviated word common in
/// Indonesian comments and quotes (`yg` → `yang`, `gak` → `tidak`,
/// `utk` → `untuk`), from `data/informal.tsv`. Matching ignores case.
///
/// # Example
///
/// ```
/// assert_eq!(warta::standard_spelling("yg"), Some("yang"));
/// assert_eq!(warta::standard_spelling("Nggak"), Some("tidak"));
/// assert_eq!(warta::standard_spelling("rumah"), None);
/// ```
pub fn standard_spelling(word: &str) -> Option<&'static str> {
    INFORMAL.get(lowercase(word).as_ref()).copied()
}

/// Normalises one word: lowercase, then the standard spelling of informal
/// forms.
///
/// # Example
///
/// ```
/// assert_eq!(warta::normalize("Gak"), "tidak");
/// assert_eq!(warta::normalize("Rumah"), "rumah");
/// ```
pub fn normalize(word: &str) -> Cow<'_, str> {
    let lower = lowercase(word);
    match INFORMAL.get(lower.as_ref()) {
        Some(standard) => Cow::Borrowed(standard),
        None => lower,
    }
}

/// Whether `word` (any case) is an Indonesian stopword, from
/// `data/stopwords.txt`.
///
/// # Example
///
/// ```
/// assert!(warta::is_stopword("yang"));
/// assert!(warta::is_stopword("Dan"));
/// assert!(!warta::is_stopword("ekonomi"));
/// ```
pub fn is_stopword(word: &str) -> bool {
    STOPWORDS.contains(lowercase(word).as_ref())
}

const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
const HIGH: u64 = 0x8080_8080_8080_8080;

/// Eight ASCII bytes with 'A'..='Z' folded to lower case (SWAR: +0x20 where
/// a byte is at least 'A' and not above 'Z').
#[inline(always)]
fn fold(x: u64) -> u64 {
    let ge_a = (x & LOW7).wrapping_add(0x3f3f_3f3f_3f3f_3f3f); // >= 'A' sets the high bit
    let gt_z = (x & LOW7).wrapping_add(0x2525_2525_2525_2525); // > 'Z' sets the high bit
    x | (((ge_a & !gt_z) & HIGH) >> 2)
}

/// Eight bytes of `text` from `at`, little-endian; zeros past its end.
#[inline(always)]
pub(crate) fn load(text: &[u8], at: usize) -> u64 {
    match text.get(at..at + 8) {
        Some(b) => u64::from_le_bytes([b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]]),
        None => {
            let mut x = 0u64;
            for (i, &b) in text[at..].iter().take(8).enumerate() {
                x |= u64::from(b) << (8 * i);
            }
            x
        }
    }
}

/// The home slot of `hash` in an open-addressing table of `mask + 1`
/// slots. Word hashes have their lowest bit set (so that 0 marks an empty
/// slot), so the index is taken from the bits above it: with the lowest
/// bit, only odd slots would be homes and the probes would run long.
#[inline(always)]
pub(crate) fn home_slot(hash: u64, mask: usize) -> usize {
    (hash >> 1) as usize & mask
}

/// A 64-bit hash of the ASCII word `text[start..end]` with its letters
/// folded to lower case, eight bytes at a time (never 0); `None` for a word
/// with other bytes. Reads whole 8-byte loads from `text` where it can and
/// masks off what lies past the word.
#[inline(always)]
pub(crate) fn folded_hash(text: &[u8], start: usize, end: usize) -> Option<u64> {
    let len = end - start;
    // The common case: a word of at most eight bytes, read in one load.
    if len <= 8 {
        let x = load(text, start);
        let x = if len == 8 { x } else { x & ((1u64 << (8 * len)) - 1) };
        if x & HIGH != 0 {
            return None;
        }
        let h = (fold(x) ^ (len as u64) << 59).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        return Some((h ^ (h >> 31)) | 1);
    }
    folded_hash_long(text, start, end)
}

/// [`folded_hash`] for words longer than eight bytes, out of line.
#[inline(never)]
fn folded_hash_long(text: &[u8], start: usize, end: usize) -> Option<u64> {
    let mut h: u64 = (end - start) as u64;
    let mut any_high = 0;
    let mut at = start;
    while at < end {
        let left = end - at;
        let mut x = load(text, at);
        if left < 8 {
            x &= (1u64 << (8 * left)) - 1;
        }
        any_high |= x;
        h = (h.rotate_left(5) ^ fold(x)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        at += 8;
    }
    (any_high & HIGH == 0).then_some((h ^ (h >> 29)) | 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_scan_agrees_with_a_byte_loop() {
        let naive =
            |b: &[u8]| (!b.is_ascii(), b.is_ascii() && b.iter().any(u8::is_ascii_uppercase));
        let mut cases: Vec<Vec<u8>> = (0..=255u8).map(|b| vec![b]).collect();
        for b in 0..=255u8 {
            // Every byte at every position of a word longer than a chunk.
            for at in 0..11 {
                let mut w = b"abcdefghijk".to_vec();
                w[at] = b;
                cases.push(w);
            }
        }
        cases.push(Vec::new());
        for c in &cases {
            let (wide, upper) = ascii_scan(c);
            assert_eq!((wide, upper && !wide), naive(c), "{c:?}");
        }
    }
}
