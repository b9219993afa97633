//! Single-thread throughput of the whole analysis as `warta batch` runs it
//! (`analyze_json_line` per JSONL line: parse, analyse, serialise), against
//! unicode-segmentation's `split_word_bound_indices` over the same texts,
//! side by side in one process (start-up excluded: the built-in data is
//! loaded before timing). The first pass runs with empty per-thread caches
//! (cold), the next ones warm; five rounds, medians reported.
//!
//! `cargo run --release --example throughput -- benches/texts/varied.jsonl`
//!
//! With a second argument, `analyze`, `anatomy`, `entities` or `segment` (or `load`, the reading of
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
        // Page anatomy alone, one pass.
        Some("anatomy") => {
            let n: usize = texts.iter().map(|t| warta::anatomy(t).parts.len()).sum();
            println!("{n} parts");
            return Ok(());
        }
        // Entity extraction alone (the built-in gazetteer), one pass.
        Some("entities") => {
            let g = warta::Gazetteer::builtin();
            // An optional third argument repeats the pass, for sampling
            // profilers.
            let passes = std::env::args().nth(3).and_then(|n| n.parse().ok()).unwrap_or(1);
            let n: usize = (0..passes)
                .map(|_| texts.iter().map(|t| g.extract(t).mentions.len()).sum::<usize>())
                .sum();
            println!("{n} mentions");
            return Ok(());
        }
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
    // Five rounds, each timing the segmenter, a cold pass (fresh per-thread
    // caches: a new thread) and a warm pass (this thread, already over the
    // corpus) back to back, so that a slow spell of a shared machine hits
    // all three; the medians are reported.
    let (mut cold, mut warm, mut base) = (Vec::new(), Vec::new(), Vec::new());
    run("analyze_json_line warm-up");
    for _ in 0..5 {
        base.push(seg());
        cold.push(std::thread::scope(|s| {
            s.spawn(|| run("analyze_json_line cold")).join().expect("no panic")
        }));
        warm.push(run("analyze_json_line warm"));
    }
    let median = |v: &mut Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    let (cold, warm, base) = (median(&mut cold), median(&mut warm), median(&mut base));
    println!(
        "medians: split_word_bound_indices {:.1} ms, cold {:.1} ms, warm {:.1} ms",
        base * 1e3,
        cold * 1e3,
        warm * 1e3
    );
    println!("ratio cold {:.2}x, warm {:.2}x split_word_bound_indices", base / cold, base / warm);
    Ok(())
}
