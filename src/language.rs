//! Language identification: of a text, of each sentence of a document, and
//! the mix; Indonesian told from Malay, Javanese, Sundanese and English.

use crate::lang::Language;
use crate::words::{Lexemes, NO_LID, Tok};

use std::sync::LazyLock;

use crate::data::{LID, Regional};
use crate::hash::TaggedTable;
use crate::normalize::folded_hash;
use crate::span::Span;
use crate::token::TokenKind;

/// The language of a text, as [`detect`](crate::detect) found it.
#[non_exhaustive]
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Detection {
    /// The language.
    pub language: Language,
    /// How sure the detector is, from 0 to 1.
    pub confidence: f64,
    /// Whether the answer can be trusted: enough words and a clear margin.
    pub reliable: bool,
}

/// Longest word the detector looks up, in bytes.
const MAX_WORD: usize = 24;

/// The detector's words: for each, has weight << 31 | languages << 16 |
/// the Indonesian-vs-Malay weight in thousandths as i16. A lookup hashes
/// the word where it lies in the text (no copy, no lowercasing).
static LID_TABLE: LazyLock<TaggedTable> = LazyLock::new(|| {
    let mut table = TaggedTable::new((LID.len() * 2).next_power_of_two().max(1024));
    for (&word, &(weight, langs)) in LID.iter() {
        let Some(hash) = folded_hash(word.as_bytes(), 0, word.len()) else { continue };
        let w = weight.map_or(0, |w| (w * 1000.0).round().clamp(-32767.0, 32767.0) as i16);
        let value = (u32::from(weight.is_some()) << 31)
            | (u32::from(langs & 0x7f) << 16)
            | u32::from(w as u16);
        table.insert(hash, value);
    }
    table
});

/// The detector's entry for the word `lower` (any case) with
/// [`folded_hash`] `hash`, as a [`Lexeme`](crate::words::Lexeme) keeps it:
/// [`NO_LID`] for a word it does not count (too long, or not all ASCII
/// letters), 0 for one it counts but does not know, else the packed entry.
pub(crate) fn word_entry(lower: &str, hash: u64) -> u32 {
    if hash == 0 || lower.len() > MAX_WORD || !lower.bytes().all(|b| b.is_ascii_alphabetic()) {
        return NO_LID;
    }
    let entry = LID_TABLE.find(hash).unwrap_or(0);
    if entry & WEIGHT_BIT != 0 {
        return entry;
    }
    // A word the word model lacks: the weight its letters carry, and the
    // regional language its shape belongs to when no list names it.
    let w = (ngram_weight(lower) * 1000.0).round().clamp(-32767.0, 32767.0) as i16;
    let langs = if entry & (0x7f << 16) == 0 { shape_languages(lower.as_bytes()) } else { 0 };
    (entry & !0xffff) | WEIGHT_BIT | GUESSED_BIT | (u32::from(langs) << 16) | u32::from(w as u16)
}

/// The regional language a word unknown to the lists and the word model
/// belongs to by its shape (any case): Sundanese for the `eu` vowel and the
/// `-keun` suffix (`ngaluarkeun`), Javanese for
/// `nd-` at the start and the `-ake` suffix (`nduwe`, `ngetokake`), which
/// Indonesian and Malay do not write. 0 for none.
fn shape_languages(word: &[u8]) -> u8 {
    let lower = |i: usize| word.get(i).map_or(0, u8::to_ascii_lowercase);
    let n = word.len();
    let ends = |s: &[u8]| n > s.len() + 2 && (0..s.len()).all(|i| lower(n - s.len() + i) == s[i]);
    if n >= 4 && (ends(b"keun") || (0..n - 1).any(|i| lower(i) == b'e' && lower(i + 1) == b'u')) {
        Regional::SU
    } else if n >= 4 && ((lower(0) == b'n' && lower(1) == b'd') || ends(b"ake")) {
        Regional::JV
    } else {
        0
    }
}

/// The packed entry's flag for a word with an Indonesian-vs-Malay weight.
const WEIGHT_BIT: u32 = 1 << 31;
/// The packed entry's flag for a weight read from the word's letters: the
/// word is not one the model knows.
const GUESSED_BIT: u32 = 1 << 23;

