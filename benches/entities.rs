//! Entity extraction over more than 1 MB of news articles with the full
//! built-in gazetteer: warta (tokens -> entities) and the aho-corasick crate
//! (leftmost-longest over the same surface names on the raw text, ASCII case
//! folded, then a word-boundary filter), in the same run.
//!
//! Run: `cargo bench --bench entities`

use std::hint::black_box;

use aho_corasick::{AhoCorasick, MatchKind};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

mod common;
use common::corpus;

fn word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b >= 0x80
}

fn entities(c: &mut Criterion) {
    let texts = corpus();
    let bytes: usize = texts.iter().map(|t| t.len()).sum();
    let gaz = warta::Gazetteer::builtin();
    let names: Vec<String> = gaz.surfaces().map(|(s, _)| s).collect();
    let ac = AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .ascii_case_insensitive(true)
        .build(&names)
        .expect("automaton builds");
    let mut group = c.benchmark_group("entities");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(20);
    group.bench_function("warta", |b| {
        b.iter(|| texts.iter().map(|t| gaz.extract(black_box(t)).mentions.len()).sum::<usize>())
    });
    // The yardstick: the tokenizer alone, which the warta function runs first.
    group.bench_function("tokenize_only", |b| {
        b.iter(|| texts.iter().map(|t| warta::tokenize(black_box(t)).count()).sum::<usize>())
    });
    group.bench_function("aho_corasick", |b| {
        b.iter(|| {
            texts
                .iter()
                .map(|t| {
                    let bytes = black_box(t).as_bytes();
                    ac.find_iter(bytes)
                        .filter(|m| {
                            (m.start() == 0 || !word_byte(bytes[m.start() - 1]))
                                && (m.end() == bytes.len() || !word_byte(bytes[m.end()]))
                        })
                        .count()
                })
                .sum::<usize>()
        })
    });
    group.finish();
}

criterion_group!(benches, entities);
criterion_main!(benches);
