//! Quotes and speakers on articles written for the project
//! (`tests/quotes/cases.json`: gold spans, kinds, speakers and verbs; the
//! quotation marks that are not speech). Scored as the README reports:
//! a predicted quote matches a gold one when it covers at least half of it
//! and is at most twice as long; speaker accuracy over matched quotes.
//!
//! Two sets: `cases.json`, against which the rules were developed, and
//! `heldout.json`, written apart by another writer and scored only once
//! the rules were set. `cargo test --release --test lib quotes --
//! --nocapture` prints the scores of both.

use serde_json::Value;
use warta::{Analyzer, QuoteKind};

const CASES: &str = include_str!("quotes/cases.json");
const HELDOUT: &str = include_str!("quotes/heldout.json");
const HELDOUT2: &str = include_str!("quotes/heldout2.json");

/// The byte span of the `nth` occurrence of `needle` in `text` (left to
/// right, not overlapping).
fn nth_span(text: &str, needle: &str, nth: usize) -> (usize, usize) {
    let mut from = 0;
    for k in 0.. {
        let at = from + text[from..].find(needle).unwrap_or_else(|| panic!("{needle:?} not found"));
        if k == nth {
            return (at, at + needle.len());
        }
        from = at + needle.len();
    }
    unreachable!()
}

fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Whether one name's words are a run of the other's (`Hendro` and
/// `Hendro Wibowo`, `Sri Mulyani` and `Sri Mulyani Indrawati`).
fn same_name(a: &str, b: &str) -> bool {
    let (a, b) = (words(a), words(b));
    let (short, long) = if a.len() <= b.len() { (&a, &b) } else { (&b, &a) };
    !short.is_empty() && long.windows(short.len()).any(|w| w == short.as_slice())
}

#[derive(Default, Debug)]
struct Score {
    gold: usize,
    predicted: usize,
    matched: usize,
    speaker_right: usize,
}

impl Score {
    fn f1(&self) -> (f64, f64, f64) {
        let p = self.matched as f64 / self.predicted.max(1) as f64;
        let r = self.matched as f64 / self.gold.max(1) as f64;
        (p, r, if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 })
    }
}

