//! Language detection over the varied corpus (`benches/texts/varied.jsonl`,
//! 2.44 MB): `warta::detect` and `whatlang::detect` on each article, the same
//! texts in the same run, in bytes per second.
//!
//! `warta::detect` reads the text through warta's per-thread word cache
//! (each distinct word looked up once per thread), so it is measured twice:
//! `warta_cold` runs each iteration on a newly spawned thread, with an empty
//! cache (only the work inside the thread is timed), and `warta_warm` on a
//! thread that has already been over the whole corpus. whatlang keeps no
//! per-thread cache, so it gets no cold/warm split.
//!
//! A second group, `language_paragraphs`, runs both on each paragraph of
//! the same articles: a feed of short texts, where the cost per call
//! counts.
//!
//! Run: `cargo bench --bench language`

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use warta::Language;

mod common;

fn language(c: &mut Criterion) {
    let texts = common::corpus();
    // This pass also warms this thread for `warta_warm`. The corpus is
    // Indonesian and Malay but for about 65 English articles.
    let malay = texts
        .iter()
        .filter_map(|t| warta::detect(t))
        .filter(|d| matches!(d.language, Language::Indonesian | Language::Malay))
        .count();
    let whatlang = texts.iter().filter_map(|t| whatlang::detect(t)).count();
    eprintln!(
        "language: {} texts; warta says Indonesian or Malay for {malay}; whatlang answers {whatlang}",
        texts.len()
    );
    assert!(malay * 10 > texts.len() * 8, "{malay} of {} texts", texts.len());

    let mut group = c.benchmark_group("language");
    group.throughput(Throughput::Bytes(common::bytes(&texts)));
    let warta = || texts.iter().filter_map(|t| warta::detect(black_box(t))).count();
    group.bench_function("warta_cold", |b| b.iter_custom(|iters| common::cold(iters, warta)));
    black_box(warta());
    group.bench_function("warta_warm", |b| b.iter(warta));
    group.bench_function("whatlang", |b| {
        b.iter(|| texts.iter().filter_map(|t| whatlang::detect(black_box(t))).count())
    });
    group.finish();

    // The same texts one paragraph at a time (a feed of snippets, comments
    // or sentences): the per-call cost of each detector.
    let paras: Vec<&str> =
        texts.iter().flat_map(|t| t.split("\n\n")).filter(|p| !p.trim().is_empty()).collect();
    let mut group = c.benchmark_group("language_paragraphs");
    group.throughput(Throughput::Bytes(paras.iter().map(|p| p.len() as u64).sum()));
    let warta = || paras.iter().filter_map(|p| warta::detect(black_box(p))).count();
    group.bench_function("warta_cold", |b| b.iter_custom(|iters| common::cold(iters, warta)));
    black_box(warta());
    group.bench_function("warta_warm", |b| b.iter(warta));
    group.bench_function("whatlang", |b| {
        b.iter(|| paras.iter().filter_map(|p| whatlang::detect(black_box(p))).count())
    });
    group.finish();
}

criterion_group!(benches, language);
criterion_main!(benches);
