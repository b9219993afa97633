//! The analysis: one [`Document`], every stage run on it once, and one JSON
//! schema for every layer.
//!
//! Pipeline, in the order the stages depend on each other: the document
//! (tokens, sentences, word features) → anatomy and body → languages →
//! entities → topics (which read the entities) → keywords. The stand-alone
//! functions ([`entities`], [`topics`], [`detect`], [`detect_document`]) and
//! every CLI command run the same code with fewer layers, so they give the
//! same answer as [`Analyzer::analyze`] for the same text.

use std::sync::{Arc, LazyLock};

use crate::anatomy::{Anatomy, Part, anatomy};
use crate::document::Document;
use crate::entities::{Entities, Gazetteer};
use crate::keywords::Keyword;
use crate::language::{
    Detection, DocumentLanguages, Evidence, LanguageShare, SentenceLanguage, decide, mix_of,
    reconcile, sentence_evidence,
};
use crate::span::Span;
use crate::token::TokenKind;
use crate::topics::{TopicModel, TopicScore};
use crate::words::Tok;

/// Version of the JSON schema (see the README). It changes only when a field
/// is renamed, removed or changes meaning. Version 2: one shape per concept
/// for every command; `entities` lists mentions and `linked` the entities
/// they name; country ids are `country:XX`.
pub const ANALYSIS_VERSION: u32 = 2;

/// Counts of the text.
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Stats {
    /// Bytes of the text.
    pub bytes: usize,
    /// Characters of the text.
    pub chars: usize,
    /// Word tokens of the body (boilerplate left out).
    pub words: usize,
    /// Sentences of the text.
    pub sentences: usize,
}

/// Everything warta reads from one article: each stage's layer over the
/// text. Serialises (feature `serde`) to the JSON that `warta analyze`
/// prints; see the README for the schema.
#[derive(Clone, Debug, PartialEq)]
pub struct Analysis<'t> {
    /// [`ANALYSIS_VERSION`].
    pub version: u32,
    /// The language of the body.
    pub language: Option<Detection>,
    /// Languages by share of the text, largest first.
    pub languages: Vec<LanguageShare>,
    /// The article body: its first paragraph (dateline included) to its
    /// last, before credits and boilerplate; the whole text when anatomy is
    /// off.
    pub body: Span,
    /// The anatomy: slug, title, dateline, bylines, sources, boilerplate.
    pub anatomy: Vec<Part>,
    /// Every sentence, with its language.
    pub sentences: Vec<SentenceLanguage>,
    /// Entities of the article text (title and body, boilerplate left out):
    /// mentions in text order, linked entities most salient first.
    pub entities: Entities<'t>,
    /// Topics, ranked.
    pub topics: Vec<TopicScore>,
    /// Salient stems of the article text, best first.
    pub keywords: Vec<Keyword>,
    /// Counts.
    pub stats: Stats,
    text: &'t str,
    char_offsets: bool,
    layers: u8,
}

/// Which layers a run computes (the document, anatomy and sentences always).
mod layer {
    pub(super) const LANGUAGE: u8 = 1;
    pub(super) const ENTITIES: u8 = 2;
    pub(super) const TOPICS: u8 = 4 | ENTITIES;
    pub(super) const KEYWORDS: u8 = 8;
    pub(super) const ALL: u8 = LANGUAGE | ENTITIES | TOPICS | KEYWORDS;
}

impl<'t> Analysis<'t> {
    /// The analysed text.
    pub fn text(&self) -> &'t str {
        self.text
    }
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
/// assert_eq!(a.language.unwrap().language, warta::Language::Indonesian);
/// assert!(text[a.body.range()].starts_with("JAKARTA"));
/// assert!(a.entities.linked.iter().any(|e| e.entity.id == "inst:bi"));
/// assert_eq!(a.topics[0].label, "keuangan");
/// ```
#[derive(Clone, Debug)]
pub struct Analyzer {
    gazetteer: GazetteerRef,
    model: Option<Arc<TopicModel>>,
    char_offsets: bool,
    keywords: usize,
    anatomy: bool,
}

impl Default for Analyzer {
    fn default() -> Self {
        Analyzer::new()
    }
}

