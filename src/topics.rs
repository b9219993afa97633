//! Topic scoring: a built-in Indonesian news taxonomy that needs no
//! training, and a complement naive Bayes model trained on the user's
//! labels.

use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap};
use std::hash::BuildHasherDefault;
use std::sync::LazyLock;

use crate::data::STOPWORDS;
use crate::entities::Entities;
use crate::error::Error;
use crate::hash::WordHasher;
use crate::token::TokenKind;
use crate::tokenize::tokenize;
use crate::words::{Lexemes, NO_TERM, TitleLines, Tok, in_mention};

type Map<K, V> = HashMap<K, V, BuildHasherDefault<WordHasher>>;

/// The topic ids of the built-in taxonomy, in a fixed order (ties rank in
/// this order).
pub const TOPICS: [&str; 17] = [
    "politik",
    "ekonomi",
    "bisnis",
    "keuangan",
    "teknologi",
    "keamanan-siber",
    "hukum",
    "olahraga",
    "hiburan",
    "kesehatan",
    "pendidikan",
    "lingkungan",
    "internasional",
    "otomotif",
    "wisata",
    "sains",
    "gaya-hidup",
];

/// One topic's score for a text.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct TopicScore {
    /// The topic id (`teknologi`) or a trained model's label.
    pub label: Cow<'static, str>,
    /// The score, from 0 to 1.
    pub score: f64,
    /// The terms that produced the score, strongest first (at most five).
    pub evidence: Vec<Cow<'static, str>>,
}

/// Longest word looked up, in bytes: the stemmer's bound.
const MAX_WORD: usize = crate::MAX_STEM_LEN;
/// Words a thread's stem cache (for trained models) keeps before it starts
/// again.
const MAX_CACHED_WORDS: usize = 500_000;
const NONE: u32 = u32::MAX;

/// A lexicon term: its text as written in `data/topics.tsv` and its weight
/// for each topic.
#[derive(Debug)]
struct Term {
    text: Box<str>,
    weights: Vec<(u8, f32)>,
}

/// The built-in taxonomy: weighted terms per topic, with stems.
#[derive(Debug)]
struct Taxonomy {
    terms: Vec<Term>,
    /// Stem -> one-word term.
    by_stem: Map<Box<str>, u32>,
    /// Exact lowercase word (`=` entries) -> one-word term; [`NONE`] for
    /// the words of `-` rows, which are no form of their stem's term.
    by_word: Map<Box<str>, u32>,
    /// Stem -> its id as the part of a two-word phrase.
    part: Map<Box<str>, u32>,
    /// Exact word -> part id, for `=` words in phrases.
    part_word: Map<Box<str>, u32>,
    /// (first part << 32 | second part) -> two-word term.
    bigrams: HashMap<u64, u32, BuildHasherDefault<PairHasher>>,
}

const TOPICS_TSV: &str = include_str!("../data/topics.tsv");

static TAXONOMY: LazyLock<Taxonomy> = LazyLock::new(|| {
    Taxonomy::parse(TOPICS_TSV).expect("data/topics.tsv is valid (checked by tests)")
});

impl Taxonomy {
    fn parse(tsv: &str) -> Result<Taxonomy, Error> {
        let mut t = Taxonomy {
            terms: Vec::new(),
            by_stem: Map::default(),
            by_word: Map::default(),
            part: Map::default(),
            part_word: Map::default(),
            bigrams: HashMap::default(),
        };
        let mut by_key: HashMap<Key, u32> = HashMap::new();
        for (n, line) in tsv.lines().enumerate() {
            let line = line.trim_end();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            if let ["-", word] = cols[..] {
                // A word that is no form of its stem's term (`penghargaan`,
                // an award, is not `harga`, a price).
                if word.is_empty() || word.contains(' ') || word.starts_with('=') {
                    return Err(Error::format(n + 1, "a `-` row names one word"));
                }
                t.by_word.entry(word.into()).or_insert(NONE);
                continue;
            }
            let [topic, text, weight] = cols[..] else {
                return Err(Error::format(n + 1, "expected topic, term and weight"));
            };
            let topic = TOPICS
                .iter()
                .position(|&id| id == topic)
                .ok_or_else(|| Error::format(n + 1, format!("unknown topic {topic:?}")))?;
            let weight: f32 = weight
                .parse()
                .ok()
                .filter(|w: &f32| *w > 0.0 && w.is_finite())
                .ok_or_else(|| Error::format(n + 1, format!("bad weight {weight:?}")))?;
            // Words with one stem (`ekonomi`, `perekonomian`) are one term.
            let key = t.key(text, n + 1)?;
            let id = match by_key.get(&key) {
                Some(&id) => id,
                None => {
                    let id = t.terms.len() as u32;
                    t.terms.push(Term {
                        text: text.trim_start_matches('=').into(),
                        weights: Vec::new(),
                    });
                    by_key.insert(key.clone(), id);
                    match key {
                        Key::Stem(s) => t.by_stem.insert(s.into(), id),
                        // A `=` entry replaces a `-` row of the same word.
                        Key::Word(w) => t.by_word.insert(w.into(), id),
                        Key::Pair(a, b) => t.bigrams.insert(pair(a, b), id),
                    };
                    id
                }
            };
            let weights = &mut t.terms[id as usize].weights;
            match weights.iter_mut().find(|(tp, _)| usize::from(*tp) == topic) {
                Some((_, w)) => *w = w.max(weight),
                None => weights.push((topic as u8, weight)),
            }
        }
        if t.terms.len() >= usize::from(NO_TERM)
            || t.part.len() + t.part_word.len() >= usize::from(NO_TERM)
        {
            return Err(Error::format(0, "more than 65,534 terms or phrase parts"));
        }
        Ok(t)
    }

