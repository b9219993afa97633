//! warta's Indonesian stemmer: affix stripping in the manner of the
//! confix-stripping (Nazief-Adriani / ECS) stemmers, validated against a root
//! lexicon that the project built from permissively licensed text
//! (`data/roots.tsv`, made by `scripts/build_roots.py`).
//!
//! Every analysis the affix rules allow (suffixes removed first, then
//! restored one at a time; up to three prefixes, each with its
//! morphophonemic recodings) is looked up in the lexicon. Among the analyses
//! that end on a root, the one whose root is most frequent wins, discounted
//! tenfold for each prefix removed; a word that no analysis explains is left
//! as it is, so loanwords and names survive.

use std::borrow::Cow;
use std::sync::LazyLock;

use crate::error::Error;

/// Longest word the stemmer analyses, in bytes; longer words are returned as
/// they are. No Indonesian word comes near it (`mempertanggungjawabkannya`
/// is 25 bytes), and the bound lets every analysis work in fixed stack
/// buffers, with no allocation, whatever the input.
pub const MAX_STEM_LEN: usize = 48;
/// Discount for each prefix an analysis removes.
const PREFIX_DISCOUNT: f64 = 0.1;
/// The discount of an analysis that removes 0, 1, 2 or 3 prefixes.
const PREFIXES: [f64; 4] = [
    1.0,
    PREFIX_DISCOUNT,
    PREFIX_DISCOUNT * PREFIX_DISCOUNT,
    PREFIX_DISCOUNT * PREFIX_DISCOUNT * PREFIX_DISCOUNT,
];
/// Discount for removing a particle (-lah, -kah, -pun) or -ku/-mu.
const RARE_SUFFIX_DISCOUNT: f64 = 0.2;
/// Discount for a bare -i without a prefix (datangi, ikuti): rarer than a
/// root that ends in -i.
const BARE_I_DISCOUNT: f64 = 0.5;

const ROOTS_TSV: &str = include_str!("../../data/roots.tsv");

/// The built-in root lexicon, parsed once.
static ROOTS: LazyLock<Lexicon> = LazyLock::new(|| Lexicon::from_static(ROOTS_TSV));