/// The built-in analyzer of the stand-alone functions, for articles.
static ARTICLE: LazyLock<Analyzer> = LazyLock::new(Analyzer::new);
/// The built-in analyzer for plain text (no anatomy).
static PLAIN: LazyLock<Analyzer> = LazyLock::new(|| Analyzer::new().whole_text(true));

impl Analyzer {
    /// An analyzer with the built-in gazetteer and topic taxonomy that reads
    /// each text as an article (anatomy on).
    pub fn new() -> Analyzer {
        Analyzer {
            gazetteer: GazetteerRef::Builtin,
            model: None,
            char_offsets: false,
            keywords: 10,
            anatomy: true,
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

    /// Also reports character offsets (`char_start`, `char_end`) in the JSON,
    /// for users in languages that index strings by character.
    pub fn char_offsets(mut self, yes: bool) -> Analyzer {
        self.char_offsets = yes;
        self
    }

    /// How many keywords to report (10 by default).
    pub fn keywords(mut self, n: usize) -> Analyzer {
        self.keywords = n;
        self
    }

    /// Reads the whole text as article text (`true`): no anatomy, the body
    /// is the whole text and nothing is boilerplate. For sentences,
    /// headlines and other snippets; off by default.
    ///
    /// ```
    /// let text = "Baca juga: Harga minyak naik";
    /// assert!(warta::Analyzer::new().analyze(text).sentences.iter().all(|s| !s.in_body));
    /// assert!(warta::Analyzer::new().whole_text(true).analyze(text).sentences[0].in_body);
    /// ```
    pub fn whole_text(mut self, yes: bool) -> Analyzer {
        self.anatomy = !yes;
        self
    }

    fn gazetteer(&self) -> &Gazetteer {
        match &self.gazetteer {
            GazetteerRef::Builtin => Gazetteer::builtin(),
            GazetteerRef::Owned(g) => g,
        }
    }

    /// Analyses one article. Never fails; any `&str` is accepted.
    pub fn analyze<'t>(&self, text: &'t str) -> Analysis<'t> {
        self.run(text, layer::ALL)
    }

    /// Builds the document and runs the stages in `layers` (and those they
    /// need) on it.
    fn run<'t>(&self, text: &'t str, layers: u8) -> Analysis<'t> {
        let doc = Document::new(text);
        let anat = if self.anatomy {
            anatomy(text)
        } else {
            Anatomy { parts: Vec::new(), body: Span::new(0, text.len()) }
        };
        let boiler = boilerplate(&anat);
        // The article's tokens: boilerplate left out.
        let kept: Vec<u32> =
            if boiler.is_empty() { Vec::new() } else { kept_tokens(&doc.toks, &boiler) };
        let all = boiler.is_empty();
        let article = || -> Box<dyn Iterator<Item = usize> + '_> {
            if all {
                Box::new(0..doc.toks.len())
            } else {
                Box::new(kept.iter().map(|&i| i as usize))
            }
        };

        let mut sentences: Vec<SentenceLanguage> = doc
            .sentences
            .iter()
            .map(|(span, _)| SentenceLanguage {
                span: *span,
                detection: None,
                in_body: anat.body.contains(*span) && !inside_any(&boiler, *span),
            })
            .collect();
        let (mut language, mut languages) = (None, Vec::new());
        if layers & layer::LANGUAGE != 0 {
            let evidence = sentence_evidence(text, &doc.toks, &doc.lexemes, &doc.sentences);
            let mut body_evidence = Evidence::default();
            for (s, ev) in sentences.iter_mut().zip(&evidence) {
                s.detection = decide(ev, &text[s.span.range()]);
                if anat.body.contains(s.span) {
                    body_evidence += *ev;
                }
            }
            languages = mix_of(sentences.iter());
            let pooled = decide(&body_evidence, &text[anat.body.range()]);
            language = if self.anatomy {
                // An article: the sentences outvote the pooled evidence when
                // most of the body is in another language.
                let body_mix = mix_of(sentences.iter().filter(|s| anat.body.contains(s.span)));
                reconcile(pooled, &body_mix)
            } else {
                // A snippet: its pooled evidence decides (measured better on
                // DSL and NusaX lines than letting sentences outvote it).
                pooled
            };
        }

        let entities = if layers & layer::ENTITIES != 0 {
            if all {
                self.gazetteer().extract_tokens(text, &doc.toks)
            } else {
                let toks: Vec<Tok> = kept.iter().map(|&i| doc.toks[i as usize]).collect();
                self.gazetteer().extract_tokens(text, &toks)
            }
        } else {
            Entities::default()
        };

        let topics = if layers & layer::TOPICS == layer::TOPICS {
            match &self.model {
                None => crate::topics::score_builtin(
                    text,
                    &doc.toks,
                    &doc.lexemes,
                    article(),
                    Some(&entities),
                ),
                Some(m) => m.score_words(article().filter_map(|i| {
                    let t = doc.toks[i];
                    (t.kind == TokenKind::Word).then(|| &text[t.start..t.end])
                })),
            }
        } else {
            Vec::new()
        };

        let keywords = if layers & layer::KEYWORDS != 0 {
            crate::keywords::keywords(text, &doc.toks, &doc.lexemes, article(), self.keywords)
        } else {
            Vec::new()
        };

        let words = article()
            .filter(|&i| {
                let t = doc.toks[i];
                t.kind == TokenKind::Word && anat.body.start <= t.start && t.end <= anat.body.end
            })
            .count();
        let stats = Stats {
            bytes: text.len(),
            chars: text.chars().count(),
            words,
            sentences: sentences.len(),
        };
        Analysis {
            version: ANALYSIS_VERSION,
            language,
            languages,
            body: anat.body,
            anatomy: anat.parts,
            sentences,
            entities,
            topics,
            keywords,
            stats,
            text,
            char_offsets: self.char_offsets,
            layers,
        }
    }
}

