//! People in articles written for the project (`tests/people/cases.json`,
//! checked by `tests/people/check_cases.py`): every name mention found with
//! its exact span as `PER`, the mentions of one person linked to one
//! entity (full names, first names, surnames, honorifics, nicknames,
//! bylines), two people with the same first name kept apart, public
//! figures linked to their gazetteer id, and streets, airports and
//! universities named after people not taken for people.

use std::collections::{HashMap, HashSet};

use serde_json::Value;
use warta::{Analyzer, EntityClass};

fn cases() -> Vec<Value> {
    let text =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/people/cases.json"))
            .expect("tests/people/cases.json");
    serde_json::from_str::<Value>(&text).expect("valid JSON").as_array().expect("a list").clone()
}

/// The byte span of the `nth` whole-word occurrence of `needle` (no
/// letter, digit or `_` on either side), as the checker counts them.
fn occurrence(text: &str, needle: &str, nth: usize) -> (usize, usize) {
    let word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
    text.match_indices(needle)
        .filter(|(at, _)| {
            !word(text[..*at].chars().next_back())
                && !word(text[at + needle.len()..].chars().next())
        })
        .nth(nth)
        .map(|(at, _)| (at, at + needle.len()))
        .unwrap_or_else(|| panic!("no occurrence {nth} of {needle:?}"))
}

#[derive(Default, Debug)]
struct Counts {
    gold: usize,
    found: usize,
    predicted: usize,
    /// Pairs of mentions of one gold person: how many share an entity.
    same_pairs: usize,
    same_linked: usize,
    /// Pairs of mentions of two gold people: how many share an entity.
    diff_pairs: usize,
    diff_merged: usize,
    public: usize,
    public_linked: usize,
    not_people: usize,
    not_people_tagged: usize,
}

fn score() -> (Counts, Vec<String>) {
    let analyzer = Analyzer::new();
    let mut c = Counts::default();
    let mut misses = Vec::new();
    for case in cases() {
        let text = case["text"].as_str().unwrap();
        let id = case["id"].as_str().unwrap();
        let a = analyzer.analyze(text);
        let per: HashMap<(usize, usize), &str> = a
            .entities
            .mentions
            .iter()
            .filter(|m| m.class == EntityClass::Per)
            .map(|m| ((m.span.start, m.span.end), a.entities.linked[m.entity].entity.id.as_str()))
            .collect();
        c.predicted += per.len();
        // Each gold mention's entity id, or None when not found.
        let mut people: Vec<Vec<Option<&str>>> = Vec::new();
        for p in case["people"].as_array().unwrap() {
            let mut ids = Vec::new();
            for m in p["mentions"].as_array().unwrap() {
                let span = occurrence(
                    text,
                    m["text"].as_str().unwrap(),
                    m["nth"].as_u64().unwrap() as usize,
                );
                c.gold += 1;
                let got = per.get(&span).copied();
                if got.is_some() {
                    c.found += 1;
                } else {
                    misses.push(format!("{id}: missed {:?}", m["text"]));
                }
                ids.push(got);
            }
            if let Some(public) = p["public"].as_str() {
                c.public += 1;
                if ids.iter().flatten().any(|&i| i == public) {
                    c.public_linked += 1;
                } else {
                    misses.push(format!("{id}: {public} not linked"));
                }
            }
            people.push(ids);
        }
        for (i, a) in people.iter().enumerate() {
            let found: Vec<&str> = a.iter().flatten().copied().collect();
            for x in 0..found.len() {
                for y in x + 1..found.len() {
                    c.same_pairs += 1;
                    c.same_linked += usize::from(found[x] == found[y]);
                }
            }
            for b in &people[i + 1..] {
                let other: HashSet<&str> = b.iter().flatten().copied().collect();
                for x in &found {
                    for y in &other {
                        c.diff_pairs += 1;
                        if x == y {
                            c.diff_merged += 1;
                            misses.push(format!("{id}: two people merged in {x}"));
                        }
                    }
                }
            }
        }
        for n in case["not_people"].as_array().into_iter().flatten() {
            let (s, e) =
                occurrence(text, n["text"].as_str().unwrap(), n["nth"].as_u64().unwrap() as usize);
            c.not_people += 1;
            if per.keys().any(|&(ps, pe)| ps < e && s < pe) {
                c.not_people_tagged += 1;
                misses.push(format!("{id}: {:?} taken for a person", n["text"]));
            }
        }
    }
    (c, misses)
}

