//! Properties that hold for any input string.

use proptest::prelude::*;
use warta::{Span, TokenKind, sentences, split_clitics, tokenize};

/// Characters warta treats as separators (documented on `tokenize`).
fn is_separator(c: char) -> bool {
    c.is_whitespace() || c.is_control() || matches!(c, '\u{200B}' | '\u{2060}' | '\u{FEFF}')
}

/// Strings mixing the hard cases: control characters, lone combining marks,
/// emoji with modifiers and joiners, several scripts, long runs without
/// spaces or of punctuation.
fn messy() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        "[a-zA-Z]{1,12}",
        "[0-9]{1,6}([.,][0-9]{1,3})?",
        "[ \t\n\r]{1,3}",
        "[.,;:!?\"'()\\[\\]{}/\\\\@#$%&*+=<>^`|~_-]{1,6}",
        Just("\u{301}".to_owned()),
        Just("👍🏽".to_owned()),
        Just("👨\u{200D}👩\u{200D}👧".to_owned()),
        Just("🇮🇩".to_owned()),
        Just("“”‘’—–…".to_owned()),
        Just("\u{0}\u{1}\u{7f}\u{85}\u{200B}\u{FEFF}".to_owned()),
        Just("中文東京ไทยمرحباМосква".to_owned()),
        Just("https://warta.id/a?b=1".to_owned()),
        Just("redaksi@warta.id".to_owned()),
        Just("Rp300".to_owned()),
        Just("Dr.".to_owned()),
        Just("anak-anakmu".to_owned()),
        any::<char>().prop_map(String::from),
    ];
    prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

fn check_tokens(text: &str) {
    let mut covered = vec![false; text.len()];
    let mut prev_end = 0;
    for tok in tokenize(text) {
        let span: Span = tok.span();
        assert!(span.start >= prev_end, "spans out of order or overlapping in {text:?}");
        assert!(span.start < span.end, "empty token in {text:?}");
        assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
        assert_eq!(&text[span], tok.as_str());
        assert!(span.len() <= warta::MAX_TOKEN_LEN);
        let words: String = tok.words().collect();
        assert_eq!(words, tok.as_str(), "clitic split must cover the token");
        covered[span.range()].iter_mut().for_each(|c| *c = true);
        prev_end = span.end;
    }
    for (i, c) in text.char_indices() {
        if !is_separator(c) {
            assert!(covered[i], "character {c:?} at {i} not in any token of {text:?}");
        } else {
            // Separators belong to no token... unless inside a grapheme
            // cluster or a URL (never: URLs stop at whitespace).
            assert!(
                !covered[i] || !c.is_whitespace(),
                "whitespace {c:?} at {i} inside a token of {text:?}"
            );
        }
    }
}

