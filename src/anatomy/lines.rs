//! What one line of a scraped page is, from its own text: the strong
//! signals (a comment form, a copyright line, `Baca juga:`, a byline, a date
//! line, a caption, a share prompt) and the line's shape (a paragraph, a
//! headline, a short menu item). Context decides the rest (`mod.rs`).

use super::PartKind;
use super::date::find_date;

/// Longest line that can be boilerplate, in bytes (see the crate's limits).
pub const MAX_BOILERPLATE_LINE: usize = 400;

/// The number of words of a line: runs of bytes other than ASCII white
/// space (lines are split and trimmed already; a byte count, no `char`
/// decoding).
pub(super) fn words(line: &str) -> usize {
    let mut n = 0;
    let mut in_word = false;
    for &b in line.as_bytes() {
        let space = b.is_ascii_whitespace();
        n += usize::from(!space && !in_word);
        in_word = !space;
    }
    n
}

/// `line` in ASCII lower case, in `buf` (lines up to [`MAX_BOILERPLATE_LINE`]
/// bytes; `None` for longer ones).
fn lower_in<'b>(line: &str, buf: &'b mut [u8; MAX_BOILERPLATE_LINE]) -> Option<&'b str> {
    let b = buf.get_mut(..line.len())?;
    b.copy_from_slice(line.as_bytes());
    b.make_ascii_lowercase();
    std::str::from_utf8(b).ok()
}

/// Whether `lower` opens with `phrase` at a word boundary.
fn opens(lower: &str, phrase: &str) -> bool {
    lower.starts_with(phrase)
        && lower[phrase.len()..].chars().next().is_none_or(|c| !c.is_alphanumeric())
}

/// What follows an opening `phrase` (at a word boundary), if the line opens
/// with it.
fn after<'a>(line: &'a str, lower: &str, phrase: &str) -> Option<&'a str> {
    opens(lower, phrase).then(|| &line[phrase.len()..])
}

/// The phrase lists that count anywhere in a line, as one automaton: a
/// line is searched once for all of them.
struct Phrases {
    automaton: aho_corasick::AhoCorasick,
    /// The list of each pattern: 0 comment forms, 1 footers, 2 follow
    /// prompts.
    list: Vec<u8>,
}

static PHRASES: std::sync::LazyLock<Phrases> = std::sync::LazyLock::new(|| {
    let lists: [&[&str]; 4] = [COMMENT_FORM, FOOTER, FOLLOW, REPUBLISHED];
    let mut patterns = Vec::new();
    let mut list = Vec::new();
    for (k, l) in lists.iter().enumerate() {
        for p in *l {
            patterns.push(*p);
            list.push(k as u8);
        }
    }
    let automaton = aho_corasick::AhoCorasick::builder()
        .match_kind(aho_corasick::MatchKind::Standard)
        .build(&patterns)
        .expect("the phrase lists build an automaton");
    Phrases { automaton, list }
});

/// Which phrase lists `lower` holds a phrase of, between word boundaries:
/// bit 0 comment forms, bit 1 footers, bit 2 follow prompts.
fn phrase_lists(lower: &str) -> u8 {
    let mut found = 0;
    for m in PHRASES.automaton.find_overlapping_iter(lower) {
        let before = lower[..m.start()].chars().next_back();
        let after = lower[m.end()..].chars().next();
        if before.is_none_or(|c| !c.is_alphanumeric()) && after.is_none_or(|c| !c.is_alphanumeric())
        {
            found |= 1 << PHRASES.list[m.pattern().as_usize()];
        }
    }
    found
}

/// The line with trailing `:` and spaces and surrounding brackets removed,
/// for whole-line matches.
fn bare(lower: &str) -> &str {
    lower.trim_matches(|c: char| c == ':' || c == '.' || c == '!' || c.is_whitespace())
}

/// Whether a line ends as a sentence does.
pub(super) fn ends_sentence(t: &str) -> bool {
    let t = t.trim_end_matches(['"', '”', '’', '\'', ')', ']', '*']);
    t.ends_with(['.', '!', '?', '…', ';'])
}

/// The shape of a line of text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Shape {
    /// Article prose: ends as a sentence with two words or more, or is
    /// long.
    Paragraph,
    /// Three words or more, no sentence end: a headline or subhead.
    Headline,
    /// One or two words, or a short label: a menu item, a section.
    Short,
}

pub(super) fn shape(t: &str) -> Shape {
    // Most lines are prose: a sentence end and a space settle them without
    // counting words.
    if ends_sentence(t) && t.bytes().any(|b| b.is_ascii_whitespace()) {
        return Shape::Paragraph;
    }
    let n = words(t);
    if n >= 16 {
        Shape::Paragraph
    } else if n >= 3 {
        Shape::Headline
    } else {
        Shape::Short
    }
}

/// Whether most words of a line start with a capital (a title-case
/// headline or menu item).
pub(super) fn title_case(t: &str) -> bool {
    let (mut n, mut cap) = (0, 0);
    for w in t.split_whitespace() {
        let Some(c) = w.trim_start_matches(['"', '“', '\'', '(', '[']).chars().next() else {
            continue;
        };
        if c.is_alphabetic() {
            n += 1;
            cap += usize::from(c.is_uppercase());
        }
    }
    n > 0 && cap * 4 >= n * 3
}

