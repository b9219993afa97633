//! Stemming throughput in words per second: warta's Indonesian stemmers over
//! the words of the project's news articles, and rust-stemmers' English
//! stemmer over English words in the same run, for scale.
//!
//! Run: `cargo bench --bench stem`

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use warta::{Algorithm, Stemmer, TokenKind};

const ARTICLES: [&str; 2] =
    [include_str!("texts/artikel-ekonomi.txt"), include_str!("texts/artikel-teknologi.txt")];

/// English words of running text (the crate's English test text).
const ENGLISH: &str = include_str!("texts/english.txt");

fn words(text: &str) -> Vec<String> {
    warta::tokenize(text)
        .filter(|t| t.kind() == TokenKind::Word)
        .map(|t| t.as_str().to_lowercase())
        .collect()
}

fn stem(c: &mut Criterion) {
    let indonesian: Vec<String> = ARTICLES.iter().flat_map(|a| words(a)).collect();
    let english = words(ENGLISH);
    let default = Stemmer::new();
    let tala = Stemmer::with_algorithm(Algorithm::Tala);
    // Force the lexicon before timing.
    assert_eq!(default.stem("penyelidikan"), "selidik");
    assert!(indonesian.len() > 700 && english.len() > 250);

    let mut group = c.benchmark_group("stem");
    group.throughput(Throughput::Elements(indonesian.len() as u64));
    group.bench_function("warta", |b| {
        b.iter(|| indonesian.iter().map(|w| default.stem(black_box(w)).len()).sum::<usize>())
    });
    group.bench_function("warta_tala", |b| {
        b.iter(|| indonesian.iter().map(|w| tala.stem(black_box(w)).len()).sum::<usize>())
    });
    let porter = rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::English);
    group.throughput(Throughput::Elements(english.len() as u64));
    group.bench_function("rust_stemmers_english", |b| {
        b.iter(|| english.iter().map(|w| porter.stem(black_box(w)).len()).sum::<usize>())
    });
    group.finish();
}

criterion_group!(benches, stem);
criterion_main!(benches);