fn check_sentences(text: &str) {
    let mut prev_end = 0;
    let mut from_sentences = Vec::new();
    for s in sentences(text) {
        let span = s.span();
        assert!(span.start >= prev_end && span.start < span.end);
        assert_eq!(&text[span], s.as_str());
        from_sentences.extend(s.tokens());
        prev_end = span.end;
    }
    let direct: Vec<_> = tokenize(text).collect();
    assert_eq!(from_sentences, direct, "sentences must partition the tokens of {text:?}");
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 500, ..ProptestConfig::default() })]

    #[test]
    fn tokens_cover_text(text in messy()) {
        check_tokens(&text);
    }

    #[test]
    fn tokens_of_any_string(text in any::<String>()) {
        check_tokens(&text);
        check_sentences(&text);
    }

    #[test]
    fn sentences_partition_tokens(text in messy()) {
        check_sentences(&text);
    }

    #[test]
    fn clitics_of_any_word(word in "\\PC{0,20}") {
        let parts: String = split_clitics(&word).collect();
        prop_assert_eq!(parts, word);
    }

    /// The block fast path (64 bytes at a time) and the scalar path agree:
    /// a short text alone takes the scalar path, and padded with spaces on
    /// both sides it is scanned in blocks at every alignment.
    #[test]
    fn block_and_scalar_paths_agree(text in messy(), pad in 0usize..80) {
        let alone: Vec<_> = tokenize(&text).map(|t| (t.span(), t.kind())).collect();
        let padded = format!("{}{text}{}", " ".repeat(pad), " ".repeat(70));
        let shifted: Vec<_> = tokenize(&padded)
            .map(|t| (Span::new(t.start() - pad, t.end() - pad), t.kind()))
            .collect();
        prop_assert_eq!(alone, shifted);
    }

    /// Tokens do not depend on where the text sits: tokenizing a slice that
    /// starts at a token and ends after a token gives the same tokens.
    #[test]
    fn ascii_and_unicode_contexts_agree(text in messy()) {
        // One non-ASCII character at the end must not change how the ASCII
        // text before it is tokenized: fast paths are chosen per token, not
        // per text.
        let ascii: String = text.chars().filter(char::is_ascii).collect();
        let with_unicode = format!("{ascii} “");
        let a: Vec<_> = tokenize(&ascii).map(|t| (t.span(), t.kind())).collect();
        let mut b: Vec<_> = tokenize(&with_unicode).map(|t| (t.span(), t.kind())).collect();
        prop_assert_eq!(b.pop().map(|(_, k)| k), Some(TokenKind::Punct));
        prop_assert_eq!(a, b);
    }
}

#[test]
fn pathological_inputs_do_not_panic() {
    let cases = [
        "a".repeat(300_000),
        ".".repeat(100_000),
        "-".repeat(100_000),
        "(\"[".repeat(30_000),
        "👍🏽".repeat(10_000),
        "\u{301}".repeat(10_000),
        "ab-".repeat(50_000),
        "1.".repeat(50_000),
        "a@".repeat(50_000),
        "http://".repeat(10_000),
        "#".repeat(10_000) + "a",
        "\u{0}".repeat(1000),
    ];
    for text in &cases {
        check_tokens(text);
        check_sentences(text);
    }
}

/// Inputs that were once quadratic, through the whole analysis: a run of
/// periods (each one-dot token looked at the whole run) and a text of many
/// one-character lines (each became a header part); and two more that a
/// careless change would make quadratic (bios, each a candidate part, and
/// many `Name (ABBR)` definitions). Each must finish, with every period a
/// token and the header and tail bounded, and its time must grow linearly.
#[test]
fn once_quadratic_inputs_stay_linear() {
    let dots = ".".repeat(200_000);
    assert_eq!(warta::tokenize(&dots).count(), 200_000);
    let a = warta::Analyzer::new();
    let analysis = a.analyze(&dots);
    assert_eq!(analysis.stats.bytes, 200_000);

    let lines = "-\n".repeat(50_000);
    let analysis = a.analyze(&lines);
    assert!(analysis.anatomy.len() <= 16 + 64, "{} parts", analysis.anatomy.len());
    assert!(analysis.body.end - analysis.body.start > 90_000);

    let bios = "Copywriter | Ghost Writer | Farmer\n".repeat(20_000);
    assert!(a.analyze(&bios).anatomy.len() <= 16 + 64);

    // Many distinct abbreviations, each used again: linked, not rescanned.
    let definitions = |n: usize| {
        let mut text = String::new();
        for i in 0..n {
            let (x, y) = ((b'A' + (i % 26) as u8) as char, (b'A' + (i / 26 % 26) as u8) as char);
            text.push_str(&format!("Partai {x}x{y}yz (P{x}{y}Q) hadir. P{x}{y}Q menolak.\n"));
        }
        text
    };
    let text = definitions(2_000);
    let found = warta::entities(&text);
    assert!(found.mentions.len() >= 2 * 676, "{}", found.mentions.len());

    // Ten times the input takes less than thirty times the time, for each
    // (quadratic would be a hundred times). The bound is generous because
    // the machine may be busy: each size takes the best of several runs.
    let inputs = [
        ("periods", ".".repeat(20_000), dots),
        ("one-character lines", "-\n".repeat(5_000), lines),
        ("bios", "Copywriter | Ghost Writer | Farmer\n".repeat(2_000), bios),
        ("abbreviations", definitions(50), definitions(500)),
    ];
    for (name, small, big) in &inputs {
        assert_eq!(big.len(), 10 * small.len(), "{name}");
        let t1 = best_time(5, || a.analyze(small).stats.bytes);
        let t10 = best_time(3, || a.analyze(big).stats.bytes);
        assert!(t10 < 30 * t1, "{name}: 1x {t1:?}, 10x {t10:?}");
    }
}

