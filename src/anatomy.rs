//! Article anatomy: what a scraped article is made of besides its body.

use crate::span::Span;

/// What a part of an article is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum PartKind {
    /// A URL slug or category line above the article (`beli`,
    /// `beli-xiaomi`).
    Slug,
    /// The headline.
    Title,
    /// The dateline that opens the body (`JAKARTA, KOMPAS.com -`).
    Dateline,
    /// A byline or credit (`By Didik Purwanto`, `Penulis:`, `Editor:`).
    Byline,
    /// A source attribution (`Sumber: Reuters`).
    Source,
    /// A cross-link inside the article (`Baca juga: ...`).
    ReadAlso,
    /// A share, follow or subscribe prompt, an advertisement marker.
    Share,
    /// A comment form (`Tinggalkan Balasan`, `Alamat email Anda tidak akan
    /// dipublikasikan`).
    CommentForm,
    /// An author bio after the article.
    AuthorBio,
}

impl PartKind {
    /// Whether the part is boilerplate: left out of the body and of entity
    /// and topic scoring.
    pub const fn is_boilerplate(self) -> bool {
        matches!(
            self,
            PartKind::Slug
                | PartKind::ReadAlso
                | PartKind::Share
                | PartKind::CommentForm
                | PartKind::AuthorBio
        )
    }
}

/// One part of an article's anatomy.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Part {
    /// What it is.
    pub kind: PartKind,
    /// Its byte span in the text.
    pub span: Span,
    /// The value it carries: a byline's name, a source's or a dateline's
    /// outlet or place, when one can be read.
    pub value: Option<String>,
}

/// The anatomy of an article: its parts and its body.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Anatomy {
    /// Every part found, in text order.
    pub parts: Vec<Part>,
    /// The body: from the first paragraph of the article (its dateline
    /// included) to the end of its last paragraph, before trailing credits
    /// and boilerplate. Boilerplate inside it (`Baca juga:`) is listed in
    /// `parts`.
    pub body: Span,
}

/// A line of the text, without its line break.
#[derive(Clone, Copy, Debug)]
struct Line<'t> {
    span: Span,
    text: &'t str,
}

fn lines(text: &str) -> Vec<Line<'_>> {
    let mut out = Vec::new();
    let mut start = 0;
    for piece in text.split_inclusive('\n') {
        let body = piece.trim_end_matches(['\n', '\r']);
        out.push(Line { span: Span::new(start, start + body.len()), text: body });
        start += piece.len();
    }
    out
}

/// Lines that open with one of these (case-insensitive) are credits.
const BYLINE_OPENERS: &[&str] = &[
    "oleh:",
    "oleh ",
    "by ",
    "penulis:",
    "penulis :",
    "reporter:",
    "reporter :",
    "editor:",
    "editor :",
    "pewarta:",
    "pewarta :",
    "redaktur:",
    "penyunting:",
    "kontributor:",
    "laporan wartawan",
    "written by",
    "foto:",
    "photo:",
];

/// Source attributions.
const SOURCE_OPENERS: &[&str] =
    &["sumber:", "sumber :", "source:", "dikutip dari", "disadur dari", "(sumber:"];

/// Cross-links.
const READ_ALSO: &[&str] =
    &["baca juga", "baca:", "simak juga", "lihat juga", "read also", "related:", "artikel terkait"];

/// Share and subscribe prompts and advertisement markers (whole line, or
/// its opening).
const SHARE: &[&str] = &[
    "bagikan",
    "share this",
    "share:",
    "klik untuk",
    "follow us",
    "ikuti kami",
    "ikuti berita",
    "dapatkan update",
    "dapatkan berita",
    "download aplikasi",
    "unduh aplikasi",
    "advertisement",
    "scroll to continue",
    "iklan",
    "simak berita",
    "gabung di",
    "tonton video",
    "like this:",
    "suka ini:",
    "terkait",
    "related",
    "berita terkait",
    "tags:",
    "tag:",
    "cek berita",
];

/// Comment forms: phrases of the form, anywhere in the line.
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
];

fn starts_with_ci(line: &str, prefix: &str) -> bool {
    line.len() >= prefix.len()
        && line.is_char_boundary(prefix.len())
        && line[..prefix.len()].eq_ignore_ascii_case(prefix)
}

fn words(line: &str) -> usize {
    line.split_whitespace().count()
}

/// What follows the opener of a short line that starts with one of
/// `openers` (case ignored) and has at most `max_words` words.
fn after_opener<'a>(line: &'a str, openers: &[&str], max_words: usize) -> Option<&'a str> {
    let t = line.trim();
    if t.len() > MAX_BOILERPLATE_LINE {
        return None;
    }
    let opener = openers.iter().find(|o| starts_with_ci(t, o))?;
    (words(t) <= max_words).then(|| &t[opener.len()..])
}

