//! Throughput of the tokenizer and the sentence splitter, side by side with
//! unicode-segmentation over the same text.
//!
//! Run: `cargo bench --bench tokenize`

use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use unicode_segmentation::UnicodeSegmentation;

const ARTICLES: [&str; 2] =
    [include_str!("texts/artikel-ekonomi.txt"), include_str!("texts/artikel-teknologi.txt")];

/// At least `min` bytes of news text: the project's articles, alternating.
fn corpus(min: usize) -> String {
    let mut text = String::with_capacity(min + 8192);
    let mut i = 0;
    while text.len() < min {
        text.push_str(ARTICLES[i % ARTICLES.len()]);
        text.push('\n');
        i += 1;
    }
    text
}

fn tokenize(c: &mut Criterion) {
    let text = corpus(1 << 20);
    // Force the lazily built tables before timing.
    assert!(warta::tokenize(&text).count() > 150_000);
    let mut group = c.benchmark_group("tokenize");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("warta", |b| {
        b.iter(|| {
            let mut acc = 0usize;
            for tok in warta::tokenize(black_box(&text)) {
                acc = acc.wrapping_add(tok.start() ^ tok.end() ^ tok.kind() as usize);
            }
            acc
        })
    });
    group.bench_function("split_word_bounds", |b| {
        b.iter(|| {
            let mut acc = 0usize;
            for (start, word) in black_box(text.as_str()).split_word_bound_indices() {
                acc = acc.wrapping_add(start ^ word.len());
            }
            acc
        })
    });
    group.finish();
}

fn sentences(c: &mut Criterion) {
    let text = corpus(1 << 20);
    assert!(warta::sentences(&text).count() > 5_000);
    let mut group = c.benchmark_group("sentences");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("warta", |b| {
        b.iter(|| {
            let mut acc = 0usize;
            for s in warta::sentences(black_box(&text)) {
                acc = acc.wrapping_add(s.span().start ^ s.span().end);
            }
            acc
        })
    });
    group.bench_function("unicode_sentences", |b| {
        b.iter(|| {
            let mut acc = 0usize;
            for s in black_box(text.as_str()).unicode_sentences() {
                acc = acc.wrapping_add(s.len());
            }
            acc
        })
    });
    group.finish();
}

/// Pathological inputs at 1 MB and 10 MB: time must grow linearly.
fn pathological(c: &mut Criterion) {
    let mut group = c.benchmark_group("pathological");
    group.sample_size(10);
    type Make = fn(usize) -> String;
    let inputs: [(&str, Make); 4] = [
        ("no_spaces", |n| "abc-def.ghi,123/".repeat(n / 16)),
        ("punct_run", |n| ".,;:!?".repeat(n / 6)),
        ("letters_only", |n| "a".repeat(n)),
        ("emoji_only", |n| "👍🏽🇮🇩".repeat(n / 16)),
    ];
    for (name, make) in inputs {
        for mb in [1usize, 10] {
            let text = make(mb << 20);
            group.throughput(Throughput::Bytes(text.len() as u64));
            group.bench_with_input(BenchmarkId::new(name, format!("{mb}MB")), &text, |b, text| {
                b.iter(|| warta::tokenize(black_box(text)).count())
            });
        }
    }
    group.finish();
}

criterion_group!(benches, tokenize, sentences, pathological);
criterion_main!(benches);
