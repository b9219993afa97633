//! A sequence tagger for the names no list holds: an averaged structured
//! perceptron (Collins 2002) over hashed sparse features with first-order
//! Viterbi decoding, tagging PER, ORG and LOC in BIO.
//!
//! It reads only what needs deciding: runs of capitalised words (with the
//! connectors names use inside them, `dan`, `bin`, `van`), and their
//! context. Its features are the word and its case-folded form, shape,
//! prefix and suffix, the neighbouring words, the position in the run and
//! the sentence, what the gazetteers and patterns already found there
//! (class and kind), and word lists: titles, honorifics, ranks and roles
//! before a name (`data/person_titles.tsv`), given and family names
//! (`data/person_names.tsv`), speech verbs after it, common words.
//!
//! The built-in model (`data/ner.bin`) is trained by `warta ner train`
//! (see `scripts/build_ner.sh`); [`Tagger::train`] is the same code.

use std::sync::{Arc, LazyLock};

use super::extraction::{Extraction, FLAG_CAP, FastMap, Tok};
use super::gazetteer::{EntityClass, Gazetteer, trim_period};
use super::table::{ByteMap, FlagTable, FoldedTable, key_hash, token_hash};
use crate::error::Error;
use crate::span::Span;
use crate::token::TokenKind;

/// The tags: `O`, then `B-` and `I-` of PER, ORG, LOC.
const TAGS: usize = 7;
const O: usize = 0;
const CLASSES: [EntityClass; 3] = [EntityClass::Per, EntityClass::Org, EntityClass::Loc];

/// Feature buckets: `1 << BITS` rows of `TAGS` weights.
const BITS: u32 = 19;
/// The feature set's version, written in the model: a model made with
/// other features is refused.
const FEATURES_VERSION: u8 = 3;
const MAGIC: &[u8; 4] = b"WNER";
/// Most tokens of one run the tagger reads; longer runs are cut.
const MAX_RUN: usize = 24;
/// The most words a title-case line (a headline, whose capitals tell
/// nothing) has.
const TITLE_WORDS: usize = 40;
/// Features per token.
const NF: usize = 18;

const NAMES_TSV: &str = include_str!("../../data/person_names.tsv");
const TITLES_TSV: &str = include_str!("../../data/person_titles.tsv");
const MODEL_BIN: &[u8] = include_bytes!("../../data/ner.bin");

// Word-list flags of a token.
const GIVEN: u16 = 1;
const FAMILY: u16 = 1 << 1;
const NAME_WORD: u16 = 1 << 2;
const HONORIFIC: u16 = 1 << 3;
const ACADEMIC: u16 = 1 << 4;
const RANK: u16 = 1 << 5;
const ROLE: u16 = 1 << 6;
const TITLE_END: u16 = 1 << 7;
const SPEECH: u16 = 1 << 8;
const COMMON: u16 = 1 << 9;
const STOP: u16 = 1 << 10;
const CONNECTOR: u16 = 1 << 11;
/// The last word of a title phrase of two to four words.
const PHRASE_LAST: u16 = 1 << 12;
/// Month and day names and currency words (`Maret`, `Kamis`, `Rp`): on
/// their own never a name (not a feature).
const NOT_NAME: u16 = 1 << 13;
/// The flags the features read (not the phrase bookkeeping).
const FEATURE_FLAGS: u16 = PHRASE_LAST - 1;
const TITLE_ANY: u16 = HONORIFIC | ACADEMIC | RANK | ROLE;

/// Verbs and words of saying that follow or precede a speaker's name.
const SPEECH_WORDS: &[&str] = &[
    "kata",
    "katanya",
    "ujar",
    "ujarnya",
    "tutur",
    "tuturnya",
    "ungkap",
    "ungkapnya",
    "jelas",
    "jelasnya",
    "tegas",
    "tegasnya",
    "imbuh",
    "imbuhnya",
    "papar",
    "paparnya",
    "terang",
    "terangnya",
    "sebut",
    "sebutnya",
    "ucap",
    "ucapnya",
    "tambah",
    "tambahnya",
    "menurut",
    "mengatakan",
    "menyatakan",
    "menjelaskan",
    "menegaskan",
    "mengungkapkan",
    "menambahkan",
    "menuturkan",
    "menilai",
    "meminta",
    "bilang",
    "menyebut",
    "menyebutkan",
    "mengaku",
    "berharap",
    "mengimbau",
    "memastikan",
    "menyampaikan",
    "said",
    "says",
];

/// Lower-case words that may join the capitalised words of one name
/// (`Badan Pengawas Obat dan Makanan`, `Mohd Faizal bin Ismail`).
const CONNECTORS: &[&str] = &[
    "dan", "&", "of", "the", "and", "for", "de", "del", "della", "van", "von", "der", "den", "ter",
    "bin", "binti", "al", "el", "la", "le", "da", "dos", "untuk",
];

/// Day names (Indonesian, Malay, English) and currency words, besides the
/// month names of the dates module: `NOT_NAME`.
const NOT_NAME_WORDS: &[&str] = &[
    "senin",
    "selasa",
    "rabu",
    "kamis",
    "jumat",
    "sabtu",
    "minggu",
    "ahad",
    "isnin",
    "khamis",
    "jumaat",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "rp",
    "rupiah",
    "ringgit",
    "dolar",
    "euro",
    "yen",
    "yuan",
    "won",
];

/// The word lists, parsed once.
struct Lists {
    /// Title phrases of two to four ASCII words, by the chained folded
    /// hashes of their words (`phrase_hash`).
    phrases: FastMap<u64, u16>,
    /// The words of those phrases that start with a capital, with the
    /// phrase's flag.
    phrase_words: FoldedTable<u16>,
    /// Every listed word (lower case) with its flags: names, one-word
    /// titles, speech verbs, connectors, stopwords (`STOP`), roots
    /// (`COMMON`), the last words of title phrases (`PHRASE_LAST`). One
    /// lookup of a token as written (case-folded hash, no copy) gives all.
    table: FlagTable,
}

