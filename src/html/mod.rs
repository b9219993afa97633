//! HTML pages (feature `html`): the article's text, its metadata and its
//! next page from the HTML a crawler fetched.
//!
//! The page is parsed once (html5ever, through `dom_query`). The metadata is
//! read from it first: JSON-LD, then OpenGraph and other meta tags, then the
//! visible byline and date lines. Boilerplate containers (figures and
//! captions, `Baca juga` boxes, ads, share, tag, related and comment
//! blocks, bylines and date lines) are then removed, and `dom_smoothie`
//! (Mozilla readability's algorithm) picks the article's block from what is
//! left. Its paragraphs, under the headline, are the page's
//! [`Page::text`]; [`crate::Analyzer::analyze_html`] reads that text as it
//! reads any article, so every offset of the analysis refers to it.

mod meta;

pub use meta::{Field, FieldSource, Metadata};

use crate::span::Span;
use dom_query::Document as Dom;

/// An HTML page read for its article: the text, the metadata and the link
/// to the next page of a multi-page article.
///
/// ```
/// let html = r#"<html><head><title>Harga Beras Naik - Contoh</title>
/// <meta property="article:published_time" content="2026-02-03T09:12:00+07:00">
/// </head><body><nav><a href="/">Beranda</a> <a href="/ekonomi">Ekonomi</a></nav>
/// <h1>Harga Beras Naik</h1>
/// <article><p>JAKARTA - Harga beras di pasar tradisional naik untuk pekan ketiga berturut-turut,
/// menurut pantauan pedagang di sejumlah pasar di Jakarta dan sekitarnya.</p>
/// <p>Kenaikan itu dipicu pasokan yang berkurang setelah panen mundur akibat hujan
/// yang turun hampir setiap hari di sentra produksi.</p></article>
/// <footer>© 2026 Contoh. Hak cipta dilindungi undang-undang.</footer></body></html>"#;
/// let page = warta::Page::from_html(html, Some("https://contoh.id/ekonomi/1/harga-beras"));
/// assert!(page.text.starts_with("Harga Beras Naik\n\nJAKARTA - Harga beras"));
/// assert!(!page.text.contains("Beranda") && !page.text.contains("Hak cipta"));
/// assert_eq!(page.metadata.published.unwrap().value, "2026-02-03T09:12+07:00");
/// ```
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Page {
    /// The article as text: the headline, a blank line, then the article's
    /// paragraphs separated by blank lines.
    pub text: String,
    /// The headline's span in [`Page::text`] (empty when the page has none).
    pub title: Span,
    /// The span of the article's paragraphs in [`Page::text`].
    pub body: Span,
    /// What the page says about the article, each value with its source,
    /// and the next page of a multi-page article.
    pub metadata: Metadata,
}

/// Elements that are never the article's text. Removed before the article's
/// block is chosen (readability keeps figures, captions and inline boxes).
const BOILERPLATE: &str = "script, style, noscript, template, svg, iframe, video, audio, \
    object, embed, button, select, textarea, input, nav, aside, footer, \
    figure, figcaption, picture, \
    [hidden], [aria-hidden=true], [role=navigation], [role=complementary], \
    [itemprop=author], [rel=author], [itemprop=datePublished], time";

/// Class and id words of boilerplate containers, matched as whole words
/// of the attribute (`class="baca-juga box"`), lowercase.
const BOILERPLATE_WORDS: &[&str] = &[
    "ads",
    "ad",
    "advert",
    "advertisement",
    "iklan",
    "sponsor",
    "promo",
    "banner",
    "caption",
    "credit",
    "byline",
    "author",
    "penulis",
    "reporter",
    "editor",
    "dateline-date",
    "date",
    "time",
    "timestamp",
    "published",
    "share",
    "sharing",
    "social",
    "sosmed",
    "tags",
    "tag",
    "topik",
    "related",
    "terkait",
    "bacajuga",
    "baca-juga",
    "baca_juga",
    "readalso",
    "read-also",
    "lihat-juga",
    "simak-juga",
    "recommended",
    "rekomendasi",
    "populer",
    "popular",
    "terpopuler",
    "trending",
    "comment",
    "comments",
    "komentar",
    "newsletter",
    "subscribe",
    "breadcrumb",
    "breadcrumbs",
    "pagination",
    "paging",
    "pager",
    "gallery",
    "slideshow",
    "video",
    "embed",
    "outbrain",
    "taboola",
    "sidebar",
    "footer",
    "header",
    "masthead",
    "menu",
    "navbar",
    "nav",
    "disclaimer",
    "copyright",
];

