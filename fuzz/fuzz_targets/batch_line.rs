//! `warta batch`'s line parser on any bytes: always one JSON line out.
#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;

static ANALYZER: LazyLock<warta::Analyzer> = LazyLock::new(warta::Analyzer::new);

fuzz_target!(|raw: &[u8]| {
    let out = warta::analyze_json_line(raw, 1, "text", &ANALYZER);
    assert!(!out.contains('\n'));
    let v: serde_json::Value = serde_json::from_str(&out).expect("one JSON object");
    assert!(v.is_object());
});
