//! One call from a scraped article to structured data.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::sync::Arc;

use crate::anatomy::{PartKind, anatomy};
use crate::entities::{Entity, EntityClass, Gazetteer, Source};
use crate::language::{Detection, Evidence, LanguageShare, decide, languages_of, reconcile};
use crate::span::Span;
use crate::token::TokenKind;
use crate::tokenize::tokenize;
use crate::topics::{TopicModel, TopicScore, score_builtin_with};

type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<crate::stem::WordHasher>>;

/// Version of the [`Analysis`] JSON layout. It changes only when a field
/// is renamed, removed or changes meaning.
pub const ANALYSIS_VERSION: u32 = 1;

/// A span in the analysed text: byte offsets, and character offsets when the
/// [`Analyzer`] was asked for them ([`Analyzer::char_offsets`]).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Offsets {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// First character (Unicode scalar value), if asked for.
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub char_start: Option<usize>,
    /// One past the last character, if asked for.
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub char_end: Option<usize>,
}

impl Offsets {
    /// The byte span.
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

/// A language as the analysis reports it.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct LanguageInfo {
    /// ISO 639-1 code where one exists (`id`, `ms`, `jv`, `su`, `en`), else
    /// ISO 639-3.
    pub lang: &'static str,
    /// English name.
    pub name: &'static str,
    /// Confidence from 0 to 1.
    pub confidence: f64,
    /// Whether the answer can be trusted.
    pub reliable: bool,
}

impl From<Detection> for LanguageInfo {
    fn from(d: Detection) -> LanguageInfo {
        LanguageInfo {
            lang: d.language.code(),
            name: d.language.name(),
            confidence: (d.confidence * 1000.0).round() / 1000.0,
            reliable: d.reliable,
        }
    }
}

/// A language's share of the text.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct LanguageMix {
    /// The language code.
    pub lang: &'static str,
    /// Its share of the sentences' bytes, from 0 to 1.
    pub share: f64,
}

/// One sentence of the article.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct SentenceInfo {
    /// Where it is.
    #[cfg_attr(feature = "serde", serde(flatten))]
    pub offsets: Offsets,
    /// Its language, if one could be named.
    pub language: Option<LanguageInfo>,
    /// Whether it is article text: inside the body and not boilerplate.
    pub in_body: bool,
}

/// A part of the article's anatomy.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct PartInfo {
    /// What it is.
    pub kind: PartKind,
    /// Where it is.
    #[cfg_attr(feature = "serde", serde(flatten))]
    pub offsets: Offsets,
    /// Its text.
    pub text: String,
    /// The name it carries (a byline's author, a source, a dateline's place
    /// and outlet).
    pub value: Option<String>,
    /// The entity it names, for a source or a dateline (`outlet:reuters`).
    pub entity: Option<String>,
}

/// One mention of an entity.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct MentionInfo {
    /// Where it is.
    #[cfg_attr(feature = "serde", serde(flatten))]
    pub offsets: Offsets,
    /// Its text.
    pub text: String,
    /// Its class in context.
    pub class: EntityClass,
}

/// An entity of the article with its mentions.
#[derive(Clone, Debug, PartialEq)]
pub struct EntityInfo {
    /// The entity (id, name, kind, class, attributes), shared with the
    /// gazetteer.
    pub entity: Arc<Entity>,
    /// Gazetteer or pattern.
    pub source: Source,
    /// Number of mentions.
    pub count: usize,
    /// Salience from 0 to 1.
    pub salience: f64,
    /// The mentions, in text order.
    pub mentions: Vec<MentionInfo>,
}

