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
    if text.is_ascii() {
        if text.bytes().any(|b| b.is_ascii_uppercase()) {
            Cow::Owned(text.to_ascii_lowercase())
        } else {
            Cow::Borrowed(text)
        }
    } else if text.chars().any(|c| c.is_uppercase()) {
        Cow::Owned(text.to_lowercase())
    } else {
        Cow::Borrowed(text)
    }
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
