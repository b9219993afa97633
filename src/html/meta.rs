//! What a page says about its article: JSON-LD first, then OpenGraph and
//! other meta tags, then the visible byline and date lines.

use super::collapse;
use crate::anatomy::{byline_name, find_date_value, is_person_name};
use dom_query::Document as Dom;
use serde_json::Value;

/// Where a metadata value was read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
pub enum FieldSource {
    /// A JSON-LD block (`NewsArticle`, also inside `@graph`).
    JsonLd,
    /// A meta or link tag (OpenGraph, `article:*`, `author`, canonical).
    Meta,
    /// The visible page: the headline, byline or date line.
    Page,
    /// The page's address.
    Url,
}

/// One metadata value and where it was read.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Field {
    /// The value: a date in ISO 8601 with its offset, a name, a URL.
    pub value: String,
    /// Where it was read.
    pub source: FieldSource,
}

/// What a page says about its article. Each value comes from the most
/// trusted source that gives it: JSON-LD, then meta tags, then the visible
/// page.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Metadata {
    /// The headline.
    pub headline: Option<Field>,
    /// Publication time, ISO 8601 with its offset (`2026-02-03T09:12+07:00`;
    /// a date alone when the page gives no time).
    pub published: Option<Field>,
    /// Last modification time, as [`Metadata::published`].
    pub modified: Option<Field>,
    /// The people who wrote the article.
    pub authors: Vec<Field>,
    /// Organisations named as the byline (`Tim Redaksi`, `Antara`).
    pub desks: Vec<Field>,
    /// The section (`Ekonomi`).
    pub section: Option<Field>,
    /// The article's tags or keywords.
    pub tags: Vec<Field>,
    /// The canonical URL.
    pub url: Option<Field>,
    /// The site's name (`og:site_name`, the publisher).
    pub site_name: Option<Field>,
    /// The site's domain without `www.` (`jabar.tribunnews.com`).
    pub domain: Option<Field>,
    /// The outlet's entity id (`outlet:tribunnews`) when a gazetteer's
    /// outlet has the domain or one it is under; set by
    /// [`crate::Analyzer::analyze_html`] with its gazetteer.
    pub outlet: Option<String>,
    /// The next page of a multi-page article (`<link rel="next">`, a link
    /// marked `rel="next"`), absolute when the page's URL is known.
    pub next_page: Option<String>,
}

fn field(value: impl Into<String>, source: FieldSource) -> Option<Field> {
    let value = collapse(&value.into());
    (!value.is_empty()).then_some(Field { value, source })
}

/// Reads the metadata of a parsed page.
pub(super) fn read(dom: &Dom, url: Option<&str>) -> Metadata {
    let mut m = Metadata::default();
    for script in dom.select("script[type='application/ld+json']").iter() {
        let raw = script.text();
        // Some pages put several objects or trailing commas in one block:
        // what does not parse is skipped.
        if let Ok(v) = serde_json::from_str::<Value>(raw.trim()) {
            json_ld(&v, &mut m, 0);
        }
    }
    meta_tags(dom, &mut m);
    // The page's own date line is read when the tags give no time, or one
    // without its zone or in UTC; its byline when they name no one.
    let zoneless = |f: &Field| offset_of(&f.value).is_none_or(|o| o == 0);
    let want_date = m.published.as_ref().is_none_or(zoneless);
    let want_author = m.authors.is_empty() && m.desks.is_empty();
    let shown = visible(dom, &mut m, want_date, want_author);
    let address = m.url.as_ref().map(|f| (f.value.clone(), f.source));
    let address = address.or_else(|| url.map(|u| (u.to_string(), FieldSource::Url)));
    if let Some((u, source)) = address {
        m.domain = host(&u).and_then(|h| field(h.trim_start_matches("www."), source));
    }
    // A time without its zone, or in UTC, is given the zone the page shows
    // its readers (`… WIB`), or its country's (an `.id` site WIB, a `.my`
    // site Malaysian time).
    let local = shown.as_deref().and_then(offset_of).or_else(|| {
        let d = m.domain.as_ref()?.value.as_str();
        if d.ends_with(".id") {
            Some(7 * 60)
        } else if d.ends_with(".my") {
            Some(8 * 60)
        } else {
            None
        }
    });
    if let Some(local) = local {
        for f in [&mut m.published, &mut m.modified].into_iter().flatten() {
            f.value = in_zone(&f.value, local);
        }
    }
    m
}