impl Page {
    /// Reads `html` (any text; markup need not be well formed). `url`, when
    /// given, is the page's address: it resolves the next page's link and
    /// names the outlet when the page does not.
    pub fn from_html(html: &str, url: Option<&str>) -> Page {
        let dom = Dom::from(html);
        let mut metadata = meta::read(&dom, url);
        metadata.next_page = meta::next_page(&dom, url);
        let h1 = dom.select("h1").iter().map(|h| collapse(&h.text())).find(|t| !t.is_empty());
        remove_boilerplate(&dom);
        let paragraphs = article_paragraphs(dom, url);
        // The visible headline before a social one (`og:title` is often
        // reworded for sharing); JSON-LD's before both.
        if metadata.headline.as_ref().is_none_or(|f| f.source == FieldSource::Meta)
            && let Some(h) = h1
        {
            metadata.headline = Some(Field { value: h, source: FieldSource::Page });
        }
        let headline = metadata.headline.as_ref().map(|f| f.value.clone()).unwrap_or_default();
        let mut text = String::with_capacity(
            headline.len() + paragraphs.iter().map(|p| p.len() + 2).sum::<usize>() + 2,
        );
        text.push_str(&headline);
        let title = Span::new(0, text.len());
        let mut body = Span::new(text.len(), text.len());
        for (k, p) in paragraphs.iter().enumerate() {
            // The headline repeated as the article's first line.
            if k == 0 && *p == headline {
                continue;
            }
            if !text.is_empty() {
                text.push_str("\n\n");
            }
            if body.start == body.end {
                body.start = text.len();
            }
            text.push_str(p);
            body.end = text.len();
        }
        if body.end == body.start {
            body = Span::new(text.len(), text.len());
        }
        Page { text, title, body, metadata }
    }
}

/// Removes the elements that are never article text.
fn remove_boilerplate(dom: &Dom) {
    dom.select(BOILERPLATE).remove();
    // Class and id words: one walk over the elements. A wrapper of most of
    // the page's paragraphs is never boilerplate, whatever its class says
    // (`<div class="content has-share-bar">`).
    let para_len = |sel: &dom_query::Selection| -> usize {
        sel.select("p").iter().map(|p| p.text().len()).sum()
    };
    let body = dom.select("body");
    let (total_p, total) = (para_len(&body).max(1), body.text().len().max(1));
    let doomed: Vec<_> = dom
        .select("[class], [id]")
        .nodes()
        .iter()
        .filter(|n| {
            let class = n.attr("class").unwrap_or_default().to_ascii_lowercase();
            let id = n.attr("id").unwrap_or_default().to_ascii_lowercase();
            // `baca-juga-collections__title`, `box_bacajuga`.
            let read_also = |w: &str| {
                ["baca-juga", "baca_juga", "bacajuga", "read-also", "readalso"]
                    .iter()
                    .any(|m| w.contains(m))
            };
            class.split_ascii_whitespace().chain(id.split_ascii_whitespace()).any(|w| {
                read_also(w)
                    || BOILERPLATE_WORDS.contains(&w)
                    || w.split(['-', '_']).any(|part| BOILERPLATE_PARTS.contains(&part))
            })
        })
        .cloned()
        .collect();
    for n in doomed {
        if matches!(n.node_name().as_deref(), Some("html" | "body" | "article" | "main")) {
            continue;
        }
        let sel = dom_query::Selection::from(n);
        if para_len(&sel) * 2 > total_p || sel.text().len() * 2 > total {
            continue;
        }
        n.remove_from_parent();
    }
}

/// Parts of hyphenated class words (`article-share-bar`) that mark
/// boilerplate.
const BOILERPLATE_PARTS: &[&str] = &[
    "ads",
    "iklan",
    "advertisement",
    "caption",
    "byline",
    "share",
    "sharing",
    "related",
    "terkait",
    "comment",
    "comments",
    "komentar",
    "newsletter",
    "breadcrumb",
    "pagination",
    "outbrain",
    "taboola",
    "bacajuga",
    "sidebar",
];

