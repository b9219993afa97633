//! The full analysis over more than 1 MB of articles, against
//! unicode-segmentation's word bounds over the same text as a yardstick,
//! in the same run.
//!
//! Run: `cargo bench --bench analyze`

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use unicode_segmentation::UnicodeSegmentation;

const ARTICLES: [&str; 4] = [
    include_str!("texts/artikel-ekonomi.txt"),
    include_str!("texts/artikel-teknologi.txt"),
    include_str!("texts/artikel-bisnis.txt"),
    include_str!("texts/english.txt"),
];

/// The articles repeated to at least 1 MB, one text per article.
fn corpus() -> Vec<&'static str> {
    let mut texts = Vec::new();
    let mut bytes = 0;
    while bytes < 1 << 20 {
        for a in ARTICLES {
            texts.push(a);
            bytes += a.len();
        }
    }
    texts
}

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
