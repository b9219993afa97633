//! Article anatomy: what a scraped page is made of besides its article.
//!
//! Each line is read for what it says of itself (`lines`: a comment form, a
//! copyright line, `Baca juga:`, a byline, a date) and then in context: the
//! headers of blocks (`Artikel Terkait`, `Tags`, `Bagikan:`) take the short
//! lines below them, runs of menu items are navigation, and the body is the
//! longest run of article paragraphs between the blocks.

pub(crate) mod date;
mod lines;

pub use lines::MAX_BOILERPLATE_LINE;
pub(crate) use lines::credit_line;
#[cfg(feature = "html")]
pub(crate) use lines::{byline_name, is_person_name, trailing_source_code};

/// What one line is by its own text alone (no page context), if it is
/// not article text: for the HTML reader's paragraphs, whose block the
/// DOM has already chosen.
#[cfg(feature = "html")]
pub(crate) fn line_kind(line: &str) -> Option<PartKind> {
    lines::strong(line.trim()).map(|s| s.kind)
}

/// The first date in `line`, normalised to ISO 8601 as date parts are.
#[cfg(feature = "html")]
pub(crate) fn find_date_value(line: &str) -> Option<String> {
    date::find_date(line).map(|d| d.value)
}
use lines::{
    Shape, Strong, ends_sentence, is_name, nav_like, shape, social, strong, title_case, words,
};

use crate::span::Span;

/// What a part of a page is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum PartKind {
    /// A URL slug above the article (`beli`, `beli-xiaomi`), alone on a line
    /// or glued to the first paragraph.
    Slug,
    /// The portal's menu: a run of short items, one per line, or a row of
    /// them.
    Nav,
    /// The section or breadcrumb above the title (`Ekonomi`, `Home >
    /// Ekonomi > Makro`); its value is the most specific section.
    Section,
    /// The headline.
    Title,
    /// The publication date, its value in ISO 8601 with the zone of the
    /// time written (`2026-02-03T09:12+07:00`; WIB +07:00, WITA +08:00,
    /// WIT +09:00, Malaysian pages +08:00), or the date alone.
    Date,
    /// A byline or credit (`Reporter: X | Editor: Y`, `Oleh X`); its value
    /// is the first name.
    Byline,
    /// A photo caption or credit (`Foto: ... (ANTARA FOTO/...)`).
    Caption,
    /// The dateline that opens the body (`JAKARTA, KOMPAS.com -`).
    Dateline,
    /// A source attribution (`Sumber: Antara`); its value is the source.
    Source,
    /// A source code after the article (`(ant/dil)`).
    SourceCode,
    /// A cross-link inside the article (`Baca juga: ...`).
    ReadAlso,
    /// An advertisement marker (`ADVERTISEMENT`, `Iklan`).
    Ad,
    /// A share, follow or subscribe prompt, and share buttons.
    Share,
    /// Tags or topics of the article (`Tags: a, b`).
    Tags,
    /// Related or popular articles: a header and its headlines.
    Related,
    /// A comment form (`Komentar`, `Tulis komentar Anda di sini`).
    CommentForm,
    /// An author bio after the article.
    AuthorBio,
    /// The page's footer: copyright, links to the portal's pages.
    Footer,
    /// Other text of the page outside the article (a teaser, a list).
    Other,
}

impl PartKind {
    /// Whether the part is boilerplate: left out of the body's text and of
    /// entity, topic and keyword scoring. The title, the dateline and a
    /// source line are the article's own.
    pub const fn is_boilerplate(self) -> bool {
        !matches!(self, PartKind::Title | PartKind::Dateline | PartKind::Source)
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
    /// outlet or place, a section's name, a date in ISO 8601.
    pub value: Option<String>,
}

/// The anatomy of an article: its parts and its body.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Anatomy {
    /// Every part found, in text order.
    pub parts: Vec<Part>,
    /// The body: from the first paragraph of the article (its dateline
    /// included) to the end of its last paragraph. Boilerplate inside it
    /// (`Baca juga:`, captions, ads) is listed in `parts`.
    pub body: Span,
}