    /// What identifies a term: its stem, its exact form, or its two parts.
    fn key(&mut self, text: &str, line: usize) -> Result<Key, Error> {
        let words: Vec<&str> = text.split_whitespace().collect();
        Ok(match words[..] {
            [w] => match w.strip_prefix('=') {
                Some(exact) => Key::Word(exact.to_string()),
                None => Key::Stem(crate::stem::stem(w).into_owned()),
            },
            [a, b] => Key::Pair(self.part_id(a), self.part_id(b)),
            _ => return Err(Error::format(line, "a term is one word or two")),
        })
    }

    fn part_id(&mut self, w: &str) -> u32 {
        let next = (self.part.len() + self.part_word.len()) as u32;
        match w.strip_prefix('=') {
            Some(exact) => *self.part_word.entry(exact.into()).or_insert(next),
            None => *self.part.entry(crate::stem::stem(w).into()).or_insert(next),
        }
    }

    /// What a lowercase word that is not a stopword is to the taxonomy,
    /// given its stem. An exact entry of the word (`=` or `-`) decides its
    /// one-word term, and an exact phrase part its part; otherwise the
    /// stem does. A word that is an exact phrase part only
    /// (`undang-undang` of `rancangan =undang-undang`) has no one-word term
    /// through its stem either.
    fn lookup_stemmed(&self, word: &str, stem: &str) -> Cached {
        let exact_part = self.part_word.get(word).copied();
        let term = match self.by_word.get(word) {
            Some(&id) => id,
            None if exact_part.is_some() => NONE,
            None => self.by_stem.get(stem).copied().unwrap_or(NONE),
        };
        let part = exact_part.or_else(|| self.part.get(stem).copied()).unwrap_or(NONE);
        // Ids fit in 16 bits: the parser refuses more terms than that.
        let small = |id: u32| u16::try_from(id).unwrap_or(NO);
        Cached { term: small(term), part: small(part) }
    }
}

/// Two part ids as one key.
fn pair(a: u32, b: u32) -> u64 {
    (u64::from(a) << 32) | u64::from(b)
}

/// A hasher for the `u64` pair keys: one multiplication.
#[derive(Default, Clone, Copy)]
struct PairHasher(u64);