/// The offset of an ISO time in minutes (`+07:00` → 420).
fn offset_of(iso: &str) -> Option<i32> {
    let z = iso.get(16..)?;
    let sign = match z.as_bytes().first()? {
        b'+' => 1,
        b'-' => -1,
        _ => return None,
    };
    let h: i32 = z.get(1..3)?.parse().ok()?;
    let m: i32 = z.get(4..6)?.parse().ok()?;
    Some(sign * (h * 60 + m))
}

/// `iso` in the zone `local` (minutes east of UTC): a local time without a
/// zone gets it; a UTC time is moved into it; other times stay.
fn in_zone(iso: &str, local: i32) -> String {
    if iso.len() < 16 {
        return iso.to_string();
    }
    let zone = |mins: i32| {
        format!("{}{:02}:{:02}", if mins < 0 { '-' } else { '+' }, mins.abs() / 60, mins.abs() % 60)
    };
    match offset_of(iso) {
        None if iso.len() == 16 => format!("{iso}{}", zone(local)),
        Some(0) => {
            let num = |r: std::ops::Range<usize>| iso.get(r).and_then(|x| x.parse::<i32>().ok());
            let (Some(y), Some(mo), Some(d), Some(h), Some(mi)) =
                (num(0..4), num(5..7), num(8..10), num(11..13), num(14..16))
            else {
                return iso.to_string();
            };
            let mut minutes = h * 60 + mi + local;
            let (mut y, mut mo, mut d) = (y, mo, d);
            let days_in = |y: i32, m: i32| match m {
                2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
                2 => 28,
                4 | 6 | 9 | 11 => 30,
                _ => 31,
            };
            while minutes >= 24 * 60 {
                minutes -= 24 * 60;
                d += 1;
                if d > days_in(y, mo) {
                    d = 1;
                    mo += 1;
                    if mo > 12 {
                        mo = 1;
                        y += 1;
                    }
                }
            }
            while minutes < 0 {
                minutes += 24 * 60;
                d -= 1;
                if d < 1 {
                    mo -= 1;
                    if mo < 1 {
                        mo = 12;
                        y -= 1;
                    }
                    d = days_in(y, mo);
                }
            }
            format!("{y:04}-{mo:02}-{d:02}T{:02}:{:02}{}", minutes / 60, minutes % 60, zone(local))
        }
        _ => iso.to_string(),
    }
}

/// The host of an absolute URL, lowercase.
fn host(url: &str) -> Option<String> {
    let rest = url.split_once("://")?.1;
    let host = rest.split(['/', '?', '#']).next()?.rsplit('@').next()?;
    let host = host.split(':').next()?;
    (!host.is_empty()).then(|| host.to_ascii_lowercase())
}

/// Types of JSON-LD objects that describe an article.
fn is_article_type(t: &str) -> bool {
    t.ends_with("Article") || matches!(t, "BlogPosting" | "LiveBlogPosting" | "Report")
}

fn types(v: &Value) -> Vec<&str> {
    match v.get("@type") {
        Some(Value::String(s)) => vec![s.as_str()],
        Some(Value::Array(a)) => a.iter().filter_map(Value::as_str).collect(),
        _ => Vec::new(),
    }
}

/// Walks a JSON-LD value for article objects (top level, arrays, `@graph`).
fn json_ld(v: &Value, m: &mut Metadata, depth: usize) {
    if depth > 4 {
        return;
    }
    match v {
        Value::Array(a) => a.iter().for_each(|x| json_ld(x, m, depth + 1)),
        Value::Object(o) => {
            if let Some(g) = o.get("@graph") {
                json_ld(g, m, depth + 1);
            }
            if types(v).iter().any(|t| is_article_type(t)) {
                article(v, m);
            }
        }
        _ => {}
    }
}

fn text_of(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Object(o) => o.get("name").or_else(|| o.get("@id")).and_then(text_of),
        Value::Array(a) => a.first().and_then(text_of),
        _ => None,
    }
}

