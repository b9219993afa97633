//! The default stemmer on affixed word/root pairs written for the project
//! (`tests/stem/heldout_pairs.tsv`: every affix class of Indonesian news
//! text, and roots that only look affixed), scored once when the rules were
//! set. `cargo test --release --test lib stem_pairs -- --nocapture` prints
//! the accuracy and every miss.

const PAIRS: &str = include_str!("stem/heldout_pairs.tsv");

#[test]
fn stem_pairs_held_out() {
    let mut n = 0;
    let mut right = 0;
    for line in PAIRS.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
        let (word, root) = line.split_once('\t').expect("word<TAB>root");
        n += 1;
        let got = warta::stem(word);
        if got == root {
            right += 1;
        } else {
            println!("  {word} -> {got} (want {root})");
        }
    }
    let acc = right as f64 / n as f64;
    println!("stem pairs: {right} of {n} right, {:.1}%", 100.0 * acc);
    assert!(n >= 500, "{n} pairs");
    assert!(acc >= 0.85, "accuracy {acc:.3}");
}
