//! The full analysis (`warta::Analyzer::analyze`: anatomy, language,
//! entities, topics, keywords) over the varied corpus
//! (`benches/texts/varied.jsonl`, 2.44 MB, one article at a time), against
//! unicode-segmentation's word bounds over the same texts as a yardstick, in
//! bytes per second, in the same run.
//!
//! warta keeps per-thread caches (its word table: each distinct word's
//! folded form, stem and resource data, looked up once per thread; token
//! buffers), so it is measured twice: `warta_cold` runs each
//! iteration on a newly spawned thread, with empty caches (only the work
//! inside the thread is timed), and `warta_warm` on a thread that has already
//! analysed the whole corpus. unicode-segmentation keeps no per-thread
//! caches, so it gets no cold/warm split.
//!
//! Run: `cargo bench --bench analyze`

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use unicode_segmentation::UnicodeSegmentation;

mod common;

fn analyze(c: &mut Criterion) {
    let texts = common::corpus();
    let analyzer = warta::Analyzer::new();
    assert!(!analyzer.analyze(common::ARTICLES[0]).entities.mentions.is_empty());
    let warta = || {
        texts.iter().map(|t| analyzer.analyze(black_box(t)).entities.mentions.len()).sum::<usize>()
    };
    // This pass also warms this thread for `warta_warm`.
    let entities = warta();
    let keywords: usize = texts.iter().map(|t| analyzer.analyze(t).keywords.len()).sum();
    eprintln!(
        "analyze: {entities} entity mentions, {keywords} keywords over {} texts",
        texts.len()
    );
    assert!(
        entities > 1_000 && keywords > texts.len(),
        "{entities} entity mentions, {keywords} keywords"
    );

    let mut group = c.benchmark_group("analyze");
    group.throughput(Throughput::Bytes(common::bytes(&texts)));
    group.sample_size(10);
    group.bench_function("warta_cold", |b| b.iter_custom(|iters| common::cold(iters, warta)));
    black_box(warta());
    group.bench_function("warta_warm", |b| b.iter(warta));
    group.bench_function("split_word_bounds", |b| {
        b.iter(|| texts.iter().map(|t| black_box(t).split_word_bounds().count()).sum::<usize>())
    });
    group.finish();
}

criterion_group!(benches, analyze);
criterion_main!(benches);