/// The lexicon's table, looked up by a hash the stemmer computes from a
/// piece's padded buffer (hashbrown's `HashTable`: a lookup that misses, as
/// most of the stemmer's do, reads only its small control bytes).
#[derive(Clone, Default)]
struct Table(hashbrown::HashTable<(Cow<'static, str>, u32)>);

impl std::fmt::Debug for Table {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_map().entries(self.iter()).finish()
    }
}

/// Bytes of zero padding a lookup buffer keeps after its piece, so that
/// [`hash_prefix`] reads it in whole 8-byte loads.
const PAD: usize = 8;

/// The hash of the first `n` bytes of `bytes`, read eight at a time; the
/// bytes after them, if any, must be zeros (a padded buffer).
fn hash_prefix(bytes: &[u8], n: usize) -> u64 {
    let mut h = n as u64;
    let mut at = 0;
    while at < n {
        let x = match bytes.get(at..at + 8) {
            Some(chunk) => chunk.try_into().map_or(0, u64::from_le_bytes),
            None => crate::normalize::load(bytes, at),
        };
        h = (h.rotate_left(23) ^ x).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        at += 8;
    }
    // The well-mixed high bits folded into the low ones, which pick the
    // slot.
    h ^ (h >> 32)
}

/// The hash of `bytes`.
fn hash_bytes(bytes: &[u8]) -> u64 {
    hash_prefix(bytes, bytes.len())
}

impl Table {
    fn with_capacity(n: usize) -> Table {
        Table(hashbrown::HashTable::with_capacity(n))
    }

    fn len(&self) -> usize {
        self.0.len()
    }

    fn get_hashed(&self, key: &[u8], hash: u64) -> Option<u32> {
        self.0.find(hash, |(k, _)| k.as_bytes() == key).map(|&(_, w)| w)
    }

    fn get(&self, key: &str) -> Option<u32> {
        self.get_hashed(key.as_bytes(), hash_bytes(key.as_bytes()))
    }

    /// Inserts `key` with `weight`, keeping the larger weight when it is
    /// there already.
    fn insert_max(&mut self, key: Cow<'static, str>, weight: u32) {
        let hash = hash_bytes(key.as_bytes());
        match self.0.entry(hash, |(k, _)| *k == key, |(k, _)| hash_bytes(k.as_bytes())) {
            hashbrown::hash_table::Entry::Occupied(mut e) => {
                let w = &mut e.get_mut().1;
                *w = (*w).max(weight);
            }
            hashbrown::hash_table::Entry::Vacant(e) => {
                e.insert((key, weight));
            }
        }
    }

    fn iter(&self) -> impl Iterator<Item = (&str, u32)> {
        self.0.iter().map(|(k, w)| (k.as_ref(), *w))
    }
}

/// A root lexicon: Indonesian root words with a weight (their frequency in
/// some text), used by the default stemmer to validate analyses.
///
/// [`Lexicon::builtin`] is the project's own (see `data/README.md`); users
/// can load their own with [`Lexicon::from_tsv`] and stem with it through
/// [`Stemmer::with_lexicon`](crate::Stemmer::with_lexicon).
#[derive(Clone, Debug, Default)]
pub struct Lexicon {
    roots: Table,
}

impl Lexicon {
    /// The built-in lexicon, parsed once on first use.
    pub fn builtin() -> &'static Lexicon {
        &ROOTS
    }

    /// Every root with its weight, in no order.
    pub(crate) fn counted(&self) -> impl Iterator<Item = (&str, u32)> {
        self.roots.iter()
    }

    /// Parses a lexicon: one root per line, optionally followed by a tab and
    /// a positive integer weight (default 1). Empty lines and lines starting
    /// with `#` are skipped. Roots are lowercased.
    ///
    /// # Errors
    ///
    /// A line with a weight that is not a positive integer, a root with
    /// whitespace inside, or more than two columns gives an [`Error`] naming
    /// the line.
    ///
    /// # Example
    ///
    /// ```
    /// use warta::Lexicon;
    ///
    /// let lex = Lexicon::from_tsv("# my roots\nsawit\t10\nhilir\n").unwrap();
    /// assert_eq!(lex.len(), 2);
    /// assert!(lex.contains("sawit"));
    /// let err = Lexicon::from_tsv("sawit\t10\nkopi\tbanyak\n").unwrap_err();
    /// assert_eq!(err.line(), 2);
    /// ```
    pub fn from_tsv(text: &str) -> Result<Lexicon, Error> {
        let mut roots = Table::default();
        for (i, line) in text.lines().enumerate() {
            let line = line.trim_end_matches('\r');
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let mut cols = line.split('\t');
            let word = cols.next().unwrap_or("").trim();
            let weight = match cols.next() {
                None => 1,
                Some(w) => w.trim().parse::<u32>().ok().filter(|&w| w > 0).ok_or_else(|| {
                    Error::format(i + 1, format!("weight {w:?} is not a positive integer"))
                })?,
            };
            if cols.next().is_some() {
                return Err(Error::format(i + 1, "expected `root` or `root<TAB>weight`"));
            }
            if word.is_empty() || word.chars().any(char::is_whitespace) {
                return Err(Error::format(i + 1, format!("{word:?} is not a single word")));
            }
            roots.insert_max(Cow::Owned(word.to_lowercase()), weight);
        }
        Ok(Lexicon { roots })
    }

    /// Reads a lexicon file (see [`Lexicon::from_tsv`] for the format).
    ///
    /// # Errors
    ///
    /// As [`Lexicon::from_tsv`], and an error at line 0 when the file cannot
    /// be read or is not UTF-8.
    pub fn from_path(path: impl AsRef<std::path::Path>) -> Result<Lexicon, Error> {
        let text = std::fs::read_to_string(path).map_err(|e| Error::io(0, &e))?;
        Lexicon::from_tsv(&text)
    }

    /// Builds the built-in lexicon from its embedded file.
    pub(crate) fn from_static(text: &'static str) -> Lexicon {
        let lines = text.lines().filter(|l| !l.is_empty() && !l.starts_with('#'));
        let mut roots = Table::with_capacity(lines.clone().count());
        for line in lines {
            let (word, weight) = line.split_once('\t').unwrap_or((line, "1"));
            roots.insert_max(Cow::Borrowed(word), weight.parse().unwrap_or(1).max(1));
        }
        Lexicon { roots }
    }

    /// Adds the roots of `other`, keeping the larger weight.
    pub fn extend(&mut self, other: &Lexicon) {
        for (root, w) in other.roots.iter() {
            self.roots.insert_max(Cow::Owned(root.to_owned()), w);
        }
    }

    /// Whether `word` (lowercase) is a root.
    pub fn contains(&self, word: &str) -> bool {
        self.roots.get(word).is_some()
    }

    /// Number of roots.
    pub fn len(&self) -> usize {
        self.roots.len()
    }

    /// Whether the lexicon has no roots.
    pub fn is_empty(&self) -> bool {
        self.roots.len() == 0
    }

    pub(crate) fn weight(&self, word: &str) -> Option<u32> {
        self.roots.get(word)
    }
}