/// Quote F1 and speaker accuracy over matched quotes, per kind and over
/// all, printed with every miss; returns (quotes, F1, speaker accuracy,
/// non-speech marks taken for quotes, quotes reported in paragraphs
/// without one).
fn score(name: &str, json: &str) -> (usize, f64, f64, usize, usize) {
    println!("== {name}");
    let cases: Vec<Value> = serde_json::from_str(json).expect("the set parses");
    let mut by_kind = [Score::default(), Score::default()];
    let mut not_quotes = (0, 0);
    // Paragraphs without a gold quote, and those of them with a quote
    // reported.
    let mut quiet = (0, 0);
    let mut misses = Vec::new();
    for case in &cases {
        let text = case["text"].as_str().unwrap();
        let a = Analyzer::new().analyze(text);
        let mut used = vec![false; a.quotes.len()];
        for q in a.quotes.iter() {
            by_kind[usize::from(q.kind == QuoteKind::Indirect)].predicted += 1;
        }
        for g in case["quotes"].as_array().unwrap() {
            let (gs, ge) =
                nth_span(text, g["text"].as_str().unwrap(), g["nth"].as_u64().unwrap() as usize);
            let kind = if g["kind"] == "indirect" { 1 } else { 0 };
            by_kind[kind].gold += 1;
            let glen = ge - gs;
            let hit = a.quotes.iter().enumerate().find(|(i, q)| {
                let overlap = q.span.end.min(ge).saturating_sub(q.span.start.max(gs));
                !used[*i]
                    && usize::from(q.kind == QuoteKind::Indirect) == kind
                    && overlap * 2 >= glen
                    && q.span.len() <= 2 * glen
            });
            let Some((i, q)) = hit else {
                misses.push(format!("{} {:?}: {}", case["id"], g["kind"], g["text"]));
                continue;
            };
            used[i] = true;
            by_kind[kind].matched += 1;
            let gold_speaker = g["speaker"].as_str();
            let right = match (&q.speaker, gold_speaker) {
                (None, None) => true,
                (Some(s), Some(want)) => match s.entity {
                    Some(e) => {
                        let f = &a.entities.linked[e];
                        same_name(&f.entity.name, want)
                            || f.mentions
                                .iter()
                                .any(|&m| same_name(a.entities.mentions[m].text, want))
                    }
                    None => same_name(s.text, want),
                },
                _ => false,
            };
            if right {
                by_kind[kind].speaker_right += 1;
            } else {
                misses.push(format!(
                    "{} speaker {:?} for {:?}, want {:?}",
                    case["id"],
                    q.speaker.as_ref().map(|s| s.text),
                    q.text,
                    gold_speaker
                ));
            }
        }
        let gold_spans: Vec<(usize, usize)> = case["quotes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|g| {
                nth_span(text, g["text"].as_str().unwrap(), g["nth"].as_u64().unwrap() as usize)
            })
            .collect();
        let mut at = 0;
        for para in text.split("\n\n") {
            let (ps, pe) = (at, at + para.len());
            at = pe + 2;
            if gold_spans.iter().any(|&(s, e)| s < pe && ps < e) {
                continue;
            }
            quiet.0 += 1;
            if let Some(q) = a.quotes.iter().find(|q| q.span.start < pe && ps < q.span.end) {
                quiet.1 += 1;
                misses.push(format!("{} quote in a paragraph without one: {}", case["id"], q.text));
            }
        }
        for n in case["not_quotes"].as_array().into_iter().flatten() {
            let (ns, ne) =
                nth_span(text, n["text"].as_str().unwrap(), n["nth"].as_u64().unwrap() as usize);
            not_quotes.0 += 1;
            if a.quotes.iter().any(|q| {
                q.kind == QuoteKind::Direct
                    && q.span.start <= ns
                    && ne <= q.span.end + 1
                    && q.span.len() <= 2 * (ne - ns)
            }) {
                not_quotes.1 += 1;
                misses.push(format!("{} not a quote: {}", case["id"], n["text"]));
            }
        }
    }
    for m in &misses {
        println!("  {m}");
    }
    let mut all = Score::default();
    for (name, s) in ["direct", "indirect"].iter().zip(&by_kind) {
        let (p, r, f) = s.f1();
        println!(
            "{name}: gold {} predicted {} matched {}; P {:.1} R {:.1} F1 {:.1}; speaker {:.1}% ({} of {})",
            s.gold,
            s.predicted,
            s.matched,
            100.0 * p,
            100.0 * r,
            100.0 * f,
            100.0 * s.speaker_right as f64 / s.matched.max(1) as f64,
            s.speaker_right,
            s.matched
        );
        all.gold += s.gold;
        all.predicted += s.predicted;
        all.matched += s.matched;
        all.speaker_right += s.speaker_right;
    }
    let (p, r, f) = all.f1();
    let speaker = all.speaker_right as f64 / all.matched.max(1) as f64;
    println!(
        "all: P {:.1} R {:.1} F1 {:.1}; speaker {:.1}%; quotation marks that are not speech taken for quotes: {} of {}; paragraphs without a quote given one: {} of {}",
        100.0 * p,
        100.0 * r,
        100.0 * f,
        100.0 * speaker,
        not_quotes.1,
        not_quotes.0,
        quiet.1,
        quiet.0
    );
    (all.gold, f, speaker, not_quotes.1, quiet.1)
}

#[test]
fn quotes_are_found_with_their_speakers() {
    let (n, f1, speaker, not_speech, quiet) = score("development set", CASES);
    assert_eq!(quiet, 0, "quotes reported in paragraphs without one");
    assert!(n >= 150, "the set holds {n} quotes");
    assert!(f1 >= 0.95, "quote F1 {f1:.3}");
    assert!(speaker >= 0.93, "speaker accuracy {speaker:.3}");
    assert_eq!(not_speech, 0);
}

#[test]
fn quotes_of_the_held_out_set() {
    let (n, f1, speaker, not_speech, quiet) = score("held-out set", HELDOUT);
    assert!(quiet <= 1, "quotes reported in {quiet} paragraphs without one");
    assert!(n >= 100, "the set holds {n} quotes");
    assert!(f1 >= 0.85, "quote F1 {f1:.3}");
    assert!(speaker >= 0.80, "speaker accuracy {speaker:.3}");
    assert!(not_speech <= 2, "{not_speech} titles or scare quotes taken for quotes");
}

