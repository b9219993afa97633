//! The Snowball Indonesian stemmer (Tala, 2003, as published by the Snowball
//! project): dictionary-free affix stripping, conforming exactly to the
//! Snowball reference output (see `tests/` and the README for the check on
//! 64,586 words).

use std::borrow::Cow;

const VOWELS: &[u8] = b"aeiou";

fn is_vowel(b: u8) -> bool {
    VOWELS.contains(&b)
}

/// The kind of first- or second-order prefix removed so far, which decides
/// which suffixes may go: 1 for di-, me-, ter-; 2 for pe(r)-; 3 for ke-,
/// pe(N)-; 4 for be(r)-.
type Prefix = u8;

/// Stems one lowercase word with the Snowball Indonesian algorithm.
///
/// Input is expected in lowercase (as Snowball's own stemmers expect); other
/// characters pass through untouched. The result borrows the input when only
/// suffixes and plain prefixes were removed, and allocates only for the
/// recoded prefixes (`meny-` → `s`, `mem-`/`pem-` before a vowel → `p`).
///
/// # Example
///
/// ```
/// use warta::stem_tala;
///
/// assert_eq!(stem_tala("menyapu"), "sapu");
/// assert_eq!(stem_tala("pembangunan"), "bangun");
/// assert_eq!(stem_tala("bukunya"), "buku");
/// assert_eq!(stem_tala("mempermainkan"), "main");
/// ```
pub fn stem_tala(word: &str) -> Cow<'_, str> {
    let bytes = word.as_bytes();
    let mut measure = bytes.iter().filter(|&&b| is_vowel(b)).count();
    if measure <= 2 {
        return Cow::Borrowed(word);
    }
    // The word is `head + word[start..end]`, where `head` is a recoded
    // prefix letter ('s' or 'p') or nothing.
    let mut start = 0;
    let mut end = bytes.len();
    let mut head: Option<u8> = None;

    if let Some(n) =
        ["kah", "lah", "pun"].iter().find(|s| word[start..end].ends_with(**s)).map(|s| s.len())
    {
        end -= n;
        measure -= 1;
    }
    if measure <= 2 {
        return finish(word, head, start, end);
    }
    if let Some(n) =
        ["nya", "ku", "mu"].iter().find(|s| word[start..end].ends_with(**s)).map(|s| s.len())
    {
        end -= n;
        measure -= 1;
    }
    if measure <= 2 {
        return finish(word, head, start, end);
    }

    let mut prefix: Prefix = 0;
    let rest = &bytes[..end];
    if let Some((len, kind)) = first_order_prefix(rest) {
        // Apply the first-order prefix.
        let after = len;
        measure -= 1;
        let vowel_next = rest.get(after).is_some_and(|&b| is_vowel(b));
        match kind {
            FirstOrder::Plain(p) => {
                start = after;
                prefix = p;
            }
            FirstOrder::Nasal(p) => {
                // men-/pen-: "meny" + vowel is recoded to "s".
                if rest.get(after) == Some(&b'y')
                    && rest.get(after + 1).is_some_and(|&b| is_vowel(b))
                {
                    head = Some(b's');
                    start = after + 1;
                } else {
                    start = after;
                }
                prefix = p;
            }
            FirstOrder::Labial(p) => {
                // mem-/pem-: before a vowel the prefix is recoded to "p".
                if vowel_next {
                    head = Some(b'p');
                }
                start = after;
                prefix = p;
            }
        }
        // Only after a suffix went may a second-order prefix go too
        // (memperbaiki -> perbaik -> baik).
        if measure > 2 && remove_suffix(bytes, start, &mut end, prefix) {
            measure -= 1;
            if measure > 2
                && let Some((len, _)) = second_order_prefix(&bytes[start..end])
            {
                start += len;
            }
        }
    } else {
        if let Some((len, p)) = second_order_prefix(&bytes[start..end]) {
            start += len;
            measure -= 1;
            if let Some(p) = p {
                prefix = p;
            }
        }
        if measure > 2 {
            remove_suffix(bytes, start, &mut end, prefix);
        }
    }
    finish(word, head, start, end)
}

