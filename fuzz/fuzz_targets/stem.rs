//! Stemming any word, with both algorithms; normalisation.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|word: &str| {
    let _ = warta::stem(word);
    let _ = warta::stem_tala(word);
    let _ = warta::Stemmer::new().stem_in(warta::Language::English, word);
    let _ = warta::normalize(word);
});
