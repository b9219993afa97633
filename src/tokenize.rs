//! The tokenizer: a hand-written byte scanner. Its fast path classifies 64
//! bytes at a time (SIMD through `wide` where the target has it) and reads
//! spaces and plain ASCII words off the resulting bitmasks; everything else
//! (joined words, numbers, non-ASCII text, URLs) takes the scalar rules,
//! which a property test holds equal to the fast path.
//!
//! Conventions follow the UD Indonesian treebanks (GSD, CSUI): hyphenated
//! words and reduplications stay whole, numbers keep their separators,
//! abbreviations keep their period, URLs, e-mail addresses, hashtags and
//! mentions are single tokens, every other punctuation mark and symbol is a
//! token of its own. See [`tokenize`] for the full list.

use std::sync::LazyLock;

use regex::Regex;
use unicode_segmentation::{GraphemeCursor, UnicodeSegmentation};

use crate::data::{self, AbbrevClass};
use crate::span::Span;
use crate::token::{Token, TokenKind};

/// Tokens longer than this many bytes are cut: a run of 64 KiB without a
/// break is not language (base64 blobs, minified scripts), and cutting keeps
/// every later stage's per-token work bounded. The cut falls on a `char`
/// boundary, so no text is lost: the rest becomes the next token.
pub const MAX_TOKEN_LEN: usize = 64 * 1024;

/// Splits `text` into tokens, lazily and without allocating.
///
/// Whitespace (and control characters, zero-width spaces and byte-order
/// marks) separates tokens and belongs to none; every other character is in
/// exactly one token. Spans are byte offsets into `text`, in order and never
/// overlapping.
///
/// The rules follow the UD Indonesian treebanks as they tokenize news:
///
/// * words with inner hyphens stay whole: `rekan-rekan`, `masing-masing`,
///   `ke-18`, `1950-an`, `APBN-P`; so do inner apostrophes (`Ka'ban`, `Lloyd's`)
///   and underscores;
/// * numbers keep their separators: `3.000`, `2,8`, `1.000.000`, `09.00`,
///   `10:30`; `%` is a token of its own; ranges are split (`5-10` → `5` `-`
///   `10`), as are slashes between words and numbers (`dan/atau`, `4/2007`);
/// * a currency written against its amount is split off: `Rp300` → `Rp` `300`,
///   `$1,5` → `$` `1,5`, `USD5` → `USD` `5`;
/// * known abbreviations keep their period (`No.`, `Dr.`, `Tbk.`, `dll.`, the
///   list in `data/abbreviations.tsv`), as do initials (`B.`) and dotted forms
///   (`A.S.`, `S.H.`);
/// * quotes, brackets, dashes and slashes between words are tokens of their
///   own; `...`, `--`, ` `` ` and `''` are one token each, while repeated
///   `!` and `?` and runs of two or four periods are single marks, as the
///   treebanks write them;
/// * URLs (`https://…`, `www.…`, `Kompas.com`), e-mail addresses, `#hashtags`
///   and `@mentions` are single tokens;
/// * an emoji sequence (with skin tones, joiners, flags) is one `Symbol` token,
///   and combining marks stay with the character they modify;
/// * text in scripts written without spaces (Chinese, Japanese, Thai) stays
///   in runs, as the treebanks keep `高雄`.
///
/// # Example
///
/// ```
/// use warta::{tokenize, TokenKind};
///
/// let text = "Harga saham BBCA naik 2,5% (Rp9.000) pada 09.00 WIB.";
/// let tokens: Vec<&str> = tokenize(text).map(|t| t.as_str()).collect();
/// assert_eq!(
///     tokens,
///     ["Harga", "saham", "BBCA", "naik", "2,5", "%", "(", "Rp", "9.000", ")", "pada", "09.00", "WIB", "."]
/// );
/// let pct = tokenize(text).find(|t| t.as_str() == "%").unwrap();
/// assert_eq!(pct.kind(), TokenKind::Symbol);
/// assert_eq!(&text[pct.span()], "%");
/// ```
pub fn tokenize(text: &str) -> Tokens<'_> {
    Tokens { text, pos: 0, end: text.len(), block: Block::EMPTY }
}

/// Lazy iterator over the [`Token`]s of a text, made by [`tokenize`].
#[derive(Clone, Debug)]
pub struct Tokens<'t> {
    text: &'t str,
    pos: usize,
    end: usize,
    block: Block,
}

impl<'t> Tokens<'t> {
    /// Tokens of `text` starting at byte `start` (a token start) and stopping
    /// before `end`; scanning still sees the whole text, so the tokens are
    /// exactly those `tokenize(text)` yields in that range.
    pub(crate) fn in_range(text: &'t str, span: Span) -> Tokens<'t> {
        Tokens { text, pos: span.start, end: span.end.min(text.len()), block: Block::EMPTY }
    }

    /// The text being tokenized.
    pub fn text(&self) -> &'t str {
        self.text
    }

    /// Byte offset where the next token search starts.
    pub fn offset(&self) -> usize {
        self.pos
    }
}

impl<'t> Iterator for Tokens<'t> {
    type Item = Token<'t>;

    #[inline]
    fn next(&mut self) -> Option<Token<'t>> {
        if let Some(tok) = self.next_in_block() {
            return tok;
        }
        self.next_scalar()
    }
}

