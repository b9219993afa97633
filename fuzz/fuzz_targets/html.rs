//! Any text read as an HTML page, its analysis and its JSON.
#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;

static ANALYZER: LazyLock<warta::Analyzer> = LazyLock::new(warta::Analyzer::new);

fuzz_target!(|html: &str| {
    let page = warta::Page::from_html(html, Some("https://contoh.id/a/b?page=1"));
    assert!(page.body.start <= page.body.end && page.body.end <= page.text.len());
    assert!(page.title.end <= page.text.len());
    let a = ANALYZER.analyze_html(&page);
    assert_eq!(a.text(), page.text);
    let json = serde_json::to_string(&a).expect("an analysis serialises");
    assert!(json.starts_with('{'));
});
