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
    json_line(raw, line, |map, id, warning| {
        let text = string_field(map, id, line, field)?;
        Ok(record(id, line, warning, &analyzer.analyze(text)))
    })
}

/// [`analyze_json_line`] for records that carry an HTML page (feature
/// `html`): the page in `html_field` is read by [`crate::Page::from_html`],
/// with its URL from `url_field` when the record has one, and analysed by
/// [`Analyzer::analyze_html`]; the record carries the page's `text` and
/// `metadata`.
///
/// ```
/// let a = warta::Analyzer::new();
/// let line = br#"{"id": "p1", "url": "https://contoh.id/a", "html": "<html><body><article><p>Harga beras di pasar tradisional Jakarta naik lagi pekan ini, kata para pedagang yang ditemui di Pasar Induk Cipinang.</p></article></body></html>"}"#;
/// let out = warta::analyze_html_json_line(line, 1, "html", Some("url"), &a);
/// assert!(out.starts_with(r#"{"id":"p1","line":1,"version":2,"text":"#));
/// assert!(out.contains(r#""domain":{"value":"contoh.id","source":"url"}"#));
/// ```
#[cfg(feature = "html")]
pub fn analyze_html_json_line(
    raw: &[u8],
    line: usize,
    html_field: &str,
    url_field: Option<&str>,
    analyzer: &Analyzer,
) -> String {
    json_line(raw, line, |map, id, warning| {
        let html = string_field(map, id, line, html_field)?;
        let url = match url_field.and_then(|f| map.get(f)) {
            Some(serde_json::Value::String(u)) => Some(u.as_str()),
            _ => None,
        };
        let page = crate::html::Page::from_html(html, url);
        Ok(record(id, line, warning, &analyzer.analyze_html(&page)))
    })
}

/// The string in `field`, or the error record for its absence.
fn string_field<'m>(
    map: &'m serde_json::Map<String, serde_json::Value>,
    id: &serde_json::Value,
    line: usize,
    field: &str,
) -> Result<&'m str, String> {
    match map.get(field) {
        Some(serde_json::Value::String(t)) => Ok(t),
        Some(_) => Err(error_record(line, id, &format!("field {field:?} is not a string"))),
        None => Err(error_record(line, id, &format!("no field {field:?}"))),
    }
}

/// The output line of an analysis: `id` and `line`, then the analysis's
/// own fields, in one pass.
fn record(
    id: &serde_json::Value,
    line: usize,
    warning: Option<&str>,
    analysis: &Analysis<'_>,
) -> String {
    let record = Record { id, line, warning, analysis };
    match serde_json::to_string(&record) {
        Ok(json) => json,
        Err(e) => error_record(line, id, &format!("cannot write the analysis: {e}")),
    }
}

/// One input line to its output line: the empty-line, UTF-8, JSON and
/// object checks, then `analyse` on the object, its `id` and the UTF-8
/// warning.
fn json_line(
    raw: &[u8],
    line: usize,
    analyse: impl FnOnce(
        &serde_json::Map<String, serde_json::Value>,
        &serde_json::Value,
        Option<&str>,
    ) -> Result<String, String>,
) -> String {
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
    analyse(&map, &id, warning.as_deref()).unwrap_or_else(|e| e)
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