impl Anatomy {
    /// The publication date (the first [`PartKind::Date`] above the body, or
    /// else the first below it), in ISO 8601: the article's reference date.
    pub fn published(&self) -> Option<&str> {
        published(&self.parts, self.body)
    }
}

/// The publication date among `parts`: the first date part above `body`,
/// or else the first one below it.
pub(crate) fn published(parts: &[Part], body: Span) -> Option<&str> {
    let dates = parts.iter().filter(|p| p.kind == PartKind::Date);
    let mut above = dates.clone().filter(|p| p.span.start < body.start);
    above.next().or_else(|| dates.clone().next()).and_then(|p| p.value.as_deref())
}

/// A content line of the text: its trimmed span and text.
#[derive(Clone, Copy, Debug)]
struct Line<'t> {
    span: Span,
    text: &'t str,
}

/// The non-empty lines of `text`, trimmed.
fn content_lines(text: &str) -> Vec<Line<'_>> {
    let mut out = Vec::new();
    let mut start = 0;
    for piece in text.split_inclusive('\n') {
        let trimmed = piece.trim();
        if !trimmed.is_empty() {
            let lead = piece.len() - piece.trim_start().len();
            let s = start + lead;
            out.push(Line { span: Span::new(s, s + trimmed.len()), text: trimmed });
        }
        start += piece.len();
    }
    out
}

/// A dateline at the start of the first paragraph: `JAKARTA, KOMPAS.com -`,
/// `SURABAYA —`, `Jakarta (ANTARA) -`, `Liputan6.com, Jakarta -`,
/// `KONTAN.CO.ID - JAKARTA.`, `PUTRAJAYA:`. Returns its length in bytes (up
/// to the text after it) and the place or outlet it names.
fn dateline(para: &str) -> Option<(usize, String)> {
    let head = &para[..crate::tokenize::floor_char_boundary(para, 80)];
    // A Malaysian dateline: a place in capitals and a colon.
    if let Some(colon) = head.find(": ") {
        let lead = &head[..colon];
        let letters = lead.chars().filter(|c| c.is_alphabetic()).count();
        if letters >= 3
            && words(lead) <= 3
            && lead.chars().all(|c| c.is_uppercase() || c == ' ' || c == '-' || c == '.')
        {
            return Some((colon + 2, lead.to_string()));
        }
    }
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
    // `Jakarta -`, `Jakarta, CNN Indonesia --`: a short capitalised lead.
    let named = words(lead) <= 4
        && lead.split_whitespace().all(|w| w.starts_with(|c: char| c.is_uppercase()));
    if !(shouted || domain || agency || named) {
        return None;
    }
    let mut end = dash_at + dash_len;
    // `KONTAN.CO.ID - JAKARTA.`: the place after the dash.
    let after = &para[end..];
    if let Some(place) = after.split_whitespace().next()
        && place.len() >= 4
        && place.ends_with('.')
        && place[..place.len() - 1].chars().all(|c| c.is_uppercase())
    {
        end += after.find(place).unwrap_or(0) + place.len();
        let value = format!("{} - {}", lead.trim(), &place[..place.len() - 1]);
        let rest = &para[end..];
        return Some((end + (rest.len() - rest.trim_start().len()), value));
    }
    Some((end, lead.trim().to_string()))
}

/// The URL slug glued to the start of a scraped paragraph
/// (`beli-xiaomiPemerintah`): its length, if any. A slug has at least two
/// words joined by hyphens and ends in a letter or digit; the paragraph
/// goes on with a capitalised word (`e-KTP` and `non-Muslim` are words).
fn glued_slug(para: &str) -> Option<usize> {
    let bytes = para.as_bytes();
    let mut i = 0;
    while i < bytes.len()
        && (bytes[i].is_ascii_lowercase() || bytes[i].is_ascii_digit() || bytes[i] == b'-')
    {
        i += 1;
    }
    let slug = &para[..i];
    let pieces = slug.split('-').filter(|p| !p.is_empty()).count();
    let next_lower = bytes.get(i + 1).is_some_and(|b| b.is_ascii_lowercase());
    let next_word = bytes.get(i).is_some_and(u8::is_ascii_uppercase)
        && (next_lower
            || bytes.get(i + 1..i + 3).is_some_and(|w| w.iter().all(u8::is_ascii_uppercase))
                && pieces >= 3);
    (pieces >= 2 && !slug.ends_with('-') && !slug.starts_with('-') && next_word).then_some(i)
}

