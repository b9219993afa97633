//! Syndication on a feed written for the project (`tests/dedup/`): stories
//! republished by other portals with new headlines, trimmed ledes, dropped
//! paragraphs and credit lines; independent reports of the same events;
//! follow-ups that reuse background paragraphs; unrelated stories. Scored
//! as the README reports: pairwise precision, recall and F1 of the
//! clusters against the gold stories, and the origin of each story of two
//! or more records. `cargo test --release --test lib dedup -- --nocapture`.

use std::collections::HashMap;

use serde_json::Value;
use warta::{Analyzer, FeedRecord, Layers};

const FEED: &str = include_str!("dedup/feed.jsonl");
const GOLD: &str = include_str!("dedup/gold.json");

#[test]
fn syndicated_copies_are_one_story_and_independent_reports_are_not() {
    let a = Analyzer::new();
    let rows: Vec<Value> = FEED
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let records: Vec<FeedRecord> = rows
        .iter()
        .map(|r| {
            let text = r["text"].as_str().unwrap();
            FeedRecord {
                signature: a.analyze_layers(text, Layers::SIGNATURE).signature.unwrap(),
                published: r["published"].as_str().and_then(warta::parse_time),
                credits: warta::credited(text),
                source: r["url"].as_str().and_then(warta::source_of_url),
            }
        })
        .collect();
    let got = warta::cluster(&records);
    let gold: Value = serde_json::from_str(GOLD).unwrap();
    let ids: Vec<&str> = rows.iter().map(|r| r["id"].as_str().unwrap()).collect();
    let index: HashMap<&str, usize> = ids.iter().enumerate().map(|(i, id)| (*id, i)).collect();
    let story = |i: usize| gold["records"][ids[i]]["story"].as_str().unwrap();
    let (mut tp, mut fp, mut fn_) = (0, 0, 0);
    for i in 0..ids.len() {
        for j in i + 1..ids.len() {
            let same_gold = story(i) == story(j);
            let same_got = got[i].cluster == got[j].cluster;
            match (same_gold, same_got) {
                (true, true) => tp += 1,
                (false, true) => {
                    fp += 1;
                    println!("  merged: {} ({}) and {} ({})", ids[i], story(i), ids[j], story(j));
                }
                (true, false) => {
                    fn_ += 1;
                    println!("  split: {} and {} ({})", ids[i], ids[j], story(i));
                }
                (false, false) => {}
            }
        }
    }
    let p = tp as f64 / (tp + fp).max(1) as f64;
    let r = tp as f64 / (tp + fn_).max(1) as f64;
    let f1 = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
    // Origins of the stories of two or more records.
    let mut members: HashMap<&str, Vec<usize>> = HashMap::new();
    for i in 0..ids.len() {
        members.entry(story(i)).or_default().push(i);
    }
    let (mut stories, mut right) = (0, 0);
    for (s, m) in &members {
        if m.len() < 2 {
            continue;
        }
        stories += 1;
        let want = index[gold["records"][ids[m[0]]]["origin"].as_str().unwrap()];
        let votes = m.iter().filter(|&&i| got[i].origin == want).count();
        if votes * 2 > m.len() {
            right += 1;
        } else {
            println!("  story {s}: origin {} for most, want {}", ids[got[m[0]].origin], ids[want]);
        }
    }
    let pair_merged = |key: &str| {
        gold[key]
            .as_array()
            .unwrap()
            .iter()
            .filter(|p| {
                let p = p.as_array().unwrap();
                let (x, y) = (index[p[0].as_str().unwrap()], index[p[1].as_str().unwrap()]);
                got[x].cluster == got[y].cluster
            })
            .count()
    };
    let (independent, follow_ups) = (pair_merged("independent_pairs"), pair_merged("follow_ups"));
    // The margins: the weakest copy against its origin, the strongest pair
    // that must stay apart.
    let sim = |x: usize, y: usize| warta::similarity(&records[x].signature, &records[y].signature);
    let weakest = (0..ids.len())
        .filter_map(|i| {
            let o = index[gold["records"][ids[i]]["origin"].as_str().unwrap()];
            (o != i).then(|| sim(i, o))
        })
        .min_by(|a, b| a.containment.total_cmp(&b.containment))
        .unwrap();
    let strongest = ["independent_pairs", "follow_ups"]
        .iter()
        .flat_map(|k| gold[*k].as_array().unwrap().iter())
        .map(|p| sim(index[p[0].as_str().unwrap()], index[p[1].as_str().unwrap()]))
        .max_by(|a, b| a.containment.total_cmp(&b.containment))
        .unwrap();
    println!("weakest copy: {weakest:?}; strongest pair kept apart: {strongest:?}");
    println!(
        "dedup: {} records, {} gold stories of 2+; pairwise P {:.3} R {:.3} F1 {:.3}; origin right {} of {}; independent pairs merged {} of {}; follow-ups merged {} of {}",
        ids.len(),
        stories,
        p,
        r,
        f1,
        right,
        stories,
        independent,
        gold["independent_pairs"].as_array().unwrap().len(),
        follow_ups,
        gold["follow_ups"].as_array().unwrap().len()
    );
    assert!(f1 >= 0.95, "pairwise F1 {f1:.3}");
    assert_eq!(independent, 0, "independent reports merged");
    assert_eq!(follow_ups, 0, "follow-ups merged");
    assert!(right * 10 >= stories * 9, "origin right for {right} of {stories}");
}
