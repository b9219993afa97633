//! `warta batch`'s line handling, in the library so that it can be tested
//! and fuzzed.

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
