//! Throughput of the tokenizer and the sentence splitter on the varied corpus
//! (`benches/texts/varied.jsonl`, 2.44 MB, one article at a time), side by
//! side with unicode-segmentation over the same texts: its word bounds
//! (`split_word_bounds`: `split_word_bound_indices`, every segment, spaces
//! included, as warta yields every token with its offsets), its words
//! (`unicode_word_indices`, word segments only) and its sentences
//! (`unicode_sentences`). Neither side keeps
//! per-thread caches, so there is no cold/warm split here. Plus
//! pathological inputs at 1 MB and 10 MB.
//!
//! Run: `cargo bench --bench tokenize`

use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use unicode_segmentation::UnicodeSegmentation;
use warta::TokenKind;

mod common;

fn tokenize(c: &mut Criterion) {
    let texts = common::corpus();
    // Force the lazily built tables before timing, and check that warta's
    // words and unicode-segmentation's agree in number to within 10%
    // (they differ on clitics, numbers, URLs and the like).
    let tokens: usize = texts.iter().map(|t| warta::tokenize(t).count()).sum();
    let words: usize = texts
        .iter()
        .map(|t| warta::tokenize(t).filter(|t| t.kind() == TokenKind::Word).count())
        .sum();
    let uax29: usize = texts.iter().map(|t| t.unicode_words().count()).sum();
    eprintln!("tokenize: warta {tokens} tokens, {words} words; unicode_words {uax29}");
    assert!(words > 300_000 && tokens > words);
    assert!(words.abs_diff(uax29) * 10 < uax29, "warta {words} words, unicode_words {uax29}");

    let mut group = c.benchmark_group("tokenize");
    group.throughput(Throughput::Bytes(common::bytes(&texts)));
    group.bench_function("warta", |b| {
        b.iter(|| {
            let mut acc = 0usize;
            for text in &texts {
                for tok in warta::tokenize(black_box(text)) {
                    acc = acc.wrapping_add(tok.start() ^ tok.end() ^ tok.kind() as usize);
                }
            }
            acc
        })
    });
    group.bench_function("split_word_bounds", |b| {
        b.iter(|| {
            let mut acc = 0usize;
            for text in &texts {
                for (start, word) in black_box(text.as_str()).split_word_bound_indices() {
                    acc = acc.wrapping_add(start ^ word.len());
                }
            }
            acc
        })
    });
    group.bench_function("unicode_word_indices", |b| {
        b.iter(|| {
            let mut acc = 0usize;
            for text in &texts {
                for (start, word) in black_box(text.as_str()).unicode_word_indices() {
                    acc = acc.wrapping_add(start ^ word.len());
                }
            }
            acc
        })
    });
    group.finish();
}

fn sentences(c: &mut Criterion) {
    let texts = common::corpus();
    let warta: usize = texts.iter().map(|t| warta::sentences(t).count()).sum();
    let uax29: usize = texts.iter().map(|t| t.unicode_sentences().count()).sum();
    eprintln!("sentences: warta {warta}, unicode_sentences {uax29}");
    assert!(warta > 10_000 && uax29 > 10_000);

    let mut group = c.benchmark_group("sentences");
    group.throughput(Throughput::Bytes(common::bytes(&texts)));
    group.bench_function("warta", |b| {
        b.iter(|| {
            let mut acc = 0usize;
            for text in &texts {
                for s in warta::sentences(black_box(text)) {
                    acc = acc.wrapping_add(s.span().start ^ s.span().end);
                }
            }
            acc
        })
    });
    group.bench_function("unicode_sentences", |b| {
        b.iter(|| {
            let mut acc = 0usize;
            for text in &texts {
                for s in black_box(text.as_str()).unicode_sentences() {
                    acc = acc.wrapping_add(s.len());
                }
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
