//! HTML pages: warta's whole HTML analysis (`Page::from_html`, then
//! `Analyzer::analyze_html`), its HTML stage alone (`Page::from_html`:
//! parsing, metadata, boilerplate removal, extraction), and dom_smoothie's
//! extraction alone (the crate warta builds on, with its default
//! configuration), over the same pages in the same run, in bytes of HTML
//! per second.
//!
//! The pages: the project's own portal pages (`tests/html/`), and, when
//! the evaluation data is beside the project (`../shared/eval/html`), the
//! 181 pages of the public article-extraction benchmark (31.5 MB), read at
//! run time and never copied into the project. Without them the bench runs
//! on the project's pages alone and says so.
//!
//! warta's analysis keeps per-thread caches, so it is measured cold (each
//! iteration on a new thread) and warm; the HTML stage and dom_smoothie
//! keep none.
//!
//! Run: `cargo bench --bench html`

use std::hint::black_box;
use std::io::Read;
use std::path::Path;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

mod common;

/// Every `.html` or `.html.gz` file of `dir`, decompressed, in name order.
fn pages_in(dir: &Path) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(dir) else { return Vec::new() };
    let mut paths: Vec<_> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().contains(".html"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| {
            let mut raw = Vec::new();
            let file = std::fs::File::open(p).expect("a readable page");
            if p.to_string_lossy().ends_with(".gz") {
                flate2::read::MultiGzDecoder::new(file).read_to_end(&mut raw).expect("gzip");
            } else {
                std::io::BufReader::new(file).read_to_end(&mut raw).expect("readable");
            }
            String::from_utf8_lossy(&raw).into_owned()
        })
        .collect()
}

fn html(c: &mut Criterion) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut pages = pages_in(&root.join("tests/html"));
    let own = pages.len();
    pages.extend(pages_in(&root.join("../shared/eval/html/html")));
    let bytes: usize = pages.iter().map(String::len).sum();
    eprintln!(
        "html: {} pages ({own} of the project's), {:.1} MB{}",
        pages.len(),
        bytes as f64 / 1e6,
        if pages.len() == own { "; the benchmark pages are not here" } else { "" }
    );
    assert!(own >= 20, "tests/html: {own} pages");

    let analyzer = warta::Analyzer::new();
    let analysis = || {
        pages
            .iter()
            .map(|h| {
                let page = warta::Page::from_html(black_box(h), None);
                analyzer.analyze_html(&page).entities.mentions.len()
            })
            .sum::<usize>()
    };
    let stage = || {
        pages.iter().map(|h| warta::Page::from_html(black_box(h), None).text.len()).sum::<usize>()
    };
    let smoothie = || {
        pages
            .iter()
            .map(|h| {
                dom_smoothie::Readability::new(black_box(h.as_str()), None, None)
                    .ok()
                    .and_then(|mut r| r.parse().ok())
                    .map_or(0, |a| a.text_content.len())
            })
            .sum::<usize>()
    };
    let mentions = analysis();
    let (text, theirs) = (stage(), smoothie());
    eprintln!(
        "html: {mentions} entity mentions; {text} bytes of article text (dom_smoothie: {theirs})"
    );
    assert!(mentions > 100 && text > 10_000 && theirs > 10_000);

    let mut group = c.benchmark_group("html");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(10);
    group.bench_function("warta_analysis_cold", |b| {
        b.iter_custom(|iters| common::cold(iters, analysis))
    });
    black_box(analysis());
    group.bench_function("warta_analysis_warm", |b| b.iter(analysis));
    group.bench_function("warta_html_stage", |b| b.iter(stage));
    group.bench_function("dom_smoothie_extraction", |b| b.iter(smoothie));
    group.finish();
}

criterion_group!(benches, html);
criterion_main!(benches);