/// The shortest of `runs` wall times of `f`.
fn best_time<T>(runs: usize, mut f: impl FnMut() -> T) -> std::time::Duration {
    (0..runs)
        .map(|_| {
            let start = std::time::Instant::now();
            std::hint::black_box(f());
            start.elapsed()
        })
        .min()
        .expect("at least one run")
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1000, ..ProptestConfig::default() })]

    /// Stemming any string never panics, for every algorithm and language.
    #[test]
    fn stemming_never_panics(word in prop_oneof![
        "\\PC{0,30}",
        "[a-z-]{0,40}",
        "(me|di|ber|ter|pe|ke|se|meng|peny){1,4}[a-z]{0,8}(kan|an|i|nya|lah|ku){0,3}",
        "[0-9-]{1,10}",
        "-{1,20}",
    ]) {
        let default = warta::Stemmer::new();
        let tala = warta::Stemmer::with_algorithm(warta::Algorithm::Tala);
        let _ = default.stem(&word);
        let _ = tala.stem(&word);
        for lang in [warta::Language::Indonesian, warta::Language::English, warta::Language::Javanese] {
            let _ = default.stem_in(lang, &word);
        }
        let _ = warta::normalize(&word);
        let _ = warta::is_stopword(&word);
    }
}

/// Every root of the built-in lexicon (`data/roots.tsv`), with its count.
fn all_roots() -> &'static [(&'static str, u32)] {
    static ROOTS: std::sync::LazyLock<Vec<(&'static str, u32)>> = std::sync::LazyLock::new(|| {
        include_str!("../data/roots.tsv")
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| l.split_once('\t'))
            .map(|(root, n)| (root, n.parse().expect("a count")))
            .collect()
    });
    &ROOTS
}

/// The built-in lexicon's 3,000 most frequent roots of four letters or
/// more, all letters, that are not curated lexicalised forms
/// (`data/roots_curated.txt`) or stopwords: ordinary content roots.
fn frequent_roots() -> &'static [&'static str] {
    static ROOTS: std::sync::LazyLock<Vec<&'static str>> = std::sync::LazyLock::new(|| {
        let skip = |file: &'static str| -> std::collections::HashSet<&'static str> {
            file.lines().filter(|l| !l.starts_with('#') && !l.is_empty()).collect()
        };
        let curated = skip(include_str!("../data/roots_curated.txt"));
        let stopwords = skip(include_str!("../data/stopwords.txt"));
        let mut roots: Vec<(&str, u32)> = all_roots()
            .iter()
            .copied()
            .filter(|(root, _)| {
                root.len() >= 4
                    && root.bytes().all(|b| b.is_ascii_lowercase())
                    && !curated.contains(root)
                    && !stopwords.contains(root)
            })
            .collect();
        roots.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        roots.into_iter().take(3000).map(|(root, _)| root).collect()
    });
    &ROOTS
}

/// Affix frames: `X` is the root, `N` the nasal of meN- and peN- (`me` +
/// `N` + `X`: `membaca`, `menulis`, `menyapu`, `mengambil`).
const AFFIXES: [&str; 20] = [
    "diXkan",
    "diXkannya",
    "X-X",
    "X-Xnya",
    "diX",
    "Xkan",
    "Xan",
    "Xi",
    "Xnya",
    "Xlah",
    "keXan",
    "berX",
    "terX",
    "seXnya",
    "memperXkan",
    "diperXkan",
    "meNX",
    "meNXkan",
    "peNXan",
    "diXi",
];

