//! The full analysis over more than 1 MB of articles, against
//! unicode-segmentation's word bounds over the same text as a yardstick,
//! in the same run.
//!
//! Run: `cargo bench --bench analyze`

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use unicode_segmentation::UnicodeSegmentation;

mod common;
use common::{ARTICLES, corpus};

fn analyze(c: &mut Criterion) {
    let texts = corpus();
    let bytes: usize = texts.iter().map(|t| t.len()).sum();
    let analyzer = warta::Analyzer::new();
    assert!(!analyzer.analyze(ARTICLES[0]).entities.is_empty());
    let mut group = c.benchmark_group("analyze");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(10);
    group.bench_function("warta", |b| {
        b.iter(|| {
            texts.iter().map(|t| analyzer.analyze(black_box(t)).entities.len()).sum::<usize>()
        })
    });
    group.bench_function("split_word_bounds", |b| {
        b.iter(|| texts.iter().map(|t| black_box(t).split_word_bounds().count()).sum::<usize>())
    });
    group.finish();
}

criterion_group!(benches, analyze);
criterion_main!(benches);