impl std::hash::Hasher for PairHasher {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }

    fn write_u64(&mut self, x: u64) {
        self.0 = (x ^ (x >> 31)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
enum Key {
    Stem(String),
    Word(String),
    Pair(u32, u32),
}

#[derive(Clone, Copy, Debug)]
struct Cached {
    term: u16,
    part: u16,
}

/// "No term" and "no part" in [`Cached`].
const NO: u16 = NO_TERM;

thread_local! {
    /// Per distinct word of the document being scored: how often it counts
    /// as its term, and its first token that does; reused from document to
    /// document.
    static PER_WORD: RefCell<Vec<(u32, u32)>> = const { RefCell::new(Vec::new()) };
    /// Lowercase word -> its stem, for trained models.
    static STEMS: RefCell<Map<Box<str>, Box<str>>> = RefCell::new(Map::default());
}

/// Whether the word at `start` is a name: capitalised, and not the first
/// word of a sentence, a line, a quote or a bracket (`Didik` in `By Didik
/// Purwanto`). Looked up only for words that hit the lexicon.
fn is_name(text: &str, start: usize) -> bool {
    if !text[start..].starts_with(char::is_uppercase) {
        return false;
    }
    match text[..start].trim_end_matches([' ', '\t']).chars().next_back() {
        None => false,
        Some(c) => !matches!(
            c,
            '.' | '!' | '?' | ':' | '"' | '“' | '”' | '(' | '-' | '–' | '—' | '\n' | '\r'
        ),
    }
}

/// Calls `f` with each of the word tokens `words`, lowercased; longer
/// words skipped.
fn for_each_word<'a>(words: impl Iterator<Item = &'a str>, mut f: impl FnMut(&str)) {
    let mut buf = [0u8; MAX_WORD];
    for w in words {
        if let Some(lower) = crate::normalize::ascii_lowercase_in(w, &mut buf) {
            f(lower);
        } else if w.len() <= MAX_WORD {
            f(&w.to_lowercase());
        }
    }
}

/// The word tokens of `text`.
fn words_of(text: &str) -> impl Iterator<Item = &str> {
    tokenize(text).filter(|t| t.kind() == TokenKind::Word).map(|t| t.as_str())
}

/// The taxonomy's one-word term and phrase part of the lowercase word
/// `lower` whose stem is `stem` (each [`NO_TERM`] if none): what a
/// [`Lexeme`] keeps for this stage.
pub(crate) fn word_terms(lower: &str, stem: &str, stop: bool) -> (u16, u16) {
    if stop {
        return (NO_TERM, NO_TERM);
    }
    let c = TAXONOMY.lookup_stemmed(lower, stem);
    (c.term, c.part)
}

/// Scores the word tokens `words` (indices into `toks` and `lexemes`, in
/// text order) of `text` against warta's built-in news taxonomy, with
/// entity signals from `entities`: every topic of [`TOPICS`], ranked by
/// score (highest first; ties in [`TOPICS`] order).
///
/// Each topic's weighted terms (`data/topics.tsv`: stems and two-word
/// phrases) are counted with sublinear frequency (1 + ln count) and divided
/// by the square root of the text's content words, so that a long article
/// does not score high on everything; `1 - exp(-x)` maps the result to
/// [0, 1]. A phrase is one term: its words do not also count on their own
/// (`sepeda motor` is not `motor`). A capitalised word inside a sentence is
/// a name and counts only as the lexicon word itself, except on a
/// title-case line (a headline), unless it is an entity's mention there.
/// Deterministic; no training. Foreign countries raise `internasional`, IDX
/// companies `bisnis` and `keuangan`, ministries, parties and state
/// institutions `politik`. The evidence shows each term as the text writes
/// it (its most frequent form there, in lower case), and each entity in the
/// text's own words.
pub(crate) fn score_builtin(
    text: &str,
    toks: &[Tok],
    lexemes: Lexemes<'_>,
    words: impl Iterator<Item = usize>,
    entities: Option<&Entities<'_>>,
) -> Vec<TopicScore> {
    // Per distinct word of the document (the lexemes' indices): how often it
    // counts as its one-word term, and its first token that does (NONE
    // until then); and the words that have counted. No hash map and no
    // string per token.
    PER_WORD.with(|per_word| {
        let mut per_word = per_word.borrow_mut();
        per_word.clear();
        per_word.resize(lexemes.words.len(), (0, NONE));
        score_with(text, toks, lexemes, words, entities, &mut per_word)
    })
}

/// [`score_builtin`] with the scratch `per_word`, one `(0, NONE)` per
/// distinct word of the document.
fn score_with(
    text: &str,
    toks: &[Tok],
    lexemes: Lexemes<'_>,
    words: impl Iterator<Item = usize>,
    entities: Option<&Entities<'_>>,
    per_word: &mut [(u32, u32)],
) -> Vec<TopicScore> {
    let tax = &*TAXONOMY;
    let mentions = entities.map_or(&[][..], |e| &e.mentions[..]);
    let mut title = TitleLines::new(text, toks, lexemes);
    let mut counted_words: Vec<u32> = Vec::new();
    // Each phrase found: (term, its first word, its second word), as tokens.
    let mut phrases: Vec<(u32, u32, u32)> = Vec::new();
    let mut content = 0usize;
    // The previous word's phrase part and token, and whether it counted as
    // a one-word term (which a phrase it starts takes back).
    let (mut prev_part, mut prev_tok, mut prev_counted) = (NO, 0usize, false);
    for i in words {
        let (t, c) = (toks[i], lexemes[i]);
        // Longer words are not looked up: counted as content if ASCII,
        // skipped otherwise.
        if t.kind != TokenKind::Word
            || (t.end - t.start > MAX_WORD && !text[t.start..t.end].is_ascii())
        {
            // A phrase is two words in a row.
            prev_part = NO;
            continue;
        }
        // A stopword has no term and no part; counting without a branch
        // keeps the many stopwords from costing mispredictions.
        content += usize::from(!c.is_stop());
        if prev_part != NO
            && c.part != NO
            && let Some(&term) = tax.bigrams.get(&pair(u32::from(prev_part), u32::from(c.part)))
        {
            if prev_counted {
                per_word[lexemes.ids[prev_tok] as usize].0 -= 1;
            }
            phrases.push((term, prev_tok as u32, i as u32));
            (prev_part, prev_counted) = (NO, false);
            continue;
        }
        // A name counts only as the lexicon word itself (`Bank`,
        // `Olimpiade`), never through its stem (`Didik` is not
        // `pendidikan`); a headline in title case capitalises its common
        // words too, which count unless they are an entity's mention.
        let counted = c.term != NO
            && (!is_name(text, t.start)
                || tax.terms[usize::from(c.term)].text.eq_ignore_ascii_case(&text[t.start..t.end])
                || (title.contains(i) && !in_mention(mentions, t.start)));
        if counted {
            let id = lexemes.ids[i];
            let w = &mut per_word[id as usize];
            if w.1 == NONE {
                w.1 = i as u32;
                counted_words.push(id);
            }
            w.0 += 1;
        }
        (prev_part, prev_tok, prev_counted) = (c.part, i, counted);
    }
    // Each counted word and phrase as (term, count, form's first and last
    // token), grouped by term; a term's form is its most frequent word or
    // phrase in the text (ties: the first met).
    let mut forms: Vec<(u32, u32, u32, u32)> = counted_words
        .iter()
        .map(|&id| (lexemes.words[id as usize].term, per_word[id as usize]))
        // A word that counted only where a phrase took it back has none.
        .filter(|(_, (n, _))| *n > 0)
        .map(|(term, (n, first))| (u32::from(term), n, first, first))
        .collect();
    if !phrases.is_empty() {
        // The same phrase written with the same words is one form.
        let form = |&(term, a, b): &(u32, u32, u32)| {
            (term, lexemes.ids[a as usize], lexemes.ids[b as usize])
        };
        phrases.sort_unstable_by_key(|p| (form(p), p.1));
        for run in phrases.chunk_by(|x, y| form(x) == form(y)) {
            let (term, a, b) = run[0];
            forms.push((term, run.len() as u32, a, b));
        }
    }
    forms.sort_unstable_by_key(|f| (f.0, std::cmp::Reverse(f.1), f.2));
    let mut raw = [0.0f64; TOPICS.len()];
    // Evidence as (contribution, form or entity) until the few shown are chosen.
    let mut evidence: Vec<(u8, f64, Evidence<'_>)> = Vec::new();
    for group in forms.chunk_by(|a, b| a.0 == b.0) {
        let (term, _, first, last) = group[0];
        let count: u32 = group.iter().map(|f| f.1).sum();
        let form = &text[toks[first as usize].start..toks[last as usize].end];
        let term = &tax.terms[term as usize];
        let tf = 1.0 + f64::from(count).ln();
        for &(topic, w) in &term.weights {
            let x = f64::from(w) * tf;
            raw[usize::from(topic)] += x;
            evidence.push((topic, x, Evidence::Form(form, &term.text)));
        }
    }
    if let Some(found) = entities {
        entity_signals(found, &mut raw, &mut evidence);
    }
    evidence.sort_by(|a, b| {
        a.0.cmp(&b.0).then(b.1.total_cmp(&a.1)).then_with(|| a.2.text().cmp(b.2.text()))
    });
    let norm = (content.max(25) as f64).sqrt();
    let mut out: Vec<TopicScore> = TOPICS
        .iter()
        .zip(raw)
        .map(|(label, raw)| TopicScore {
            label: Cow::Borrowed(*label),
            score: round3(1.0 - (-raw / norm).exp()),
            evidence: Vec::new(),
        })
        .collect();
    // Evidence is sorted by topic, then contribution: the first five of each.
    // Words are shown once: a term's `dpr` hides the entity `DPR` (two
    // terms never share a form, nor two entities a mention).
    let mut entity_shown = [false; TOPICS.len()];
    for (topic, _, ev) in evidence {
        let t = usize::from(topic);
        let shown = &mut out[t].evidence;
        let entity = matches!(ev, Evidence::Entity(_));
        if shown.len() < 5
            && !((entity || entity_shown[t]) && shown.iter().any(|s| same_words(s, ev.text())))
        {
            shown.push(ev.shown());
            entity_shown[t] |= entity;
        }
    }
    // Stable: ties keep the TOPICS order.
    out.sort_by(|a, b| b.score.total_cmp(&a.score));
    out
}

/// Whether `a` and `b` are the same words, letter case and spacing
/// ignored; ASCII (nearly all evidence) without a copy.
fn same_words(a: &str, b: &str) -> bool {
    if a.len() == b.len() && a.eq_ignore_ascii_case(b) {
        return true;
    }
    if a.is_ascii() && b.is_ascii() {
        let (mut x, mut y) = (a.split_ascii_whitespace(), b.split_ascii_whitespace());
        loop {
            match (x.next(), y.next()) {
                (None, None) => return true,
                (Some(p), Some(q)) if p.eq_ignore_ascii_case(q) => {}
                _ => return false,
            }
        }
    }
    let lower = |s: &str| {
        s.split_whitespace()
            .flat_map(|w| w.chars().flat_map(char::to_lowercase).chain([' ']))
            .collect::<String>()
    };
    lower(a) == lower(b)
}

/// A piece of topic evidence: a term's form in the text (a word, or the two
/// words of a phrase), or an entity as the text names it (copied only if it
/// is among the five shown).
enum Evidence<'a> {
    /// The form, and the taxonomy's text of its term.
    Form(&'a str, &'static str),
    Entity(&'a str),
}

impl Evidence<'_> {
    fn text(&self) -> &str {
        match self {
            Evidence::Form(t, _) | Evidence::Entity(t) => t,
        }
    }

    /// As shown: a form in lower case with single spaces (a phrase may be
    /// split over a line break; a form written as the taxonomy writes it,
    /// letter case aside, is not copied), an entity as written.
    fn shown(&self) -> Cow<'static, str> {
        match self {
            Evidence::Form(form, term)
                if form.len() == term.len() && form.eq_ignore_ascii_case(term) =>
            {
                Cow::Borrowed(term)
            }
            // One word or single spaces, in ASCII: one copy.
            Evidence::Form(form, _) if form.is_ascii() && single_spaced(form) => {
                Cow::Owned(form.to_ascii_lowercase())
            }
            Evidence::Form(form, _) => {
                let mut s = String::with_capacity(form.len());
                for (k, w) in form.split_whitespace().enumerate() {
                    if k > 0 {
                        s.push(' ');
                    }
                    s.push_str(&w.to_lowercase());
                }
                Cow::Owned(s)
            }
            Evidence::Entity(name) if single_spaced(name) => Cow::Owned(name.to_string()),
            Evidence::Entity(name) => {
                Cow::Owned(name.split_whitespace().collect::<Vec<_>>().join(" "))
            }
        }
    }
}