impl<'t> Tokens<'t> {
    /// The fast path: spaces skipped and an ASCII word found with the masks
    /// of a 64-byte block, so that neither costs a branch per byte.
    /// `None` when the next token needs the scalar path; `Some(None)` at the
    /// end of the range.
    #[inline(always)]
    #[allow(clippy::option_option)]
    fn next_in_block(&mut self) -> Option<Option<Token<'t>>> {
        let mut start = self.pos;
        // Keep at least 8 bytes of the block ahead of the token.
        if start.wrapping_sub(self.block.base) >= 56 {
            self.block = Block::load(self.text.as_bytes(), start);
        }
        let mut off = start.wrapping_sub(self.block.base);
        if off >= 56 {
            return None;
        }
        let skip = (!self.block.space >> off).trailing_zeros() as usize;
        if skip >= 64 - off {
            return None;
        }
        start += skip;
        off += skip;
        if start >= self.end {
            self.pos = start;
            return Some(None);
        }
        let w = self.block.word >> off;
        if w & 1 == 0 {
            self.pos = start;
            let b = self.text.as_bytes()[start];
            if SINGLE_PUNCT[usize::from(b)] {
                self.pos = start + 1;
                return Some(Some(Token::new(
                    self.text,
                    Span::new(start, start + 1),
                    TokenKind::Punct,
                )));
            }
            return None;
        }
        let run = (!w).trailing_zeros() as usize;
        if off + run >= 64 {
            self.pos = start;
            return None;
        }
        let run_mask = (1u64 << run) - 1;
        let digits = (self.block.digit >> off) & run_mask;
        let seen = (u8::from(digits != run_mask) * LETTER) | (u8::from(digits != 0) * DIGIT);
        if (self.block.space >> (off + run)) & 1 == 1 && seen != LETTER | DIGIT {
            // The most common case, a word before a space, read off the
            // masks without touching the bytes again.
            let end = start + run;
            self.pos = end;
            let kind = if seen == DIGIT { TokenKind::Number } else { TokenKind::Word };
            return Some(Some(Token::new(self.text, Span::new(start, end), kind)));
        }
        let (end, kind) = finish_ascii_word(self.text, start, start + run, seen);
        self.pos = end;
        Some(Some(Token::new(self.text, Span::new(start, end), kind)))
    }

    #[inline]
    fn next_scalar(&mut self) -> Option<Token<'t>> {
        let bytes = self.text.as_bytes();
        let mut start = self.pos;
        // The common case: one space, then an ASCII word.
        while start < self.end && bytes[start] == b' ' {
            start += 1;
        }
        if start >= self.end {
            self.pos = start;
            return None;
        }
        let b = bytes[start];
        let (start, end, kind) = if WORD_BYTE[usize::from(b)] != 0 {
            let (end, kind) = scan_ascii_word(self.text, start);
            (start, end, kind)
        } else if SINGLE_PUNCT[usize::from(b)]
            || (matches!(b, b'.' | b'-') && bytes.get(start + 1) != Some(&b))
        {
            (start, start + 1, TokenKind::Punct)
        } else {
            let start = skip_space(self.text, start, self.end)?;
            // Scanning never looks further than one maximal token ahead,
            // which keeps tokenizing linear even in megabytes without a break.
            let (end, kind) = scan_unbounded(bounded(self.text, start), start);
            (start, end, kind)
        };
        self.pos = end;
        Some(Token::new(self.text, Span::new(start, end), kind))
    }
}

impl std::iter::FusedIterator for Tokens<'_> {}

/// Class masks of 64 bytes of the text: bit `k` describes byte `base + k`.
#[derive(Clone, Copy, Debug)]
struct Block {
    base: usize,
    /// ASCII letters and digits.
    word: u64,
    /// ASCII digits.
    digit: u64,
    /// Spaces and ASCII control characters (separators).
    space: u64,
}

impl Block {
    /// No block: every offset from it is out of range.
    const EMPTY: Block = Block { base: usize::MAX, word: 0, digit: 0, space: 0 };

    /// The masks of the 64 bytes at `base`, or [`Block::EMPTY`] near the end
    /// of the text.
    #[inline]
    fn load(bytes: &[u8], base: usize) -> Block {
        let Some(chunk) = bytes.get(base..base.saturating_add(64)) else {
            return Block::EMPTY;
        };
        let mut block = Block { base, word: 0, digit: 0, space: 0 };
        for (k, sixteen) in chunk.chunks_exact(16).enumerate() {
            let (word, digit, space) = classify16(sixteen);
            block.word |= u64::from(word) << (16 * k);
            block.digit |= u64::from(digit) << (16 * k);
            block.space |= u64::from(space) << (16 * k);
        }
        block
    }
}

/// Bitmasks (bit `k` for byte `k`) of the ASCII letters and digits, the
/// digits, and the separators (space and control characters) among sixteen
/// bytes, with SIMD where the target has it (through `wide`).
#[inline(always)]
fn classify16(bytes: &[u8]) -> (u32, u32, u32) {
    use wide::{i8x16, u8x16};
    let lanes: [u8; 16] = bytes.try_into().unwrap_or([0; 16]);
    // Bytes of non-ASCII characters are negative as `i8`, so every range
    // test below rejects them.
    let x = u8x16::new(lanes).cast_signed();
    let digit = x.simd_gt(i8x16::splat(b'0' as i8 - 1)) & x.simd_lt(i8x16::splat(b'9' as i8 + 1));
    let folded = x | i8x16::splat(0x20);
    let letter =
        folded.simd_gt(i8x16::splat(b'a' as i8 - 1)) & folded.simd_lt(i8x16::splat(b'z' as i8 + 1));
    let space = x.simd_gt(i8x16::splat(-1)) & x.simd_lt(i8x16::splat(b' ' as i8 + 1));
    ((letter | digit).to_bitmask(), digit.to_bitmask(), space.to_bitmask())
}

// ---------------------------------------------------------------------------
// Character classes

/// Class of an ASCII byte.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Class {
    /// Whitespace and control characters: separators.
    Space,
    /// Lowercase letter.
    Lower,
    /// Uppercase letter.
    Upper,
    /// Digit.
    Digit,
    /// Punctuation mark.
    Punct,
    /// Symbol (`$`, `%`, `+`, ...).
    Symbol,
    /// Not ASCII: decode and classify the `char`.
    NonAscii,
}

const fn ascii_class(b: u8) -> Class {
    match b {
        b'a'..=b'z' => Class::Lower,
        b'A'..=b'Z' => Class::Upper,
        b'0'..=b'9' => Class::Digit,
        0..=0x20 | 0x7f => Class::Space,
        b'$' | b'%' | b'&' | b'+' | b'<' | b'=' | b'>' | b'^' | b'|' | b'~' | b'#' | b'@' => {
            Class::Symbol
        }
        0x80..=0xff => Class::NonAscii,
        _ => Class::Punct,
    }
}

static ASCII: [Class; 256] = {
    let mut t = [Class::NonAscii; 256];
    let mut i = 0;
    while i < 256 {
        t[i] = ascii_class(i as u8);
        i += 1;
    }
    t
};

#[inline]
fn class(b: u8) -> Class {
    ASCII[usize::from(b)]
}

/// Class of any `char`, the general path that the ASCII table must agree with.
pub(crate) fn char_class(c: char) -> Class {
    if is_space(c) {
        Class::Space
    } else if is_punct(c) {
        // Checked before the (slower) Unicode letter tables: curly quotes
        // and dashes are the most common non-ASCII characters in news.
        Class::Punct
    } else if c.is_alphabetic() {
        if c.is_uppercase() { Class::Upper } else { Class::Lower }
    } else if c.is_numeric() {
        Class::Digit
    } else {
        Class::Symbol
    }
}

/// Separators: Unicode whitespace, control characters, zero-width space,
/// word joiner and byte-order mark.
#[inline]
pub(crate) fn is_space(c: char) -> bool {
    c.is_whitespace() || c.is_control() || matches!(c, '\u{200B}' | '\u{2060}' | '\u{FEFF}')
}

