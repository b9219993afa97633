//! `warta topics train` and topic model files.

use std::path::Path;

use warta::TopicModel;

/// Reads a model file, with the file name in errors.
pub(crate) fn load_model(path: &Path) -> Result<TopicModel, String> {
    let json = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    TopicModel::from_json(&json).map_err(|e| format!("{}: {e}", path.display()))
}

/// Trains a model on a TSV file with a header row (fields may be quoted,
/// as spreadsheet programs and Python's csv module write them) and writes
/// it as JSON. Returns a one-line summary.
pub(crate) fn train(
    tsv: &Path,
    label_col: &str,
    text_col: &str,
    out: &Path,
) -> Result<String, String> {
    let name = tsv.display();
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b'\t')
        .from_path(tsv)
        .map_err(|e| format!("cannot read {name}: {e}"))?;
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
    std::fs::write(out, model.to_json())
        .map_err(|e| format!("cannot write {}: {e}", out.display()))?;
    Ok(format!(
        "trained on {} texts, {} labels ({}); model written to {}",
        rows.len(),
        model.labels().len(),
        model.labels().join(", "),
        out.display()
    ))
}
