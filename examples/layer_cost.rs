//! What the quote and value layers add to an analysis, for an instruction
//! counter (the wall clock drifts on shared machines; instruction counts
//! do not).
//!
//! Analyses every article of the varied benchmark corpus
//! (`benches/texts/varied.jsonl`) PASSES times with every layer (`all`),
//! every layer but the quotes (`no-quotes`), the values (`no-values`) or
//! the near-duplicate signature (`no-signature`), after one warm-up analysis that loads all built-in data.
//! Run it under callgrind for one pass and two: the difference is what one
//! pass costs.
//!
//! ```sh
//! cargo build --release --example layer_cost
//! valgrind --tool=callgrind target/release/examples/layer_cost all 1
//! valgrind --tool=callgrind target/release/examples/layer_cost all 2
//! ```

use warta::Layers;

#[path = "../benches/common/mod.rs"]
mod common;

fn main() {
    let mode = std::env::args().nth(1).unwrap_or_else(|| "all".to_string());
    let passes: usize = std::env::args().nth(2).and_then(|s| s.parse().ok()).unwrap_or(1);
    let texts: Vec<String> = common::corpus();
    let base = Layers::SENTENCES | Layers::TOPICS | Layers::KEYWORDS | Layers::SIGNATURE;
    let layers = match mode.as_str() {
        "all" => Layers::ALL,
        "no-quotes" => base | Layers::VALUES,
        "no-values" => base | Layers::QUOTES,
        "no-signature" => {
            Layers::SENTENCES | Layers::TOPICS | Layers::KEYWORDS | Layers::VALUES | Layers::QUOTES
        }
        other => panic!("`all`, `no-quotes`, `no-values` or `no-signature`, not {other:?}"),
    };
    let a = warta::Analyzer::new();
    let _ = a.analyze("Menurut Bambang Sutrisno, harga beras naik 3 persen kemarin.");
    let mut found = 0;
    for _ in 0..passes {
        for t in &texts {
            let x = a.analyze_layers(t, layers);
            found += x.quotes.len() + x.values.len() + x.entities.mentions.len();
        }
    }
    println!("{mode}: {passes} passes, {found} quotes, values and mentions");
}
