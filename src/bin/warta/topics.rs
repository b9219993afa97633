//! `warta topics train` and topic model files.

use std::io::Write;
use std::path::Path;

use warta::TopicModel;

use crate::{is_std, name, read_data, read_source};

/// Reads a model file (standard input for `-`), with the file name in
/// errors.
pub(crate) fn load_model(path: &Path) -> Result<TopicModel, String> {
    let json = read_data(path)?;
    TopicModel::from_json(&json).map_err(|e| format!("{}: {e}", name(path)))
}

/// Trains a model on a TSV file with a header row (fields may be quoted,
/// as spreadsheet programs and Python's csv module write them; standard
/// input for `-`) and writes it as JSON to `out` (to `stdout` for `-`).
/// Returns a one-line summary.
pub(crate) fn train(
    tsv: &Path,
    label_col: &str,
    text_col: &str,
    out: &Path,
    stdout: &mut impl Write,
) -> Result<String, String> {
    let name = name(tsv);
    let bytes = read_source(Some(tsv))?;
    let mut reader = csv::ReaderBuilder::new().delimiter(b'\t').from_reader(&bytes[..]);
    let headers = reader.headers().map_err(|e| format!("{name}: {e}"))?.clone();
    let column = |want: &str| {
        headers.iter().position(|h| h == want).ok_or_else(|| {
            let have: Vec<&str> = headers.iter().collect();
            format!("{name}: no column {want:?} in the header (columns: {})", have.join(", "))
        })
    };
    let (label_at, text_at) = (column(label_col)?, column(text_col)?);
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| {
            let line = e.position().map_or(0, |p| p.line());
            format!("{name}: line {line}: {e}")
        })?;
        let line = record.position().map_or(0, |p| p.line());
        let (Some(label), Some(text)) = (record.get(label_at), record.get(text_at)) else {
            return Err(format!("{name}: line {line}: missing the label or text column"));
        };
        rows.push((text.to_string(), label.to_string()));
    }
    let model = TopicModel::train(rows.iter().map(|(t, l)| (t.as_str(), l.as_str())))
        .map_err(|e| format!("{name}: data row {}: {e}", e.line()))?;
    let written = if is_std(out) {
        stdout
            .write_all(model.to_json().as_bytes())
            .map_err(|e| format!("cannot write standard output: {e}"))?;
        "standard output".to_string()
    } else {
        std::fs::write(out, model.to_json())
            .map_err(|e| format!("cannot write {}: {e}", out.display()))?;
        out.display().to_string()
    };
    Ok(format!(
        "trained on {} texts, {} labels ({}); model written to {written}",
        rows.len(),
        model.labels().len(),
        model.labels().join(", "),
    ))
}
