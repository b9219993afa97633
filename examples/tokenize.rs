//! Tokenizes a text and prints its sentences, tokens with byte offsets and
//! kinds, and the syntactic words of tokens with clitics.
//!
//! ```text
//! cargo run --example tokenize                 # the built-in sample article
//! cargo run --example tokenize -- FILE         # your own text
//! ```

use std::error::Error;

const SAMPLE: &str = include_str!("../benches/texts/artikel-teknologi.txt");

fn main() -> Result<(), Box<dyn Error>> {
    let text = match std::env::args_os().nth(1) {
        Some(path) => std::fs::read_to_string(path)?,
        None => SAMPLE.to_owned(),
    };
    let (mut n_sentences, mut n_tokens) = (0, 0);
    for (i, sentence) in warta::sentences(&text).enumerate() {
        n_sentences += 1;
        println!("# sentence {} at {}..{}", i + 1, sentence.span().start, sentence.span().end);
        for tok in sentence.tokens() {
            n_tokens += 1;
            let words = tok.words();
            let split = if words.is_split() {
                format!("  = {}", words.as_slice().join(" + "))
            } else {
                String::new()
            };
            println!(
                "{:>6}..{:<6} {:<8} {}{split}",
                tok.start(),
                tok.end(),
                tok.kind().as_str(),
                tok.as_str()
            );
        }
    }
    eprintln!("{n_sentences} sentences, {n_tokens} tokens, {} bytes", text.len());
    Ok(())
}