/// The boilerplate parts' spans, in text order, merged where they overlap.
fn boilerplate(anat: &Anatomy) -> Vec<Span> {
    let mut boiler: Vec<Span> =
        anat.parts.iter().filter(|p| p.kind.is_boilerplate()).map(|p| p.span).collect();
    boiler.sort_unstable_by_key(|b| b.start);
    boiler.dedup_by(|b, a| {
        let overlaps = b.start < a.end;
        if overlaps {
            a.end = a.end.max(b.end);
        }
        overlaps
    });
    boiler
}

/// Indices of the tokens outside `boiler` (sorted, not overlapping).
fn kept_tokens(toks: &[Tok], boiler: &[Span]) -> Vec<u32> {
    let mut kept = Vec::with_capacity(toks.len());
    let mut b = 0;
    for (i, t) in toks.iter().enumerate() {
        while b < boiler.len() && boiler[b].end <= t.start {
            b += 1;
        }
        let inside = b < boiler.len() && boiler[b].start <= t.start && t.end <= boiler[b].end;
        if !inside {
            kept.push(i as u32);
        }
    }
    kept
}

/// Whether `span` lies inside one of `sorted`, spans in text order that do
/// not overlap: a binary search, so that a text of many boilerplate lines
/// costs no more per sentence than a text of few.
fn inside_any(sorted: &[Span], span: Span) -> bool {
    let k = sorted.partition_point(|b| b.start <= span.start);
    k > 0 && sorted[k - 1].contains(span)
}

/// Extracts entities from the article `text` with the built-in gazetteer:
/// exactly the [`Analysis::entities`] of [`Analyzer::analyze`] (boilerplate
/// left out).
///
/// # Example
///
/// ```
/// use warta::{entities, EntityClass};
///
/// let found = entities("Xiaomi Inc membuka toko di Singapura, kata Reuters.");
/// let ids: Vec<&str> = found.linked.iter().map(|e| e.entity.id.as_str()).collect();
/// assert!(ids.contains(&"org:xiaomi") && ids.contains(&"country:SG") && ids.contains(&"outlet:reuters"));
/// assert_eq!(found.mentions[0].text, "Xiaomi Inc");
/// assert_eq!(found.linked[0].entity.class, EntityClass::Org);
/// ```
pub fn entities(text: &str) -> Entities<'_> {
    ARTICLE.run(text, layer::ENTITIES).entities
}