/// The JSON of an entity: `id`, `name`, `kind`, `class`, `attrs` (an object,
/// in the gazetteer's order), `source`, `count`, `salience`, `mentions`.
#[cfg(feature = "serde")]
impl serde::Serialize for EntityInfo {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::{SerializeMap, SerializeStruct};
        struct Attrs<'a>(&'a [(String, String)]);
        impl serde::Serialize for Attrs<'_> {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                let mut m = s.serialize_map(Some(self.0.len()))?;
                for (k, v) in self.0 {
                    m.serialize_entry(k, v)?;
                }
                m.end()
            }
        }
        let e = &self.entity;
        let mut st = s.serialize_struct("EntityInfo", 9)?;
        st.serialize_field("id", &e.id)?;
        st.serialize_field("name", &e.name)?;
        st.serialize_field("kind", &e.kind)?;
        st.serialize_field("class", &e.class)?;
        st.serialize_field("attrs", &Attrs(&e.attrs))?;
        st.serialize_field("source", &self.source)?;
        st.serialize_field("count", &self.count)?;
        st.serialize_field("salience", &self.salience)?;
        st.serialize_field("mentions", &self.mentions)?;
        st.end()
    }
}

/// A salient term of the article.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Keyword {
    /// The stem (`selidik`).
    pub stem: String,
    /// Its most frequent form in the text (`penyelidikan`).
    pub term: String,
    /// How often the stem occurs in the article.
    pub count: usize,
    /// Salience: frequency in the article against frequency in news at
    /// large (the root lexicon's counts), from 0 to 1.
    pub score: f64,
}

/// Counts of the text.
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Stats {
    /// Bytes of the text.
    pub bytes: usize,
    /// Characters of the text.
    pub chars: usize,
    /// Word tokens of the body.
    pub words: usize,
    /// Sentences of the text.
    pub sentences: usize,
}

/// Everything warta reads from one article. Serialises (feature `serde`)
/// to the JSON that `warta analyze` prints; see the README for the layout.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Analysis {
    /// [`ANALYSIS_VERSION`].
    pub version: u32,
    /// The language of the body.
    pub language: Option<LanguageInfo>,
    /// Languages by share of the text, largest first.
    pub languages: Vec<LanguageMix>,
    /// The article body: its first paragraph (dateline included) to its
    /// last, before credits and boilerplate.
    pub body: Offsets,
    /// The anatomy: slug, title, dateline, bylines, sources, boilerplate.
    pub anatomy: Vec<PartInfo>,
    /// Every sentence, with its language.
    pub sentences: Vec<SentenceInfo>,
    /// Entities of the article text (title and body, boilerplate left out),
    /// most salient first.
    pub entities: Vec<EntityInfo>,
    /// Topics, ranked.
    pub topics: Vec<TopicScore>,
    /// Salient stems of the article text, best first.
    pub keywords: Vec<Keyword>,
    /// Counts.
    pub stats: Stats,
}

#[derive(Clone, Debug)]
enum GazetteerRef {
    Builtin,
    Owned(Arc<Gazetteer>),
}

/// Turns articles into [`Analysis`]. Build once and share: it is `Send +
/// Sync` and cheap to clone (the gazetteer and model are reference
/// counted); the built-in data loads once per process.
///
/// # Example
///
/// ```
/// let analyzer = warta::Analyzer::new();
/// let text = "ekonomi\n\nJAKARTA, KOMPAS.com - Bank Indonesia menahan suku bunga acuan di 6 persen.\n\nBaca juga: Rupiah menguat\n\nSumber: Antara";
/// let a = analyzer.analyze(text);
/// assert_eq!(a.language.as_ref().unwrap().lang, "id");
/// assert!(text[a.body.start..a.body.end].starts_with("JAKARTA"));
/// assert!(a.entities.iter().any(|e| e.entity.id == "inst:bi"));
/// assert_eq!(a.topics[0].label, "keuangan");
/// ```
#[derive(Clone, Debug)]
pub struct Analyzer {
    gazetteer: GazetteerRef,
    model: Option<Arc<TopicModel>>,
    char_offsets: bool,
    keywords: usize,
}

impl Default for Analyzer {
    fn default() -> Self {
        Analyzer::new()
    }
}

