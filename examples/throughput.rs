//! Single-thread throughput of the whole analysis as `warta batch` runs it
//! (`analyze_json_line` per JSONL line: parse, analyse, serialise), against
//! unicode-segmentation's `split_word_bound_indices` over the same texts,
//! side by side in one process (start-up excluded: the built-in data is
//! loaded before timing). The first pass runs with empty per-thread caches
//! (cold), the next ones warm.
//!
//! `cargo run --release --example throughput -- benches/texts/varied.jsonl`
//!
//! With a second argument, `analyze` or `segment` (or `load`, the reading of
//! the file that both include), it makes one pass of that alone: for instruction counts, which do not
//! drift as wall-clock time does on a shared machine
//! (`valgrind --tool=cachegrind target/release/examples/throughput FILE analyze`).

use std::time::Instant;

use unicode_segmentation::UnicodeSegmentation;

fn main() -> std::io::Result<()> {
    let path = std::env::args().nth(1).unwrap_or_else(|| "benches/texts/varied.jsonl".into());
    let raw = std::fs::read(&path)?;
    let lines: Vec<&[u8]> = raw.split(|&b| b == b'\n').filter(|l| !l.is_empty()).collect();
    let texts: Vec<String> = lines
        .iter()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_slice(l).expect("JSONL");
            v["text"].as_str().unwrap_or_default().to_string()
        })
        .collect();
    let bytes: usize = texts.iter().map(String::len).sum();
    let analyzer = warta::Analyzer::new();
    // Start-up: the built-in data, on a text no pass below contains.
    let _ = analyzer.analyze("Pemanasan: Bank Indonesia di Jakarta.");
    match std::env::args().nth(2).as_deref() {
        Some("analyze") => {
            let out: usize = lines
                .iter()
                .enumerate()
                .map(|(i, l)| warta::analyze_json_line(l, i + 1, "text", &analyzer).len())
                .sum();
            println!("{out} output bytes");
            return Ok(());
        }
        // The reading and start-up above alone, to subtract from the other
        // two.
        Some("load") => return Ok(()),
        Some("segment") => {
            let n: usize = texts.iter().map(|t| t.split_word_bound_indices().count()).sum();
            println!("{n} segments");
            return Ok(());
        }
        _ => {}
    }
    let mb = |secs: f64| bytes as f64 / secs / 1e6;
    let run = |label: &str| {
        let t = Instant::now();
        let out: usize = lines
            .iter()
            .enumerate()
            .map(|(i, l)| warta::analyze_json_line(l, i + 1, "text", &analyzer).len())
            .sum();
        let s = t.elapsed().as_secs_f64();
        println!("{label:<28} {:>8.1} ms {:>7.2} MB/s ({out} output bytes)", s * 1e3, mb(s));
        s
    };
    let seg = || {
        let t = Instant::now();
        let n: usize = texts.iter().map(|t| t.split_word_bound_indices().count()).sum();
        let s = t.elapsed().as_secs_f64();
        println!(
            "{:<28} {:>8.1} ms {:>7.2} MB/s ({n} segments)",
            "split_word_bound_indices",
            s * 1e3,
            mb(s)
        );
        s
    };
    println!("{} texts, {bytes} bytes", texts.len());
    // Cold: fresh per-thread caches, so this pass runs on a new thread.
    let cold = std::thread::scope(|s| s.spawn(|| run("analyze_json_line cold")).join().unwrap());
    let mut warm = f64::MAX;
    let mut base = f64::MAX;
    for _ in 0..3 {
        base = base.min(seg());
        warm = warm.min(run("analyze_json_line warm"));
    }
    println!("ratio cold {:.2}x, warm {:.2}x split_word_bound_indices", base / cold, base / warm);
    Ok(())
}
