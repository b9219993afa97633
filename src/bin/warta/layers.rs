//! `warta lang`, `warta entities`, `warta topics`, `warta quotes` and
//! `warta values`: one layer of the
//! analysis, as `warta analyze` computes and prints it.
//!
//! A document (the default) is read as an article, exactly as `warta
//! analyze` reads it (boilerplate left out), unless `--whole-text`; with
//! `--lines` each line is plain text (a sentence, a headline), never read as
//! page anatomy, and gets exactly one output line.

use std::io::{self, Write};

use warta::{Analysis, Analyzer, Layers};

/// Which layer a command prints.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Layer {
    /// `{"language", "languages", "sentences"}`; per line, the language
    /// object itself.
    Language,
    /// `{"entities", "linked"}`.
    Entities,
    /// `{"topics"}`.
    Topics,
    /// `{"quotes"}`.
    Quotes,
    /// `{"reference_date", "values"}`.
    Values,
}

impl Layer {
    /// The layers of the analysis the command prints (a line's language
    /// needs no sentence records): only these are computed, by the code that
    /// computes them for `warta analyze`.
    fn layers(self, lines: bool) -> Layers {
        match self {
            Layer::Language if lines => Layers::LANGUAGE,
            Layer::Language => Layers::SENTENCES,
            // The linked entities list the quotes they said, as in
            // `warta analyze`.
            Layer::Entities => Layers::QUOTES,
            Layer::Topics => Layers::TOPICS,
            Layer::Quotes => Layers::QUOTES,
            Layer::Values => Layers::VALUES,
        }
    }
}

fn write_layer(
    out: &mut impl Write,
    a: &Analysis<'_>,
    layer: Layer,
    pretty: bool,
) -> io::Result<()> {
    let result = match (layer, pretty) {
        (Layer::Language, true) => serde_json::to_writer_pretty(&mut *out, &a.language_json()),
        (Layer::Entities, true) => serde_json::to_writer_pretty(&mut *out, &a.entities_json()),
        (Layer::Topics, true) => serde_json::to_writer_pretty(&mut *out, &a.topics_json()),
        (Layer::Quotes, true) => serde_json::to_writer_pretty(&mut *out, &a.quotes_json()),
        (Layer::Language, false) => serde_json::to_writer(&mut *out, &LineLanguage(a)),
        (Layer::Entities, false) => serde_json::to_writer(&mut *out, &a.entities_json()),
        (Layer::Topics, false) => serde_json::to_writer(&mut *out, &a.topics_json()),
        (Layer::Quotes, false) => serde_json::to_writer(&mut *out, &a.quotes_json()),
        (Layer::Values, true) => serde_json::to_writer_pretty(&mut *out, &a.values_json()),
        (Layer::Values, false) => serde_json::to_writer(&mut *out, &a.values_json()),
    };
    result.map_err(io::Error::other)?;
    out.write_all(b"\n")
}

/// A line's language: the language object of the analysis (`lang`, `name`,
/// `confidence`, `reliable`), or `{"lang": null, ...}` when none.
struct LineLanguage<'a>(&'a Analysis<'a>);

impl serde::Serialize for LineLanguage<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        match &self.0.language {
            Some(d) => d.serialize(s),
            None => {
                let mut m = s.serialize_map(Some(4))?;
                m.serialize_entry("lang", &None::<&str>)?;
                m.serialize_entry("name", &None::<&str>)?;
                m.serialize_entry("confidence", &0.0)?;
                m.serialize_entry("reliable", &false)?;
                m.end()
            }
        }
    }
}

/// One document, pretty-printed.
pub(crate) fn write_document(
    out: &mut impl Write,
    text: &str,
    analyzer: &Analyzer,
    layer: Layer,
) -> io::Result<()> {
    write_layer(out, &analyzer.analyze_layers(text, layer.layers(false)), layer, true)
}

/// One HTML page's article, pretty-printed, with the page's text and
/// metadata.
pub(crate) fn write_page(
    out: &mut impl Write,
    page: &warta::Page,
    analyzer: &Analyzer,
    layer: Layer,
) -> io::Result<()> {
    write_layer(out, &analyzer.analyze_html_layers(page, layer.layers(false)), layer, true)
}

/// One JSON object per input line (empty lines included), each line read
/// as plain text.
pub(crate) fn write_lines(
    out: &mut impl Write,
    text: &str,
    analyzer: &Analyzer,
    layer: Layer,
) -> io::Result<()> {
    let analyzer = analyzer.clone().whole_text(true);
    for line in text.lines() {
        write_layer(out, &analyzer.analyze_layers(line, layer.layers(true)), layer, false)?;
    }
    Ok(())
}