/// Whether the words of `s` are apart by single spaces only.
fn single_spaced(s: &str) -> bool {
    !s.bytes().any(|b| matches!(b, b'\n' | b'\r' | b'\t')) && !s.contains("  ")
}

fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

/// Entity kinds as topic evidence. Mentions are summed per topic and
/// counted sublinearly, so twelve countries weigh like one article's worth
/// of foreign news, not twelve.
fn entity_signals<'a>(
    found: &'a Entities<'_>,
    raw: &mut [f64],
    evidence: &mut Vec<(u8, f64, Evidence<'a>)>,
) {
    let topic = |id: &str| TOPICS.iter().position(|&t| t == id).unwrap_or(0);
    let mut mentions = [0usize; TOPICS.len()];
    let mut weight = [0.0f64; TOPICS.len()];
    // The share of place mentions that are abroad: an Indonesian article
    // about foreign countries is international news.
    let (mut abroad, mut places, mut countries) = (0usize, 0usize, 0usize);
    for e in &found.linked {
        if e.entity.class == crate::entities::EntityClass::Loc {
            places += e.count;
            if e.entity.attr("country").is_some_and(|c| c != "ID")
                || (matches!(e.entity.kind.as_str(), "country" | "territory")
                    && e.entity.id != "country:ID")
            {
                abroad += e.count;
                countries += usize::from(matches!(e.entity.kind.as_str(), "country" | "territory"));
            }
        }
    }
    // It takes several foreign countries to make the story international:
    // one is a travel tip or a match abroad.
    let spread = (countries.saturating_sub(1) as f64 / 4.0).min(1.0);
    let foreign_weight = 0.5 + 2.5 * spread * abroad as f64 / places.max(1) as f64;
    for e in &found.linked {
        let kind = e.entity.kind.as_str();
        let foreign = matches!(kind, "country" | "territory") && e.entity.id != "country:ID";
        let signals: &[(&str, f64)] = match kind {
            _ if foreign => &[("internasional", foreign_weight)],
            "company" if e.entity.id.starts_with("idx:") => &[("bisnis", 1.0), ("keuangan", 0.7)],
            "company" | "brand" => &[("bisnis", 0.5)],
            "ministry" | "party" => &[("politik", 1.0)],
            "institution" => &[("politik", 0.5)],
            "club" => &[("olahraga", 1.0)],
            "university" => &[("pendidikan", 0.7)],
            _ => &[],
        };
        for &(t, w) in signals {
            let t = topic(t);
            mentions[t] += e.count;
            weight[t] = weight[t].max(w);
            let name = text_form(found, e);
            evidence.push((t as u8, w * (1.0 + (e.count as f64).ln()), Evidence::Entity(name)));
        }
    }
    for t in 0..TOPICS.len() {
        if mentions[t] > 0 {
            raw[t] += weight[t] * (1.0 + (mentions[t] as f64).ln());
        }
    }
}

