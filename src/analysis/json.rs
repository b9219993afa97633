//! The one JSON schema: every layer serialised from the analysis, one
//! shape per concept, for `warta analyze`, `warta batch`, every other
//! command and [`Entities`]'s own `Serialize`.

use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};

use super::Analysis;
use crate::anatomy::{Part, PartKind};
use crate::entities::{Entities, Found, Mention, Source};
use crate::language::{Detection, DocumentLanguages, LanguageShare, SentenceLanguage};
use crate::quotes::Quote;
use crate::span::Span;
use crate::values::{Reading, Value};

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
        let mut m = s.serialize_map(Some(10))?;
        found_entries(&mut m, self)?;
        m.end()
    }
}

/// The entries of a linked entity, as entries of `m`.
fn found_entries<M: SerializeMap>(m: &mut M, f: &Found) -> Result<(), M::Error> {
    let e = &f.entity;
    m.serialize_entry("id", &e.id)?;
    m.serialize_entry("name", &e.name)?;
    m.serialize_entry("kind", &e.kind)?;
    m.serialize_entry("class", e.class.as_str())?;
    m.serialize_entry("attrs", &Attrs(&e.attrs))?;
    m.serialize_entry("source", source(f))?;
    m.serialize_entry("count", &f.count)?;
    m.serialize_entry("first", &f.first)?;
    m.serialize_entry("salience", &round3(f.salience))?;
    m.serialize_entry("mentions", &f.mentions)
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
/// salient first) as entries of `m`; with `quotes`, each linked entity
/// lists the quotes it said (`"quotes": [index, ...]` into the analysis's
/// `quotes`).
fn entity_entries<M: SerializeMap>(
    m: &mut M,
    found: &Entities<'_>,
    chars: Option<&CharOffsets<'_>>,
    quotes: Option<&[Quote<'_>]>,
) -> Result<(), M::Error> {
    m.serialize_entry(
        "entities",
        &seq(found.mentions.iter().map(|x| MentionJson(x, &found.linked[x.entity], chars))),
    )?;
    match quotes {
        None => m.serialize_entry("linked", &found.linked),
        Some(quotes) => {
            let mut said: Vec<Vec<usize>> = vec![Vec::new(); found.linked.len()];
            for (i, q) in quotes.iter().enumerate() {
                if let Some(e) = q.speaker.as_ref().and_then(|s| s.entity) {
                    said[e].push(i);
                }
            }
            m.serialize_entry(
                "linked",
                &seq(found.linked.iter().zip(&said).map(|(f, q)| LinkedJson(f, q))),
            )
        }
    }
}

/// A linked entity of an analysis: [`Found`]'s fields and `quotes`.
struct LinkedJson<'a>(&'a Found, &'a [usize]);

impl Serialize for LinkedJson<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(11))?;
        found_entries(&mut m, self.0)?;
        m.serialize_entry("quotes", self.1)?;
        m.end()
    }
}

/// A quote: `{"start", "end", "text", "kind", "speaker", "verb",
/// "about"}`; `speaker` is `{"start", "end", "text", "entity"}` (the
/// entity's id, or null) or null; `about` lists entity ids.
struct QuoteJson<'a>(&'a Quote<'a>, &'a Entities<'a>, Option<&'a CharOffsets<'a>>);

impl Serialize for QuoteJson<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let (q, found, chars) = (self.0, self.1, self.2);
        let id = |e: usize| found.linked[e].entity.id.as_str();
        let mut m = s.serialize_map(None)?;
        span_entries(&mut m, q.span, chars)?;
        m.serialize_entry("text", q.text)?;
        m.serialize_entry("kind", q.kind.as_str())?;
        struct Who<'a>(
            &'a crate::quotes::Speaker<'a>,
            Option<&'a str>,
            Option<&'a CharOffsets<'a>>,
        );
        impl Serialize for Who<'_> {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                let mut m = s.serialize_map(None)?;
                span_entries(&mut m, self.0.span, self.2)?;
                m.serialize_entry("text", self.0.text)?;
                m.serialize_entry("entity", &self.1)?;
                m.end()
            }
        }
        m.serialize_entry("speaker", &q.speaker.as_ref().map(|w| Who(w, w.entity.map(id), chars)))?;
        m.serialize_entry("verb", q.verb)?;
        m.serialize_entry("about", &seq(q.about.iter().map(|&e| id(e))))?;
        m.end()
    }
}

/// A value: `{"start", "end", "text", "kind", "value", "unit", "per",
/// "min", "max"}`; `value`, `min` and `max` are numbers (whole numbers
/// written as integers), ISO dates (`"2026-02-05"`, `"2026-02"`, `"2026"`)
/// or times (`"08:30"`), or null.
struct ValueJson<'a>(&'a Value<'a>, Option<&'a CharOffsets<'a>>);

/// A value's reading as JSON.
struct ReadingJson(Reading);

