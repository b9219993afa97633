//! `warta dedup`: a feed's records grouped into stories, each with its
//! origin.
//!
//! The feed is read once, in chunks: each record's body signature is made
//! on every core and the text dropped, so memory holds the signatures (a
//! few hundred bytes a record), not the texts. The stories are then found
//! over all signatures and written one line per input line, in order.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read, Write};
use std::path::Path;

use rayon::prelude::*;
use warta::{Analyzer, FeedRecord, Layers};

/// Lines read and signed together.
const CHUNK_LINES: usize = 4096;

/// Where a record's fields are.
pub(crate) struct Fields<'a> {
    pub(crate) text: &'a str,
    pub(crate) html: Option<&'a str>,
    pub(crate) url: Option<&'a str>,
    pub(crate) published: &'a str,
    pub(crate) id: &'a str,
}

/// A record as read: its id and what clustering needs, or the error that
/// its line gets.
enum Read1 {
    Record(String, Box<FeedRecord>),
    Error(String),
}

fn read_record(line: &str, n: usize, fields: &Fields<'_>, analyzer: &Analyzer) -> Read1 {
    let v: serde_json::Value = match serde_json::from_str(line) {
        Ok(v @ serde_json::Value::Object(_)) => v,
        Ok(_) => return Read1::Error("not a JSON object".into()),
        Err(e) => return Read1::Error(format!("invalid JSON: {e}")),
    };
    let str_of = |f: &str| v.get(f).and_then(serde_json::Value::as_str);
    let id = match v.get(fields.id) {
        Some(serde_json::Value::String(s)) => s.clone(),
        Some(serde_json::Value::Number(x)) => x.to_string(),
        _ => n.to_string(),
    };
    let url = fields.url.and_then(str_of);
    let (signature, text_for_credits) = if let Some(h) = fields.html {
        let Some(html) = str_of(h) else {
            return Read1::Error(format!("no string field {h:?}"));
        };
        let page = warta::Page::from_html(html, url);
        let a = analyzer.analyze_html_layers(&page, Layers::SIGNATURE);
        (a.signature.unwrap_or_default(), page.text.clone())
    } else {
        let Some(text) = str_of(fields.text) else {
            return Read1::Error(format!("no string field {:?}", fields.text));
        };
        let a = analyzer.analyze_layers(text, Layers::SIGNATURE);
        (a.signature.unwrap_or_default(), text.to_string())
    };
    let published = match v.get(fields.published) {
        Some(serde_json::Value::String(s)) => warta::parse_time(s),
        Some(serde_json::Value::Number(x)) => x.as_i64(),
        _ => None,
    };
    Read1::Record(
        id,
        Box::new(FeedRecord {
            signature,
            published,
            credits: warta::credited(&text_for_credits),
            source: url.and_then(warta::source_of_url),
        }),
    )
}

/// Groups the feed at `input` into stories and writes one line per input
/// line to `output`; returns a summary for standard error.
pub(crate) fn run(
    input: &Path,
    output: &Path,
    fields: &Fields<'_>,
    threads: Option<usize>,
) -> Result<String, String> {
    let name = input.display();
    let file: Box<dyn Read + Send> = if input.as_os_str() == "-" {
        Box::new(io::stdin())
    } else {
        Box::new(File::open(input).map_err(|e| format!("cannot open {name}: {e}"))?)
    };
    let mut reader = BufReader::with_capacity(1 << 20, file);
    let gzip = reader.fill_buf().is_ok_and(|b| b.starts_with(&[0x1f, 0x8b]));
    let mut reader: Box<dyn BufRead + Send> = if gzip {
        Box::new(BufReader::with_capacity(1 << 20, flate2::read::MultiGzDecoder::new(reader)))
    } else {
        Box::new(reader)
    };
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads.unwrap_or(0))
        .build()
        .map_err(|e| format!("cannot start threads: {e}"))?;
    let analyzer = Analyzer::new();
    // Per input line: its record's index among the records, or its error.
    let mut lines: Vec<Result<u32, String>> = Vec::new();
    let mut ids: Vec<String> = Vec::new();
    let mut records: Vec<FeedRecord> = Vec::new();
    let mut chunk: Vec<String> = Vec::with_capacity(CHUNK_LINES);
    let mut buf = Vec::new();
    loop {
        chunk.clear();
        while chunk.len() < CHUNK_LINES {
            buf.clear();
            let n = reader
                .read_until(b'\n', &mut buf)
                .map_err(|e| format!("cannot read {name}: {e}"))?;
            if n == 0 {
                break;
            }
            chunk.push(String::from_utf8_lossy(&buf).trim_end_matches(['\n', '\r']).to_string());
        }
        if chunk.is_empty() {
            break;
        }
        let first = lines.len();
        let read: Vec<Read1> = pool.install(|| {
            chunk
                .par_iter()
                .enumerate()
                .map(|(k, l)| read_record(l, first + k + 1, fields, &analyzer))
                .collect()
        });
        for r in read {
            match r {
                Read1::Record(id, rec) => {
                    lines.push(Ok(records.len() as u32));
                    ids.push(id);
                    records.push(*rec);
                }
                Read1::Error(e) => lines.push(Err(e)),
            }
        }
    }
    let stories = pool.install(|| warta::cluster(&records));
    let sink: Box<dyn Write> = if output.as_os_str() == "-" {
        Box::new(io::stdout().lock())
    } else {
        Box::new(
            File::create(output).map_err(|e| format!("cannot create {}: {e}", output.display()))?,
        )
    };
    let mut out = io::BufWriter::with_capacity(1 << 20, sink);
    #[derive(serde::Serialize)]
    struct Row<'a> {
        id: &'a str,
        cluster: &'a str,
        origin: &'a str,
        similarity: f64,
    }
    #[derive(serde::Serialize)]
    struct Failed<'a> {
        line: usize,
        error: &'a str,
    }
    let mut errors = 0;
    for (n, line) in lines.iter().enumerate() {
        let written = match line {
            Ok(i) => {
                let s = &stories[*i as usize];
                serde_json::to_writer(
                    &mut out,
                    &Row {
                        id: &ids[*i as usize],
                        cluster: &ids[s.cluster],
                        origin: &ids[s.origin],
                        similarity: (s.similarity * 1000.0).round() / 1000.0,
                    },
                )
            }
            Err(e) => {
                errors += 1;
                serde_json::to_writer(&mut out, &Failed { line: n + 1, error: e })
            }
        };
        written.map_err(|e| format!("cannot write: {e}"))?;
        out.write_all(b"\n").map_err(|e| format!("cannot write: {e}"))?;
    }
    out.flush().map_err(|e| format!("cannot write: {e}"))?;
    let clusters = stories.iter().enumerate().filter(|(i, s)| s.cluster == *i).count();
    Ok(format!(
        "{} lines, {} records in {clusters} stories, {errors} error records",
        lines.len(),
        records.len()
    ))
}