/// Punctuation outside ASCII: Latin-1 marks, General and Supplemental
/// Punctuation, CJK and fullwidth marks, and the common marks of Arabic and
/// Indic scripts.
fn is_punct(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_punctuation() && ascii_class(c as u8) == Class::Punct;
    }
    matches!(c,
        '\u{A1}' | '\u{A7}' | '\u{AB}' | '\u{B6}' | '\u{B7}' | '\u{BB}' | '\u{BF}'
        | '\u{2010}'..='\u{2027}' | '\u{2030}'..='\u{2043}' | '\u{2045}'..='\u{2051}'
        | '\u{2053}'..='\u{205E}' | '\u{2E00}'..='\u{2E4F}' | '\u{3001}'..='\u{3003}'
        | '\u{3008}'..='\u{3011}' | '\u{3014}'..='\u{301F}' | '\u{FE10}'..='\u{FE19}'
        | '\u{FE30}'..='\u{FE4F}' | '\u{FF01}'..='\u{FF03}' | '\u{FF05}'..='\u{FF0A}'
        | '\u{FF0C}'..='\u{FF0F}' | '\u{FF1A}' | '\u{FF1B}' | '\u{FF1F}' | '\u{FF20}'
        | '\u{FF3B}'..='\u{FF3D}' | '\u{FF3F}' | '\u{FF5B}' | '\u{FF5D}' | '\u{FF5F}'..='\u{FF65}'
        | '\u{060C}' | '\u{061B}' | '\u{061F}' | '\u{06D4}' | '\u{0964}' | '\u{0965}'
        | '\u{0E2F}' | '\u{0E5A}' | '\u{0E5B}' | '\u{3030}' | '\u{30FB}')
}

/// Decodes the `char` starting at byte `i` (a char boundary).
#[inline]
fn char_at(text: &str, i: usize) -> char {
    // `i` is always a char boundary below `text.len()` here.
    text[i..].chars().next().unwrap_or('\0')
}

/// Class and byte length of the character at `i`, or `None` at the end.
#[inline]
fn class_at(text: &str, i: usize) -> Option<(Class, usize, char)> {
    let b = *text.as_bytes().get(i)?;
    match class(b) {
        Class::NonAscii => {
            let c = char_at(text, i);
            Some((char_class(c), c.len_utf8(), c))
        }
        cls => Some((cls, 1, char::from(b))),
    }
}

#[inline]
fn is_alnum(cls: Class) -> bool {
    matches!(cls, Class::Lower | Class::Upper | Class::Digit)
}

/// Whether byte `i` falls inside a grapheme cluster (a combining mark, a
/// joiner, a variation selector), so it belongs to the preceding character.
/// Whitespace never does: a prepended concatenation mark (U+0600) clusters
/// with a following space, which still separates tokens.
fn extends_cluster(text: &str, i: usize) -> bool {
    if text[i..].chars().next().is_some_and(char::is_whitespace) {
        return false;
    }
    let mut cursor = GraphemeCursor::new(i, text.len(), true);
    matches!(cursor.is_boundary(text, 0), Ok(false))
}

/// End of the grapheme cluster starting at `i`, cut before any whitespace
/// inside it (see [`extends_cluster`]).
fn cluster_end(text: &str, i: usize) -> usize {
    let g = text[i..].graphemes(true).next().map_or(1, str::len);
    match text[i..i + g].char_indices().skip(1).find(|(_, c)| c.is_whitespace()) {
        Some((k, _)) => i + k,
        None => i + g,
    }
}

/// First non-separator byte at or after `pos`, below `end`.
#[inline]
fn skip_space(text: &str, mut pos: usize, end: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    while pos < end {
        let b = bytes[pos];
        match class(b) {
            Class::Space => pos += 1,
            Class::NonAscii => {
                let c = char_at(text, pos);
                if is_space(c) {
                    pos += c.len_utf8();
                } else {
                    return Some(pos);
                }
            }
            _ => return Some(pos),
        }
    }
    None
}

// ---------------------------------------------------------------------------
// Scanning

/// The text up to one maximal token after `start`: the slow paths scan no
/// further, which keeps tokenizing linear even in megabytes without a break.
#[inline]
fn bounded(text: &str, start: usize) -> &str {
    if text.len() - start > MAX_TOKEN_LEN {
        &text[..floor_char_boundary(text, start + MAX_TOKEN_LEN)]
    } else {
        text
    }
}