/// `frame` with `root` put in, and meN-/peN- in the form the root takes.
fn affixed(root: &str, frame: &str) -> String {
    let nasal = || {
        let mut chars = root.chars();
        match chars.next() {
            Some('k') => format!("ng{}", chars.as_str()),
            Some('p') => format!("m{}", chars.as_str()),
            Some('t') => format!("n{}", chars.as_str()),
            Some('s') => format!("ny{}", chars.as_str()),
            Some('a' | 'e' | 'i' | 'o' | 'u' | 'g' | 'h') => format!("ng{root}"),
            Some('b' | 'f' | 'v') => format!("m{root}"),
            Some('c' | 'd' | 'j' | 'z') => format!("n{root}"),
            _ => root.to_string(),
        }
    };
    if frame.contains('N') { frame.replace("NX", &nasal()) } else { frame.replace('X', root) }
}

/// The default stemmer is idempotent on the derived forms of its frequent
/// roots: a stem stems to itself, whichever path gave it (a root of the
/// lexicon, a reduplication, a spelling variant, the dictionary-free
/// fallback for prefixed words the lexicon cannot explain, or the word left
/// whole). Every one of the 3,000 roots goes through every frame of
/// [`AFFIXES`]: prefixes, confixes, suffixes, clitics and the
/// morphophonemic forms of meN- and peN-.
///
/// The misses are listed and must stay exactly these, so that a fix or a
/// new miss updates the list. There are none since the fallback's result
/// (Tala's affix stripping) is read once more as any word is. Over all
/// roots, a spelling variant (`tapi` -> `tetapi`) can still miss: it applies
/// to a whole word but not to the stem of an analysis (`menapikan` -> `tapi`
/// -> `tetapi`).
/// Tala itself is left out: like the Snowball reference it matches exactly,
/// it removes one suffix per call (`eukankan` -> `eukan` -> `eu`).
#[test]
fn stemming_is_idempotent_on_derived_forms() {
    const KNOWN: [(&str, &str, &str); 0] = [];
    let mut misses = Vec::new();
    for root in frequent_roots() {
        for frame in AFFIXES {
            let word = affixed(root, frame);
            let once = warta::stem(&word).into_owned();
            let twice = warta::stem(&once).into_owned();
            if twice != once {
                misses.push((word, once, twice));
            }
        }
    }
    let known: Vec<(String, String, String)> =
        KNOWN.iter().map(|&(w, a, b)| (w.to_owned(), a.to_owned(), b.to_owned())).collect();
    assert_eq!(misses, known);
}

/// The passive causative `di-X-kan` (with and without `-nya`) and the
/// reduplication `X-X` of every frequent root stem back to the root: these
/// frames leave no room for another analysis, so a miss is a stemmer or
/// lexicon error. The known ones are listed, and must still fail, so that
/// a fix updates the list.
#[test]
fn derived_forms_of_frequent_roots_stem_to_the_root() {
    // `beranda` is a root, but `ber-` + `anda` + `-kan` ends on a root
    // that Indonesian text uses a hundred times as often.
    const KNOWN: [(&str, &str); 2] = [("diberandakan", "anda"), ("diberandakannya", "anda")];
    let roots = frequent_roots();
    assert_eq!(roots.len(), 3000);
    let mut misses = Vec::new();
    for root in roots {
        for frame in ["diXkan", "diXkannya", "X-X"] {
            let word = affixed(root, frame);
            let stem = warta::stem(&word).into_owned();
            if stem != *root {
                misses.push((word, stem));
            }
        }
    }
    let known: Vec<(String, String)> =
        KNOWN.iter().map(|&(w, s)| (w.to_owned(), s.to_owned())).collect();
    assert_eq!(misses, known);
}

