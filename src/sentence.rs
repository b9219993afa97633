//! The sentence splitter, driven by the tokenizer.

use crate::span::Span;
use crate::token::{Token, TokenKind};
use crate::tokenize::{Tokens, tokenize};

/// One sentence: a span of the text from its first token to its last.
///
/// # Example
///
/// ```
/// let text = "Harga naik. \"Kami kaget,\" kata Budi.";
/// let s: Vec<_> = warta::sentences(text).collect();
/// assert_eq!(s[1].as_str(), "\"Kami kaget,\" kata Budi.");
/// assert_eq!(s[1].tokens().count(), 8);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sentence<'t> {
    text: &'t str,
    span: Span,
}

impl<'t> Sentence<'t> {
    #[inline]
    pub(crate) fn new(text: &'t str, span: Span) -> Sentence<'t> {
        Sentence { text, span }
    }

    /// The sentence's text, a slice of the input.
    #[inline]
    pub fn as_str(&self) -> &'t str {
        &self.text[self.span]
    }

    /// The sentence's byte span in the input.
    #[inline]
    pub fn span(&self) -> Span {
        self.span
    }

    /// The tokens of the sentence, with spans into the whole input: exactly
    /// the tokens [`tokenize`] yields for the input inside this span.
    #[inline]
    pub fn tokens(&self) -> Tokens<'t> {
        Tokens::in_range(self.text, self.span)
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Sentence<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = serializer.serialize_struct("Sentence", 3)?;
        st.serialize_field("text", self.as_str())?;
        st.serialize_field("start", &self.span.start)?;
        st.serialize_field("end", &self.span.end)?;
        st.end()
    }
}

/// Splits `text` into sentences, lazily.
///
/// A sentence ends at `.`, `!`, `?`, `…` or `...` (with any closing quotes
/// and brackets right after it) when the next token starts a sentence: a
/// capital letter, a digit, an opening quote or bracket, a URL, hashtag or
/// mention. Abbreviations do not end sentences (`Dr.`, `No.`, `Jl.`, initials
/// such as `B. J. Habibie`), except those that may close one (`dll.`,
/// `Tbk.`, `Inc.`) when a capital follows. A blank line always ends a
/// sentence; a single line break does too (a headline without final
/// punctuation before its body), unless the next line continues the sentence
/// in lowercase after a word or comma.
///
/// # Example
///
/// ```
/// let text = "Xiaomi Diselidiki Taiwan\nPemerintah Taiwan menyelidiki Xiaomi Inc. dan Dr. Li. \
///             \"Kami kooperatif,\" kata juru bicara Xiaomi Inc. \"Kami taat.\" \
///             Penyelidikan berlangsung 3 bulan...";
/// let sents: Vec<&str> = warta::sentences(text).map(|s| s.as_str()).collect();
/// assert_eq!(sents, [
///     "Xiaomi Diselidiki Taiwan",
///     "Pemerintah Taiwan menyelidiki Xiaomi Inc. dan Dr. Li.",
///     "\"Kami kooperatif,\" kata juru bicara Xiaomi Inc.",
///     "\"Kami taat.\"",
///     "Penyelidikan berlangsung 3 bulan...",
/// ]);
/// ```
pub fn sentences(text: &str) -> Sentences<'_> {
    Sentences { text, tokens: tokenize(text), peeked: None }
}

/// Lazy iterator over the [`Sentence`]s of a text, made by [`sentences`]
/// (over the tokenizer) or by a [`Document`](crate::Document) (over its
/// tokens, so that the text is tokenized once).
#[derive(Clone, Debug)]
pub struct Sentences<'t, I = Tokens<'t>> {
    text: &'t str,
    tokens: I,
    peeked: Option<Token<'t>>,
}

impl<'t, I: Iterator<Item = Token<'t>>> Sentences<'t, I> {
    /// The sentences of `text` over its tokens `tokens` (all of them, in
    /// order, exactly as [`tokenize`] yields them).
    pub(crate) fn over(text: &'t str, tokens: I) -> Sentences<'t, I> {
        Sentences { text, tokens, peeked: None }
    }
}

