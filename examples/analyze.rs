//! The few lines a library user writes: analyse an article and read the
//! parts you need. `cargo run --release --example analyze -- FILE`.

fn main() -> std::io::Result<()> {
    let path =
        std::env::args().nth(1).unwrap_or_else(|| "benches/texts/artikel-teknologi.txt".into());
    let text = std::fs::read_to_string(path)?;
    // Build once; share it between threads if you like (it is Send + Sync).
    let analyzer = warta::Analyzer::new();
    let a = analyzer.analyze(&text);

    println!("language: {:?}", a.language.map(|l| l.language.code()));
    println!("body: {}..{}", a.body.start, a.body.end);
    for part in &a.anatomy {
        let text = &text[part.span.range()];
        println!("{:?}: {text:?} {}", part.kind, part.value.as_deref().unwrap_or(""));
    }
    for e in a.entities.linked.iter().take(8) {
        println!("entity {} ({}, {:?}) x{}", e.entity.id, e.entity.kind, e.entity.class, e.count);
    }
    for t in a.topics.iter().take(3) {
        println!("topic {} {:.2} {:?}", t.label, t.score, t.evidence);
    }
    let keywords: Vec<&str> = a.keywords.iter().map(|k| k.term.as_str()).collect();
    println!("keywords: {keywords:?}");
    Ok(())
}