fn finish(word: &str, head: Option<u8>, start: usize, end: usize) -> Cow<'_, str> {
    match head {
        None => Cow::Borrowed(&word[start..end]),
        Some(h) => {
            let mut s = String::with_capacity(end - start + 1);
            s.push(char::from(h));
            s.push_str(&word[start..end]);
            Cow::Owned(s)
        }
    }
}

enum FirstOrder {
    /// di-, me-, meng-, ter- (1); ke-, peng- (3): deleted.
    Plain(Prefix),
    /// men- (1), pen- (3): "y" + vowel after it is recoded to "s".
    Nasal(Prefix),
    /// mem- (1), pem- (3): recoded to "p" before a vowel.
    Labial(Prefix),
}

/// The longest first-order prefix at the start of `w`.
fn first_order_prefix(w: &[u8]) -> Option<(usize, FirstOrder)> {
    // Longest match first, as Snowball's `among` does.
    const TABLE: [(&[u8], u8); 10] = [
        (b"meng", 0),
        (b"peng", 1),
        (b"mem", 2),
        (b"men", 3),
        (b"pem", 4),
        (b"pen", 5),
        (b"ter", 6),
        (b"di", 7),
        (b"ke", 8),
        (b"me", 9),
    ];
    let (p, code) = TABLE.iter().find(|(p, _)| w.starts_with(p))?;
    let kind = match code {
        0 | 6 | 7 | 9 => FirstOrder::Plain(1),
        1 | 8 => FirstOrder::Plain(3),
        2 => FirstOrder::Labial(1),
        3 => FirstOrder::Nasal(1),
        4 => FirstOrder::Labial(3),
        _ => FirstOrder::Nasal(3),
    };
    Some((p.len(), kind))
}

/// The second-order prefix at the start of `w`: its length and the prefix
/// kind it sets (`None` for pel- in pelajar, which sets none).
fn second_order_prefix(w: &[u8]) -> Option<(usize, Option<Prefix>)> {
    if w.starts_with(b"pe") {
        return Some(match w.get(2) {
            Some(b'r') => (3, Some(2)),
            Some(b'l') if w[3..].starts_with(b"ajar") => (3, None),
            _ => (2, Some(2)),
        });
    }
    if w.starts_with(b"be") {
        if w.get(2) == Some(&b'r') || (w.get(2) == Some(&b'l') && w[3..].starts_with(b"ajar")) {
            return Some((3, Some(4)));
        }
        // "be" + consonant + "er": bekerja -> kerja.
        let c = *w.get(2)?;
        if c.is_ascii() && is_vowel(c) {
            return None;
        }
        // The consonant may be any character that is not a vowel.
        let clen = std::str::from_utf8(&w[2..]).ok()?.chars().next()?.len_utf8();
        if w[2 + clen..].starts_with(b"er") {
            return Some((2, Some(4)));
        }
    }
    None
}

/// Removes -i, -an or -kan from `bytes[start..*end]` when the prefix allows.
fn remove_suffix(bytes: &[u8], start: usize, end: &mut usize, prefix: Prefix) -> bool {
    let w = &bytes[start..*end];
    if w.ends_with(b"an") {
        let kan = w.len() >= 3 && w[w.len() - 3] == b'k';
        if kan && prefix != 3 && prefix != 2 {
            *end -= 3;
            return true;
        }
        if prefix == 1 {
            return false;
        }
        *end -= 2;
        return true;
    }
    if w.ends_with(b"i") {
        if prefix > 2 {
            return false;
        }
        if w.len() >= 2 && w[w.len() - 2] == b's' {
            return false;
        }
        *end -= 1;
        return true;
    }
    false
}
