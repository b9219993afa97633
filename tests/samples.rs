//! The project's sample articles, tokenized as a user would.

use warta::{Abbreviation, TokenKind, sentences, tokenize};

const EKONOMI: &str = include_str!("../benches/texts/artikel-ekonomi.txt");
const TEKNOLOGI: &str = include_str!("../benches/texts/artikel-teknologi.txt");

fn find<'t>(text: &'t str, s: &str) -> warta::Token<'t> {
    tokenize(text).find(|t| t.as_str() == s).unwrap_or_else(|| panic!("no token {s:?}"))
}

#[test]
fn economy_article() {
    assert_eq!(find(EKONOMI, "6,25").kind(), TokenKind::Number);
    assert_eq!(find(EKONOMI, "%").kind(), TokenKind::Symbol);
    assert_eq!(find(EKONOMI, "7.195,6").kind(), TokenKind::Number);
    assert_eq!(find(EKONOMI, "Rp").kind(), TokenKind::Word);
    assert_eq!(find(EKONOMI, "15.420").kind(), TokenKind::Number);
    assert_eq!(find(EKONOMI, "Tbk.").abbreviation(), Some(Abbreviation::Final));
    assert_eq!(find(EKONOMI, "Dr.").abbreviation(), Some(Abbreviation::Title));
    assert_eq!(find(EKONOMI, "I/2025").kind(), TokenKind::Word);
    assert_eq!(find(EKONOMI, "bank-bank").kind(), TokenKind::Word);
    assert_eq!(find(EKONOMI, "...").kind(), TokenKind::Punct);
    let words: Vec<_> = find(EKONOMI, "memastikannya").words().collect();
    assert_eq!(words, ["memastikan", "nya"]);

    let sents: Vec<&str> = sentences(EKONOMI).map(|s| s.as_str()).collect();
    assert_eq!(sents[0], "Bank Sentral Tahan Suku Bunga, Rupiah Menguat ke Rp15.420");
    assert!(sents[1].starts_with("JAKARTA, WARTA - Bank Indonesia (BI)"));
    assert!(sents.contains(&"Apakah tahun ini akan sama?"));
    assert!(sents.iter().any(|s| s.starts_with("Ekonom senior") && s.contains("Dr. Sri Hartati")));
    assert!(sents.contains(&"\"Konsumsi rumah tangga masih kuat, tetapi investasi swasta belum pulih sepenuhnya,\" ujarnya."));
}

#[test]
fn technology_article() {
    assert_eq!(find(TEKNOLOGI, "#BlokirAplikasi").kind(), TokenKind::Hashtag);
    assert_eq!(find(TEKNOLOGI, "@komdigi").kind(), TokenKind::Mention);
    assert_eq!(find(TEKNOLOGI, "redaksi@warta.id").kind(), TokenKind::Email);
    assert_eq!(
        find(TEKNOLOGI, "https://contoh.warta.id/laporan/keamanan-data-2024?utm_source=artikel")
            .kind(),
        TokenKind::Url
    );
    assert_eq!(find(TEKNOLOGI, "👍🏽").kind(), TokenKind::Symbol);
    assert_eq!(find(TEKNOLOGI, "“").kind(), TokenKind::Punct);
    assert_eq!(find(TEKNOLOGI, "—").kind(), TokenKind::Punct);
    assert_eq!(find(TEKNOLOGI, "S.T.").abbreviation(), Some(Abbreviation::Dotted));
    assert_eq!(find(TEKNOLOGI, "14.30").kind(), TokenKind::Number);
    assert_eq!(find(TEKNOLOGI, "end-to-end").kind(), TokenKind::Word);
    let words: Vec<_> = find(TEKNOLOGI, "Anak-anakku").words().collect();
    assert_eq!(words, ["Anak-anak", "ku"]);

    let sents: Vec<&str> = sentences(TEKNOLOGI).map(|s| s.as_str()).collect();
    assert_eq!(sents[0], "Aplikasi Pesan Asal Korea Diblokir, Pengguna Beralih ke Layanan Lain");
    assert!(
        sents
            .contains(&"“Jika terbukti, sanksinya bisa berupa denda hingga pemblokiran permanen.”")
    );
    assert!(sents.contains(&"Di mana servernya berada?"));
    assert_eq!(sents.last(), Some(&"His latest book was published in 2023."));
    // Offsets survive emoji and curly quotes.
    for tok in tokenize(TEKNOLOGI) {
        assert_eq!(&TEKNOLOGI[tok.span()], tok.as_str());
    }
}

