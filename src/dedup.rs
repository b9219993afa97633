//! Syndication: one story republished by many portals, told apart from
//! independent reports of the same event.
//!
//! Each article's body (after the anatomy, so that a portal's navigation,
//! `Baca juga` lines and footers do not make its pages look alike) gets a
//! [`Signature`]: a MinHash of its word 4-grams, for candidate pairs by
//! locality-sensitive hashing, and the hashes of its sentences in order,
//! for the judgement. Two articles are copies when they share sentences
//! *and their order*: most of the shorter one's sentences appear, in the
//! same order, in the longer one (a copy that keeps only the first half of
//! the story is a copy). Shared names, numbers or one quoted sentence do
//! not make a copy (independent reports of a press conference share them);
//! nor do one or two background paragraphs that a follow-up reuses.
//!
//! [`cluster`] groups a feed's articles into stories and names each
//! story's origin: the agency piece the copies credit (`(ant)`, `Sumber:
//! Antara`, `(Bernama)`), when it is in the feed, else the earliest.

use crate::span::Span;
use crate::token::TokenKind;
use crate::words::{Lexemes, Tok};

/// MinHash values per signature.
pub const MINHASH_LEN: usize = 64;
/// LSH bands over the MinHash (of [`ROWS`] values each): two articles are
/// candidates when all values of one band agree. 32 bands of 2 find a pair
/// with a 4-gram Jaccard similarity of 0.3 with probability 0.95, of 0.1
/// with 0.28, of 0.02 with 0.013 (chosen on the project's feed: copies
/// edited in their lede and last paragraphs fall to 0.3).
pub const BANDS: usize = 32;
/// MinHash values per band.
pub const ROWS: usize = MINHASH_LEN / BANDS;
/// Words of a sentence below which it is not compared (datelines, credits,
/// `(ant)`).
const MIN_SENTENCE_WORDS: usize = 5;

/// An article's signature: what [`similarity`] and [`cluster`] compare.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Signature {
    /// The MinHash of the body's word 4-grams (case-folded), by one
    /// permutation: each 4-gram's hash falls in one of the 64 bins, which
    /// keeps its least value; an empty bin takes the next full bin's value
    /// (rotation densification), so that two signatures agree on a bin
    /// with the probability of the Jaccard similarity.
    pub minhash: [u32; MINHASH_LEN],
    /// How many 4-grams the body has.
    pub shingles: u32,
    /// A hash of each sentence of the body (case-folded words, punctuation
    /// left out) of at least five words, in order.
    pub sentences: Vec<u64>,
}

impl Default for Signature {
    fn default() -> Self {
        Signature { minhash: [u32::MAX; MINHASH_LEN], shingles: 0, sentences: Vec::new() }
    }
}

fn mix(a: u64, b: u64) -> u64 {
    (a.rotate_left(23) ^ b).wrapping_mul(0x9e37_79b9_7f4a_7c15)
}