/// Scores the article `text` against warta's built-in news taxonomy, with
/// the entities' signals: exactly the [`Analysis::topics`] of
/// [`Analyzer::analyze`]. Every topic of [`TOPICS`](crate::TOPICS), ranked
/// by score (highest first; ties in `TOPICS` order).
///
/// # Example
///
/// ```
/// let topics = warta::topics("Timnas menang 2-0 dalam laga final Piala AFF; pelatih memuji para pemain.");
/// assert_eq!(topics[0].label, "olahraga");
/// assert!(topics[0].score > 0.5);
/// assert!(topics[0].evidence.iter().any(|e| e == "pelatih"));
/// let abroad = warta::topics("Menteri Luar Negeri bertemu mitranya dari Jepang dan Korea Selatan di Tokyo.");
/// assert_eq!(abroad[0].label, "internasional");
/// ```
pub fn topics(text: &str) -> Vec<TopicScore> {
    ARTICLE.run(text, layer::TOPICS).topics
}

/// Detects the language of `text` read as plain text (a sentence, a
/// headline, a snippet: no anatomy): the [`Analysis::language`] of an
/// [`Analyzer`] with [`Analyzer::whole_text`], and what `warta lang --lines`
/// prints for each line.
///
/// Text in another script goes to whatlang. Latin-script text is weighed by
/// warta's own evidence: function words of Indonesian/Malay, Javanese,
/// Sundanese and English (`data/lid_words.tsv`), and, between Indonesian and
/// Malay, a word model trained on news (`data/lid_idms.tsv`, see
/// `scripts/build_lid.py`). Latin text without any of these function words
/// goes to whatlang. The evidence of the whole text decides. `None` when
/// the text has no letters, or no language can be named.
///
/// # Example
///
/// ```
/// use warta::{detect, Language};
///
/// let id = detect("Pemerintah akan menaikkan harga bahan bakar karena anggaran subsidi tidak cukup.").unwrap();
/// assert_eq!(id.language, Language::Indonesian);
/// let ms = detect("Kerajaan akan menaikkan harga minyak kerana peruntukan subsidi tidak mencukupi, kata beliau.").unwrap();
/// assert_eq!(ms.language, Language::Malay);
/// let jv = detect("Aku ora ngerti kowe arep lunga menyang ngendi.").unwrap();
/// assert_eq!(jv.language, Language::Javanese);
/// assert!(detect("123 !!!").is_none());
/// ```
pub fn detect(text: &str) -> Option<Detection> {
    PLAIN.run(text, layer::LANGUAGE).language
}

/// Detects the language of the article `text` (its body) and of each of its
/// sentences, so that an English quote or an English author bio in an
/// Indonesian article is labelled, and summarises the mix: the language
/// layer of [`Analyzer::analyze`].
///
/// # Example
///
/// ```
/// use warta::{detect_document, Language};
///
/// let text = "Pemerintah menyelidiki perusahaan itu selama tiga bulan karena data \
///             pengguna dikirim ke luar negeri tanpa persetujuan. \
///             The author writes about privacy.";
/// let doc = detect_document(text);
/// assert_eq!(doc.document.unwrap().language, Language::Indonesian);
/// assert_eq!(doc.sentences[1].detection.unwrap().language, Language::English);
/// assert_eq!(doc.mix.len(), 2);
/// ```
pub fn detect_document(text: &str) -> DocumentLanguages {
    let a = ARTICLE.run(text, layer::LANGUAGE);
    DocumentLanguages { document: a.language, sentences: a.sentences, mix: a.languages }
}

/// Byte-to-character offsets through a table of character counts every 64
/// bytes, so each lookup counts at most 64 bytes. Built only when the JSON
/// asks for character offsets.
#[cfg_attr(not(feature = "serde"), allow(dead_code))]
struct CharOffsets<'t> {
    text: &'t str,
    blocks: Vec<usize>,
}

#[cfg_attr(not(feature = "serde"), allow(dead_code))]
impl<'t> CharOffsets<'t> {
    fn new(text: &'t str) -> CharOffsets<'t> {
        let mut chars = 0;
        let blocks = text
            .as_bytes()
            .chunks(64)
            .map(|c| {
                let at = chars;
                chars += c.iter().filter(|&&b| (b as i8) >= -0x40).count();
                at
            })
            .collect();
        CharOffsets { text, blocks }
    }

    fn char_at(&self, byte: usize) -> usize {
        let block = byte / 64;
        let base = self.blocks.get(block).copied().unwrap_or(0);
        let from = block * 64;
        base + self.text.as_bytes()[from.min(byte)..byte]
            .iter()
            .filter(|&&b| (b as i8) >= -0x40)
            .count()
    }

    /// The character offsets of `span`.
    fn of(&self, span: Span) -> (usize, usize) {
        (self.char_at(span.start), self.char_at(span.end))
    }
}

#[cfg(feature = "serde")]
mod json {
    //! The one JSON schema: every layer serialised from the analysis, one
    //! shape per concept, for `warta analyze`, `warta batch`, every other
    //! command and [`Entities`]'s own `Serialize`.