/// The article's paragraphs, whitespace collapsed, in order.
fn article_paragraphs(dom: Dom, url: Option<&str>) -> Vec<String> {
    let cfg =
        dom_smoothie::Config { text_mode: dom_smoothie::TextMode::Formatted, ..Default::default() };
    // A relative or malformed address is not an error here: it only
    // resolves links.
    let url = url.filter(|u| u.starts_with("http://") || u.starts_with("https://"));
    let article = dom_smoothie::Readability::with_document(dom, url, Some(cfg))
        .ok()
        .and_then(|mut r| r.parse().ok());
    let Some(article) = article else { return Vec::new() };
    let mut paragraphs: Vec<String> = Vec::new();
    for p in article.text_content.split('\n').map(collapse) {
        if p.is_empty() {
            continue;
        }
        // A copyright line ends the article: what follows it in the block
        // is the portal's (`Dilarang keras mengambil konten …`).
        if crate::anatomy::line_kind(&p) == Some(crate::anatomy::PartKind::Footer)
            && !paragraphs.is_empty()
        {
            break;
        }
        if !boilerplate_line(&p) {
            paragraphs.push(p);
        }
    }
    // The closing source code (`… akhir tahun. (ant/dil)`, `(Antara)`) or
    // sign-off (`… katanya. – UTUSAN`).
    while let Some(last) = paragraphs.last_mut() {
        if let Some(len) = signoff(last) {
            last.truncate(last.len() - len);
            last.truncate(last.trim_end().len());
        } else if let Some(len) = crate::anatomy::trailing_source_code(last) {
            last.truncate(last.len() - len);
            last.truncate(last.trim_end().len());
        } else if last.starts_with('(') && last.ends_with(')') && last.split(' ').count() <= 3 {
            last.clear();
        }
        if !last.is_empty() {
            break;
        }
        paragraphs.pop();
    }
    paragraphs
}

/// The length of an outlet's sign-off closing a paragraph (`… katanya. –
/// UTUSAN`, `- BERNAMA`): a dash and one to three capitalised words.
fn signoff(p: &str) -> Option<usize> {
    let at = p.rfind([' '])?;
    let dash_at = p[..at].trim_end().rfind(['–', '—', '-'])?;
    let tail = &p[dash_at..];
    let name = tail.trim_start_matches(['–', '—', '-']).trim();
    let ok = p[..dash_at].ends_with(' ')
        && p[..dash_at].trim_end().ends_with(['.', '"', '”', '!', '?'])
        && (1..=3).contains(&name.split_whitespace().count())
        && name.len() >= 3
        && name.chars().all(|c| c.is_uppercase() || c == ' ' || c == '.');
    ok.then_some(tail.len())
}

/// A reading-time line (`dibaca normal 2 menit`, `waktu baca 3 menit`,
/// `5 min read`).
fn reading_time(p: &str) -> bool {
    let lower = p.to_lowercase();
    p.split_whitespace().count() <= 6
        && ((lower.contains("baca") && lower.contains("menit")) || lower.ends_with("min read"))
}

/// A paragraph inside the article's block that is no article text: `Baca
/// juga:` and ad lines, captions, share and tag lines, source codes
/// (`(ant/dil)`), bylines and date lines, comment prompts and footers, as
/// the text anatomy reads a line by itself.
fn boilerplate_line(p: &str) -> bool {
    use crate::anatomy::PartKind as K;
    if reading_time(p) {
        return true;
    }
    crate::anatomy::line_kind(p).is_some_and(|k| {
        matches!(
            k,
            K::ReadAlso
                | K::Ad
                | K::Share
                | K::Tags
                | K::Caption
                | K::SourceCode
                | K::Footer
                | K::CommentForm
                | K::Byline
                | K::Date
        )
    })
}

/// `s` with runs of whitespace (and no-break spaces) as one space, trimmed.
pub(crate) fn collapse(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split(|c: char| c.is_whitespace() || c == '\u{a0}').filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn closing_lines() {
        let p = "Nelayan menerima bot baharu, katanya. – UTUSAN";
        assert_eq!(signoff(p).map(|n| &p[p.len() - n..]), Some("– UTUSAN"));
        assert_eq!(signoff("Ia datang ke Jakarta - Bogor"), None);
        assert_eq!(signoff("Skor akhir 2 - 1"), None);
        assert!(reading_time("dibaca normal 2 menit"));
        assert!(reading_time("5 min read"));
        assert!(!reading_time("Warga membaca pengumuman itu selama lima menit di balai desa."));
    }
}