impl Signature {
    /// The signature of the tokens `words` of `text` (indices into
    /// `toks`, in order) with the sentence spans `sentences`.
    pub(crate) fn of_tokens(
        text: &str,
        toks: &[Tok],
        lex: &Lexemes<'_>,
        words: impl Iterator<Item = usize>,
        sentences: &[Span],
    ) -> Signature {
        let mut sig = Signature::default();
        let mut window = [0u64; 4];
        let mut seen = 0usize;
        let add = |sig: &mut Signature, h: u64| {
            // A 4-gram's bin and its value there.
            let h = h.wrapping_mul(0x9e37_79b9_7f4a_7c15);
            let bin = (h >> 58) as usize;
            let v = (h >> 16) as u32;
            if v < sig.minhash[bin] {
                sig.minhash[bin] = v;
            }
            sig.shingles += 1;
        };
        let mut sentence = 0usize;
        let (mut sent_hash, mut sent_words) = (0u64, 0usize);
        let flush = |sig: &mut Signature, h: u64, n: usize| {
            if n >= MIN_SENTENCE_WORDS {
                sig.sentences.push(h);
            }
        };
        for i in words {
            let t = toks[i];
            let h = match t.kind {
                TokenKind::Word => lex[i].hash,
                TokenKind::Number => crate::words::str_hash(&text[t.start..t.end]),
                _ => continue,
            };
            // The sentence this word is in.
            while sentence < sentences.len() && sentences[sentence].end <= t.start {
                flush(&mut sig, sent_hash, sent_words);
                (sent_hash, sent_words) = (0, 0);
                sentence += 1;
            }
            sent_hash = mix(sent_hash, h);
            sent_words += 1;
            window.rotate_left(1);
            window[3] = h;
            seen += 1;
            if seen >= 4 {
                add(&mut sig, mix(mix(mix(window[0], window[1]), window[2]), window[3]));
            }
        }
        flush(&mut sig, sent_hash, sent_words);
        if seen > 0 && seen < 4 {
            add(&mut sig, window[4 - seen..].iter().fold(0, |a, &b| mix(a, b)));
        }
        densify(&mut sig.minhash);
        sig
    }

    /// The share of MinHash values two signatures agree on: an estimate of
    /// the Jaccard similarity of their 4-gram sets.
    pub fn jaccard(&self, other: &Signature) -> f64 {
        if self.shingles == 0 || other.shingles == 0 {
            return 0.0;
        }
        let same = self.minhash.iter().zip(&other.minhash).filter(|(a, b)| a == b).count();
        same as f64 / MINHASH_LEN as f64
    }

    /// The band keys of the signature, for locality-sensitive hashing.
    pub fn bands(&self) -> impl Iterator<Item = u64> + '_ {
        (0..BANDS).map(|b| self.band(b))
    }

    /// The key of band `b` (below [`BANDS`]).
    fn band(&self, b: usize) -> u64 {
        let rows = &self.minhash[b * ROWS..(b + 1) * ROWS];
        rows.iter().fold(b as u64 + 1, |h, &v| mix(h, u64::from(v)))
    }

    /// The MinHash as 512 hexadecimal digits (8 per value), for storing
    /// and for clustering in other systems: band `b` is digits `16 b` to
    /// `16 b + 16` ([`ROWS`] values).
    pub fn minhash_hex(&self) -> String {
        self.minhash.iter().map(|v| format!("{v:08x}")).collect()
    }

    /// The sentence hashes as 16 hexadecimal digits each, in order.
    pub fn sentences_hex(&self) -> String {
        self.sentences.iter().map(|v| format!("{v:016x}")).collect()
    }
}

/// Fills each empty bin (`u32::MAX`) from the next full bin, circularly,
/// with an offset per distance so that two signatures agree on a filled bin
/// only as often as on full ones.
fn densify(bins: &mut [u32; MINHASH_LEN]) {
    if bins.iter().all(|&v| v == u32::MAX) {
        return;
    }
    let full = *bins;
    for i in 0..MINHASH_LEN {
        if full[i] != u32::MAX {
            continue;
        }
        let mut d = 1;
        while full[(i + d) % MINHASH_LEN] == u32::MAX {
            d += 1;
        }
        bins[i] = full[(i + d) % MINHASH_LEN].wrapping_add((d as u32).wrapping_mul(0x9e37_79b9));
    }
}

/// How much of one article another holds, in order.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Similarity {
    /// Sentences shared in the same order (the longest common subsequence
    /// of the two sentence lists).
    pub shared: usize,
    /// `shared` over the shorter article's sentences: 1 when the shorter
    /// one is wholly inside the other.
    pub containment: f64,
    /// The MinHash estimate of the 4-gram Jaccard similarity.
    pub jaccard: f64,
}

