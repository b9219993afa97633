//! Built-in data: every embedded file, parsed once on first use.
//!
//! The files in `data/` are checked by the unit tests below, so parsing them
//! cannot fail at run time.

use crate::hash::TaggedTable;
use std::sync::LazyLock;

/// Where an abbreviation stands in a sentence, which decides whether a capital
/// letter after it starts a new sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum AbbrevClass {
    /// Before a name (`Dr.`, `Prof.`): never ends a sentence.
    Title,
    /// Inside a sentence (`No.`, `Jl.`): does not end a sentence.
    Inner,
    /// May end a sentence (`dll.`, `Tbk.`).
    Final,
}

const ABBREVIATIONS_TSV: &str = include_str!("../data/abbreviations.tsv");
const CLITIC_EXCEPTIONS_TXT: &str = include_str!("../data/clitic_exceptions.txt");
const STOPWORDS_TXT: &str = include_str!("../data/stopwords.txt");
const NON_KEYWORDS_TXT: &str = include_str!("../data/non_keywords.txt");
const INFORMAL_TSV: &str = include_str!("../data/informal.tsv");
const LID_IDMS_TSV: &str = include_str!("../data/lid_idms.tsv");
const LID_WORDS_TSV: &str = include_str!("../data/lid_words.tsv");
const LID_MARKERS_TSV: &str = include_str!("../data/lid_idms_markers.tsv");
const LID_NGRAMS_TSV: &str = include_str!("../data/lid_ngrams.tsv");

/// Weight a curated Indonesian or Malay marker adds to the trained weight:
/// a `strong` marker (never used in the other standard's news) and a `weak`
/// one (clearly more typical of one standard). Must match
/// `scripts/build_lid.py`.
const STRONG_MARKER: f32 = 3.0;
const WEAK_MARKER: f32 = 1.5;

/// Bits for the languages of `data/lid_words.tsv`.
pub(crate) struct Regional;

impl Regional {
    pub(crate) const IDMS: u8 = 1;
    pub(crate) const JV: u8 = 2;
    pub(crate) const SU: u8 = 4;
    pub(crate) const EN: u8 = 8;
}

/// The lines of a generated model file that are not settings (`@name`).
fn entries(file: &'static str) -> impl Iterator<Item = &'static str> {
    lines(file).filter(|l| !l.starts_with('@'))
}

/// The value of the setting `@name` of a generated model file.
fn setting(file: &'static str, name: &str) -> f64 {
    lines(file)
        .filter_map(|l| l.strip_prefix('@')?.split_once('\t'))
        .find(|(n, _)| *n == name)
        .and_then(|(_, v)| v.parse().ok())
        .unwrap_or_else(|| panic!("generated model file without @{name} (checked by tests)"))
}

/// The calibration of the Indonesian-vs-Malay score: confidence is
/// `sigmoid(scale * |score|)`; an answer is reliable from `reliable` on.
pub(crate) static LID_CALIBRATION: LazyLock<(f64, f64)> =
    LazyLock::new(|| (setting(LID_IDMS_TSV, "scale"), setting(LID_IDMS_TSV, "reliable")));

/// A curated marker's line: the word and its signed weight.
fn marker(line: &'static str) -> (&'static str, f32) {
    let mut cols = line.split('\t');
    let word = cols.next().unwrap_or("");
    let sign = if cols.next() == Some("id") { 1.0 } else { -1.0 };
    let weight = if cols.next() == Some("weak") { WEAK_MARKER } else { STRONG_MARKER };
    (word, sign * weight)
}

/// Indonesian-vs-Malay word weights.
pub(crate) static LID_IDMS: LazyLock<FastMap<f32>> = LazyLock::new(|| {
    let mut map = entries(LID_IDMS_TSV)
        .map(|l| {
            let (w, v) = l.split_once('\t').expect("data/lid_idms.tsv is valid (checked by tests)");
            (w, v.parse().expect("data/lid_idms.tsv is valid (checked by tests)"))
        })
        .collect::<FastMap<f32>>();
    for (w, weight) in lines(LID_MARKERS_TSV).map(marker) {
        *map.entry(w).or_insert(0.0) += weight;
    }
    map
});

/// Character n-gram weights for the words `LID_IDMS` lacks, by the
/// n-gram's FNV-1a hash: each weight, already scaled, as the bits of an
/// `f32` (no entry reads as 0.0).
pub(crate) static LID_NGRAMS: LazyLock<TaggedTable> = LazyLock::new(|| {
    let scale = setting(LID_NGRAMS_TSV, "scale") as f32;
    let grams: Vec<(u64, f32)> = entries(LID_NGRAMS_TSV)
        .map(|l| {
            let (g, v) =
                l.split_once('\t').expect("data/lid_ngrams.tsv is valid (checked by tests)");
            let v: f32 = v.parse().expect("data/lid_ngrams.tsv is valid (checked by tests)");
            (g.bytes().fold(FNV_OFFSET, fnv), v * scale)
        })
        .collect();
    let mut table = TaggedTable::new((grams.len() * 2).next_power_of_two());
    for (hash, weight) in grams {
        table.insert(hash, weight.to_bits());
    }
    table
});

/// The FNV-1a offset basis.
pub(crate) const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;

/// One FNV-1a step: the hash of a string extended by `b`.
#[inline]
pub(crate) fn fnv(h: u64, b: u8) -> u64 {
    (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
}

/// The detector's table: each word's Indonesian-vs-Malay weight (if the
/// word model has one) and the languages it is a function word of, in one
/// lookup.
pub(crate) static LID: LazyLock<FastMap<(Option<f32>, u8)>> = LazyLock::new(|| {
    let mut map: FastMap<(Option<f32>, u8)> =
        LID_IDMS.iter().map(|(w, &v)| (*w, (Some(v), 0))).collect();
    for (w, &langs) in LID_WORDS.iter() {
        map.entry(w).or_insert((None, 0)).1 = langs;
    }
    map
});

/// Function words and the languages they belong to.
pub(crate) static LID_WORDS: LazyLock<FastMap<u8>> = LazyLock::new(|| {
    lines(LID_WORDS_TSV)
        .map(|l| {
            let (w, langs) =
                l.split_once('\t').expect("data/lid_words.tsv is valid (checked by tests)");
            let bits = langs
                .split(',')
                .map(|c| match c {
                    "idms" => Regional::IDMS,
                    "jv" => Regional::JV,
                    "su" => Regional::SU,
                    "en" => Regional::EN,
                    _ => panic!("data/lid_words.tsv is valid (checked by tests)"),
                })
                .fold(0, |a, b| a | b);
            (w, bits)
        })
        .collect()
});

type FastSet =
    std::collections::HashSet<&'static str, std::hash::BuildHasherDefault<crate::hash::WordHasher>>;
type FastMap<V> = std::collections::HashMap<
    &'static str,
    V,
    std::hash::BuildHasherDefault<crate::hash::WordHasher>,
>;

/// Indonesian stopwords.
pub(crate) static STOPWORDS: LazyLock<FastSet> = LazyLock::new(|| lines(STOPWORDS_TXT).collect());

/// Content words that are never keywords: time words, numerals, common
/// adverbs and reporting words, which say nothing of what an article is
/// about. A word is left out when it or its stem is listed.
pub(crate) static NON_KEYWORDS: LazyLock<FastSet> =
    LazyLock::new(|| lines(NON_KEYWORDS_TXT).collect());

/// Informal spellings and their standard forms.
pub(crate) static INFORMAL: LazyLock<FastMap<&'static str>> = LazyLock::new(|| {
    lines(INFORMAL_TSV)
        .map(|l| l.split_once('\t').expect("data/informal.tsv is valid (checked by tests)"))
        .collect()
});

