//! The full analysis of any text, and its JSON.
#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;

static ANALYZER: LazyLock<warta::Analyzer> =
    LazyLock::new(|| warta::Analyzer::new().char_offsets(true));

fuzz_target!(|text: &str| {
    let a = ANALYZER.analyze(text);
    assert!(a.body.start <= a.body.end && a.body.end <= text.len());
    assert!(text.is_char_boundary(a.body.start) && text.is_char_boundary(a.body.end));
    let json = serde_json::to_string(&a).expect("an analysis serialises");
    assert!(json.starts_with('{'));
});
