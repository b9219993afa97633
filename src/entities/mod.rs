//! Named entities from gazetteers, matched on token boundaries, with
//! patterns for names the lists do not hold, linked per article.

mod gazetteer;

use std::sync::Arc;

pub use gazetteer::{Entity, EntityClass, Gazetteer};
use gazetteer::{FLAG_HEAD, FLAG_LEGAL, FLAG_STOP, Rule, trim_period};

/// A token that starts with a capital letter.
const FLAG_CAP: u8 = 8;

use crate::data::{ROOTS, STOPWORDS};
use crate::normalize::ascii_lowercase_in;
use crate::span::Span;
use crate::token::TokenKind;
use crate::tokenize::tokenize;

/// Where an entity came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Source {
    /// A gazetteer entry (canonical id).
    Gazetteer,
    /// A naming pattern (`PT … Tbk`, `… Inc`, `Kementerian …`, `Desa …`,
    /// a dateline's domain); its id starts with `new:`.
    Pattern,
}

/// One mention of an entity in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Mention<'t> {
    /// Byte span in the text.
    pub span: Span,
    /// The text of the mention.
    pub text: &'t str,
    /// Index of the entity in [`Entities::entities`].
    pub entity: usize,
    /// The class of this mention in context: the entity's class, except
    /// that a country named as a nationality after a noun (`tentara
    /// Israel`, `dolar AS`, `pemerintah Jepang`) is `Misc`, as NER
    /// conventions label adjectival uses.
    pub class: EntityClass,
}

/// An entity found in a text, with all its mentions.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Found {
    /// The entity (shared with the gazetteer, or made by a pattern).
    pub entity: Arc<Entity>,
    /// Where it came from.
    pub source: Source,
    /// Indices of its mentions in [`Entities::mentions`].
    pub mentions: Vec<usize>,
    /// Number of mentions.
    pub count: usize,
    /// Byte offset of the first mention.
    pub first: usize,
    /// Salience in [0, 1]: mentions relative to the most mentioned entity,
    /// and how early the first mention comes.
    pub salience: f64,
}

/// The entities of one text: mentions in text order, and entities by
/// salience (highest first).
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Entities<'t> {
    /// Every mention, in text order, not overlapping.
    pub mentions: Vec<Mention<'t>>,
    /// Every entity, most salient first.
    pub entities: Vec<Found>,
}

/// Extracts entities from `text` with the built-in gazetteer.
///
/// # Example
///
/// ```
/// use warta::{entities, EntityClass};
///
/// let found = entities("Xiaomi Inc membuka toko di Singapura, kata Reuters.");
/// let ids: Vec<&str> = found.entities.iter().map(|e| e.entity.id.as_str()).collect();
/// assert!(ids.contains(&"org:xiaomi") && ids.contains(&"SG") && ids.contains(&"outlet:reuters"));
/// assert_eq!(found.mentions[0].text, "Xiaomi Inc");
/// assert_eq!(found.entities[0].entity.class, EntityClass::Org);
/// ```
pub fn entities(text: &str) -> Entities<'_> {
    Gazetteer::builtin().extract(text)
}

/// Longest key looked up without allocating.
const KEY_BUF: usize = 64;
/// Most tokens a pattern entity spans.
const MAX_PATTERN_TOKENS: usize = 10;

/// Legal-form suffixes that extend a company name (`Xiaomi Inc`).
pub(crate) const LEGAL_SUFFIXES: &[&str] = &[
    "Inc",
    "Corp",
    "Corporation",
    "Ltd",
    "Limited",
    "Co",
    "LLC",
    "Holdings",
    "Tbk",
    "plc",
    "PLC",
    "AG",
    "SE",
    "GmbH",
    "NV",
    "Bhd",
    "Berhad",
    "Pte",
];

/// Heads that start the name of an organisation (`Kementerian …`).
const ORG_HEADS: &[&str] = &[
    "Partai",
    "Kementerian",
    "Kementrian",
    "Kemenko",
    "Badan",
    "Komisi",
    "Dewan",
    "Majelis",
    "Mahkamah",
    "Lembaga",
    "Yayasan",
    "Universitas",
    "Institut",
    "Politeknik",
    "Akademi",
    "Fakultas",
    "Asosiasi",
    "Ikatan",
    "Persatuan",
    "Serikat",
    "Himpunan",
    "Gerakan",
    "Front",
    "Koalisi",
    "Perhimpunan",
    "Federasi",
    "Konfederasi",
    "Kejaksaan",
    "Pengadilan",
    "Kepolisian",
    "Polda",
    "Polres",
    "Polresta",
    "Polsek",
    "Kodam",
    "Korem",
    "Kodim",
    "Pemerintah",
    "Pemkot",
    "Pemkab",
    "Pemprov",
    "Dinas",
    "Direktorat",
    "Ditjen",
    "Bank",
    "Kantor",
    "Perum",
    "Koperasi",
    "Organisasi",
    "Kongres",
    "Parlemen",
    "Kedutaan",
    "Konsulat",
    "Tim",
    "Klub",
    "Grup",
    "Brigade",
    "Pasukan",
    "Kesatuan",
    "Satuan",
];