/// A short line that may be a menu item: one to four words, no sentence
/// punctuation, capitalised.
pub(super) fn nav_like(t: &str) -> bool {
    t.len() <= 40
        && (1..=4).contains(&words(t))
        && !t.contains(['.', ',', '!', '?', ';', '"', '“'])
        && t.starts_with(|c: char| c.is_uppercase() || c.is_numeric())
}

/// Social networks and link actions, as share buttons write them.
const SOCIAL: &[&str] = &[
    "facebook",
    "twitter",
    "x",
    "whatsapp",
    "telegram",
    "line",
    "pinterest",
    "linkedin",
    "email",
    "e-mail",
    "copy link",
    "salin tautan",
    "salin link",
    "salin",
    "instagram",
    "tiktok",
    "youtube",
    "threads",
    "messenger",
    "copy",
    "link",
    "tautan",
];

/// Whether a line is one social network or link action.
pub(super) fn social(t: &str) -> bool {
    let mut buf = [0u8; MAX_BOILERPLATE_LINE];
    lower_in(t, &mut buf).is_some_and(|l| SOCIAL.contains(&bare(l)))
}

/// What a line is from its own text, with the value it carries.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct Strong {
    pub(super) kind: PartKind,
    pub(super) value: Option<String>,
    /// A header that opens a block of items below it (`Artikel Terkait`,
    /// `Tags`, `Bagikan:`, `BACA JUGA:`, `Komentar`).
    pub(super) header: bool,
}

impl Strong {
    fn of(kind: PartKind) -> Option<Strong> {
        Some(Strong { kind, value: None, header: false })
    }

    fn header(kind: PartKind) -> Option<Strong> {
        Some(Strong { kind, value: None, header: true })
    }
}

const COMMENT_FORM: &[&str] = &[
    "tinggalkan balasan",
    "tinggalkan komentar",
    "alamat email anda tidak akan",
    "ruas yang wajib ditandai",
    "leave a reply",
    "your email address will not be published",
    "required fields are marked",
    "kirim komentar",
    "batalkan balasan",
    "tulis komentar",
    "untuk berkomentar",
    "lihat semua komentar",
    "komentar anda",
    "beri komentar",
    "tambah komentar",
    "belum ada komentar",
    "log masuk untuk",
    "memberi komen",
    "tulis komen",
];

const FOOTER: &[&str] =
    &["hak cipta", "all rights reserved", "dilindungi undang-undang", "hak terpelihara"];

/// Words of a footer's link row.
const FOOTER_LINKS: &[&str] = &[
    "redaksi",
    "pedoman media siber",
    "kebijakan privasi",
    "privacy",
    "kontak",
    "tentang kami",
    "karir",
    "disclaimer",
    "syarat",
    "info iklan",
    "hubungi kami",
    "about us",
];

const ADS: &[&str] = &[
    "advertisement",
    "iklan",
    "scroll to continue with content",
    "scroll to resume content",
    "scroll untuk membaca artikel",
    "scroll untuk lanjut membaca",
    "scroll untuk melanjutkan",
    "scroll untuk melanjutkan membaca",
    "ads",
    "adv",
    "sponsored",
    "konten sponsor",
    "promoted",
    "artikel ini merupakan kerja sama",
];

const READ_ALSO: &[&str] = &[
    "baca juga",
    "baca",
    "simak juga",
    "lihat juga",
    "read also",
    "baca selengkapnya",
    "simak",
    "lihat",
    "simak video",
    "tonton video",
    "saksikan video",
    "tonton juga",
    "baca lagi",
    "baca berita",
    "pilihan editor",
    "simak berita",
    "baca artikel",
    "selanjutnya",
    "menarik dibaca",
    "berita selanjutnya",
    "artikel selanjutnya",
];

const RELATED: &[&str] = &[
    "artikel terkait",
    "berita terkait",
    "berita lainnya",
    "berita lain",
    "terpopuler",
    "berita terpopuler",
    "populer",
    "rekomendasi",
    "rekomendasi untuk anda",
    "pilihan editor",
    "baca selanjutnya",
    "artikel berkaitan",
    "berita berkaitan",
    "most popular",
    "related articles",
    "related news",
    "related",
    "berita pilihan",
    "terkini",
    "berita terkini",
    "artikel lainnya",
    "video pilihan",
    "topik pilihan",
    "trending",
    "lainnya",
    "paling banyak dibaca",
    "terpopuler hari ini",
    "berita utama",
    "headline",
    "artikel pilihan",
    "bacaan lain",
    "more stories",
];

const TAGS: &[&str] = &[
    "tags",
    "tag",
    "topik",
    "kata kunci",
    "keywords",
    "topik terkait",
    "topik berkaitan",
    "topik pilihan",
    "label",
];

const SHARE_HEADERS: &[&str] = &[
    "bagikan",
    "bagikan artikel ini",
    "bagikan berita ini",
    "bagikan artikel",
    "bagikan ke",
    "share",
    "share this",
    "share this article",
    "share artikel",
    "share to",
    "kongsi",
    "kongsi artikel ini",
    "kongsi berita ini",
    "sebarkan",
    "sebarkan artikel ini",
];