#[test]
fn people_are_found_and_linked() {
    let (c, misses) = score();
    let recall = c.found as f64 / c.gold as f64;
    let precision = c.found as f64 / c.predicted.max(1) as f64;
    let linked = c.same_linked as f64 / c.same_pairs.max(1) as f64;
    let merged = c.diff_merged as f64 / c.diff_pairs.max(1) as f64;
    println!("{c:?}");
    println!(
        "mentions: recall {:.1}% precision (against gold names) {:.1}%; same-person pairs linked {:.1}%; \
         different-person pairs merged {:.2}%; public figures linked {}/{}; not-people tagged {}/{}",
        100.0 * recall,
        100.0 * precision,
        100.0 * linked,
        100.0 * merged,
        c.public_linked,
        c.public,
        c.not_people_tagged,
        c.not_people
    );
    for m in &misses {
        println!("  {m}");
    }
    assert!(recall >= 0.85, "mention recall {recall:.3}");
    assert!(linked >= 0.85, "same-person pairs linked {linked:.3}");
    assert!(merged <= 0.01, "different-person pairs merged {merged:.3}");
    assert!(
        c.public_linked * 10 >= c.public * 8,
        "public figures linked {}/{}",
        c.public_linked,
        c.public
    );
    assert!(
        c.not_people_tagged * 10 <= c.not_people,
        "not-people tagged {}/{}",
        c.not_people_tagged,
        c.not_people
    );
}

#[test]
fn two_people_with_one_first_name_stay_apart() {
    let text = "Budi Santoso dan Budi Hartono bertemu di Surabaya. Santoso mengaku kalah, \
                sedangkan Hartono tersenyum. Menurut Santoso, laga berikutnya lebih berat.";
    let a = Analyzer::new().analyze(text);
    let id_of = |s: &str| {
        a.entities
            .mentions
            .iter()
            .filter(|m| m.text == s)
            .map(|m| a.entities.linked[m.entity].entity.id.clone())
            .collect::<Vec<_>>()
    };
    let santoso = id_of("Budi Santoso");
    let hartono = id_of("Budi Hartono");
    assert_eq!(santoso.len(), 1, "{:?}", a.entities.mentions);
    assert_eq!(hartono.len(), 1);
    assert_ne!(santoso, hartono);
    assert!(id_of("Santoso").iter().all(|i| *i == santoso[0]));
    assert!(id_of("Hartono").iter().all(|i| *i == hartono[0]));
    assert_eq!(id_of("Santoso").len(), 2);
}

#[test]
fn a_role_and_a_name_word_find_the_public_figure() {
    let id_of = |text: &str, s: &str| {
        let a = Analyzer::new().analyze(text);
        a.entities
            .mentions
            .iter()
            .filter(|m| m.text == s)
            .map(|m| a.entities.linked[m.entity].entity.id.clone())
            .collect::<Vec<_>>()
    };
    // The governor of West Java named by first name is the public figure,
    // there and later in the article.
    let text =
        "Gubernur Jawa Barat Dedi meninjau banjir di Bekasi. Menurut Dedi, warga harus waspada.";
    assert_eq!(id_of(text, "Dedi"), ["person:dedi-mulyadi", "person:dedi-mulyadi"]);
    // Another Dedi, with another role, is someone else.
    let other = id_of("Ketua RT Dedi meninjau banjir di Bekasi.", "Dedi");
    assert_eq!(other.len(), 1);
    assert!(other[0].starts_with("new:person:"), "{other:?}");
}