type HeadMap = std::collections::HashMap<
    &'static str,
    (EntityClass, Option<&'static str>),
    std::hash::BuildHasherDefault<crate::stem::WordHasher>,
>;

/// Head words by their first token: the class, and the second token of a
/// two-word head (`Rumah Sakit`).
pub(crate) static HEADS: std::sync::LazyLock<HeadMap> = std::sync::LazyLock::new(|| {
    let mut map = HeadMap::default();
    for (heads, class) in [(ORG_HEADS, EntityClass::Org), (LOC_HEADS, EntityClass::Loc)] {
        for h in heads {
            let entry = match h.split_once(' ') {
                Some((a, b)) => (a, (class, Some(b))),
                None => (*h, (class, None)),
            };
            map.entry(entry.0).or_insert(entry.1);
        }
    }
    map
});

/// Generic heads: followed by nothing but a country (`Pemerintah Taiwan`,
/// `perusahaan China`) they describe, and do not name, an organisation.
const WEAK_HEADS: &[&str] = &[
    "Pemerintah",
    "Kepolisian",
    "Tim",
    "Grup",
    "Pasukan",
    "Kantor",
    "Kongres",
    "Parlemen",
    "Gerakan",
    "Front",
    "Satuan",
    "Kesatuan",
    "Bank",
    "Dewan",
    "Badan",
    "Lembaga",
    "Organisasi",
    "Komisi",
    "Kedutaan",
    "Konsulat",
    "Kementerian",
    "Pengadilan",
    "Kejaksaan",
    "Klub",
];

/// Heads that start the name of a place (`Desa …`, `Gunung …`).
const LOC_HEADS: &[&str] = &[
    "Desa",
    "Kelurahan",
    "Kecamatan",
    "Dusun",
    "Kampung",
    "Kabupaten",
    "Kota",
    "Provinsi",
    "Pulau",
    "Kepulauan",
    "Gunung",
    "Bukit",
    "Danau",
    "Sungai",
    "Teluk",
    "Selat",
    "Pantai",
    "Jalan",
    "Jl",
    "Bandara",
    "Bandar Udara",
    "Pelabuhan",
    "Stasiun",
    "Terminal",
    "Pasar",
    "Masjid",
    "Gereja",
    "Candi",
    "Gedung",
    "Kompleks",
    "Taman",
    "Lapangan",
    "Stadion",
    "Rumah Sakit",
    "RSUD",
    "RS",
    "Hotel",
    "Kawasan",
    "Distrik",
    "Dataran",
    "Lembah",
    "Tanjung",
    "Laut",
    "Samudra",
    "Samudera",
    "Benua",
    "Negara Bagian",
    "Semenanjung",
    "Wilayah",
];

/// Nouns after which a country is a nationality, not a place.
const NATIONALITY_NOUNS: &[&str] = &[
    "tentara",
    "militer",
    "pasukan",
    "pemerintah",
    "pemerintahan",
    "presiden",
    "menteri",
    "raja",
    "ratu",
    "kaisar",
    "dolar",
    "dollar",
    "yen",
    "yuan",
    "won",
    "ringgit",
    "rupee",
    "rubel",
    "warga",
    "orang",
    "rakyat",
    "bangsa",
    "pihak",
    "serangan",
    "agresi",
    "operasi",
    "tim",
    "timnas",
    "kontingen",
    "besar",
    "dubes",
    "kedubes",
    "kedutaan",
    "konsulat",
    "masyarakat",
    "maskapai",
    "perusahaan",
    "pejabat",
    "polisi",
    "kepolisian",
    "otoritas",
    "delegasi",
    "pemain",
    "atlet",
    "investor",
    "turis",
    "wisatawan",
    "mahasiswa",
    "nelayan",
    "angkatan",
    "armada",
    "diplomat",
    "intelijen",
    "parlemen",
    "kabinet",
    "rezim",
    "junta",
    "utusan",
    "produk",
    "pesawat",
    "kapal",
    "jet",
    "tank",
    "rudal",
    "keturunan",
    "imigran",
    "pengungsi",
];

/// Lower-case nouns that news writes before a place name, as part of it
/// (`kota Bandung`, `wilayah Gaza`).
const PLACE_NOUNS: &[&str] = &[
    "kota",
    "kabupaten",
    "provinsi",
    "desa",
    "kecamatan",
    "kelurahan",
    "pulau",
    "wilayah",
    "kawasan",
];

/// Words just before an ambiguous outlet name that show it is a source.
const SOURCE_CUES: &[&str] = &[
    "sumber",
    "dikutip",
    "mengutip",
    "melansir",
    "dilansir",
    "lansir",
    "laporan",
    "dilaporkan",
    "melaporkan",
    "menurut",
    "kepada",
    "via",
    "harian",
    "koran",
    "majalah",
    "media",
    "kantor",
];

/// Words just before a ticker that show it is one.
const TICKER_CUES: &[&str] = &["saham", "emiten", "kode", "ticker", "kodenya", "berkode"];

type WordSet =
    std::collections::HashSet<&'static str, std::hash::BuildHasherDefault<crate::stem::WordHasher>>;

/// The context word lists as hash sets, built once.
struct ContextWords {
    source: WordSet,
    ticker: WordSet,
    place: WordSet,
    nationality: WordSet,
}

static CONTEXT: std::sync::LazyLock<ContextWords> = std::sync::LazyLock::new(|| ContextWords {
    source: SOURCE_CUES.iter().copied().collect(),
    ticker: TICKER_CUES.iter().copied().collect(),
    place: PLACE_NOUNS.iter().copied().collect(),
    nationality: NATIONALITY_NOUNS.iter().copied().collect(),
});

impl Gazetteer {
    /// Extracts entities from `text`: gazetteer matches on token boundaries
    /// (leftmost, longest), extended by legal-form suffixes; then patterns
    /// for names the gazetteer lacks; then abbreviations defined in
    /// parentheses (`Mahkamah Konstitusi (MK)`), linked to their entity
    /// for the rest of the text.
    ///
    /// A text longer than [`ENTITY_SEGMENT`] bytes is read in segments of
    /// about that size, cut at line breaks (or else sentence ends or
    /// spaces), and the segments' entities are merged: memory stays bounded
    /// by the segment, not the text. An abbreviation defined in one segment
    /// is not linked in the next.
    pub fn extract<'t>(&self, text: &'t str) -> Entities<'t> {
        self.extract_in_segments(text, ENTITY_SEGMENT)
    }

    /// [`Gazetteer::extract`] with segments of about `segment` bytes.
    fn extract_in_segments<'t>(&self, text: &'t str, segment: usize) -> Entities<'t> {
        if text.len() <= segment {
            return self.extract_segment(text);
        }
        let mut out = Entities::default();
        let mut by_id: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
        let mut start = 0;
        while start < text.len() {
            let end = segment_end(text, start, segment);
            let part = self.extract_segment(&text[start..end]);
            let index: Vec<usize> = part
                .entities
                .into_iter()
                .map(|f| match by_id.get(&f.entity.id) {
                    Some(&e) => {
                        out.entities[e].count += f.count;
                        e
                    }
                    None => {
                        by_id.insert(f.entity.id.clone(), out.entities.len());
                        out.entities.push(Found {
                            mentions: Vec::new(),
                            first: f.first + start,
                            ..f
                        });
                        out.entities.len() - 1
                    }
                })
                .collect();
            for m in part.mentions {
                let e = index[m.entity];
                out.entities[e].mentions.push(out.mentions.len());
                let span = Span::new(m.span.start + start, m.span.end + start);
                out.mentions.push(Mention { span, entity: e, ..m });
            }
            start = end;
        }
        rank(&mut out, text.len());
        out
    }

    /// [`Gazetteer::extract`] on one segment.
    fn extract_segment<'t>(&self, text: &'t str) -> Entities<'t> {
        TOKENS.with(|buf| {
            // One token buffer per thread, reused: no allocation per text.
            let mut tokens = buf.borrow_mut();
            tokens.clear();
            tokens.extend(tokenize(text).map(|t| Tok {
                start: t.start(),
                end: t.end(),
                kind: t.kind(),
            }));
            let mut x = Extraction {
                g: self,
                text,
                tokens: &tokens,
                hits: Vec::new(),
                made: Vec::new(),
                made_ids: std::collections::HashMap::new(),
                info: vec![0; tokens.len()],
                any_legal: false,
            };
            x.gazetteer_pass();
            x.pattern_pass();
            x.abbreviation_pass();
            let out = x.finish();
            if tokens.capacity() > MAX_KEPT_TOKENS {
                // Do not keep the memory of one huge text.
                *tokens = Vec::new();
            }
            out
        })
    }
}