static LISTS: LazyLock<Lists> = LazyLock::new(|| {
    let mut words: FastMap<Box<str>, u16> = FastMap::default();
    let mut phrases: FastMap<u64, u16> = FastMap::default();
    let mut phrase_words: ByteMap<u16> = ByteMap::default();
    let mut phrase_last: Vec<String> = Vec::new();
    for line in NAMES_TSV.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
        let mut cols = line.split('\t');
        let (Some(name), Some(kind)) = (cols.next(), cols.next()) else { continue };
        let name = name.trim();
        let mut flags = match kind.trim().trim_end_matches('?') {
            "given" => GIVEN,
            "family" => FAMILY,
            _ => GIVEN | FAMILY,
        };
        if kind.trim().ends_with('?') {
            flags |= NAME_WORD;
        }
        *words.entry(name.into()).or_default() |= flags;
    }
    for line in TITLES_TSV.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
        let mut cols = line.split('\t');
        let (Some(phrase), Some(kind)) = (cols.next(), cols.next()) else { continue };
        let flag = match kind.trim() {
            "honorific" => HONORIFIC,
            "academic" => ACADEMIC,
            "rank" => RANK,
            _ => ROLE,
        };
        let lower = phrase.trim().to_lowercase();
        let lower = lower.trim_end_matches('.');
        if lower.contains(' ') {
            let hashes: Option<Vec<u64>> = lower.split(' ').map(token_hash).collect();
            if let Some(h) = hashes {
                *phrases.entry(phrase_hash(&h)).or_default() |= flag;
            }
            if let Some(last) = lower.rsplit(' ').next() {
                phrase_last.push(last.to_string());
            }
            for (w, written) in lower.split(' ').zip(phrase.trim().split(' ')) {
                if written.starts_with(char::is_uppercase) {
                    *phrase_words.entry(w.as_bytes().into()).or_default() |= flag;
                }
            }
        } else {
            *words.entry(lower.into()).or_default() |= flag;
        }
    }
    for w in SPEECH_WORDS {
        *words.entry((*w).into()).or_default() |= SPEECH;
    }
    for w in CONNECTORS {
        *words.entry((*w).into()).or_default() |= CONNECTOR;
    }
    let months = crate::anatomy::date::MONTHS.iter().map(|m| m.0).filter(|m| m.len() >= 3);
    for w in months.chain(NOT_NAME_WORDS.iter().copied()) {
        *words.entry(w.into()).or_default() |= NOT_NAME;
    }
    let mut all: ByteMap<u16> = ByteMap::default();
    let mut add = |w: &str, f: u16| {
        *all.entry(w.to_lowercase().into_bytes().into_boxed_slice()).or_default() |= f;
    };
    for (w, &f) in &words {
        add(w, f);
    }
    for w in &phrase_last {
        add(w, PHRASE_LAST);
    }
    for w in crate::data::STOPWORDS.iter() {
        add(w, STOP);
    }
    let stop = &*crate::data::STOPWORDS;
    // The roots met at least three times in the lexicon's evidence (about
    // 6,000): the rest are rare words, which would grow the table that is
    // looked up per token well past what the processor's cache holds.
    let roots = crate::stem::Lexicon::builtin().counted();
    for (w, _) in roots.filter(|&(w, n)| n >= COMMON_COUNT && !stop.contains(w)) {
        add(w, COMMON);
    }
    let table = FlagTable::new(all.iter().map(|(k, &f)| (&**k, f)));
    let phrase_words = FoldedTable::new(phrase_words, key_hash);
    Lists { phrases, phrase_words, table }
});

/// Whether a word can be a name on its own: a lower-case letter, no digit,
/// and not ending in a capital (`Bambang`, `McDonald`; not `BBM`, `A`,
/// `COVID-19`, `CoV`).
fn name_like(word: &str) -> bool {
    let b = word.as_bytes();
    if b.is_ascii() {
        b.iter().any(u8::is_ascii_lowercase)
            && !b.iter().any(u8::is_ascii_digit)
            && !b.last().is_some_and(u8::is_ascii_uppercase)
    } else {
        word.chars().any(char::is_lowercase)
            && !word.chars().any(char::is_numeric)
            && !word.chars().last().is_some_and(char::is_uppercase)
    }
}

/// The fewest times a root is met in the lexicon's evidence to be `COMMON`.
const COMMON_COUNT: u32 = 3;

/// The key of a phrase from its words' folded hashes.
fn phrase_hash(words: &[u64]) -> u64 {
    words.iter().fold(0x2545_f491_4f6c_dd1d, |h, &w| mix(h, w))
}

/// What a title word is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum TitleKind {
    /// `Pak`, `Bu`, `Haji`.
    Honorific,
    /// `dr.`, `Prof.`.
    Academic,
    /// `AKBP`, `Kolonel`.
    Rank,
    /// `Menteri`, `Direktur`, `Kapolres`, and the words of role phrases
    /// (`Direktur Utama`).
    Role,
}

/// The kind of title a word is, if it is one.
pub(super) fn title_kind(word: &str) -> Option<TitleKind> {
    let w = trim_period(word);
    let lists = &*LISTS;
    let f = lists.table.get(w) | lists.phrase_words.get_token(w).copied().unwrap_or(0);
    if f & RANK != 0 {
        Some(TitleKind::Rank)
    } else if f & ACADEMIC != 0 {
        Some(TitleKind::Academic)
    } else if f & HONORIFIC != 0 {
        Some(TitleKind::Honorific)
    } else if f & ROLE != 0 {
        Some(TitleKind::Role)
    } else {
        None
    }
}

/// A trained tagger: feature weights and tag transitions.
///
/// ```
/// use warta::Tagger;
///
/// let tagger = Tagger::builtin().expect("warta ships a model");
/// let bytes = tagger.to_bytes();
/// assert_eq!(Tagger::from_bytes(&bytes).unwrap().to_bytes(), bytes);
/// assert!(Tagger::from_bytes(b"not a model").is_err());
/// ```
#[derive(Clone)]
pub struct Tagger {
    /// The non-zero feature rows, scaled to `i16`.
    weights: Table,
    /// The weights of the bias feature, which every token has.
    bias: [i32; LANES],
    /// Row `TAGS` is the start of a run; `trans[a][b]` scores `a` → `b`.
    trans: [[i32; TAGS]; TAGS + 1],
}

impl std::fmt::Debug for Tagger {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Tagger").field("features", &self.weights.len).finish()
    }
}

static BUILTIN: LazyLock<Option<Arc<Tagger>>> =
    LazyLock::new(|| Tagger::from_bytes(MODEL_BIN).ok().map(Arc::new));

