//! The work the name tagger adds to an analysis, for an instruction
//! counter (the wall clock drifts on shared machines; instruction counts
//! do not).
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
    let analyzer = match mode.as_str() {
        "with" => warta::Analyzer::new(),
        "without" => warta::Analyzer::new()
            .with_gazetteer(warta::Gazetteer::builtin().clone().with_tagger(None)),
        other => panic!("`with` or `without`, not {other:?}"),
    };
    let _ = analyzer.analyze("Menurut Bambang Sutrisno, harga beras di Jakarta naik.");
    let mut people = 0;
    for _ in 0..passes {
        for t in &texts {
            let a = analyzer.analyze(t);
            people +=
                a.entities.mentions.iter().filter(|m| m.class == warta::EntityClass::Per).count();
        }
    }
    println!("{mode}: {passes} passes over {} articles, {people} person mentions", texts.len());
}
