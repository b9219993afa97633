//! Topic scoring over the varied corpus (`benches/texts/varied.jsonl`,
//! 2.44 MB, one article at a time), in bytes per second, in the same run:
//!
//! - `warta_cold` and `warta_warm`: `warta::topics`, the whole way from text
//!   to the ranked topics of the built-in taxonomy, stems included. warta
//!   keeps a per-thread word cache (each distinct word is case-folded,
//!   stemmed and looked up once per thread), so the cold pass runs each iteration on a newly spawned thread,
//!   with an empty cache (only the work inside the thread is timed), and the
//!   warm pass on a thread that has already been over the whole corpus. The
//!   corpus has about 39,000 distinct words, so the cold pass pays for
//!   tens of thousands of stems.
//! - `tokenize_only`: the tokenizer alone, the yardstick. It keeps no
//!   per-thread cache, so it gets no cold/warm split.
//!
//! Run: `cargo bench --bench topics`

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

mod common;

fn topics(c: &mut Criterion) {
    let texts = common::corpus();
    assert_eq!(warta::topics(common::ARTICLES[0])[0].label, "ekonomi");
    let warta = || texts.iter().map(|t| warta::topics(black_box(t))[0].score).sum::<f64>();
    let tokens = || texts.iter().map(|t| warta::tokenize(black_box(t)).count()).sum::<usize>();
    // This pass also warms this thread for `warta_warm`.
    let scored = texts.iter().filter(|t| warta::topics(t)[0].score > 0.0).count();
    eprintln!("topics: {scored} of {} texts have a topic with a positive score", texts.len());
    assert!(scored * 2 > texts.len(), "{scored} of {} texts scored", texts.len());

    let mut group = c.benchmark_group("topics");
    group.throughput(Throughput::Bytes(common::bytes(&texts)));
    group.sample_size(20);
    group.bench_function("warta_cold", |b| b.iter_custom(|iters| common::cold(iters, warta)));
    black_box(warta());
    group.bench_function("warta_warm", |b| b.iter(warta));
    group.bench_function("tokenize_only", |b| b.iter(tokens));
    group.finish();
}

criterion_group!(benches, topics);
criterion_main!(benches);