/// The longest text, in bytes, whose entities are extracted in one piece
/// (1 MiB: far longer than any article). Longer texts are cut into
/// segments of about this size so that the token buffer, 24 bytes per
/// token, stays bounded; see [`Gazetteer::extract`].
pub const ENTITY_SEGMENT: usize = 1 << 20;

/// Where the segment that starts at `start` ends: the last line break in
/// the second half of the next `segment` bytes, or else the last sentence
/// end (`. `), or else the last space, or else a char boundary.
fn segment_end(text: &str, start: usize, segment: usize) -> usize {
    let limit = start + segment;
    if limit >= text.len() {
        return text.len();
    }
    let from = start + segment / 2;
    let window = &text.as_bytes()[from..limit];
    let cut = window
        .iter()
        .rposition(|&b| b == b'\n')
        .or_else(|| window.windows(2).rposition(|w| w == b". "))
        .or_else(|| window.iter().rposition(|&b| b == b' '));
    match cut {
        Some(i) => from + i + 1,
        None => crate::tokenize::floor_char_boundary(text, limit),
    }
}

/// A token as the extractor keeps it: its byte range and kind.
#[derive(Clone, Copy, Debug)]
struct Tok {
    start: usize,
    end: usize,
    kind: TokenKind,
}

/// Longest line, in bytes, that can be a headline.
const MAX_HEADLINE: usize = 300;

/// Most tokens a thread's buffer keeps between texts.
const MAX_KEPT_TOKENS: usize = 1 << 20;

thread_local! {
    static TOKENS: std::cell::RefCell<Vec<Tok>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// A name a pattern found: its tokens, kind and class. The entity is made
/// only if the name is kept.
#[derive(Clone, Copy, Debug)]
struct Pattern {
    first: usize,
    last: usize,
    kind: &'static str,
    class: EntityClass,
}

/// What a hit points to: a gazetteer entity or one made by a pattern.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Target {
    Known(u32),
    Made(usize),
}

#[derive(Clone, Copy, Debug)]
struct Hit {
    /// Token range.
    first: usize,
    last: usize,
    target: Target,
}

struct Extraction<'a, 't, 'g> {
    g: &'g Gazetteer,
    text: &'t str,
    tokens: &'a [Tok],
    hits: Vec<Hit>,
    made: Vec<Entity>,
    /// The index in `made` of each made entity's id.
    made_ids: std::collections::HashMap<String, usize>,
    /// Per token: [`FLAG_CAP`] and the flags of its gazetteer bucket.
    info: Vec<u8>,
    /// Whether any token is a legal-form suffix.
    any_legal: bool,
}