impl Analyzer {
    /// An analyzer with the built-in gazetteer and topic taxonomy.
    pub fn new() -> Analyzer {
        Analyzer {
            gazetteer: GazetteerRef::Builtin,
            model: None,
            char_offsets: false,
            keywords: 10,
        }
    }

    /// Uses `gazetteer` (for example [`Gazetteer::with_user_tsv`]) for entities.
    pub fn with_gazetteer(mut self, gazetteer: Gazetteer) -> Analyzer {
        self.gazetteer = GazetteerRef::Owned(Arc::new(gazetteer));
        self
    }

    /// Scores topics with a trained model instead of the built-in taxonomy.
    pub fn with_topic_model(mut self, model: TopicModel) -> Analyzer {
        self.model = Some(Arc::new(model));
        self
    }

    /// Also reports character offsets (`char_start`, `char_end`) for users
    /// in languages that index strings by character.
    pub fn char_offsets(mut self, yes: bool) -> Analyzer {
        self.char_offsets = yes;
        self
    }

    /// How many keywords to report (10 by default).
    pub fn keywords(mut self, n: usize) -> Analyzer {
        self.keywords = n;
        self
    }

    fn gazetteer(&self) -> &Gazetteer {
        match &self.gazetteer {
            GazetteerRef::Builtin => Gazetteer::builtin(),
            GazetteerRef::Owned(g) => g,
        }
    }

