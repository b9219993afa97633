//! A day's feed on every core, as a library user would write it: JSONL in,
//! one analysis per line out, in input order. (The `warta batch` command
//! does the same with error records and a progress bar.)
//! `cargo run --release --example batch -- IN.jsonl OUT.jsonl`.

use std::io::{BufRead, BufReader, BufWriter, Write};

use rayon::prelude::*;

fn main() -> std::io::Result<()> {
    let mut args = std::env::args().skip(1);
    let (Some(input), Some(output)) = (args.next(), args.next()) else {
        eprintln!("usage: batch IN.jsonl OUT.jsonl");
        std::process::exit(2);
    };
    let analyzer = warta::Analyzer::new();
    let lines: Vec<String> =
        BufReader::new(std::fs::File::open(input)?).lines().collect::<Result<_, _>>()?;
    let results: Vec<String> = lines
        .par_iter()
        .map(|line| {
            let text = serde_json::from_str::<serde_json::Value>(line)
                .ok()
                .and_then(|v| v.get("text").and_then(|t| t.as_str()).map(str::to_string));
            match text {
                Some(text) => serde_json::to_string(&analyzer.analyze(&text)).unwrap_or_default(),
                None => r#"{"error":"no text"}"#.to_string(),
            }
        })
        .collect();
    let mut out = BufWriter::new(std::fs::File::create(output)?);
    for r in results {
        writeln!(out, "{r}")?;
    }
    out.flush()
}
