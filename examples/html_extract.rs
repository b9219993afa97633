//! Reads every page of a folder of HTML files (`.html` or `.html.gz`) and
//! prints a JSON object mapping each file's id (its name before the first
//! dot) to `{"articleBody": ...}`: the body warta reports
//! (`text[body.start..body.end]` of the page's analysis), the format of the
//! article-extraction benchmark's scorer. With `--extractor`, the
//! extractor's paragraphs before the text anatomy.
//!
//! ```text
//! cargo run --release --example html_extract -- DIR [--extractor] > pred.json
//! ```
use std::io::Read;

fn main() {
    let mut args = std::env::args().skip(1);
    let dir = args.next().expect("usage: html_extract DIR [--extractor]");
    let extractor = args.next().as_deref() == Some("--extractor");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .expect("a folder")
        .map(|e| e.expect("an entry").path())
        .filter(|p| p.to_string_lossy().contains(".html"))
        .collect();
    paths.sort();
    let analyzer = warta::Analyzer::new();
    let mut out = serde_json::Map::new();
    let (mut bytes, mut secs) = (0usize, 0f64);
    for p in paths {
        let name = p.file_name().and_then(|n| n.to_str()).unwrap_or_default();
        let id = name.split('.').next().unwrap_or_default().to_string();
        let mut raw = Vec::new();
        let file = std::fs::File::open(&p).expect("readable");
        if name.ends_with(".gz") {
            flate2::read::GzDecoder::new(file).read_to_end(&mut raw).expect("gzip");
        } else {
            std::io::BufReader::new(file).read_to_end(&mut raw).expect("readable");
        }
        let html = String::from_utf8_lossy(&raw);
        bytes += html.len();
        let t = std::time::Instant::now();
        let page = warta::Page::from_html(&html, None);
        let body = if extractor {
            page.text[page.body.range()].to_string()
        } else {
            let a = analyzer.analyze_html(&page);
            a.text()[a.body.range()].to_string()
        };
        secs += t.elapsed().as_secs_f64();
        out.insert(id, serde_json::json!({ "articleBody": body }));
    }
    eprintln!(
        "{} pages, {:.1} MB of HTML in {secs:.2} s: {:.1} MB/s",
        out.len(),
        bytes as f64 / 1e6,
        bytes as f64 / 1e6 / secs
    );
    println!("{}", serde_json::Value::Object(out));
}