/// Whitespace collapsed, for comparing page text with gold snippets.
fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whole pages (`tests/quotes/pages/*.html`, gold in `gold.json`): each
/// gold quote is found by its first words; its speaker is right only when
/// the quote's speaker entity is the entity that holds the gold person's
/// (or organisation's) name, so a pronoun or `-nya` must resolve to the
/// right person. Returns (direct right, direct, all right, all, quotes found).
#[cfg(feature = "html")]
fn score_pages() -> (usize, usize, usize, usize, usize) {
    use std::collections::BTreeMap;
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/quotes/pages");
    let gold: Vec<Value> =
        serde_json::from_str(&std::fs::read_to_string(format!("{dir}/gold.json")).unwrap())
            .expect("the page gold parses");
    let (mut direct, mut all, mut found) = ((0, 0), (0, 0), 0);
    let mut by_form: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    println!("== whole pages");
    for page in &gold {
        let file = page["file"].as_str().unwrap();
        let html = std::fs::read_to_string(format!("{dir}/{file}")).unwrap();
        let page_doc = warta::Page::from_html(&html, None);
        let a = Analyzer::new().analyze_html(&page_doc);
        let texts: Vec<String> = a.quotes.iter().map(|q| squash(q.text)).collect();
        for g in page["quotes"].as_array().unwrap() {
            let starts = squash(g["starts"].as_str().unwrap());
            let want = g["speaker"].as_str().unwrap();
            let is_direct = g["kind"] == "direct";
            let form = g["speaker_form"].as_str().unwrap_or("?").to_string();
            let tally = by_form.entry(form.clone()).or_default();
            tally.1 += 1;
            all.1 += 1;
            if is_direct {
                direct.1 += 1;
            }
            let q = texts
                .iter()
                .position(|t| t.contains(&starts))
                .filter(|&i| (a.quotes[i].kind == QuoteKind::Direct) == is_direct);
            let Some(i) = q else {
                println!("  {file} missed {:?}: {starts}", g["kind"]);
                continue;
            };
            found += 1;
            // The entity holding the gold name as a mention or as its name.
            let gold_entity = a.entities.linked.iter().position(|f| {
                squash(&f.entity.name) == want
                    || f.mentions.iter().any(|&m| squash(a.entities.mentions[m].text) == want)
            });
            let got = a.quotes[i].speaker.as_ref().and_then(|s| s.entity);
            if got.is_some() && got == gold_entity {
                all.0 += 1;
                tally.0 += 1;
                if is_direct {
                    direct.0 += 1;
                }
            } else {
                println!(
                    "  {file} {form}: speaker {:?} ({:?}) for {starts:?}, want {want:?}{}",
                    a.quotes[i].speaker.as_ref().map(|s| s.text),
                    got.map(|e| &a.entities.linked[e].entity.name),
                    if gold_entity.is_none() { " (no entity holds that name)" } else { "" }
                );
            }
        }
    }
    for (form, (right, n)) in &by_form {
        println!("{form}: {right} of {n}");
    }
    println!(
        "pages: quotes found {found} of {}; speaker entity right: direct {:.1}% ({} of {}), all {:.1}% ({} of {})",
        all.1,
        100.0 * direct.0 as f64 / direct.1.max(1) as f64,
        direct.0,
        direct.1,
        100.0 * all.0 as f64 / all.1.max(1) as f64,
        all.0,
        all.1
    );
    (direct.0, direct.1, all.0, all.1, found)
}

#[test]
fn quotes_of_the_second_held_out_set() {
    let (n, f1, speaker, not_speech, quiet) = score("second held-out set", HELDOUT2);
    assert!(n >= 150, "the set holds {n} quotes");
    assert!(f1 >= 0.90, "quote F1 {f1:.3}");
    assert!(speaker >= 0.85, "speaker accuracy {speaker:.3}");
    assert!(not_speech <= 1, "{not_speech} titles or scare quotes taken for quotes");
    assert!(quiet <= 1, "quotes reported in {quiet} paragraphs without one");
}

#[cfg(feature = "html")]
#[test]
fn speakers_of_whole_pages() {
    let (direct_right, direct, right, all, found) = score_pages();
    assert!(all >= 150, "the pages hold {all} quotes");
    assert!(found * 100 >= all * 90, "{found} of {all} quotes found");
    assert!(direct_right * 100 >= direct * 90, "direct: {direct_right} of {direct}");
    assert!(right * 100 >= all * 75, "all: {right} of {all}");
}