impl<'t, 'g> Extraction<'_, 't, 'g> {
    /// The text of a token.
    #[inline]
    fn text_of(&self, t: &Tok) -> &'t str {
        &self.text[t.start..t.end]
    }

    /// Whether the gap between two tokens holds a line break. Gaps are
    /// nearly always empty or one space.
    #[inline]
    fn breaks(&self, end: usize, start: usize) -> bool {
        match self.text.as_bytes().get(end..start) {
            Some([]) | None => false,
            Some([b]) => *b == b'\n',
            Some(gap) => gap.contains(&b'\n'),
        }
    }

    /// The text of token `k`.
    #[inline]
    fn s(&self, k: usize) -> &'t str {
        self.text_of(&self.tokens[k])
    }

    fn gazetteer_pass(&mut self) {
        let mut buf = [0u8; KEY_BUF];
        let mut buf2 = [0u8; 2 * KEY_BUF];
        let mut i = 0;
        while i < self.tokens.len() {
            let tok = self.tokens[i];
            let first = self.text.as_bytes()[tok.start];
            // Most words start with a lower-case ASCII letter: settle them
            // with one bit filter, before slicing anything.
            if first.is_ascii_lowercase()
                && !self.g.lower_filter_hit(&self.text.as_bytes()[tok.start..tok.end])
                || !matches!(tok.kind, TokenKind::Word | TokenKind::Number | TokenKind::Url)
            {
                i += 1;
                continue;
            }
            let word = trim_period(self.text_of(&tok));
            let capital = first.is_ascii_uppercase() || word.starts_with(char::is_uppercase);
            if capital {
                self.info[i] = FLAG_CAP;
            } else if !self.g.may_start_lower(word) {
                i += 1;
                continue;
            }
            let lowered;
            let key: &[u8] = if word.is_ascii() && word.len() <= buf.len() {
                let k = &mut buf[..word.len()];
                k.copy_from_slice(word.as_bytes());
                k.make_ascii_lowercase();
                k
            } else {
                lowered = word.to_lowercase();
                lowered.as_bytes()
            };
            let Some(bucket) = self.g.index.get(key) else {
                i += 1;
                continue;
            };
            self.info[i] |= bucket.flags;
            self.any_legal |= bucket.flags & FLAG_LEGAL != 0;
            let try_all = |cands: &[u32]| {
                cands.iter().find_map(|&s| {
                    let s = &self.g.surfaces[s as usize];
                    let n = s.tokens.len();
                    self.matches(i, s.tokens.as_ref(), s.rule, s.entity).then_some((n, s.entity))
                })
            };
            let mut found = None;
            if bucket.multi
                && let Some(next) = self.word_run(i, 2).map(|r| trim_period(self.text_of(&r[1])))
                && (!next.as_bytes()[0].is_ascii_lowercase()
                    || self.g.lower_seconds.contains_key(next.to_ascii_lowercase().as_str()))
            {
                let key_len = key.len();
                let lowered2;
                let key2: &[u8] = if key_len + 1 + next.len() <= buf2.len() && next.is_ascii() {
                    buf2[..key_len].copy_from_slice(key);
                    buf2[key_len] = b' ';
                    let tail = &mut buf2[key_len + 1..key_len + 1 + next.len()];
                    tail.copy_from_slice(next.as_bytes());
                    tail.make_ascii_lowercase();
                    &buf2[..key_len + 1 + next.len()]
                } else {
                    lowered2 = [key, b" ", next.to_lowercase().as_bytes()].concat();
                    &lowered2
                };
                if let Some(cands) = self.g.index2.get(key2) {
                    found = try_all(cands);
                }
            }
            if found.is_none() {
                found = try_all(&bucket.single);
            }
            match found {
                // `US$2,5`: a currency, not the country.
                Some((n, _))
                    if self.tokens.get(i + n).is_some_and(|t| {
                        self.text_of(t) == "$" && t.start == self.tokens[i + n - 1].end
                    }) =>
                {
                    i += n
                }
                Some((n, e)) => {
                    let last = self.extend_legal(i + n - 1, e);
                    self.hits.push(Hit { first: i, last, target: Target::Known(e) });
                    i = last + 1;
                }
                None => i += 1,
            }
        }
    }

    /// Whether the surface `want` matches the tokens from `i` under `rule`.
    fn matches(&self, i: usize, want: &[Box<str>], rule: Rule, entity: u32) -> bool {
        let Some(got) = self.word_run(i, want.len()) else { return false };
        let exact = got.iter().zip(want).all(|(g, w)| trim_period(self.text_of(g)) == &**w);
        match rule {
            Rule::Name => {
                if exact {
                    return true;
                }
                let same = got
                    .iter()
                    .zip(want)
                    .all(|(g, w)| same_ignoring_case(trim_period(self.text_of(g)), w));
                let capital = self
                    .text_of(&got[0])
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_uppercase() || c.is_numeric());
                same && capital
            }
            Rule::Exact => exact,
            Rule::Ambiguous => {
                if !exact || self.sentence_initial(i) {
                    return false;
                }
                let kind = self.g.entities[entity as usize].kind.as_str();
                !matches!(kind, "outlet" | "agency") || self.source_cue(i)
            }
            Rule::Ticker => exact && self.ticker_cue(i),
        }
    }

    /// `n` tokens from `i` on one line, or `None`.
    fn word_run(&self, i: usize, n: usize) -> Option<&[Tok]> {
        let run = self.tokens.get(i..i + n)?;
        for pair in run.windows(2) {
            if self.breaks(pair[0].end, pair[1].start) {
                return None;
            }
        }
        Some(run)
    }

    fn prev_word(&self, i: usize, back: usize) -> Option<&'t str> {
        let j = i.checked_sub(back)?;
        let t = self.tokens[j];
        (!self.breaks(t.end, self.tokens[j + 1].start)).then_some(self.text_of(&t))
    }

    fn sentence_initial(&self, i: usize) -> bool {
        let mut j = i;
        // Skip opening quotes and brackets.
        while j > 0 {
            let p = self.tokens[j - 1];
            if self.breaks(p.end, self.tokens[j].start) {
                return true;
            }
            match self.text_of(&p) {
                "\"" | "“" | "'" | "‘" | "(" | "[" => j -= 1,
                "." | "!" | "?" | "..." | "…" | ":" | "-" | "–" | "—" => return true,
                _ => return false,
            }
        }
        true
    }

    fn source_cue(&self, i: usize) -> bool {
        if self.prev_word(i, 1) == Some("(") {
            return true;
        }
        (1..=5).filter_map(|b| self.prev_word(i, b)).any(|w| {
            let mut buf = [0u8; KEY_BUF];
            ascii_lowercase_in(w, &mut buf).is_some_and(|w| CONTEXT.source.contains(w))
        })
    }

    fn ticker_cue(&self, i: usize) -> bool {
        let after_paren = self.prev_word(i, 1) == Some("(")
            && self.tokens.get(i + 1).is_some_and(|t| self.text_of(t) == ")");
        after_paren
            || self.prev_word(i, 1).is_some_and(|w| {
                let mut buf = [0u8; KEY_BUF];
                ascii_lowercase_in(w, &mut buf).is_some_and(|w| CONTEXT.ticker.contains(w))
            })
    }

    /// Extends a company's match over legal-form suffixes (`Inc`, `Holdings
    /// Ltd`, `Tbk.`) and `(Persero)`.
    fn extend_legal(&self, last: usize, e: u32) -> usize {
        let kind = self.g.entities[e as usize].kind.as_str();
        if matches!(kind, "company" | "brand") { self.extend_legal_any(last) } else { last }
    }

    /// A word that starts with a capital (flagged by the gazetteer pass) or
    /// a number.
    #[inline]
    fn is_capitalised(&self, j: usize) -> bool {
        let t = &self.tokens[j];
        t.kind == TokenKind::Number || (t.kind == TokenKind::Word && self.info[j] & FLAG_CAP != 0)
    }

    /// A word of the root lexicon or a stopword, ignoring case.
    fn is_common(w: &str) -> bool {
        let mut buf = [0u8; KEY_BUF];
        ascii_lowercase_in(w, &mut buf).is_some_and(|w| STOPWORDS.contains(w) || ROOTS.contains(w))
    }

    /// The last token of a run of capitalised words from `i` (with `dan`,
    /// `&`, `of`, `de` between capitalised words), at most `max` tokens.
    fn capital_run(&self, i: usize, max: usize) -> Option<usize> {
        self.capital_run_joining(i, max, true)
    }

    /// [`Self::capital_run`], joining over `dan` only when `join_and`:
    /// places are coordinated (`Pulau Sebesi dan Sebuku`), organisation
    /// names contain it (`Kementerian Hukum dan Hak Asasi Manusia`).
    fn capital_run_joining(&self, i: usize, max: usize, join_and: bool) -> Option<usize> {
        let mut last = None;
        let mut j = i;
        while j < self.tokens.len() && j < i + max {
            let t = self.tokens[j];
            if j > i && self.breaks(self.tokens[j - 1].end, t.start) {
                break;
            }
            if self.is_capitalised(j) {
                last = Some(j);
                j += 1;
            } else if last.is_some()
                && (matches!(self.text_of(&t), "&" | "of" | "de" | "-")
                    || (join_and && self.text_of(&t) == "dan"))
                && j + 1 < self.tokens.len()
                && self.is_capitalised(j + 1)
            {
                j += 1;
            } else {
                break;
            }
        }
        last
    }

    /// The hit covering token `i`, if any.
    fn hit_at(&self, i: usize) -> Option<usize> {
        let k = self.hits.partition_point(|h| h.last < i);
        (k < self.hits.len() && self.hits[k].first <= i).then_some(k)
    }

    /// Whether the line of token `i` is a title-case headline: at most
    /// [`MAX_HEADLINE`] bytes, at least four words, at most one in five of
    /// them lower-case (function words included), and no final period.
    /// `cache` holds the last line's byte range and answer, so that each
    /// line is judged once.
    fn title_line(&self, i: usize, cache: &mut (usize, usize, bool)) -> bool {
        let at = self.tokens[i].start;
        if cache.0 <= at && at < cache.1 {
            return cache.2;
        }
        let line_start = self.text[..at].rfind('\n').map_or(0, |p| p + 1);
        let line_end = self.text[at..].find('\n').map_or(self.text.len(), |p| at + p);
        let mut title = false;
        if line_end - line_start <= MAX_HEADLINE {
            let first = self.tokens[..i].partition_point(|t| t.start < line_start);
            let last = i + self.tokens[i..].partition_point(|t| t.end <= line_end);
            let (mut n, mut lower) = (0, 0);
            for t in self.tokens[first..last].iter().filter(|t| t.kind == TokenKind::Word) {
                n += 1;
                lower += usize::from(self.text_of(t).starts_with(|c: char| c.is_lowercase()));
            }
            // Headlines do not end with a period; sentences full of names do.
            let sentence = last > first && self.s(last - 1) == ".";
            title = n >= 4 && lower * 5 <= n && !sentence;
        }
        *cache = (line_start, line_end.max(line_start + 1), title);
        title
    }

    fn pattern_pass(&mut self) {
        let mut i = 0;
        let mut new_hits = Vec::new();
        let mut title = (0, 0, false);
        while i < self.tokens.len() {
            let t = self.tokens[i];
            let info = self.info[i];
            if info & FLAG_CAP == 0 && t.kind != TokenKind::Url {
                // Names start with a capital.
                i += 1;
                continue;
            }
            let w = self.text_of(&t);
            let found = if self.title_line(i, &mut title) {
                // A headline in title case capitalises every word: patterns
                // would see names everywhere.
                None
            } else if w == "PT" || w == "PT." {
                self.company_after_pt(i)
            } else if let Some((head_len, class)) =
                (info & FLAG_HEAD != 0).then(|| self.head(i)).flatten()
            {
                self.headed(i, head_len, class)
            } else if t.kind == TokenKind::Url && !w.contains('/') && !w.contains(':') {
                self.dateline_outlet(i)
            } else if self.any_legal && info & FLAG_STOP == 0 {
                self.company_before_suffix(i)
            } else {
                None
            };
            match found {
                Some(Pattern { first, last, kind, class }) => {
                    // A pattern gives way to a gazetteer match of the same
                    // extent or longer, and replaces shorter ones inside it.
                    // The hits overlapping the name: hits are sorted and
                    // do not overlap each other.
                    let lo = self.hits.partition_point(|h| h.last < first);
                    let hi = self.hits.partition_point(|h| h.first <= last);
                    let inside = lo..hi.max(lo);
                    let crosses = self.hits[inside.clone()].iter().any(|h| {
                        h.first < first || h.last > last || (h.first == first && h.last == last)
                    });
                    if crosses {
                        i += 1;
                        continue;
                    }
                    let target = self.make(first, last, kind, class);
                    new_hits.push((first, last, target, inside));
                    i = last + 1;
                }
                None => i += 1,
            }
        }
        if new_hits.is_empty() {
            return;
        }
        let mut drop = vec![false; self.hits.len()];
        for (first, last, target, inside) in new_hits {
            drop[inside].fill(true);
            self.hits.push(Hit { first, last, target });
        }
        let mut k = 0;
        self.hits.retain(|_| {
            let keep = drop.get(k).is_none_or(|d| !d);
            k += 1;
            keep
        });
        self.hits.sort_by_key(|h| h.first);
    }

    /// The entity a pattern names, made once per text.
    fn make(&mut self, first: usize, last: usize, kind: &str, class: EntityClass) -> Target {
        let e = self.new_entity(kind, class, first, last);
        match self.made_ids.get(&e.id) {
            Some(&p) => Target::Made(p),
            None => {
                self.made_ids.insert(e.id.clone(), self.made.len());
                self.made.push(e);
                Target::Made(self.made.len() - 1)
            }
        }
    }

    fn new_entity(&self, kind: &str, class: EntityClass, first: usize, last: usize) -> Entity {
        let name = &self.text[self.tokens[first].start..self.tokens[last].end];
        let slug: String = name
            .chars()
            .map(|c| if c.is_alphanumeric() { c.to_ascii_lowercase() } else { '-' })
            .collect();
        let mut e = Entity {
            id: format!("new:{}", slug.trim_matches('-')),
            kind: kind.to_string(),
            name: name.to_string(),
            class,
            attrs: Vec::new(),
        };
        if kind == "outlet" {
            // A dateline's domain: the id is the domain.
            let domain = name.to_ascii_lowercase();
            e.id = format!("new:{domain}");
            e.attrs.push(("domain".to_string(), domain));
        }
        e
    }

    /// `PT Foo Bar (Persero) Tbk`.
    fn company_after_pt(&self, i: usize) -> Option<Pattern> {
        let mut last = self.capital_run(i + 1, MAX_PATTERN_TOKENS)?;
        last = self.extend_legal_any(last);
        Some(Pattern { first: i, last, kind: "company", class: EntityClass::Org })
    }

    /// Extends a name over legal-form suffixes and `(Persero)`, whatever it
    /// names.
    fn extend_legal_any(&self, mut last: usize) -> usize {
        loop {
            match self.word_run(last, 2).map(|r| trim_period(self.text_of(&r[1]))) {
                Some(w) if LEGAL_SUFFIXES.contains(&w) => last += 1,
                Some("(")
                    if self.word_run(last, 4).is_some_and(|r| {
                        self.text_of(&r[2]) == "Persero" && self.text_of(&r[3]) == ")"
                    }) =>
                {
                    last += 3
                }
                _ => return last,
            }
        }
    }

    /// `Foo Bar Inc`, `Foo Holdings Ltd`: capitalised words ending in a
    /// legal-form suffix.
    fn company_before_suffix(&self, i: usize) -> Option<Pattern> {
        // Cheap test first: a suffix among the next few tokens.
        let window = &self.info[i + 1..self.info.len().min(i + 5)];
        if !window.iter().any(|f| f & FLAG_LEGAL != 0) {
            return None;
        }
        let last = self.capital_run(i, 5)?;
        // The run must end in a suffix, and have a name before it.
        let suffix_at =
            (i + 1..=last).find(|&k| LEGAL_SUFFIXES.contains(&trim_period(self.s(k))))?;
        // A sentence's first word is capitalised anyway: a common word there
        // (`Saham Acme Inc`) is not part of the name.
        let i = if self.sentence_initial(i) && Self::is_common(self.s(i)) { i + 1 } else { i };
        // A listed name inside (`PT Telkom Indonesia Tbk`) is matched already.
        if suffix_at <= i || (i..suffix_at).any(|k| self.hit_at(k).is_some()) {
            return None;
        }
        let last = self.extend_legal_any(suffix_at);
        Some(Pattern { first: i, last, kind: "company", class: EntityClass::Org })
    }

    /// A head word (`Kementerian`, `Desa`) at `i`: its length in tokens and
    /// the class it gives.
    fn head(&self, i: usize) -> Option<(usize, EntityClass)> {
        let w = trim_period(self.s(i));
        let &(class, two) = HEADS.get(w)?;
        match two {
            None => Some((1, class)),
            Some(second) => self
                .word_run(i, 2)
                .is_some_and(|r| self.text_of(&r[1]) == second)
                .then_some((2, class)),
        }
    }

    /// `Kementerian Hukum dan Hak Asasi Manusia`, `Desa Kedungbulus`.
    fn headed(&self, i: usize, head_len: usize, class: EntityClass) -> Option<Pattern> {
        let start = i + head_len;
        let next = self.tokens.get(start)?;
        if self.breaks(self.tokens[start - 1].end, next.start) {
            return None;
        }
        // A listed name at the head (`Partai Golkar`) is not extended over
        // the words after it, which are usually a person (`Partai Golkar
        // Aburizal Bakrie`).
        if self.hit_at(i).is_some_and(|h| self.hits[h].first == i) {
            return None;
        }
        let last = self.capital_run_joining(
            start,
            MAX_PATTERN_TOKENS - head_len,
            class == EntityClass::Org,
        )?;
        // A run that is only a stopword (`Bank Ini`) or numbers (`Komisi
        // III`) is no name.
        if last == start && self.info[start] & FLAG_STOP != 0 {
            return None;
        }
        if self.tokens[start..=last].iter().all(|t| is_numeral(self.text_of(t))) {
            return None;
        }
        // `Pemerintah Taiwan`, `Pasar Asia Tenggara`: a generic head before
        // nothing but a listed country or region describes it; the country
        // or region is the entity.
        if class == EntityClass::Loc || WEAK_HEADS.contains(&self.s(i)) {
            let only_place = self.hit_at(start).is_some_and(|h| {
                let h = self.hits[h];
                h.first == start
                    && h.last == last
                    && matches!(self.kind(h.target), "country" | "territory" | "region")
            });
            if only_place {
                return None;
            }
        }
        let kind = if class == EntityClass::Org { "organization" } else { "place" };
        Some(Pattern { first: i, last, kind, class })
    }

    /// `JAKARTA, KOMPAS.com -`: a domain between a comma and a dash names the
    /// outlet.
    fn dateline_outlet(&self, i: usize) -> Option<Pattern> {
        let before = self.prev_word(i, 1)?;
        let after = self.text_of(self.tokens.get(i + 1)?);
        if before != "," || !matches!(after, "-" | "–" | "—") {
            return None;
        }
        Some(Pattern { first: i, last: i, kind: "outlet", class: EntityClass::Org })
    }

    /// `Mahkamah Konstitusi (MK)`: the abbreviation names the same entity,
    /// there and in the rest of the text.
    fn abbreviation_pass(&mut self) {
        // Hash maps, not lists: a text may define thousands of
        // abbreviations, and each capitalised token is looked up.
        let mut aliases: std::collections::HashMap<&'t str, Target> =
            std::collections::HashMap::new();
        let mut added = Vec::new();
        for h in &self.hits {
            let (Some(open), Some(abbr), Some(close)) = (
                self.tokens.get(h.last + 1),
                self.tokens.get(h.last + 2),
                self.tokens.get(h.last + 3),
            ) else {
                continue;
            };
            let a = self.text_of(abbr);
            if self.text_of(open) == "("
                && self.text_of(close) == ")"
                && (2..=10).contains(&a.len())
                && a.chars().next().is_some_and(char::is_uppercase)
                && a.chars().filter(|c| c.is_uppercase()).count() >= 2
                && self.hit_at(h.last + 2).is_none()
            {
                aliases.entry(a).or_insert(h.target);
                added.push(Hit { first: h.last + 2, last: h.last + 2, target: h.target });
            }
        }
        if aliases.is_empty() {
            return;
        }
        self.hits.extend(added);
        self.hits.sort_by_key(|h| h.first);
        // New hits are gathered and sorted in once: inserting each would
        // shift the list, quadratic in a text that repeats an abbreviation.
        let mut later = Vec::new();
        for (i, t) in self.tokens.iter().enumerate() {
            if self.info[i] & FLAG_CAP == 0 {
                continue;
            }
            if let Some(&target) = aliases.get(self.text_of(t))
                && self.hit_at(i).is_none()
            {
                later.push(Hit { first: i, last: i, target });
            }
        }
        if !later.is_empty() {
            self.hits.extend(later);
            self.hits.sort_by_key(|h| h.first);
        }
    }

    /// The kind of a hit's entity.
    fn kind(&self, target: Target) -> &str {
        match target {
            Target::Known(k) => &self.g.entities[k as usize].kind,
            Target::Made(m) => &self.made[m].kind,
        }
    }

    fn class(&self, target: Target) -> EntityClass {
        match target {
            Target::Known(k) => self.g.entities[k as usize].class,
            Target::Made(m) => self.made[m].class,
        }
    }

    /// The previous token on the same line, lowercased if short ASCII.
    fn prev_is(&self, i: usize, words: &WordSet, lowercase_only: bool) -> bool {
        let Some(w) = self.prev_word(i, 1) else { return false };
        if lowercase_only && !w.bytes().all(|b| b.is_ascii_lowercase()) {
            return false;
        }
        let mut buf = [0u8; KEY_BUF];
        ascii_lowercase_in(w, &mut buf).is_some_and(|w| words.contains(w))
    }

    /// Context: a lower-case place noun joins a place (`kota Bandung`); a
    /// country after a noun it qualifies is a nationality.
    fn context(&mut self) -> Vec<EntityClass> {
        let mut classes = Vec::with_capacity(self.hits.len());
        for k in 0..self.hits.len() {
            let h = self.hits[k];
            let mut class = self.class(h.target);
            if class == EntityClass::Loc {
                let country = matches!(self.kind(h.target), "country" | "territory");
                let free = k == 0 || self.hits[k - 1].last + 1 < h.first;
                if free && self.prev_is(h.first, &CONTEXT.place, true) && !country {
                    self.hits[k].first -= 1;
                } else if country && self.prev_is(h.first, &CONTEXT.nationality, false) {
                    class = EntityClass::Misc;
                }
            }
            classes.push(class);
        }
        classes
    }

    fn finish(mut self) -> Entities<'t> {
        let classes = self.context();
        let mut out = Entities::default();
        // Each target's entity index: a short list for an article's few
        // entities, a hash map once there are many.
        let mut slot: Vec<(Target, usize)> = Vec::new();
        let mut slot_map: std::collections::HashMap<Target, usize> =
            std::collections::HashMap::new();
        for (h, &class) in self.hits.iter().zip(&classes) {
            let span = Span::new(self.tokens[h.first].start, self.tokens[h.last].end);
            let known = if slot_map.is_empty() {
                slot.iter().find(|(t, _)| *t == h.target).map(|&(_, e)| e)
            } else {
                slot_map.get(&h.target).copied()
            };
            let e = match known {
                Some(e) => e,
                None => {
                    let (entity, source) = match h.target {
                        Target::Known(k) => {
                            (Arc::clone(&self.g.entities[k as usize]), Source::Gazetteer)
                        }
                        Target::Made(m) => (Arc::new(self.made[m].clone()), Source::Pattern),
                    };
                    out.entities.push(Found {
                        entity,
                        source,
                        mentions: Vec::new(),
                        count: 0,
                        first: span.start,
                        salience: 0.0,
                    });
                    let e = out.entities.len() - 1;
                    if slot_map.is_empty() && slot.len() < 32 {
                        slot.push((h.target, e));
                    } else {
                        slot_map.extend(slot.drain(..));
                        slot_map.insert(h.target, e);
                    }
                    e
                }
            };
            out.entities[e].mentions.push(out.mentions.len());
            out.entities[e].count += 1;
            out.mentions.push(Mention { span, text: &self.text[span.range()], entity: e, class });
        }
        rank(&mut out, self.text.len());
        out
    }
}

