//! Tokens and sentences of any string: spans in order, on char boundaries,
//! covering what they claim; clitic splitting of every word.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let mut end = 0;
    for tok in warta::tokenize(text) {
        let span = tok.span();
        assert!(span.start >= end && span.start <= span.end && span.end <= text.len());
        assert_eq!(&text[span.range()], tok.as_str());
        end = span.end;
        let words: Vec<&str> = tok.words().collect();
        assert_eq!(words.concat().len(), tok.as_str().len());
    }
    let mut end = 0;
    for s in warta::sentences(text) {
        assert!(s.span().start >= end);
        end = s.span().end;
    }
});