fn article(v: &Value, m: &mut Metadata) {
    const SRC: FieldSource = FieldSource::JsonLd;
    let set = |slot: &mut Option<Field>, value: Option<String>| {
        if slot.is_none() {
            *slot = value.and_then(|s| field(s, SRC));
        }
    };
    set(&mut m.headline, v.get("headline").or_else(|| v.get("name")).and_then(text_of));
    set(&mut m.published, v.get("datePublished").and_then(text_of).and_then(|d| iso_date(&d)));
    set(&mut m.modified, v.get("dateModified").and_then(text_of).and_then(|d| iso_date(&d)));
    set(&mut m.section, v.get("articleSection").and_then(text_of));
    let url = v.get("url").or_else(|| v.get("mainEntityOfPage")).and_then(text_of);
    set(&mut m.url, url.filter(|u| u.starts_with("http")));
    if m.site_name.is_none() {
        m.site_name = v.get("publisher").and_then(text_of).and_then(|s| field(s, SRC));
    }
    if m.authors.is_empty() && m.desks.is_empty() {
        let authors = match v.get("author") {
            Some(Value::Array(a)) => a.iter().collect(),
            Some(a) => vec![a],
            None => Vec::new(),
        };
        for a in authors {
            let person = match a {
                Value::Object(_) => !types(a).contains(&"Organization"),
                _ => true,
            };
            let Some(name) = text_of(a) else { continue };
            // `"author": "Budi Santoso, Ani"`: names in one string.
            for name in name.split([',', '&']).map(str::trim).filter(|n| !n.is_empty()) {
                let desk = !person || !is_person_name(name);
                let list = if desk { &mut m.desks } else { &mut m.authors };
                list.extend(field(name, SRC));
            }
        }
    }
    if m.tags.is_empty() {
        let tags = match v.get("keywords") {
            Some(Value::String(s)) => s.split(',').map(str::to_string).collect(),
            Some(Value::Array(a)) => a.iter().filter_map(text_of).collect(),
            _ => Vec::new(),
        };
        m.tags = tags.into_iter().filter_map(|t| field(t, SRC)).collect();
    }
}

/// Meta and link tags, for what JSON-LD did not give.
fn meta_tags(dom: &Dom, m: &mut Metadata) {
    const SRC: FieldSource = FieldSource::Meta;
    let mut tags = Vec::new();
    let mut authors = Vec::new();
    for tag in dom.select("meta").iter() {
        let key = tag
            .attr("property")
            .or_else(|| tag.attr("name"))
            .or_else(|| tag.attr("itemprop"))
            .map(|k| k.to_ascii_lowercase());
        let (Some(key), Some(content)) = (key, tag.attr("content")) else { continue };
        let content = content.to_string();
        let slot = match key.as_str() {
            "og:title" | "twitter:title" => &mut m.headline,
            "article:published_time"
            | "og:article:published_time"
            | "datepublished"
            | "pubdate"
            | "publishdate"
            | "publish-date"
            | "dc.date.issued"
            | "date"
            | "content_publishedate" => {
                if m.published.is_none() {
                    m.published = iso_date(&content).and_then(|d| field(d, SRC));
                }
                continue;
            }
            "article:modified_time" | "og:updated_time" | "datemodified" => {
                if m.modified.is_none() {
                    m.modified = iso_date(&content).and_then(|d| field(d, SRC));
                }
                continue;
            }
            "article:section" | "og:article:section" | "section" => &mut m.section,
            "og:url" => &mut m.url,
            "og:site_name" | "application-name" => &mut m.site_name,
            "article:tag" => {
                tags.extend(field(content, SRC));
                continue;
            }
            "keywords" | "news_keywords" | "content_tags" => {
                if tags.is_empty() {
                    tags.extend(content.split(',').filter_map(|t| field(t, SRC)));
                }
                continue;
            }
            "author" | "article:author" | "dc.creator" => {
                // `article:author` is often a profile URL.
                if !content.starts_with("http") {
                    authors.push(content);
                }
                continue;
            }
            _ => continue,
        };
        if slot.is_none() {
            *slot = field(content, SRC);
        }
    }
    if m.url.is_none() {
        let canonical = dom.select("link[rel=canonical]").attr("href");
        m.url = canonical.filter(|u| u.starts_with("http")).and_then(|u| field(u.to_string(), SRC));
    }
    if m.tags.is_empty() {
        m.tags = tags;
    }
    if m.authors.is_empty() && m.desks.is_empty() {
        for a in authors {
            for name in a.split([',', '&']).map(str::trim).filter(|n| !n.is_empty()) {
                let list = if is_person_name(name) { &mut m.authors } else { &mut m.desks };
                list.extend(field(name, SRC));
            }
        }
    }
}

