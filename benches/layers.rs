//! The cost of the quote and value layers, over the varied corpus
//! (`benches/texts/varied.jsonl`, one article at a time), in bytes per
//! second, in the same run:
//!
//! - `analyze_all`: `warta::Analyzer::new().analyze`, every layer (the
//!   default).
//! - `analyze_without_quotes`: every layer but the quotes (`analyze_layers`
//!   with `SENTENCES | TOPICS | KEYWORDS | SIGNATURE | VALUES`), so the difference is
//!   what the quotes cost.
//! - `analyze_without_values`: every layer but the values, so the
//!   difference is what the values cost.
//!
//! The analyzer is run over the corpus once before timing (its data is
//! loaded once per process), so these are warm figures.
//!
//! Run: `cargo bench --bench layers`

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use warta::Layers;

mod common;

fn layers(c: &mut Criterion) {
    let texts = common::corpus();
    let a = warta::Analyzer::new();
    let base = Layers::SENTENCES | Layers::TOPICS | Layers::KEYWORDS | Layers::SIGNATURE;
    let run = |layers: Layers| {
        texts
            .iter()
            .map(|t| {
                let x = a.analyze_layers(black_box(t), layers);
                x.quotes.len() + x.values.len() + x.entities.mentions.len()
            })
            .sum::<usize>()
    };
    let quotes: usize = texts.iter().map(|t| a.analyze(t).quotes.len()).sum();
    let values: usize = texts.iter().map(|t| a.analyze(t).values.len()).sum();
    eprintln!("layers: {quotes} quotes and {values} values in the corpus");
    assert!(quotes > 100 && values > 1000, "{quotes} quotes, {values} values");

    let mut group = c.benchmark_group("layers");
    group.throughput(Throughput::Bytes(common::bytes(&texts)));
    group.sample_size(10);
    group.bench_function("analyze_all", |b| b.iter(|| run(Layers::ALL)));
    group.bench_function("analyze_without_quotes", |b| b.iter(|| run(base | Layers::VALUES)));
    group.bench_function("analyze_without_values", |b| b.iter(|| run(base | Layers::QUOTES)));
    group.finish();
}

criterion_group!(benches, layers);
criterion_main!(benches);
