//! Stemming throughput in words per second over the distinct words of the
//! varied corpus (`benches/texts/varied.jsonl`): every word token,
//! lowercased, each distinct word once in order of first appearance, nothing
//! repeated, so no stemmer is flattered by the hot few words of running text.
//!
//! warta's default stemmer and its Tala stemmer run side by side with
//! rust-stemmers' English (Porter 2) stemmer over the same words. rust-stemmers
//! has no Indonesian algorithm, so its figure is a yardstick for the cost of
//! a suffix stemmer per word, not a like-for-like rival.
//!
//! No cold/warm split: `warta::Stemmer` keeps no per-thread cache (the
//! lexicon is one process-wide table, built before timing), and neither does
//! rust-stemmers.
//!
//! Run: `cargo bench --bench stem`

use std::collections::HashSet;
use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use warta::{Algorithm, Stemmer, TokenKind};

mod common;

/// The distinct lowercased word tokens of `texts`, in order of first
/// appearance.
fn distinct_words(texts: &[String]) -> Vec<String> {
    let mut seen = HashSet::new();
    texts
        .iter()
        .flat_map(|t| warta::tokenize(t))
        .filter(|t| t.kind() == TokenKind::Word)
        .map(|t| t.as_str().to_lowercase())
        .filter(|w| seen.insert(w.clone()))
        .collect()
}

fn stem(c: &mut Criterion) {
    let words = distinct_words(&common::corpus());
    let default = Stemmer::new();
    let tala = Stemmer::with_algorithm(Algorithm::Tala);
    let porter = rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::English);
    // Force the lexicon before timing.
    assert_eq!(default.stem("penyelidikan"), "selidik");
    let changed = |f: &dyn Fn(&str) -> usize| words.iter().filter(|w| f(w) != w.len()).count();
    let (by_default, by_tala) =
        (changed(&|w| default.stem(w).len()), changed(&|w| tala.stem(w).len()));
    let by_porter = changed(&|w| porter.stem(w).len());
    eprintln!(
        "stem: {} distinct words; changed by warta {by_default}, warta_tala {by_tala}, \
         rust_stemmers_english {by_porter}",
        words.len()
    );
    assert!(words.len() > 25_000, "{} distinct words", words.len());
    assert!(by_default > words.len() / 10 && by_tala > words.len() / 10);

    let mut group = c.benchmark_group("stem");
    group.throughput(Throughput::Elements(words.len() as u64));
    group.bench_function("warta", |b| {
        b.iter(|| words.iter().map(|w| default.stem(black_box(w)).len()).sum::<usize>())
    });
    group.bench_function("warta_tala", |b| {
        b.iter(|| words.iter().map(|w| tala.stem(black_box(w)).len()).sum::<usize>())
    });
    group.bench_function("rust_stemmers_english", |b| {
        b.iter(|| words.iter().map(|w| porter.stem(black_box(w)).len()).sum::<usize>())
    });
    group.finish();
}

criterion_group!(benches, stem);
criterion_main!(benches);