impl Tagger {
    /// The built-in model (`data/ner.bin`), parsed once; `None` only if the
    /// crate was built without one (a test checks that it parses).
    pub fn builtin() -> Option<&'static Tagger> {
        BUILTIN.as_deref()
    }

    pub(crate) fn builtin_arc() -> Option<Arc<Tagger>> {
        BUILTIN.clone()
    }

    /// A model from the bytes [`Tagger::to_bytes`] writes.
    ///
    /// # Errors
    ///
    /// [`Error`] when the bytes are not a model of this version of warta.
    pub fn from_bytes(bytes: &[u8]) -> Result<Tagger, Error> {
        let bad = |what: &str| Error::format(0, format!("not a warta tagger model: {what}"));
        let mut r = Reader { bytes, at: 0 };
        if r.take(4).ok_or_else(|| bad("too short"))? != MAGIC {
            return Err(bad("no WNER header"));
        }
        let head = r.take(4).ok_or_else(|| bad("too short"))?;
        if head[0] != FEATURES_VERSION || u32::from(head[1]) != BITS || usize::from(head[2]) != TAGS
        {
            return Err(bad("made for another version of warta's features"));
        }
        let mut trans = [[0i32; TAGS]; TAGS + 1];
        for row in &mut trans {
            for x in row.iter_mut() {
                *x = r.i32().ok_or_else(|| bad("transitions cut short"))?;
            }
        }
        let n = r.u32().ok_or_else(|| bad("no feature count"))? as usize;
        let mut rows = Vec::with_capacity(n.min(1 << BITS));
        for _ in 0..n {
            let bucket = r.u32().ok_or_else(|| bad("features cut short"))?;
            if bucket >= 1 << BITS || rows.last().is_some_and(|&(b, _)| b >= bucket) {
                return Err(bad("features out of range or order"));
            }
            let mut row = [0i16; TAGS];
            for x in row.iter_mut() {
                *x = r.i16().ok_or_else(|| bad("features cut short"))?;
            }
            rows.push((bucket, row));
        }
        let weights = Table::new(rows);
        if r.at != bytes.len() {
            return Err(bad("bytes after the features"));
        }
        Ok(Tagger::of(weights, trans))
    }

    /// The model as bytes: a header, the transitions, and the non-zero
    /// feature rows (bucket and weights, little-endian).
    pub fn to_bytes(&self) -> Vec<u8> {
        let used = self.weights.sorted();
        let mut out = Vec::with_capacity(64 + used.len() * (4 + 2 * TAGS));
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&[FEATURES_VERSION, BITS as u8, TAGS as u8, 0]);
        for row in &self.trans {
            for x in row {
                out.extend_from_slice(&x.to_le_bytes());
            }
        }
        out.extend_from_slice(&(used.len() as u32).to_le_bytes());
        for (b, row) in used {
            out.extend_from_slice(&b.to_le_bytes());
            for x in row {
                out.extend_from_slice(&x.to_le_bytes());
            }
        }
        out
    }

    /// Trains a model on labelled texts: each text with the byte spans and
    /// classes of its PER, ORG and LOC names (spans of other classes are
    /// ignored). The gazetteer's matches are features, so train with the
    /// gazetteer the model will run with. `epochs` passes in an order
    /// shuffled by `seed`: the same input gives the same model bytes.
    pub fn train(
        gazetteer: &Gazetteer,
        texts: &[(String, Vec<(Span, EntityClass)>)],
        epochs: usize,
        seed: u64,
    ) -> Tagger {
        // Every run of every text with its features and gold tags.
        let mut runs: Vec<(Vec<[u32; NF]>, Vec<usize>)> = Vec::new();
        for (text, gold) in texts {
            let tokens: Vec<Tok> = crate::tokenize::tokenize(text)
                .map(|t| Tok { start: t.start(), end: t.end(), kind: t.kind() })
                .collect();
            let mut x = Extraction::new(gazetteer, text, &tokens);
            x.gazetteer_pass();
            x.pattern_pass();
            x.abbreviation_pass();
            x.training_runs(&gold_tags(&tokens, gold), &mut runs);
        }
        let mut model = Training::new();
        let mut order: Vec<usize> = (0..runs.len()).collect();
        let mut rng = seed | 1;
        for _ in 0..epochs {
            // Fisher-Yates with xorshift64: reproducible.
            for i in (1..order.len()).rev() {
                rng ^= rng << 13;
                rng ^= rng >> 7;
                rng ^= rng << 17;
                order.swap(i, (rng % (i as u64 + 1)) as usize);
            }
            for &k in &order {
                let (feats, gold) = &runs[k];
                model.learn(feats, gold);
            }
        }
        model.finish()
    }

    /// The best tags of the run whose features are in `x.feats`, into
    /// `x.tags`.
    /// A tagger of these weights and transitions.
    fn of(weights: Table, trans: [[i32; TAGS]; TAGS + 1]) -> Tagger {
        let bias = weights.get(bucket(BIAS)).map_or([0; LANES], |w| w.map(i32::from));
        Tagger { weights, trans, bias }
    }

    /// Whether the model has weights for `word` itself (the word feature
    /// of [`Extraction::features`]): a word met in training.
    fn knows(&self, word: &str) -> bool {
        self.weights.get(bucket(mix(2, word_hash(word)))).is_some()
    }

    fn decode(&self, x: &mut Scratch) {
        x.score.clear();
        for f in &x.feats {
            // The bias feature (the first) is the same for every token.
            let mut s = self.bias;
            self.weights.add_rows(&f[1..], &mut s);
            x.score.push(std::array::from_fn(|t| s[t]));
        }
        if let [one] = x.score.as_slice() {
            // One token: the best tag a run may start with.
            let best = (0..TAGS)
                .filter(|&t| allowed(TAGS, t))
                .max_by_key(|&t| (self.trans[TAGS][t] + one[t], std::cmp::Reverse(t)))
                .unwrap_or(O);
            x.tags.clear();
            x.tags.push(best);
            return;
        }
        viterbi(&x.score, |a, b| self.trans[a][b], &mut x.paths, &mut x.tags);
    }
}

/// Whether tag `b` may follow tag `a` (`TAGS` is the start): an `I-` tag
/// only after a tag of its class.
fn allowed(a: usize, b: usize) -> bool {
    b == O || b % 2 == 1 || (a != TAGS && a != O && a.div_ceil(2) == b / 2)
}

/// First-order Viterbi over per-token scores and transition scores.
fn viterbi<S>(
    score: &[[S; TAGS]],
    trans: impl Fn(usize, usize) -> S,
    paths: &mut Paths<S>,
    out: &mut Vec<usize>,
) where
    S: Copy + PartialOrd + std::ops::Add<Output = S>,
{
    let n = score.len();
    out.clear();
    if n == 0 {
        return;
    }
    let (best, back) = (&mut paths.best, &mut paths.back);
    best.clear();
    best.resize(n, [None; TAGS]);
    back.clear();
    back.resize(n, [0u8; TAGS]);
    for t in 0..TAGS {
        if allowed(TAGS, t) {
            best[0][t] = Some(trans(TAGS, t) + score[0][t]);
        }
    }
    for i in 1..n {
        for b in 0..TAGS {
            let mut top: Option<(S, usize)> = None;
            for (a, prev) in best[i - 1].iter().enumerate() {
                if !allowed(a, b) {
                    continue;
                }
                if let Some(v) = *prev {
                    let v = v + trans(a, b);
                    if top.is_none_or(|(s, _)| v > s) {
                        top = Some((v, a));
                    }
                }
            }
            if let Some((v, a)) = top {
                best[i][b] = Some(v + score[i][b]);
                back[i][b] = a as u8;
            }
        }
    }
    let mut last = 0;
    let mut top: Option<S> = None;
    for (t, v) in best[n - 1].iter().enumerate() {
        if let Some(v) = *v
            && top.is_none_or(|s| v > s)
        {
            top = Some(v);
            last = t;
        }
    }
    out.resize(n, O);
    out[n - 1] = last;
    for i in (1..n).rev() {
        out[i - 1] = usize::from(back[i][out[i]]);
    }
}

