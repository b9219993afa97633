//! Topic scoring over more than 1 MB of news articles: warta (tokenize and
//! score the built-in taxonomy, stems included) and the tokenizer alone, in
//! the same run.
//!
//! Run: `cargo bench --bench topics`

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

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
