//! Entity extraction over the varied corpus (`benches/texts/varied.jsonl`,
//! 2.44 MB, one article at a time) with the full built-in gazetteer, in
//! bytes per second, in the same run:
//!
//! - `warta_cold` and `warta_warm`: `warta::Gazetteer::builtin().extract`,
//!   summed mentions (tokens, gazetteer lookups, patterns, the rules that
//!   keep or drop a name). warta keeps a per-thread token buffer, so the cold
//!   pass runs each iteration on a newly spawned thread (only the work inside
//!   it is timed) and the warm pass on a thread that has already been over the
//!   whole corpus.
//! - `tokenize_only`: warta's tokenizer alone, which extraction runs first:
//!   the yardstick.
//! - `aho_corasick`: the aho-corasick crate doing the same lookup job in its
//!   fastest fair configuration: every gazetteer surface (from
//!   `Gazetteer::surfaces`) in its listed case and in ALL CAPS, deduplicated,
//!   searched leftmost-longest on the raw bytes, then warta's word-boundary
//!   filter (no ASCII letter or digit and no non-ASCII byte just before or
//!   after a match). Why this configuration:
//!   - Case-sensitive, no `ascii_case_insensitive`: warta only matches a name
//!     written with a capital or in its listed case, so folding ASCII case
//!     would be work warta never does (and would find names in lower-case
//!     running text that warta rightly skips). The listed case plus ALL CAPS
//!     covers the forms news text writes names in.
//!   - `AhoCorasickKind::DFA`: aho-corasick's fastest search kind (one table
//!     lookup a byte), at the price of memory and build time.
//!   - The automaton is built before timing, as warta's gazetteer is (a
//!     process-wide table built once).
//!   - No per-thread caches in aho-corasick or the tokenizer, so they get no
//!     cold/warm split: a cold pass would time the same work.
//!
//! The two counts (printed once before timing) are not meant to agree:
//! warta also finds names by pattern that no gazetteer lists, matches a name
//! in any case after a capital, and drops surfaces whose rules fail
//! (ambiguous words at the start of a sentence, tickers outside their cues),
//! while the automaton takes every listed surface wherever it stands.
//!
//! Run: `cargo bench --bench entities`

use std::hint::black_box;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

mod common;

/// Whether `b` may be part of a word: an ASCII letter or digit, or any byte
/// of a non-ASCII character.
fn word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b >= 0x80
}

/// The whole-word matches of `ac` in `text`.
fn aho_corasick_count(ac: &AhoCorasick, text: &str) -> usize {
    let bytes = text.as_bytes();
    ac.find_iter(bytes)
        .filter(|m| {
            (m.start() == 0 || !word_byte(bytes[m.start() - 1]))
                && (m.end() == bytes.len() || !word_byte(bytes[m.end()]))
        })
        .count()
}

fn entities(c: &mut Criterion) {
    let texts = common::corpus();
    let gaz = warta::Gazetteer::builtin();
    let mut names: Vec<String> = gaz
        .surfaces()
        .flat_map(|(surface, _)| {
            let caps = surface.to_uppercase();
            [surface, caps]
        })
        .collect();
    names.sort_unstable();
    names.dedup();
    let ac = AhoCorasick::builder()
        .kind(Some(AhoCorasickKind::DFA))
        .match_kind(MatchKind::LeftmostLongest)
        .build(&names)
        .expect("automaton builds");

    let warta = || texts.iter().map(|t| gaz.extract(black_box(t)).mentions.len()).sum::<usize>();
    let tokens = || texts.iter().map(|t| warta::tokenize(black_box(t)).count()).sum::<usize>();
    let aho = || texts.iter().map(|t| aho_corasick_count(&ac, black_box(t))).sum::<usize>();
    // This pass also warms this thread for `warta_warm`.
    let (mentions, token_count, matches) = (warta(), tokens(), aho());
    eprintln!(
        "entities: {} surfaces ({} patterns with ALL CAPS); warta {mentions} mentions, \
         aho_corasick {matches} whole-word matches, tokenize_only {token_count} tokens",
        gaz.surfaces().count(),
        names.len()
    );
    assert!(mentions > 1_000 && matches > 1_000, "{mentions} mentions, {matches} matches");
    assert!(gaz.extract(common::ARTICLES[0]).mentions.iter().any(|m| m.text == "Bank Indonesia"));

    let mut group = c.benchmark_group("entities");
    group.throughput(Throughput::Bytes(common::bytes(&texts)));
    group.sample_size(20);
    group.bench_function("warta_cold", |b| b.iter_custom(|iters| common::cold(iters, warta)));
    black_box(warta());
    group.bench_function("warta_warm", |b| b.iter(warta));
    group.bench_function("tokenize_only", |b| b.iter(tokens));
    group.bench_function("aho_corasick", |b| b.iter(aho));
    group.finish();
}

criterion_group!(benches, entities);
criterion_main!(benches);