/// Sets each entity's salience and orders the entities by it, highest first
/// (ties by first mention), re-pointing the mentions.
fn rank(out: &mut Entities<'_>, text_len: usize) {
    let most = out.entities.iter().map(|e| e.count).max().unwrap_or(1) as f64;
    let len = text_len.max(1) as f64;
    for e in &mut out.entities {
        e.salience = 0.6 * (e.count as f64 / most) + 0.4 * (1.0 - e.first as f64 / len);
    }
    // Most salient first; ties by first mention.
    let mut order: Vec<usize> = (0..out.entities.len()).collect();
    order.sort_by(|&a, &b| {
        let (a, b) = (&out.entities[a], &out.entities[b]);
        b.salience.total_cmp(&a.salience).then(a.first.cmp(&b.first))
    });
    let mut new_index = vec![0; order.len()];
    for (new, &old) in order.iter().enumerate() {
        new_index[old] = new;
    }
    let mut sorted: Vec<Option<Found>> =
        std::mem::take(&mut out.entities).into_iter().map(Some).collect();
    out.entities = order.iter().map(|&o| sorted[o].take().expect("each index once")).collect();
    for m in &mut out.mentions {
        m.entity = new_index[m.entity];
    }
}

/// Digits or a Roman numeral (`III`, `VII`).
fn is_numeral(w: &str) -> bool {
    w.bytes().all(|b| b.is_ascii_digit())
        || w.bytes().all(|b| matches!(b, b'I' | b'V' | b'X' | b'L'))
}