/// The Indonesian-vs-Malay weight of the character n-grams of `word` (ASCII
/// letters, at most [`MAX_WORD`] bytes, any case), with `<` and `>` marking
/// its edges: the sum of their (scaled) weights in `data/lid_ngrams.tsv`.
fn ngram_weight(word: &str) -> f32 {
    let mut buf = [0u8; MAX_WORD + 2];
    let n = word.len() + 2;
    buf[0] = b'<';
    buf[1..n - 1].copy_from_slice(word.as_bytes());
    buf[1..n - 1].make_ascii_lowercase();
    buf[n - 1] = b'>';
    let grams = &*crate::data::LID_NGRAMS;
    let mut sum = 0.0;
    // The n-grams that start at each letter, hashed as they grow.
    for i in 0..n - 1 {
        let mut h = crate::data::fnv(crate::data::FNV_OFFSET, buf[i]);
        for &b in &buf[i + 1..n.min(i + 5)] {
            h = crate::data::fnv(h, b);
            sum += f32::from_bits(grams.find(h).unwrap_or(0));
        }
    }
    sum
}

/// The languages (bits of [`Regional`]) whose function word the word with
/// the detector entry `entry` (a [`Lexeme`](crate::words::Lexeme)'s `lid`)
/// is: 0 for none.
pub(crate) fn function_word_languages(entry: u32) -> u8 {
    if entry == NO_LID { 0 } else { ((entry >> 16) & 0x7f) as u8 }
}

/// What a function word counts for, in [`Evidence::hits`] units: 48 is
/// divisible by every count of languages a word can name (1 to 4) and by
/// four, so every share is a whole number.
const FULL_SHARE: u32 = 48;

/// For each set of [`Regional`] bits a word names (idms, jv, su, en), the
/// part of [`FULL_SHARE`] that goes to each of the four languages.
const SHARES: [[u32; 4]; 16] = {
    let mut table = [[0; 4]; 16];
    let mut set = 1;
    while set < 16 {
        let part = FULL_SHARE / (set as u32).count_ones();
        let mut i = 0;
        while i < 4 {
            if set & (1 << i) != 0 {
                table[set][i] = part;
            }
            i += 1;
        }
        set += 1;
    }
    table
};

/// Evidence counted over a text's words, in integers (no rounding, and no
/// floating point per word).
#[derive(Clone, Copy, Default)]
pub(crate) struct Evidence {
    words: u32,
    /// Function-word hits for idms, jv, su, en, in [`FULL_SHARE`]s.
    hits: [u32; 4],
    /// Indonesian-vs-Malay log-likelihood ratio (positive: Indonesian), in
    /// thousandths.
    idms: i64,
    /// Words the Indonesian/Malay word model knows.
    idms_known: u32,
    /// Letters in Latin script and in other scripts.
    latin: usize,
    other: usize,
}

impl std::ops::AddAssign for Evidence {
    fn add_assign(&mut self, o: Evidence) {
        self.words += o.words;
        for i in 0..4 {
            self.hits[i] += o.hits[i];
        }
        self.idms += o.idms;
        self.idms_known += o.idms_known;
        self.latin += o.latin;
        self.other += o.other;
    }
}

impl Evidence {
    /// Evidence with only the script counts of `text`, for words to be
    /// added with [`Evidence::add_entry`].
    pub(crate) fn scripts_of(text: &str) -> Evidence {
        let (latin, other) = scripts(text, false);
        Evidence { latin, other, ..Evidence::default() }
    }

    /// This evidence with the exact script counts of `text`, the text it
    /// was pooled from: the counts of its parts ([`Evidence::scripts_of`])
    /// are only fit for each part's own answer.
    pub(crate) fn with_scripts_of(self, text: &str) -> Evidence {
        let (latin, other) = scripts(text, true);
        Evidence { latin, other, ..self }
    }