/// Selectors of visible byline elements, most specific first.
const BYLINE_SELECTORS: &str = "[rel=author], [itemprop=author], [class*=author], \
    [class*=byline], [class*=reporter], [class*=penulis], [class*=writer], [class*=credit], \
    [id*=author], [id*=penulis], [id*=byline], [class~=by], [class*=namerep], [class*=info]";

/// Selectors of visible date elements.
const DATE_SELECTORS: &str = "time, [itemprop=datePublished], [class*=date], [class*=time], \
    [class*=publish], [class*=tanggal], [class*=waktu]";

/// The visible byline and date, for what the tags did not give. Returns
/// the date the page shows its readers, whose zone (`WIB`) the tags'
/// times may lack.
fn visible(dom: &Dom, m: &mut Metadata, want_date: bool, want_author: bool) -> Option<String> {
    const SRC: FieldSource = FieldSource::Page;
    if !want_date {
        if want_author {
            visible_author(dom, m);
        }
        return None;
    }
    // Date elements first; then the byline, which often carries the date
    // (`Oleh X - 12 Mac 2026 @ 3:05pm`). A date with its time and zone
    // wins over a bare date (a portal's header shows today's date).
    let mut shown: Option<String> = None;
    'found: for selectors in [DATE_SELECTORS, BYLINE_SELECTORS] {
        for el in dom.select(selectors).iter() {
            let attr = el.attr("datetime").and_then(|d| iso_date(&d));
            let found = attr.or_else(|| {
                let t = collapse(&el.text());
                (t.len() <= 200).then(|| find_date_value(&t)).flatten()
            });
            let Some(found) = found else { continue };
            let zoned = offset_of(&found).is_some();
            if shown.is_none() || zoned {
                shown = Some(found);
            }
            if zoned {
                break 'found;
            }
        }
    }
    if shown.as_deref().is_none_or(|d| offset_of(d).is_none()) {
        // A date line with no telling class (`<div class="text-sm">Senin,
        // 16 Mar 2026 06:45 WIB</div>`): the first short leaf element that
        // is a date line, zone included.
        for n in dom.select("body div, body span, body p, body li").nodes() {
            if n.first_element_child().is_some() {
                continue;
            }
            let t = n.text();
            if t.len() > 120 {
                continue;
            }
            let t = collapse(&t);
            if crate::anatomy::line_kind(&t) == Some(crate::anatomy::PartKind::Date)
                && let Some(d) = find_date_value(&t).filter(|d| offset_of(d).is_some())
            {
                shown = Some(d);
                break;
            }
        }
        if shown.as_deref().is_some_and(|d| offset_of(d).is_none()) && m.published.is_some() {
            // A bare date adds nothing to the tags' time.
            shown = None;
        }
    }
    if m.published.is_none() {
        m.published = shown.clone().and_then(|d| field(d, SRC));
    }
    if want_author {
        visible_author(dom, m);
    }
    shown
}

/// The first visible byline element's person.
fn visible_author(dom: &Dom, m: &mut Metadata) {
    const SRC: FieldSource = FieldSource::Page;
    {
        for el in dom.select(BYLINE_SELECTORS).iter() {
            let t = collapse(&el.text());
            if t.is_empty() || t.len() > 300 {
                continue;
            }
            // An editor's line names no author.
            let lower = t.to_ascii_lowercase();
            if ["editor", "redaktur", "penyunting", "red:", "red "]
                .iter()
                .any(|r| lower.starts_with(r))
            {
                continue;
            }
            let names = if is_person_name(&t) { vec![t.clone()] } else { byline_names(&t) };
            if !names.is_empty() {
                m.authors.extend(names.into_iter().filter_map(|n| field(n, SRC)));
                // The first byline element names the writer; the later
                // ones are often editors, photographers or related
                // articles' authors.
                break;
            }
        }
    }
}

