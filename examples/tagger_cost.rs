//! The work the name tagger adds to an analysis, for an instruction
//! counter (the wall clock drifts on shared machines; instruction counts
//! do not), and the wall time of both ways taken in turns in one process.
//!
//! Analyses every article of the varied benchmark corpus
//! (`benches/texts/varied.jsonl`) PASSES times, with the built-in tagger
//! (`with`) or without it (`without`), after one warm-up analysis that
//! loads all built-in data. Run it under callgrind for one pass and two:
//! the difference is what one pass costs.
//!
//! ```sh
//! cargo build --release --example tagger_cost
//! valgrind --tool=callgrind target/release/examples/tagger_cost with 1
//! valgrind --tool=callgrind target/release/examples/tagger_cost with 2
//! ```
//!
//! `both` alternates a pass with the tagger and a pass without, PASSES of
//! each, and prints the fastest and the median pass of each way and the
//! tagger's share of the analysis time: a drift of the machine's speed
//! falls on both ways alike.
//!
//! ```sh
//! target/release/examples/tagger_cost both 20
//! ```

use std::time::Instant;

fn main() {
    let mode = std::env::args().nth(1).unwrap_or_else(|| "with".to_string());
    let passes: usize = std::env::args().nth(2).and_then(|s| s.parse().ok()).unwrap_or(1);
    let texts: Vec<String> = include_str!("../benches/texts/varied.jsonl")
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).expect("one JSON object a line");
            v["text"].as_str().expect("a text").to_string()
        })
        .collect();
    let with = warta::Analyzer::new();
    let without = warta::Analyzer::new()
        .with_gazetteer(warta::Gazetteer::builtin().clone().with_tagger(None));
    let ways: Vec<(&str, &warta::Analyzer)> = match mode.as_str() {
        "with" => vec![("with", &with)],
        "without" => vec![("without", &without)],
        "both" => vec![("with", &with), ("without", &without)],
        other => panic!("`with`, `without` or `both`, not {other:?}"),
    };
    let mut times = vec![Vec::with_capacity(passes); ways.len()];
    let mut people = vec![0; ways.len()];
    for (_, a) in &ways {
        let _ = a.analyze("Menurut Bambang Sutrisno, harga beras di Jakarta naik.");
    }
    for _ in 0..passes {
        for (k, (_, a)) in ways.iter().enumerate() {
            let start = Instant::now();
            for t in &texts {
                let x = a.analyze(t);
                people[k] += x
                    .entities
                    .mentions
                    .iter()
                    .filter(|m| m.class == warta::EntityClass::Per)
                    .count();
            }
            times[k].push(start.elapsed().as_secs_f64() * 1e3);
        }
    }
    let mut fastest = Vec::new();
    for (k, (name, _)) in ways.iter().enumerate() {
        let t = &mut times[k];
        t.sort_by(f64::total_cmp);
        fastest.push(t[0]);
        println!(
            "{name}: {passes} passes over {} articles, {} person mentions; ms a pass: fastest {:.1}, median {:.1}",
            texts.len(),
            people[k],
            t[0],
            t[t.len() / 2]
        );
    }
    if let [w, wo] = fastest[..] {
        println!(
            "tagger: {:.1}% of the analysis time (fastest passes), analysis {:.2}x as long as without",
            100.0 * (w - wo) / w,
            w / wo
        );
    }
}