    use serde::Serialize;
    use serde::ser::{SerializeMap, Serializer};

    use super::{Analysis, CharOffsets, layer};
    use crate::anatomy::{Part, PartKind};
    use crate::entities::{Entities, Found, Mention, Source};
    use crate::language::{Detection, DocumentLanguages, LanguageShare, SentenceLanguage};
    use crate::span::Span;

    fn round3(x: f64) -> f64 {
        (x * 1000.0).round() / 1000.0
    }

    /// `start`, `end` and, when asked for, `char_start`, `char_end`.
    fn span_entries<M: SerializeMap>(
        m: &mut M,
        span: Span,
        chars: Option<&CharOffsets<'_>>,
    ) -> Result<(), M::Error> {
        m.serialize_entry("start", &span.start)?;
        m.serialize_entry("end", &span.end)?;
        if let Some(c) = chars {
            let (a, b) = c.of(span);
            m.serialize_entry("char_start", &a)?;
            m.serialize_entry("char_end", &b)?;
        }
        Ok(())
    }

    /// A language: `{"lang", "name", "confidence", "reliable"}`.
    impl Serialize for Detection {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let mut m = s.serialize_map(Some(4))?;
            m.serialize_entry("lang", self.language.code())?;
            m.serialize_entry("name", self.language.name())?;
            m.serialize_entry("confidence", &round3(self.confidence))?;
            m.serialize_entry("reliable", &self.reliable)?;
            m.end()
        }
    }