/// An author bio below the article: next to a byline, a short line of
/// roles separated by `|` (`Copywriter | Ghost Writer`), or an English
/// third-person line (`X is a professor who writes about ...`).
fn is_bio(t: &str, near_credit: bool) -> bool {
    let roles = t.matches('|').count() >= 2 && words(t) <= 20;
    // The bio's subject comes first: `X is a ...` early in the line.
    let head = &t[..crate::tokenize::floor_char_boundary(t, 80)];
    let english = t.len() <= 600
        && (head.contains(" is a ") || head.contains(" is an ") || head.contains(" writes about "))
        && crate::language::detect_text(t, crate::language::Prior::Neutral)
            .is_some_and(|d| d.language == crate::lang::Language::English);
    (roles && near_credit) || english
}

/// Most lines a block header (`Artikel Terkait`, `Tags`) takes below it.
const MAX_BLOCK_ITEMS: usize = 12;

/// The label of each line, as anatomy builds it.
#[derive(Clone, Debug, Default)]
struct Label {
    kind: Option<PartKind>,
    value: Option<String>,
}

/// Reads the anatomy of a scraped article page.
///
/// Each line is first read on its own: comment forms, copyright lines,
/// advertisement markers, `Baca juga:` lines, source lines (`Sumber:
/// Antara`) and codes (`(ant/dil)`), captions, bylines, date lines, share
/// and follow prompts, tags, slugs; a phrase counts at a word boundary and
/// only in a line of the shape it has on pages (`Iklan rokok dilarang.` is a
/// sentence, `Iklan` a marker). Then in context: a block header
/// (`Artikel Terkait`, `Tags`, `Bagikan artikel ini:`, `BACA JUGA:`,
/// `Komentar`) takes the short lines below it, a run of three or more menu
/// items is navigation, and share buttons next to a share prompt are share
/// buttons. The body is the longest run of article paragraphs between those
/// blocks (captions, ads and `Baca juga:` lines may sit inside it); the
/// headline above it is the title, the short line above the title its
/// section, and the rest of the page outside it is [`PartKind::Other`].
///
/// # Example
///
/// ```
/// use warta::{anatomy, PartKind};
///
/// let text = "Beranda\nNasional\nEkonomi\nOlahraga\nEkonomi\n\
///             Harga Beras Naik Lagi di Pasar Induk\n\
///             Selasa, 3 Februari 2026 | 09:12 WIB\n\
///             Reporter: Budi Santoso | Editor: Ani\n\
///             JAKARTA, KOMPAS.com - Harga beras naik lagi pekan ini.\n\
///             Baca juga: Harga Cabai Turun\n\
///             Pedagang mengeluhkan sepinya pembeli.\n\
///             Bagikan artikel ini:\nFacebook\nWhatsApp\n\
///             Tags: beras, harga\n\
///             © 2026 Kompas. Hak cipta dilindungi undang-undang.";
/// let a = anatomy(text);
/// assert!(text[a.body.range()].starts_with("JAKARTA, KOMPAS.com -"));
/// assert!(text[a.body.range()].ends_with("sepinya pembeli."));
/// assert_eq!(a.published(), Some("2026-02-03T09:12+07:00"));
/// let title = a.parts.iter().find(|p| p.kind == PartKind::Title).unwrap();
/// assert_eq!(&text[title.span.range()], "Harga Beras Naik Lagi di Pasar Induk");
/// let byline = a.parts.iter().find(|p| p.kind == PartKind::Byline).unwrap();
/// assert_eq!(byline.value.as_deref(), Some("Budi Santoso"));
/// ```
pub fn anatomy(text: &str) -> Anatomy {
    let lines = content_lines(text);
    let n = lines.len();
    if n == 0 {
        return Anatomy { parts: Vec::new(), body: Span::new(0, 0) };
    }
    let mut label: Vec<Label> = vec![Label::default(); n];
    let mut headers = vec![false; n];
    for (i, line) in lines.iter().enumerate() {
        if let Some(Strong { kind, value, header }) = strong(line.text) {
            label[i] = Label { kind: Some(kind), value };
            headers[i] = header;
        }
    }
    // An English bio closes some pages: it is no paragraph of the article.
    for i in n.saturating_sub(4)..n {
        if label[i].kind.is_none() && is_bio(lines[i].text, false) {
            label[i].kind = Some(PartKind::AuthorBio);
        }
    }
    blocks(&lines, &mut label, &headers);
    navigation(&lines, &mut label);

    // The body: the longest run of paragraphs between blocks.
    let inline = |k: Option<PartKind>| {
        matches!(
            k,
            None | Some(PartKind::ReadAlso | PartKind::Ad | PartKind::Caption | PartKind::Share)
        )
    };
    let mut best: Option<(usize, usize, usize)> = None;
    let mut i = 0;
    while i < n {
        if !inline(label[i].kind) {
            i += 1;
            continue;
        }
        let start = i;
        let mut score = 0;
        while i < n && inline(label[i].kind) {
            if label[i].kind.is_none() && shape(lines[i].text) == Shape::Paragraph {
                score += lines[i].text.len();
            }
            i += 1;
        }
        if best.is_none_or(|(s, _, _)| score > s) {
            best = Some((score, start, i - 1));
        }
    }
    let body_lines = match best {
        Some((score, mut first, mut last)) if score > 0 => {
            // Trim boilerplate and headlines off the ends: the headline
            // above the first paragraph is the title, a title-case line
            // below the last one a related headline.
            while first < last
                && (label[first].kind.is_some() || shape(lines[first].text) != Shape::Paragraph)
            {
                first += 1;
            }
            while last > first
                && (label[last].kind.is_some()
                    || shape(lines[last].text) != Shape::Paragraph
                        && (title_case(lines[last].text) || words(lines[last].text) <= 4))
            {
                last -= 1;
            }
            Some((first, last))
        }
        // No paragraph at all (a headline, a list): the unlabelled lines.
        _ => {
            let first = (0..n).find(|&i| label[i].kind.is_none());
            let last = (0..n).rev().find(|&i| label[i].kind.is_none());
            first.zip(last)
        }
    };
    let Some((first, last)) = body_lines else {
        return Anatomy {
            parts: parts_of(&lines, &label, Vec::new()),
            body: Span::new(text.len(), text.len()),
        };
    };

    // Above the body: the title, its section, the rest.
    let mut extra = Vec::new();
    let titled = best.is_some_and(|(s, _, _)| s > 0);
    if titled {
        header(&lines, &mut label, first);
    }
    for l in label[last + 1..].iter_mut().filter(|l| l.kind.is_none()) {
        l.kind = Some(PartKind::Other);
    }
    // Bios below the body, next to a credit.
    let mut near_credit = false;
    for i in (last + 1..n).rev() {
        near_credit |= matches!(label[i].kind, Some(PartKind::Byline | PartKind::CommentForm));
        if matches!(label[i].kind, Some(PartKind::Other | PartKind::Nav))
            && is_bio(lines[i].text, near_credit || i + 1 == n)
        {
            label[i].kind = Some(PartKind::AuthorBio);
        }
    }

    // The first line of the body: a glued slug, then a dateline.
    let mut start = lines[first].span.start;
    let first_text = lines[first].text;
    let mut rest = first_text;
    if let Some(len) = glued_slug(first_text) {
        extra.push(Part { kind: PartKind::Slug, span: Span::new(start, start + len), value: None });
        start += len;
        rest = &first_text[len..];
    }
    if let Some((len, value)) = dateline(rest) {
        let d = rest[..len].trim_end().trim_end_matches(['-', '–', '—', ':', '.']).trim_end();
        extra.push(Part {
            kind: PartKind::Dateline,
            span: Span::new(start, start + d.len()),
            value: Some(value),
        });
    }
    // The last: a source code that closes it.
    let mut end = lines[last].span.end;
    if let Some(len) = lines::trailing_source_code(lines[last].text) {
        extra.push(Part {
            kind: PartKind::SourceCode,
            span: Span::new(end - len, end),
            value: None,
        });
        end = lines[last].span.start
            + lines[last].text[..lines[last].text.len() - len].trim_end().len();
    }
    // Dates inside bylines (`Oleh X - 3 Mac 2026 @ 10:15am`), and the
    // date of a date line: the date as written, without what is around it
    // (`Kompas.com - 03/02/2026, 09:12 WIB`).
    for (line, l) in lines.iter().zip(label.iter_mut()) {
        if l.kind == Some(PartKind::Date)
            && let Some(d) = date::find_date(line.text)
        {
            if d.start > 0 || d.end < line.text.len() {
                let s = line.span.start;
                l.kind = Some(PartKind::Other);
                l.value = None;
                extra.push(Part {
                    kind: PartKind::Date,
                    span: Span::new(s + d.start, s + d.end),
                    value: Some(d.value),
                });
            }
            continue;
        }
        if l.kind == Some(PartKind::Byline)
            && let Some(d) = date::find_date(line.text)
        {
            let s = line.span.start;
            extra.push(Part {
                kind: PartKind::Date,
                span: Span::new(s + d.start, s + d.end),
                value: Some(d.value),
            });
        }
    }
    Anatomy { parts: parts_of(&lines, &label, extra), body: Span::new(start, end.max(start)) }
}