    /// Counts a word by its [`word_entry`]; `capital` when it is written
    /// with a capital, when its function-word evidence counts a quarter (the
    /// `of` and `The` of an English title, `Best Cruise Line of The Year`,
    /// inside an Indonesian sentence are a name's, not the sentence's).
    #[inline]
    pub(crate) fn add_entry(&mut self, entry: u32, capital: bool) {
        if entry == NO_LID {
            return;
        }
        self.words += 1;
        if entry & WEIGHT_BIT != 0 {
            self.idms += i64::from(entry as u16 as i16);
            self.idms_known += u32::from(entry & GUESSED_BIT == 0);
        }
        // Each language the word names gets an equal part of its share: no
        // branch per language, and a capital's quarter is a shift (every
        // part is divisible by four).
        let parts = &SHARES[((entry >> 16) & 0xf) as usize];
        let shift = if capital { 2 } else { 0 };
        for (hits, part) in self.hits.iter_mut().zip(parts) {
            *hits += part >> shift;
        }
    }

    /// The Indonesian-vs-Malay log-likelihood ratio.
    fn ratio(&self) -> f64 {
        self.idms as f64 * 0.001
    }
}

/// Each sentence's evidence, from the document's tokens and their lexemes
/// (`sentences`: each sentence's span and token range).
pub(crate) fn sentence_evidence(
    text: &str,
    toks: &[Tok],
    lexemes: Lexemes<'_>,
    sentences: &[(Span, std::ops::Range<usize>)],
) -> Vec<Evidence> {
    sentences
        .iter()
        .map(|(span, range)| {
            let mut ev = Evidence::scripts_of(&text[span.range()]);
            if ev.other <= ev.latin {
                for i in range.clone() {
                    if toks[i].kind == TokenKind::Word {
                        let capital = text.as_bytes()[toks[i].start].is_ascii_uppercase();
                        ev.add_entry(lexemes[i].lid, capital);
                    }
                }
            }
            ev
        })
        .collect()
}

/// The evidence of a whole text from the detector entries of its words
/// ([`word_entry`]) and whether each starts with a capital, in text order.
pub(crate) fn text_evidence(text: &str, entries: impl Iterator<Item = (u32, bool)>) -> Evidence {
    let mut ev = Evidence::scripts_of(text);
    if ev.other <= ev.latin {
        entries.for_each(|(e, capital)| ev.add_entry(e, capital));
    }
    ev
}

/// Slots of a thread's cache of detector entries: a power of two.
const CACHE_SLOTS: usize = 1 << 16;
/// Entries a thread's cache holds before it starts again.
const CACHE_MAX: usize = CACHE_SLOTS / 2;

/// A thread's detector entries by word hash, so that [`detect_text`] reads
/// each distinct word's n-grams once per thread.
struct EntryCache {
    table: TaggedTable,
    len: usize,
}

thread_local! {
    static ENTRY_CACHE: std::cell::RefCell<EntryCache> = const {
        std::cell::RefCell::new(EntryCache { table: TaggedTable::EMPTY, len: 0 })
    };
}

impl EntryCache {
    /// [`word_entry`] through the cache.
    fn entry(&mut self, word: &str, hash: u64) -> u32 {
        if self.table.is_empty() || self.len >= CACHE_MAX {
            self.table = TaggedTable::new(CACHE_SLOTS);
            self.len = 0;
        }
        match self.table.find(hash) {
            Ok(entry) => entry,
            Err(i) => {
                let entry = word_entry(word, hash);
                self.table.put(i, hash, entry);
                self.len += 1;
                entry
            }
        }
    }
}

/// The language of a plain text from its own tokens (the evidence of all its
/// words): [`crate::detect`], and the anatomy's test of a line. The analysis
/// of a snippet reaches the same answer from its document's lexemes.
pub(crate) fn detect_text(text: &str, prior: Prior) -> Option<Detection> {
    let bytes = text.as_bytes();
    let evidence = ENTRY_CACHE.with_borrow_mut(|cache| {
        let entries = crate::tokenize::tokenize(text).filter_map(|tok| {
            let (start, end) = (tok.start(), tok.end());
            let hash = folded_hash(bytes, start, end).filter(|_| tok.kind() == TokenKind::Word)?;
            Some((cache.entry(&text[start..end], hash), bytes[start].is_ascii_uppercase()))
        });
        text_evidence(text, entries)
    });
    decide(&evidence, text, prior)
}

