//! Entities of any text: mentions in order, not overlapping, on char
//! boundaries; topics bounded.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let found = warta::entities(text);
    let mut end = 0;
    for m in &found.mentions {
        assert!(m.span.start >= end && m.span.start < m.span.end);
        assert_eq!(&text[m.span.range()], m.text);
        assert!(m.entity < found.entities.len());
        end = m.span.end;
    }
    for t in warta::topics_with_entities(text, &found) {
        assert!((0.0..=1.0).contains(&t.score));
    }
});
