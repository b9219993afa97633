//! The document: a text's tokens, sentences and per-word features, built
//! once. Every stage reads it; none re-tokenizes, re-lowercases or
//! re-stems.

use std::borrow::Cow;
use std::cell::RefCell;
use std::ops::Range;
use std::sync::OnceLock;

use crate::normalize::folded_hash;
use crate::sentence::{Sentence, Sentences};
use crate::span::Span;
use crate::token::{Token, TokenKind};
use crate::tokenize::tokenize;
use crate::words::{Lexeme, Lexemes, Tok};

/// A text read once: its tokens, its sentences, and what warta knows of
/// each word (its case-folded hash, its stem, whether it is a stopword, and
/// the per-word data of the built-in resources), looked up once per
/// distinct word and thread.
///
/// [`Analyzer::analyze`](crate::Analyzer::analyze) builds one and runs
/// every stage on it; build one yourself to read the tokens and sentences
/// warta's stages see.
///
/// # Example
///
/// ```
/// let doc = warta::Document::new("Harga beras naik. Pemerintah menyelidiki penimbunan.");
/// assert_eq!(doc.sentences().count(), 2);
/// let words: Vec<&str> = doc.tokens().map(|t| t.as_str()).collect();
/// assert_eq!(words[..3], ["Harga", "beras", "naik"]);
/// let i = words.iter().position(|w| *w == "menyelidiki").unwrap();
/// assert_eq!(doc.stem(i), "selidik");
/// assert!(!doc.is_stopword(i));
/// ```
#[derive(Clone)]
pub struct Document<'t> {
    text: &'t str,
    pub(crate) toks: Vec<Tok>,
    /// Per token, its word's index in `words` (0 for a token that is not a
    /// word).
    word_ids: Vec<u32>,
    /// The document's distinct words, `Lexeme::NONE` first.
    words: Vec<Lexeme>,
    /// Each sentence: its span and the range of its tokens; split on first
    /// use (a language guess for a snippet needs no sentences).
    sentences: OnceLock<Vec<(Span, Range<usize>)>>,
}

impl std::fmt::Debug for Document<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Document")
            .field("bytes", &self.text.len())
            .field("tokens", &self.toks.len())
            .field("sentences", &self.sentence_spans().len())
            .finish()
    }
}

impl<'t> Document<'t> {
    /// Reads `text`: tokens, sentences and word features. Never fails.
    pub fn new(text: &'t str) -> Document<'t> {
        Document::read(text, true)
    }

    /// Reads `text`, with the word features that need a stem (for topics
    /// and keywords) only if `stems`: language and entities need none, and
    /// stemming is most of the cost of a word seen for the first time.
    pub(crate) fn read(text: &'t str, stems: bool) -> Document<'t> {
        let bytes = text.as_bytes();
        let mut toks = Vec::with_capacity(text.len() / 6 + 1);
        let mut word_ids = Vec::with_capacity(text.len() / 6 + 1);
        let mut words = vec![Lexeme::NONE];
        VOCAB.with(|vocab| {
            let mut vocab = vocab.borrow_mut();
            vocab.start_document();
            for t in tokenize(text) {
                let (start, end, kind) = (t.start(), t.end(), t.kind());
                toks.push(Tok { start, end, kind });
                let id = if kind != TokenKind::Word {
                    0
                } else {
                    let word = &text[start..end];
                    let hash = folded_hash(bytes, start, end)
                        .unwrap_or_else(|| crate::words::unicode_folded_hash(word));
                    vocab.get(hash, word, stems, &mut words)
                };
                word_ids.push(id);
            }
        });
        Document { text, toks, word_ids, words, sentences: OnceLock::new() }
    }

    /// Each token's lexeme.
    pub(crate) fn lexemes(&self) -> Lexemes<'_> {
        Lexemes { ids: &self.word_ids, words: &self.words }
    }

    /// The text.
    pub fn text(&self) -> &'t str {
        self.text
    }

    /// The number of tokens.
    pub fn len(&self) -> usize {
        self.toks.len()
    }

    /// Whether the text has no tokens.
    pub fn is_empty(&self) -> bool {
        self.toks.is_empty()
    }

