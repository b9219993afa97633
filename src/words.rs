//! Words: what the stages need to know of each word of a text, computed once
//! per distinct word (and thread) by the [`Document`](crate::Document), not
//! once per stage and token.
//!
//! [`Lexeme`] is plain data. The generic features (the case-folded hash, the
//! stem's identity, the stopword flag, the keyword weight) are computed here;
//! the slots that belong to a later stage (the topic taxonomy's term ids, the
//! language detector's word entry) are filled by the document builder with
//! that stage's own per-word function and read back by that stage. Adding a
//! layer that needs per-word data means adding a slot here and one call in
//! the document's `lexeme_of` (or `add_stem`, if it needs the stem).

use crate::data::NON_KEYWORDS;
use crate::entities::Mention;
use crate::token::TokenKind;

/// A token as the document keeps it: its byte range and kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Tok {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) kind: TokenKind,
}

/// No term or part of the topic taxonomy.
pub(crate) const NO_TERM: u16 = u16::MAX;
/// Not a word the language detector counts (not all ASCII letters, or too
/// long).
pub(crate) const NO_LID: u32 = u32::MAX;

/// What warta knows of one word, whatever its case.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Lexeme {
    /// Identity of the case-folded word: [`crate::normalize::folded_hash`]
    /// for an ASCII word, [`unicode_folded_hash`] for any other; 0 for
    /// tokens that are not words.
    pub(crate) hash: u64,
    /// Identity of the word's stem (a hash of it); 0 for stopwords, tokens
    /// that are not words, and lexemes not [`Lexeme::STEMMED`].
    pub(crate) stem: u64,
    /// Keyword weight: ln(evidence size / the stem's count in the root
    /// lexicon's evidence), squared; 0 when the word cannot be a keyword (a
    /// stopword, a verb).
    pub(crate) keyword: f32,
    /// The topic taxonomy's one-word term, or [`NO_TERM`].
    pub(crate) term: u16,
    /// The topic taxonomy's phrase part, or [`NO_TERM`].
    pub(crate) part: u16,
    /// The language detector's entry for the word (packed), 0 for a word it
    /// counts but does not know, [`NO_LID`] for one it does not count.
    pub(crate) lid: u32,
    /// [`Lexeme::STOP`], [`Lexeme::STEMMED`], [`Lexeme::ROOT`].
    pub(crate) flags: u8,
    /// The word's part in values ([`crate::values::word_class`]): a month,
    /// a scale, a currency, a word of a relative date; 0 for none.
    pub(crate) value: u8,
}

impl Lexeme {
    /// A stopword.
    pub(crate) const STOP: u8 = 1;
    /// The stem and what depends on it (stem, keyword weight, topic terms)
    /// are filled in; only the stages that need them ask for them.
    pub(crate) const STEMMED: u8 = 2;
    /// The stem is a root of the root lexicon: a common word, not a name.
    /// Set with the keyword weight, for the words that can be keywords (the
    /// only ones that read it).
    pub(crate) const ROOT: u8 = 4;

    /// The lexeme of a token that is not a word.
    pub(crate) const NONE: Lexeme = Lexeme {
        hash: 0,
        stem: 0,
        keyword: 0.0,
        term: NO_TERM,
        part: NO_TERM,
        lid: NO_LID,
        flags: 0,
        value: 0,
    };

    /// Whether the word is a stopword.
    #[inline]
    pub(crate) fn is_stop(&self) -> bool {
        self.flags & Lexeme::STOP != 0
    }

    /// Whether the stem's slots are filled in.
    #[inline]
    pub(crate) fn is_stemmed(&self) -> bool {
        self.flags & Lexeme::STEMMED != 0
    }

    /// Whether the stem is a root of the root lexicon.
    #[inline]
    pub(crate) fn is_root(&self) -> bool {
        self.flags & Lexeme::ROOT != 0
    }
}