    /// A language's share: `{"lang", "share"}`.
    impl Serialize for LanguageShare {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let mut m = s.serialize_map(Some(2))?;
            m.serialize_entry("lang", self.language.code())?;
            m.serialize_entry("share", &round3(self.share))?;
            m.end()
        }
    }

    struct SentenceJson<'a>(&'a SentenceLanguage, Option<&'a CharOffsets<'a>>);

    /// A sentence: `{"start", "end", "language", "in_body"}`.
    impl Serialize for SentenceJson<'_> {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let mut m = s.serialize_map(None)?;
            span_entries(&mut m, self.0.span, self.1)?;
            m.serialize_entry("language", &self.0.detection)?;
            m.serialize_entry("in_body", &self.0.in_body)?;
            m.end()
        }
    }

    impl Serialize for SentenceLanguage {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            SentenceJson(self, None).serialize(s)
        }
    }

    /// The language layer: `{"language", "languages", "sentences"}`.
    impl Serialize for DocumentLanguages {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let mut m = s.serialize_map(Some(3))?;
            m.serialize_entry("language", &self.document)?;
            m.serialize_entry("languages", &self.mix)?;
            m.serialize_entry("sentences", &self.sentences)?;
            m.end()
        }
    }

    struct PartJson<'a> {
        part: &'a Part,
        text: &'a str,
        entity: Option<&'a str>,
        chars: Option<&'a CharOffsets<'a>>,
    }

    /// An anatomy part: `{"kind", "start", "end", "text", "value", "entity"}`.
    impl Serialize for PartJson<'_> {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let mut m = s.serialize_map(None)?;
            m.serialize_entry("kind", &self.part.kind)?;
            span_entries(&mut m, self.part.span, self.chars)?;
            m.serialize_entry("text", &self.text[self.part.span.range()])?;
            m.serialize_entry("value", &self.part.value)?;
            m.serialize_entry("entity", &self.entity)?;
            m.end()
        }
    }

    fn source(f: &Found) -> &'static str {
        match f.source {
            Source::Gazetteer => "gazetteer",
            Source::Pattern => "pattern",
        }
    }

    struct MentionJson<'a>(&'a Mention<'a>, &'a Found, Option<&'a CharOffsets<'a>>);

    /// A mention: `{"start", "end", "text", "class", "id", "kind", "name",
    /// "source"}`.
    impl Serialize for MentionJson<'_> {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let (mention, found) = (self.0, self.1);
            let mut m = s.serialize_map(None)?;
            span_entries(&mut m, mention.span, self.2)?;
            m.serialize_entry("text", mention.text)?;
            m.serialize_entry("class", mention.class.as_str())?;
            m.serialize_entry("id", &found.entity.id)?;
            m.serialize_entry("kind", &found.entity.kind)?;
            m.serialize_entry("name", &found.entity.name)?;
            m.serialize_entry("source", source(found))?;
            m.end()
        }
    }

    struct Attrs<'a>(&'a [(String, String)]);

    impl Serialize for Attrs<'_> {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let mut m = s.serialize_map(Some(self.0.len()))?;
            for (k, v) in self.0 {
                m.serialize_entry(k, v)?;
            }
            m.end()
        }
    }

    /// A linked entity: `{"id", "name", "kind", "class", "attrs", "source",
    /// "count", "first", "salience", "mentions"}` (`mentions`: indices into
    /// `entities`).
    impl Serialize for Found {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let e = &self.entity;
            let mut m = s.serialize_map(Some(10))?;
            m.serialize_entry("id", &e.id)?;
            m.serialize_entry("name", &e.name)?;
            m.serialize_entry("kind", &e.kind)?;
            m.serialize_entry("class", e.class.as_str())?;
            m.serialize_entry("attrs", &Attrs(&e.attrs))?;
            m.serialize_entry("source", source(self))?;
            m.serialize_entry("count", &self.count)?;
            m.serialize_entry("first", &self.first)?;
            m.serialize_entry("salience", &round3(self.salience))?;
            m.serialize_entry("mentions", &self.mentions)?;
            m.end()
        }
    }

    struct Seq<I>(std::cell::Cell<Option<I>>);

    impl<I: Iterator<Item = T>, T: Serialize> Serialize for Seq<I> {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            s.collect_seq(self.0.take().into_iter().flatten())
        }
    }

    fn seq<I>(iter: I) -> Seq<I> {
        Seq(std::cell::Cell::new(Some(iter)))
    }

    /// `entities` (mentions, text order) and `linked` (entities, most
    /// salient first) as entries of `m`.
    fn entity_entries<M: SerializeMap>(
        m: &mut M,
        found: &Entities<'_>,
        chars: Option<&CharOffsets<'_>>,
    ) -> Result<(), M::Error> {
        m.serialize_entry(
            "entities",
            &seq(found.mentions.iter().map(|x| MentionJson(x, &found.linked[x.entity], chars))),
        )?;
        m.serialize_entry("linked", &found.linked)
    }

    /// `{"entities": [...], "linked": [...]}`, as in the analysis.
    impl Serialize for Entities<'_> {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let mut m = s.serialize_map(Some(2))?;
            entity_entries(&mut m, self, None)?;
            m.end()
        }
    }

    /// What to write of an analysis.
    pub(crate) struct Fields<'a> {
        pub(crate) analysis: &'a Analysis<'a>,
        pub(crate) fields: u8,
    }

    /// Field groups of [`Fields`].
    pub(crate) mod field {
        pub(crate) const LANGUAGE: u8 = 1;
        pub(crate) const ENTITIES: u8 = 2;
        pub(crate) const TOPICS: u8 = 4;
        pub(crate) const REST: u8 = 8;
    }

    impl Serialize for Fields<'_> {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let a = self.analysis;
            let table = a.char_offsets.then(|| CharOffsets::new(a.text));
            let chars = table.as_ref();
            let has = |f: u8| self.fields & f != 0;
            let mut m = s.serialize_map(None)?;
            if has(field::REST) {
                m.serialize_entry("version", &a.version)?;
            }
            if has(field::LANGUAGE) {
                m.serialize_entry("language", &a.language)?;
                m.serialize_entry("languages", &a.languages)?;
            }
            if has(field::REST) {
                struct Body<'a>(Span, Option<&'a CharOffsets<'a>>);
                impl Serialize for Body<'_> {
                    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                        let mut m = s.serialize_map(None)?;
                        span_entries(&mut m, self.0, self.1)?;
                        m.end()
                    }
                }
                m.serialize_entry("body", &Body(a.body, chars))?;
                let found = &a.entities;
                m.serialize_entry(
                    "anatomy",
                    &seq(a.anatomy.iter().map(|part| {
                        // A source or dateline names the outlet mentioned
                        // inside it.
                        let entity = matches!(part.kind, PartKind::Source | PartKind::Dateline)
                            .then(|| {
                                found
                                    .mentions
                                    .iter()
                                    .filter(|x| part.span.contains(x.span))
                                    .map(|x| &found.linked[x.entity].entity)
                                    .find(|e| matches!(e.kind.as_str(), "outlet" | "agency"))
                                    .map(|e| e.id.as_str())
                            })
                            .flatten();
                        PartJson { part, text: a.text, entity, chars }
                    })),
                )?;
            }
            if has(field::LANGUAGE) {
                m.serialize_entry(
                    "sentences",
                    &seq(a.sentences.iter().map(|x| SentenceJson(x, chars))),
                )?;
            }
            if has(field::ENTITIES) {
                entity_entries(&mut m, &a.entities, chars)?;
            }
            if has(field::TOPICS) {
                m.serialize_entry("topics", &a.topics)?;
            }
            if has(field::REST) {
                m.serialize_entry("keywords", &a.keywords)?;
                m.serialize_entry("stats", &a.stats)?;
            }
            m.end()
        }
    }

    /// The whole analysis: `version`, `language`, `languages`, `body`,
    /// `anatomy`, `sentences`, `entities`, `linked`, `topics`, `keywords`,
    /// `stats`.
    impl Serialize for Analysis<'_> {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let _ = layer::ALL;
            Fields { analysis: self, fields: 0xff }.serialize(s)
        }
    }
}