#[test]
fn huge_words_stem_without_panic() {
    let long = "me".to_owned() + &"a".repeat(1 << 20) + "kan";
    assert_eq!(warta::stem(&long), long.as_str());
    let _ = warta::stem_tala(&long);
    let hyphens = "-".repeat(100_000);
    let _ = warta::stem(&hyphens);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 500, ..ProptestConfig::default() })]

    /// Language detection never panics, and confidences stay in [0, 1].
    #[test]
    fn detection_never_panics(text in messy()) {
        if let Some(d) = warta::detect(&text) {
            prop_assert!((0.0..=1.0).contains(&d.confidence), "{:?}", d);
        }
        let doc = warta::detect_document(&text);
        let total: f64 = doc.mix.iter().map(|m| m.share).sum();
        prop_assert!(doc.mix.is_empty() || (total - 1.0).abs() < 1e-9);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    /// The stand-alone functions and the document give exactly what the
    /// analysis gives: `detect` is a snippet's analysis (`whole_text`),
    /// `detect_document`, `entities` and `topics` an article's layers.
    #[test]
    fn stand_alone_functions_are_the_analysis_layers(text in messy(), words in prop::collection::vec(prop_oneof![
        Just("Pemerintah akan menaikkan harga "), Just("Kerajaan akan menaikkan harga "),
        Just("the minister said "), Just("aku ora ngerti "), Just("Bank Indonesia. "),
        Just("\n\nBaca juga: Harga naik\n\n"), Just("Sumber: Antara\n"), Just("di Jakarta "),
    ], 0..8)) {
        let text = format!("{}{text}", words.concat());
        let article = warta::Analyzer::new().analyze(&text);
        let snippet = warta::Analyzer::new().whole_text(true).analyze(&text);
        prop_assert_eq!(warta::detect(&text), snippet.language);
        let d = warta::detect_document(&text);
        prop_assert_eq!(d.document, article.language);
        prop_assert_eq!(&d.sentences, &article.sentences);
        prop_assert_eq!(&d.mix, &article.languages);
        prop_assert_eq!(warta::entities(&text), article.entities);
        prop_assert_eq!(warta::topics(&text), article.topics);
        let doc = warta::Document::new(&text);
        prop_assert!(doc.tokens().eq(tokenize(&text)));
        prop_assert!(doc.sentences().eq(sentences(&text)));
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 500, ..ProptestConfig::default() })]

    /// Entity extraction never panics; mentions are ordered, do not
    /// overlap, lie on char boundaries and point at real entities.
    #[test]
    fn entities_of_any_text(text in messy(), names in prop::collection::vec(prop_oneof![
        Just("Bank Indonesia"), Just("PT Maju Jaya Tbk"), Just("AS"), Just("Xiaomi Inc"),
        Just("(BBCA)"), Just("Desa Suka Maju"), Just("Komisi Kecil (KK)"), Just("KK"),
        Just("JAKARTA, KOMPAS.com -"), Just("Sumber: Antara"), Just("kota Bandung"),
    ], 0..6)) {
        let text = format!("{text} {}", names.concat());
        let found = warta::entities(&text);
        let mut end = 0;
        for m in &found.mentions {
            prop_assert!(m.span.start >= end && m.span.start < m.span.end, "{:?}", m);
            prop_assert!(text.is_char_boundary(m.span.start) && text.is_char_boundary(m.span.end));
            prop_assert_eq!(&text[m.span.range()], m.text);
            prop_assert!(m.entity < found.linked.len());
            end = m.span.end;
        }
        for e in &found.linked {
            prop_assert!((0.0..=1.0).contains(&e.salience));
            prop_assert_eq!(e.count, e.mentions.len());
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    /// Topic scoring never panics; scores stay in [0, 1] and are ranked.
    #[test]
    fn topics_of_any_text(text in messy()) {
        let scores = warta::topics(&text);
        prop_assert_eq!(scores.len(), warta::TOPICS.len());
        prop_assert!(scores.iter().all(|t| (0.0..=1.0).contains(&t.score)));
        prop_assert!(scores.windows(2).all(|w| w[0].score >= w[1].score));
    }
}

/// Inputs that crashed a fuzz target (`fuzz/`), kept as regression tests:
/// each file in `tests/regressions/` is analysed whole, as text if it is
/// UTF-8 and lossily otherwise.
#[test]
fn fuzz_regressions() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/regressions");
    let analyzer = warta::Analyzer::new().char_offsets(true);
    let mut n = 0;
    for entry in std::fs::read_dir(dir).expect("tests/regressions") {
        let bytes = std::fs::read(entry.expect("entry").path()).expect("readable");
        let text = String::from_utf8_lossy(&bytes);
        let a = analyzer.analyze(&text);
        assert!(a.body.end <= text.len());
        let _ = warta::entities(&text);
        let _ = warta::detect_document(&text);
        n += 1;
    }
    assert!(n >= 1);
}

