//! Publication dates as portals write them, normalised to ISO 8601 with the
//! zone of the time written (`WIB` +07:00, `WITA` +08:00, `WIT` +09:00;
//! Malaysian pages +08:00).

use std::sync::LazyLock;

use regex::Regex;

/// A date found in a line: its byte range there and its normalised value
/// (`2026-02-03T09:12+07:00`, or `2026-02-03` without a time).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct FoundDate {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) value: String,
}

/// Month names and abbreviations (Indonesian, Malay, English), lowercase,
/// with the month's number and whether only Malay writes it so.
pub(crate) const MONTHS: &[(&str, u32, bool)] = &[
    ("januari", 1, false),
    ("january", 1, false),
    ("jan", 1, false),
    ("februari", 2, false),
    ("february", 2, false),
    ("feb", 2, false),
    ("pebruari", 2, false),
    ("maret", 3, false),
    ("march", 3, false),
    ("mar", 3, false),
    ("mac", 3, true),
    ("april", 4, false),
    ("apr", 4, false),
    ("mei", 5, false),
    ("may", 5, false),
    ("juni", 6, false),
    ("june", 6, false),
    ("jun", 6, false),
    ("juli", 7, false),
    ("july", 7, false),
    ("jul", 7, false),
    ("julai", 7, true),
    ("agustus", 8, false),
    ("august", 8, false),
    ("agu", 8, false),
    ("agt", 8, false),
    ("ags", 8, false),
    ("aug", 8, false),
    ("ogos", 8, true),
    ("ogo", 8, true),
    ("september", 9, false),
    ("sept", 9, false),
    ("sep", 9, false),
    ("oktober", 10, false),
    ("october", 10, false),
    ("okt", 10, false),
    ("oct", 10, false),
    ("november", 11, false),
    ("nov", 11, false),
    ("nop", 11, false),
    ("desember", 12, false),
    ("december", 12, false),
    ("des", 12, false),
    ("dec", 12, false),
    ("disember", 12, true),
    ("dis", 12, true),
];

/// Day names that only Malay writes so.
const MALAY_DAYS: &[&str] = &["isnin", "khamis", "jumaat"];

const MONTH_ALT: &str = "januari|january|jan|februari|february|feb|pebruari|maret|march|mar|mac|april|apr|mei|may|juni|june|jun|juli|july|jul|julai|agustus|august|agu|agt|ags|aug|ogos|ogo|september|sept|sep|oktober|october|okt|oct|november|nov|nop|desember|december|des|dec|disember|dis";

/// An optional time after a date: `09:12`, `09.12`, `10:15am`, with an
/// optional zone.
const TIME: &str = r"(?:\s*(?:[,|@/–—-]|pukul|jam)?\s*(?:pukul\s+|jam\s+)?(?P<h>[01]?\d|2[0-3])[:.](?P<mi>[0-5]\d)(?::[0-5]\d)?\s*(?P<ampm>[ap]\.?m\.?|ptg|pg|mlm)?(?:\s*(?P<zone>WITA|WIT|WIB|MYT|GMT\+[789]|UTC\+[789]))?)?";

static DAY_MONTH_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)\b(?P<d>[0-3]?\d)\s+(?P<mon>{MONTH_ALT})\.?,?\s+(?P<y>(?:19|20)\d\d)\b{TIME}"
    ))
    .expect("valid date pattern")
});

static MONTH_DAY_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)\b(?P<mon>{MONTH_ALT})\.?\s+(?P<d>[0-3]?\d),?\s+(?P<y>(?:19|20)\d\d)\b{TIME}"
    ))
    .expect("valid date pattern")
});

static NUMERIC: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)\b(?:(?P<d>[0-3]?\d)[/.-](?P<m>[01]?\d)[/.-](?P<y>(?:19|20)\d\d)|(?P<y2>(?:19|20)\d\d)-(?P<m2>[01]\d)-(?P<d2>[0-3]\d))\b{TIME}"
    ))
    .expect("valid date pattern")
});

/// Day names before a date (`Selasa, `), to include them in the span.
static DAY_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad|isnin|khamis|jumaat|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)\.?,?\s*$")
        .expect("valid day pattern")
});