/// Per token, its gold tag from the gold spans (spans not on token
/// boundaries are left out).
fn gold_tags(tokens: &[Tok], gold: &[(Span, EntityClass)]) -> Vec<usize> {
    let mut tags = vec![O; tokens.len()];
    for (span, class) in gold {
        let Some(c) = CLASSES.iter().position(|c| c == class) else { continue };
        let first = tokens.partition_point(|t| t.start < span.start);
        let last = tokens.partition_point(|t| t.end <= span.end);
        if first >= last
            || tokens[first].start != span.start
            || tokens[last - 1].end != span.end
            || tags[first..last].iter().any(|&t| t != O)
        {
            continue;
        }
        tags[first] = 1 + 2 * c;
        for t in &mut tags[first + 1..last] {
            *t = 2 + 2 * c;
        }
    }
    tags
}

/// The perceptron's state while training: current weights, and the sums
/// that make the averaged weights.
struct Training {
    w: Vec<[f32; TAGS]>,
    /// Sum over updates of `step * delta`, for the average.
    u: Vec<[f64; TAGS]>,
    tw: [[f32; TAGS]; TAGS + 1],
    tu: [[f64; TAGS]; TAGS + 1],
    step: f64,
    guess: Vec<usize>,
    paths: Paths<f32>,
}

impl Training {
    fn new() -> Training {
        Training {
            w: vec![[0.0; TAGS]; 1 << BITS],
            u: vec![[0.0; TAGS]; 1 << BITS],
            tw: [[0.0; TAGS]; TAGS + 1],
            tu: [[0.0; TAGS]; TAGS + 1],
            step: 1.0,
            guess: Vec::new(),
            paths: Paths::default(),
        }
    }

    fn learn(&mut self, feats: &[[u32; NF]], gold: &[usize]) {
        let mut score = vec![[0f32; TAGS]; feats.len()];
        for (s, f) in score.iter_mut().zip(feats) {
            for &b in f {
                let w = &self.w[b as usize];
                for t in 0..TAGS {
                    s[t] += w[t];
                }
            }
        }
        let mut guess = std::mem::take(&mut self.guess);
        let tw = self.tw;
        viterbi(&score, |a, b| tw[a][b], &mut self.paths, &mut guess);
        if guess != gold {
            let step = self.step;
            for (i, f) in feats.iter().enumerate() {
                let (g, p) = (gold[i], guess[i]);
                if g != p {
                    for &b in f {
                        let b = b as usize;
                        self.w[b][g] += 1.0;
                        self.u[b][g] += step;
                        self.w[b][p] -= 1.0;
                        self.u[b][p] -= step;
                    }
                }
                let (ga, pa) = if i == 0 { (TAGS, TAGS) } else { (gold[i - 1], guess[i - 1]) };
                if (ga, g) != (pa, p) {
                    self.tw[ga][g] += 1.0;
                    self.tu[ga][g] += step;
                    self.tw[pa][p] -= 1.0;
                    self.tu[pa][p] -= step;
                }
            }
        }
        self.guess = guess;
        self.step += 1.0;
    }

    /// The averaged weights, scaled to `i16` (transitions on the same
    /// scale).
    fn finish(self) -> Tagger {
        let c = self.step;
        let avg = |w: f32, u: f64| w as f64 - u / c;
        let mut top: f64 = 1e-9;
        for (w, u) in self.w.iter().zip(&self.u) {
            for t in 0..TAGS {
                top = top.max(avg(w[t], u[t]).abs());
            }
        }
        let scale = 32_000.0 / top;
        let mut rows = Vec::new();
        for (b, (w, u)) in self.w.iter().zip(&self.u).enumerate() {
            let mut row = [0i16; TAGS];
            for t in 0..TAGS {
                row[t] = (avg(w[t], u[t]) * scale).round() as i16;
            }
            if row.iter().any(|&x| x != 0) {
                rows.push((b as u32, row));
            }
        }
        let weights = Table::new(rows);
        let mut trans = [[0i32; TAGS]; TAGS + 1];
        for ((row, w), u) in trans.iter_mut().zip(&self.tw).zip(&self.tu) {
            for ((x, w), u) in row.iter_mut().zip(w).zip(u) {
                *x = (avg(*w, *u) * scale).round() as i32;
            }
        }
        Tagger::of(weights, trans)
    }
}

/// The non-zero feature rows by bucket: open addressing over a table of
/// bucket keys twice the size of the rows, so that a lookup reads one small
/// key array (most features of a text have no row) and the row only when
/// there is one.
#[derive(Clone)]
struct Table {
    /// Per slot, a bucket (or `EMPTY`) and its weights side by side: a
    /// lookup reads one place in memory.
    slots: Vec<Slot>,
    /// How many buckets the table holds.
    len: usize,
    shift: u32,
}

/// The value of the first feature, the bias, which every token has.
const BIAS: u64 = 1;

/// A bucket of the weight table and its weights, padded to eight lanes
/// (one 16-byte load, summed in one vector add).
#[derive(Clone, Copy)]
#[repr(C)]
struct Slot {
    key: u32,
    row: [i16; LANES],
}

/// `TAGS` rounded up to a vector of `i16`.
const LANES: usize = 8;

/// A row's weights, padded.
fn padded(row: [i16; TAGS]) -> [i16; LANES] {
    let mut out = [0; LANES];
    out[..TAGS].copy_from_slice(&row);
    out
}

const EMPTY: u32 = u32::MAX;

impl Table {
    fn new(pairs: Vec<(u32, [i16; TAGS])>) -> Table {
        let slots = (pairs.len() * 2).next_power_of_two().max(16);
        let shift = 64 - slots.trailing_zeros();
        let mut t = Table {
            slots: vec![Slot { key: EMPTY, row: [0; LANES] }; slots],
            len: pairs.len(),
            shift,
        };
        for (b, row) in pairs {
            let mut i = t.slot(b);
            while t.slots[i].key != EMPTY {
                i = (i + 1) & (slots - 1);
            }
            t.slots[i] = Slot { key: b, row: padded(row) };
        }
        t
    }

    #[inline]
    fn slot(&self, b: u32) -> usize {
        ((u64::from(b).wrapping_mul(K)) >> self.shift) as usize
    }

    #[inline]
    fn get(&self, b: u32) -> Option<&[i16; LANES]> {
        let mask = self.slots.len() - 1;
        let mut i = self.slot(b);
        loop {
            let s = &self.slots[i];
            let k = s.key;
            if k == b {
                return Some(&s.row);
            }
            if k == EMPTY {
                return None;
            }
            i = (i + 1) & mask;
        }
    }