/// The text's own name for the entity `e` of `found`: its most frequent
/// mention (letter case ignored; ties: the first), `Korea Selatan` rather
/// than the gazetteer's `South Korea`.
fn text_form<'a>(found: &'a Entities<'_>, e: &'a crate::entities::Found) -> &'a str {
    // (form, count) of each distinct mention: an entity has few.
    let mut forms: Vec<(&str, usize)> = Vec::new();
    for &m in &e.mentions {
        let Some(mention) = found.mentions.get(m) else { continue };
        match forms.iter_mut().find(|(f, _)| f.eq_ignore_ascii_case(mention.text)) {
            Some((_, n)) => *n += 1,
            None => forms.push((mention.text, 1)),
        }
    }
    let best = forms.iter().enumerate().max_by_key(|&(k, &(_, n))| (n, std::cmp::Reverse(k)));
    best.map_or(&e.entity.name, |(_, &(f, _))| f)
}

/// A topic model trained on the user's own labelled texts: complement
/// naive Bayes (Rennie et al. 2003) over stems and words with sublinear
/// term frequency, which measured best on SIB-200 Indonesian among
/// multinomial and complement naive Bayes, logistic regression and a linear
/// SVM, with and without bigrams (see README).
///
/// ```
/// let model = warta::TopicModel::train([
///     ("Timnas menang dalam laga final", "olahraga"),
///     ("Pemain dan pelatih merayakan gol", "olahraga"),
///     ("Harga saham naik di bursa", "keuangan"),
///     ("Bank menaikkan suku bunga kredit", "keuangan"),
/// ]).unwrap();
/// assert_eq!(model.score("Gol di menit akhir memenangkan laga")[0].label, "olahraga");
/// ```
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct TopicModel {
    /// Always `warta-topic-model`.
    format: String,
    /// Format version, 1.
    version: u32,
    /// Additive smoothing.
    alpha: f64,
    /// The labels, in the order of the weight vectors.
    labels: Vec<String>,
    /// Feature (`s:` stem or `w:` word) -> weight per label.
    features: BTreeMap<String, Vec<f32>>,
}

const MODEL_FORMAT: &str = "warta-topic-model";
/// Smoothing measured best on SIB-200 (0.1 to 1.0 tried).
const ALPHA: f64 = 0.5;

/// The features of a text: stems and words of its content words, each with
/// 1 + ln(count).
fn features<'a>(words: impl Iterator<Item = &'a str>) -> BTreeMap<String, f64> {
    let mut counts: BTreeMap<String, u32> = BTreeMap::new();
    STEMS.with(|cache| {
        let mut cache = cache.borrow_mut();
        if cache.len() > MAX_CACHED_WORDS {
            cache.clear();
        }
        for_each_word(words, |w| {
            if STOPWORDS.contains(w) {
                return;
            }
            let stem = match cache.get(w) {
                Some(s) => s.clone(),
                None => {
                    let s: Box<str> = crate::stem::stem(w).into();
                    cache.insert(w.into(), s.clone());
                    s
                }
            };
            *counts.entry(format!("s:{stem}")).or_insert(0) += 1;
            *counts.entry(format!("w:{w}")).or_insert(0) += 1;
        });
    });
    counts.into_iter().map(|(f, n)| (f, 1.0 + f64::from(n).ln())).collect()
}