/// Follow and subscribe prompts: any of these in a line.
const FOLLOW: &[&str] = &[
    "google news",
    "whatsapp channel",
    "saluran whatsapp",
    "grup telegram",
    "channel telegram",
    "ikuti kami di",
    "follow us",
    "ikuti berita",
    "dapatkan update",
    "download aplikasi",
    "unduh aplikasi",
    "klik link",
    "simak breaking news",
    "ikuti whatsapp",
    "join channel",
    "langganan newsletter",
    "berlangganan newsletter",
    "ikuti juga akun",
    "ikuti saluran",
    "dapatkan berita",
];

const BYLINE: &[&str] = &[
    "oleh",
    "by",
    "penulis",
    "reporter",
    "editor",
    "pewarta",
    "redaktur",
    "penyunting",
    "kontributor",
    "laporan wartawan",
    "laporan reporter",
    "written by",
    "wartawan",
    "jurnalis",
    "penerjemah",
    "editor bahasa",
    "rep",
    "red",
];

const SOURCE: &[&str] = &["sumber", "source", "(sumber", "sumber berita", "dikutip dari"];

const CAPTION_OPENERS: &[&str] =
    &["foto", "photo", "gambar", "[gambas", "(foto", "foto/", "video", "infografis", "[video"];

/// Credits in a caption's closing parentheses.
const CREDITS: &[&str] = &[
    "foto",
    "photo",
    "dok.",
    "dok ",
    "shutterstock",
    "getty",
    "istimewa",
    "istock",
    "freepik",
    "unsplash",
    "pexels",
    "afp",
    "reuters",
    "ap ",
    "tangkapan layar",
    "screenshot",
    "humas",
    "ist)",
    "bernama",
];

/// What the line `t` (trimmed) is from its own text, if it is something
/// other than article text.
pub(super) fn strong(t: &str) -> Option<Strong> {
    let mut buf = [0u8; MAX_BOILERPLATE_LINE];
    let lower = lower_in(t, &mut buf)?;
    let n = words(t);
    let b = bare(lower);
    let lists = phrase_lists(lower);
    if lists & 1 != 0
        || b == "komentar"
        || b == "komen"
        || b == "kirim"
        || (opens(lower, "komentar") && n <= 3 && !ends_sentence(t))
    {
        return if b == "komentar" || b == "komen" || opens(lower, "komentar (") {
            Strong::header(PartKind::CommentForm)
        } else {
            Strong::of(PartKind::CommentForm)
        };
    }
    // `Hak cipta lagu itu dipegang ...` is a sentence: the footer's phrase
    // counts in a short line or with its legal ending.
    let legal =
        lists & 2 != 0 && (n <= 10 || lower.contains("dilindungi") || lower.contains("reserved"));
    if lower.contains('©') || legal || opens(lower, "copyright") {
        return Strong::of(PartKind::Footer);
    }
    let pieces = || lower.split(['|', '•', '·']).map(str::trim);
    let separated = lower.as_bytes().contains(&b'|') || lower.contains(['•', '·']);
    if separated && pieces().nth(2).is_some() && pieces().all(|p| words(p) <= 4) {
        let footer = pieces().any(|p| FOOTER_LINKS.iter().any(|f| p.contains(f)));
        if footer {
            return Strong::of(PartKind::Footer);
        }
        if !lower.contains(':') && (n > 24 || find_date(t).is_none()) {
            return Strong::of(PartKind::Nav);
        }
    }
    if n > 25 {
        // Prose: only the kinds a long line can be.
        return long_line(t, lower, n, lists);
    }
    if let Some(section) = breadcrumb(t) {
        return Some(Strong { kind: PartKind::Section, value: Some(section), header: false });
    }
    if let Some(v) = (lists & 8 != 0).then(|| republished(t, lower)).flatten() {
        return Some(Strong { kind: PartKind::Source, value: Some(v), header: false });
    }
    if b == "tentang penulis" || b == "about the author" || b == "profil penulis" {
        return Strong::header(PartKind::AuthorBio);
    }
    if ADS.contains(&b) {
        return Strong::of(PartKind::Ad);
    }
    if RELATED.contains(&b) && n <= 5 {
        return Strong::header(PartKind::Related);
    }
    if TAGS.contains(&b) {
        return Strong::header(PartKind::Tags);
    }
    for tag in TAGS {
        if let Some(rest) = after(t, lower, tag)
            && rest.trim_start().starts_with(':')
            && n <= 40
        {
            return Strong::of(PartKind::Tags);
        }
    }
    if n >= 1 && t.split_whitespace().all(|w| w.starts_with('#') && w.len() > 1) {
        return Strong::of(PartKind::Tags);
    }
    if SHARE_HEADERS.contains(&b) {
        return Strong::header(PartKind::Share);
    }
    for opener in ["bagikan", "share", "kongsi"] {
        if let Some(rest) = after(t, lower, opener) {
            let rest = rest.trim_start_matches([':', ' ']);
            let mut buf2 = [0u8; MAX_BOILERPLATE_LINE];
            if rest.len() < t.len()
                && t[..t.len() - rest.len()].contains(':')
                && lower_in(rest, &mut buf2).is_some_and(|r| {
                    r.split([' ', ',', '|']).filter(|w| !w.is_empty()).all(|w| SOCIAL.contains(&w))
                })
            {
                return Strong::of(PartKind::Share);
            }
        }
    }
    if lists & 4 != 0 && n <= 60 {
        return Strong::of(PartKind::Share);
    }
    for opener in READ_ALSO {
        if let Some(rest) = after(t, lower, opener) {
            let rest = rest.trim_start();
            let colon = rest.starts_with([':', '-', '–', '—', '»', '>']);
            // `Selanjutnya: <headline>` only: the word alone is a pager
            // link or a sentence's opening.
            if *opener == "selanjutnya" && !rest.starts_with(':') {
                continue;
            }
            if rest.is_empty() || rest == ":" {
                return Strong::header(PartKind::ReadAlso);
            }
            // `baca`, `simak` and `lihat` alone open sentences too: only
            // with a colon.
            let weak = matches!(*opener, "baca" | "simak" | "lihat");
            if colon || (!weak && n <= 25 && !ends_sentence(t)) {
                return Strong::of(PartKind::ReadAlso);
            }
        }
    }
    if let Some(v) = source_value(t, lower) {
        return Some(Strong { kind: PartKind::Source, value: Some(v), header: false });
    }
    if source_code(t) {
        return Strong::of(PartKind::SourceCode);
    }
    if caption(t, lower) {
        return Strong::of(PartKind::Caption);
    }
    if let Some(name) = byline(t, lower) {
        return Some(Strong { kind: PartKind::Byline, value: Some(name), header: false });
    }
    if let Some(d) = (n <= 24).then(|| find_date(t)).flatten() {
        // What is around the date, in lower case (the same byte offsets).
        let extra = lower[..d.start]
            .split(date_separator)
            .chain(lower[d.end..].split(date_separator))
            .filter(|w| !w.is_empty() && !DATE_WORDS.contains(w))
            .count();
        if extra <= 2 {
            return Some(Strong { kind: PartKind::Date, value: Some(d.value), header: false });
        }
    }
    if !t.contains(char::is_whitespace)
        && t.chars().all(|c| c.is_lowercase() || c == '-' || c.is_ascii_digit())
        && t.chars().any(char::is_alphabetic)
    {
        return Strong::of(PartKind::Slug);
    }
    None
}