    /// Token `i`.
    ///
    /// # Panics
    ///
    /// When `i` is not below [`Document::len`].
    pub fn token(&self, i: usize) -> Token<'t> {
        let t = self.toks[i];
        Token::new(self.text, Span::new(t.start, t.end), t.kind)
    }

    /// The tokens, exactly as [`tokenize`](crate::tokenize) yields them.
    pub fn tokens(&self) -> impl ExactSizeIterator<Item = Token<'t>> + '_ {
        let text = self.text;
        self.toks.iter().map(move |t| Token::new(text, Span::new(t.start, t.end), t.kind))
    }

    /// The sentences, exactly as [`sentences`](crate::sentences) yields
    /// them.
    pub fn sentences(&self) -> impl ExactSizeIterator<Item = Sentence<'t>> + '_ {
        let text = self.text;
        self.sentence_spans().iter().map(move |(span, _)| Sentence::new(text, *span))
    }

    /// Each sentence's span and token range, split over the document's
    /// tokens on first use.
    pub(crate) fn sentence_spans(&self) -> &[(Span, Range<usize>)] {
        self.sentences.get_or_init(|| {
            let (text, toks) = (self.text, &self.toks);
            let mut sentences = Vec::new();
            let mut k = 0;
            let iter = toks.iter().map(|t| Token::new(text, Span::new(t.start, t.end), t.kind));
            for s in Sentences::over(text, iter) {
                let span = s.span();
                let first = k;
                while k < toks.len() && toks[k].start < span.end {
                    k += 1;
                }
                sentences.push((span, first..k));
            }
            sentences
        })
    }

    /// The stem of token `i` if it is a word (lowercase, as
    /// [`stem`](crate::stem) gives it), else the token's text.
    ///
    /// # Panics
    ///
    /// When `i` is not below [`Document::len`].
    pub fn stem(&self, i: usize) -> Cow<'t, str> {
        let t = self.toks[i];
        let word = &self.text[t.start..t.end];
        if t.kind == TokenKind::Word { crate::stem::stem(word) } else { Cow::Borrowed(word) }
    }

    /// Whether token `i` is an Indonesian stopword.
    ///
    /// # Panics
    ///
    /// When `i` is not below [`Document::len`].
    pub fn is_stopword(&self, i: usize) -> bool {
        self.lexemes()[i].is_stop()
    }
}

/// Longest word whose features are computed, in bytes: the stemmer's bound.
const MAX_WORD: usize = crate::MAX_STEM_LEN;
/// Distinct words a thread's table keeps before it starts again.
const MAX_WORDS: usize = 500_000;

/// The lexeme of the lowercase word `lower` with `hash`: the features that
/// need no stem, and those that do if `stems`.
fn lexeme_of(lower: &str, hash: u64, stems: bool) -> Lexeme {
    if lower.len() > MAX_WORD {
        // Nothing to compute, now or later.
        return Lexeme { hash, flags: Lexeme::STEMMED, ..Lexeme::NONE };
    }
    let mut lex = crate::words::base(lower, hash);
    lex.lid = crate::language::word_entry(lower, hash);
    if stems {
        add_stem(&mut lex, lower);
    }
    lex
}

/// Fills in the features of `lex`, the lexeme of `lower`, that need its
/// stem: the stem's identity, the keyword weight, the topic terms.
fn add_stem(lex: &mut Lexeme, lower: &str) {
    let stem = crate::words::add_stem(lex, lower);
    let (term, part) = crate::topics::word_terms(lower, &stem, lex.is_stop());
    lex.term = term;
    lex.part = part;
}

/// A slot of the word table: the word's lexeme, and the document (by its
/// number) that last met it with the word's index there.
#[derive(Clone, Copy)]
struct Slot {
    lex: Lexeme,
    doc: u32,
    local: u32,
}

const EMPTY: Slot = Slot { lex: Lexeme::NONE, doc: 0, local: 0 };

/// Case-folded word hash -> lexeme, per thread: open addressing over slots
/// keyed by the lexeme's hash (0 marks an empty slot), so that a word costs
/// one probe once it has been seen. The slot also keeps the word's index in
/// the document being read, so that a document stores each distinct word
/// once and a `u32` per token.
#[derive(Default)]
struct Vocab {
    slots: Vec<Slot>,
    used: usize,
    /// The number of the document being read.
    doc: u32,
}

impl Vocab {
    /// Starts reading a new document.
    fn start_document(&mut self) {
        self.doc = self.doc.wrapping_add(1);
    }

    /// The index in `words` (the document's distinct words) of `word` (as
    /// written) with `hash`, with the features that need a stem if `stems`;
    /// the word is added to `words` the first time the document meets it.
    #[inline]
    fn get(&mut self, hash: u64, word: &str, stems: bool, words: &mut Vec<Lexeme>) -> u32 {
        if self.used * 10 >= self.slots.len() * 7 {
            self.grow();
        }
        let mask = self.slots.len() - 1;
        let mut i = crate::normalize::home_slot(hash, mask);
        loop {
            let slot = &mut self.slots[i];
            if slot.lex.hash == hash {
                // Met before in this document (the check of the stored word
                // guards against a document number that wrapped around).
                if slot.doc == self.doc
                    && words.get(slot.local as usize).is_some_and(|w| w.hash == hash)
                {
                    return slot.local;
                }
                if stems && !slot.lex.is_stemmed() {
                    // Seen by a stage that needed no stem: stem it now.
                    with_lower(word, |lower| add_stem(&mut slot.lex, lower));
                }
                return local(slot, self.doc, words);
            }
            if slot.lex.hash == 0 {
                break;
            }
            i = (i + 1) & mask;
        }
        let lex = with_lower(word, |lower| lexeme_of(lower, hash, stems));
        self.slots[i] = Slot { lex, ..EMPTY };
        self.used += 1;
        local(&mut self.slots[i], self.doc, words)
    }