impl TopicModel {
    /// Trains a model on (text, label) pairs.
    ///
    /// # Errors
    ///
    /// An [`Error`] when there are fewer than two labels or a label is
    /// empty; its line is the 1-based number of the offending pair.
    pub fn train<I, T, L>(examples: I) -> Result<TopicModel, Error>
    where
        I: IntoIterator<Item = (T, L)>,
        T: AsRef<str>,
        L: AsRef<str>,
    {
        let mut labels: Vec<String> = Vec::new();
        let mut counts: BTreeMap<String, Vec<f64>> = BTreeMap::new();
        let mut n = 0;
        let mut docs: Vec<(usize, BTreeMap<String, f64>)> = Vec::new();
        for (text, label) in examples {
            n += 1;
            let label = label.as_ref().trim();
            if label.is_empty() {
                return Err(Error::format(n, "empty label"));
            }
            let c = match labels.iter().position(|l| l == label) {
                Some(c) => c,
                None => {
                    labels.push(label.to_string());
                    labels.len() - 1
                }
            };
            docs.push((c, features(words_of(text.as_ref()))));
        }
        if labels.len() < 2 {
            return Err(Error::format(
                n,
                format!("need at least two labels, found {}", labels.len()),
            ));
        }
        let k = labels.len();
        for (c, feats) in docs {
            for (f, x) in feats {
                counts.entry(f).or_insert_with(|| vec![0.0; k])[c] += x;
            }
        }
        // Complement counts: what every other class has of each feature.
        let total_per_feature: Vec<f64> = counts.values().map(|v| v.iter().sum()).collect();
        let vocab = counts.len() as f64;
        let mut comp_total = vec![0.0; k];
        for (v, all) in counts.values().zip(&total_per_feature) {
            for c in 0..k {
                comp_total[c] += all - v[c];
            }
        }
        let features = counts
            .into_iter()
            .zip(&total_per_feature)
            .map(|((f, v), all)| {
                let w = (0..k)
                    .map(|c| {
                        let theta = (all - v[c] + ALPHA) / (comp_total[c] + ALPHA * vocab);
                        (-theta.ln()) as f32
                    })
                    .collect();
                (f, w)
            })
            .collect();
        Ok(TopicModel {
            format: MODEL_FORMAT.to_string(),
            version: 1,
            alpha: ALPHA,
            labels,
            features,
        })
    }

    /// The labels the model knows.
    pub fn labels(&self) -> &[String] {
        &self.labels
    }

    /// Scores `text`: every label, ranked, with a score in [0, 1] (the
    /// labels' scores sum to 1) and the features that weighed most.
    pub fn score(&self, text: &str) -> Vec<TopicScore> {
        self.score_words(words_of(text))
    }