/// The generic features of the lowercase word `lower` that need no stem:
/// its hash and the stopword flag; the slots are left empty.
pub(crate) fn base(lower: &str, hash: u64) -> Lexeme {
    let stop = crate::data::STOPWORDS.contains(lower);
    Lexeme {
        hash,
        flags: if stop { Lexeme::STOP } else { 0 },
        value: crate::values::word_class(lower),
        ..Lexeme::NONE
    }
}

/// Fills in the stem's identity and the keyword weight of `lex`, the
/// lexeme of `lower`, and marks it [`Lexeme::STEMMED`]; returns the stem (a
/// stopword is its own), for the stage slots that depend on it.
pub(crate) fn add_stem<'w>(lex: &mut Lexeme, lower: &'w str) -> std::borrow::Cow<'w, str> {
    lex.flags |= Lexeme::STEMMED;
    if lex.is_stop() {
        return std::borrow::Cow::Borrowed(lower);
    }
    let stem = crate::stem::stem(lower);
    lex.stem = str_hash(&stem);
    remember_stem(lex.stem, &stem);
    // Keywords are things, not actions: verbs (meN-, di-, ber-, ter- with a
    // stem inside, or a stem with the verb suffix -kan or -i, as headlines
    // write them: `Luncurkan`, `Kunjungi`) are left out, and so are the
    // words that say nothing of what an article is about
    // (`data/non_keywords.txt`).
    let suffixed = |suffix: &str| lower.strip_suffix(suffix) == Some(stem.as_ref());
    let verb = stem != lower
        && (["me", "di", "ber", "ter"].iter().any(|p| lower.starts_with(p))
            || suffixed("kan")
            || suffixed("i"));
    if verb {
        return stem;
    }
    let general = NON_KEYWORDS.contains(stem.as_ref())
        || (stem.as_ref() != lower && NON_KEYWORDS.contains(lower));
    if !general {
        let root = crate::stem::root_weight(&stem);
        if root.is_some() {
            lex.flags |= Lexeme::ROOT;
        }
        let idf = (EVIDENCE_WORDS / (1.0 + f64::from(root.unwrap_or(0)))).ln();
        lex.keyword = (idf * idf) as f32;
    }
    stem
}

/// Each token's lexeme in a document: per token an index into the table of
/// the document's distinct words.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Lexemes<'a> {
    pub(crate) ids: &'a [u32],
    pub(crate) words: &'a [Lexeme],
}

impl std::ops::Index<usize> for Lexemes<'_> {
    type Output = Lexeme;

    /// The lexeme of token `i`.
    #[inline]
    fn index(&self, i: usize) -> &Lexeme {
        &self.words[self.ids[i] as usize]
    }
}

/// Total words of the root lexicon's evidence, for the keyword weights.
const EVIDENCE_WORDS: f64 = 250_000.0;

