//! Language detection on realistic paragraphs: warta's detector and
//! `whatlang::detect` on the same texts, in the same run.
//!
//! Run: `cargo bench --bench language`

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

const ARTICLES: [&str; 3] = [
    include_str!("texts/artikel-ekonomi.txt"),
    include_str!("texts/artikel-teknologi.txt"),
    include_str!("texts/english.txt"),
];

fn paragraphs() -> Vec<&'static str> {
    ARTICLES.iter().flat_map(|a| a.split("\n\n")).map(str::trim).filter(|p| p.len() > 80).collect()
}

fn language(c: &mut Criterion) {
    let paras = paragraphs();
    assert!(paras.len() >= 15);
    assert!(warta::detect(paras[0]).is_some());
    let mut group = c.benchmark_group("language");
    group.throughput(Throughput::Elements(paras.len() as u64));
    group.bench_function("warta", |b| {
        b.iter(|| paras.iter().filter_map(|p| warta::detect(black_box(p))).count())
    });
    group.bench_function("whatlang", |b| {
        b.iter(|| paras.iter().filter_map(|p| whatlang::detect(black_box(p))).count())
    });
    group.finish();
}

criterion_group!(benches, language);
criterion_main!(benches);