/// [`strong`] for a line of more than 25 words: a republished-from line, a
/// tag list, a follow prompt, a `Baca juga:` line or a caption; never a
/// header, byline, date, source or slug, which are short. The checks and
/// their order are those of [`strong`].
fn long_line(t: &str, lower: &str, n: usize, lists: u8) -> Option<Strong> {
    if let Some(v) = (lists & 8 != 0).then(|| republished(t, lower)).flatten() {
        return Some(Strong { kind: PartKind::Source, value: Some(v), header: false });
    }
    for tag in TAGS {
        if let Some(rest) = after(t, lower, tag)
            && rest.trim_start().starts_with(':')
            && n <= 40
        {
            return Strong::of(PartKind::Tags);
        }
    }
    if t.split_whitespace().all(|w| w.starts_with('#') && w.len() > 1) {
        return Strong::of(PartKind::Tags);
    }
    if lists & 4 != 0 && n <= 60 {
        return Strong::of(PartKind::Share);
    }
    for opener in READ_ALSO {
        if let Some(rest) = after(t, lower, opener)
            && rest.trim_start().starts_with([':', '-', '–', '—', '»', '>'])
        {
            return Strong::of(PartKind::ReadAlso);
        }
    }
    caption(t, lower).then_some(Strong { kind: PartKind::Caption, value: None, header: false })
}

/// A breadcrumb (`Home > Ekonomi > Makro`, `Investasi / Saham`): two to
/// five short crumbs; its value is the last, most specific one.
fn breadcrumb(t: &str) -> Option<String> {
    if !t.contains(['>', '›', '»', '/']) || t.contains("://") || words(t) > 10 {
        return None;
    }
    let crumbs: Vec<&str> =
        t.split(['>', '›', '»', '/']).map(str::trim).filter(|c| !c.is_empty()).collect();
    // Crumbs are short names (a brand may lead: `detikFinance`,
    // `Kompas.com Tekno`); no sentence punctuation, no numbers.
    let ok = (2..=5).contains(&crumbs.len())
        && crumbs.iter().enumerate().all(|(k, c)| {
            words(c) <= 4
                && (k == 0 || c.chars().any(char::is_uppercase))
                && !c.contains(|ch: char| ",:;!?()\"".contains(ch))
                && !c.split_whitespace().any(|w| w.chars().all(|ch| ch.is_ascii_digit()))
        });
    ok.then(|| crumbs[crumbs.len() - 1].to_string())
}

/// The phrases of a republished article's source line.
const REPUBLISHED: &[&str] =
    &["telah tayang di", "sudah tayang di", "telah terbit di", "pertama kali tayang di"];

