//! The benchmark corpus shared by the entities, topics and analyze groups:
//! the project's four articles (`benches/texts/`), repeated to at least
//! 1 MB, one text per article.

/// The articles, as written.
pub const ARTICLES: [&str; 4] = [
    include_str!("../texts/artikel-ekonomi.txt"),
    include_str!("../texts/artikel-teknologi.txt"),
    include_str!("../texts/artikel-bisnis.txt"),
    include_str!("../texts/english.txt"),
];

/// The articles repeated to at least 1 MB, one text per article.
pub fn corpus() -> Vec<&'static str> {
    let mut texts = Vec::new();
    let mut bytes = 0;
    while bytes < 1 << 20 {
        for a in ARTICLES {
            texts.push(a);
            bytes += a.len();
        }
    }
    texts
}