/// The largest `char` boundary at or below `i` (the text's length when `i`
/// is past it).
pub(crate) fn floor_char_boundary(text: &str, mut i: usize) -> usize {
    if i >= text.len() {
        return text.len();
    }
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn scan_unbounded(text: &str, start: usize) -> (usize, TokenKind) {
    let bytes = text.as_bytes();
    let b = bytes[start];
    match class(b) {
        Class::Lower | Class::Upper | Class::Digit => scan_ascii_word(text, start),
        Class::Punct => scan_punct(text, start, b),
        Class::Symbol => scan_symbol(text, start, b),
        Class::NonAscii => {
            let c = char_at(text, start);
            match char_class(c) {
                Class::Lower | Class::Upper | Class::Digit => scan_word(text, start),
                Class::Punct => (start + c.len_utf8(), TokenKind::Punct),
                // Symbols, emoji, lone combining marks: one grapheme cluster.
                _ => (cluster_end(text, start), TokenKind::Symbol),
            }
        }
        // `skip_space` never stops on a separator.
        Class::Space => (start + 1, TokenKind::Symbol),
    }
}

/// Marks that form one token when repeated: `...`, `--`, ` `` `, `''`.
/// Repeated `?` and `!` stay separate tokens, as in the treebanks.
#[inline]
const fn repeats(b: u8) -> bool {
    matches!(b, b'.' | b'-' | b'`' | b'\'' | b'*' | b'=' | b'~' | b'_')
}

fn scan_punct(text: &str, start: usize, b: u8) -> (usize, TokenKind) {
    let bytes = text.as_bytes();
    let mut end = start + 1;
    if b == b'.' {
        // Only "..." is an ellipsis token; ".." and "...." are single
        // periods, as the treebanks write them. At most four dots are
        // looked at: a long run is many one-dot tokens, and scanning the
        // whole run for each would be quadratic.
        while end < bytes.len() && end - start < 4 && bytes[end] == b'.' {
            end += 1;
        }
        if end - start != 3 || (start > 0 && bytes[start - 1] == b'.') {
            end = start + 1;
        }
    } else if repeats(b) {
        while end < bytes.len() && bytes[end] == b {
            end += 1;
        }
    }
    (end, if b == b'=' { TokenKind::Symbol } else { TokenKind::Punct })
}

fn scan_symbol(text: &str, start: usize, b: u8) -> (usize, TokenKind) {
    let bytes = text.as_bytes();
    let prev_alnum = start > 0 && prev_is_alnum(text, start);
    let next = class_at(text, start + 1);
    match b {
        b'#' if !prev_alnum
            && next.is_some_and(|(c, _, _)| {
                is_alnum(c) || c == Class::Punct && bytes[start + 1] == b'_'
            }) =>
        {
            let end = scan_handle(text, start + 1, false);
            if end > start + 1 && has_letter(&text[start + 1..end]) {
                return (end, TokenKind::Hashtag);
            }
        }
        b'@' if !prev_alnum
            && next.is_some_and(|(c, _, _)| {
                is_alnum(c) || c == Class::Punct && bytes[start + 1] == b'_'
            }) =>
        {
            let end = scan_handle(text, start + 1, true);
            if end > start + 1 {
                return (end, TokenKind::Mention);
            }
        }
        _ => {}
    }
    (start + 1, TokenKind::Symbol)
}

/// End of a hashtag or mention body: letters, digits, `_`, and for mentions
/// inner dots (`@warta.id`).
fn scan_handle(text: &str, mut i: usize, dots: bool) -> usize {
    let bytes = text.as_bytes();
    while let Some((cls, len, _)) = class_at(text, i) {
        if is_alnum(cls) || bytes[i] == b'_' {
            i += len;
        } else if dots
            && bytes[i] == b'.'
            && class_at(text, i + 1).is_some_and(|(c, _, _)| is_alnum(c))
        {
            i += 1;
        } else {
            break;
        }
    }
    i
}

fn has_letter(s: &str) -> bool {
    s.chars().any(char::is_alphabetic)
}

/// Whether the character before byte `i` is a letter or digit.
fn prev_is_alnum(text: &str, i: usize) -> bool {
    text[..i].chars().next_back().is_some_and(char::is_alphanumeric)
}

/// What a word has seen so far, for the joining and period rules.
#[derive(Clone, Copy, Default)]
struct WordShape {
    letters: bool,
    /// An inner `.` joined two letter runs (`A.S`, `Kompas.com`).
    dotted: bool,
    /// Every run between dots so far is one letter (`A.S`).
    single_letter_runs: bool,
    /// Any joined separator (`-`, `.`, `,`, ...).
    joined: bool,
}

/// A run of letters and digits.
struct Run {
    end: usize,
    /// Class of the run's last letter or digit.
    last: Class,
    /// Letters and digits in the run.
    count: usize,
    /// Whether the run has a letter.
    letter: bool,
}

/// Scans a run of letters and digits (with combining marks) from `i`.
#[inline]
fn scan_run(text: &str, mut i: usize) -> Run {
    let bytes = text.as_bytes();
    let mut last = Class::Lower;
    let mut count = 0;
    let mut letter = false;
    while i < bytes.len() {
        let b = bytes[i];
        let cls = class(b);
        if is_alnum(cls) {
            letter |= cls != Class::Digit;
            last = cls;
            count += 1;
            i += 1;
            continue;
        }
        if cls != Class::NonAscii {
            break;
        }
        let c = char_at(text, i);
        let cc = char_class(c);
        if is_alnum(cc) {
            letter |= cc != Class::Digit;
            last = cc;
            count += 1;
            i += c.len_utf8();
        } else if !matches!(cc, Class::Space | Class::Punct) && extends_cluster(text, i) {
            i += c.len_utf8();
        } else {
            break;
        }
    }
    Run { end: i, last, count, letter }
}

static EMAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[A-Za-z0-9._%+\-]+@[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,24}")
        .expect("e-mail pattern is valid")
});

/// Currency codes written against the amount: `Rp300`, `USD5`, `RM10`.
const CURRENCIES: [&str; 14] =
    ["rp", "rm", "usd", "idr", "eur", "sgd", "myr", "jpy", "cny", "aud", "gbp", "hkd", "us", "s"];

/// Top-level domains that make `word.tld` a web address.
const TLDS: [&str; 24] = [
    "com", "id", "net", "org", "co", "io", "my", "sg", "info", "biz", "tv", "news", "go", "ac",
    "sch", "or", "web", "uk", "au", "jp", "cn", "tw", "kr", "app",
];

/// Bits of [`WORD_BYTE`]: an ASCII letter or digit.
const LETTER: u8 = 1;
const DIGIT: u8 = 2;

/// ASCII letters and digits, for the fast path.
static WORD_BYTE: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        t[i] = match i as u8 {
            b'a'..=b'z' | b'A'..=b'Z' => LETTER,
            b'0'..=b'9' => DIGIT,
            _ => 0,
        };
        i += 1;
    }
    t
};

/// Bytes after which a plain ASCII word surely ends: separators and the
/// punctuation that never joins (everything but `- _ . , : / ' & @` and the
/// start of a non-ASCII character).
const ENDS_WORD: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < 128 {
        let b = i as u8;
        t[i] = !matches!(b, b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9')
            && !matches!(b, b'-' | b'_' | b'.' | b',' | b':' | b'/' | b'\'' | b'&' | b'@');
        i += 1;
    }
    t
};

/// ASCII punctuation that is always a token of one byte (not repeated into
/// runs, never the start of anything longer).
static SINGLE_PUNCT: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < 128 {
        let b = i as u8;
        t[i] = matches!(ascii_class(b), Class::Punct) && !repeats(b);
        i += 1;
    }
    t
};

/// The fast path for a token starting with an ASCII letter or digit: a run of
/// ASCII letters and digits that ends at a separator or at punctuation that
/// never joins is a whole token. Anything else (inner marks, non-ASCII
/// letters, letters mixed with digits as in `Rp300`) takes [`scan_word`].
#[inline(always)]
fn scan_ascii_word(text: &str, start: usize) -> (usize, TokenKind) {
    let bytes = text.as_bytes();
    let (i, seen) = ascii_alnum_run(bytes, start);
    if i - start >= MAX_TOKEN_LEN {
        // A run this long is cut; the bounded slow path decides where.
        return scan_word(bounded(text, start), start);
    }
    finish_ascii_word(text, start, i, seen)
}