impl Serialize for ReadingJson {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self.0 {
            Reading::Number(x) if x.fract() == 0.0 && x.abs() < 9e15 => s.serialize_i64(x as i64),
            Reading::Number(x) => s.serialize_f64(x),
            r => s.collect_str(&r),
        }
    }
}

impl Serialize for ValueJson<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let (v, chars) = (self.0, self.1);
        let mut m = s.serialize_map(None)?;
        span_entries(&mut m, v.span, chars)?;
        m.serialize_entry("text", v.text)?;
        m.serialize_entry("kind", v.kind.as_str())?;
        m.serialize_entry("value", &v.value.map(ReadingJson))?;
        m.serialize_entry("unit", &v.unit)?;
        m.serialize_entry("per", &v.per)?;
        m.serialize_entry("min", &v.min.map(ReadingJson))?;
        m.serialize_entry("max", &v.max.map(ReadingJson))?;
        m.end()
    }
}

/// `{"entities": [...], "linked": [...]}`, as in the analysis.
impl Serialize for Entities<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(2))?;
        entity_entries(&mut m, self, None, None)?;
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
    pub(crate) const QUOTES: u8 = 16;
    /// Each linked entity's `quotes` (the entity layer, when the quotes
    /// were computed).
    pub(crate) const SAID: u8 = 32;
    /// `reference_date` and `values`.
    pub(crate) const VALUES: u8 = 64;
    /// `signature`.
    pub(crate) const SIGNATURE: u8 = 128;
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
        // An HTML page's analysis carries the text its offsets refer to,
        // and the page's metadata, whichever layers are written.
        #[cfg(feature = "html")]
        if let Some(meta) = &a.metadata {
            m.serialize_entry("text", a.text)?;
            m.serialize_entry("metadata", meta)?;
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
            let quotes = has(field::SAID).then_some(a.quotes.as_slice());
            entity_entries(&mut m, &a.entities, chars, quotes)?;
        }
        if has(field::QUOTES) {
            m.serialize_entry(
                "quotes",
                &seq(a.quotes.iter().map(|q| QuoteJson(q, &a.entities, chars))),
            )?;
        }
        if has(field::VALUES) {
            m.serialize_entry("reference_date", &a.reference_date.map(|d| d.to_string()))?;
            m.serialize_entry("values", &seq(a.values.iter().map(|v| ValueJson(v, chars))))?;
        }
        if has(field::SIGNATURE) {
            struct Sig<'a>(&'a crate::dedup::Signature);
            impl Serialize for Sig<'_> {
                fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                    let mut m = s.serialize_map(Some(3))?;
                    m.serialize_entry("minhash", &self.0.minhash_hex())?;
                    m.serialize_entry("shingles", &self.0.shingles)?;
                    m.serialize_entry("sentences", &self.0.sentences_hex())?;
                    m.end()
                }
            }
            m.serialize_entry("signature", &a.signature.as_ref().map(Sig))?;
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
/// `anatomy`, `sentences`, `entities`, `linked`, `quotes`, `reference_date`,
/// `values`, `topics`, `keywords`, `stats`.
impl Serialize for Analysis<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        Fields { analysis: self, fields: 0xff }.serialize(s)
    }
}

/// Byte-to-character offsets through a table of character counts every 64
/// bytes, so each lookup counts at most 64 bytes. Built only when the JSON
/// asks for character offsets.
struct CharOffsets<'t> {
    text: &'t str,
    blocks: Vec<usize>,
}

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
}

/// One token as `warta tokenize --format json` writes it: `{text, start,
/// end, kind, sentence}` and, for a token with clitics, `words`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct TokenRow<'t> {
    /// The token as written.
    pub text: &'t str,
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// Its kind.
    pub kind: crate::token::TokenKind,
    /// The 0-based number of its sentence.
    pub sentence: usize,
    /// The syntactic words of a token with clitics (`rumahnya` → `rumah`,
    /// `nya`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub words: Option<Vec<&'t str>>,
}

/// The tokens of `text` in sentence order, as `warta tokenize --format
/// json` writes them (feature `serde`).
///
/// ```
/// let rows: Vec<_> = warta::token_rows("Rumahnya besar. Ya.").collect();
/// assert_eq!(rows[0].words.as_deref(), Some(&["Rumah", "nya"][..]));
/// assert_eq!((rows[3].text, rows[3].sentence), ("Ya", 1));
/// ```
pub fn token_rows(text: &str) -> impl Iterator<Item = TokenRow<'_>> {
    crate::sentence::sentences(text).enumerate().flat_map(|(n, sentence)| {
        sentence.tokens().map(move |tok| {
            let words = tok.words();
            TokenRow {
                text: tok.as_str(),
                start: tok.start(),
                end: tok.end(),
                kind: tok.kind(),
                sentence: n,
                words: words.is_split().then(|| words.as_slice().to_vec()),
            }
        })
    })
}