/// A line that is a credit: `By Didik Purwanto`, `Oleh: Dewi · 24 Nov`.
fn byline(line: &str) -> Option<String> {
    let rest = after_opener(line, BYLINE_OPENERS, 14)?.trim_start_matches([':', ' ']);
    // The name ends at a separator, a date or a digit.
    let name: String = rest
        .split(['·', '|', ',', '—', '–', '(', '/'])
        .next()
        .unwrap_or("")
        .split(" - ")
        .next()
        .unwrap_or("")
        .trim()
        .to_string();
    let capitalised = name.split_whitespace().all(|w| w.starts_with(|c: char| c.is_uppercase()));
    (!name.is_empty() && capitalised && words(&name) <= 5).then_some(name)
}

fn source(line: &str) -> Option<String> {
    let rest = after_opener(line, SOURCE_OPENERS, 12)?.trim_matches([':', ' ', ')', '.']);
    (!rest.is_empty()).then(|| rest.to_string())
}

/// A dateline at the start of the first paragraph: `JAKARTA, KOMPAS.com -`,
/// `SURABAYA —`, `Jakarta (ANTARA) -`, `Liputan6.com, Jakarta -`. Returns
/// its length in bytes and the place or outlet it names.
fn dateline(para: &str) -> Option<(usize, String)> {
    let head = &para[..crate::tokenize::floor_char_boundary(para, 80)];
    // The dash that ends a dateline comes early and is spaced.
    let (dash_at, dash_len) = [" - ", " – ", " — ", " -- "]
        .iter()
        .filter_map(|d| head.find(d).map(|p| (p, d.len())))
        .min()?;
    let lead = &para[..dash_at];
    if lead.is_empty() || words(lead) > 5 || lead.ends_with('.') {
        return None;
    }
    let first = lead.split([',', ' ', '(']).next().unwrap_or("");
    let shouted = first.len() >= 3 && first.chars().all(|c| c.is_uppercase() || c == '.');
    let domain = lead.split([',', ' ']).any(|w| w.contains('.') && !w.ends_with('.'));
    let agency = lead.contains('(') && lead.ends_with(')');
    if !(shouted || domain || agency) {
        return None;
    }
    Some((dash_at + dash_len, lead.trim().to_string()))
}

/// The URL slug glued to the start of a scraped paragraph
/// (`beli-xiaomiPemerintah`): its length, if any.
fn glued_slug(para: &str) -> Option<usize> {
    let bytes = para.as_bytes();
    let mut i = 0;
    while i < bytes.len()
        && (bytes[i].is_ascii_lowercase() || bytes[i].is_ascii_digit() || bytes[i] == b'-')
    {
        i += 1;
    }
    let slug = &para[..i];
    (i > 0 && slug.contains('-') && i < bytes.len() && bytes[i].is_ascii_uppercase()).then_some(i)
}

/// Longest line that can be boilerplate (`Baca juga:`, share prompts,
/// comment forms, bylines, source lines), in bytes: those are short,
/// paragraphs are not, and the bound lets each line be checked in a fixed
/// stack buffer. A longer line is article text.
pub const MAX_BOILERPLATE_LINE: usize = 300;

fn is_boilerplate_line(t: &str) -> Option<PartKind> {
    if t.len() > MAX_BOILERPLATE_LINE {
        return None;
    }
    if READ_ALSO.iter().any(|o| starts_with_ci(t, o)) {
        return Some(PartKind::ReadAlso);
    }
    let mut buf = [0u8; MAX_BOILERPLATE_LINE];
    let lower = &mut buf[..t.len()];
    lower.copy_from_slice(t.as_bytes());
    lower.make_ascii_lowercase();
    let lower = std::str::from_utf8(lower).unwrap_or("");
    if COMMENT_FORM.iter().any(|p| lower.contains(p)) {
        return Some(PartKind::CommentForm);
    }
    if SHARE.iter().any(|o| starts_with_ci(t, o)) && words(t) <= 8 {
        return Some(PartKind::Share);
    }
    None
}

/// A line that looks like a title: short, no final period, several words,
/// mostly capitalised or at least starting with a capital.
fn is_title(t: &str) -> bool {
    if t.len() > MAX_BOILERPLATE_LINE {
        return false;
    }
    let n = words(t);
    (3..=20).contains(&n)
        && !t.ends_with(['.', ':', ','])
        && t.starts_with(|c: char| c.is_uppercase() || c.is_numeric())
}