/// The people a byline names: `Penulis: Nadia Rahmawati, Fikri Haikal`
/// gives both, `Reporter: X | Editor: Y` gives X.
fn byline_names(t: &str) -> Vec<String> {
    let Some(first) = byline_name(t) else { return Vec::new() };
    let mut names = vec![first.clone()];
    // The names listed right after the first one.
    if let Some(at) = t.find(&first) {
        let rest = &t[at + first.len()..];
        let mut rest = rest.trim_start();
        while let Some(r) = rest
            .strip_prefix(',')
            .or_else(|| rest.strip_prefix('&'))
            .or_else(|| rest.strip_prefix("dan "))
            .or_else(|| rest.strip_prefix("and "))
        {
            let r = r.trim_start();
            let end = r.find([',', '&', '|', '/', '(', '-', '·']).unwrap_or(r.len());
            let end = r[..end].find(" dan ").or_else(|| r[..end].find(" and ")).unwrap_or(end);
            let name = r[..end].trim();
            if !is_person_name(name) || words_of(name) < 2 {
                break;
            }
            names.push(name.to_string());
            rest = &r[end..];
            rest = rest.trim_start();
        }
    }
    names
}

fn words_of(s: &str) -> usize {
    s.split_whitespace().count()
}

/// An ISO 8601 date as the anatomy writes it: `YYYY-MM-DDTHH:MM±HH:MM`
/// (seconds dropped, `Z` as `+00:00`), or `YYYY-MM-DD`. Other forms
/// (`2026/02/03 09:12:00`, `3 Februari 2026 09:12 WIB`) through the
/// anatomy's date reader.
pub(crate) fn iso_date(s: &str) -> Option<String> {
    let s = s.trim();
    let b = s.as_bytes();
    let digits =
        |r: std::ops::Range<usize>| b.get(r).is_some_and(|x| x.iter().all(u8::is_ascii_digit));
    if digits(0..4)
        && b.get(4) == Some(&b'-')
        && digits(5..7)
        && b.get(7) == Some(&b'-')
        && digits(8..10)
    {
        let date = &s[..10];
        if !(b.get(10) == Some(&b'T') || b.get(10) == Some(&b' '))
            || !digits(11..13)
            || b.get(13) != Some(&b':')
            || !digits(14..16)
        {
            return Some(date.to_string());
        }
        let time = &s[11..16];
        // The zone: after the seconds and fractions, if any.
        let rest = &s[16..];
        let zone_at = rest.find(['+', '-', 'Z']);
        let zone = match zone_at.map(|i| &rest[i..]) {
            Some(z) if z.starts_with('Z') => "+00:00".to_string(),
            Some(z) if z.len() >= 5 => {
                let z = z.replace(':', "");
                if z.len() >= 5 && z[1..5].bytes().all(|c| c.is_ascii_digit()) {
                    format!("{}:{}", &z[..3], &z[3..5])
                } else {
                    return Some(format!("{date}T{time}"));
                }
            }
            // No zone: a local time, as the page wrote it.
            _ => return Some(format!("{date}T{time}")),
        };
        return Some(format!("{date}T{time}{zone}"));
    }
    // `2026/02/03 09:12:00`: the portal's local time.
    if digits(0..4)
        && b.get(4) == Some(&b'/')
        && digits(5..7)
        && b.get(7) == Some(&b'/')
        && digits(8..10)
    {
        let iso = format!("{}-{}-{}{}", &s[..4], &s[5..7], &s[8..10], &s[10..]);
        return iso_date(&iso);
    }
    find_date_value(s)
}

/// The next page of a multi-page article: `<link rel="next">`, or a link
/// marked `rel="next"` in the page.
pub(super) fn next_page(dom: &Dom, url: Option<&str>) -> Option<String> {
    let href = dom
        .select("link[rel=next]")
        .attr("href")
        .or_else(|| dom.select("a[rel=next]").attr("href"))?
        .to_string();
    let href = href.trim();
    if href.is_empty() || href.starts_with('#') || href.starts_with("javascript:") {
        return None;
    }
    Some(absolute(href, url))
}

