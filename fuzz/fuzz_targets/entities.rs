//! Entities of any text, read as an article and as a whole text: mentions
//! in order, not overlapping, on char boundaries; topics bounded.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let found = warta::entities(text);
    let mut end = 0;
    for m in &found.mentions {
        assert!(m.span.start >= end && m.span.start < m.span.end);
        assert_eq!(&text[m.span.range()], m.text);
        assert!(m.entity < found.linked.len());
        end = m.span.end;
    }
    let whole = warta::Gazetteer::builtin().extract(text);
    for m in &whole.mentions {
        assert_eq!(&text[m.span.range()], m.text);
    }
    for t in warta::topics(text) {
        assert!((0.0..=1.0).contains(&t.score));
    }
});
