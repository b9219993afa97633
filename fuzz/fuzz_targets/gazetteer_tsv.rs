//! User gazetteers from any text: a line-numbered error or a gazetteer that
//! extracts without panicking.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|tsv: &str| {
    match warta::Gazetteer::from_tsv(tsv) {
        Ok(g) => {
            let _ = g.extract(tsv);
        }
        Err(e) => assert!(e.line() <= tsv.lines().count() + 1),
    }
});