/// Decides the end of a token that starts with the ASCII run `start..i`
/// holding [`LETTER`]s and/or [`DIGIT`]s: the run itself when what follows
/// cannot extend it, else the full rules of [`scan_word`].
#[inline(always)]
fn finish_ascii_word(text: &str, start: usize, i: usize, seen: u8) -> (usize, TokenKind) {
    let bytes = text.as_bytes();
    let kind = if seen == DIGIT { TokenKind::Number } else { TokenKind::Word };
    let end_byte = bytes.get(i).copied().unwrap_or(b' ');
    // One table lookup decides the common cases: see `END_ACTION`.
    match END_ACTION[usize::from(seen & 3)][usize::from(end_byte)] {
        Action::Done => (i, kind),
        Action::Period => {
            // A period ends a sentence unless it belongs to an abbreviation,
            // an initial or a dotted form; only a short word followed by a
            // separator needs the full rules.
            let after = bytes.get(i + 1).copied().unwrap_or(b' ');
            let len = i - start;
            if after == b'.'
                || (len > 1
                    && matches!(after, b' ' | b'\n' | b'\r' | b'"' | b')')
                    && (len > data::MAX_ABBREV_LEN
                        || data::abbreviation(&text[start..i]).is_none()))
            {
                (i, kind)
            } else {
                scan_word(bounded(text, start), start)
            }
        }
        Action::Full => scan_word(bounded(text, start), start),
    }
}

/// What follows an ASCII run decides how its token ends.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Action {
    /// The run is the whole token.
    Done,
    /// Letters then a period: an abbreviation or a sentence end.
    Period,
    /// Anything else: the full rules of [`scan_word`].
    Full,
}

/// `END_ACTION[seen][byte]`: for a run of letters (`seen == LETTER`), digits
/// (`DIGIT`) or both, and the byte after it. Letters mixed with digits
/// (`Rp300`, `K2`) always take the full rules; so does the end of the text
/// for them (handled by reading a space there only when it is safe: the
/// mixed row has no `Done`).
static END_ACTION: [[Action; 256]; 4] = {
    let mut t = [[Action::Full; 256]; 4];
    let mut b = 0;
    while b < 128 {
        let byte = b as u8;
        if ENDS_WORD[b] {
            t[LETTER as usize][b] = Action::Done;
            t[DIGIT as usize][b] = Action::Done;
        }
        if byte == b',' || byte == b';' {
            // After letters a comma or semicolon never joins.
            t[LETTER as usize][b] = Action::Done;
        }
        if byte == b'.' {
            t[LETTER as usize][b] = Action::Period;
        }
        b += 1;
    }
    t
};
const ONES: u64 = 0x0101_0101_0101_0101;
const HIGH: u64 = 0x8080_8080_8080_8080;

/// Per-byte masks (bit 7 of each byte) of the ASCII letters and digits among
/// eight bytes: SWAR range tests that cannot carry between bytes, since the
/// high bit is cleared before adding.
#[inline(always)]
pub(crate) fn swar_classes(x: u64) -> (u64, u64) {
    let y = x & !HIGH;
    let ascii = !x & HIGH;
    let digit = (y + (0x80 - 0x30) * ONES) & !(y + (0x80 - 0x3A) * ONES) & ascii;
    let z = y | (0x20 * ONES);
    let letter = (z + (0x80 - 0x61) * ONES) & !(z + (0x80 - 0x7B) * ONES) & ascii;
    (letter, digit)
}

/// The run of ASCII letters and digits at `start`: its end, and which of
/// [`LETTER`] and [`DIGIT`] it holds. Eight bytes at a time, so a word costs
/// one or two steps and one branch miss at most.
#[inline(always)]
fn ascii_alnum_run(bytes: &[u8], start: usize) -> (usize, u8) {
    let mut i = start;
    let mut seen = 0u8;
    // Never further than one maximal token (plus a step), so that a long
    // run is not rescanned from each of its pieces.
    let limit = start.saturating_add(MAX_TOKEN_LEN);
    while let Some(chunk) = bytes.get(i..i + 8).filter(|_| i < limit) {
        let x = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
        let (letter, digit) = swar_classes(x);
        let other = !(letter | digit) & HIGH;
        let n = (other.trailing_zeros() / 8) as usize;
        let prefix = if n == 8 { u64::MAX } else { (1u64 << (n * 8)) - 1 };
        seen |= (u8::from(letter & prefix != 0) * LETTER) | (u8::from(digit & prefix != 0) * DIGIT);
        i += n;
        if n < 8 {
            return (i, seen);
        }
    }
    while let Some(&b) = bytes.get(i).filter(|_| i < limit) {
        let t = WORD_BYTE[usize::from(b)];
        if t == 0 {
            break;
        }
        seen |= t;
        i += 1;
    }
    (i, seen)
}

#[inline(never)]
fn scan_word(text: &str, start: usize) -> (usize, TokenKind) {
    let bytes = text.as_bytes();
    let len = bytes.len();

    // URLs start like words: "https://", "www.".
    if looks_like_url_start(&bytes[start..])
        && let Some(end) = url_at(text, start)
    {
        return (end, TokenKind::Url);
    }

    let run = scan_run(text, start);
    let (mut i, mut last, mut run_len) = (run.end, run.last, run.count);
    let mut run_start = start;
    let mut shape = WordShape {
        letters: run.letter,
        single_letter_runs: run.count == 1,
        ..WordShape::default()
    };

    // "Rp300" -> "Rp" "300": a currency code glued to its amount.
    if let Some(code_end) = currency_split(bytes, start, i) {
        return (code_end, TokenKind::Word);
    }

    while i < len {
        let b = bytes[i];
        // Most words end at a space: leave before any lookahead.
        if !matches!(b, b'-' | b'_' | b'.' | b',' | b':' | b'/' | b'\'' | b'&' | b'@' | 0xE2) {
            break;
        }
        if b == 0xE2 && !text[i..].starts_with('\u{2019}') {
            break;
        }
        let sep_len = if b >= 0x80 { 3 } else { 1 };
        let next = class_at(text, i + sep_len);
        let next_cls = next.map(|(c, _, _)| c);
        let next_alnum = next_cls.is_some_and(is_alnum);
        let join = match b {
            b'_' => next_alnum,
            b'-' => next_alnum && hyphen_joins(text, run_start, i, shape.letters),
            b'.' => {
                if last == Class::Digit {
                    next_cls == Some(Class::Digit)
                } else if next_cls == Some(Class::Lower) || next_cls == Some(Class::Upper) {
                    // "A.S", "S.Pd", "kompas.com"; not "akhir.Kemudian".
                    run_len == 1 || next_cls == Some(Class::Lower) && next_is_tld(text, i + 1)
                } else {
                    false
                }
            }
            b',' | b':' => last == Class::Digit && next_cls == Some(Class::Digit),
            b'/' => next_alnum && slash_joins(text, run_start, i),
            b'\'' => last != Class::Digit && matches!(next_cls, Some(Class::Lower | Class::Upper)),
            b'&' => last == Class::Upper && next_cls == Some(Class::Upper),
            b'@' => {
                if let Some(m) = EMAIL.find(&text[start..])
                    && start + m.end() > i
                {
                    return (start + m.end(), TokenKind::Email);
                }
                false
            }
            // U+2019 right single quotation mark used as an apostrophe.
            0xE2 => last != Class::Digit && matches!(next_cls, Some(Class::Lower | Class::Upper)),
            _ => false,
        };
        if !join {
            // "redaksi.warta@contoh.id": an e-mail address whose local part
            // has marks the word rules do not join.
            if matches!(b, b'.' | b'+' | b'-' | b'_' | b'%')
                && at_in_chunk(&bytes[i..])
                && let Some(m) = EMAIL.find(&text[start..])
            {
                return (start + m.end(), TokenKind::Email);
            }
            break;
        }
        shape.joined = true;
        if b == b'.' && last != Class::Digit {
            shape.dotted = true;
        }
        run_start = i + sep_len;
        let run = scan_run(text, run_start);
        shape.single_letter_runs &= run.count == 1;
        shape.letters |= run.letter;
        run_len = run.count;
        last = run.last;
        i = run.end;
    }

    // A bare domain: "Kompas.com", "detik.com/berita".
    if shape.dotted && !shape.single_letter_runs && ends_with_tld(&text[start..i]) {
        let mut end = i;
        if i < len && bytes[i] == b'/' {
            end = url_tail(text, i);
        }
        return (end, TokenKind::Url);
    }

    // The period of an abbreviation, an initial or a dotted form.
    if i < len && bytes[i] == b'.' && !(i + 1 < len && bytes[i + 1] == b'.') && shape.letters {
        let word = &text[start..i];
        let keep = (run_len == 1 && !shape.joined && last != Class::Digit)
            || (shape.dotted && shape.single_letter_runs)
            || (shape.dotted && dotted_title(word))
            || data::abbreviation(word).is_some();
        if keep {
            return (i + 1, TokenKind::Word);
        }
    }

    let kind = if shape.letters { TokenKind::Word } else { TokenKind::Number };
    (i, kind)
}

