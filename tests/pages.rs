//! The scraped-page regression corpus (`tests/pages/`, written for warta in
//! the styles of Indonesian and Malaysian portals): each page analysed and
//! scored against its gold file, field by field.
//!
//! - body: the body's first and last lines are the gold ones;
//! - lines: every gold `inside` line lies in the body outside boilerplate
//!   parts, every `outside` line does not;
//! - parts: each gold part (title, section, date, byline, dateline, source,
//!   caption) is found with its text and value;
//! - entities: recall is the share of `must` entities found with their
//!   class; precision counts as errors the `must_not` names found and the
//!   `must` names found with another class;
//! - topics: an expected topic among the top two (reported, not asserted).
//!
//! `cargo test --test lib pages -- --nocapture` prints the scores.

use std::path::Path;

use serde_json::Value;

/// The line of `text` around byte `at`, trimmed.
fn line_at(text: &str, at: usize) -> &str {
    let start = text[..at].rfind('\n').map_or(0, |p| p + 1);
    let end = text[at..].find('\n').map_or(text.len(), |p| at + p);
    text[start..end].trim()
}

/// The span of the gold line `want`: a whole line of the page, or the end
/// of one (after a glued slug).
fn find_line(text: &str, want: &str) -> Option<(usize, usize)> {
    let mut start = 0;
    for piece in text.split_inclusive('\n') {
        let line = piece.trim();
        if !line.is_empty() && (line == want || line.ends_with(want)) {
            let at = start + piece.find(want)?;
            return Some((at, at + want.len()));
        }
        start += piece.len();
    }
    None
}

#[derive(Default)]
struct Score {
    pages: usize,
    body_ok: usize,
    lines: usize,
    lines_ok: usize,
    parts: usize,
    parts_ok: usize,
    must: usize,
    found: usize,
    wrong: usize,
    topics: usize,
    topics_ok: usize,
    misses: Vec<String>,
}

fn score_page(name: &str, text: &str, gold: &Value, s: &mut Score) {
    let a = warta::Analyzer::new().analyze(text);
    s.pages += 1;
    let body = &text[a.body.range()];
    let first = body.lines().next().unwrap_or("").trim();
    let last = if a.body.start == a.body.end { "" } else { line_at(text, a.body.end - 1) };
    let (gf, gl) =
        (gold["body"]["first"].as_str().unwrap(), gold["body"]["last"].as_str().unwrap());
    if first == gf && last == gl {
        s.body_ok += 1;
    } else {
        s.misses.push(format!("{name}: body {first:.50?} .. {last:.50?}"));
    }
    let boiler: Vec<warta::Span> =
        a.anatomy.iter().filter(|p| p.kind.is_boilerplate()).map(|p| p.span).collect();
    for (side, want_inside) in [("inside", true), ("outside", false)] {
        for line in gold[side].as_array().unwrap() {
            let line = line.as_str().unwrap();
            let Some((start, end)) = find_line(text, line) else {
                panic!("{name}: gold line not in the page: {line:?}");
            };
            let span = warta::Span::new(start, end);
            let inside = a.body.start <= span.start
                && span.start < a.body.end
                && !boiler.iter().any(|b| b.contains(span));
            s.lines += 1;
            if inside == want_inside {
                s.lines_ok += 1;
            } else {
                s.misses.push(format!("{name}: {side} {line:.70?}"));
            }
        }
    }
    for part in gold["parts"].as_array().unwrap() {
        let kind = part["kind"].as_str().unwrap();
        let want = part["text"].as_str().unwrap();
        let value = part["value"].as_str();
        s.parts += 1;
        let ok = a.anatomy.iter().any(|p| {
            let k = serde_json::to_value(p.kind).unwrap();
            k == kind
                && text[p.span.range()].trim() == want
                && (value.is_none() || p.value.as_deref() == value)
        });
        if ok {
            s.parts_ok += 1;
        } else {
            let got: Vec<String> = a
                .anatomy
                .iter()
                .filter(|p| serde_json::to_value(p.kind).unwrap() == kind)
                .map(|p| format!("{:.40?}={:?}", &text[p.span.range()], p.value))
                .collect();
            s.misses.push(format!("{name}: part {kind} {want:.40?}={value:?}; got {got:?}"));
        }
    }
    let mentions: Vec<(&str, &str)> =
        a.entities.mentions.iter().map(|m| (m.text, m.class.as_str())).collect();
    for m in gold["entities"]["must"].as_array().unwrap() {
        let (t, c) = (m["text"].as_str().unwrap(), m["class"].as_str().unwrap());
        s.must += 1;
        if mentions.contains(&(t, c)) {
            s.found += 1;
        } else {
            let other: Vec<&str> =
                mentions.iter().filter(|(x, _)| *x == t).map(|(_, c)| *c).collect();
            s.wrong += usize::from(!other.is_empty());
            s.misses.push(format!("{name}: entity {t} {c} (got {other:?})"));
        }
    }
    for t in gold["entities"]["must_not"].as_array().unwrap() {
        let t = t.as_str().unwrap();
        if mentions.iter().any(|(x, _)| x == &t) {
            s.wrong += 1;
            s.misses.push(format!("{name}: entity {t} found in boilerplate"));
        }
    }
    s.topics += 1;
    let top: Vec<&str> = a.topics.iter().take(2).map(|t| t.label.as_ref()).collect();
    if gold["topics"].as_array().unwrap().iter().any(|t| top.contains(&t.as_str().unwrap())) {
        s.topics_ok += 1;
    } else {
        s.misses.push(format!("{name}: topics {top:?}, want {}", gold["topics"]));
    }
}

#[test]
fn scraped_pages_score() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/pages");
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    names.sort();
    assert!(names.len() >= 40, "{} pages", names.len());
    let mut s = Score::default();
    for gold_path in &names {
        let text = std::fs::read_to_string(gold_path.with_extension("txt")).unwrap();
        let gold: Value =
            serde_json::from_str(&std::fs::read_to_string(gold_path).unwrap()).unwrap();
        let name = gold_path.file_stem().unwrap().to_string_lossy();
        score_page(&name, &text, &gold, &mut s);
    }
    let pct = |a: usize, b: usize| 100.0 * a as f64 / b.max(1) as f64;
    let (body, lines, parts) =
        (pct(s.body_ok, s.pages), pct(s.lines_ok, s.lines), pct(s.parts_ok, s.parts));
    let (recall, precision) = (pct(s.found, s.must), pct(s.found, s.found + s.wrong));
    for m in &s.misses {
        println!("miss: {m}");
    }
    println!(
        "pages {}: body {body:.1}% ({}/{}), lines {lines:.1}% ({}/{}), parts {parts:.1}% ({}/{}), \
         entities P {precision:.1}% R {recall:.1}% ({}/{} must, {} wrong), topics top-2 {:.1}%",
        s.pages,
        s.body_ok,
        s.pages,
        s.lines_ok,
        s.lines,
        s.parts_ok,
        s.parts,
        s.found,
        s.must,
        s.wrong,
        pct(s.topics_ok, s.topics)
    );
    assert!(body >= 95.0 && lines >= 97.0 && parts >= 95.0, "anatomy below the bar");
    assert!(precision >= 95.0 && recall >= 90.0, "entities below the bar");
}