impl<'t, I: Iterator<Item = Token<'t>>> Iterator for Sentences<'t, I> {
    type Item = Sentence<'t>;

    fn next(&mut self) -> Option<Sentence<'t>> {
        let first = self.peeked.take().or_else(|| self.tokens.next())?;
        let mut last = first;
        // Set after a sentence-final mark, while closing marks may follow.
        let mut ended = is_terminal(&last);
        for next in self.tokens.by_ref() {
            let gap = &self.text[last.end()..next.start()];
            if let Some(split) = line_break(gap, &last, &next) {
                if split {
                    self.peeked = Some(next);
                    break;
                }
            } else if ended {
                if gap.is_empty() && is_closing(self.text, &next) {
                    last = next;
                    continue;
                }
                if starts_sentence(&last, &next, gap) {
                    self.peeked = Some(next);
                    break;
                }
            }
            last = next;
            ended = is_terminal(&last);
        }
        Some(Sentence { text: self.text, span: Span::new(first.start(), last.end()) })
    }
}

impl std::iter::FusedIterator for Sentences<'_> {}

/// Whether a line break in the gap between `last` and `next` decides the
/// boundary: `Some(true)` splits, `Some(false)` joins, `None` when the gap
/// holds no line break.
fn line_break(gap: &str, last: &Token<'_>, next: &Token<'_>) -> Option<bool> {
    let mut breaks = gap.bytes().filter(|&b| b == b'\n');
    breaks.next()?;
    if breaks.next().is_some() {
        return Some(true);
    }
    // A single line break: a hard-wrapped line continues in lowercase after a
    // word or a comma; anything else starts a new sentence.
    let continues = next.as_str().chars().next().is_some_and(char::is_lowercase)
        && (last.kind().is_wordlike() || matches!(last.as_str(), "," | ";" | "-" | "(" | ":"));
    Some(!continues)
}

/// Marks that end a sentence, and abbreviations that may.
fn is_terminal(tok: &Token<'_>) -> bool {
    let s = tok.as_str();
    match tok.kind() {
        TokenKind::Punct => {
            s.chars().all(|c| matches!(c, '.' | '!' | '?' | '…' | '。' | '！' | '？' | '‼' | '⁇'))
        }
        TokenKind::Word => tok.abbreviation().is_some_and(|a| a.may_end_sentence()),
        _ => false,
    }
}

/// Closing quotes and brackets that stay with the sentence they follow.
fn is_closing(text: &str, tok: &Token<'_>) -> bool {
    match tok.as_str() {
        "”" | "’" | "»" | ")" | "]" | "}" | "''" | "'" | "\"" | "›" => {
            // A straight quote glued to the next word opens a quotation.
            let after = &text[tok.end()..];
            !matches!(tok.as_str(), "'" | "\"")
                || after.chars().next().is_none_or(|c| !c.is_alphanumeric())
        }
        _ => false,
    }
}