/// Whether a hyphen at `i`, after the run `run_start..i`, joins it to what
/// follows. It does in words (`rekan-rekan`, `ke-18`, `1950-an`, `APBN-P`,
/// `Raja-Raja`, `Al-Quran`), but not in ranges and pairs of names, which the
/// treebanks split: `5-10`, `2000-2006`, `Januari-September`, `RI-Jepang`.
fn hyphen_joins(text: &str, run_start: usize, i: usize, letters_before: bool) -> bool {
    let bytes = text.as_bytes();
    let next = bytes[i + 1];
    if !letters_before {
        // A number: "5-10" is a range; "1950-an" joins.
        return !next.is_ascii_digit();
    }
    let left = &text[run_start..i];
    let right_len =
        text[i + 1..].find(|c: char| !c.is_alphanumeric()).unwrap_or(text.len() - i - 1);
    let right = &text[i + 1..i + 1 + right_len];
    let starts_upper = |s: &str| s.chars().next().is_some_and(char::is_uppercase);
    let has_lower = |s: &str| s.chars().any(char::is_lowercase);
    if !(starts_upper(left) && starts_upper(right)) || !(has_lower(left) || has_lower(right)) {
        return true;
    }
    // Reduplication ("Raja-Raja") and Arabic articles ("Al-Quran") stay whole.
    left.eq_ignore_ascii_case(right)
        || ["al", "el", "ad", "an", "ar", "as", "at", "az", "asy", "ash", "adz"]
            .iter()
            .any(|a| a.eq_ignore_ascii_case(left))
}

/// Whether a slash at `i` joins the run `run_start..i` to what follows:
/// single letters (`S/A`, `C/O`) and a Roman numeral before a year
/// (`II/2007`) do; words and numbers (`MPR/DPR`, `dan/atau`, `4/2007`) are
/// split, as in the treebanks.
fn slash_joins(text: &str, run_start: usize, i: usize) -> bool {
    let left = &text.as_bytes()[run_start..i];
    let rest = &text.as_bytes()[i + 1..];
    let right_len = rest.iter().take_while(|b| b.is_ascii_alphanumeric()).count();
    let right = &rest[..right_len];
    let one_letter = |s: &[u8]| s.len() == 1 && s[0].is_ascii_alphabetic();
    let roman =
        !left.is_empty() && left.len() <= 4 && left.iter().all(|b| matches!(b, b'I' | b'V' | b'X'));
    (one_letter(left) && one_letter(right))
        || (roman && right.len() == 4 && right.iter().all(u8::is_ascii_digit))
}

/// Whether an `@` comes before the next whitespace, within e-mail reach.
#[inline]
fn at_in_chunk(rest: &[u8]) -> bool {
    rest.iter().take(64).take_while(|&&b| b > b' ').any(|&b| b == b'@')
}

/// "S.Pd", "M.Si", "Ph.D": short dotted academic forms whose final period
/// belongs to them.
fn dotted_title(word: &str) -> bool {
    word.split('.').all(|seg| (1..=3).contains(&seg.len()))
        && word.split('.').next().is_some_and(|s| s.len() <= 2)
        && word.bytes().next().is_some_and(|b| b.is_ascii_uppercase())
}

/// After `word.` with a lowercase letter next: join when what follows is a
/// domain label (`kompas.com`, `co.id`), not a word after a missing space.
fn next_is_tld(text: &str, i: usize) -> bool {
    let rest = &text.as_bytes()[i..];
    let n = rest.iter().take_while(|b| b.is_ascii_alphanumeric()).count();
    let label = &rest[..n];
    TLDS.iter().any(|t| t.as_bytes().eq_ignore_ascii_case(label))
}

/// Cheap test before the URL pattern runs: `http`, `ftp` or `www.`.
#[inline]
fn looks_like_url_start(rest: &[u8]) -> bool {
    rest.len() > 4
        && (rest[..4].eq_ignore_ascii_case(b"http")
            || rest[..4].eq_ignore_ascii_case(b"www.")
            || rest[..3].eq_ignore_ascii_case(b"ftp"))
}

fn ends_with_tld(word: &str) -> bool {
    let last = word.rsplit('.').next().unwrap_or("");
    TLDS.iter().any(|t| t.eq_ignore_ascii_case(last))
}

/// If the word `start..run_end` begins with a currency code directly followed
/// by a digit, returns where the code ends.
fn currency_split(bytes: &[u8], start: usize, run_end: usize) -> Option<usize> {
    let letters =
        bytes[start..run_end.min(start + 4)].iter().take_while(|b| b.is_ascii_alphabetic()).count();
    if letters == 0 || letters > 3 || start + letters >= run_end {
        return None;
    }
    let code = &bytes[start..start + letters];
    // "S" only as part of "S$" handled by symbols; skip single letters here.
    if letters < 2 {
        return None;
    }
    CURRENCIES.iter().any(|c| c.as_bytes().eq_ignore_ascii_case(code)).then_some(start + letters)
}