    /// Analyses one article. Never fails; any `&str` is accepted.
    pub fn analyze(&self, text: &str) -> Analysis {
        let anat = anatomy(text);
        // The article text for entities, topics and keywords: boilerplate
        // blanked out byte for byte, so that offsets stay those of `text`.
        let mut boiler: Vec<Span> =
            anat.parts.iter().filter(|p| p.kind.is_boilerplate()).map(|p| p.span).collect();
        boiler.sort_unstable_by_key(|b| b.start);
        boiler.dedup_by(|b, a| {
            // Merge overlapping parts, so that the spans do not overlap.
            let overlaps = b.start < a.end;
            if overlaps {
                a.end = a.end.max(b.end);
            }
            overlaps
        });
        let article = blank(text, &boiler);
        let found = self.gazetteer().extract(&article);
        let spans: Vec<Span> = crate::sentence::sentences(text).map(|s| s.span()).collect();
        let (topics, evidence, (keywords, words)) = match &self.model {
            // One pass over the article's words feeds the topics, each
            // sentence's language evidence and the keywords.
            None => KEYWORDS.with(|cache| {
                let mut cache = cache.borrow_mut();
                let cache = &mut *cache;
                let mut evidence: Vec<Evidence> =
                    spans.iter().map(|s| Evidence::scripts_of(&text[s.range()])).collect();
                let mut counter = KeywordCounter::new(anat.body);
                let mut k = 0;
                let bytes = article.as_bytes();
                let topics = score_builtin_with(&article, Some(&found), |start, end, hash| {
                    counter.add(cache, &article, start, end, hash);
                    while k < spans.len() && spans[k].end <= start {
                        k += 1;
                    }
                    if let Some(h) = hash
                        && k < spans.len()
                        && spans[k].start <= start
                    {
                        evidence[k].add_word(bytes, start, end, h);
                    }
                });
                // Boilerplate was blanked: its sentences (a bio) are read
                // from the text itself.
                for (ev, span) in evidence.iter_mut().zip(&spans) {
                    if inside_any(&boiler, *span) {
                        *ev = crate::language::evidence(&text[span.range()]);
                    }
                }
                (topics, evidence, counter.finish(cache, self.keywords))
            }),
            Some(m) => (
                m.score(&article),
                spans.iter().map(|s| crate::language::evidence(&text[s.range()])).collect(),
                keywords(&article, anat.body, self.keywords),
            ),
        };

        let offsets = CharOffsets::new(text, self.char_offsets);
        let at = |span: Span| offsets.of(span);

        // Sentences' languages, and the body's from the same evidence.
        let (doc_sentences, mix) = languages_of(text, &spans, &evidence);
        let mut body_evidence = Evidence::default();
        for (ev, span) in evidence.iter().zip(&spans) {
            if anat.body.contains(*span) {
                body_evidence += *ev;
            }
        }
        // Freed before the sentence records are built: a text of many short
        // lines has millions of sentences.
        drop((evidence, spans));
        let body_mix = body_mix(&doc_sentences, anat.body);
        let language = reconcile(decide(&body_evidence, &article[anat.body.range()]), &body_mix)
            .map(LanguageInfo::from);
        let sentences: Vec<SentenceInfo> = doc_sentences
            .iter()
            .map(|s| SentenceInfo {
                offsets: at(s.span),
                language: s.detection.map(LanguageInfo::from),
                in_body: anat.body.contains(s.span) && !inside_any(&boiler, s.span),
            })
            .collect();

        let entities: Vec<EntityInfo> = found
            .entities
            .iter()
            .map(|f| EntityInfo {
                entity: Arc::clone(&f.entity),
                source: f.source,
                count: f.count,
                salience: (f.salience * 1000.0).round() / 1000.0,
                mentions: f
                    .mentions
                    .iter()
                    .map(|&m| {
                        let m = &found.mentions[m];
                        MentionInfo {
                            offsets: at(m.span),
                            text: text[m.span.range()].to_string(),
                            class: m.class,
                        }
                    })
                    .collect(),
            })
            .collect();

        let anatomy = anat
            .parts
            .iter()
            .map(|p| {
                // A source or dateline names the outlet mentioned inside it.
                let entity = matches!(p.kind, PartKind::Source | PartKind::Dateline)
                    .then(|| {
                        found
                            .mentions
                            .iter()
                            .filter(|m| p.span.contains(m.span))
                            .map(|m| &found.entities[m.entity].entity)
                            .find(|e| matches!(e.kind.as_str(), "outlet" | "agency"))
                            .map(|e| e.id.clone())
                    })
                    .flatten();
                PartInfo {
                    kind: p.kind,
                    offsets: at(p.span),
                    text: text[p.span.range()].to_string(),
                    value: p.value.clone(),
                    entity,
                }
            })
            .collect();

        Analysis {
            version: ANALYSIS_VERSION,
            language,
            languages: mix
                .iter()
                .map(|m| LanguageMix {
                    lang: m.language.code(),
                    share: (m.share * 1000.0).round() / 1000.0,
                })
                .collect(),
            body: at(anat.body),
            anatomy,
            sentences,
            entities,
            topics,
            keywords,
            stats: Stats {
                bytes: text.len(),
                chars: text.chars().count(),
                words,
                sentences: doc_sentences.len(),
            },
        }
    }
}

/// The language mix of the sentences inside `body`, largest first.
fn body_mix(sentences: &[crate::language::SentenceLanguage], body: Span) -> Vec<LanguageShare> {
    let mut bytes: Vec<(crate::language::Language, usize)> = Vec::new();
    for s in sentences.iter().filter(|s| body.contains(s.span)) {
        if let Some(d) = s.detection {
            match bytes.iter_mut().find(|(l, _)| *l == d.language) {
                Some((_, n)) => *n += s.span.len(),
                None => bytes.push((d.language, s.span.len())),
            }
        }
    }
    let total = bytes.iter().map(|(_, n)| n).sum::<usize>().max(1) as f64;
    let mut mix: Vec<LanguageShare> = bytes
        .into_iter()
        .map(|(language, n)| LanguageShare { language, share: n as f64 / total })
        .collect();
    mix.sort_by(|a, b| b.share.total_cmp(&a.share));
    mix
}