/// `Artikel ini telah tayang di TribunMadura.com dengan judul ...`: the
/// outlet that first published the article.
fn republished(t: &str, lower: &str) -> Option<String> {
    // The phrase opens the line (`Artikel ini telah tayang di ...`).
    let at = REPUBLISHED
        .iter()
        .find_map(|p| lower.find(p).filter(|&i| i <= 40).map(|i| i + p.len() + 1))?;
    if at > t.len() {
        return None;
    }
    if at > 40 {
        return None;
    }
    let outlet = t[at..].split_whitespace().next()?.trim_end_matches([',', '.']);
    (!outlet.is_empty()).then(|| outlet.to_string())
}

/// What separates the words around a date on a date line.
fn date_separator(c: char) -> bool {
    c.is_whitespace() || "|-–—,:/()".contains(c)
}

/// Words a date line may hold beside its date (lower case).
const DATE_WORDS: &[&str] = &[
    "diperbarui",
    "dipublikasikan",
    "diterbitkan",
    "terbit",
    "published",
    "updated",
    "update",
    "posted",
    "pada",
    "on",
    "wib",
    "wita",
    "wit",
];

/// A source line (`Sumber: Antara`, `(Sumber: Kompas)`), with its value.
fn source_value(t: &str, lower: &str) -> Option<String> {
    if words(t) > 12 {
        return None;
    }
    SOURCE.iter().find_map(|opener| {
        let rest = after(t, lower, opener)?;
        let rest = rest.trim_start();
        // `Sumber dana ...` is a sentence: a source line has its colon.
        let rest = rest.strip_prefix(':')?;
        let v = rest.trim_matches([':', ' ', ')', '(', '.']);
        (!v.is_empty()).then(|| v.to_string())
    })
}

/// A source code alone on a line: `(ant/dil)`, `(rdp/imk)`, `(*)`.
pub(super) fn source_code(t: &str) -> bool {
    let Some(inner) = t.strip_prefix(['(', '[']).and_then(|s| s.strip_suffix([')', ']'])) else {
        return false;
    };
    let inner = inner.trim();
    // `(ant/dil)`, `(mcr23/jpnn)`, `(Z-7)`, `(*)`.
    let code = |p: &str| {
        let letters = p.trim_end_matches(|c: char| c.is_ascii_digit());
        (2..=6).contains(&letters.len())
            && p.len() <= 8
            && letters.bytes().all(|b| b.is_ascii_lowercase())
    };
    let desk = |p: &str| {
        let b = p.as_bytes();
        b.len() >= 3
            && b[0].is_ascii_uppercase()
            && b[1] == b'-'
            && b[2..].iter().all(u8::is_ascii_digit)
    };
    inner == "*"
        || (!inner.is_empty()
            && inner.len() <= 24
            && inner.split('/').all(|p| code(p.trim()) || desk(p.trim())))
}

/// The length of a source code that closes a paragraph (`... kata dia.
/// (ant/dil)`), if any.
pub(crate) fn trailing_source_code(t: &str) -> Option<usize> {
    let open = t.rfind(['(', '['])?;
    let code = &t[open..];
    (open > 0 && t[..open].ends_with(' ') && source_code(code)).then_some(code.len())
}

/// A photo caption or credit.
fn caption(t: &str, lower: &str) -> bool {
    let n = words(t);
    if n > 80 {
        return false;
    }
    if matches!(bare(lower), "gambar hiasan" | "foto hiasan" | "ilustrasi" | "foto fail")
        || (lower.starts_with("ilustrasi") && n <= 30)
        || (t.starts_with('[') && t.ends_with(']') && n <= 20)
    {
        return true;
    }
    // Credits close the line: a slash or a photo word near its end.
    let end = &lower[crate::tokenize::floor_char_boundary(lower, lower.len().saturating_sub(90))..];
    let credited = end.contains('/') || PHOTO_CREDITS.iter().any(|w| end.contains(w));
    if credited && trailing_source_code(t).is_none() && credit_tails(t).any(credit) {
        return true;
    }
    let opened = CAPTION_OPENERS.iter().any(|o| {
        lower.starts_with(o)
            && lower[o.len()..].trim_start().starts_with([':', '/', '|'])
            && !lower[o.len()..].starts_with('-')
    });
    if opened || lower.starts_with("[gambas") {
        return true;
    }
    // Closing parentheses that credit a photo.
    let closes = t.ends_with(')') || t.ends_with(").");
    closes
        && lower.rfind('(').is_some_and(|open| {
            let credit = &lower[open..];
            credit.len() <= 80 && CREDITS.iter().any(|c| credit.contains(c))
        })
        && (lower.starts_with("ilustrasi")
            || lower.contains("foto")
            || lower.contains("photo")
            || !ends_sentence(&t[..lower.rfind('(').unwrap_or(0)]))
}