/// A buffer for one piece and its padding.
type Buf = [u8; MAX_STEM_LEN + 1 + PAD];

/// A candidate stem: an optional recoded first letter, then a slice of the
/// word.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Piece {
    head: u8,
    /// Byte offsets in the word, which is at most [`MAX_STEM_LEN`] bytes.
    start: u8,
    end: u8,
}

impl Piece {
    fn new(end: usize) -> Piece {
        Piece { head: 0, start: 0, end: end as u8 }
    }

    fn range(&self) -> std::ops::Range<usize> {
        usize::from(self.start)..usize::from(self.end)
    }

    fn len(&self) -> usize {
        self.range().len() + usize::from(self.head != 0)
    }

    /// Writes the piece into `buf`, zeros after it, and returns its length.
    fn write(&self, word: &str, buf: &mut Buf) -> usize {
        let body = &word.as_bytes()[self.range()];
        let n = if self.head != 0 {
            buf[0] = self.head;
            buf[1..=body.len()].copy_from_slice(body);
            body.len() + 1
        } else {
            buf[..body.len()].copy_from_slice(body);
            body.len()
        };
        buf[n..n + PAD].fill(0);
        n
    }

    /// The piece as bytes, written into `buf`.
    fn view<'b>(&self, word: &str, buf: &'b mut Buf) -> &'b [u8] {
        let n = self.write(word, buf);
        &buf[..n]
    }

    /// The piece with its first `k` bytes (of the view) removed and `head`
    /// (0 for none) put in front.
    fn drop_front(self, k: usize, head: u8) -> Piece {
        let skipped = (if self.head != 0 { k - 1 } else { k }) as u8;
        Piece { head, start: self.start + skipped, end: self.end }
    }
}

/// Prefix kinds, for the forbidden prefix-suffix pairs and repeated prefixes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum Kind {
    #[default]
    Di,
    Ke,
    Se,
    Te,
    Be,
    Me,
    Pe,
    Per,
    /// The proclitics `ku-` and `kau-`.
    Ku,
}

fn is_vowel(b: u8) -> bool {
    matches!(b, b'a' | b'e' | b'i' | b'o' | b'u')
}

/// A fixed-capacity list, so that the search allocates nothing.
struct Stack<T: Copy + Default, const N: usize> {
    items: [T; N],
    len: usize,
}

impl<T: Copy + Default, const N: usize> Stack<T, N> {
    fn new() -> Self {
        Stack { items: [T::default(); N], len: 0 }
    }

    /// Adds an item; beyond capacity the item is dropped (the search then
    /// explores fewer analyses, never more).
    fn push(&mut self, item: T) {
        if let Some(slot) = self.items.get_mut(self.len) {
            *slot = item;
            self.len += 1;
        }
    }

    fn clear(&mut self) {
        self.len = 0;
    }

    fn iter(&self) -> impl Iterator<Item = T> + '_ {
        self.items[..self.len].iter().copied()
    }
}

