//! Stemming: warta's Indonesian stemmer (lexicon-validated affix stripping),
//! the Snowball Indonesian (Tala) algorithm, and English through
//! rust-stemmers, chosen by [`Language`].

mod indonesian;
mod tala;

use std::borrow::Cow;
use std::sync::{Arc, LazyLock};

pub use indonesian::{Lexicon, MAX_STEM_LEN};
pub use tala::stem_tala;

use crate::lang::Language;
use crate::normalize::lowercase;

/// The stemming algorithm for Indonesian and Malay.
#[non_exhaustive]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(rename_all = "snake_case")
)]
pub enum Algorithm {
    /// warta's stemmer: confix stripping validated against a root lexicon.
    #[default]
    Default,
    /// The Snowball Indonesian (Tala) algorithm: no lexicon, exactly the
    /// Snowball reference behaviour.
    Tala,
}

static ENGLISH: LazyLock<rust_stemmers::Stemmer> =
    LazyLock::new(|| rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::English));

/// A stemmer: an algorithm and, for the default algorithm, a root lexicon.
///
/// Cheap to clone and `Send + Sync`; build once and share.
///
/// # Example
///
/// ```
/// use warta::{Language, Stemmer};
///
/// let stemmer = Stemmer::new();
/// assert_eq!(stemmer.stem("penyelidikan"), "selidik");
/// assert_eq!(stemmer.stem("menyelidiki"), "selidik");
/// assert_eq!(stemmer.stem("Perekonomian"), "ekonomi");
/// assert_eq!(stemmer.stem("anak-anak"), "anak");
/// assert_eq!(stemmer.stem("Xiaomi"), "xiaomi");
/// assert_eq!(stemmer.stem_in(Language::English, "investigations"), "investig");
/// ```
#[derive(Clone, Debug)]
pub struct Stemmer {
    algorithm: Algorithm,
    lexicon: Option<Arc<Lexicon>>,
}

impl Default for Stemmer {
    fn default() -> Self {
        Stemmer::new()
    }
}

impl Stemmer {
    /// The default stemmer with the built-in lexicon.
    pub fn new() -> Stemmer {
        Stemmer { algorithm: Algorithm::Default, lexicon: None }
    }

    /// A stemmer with the given algorithm (and the built-in lexicon).
    pub fn with_algorithm(algorithm: Algorithm) -> Stemmer {
        Stemmer { algorithm, lexicon: None }
    }

    /// The default stemmer validating against `lexicon` instead of the
    /// built-in one (merge them first with [`Lexicon::extend`] to keep both).
    pub fn with_lexicon(lexicon: Lexicon) -> Stemmer {
        Stemmer { algorithm: Algorithm::Default, lexicon: Some(Arc::new(lexicon)) }
    }

    /// The algorithm in use.
    pub fn algorithm(&self) -> Algorithm {
        self.algorithm
    }

    /// Stems one Indonesian (or Malay) word. Case is folded first; the
    /// result borrows the input when it is an unchanged or sliced lowercase
    /// word.
    pub fn stem<'w>(&self, word: &'w str) -> Cow<'w, str> {
        match lowercase(word) {
            Cow::Borrowed(w) => self.stem_lower(w),
            Cow::Owned(w) => Cow::Owned(self.stem_lower(&w).into_owned()),
        }
    }

    /// Stems a word of the given language: English through rust-stemmers'
    /// English algorithm, Indonesian and Malay through [`Stemmer::stem`],
    /// every other language lowercased only.
    pub fn stem_in<'w>(&self, language: Language, word: &'w str) -> Cow<'w, str> {
        match language {
            Language::Indonesian | Language::Malay => self.stem(word),
            Language::English => match lowercase(word) {
                Cow::Borrowed(w) => ENGLISH.stem(w),
                Cow::Owned(w) => Cow::Owned(ENGLISH.stem(&w).into_owned()),
            },
            _ => lowercase(word),
        }
    }

    fn stem_lower<'w>(&self, word: &'w str) -> Cow<'w, str> {
        match self.algorithm {
            Algorithm::Tala => stem_tala(word),
            Algorithm::Default => {
                let lexicon = self.lexicon.as_deref().unwrap_or_else(|| Lexicon::builtin());
                indonesian::stem_with(word, lexicon)
            }
        }
    }
}

/// Stems one Indonesian word with the default stemmer and built-in lexicon.
///
/// # Example
///
/// ```
/// assert_eq!(warta::stem("keamanan"), "aman");
/// assert_eq!(warta::stem("bukunya"), "buku");
/// ```
pub fn stem(word: &str) -> Cow<'_, str> {
    static DEFAULT: LazyLock<Stemmer> = LazyLock::new(Stemmer::new);
    DEFAULT.stem(word)
}

/// The built-in root lexicon's weight of `root`, if it is a root.
pub(crate) fn root_weight(root: &str) -> Option<u32> {
    Lexicon::builtin().weight(root)
}

/// Whether `word` is a root of the built-in lexicon.
pub(crate) fn is_root(word: &str) -> bool {
    Lexicon::builtin().contains(word)
}