/// Counts letters in Latin script and in other scripts: the ASCII letters
/// eight bytes at a time, then each non-ASCII character, found by a scan for
/// its lead byte. A text's own answer only compares the counts, so for it
/// (`exact` false) an ASCII text counts 1 if it has a letter and 0 if not;
/// counts that are added up (a document's sentences) must be `exact`.
fn scripts(text: &str, exact: bool) -> (usize, usize) {
    if !exact && text.is_ascii() {
        return (usize::from(text.bytes().any(|b| b.is_ascii_alphabetic())), 0);
    }
    let bytes = text.as_bytes();
    let mut latin = ascii_letters(bytes);
    let mut other = 0;
    let mut i = 0;
    while let Some(p) = bytes[i..].iter().position(|&b| b >= 0x80) {
        let at = i + p;
        let c = text[at..].chars().next().unwrap_or(' ');
        if ('\u{C0}'..='\u{24F}').contains(&c) {
            latin += 1;
        } else if c.is_alphabetic() {
            other += 1;
        }
        i = at + c.len_utf8();
    }
    (latin, other)
}

/// The ASCII letters of `bytes`, eight bytes at a time with the
/// tokenizer's letter mask.
fn ascii_letters(bytes: &[u8]) -> usize {
    let mut words = bytes.chunks_exact(8);
    let mut n = 0;
    for chunk in &mut words {
        let x = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
        n += crate::tokenize::swar_classes(x).0.count_ones() as usize;
    }
    n + words.remainder().iter().filter(|b| b.is_ascii_alphabetic()).count()
}

fn sigmoid(x: f64) -> f64 {
    1.0 / (1.0 + (-x).exp())
}

/// Whether `text` is names with at most a function word between them
/// (`Joko Widodo dan Prabowo Subianto`): every other word capitalised, and
/// none of them a listed word of a language or a common word of the root
/// lexicon once stemmed (as `Harga` in `Harga Beras Naik` and `Ketua` in
/// `Ketua Umum Asosiasi` are).
fn names_only(text: &str) -> bool {
    let words = || text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty());
    // First the cheap tests (a capital, the word lists), so that a text with
    // a lowercase word stems nothing; then the roots of the capitalised words.
    let mut names = 0;
    for word in words() {
        let listed =
            crate::data::LID_WORDS.contains_key(crate::normalize::lowercase(word).as_ref());
        let capital = word.starts_with(char::is_uppercase);
        match (listed, capital) {
            // A listed word with a capital (`Editor | Writer`) is no name.
            (true, true) | (false, false) => return false,
            (true, false) => {}
            (false, true) => names += 1,
        }
    }
    names > 0
        && words().all(|word| {
            let lower = crate::normalize::lowercase(word);
            crate::data::LID_WORDS.contains_key(lower.as_ref())
                || crate::stem::root_weight(&crate::stem::stem(&lower))
                    .is_none_or(|w| w < COMMON_ROOT)
        })
}

/// The least weight of a root that is a common word, not a name.
const COMMON_ROOT: u32 = 50;