/// Every way to remove one prefix from the view `v` of `piece`.
fn prefix_options(piece: Piece, v: &[u8], out: &mut Stack<(Piece, Kind), 8>) {
    let mut add = |k: usize, head: u8, kind: Kind| {
        let rest = v.len() - k + usize::from(head != 0);
        if rest >= 2 {
            out.push((piece.drop_front(k, head), kind));
        }
    };
    let at = |i: usize| v.get(i).copied().unwrap_or(0);
    // Every prefix is told by its first two letters.
    match [at(0), at(1)] {
        [b'd', b'i'] => add(2, 0, Kind::Di),
        // Proclitic pronouns: kuambil, kaulihat.
        [b'k', b'a'] if at(2) == b'u' => add(3, 0, Kind::Ku),
        [b'k', b'u'] => add(2, 0, Kind::Ku),
        [b'k', b'e'] => {
            // ke-tidak-...-an: ketidakadilan <- adil.
            if v.starts_with(b"ketidak") {
                add(7, 0, Kind::Ke);
            }
            add(2, 0, Kind::Ke);
        }
        [b's', b'e'] => add(2, 0, Kind::Se),
        [b't', b'e'] if at(2) == b'r' => {
            add(3, 0, Kind::Te);
            // Before a root that starts with r (ter- + vowel stays ter-:
            // terang).
            if at(3) == b'r' {
                add(2, 0, Kind::Te);
            }
        }
        [b'b', b'e'] => {
            if at(2) == b'r' {
                add(3, 0, Kind::Be);
                // Before a root that starts with r, or r + vowel
                // (berencana <- rencana).
                if at(3) == b'r' || is_vowel(at(3)) {
                    add(2, 0, Kind::Be);
                }
            }
            if v.starts_with(b"belajar") {
                add(3, 0, Kind::Be);
            }
            if v.len() > 4 && !is_vowel(at(2)) && &v[3..5] == b"er" {
                add(2, 0, Kind::Be);
            }
        }
        [b'm', b'e'] => nasal_options(v, Kind::Me, &mut add),
        [b'p', b'e'] => nasal_options(v, Kind::Pe, &mut add),
        _ => {}
    }
}

/// The readings of `me-` and `pe-` (`kind`) with their nasal recodings;
/// `v` starts with the prefix.
fn nasal_options(v: &[u8], kind: Kind, add: &mut impl FnMut(usize, u8, Kind)) {
    let r = &v[2..];
    let rat = |i: usize| r.get(i).copied().unwrap_or(0);
    if kind == Kind::Pe {
        if rat(0) == b'r' {
            add(3, 0, Kind::Per);
        }
        if r.starts_with(b"lajar") {
            add(3, 0, Kind::Pe);
        }
    }
    // menge- before a one-syllable root: mengebom <- bom.
    if r.starts_with(b"nge") && r.len() > 3 && !is_vowel(r[3]) && syllables(&r[3..]) == 1 {
        add(5, 0, kind);
    }
    if r.starts_with(b"ng") {
        let s0 = rat(2);
        if is_vowel(s0) {
            add(4, 0, kind);
            add(4, b'k', kind);
        } else if matches!(s0, b'g' | b'h' | b'k' | b'x') {
            add(4, 0, kind);
        }
    } else if r.starts_with(b"ny") {
        if is_vowel(rat(2)) {
            add(4, b's', kind);
            add(2, 0, kind);
        }
    } else if rat(0) == b'n' {
        let s0 = rat(1);
        if is_vowel(s0) {
            add(3, b't', kind);
            add(2, 0, kind);
        } else if matches!(s0, b'c' | b'd' | b'j' | b't' | b'z' | b's' | b'y') {
            add(3, 0, kind);
        }
    } else if rat(0) == b'm' {
        let s0 = rat(1);
        if is_vowel(s0) {
            add(3, b'p', kind);
            add(2, 0, kind);
        } else if matches!(s0, b'b' | b'f' | b'v' | b'p') {
            add(3, 0, kind);
        }
    } else if matches!(rat(0), b'l' | b'r' | b'w' | b'y')
        || (kind == Kind::Pe && rat(0) != 0 && !is_vowel(rat(0)))
    {
        // me-/pe- before l, r, w, y; pe- before other consonants too
        // (pekerja <- kerja).
        add(2, 0, kind);
    }
}

/// Derivational suffixes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Suffix {
    Kan,
    An,
    I,
    /// The loan suffixes `-isasi` (normalisasi) and `-isme` (nasionalisme).
    Loan,
}