/// `text` with the bytes of `spans` replaced by spaces (line breaks kept),
/// so that every offset still points at the same place.
fn blank<'t>(text: &'t str, spans: &[Span]) -> std::borrow::Cow<'t, str> {
    if spans.is_empty() {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut bytes = text.as_bytes().to_vec();
    for s in spans {
        for b in &mut bytes[s.range()] {
            if *b != b'\n' {
                *b = b' ';
            }
        }
    }
    // Whole characters were replaced by ASCII spaces: still UTF-8.
    std::borrow::Cow::Owned(String::from_utf8(bytes).unwrap_or_else(|_| text.to_string()))
}

/// Byte-to-character offsets through a table of character counts every 64
/// bytes, so each lookup counts at most 64 bytes.
struct CharOffsets<'t> {
    text: &'t str,
    blocks: Option<Vec<usize>>,
}

impl<'t> CharOffsets<'t> {
    fn new(text: &'t str, enabled: bool) -> CharOffsets<'t> {
        let blocks = enabled.then(|| {
            let mut chars = 0;
            text.as_bytes()
                .chunks(64)
                .map(|c| {
                    let at = chars;
                    chars += c.iter().filter(|&&b| (b as i8) >= -0x40).count();
                    at
                })
                .collect()
        });
        CharOffsets { text, blocks }
    }

    fn char_at(&self, blocks: &[usize], byte: usize) -> usize {
        let block = byte / 64;
        let base = blocks.get(block).copied().unwrap_or(0);
        let from = block * 64;
        base + self.text.as_bytes()[from.min(byte)..byte]
            .iter()
            .filter(|&&b| (b as i8) >= -0x40)
            .count()
    }

    fn of(&self, span: Span) -> Offsets {
        match &self.blocks {
            None => Offsets { start: span.start, end: span.end, char_start: None, char_end: None },
            Some(b) => Offsets {
                start: span.start,
                end: span.end,
                char_start: Some(self.char_at(b, span.start)),
                char_end: Some(self.char_at(b, span.end)),
            },
        }
    }
}

/// Total words of the root lexicon's evidence, for the keyword weights.
const EVIDENCE_WORDS: f64 = 250_000.0;
/// Distinct forms a thread's keyword cache keeps before it starts again.
const MAX_KEYWORD_FORMS: usize = 500_000;

/// A stem as keywords see it.
struct StemInfo {
    stem: Box<str>,
    /// ln(evidence size / count in the root lexicon's evidence), squared.
    weight: f64,
}

/// Per thread: lowercase forms (by [`crate::normalize::folded_hash`], in an
/// open-addressing table of (hash, form id) pairs), each form's stem id
/// (`u32::MAX` for stopwords and verbs), the stems, and a tally per form
/// that is zero between calls.
#[derive(Default)]
struct KeywordCache {
    slots: Vec<(u64, u32)>,
    forms: Vec<(Box<str>, u32)>,
    stems: Vec<StemInfo>,
    ids: FastMap<Box<str>, u32>,
    tally: Vec<u32>,
}

impl KeywordCache {
    /// The form id of the lowercase `form` with `hash`.
    fn form(&mut self, hash: u64, form: &str) -> u32 {
        if self.forms.len() * 10 >= self.slots.len() * 7 {
            if self.forms.len() > MAX_KEYWORD_FORMS {
                *self = KeywordCache::default();
            }
            self.grow();
        }
        let mask = self.slots.len() - 1;
        let mut i = (hash as usize) & mask;
        loop {
            let (h, id) = self.slots[i];
            if h == hash {
                return id;
            }
            if h == 0 {
                break;
            }
            i = (i + 1) & mask;
        }
        let stem = self.stem_of(form);
        let id = self.forms.len() as u32;
        self.forms.push((form.into(), stem));
        self.tally.push(0);
        self.slots[i] = (hash, id);
        id
    }

