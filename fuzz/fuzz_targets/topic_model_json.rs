//! Topic models from any JSON: an error, or a model that scores.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|json: &str| {
    if let Ok(m) = warta::TopicModel::from_json(json) {
        for t in m.score("Timnas menang di laga final") {
            assert!((0.0..=1.0).contains(&t.score));
        }
    }
});
