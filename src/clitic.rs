//! Enclitics: the syntactic words inside one surface token.
//!
//! Indonesian writes possessive pronouns (`-nya`, `-ku`, `-mu`) and discourse
//! particles (`-lah`, `-kah`, `-pun`) joined to their host: `rumahnya` is
//! `rumah` + `nya`, `bukunyalah` is `buku` + `nya` + `lah`. The UD Indonesian
//! treebanks keep the surface token and list these syntactic words under it
//! (multiword tokens); [`split_clitics`] does the same.

use crate::data::CLITIC_EXCEPTIONS;
use crate::normalize::ascii_lowercase_in;

/// Particles, outermost first when stacked after a possessive.
const PARTICLES: [&str; 3] = ["lah", "kah", "pun"];
/// Possessive and object pronouns.
const PRONOUNS: [&str; 3] = ["nya", "ku", "mu"];
/// A host must keep at least this many letters, so that `buku`, `telah`,
/// `kamu` and `hanya` are never split.
const MIN_HOST: usize = 3;
/// Longest word the exception lookup lowercases on the stack.
const MAX_LOOKUP: usize = 48;

/// The syntactic words of one token, borrowed from it: one to three parts,
/// host first.
///
/// Iterating yields `&str` slices of the token; nothing is allocated.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Words<'t> {
    parts: [&'t str; 3],
    len: u8,
    next: u8,
}

impl<'t> Words<'t> {
    pub(crate) fn one(word: &'t str) -> Words<'t> {
        Words { parts: [word, "", ""], len: 1, next: 0 }
    }

    /// Whether the token was split into more than one word.
    pub fn is_split(&self) -> bool {
        self.len > 1
    }

    /// All parts as a slice, host first, regardless of iteration progress.
    pub fn as_slice(&self) -> &[&'t str] {
        &self.parts[..usize::from(self.len)]
    }
}

impl<'t> Iterator for Words<'t> {
    type Item = &'t str;

    fn next(&mut self) -> Option<&'t str> {
        if self.next < self.len {
            self.next += 1;
            Some(self.parts[usize::from(self.next - 1)])
        } else {
            None
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = usize::from(self.len - self.next);
        (n, Some(n))
    }
}

impl ExactSizeIterator for Words<'_> {}

/// Splits a word into its host and enclitics, as the UD Indonesian treebanks
/// do for multiword tokens.
///
/// Recognised: a particle `-lah`, `-kah`, `-pun` (outermost), and before it a
/// pronoun `-nya`, `-ku`, `-mu`; after a hyphen the host keeps the hyphen
/// (`hamba-Ku` → `hamba-` + `Ku`) as the treebanks write it. Words that merely
/// end like a clitic stay whole: hosts shorter than three letters never split
/// (`buku`, `telah`, `kamu`), and a curated list (`data/clitic_exceptions.txt`)
/// keeps roots and lexicalised forms whole (`adalah`, `bertemu`, `maupun`,
/// `akhirnya`). Case is ignored for matching and kept in the output.
///
/// # Example
///
/// ```
/// use warta::split_clitics;
///
/// let parts = |w| split_clitics(w).collect::<Vec<_>>();
/// assert_eq!(parts("rumahnya"), ["rumah", "nya"]);
/// assert_eq!(parts("Apakah"), ["Apa", "kah"]);
/// assert_eq!(parts("bukunyalah"), ["buku", "nya", "lah"]);
/// assert_eq!(parts("anak-anakmu"), ["anak-anak", "mu"]);
/// assert_eq!(parts("adalah"), ["adalah"]);
/// assert_eq!(parts("bertemu"), ["bertemu"]);
/// ```
pub fn split_clitics(word: &str) -> Words<'_> {
    let whole = Words::one(word);
    let bytes = word.as_bytes();
    // Clitics are ASCII; a word of other letters or too short has none.
    if bytes.len() < MIN_HOST + 2 || !bytes[bytes.len() - 1].is_ascii_alphabetic() {
        return whole;
    }
    // "langkah-langkah": a reduplication of a word on the list is whole too.
    if is_exception(word) || word.rsplit_once('-').is_some_and(|(_, last)| is_exception(last)) {
        return whole;
    }
    let mut host = word;
    let mut tail: [&str; 2] = ["", ""];
    let mut n_tail = 0;
    if let Some(p) = strip_one(host, &PARTICLES) {
        tail[1] = &host[p..];
        host = &host[..p];
        n_tail = 1;
        // "bukunyalah": a pronoun may sit under the particle, unless what is
        // left is itself a whole word ("adalah" is handled above; "maupun"
        // likewise), checked again for the shorter host.
        if !is_exception(host)
            && let Some(q) = strip_one(host, &PRONOUNS)
        {
            tail[0] = &host[q..];
            host = &host[..q];
            n_tail = 2;
        }
    } else if let Some(q) = strip_one(host, &PRONOUNS) {
        tail[1] = &host[q..];
        host = &host[..q];
        n_tail = 1;
    }
    match n_tail {
        0 => whole,
        1 => Words { parts: [host, tail[1], ""], len: 2, next: 0 },
        _ => Words { parts: [host, tail[0], tail[1]], len: 3, next: 0 },
    }
}