/// Prefix-suffix pairs that do not occur together (ECS): be-...-i,
/// di-...-an, ke-...-i, ke-...-kan, me-...-an, se-...-i, se-...-kan,
/// te-...-an.
fn disallowed(kind: Kind, suffix: Suffix) -> bool {
    matches!(
        (kind, suffix),
        (Kind::Be, Suffix::I)
            | (Kind::Di, Suffix::An)
            | (Kind::Ke, Suffix::I | Suffix::Kan)
            | (Kind::Me, Suffix::An)
            | (Kind::Se, Suffix::I | Suffix::Kan)
            | (Kind::Te, Suffix::An)
    )
}

/// The suffix analyses of `w`: every suffix removed first, then each
/// restored in turn. At most five.
fn suffix_options(w: &[u8]) -> ([(usize, Option<Suffix>, f64); 5], usize) {
    let mut opts = [(0, None, 1.0); 5];
    let mut n = 0;
    let strip = |end: usize, sufs: &[&[u8]], min_rest: usize| -> Option<usize> {
        sufs.iter()
            .find(|s| end > s.len() + min_rest && w[..end].ends_with(s))
            .map(|s| end - s.len())
    };
    let full = w.len();
    let b1 = strip(full, &[b"lah", b"kah", b"pun"], 2);
    let e1 = b1.unwrap_or(full);
    let b2 = strip(e1, &[b"nya", b"ku", b"mu"], 2);
    let e2 = b2.unwrap_or(e1);
    let deriv = [
        (&b"isasi"[..], Suffix::Loan),
        (b"isme", Suffix::Loan),
        (b"kan", Suffix::Kan),
        (b"an", Suffix::An),
        (b"i", Suffix::I),
    ]
    .into_iter()
    .find(|(s, _)| {
        e2 > s.len() + 3 && w[..e2].ends_with(s)
            || (s.len() <= 3 && e2 > s.len() + 1 && w[..e2].ends_with(s))
    });
    // Particles and -ku/-mu are rare in news: analyses that remove them
    // must find a much more frequent root (bermasalah is masalah, not masa;
    // pelaku is laku, not pela).
    let mut discount = 1.0;
    if b1.is_some() {
        discount *= RARE_SUFFIX_DISCOUNT;
    }
    if b2.is_some() && !w[..e1].ends_with(b"nya") {
        discount *= RARE_SUFFIX_DISCOUNT;
    }
    if let Some((s, kind)) = deriv {
        opts[n] = (e2 - s.len(), Some(kind), discount);
        n += 1;
        if kind == Suffix::Kan {
            opts[n] = (e2 - 2, Some(Suffix::An), discount);
            n += 1;
        }
        // -isasi and -isme are also -si/-me words of their own (organisasi
        // is a root); the plain -an/-i readings stay open.
        if kind == Suffix::Loan && w[..e2].ends_with(b"si") {
            opts[n] = (e2 - 1, Some(Suffix::I), discount);
            n += 1;
        }
    }
    opts[n] = (e2, None, discount);
    n += 1;
    if b2.is_some() {
        let restored = if b1.is_some() { RARE_SUFFIX_DISCOUNT } else { 1.0 };
        opts[n] = (e1, None, restored);
        n += 1;
    }
    if b1.is_some() {
        opts[n] = (full, None, 1.0);
        n += 1;
    }
    (opts, n)
}

/// Spelling variants of one lexeme, stemmed to its canonical form as the
/// UD Indonesian-GSD lemmas do: the pronoun `ia` is `dia`, `tapi` is `tetapi`.
const VARIANTS: [(&str, &str); 2] = [("ia", "dia"), ("tapi", "tetapi")];

