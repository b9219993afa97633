//! Tokens and their kinds.

use crate::clitic::{self, Words};
use crate::span::Span;
use crate::tokenize::{Abbreviation, abbreviation_of};

/// What a token is.
///
/// Marked `#[non_exhaustive]`: later versions may tell more kinds apart.
#[non_exhaustive]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize), serde(rename_all = "snake_case"))]
pub enum TokenKind {
    /// Letters, possibly with digits, inner hyphens and apostrophes
    /// (`rekan-rekan`, `ke-18`, `1950-an`, `Lloyd's`) or an abbreviation's
    /// period (`Dr.`, `A.S.`).
    Word,
    /// Digits with Indonesian separators: `3.000`, `2,8`, `09.00`, `1/2`.
    Number,
    /// Punctuation: `.`, `,`, quotes, brackets, dashes, slashes, `...`.
    Punct,
    /// Symbols: `%`, `$`, `+`, `©`, emoji (a whole emoji sequence is one token).
    Symbol,
    /// A web address: `https://...`, `www.kompas.com`, `Kompas.com`.
    Url,
    /// An e-mail address: `redaksi@warta.id`.
    Email,
    /// A hashtag: `#PemiluDamai`.
    Hashtag,
    /// A user mention: `@jokowi`.
    Mention,
}

impl TokenKind {
    /// The kind's name in snake case, as the CLI writes it (`"word"`, `"url"`).
    pub const fn as_str(self) -> &'static str {
        match self {
            TokenKind::Word => "word",
            TokenKind::Number => "number",
            TokenKind::Punct => "punct",
            TokenKind::Symbol => "symbol",
            TokenKind::Url => "url",
            TokenKind::Email => "email",
            TokenKind::Hashtag => "hashtag",
            TokenKind::Mention => "mention",
        }
    }

    /// Whether tokens of this kind carry words (`Word`, `Number`, `Hashtag`,
    /// `Mention`) rather than punctuation, symbols or addresses.
    pub const fn is_wordlike(self) -> bool {
        matches!(
            self,
            TokenKind::Word | TokenKind::Number | TokenKind::Hashtag | TokenKind::Mention
        )
    }
}

/// One token: a slice of the input text with its byte span and kind.
///
/// A token borrows the text it was found in and owns nothing, so producing
/// one costs no allocation.
///
/// # Example
///
/// ```
/// use warta::{tokenize, TokenKind};
///
/// let tok = tokenize("Rp300 ribu").next().unwrap();
/// assert_eq!(tok.as_str(), "Rp");
/// assert_eq!(tok.kind(), TokenKind::Word);
/// assert_eq!(tok.span().range(), 0..2);
/// ```
///
/// Like regex's `Match`, a token keeps the whole input and its span, and
/// slices the input only when asked for its text.
#[derive(Clone, Copy)]
pub struct Token<'t> {
    haystack: &'t str,
    span: Span,
    kind: TokenKind,
}

/// Tokens are equal when their text, span and kind are.
impl PartialEq for Token<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.span == other.span && self.kind == other.kind && self.as_str() == other.as_str()
    }
}

impl Eq for Token<'_> {}

impl std::hash::Hash for Token<'_> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.as_str().hash(state);
        self.span.hash(state);
        self.kind.hash(state);
    }
}

impl std::fmt::Debug for Token<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Token")
            .field("text", &self.as_str())
            .field("span", &self.span)
            .field("kind", &self.kind)
            .finish()
    }
}

impl<'t> Token<'t> {
    #[inline]
    pub(crate) fn new(haystack: &'t str, span: Span, kind: TokenKind) -> Token<'t> {
        Token { haystack, span, kind }
    }

    /// The token's text, a slice of the input.
    #[inline]
    pub fn as_str(&self) -> &'t str {
        &self.haystack[self.span]
    }

    /// The text after the token, to the end of the text it was read from.
    pub(crate) fn rest(&self) -> &'t str {
        &self.haystack[self.span.end..]
    }

    /// The token's byte span in the input: `&input[tok.span()] == tok.as_str()`.
    #[inline]
    pub fn span(&self) -> Span {
        self.span
    }

    /// Byte offset of the token's first byte.
    #[inline]
    pub fn start(&self) -> usize {
        self.span.start
    }

    /// Byte offset one past the token's last byte.
    #[inline]
    pub fn end(&self) -> usize {
        self.span.end
    }

    /// The token's kind.
    #[inline]
    pub fn kind(&self) -> TokenKind {
        self.kind
    }

    /// If the token is an abbreviation that keeps its period (`Dr.`, `B.`,
    /// `dll.`, `A.S.`), what kind it is.
    ///
    /// # Example
    ///
    /// ```
    /// use warta::{tokenize, Abbreviation};
    ///
    /// let kinds: Vec<_> = tokenize("Dr. B. Ani, dll.").map(|t| t.abbreviation()).collect();
    /// assert_eq!(kinds, [
    ///     Some(Abbreviation::Title), Some(Abbreviation::Initial), None, None, Some(Abbreviation::Final),
    /// ]);
    /// ```
    pub fn abbreviation(&self) -> Option<Abbreviation> {
        let text = self.as_str();
        if self.kind == TokenKind::Word && text.ends_with('.') {
            abbreviation_of(text)
        } else {
            None
        }
    }

    /// The syntactic words of the token: a word with enclitics is split into
    /// its host and clitics (`rumahnya` → `rumah` + `nya`, `apakah` → `apa` +
    /// `kah`), every other token is a single word. See [`split_clitics`](crate::split_clitics).
    ///
    /// # Example
    ///
    /// ```
    /// let tok = warta::tokenize("anak-anakmu").next().unwrap();
    /// let words: Vec<&str> = tok.words().collect();
    /// assert_eq!(words, ["anak-anak", "mu"]);
    /// ```
    #[inline]
    pub fn words(&self) -> Words<'t> {
        if self.kind == TokenKind::Word {
            clitic::split_clitics(self.as_str())
        } else {
            Words::one(self.as_str())
        }
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Token<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = serializer.serialize_struct("Token", 4)?;
        st.serialize_field("text", self.as_str())?;
        st.serialize_field("start", &self.span.start)?;
        st.serialize_field("end", &self.span.end)?;
        st.serialize_field("kind", &self.kind)?;
        st.end()
    }
}