/// `href` resolved against `base` (scheme-relative, root-relative and
/// relative paths).
fn absolute(href: &str, base: Option<&str>) -> String {
    if href.contains("://") {
        return href.to_string();
    }
    let Some(base) = base.filter(|b| b.contains("://")) else { return href.to_string() };
    let (scheme, rest) = base.split_once("://").unwrap_or(("https", base));
    if let Some(h) = href.strip_prefix("//") {
        return format!("{scheme}://{h}");
    }
    let host_end = rest.find('/').unwrap_or(rest.len());
    let origin = &base[..scheme.len() + 3 + host_end];
    if href.starts_with('/') {
        return format!("{origin}{href}");
    }
    if href.starts_with('?') {
        let path = base.split(['?', '#']).next().unwrap_or(base);
        return format!("{path}{href}");
    }
    let dir = match base[scheme.len() + 3..].rfind('/') {
        Some(i) if i >= host_end => &base[..scheme.len() + 3 + i + 1],
        _ => return format!("{origin}/{href}"),
    };
    format!("{dir}{href}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_dates_keep_their_offset() {
        assert_eq!(iso_date("2026-02-03T09:12:00+07:00").unwrap(), "2026-02-03T09:12+07:00");
        assert_eq!(iso_date("2026-02-03T02:12:00.000Z").unwrap(), "2026-02-03T02:12+00:00");
        assert_eq!(iso_date("2026-02-03T09:12:00+0800").unwrap(), "2026-02-03T09:12+08:00");
        assert_eq!(iso_date("2026-02-03").unwrap(), "2026-02-03");
        assert_eq!(iso_date("2026/02/03 09:12:00").unwrap(), "2026-02-03T09:12");
        assert_eq!(
            iso_date("Selasa, 3 Februari 2026 | 09:12 WIB").unwrap(),
            "2026-02-03T09:12+07:00"
        );
        assert_eq!(iso_date("kemarin"), None);
    }

    #[test]
    fn bylines_name_their_writers() {
        assert_eq!(
            byline_names("Penulis: Nadia Rahmawati, Fikri Haikal"),
            ["Nadia Rahmawati", "Fikri Haikal"]
        );
        assert_eq!(
            byline_names("Oleh Budi Santoso dan Ani Wijaya"),
            ["Budi Santoso", "Ani Wijaya"]
        );
        assert_eq!(byline_names("Reporter: Budi Santoso | Editor: Ani Wijaya"), ["Budi Santoso"]);
        assert!(byline_names("Harga beras naik lagi").is_empty());
    }

    #[test]
    fn times_take_the_page_zone() {
        assert_eq!(in_zone("2026-03-15T23:45+00:00", 420), "2026-03-16T06:45+07:00");
        assert_eq!(in_zone("2026-12-31T20:00+00:00", 480), "2027-01-01T04:00+08:00");
        assert_eq!(in_zone("2026-03-01T02:00+00:00", -300), "2026-02-28T21:00-05:00");
        assert_eq!(in_zone("2026-03-05T11:20", 420), "2026-03-05T11:20+07:00");
        assert_eq!(in_zone("2026-03-05T11:20+08:00", 420), "2026-03-05T11:20+08:00");
        assert_eq!(in_zone("2026-03-05", 420), "2026-03-05");
    }

    #[test]
    fn links_resolve_against_the_page() {
        let base = Some("https://news.contoh.id/read/2026/02/03/berita?page=1");
        assert_eq!(
            absolute("?page=2", base),
            "https://news.contoh.id/read/2026/02/03/berita?page=2"
        );
        assert_eq!(absolute("/a/b", base), "https://news.contoh.id/a/b");
        assert_eq!(absolute("//cdn.id/x", base), "https://cdn.id/x");
        assert_eq!(absolute("berita-2", base), "https://news.contoh.id/read/2026/02/03/berita-2");
        assert_eq!(host("https://www.Kompas.com:443/x"), Some("www.kompas.com".into()));
    }
}
