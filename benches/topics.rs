//! Topic scoring over more than 1 MB of news articles: warta (tokenize and
//! score the built-in taxonomy, stems included) and the tokenizer alone, in
//! the same run.
//!
//! Run: `cargo bench --bench topics`

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

mod common;
use common::{ARTICLES, corpus};

fn topics(c: &mut Criterion) {
    let texts = corpus();
    let bytes: usize = texts.iter().map(|t| t.len()).sum();
    assert_eq!(warta::topics(ARTICLES[0])[0].label, "ekonomi");
    let mut group = c.benchmark_group("topics");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(20);
    group.bench_function("warta", |b| {
        b.iter(|| texts.iter().map(|t| warta::topics(black_box(t))[0].score).sum::<f64>())
    });
    group.bench_function("tokenize_only", |b| {
        b.iter(|| texts.iter().map(|t| warta::tokenize(black_box(t)).count()).sum::<usize>())
    });
    group.finish();
}

criterion_group!(benches, topics);
criterion_main!(benches);