impl Similarity {
    /// Whether the two are one story: most of the shorter one's sentences
    /// (at least half, and at least three, or all of a short one's two) in
    /// the other, in order; or near-identical word sequences where the
    /// sentences were edited.
    pub fn is_copy(&self) -> bool {
        (self.shared >= 3 && self.containment >= 0.5)
            || (self.shared >= 2 && self.containment >= 0.99)
            || self.jaccard >= 0.6
    }
}

/// The similarity of two signatures.
///
/// ```
/// use warta::{similarity, signature};
/// let story = "Harga beras di Pasar Induk Cipinang naik tajam pekan ini. Pedagang menyebut pasokan dari Jawa Tengah berkurang karena banjir. Pemerintah berjanji menggelar operasi pasar mulai Senin depan di seluruh Jakarta.";
/// let copy = format!("Beras Mahal Lagi\n\n{story} (ant)");
/// let other = "Banjir merendam ratusan rumah di Jawa Tengah sejak Minggu malam. Warga mengungsi ke balai desa dan masjid terdekat. Pemerintah daerah menyiapkan dapur umum di tiga kecamatan.";
/// assert!(similarity(&signature(story), &signature(&copy)).is_copy());
/// assert!(!similarity(&signature(story), &signature(other)).is_copy());
/// ```
pub fn similarity(a: &Signature, b: &Signature) -> Similarity {
    let shared = lcs(&a.sentences, &b.sentences);
    let shorter = a.sentences.len().min(b.sentences.len());
    Similarity {
        shared,
        containment: if shorter == 0 { 0.0 } else { shared as f64 / shorter as f64 },
        jaccard: a.jaccard(b),
    }
}

/// The length of the longest common subsequence of two short lists.
fn lcs(a: &[u64], b: &[u64]) -> usize {
    if a.is_empty() || b.is_empty() || !a.iter().any(|x| b.contains(x)) {
        return 0;
    }
    let mut row = vec![0usize; b.len() + 1];
    for x in a {
        let mut diag = 0;
        for (j, y) in b.iter().enumerate() {
            let up = row[j + 1];
            row[j + 1] = if x == y { diag + 1 } else { up.max(row[j]) };
            diag = up;
        }
    }
    row[b.len()]
}

/// The signature of an article's text: its body as the anatomy finds it,
/// without boilerplate, headline, dateline and credits.
pub fn signature(text: &str) -> Signature {
    crate::Analyzer::new()
        .analyze_layers(text, crate::Layers::SIGNATURE)
        .signature
        .unwrap_or_default()
}

/// News agencies and outlets whose credit line names a copy's source:
/// their id, the marks that credit them in a copy, and their domains.
pub const SOURCES: &[(&str, &[&str], &[&str])] = &[
    (
        "antara",
        &[
            "(ANTARA)",
            "(ant)",
            "(Ant)",
            "(ANT)",
            "Sumber: Antara",
            "Sumber: ANTARA",
            "ANTARA/",
            "Antara)",
            "antaranews.com",
        ],
        &["antaranews.com", "antaranews.id"],
    ),
    (
        "bernama",
        &["(Bernama)", "(BERNAMA)", "Sumber: Bernama", "BERNAMA/", "- Bernama", "– Bernama"],
        &["bernama.com"],
    ),
    ("reuters", &["(Reuters)", "Reuters", "REUTERS/"], &["reuters.com"]),
    ("afp", &["(AFP)", "AFP/", "Sumber: AFP"], &["afp.com"]),
    ("ap", &["(AP)", "AP Photo", "Sumber: AP"], &["apnews.com"]),
    ("xinhua", &["(Xinhua)", "Xinhua/", "Sumber: Xinhua"], &["xinhuanet.com", "news.cn"]),
    (
        "kompas",
        &[
            "Sumber: Kompas.com",
            "Sumber: KOMPAS.com",
            "(Kompas.com)",
            "Artikel ini telah tayang di Kompas.com",
        ],
        &["kompas.com"],
    ),
    (
        "detik",
        &["Sumber: detik.com", "Sumber: Detik.com", "Artikel ini telah tayang di detik"],
        &["detik.com"],
    ),
    (
        "tribunnews",
        &["Artikel ini telah tayang di Tribunnews.com", "Sumber: Tribunnews.com"],
        &["tribunnews.com"],
    ),
];