/// The language that `ev`, the evidence of `text`, points to.
pub(crate) fn decide(ev: &Evidence, text: &str, prior: Prior) -> Option<Detection> {
    if ev.latin + ev.other == 0 {
        return None;
    }
    if ev.other > ev.latin {
        return whatlang_detect(text);
    }
    let total = ev.hits.iter().sum::<u32>();
    // A credit line (`Penulis: Andi Saputra | Editor: Budi`) is names under
    // a label: no evidence of a language, whatever its words' letters say.
    if total < 2 * FULL_SHARE && (crate::anatomy::credit_line(text).is_some() || names_only(text)) {
        return None;
    }
    let (best, &best_hits) = ev.hits.iter().enumerate().max_by_key(|&(_, h)| h)?;
    if best_hits == 0 {
        // No function word of ours: another Latin-script language, or a
        // headline of names and nouns. One or two such words (`beli`,
        // `Sumber: Reuters`) are too few to name a language.
        if ev.words < 3 {
            return None;
        }
        // Mostly words of Indonesian/Malay news (a headline, `Pemeriksaan
        // dijadwalkan berlangsung enam bulan.`): Indonesian or Malay, not
        // reliable, without asking whatlang.
        if ev.idms_known * 2 > ev.words {
            return Some(idms(ev.ratio(), 0.5, false, prior));
        }
        return whatlang_detect(text).map(|d| match d.language {
            Language::Indonesian => idms(ev.ratio(), d.confidence.min(0.5), false, prior),
            _ => d,
        });
    }
    let share = f64::from(best_hits) / f64::from(total);
    // Two function words at least: one (`Jokowi dan Prabowo`) says little.
    let enough = ev.words >= 3 && best_hits >= 2 * FULL_SHARE;
    Some(match best {
        0 => idms(ev.ratio(), share, enough, prior),
        i => {
            let language =
                [Language::Indonesian, Language::Javanese, Language::Sundanese, Language::English]
                    [i];
            Detection { language, confidence: share, reliable: enough && share >= 0.6 }
        }
    })
}

/// Prior log-odds for Indonesian over Malay: warta reads Indonesian news
/// first, and Indonesian text outside the news register of the training
/// data (reviews, comments) otherwise leans Malay. Measured on DSL across
/// years, 0.5 is neutral on full sentences and helps short ones. Must match
/// `scripts/build_lid.py`, which calibrates the confidence with it.
const INDONESIAN_PRIOR: f64 = 0.5;

/// What the detector assumes of a text before it reads it: how likely
/// Indonesian is against Malay. A feed known to be Indonesian (or Malay)
/// tips the balance of short or mixed texts its way.
///
/// # Example
///
/// ```
/// use warta::{detect_with, Language, Prior};
///
/// let text = "Menteri itu akan bertolak ke Beijing.";
/// let d = detect_with(text, Prior::Indonesian).unwrap();
/// assert_eq!(d.language, Language::Indonesian);
/// assert_eq!("id".parse::<Prior>().unwrap(), Prior::Indonesian);
/// ```
#[non_exhaustive]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(rename_all = "snake_case")
)]
pub enum Prior {
    /// No knowledge of the source: the detector's own slight lean to
    /// Indonesian, with which its confidence is calibrated.
    #[default]
    Neutral,
    /// An Indonesian source: Indonesian is taken to be nine times as likely
    /// as Malay before the text is read.
    Indonesian,
    /// A Malay source: Malay is taken to be nine times as likely.
    Malay,
}

impl Prior {
    /// The prior log-odds of Indonesian over Malay.
    fn log_odds(self) -> f64 {
        // ln 9: odds of nine to one.
        const NINE: f64 = 2.197_224_577_336_219_6;
        match self {
            Prior::Neutral => INDONESIAN_PRIOR,
            Prior::Indonesian => INDONESIAN_PRIOR + NINE,
            Prior::Malay => INDONESIAN_PRIOR - NINE,
        }
    }
}

impl std::str::FromStr for Prior {
    type Err = crate::Error;

    /// `id`, `ms`, or `none`.
    fn from_str(s: &str) -> Result<Prior, crate::Error> {
        match s {
            "id" => Ok(Prior::Indonesian),
            "ms" => Ok(Prior::Malay),
            "none" | "neutral" => Ok(Prior::Neutral),
            _ => Err(crate::Error::format(0, format!("{s:?} is no prior: id, ms or none"))),
        }
    }
}

/// Indonesian or Malay from the word model's log-likelihood ratio: the
/// calibrated probability that the answer is right (scaled by the share of
/// the function words that are Indonesian/Malay when there are few of them).
fn idms(ratio: f64, share: f64, enough: bool, prior: Prior) -> Detection {
    let ratio = ratio + prior.log_odds();
    let language = if ratio >= 0.0 { Language::Indonesian } else { Language::Malay };
    let (scale, reliable_from) = *crate::data::LID_CALIBRATION;
    let p = sigmoid(scale * ratio.abs());
    let confidence = if enough && share >= 0.6 { p } else { share.min(1.0) * p };
    Detection { language, confidence, reliable: enough && share >= 0.6 && p >= reliable_from }
}