/// The first date in `line`, if any, normalised.
pub(crate) fn find_date(line: &str) -> Option<FoundDate> {
    // Every date here has a year from 1900 to 2099: most lines have none,
    // and they cost no regex.
    let has_year = line.as_bytes().windows(4).any(|w| {
        matches!(&w[..2], b"19" | b"20") && w[2].is_ascii_digit() && w[3].is_ascii_digit()
    });
    if !has_year {
        return None;
    }
    let caps = [&*DAY_MONTH_YEAR, &*MONTH_DAY_YEAR, &*NUMERIC]
        .iter()
        .filter_map(|re| re.captures(line))
        .min_by_key(|c| c.get(0).map_or(usize::MAX, |m| m.start()))?;
    let whole = caps.get(0)?;
    let num = |name: &str| caps.name(name).and_then(|m| m.as_str().parse::<u32>().ok());
    let mut malay = false;
    let (day, month, year) = if let Some(mon) = caps.name("mon") {
        let lower = mon.as_str().to_ascii_lowercase();
        let &(_, m, only_ms) = MONTHS.iter().find(|(name, _, _)| *name == lower)?;
        malay |= only_ms;
        (num("d")?, m, num("y")?)
    } else if caps.name("y2").is_some() {
        (num("d2")?, num("m2")?, num("y2")?)
    } else {
        (num("d")?, num("m")?, num("y")?)
    };
    if !(1..=31).contains(&day) || !(1..=12).contains(&month) {
        return None;
    }
    // The day's name before the date belongs to it.
    let mut start = whole.start();
    if let Some(d) = DAY_BEFORE.find(&line[..start]) {
        malay |= MALAY_DAYS.iter().any(|m| d.as_str().to_ascii_lowercase().starts_with(m));
        start = d.start();
    }
    let mut value = format!("{year:04}-{month:02}-{day:02}");
    let mut end = whole.end();
    if let (Some(h), Some(mi)) = (num("h"), num("mi")) {
        let ampm = caps.name("ampm").map(|m| m.as_str().to_ascii_lowercase());
        // Malay writes `PG` (pagi, morning), `PTG` (petang) and `MLM`
        // (malam) for am and pm.
        let pm =
            ampm.as_deref().map(|a| a == "ptg" || a == "mlm" || a.starts_with('p') && a != "pg");
        let hour = match pm {
            Some(true) if h < 12 => h + 12,
            Some(false) if h == 12 => 0,
            _ => h,
        };
        if hour > 23 {
            return None;
        }
        let zone = caps.name("zone").map(|z| z.as_str().to_ascii_uppercase());
        let offset = match zone.as_deref() {
            Some("WITA") => "+08:00",
            Some("WIT") => "+09:00",
            Some("WIB") => "+07:00",
            Some(z) if z.ends_with('7') => "+07:00",
            Some(z) if z.ends_with('9') => "+09:00",
            Some(_) => "+08:00",
            // Malaysian pages write the month in Malay or the time in
            // 12-hour form; Indonesian portals write WIB time.
            None if malay || ampm.is_some() => "+08:00",
            None => "+07:00",
        };
        value.push_str(&format!("T{hour:02}:{mi:02}{offset}"));
    } else {
        // Without a time the match may have taken a trailing separator.
        end = whole.start() + whole.as_str().trim_end().len();
        if let Some(y) = caps.name("y").or_else(|| caps.name("d2")) {
            end = end.min(y.end().max(whole.start()));
        }
    }
    Some(FoundDate { start, end: end.max(start), value })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value(line: &str) -> Option<(String, String)> {
        find_date(line).map(|d| (line[d.start..d.end].to_string(), d.value))
    }

    #[test]
    fn portal_dates() {
        for (line, text, iso) in [
            (
                "Selasa, 3 Februari 2026 | 09:12 WIB",
                "Selasa, 3 Februari 2026 | 09:12 WIB",
                "2026-02-03T09:12+07:00",
            ),
            (
                "Kamis, 5 Maret 2026 14:30 WITA",
                "Kamis, 5 Maret 2026 14:30 WITA",
                "2026-03-05T14:30+08:00",
            ),
            (
                "Rabu 04 Feb 2026, 10:15 WIB",
                "Rabu 04 Feb 2026, 10:15 WIB",
                "2026-02-04T10:15+07:00",
            ),
            ("03/02/2026, 09:12 WIB", "03/02/2026, 09:12 WIB", "2026-02-03T09:12+07:00"),
            (
                "Jumat, 6 Maret 2026 08:00 WIT",
                "Jumat, 6 Maret 2026 08:00 WIT",
                "2026-03-06T08:00+09:00",
            ),
            (
                "Oleh Aminah Yusof - 3 Mac 2026 @ 10:15am",
                "3 Mac 2026 @ 10:15am",
                "2026-03-03T10:15+08:00",
            ),
            ("Mac 3, 2026 @ 10:15pm", "Mac 3, 2026 @ 10:15pm", "2026-03-03T22:15+08:00"),
            ("Isnin, 2 Mac 2026", "Isnin, 2 Mac 2026", "2026-03-02"),
            ("Feb 3, 2026", "Feb 3, 2026", "2026-02-03"),
            (
                "Diperbarui 3 Februari 2026, 10:00 WIB",
                "3 Februari 2026, 10:00 WIB",
                "2026-02-03T10:00+07:00",
            ),
            (
                "Senin, 9 Maret 2026 - 16:45 WIB",
                "Senin, 9 Maret 2026 - 16:45 WIB",
                "2026-03-09T16:45+07:00",
            ),
            // Malay `PG` (am) and `PTG` (pm).
            ("7 Januari 2026, 10:05 PG", "7 Januari 2026, 10:05 PG", "2026-01-07T10:05+08:00"),
            ("12 Mac 2026 2:15 PTG", "12 Mac 2026 2:15 PTG", "2026-03-12T14:15+08:00"),
        ] {
            assert_eq!(value(line), Some((text.to_string(), iso.to_string())), "{line}");
        }
    }

    #[test]
    fn no_date() {
        assert_eq!(value("Harga naik 3 persen pada 2026."), None);
        assert_eq!(value("Skor akhir 3-1 untuk Persib."), None);
        assert_eq!(value("31 Februari lalu"), None);
    }
}