    fn grow(&mut self) {
        let size = (self.slots.len() * 2).max(1024);
        let old = std::mem::replace(&mut self.slots, vec![(0, 0); size]);
        for (h, id) in old.into_iter().filter(|s| s.0 != 0) {
            let mut i = (h as usize) & (size - 1);
            while self.slots[i].0 != 0 {
                i = (i + 1) & (size - 1);
            }
            self.slots[i] = (h, id);
        }
    }

    fn stem_of(&mut self, form: &str) -> u32 {
        if crate::normalize::is_stopword(form) {
            return u32::MAX;
        }
        let stem = crate::stem::stem(form);
        // Keywords are things, not actions: verbs (meN-, di-, ber-, ter-
        // with a stem inside) are left out.
        let verb = ["me", "di", "ber", "ter"].iter().any(|p| form.starts_with(p));
        if verb && stem != form {
            return u32::MAX;
        }
        if let Some(&id) = self.ids.get(&*stem) {
            return id;
        }
        let freq = f64::from(crate::data::ROOTS.weight(&stem).unwrap_or(0));
        let idf = (EVIDENCE_WORDS / (1.0 + freq)).ln();
        let id = self.stems.len() as u32;
        self.stems.push(StemInfo { stem: stem.as_ref().into(), weight: idf * idf });
        self.ids.insert(stem.as_ref().into(), id);
        id
    }
}

thread_local! {
    static KEYWORDS: std::cell::RefCell<KeywordCache> = std::cell::RefCell::new(KeywordCache::default());
}

/// The salient stems of the article's body and title: (1 + ln count in the
/// article) times ln(evidence size / count in the root lexicon's evidence)
/// squared, over content words of three letters or more written in lower
/// case, verbs left out; each shown in its most frequent form. Also returns
/// the body's word count.
fn keywords(article: &str, body: Span, n: usize) -> (Vec<Keyword>, usize) {
    KEYWORDS.with(|cache| {
        let mut cache = cache.borrow_mut();
        let cache = &mut *cache;
        let bytes = article.as_bytes();
        let mut counter = KeywordCounter::new(body);
        for tok in tokenize(article) {
            if tok.kind() == TokenKind::Word {
                let (start, end) = (tok.start(), tok.end());
                counter.add(
                    cache,
                    article,
                    start,
                    end,
                    crate::normalize::folded_hash(bytes, start, end),
                );
            }
        }
        counter.finish(cache, n)
    })
}

/// Counts the keyword forms of one article, word by word.
struct KeywordCounter {
    body: Span,
    words: usize,
    touched: Vec<u32>,
}

impl KeywordCounter {
    fn new(body: Span) -> KeywordCounter {
        KeywordCounter { body, words: 0, touched: Vec::with_capacity(256) }
    }

    /// Counts the word token `article[start..end]` with its folded hash.
    #[inline]
    fn add(
        &mut self,
        cache: &mut KeywordCache,
        article: &str,
        start: usize,
        end: usize,
        hash: Option<u64>,
    ) {
        if self.body.start <= start && end <= self.body.end {
            self.words += 1;
        }
        // Only words written in lower case: capitalised ones are names
        // (reported as entities) or sentence openers, written in lower
        // case elsewhere when they matter.
        let w = &article.as_bytes()[start..end];
        if w.len() < 3 || !w.iter().all(|&b| b.is_ascii_lowercase() || b == b'-') {
            return;
        }
        let Some(hash) = hash else { return };
        let id = cache.form(hash, &article[start..end]);
        let t = &mut cache.tally[id as usize];
        if *t == 0 {
            self.touched.push(id);
        }
        *t += 1;
    }