/// A URL starting at `start` ("https://", "www."), trimmed of trailing
/// punctuation that belongs to the sentence.
fn url_at(text: &str, start: usize) -> Option<usize> {
    let rest = &text.as_bytes()[start..];
    let prefix = ["https://", "http://", "ftp://", "www."]
        .iter()
        .find(|p| rest.len() > p.len() && rest[..p.len()].eq_ignore_ascii_case(p.as_bytes()))?;
    let body = start + prefix.len();
    let end = url_tail(text, body);
    (end > body).then_some(end)
}

/// The end of a URL whose address starts at `i`: up to whitespace, a quote
/// or a character URLs never hold, then trimmed of sentence punctuation.
/// Also extends a bare domain over its path (`/read/2024/...`).
fn url_tail(text: &str, i: usize) -> usize {
    let bytes = text.as_bytes();
    let mut end = i;
    while end < bytes.len() {
        let b = bytes[end];
        if class(b) == Class::Space
            || matches!(b, b'"' | b'<' | b'>' | b'\\' | b'^' | b'`' | b'{' | b'|' | b'}')
        {
            break;
        }
        if b >= 0x80 {
            let c = char_at(text, end);
            if is_space(c) || matches!(c, '“' | '”' | '‘' | '’' | '«' | '»') {
                break;
            }
            end += c.len_utf8();
        } else {
            end += 1;
        }
    }
    trim_url(text, i, end)
}

/// Drops trailing sentence punctuation from a URL, and a closing bracket that
/// has no opening one inside it.
fn trim_url(text: &str, start: usize, mut end: usize) -> usize {
    let bytes = text.as_bytes();
    while end > start {
        let b = bytes[end - 1];
        let drop = match b {
            b'.' | b',' | b';' | b':' | b'!' | b'?' | b'\'' | b'*' => true,
            b')' => {
                let s = &bytes[start..end];
                s.iter().filter(|&&c| c == b'(').count() < s.iter().filter(|&&c| c == b')').count()
            }
            b']' => {
                let s = &bytes[start..end];
                s.iter().filter(|&&c| c == b'[').count() < s.iter().filter(|&&c| c == b']').count()
            }
            _ => false,
        };
        if !drop {
            break;
        }
        end -= 1;
    }
    end
}

/// What kind of abbreviation a word token ending in a period is, if any.
pub(crate) fn abbreviation_of(word: &str) -> Option<Abbreviation> {
    let stem = word.strip_suffix('.')?;
    if let Some(class) = data::abbreviation(stem) {
        return Some(match class {
            AbbrevClass::Title => Abbreviation::Title,
            AbbrevClass::Inner => Abbreviation::Inner,
            AbbrevClass::Final => Abbreviation::Final,
        });
    }
    let mut chars = stem.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) if c.is_alphabetic() => Some(Abbreviation::Initial),
        (Some(_), Some(_)) if stem.contains('.') => Some(Abbreviation::Dotted),
        _ => None,
    }
}

/// The kind of an abbreviation that keeps its period, as reported by
/// [`Token::abbreviation`](crate::Token::abbreviation).
#[non_exhaustive]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize), serde(rename_all = "snake_case"))]
pub enum Abbreviation {
    /// A title before a name (`Dr.`, `Prof.`, `Tn.`): never ends a sentence.
    Title,
    /// An initial (`B.` in `B. J. Habibie`): never ends a sentence.
    Initial,
    /// Used inside sentences (`No.`, `Jl.`, `hlm.`): does not end one.
    Inner,
    /// May end a sentence (`dll.`, `Tbk.`, `Inc.`).
    Final,
    /// A dotted form (`A.S.`, `S.H.`, `D.W.`): does not end a sentence, since
    /// most are initials or degrees before more of the sentence.
    Dotted,
}