/// Longest abbreviation in the built-in list, in bytes: longer words are not
/// looked up at all.
pub(crate) const MAX_ABBREV_LEN: usize = 7;

/// Non-comment, non-empty lines of an embedded file.
fn lines(file: &'static str) -> impl Iterator<Item = &'static str> {
    file.lines().map(str::trim_end).filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// The abbreviations as listed; lookups go through [`ABBREVIATION_TABLE`].
pub(crate) static ABBREVIATIONS: LazyLock<Vec<(&'static str, AbbrevClass)>> = LazyLock::new(|| {
    lines(ABBREVIATIONS_TSV)
        .map(|line| {
            let (form, class) =
                line.split_once('\t').expect("data/abbreviations.tsv is valid (checked by tests)");
            let class = match class {
                "title" => AbbrevClass::Title,
                "inner" => AbbrevClass::Inner,
                "final" => AbbrevClass::Final,
                _ => panic!("data/abbreviations.tsv is valid (checked by tests)"),
            };
            (form, class)
        })
        .collect()
});

/// Words that end like an enclitic but are not host + clitic (`adalah`,
/// `buku`, `maupun`, `akhirnya`).
pub(crate) static CLITIC_EXCEPTIONS: LazyLock<FastSet> =
    LazyLock::new(|| lines(CLITIC_EXCEPTIONS_TXT).collect());

/// Packs a word of at most eight bytes, lowercased, into an integer key.
fn key(word: &[u8]) -> u64 {
    word.iter().fold(0, |k, &b| k << 8 | u64::from(b.to_ascii_lowercase()))
}

/// Slots in the abbreviation hash table (a power of two, at least twice the
/// number of abbreviations; checked by the tests).
const SLOTS: usize = 512;

/// Slot of a key: multiplicative hashing.
fn slot(k: u64) -> usize {
    (k.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 55) as usize & (SLOTS - 1)
}

/// The abbreviations in an open-addressing table keyed by [`key`]: a lookup
/// is one multiplication and, nearly always, one probe. Key 0 marks an empty
/// slot (no abbreviation is empty).
static ABBREVIATION_TABLE: LazyLock<Vec<(u64, AbbrevClass)>> = LazyLock::new(|| {
    let mut table = vec![(0, AbbrevClass::Inner); SLOTS];
    for &(form, class) in ABBREVIATIONS.iter() {
        let k = key(form.as_bytes());
        let mut i = slot(k);
        while table[i].0 != 0 {
            i = (i + 1) & (SLOTS - 1);
        }
        table[i] = (k, class);
    }
    table
});

/// Looks up an abbreviation ignoring ASCII case, without allocating.
pub(crate) fn abbreviation(word: &str) -> Option<AbbrevClass> {
    let bytes = word.as_bytes();
    if bytes.is_empty() || bytes.len() > MAX_ABBREV_LEN || !word.is_ascii() {
        return None;
    }
    let k = key(bytes);
    let table = &*ABBREVIATION_TABLE;
    let mut i = slot(k);
    loop {
        let (slot_key, class) = table[i];
        if slot_key == k {
            return Some(class);
        }
        if slot_key == 0 {
            return None;
        }
        i = (i + 1) & (SLOTS - 1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn abbreviations_are_valid() {
        let mut seen = HashSet::new();
        for (n, line) in lines(ABBREVIATIONS_TSV).enumerate() {
            let (form, class) =
                line.split_once('\t').unwrap_or_else(|| panic!("line {n}: {line:?}"));
            assert!(matches!(class, "title" | "inner" | "final"), "{line:?}");
            assert!(!form.is_empty() && form.len() <= MAX_ABBREV_LEN, "{line:?}");
            assert!(
                form.bytes().all(|b| b.is_ascii_lowercase()),
                "{line:?} must be lowercase letters"
            );
            assert!(seen.insert(form), "duplicate {form}");
        }
        assert_eq!(ABBREVIATIONS.len(), seen.len());
        assert!(SLOTS >= 2 * ABBREVIATIONS.len());
        for &(form, class) in ABBREVIATIONS.iter() {
            assert_eq!(abbreviation(form), Some(class), "{form}");
            assert_eq!(abbreviation(&form.to_ascii_uppercase()), Some(class), "{form}");
        }
        assert_eq!(abbreviation("Dr"), Some(AbbrevClass::Title));
        assert_eq!(abbreviation("TBK"), Some(AbbrevClass::Final));
        assert_eq!(abbreviation("rumah"), None);
        assert_eq!(abbreviation(""), None);
        assert_eq!(abbreviation("dañ"), None);
    }

    #[test]
    fn word_lists_are_valid() {
        for (name, file) in [("stopwords", STOPWORDS_TXT), ("non_keywords", NON_KEYWORDS_TXT)] {
            let mut seen = HashSet::new();
            for line in lines(file) {
                assert!(
                    line.chars().all(|c| c.is_ascii_lowercase() || c == '-'),
                    "{name}: {line:?}"
                );
                assert!(seen.insert(line), "{name}: duplicate {line}");
            }
        }
        let mut seen = HashSet::new();
        for line in lines(INFORMAL_TSV) {
            let (from, to) = line.split_once('\t').unwrap_or_else(|| panic!("informal: {line:?}"));
            assert!(from.bytes().all(|b| b.is_ascii_lowercase()), "{line:?}");
            assert!(!to.is_empty() && to == to.to_lowercase(), "{line:?}");
            assert!(seen.insert(from), "informal: duplicate {from}");
        }
        assert!(STOPWORDS.contains("yang") && INFORMAL.get("yg") == Some(&"yang"));
        assert!(NON_KEYWORDS.contains("pekan") && NON_KEYWORDS.contains("lima"));
        assert!(
            LID_IDMS.len() > 1000
                && LID_IDMS.keys().all(|w| w.bytes().all(|b| b.is_ascii_lowercase()))
        );
        assert!(LID_WORDS.len() > 200 && LID_WORDS.values().all(|&b| b != 0));
        for line in lines(LID_MARKERS_TSV) {
            let cols: Vec<&str> = line.split('\t').collect();
            assert!(
                (2..=3).contains(&cols.len())
                    && matches!(cols[1], "id" | "ms")
                    && cols.get(2).is_none_or(|s| matches!(*s, "strong" | "weak"))
                    && cols[0].bytes().all(|b| b.is_ascii_lowercase()),
                "markers: {line:?}"
            );
        }
        let (scale, reliable) = *LID_CALIBRATION;
        assert!(scale > 0.0 && (0.5..1.0).contains(&reliable));
        assert!(LID_NGRAMS.len() > 1000);
        assert!(LID_WORDS.keys().all(|w| w.bytes().all(|b| b.is_ascii_lowercase())));
    }

    #[test]
    fn clitic_exceptions_are_valid() {
        let mut seen = HashSet::new();
        for line in lines(CLITIC_EXCEPTIONS_TXT) {
            assert!(line.chars().all(|c| c.is_ascii_lowercase() || c == '-'), "{line:?}");
            assert!(seen.insert(line), "duplicate {line}");
        }
        assert_eq!(CLITIC_EXCEPTIONS.len(), seen.len());
        assert!(CLITIC_EXCEPTIONS.contains("adalah"));
    }
}