    fn grow(&mut self) {
        if self.used > MAX_WORDS {
            // Start again rather than grow without bound.
            self.slots.iter_mut().for_each(|s| *s = EMPTY);
            self.used = 0;
            return;
        }
        let size = (self.slots.len() * 2).max(4096);
        let old = std::mem::replace(&mut self.slots, vec![EMPTY; size]);
        for slot in old.into_iter().filter(|s| s.lex.hash != 0) {
            let mut i = crate::normalize::home_slot(slot.lex.hash, size - 1);
            while self.slots[i].lex.hash != 0 {
                i = (i + 1) & (size - 1);
            }
            self.slots[i] = slot;
        }
    }
}

/// Adds the slot's word to the document's `words` and notes its index in
/// the slot.
fn local(slot: &mut Slot, doc: u32, words: &mut Vec<Lexeme>) -> u32 {
    let id = words.len() as u32;
    words.push(slot.lex);
    slot.doc = doc;
    slot.local = id;
    id
}

/// Calls `f` with `word` in lower case: in a stack buffer for ASCII,
/// lowercased once otherwise (other scripts and accents). A word longer than
/// [`MAX_WORD`] is passed as it is: nothing is computed for it.
fn with_lower<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    if word.len() > MAX_WORD {
        return f(word);
    }
    let mut buf = [0u8; MAX_WORD];
    match crate::normalize::ascii_lowercase_in(word, &mut buf) {
        Some(lower) => f(lower),
        None => f(&word.to_lowercase()),
    }
}

thread_local! {
    static VOCAB: RefCell<Vocab> = RefCell::new(Vocab::default());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn document_matches_the_stand_alone_stages() {
        let text = "JAKARTA, KOMPAS.com - Harga beras naik.\n\nDr. Ani berkata: \"Kami kaget.\" Élan vital Ünïcode 中文.";
        let doc = Document::new(text);
        assert!(doc.tokens().eq(tokenize(text)));
        assert!(doc.sentences().eq(crate::sentences(text)));
        for (i, t) in doc.tokens().enumerate() {
            if t.kind() == TokenKind::Word {
                assert_eq!(doc.stem(i), crate::stem(t.as_str()));
                assert_eq!(doc.is_stopword(i), crate::is_stopword(&t.as_str().to_lowercase()));
            }
        }
        // Cached and uncached lexemes agree, and each distinct word is kept
        // once.
        let again = Document::new(text);
        assert_eq!(per_token(&doc), per_token(&again));
        assert!(doc.words.len() < doc.len());
        let words: std::collections::HashSet<u64> = doc.words.iter().map(|w| w.hash).collect();
        assert_eq!(words.len(), doc.words.len());
        for (t, l) in doc.toks.iter().zip(per_token(&doc)) {
            if l.hash != 0 {
                let w = text[t.start..t.end].to_lowercase();
                assert_eq!(l, lexeme_of(&w, l.hash, true), "{w}");
            }
        }
    }

    fn per_token(doc: &Document<'_>) -> Vec<Lexeme> {
        (0..doc.len()).map(|i| doc.lexemes()[i]).collect()
    }

    #[test]
    fn words_first_read_without_stems_are_stemmed_later() {
        let text = "Penyelidikan atas perusahaan Élan itu berlangsung lama, kata pejabatnya.";
        // On this test's own thread, so the table starts empty.
        let plain = Document::read(text, false);
        let full = Document::new(text);
        for ((t, p), f) in full.toks.iter().zip(per_token(&plain)).zip(per_token(&full)) {
            if f.hash != 0 {
                let w = text[t.start..t.end].to_lowercase();
                assert_eq!(f, lexeme_of(&w, f.hash, true), "{w}");
                assert_eq!((p.hash, p.lid, p.is_stop()), (f.hash, f.lid, f.is_stop()), "{w}");
            }
        }
    }

    #[test]
    fn odd_input() {
        for t in ["", " ", "\n\n", "...", "a", &"x".repeat(100)] {
            let d = Document::new(t);
            assert_eq!(d.len(), tokenize(t).count());
        }
    }
}
