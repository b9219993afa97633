//! scratch
const ARTICLES: [&str; 4] = [
    include_str!("../benches/texts/artikel-ekonomi.txt"),
    include_str!("../benches/texts/artikel-teknologi.txt"),
    include_str!("../benches/texts/artikel-bisnis.txt"),
    include_str!("../benches/texts/english.txt"),
];
fn main() {
    let rounds: usize = std::env::args().nth(1).unwrap().parse().unwrap();
    let mut s = 0;
    for _ in 0..rounds {
        for a in ARTICLES {
            s += warta::tokenize(a).count();
        }
    }
    println!("{s}");
}