/// Stems a lowercase word against `lexicon`: see the module docs.
pub(crate) fn stem_with<'w>(word: &'w str, lexicon: &Lexicon) -> Cow<'w, str> {
    if let Some(&(_, canonical)) = VARIANTS.iter().find(|(v, _)| *v == word) {
        return Cow::Borrowed(canonical);
    }
    if word.len() > MAX_STEM_LEN {
        return Cow::Borrowed(word);
    }
    // A word and its -nya form stem alike (tuanya <- tua, adanya <- ada),
    // but for the adverbs that -nya makes (`data/clitic_exceptions.txt`:
    // akhirnya, biasanya, lainnya), which are words of their own.
    if let Some(base) = word.strip_suffix("nya")
        && base.len() >= 3
        && lexicon.contains(base)
        && !base.contains('-')
        && !crate::data::CLITIC_EXCEPTIONS.contains(word)
    {
        return stem_with(base, lexicon);
    }
    // A question's -kah (apakah <- apa, bukankah <- bukan) on a common
    // root more frequent than the word (langkah and paskah stay).
    if let Some(base) = word.strip_suffix("kah")
        && base.len() >= 3
        && lexicon.weight(base).unwrap_or(0) >= lexicon.weight(word).unwrap_or(0).max(50)
    {
        return stem_with(base, lexicon);
    }
    if lexicon.contains(word) {
        return Cow::Borrowed(word);
    }
    if word.as_bytes().contains(&b'-') {
        if let Some((rest, clitic)) = word.rsplit_once('-')
            && matches!(clitic, "nya" | "mu" | "ku")
            && !rest.is_empty()
        {
            // A pronoun written after a hyphen (rumah-Mu, hamba-hamba-Nya).
            return stem_with(rest, lexicon);
        }
        if let Some((a, b)) = word.split_once('-') {
            return reduplication(word, a, b, lexicon);
        }
    }
    match best_analysis(word, lexicon) {
        Some(piece) if piece.head == 0 => Cow::Borrowed(&word[piece.range()]),
        Some(piece) => {
            // The head is an ASCII letter, the body a slice of the word.
            let mut stem = String::with_capacity(piece.len());
            stem.push(char::from(piece.head));
            stem.push_str(&word[piece.range()]);
            Cow::Owned(stem)
        }
        // No analysis ends on a known root: the word is a root the lexicon
        // lacks, a loanword, a name, or an affixed form of any of these.
        // Dictionary-free affix stripping (Tala) handles the last case, but
        // its result is taken only when it removed a verbal prefix (di-,
        // meN-, ber-, ter-) and left two syllables or more: loanwords and
        // names that merely end like a suffix (Xiaomi, teknologi) stay whole.
        None => {
            let tala = super::stem_tala(word);
            let prefixed = ["di", "me", "ber", "ter"].iter().any(|p| word.starts_with(p));
            if prefixed
                && !word.starts_with(tala.as_ref())
                && tala.len() >= 4
                && syllables(tala.as_bytes()) >= 2
            {
                // The stem is read once more, as any word is, so that
                // stemming a stem changes nothing (berangkati -> angkati
                // -> angkat).
                match tala {
                    Cow::Borrowed(t) => stem_with(t, lexicon),
                    Cow::Owned(t) => Cow::Owned(stem_with(&t, lexicon).into_owned()),
                }
            } else {
                Cow::Borrowed(word)
            }
        }
    }
}

/// Vowels, as a count of syllables.
fn syllables(word: &[u8]) -> usize {
    word.iter().filter(|&&b| is_vowel(b)).count()
}

/// `anak-anak` → anak, `berlari-lari` → lari, `sayur-mayur` → sayur; other
/// hyphenated words stay whole.
fn reduplication<'w>(word: &'w str, a: &'w str, b: &'w str, lexicon: &Lexicon) -> Cow<'w, str> {
    let sa = stem_with(a, lexicon);
    if a == b {
        return sa;
    }
    // Once: `b` may hold further hyphens, and each is read once (a word
    // of many hyphens costs linear time).
    let sb = stem_with(b, lexicon);
    if sa == sb {
        return sa;
    }
    let (ab, bb) = (a.as_bytes(), b.as_bytes());
    if ab.len() >= 3 && bb.len() >= 3 && ab[1..] == bb[1..] {
        return sa;
    }
    // An affix on either half: menarik-narik <- tarik (the second half is
    // the first's tail), sebesar-besarnya <- besar (the first half ends in
    // the second's root).
    if bb.len() >= 3 && a.ends_with(b) {
        return sa;
    }
    if sb.len() >= 3 && a.ends_with(sb.as_ref()) {
        return sb;
    }
    Cow::Borrowed(word)
}