/// The last pieces of a line, where captions put their credit: inside
/// closing brackets, or after a sentence end or spaced dash (each such cut
/// from the right, while the piece is short).
fn credit_tails(t: &str) -> impl Iterator<Item = &str> {
    let t = t.trim_end_matches('.');
    let bracket = t
        .strip_suffix(')')
        .or_else(|| t.strip_suffix(']'))
        .and_then(|inner| inner.rfind(['(', '[']).map(|open| &inner[open + 1..]));
    let cuts = t
        .match_indices(". ")
        .chain(t.match_indices(" - "))
        .chain(t.match_indices(" – "))
        .chain(t.match_indices(" — "))
        .chain(t.match_indices("! "))
        .map(|(i, sep)| &t[i + sep.len()..])
        .filter(|tail| words(tail) <= 7);
    bracket.into_iter().chain(cuts)
}

/// How a photo credit opens (`Foto: ...`, `Dok. Humas`, `Reuters/...`).
const PHOTO_CREDITS: &[&str] =
    &["foto", "photo", "dok", "istimewa", "getty", "shutterstock", "reuters/", "afp/", "ap photo"];

/// Whether the tail of a line credits a photo: `KOMPAS.com/RADEN AYU`,
/// `ANTARA FOTO/Arif/rwa`, `Foto: Dok. Humas`, `Foto fail NSTP`, `FOTO
/// Nurul Izzati Hamid`.
fn credit(tail: &str) -> bool {
    let tail = tail.trim();
    let lower = tail.to_ascii_lowercase();
    if words(tail) > 7 || tail.is_empty() {
        return false;
    }
    let photo = PHOTO_CREDITS.iter().any(|w| lower.starts_with(w));
    // `Outlet/Name`: a slash between capitalised words, no digits (dates
    // and fractions have them).
    let pieces = || tail.split('/').map(str::trim);
    let slash = tail.contains('/')
        && !tail.contains("://")
        && !tail.contains(". ")
        && pieces()
            .all(|p| words(p) <= 4 && !p.is_empty() && !p.chars().all(|c| c.is_ascii_digit()))
        && pieces().any(|p| p.starts_with(|c: char| c.is_uppercase()));
    photo || slash
}

/// A credit line's name: `Reporter: Budi Santoso | Editor: Ani`,
/// `Oleh Aminah Yusof - 3 Mac 2026`, `Laporan wartawan Tribunnews.com,
/// Budi`, `Budi Santoso - detikFinance`.
fn byline(t: &str, lower: &str) -> Option<String> {
    let n = words(t);
    if n > 24 {
        return None;
    }
    for opener in BYLINE {
        let Some(rest) = after(t, lower, opener) else { continue };
        let colon = rest.trim_start().starts_with(':');
        // A byline is short, or has its colon: `Oleh karena itu, ...` is
        // a sentence. `Rep:` and `Red:` only with it.
        if !colon && (n > 14 || ends_sentence(t) && find_date(t).is_none())
            || !colon && matches!(*opener, "rep" | "red")
        {
            continue;
        }
        // `Kontributor Kutai Kartanegara, Rizal Fahmi`, `Laporan Wartawan
        // TribunJabar.id, Dedi Supriadi`: the place or outlet comes first.
        let rest = match rest.split_once(',') {
            Some((_, after))
                if matches!(
                    *opener,
                    "kontributor" | "laporan wartawan" | "laporan reporter" | "wartawan"
                ) && !rest.trim_start().starts_with(':') =>
            {
                after
            }
            _ => rest,
        };
        if let Some(name) = first_name(rest) {
            return Some(name);
        }
    }
    // `Budi Santoso - detikFinance`, `Yoga Pramudya - Sepakbola`.
    if n <= 6
        && let Some((name, desk)) = t.split_once(" - ")
    {
        let desk = desk.trim();
        if !desk.contains(' ') && desk.chars().all(char::is_alphanumeric) && is_name(name) {
            return first_name(name);
        }
    }
    // `Sarah Amalia, Jurnalis` (with the date after it).
    if let Some((name, role)) = t.split_once(", ") {
        let role = role.split(['·', '|', '-']).next().unwrap_or("").trim().to_ascii_lowercase();
        if matches!(role.as_str(), "jurnalis" | "wartawan" | "reporter" | "kontributor" | "penulis")
            && is_name(name)
        {
            return Some(name.trim().to_string());
        }
    }
    // `Kevin Alexander | Yogi Permana`: writer and editor.
    let names: Vec<&str> = t.split('|').map(str::trim).collect();
    if names.len() == 2 && names.iter().all(|x| is_name(x) && words(x) >= 2) {
        return Some(names[0].to_string());
    }
    None
}

/// The name a byline line gives (`Reporter: Budi Santoso | Editor: Ani`
/// → `Budi Santoso`), for the HTML reader's byline elements.
#[cfg(feature = "html")]
pub(crate) fn byline_name(t: &str) -> Option<String> {
    let t = t.trim();
    let mut buf = [0u8; MAX_BOILERPLATE_LINE];
    let lower = lower_in(t, &mut buf)?;
    byline(t, lower)
}

/// Words of a byline that names a desk or an outlet, not a person.
#[cfg(feature = "html")]
const DESK_WORDS: &[&str] = &[
    "tim",
    "redaksi",
    "desk",
    "admin",
    "newsroom",
    "staff",
    "staf",
    "editorial",
    "team",
    "reuters",
    "antara",
    "bernama",
    "afp",
    "kontributor",
    "wire",
    "news",
    "media",
    "online",
    "network",
];