/// The sources (indices into [`SOURCES`], as bits) that `text` credits.
pub fn credited(text: &str) -> u32 {
    let mut bits = 0;
    for (k, (_, marks, _)) in SOURCES.iter().enumerate() {
        if marks.iter().any(|m| text.contains(m)) {
            bits |= 1 << k;
        }
    }
    bits
}

/// The source (index into [`SOURCES`]) a URL belongs to, if any.
pub fn source_of_url(url: &str) -> Option<usize> {
    let host = url.split("://").nth(1).unwrap_or(url).split(['/', '?', '#']).next()?;
    let host = host.rsplit_once('@').map_or(host, |(_, h)| h);
    SOURCES.iter().position(|(_, _, domains)| {
        domains.iter().any(|d| host == *d || host.ends_with(&format!(".{d}")))
    })
}

/// One record of a feed, as [`cluster`] reads it.
#[derive(Clone, Debug, Default)]
pub struct FeedRecord {
    /// Its signature.
    pub signature: Signature,
    /// Publication time, in seconds since the epoch, if known.
    pub published: Option<i64>,
    /// The sources its text credits ([`credited`]).
    pub credits: u32,
    /// The source it was published by ([`source_of_url`]), if known.
    pub source: Option<usize>,
}

/// A record's story.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Assignment {
    /// The story's earliest record (index into the feed).
    pub cluster: usize,
    /// The story's origin: the credited source's record, else the earliest.
    pub origin: usize,
    /// The share of this record's sentences found, in order, in the
    /// origin's (1 for the origin itself).
    pub similarity: f64,
}

