//! Built-in data: every embedded file, parsed once on first use.
//!
//! The files in `data/` are checked by the unit tests below, so parsing them
//! cannot fail at run time.

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

/// Longest abbreviation in the built-in list, in bytes: longer words are not
/// looked up at all.
pub(crate) const MAX_ABBREV_LEN: usize = 7;

/// Non-comment, non-empty lines of an embedded file.
fn lines(file: &'static str) -> impl Iterator<Item = &'static str> {
    file.lines().map(str::trim_end).filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// Sorted by form, for a binary search that needs neither hashing nor a
/// lowercased copy of the word.
pub(crate) static ABBREVIATIONS: LazyLock<Vec<(&'static str, AbbrevClass)>> = LazyLock::new(|| {
    let mut list: Vec<_> = lines(ABBREVIATIONS_TSV)
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
        .collect();
    list.sort_unstable_by_key(|&(form, _)| form);
    list
});

/// Words that end like an enclitic but are not host + clitic (`adalah`,
/// `buku`, `maupun`, `akhirnya`).
pub(crate) static CLITIC_EXCEPTIONS: LazyLock<std::collections::HashSet<&'static str>> =
    LazyLock::new(|| lines(CLITIC_EXCEPTIONS_TXT).collect());

/// Looks up an abbreviation ignoring ASCII case, without allocating.
pub(crate) fn abbreviation(word: &str) -> Option<AbbrevClass> {
    let bytes = word.as_bytes();
    if bytes.is_empty() || bytes.len() > MAX_ABBREV_LEN {
        return None;
    }
    let folded = bytes.iter().map(u8::to_ascii_lowercase);
    ABBREVIATIONS
        .binary_search_by(|&(form, _)| form.bytes().cmp(folded.clone()))
        .ok()
        .map(|i| ABBREVIATIONS[i].1)
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
        assert_eq!(abbreviation("Dr"), Some(AbbrevClass::Title));
        assert_eq!(abbreviation("TBK"), Some(AbbrevClass::Final));
        assert_eq!(abbreviation("rumah"), None);
        assert_eq!(abbreviation(""), None);
        assert_eq!(abbreviation("dañ"), None);
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
