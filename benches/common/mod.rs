//! The benchmark corpus shared by every throughput bench, and the timing
//! helper for cold passes.
//!
//! The corpus is `benches/texts/varied.jsonl` (see `benches/texts/README.md`
//! for its sources and licences): 909 articles, 2.44 MB, about 39,000
//! distinct words, Indonesian and Malay news and formal text with some
//! English, nothing repeated. It is parsed once per bench, before any timing.
#![allow(dead_code, reason = "each bench uses a part of this module")]

use std::hint::black_box;
use std::time::{Duration, Instant};

/// The project's own articles (`benches/texts/*.txt`), as written: small
/// known texts for assertions. They are in the varied corpus too.
pub const ARTICLES: [&str; 4] = [
    include_str!("../texts/artikel-ekonomi.txt"),
    include_str!("../texts/artikel-teknologi.txt"),
    include_str!("../texts/artikel-bisnis.txt"),
    include_str!("../texts/english.txt"),
];

/// The varied corpus, one JSON object a line: `{"id", "source", "text"}`.
const VARIED: &str = include_str!("../texts/varied.jsonl");

/// The texts of the varied corpus, one article each, in file order.
pub fn corpus() -> Vec<String> {
    let texts: Vec<String> = VARIED
        .lines()
        .filter(|line| !line.trim().is_empty())
        .map(|line| {
            let mut value: serde_json::Value =
                serde_json::from_str(line).expect("varied.jsonl: one JSON object a line");
            match value["text"].take() {
                serde_json::Value::String(text) => text,
                other => panic!("varied.jsonl: \"text\" is not a string: {other}"),
            }
        })
        .collect();
    assert!(texts.len() > 900, "varied.jsonl: {} texts", texts.len());
    texts
}

/// The total size of `texts` in bytes, for `Throughput::Bytes`.
pub fn bytes(texts: &[String]) -> u64 {
    texts.iter().map(|t| t.len() as u64).sum()
}

/// Times `iters` runs of `work`, each on a newly spawned thread so that
/// every per-thread cache starts empty (a cold pass), for
/// `Bencher::iter_custom`. Only the work inside the thread is timed: not
/// spawning the thread, not joining it, not the thread's exit, which drops
/// its caches.
pub fn cold<R>(iters: u64, work: impl Fn() -> R + Sync) -> Duration {
    let work = &work;
    (0..iters)
        .map(|_| {
            std::thread::scope(|s| {
                s.spawn(move || {
                    let start = Instant::now();
                    let out = black_box(work());
                    let elapsed = start.elapsed();
                    drop(out);
                    elapsed
                })
                .join()
                .expect("bench thread panicked")
            })
        })
        .sum()
}
