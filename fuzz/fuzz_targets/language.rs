//! Language detection of any text, and of its sentences.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    if let Some(d) = warta::detect(text) {
        assert!((0.0..=1.0).contains(&d.confidence));
    }
    let doc = warta::detect_document(text);
    let total: f64 = doc.mix.iter().map(|m| m.share).sum();
    assert!(doc.mix.is_empty() || (total - 1.0).abs() < 1e-6);
});