#[cfg(feature = "serde")]
impl<'t> Analysis<'t> {
    /// The language layer as `warta lang` prints it: `{"language",
    /// "languages", "sentences"}`, the same values as in the whole
    /// analysis's JSON.
    pub fn language_json(&self) -> impl serde::Serialize + '_ {
        json::Fields { analysis: self, fields: json::field::LANGUAGE }
    }

    /// The entity layer as `warta entities` prints it: `{"entities",
    /// "linked"}`.
    pub fn entities_json(&self) -> impl serde::Serialize + '_ {
        json::Fields { analysis: self, fields: json::field::ENTITIES }
    }

    /// The topic layer as `warta topics` prints it: `{"topics"}`.
    pub fn topics_json(&self) -> impl serde::Serialize + '_ {
        json::Fields { analysis: self, fields: json::field::TOPICS }
    }
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
    /// assert!(ok.starts_with(r#"{"id":7,"line":1,"version":2,"#));
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
        analysis: &'a Analysis<'a>,
    }
}
#[cfg(feature = "serde")]
pub use jsonl::{analyze_json_line, error_json_line};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_offsets() {
        let t = "“Héllo” Jakarta";
        let o = CharOffsets::new(t);
        let start = t.find("Jakarta").unwrap();
        assert_eq!(o.of(Span::new(start, t.len())), (8, 15));
    }

    #[test]
    fn analysis_of_odd_input() {
        let a = Analyzer::new();
        for t in ["", "\n\n", "123", "中文", "Baca juga: x"] {
            let r = a.analyze(t);
            assert!(r.body.start <= r.body.end && r.body.end <= t.len(), "{t:?}");
        }
    }

    #[test]
    fn stand_alone_functions_are_the_analysis_layers() {
        let text = "ekonomi\n\nJAKARTA, KOMPAS.com - Bank Indonesia menahan suku bunga acuan di 6 persen, kata Gubernur BI di Jakarta.\n\nBaca juga: Rupiah menguat di Tokyo\n\nSumber: Antara";
        let a = Analyzer::new().analyze(text);
        assert_eq!(entities(text), a.entities);
        assert_eq!(topics(text), a.topics);
        let d = detect_document(text);
        assert_eq!((d.document, &d.sentences, &d.mix), (a.language, &a.sentences, &a.languages));
        let plain = Analyzer::new().whole_text(true).analyze(text);
        assert_eq!(detect(text), plain.language);
        // Boilerplate is left out: Tokyo is only in the `Baca juga` line.
        assert!(!a.entities.linked.iter().any(|e| e.entity.name.contains("Tokyo")));
        assert!(plain.entities.linked.iter().any(|e| e.entity.name.contains("Tokyo")));
    }
}