/// Whether `tok` can begin a sentence after `last`, a sentence-final mark
/// (or a closing mark after one), with `gap` between them.
fn starts_sentence(last: &Token<'_>, tok: &Token<'_>, gap: &str) -> bool {
    let Some(c) = tok.as_str().chars().next() else { return false };
    if last.kind() == TokenKind::Word {
        // After an abbreviation that may end a sentence ("dll.", "Tbk."),
        // only a capitalised word that is not another abbreviation
        // ("Co. Ltd.") starts one; "(BBNI)" after "Tbk." does not.
        // An opening quote before a capital starts one too (`Xiaomi Inc.
        // "Kami kooperatif," kata ...`).
        let quote = tok.kind() == TokenKind::Punct
            && matches!(c, '"' | '“' | '‘' | '«' | '„')
            && tok.rest().chars().next().is_some_and(char::is_uppercase);
        return !gap.is_empty()
            && (quote
                || tok.kind() == TokenKind::Word
                    && c.is_uppercase()
                    && tok.abbreviation().is_none());
    }
    if gap.is_empty() && matches!(tok.kind(), TokenKind::Word | TokenKind::Number) {
        // "PMK.011", "B.02.00": a period glued to what follows is not a
        // sentence end.
        return false;
    }
    match tok.kind() {
        TokenKind::Word | TokenKind::Number => !c.is_lowercase(),
        TokenKind::Url | TokenKind::Email | TokenKind::Hashtag | TokenKind::Mention => true,
        TokenKind::Punct => matches!(
            c,
            '"' | '\''
                | '“'
                | '‘'
                | '«'
                | '('
                | '['
                | '`'
                | '„'
                | '‹'
                | '¿'
                | '¡'
                | '-'
                | '—'
                | '–'
                | '•'
        ),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text).map(|s| s.as_str()).collect()
    }

    #[test]
    fn basic() {
        assert_eq!(split("Satu. Dua! Tiga? empat."), ["Satu.", "Dua!", "Tiga? empat."]);
        assert_eq!(split(""), Vec::<&str>::new());
        assert_eq!(split("  tanpa titik  "), ["tanpa titik"]);
    }

    #[test]
    fn abbreviations_and_numbers() {
        assert_eq!(split("Dr. Budi datang. No. 5 menang."), ["Dr. Budi datang.", "No. 5 menang."]);
        assert_eq!(
            split("Harga 3.000 naik 2,5. Lalu turun."),
            ["Harga 3.000 naik 2,5.", "Lalu turun."]
        );
        assert_eq!(split("B. J. Habibie lahir 1936."), ["B. J. Habibie lahir 1936."]);
        assert_eq!(
            split("Ada apel, jeruk, dll. Semua segar."),
            ["Ada apel, jeruk, dll.", "Semua segar."]
        );
        assert_eq!(
            split("Direktur Agus D.W. Martowardojo hadir."),
            ["Direktur Agus D.W. Martowardojo hadir."]
        );
        assert_eq!(
            split("PT Maju Tbk. (MAJU) naik. Co. Ltd. dan Pte. Ltd. Saham naik."),
            ["PT Maju Tbk. (MAJU) naik.", "Co. Ltd. dan Pte. Ltd.", "Saham naik."]
        );
        assert_eq!(
            split("Permenkeu No. 34/PMK.011/2007 berlaku."),
            ["Permenkeu No. 34/PMK.011/2007 berlaku."]
        );
        assert_eq!(split("Saham PT BCA Tbk. naik."), ["Saham PT BCA Tbk. naik."]);
        assert_eq!(split("Tahun 1949. 20 orang tewas."), ["Tahun 1949.", "20 orang tewas."]);
    }

    #[test]
    fn quotes() {
        assert_eq!(split("\"Saya setuju.\" Dia pergi."), ["\"Saya setuju.\"", "Dia pergi."]);
        assert_eq!(split("Dia bilang. \"Saya setuju.\""), ["Dia bilang.", "\"Saya setuju.\""]);
        assert_eq!(split("“Ya,” katanya. “Tidak.”"), ["“Ya,” katanya.", "“Tidak.”"]);
        assert_eq!(
            split("Ia pergi (ke pasar.) Lalu pulang."),
            ["Ia pergi (ke pasar.)", "Lalu pulang."]
        );
        assert_eq!(split("Ia pergi.\"Saya ikut\""), ["Ia pergi.", "\"Saya ikut\""]);
    }

    #[test]
    fn ellipsis_and_lines() {
        assert_eq!(split("Tunggu... Ya."), ["Tunggu...", "Ya."]);
        assert_eq!(split("Tunggu... ya."), ["Tunggu... ya."]);
        assert_eq!(split("Judul Berita\nIsi berita."), ["Judul Berita", "Isi berita."]);
        assert_eq!(split("kalimat yang\ndibungkus."), ["kalimat yang\ndibungkus."]);
        assert_eq!(split("paragraf satu\n\nparagraf dua"), ["paragraf satu", "paragraf dua"]);
    }

    #[test]
    fn tokens_match_document_tokens() {
        let text = "Dr. Li: \"Ya.\" Lalu #tag @a.b https://x.id/a. Selesai!";
        let from_sentences: Vec<Token<'_>> = sentences(text).flat_map(|s| s.tokens()).collect();
        let direct: Vec<Token<'_>> = tokenize(text).collect();
        assert_eq!(from_sentences, direct);
    }
}