/// Markup pieces mixed with messy text: tags, attributes, JSON-LD, dates,
/// comments, unclosed and stray markup.
#[cfg(feature = "html")]
fn markup() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        messy(),
        Just("<p>".to_owned()),
        Just("</p>".to_owned()),
        Just("<div class=\"baca-juga ads read__content\">".to_owned()),
        Just("</div>".to_owned()),
        Just("<h1>Judul Berita</h1>".to_owned()),
        Just("<br><br>".to_owned()),
        Just("<time datetime=\"2026-02-03T01:12:00Z\">".to_owned()),
        Just("<meta property=\"article:published_time\" content=\"2026/02/03 09:12\">".to_owned()),
        Just(
            "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":["
                .to_owned()
        ),
        Just("</script>".to_owned()),
        Just("<link rel=\"next\" href=\"?page=2\">".to_owned()),
        Just("Selasa, 3 Februari 2026 | 09:12 WIB".to_owned()),
        Just("Penulis: Budi Santoso, Ani".to_owned()),
        Just("<!-- x -->".to_owned()),
        Just("<".to_owned()),
        Just("&nbsp;&amp;&#".to_owned()),
    ];
    prop::collection::vec(piece, 0..30).prop_map(|v| v.concat())
}

#[cfg(feature = "html")]
proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    /// Any text is a page: its spans lie in its text on character
    /// boundaries, its dates are ISO 8601, and its analysis reads that text.
    #[test]
    fn any_text_is_a_page(html in markup(), url in prop::option::of("https?://[a-z.]{1,12}(/[a-z?=0-9]{0,8})?")) {
        let page = warta::Page::from_html(&html, url.as_deref());
        for span in [page.title, page.body] {
            prop_assert!(span.start <= span.end && span.end <= page.text.len());
            prop_assert!(page.text.is_char_boundary(span.start) && page.text.is_char_boundary(span.end));
        }
        for d in [&page.metadata.published, &page.metadata.modified].into_iter().flatten() {
            let v = d.value.as_bytes();
            prop_assert!(v.len() >= 10 && v[4] == b'-' && v[7] == b'-', "{:?}", d);
        }
        let a = warta::Analyzer::new().analyze_html(&page);
        prop_assert_eq!(a.text(), page.text.as_str());
    }
}

/// A prepended concatenation mark (U+0600, grapheme-cluster `Prepend`)
/// clusters with a following space; the space still ends the token.
#[test]
fn a_prepended_mark_does_not_take_the_space_after_it() {
    let alone: Vec<_> = tokenize("\u{600}").map(|t| (t.span(), t.kind())).collect();
    let padded: Vec<_> = tokenize("\u{600}  ").map(|t| (t.span(), t.kind())).collect();
    assert_eq!(alone, padded);
    assert_eq!(tokenize("a\u{600} b").count(), 3);
}