    /// The best `n` keywords and the body's word count; leaves the tallies
    /// zeroed.
    fn finish(self, cache: &mut KeywordCache, n: usize) -> (Vec<Keyword>, usize) {
        let (touched, words) = (self.touched, self.words);
        // Stem id -> (count, best form id, its count).
        let mut by_stem: FastMap<u32, (usize, u32, u32)> =
            FastMap::with_capacity_and_hasher(touched.len(), Default::default());
        for &form in &touched {
            let count = std::mem::take(&mut cache.tally[form as usize]);
            let stem = cache.forms[form as usize].1;
            if stem == u32::MAX {
                continue;
            }
            let e = by_stem.entry(stem).or_insert((0, form, 0));
            e.0 += count as usize;
            if count > e.2
                || (count == e.2 && cache.forms[form as usize].0 < cache.forms[e.1 as usize].0)
            {
                e.1 = form;
                e.2 = count;
            }
        }
        // Score without strings; only the kept few get them.
        let mut scored: Vec<(f64, u32, usize, u32)> = by_stem
            .iter()
            .map(|(&id, &(count, form, _))| {
                ((1.0 + (count as f64).ln()) * cache.stems[id as usize].weight, id, count, form)
            })
            .collect();
        scored.sort_by(|a, b| {
            b.0.total_cmp(&a.0)
                .then_with(|| cache.stems[a.1 as usize].stem.cmp(&cache.stems[b.1 as usize].stem))
        });
        scored.truncate(n);
        let top = scored.first().map_or(1.0, |k| k.0.max(f64::MIN_POSITIVE));
        let scored: Vec<Keyword> = scored
            .into_iter()
            .map(|(score, id, count, form)| Keyword {
                stem: cache.stems[id as usize].stem.to_string(),
                term: cache.forms[form as usize].0.to_string(),
                count,
                score: (score / top * 1000.0).round() / 1000.0,
            })
            .collect();
        (scored, words)
    }
}

/// Whether `span` lies inside one of `sorted`, spans in text order that do
/// not overlap: a binary search, so that a text of many boilerplate lines
/// costs no more per sentence than a text of few.
fn inside_any(sorted: &[Span], span: Span) -> bool {
    let k = sorted.partition_point(|b| b.start <= span.start);
    k > 0 && sorted[k - 1].contains(span)
}

/// `warta batch`'s line handling, in the library so that it can be tested
/// and fuzzed.
#[cfg(feature = "serde")]
mod jsonl {
    use super::{Analysis, Analyzer};

    /// The JSON of an error record for input line `line`.
    fn error_record(line: usize, id: &serde_json::Value, message: &str) -> String {
        serde_json::json!({ "line": line, "id": id, "error": message }).to_string()
    }

    /// The error record `warta batch` writes for input line `line` when it
    /// cannot hand the line to [`analyze_json_line`] at all (a line over the
    /// length limit): `{"error": message, "id": null, "line": line}`, the
    /// same shape as the records `analyze_json_line` writes for bad lines.
    ///
    /// ```
    /// assert_eq!(warta::error_json_line(4, "too long"), r#"{"error":"too long","id":null,"line":4}"#);
    /// ```
    pub fn error_json_line(line: usize, message: &str) -> String {
        error_record(line, &serde_json::Value::Null, message)
    }