impl Abbreviation {
    /// Whether a capital letter after this abbreviation may start a new
    /// sentence.
    pub const fn may_end_sentence(self) -> bool {
        matches!(self, Abbreviation::Final)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(text: &str) -> Vec<&str> {
        tokenize(text).map(|t| t.as_str()).collect()
    }

    fn kinds(text: &str) -> Vec<(&str, TokenKind)> {
        tokenize(text).map(|t| (t.as_str(), t.kind())).collect()
    }

    macro_rules! t {
        ($($text:expr => [$($tok:expr),* $(,)?]),* $(,)?) => {
            $( assert_eq!(toks($text), [$($tok),*] as [&str; 0 $(+ { let _ = $tok; 1 })*], "input {:?}", $text); )*
        };
    }

    #[test]
    fn swar_matches_table() {
        for b in 0u8..=255 {
            let x = u64::from_le_bytes([b'a', b, b'1', b'Z', b, 0x80, b'0', b]);
            let (letter, digit) = swar_classes(x);
            for (k, &byte) in x.to_le_bytes().iter().enumerate() {
                let bit = 0x80u64 << (k * 8);
                assert_eq!(letter & bit != 0, WORD_BYTE[usize::from(byte)] == LETTER, "{byte:#x}");
                assert_eq!(digit & bit != 0, WORD_BYTE[usize::from(byte)] == DIGIT, "{byte:#x}");
            }
        }
        let text = b"menyelidiki12 x";
        assert_eq!(ascii_alnum_run(text, 0), (13, LETTER | DIGIT));
        assert_eq!(ascii_alnum_run(text, 14), (15, LETTER));
        assert_eq!(ascii_alnum_run(b"12345678", 0), (8, DIGIT));
        assert_eq!(ascii_alnum_run(b"1234567890abcdefghij.", 0), (20, LETTER | DIGIT));
        assert_eq!(ascii_alnum_run(b"1234567890abcdef.ghijklmnopqr", 0), (16, LETTER | DIGIT));
        assert_eq!(ascii_alnum_run(b".1234567890abcdefghijklmnopqr", 0), (0, 0));
    }

    #[test]
    fn block_masks() {
        let text = b"Ab1 \n.x9\t\xC3\xA9 - 12 abc def ghi jkl mno pqr stu vwx yz0 123 456 789 !?";
        let block = Block::load(text, 0);
        for (k, &b) in text.iter().enumerate().take(64) {
            assert_eq!(block.word >> k & 1 == 1, WORD_BYTE[usize::from(b)] != 0, "byte {k}");
            assert_eq!(block.digit >> k & 1 == 1, b.is_ascii_digit(), "byte {k}");
            assert_eq!(block.space >> k & 1 == 1, b <= b' ', "byte {k}");
        }
        assert_eq!(Block::load(text, text.len() - 10).base, usize::MAX);
        let mut text = [b'a'; 16];
        text[3] = 0xC3;
        text[4] = 0xA9;
        text[7] = b'5';
        text[9] = 0;
        text[10] = 0x7f;
        assert_eq!(
            classify16(&text),
            (0xFFFF & !(1 << 3 | 1 << 4 | 1 << 9 | 1 << 10), 1 << 7, 1 << 9)
        );
    }

    #[test]
    fn ascii_table_matches_general_path() {
        for b in 0u8..=0x7f {
            assert_eq!(class(b), char_class(char::from(b)), "byte {b:#x}");
        }
    }

    #[test]
    fn words_and_hyphens() {
        t! {
            "rekan-rekan masing-masing ponsel-ponsel" => ["rekan-rekan", "masing-masing", "ponsel-ponsel"],
            "ke-18 pada 1950-an" => ["ke-18", "pada", "1950-an"],
            "APBN-P non-migas" => ["APBN-P", "non-migas"],
            "Ka'ban dan Lloyd's" => ["Ka'ban", "dan", "Lloyd's"],
            "Jum’at" => ["Jum’at"],
            "kata - kata" => ["kata", "-", "kata"],
            "a -- b" => ["a", "--", "b"],
            "rumah-" => ["rumah", "-"],
        }
    }

    #[test]
    fn numbers() {
        t! {
            "3.000 2,8 1.000.000 09.00" => ["3.000", "2,8", "1.000.000", "09.00"],
            "naik 5%." => ["naik", "5", "%", "."],
            "Rp300 ribu, $1,5 juta" => ["Rp", "300", "ribu", ",", "$", "1,5", "juta"],
            "USD5 dan RM10" => ["USD", "5", "dan", "RM", "10"],
            "pukul 10:30, 1/2" => ["pukul", "10:30", ",", "1", "/", "2"],
            "5-10 2000-2006 ke-10 1950-an" => ["5", "-", "10", "2000", "-", "2006", "ke-10", "1950-an"],
            "II/2007 S/A MPR/DPR" => ["II/2007", "S/A", "MPR", "/", "DPR"],
            "Januari-September RI-Jepang Raja-Raja Al-Quran PEI-AISAH" => ["Januari", "-", "September", "RI", "-", "Jepang", "Raja-Raja", "Al-Quran", "PEI-AISAH"],
            "tahun 2006." => ["tahun", "2006", "."],
            "1,2," => ["1,2", ","],
        }
        assert_eq!(kinds("3.000")[0].1, TokenKind::Number);
        assert_eq!(kinds("ke-18")[0].1, TokenKind::Word);
    }

    #[test]
    fn abbreviations() {
        t! {
            "No. 5 Jl. Sudirman" => ["No.", "5", "Jl.", "Sudirman"],
            "Dr. Budi, Prof. Ani" => ["Dr.", "Budi", ",", "Prof.", "Ani"],
            "PT Maju Tbk. dan Xiaomi Inc." => ["PT", "Maju", "Tbk.", "dan", "Xiaomi", "Inc."],
            "A.S. dan Ltd. Co. Pte. St. Jr. Tn." => ["A.S.", "dan", "Ltd.", "Co.", "Pte.", "St.", "Jr.", "Tn."],
            "B. J. Habibie" => ["B.", "J.", "Habibie"],
            "Ahmad, S.H., M.Si." => ["Ahmad", ",", "S.H.", ",", "M.Si."],
            "rumah." => ["rumah", "."],
            "dll..." => ["dll", "..."],
        }
    }

    #[test]
    fn punctuation() {
        t! {
            "\"Ya,\" katanya." => ["\"", "Ya", ",", "\"", "katanya", "."],
            "“Ya” (tidak) [x] {y}" => ["“", "Ya", "”", "(", "tidak", ")", "[", "x", "]", "{", "y", "}"],
            "dan/atau" => ["dan", "/", "atau"],
            "Tunggu... ya…" => ["Tunggu", "...", "ya", "…"],
            "Oh.. ya...." => ["Oh", ".", ".", "ya", ".", ".", ".", "."],
            "``kutipan''" => ["``", "kutipan", "''"],
            "Jakarta—Bandung" => ["Jakarta", "—", "Bandung"],
            "Apa?! Ya!!" => ["Apa", "?", "!", "Ya", "!", "!"],
        }
    }

    #[test]
    fn web_tokens() {
        assert_eq!(
            kinds(
                "Baca https://warta.id/a?b=1. Surel: redaksi.warta@contoh.co.id, @warta_id #PemiluDamai"
            ),
            [
                ("Baca", TokenKind::Word),
                ("https://warta.id/a?b=1", TokenKind::Url),
                (".", TokenKind::Punct),
                ("Surel", TokenKind::Word),
                (":", TokenKind::Punct),
                ("redaksi.warta@contoh.co.id", TokenKind::Email),
                (",", TokenKind::Punct),
                ("@warta_id", TokenKind::Mention),
                ("#PemiluDamai", TokenKind::Hashtag),
            ]
        );
        t! {
            "JAKARTA, KOMPAS.com - Kompas.com dan detik.com/berita/1." => ["JAKARTA", ",", "KOMPAS.com", "-", "Kompas.com", "dan", "detik.com/berita/1", "."],
            "(lihat www.warta.id)" => ["(", "lihat", "www.warta.id", ")"],
            "C# dan A@B" => ["C", "#", "dan", "A", "@", "B"],
            "#1" => ["#", "1"],
        }
    }

    #[test]
    fn unicode() {
        t! {
            "Keren 👍🏽 sekali 👨‍👩‍👧!" => ["Keren", "👍🏽", "sekali", "👨‍👩‍👧", "!"],
            "café naïve" => ["café", "naïve"],
            "cafe\u{301} x" => ["cafe\u{301}", "x"],
            "\u{301}a" => ["\u{301}", "a"],
            "中国 dan 東京" => ["中国", "dan", "東京"],
            "Москва и Київ" => ["Москва", "и", "Київ"],
            "a\u{200B}b\u{0}c" => ["a", "b", "c"],
            "€5 ©2024" => ["€", "5", "©", "2024"],
            "🇮🇩🇲🇾" => ["🇮🇩", "🇲🇾"],
        }
    }

    #[test]
    fn long_tokens_are_cut() {
        let s = "a".repeat(MAX_TOKEN_LEN * 2 + 5);
        let spans: Vec<Span> = tokenize(&s).map(|t| t.span()).collect();
        assert_eq!(spans.len(), 3);
        assert_eq!(spans[0], Span::new(0, MAX_TOKEN_LEN));
        assert_eq!(spans[2].end, s.len());
    }

    #[test]
    fn empty_and_space() {
        assert!(toks("").is_empty());
        assert!(toks(" \n\t\r ").is_empty());
    }
}