#[test]
fn the_articles_date_tells_which_holder_of_a_role_is_meant() {
    // Two chairs of the Democrats share the family name: the article's
    // date line decides; without a date the name stays a local person.
    let article = |date: &str| {
        format!(
            "Demokrat Gelar Rapat di Jakarta\n{date}\n\nJAKARTA, KOMPAS.com - Ketua Umum \
             Partai Demokrat Yudhoyono menghadiri rapat di Jakarta. Rapat berlangsung lama dan \
             dihadiri banyak kader partai.\n\nRapat itu membahas persiapan pemilu.\n"
        )
    };
    let id_of = |text: &str| {
        let a = Analyzer::new().analyze(text);
        let m = a.entities.mentions.iter().find(|m| m.text == "Yudhoyono").expect("a mention");
        a.entities.linked[m.entity].entity.id.clone()
    };
    assert_eq!(id_of(&article("Kamis, 05 Feb 2015 09:12 WIB")), "person:susilo-bambang-yudhoyono");
    assert_eq!(id_of(&article("Kamis, 05 Feb 2022 09:12 WIB")), "person:agus-harimurti-yudhoyono");
    let undated = id_of("Ketua Umum Partai Demokrat Yudhoyono menghadiri rapat di Jakarta.");
    assert!(undated.starts_with("new:person:"), "{undated}");
}

#[test]
fn a_quoted_title_is_no_person() {
    let a = Analyzer::new()
        .analyze("Ia menyanyikan lagu \"Tanah Airku\" bersama Rina Kartika di panggung.");
    let per: Vec<&str> = a
        .entities
        .mentions
        .iter()
        .filter(|m| m.class == EntityClass::Per)
        .map(|m| m.text)
        .collect();
    assert_eq!(per, ["Rina Kartika"]);
}

#[test]
fn a_ministers_title_before_a_name_is_the_persons_role() {
    let a = Analyzer::new().analyze("Menteri Keuangan Budi Santoso hadir di Jakarta.");
    let texts: Vec<&str> = a.entities.mentions.iter().map(|m| m.text).collect();
    assert!(!texts.contains(&"Menteri Keuangan"), "{texts:?}");
    let budi = a.entities.linked.iter().find(|e| e.entity.name == "Budi Santoso").expect("Budi");
    assert_eq!(budi.entity.attr("role"), Some("Menteri Keuangan"));
    assert_eq!(budi.entity.attr("organization"), Some("min:kemenkeu"));
    // On its own the title still names the ministry.
    let alone = Analyzer::new().analyze("Menteri Keuangan menyampaikan laporan APBN.");
    assert!(alone.entities.linked.iter().any(|e| e.entity.id == "min:kemenkeu"));
}

#[test]
fn a_sentence_of_long_names_is_no_headline() {
    // Most of its words are capitalised, but `datang` is a verb in lower
    // case: a sentence, whose names the tagger reads.
    let a = Analyzer::new().analyze("Wakil Menteri Luar Negeri Arif Havas Oegroseno datang.");
    let per: Vec<&str> = a
        .entities
        .mentions
        .iter()
        .filter(|m| m.class == warta::EntityClass::Per)
        .map(|m| m.text)
        .collect();
    assert_eq!(per, ["Arif Havas Oegroseno"]);
}

#[test]
fn a_compass_word_after_a_place_is_part_of_it() {
    let a = Analyzer::new().analyze("Roket dari Libanon menghantam Israel utara pada Sabtu malam.");
    let m = a.entities.mentions.iter().find(|m| m.text.starts_with("Israel")).expect("Israel");
    assert_eq!(m.text, "Israel utara");
    assert_eq!(a.entities.linked[m.entity].entity.id, "country:IL");
}