/// The labelled lines as parts, with `extra`, in text order.
fn parts_of(lines: &[Line<'_>], label: &[Label], extra: Vec<Part>) -> Vec<Part> {
    let mut parts: Vec<Part> = lines
        .iter()
        .zip(label)
        .filter_map(|(line, l)| {
            l.kind.map(|kind| Part { kind, span: line.span, value: l.value.clone() })
        })
        .chain(extra)
        .collect();
    parts.sort_by_key(|p| (p.span.start, p.span.end));
    // A block (a menu, share buttons, related headlines, a footer) is one
    // part: consecutive lines of the same kind without values merge.
    parts.dedup_by(|next, prev| {
        let merge = next.kind == prev.kind
            && next.value.is_none()
            && prev.value.is_none()
            && matches!(
                next.kind,
                PartKind::Nav
                    | PartKind::Share
                    | PartKind::Tags
                    | PartKind::Related
                    | PartKind::Footer
                    | PartKind::CommentForm
                    | PartKind::Other
                    | PartKind::AuthorBio
            );
        if merge {
            prev.span = Span::new(prev.span.start, next.span.end.max(prev.span.end));
        }
        merge
    });
    parts
}

/// Block headers take the lines below them: the headlines of `Artikel
/// Terkait`, the tags under `Tags`, the buttons under `Bagikan:`, the
/// headline after `BACA JUGA:`, the form under `Komentar`; share buttons
/// next to a share prompt are share buttons too.
fn blocks(lines: &[Line<'_>], label: &mut [Label], headers: &[bool]) {
    let n = lines.len();
    for i in 0..n {
        if !headers[i] {
            continue;
        }
        let Some(kind) = label[i].kind else { continue };
        let mut j = i + 1;
        while j < n && j <= i + MAX_BLOCK_ITEMS && label[j].kind.is_none_or(|k| k == PartKind::Date)
        {
            let t = lines[j].text;
            let item = match kind {
                PartKind::Related => {
                    shape(t) != Shape::Paragraph || words(t) <= 20 && !ends_sentence(t)
                }
                PartKind::Tags => words(t) <= 5 && !ends_sentence(t),
                PartKind::Share => social(t),
                PartKind::ReadAlso => j <= i + 4 && shape(t) != Shape::Paragraph,
                PartKind::AuthorBio => j <= i + 2,
                PartKind::CommentForm => words(t) <= 8 && !ends_sentence(t) || t.ends_with('*'),
                _ => false,
            };
            if !item {
                break;
            }
            if label[j].kind.is_none() {
                label[j].kind = Some(kind);
            }
            j += 1;
        }
    }
    // Share buttons: social names next to a share line or to each other.
    for _ in 0..2 {
        for i in 0..n {
            if label[i].kind.is_some() || !social(lines[i].text) {
                continue;
            }
            let near = |j: usize| {
                label[j].kind == Some(PartKind::Share)
                    || (label[j].kind.is_none() && social(lines[j].text))
            };
            if (i > 0 && near(i - 1)) || (i + 1 < n && near(i + 1)) {
                label[i].kind = Some(PartKind::Share);
            }
        }
    }
}

/// Runs of three or more short capitalised lines (a menu), and such lines
/// between boilerplate at the page's ends, are navigation.
fn navigation(lines: &[Line<'_>], label: &mut [Label]) {
    let n = lines.len();
    let mut i = 0;
    while i < n {
        if label[i].kind.is_some() || !nav_like(lines[i].text) {
            i += 1;
            continue;
        }
        let start = i;
        while i < n && label[i].kind.is_none() && nav_like(lines[i].text) {
            i += 1;
        }
        // A run's last line of three words or more, before the rest of the
        // page, is a short headline rather than a menu item.
        let end = if i < n && i - start > 1 && words(lines[i - 1].text) >= 3 { i - 1 } else { i };
        let boiler = |j: usize| label[j].kind.is_some_and(|k| k != PartKind::Title);
        let at_edge = (start == 0 || boiler(start - 1))
            && (i == n || boiler(i))
            && (start == 0 || i == n)
            && lines[start..i].iter().all(|l| words(l.text) <= 2);
        if end - start >= 3 || at_edge {
            for l in &mut label[start..end] {
                l.kind = Some(PartKind::Nav);
            }
        }
    }
}

/// Labels the lines above the body (from `first`): the headline nearest
/// the top after the menu is the title, a short line or breadcrumb right
/// above it the section; the rest is other page text.
fn header(lines: &[Line<'_>], label: &mut [Label], first: usize) {
    let title = (0..first).find(|&i| {
        label[i].kind.is_none() && words(lines[i].text) >= 3 && !ends_sentence(lines[i].text)
    });
    if let Some(t) = title {
        label[t].kind = Some(PartKind::Title);
        // Slugs and addresses may sit between the section and the title.
        let mut above = t;
        while above > 0
            && (label[above - 1].kind == Some(PartKind::Slug)
                || label[above - 1].kind.is_none()
                    && !lines[above - 1].text.contains(' ')
                    && lines[above - 1].text.contains(['.', '/']))
        {
            above -= 1;
        }
        if above > 0 {
            let s = above - 1;
            let text = lines[s].text;
            let crumbs: Vec<&str> = text
                .split(['>', '›', '»', '/', '|'])
                .map(str::trim)
                .filter(|c| !c.is_empty())
                .collect();
            let breadcrumb = crumbs.len() >= 2 && crumbs.iter().all(|c| words(c) <= 4);
            let repeated = (0..s).any(|j| lines[j].text.eq_ignore_ascii_case(text));
            let alone = s == 0 || label[s - 1].kind != Some(PartKind::Nav);
            let short = words(text) <= 4 && !ends_sentence(text);
            let section = match label[s].kind {
                None => short || breadcrumb,
                Some(PartKind::Nav) => breadcrumb || repeated || alone,
                _ => false,
            };
            if section {
                // `Kompas.com Megapolitan`: the portal's name before it is
                // no section.
                let last = crumbs.last().map_or(text, |c| *c);
                let value = match last.split_once(' ') {
                    Some((brand, rest)) if brand.contains('.') => rest,
                    _ => last,
                };
                let value = value.to_string();
                label[s] = Label { kind: Some(PartKind::Section), value: Some(value) };
            }
        }
    }
    // A name alone between the title and the body is its byline.
    for i in title.map_or(0, |t| t + 1)..first {
        if label[i].kind.is_none() && is_name(lines[i].text) && words(lines[i].text) >= 2 {
            label[i] =
                Label { kind: Some(PartKind::Byline), value: Some(lines[i].text.to_string()) };
        }
    }
    for l in label[..first].iter_mut().filter(|l| l.kind.is_none()) {
        l.kind = Some(PartKind::Other);
    }
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
        // The comment form is one block of two lines.
        let form = k.iter().find(|(kind, _)| *kind == PartKind::CommentForm).unwrap();
        assert!(form.1.starts_with("Tinggalkan Balasan") && form.1.ends_with('*'));
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