/// Groups a feed into stories: candidate pairs by LSH over the MinHash
/// bands, kept when [`Similarity::is_copy`]; stories are the connected
/// groups. Returns each record's story, in feed order.
pub fn cluster(records: &[FeedRecord]) -> Vec<Assignment> {
    let n = records.len();
    let mut parent: Vec<usize> = (0..n).collect();
    fn find(parent: &mut [usize], mut x: usize) -> usize {
        while parent[x] != x {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        x
    }
    // Band keys, sorted per band: records with the same key are candidates.
    let mut keys: Vec<(u64, u32)> = Vec::with_capacity(n);
    let mut pairs: Vec<(u32, u32)> = Vec::new();
    for band in 0..BANDS {
        keys.clear();
        for (i, r) in records.iter().enumerate() {
            if r.signature.shingles > 0 {
                let key = r.signature.band(band);
                keys.push((key, i as u32));
            }
        }
        keys.sort_unstable();
        for run in keys.chunk_by(|a, b| a.0 == b.0) {
            // A bucket shared by very many records (a template) is compared
            // as a chain, which union-find closes.
            if run.len() > 64 {
                pairs.extend(run.windows(2).map(|w| (w[0].1, w[1].1)));
                continue;
            }
            for (k, a) in run.iter().enumerate() {
                for b in &run[k + 1..] {
                    pairs.push((a.1, b.1));
                }
            }
        }
    }
    pairs.sort_unstable();
    pairs.dedup();
    for &(a, b) in &pairs {
        let (a, b) = (a as usize, b as usize);
        if find(&mut parent, a) == find(&mut parent, b) {
            continue;
        }
        if similarity(&records[a].signature, &records[b].signature).is_copy() {
            let (ra, rb) = (find(&mut parent, a), find(&mut parent, b));
            parent[ra.max(rb)] = ra.min(rb);
        }
    }
    // Each story's members, its earliest record and its origin.
    let roots: Vec<usize> = (0..n).map(|i| find(&mut parent, i)).collect();
    let earlier = |a: usize, b: usize| {
        let key = |i: usize| (records[i].published.unwrap_or(i64::MAX), i);
        if key(a) <= key(b) { a } else { b }
    };
    let mut earliest: Vec<usize> = (0..n).collect();
    let mut credits = vec![0u32; n];
    for i in 0..n {
        let r = roots[i];
        earliest[r] = earlier(earliest[r], i);
        credits[r] |= records[i].credits;
    }
    // The origin: a record published by a source the story credits
    // (earliest of them), else the earliest.
    let mut origin: Vec<Option<usize>> = vec![None; n];
    for i in 0..n {
        let r = roots[i];
        if let Some(s) = records[i].source
            && credits[r] & (1 << s) != 0
        {
            origin[r] = Some(origin[r].map_or(i, |o| earlier(o, i)));
        }
    }
    (0..n)
        .map(|i| {
            let r = roots[i];
            let o = origin[r].unwrap_or(earliest[r]);
            let similarity = if i == o {
                1.0
            } else {
                let s = similarity(&records[i].signature, &records[o].signature);
                let own = records[i].signature.sentences.len();
                if own == 0 { s.jaccard } else { (s.shared as f64 / own as f64).min(1.0) }
            };
            Assignment { cluster: earliest[r], origin: o, similarity }
        })
        .collect()
}

/// Seconds since the epoch of a publication time as feeds write it: ISO
/// 8601 (`2026-03-12T09:15:00+07:00`, `2026-03-12 09:15:00`, `…Z`, a date
/// alone) or a number of seconds; `None` for anything else.
///
/// ```
/// use warta::parse_time;
/// assert_eq!(parse_time("1970-01-01T07:00:00+07:00"), Some(0));
/// assert_eq!(parse_time("2026-03-12"), parse_time("2026-03-12T00:00:00Z"));
/// assert_eq!(parse_time("kemarin"), None);
/// ```
pub fn parse_time(s: &str) -> Option<i64> {
    let s = s.trim();
    if let Ok(n) = s.parse::<i64>() {
        return Some(n);
    }
    let b = s.as_bytes();
    let num = |from: usize, len: usize| -> Option<i64> {
        let part = s.get(from..from + len)?;
        part.bytes().all(|c| c.is_ascii_digit()).then(|| part.parse().ok()).flatten()
    };
    let (y, m, d) = (num(0, 4)?, num(5, 2)?, num(8, 2)?);
    if b.get(4) != Some(&b'-') || b.get(7) != Some(&b'-') {
        return None;
    }
    let date = crate::values::CalendarDate::ymd(y as i32, m as u8, d as u8)?;
    let days = crate::values::days_from_civil(date.year, m as u8, d as u8);
    let mut secs = days * 86_400;
    let mut rest = &s[10..];
    if let Some(t) = rest.strip_prefix(['T', ' ']) {
        let hh = t.get(0..2)?.parse::<i64>().ok()?;
        let mm = t.get(3..5)?.parse::<i64>().ok()?;
        secs += hh * 3600 + mm * 60;
        rest = &t[5..];
        if let Some(sec) = rest.strip_prefix(':') {
            secs += sec.get(0..2)?.parse::<i64>().ok()?;
            rest = &sec[2..];
            if let Some(frac) = rest.strip_prefix('.') {
                rest = frac.trim_start_matches(|c: char| c.is_ascii_digit());
            }
        }
    }
    let rest = rest.trim();
    match rest.as_bytes().first() {
        None => Some(secs),
        Some(b'Z') => Some(secs),
        Some(&sign @ (b'+' | b'-')) => {
            let z = rest[1..].replace(':', "");
            let hh = z.get(0..2)?.parse::<i64>().ok()?;
            let mm = z.get(2..4).map_or(Some(0), |m| m.parse::<i64>().ok())?;
            let off = hh * 3600 + mm * 60;
            Some(if sign == b'+' { secs - off } else { secs + off })
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(seed: usize, n: usize) -> Vec<String> {
        let words = [
            "harga",
            "beras",
            "pasar",
            "pemerintah",
            "banjir",
            "warga",
            "operasi",
            "stok",
            "gudang",
            "petani",
            "sawah",
            "pedagang",
            "kenaikan",
            "pasokan",
            "daerah",
            "bantuan",
        ];
        (0..n)
            .map(|k| {
                let w: Vec<&str> = (0..9)
                    .map(|j| words[(seed * 31 + k * 7 + j * j * 3 + j) % words.len()])
                    .collect();
                let mut s = w.join(" ");
                s.replace_range(0..1, &s[0..1].to_uppercase());
                format!("{s} nomor {seed} {k}.")
            })
            .collect()
    }

    fn text(s: &[String]) -> String {
        s.chunks(2).map(|p| p.join(" ")).collect::<Vec<_>>().join("\n\n")
    }

    #[test]
    fn longest_common_subsequence() {
        assert_eq!(lcs(&[1, 2, 3, 4], &[2, 4, 5]), 2);
        assert_eq!(lcs(&[1, 2], &[3]), 0);
        assert_eq!(lcs(&[3, 2, 1], &[1, 2, 3]), 1);
    }

    #[test]
    fn copies_halves_follow_ups_and_independent_reports() {
        let story = sentences(1, 10);
        let full = signature(&text(&story));
        assert!(full.sentences.len() >= 10, "{}", full.sentences.len());
        // A copy that keeps the first half.
        let half = signature(&text(&story[..5]));
        assert!(similarity(&full, &half).is_copy());
        // A copy with its lede rewritten and a paragraph dropped.
        let mut edited = sentences(9, 1);
        edited.extend_from_slice(&story[1..6]);
        edited.extend_from_slice(&story[8..]);
        assert!(similarity(&full, &signature(&text(&edited))).is_copy());
        // A follow-up: new reporting with two background sentences.
        let mut follow = sentences(2, 12);
        follow.insert(6, story[0].clone());
        follow.insert(7, story[1].clone());
        assert!(!similarity(&full, &signature(&text(&follow))).is_copy());
        // An independent report that shares one quoted sentence.
        let mut other = sentences(3, 10);
        other[4] = story[3].clone();
        assert!(!similarity(&full, &signature(&text(&other))).is_copy());
    }

    #[test]
    fn the_credited_agency_is_the_origin() {
        let story = text(&sentences(4, 8));
        let rec = |t: &str, url: &str, at: i64| FeedRecord {
            signature: signature(t),
            published: Some(at),
            credits: credited(t),
            source: source_of_url(url),
        };
        let records = vec![
            rec(&format!("{story}\n\n(ant)"), "https://jabar.tribunnews.com/x", 100),
            rec(&story, "https://www.antaranews.com/berita/1", 200),
            rec(&text(&sentences(5, 8)), "https://www.detik.com/y", 50),
        ];
        let got = cluster(&records);
        assert_eq!((got[0].cluster, got[0].origin), (0, 1));
        assert_eq!((got[1].cluster, got[1].origin), (0, 1));
        assert_eq!((got[2].cluster, got[2].origin), (2, 2));
        assert_eq!(got[1].similarity, 1.0);
        assert_eq!(source_of_url("https://megapolitan.antaranews.com/a"), Some(0));
        assert_eq!(source_of_url("https://notantaranews.com/a"), None);
    }

    #[test]
    fn publication_times() {
        assert_eq!(parse_time("2026-03-12T09:15:00+07:00"), parse_time("2026-03-12T02:15:00Z"));
        assert_eq!(
            parse_time("2026-03-12 09:15"),
            Some(parse_time("2026-03-12").unwrap() + 33_300)
        );
        assert_eq!(parse_time("2026-03-12T09:15:00.250-0100"), parse_time("2026-03-12T10:15:00Z"));
        assert_eq!(parse_time("1767225600"), Some(1_767_225_600));
        assert_eq!(parse_time("2026-02-30"), None);
        assert_eq!(parse_time("12/03/2026"), None);
    }
}