/// The best analysis of `word` that ends on a root, if any.
fn best_analysis(word: &str, lexicon: &Lexicon) -> Option<Piece> {
    let w = word.as_bytes();
    let mut buf: Buf = [0; MAX_STEM_LEN + 1 + PAD];
    let mut best: Option<(f64, Piece)> = None;
    let mut consider = |piece: Piece, prefixes: usize, discount: f64, buf: &mut Buf| {
        let n = piece.write(word, buf);
        if let Some(weight) = lexicon.roots.get_hashed(&buf[..n], hash_prefix(buf, n)) {
            let score = f64::from(weight.saturating_add(1)) * PREFIXES[prefixes] * discount;
            if best.is_none_or(|(s, _)| score > s) {
                best = Some((score, piece));
            }
        }
    };
    let (opts, n) = suffix_options(w);
    // Whether the word's -an can be a suffix: then a prefixed reading that
    // recodes the root's first letter and keeps -an in it (pengawasan as
    // peng- + kawasan) is discounted against the confix (awas + -an).
    let an_suffix = opts[..n].iter().any(|o| matches!(o.1, Some(Suffix::An | Suffix::Kan)));
    // The analyses of one depth and the next, taking turns.
    let mut layers: [Stack<(Piece, Option<Kind>), 32>; 2] = [Stack::new(), Stack::new()];
    let mut options: Stack<(Piece, Kind), 8> = Stack::new();
    let mut vbuf: Buf = [0; MAX_STEM_LEN + 1 + PAD];
    for &(end, suffix, discount) in &opts[..n] {
        let stem = Piece::new(end);
        let suffixed = end != w.len();
        // A suffix alone leaves at least four letters (bagian, not tahan).
        // A bare -i (datangi <- datang, ikuti <- ikut) is read only where
        // the word is no root of its own (kursi, sisi), and discounted.
        // Not after a prefix-like start, where the prefixed reading is the
        // word's (memberi, ditanyai), nor after -s (fasilitasi).
        let bare_i = suffix == Some(Suffix::I);
        let prefixed =
            [&b"me"[..], b"di", b"be", b"te", b"pe", b"ke", b"se"].iter().any(|p| w.starts_with(p));
        let verbal = prefixed && !w.starts_with(b"se");
        if suffixed && end >= 4 && !(bare_i && (verbal || w[end - 1] == b's')) {
            // A word that opens like a prefix and ends like a suffix is
            // more often a confix than a root of that shape (perbankan is
            // per-bank-an, not perban-kan): the suffix-only reading is
            // discounted as a prefix reading is.
            let confix = if prefixed { PREFIX_DISCOUNT } else { 1.0 };
            let d = if bare_i { discount * BARE_I_DISCOUNT } else { discount * confix };
            consider(stem, 0, d, &mut buf);
        }
        layers[0].clear();
        layers[0].push((stem, None));
        for depth in 0..3 {
            let [even, odd] = &mut layers;
            let (frontier, next) = if depth % 2 == 0 { (even, odd) } else { (odd, even) };
            next.clear();
            for (piece, last) in frontier.iter() {
                options.clear();
                let v = piece.view(word, &mut vbuf);
                prefix_options(piece, v, &mut options);
                for (rest, kind) in options.iter() {
                    if last.is_none() && suffix.is_some_and(|s| disallowed(kind, s)) {
                        continue;
                    }
                    if last == Some(kind) && kind != Kind::Per {
                        continue;
                    }
                    // A proclitic opens the word: kuambil, not penyekutuan.
                    if kind == Kind::Ku && depth > 0 {
                        continue;
                    }
                    let min = if depth > 0 { 4 } else { 3 };
                    if rest.len() >= min {
                        // Only a recoded root (k-awasan) is suspect: pemakan
                        // is pe- + makan.
                        let keeps_an = an_suffix && suffix.is_none() && rest.head != 0;
                        let d = if keeps_an { discount * PREFIX_DISCOUNT } else { discount };
                        consider(rest, depth + 1, d, &mut buf);
                    }
                    next.push((rest, Some(kind)));
                }
            }
            if next.len == 0 {
                break;
            }
        }
    }
    best.map(|(_, p)| p)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_roots_are_valid() {
        let mut roots = 0;
        for line in ROOTS_TSV.lines().filter(|l| !l.is_empty() && !l.starts_with('#')) {
            let (word, count) = line.split_once('\t').unwrap_or_else(|| panic!("roots: {line:?}"));
            assert!(word.bytes().all(|b| b.is_ascii_lowercase()), "roots: {line:?}");
            assert!(count.parse::<u32>().is_ok_and(|c| c > 0), "roots: {line:?}");
            roots += 1;
        }
        assert_eq!(ROOTS.len(), roots);
    }

    fn stem(w: &str) -> String {
        stem_with(w, Lexicon::builtin()).into_owned()
    }

    #[test]
    fn affixes_and_recodings() {
        let cases = [
            ("penyelidikan", "selidik"),
            ("menyelidiki", "selidik"),
            ("keamanan", "aman"),
            ("perekonomian", "ekonomi"),
            ("menyapu", "sapu"),
            ("membaca", "baca"),
            ("memukul", "pukul"),
            ("mengambil", "ambil"),
            ("menulis", "tulis"),
            ("pembangunan", "bangun"),
            ("pengusaha", "usaha"),
            ("diblokir", "blokir"),
            ("bukunya", "buku"),
            ("rumahnya", "rumah"),
            ("anak-anak", "anak"),
            ("berlari-lari", "lari"),
            ("sayur-mayur", "sayur"),
            ("memperbaiki", "baik"),
            ("bermasalah", "masalah"),
            ("pelajaran", "ajar"),
        ];
        for (word, want) in cases {
            assert_eq!(stem(word), want, "{word}");
        }
    }

    #[test]
    fn the_affix_classes_of_news_text() {
        let cases = [
            ("kemenangan", "menang"),
            ("memenangkan", "menang"),
            ("pemenang", "menang"),
            ("melangkah", "langkah"),
            ("pengawasan", "awas"),
            ("mengeluh", "keluh"),
            ("selidiki", "selidik"),
            ("cintailah", "cinta"),
            ("obatilah", "obat"),
            ("datangi", "datang"),
            ("kuambil", "ambil"),
            ("kaulihat", "lihat"),
            ("rumah-mu", "rumah"),
            ("hamba-hamba-nya", "hamba"),
            ("menarik-narik", "tarik"),
            ("ketidakadilan", "adil"),
            ("normalisasi", "normal"),
            ("nasionalisme", "nasional"),
            ("apakah", "apa"),
            ("tuanya", "tua"),
            ("perbankan", "bank"),
        ];
        for (word, want) in cases {
            assert_eq!(stem(word), want, "{word}");
        }
        // A root that only looks affixed, and its -nya form, stay alike.
        for w in ["menang", "langkah", "pangan", "seberang", "sebelum", "kursi", "memberi"] {
            let want = if w == "memberi" { "beri" } else { w };
            assert_eq!(stem(w), want, "{w}");
        }
        assert_eq!(stem("pangannya"), "pangan");
    }

    #[test]
    fn roots_names_and_loanwords_stay() {
        for w in [
            "makan",
            "jalan",
            "berita",
            "kursi",
            "xiaomi",
            "teknologi",
            "adalah",
            "sebagai",
            "tencent",
            "a",
            "",
        ] {
            assert_eq!(stem(w), w, "{w}");
        }
    }

    #[test]
    fn borrows_unless_recoded() {
        assert!(matches!(stem_with("bukunya", Lexicon::builtin()), Cow::Borrowed("buku")));
        assert!(matches!(stem_with("menyapu", Lexicon::builtin()), Cow::Owned(_)));
    }

    #[test]
    fn user_lexicon() {
        let lex = Lexicon::from_tsv("sawit\t5\n").unwrap();
        assert_eq!(stem_with("persawitan", &lex), "sawit");
        assert_eq!(stem_with("menyelidiki", &lex), "selidik"); // Tala fallback, verbal prefix
        for (bad, line) in [("a\t0\n", 1), ("x\n\ny\tz\n", 3), ("a b\n", 1), ("a\t1\t2\n", 1)] {
            assert_eq!(Lexicon::from_tsv(bad).unwrap_err().line(), line, "{bad:?}");
        }
        assert!(Lexicon::from_tsv("# only a comment\n\n").unwrap().is_empty());
    }
}
