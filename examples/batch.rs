//! A day's feed on every core, as a library user would write it: JSONL in,
//! one record per line out, in input order. [`warta::analyze_json_line`]
//! does what `warta batch` does to each line: the analysis with the line's
//! `id` and number, or an error record; invalid UTF-8 repaired and flagged.
//! (`warta batch` adds bounded memory, a line-length limit, a progress bar
//! and `--resume`.)
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
    // Lines as bytes: one bad byte must not stop the feed.
    let lines: Vec<Vec<u8>> =
        BufReader::new(std::fs::File::open(input)?).split(b'\n').collect::<Result<_, _>>()?;
    let results: Vec<String> = lines
        .par_iter()
        .enumerate()
        .map(|(i, line)| warta::analyze_json_line(line, i + 1, "text", &analyzer))
        .collect();
    let mut out = BufWriter::new(std::fs::File::create(output)?);
    for r in results {
        writeln!(out, "{r}")?;
    }
    out.flush()
}
