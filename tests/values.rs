//! Values on sentences written for the project (`tests/values/`, schema in
//! `SCHEMA.md`): a predicted value is right when its span overlaps the
//! gold one and its kind, value, unit, rate (`per`) and range ends are all
//! right. Scored as the README reports, per kind, with the values reported
//! in sentences that have none.
//!
//! Two sets: `cases.json`, against which the rules were developed, and
//! `heldout.json`, written apart by another writer and scored only once
//! the rules were set. `cargo test --test lib values -- --nocapture`
//! prints the scores of both.

use serde_json::Value as Json;
use warta::{Analyzer, CalendarDate, Layers, Reading, Value, ValueKind};

const CASES: &str = include_str!("values/cases.json");
const HELDOUT: &str = include_str!("values/heldout.json");
const HELDOUT2: &str = include_str!("values/heldout2.json");

const KINDS: [ValueKind; 5] =
    [ValueKind::Date, ValueKind::Time, ValueKind::Money, ValueKind::Percent, ValueKind::Quantity];

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

/// Whether a reading is the gold JSON value.
fn same(r: Option<Reading>, gold: &Json) -> bool {
    match (r, gold) {
        (None, Json::Null) => true,
        (Some(Reading::Number(x)), Json::Number(n)) => {
            let g = n.as_f64().unwrap();
            (x - g).abs() <= 1e-9 * g.abs().max(1.0)
        }
        (Some(r @ (Reading::Date(_) | Reading::Time { .. })), Json::String(s)) => {
            r.to_string() == *s
        }
        _ => false,
    }
}

fn right(v: &Value<'_>, g: &Json) -> bool {
    let str_or_null = |x: Option<&str>, g: &Json| match g {
        Json::Null => x.is_none(),
        Json::String(s) => x == Some(s.as_str()),
        _ => false,
    };
    v.kind.as_str() == g["kind"].as_str().unwrap()
        && same(v.value, &g["value"])
        && str_or_null(v.unit, &g["unit"])
        && str_or_null(v.per, &g["per"])
        && same(v.min, &g["min"])
        && same(v.max, &g["max"])
}

fn describe(v: &Value<'_>) -> String {
    let r = |x: Option<Reading>| x.map_or("null".into(), |x| x.to_string());
    format!(
        "{:?} {} {} {:?}{}{}",
        v.text,
        v.kind.as_str(),
        r(v.value),
        v.unit,
        v.per.map_or(String::new(), |p| format!(" per {p}")),
        if v.min.is_some() { format!(" {}..{}", r(v.min), r(v.max)) } else { String::new() }
    )
}

#[derive(Default, Clone, Copy)]
struct Tally {
    gold: usize,
    predicted: usize,
    right: usize,
}

fn f1(t: Tally) -> f64 {
    let p = t.right as f64 / t.predicted.max(1) as f64;
    let r = t.right as f64 / t.gold.max(1) as f64;
    if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 }
}

/// Scores a set; returns (values, F1 over all, the lowest per-kind F1,
/// values reported in cases without one).
fn score(name: &str, json: &str) -> (usize, f64, f64, usize) {
    println!("== {name}");
    let cases: Vec<Json> = serde_json::from_str(json).expect("the set parses");
    let mut tally = [Tally::default(); 5];
    let mut empty = (0, 0);
    let mut misses = Vec::new();
    for case in &cases {
        let text = case["text"].as_str().unwrap();
        let reference: Option<CalendarDate> = case["ref"].as_str().map(|d| d.parse().unwrap());
        let a = Analyzer::new()
            .whole_text(true)
            .reference_date(reference)
            .analyze_layers(text, Layers::VALUES);
        let gold = case["values"].as_array().unwrap();
        for v in &a.values {
            tally[KINDS.iter().position(|k| *k == v.kind).unwrap()].predicted += 1;
        }
        if gold.is_empty() {
            empty.0 += 1;
            if !a.values.is_empty() {
                empty.1 += 1;
            }
        }
        let mut used = vec![false; a.values.len()];
        for g in gold {
            let (gs, ge) =
                nth_span(text, g["text"].as_str().unwrap(), g["nth"].as_u64().unwrap() as usize);
            let k = KINDS.iter().position(|k| k.as_str() == g["kind"]).expect("a known kind");
            tally[k].gold += 1;
            let hit =
                a.values.iter().enumerate().find(|(i, v)| {
                    !used[*i] && v.span.start < ge && gs < v.span.end && right(v, g)
                });
            match hit {
                Some((i, _)) => {
                    used[i] = true;
                    tally[k].right += 1;
                }
                None => {
                    let near = a.values.iter().find(|v| v.span.start < ge && gs < v.span.end);
                    misses.push(format!(
                        "{} want {} {} {} {} per {} {}..{}; got {}",
                        case["id"],
                        g["text"],
                        g["kind"],
                        g["value"],
                        g["unit"],
                        g["per"],
                        g["min"],
                        g["max"],
                        near.map_or("nothing".into(), describe)
                    ));
                }
            }
        }
        for (i, v) in a.values.iter().enumerate() {
            let overlaps_gold = gold.iter().any(|g| {
                let (gs, ge) = nth_span(
                    text,
                    g["text"].as_str().unwrap(),
                    g["nth"].as_u64().unwrap() as usize,
                );
                v.span.start < ge && gs < v.span.end
            });
            if !used[i] && !overlaps_gold {
                misses.push(format!("{} not a value: {}", case["id"], describe(v)));
            }
        }
    }
    for m in &misses {
        println!("  {m}");
    }
    let mut all = Tally::default();
    let mut lowest = 1.0f64;
    for (k, t) in KINDS.iter().zip(tally) {
        println!(
            "{}: gold {} predicted {} right {}; F1 {:.1}",
            k.as_str(),
            t.gold,
            t.predicted,
            t.right,
            100.0 * f1(t)
        );
        all.gold += t.gold;
        all.predicted += t.predicted;
        all.right += t.right;
        if t.gold > 0 {
            lowest = lowest.min(f1(t));
        }
    }
    println!(
        "all: gold {} predicted {} right {}; F1 {:.1}; sentences without a value given one: {} of {}",
        all.gold,
        all.predicted,
        all.right,
        100.0 * f1(all),
        empty.1,
        empty.0
    );
    (all.gold, f1(all), lowest, empty.1)
}

#[test]
fn values_of_the_development_set() {
    let (n, f1, lowest, empty) = score("development set", CASES);
    assert!(n >= 300, "the set holds {n} values");
    assert!(f1 >= 0.95, "value F1 {f1:.3}");
    assert!(lowest >= 0.90, "lowest per-kind F1 {lowest:.3}");
    assert_eq!(empty, 0, "values reported in sentences without one");
}

#[test]
fn values_of_the_held_out_set() {
    let (n, f1, lowest, empty) = score("held-out set", HELDOUT);
    assert!(n >= 200, "the set holds {n} values");
    assert!(f1 >= 0.85, "value F1 {f1:.3}");
    assert!(lowest >= 0.75, "lowest per-kind F1 {lowest:.3}");
    assert!(empty <= 2, "values reported in {empty} sentences without one");
}

#[test]
fn values_of_the_second_held_out_set() {
    let (n, f1, lowest, empty) = score("second held-out set", HELDOUT2);
    assert!(n >= 300, "the set holds {n} values");
    assert!(f1 >= 0.90, "value F1 {f1:.3}");
    assert!(lowest >= 0.85, "lowest per-kind F1 {lowest:.3}");
    assert!(empty <= 2, "values reported in {empty} sentences without one");
}
