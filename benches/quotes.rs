//! The cost of the quote layer, over the varied corpus
//! (`benches/texts/varied.jsonl`, one article at a time), in bytes per
//! second, in the same run:
//!
//! - `analyze_with_quotes`: `warta::Analyzer::new().analyze`, every layer
//!   (the default).
//! - `analyze_without_quotes`: every layer but the quotes
//!   (`analyze_layers` with `SENTENCES | TOPICS | KEYWORDS`), so the
//!   difference is what the quotes cost.
//!
//! The analyzer is run over the corpus once before timing (its data is
//! loaded once per process), so these are warm figures.
//!
//! Run: `cargo bench --bench quotes`

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use warta::Layers;

mod common;

fn quotes(c: &mut Criterion) {
    let texts = common::corpus();
    let a = warta::Analyzer::new();
    let rest = Layers::SENTENCES | Layers::TOPICS | Layers::KEYWORDS;
    let with = || texts.iter().map(|t| a.analyze(black_box(t)).quotes.len()).sum::<usize>();
    let without = || {
        texts
            .iter()
            .map(|t| a.analyze_layers(black_box(t), rest).entities.mentions.len())
            .sum::<usize>()
    };
    let n = with();
    eprintln!("quotes: {n} quotes in the corpus");
    assert!(n > 100, "{n} quotes");
    let _ = without();

    let mut group = c.benchmark_group("quotes");
    group.throughput(Throughput::Bytes(common::bytes(&texts)));
    group.sample_size(10);
    group.bench_function("analyze_with_quotes", |b| b.iter(with));
    group.bench_function("analyze_without_quotes", |b| b.iter(without));
    group.finish();
}

criterion_group!(benches, quotes);
criterion_main!(benches);