/// Reads the anatomy of a scraped article.
///
/// Above the body: slug lines (one lowercase word, or a hyphenated slug,
/// even when glued to the first paragraph), a title, bylines. The body
/// opens with its first paragraph, dateline included. Below it: source
/// attributions, bylines, author bios, comment forms. `Baca juga:` lines and
/// share prompts are boilerplate wherever they are.
///
/// # Example
///
/// ```
/// use warta::{anatomy, PartKind};
///
/// let text = "ekonomi\n\nHarga Beras Naik Lagi\n\nJAKARTA, KOMPAS.com - Harga beras naik.\n\n\
///             Baca juga: Harga cabai turun\n\nPedagang mengeluh.\n\nSumber: Antara\n\nTinggalkan Balasan";
/// let a = anatomy(text);
/// assert!(text[a.body.range()].starts_with("JAKARTA, KOMPAS.com -"));
/// assert!(text[a.body.range()].ends_with("Pedagang mengeluh."));
/// let kinds: Vec<PartKind> = a.parts.iter().map(|p| p.kind).collect();
/// assert_eq!(
///     kinds,
///     [PartKind::Slug, PartKind::Title, PartKind::Dateline, PartKind::ReadAlso, PartKind::Source, PartKind::CommentForm]
/// );
/// ```
pub fn anatomy(text: &str) -> Anatomy {
    let lines = lines(text);
    let mut parts = Vec::new();
    let content: Vec<usize> =
        (0..lines.len()).filter(|&i| !lines[i].text.trim().is_empty()).collect();
    if content.is_empty() {
        return Anatomy { parts, body: Span::new(0, 0) };
    }

    // Above the body.
    let mut k = 0;
    let mut body_start = None;
    let mut titled = false;
    while k < content.len() {
        let line = lines[content[k]];
        let t = line.text.trim();
        let start = line.span.start + (line.text.len() - line.text.trim_start().len());
        let span = Span::new(start, start + t.len());
        if k == MAX_HEADER_LINES {
            // No article has this many lines above its body.
            body_start = Some((k, start));
            break;
        }
        if !t.contains(char::is_whitespace)
            && t.chars().all(|c| c.is_lowercase() || c == '-' || c.is_ascii_digit())
        {
            parts.push(Part { kind: PartKind::Slug, span, value: None });
        } else if let Some(n) = glued_slug(t) {
            parts.push(Part {
                kind: PartKind::Slug,
                span: Span::new(start, start + n),
                value: None,
            });
            body_start = Some((k, start + n));
            break;
        } else if let Some(name) = byline(t) {
            parts.push(Part { kind: PartKind::Byline, span, value: Some(name) });
        } else if let Some(kind) = is_boilerplate_line(t) {
            parts.push(Part { kind, span, value: None });
        } else if !titled && is_title(t) && k + 1 < content.len() {
            parts.push(Part { kind: PartKind::Title, span, value: None });
            titled = true;
        } else {
            body_start = Some((k, start));
            break;
        }
        k += 1;
    }
    let Some((first_body, start)) = body_start else {
        // Nothing but headers: no body.
        return Anatomy { parts, body: Span::new(text.len(), text.len()) };
    };
    if let Some((n, value)) = dateline(&text[start..lines[content[first_body]].span.end]) {
        let end = start + n;
        let trimmed = text[start..end].trim_end();
        parts.push(Part {
            kind: PartKind::Dateline,
            span: Span::new(start, start + trimmed.len()),
            value: Some(value),
        });
    }

    // Below the body: walk up from the end over credits and boilerplate.
    let mut last = content.len() - 1;
    let mut tail = Vec::new();
    // Whether a byline or comment form has been seen below: a bio sits next
    // to one.
    let mut near_credit = false;
    while last > first_body && tail.len() < MAX_TAIL_LINES {
        let line = lines[content[last]];
        let t = line.text.trim();
        let start = line.span.start + (line.text.len() - line.text.trim_start().len());
        let span = Span::new(start, start + t.len());
        let part = if let Some(v) = source(t) {
            Part { kind: PartKind::Source, span, value: Some(v) }
        } else if let Some(name) = byline(t) {
            Part { kind: PartKind::Byline, span, value: Some(name) }
        } else if let Some(kind) = is_boilerplate_line(t) {
            Part { kind, span, value: None }
        } else if is_bio(t, near_credit, tail.is_empty()) {
            Part { kind: PartKind::AuthorBio, span, value: None }
        } else {
            break;
        };
        near_credit |= matches!(part.kind, PartKind::Byline | PartKind::CommentForm);
        tail.push(part);
        last -= 1;
    }
    let body = Span::new(
        start,
        lines[content[last]].span.start + lines[content[last]].text.trim_end().len(),
    );

    // Inside the body: cross-links and share prompts.
    for &i in &content[first_body + 1..=last] {
        let line = lines[i];
        let t = line.text.trim();
        if let Some(kind) = is_boilerplate_line(t) {
            let start = line.span.start + (line.text.len() - line.text.trim_start().len());
            parts.push(Part { kind, span: Span::new(start, start + t.len()), value: None });
        }
    }
    tail.reverse();
    parts.extend(tail);
    parts.sort_by_key(|p| p.span.start);
    Anatomy { parts, body }
}

