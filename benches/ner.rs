//! The cost of the name tagger, over the varied corpus
//! (`benches/texts/varied.jsonl`, 2.44 MB, one article at a time), in bytes
//! per second, in the same run:
//!
//! - `analyze_with_tagger`: `warta::Analyzer::new().analyze`, the whole
//!   analysis with the built-in tagger and person linking (the default).
//! - `analyze_without_tagger`: the same analysis with the built-in
//!   gazetteer but no tagger (`Gazetteer::with_tagger(None)`), so the
//!   difference is what the tagger costs.
//! - `entities_with_tagger` and `entities_without_tagger`: entity
//!   extraction alone, both ways.
//!
//! Both analyzers are built and run over the corpus once before timing
//! (their data is loaded once per process), so these are warm figures.
//!
//! Run: `cargo bench --bench ner`

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

mod common;

fn ner(c: &mut Criterion) {
    let texts = common::corpus();
    let with = warta::Analyzer::new();
    let plain = warta::Gazetteer::builtin().clone().with_tagger(None);
    let without = warta::Analyzer::new().with_gazetteer(plain.clone());
    let tagged = warta::Gazetteer::builtin();
    let per = |a: &warta::Analyzer| {
        texts
            .iter()
            .map(|t| {
                let x = a.analyze(black_box(t));
                x.entities.mentions.iter().filter(|m| m.class == warta::EntityClass::Per).count()
            })
            .sum::<usize>()
    };
    let mentions = |g: &warta::Gazetteer| {
        texts.iter().map(|t| g.extract(black_box(t)).mentions.len()).sum::<usize>()
    };
    let (p_with, p_without) = (per(&with), per(&without));
    eprintln!(
        "ner: person mentions with the tagger {p_with}, without {p_without}; mentions {} / {}",
        mentions(tagged),
        mentions(&plain)
    );
    assert!(p_with > 1_000, "{p_with} person mentions");

    let mut group = c.benchmark_group("ner");
    group.throughput(Throughput::Bytes(common::bytes(&texts)));
    group.sample_size(10);
    group.bench_function("analyze_with_tagger", |b| b.iter(|| per(&with)));
    group.bench_function("analyze_without_tagger", |b| b.iter(|| per(&without)));
    group.bench_function("entities_with_tagger", |b| b.iter(|| mentions(tagged)));
    group.bench_function("entities_without_tagger", |b| b.iter(|| mentions(&plain)));
    group.finish();
}

criterion_group!(benches, ner);
criterion_main!(benches);