/// A 64-bit hash of `word` with its letters lowercased, for words that are
/// not all ASCII (ASCII words use [`crate::normalize::folded_hash`]); never
/// 0. Computed on the characters, without a lowercased copy.
pub(crate) fn unicode_folded_hash(word: &str) -> u64 {
    let mut h: u64 = 0x9ce4_8422_2325_cbf2;
    let mut buf = [0u8; 4];
    for c in word.chars().flat_map(char::to_lowercase) {
        for &b in c.encode_utf8(&mut buf).as_bytes() {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
    h | 1
}

/// A 64-bit FNV-1a hash of `s`, never 0.
pub(crate) fn str_hash(s: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in s.as_bytes() {
        h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
    }
    h | 1
}

/// Stems a thread's table keeps before it starts again.
const MAX_STEMS: usize = 500_000;

thread_local! {
    /// Stem identity -> stem, for the stems this thread has computed: the
    /// few stages that print a stem (keywords) read it back instead of
    /// stemming again.
    static STEMS: std::cell::RefCell<std::collections::HashMap<u64, Box<str>, std::hash::BuildHasherDefault<crate::hash::WordHasher>>> =
        std::cell::RefCell::new(std::collections::HashMap::default());
}

fn remember_stem(id: u64, stem: &str) {
    STEMS.with(|m| {
        let mut m = m.borrow_mut();
        if m.len() >= MAX_STEMS {
            m.clear();
        }
        m.entry(id).or_insert_with(|| stem.into());
    });
}

/// The stem whose identity is `id`, the stem of the word `form`.
pub(crate) fn stem_of(id: u64, form: &str) -> String {
    STEMS
        .with(|m| m.borrow().get(&id).map(|s| s.to_string()))
        .unwrap_or_else(|| crate::stem::stem(form).into_owned())
}

/// Longest line, in bytes, that can be a title-case headline: headlines are
/// short, and the bound keeps the judging of a line cheap.
pub(crate) const MAX_HEADLINE: usize = 300;

/// The title-case lines of a text: headlines that capitalise every word
/// (`Polisi Tangkap Dua Pelaku Pencurian Motor di Bekasi`), whose capitals
/// therefore do not mark names. A title-case line has at most
/// [`MAX_HEADLINE`] bytes, at least four words of which at least three are
/// content words (not stopwords), at most one content word in five written
/// in lower case (function words may be), and no final period. Lines are
/// judged on demand, in text order; the last line's answer is kept, so that
/// each line is judged once.
pub(crate) struct TitleLines<'a> {
    text: &'a str,
    toks: &'a [Tok],
    lexemes: Lexemes<'a>,
    /// The byte range of the last line judged (or of its part from the token
    /// asked about, for a line too long to be a headline), and the answer.
    last: (usize, usize, bool),
}

impl<'a> TitleLines<'a> {
    /// The title-case lines of `text`, whose tokens are `toks` with
    /// `lexemes`.
    pub(crate) fn new(text: &'a str, toks: &'a [Tok], lexemes: Lexemes<'a>) -> TitleLines<'a> {
        TitleLines { text, toks, lexemes, last: (0, 0, false) }
    }

    /// Whether token `i` lies on a title-case line.
    pub(crate) fn contains(&mut self, i: usize) -> bool {
        let at = self.toks[i].start;
        if self.last.0 <= at && at < self.last.1 {
            return self.last.2;
        }
        let text = self.text;
        // Only the last MAX_HEADLINE bytes before the token are searched for
        // the line's start: a longer line is no headline. (A line break is
        // never inside a character: any boundary will do.)
        let mut lo = at.saturating_sub(MAX_HEADLINE + 1);
        while !text.is_char_boundary(lo) {
            lo += 1;
        }
        let start = match text[lo..at].rfind('\n') {
            Some(p) => Some(lo + p + 1),
            None => (lo == 0).then_some(0),
        };
        let end = text[at..].find('\n').map_or(text.len(), |p| at + p);
        let title = match start {
            Some(start) if end - start <= MAX_HEADLINE => self.judge(start, end),
            _ => false,
        };
        self.last = (start.unwrap_or(at), end.max(at + 1), title);
        title
    }

    /// Whether the line from byte `start` to `end` is in title case.
    fn judge(&self, start: usize, end: usize) -> bool {
        let first = self.toks.partition_point(|t| t.start < start);
        let last = self.toks.partition_point(|t| t.start < end);
        let (mut words, mut content, mut lower) = (0usize, 0usize, 0usize);
        for (j, t) in self.toks[first..last].iter().enumerate() {
            if t.kind != TokenKind::Word {
                continue;
            }
            words += 1;
            if !self.lexemes[first + j].is_stop() {
                content += 1;
                lower += usize::from(self.text[t.start..].starts_with(char::is_lowercase));
            }
        }
        // Headlines do not end with a period; sentences full of names do.
        let period =
            last > first && &self.text[self.toks[last - 1].start..self.toks[last - 1].end] == ".";
        words >= 4 && content >= 3 && lower * 5 <= content && !period
    }
}

/// Whether byte offset `at` lies inside one of `mentions` (in text order,
/// not overlapping): a known name.
pub(crate) fn in_mention(mentions: &[Mention<'_>], at: usize) -> bool {
    let k = mentions.partition_point(|m| m.span.start <= at);
    k > 0 && at < mentions[k - 1].span.end
}