/// A person's name as a byline writes it: one to five capitalised words,
/// no role, no desk word (`Tim Redaksi`, `Antara`), no domain.
#[cfg(feature = "html")]
pub(crate) fn is_person_name(t: &str) -> bool {
    is_name(t.trim())
        && !t.split_whitespace().any(|w| DESK_WORDS.contains(&w.to_ascii_lowercase().as_str()))
}

/// Two to five capitalised words without digits or punctuation: a
/// person's name as credits write it.
pub(super) fn is_name(t: &str) -> bool {
    let n = words(t);
    (1..=5).contains(&n)
        && t.split_whitespace().all(|w| {
            w.starts_with(|c: char| c.is_uppercase())
                && w.chars().all(|c| c.is_alphabetic() || c == '\'' || c == '.' || c == '-')
        })
        && !t.split_whitespace().any(is_role)
}

/// The first capitalised name (one to five words) among the pieces of a
/// credit, split at separators; a piece with a web domain is skipped.
fn first_name(rest: &str) -> Option<String> {
    for piece in rest.split(['·', '|', ',', '—', '–', '(', '/', ':', '@']) {
        let piece = piece.split(" - ").next().unwrap_or("").trim();
        let piece = piece.trim_end_matches(|c: char| c.is_ascii_digit() || c.is_whitespace());
        if piece.is_empty() || piece.contains('.') && !piece.contains(". ") {
            continue;
        }
        let name: Vec<&str> = piece.split_whitespace().collect();
        // Stop at a date or a lower-case word: `Budi Santoso 3 Mac`,
        // `Candra Wijaya Selasa, 3 Maret 2026`.
        let end = name
            .iter()
            .enumerate()
            .position(|(k, w)| {
                !w.starts_with(|c: char| c.is_uppercase())
                    || is_day_name(w)
                    // `Galih Permana Editor : Candra Wijaya`.
                    || (k > 0 && is_role(w))
            })
            .unwrap_or(name.len());
        let name = &name[..end];
        if (1..=5).contains(&name.len()) && !name.iter().any(|w| is_role(w)) {
            return Some(name.join(" "));
        }
        if !name.is_empty() {
            // A role (`Editor`) before the name: try what follows.
            continue;
        }
        return None;
    }
    None
}

/// A day's name (Indonesian, Malay, English), with its comma.
fn is_day_name(w: &str) -> bool {
    matches!(
        w.trim_end_matches(',').to_ascii_lowercase().as_str(),
        "senin"
            | "selasa"
            | "rabu"
            | "kamis"
            | "jumat"
            | "jum'at"
            | "sabtu"
            | "minggu"
            | "ahad"
            | "isnin"
            | "khamis"
            | "jumaat"
            | "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
    )
}

fn is_role(w: &str) -> bool {
    matches!(
        w.to_ascii_lowercase().as_str(),
        "editor" | "reporter" | "penulis" | "pewarta" | "redaktur" | "kontributor" | "oleh" | "by"
    )
}

/// Labels that open a credit line (`Penulis: Andi Saputra`, `Foto:
/// Antara`), followed by a colon; letter case ignored. They are at most
/// 15 bytes long.
const CREDIT_LABELS: &[&str] = &[
    "author",
    "by",
    "editor",
    "foto",
    "fotografer",
    "grafis",
    "ilustrasi",
    "kontributor",
    "koresponden",
    "oleh",
    "penerjemah",
    "penulis",
    "penyunting",
    "pewarta",
    "photo",
    "redaktur",
    "reporter",
    "source",
    "sumber",
    "videografer",
    "wartawan",
    "writer",
];

/// Lines that open with these (letter case ignored), then capitalised names
/// only, are credits: `Oleh Andi Saputra`, `By Didik Purwanto`, `Laporan
/// wartawan Kompas.com, Dewi`.
const CREDIT_OPENERS: &[&str] = &["oleh ", "by ", "laporan wartawan "];

