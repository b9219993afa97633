//! Prints the entities of a file (or standard input) with the built-in
//! gazetteer: `cargo run --release --example entities -- FILE`.

use std::io::Read;

fn main() -> std::io::Result<()> {
    let mut text = String::new();
    match std::env::args().nth(1) {
        Some(path) => text = std::fs::read_to_string(path)?,
        None => {
            std::io::stdin().read_to_string(&mut text)?;
        }
    }
    let found = warta::entities(&text);
    for e in &found.linked {
        let mentions: Vec<&str> = e.mentions.iter().map(|&m| found.mentions[m].text).collect();
        println!(
            "{:<22} {:<12} {:<4} {:.2} {:?}",
            e.entity.id,
            e.entity.kind,
            e.entity.class.as_str(),
            e.salience,
            mentions
        );
    }
    Ok(())
}