    /// One line of a JSONL feed to one output line, as `warta batch` writes it:
    /// the analysis of the object's `field` with the object's `id` and the
    /// 1-based `line` number first, or an error record (`{"error": ..., "id":
    /// ..., "line": ...}`) for an empty line, bad JSON, a line that is not an
    /// object, or a missing or non-string field. Never fails.
    ///
    /// A line that is not valid UTF-8 is not thrown away: each invalid
    /// sequence is replaced by U+FFFD (as [`String::from_utf8_lossy`] does),
    /// the repaired line is analysed, and the record says so in a
    /// `"warning"` field with the byte offset of the first bad sequence. Spans
    /// then refer to the repaired text.
    ///
    /// ```
    /// let a = warta::Analyzer::new();
    /// let ok = warta::analyze_json_line(br#"{"id": 7, "text": "Harga beras naik."}"#, 1, "text", &a);
    /// assert!(ok.starts_with(r#"{"id":7,"line":1,"version":1,"#));
    /// let bad = warta::analyze_json_line(b"{oops", 2, "text", &a);
    /// assert!(bad.starts_with(r#"{"error":"not JSON"#));
    /// let repaired = warta::analyze_json_line(b"{\"text\": \"Harga \xff naik.\"}", 3, "text", &a);
    /// assert!(repaired.contains(r#""warning":"invalid UTF-8 at byte 16 replaced by U+FFFD""#));
    /// ```
    pub fn analyze_json_line(raw: &[u8], line: usize, field: &str, analyzer: &Analyzer) -> String {
        let raw = raw.strip_suffix(b"\n").unwrap_or(raw);
        let raw = raw.strip_suffix(b"\r").unwrap_or(raw);
        if raw.iter().all(u8::is_ascii_whitespace) {
            return error_record(line, &serde_json::Value::Null, "empty line");
        }
        let repaired;
        let (raw, warning) = match std::str::from_utf8(raw) {
            Ok(_) => (raw, None),
            Err(e) => {
                let at = e.valid_up_to();
                repaired = String::from_utf8_lossy(raw);
                let warning = format!("invalid UTF-8 at byte {at} replaced by U+FFFD");
                (repaired.as_bytes(), Some(warning))
            }
        };
        let value: serde_json::Value = match serde_json::from_slice(raw) {
            Ok(v) => v,
            Err(e) => {
                return error_record(line, &serde_json::Value::Null, &format!("not JSON: {e}"));
            }
        };
        let serde_json::Value::Object(map) = value else {
            return error_record(line, &serde_json::Value::Null, "not a JSON object");
        };
        let id = map.get("id").cloned().unwrap_or(serde_json::Value::Null);
        let text = match map.get(field) {
            Some(serde_json::Value::String(t)) => t,
            Some(_) => return error_record(line, &id, &format!("field {field:?} is not a string")),
            None => return error_record(line, &id, &format!("no field {field:?}")),
        };
        let analysis = analyzer.analyze(text);
        // `id` and `line`, then the analysis's own fields, in one pass.
        let record = Record { id: &id, line, warning: warning.as_deref(), analysis: &analysis };
        match serde_json::to_string(&record) {
            Ok(json) => json,
            Err(e) => error_record(line, &id, &format!("cannot write the analysis: {e}")),
        }
    }

    /// An output line: the input's `id`, the line number, the analysis.
    #[derive(serde::Serialize)]
    struct Record<'a> {
        id: &'a serde_json::Value,
        line: usize,
        #[serde(skip_serializing_if = "Option::is_none")]
        warning: Option<&'a str>,
        #[serde(flatten)]
        analysis: &'a Analysis,
    }
}
#[cfg(feature = "serde")]
pub use jsonl::{analyze_json_line, error_json_line};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blanking_keeps_offsets() {
        let t = "Baca juga: “Kopi” naik\nIsi.";
        let b = blank(t, &[Span::new(0, t.find('\n').unwrap())]);
        assert_eq!(b.len(), t.len());
        assert!(b.ends_with("\nIsi."));
        assert!(b[..b.find('\n').unwrap()].trim().is_empty());
    }

    #[test]
    fn char_offsets() {
        let t = "“Héllo” Jakarta";
        let o = CharOffsets::new(t, true);
        let start = t.find("Jakarta").unwrap();
        let off = o.of(Span::new(start, t.len()));
        assert_eq!(off.char_start, Some(8));
        assert_eq!(off.char_end, Some(15));
        assert_eq!(CharOffsets::new(t, false).of(Span::new(1, 2)).char_start, None);
    }

    #[test]
    fn analysis_of_odd_input() {
        let a = Analyzer::new();
        for t in ["", "\n\n", "123", "中文", "Baca juga: x"] {
            let r = a.analyze(t);
            assert!(r.body.start <= r.body.end && r.body.end <= t.len(), "{t:?}");
        }
    }
}