#[test]
fn public_types_are_send_sync_unwind_safe() {
    fn check<T: Send + Sync + std::panic::UnwindSafe + std::panic::RefUnwindSafe>() {}
    check::<warta::Span>();
    check::<warta::Token<'static>>();
    check::<warta::TokenKind>();
    check::<warta::Tokens<'static>>();
    check::<warta::Sentence<'static>>();
    check::<warta::Sentences<'static>>();
    check::<warta::Words<'static>>();
    check::<warta::Abbreviation>();
    check::<warta::Stemmer>();
    check::<warta::Lexicon>();
    check::<warta::Error>();
    check::<warta::Algorithm>();
    check::<warta::Language>();
    check::<warta::Detection>();
    check::<warta::DocumentLanguages>();
    check::<warta::Gazetteer>();
    check::<warta::Entity>();
    check::<warta::EntityClass>();
    check::<warta::Entities<'static>>();
    check::<warta::Found>();
    check::<warta::Mention<'static>>();
    check::<warta::TopicModel>();
    check::<warta::TopicScore>();
    check::<warta::Analyzer>();
    check::<warta::Analysis>();
    check::<warta::Anatomy>();
    check::<warta::Document<'static>>();
    check::<warta::Layers>();
    check::<warta::Keyword>();
}

/// The technology article, analysed: title, byline, dateline, body and the
/// English bio at the end.
#[test]
fn analysis_of_the_technology_article() {
    let a = warta::Analyzer::new().analyze(TEKNOLOGI);
    assert_eq!(a.language.unwrap().language.code(), "id");
    let kinds: Vec<warta::PartKind> = a.anatomy.iter().map(|p| p.kind).collect();
    assert_eq!(
        kinds[..4],
        [
            warta::PartKind::Title,
            warta::PartKind::Byline,
            warta::PartKind::Date,
            warta::PartKind::Dateline
        ]
    );
    assert_eq!(warta::anatomy(TEKNOLOGI).published(), Some("2024-11-24T14:30+07:00"));
    assert_eq!(a.anatomy[1].value.as_deref(), Some("Dewi Anggraini"));
    assert!(TEKNOLOGI[a.body.start..a.body.end].starts_with("SURABAYA"));
    assert!(TEKNOLOGI[a.body.start..a.body.end].ends_with("sebelum mengunduh aplikasi apa pun."));
    let bio = a.anatomy.iter().find(|p| p.kind == warta::PartKind::AuthorBio).expect("bio");
    assert!(TEKNOLOGI[bio.span.range()].starts_with("Ahmad Fauzi is a professor"));
    let last = a.sentences.last().unwrap();
    assert_eq!(last.detection.unwrap().language.code(), "en");
    assert!(!last.in_body);
    assert!(
        // The article is about apps, privacy and hackers: one of these
        // leads its keywords (the weights move with the root lexicon's
        // counts).
        a.keywords.iter().any(|k| ["privasi", "peretas", "aplikasi"].contains(&k.term.as_str())),
        "{:?}",
        a.keywords
    );
}

fn top3(text: &str) -> Vec<String> {
    warta::topics(text).iter().take(3).map(|t| t.label.to_string()).collect()
}

/// The project's articles get the topics a reader would give them.
#[test]
fn topics_of_the_articles() {
    assert_eq!(warta::topics(EKONOMI)[0].label, "ekonomi");
    let teknologi = top3(TEKNOLOGI);
    assert!(
        teknologi.contains(&"keamanan-siber".to_string())
            && teknologi.contains(&"teknologi".to_string()),
        "{teknologi:?}"
    );
    let bisnis = top3(BISNIS);
    assert!(bisnis.contains(&"bisnis".to_string()), "{bisnis:?}");
    for text in [EKONOMI, TEKNOLOGI, BISNIS] {
        let scores = warta::topics(text);
        let olahraga = scores.iter().find(|t| t.label == "olahraga").unwrap();
        assert!(olahraga.score < 0.2, "{olahraga:?}");
    }
}