/// Whether `line` is a credit: it opens with a credit label and a colon
/// (`Penulis: Andi`, `Editor : Budi | Foto: Antara`), or with a credit
/// opener followed by names only (`Oleh Andi Saputra`). Returns where the
/// credit starts in the line (after its indent).
pub(crate) fn credit_line(line: &str) -> Option<usize> {
    let t = line.trim_start_matches([' ', '\t']);
    let indent = line.len() - t.len();
    if !t.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return None;
    }
    // Labels are short words: the colon comes early.
    let head = &t.as_bytes()[..t.len().min(16)];
    if let Some(colon) = head.iter().position(|&b| b == b':') {
        let label = t[..colon].trim_end_matches([' ', '\t']);
        if CREDIT_LABELS.iter().any(|l| l.eq_ignore_ascii_case(label)) {
            return Some(indent);
        }
    }
    let opener = CREDIT_OPENERS.iter().find(|o| {
        t.len() >= o.len() && t.is_char_boundary(o.len()) && t[..o.len()].eq_ignore_ascii_case(o)
    })?;
    let names = t[opener.len()..].trim_end();
    let words = names.split_whitespace().count();
    let capitalised = names.split_whitespace().all(|w| w.starts_with(|c: char| c.is_uppercase()));
    (names.len() <= 120 && (1..=8).contains(&words) && capitalised && !names.ends_with('.'))
        .then_some(indent)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(t: &str) -> Option<PartKind> {
        strong(t).map(|s| s.kind)
    }

    #[test]
    fn source_codes_and_byline_names() {
        for code in ["(ant/dil)", "(mcr23/jpnn)", "(Z-7)", "(*)"] {
            assert!(source_code(code), "{code}");
        }
        for not_code in ["(BBCA)", "(COVID-19)", "(2026)", "(Persero)"] {
            assert!(!source_code(not_code), "{not_code}");
        }
        // The name ends at a role or a day's name.
        assert_eq!(
            byline(
                "Reporter : Galih Permana Editor : Candra Wijaya",
                "reporter : galih permana editor : candra wijaya"
            )
            .as_deref(),
            Some("Galih Permana")
        );
        let t = "Oleh Budi Santoso Selasa, 3 Februari 2026";
        assert_eq!(byline(t, &t.to_ascii_lowercase()).as_deref(), Some("Budi Santoso"));
        let t = "Kontributor Kutai Kartanegara, Rizal Fahmi | Editor Wijaya Kusuma";
        assert_eq!(byline(t, &t.to_ascii_lowercase()).as_deref(), Some("Rizal Fahmi"));
    }

    #[test]
    fn phrases_count_at_word_boundaries_and_in_their_shape() {
        assert_eq!(kind("Terkait hal itu, Bank Indonesia belum berkomentar."), None);
        assert_eq!(kind("Iklan rokok dilarang di Jakarta."), None);
        assert_eq!(kind("Sumber dana proyek itu berasal dari APBN."), None);
        assert_eq!(kind("Foto-foto kejadian itu beredar di media sosial."), None);
        assert_eq!(kind("Komentar itu disampaikan Menteri Keuangan kemarin."), None);
        assert_eq!(kind("Bagikan bantuan sosial dilakukan di balai desa."), None);
        assert_eq!(kind("Oleh karena itu, harga naik."), None);
        assert_eq!(kind("ADVERTISEMENT"), Some(PartKind::Ad));
        assert_eq!(kind("Iklan"), Some(PartKind::Ad));
        assert_eq!(kind("Bagikan artikel ini:"), Some(PartKind::Share));
        assert_eq!(kind("Bagikan: Facebook Twitter WhatsApp"), Some(PartKind::Share));
        assert_eq!(kind("Baca juga: Harga cabai turun"), Some(PartKind::ReadAlso));
        assert_eq!(kind("Sumber: ANTARA"), Some(PartKind::Source));
        assert_eq!(kind("(ant/dil)"), Some(PartKind::SourceCode));
        assert_eq!(kind("Tags: beras, harga, inflasi"), Some(PartKind::Tags));
        assert_eq!(kind("Artikel Terkait"), Some(PartKind::Related));
        assert_eq!(
            kind("© 2026 NamaPortal. Hak cipta dilindungi undang-undang."),
            Some(PartKind::Footer)
        );
        assert_eq!(kind("Tulis komentar Anda di sini"), Some(PartKind::CommentForm));
        assert_eq!(kind("Ikuti kami di Google News"), Some(PartKind::Share));
        assert_eq!(
            kind("Pakar menyarankan memeriksa izin sebelum mengunduh aplikasi apa pun."),
            None
        );
        assert_eq!(kind("Foto: Suasana pasar. (ANTARA FOTO/Budi)"), Some(PartKind::Caption));
        assert_eq!(kind("Selasa, 3 Februari 2026 | 09:12 WIB"), Some(PartKind::Date));
        assert_eq!(kind("beli-xiaomi"), Some(PartKind::Slug));
    }

    #[test]
    fn bylines_and_their_names() {
        for (line, name) in [
            ("Reporter: Budi Santoso | Editor: Ani Lestari", "Budi Santoso"),
            ("Penulis: Dewi Anggraini", "Dewi Anggraini"),
            ("Oleh Aminah Yusof - 3 Mac 2026 @ 10:15am", "Aminah Yusof"),
            ("Laporan wartawan Tribunnews.com, Reza Pahlevi", "Reza Pahlevi"),
            ("Rina Wulandari - detikFinance", "Rina Wulandari"),
            ("Editor: Ani Lestari", "Ani Lestari"),
            ("Penulis Yoga Pratama | Editor Sari", "Yoga Pratama"),
        ] {
            let s = strong(line).unwrap_or_else(|| panic!("{line}"));
            assert_eq!((s.kind, s.value.as_deref()), (PartKind::Byline, Some(name)), "{line}");
        }
    }

    #[test]
    fn shapes() {
        assert_eq!(shape("Harga beras naik lagi."), Shape::Paragraph);
        assert_eq!(shape("Harga Beras Naik Lagi"), Shape::Headline);
        assert_eq!(shape("Ekonomi"), Shape::Short);
        assert!(nav_like("Cek Fakta"));
        assert!(!nav_like("Harga naik."));
        assert_eq!(trailing_source_code("Harga naik, kata dia. (ant/dil)"), Some(9));
        assert_eq!(trailing_source_code("Harga naik (10 persen)"), None);
    }
}
