//! `warta entities`: entities per line (JSONL) or per document (JSON).

use std::io::{self, Write};

use serde_json::{Value, json};
use warta::{Entities, Entity};

fn attrs(e: &Entity) -> Value {
    e.attrs
        .iter()
        .map(|(k, v)| (k.clone(), Value::from(v.as_str())))
        .collect::<serde_json::Map<_, _>>()
        .into()
}

/// The flat mention list of one text: `start`, `end` (bytes), `text`,
/// `kind`, `class`, `id`, `name`, `source`.
fn mentions_json(found: &Entities<'_>) -> Vec<Value> {
    found
        .mentions
        .iter()
        .map(|m| {
            let f = &found.entities[m.entity];
            json!({
                "start": m.span.start,
                "end": m.span.end,
                "text": m.text,
                "kind": f.entity.kind,
                "class": m.class.as_str(),
                "id": f.entity.id,
                "name": f.entity.name,
                "source": match f.source { warta::Source::Gazetteer => "gazetteer", warta::Source::Pattern => "pattern" },
            })
        })
        .collect()
}

/// One JSON object per input line (empty lines included): `{"entities": [...]}`.
pub(crate) fn write_lines(
    out: &mut impl Write,
    text: &str,
    gaz: &warta::Gazetteer,
) -> io::Result<()> {
    crate::write_jsonl(out, text, |line| json!({ "entities": mentions_json(&gaz.extract(line)) }))
}

/// The document's entities, linked: each with its mentions, count, first
/// position and salience; then every mention in text order.
pub(crate) fn write_document(
    out: &mut impl Write,
    text: &str,
    gaz: &warta::Gazetteer,
) -> io::Result<()> {
    let found = gaz.extract(text);
    let linked: Vec<Value> = found
        .entities
        .iter()
        .map(|f| {
            let mentions: Vec<Value> = f
                .mentions
                .iter()
                .map(|&m| {
                    let m = &found.mentions[m];
                    json!({"start": m.span.start, "end": m.span.end, "text": m.text})
                })
                .collect();
            json!({
                "id": f.entity.id,
                "name": f.entity.name,
                "kind": f.entity.kind,
                "class": f.entity.class.as_str(),
                "attrs": attrs(&f.entity),
                "source": match f.source { warta::Source::Gazetteer => "gazetteer", warta::Source::Pattern => "pattern" },
                "count": f.count,
                "first": f.first,
                "salience": (f.salience * 1000.0).round() / 1000.0,
                "mentions": mentions,
            })
        })
        .collect();
    let doc = json!({ "entities": linked, "mentions": mentions_json(&found) });
    serde_json::to_writer_pretty(&mut *out, &doc).map_err(io::Error::other)?;
    out.write_all(b"\n")
}
