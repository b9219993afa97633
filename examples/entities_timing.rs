//! Times the built-in gazetteer's load and entity extraction over the
//! project's articles: `cargo run --release --example entities_timing`.
//! (Prints wall-clock figures; the benchmark proper is `cargo bench --bench
//! entities`.)

use std::time::Instant;

const ARTICLES: [&str; 4] = [
    include_str!("../benches/texts/artikel-ekonomi.txt"),
    include_str!("../benches/texts/artikel-teknologi.txt"),
    include_str!("../benches/texts/artikel-bisnis.txt"),
    include_str!("../benches/texts/english.txt"),
];

fn main() {
    let start = Instant::now();
    let gaz = warta::Gazetteer::builtin();
    let load = start.elapsed();
    println!(
        "built-in gazetteer: {} entities, {} surface forms, loaded in {:.1} ms",
        gaz.len(),
        gaz.surface_count(),
        load.as_secs_f64() * 1e3
    );
    let rounds = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(100);
    let start = Instant::now();
    let mut mentions = 0;
    let mut bytes = 0;
    for _ in 0..rounds {
        for a in ARTICLES {
            mentions += gaz.extract(a).mentions.len();
            bytes += a.len();
        }
    }
    let secs = start.elapsed().as_secs_f64();
    let start = Instant::now();
    let mut tokens = 0;
    for _ in 0..rounds {
        for a in ARTICLES {
            tokens += warta::tokenize(a).count();
        }
    }
    let tsecs = start.elapsed().as_secs_f64();
    println!("tokenize only: {tokens} tokens, {:.1} MB/s", bytes as f64 / 1e6 / tsecs);
    println!(
        "{mentions} mentions in {:.1} MB: {:.1} MB/s",
        bytes as f64 / 1e6,
        bytes as f64 / 1e6 / secs
    );
}