fn same_ignoring_case(a: &str, b: &str) -> bool {
    if a.is_ascii() && b.is_ascii() {
        a.eq_ignore_ascii_case(b)
    } else {
        a.chars().flat_map(char::to_lowercase).eq(b.chars().flat_map(char::to_lowercase))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_texts_are_read_in_segments() {
        let line = "Bank Indonesia (BI) menahan suku bunga di Jakarta. BI optimistis.\n";
        let segment = 4096;
        let n = 5 * segment / line.len() + 7;
        let text = line.repeat(n);
        let g = Gazetteer::builtin();
        let f = g.extract_in_segments(&text, segment);
        assert_eq!(f, g.extract(&text), "segments give what one piece gives");
        let count = |id: &str| f.entities.iter().find(|e| e.entity.id == id).map(|e| e.count);
        // `BI` is linked in every segment, since each repeats its definition.
        assert_eq!(count("inst:bi"), Some(3 * n));
        assert_eq!(count("wilayah:31"), Some(n));
        assert_eq!(f.mentions.len(), 4 * n);
        for w in f.mentions.windows(2) {
            assert!(w[0].span.end <= w[1].span.start);
        }
        for (i, m) in f.mentions.iter().enumerate() {
            assert_eq!(&text[m.span.range()], m.text);
            assert!(f.entities[m.entity].mentions.contains(&i));
        }
        assert_eq!(f.entities[0].first, 0);
        // One line, no line breaks: cut at sentence ends.
        let flat = text.replace('\n', " ");
        assert_eq!(g.extract_in_segments(&flat, segment).mentions.len(), 4 * n);
        // No spaces at all: cut at a char boundary, no panic.
        let dense = "ÉBankIndonesia".repeat(n);
        assert!(g.extract_in_segments(&dense, segment).mentions.is_empty());
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig { cases: 300, ..Default::default() })]
        /// Segments of any size, cut anywhere: mentions in order, on char
        /// boundaries, each pointing to an entity that lists it.
        #[test]
        fn segments_of_any_text(
            words in proptest::collection::vec(proptest::sample::select(vec![
                "Bank", "Indonesia", "(BI)", "BI", "PT", "Telkom", "Tbk", "di", "Jakarta",
                ".", "\n", " ", "é", "Kota", "Bandung", "Partai", "Xyz", "(PX)", "PX", "😀",
            ]), 0..120),
            segment in 8usize..200,
        ) {
            let text: String = words.iter().flat_map(|w| [*w, " "]).collect();
            let f = Gazetteer::builtin().extract_in_segments(&text, segment);
            let mut end = 0;
            for (i, m) in f.mentions.iter().enumerate() {
                proptest::prop_assert!(m.span.start >= end);
                end = m.span.end;
                proptest::prop_assert_eq!(&text[m.span.range()], m.text);
                proptest::prop_assert!(f.entities[m.entity].mentions.contains(&i));
            }
            let total: usize = f.entities.iter().map(|e| e.count).sum();
            proptest::prop_assert_eq!(total, f.mentions.len());
        }
    }

    fn ids(text: &str) -> Vec<(String, String)> {
        let f = entities(text);
        f.mentions
            .iter()
            .map(|m| (m.text.to_string(), f.entities[m.entity].entity.id.clone()))
            .collect()
    }

    fn has(text: &str, surface: &str, id: &str) -> bool {
        ids(text).iter().any(|(s, i)| s == surface && i == id)
    }

    #[test]
    fn as_is_the_country_only_in_capitals() {
        assert!(has("Presiden AS menelepon.", "AS", "US"));
        assert!(ids("Ia bekerja as usual.").is_empty());
    }

    #[test]
    fn line_the_app_not_the_word() {
        assert!(has(
            "China melarang penggunaan layanan Line yang dimiliki Naver.",
            "Line",
            "org:line"
        ));
        assert!(!ids("Garis finish, line terakhir.").iter().any(|(_, i)| i == "org:line"));
        // Sentence-initial: a common word, not the app.
        assert!(!ids("Line itu panjang.").iter().any(|(_, i)| i == "org:line"));
    }

    #[test]
    fn bank_indonesia_is_an_institution() {
        assert!(has("Bank Indonesia menahan suku bunga.", "Bank Indonesia", "inst:bi"));
        assert!(!ids("Bank Indonesia menahan suku bunga.").iter().any(|(_, i)| i == "ID"));
    }

    #[test]
    fn country_inside_company_name() {
        assert!(has("Saham PT Telkom Indonesia Tbk naik.", "PT Telkom Indonesia Tbk", "idx:TLKM"));
        assert!(has("Harga tiket Garuda Indonesia turun.", "Garuda Indonesia", "idx:GIAA"));
    }

    #[test]
    fn ambiguous_outlets_need_a_cue() {
        assert!(has("Hal itu dikutip dari Antara.", "Antara", "outlet:antara"));
        assert!(has("JAKARTA (ANTARA) - Harga naik.", "ANTARA", "outlet:antara"));
        assert!(
            !ids("Jarak antara dua kota itu jauh.").iter().any(|(_, i)| i.starts_with("outlet"))
        );
        assert!(
            !ids("Kecepatan dan tempo permainan naik, kata Tempo Dulu.")
                .iter()
                .any(|(_, i)| i == "outlet:tempo")
        );
    }

    #[test]
    fn common_word_places_need_the_full_name() {
        assert!(!ids("Dia melempar batu ke sungai.").iter().any(|(_, i)| i.starts_with("wilayah")));
        assert!(has("Wisata di Kota Batu ramai.", "Kota Batu", "wilayah:35.79"));
    }

    #[test]
    fn legal_suffix_extends_and_links() {
        let f = entities("Tencent Holdings Ltd menolak. Tencent juga diam.");
        assert_eq!(f.mentions[0].text, "Tencent Holdings Ltd");
        assert_eq!(f.entities.len(), 1);
        assert_eq!(f.entities[0].count, 2);
    }

    #[test]
    fn patterns_find_unlisted_names() {
        assert!(has(
            "Saham PT Maju Sentosa Abadi Tbk naik.",
            "PT Maju Sentosa Abadi Tbk",
            "new:pt-maju-sentosa-abadi-tbk"
        ));
        assert!(has(
            "Warga Desa Kedungbulus mengungsi.",
            "Desa Kedungbulus",
            "new:desa-kedungbulus"
        ));
        assert!(has(
            "Kementerian Hukum dan Hak Asasi Manusia menolak.",
            "Kementerian Hukum dan Hak Asasi Manusia",
            "min:kemenkumham"
        ));
        assert!(has("Acme Widgets Inc merugi.", "Acme Widgets Inc", "new:acme-widgets-inc"));
        assert!(has(
            "BANDUNG, PikiranRakyat.com - Hujan.",
            "PikiranRakyat.com",
            "new:pikiranrakyat.com"
        ));
    }

    #[test]
    fn abbreviation_in_parentheses_links() {
        let f = entities("Komisi Penyiaran Nusantara (KPN) menegur. Kata KPN, itu salah.");
        let kpn: Vec<_> = f.mentions.iter().filter(|m| m.text == "KPN").collect();
        assert_eq!(kpn.len(), 2);
        assert_eq!(f.entities[kpn[0].entity].entity.name, "Komisi Penyiaran Nusantara");
    }

    #[test]
    fn tickers_need_a_cue() {
        assert!(has("Bank Central Asia (BBCA) naik.", "BBCA", "idx:BBCA"));
        assert!(has("Saham BBRI turun.", "BBRI", "idx:BBRI"));
    }

    #[test]
    fn no_match_across_lines_and_empty_input() {
        assert!(ids("").is_empty());
        assert!(!ids("Amerika\nSerikat pekerja").iter().any(|(s, _)| s.contains('\n')));
    }
}