const BISNIS: &str = include_str!("../benches/texts/artikel-bisnis.txt");

fn entity_ids(text: &str) -> Vec<String> {
    let mut ids: Vec<String> =
        warta::entities(text).linked.iter().map(|e| e.entity.id.clone()).collect();
    ids.sort();
    ids
}

/// An article written for the project, like ../shared/samples/xiaomi-taiwan.txt:
/// every entity found, and nothing else.
#[test]
fn entities_of_the_business_article() {
    let mut want = vec![
        "country:VN",
        "country:CN",
        "country:ID",
        "country:TH",
        "country:PH",
        "country:MY",
        "country:SG",
        "country:JP",
        "country:AU", // countries
        "geo:1581130",
        "region:asia-tenggara", // Hanoi, Southeast Asia
        "org:bytedance",
        "org:tiktok",
        "org:tokopedia",
        "idx:GOTO",
        "org:grab",
        "org:sea",
        "org:shopee",
        "org:samsung",
        "min:kemendag",
        "int:worldbank", // organisations
        "outlet:bloomberg",
        "outlet:reuters",
        "outlet:antara", // sources
    ];
    want.sort();
    assert_eq!(entity_ids(BISNIS), want);

    let found = warta::entities(BISNIS);
    let tiktok = found.linked.iter().find(|e| e.entity.id == "org:tiktok").unwrap();
    assert_eq!(tiktok.entity.attr("owner"), Some("org:bytedance"));
    let bytedance = found.linked.iter().find(|e| e.entity.id == "org:bytedance").unwrap();
    assert_eq!(bytedance.count, 3);
    assert_eq!(found.mentions[bytedance.mentions[0]].text, "ByteDance Ltd");
    let goto = found.linked.iter().find(|e| e.entity.id == "idx:GOTO").unwrap();
    assert_eq!(goto.entity.attr("ticker"), Some("GOTO"));
    // The most mentioned entity is the most salient.
    assert_eq!(found.linked[0].entity.id, "country:VN");
    for m in &found.mentions {
        assert_eq!(&BISNIS[m.span], m.text);
    }
}

#[test]
fn entities_of_the_other_articles() {
    let ekonomi = entity_ids(EKONOMI);
    for id in
        ["inst:bi", "inst:bps", "inst:ojk", "idx:BBCA", "idx:TLKM", "country:US", "wilayah:31"]
    {
        assert!(ekonomi.contains(&id.to_string()), "{id} missing from {ekonomi:?}");
    }
    // `US$2,5` is a currency, and the title-case headline is not a name;
    // the economist the article quotes is a person.
    let new: Vec<&String> = ekonomi.iter().filter(|id| id.starts_with("new:")).collect();
    assert_eq!(new, ["new:person:sri-hartati"], "{ekonomi:?}");
    let teknologi = entity_ids(TEKNOLOGI);
    for id in [
        "min:kominfo",
        "inst:bssn",
        "country:KR",
        "country:US",
        "country:CN",
        "org:twitter",
        "wilayah:35.78",
    ] {
        assert!(teknologi.contains(&id.to_string()), "{id} missing from {teknologi:?}");
    }
}

#[test]
fn stems_of_the_economy_article() {
    let stemmer = warta::Stemmer::new();
    let stems: Vec<String> = tokenize(EKONOMI)
        .filter(|t| t.kind() == TokenKind::Word && !warta::is_stopword(t.as_str()))
        .map(|t| stemmer.stem(t.as_str()).into_owned())
        .collect();
    for want in ["putus", "tahan", "bunga", "kuat", "dagang", "tumbuh", "ekonomi", "usaha"] {
        assert!(stems.iter().any(|s| s == want), "no stem {want:?}");
    }
    // Names and tickers are left alone (lowercased).
    assert!(stems.iter().any(|s| s == "bbca"));
}

