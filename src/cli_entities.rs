//! `warta entities`: entities per line (JSONL) or per document (JSON).
//!
//! Records are serialised straight from borrowed structs (fields in
//! alphabetical order, as the JSON has always had them), not built as
//! `serde_json::Value` trees: a many-megabyte text has hundreds of thousands
//! of mentions, and a tree per mention would cost far more than the text.

use std::collections::BTreeMap;
use std::io::{self, Write};

use serde::Serialize;
use warta::{Entities, Found, Source};

use crate::Seq;

fn source(f: &Found) -> &'static str {
    match f.source {
        Source::Gazetteer => "gazetteer",
        Source::Pattern => "pattern",
    }
}

/// A mention in the flat list: `start`, `end` (bytes), `text`, `kind`,
/// `class`, `id`, `name`, `source`.
#[derive(Serialize)]
struct FlatMention<'a> {
    class: &'static str,
    end: usize,
    id: &'a str,
    kind: &'a str,
    name: &'a str,
    source: &'static str,
    start: usize,
    text: &'a str,
}

/// The flat mention list of one text, in text order.
fn mentions<'a>(found: &'a Entities<'_>) -> impl Iterator<Item = FlatMention<'a>> + Clone {
    found.mentions.iter().map(move |m| {
        let f = &found.entities[m.entity];
        FlatMention {
            class: m.class.as_str(),
            end: m.span.end,
            id: &f.entity.id,
            kind: &f.entity.kind,
            name: &f.entity.name,
            source: source(f),
            start: m.span.start,
            text: m.text,
        }
    })
}

/// One JSON object per input line (empty lines included): `{"entities": [...]}`.
pub(crate) fn write_lines(
    out: &mut impl Write,
    text: &str,
    gaz: &warta::Gazetteer,
) -> io::Result<()> {
    #[derive(Serialize)]
    #[serde(bound(serialize = "Seq<I>: Serialize"))]
    struct Line<I> {
        entities: Seq<I>,
    }
    for line in text.lines() {
        let found = gaz.extract(line);
        let record = Line { entities: Seq(mentions(&found)) };
        serde_json::to_writer(&mut *out, &record).map_err(io::Error::other)?;
        out.write_all(b"\n")?;
    }
    Ok(())
}

/// A mention of a linked entity.
#[derive(Serialize)]
struct LinkedMention<'a> {
    end: usize,
    start: usize,
    text: &'a str,
}

/// An entity with its mentions, count, first position and salience.
#[derive(Serialize)]
#[serde(bound(serialize = "Seq<I>: Serialize"))]
struct Linked<'a, I> {
    attrs: BTreeMap<&'a str, &'a str>,
    class: &'static str,
    count: usize,
    first: usize,
    id: &'a str,
    kind: &'a str,
    mentions: Seq<I>,
    name: &'a str,
    salience: f64,
    source: &'static str,
}

/// The document's entities, linked: each with its mentions, count, first
/// position and salience; then every mention in text order.
pub(crate) fn write_document(
    out: &mut impl Write,
    text: &str,
    gaz: &warta::Gazetteer,
) -> io::Result<()> {
    let found = gaz.extract(text);
    let linked = found.entities.iter().map(|f| Linked {
        attrs: f.entity.attrs.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect(),
        class: f.entity.class.as_str(),
        count: f.count,
        first: f.first,
        id: &f.entity.id,
        kind: &f.entity.kind,
        mentions: Seq(f.mentions.iter().map(|&m| {
            let m = &found.mentions[m];
            LinkedMention { end: m.span.end, start: m.span.start, text: m.text }
        })),
        name: &f.entity.name,
        salience: (f.salience * 1000.0).round() / 1000.0,
        source: source(f),
    });
    #[derive(Serialize)]
    #[serde(bound(serialize = "Seq<L>: Serialize, Seq<M>: Serialize"))]
    struct Doc<L, M> {
        entities: Seq<L>,
        mentions: Seq<M>,
    }
    let doc = Doc { entities: Seq(linked), mentions: Seq(mentions(&found)) };
    serde_json::to_writer_pretty(&mut *out, &doc).map_err(io::Error::other)?;
    out.write_all(b"\n")
}