    /// Adds the rows of `buckets` (at most `NF`; those the table lacks
    /// add nothing) to `s`. The home slots are all read first, each load
    /// independent of the others, so that the processor fetches them from
    /// memory at once rather than one after another.
    #[inline]
    fn add_rows(&self, buckets: &[u32], s: &mut [i32; LANES]) {
        let mut homes = [0usize; NF];
        let mut found = [EMPTY; NF];
        let n = buckets.len().min(NF);
        for k in 0..n {
            homes[k] = self.slot(buckets[k]);
        }
        for k in 0..n {
            found[k] = self.slots[homes[k]].key;
        }
        for k in 0..n {
            let b = buckets[k];
            let row = if found[k] == b {
                Some(&self.slots[homes[k]].row)
            } else if found[k] == EMPTY {
                None
            } else {
                self.get(b)
            };
            if let Some(w) = row {
                for t in 0..LANES {
                    s[t] += i32::from(w[t]);
                }
            }
        }
    }

    /// The rows in bucket order.
    fn sorted(&self) -> Vec<(u32, [i16; TAGS])> {
        let mut out: Vec<(u32, [i16; TAGS])> = self
            .slots
            .iter()
            .filter(|s| s.key != EMPTY)
            .map(|s| (s.key, std::array::from_fn(|t| s.row[t])))
            .collect();
        out.sort_unstable_by_key(|&(k, _)| k);
        out
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let s = self.bytes.get(self.at..self.at.checked_add(n)?)?;
        self.at += n;
        Some(s)
    }
    fn u32(&mut self) -> Option<u32> {
        Some(u32::from_le_bytes(self.take(4)?.try_into().ok()?))
    }
    fn i32(&mut self) -> Option<i32> {
        Some(i32::from_le_bytes(self.take(4)?.try_into().ok()?))
    }
    fn i16(&mut self) -> Option<i16> {
        Some(i16::from_le_bytes(self.take(2)?.try_into().ok()?))
    }
}

// ---------------------------------------------------------------------
// Features.

const K: u64 = 0x9e37_79b9_7f4a_7c15;

#[inline]
fn mix(h: u64, x: u64) -> u64 {
    (h.rotate_left(23) ^ x).wrapping_mul(K)
}

/// The bucket of a feature hash: its top bits (`mix` ends with a
/// multiplication, which leaves them well mixed).
#[inline]
fn bucket(h: u64) -> u32 {
    (h.wrapping_mul(K) >> (64 - BITS)) as u32
}

/// What the features need of one token.
#[derive(Clone, Copy, Default)]
struct Atom {
    lower: u64,
    shape: u64,
    prefix: u64,
    suffix: u64,
    /// What the gazetteer or a pattern found here: class, kind, B/I.
    gaz: u64,
    flags: u16,
}

/// A token outside the text, or across a line break.
const EDGE: Atom = Atom { lower: 1, shape: 1, prefix: 1, suffix: 1, gaz: 1, flags: 0 };

/// The case-folded hash of a word (the `lower` of its atom).
pub(super) fn word_hash(w: &str) -> u64 {
    token_hash(w).unwrap_or_else(|| hash_str(w, true))
}

/// Up to three ASCII bytes in lower case, as one number (with their count,
/// so that it differs from any [`hash_str`], which has bit 1 set).
fn ascii3(b: &[u8]) -> u64 {
    let mut v = (b.len() as u64) << 24;
    for (i, c) in b.iter().enumerate() {
        v |= u64::from(c.to_ascii_lowercase()) << (8 * i);
    }
    v << 2
}

fn hash_str(s: &str, lower: bool) -> u64 {
    let mut h = 0x51_7c_c1_b7_27_22_0a_95u64;
    if s.is_ascii() {
        for &b in s.as_bytes() {
            h = mix(h, u64::from(if lower { b.to_ascii_lowercase() } else { b }));
        }
        return h | 2;
    }
    for c in s.chars() {
        if lower {
            for l in c.to_lowercase() {
                h = mix(h, u64::from(l));
            }
        } else {
            h = mix(h, u64::from(c));
        }
    }
    h | 2
}

/// The shape class of each ASCII byte: `X`, `x`, `d`, itself for `.`,
/// `-` and `'`, else `o`.
const SHAPE: [u8; 128] = {
    let mut t = [b'o'; 128];
    let mut c = 0;
    while c < 128 {
        let b = c as u8;
        t[c] = match b {
            b'A'..=b'Z' => b'X',
            b'a'..=b'z' => b'x',
            b'0'..=b'9' => b'd',
            b'.' | b'-' | b'\'' => b,
            _ => b'o',
        };
        c += 1;
    }
    t
};

fn shape_of(s: &str) -> u64 {
    let mut h = 0x2545_f491_4f6c_dd1du64;
    let mut last = 0u8;
    let mut n = 0;
    if s.is_ascii() {
        for &c in s.as_bytes() {
            let k = SHAPE[usize::from(c)];
            n += 1;
            if k != last {
                h = mix(h, u64::from(k));
                last = k;
            }
        }
        return mix(h, n.min(4)) | 2;
    }
    for c in s.chars() {
        let k = if c.is_uppercase() {
            b'X'
        } else if c.is_lowercase() {
            b'x'
        } else if c.is_ascii_digit() {
            b'd'
        } else if c == '.' || c == '-' || c == '\'' {
            c as u8
        } else {
            b'o'
        };
        n += 1;
        if k != last {
            h = mix(h, u64::from(k));
            last = k;
        }
    }
    mix(h, n.min(4)) | 2
}

/// Best-path buffers of Viterbi, kept between runs.
struct Paths<S> {
    best: Vec<[Option<S>; TAGS]>,
    back: Vec<[u8; TAGS]>,
}

impl<S> Default for Paths<S> {
    fn default() -> Self {
        Paths { best: Vec::new(), back: Vec::new() }
    }
}

/// The tagger's buffers, reused across texts on a thread: no allocation
/// per token or run once they have grown.
#[derive(Default)]
pub(super) struct Scratch {
    atoms: Vec<Atom>,
    /// Per token: 0 not read yet, 1 its atom, 2 also the title phrases
    /// that end at it marked.
    state: Vec<u8>,
    feats: Vec<[u32; NF]>,
    score: Vec<[i32; TAGS]>,
    paths: Paths<i32>,
    tags: Vec<usize>,
    /// Per token: its word-list flags, or `UNREAD`.
    flags: Vec<u16>,
    /// The flags of the words met lately, for [`FlagTable::get_cached`].
    cache: Vec<u64>,
}

/// Words in [`Scratch::cache`].
const CACHED_WORDS: usize = 4096;

/// A token whose flags are not looked up yet.
const UNREAD: u16 = u16::MAX;

/// Most tokens whose atoms a thread's buffers keep between texts.
const MAX_KEPT: usize = 1 << 16;

thread_local! {
    static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::new(Scratch::default());
}