#[test]
fn languages_of_the_technology_article() {
    let doc = warta::detect_document(TEKNOLOGI);
    let document = doc.document.expect("a language");
    assert_eq!(document.language, warta::Language::Indonesian);
    assert!(document.reliable);
    // The English author bio at the end is labelled English.
    let last = doc.sentences.last().and_then(|s| s.detection).expect("last sentence");
    assert_eq!(last.language, warta::Language::English);
    assert_eq!(doc.mix[0].language, warta::Language::Indonesian);
    assert!(doc.mix.iter().any(|m| m.language == warta::Language::English));
    for lang in warta::Language::ALL {
        assert_eq!(warta::Language::from_code(lang.code()), Some(lang));
    }
}

/// The lede after a glued slug is a body sentence that starts where the
/// body does: filtering sentences by `in_body` keeps it.
#[test]
fn lede_after_a_glued_slug_is_in_the_body() {
    let text = "beli\n\nbeli-xiaomiPemerintah Taiwan sedang menyelidiki Xiaomi. Penyelidikan berjalan.\n\nIsi kedua artikel ini cukup panjang.";
    let a = warta::Analyzer::new().analyze(text);
    let first = a.sentences.iter().find(|s| s.span.end > a.body.start).unwrap();
    assert_eq!(first.span.start, a.body.start);
    assert!(first.in_body);
    assert!(text[first.span.range()].starts_with("Pemerintah Taiwan"));
}

/// A body that opens with a hyphenated word is no glued slug.
#[test]
fn body_opening_with_e_ktp() {
    let text = "Judul Berita Tentang KTP Elektronik\n\ne-KTP kini bisa diurus di kecamatan. Warga menyambut baik.\n\nPetugas menambah loket.";
    let a = warta::anatomy(text);
    assert!(text[a.body.range()].starts_with("e-KTP kini"), "{:?}", &text[a.body.range()]);
    assert!(!a.parts.iter().any(|p| p.kind == warta::PartKind::Slug));
}

/// A page that ends in a multi-line share block, a comment form, a byline
/// and a source line: the body stops at the article, the buttons are no
/// entities, the form no keywords, and the credits are in the anatomy. A
/// sentence that opens with a share word stays article text.
#[test]
fn trailing_share_block_and_credits() {
    let text = "Harga Beras Naik di Pasar Induk\n\
        JAKARTA, NamaPortal.com - Harga beras medium naik 5 persen pekan ini, kata pedagang.\n\
        Terkait hal itu, Bank Indonesia belum berkomentar.\n\
        Pedagang berharap pasokan dari Jawa Tengah segera masuk sehingga harga kembali normal.\n\
        Penulis: Budi Santoso\n\
        Sumber: Antara\n\
        Bagikan artikel ini:\nFacebook\nTwitter\nWhatsApp\n\
        Komentar\nTulis komentar Anda di sini";
    let a = warta::Analyzer::new().analyze(text);
    assert!(text[a.body.range()].ends_with("harga kembali normal."));
    let names: Vec<&str> = a.entities.mentions.iter().map(|m| m.text).collect();
    assert!(names.contains(&"Bank Indonesia"), "{names:?}");
    assert!(names.contains(&"Antara"), "{names:?}");
    for social in ["Facebook", "Twitter", "WhatsApp"] {
        assert!(!names.contains(&social), "{names:?}");
    }
    assert!(!a.keywords.iter().any(|k| k.term == "komentar"), "{:?}", a.keywords);
    assert!(a.topics.iter().all(|t| t.evidence.iter().all(|e| e != "Facebook" && e != "WhatsApp")));
    let kind = |k: warta::PartKind| a.anatomy.iter().find(|p| p.kind == k);
    assert_eq!(kind(warta::PartKind::Byline).unwrap().value.as_deref(), Some("Budi Santoso"));
    assert_eq!(kind(warta::PartKind::Source).unwrap().value.as_deref(), Some("Antara"));
    assert!(kind(warta::PartKind::Share).is_some());
    assert!(kind(warta::PartKind::CommentForm).is_some());
}