static WHATLANG: LazyLock<whatlang::Detector> = LazyLock::new(whatlang::Detector::new);

/// The most text whatlang reads, in bytes: its trigram profile is settled
/// long before this, and a cap keeps a many-megabyte text in another script
/// from costing whatlang's (hash-table bound) time over all of it.
pub const WHATLANG_SAMPLE: usize = 16 * 1024;

fn whatlang_detect(text: &str) -> Option<Detection> {
    let text = &text[..crate::tokenize::floor_char_boundary(text, WHATLANG_SAMPLE)];
    let info = WHATLANG.detect(text)?;
    Some(Detection {
        language: Language::from_whatlang(info.lang()),
        confidence: info.confidence(),
        reliable: info.is_reliable(),
    })
}

/// The language of one sentence of a document.
#[non_exhaustive]
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SentenceLanguage {
    /// The sentence's byte span in the document.
    pub span: Span,
    /// Its language, if one could be named.
    pub detection: Option<Detection>,
    /// Whether it is article text: inside the body and not boilerplate.
    pub in_body: bool,
}

/// How much of a document is in one language.
#[non_exhaustive]
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LanguageShare {
    /// The language.
    pub language: Language,
    /// Its share of the bytes of the sentences whose language was found.
    pub share: f64,
}

/// The languages of a document: overall, per sentence, and the mix.
#[non_exhaustive]
#[derive(Clone, Debug, PartialEq)]
pub struct DocumentLanguages {
    /// The language of the whole text.
    pub document: Option<Detection>,
    /// Each sentence with its language.
    pub sentences: Vec<SentenceLanguage>,
    /// Languages by share of the text, largest first.
    pub mix: Vec<LanguageShare>,
}

/// The document's language: its pooled evidence decides, unless the
/// sentences say otherwise by a majority of the text (an Indonesian article
/// with an English paragraph full of English words stays Indonesian).
pub(crate) fn reconcile(pooled: Option<Detection>, mix: &[LanguageShare]) -> Option<Detection> {
    match (pooled, mix.first()) {
        (Some(d), Some(top)) if top.language != d.language && top.share > 0.5 => Some(Detection {
            language: top.language,
            confidence: top.share,
            reliable: top.share >= 0.6,
        }),
        (None, Some(top)) if top.share > 0.5 => {
            Some(Detection { language: top.language, confidence: top.share, reliable: false })
        }
        (d, _) => d,
    }
}