impl Scratch {
    /// Ready for a text of `n` tokens.
    fn reset(&mut self, n: usize) {
        if self.state.capacity() > MAX_KEPT.max(n) {
            *self = Scratch::default();
        }
        self.state.clear();
        self.state.resize(n, 0);
        // An atom is read only after `state` says it was computed for this
        // text, so the old ones need not be cleared.
        if self.atoms.len() < n {
            self.atoms.resize(n, EDGE);
        }
        self.flags.clear();
        self.flags.resize(n, UNREAD);
        if self.cache.is_empty() {
            self.cache = vec![0; CACHED_WORDS];
        }
    }
}

impl<'t> Extraction<'_, 't, '_> {
    /// The runs the tagger reads: capitalised words (and the connectors
    /// between them), on one line, as token ranges.
    ///
    /// With `lean` (the tagger that will read them), lone words that
    /// cannot be a name on their own are left out too (see below);
    /// training reads them all, as examples of what is not a name.
    fn runs(&self, x: &mut Scratch, lean: Option<&Tagger>) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut k = 0;
        // The line of the current run, and whether it is written in title
        // case (a headline: the capitals tell nothing there).
        let (mut line_to, mut title_line) = (0, false);
        while k < self.starts.len() {
            let a = self.starts[k] as usize;
            if self.tokens[a].kind != TokenKind::Word {
                k += 1;
                continue;
            }
            let t = self.tokens[a];
            if t.start >= line_to {
                // A new line: its bytes (tokens hold no line break), then
                // its words and capitalised words, counted up to one more
                // than a title line has.
                let bytes = self.text.as_bytes();
                let from = memchr::memrchr(b'\n', &bytes[..t.start]).map_or(0, |p| p + 1);
                line_to = memchr::memchr(b'\n', &bytes[t.end..]).map_or(bytes.len(), |p| t.end + p);
                let (mut n, mut caps) = (0usize, 0usize);
                let mut count = |i: usize| {
                    if self.tokens[i].kind == TokenKind::Word {
                        n += 1;
                        caps += usize::from(self.info[i] & FLAG_CAP != 0);
                    }
                    n <= TITLE_WORDS
                };
                let mut lo = a;
                while lo > 0 && self.tokens[lo - 1].start >= from && count(lo - 1) {
                    lo -= 1;
                }
                let mut hi = a;
                while hi < self.tokens.len() && self.tokens[hi].end <= line_to && count(hi) {
                    hi += 1;
                }
                // Title case: most words capitalised, and no word in lower
                // case but function words (`Menkeu Tegaskan APBN Aman di
                // Tengah Krisis`; not `Wakil Menteri Luar Negeri Arif
                // Havas Oegroseno datang.`).
                title_line = (4..=TITLE_WORDS).contains(&n)
                    && caps * 10 >= n * 7
                    && (lo..hi).all(|i| {
                        self.tokens[i].kind != TokenKind::Word
                            || self.info[i] & FLAG_CAP != 0
                            || self.s(i).len() < 4
                            || self.flags_of(i, x) & (STOP | CONNECTOR) != 0
                    });
            }
            if title_line {
                k += 1;
                continue;
            }
            let mut b = a + 1;
            k += 1;
            loop {
                if b - a >= MAX_RUN || b >= self.tokens.len() {
                    break;
                }
                if self.breaks(self.tokens[b - 1].end, self.tokens[b].start) {
                    break;
                }
                if self.is_cap_word(b) {
                    b += 1;
                    continue;
                }
                // One connector between two capitalised words.
                if b + 1 < self.tokens.len()
                    && self.is_cap_word(b + 1)
                    && !self.breaks(self.tokens[b].end, self.tokens[b + 1].start)
                    && self.flags_of(b, x) & CONNECTOR != 0
                {
                    b += 2;
                    continue;
                }
                break;
            }
            while k < self.starts.len() && (self.starts[k] as usize) < b {
                k += 1;
            }
            if b == a + 1 {
                let f = self.flags_of(a, x);
                // A lone function word (`Namun`, `Dia`), or a common word
                // that opens a sentence (`Harga`, `Pemerintah`) and is no
                // name in the lists, is left as it is. So are, when
                // tagging, a month, day or currency (`Maret`, `Kamis`,
                // `Rp`), a code the tagger never met in training (`BBM`,
                // `COVID-19`, `CoV`: organisations and codes are left to
                // the lists; a known one, `SPBU`, is read), and any other
                // word that opens a sentence and is no name in the lists
                // (`Berdasarkan`, `Menurutnya`): a name word of a person
                // named in full elsewhere is linked by the people pass.
                let initial = || self.sentence_initial(a);
                let listed = f & (GIVEN | FAMILY | NAME_WORD) != 0;
                let skip = |t: &Tagger| {
                    f & NOT_NAME != 0
                        || (!name_like(self.s(a)) && !t.knows(trim_period(self.s(a))))
                        || (!listed && initial())
                };
                if f & STOP != 0
                    || (f & COMMON != 0 && f & (GIVEN | FAMILY) == 0 && initial())
                    || lean.is_some_and(skip)
                {
                    continue;
                }
            }
            out.push((a, b));
        }
        out
    }

    /// Whether token `i` could be (part of) a name the tagger adds: a word
    /// that is no title, function word, connector, month or day, and has
    /// lower-case letters and no digit.
    fn may_name(&self, i: usize, x: &mut Scratch) -> bool {
        self.tokens[i].kind == TokenKind::Word
            && self.flags_of(i, x) & (TITLE_ANY | STOP | CONNECTOR | NOT_NAME) == 0
            && name_like(self.s(i))
    }

    fn is_cap_word(&self, i: usize) -> bool {
        self.info[i] & FLAG_CAP != 0 && self.tokens[i].kind == TokenKind::Word
    }

    /// The word-list flags of token `i` (its text without a final period,
    /// any case): one lookup.
    fn word_flags(&self, i: usize, cache: &mut [u64]) -> u16 {
        let s = self.s(i);
        if self.tokens[i].kind != TokenKind::Word {
            // Only `&` of the other tokens is listed (a connector).
            return if s == "&" { CONNECTOR } else { 0 };
        }
        LISTS.table.get_cached(trim_period(s), cache)
    }

    /// [`Self::word_flags`], looked up once per token of the text.
    fn flags_of(&self, i: usize, x: &mut Scratch) -> u16 {
        if x.flags[i] == UNREAD {
            x.flags[i] = self.word_flags(i, &mut x.cache);
        }
        x.flags[i]
    }

    /// Token `i`'s atom, without the title phrases of its neighbours.
    fn atom(&self, i: usize, x: &mut Scratch) -> Atom {
        let s = self.s(i);
        let w = trim_period(s);
        let flags = self.flags_of(i, x) & FEATURE_FLAGS;
        // The first three and last three characters, in lower case: for
        // ASCII, the bytes themselves; else their hash.
        let (prefix, suffix) = if w.is_ascii() {
            let b = w.as_bytes();
            (ascii3(&b[..b.len().min(3)]), ascii3(&b[b.len().saturating_sub(3)..]))
        } else {
            let p3 = w.char_indices().nth(3).map_or(w.len(), |(at, _)| at);
            let s3 = w.char_indices().rev().nth(2).map_or(0, |(at, _)| at);
            (hash_str(&w[..p3], true), hash_str(&w[s3..], true))
        };
        let gaz = match self.hit_at(i) {
            Some(k) => {
                let h = self.hits[k];
                let class = self.class(h.target) as u64;
                let kind = hash_str(self.kind(h.target), false);
                let made = matches!(h.target, super::extraction::Target::Made(_)) as u64;
                let inside = (i > h.first) as u64;
                mix(mix(mix(kind, class), made), inside) | 2
            }
            None => 0,
        };
        Atom {
            lower: word_hash(w),
            shape: shape_of(s),
            prefix: mix(prefix, 3),
            suffix: mix(suffix, 5),
            gaz,
            flags,
        }
    }

    /// Marks the title phrase of two to four words that ends at token `j`
    /// (`Menteri Keuangan`, `Direktur Utama`) on the atoms of `lo..hi` it
    /// covers: each gets the phrase's flag, the last also TITLE_END (a
    /// one-word title too).
    fn mark_phrase(&self, j: usize, lo: usize, hi: usize, x: &mut Scratch) {
        let lists = &*LISTS;
        let f = self.flags_of(j, x);
        if f & (TITLE_ANY | PHRASE_LAST) == 0 {
            return;
        }
        let mut found = f & TITLE_ANY;
        let mut len = usize::from(found != 0);
        if f & PHRASE_LAST != 0 {
            let mut hashes = [0u64; 4];
            for n in 2..=4.min(j + 1) {
                let first = j + 1 - n;
                if self.breaks(self.tokens[first].end, self.tokens[first + 1].start) {
                    break;
                }
                // The words from `first` to `j`; a word that is not ASCII
                // ends the search.
                let Some(h) = token_hash(trim_period(self.s(first))) else { break };
                hashes[4 - n] = h;
                if n == 2 {
                    let Some(last) = token_hash(trim_period(self.s(j))) else { break };
                    hashes[3] = last;
                }
                if let Some(&f) = lists.phrases.get(&phrase_hash(&hashes[4 - n..])) {
                    found = f;
                    len = n;
                }
            }
        }
        if found != 0 {
            for t in (j + 1 - len..=j).filter(|t| (lo..hi).contains(t)) {
                x.atoms[t].flags |= found;
            }
            if (lo..hi).contains(&j) {
                x.atoms[j].flags |= TITLE_END;
            }
        }
    }

    /// The features of the run `a..b` into `x.feats`, as buckets.
    fn features(&self, a: usize, b: usize, x: &mut Scratch) {
        let n = self.tokens.len();
        // The run and the token each side on the same line (the features
        // read no further).
        let joined = |p: usize, q: usize| !self.breaks(self.tokens[p].end, self.tokens[q].start);
        let lo = if a > 0 && joined(a - 1, a) { a - 1 } else { a };
        let hi = if b < n && joined(b - 1, b) { b + 1 } else { b };
        for i in lo..hi {
            if x.state[i] == 0 {
                x.atoms[i] = self.atom(i, x);
                x.state[i] = 1;
            }
        }
        // Title phrases that end in the window or up to three tokens after
        // it (they reach back three), each marked once.
        for j in lo..(hi + 2).min(n) {
            if x.state[j] < 2 {
                self.mark_phrase(j, lo, hi, x);
                if j < hi {
                    x.state[j] = 2;
                }
            }
        }
        let atoms = &x.atoms;
        let at = |i: isize| -> Atom {
            if i < lo as isize || i >= hi as isize { EDGE } else { atoms[i as usize] }
        };
        let before = at(a as isize - 1);
        let after = at(b as isize);
        let initial = self.sentence_initial(a) as u64;
        let len = (b - a).min(5) as u64;
        x.feats.clear();
        for i in a..b {
            let ii = i as isize;
            let c = at(ii);
            let (p1, n1) = (at(ii - 1), at(ii + 1));
            let pos = ((i == a) as u64) | (((i + 1 == b) as u64) << 1);
            let f: [u64; NF] = [
                BIAS,
                mix(2, c.lower),
                mix(3, c.shape),
                mix(4, c.prefix),
                mix(5, c.suffix),
                mix(6, p1.lower),
                mix(7, n1.lower),
                mix(mix(10, p1.shape), c.shape),
                mix(mix(11, c.shape), n1.shape),
                mix(12, c.gaz),
                mix(13, p1.gaz),
                mix(14, n1.gaz),
                mix(15, u64::from(c.flags)),
                mix(mix(19, pos), len),
                mix(mix(mix(20, initial), (i == a) as u64), c.shape),
                mix(mix(21, c.lower), u64::from(p1.flags & (TITLE_ANY | TITLE_END))),
                mix(22, u64::from(after.flags)),
                mix(23, u64::from(before.flags)),
            ];
            let mut row = [0u32; NF];
            for (r, h) in row.iter_mut().zip(f) {
                *r = bucket(h);
            }
            x.feats.push(row);
        }
    }

    /// Every run of the text with its features and gold tags, for
    /// training.
    pub(super) fn training_runs(
        &self,
        gold: &[usize],
        out: &mut Vec<(Vec<[u32; NF]>, Vec<usize>)>,
    ) {
        let mut x = Scratch::default();
        x.reset(self.tokens.len());
        for (a, b) in self.runs(&mut x, None) {
            self.features(a, b, &mut x);
            let mut t: Vec<usize> = gold[a..b].to_vec();
            // A name cut by the run's start begins here.
            if t[0] != O && t[0].is_multiple_of(2) {
                t[0] -= 1;
            }
            out.push((x.feats.clone(), t));
        }
    }

    /// The tagger's names in the runs the earlier passes leave open, as
    /// new hits (persons, and organisations and places no list holds).
    pub(super) fn tagger_pass(&mut self) {
        let Some(tagger) = self.g.tagger.clone() else { return };
        let added = SCRATCH.with(|x| {
            let mut x = x.borrow_mut();
            x.reset(self.tokens.len());
            self.tag_runs(&tagger, &mut x)
        });
        if added.is_empty() {
            return;
        }
        for (first, last, class) in added {
            let kind = match class {
                EntityClass::Per => "person",
                EntityClass::Org => "organization",
                _ => "place",
            };
            let target = self.make(first, last, kind, class);
            self.hits.push(super::extraction::Hit { first, last, target });
        }
        self.hits.sort_by_key(|h| h.first);
    }

    /// The names the tagger finds where no hit is.
    fn tag_runs(&self, tagger: &Tagger, x: &mut Scratch) -> Vec<(usize, usize, EntityClass)> {
        let mut added = Vec::new();
        // The end of the last name made (a name joined over `bin` covers
        // what the model tags after it).
        let mut made_to = 0;
        for (a, b) in self.runs(x, Some(tagger)) {
            // The tagger adds names only where no hit is: a run the lists
            // cover but for words that cannot be a name on their own
            // (titles, function words, connectors, months, codes:
            // `Presiden` of `Presiden Joko Widodo`) has nothing for it. (A
            // lone title can be a name: `Andi mengatakan`.)
            if (a..b).any(|i| self.hit_at(i).is_some())
                && (a..b).all(|i| self.hit_at(i).is_some() || !self.may_name(i, x))
            {
                continue;
            }
            self.features(a, b, x);
            tagger.decode(x);
            // A given or family name of the lists right before a person's
            // name is part of it (`Budi` of a sentence-opening `Budi
            // Santoso`).
            for i in (1..x.tags.len()).rev() {
                if x.tags[i] == 1 && x.tags[i - 1] == O {
                    let f = x.atoms[a + i - 1].flags;
                    if f & (GIVEN | FAMILY) != 0 && f & TITLE_ANY == 0 {
                        x.tags[i - 1] = 1;
                        x.tags[i] = 2;
                    }
                }
            }
            // Capitalised words the model left out, right before an age in
            // brackets (`Suparmi (52)`): a person.
            let mut k = 0;
            while k < x.tags.len() {
                let name = |k: usize, x: &mut Scratch| {
                    x.tags[k] == O
                        && self.may_name(a + k, x)
                        && self.flags_of(a + k, x) & COMMON == 0
                };
                if !name(k, x) {
                    k += 1;
                    continue;
                }
                let mut e = k;
                while e + 1 < x.tags.len() && e < k + 3 && name(e + 1, x) {
                    e += 1;
                }
                let after = a + e + 1;
                let age = after + 2 < self.tokens.len()
                    && self.s(after) == "("
                    && self.tokens[after + 1].kind == TokenKind::Number
                    && self.s(after + 1).parse::<u8>().is_ok_and(|n| (1..=120).contains(&n))
                    && self.s(after + 2) == ")";
                if age {
                    x.tags[k] = 1;
                    for t in &mut x.tags[k + 1..=e] {
                        *t = 2;
                    }
                }
                k = e + 1;
            }
            let tags = std::mem::take(&mut x.tags);
            let mut i = 0;
            while i < tags.len() {
                let t = tags[i];
                if t == O || a + i < made_to {
                    i += 1;
                    continue;
                }
                let mut j = i + 1;
                while j < tags.len() && tags[j] == t + (t % 2) {
                    j += 1;
                }
                let (mut first, mut last) = (a + i, a + j - 1);
                let class = CLASSES[(t - 1) / 2];
                // A lone honorific after a role is the role's portfolio,
                // no person (`Haji` of `Menteri Haji dan Umrah`); alone it
                // may be a name (`kata Jero`).
                if class == EntityClass::Per
                    && first == last
                    && first > 0
                    && x.atoms[first].flags & (HONORIFIC | ACADEMIC | RANK) != 0
                    && x.atoms[first - 1].flags & ROLE != 0
                {
                    i = j;
                    continue;
                }
                // A family name after a connector is part of a person's
                // name (`Nurhayati br Sinaga`, `Ahmad bin Yusuf`).
                while class == EntityClass::Per
                    && last + 2 < self.tokens.len()
                    && matches!(self.s(last + 1), "br" | "br." | "boru" | "bin" | "binti")
                    && self.tokens[last + 2].kind == TokenKind::Word
                    && self.s(last + 2).starts_with(char::is_uppercase)
                    && !self.breaks(self.tokens[last].end, self.tokens[last + 2].start)
                {
                    last += 2;
                }
                // A person's honorific, degree or rank is no part of the
                // name (`Dr. Sri Hartati`, `AKBP Dimas Prasetyo`).
                while class == EntityClass::Per
                    && first < last
                    && x.atoms[first].flags & (HONORIFIC | ACADEMIC | RANK) != 0
                {
                    first += 1;
                }
                // The tagger's organisations are left out: they cost more
                // precision than they add recall (`scripts/eval.sh ner`,
                // 2026-11-30: NERGrit valid ORG+LOC 63.1 without them,
                // 61.5 with; idner-news-2k dev 67.6 and 68.4; the train
                // halves +0.3 and +0.1). Its persons
                // and places are kept. A quoted name is a title (`"Tanah
                // Airku"`, `"Prison Break"`), not a person or place.
                let quoted = first > 0
                    && last + 1 < self.tokens.len()
                    && matches!(self.s(first - 1), "\"" | "“" | "'" | "‘")
                    && matches!(self.s(last + 1), "\"" | "”" | "'" | "’");
                let keep = class != EntityClass::Org && !quoted;
                if keep && (first..=last).all(|k| self.hit_at(k).is_none()) {
                    added.push((first, last, class));
                    made_to = last + 1;
                }
                i = j;
            }
            x.tags = tags;
        }
        added
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transitions_keep_bio_well_formed() {
        // I-PER only after B-PER or I-PER.
        assert!(allowed(1, 2) && allowed(2, 2));
        assert!(!allowed(O, 2) && !allowed(TAGS, 2) && !allowed(3, 2));
        assert!(allowed(O, 1) && allowed(5, O));
        let mut out = Vec::new();
        // Scores that prefer I-PER first: the start forbids it.
        let score = [[0, 1, 9, 0, 0, 0, 0], [0, 0, 5, 0, 0, 0, 0]];
        viterbi(&score, |_, _| 0, &mut Paths::default(), &mut out);
        assert_eq!(out, vec![1, 2]);
    }

    #[test]
    fn the_builtin_model_and_lists_load() {
        assert!(Tagger::builtin().is_some(), "data/ner.bin parses");
        let f = |w: &str| LISTS.table.get(w);
        assert!(f("Menurut") & SPEECH != 0 && f("dan") & CONNECTOR != 0);
        assert!(f("Namun") & STOP != 0 && f("harga") & COMMON != 0);
        assert!(f("Keuangan") & PHRASE_LAST != 0, "the end of `Menteri Keuangan`");
    }

    #[test]
    fn training_is_reproducible_and_learns() {
        let g = Gazetteer::from_tsv("").unwrap();
        let text = "Harga beras naik, kata Bambang Sutrisno di pasar itu.".to_string();
        let at = |s: &str| {
            let i = text.find(s).unwrap();
            Span::new(i, i + s.len())
        };
        let data = vec![(text.clone(), vec![(at("Bambang Sutrisno"), EntityClass::Per)])];
        let a = Tagger::train(&g, &data, 3, 7);
        let b = Tagger::train(&g, &data, 3, 7);
        assert_eq!(a.to_bytes(), b.to_bytes());
        let g = g.with_tagger(Some(a));
        let found = g.extract(&text);
        assert_eq!(found.mentions.len(), 1);
        assert_eq!(found.mentions[0].text, "Bambang Sutrisno");
        assert_eq!(found.mentions[0].class, EntityClass::Per);
    }
}
