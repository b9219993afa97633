//! `warta ner train`: trains the name tagger on CoNLL/BIO files.

use std::path::{Path, PathBuf};

use warta::{EntityClass, Gazetteer, Span, Tagger};

/// One labelled sentence: its tokens joined by single spaces, and the byte
/// spans and classes of its names.
type Sentence = (String, Vec<(Span, EntityClass)>);

/// The class a BIO label's type names (`PER`, `PERSON`, `ORG`,
/// `ORGANIZATION`, `LOC`, `LOCATION`, `GPE`, `PLACE`); other types are
/// not learned.
fn class_of(label: &str) -> Option<EntityClass> {
    Some(match label {
        "PER" | "PERSON" => EntityClass::Per,
        "ORG" | "ORGANISATION" | "ORGANIZATION" => EntityClass::Org,
        "LOC" | "LOCATION" | "GPE" | "PLACE" => EntityClass::Loc,
        _ => return None,
    })
}

/// The sentences of a CoNLL/BIO text: one token per line with its tag in
/// the last column, sentences separated by blank lines.
pub(crate) fn read_bio(text: &str, file: &str) -> Result<Vec<Sentence>, String> {
    let mut out = Vec::new();
    let mut sentence = String::new();
    let mut spans = Vec::new();
    let mut open: Option<(usize, usize, EntityClass)> = None;
    let flush = |sentence: &mut String,
                 spans: &mut Vec<(Span, EntityClass)>,
                 open: &mut Option<(usize, usize, EntityClass)>,
                 out: &mut Vec<Sentence>| {
        if let Some((s, e, c)) = open.take() {
            spans.push((Span::new(s, e), c));
        }
        if !sentence.is_empty() {
            out.push((std::mem::take(sentence), std::mem::take(spans)));
        }
        spans.clear();
    };
    for (n, line) in text.lines().enumerate() {
        let cols: Vec<&str> = line.split_whitespace().collect();
        if cols.is_empty() {
            flush(&mut sentence, &mut spans, &mut open, &mut out);
            continue;
        }
        if cols.len() < 2 {
            return Err(format!(
                "{file}: line {}: expected a token and a tag, found {:?}",
                n + 1,
                line.trim()
            ));
        }
        let (token, tag) = (cols[0], cols[cols.len() - 1]);
        if !sentence.is_empty() {
            sentence.push(' ');
        }
        let start = sentence.len();
        sentence.push_str(token);
        let end = sentence.len();
        let (prefix, label) = tag.split_once('-').unwrap_or((tag, ""));
        let class = class_of(label);
        match (prefix, class) {
            ("I", Some(c)) if open.is_some_and(|(_, _, oc)| oc == c) => {
                if let Some(o) = open.as_mut() {
                    o.1 = end;
                }
            }
            ("B" | "I", Some(c)) => {
                if let Some((s, e, oc)) = open.take() {
                    spans.push((Span::new(s, e), oc));
                }
                open = Some((start, end, c));
            }
            ("B" | "I" | "O", _) => {
                if let Some((s, e, oc)) = open.take() {
                    spans.push((Span::new(s, e), oc));
                }
            }
            _ => {
                return Err(format!("{file}: line {}: not a BIO tag: {tag:?}", n + 1));
            }
        }
    }
    flush(&mut sentence, &mut spans, &mut open, &mut out);
    Ok(out)
}

/// Trains on `inputs` and writes the model to `output`; returns a summary.
pub(crate) fn train(
    inputs: &[PathBuf],
    output: &Path,
    epochs: usize,
    seed: u64,
) -> Result<String, String> {
    let mut sentences = Vec::new();
    for path in inputs {
        let text = crate::read_data(path)?;
        sentences.extend(read_bio(&text, &crate::name(path))?);
    }
    let names: usize = sentences.iter().map(|(_, s)| s.len()).sum();
    let gazetteer = Gazetteer::builtin().clone().with_tagger(None);
    let tagger = Tagger::train(&gazetteer, &sentences, epochs, seed);
    let bytes = tagger.to_bytes();
    std::fs::write(output, &bytes)
        .map_err(|e| format!("cannot write {}: {e}", output.display()))?;
    Ok(format!(
        "trained on {} sentences ({names} names), {epochs} epochs, seed {seed}: {} bytes to {}",
        sentences.len(),
        bytes.len(),
        output.display()
    ))
}

/// The tagger a command's options ask for: `None` to keep the default.
pub(crate) fn load(path: Option<&PathBuf>) -> Result<Option<Tagger>, String> {
    let Some(path) = path else { return Ok(None) };
    let bytes = crate::read_source(Some(path))?;
    Tagger::from_bytes(&bytes).map(Some).map_err(|e| format!("{}: {e}", crate::name(path)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bio_sentences_and_errors() {
        let text = "Menurut O\nHaposan B-PER\nSiregar I-PER\n, O\nke O\nKPK B-ORG\n\nDi O\nJakarta B-LOC\nI-LOC? O\n";
        let s = read_bio(text, "t").unwrap();
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].0, "Menurut Haposan Siregar , ke KPK");
        let spans: Vec<&str> = s[0].1.iter().map(|(sp, _)| &s[0].0[sp.range()]).collect();
        assert_eq!(spans, ["Haposan Siregar", "KPK"]);
        assert_eq!(s[1].1[0].1, EntityClass::Loc);
        let err = read_bio("a O\nb\n", "f.txt").unwrap_err();
        assert!(err.contains("line 2"), "{err}");
        assert!(read_bio("a X-PER\n", "f").unwrap_err().contains("line 1"));
    }
}