/// Most content lines above the body (slugs, title, bylines, prompts): no
/// article has more, and text of thousands of short lines must not become
/// thousands of header parts. The line after them starts the body.
const MAX_HEADER_LINES: usize = 16;

/// Most content lines below the body (sources, credits, bios, forms) walked
/// up from the end.
const MAX_TAIL_LINES: usize = 64;

/// An author bio below the article: next to a byline, a short line of
/// roles separated by `|` (`Copywriter | Ghost Writer`), or an English
/// third-person line (`X is a professor who writes about ...`).
fn is_bio(t: &str, near_credit: bool, at_bottom: bool) -> bool {
    let roles = t.matches('|').count() >= 2 && words(t) <= 20;
    let english = t.len() <= 600
        && (t.contains(" is a ") || t.contains(" is an ") || t.contains(" writes about "))
        && crate::language::detect_text(t)
            .is_some_and(|d| d.language == crate::lang::Language::English);
    (roles && (near_credit || at_bottom)) || english
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(PartKind, String)> {
        anatomy(text).parts.iter().map(|p| (p.kind, text[p.span.range()].to_string())).collect()
    }

    #[test]
    fn glued_slug_and_tail() {
        let text = "beli\n\nbeli-xiaomiPemerintah Taiwan menyelidiki Xiaomi.\n\nIsi kedua.\n\nSumber: Reuters\n\nBy Didik Purwanto\n\nCopywriter | Ghost Writer | Farmer\n\nTinggalkan Balasan\n\nAlamat email Anda tidak akan dipublikasikan. Ruas yang wajib ditandai *";
        let a = anatomy(text);
        assert_eq!(&text[a.body.range()], "Pemerintah Taiwan menyelidiki Xiaomi.\n\nIsi kedua.");
        let k = kinds(text);
        assert_eq!(k[0], (PartKind::Slug, "beli".into()));
        assert_eq!(k[1], (PartKind::Slug, "beli-xiaomi".into()));
        assert!(k.contains(&(PartKind::Source, "Sumber: Reuters".into())));
        assert!(k.contains(&(PartKind::AuthorBio, "Copywriter | Ghost Writer | Farmer".into())));
        assert_eq!(k.iter().filter(|(kind, _)| *kind == PartKind::CommentForm).count(), 2);
        let byline = a.parts.iter().find(|p| p.kind == PartKind::Byline).unwrap();
        assert_eq!(byline.value.as_deref(), Some("Didik Purwanto"));
    }

    #[test]
    fn datelines() {
        for (text, value) in [
            ("JAKARTA, KOMPAS.com - Harga naik.", "JAKARTA, KOMPAS.com"),
            ("Liputan6.com, Jakarta - Harga naik.", "Liputan6.com, Jakarta"),
            ("Jakarta (ANTARA) - Harga naik.", "Jakarta (ANTARA)"),
            ("SURABAYA — Harga naik.", "SURABAYA"),
        ] {
            let a = anatomy(text);
            let d = a
                .parts
                .iter()
                .find(|p| p.kind == PartKind::Dateline)
                .unwrap_or_else(|| panic!("{text}"));
            assert_eq!(d.value.as_deref(), Some(value));
            assert_eq!(a.body.start, 0);
        }
        // A sentence with a dash is not a dateline.
        assert!(anatomy("Harga naik - kata pedagang.").parts.is_empty());
    }

    #[test]
    fn byline_at_top_and_read_also_inside() {
        let text = "Judul Berita Hari Ini\nOleh Dewi Anggraini · 24 November 2024\n\nSURABAYA — Isi.\n\nBaca juga: Lain\n\nIsi lagi.";
        let a = anatomy(text);
        let k = kinds(text);
        assert_eq!(k[0].0, PartKind::Title);
        assert_eq!(a.parts[1].value.as_deref(), Some("Dewi Anggraini"));
        assert!(k.contains(&(PartKind::ReadAlso, "Baca juga: Lain".into())));
        assert!(text[a.body.range()].ends_with("Isi lagi."));
    }

    #[test]
    fn empty_and_plain_text() {
        assert_eq!(anatomy("").body, Span::new(0, 0));
        let a = anatomy("Satu kalimat saja.");
        assert_eq!(a.body, Span::new(0, 18));
        assert!(a.parts.is_empty());
    }
}