/// The languages' shares of the sentences' bytes, largest first.
pub(crate) fn mix_of<'a>(
    sentences: impl Iterator<Item = &'a SentenceLanguage>,
) -> Vec<LanguageShare> {
    let mut bytes: Vec<(Language, usize)> = Vec::new();
    for s in sentences {
        if let Some(d) = s.detection {
            match bytes.iter_mut().find(|(l, _)| *l == d.language) {
                Some((_, n)) => *n += s.span.len(),
                None => bytes.push((d.language, s.span.len())),
            }
        }
    }
    let total: usize = bytes.iter().map(|(_, n)| n).sum();
    let mut mix: Vec<LanguageShare> = bytes
        .into_iter()
        .map(|(language, n)| LanguageShare { language, share: n as f64 / total.max(1) as f64 })
        .collect();
    mix.sort_by(|a, b| b.share.total_cmp(&a.share).then(a.language.cmp(&b.language)));
    mix
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_words_weigh_by_their_letters() {
        // Malay words the word model has not seen lean Malay by their
        // letters (-iti, kakitangan).
        let weight = |w: &str| {
            let entry = word_entry(w, folded_hash(w.as_bytes(), 0, w.len()).unwrap_or(0));
            assert!(entry & WEIGHT_BIT != 0, "{w}");
            f32::from(entry as u16 as i16)
        };
        assert!(weight("produktiviti") < 0.0 && weight("kakitangannya") < 0.0);
        assert_eq!(word_entry("kucing2", 1), NO_LID);
    }

    #[test]
    fn confidence_is_calibrated_and_priors_tip_the_balance() {
        let d = crate::detect("Pemerintah akan menaikkan harga bahan bakar karena anggaran subsidi tidak cukup untuk tahun depan.")
            .unwrap();
        assert_eq!(d.language, Language::Indonesian);
        assert!(d.reliable && d.confidence >= crate::data::LID_CALIBRATION.1);
        let text = "Menteri itu akan bertolak ke Beijing.";
        let id = detect_text(text, Prior::Indonesian).unwrap();
        let ms = detect_text(text, Prior::Malay).unwrap();
        assert_eq!((id.language, ms.language), (Language::Indonesian, Language::Malay));
        assert!("jv".parse::<Prior>().is_err());
    }

    #[test]
    fn function_word_shares_are_whole_and_split_evenly() {
        // Bits of `Regional` index the share table in the order of `hits`.
        for (i, bit) in
            [Regional::IDMS, Regional::JV, Regional::SU, Regional::EN].iter().enumerate()
        {
            assert_eq!(SHARES[usize::from(*bit)][i], FULL_SHARE);
        }
        let both = usize::from(Regional::IDMS | Regional::EN);
        assert_eq!(SHARES[both], [FULL_SHARE / 2, 0, 0, FULL_SHARE / 2]);
        assert!(SHARES.iter().flatten().all(|part| part % 4 == 0));
        // A capitalised function word counts a quarter.
        let dan = LID_TABLE.find(folded_hash(b"dan", 0, 3).unwrap()).unwrap();
        let (mut lower, mut capital) = (Evidence::default(), Evidence::default());
        lower.add_entry(dan, false);
        capital.add_entry(dan, true);
        assert_eq!(lower.hits[0], FULL_SHARE);
        assert_eq!(capital.hits[0], FULL_SHARE / 4);
    }

    #[test]
    fn scripts_counts_letters_by_script() {
        assert_eq!(scripts("Harga naik 5%", true), (9, 0));
        assert_eq!(scripts("Harga naik 5%", false), (1, 0));
        assert_eq!(scripts("“Kami” café", false), (8, 0));
        assert_eq!(scripts("Москва и Jakarta", false), (7, 7));
        assert_eq!(scripts("東京 “Tokyo”", false), (5, 2));
        assert_eq!(scripts("— 12 —", true), (0, 0));
        let all: Vec<u8> = (0..=255).chain(0..=255).collect();
        for start in 0..16 {
            let naive = all[start..].iter().filter(|b| b.is_ascii_alphabetic()).count();
            assert_eq!(ascii_letters(&all[start..]), naive);
        }
    }

    #[test]
    fn an_article_with_a_quote_in_another_script_keeps_its_own_evidence() {
        // Six Malay sentences and one Chinese: the body's letters are mostly
        // Latin, so warta's own model decides, with its calibrated confidence
        // (not whatlang, which has no Malay, outvoted by the sentences).
        let malay = "Kerajaan akan menaikkan harga minyak kerana peruntukan subsidi tidak mencukupi, kata beliau kepada pemberita. ";
        let text = malay.repeat(6)
            + "中华人民共和国国务院今天宣布了一项新的经济刺激计划以支持中小企业的发展和就业。";
        let doc = crate::detect_document(&text);
        let d = doc.document.unwrap();
        assert_eq!(d.language, Language::Malay);
        assert!(d.reliable && d.confidence >= crate::data::LID_CALIBRATION.1, "{d:?}");
        assert_eq!(doc.mix.len(), 2);
    }

    #[test]
    fn credits_and_names_have_no_language() {
        for t in [
            "Penulis: Andi Saputra | Editor: Budi Santoso",
            "Joko Widodo dan Prabowo Subianto",
            "Oleh Andi Saputra",
        ] {
            assert_eq!(detect_text(t, Prior::Neutral), None, "{t}");
        }
        // A title-case headline of common words still has one.
        assert!(detect_text("Harga Beras Naik Lagi di Jakarta", Prior::Neutral).is_some());
    }
}