    /// [`TopicModel::score`] on the word tokens `words`.
    pub(crate) fn score_words<'a>(&self, words: impl Iterator<Item = &'a str>) -> Vec<TopicScore> {
        let k = self.labels.len();
        let mut jll = vec![0.0f64; k];
        let mut contrib: Vec<Vec<(f64, String)>> = vec![Vec::new(); k];
        for (f, x) in features(words) {
            let Some(w) = self.features.get(&f) else { continue };
            let mean = w.iter().map(|&v| f64::from(v)).sum::<f64>() / k as f64;
            for c in 0..k {
                let v = x * f64::from(w[c]);
                jll[c] += v;
                // Evidence: features that favour this label over the others.
                let lift = x * (f64::from(w[c]) - mean);
                if lift > 0.0 {
                    contrib[c].push((lift, f[2..].to_string()));
                }
            }
        }
        let max = jll.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        let exp: Vec<f64> = jll.iter().map(|&j| (j - max).exp()).collect();
        let sum: f64 = exp.iter().sum();
        let mut out: Vec<TopicScore> = self
            .labels
            .iter()
            .zip(exp)
            .zip(contrib)
            .map(|((label, e), mut ev)| {
                ev.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
                ev.dedup_by(|a, b| a.1 == b.1);
                TopicScore {
                    label: Cow::Owned(label.clone()),
                    score: round3(if sum > 0.0 { e / sum } else { 0.0 }),
                    evidence: ev.into_iter().take(5).map(|(_, t)| Cow::Owned(t)).collect(),
                }
            })
            .collect();
        out.sort_by(|a, b| b.score.total_cmp(&a.score));
        out
    }

    /// The model as JSON.
    #[cfg(feature = "serde")]
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("a topic model always serialises")
    }

    /// A model from the JSON of [`TopicModel::to_json`].
    ///
    /// # Errors
    ///
    /// An [`Error`] with the line of the problem when the JSON is malformed,
    /// is not a warta topic model, or is inconsistent.
    #[cfg(feature = "serde")]
    pub fn from_json(json: &str) -> Result<TopicModel, Error> {
        let model: TopicModel = serde_json::from_str(json)
            .map_err(|e| Error::format(e.line(), format!("not a topic model: {e}")))?;
        if model.format != MODEL_FORMAT || model.version != 1 {
            return Err(Error::format(
                1,
                format!(
                    "format {:?} version {} is not {MODEL_FORMAT:?} version 1",
                    model.format, model.version
                ),
            ));
        }
        if model.labels.len() < 2 {
            return Err(Error::format(1, "a topic model needs at least two labels"));
        }
        if let Some((f, w)) = model.features.iter().find(|(_, w)| w.len() != model.labels.len()) {
            return Err(Error::format(
                1,
                format!("feature {f:?} has {} weights for {} labels", w.len(), model.labels.len()),
            ));
        }
        if model.features.values().flatten().any(|w| !w.is_finite()) {
            return Err(Error::format(1, "a weight is not a finite number"));
        }
        Ok(model)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::topics;

    #[test]
    fn builtin_lexicon_parses() {
        let t = Taxonomy::parse(TOPICS_TSV).unwrap();
        assert!(t.terms.len() > 600, "{}", t.terms.len());
        for (topic, name) in TOPICS.iter().enumerate() {
            let n = t
                .terms
                .iter()
                .filter(|term| term.weights.iter().any(|(tp, _)| usize::from(*tp) == topic))
                .count();
            assert!(n >= 20, "{name} has only {n} terms");
        }
        assert!(Taxonomy::parse("nope\tx\t1\n").is_err());
        assert_eq!(Taxonomy::parse("politik\tpartai\tx\n").unwrap_err().line(), 1);
    }

    #[test]
    fn scores_are_ranked_bounded_and_deterministic() {
        let text = "Bank sentral menahan suku bunga, sementara saham perbankan di bursa naik.";
        let a = topics(text);
        assert_eq!(a, topics(text));
        assert_eq!(a.len(), TOPICS.len());
        assert_eq!(a[0].label, "keuangan");
        assert!(a.windows(2).all(|w| w[0].score >= w[1].score));
        assert!(a.iter().all(|t| (0.0..=1.0).contains(&t.score)));
        assert!(topics("").iter().all(|t| t.score == 0.0));
    }

    #[test]
    fn long_texts_do_not_score_high_on_everything() {
        let one = "Timnas menang dalam laga final. ";
        let filler = "Warga berkumpul di alun-alun kota pada sore hari itu. ".repeat(60);
        let short = topics(one);
        let long = topics(&format!("{one}{filler}"));
        let olahraga = |v: &[TopicScore]| v.iter().find(|t| t.label == "olahraga").unwrap().score;
        assert!(olahraga(&long) < olahraga(&short));
    }

    #[test]
    fn exact_forms_do_not_match_their_stem() {
        // `dapat` (can) is not `pendapatan` (income).
        let t = topics("Mereka dapat datang besok dan dapat pulang lusa.");
        assert!(t.iter().find(|t| t.label == "bisnis").unwrap().score == 0.0);
    }

    fn topic<'a>(scores: &'a [TopicScore], label: &str) -> &'a TopicScore {
        scores.iter().find(|t| t.label == label).unwrap()
    }

    /// Scored as plain text (no anatomy), as `warta topics --lines` does.
    fn plain(text: &str) -> Vec<TopicScore> {
        crate::Analyzer::new().whole_text(true).analyze_layers(text, crate::Layers::TOPICS).topics
    }

    #[test]
    fn title_case_headline_words_count() {
        // Every word capitalised: they are not names for that.
        for t in [
            topics("Polisi Tangkap Dua Pelaku Pencurian Motor di Bekasi"),
            plain("Polisi Tangkap Dua Pelaku Pencurian Motor di Bekasi"),
            plain("POLISI TANGKAP DUA PELAKU PENCURIAN MOTOR DI BEKASI"),
        ] {
            assert_eq!(t[0].label, "hukum", "{t:?}");
            assert!(t[0].score > 2.0 * topic(&t, "otomotif").score, "{t:?}");
            for w in ["pencurian", "pelaku", "tangkap", "polisi"] {
                assert!(t[0].evidence.iter().any(|e| e == w), "{w}: {t:?}");
            }
        }
        // An entity's mention in a headline is still a name: `Kepulauan
        // Riau` is a province, not `pulau` (wisata).
        let t = plain("Gubernur Kepulauan Riau Resmikan Pelabuhan Baru di Batam");
        assert_eq!(topic(&t, "wisata").score, 0.0, "{t:?}");
        // A sentence is no headline: its capitalised words inside stay
        // names (`Didik` is not `pendidikan`).
        let t = plain("Kemarin Didik Purwanto datang ke Jakarta dan bertemu Budi.");
        assert_eq!(topic(&t, "pendidikan").score, 0.0, "{t:?}");
        // Nor is a line of lower-case words.
        let t = plain("Kemarin Didik Purwanto datang ke Jakarta untuk bertemu warga");
        assert_eq!(topic(&t, "pendidikan").score, 0.0, "{t:?}");
    }

    #[test]
    fn crime_outweighs_the_vehicle_and_cycling_is_not_sport() {
        let theft = "Polisi menangkap dua pelaku pencurian sepeda motor di Bekasi. \
                     Pelaku mencuri motor milik warga yang diparkir di depan rumah. \
                     Motor curian itu dijual ke luar kota.";
        let t = plain(theft);
        assert_eq!(t[0].label, "hukum", "{t:?}");
        assert!(t[0].score > topic(&t, "otomotif").score + 0.2, "{t:?}");
        assert_eq!(topic(&t, "olahraga").score, 0.0, "{t:?}");
        let t = plain(
            "Warga Jakarta makin banyak bersepeda ke kantor. Mereka bersepeda tiap pagi \
             untuk menghindari kemacetan, dan pemerintah menambah jalur sepeda.",
        );
        assert_eq!(topic(&t, "olahraga").score, 0.0, "{t:?}");
        // A race still is sport.
        let t = plain("Pembalap muda itu menjuarai balap sepeda di Bali.");
        assert_eq!(t[0].label, "olahraga", "{t:?}");
    }

    #[test]
    fn a_phrase_is_one_term() {
        // `sepeda motor` is a motorbike: its `motor` does not count again,
        // and its `sepeda` is not cycling.
        let t = plain("Sepeda motor itu mogok di jalan.");
        let oto = topic(&t, "otomotif");
        assert_eq!(oto.evidence, ["sepeda motor"], "{t:?}");
        assert_eq!(oto.score, plain("Mobil itu mogok di jalan.")[0].score, "{t:?}");
        // Two words with a full stop between them are no phrase.
        let t = plain("Ia membeli sepeda. Motor dijual kemarin.");
        assert!(!topic(&t, "otomotif").evidence.iter().any(|e| e == "sepeda motor"), "{t:?}");
    }

    #[test]
    fn false_derivations_give_no_evidence() {
        // `perdana` is not per- + `dana`.
        let t = plain(
            "Perdana Menteri Inggris bertemu Presiden Prancis. Perdana Menteri memuji kerja sama.",
        );
        for label in ["keuangan", "ekonomi"] {
            assert_eq!(topic(&t, label).score, 0.0, "{label}: {t:?}");
        }
        assert!(topic(&t, "politik").evidence.iter().any(|e| e == "perdana menteri"), "{t:?}");
        // `penghargaan` (an award) is not `harga` (a price), `dibandingkan`
        // (compared) not `banding` (an appeal), `pembatasan` (limits) not
        // `perbatasan` (a border), `berusaha` (to try) not a business.
        let t = plain(
            "Ia menerima penghargaan itu dan berusaha keras, dibandingkan tahun lalu ada pembatasan.",
        );
        for label in ["ekonomi", "hukum", "internasional", "bisnis"] {
            assert_eq!(topic(&t, label).score, 0.0, "{label}: {t:?}");
        }
    }

    #[test]
    fn evidence_is_the_texts_own_form() {
        let text = "Para pedagang di pasar mengeluh. Pedagang cabai menyebut pesanan turun. \
                    Seorang pedagang menerima pesanan lewat aplikasi. DPR membahas rancangan undang-undang.";
        let t = plain(text);
        let lower = text.to_lowercase();
        for ev in t.iter().flat_map(|t| &t.evidence) {
            assert!(lower.contains(ev.as_ref()), "{ev:?} is not in the text: {t:?}");
        }
        // The most frequent form, not the taxonomy's (`perdagangan`,
        // `pemesanan`), and never an exact-form marker.
        assert!(topic(&t, "bisnis").evidence.iter().any(|e| e == "pedagang"), "{t:?}");
        assert!(
            topic(&t, "politik").evidence.iter().any(|e| e == "rancangan undang-undang"),
            "{t:?}"
        );
        assert!(t.iter().flat_map(|t| &t.evidence).all(|e| !e.contains('=')), "{t:?}");
        // A word the text writes in several forms shows the commonest.
        let t = plain("Polisi menangkap pelaku. Pelaku ditangkap di rumah. Ia ditangkap lagi.");
        assert!(topic(&t, "hukum").evidence.iter().any(|e| e == "ditangkap"), "{t:?}");
    }

    #[test]
    fn entity_evidence_is_named_as_the_text_names_it() {
        let t = topics(
            "Menteri Luar Negeri bertemu mitranya dari Korea Selatan, Jepang, Hong Kong dan \
             Tiongkok. Korea Selatan dan Jepang membahas perdagangan.",
        );
        let ev = &topic(&t, "internasional").evidence;
        assert!(
            ev.iter().any(|e| e == "Korea Selatan") && ev.iter().any(|e| e == "Hong Kong"),
            "{ev:?}"
        );
        for english in ["South Korea", "Japan", "Hong Kong SAR China", "China"] {
            assert!(!ev.iter().any(|e| e == english), "{english}: {ev:?}");
        }
    }

    #[test]
    fn guard_rows_parse() {
        let t = Taxonomy::parse("ekonomi\tharga\t1\n-\tpenghargaan\n").unwrap();
        let term = |w: &str| t.lookup_stemmed(w, &crate::stem::stem(w)).term;
        assert_ne!(term("harga"), NO);
        assert_ne!(term("harganya"), NO);
        assert_eq!(term("penghargaan"), NO);
        // An exact entry of the word wins over its guard, whatever the order.
        let t = Taxonomy::parse("-\tperdana\npolitik\t=perdana\t1\n").unwrap();
        assert_ne!(t.lookup_stemmed("perdana", "dana").term, NO);
        assert_eq!(Taxonomy::parse("ekonomi\tharga\t1\n-\t=harga\n").unwrap_err().line(), 2);
        assert_eq!(Taxonomy::parse("-\tdua kata\n").unwrap_err().line(), 1);
    }

    #[test]
    fn model_trains_scores_and_rejects_bad_input() {
        let m = TopicModel::train([("gol laga final", "a"), ("saham bursa bank", "b")]).unwrap();
        assert_eq!(m.labels(), ["a", "b"]);
        let s = m.score("laga gol");
        assert_eq!(s[0].label, "a");
        assert!((s.iter().map(|t| t.score).sum::<f64>() - 1.0).abs() < 0.01);
        assert!(TopicModel::train([("x", "a")]).is_err());
        assert_eq!(TopicModel::train([("x", "a"), ("y", " ")]).unwrap_err().line(), 2);
    }

    #[cfg(feature = "serde")]
    #[test]
    fn model_json_round_trip_and_errors() {
        let m = TopicModel::train([("gol laga final", "a"), ("saham bursa bank", "b")]).unwrap();
        assert_eq!(TopicModel::from_json(&m.to_json()).unwrap(), m);
        let e = TopicModel::from_json("{\n\"format\": 3\n}").unwrap_err();
        assert_eq!(e.line(), 2);
        let bad = m.to_json().replace("warta-topic-model", "other");
        assert!(TopicModel::from_json(&bad).unwrap_err().to_string().contains("format"));
    }
}
