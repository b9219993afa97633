//! Named entities from gazetteers, matched on token boundaries, with
//! patterns for names the lists do not hold, linked per article.
//!
//! One [`Extraction`] per text (or segment) runs the passes in turn: the
//! gazetteer pass (`matching`), the pattern pass (`patterns`, with the
//! word lists of `heads`), the abbreviation pass (`linking`), then the
//! context rules (`context`) and the linking of mentions into ranked
//! entities (`linking`).

mod context;
mod extraction;
mod gazetteer;
mod heads;
mod linking;
mod matching;
mod patterns;
mod people;
mod table;
mod tagger;

use std::sync::Arc;

pub use gazetteer::{Entity, EntityClass, Gazetteer};
pub(crate) use people::credit_names;
pub use tagger::Tagger;

/// Whether `word` is a title, rank or role written before a name (`Pak`,
/// `dr.`, `AKBP`, `Kapolres`, `Menteri`).
pub(crate) fn is_title_word(word: &str) -> bool {
    tagger::title_kind(word).is_some()
}
// `gazetteer` flags these words as `super::LEGAL_SUFFIXES` and `super::HEADS`.
use heads::{HEADS, LEGAL_SUFFIXES};

use extraction::{Extraction, Tok};
use linking::rank;

use crate::span::Span;
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
pub struct Mention<'t> {
    /// Byte span in the text.
    pub span: Span,
    /// The text of the mention.
    pub text: &'t str,
    /// Index of the entity in [`Entities::linked`].
    pub entity: usize,
    /// The class of this mention in context: the entity's class, except
    /// that a country named as a nationality after a noun (`tentara
    /// Israel`, `dolar AS`, `pemerintah Jepang`) is `Misc`, as NER
    /// conventions label adjectival uses.
    pub class: EntityClass,
}

/// An entity found in a text, with all its mentions.
#[derive(Clone, Debug, PartialEq)]
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

/// The entities of one text: mentions in text order, and the entities they
/// link to, by salience (highest first). Serialises (feature `serde`) as
/// `{"entities": [mention, ...], "linked": [entity, ...]}`, the shape of
/// every command's JSON (see the README).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Entities<'t> {
    /// Every mention, in text order, not overlapping.
    pub mentions: Vec<Mention<'t>>,
    /// Every entity, most salient first.
    pub linked: Vec<Found>,
}

impl<'t> Entities<'t> {
    /// Adds the people credited at `spans` of `text` (bylines: `author`,
    /// `editor`) as person mentions, each linked to the person of that name
    /// already found, or to a new person with the role; spans that overlap
    /// a mention are left out. Keeps mentions in text order and re-ranks.
    pub(crate) fn add_credited(&mut self, text: &'t str, spans: &[(Span, &'static str)]) {
        let mut added = false;
        for &(span, role) in spans {
            if self.mentions.iter().any(|m| m.span.start < span.end && span.start < m.span.end) {
                continue;
            }
            let name = &text[span.range()];
            let e = match self.linked.iter().position(|f| {
                f.entity.class == EntityClass::Per && f.entity.name.eq_ignore_ascii_case(name)
            }) {
                Some(e) => e,
                None => {
                    self.linked.push(Found {
                        entity: Arc::new(Entity {
                            id: patterns::new_id("person", name),
                            kind: "person".to_string(),
                            name: name.to_string(),
                            class: EntityClass::Per,
                            attrs: vec![("role".to_string(), role.to_string())],
                        }),
                        source: Source::Pattern,
                        mentions: Vec::new(),
                        count: 0,
                        first: span.start,
                        salience: 0.0,
                    });
                    self.linked.len() - 1
                }
            };
            self.mentions.push(Mention { span, text: name, entity: e, class: EntityClass::Per });
            added = true;
        }
        if !added {
            return;
        }
        self.mentions.sort_by_key(|m| m.span.start);
        for f in &mut self.linked {
            f.mentions.clear();
            f.count = 0;
        }
        for (i, m) in self.mentions.iter().enumerate() {
            let f = &mut self.linked[m.entity];
            f.mentions.push(i);
            f.count += 1;
            f.first = f.first.min(m.span.start);
        }
        rank(self, text.len());
    }
}

/// The whole text's entities with the built-in gazetteer, for the tests.
#[cfg(test)]
pub(crate) fn entities(text: &str) -> Entities<'_> {
    Gazetteer::builtin().extract(text)
}

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
                .linked
                .into_iter()
                .map(|f| match by_id.get(&f.entity.id) {
                    Some(&e) => {
                        out.linked[e].count += f.count;
                        e
                    }
                    None => {
                        by_id.insert(f.entity.id.clone(), out.linked.len());
                        out.linked.push(Found {
                            mentions: Vec::new(),
                            first: f.first + start,
                            ..f
                        });
                        out.linked.len() - 1
                    }
                })
                .collect();
            for m in part.mentions {
                let e = index[m.entity];
                out.linked[e].mentions.push(out.mentions.len());
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
            let out = self.extract_tokens(text, &tokens, None);
            if tokens.capacity() > MAX_KEPT_TOKENS {
                // Do not keep the memory of one huge text.
                *tokens = Vec::new();
            }
            out
        })
    }

    /// The entities of `text` over its tokens `tokens` (in text order; a
    /// document's tokens with boilerplate left out), for an article of
    /// `year` if known (it tells which holder of a role a name is).
    pub(crate) fn extract_tokens<'t>(
        &self,
        text: &'t str,
        tokens: &[Tok],
        year: Option<i32>,
    ) -> Entities<'t> {
        let mut x = Extraction::new(self, text, tokens);
        x.year = year;
        x.gazetteer_pass();
        x.pattern_pass();
        x.abbreviation_pass();
        x.tagger_pass();
        x.people_pass();
        x.finish()
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

/// Most tokens a thread's buffer keeps between texts.
const MAX_KEPT_TOKENS: usize = 1 << 20;

thread_local! {
    static TOKENS: std::cell::RefCell<Vec<Tok>> = const { std::cell::RefCell::new(Vec::new()) };
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
        let count = |id: &str| f.linked.iter().find(|e| e.entity.id == id).map(|e| e.count);
        // `BI` is linked in every segment, since each repeats its definition.
        assert_eq!(count("inst:bi"), Some(3 * n));
        assert_eq!(count("wilayah:31"), Some(n));
        assert_eq!(f.mentions.len(), 4 * n);
        for w in f.mentions.windows(2) {
            assert!(w[0].span.end <= w[1].span.start);
        }
        for (i, m) in f.mentions.iter().enumerate() {
            assert_eq!(&text[m.span.range()], m.text);
            assert!(f.linked[m.entity].mentions.contains(&i));
        }
        assert_eq!(f.linked[0].first, 0);
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
                proptest::prop_assert!(f.linked[m.entity].mentions.contains(&i));
            }
            let total: usize = f.linked.iter().map(|e| e.count).sum();
            proptest::prop_assert_eq!(total, f.mentions.len());
        }
    }

    pub(super) fn ids(text: &str) -> Vec<(String, String)> {
        let f = entities(text);
        f.mentions
            .iter()
            .map(|m| (m.text.to_string(), f.linked[m.entity].entity.id.clone()))
            .collect()
    }

    pub(super) fn has(text: &str, surface: &str, id: &str) -> bool {
        ids(text).iter().any(|(s, i)| s == surface && i == id)
    }
}