/// If `word` ends in one of `suffixes` (ignoring ASCII case) after a host that
/// may carry it, returns where the suffix starts.
fn strip_one(word: &str, suffixes: &[&str]) -> Option<usize> {
    let bytes = word.as_bytes();
    for suffix in suffixes {
        let s = suffix.len();
        if bytes.len() <= s || !bytes[bytes.len() - s..].eq_ignore_ascii_case(suffix.as_bytes()) {
            continue;
        }
        let at = bytes.len() - s;
        let host = &word[..at];
        // "hamba-Ku", "melakukan-Nya": the hyphen stays with the host.
        if let Some(stem) = host.strip_suffix('-') {
            return is_host(stem, 2).then_some(at);
        }
        // Uppercase clitics only after a hyphen or in an all-caps word.
        let clitic = &bytes[at..];
        let upper_clitic = clitic.iter().any(u8::is_ascii_uppercase);
        let all_caps = bytes.iter().all(|b| !b.is_ascii_lowercase());
        if upper_clitic && !all_caps {
            return None;
        }
        // A capitalised word ending in -ku or -mu is far more often a name
        // (Maluku, Baku, Sarugaku) than a noun with a pronoun; names are not
        // reduplicated, so "Anak-anakku" still splits.
        if s == 2 && bytes[0].is_ascii_uppercase() && !all_caps && !host.contains('-') {
            return None;
        }
        return is_host(host, MIN_HOST).then_some(at);
    }
    None
}

/// Whether `host` can carry a clitic: enough letters, a vowel, and its last
/// segment not a fragment (for reduplications the last segment counts).
fn is_host(host: &str, min: usize) -> bool {
    let last = host.rsplit('-').next().unwrap_or(host);
    let base = if last.is_empty() { host } else { last };
    base.chars().count() >= min
        && base.chars().all(char::is_alphabetic)
        && base.bytes().any(|b| matches!(b.to_ascii_lowercase(), b'a' | b'e' | b'i' | b'o' | b'u'))
}

/// Whether the word is in the exception list, ignoring ASCII case.
fn is_exception(word: &str) -> bool {
    if !word.bytes().any(|b| b.is_ascii_uppercase()) {
        return CLITIC_EXCEPTIONS.contains(word);
    }
    let mut buf = [0u8; MAX_LOOKUP];
    ascii_lowercase_in(word, &mut buf).is_some_and(|w| CLITIC_EXCEPTIONS.contains(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(w: &str) -> Vec<&str> {
        split_clitics(w).collect()
    }

    #[test]
    fn splits() {
        let cases: &[(&str, &[&str])] = &[
            ("rumahnya", &["rumah", "nya"]),
            ("menyetujuinya", &["menyetujui", "nya"]),
            ("apakah", &["apa", "kah"]),
            ("Apakah", &["Apa", "kah"]),
            ("APAKAH", &["APA", "KAH"]),
            ("anak-anakmu", &["anak-anak", "mu"]),
            ("bukunya", &["buku", "nya"]),
            ("bukunyalah", &["buku", "nya", "lah"]),
            ("itulah", &["itu", "lah"]),
            ("padamu", &["pada", "mu"]),
            ("olehku", &["oleh", "ku"]),
            ("apapun", &["apa", "pun"]),
            ("ataupun", &["atau", "pun"]),
            ("hamba-Ku", &["hamba-", "Ku"]),
            ("melakukan-Nya", &["melakukan-", "Nya"]),
            ("tidaklah", &["tidak", "lah"]),
        ];
        for (w, want) in cases {
            assert_eq!(parts(w), *want, "{w}");
        }
    }

    #[test]
    fn keeps_whole() {
        for w in [
            "adalah",
            "Adalah",
            "setelah",
            "telah",
            "akhirnya",
            "lainnya",
            "bertemu",
            "menikah",
            "maupun",
            "meskipun",
            "buku",
            "kamu",
            "ilmu",
            "hanya",
            "punya",
            "langkah",
            "Maluku",
            "sekolah",
            "masalah",
            "nya",
            "lah",
            "rumah",
            "Tanya",
            "dua-duanya",
            "KENYA",
            "akuNya",
            "ábc",
            "",
            "-nya",
        ] {
            assert_eq!(parts(w), [w], "{w}");
        }
    }

    #[test]
    fn words_iterator() {
        let mut w = split_clitics("bukunyalah");
        assert!(w.is_split());
        assert_eq!(w.len(), 3);
        assert_eq!(w.as_slice(), ["buku", "nya", "lah"]);
        assert_eq!(w.next(), Some("buku"));
        assert_eq!(w.len(), 2);
        assert!(!split_clitics("rumah").is_split());
    }
}
