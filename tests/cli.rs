//! The `warta` binary, run as a user would.
#![cfg(feature = "cli")]

use std::io::Write;
use std::process::{Command, Stdio};

/// Runs `warta` with `args` and `stdin`: standard output, standard error, success.
pub(crate) fn warta(args: &[&str], stdin: &[u8]) -> (String, String, bool) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_warta"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("warta runs");
    // warta may exit (on a bad option or file) before reading its input.
    if let Err(e) = child.stdin.take().expect("stdin").write_all(stdin) {
        assert_eq!(e.kind(), std::io::ErrorKind::BrokenPipe, "write stdin: {e}");
    }
    let out = child.wait_with_output().expect("warta finishes");
    (
        String::from_utf8(out.stdout).expect("UTF-8 output"),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.success(),
    )
}

#[test]
fn text_format() {
    let (out, _, ok) = warta(&["tokenize"], "Harga naik 5%. \"Ya,\" katanya.".as_bytes());
    assert!(ok);
    assert_eq!(out, "Harga naik 5 % .\n\" Ya , \" katanya .\n");
}

#[test]
fn conllu_format() {
    let (out, _, ok) =
        warta(&["tokenize", "--format", "conllu"], "Dr. Ani: apakah rumahnya #baru?".as_bytes());
    assert!(ok);
    let want = "\
# sent_id = 1
# text = Dr. Ani: apakah rumahnya #baru?
1\tDr\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No
2\t.\t_\t_\t_\t_\t_\t_\t_\t_
3\tAni\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No
4\t:\t_\tPUNCT\t_\t_\t_\t_\t_\t_
5-6\tapakah\t_\t_\t_\t_\t_\t_\t_\t_
5\tapa\t_\t_\t_\t_\t_\t_\t_\t_
6\tkah\t_\t_\t_\t_\t_\t_\t_\t_
7-8\trumahnya\t_\t_\t_\t_\t_\t_\t_\t_
7\trumah\t_\t_\t_\t_\t_\t_\t_\t_
8\tnya\t_\t_\t_\t_\t_\t_\t_\t_
9\t#\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No
10\tbaru\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No
11\t?\t_\tPUNCT\t_\t_\t_\t_\t_\t_

";
    assert_eq!(out, want);
}

#[test]
fn json_format() {
    let (out, _, ok) = warta(&["tokenize", "--format", "json"], "Lihat 👍 rumahnya. Ya".as_bytes());
    assert!(ok);
    let v: serde_json::Value = serde_json::from_str(&out).expect("valid JSON");
    let toks = v.as_array().expect("array");
    assert_eq!(toks.len(), 5);
    assert_eq!(toks[1]["text"], "👍");
    assert_eq!(toks[1]["kind"], "symbol");
    assert_eq!(toks[1]["start"], 6);
    assert_eq!(toks[1]["end"], 10);
    assert_eq!(toks[2]["words"], serde_json::json!(["rumah", "nya"]));
    assert_eq!(toks[4]["sentence"], 1);
}

#[test]
fn file_argument_and_errors() {
    let dir = std::env::temp_dir().join(format!("warta-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join("in.txt");
    std::fs::write(&path, "Satu. Dua.").expect("write");
    let (out, _, ok) = warta(&["tokenize", path.to_str().expect("path")], b"");
    assert!(ok);
    assert_eq!(out, "Satu .\nDua .\n");

    let (_, err, ok) = warta(&["tokenize", dir.join("missing.txt").to_str().expect("path")], b"");
    assert!(!ok);
    assert!(err.contains("cannot read"), "{err}");

    let (_, err, ok) = warta(&["tokenize"], b"baik\nrusak \xff di sini");
    assert!(!ok);
    assert!(err.contains("line 2"), "{err}");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn empty_input() {
    for format in ["text", "conllu", "json"] {
        let (out, _, ok) = warta(&["tokenize", "--format", format], b"");
        assert!(ok);
        assert_eq!(out, if format == "json" { "[\n]\n" } else { "" });
    }
}

#[test]
fn stem_command() {
    let (out, _, ok) = warta(&["stem"], "penyelidikan\nMenyelidiki\n\nbukunya\n".as_bytes());
    assert!(ok);
    assert_eq!(out, "selidik\nselidik\n\nbuku\n");
    let (out, _, ok) = warta(&["stem", "--algorithm", "tala"], "mempermainkan\n".as_bytes());
    assert!(ok);
    assert_eq!(out, "main\n");

    let dir = std::env::temp_dir().join(format!("warta-stem-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let lex = dir.join("roots.tsv");
    std::fs::write(&lex, "sawit\t3\nkopi\tbanyak\n").expect("write");
    let (_, err, ok) = warta(&["stem", "--lexicon", lex.to_str().expect("path")], b"persawitan\n");
    assert!(!ok);
    assert!(err.contains("line 2"), "{err}");
    std::fs::write(&lex, "sawit\t3\n").expect("write");
    let (out, _, ok) = warta(&["stem", "--lexicon", lex.to_str().expect("path")], b"persawitan\n");
    assert!(ok);
    assert_eq!(out, "sawit\n");
    std::fs::remove_dir_all(&dir).ok();
}

/// `warta stem` on running text: one output line per input line, each word
/// token replaced by its stem, every other token kept as written.
#[test]
fn stem_running_text() {
    let input = "Presiden meresmikan pembangunan jalan baru, katanya.\n\n  Para pekerja menanam padi di sawah-sawah mereka  \nHarga naik 2,5% (lihat https://warta.id/Harga).\n";
    let (out, err, ok) = warta(&["stem"], input.as_bytes());
    assert!(ok, "{err}");
    assert_eq!(
        out,
        "presiden resmi bangun jalan baru , kata .\n\npara kerja tanam padi di sawah mereka\nharga naik 2,5 % ( lihat https://warta.id/Harga ) .\n"
    );
    // Every word token is the library's stem of it, in order.
    let line = input.lines().next().unwrap();
    let want: Vec<String> = warta::tokenize(line)
        .map(|t| match t.kind() {
            warta::TokenKind::Word => warta::stem(t.as_str()).into_owned(),
            _ => t.as_str().to_owned(),
        })
        .collect();
    assert_eq!(out.lines().next().unwrap(), want.join(" "));
    // One word per line gives one stem per line: the same stems.
    let (out, _, ok) =
        warta(&["stem"], "Presiden\nmeresmikan\n\npembangunan\nkatanya\n".as_bytes());
    assert!(ok);
    assert_eq!(out, "presiden\nresmi\n\nbangun\nkata\n");
    // Tala stems the words of running text too.
    let (out, _, ok) =
        warta(&["stem", "--algorithm", "tala"], "Dia mempermainkan bola.\n".as_bytes());
    assert!(ok);
    assert_eq!(out, "dia main bola .\n");
    // The help says what the command does.
    let (help, _, ok) = warta(&["stem", "--help"], b"");
    assert!(ok);
    assert!(
        help.contains("one output line per input line")
            && help.contains("stem of each word token")
            && help.contains("kept as written"),
        "{help}"
    );
}

/// `-` is standard input for every input file argument and standard output
/// for every output file argument, of every command.
#[test]
fn dash_is_standard_input_or_output() {
    let text = "Presiden Joko Widodo bertemu Perdana Menteri Jepang di Tokyo. Kopi Kita naik.\n";
    for cmd in [
        &["tokenize"][..],
        &["tokenize", "--format", "conllu"],
        &["stem"],
        &["lang"],
        &["lang", "--lines"],
        &["entities"],
        &["entities", "--lines"],
        &["topics"],
        &["topics", "--lines"],
        &["analyze"],
    ] {
        let (plain, err, ok) = warta(cmd, text.as_bytes());
        assert!(ok && !plain.is_empty(), "{cmd:?}: {err}");
        let mut args = cmd.to_vec();
        args.push("-");
        let (dash, err, ok) = warta(&args, text.as_bytes());
        assert!(ok, "{args:?}: {err}");
        assert_eq!(dash, plain, "{args:?}");
    }

    let dir = std::env::temp_dir().join(format!("warta-dash-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("in.txt");
    std::fs::write(&file, text).unwrap();
    let file = file.to_str().unwrap();
    // A gazetteer from standard input, the text from a file.
    let gazetteer = "my:kopi\tcompany\tPT Kopi Kita\tKopi Kita\tticker=KOPI\n";
    for cmd in ["entities", "analyze"] {
        let (out, err, ok) = warta(&[cmd, "--gazetteer", "-", file], gazetteer.as_bytes());
        assert!(ok, "{cmd}: {err}");
        assert!(out.contains("\"my:kopi\""), "{cmd}: {out}");
    }
    // A root lexicon from standard input.
    let words = dir.join("words.txt");
    std::fs::write(&words, "persawitan\n").unwrap();
    let (out, err, ok) = warta(&["stem", "--lexicon", "-", words.to_str().unwrap()], b"sawit\t3\n");
    assert!(ok, "{err}");
    assert_eq!(out, "sawit\n");
    // A topic model trained from standard input to standard output, then
    // read from standard input.
    let tsv = "label\ttext\nolahraga\tTimnas menang dalam laga final\nekonomi\tHarga saham naik di bursa\n";
    let train = ["topics", "train", "--tsv", "-", "--label-col", "label", "--text-col", "text"];
    let (model, err, ok) = warta(&[&train[..], &["--out", "-"]].concat(), tsv.as_bytes());
    assert!(ok, "{err}");
    assert!(err.contains("model written to standard output"), "{err}");
    let saved = dir.join("model.json");
    let (_, err, ok) =
        warta(&[&train[..], &["--out", saved.to_str().unwrap()]].concat(), tsv.as_bytes());
    assert!(ok, "{err}");
    assert_eq!(model, std::fs::read_to_string(&saved).unwrap(), "the same model either way");
    let (out, err, ok) = warta(&["topics", "--lines", "--model", "-", file], model.as_bytes());
    assert!(ok, "{err}");
    let row: serde_json::Value = serde_json::from_str(out.trim()).unwrap();
    assert!(row["topics"][0]["label"] == "olahraga" || row["topics"][0]["label"] == "ekonomi");
    // Standard input can be read once: two arguments cannot both be `-`.
    for args in [
        &["analyze", "--gazetteer", "-"][..],
        &["analyze", "--gazetteer", "-", "-"],
        &["topics", "--model", "-"],
        &["stem", "--lexicon", "-", "-"],
        &["analyze", "--gazetteer", "-", "--model", "-", file],
    ] {
        let (_, err, ok) = warta(args, gazetteer.as_bytes());
        assert!(!ok, "{args:?}");
        assert!(err.contains("standard input (-) can be read only once"), "{args:?}: {err}");
    }
    std::fs::remove_dir_all(&dir).ok();
}

/// `--keywords N` sets how many keywords `analyze` and `batch` report.
#[test]
fn keywords_option() {
    let text = include_str!("../benches/texts/artikel-ekonomi.txt");
    let keywords = |args: &[&str]| -> Vec<serde_json::Value> {
        let (out, err, ok) = warta(args, text.as_bytes());
        assert!(ok, "{args:?}: {err}");
        let a: serde_json::Value = serde_json::from_str(&out).unwrap();
        a["keywords"].as_array().unwrap().clone()
    };
    let default = keywords(&["analyze"]);
    assert_eq!(default.len(), 10, "ten by default");
    assert_eq!(keywords(&["analyze", "--keywords", "3"]), default[..3]);
    assert!(keywords(&["analyze", "--keywords", "0"]).is_empty());
    let more = keywords(&["analyze", "--keywords", "15"]);
    assert_eq!(more.len(), 15);
    assert_eq!(more[..10], default[..]);
    let line = format!("{}\n", serde_json::json!({ "id": 1, "text": text }));
    for (n, want) in [("2", &default[..2]), ("0", &[][..])] {
        let (out, err, ok) =
            warta(&["batch", "--input", "-", "--output", "-", "--keywords", n], line.as_bytes());
        assert!(ok, "{err}");
        let row: serde_json::Value = serde_json::from_str(out.trim()).unwrap();
        assert_eq!(row["keywords"].as_array().unwrap()[..], *want, "--keywords {n}");
    }
    let (_, err, ok) = warta(&["analyze", "--keywords", "many"], text.as_bytes());
    assert!(!ok && err.contains("--keywords"), "{err}");
}

#[test]
fn lang_command() {
    let input = "Pemerintah akan menaikkan harga bahan bakar karena subsidi tidak cukup.\n\nKerajaan akan menaikkan harga minyak kerana peruntukan tidak mencukupi, kata beliau.\nThe minister said the price would rise next week.\n";
    let (out, _, ok) = warta(&["lang", "--lines"], input.as_bytes());
    assert!(ok);
    let rows: Vec<serde_json::Value> =
        out.lines().map(|l| serde_json::from_str(l).expect("JSON line")).collect();
    assert_eq!(rows.len(), 4, "one output line per input line");
    assert_eq!(rows[0]["lang"], "id");
    assert!(rows[1]["lang"].is_null());
    assert_eq!(rows[2]["lang"], "ms");
    assert_eq!(rows[3]["lang"], "en");
    let text = "Harga bahan pokok naik tajam hari ini dan pemerintah belum bisa menahannya. The author writes about markets.";
    let (out, _, ok) = warta(&["lang"], text.as_bytes());
    assert!(ok);
    let doc: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(doc["language"]["lang"], "id");
    assert_eq!(doc["sentences"].as_array().map(Vec::len), Some(2));
    assert_eq!(doc["sentences"][1]["language"]["lang"], "en");
    // A prior tips a text with little evidence; credits and names answer null.
    let line = "Menteri itu akan bertolak ke Beijing.\nPenulis: Andi Saputra | Editor: Budi Santoso\nJoko Widodo dan Prabowo Subianto\n";
    for prior in ["id", "ms"] {
        let (out, _, ok) = warta(&["lang", "--lines", "--prior", prior], line.as_bytes());
        assert!(ok);
        let rows: Vec<serde_json::Value> =
            out.lines().map(|l| serde_json::from_str(l).expect("JSON line")).collect();
        assert_eq!(rows[0]["lang"], prior);
        assert!(rows[1]["lang"].is_null() && rows[2]["lang"].is_null(), "{out}");
    }
    let (_, err, ok) = warta(&["lang", "--prior", "jv"], b"Ya.");
    assert!(!ok && err.contains("expected id, ms or none"), "{err}");
}

#[test]
fn entities_command() {
    let input =
        "Saham PT Bank Central Asia Tbk (BBCA) naik.\n\nPresiden AS bertemu Xi di Beijing.\n";
    let (out, _, ok) = warta(&["entities", "--lines"], input.as_bytes());
    assert!(ok);
    let rows: Vec<serde_json::Value> =
        out.lines().map(|l| serde_json::from_str(l).expect("JSON line")).collect();
    assert_eq!(rows.len(), 3, "one output line per input line");
    let first = &rows[0]["entities"][0];
    assert_eq!(first["text"], "PT Bank Central Asia Tbk");
    assert_eq!(first["start"], 6);
    assert_eq!(first["end"], 30);
    assert_eq!(first["kind"], "company");
    assert_eq!(first["class"], "ORG");
    assert_eq!(first["id"], "idx:BBCA");
    assert_eq!(rows[0]["entities"][1]["text"], "BBCA");
    assert_eq!(rows[1]["entities"].as_array().map(Vec::len), Some(0));
    let ids: Vec<&str> =
        rows[2]["entities"].as_array().unwrap().iter().map(|e| e["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["country:US", "geo:1816670"]);

    let (out, _, ok) = warta(&["entities"], "Xiaomi Inc dan Xiaomi.".as_bytes());
    assert!(ok);
    let doc: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(doc["linked"][0]["id"], "org:xiaomi");
    assert_eq!(doc["linked"][0]["count"], 2);
    assert_eq!(doc["linked"][0]["mentions"], serde_json::json!([0, 1]));
    assert_eq!(doc["entities"][0]["text"], "Xiaomi Inc");
    assert_eq!(doc["entities"][1]["id"], "org:xiaomi");
}

#[test]
fn entities_with_a_user_gazetteer() {
    let dir = std::env::temp_dir().join(format!("warta-gaz-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let good = dir.join("good.tsv");
    std::fs::write(&good, "# mine\nmy:kopi\tcompany\tPT Kopi Kita\tKopi Kita\tticker=KOPI\n")
        .unwrap();
    let (out, _, ok) = warta(
        &["entities", "--lines", "--gazetteer", good.to_str().unwrap()],
        b"Kopi Kita dan Xiaomi.\n",
    );
    assert!(ok);
    let row: serde_json::Value = serde_json::from_str(out.trim()).unwrap();
    assert_eq!(row["entities"][0]["id"], "my:kopi");
    assert_eq!(row["entities"][1]["id"], "org:xiaomi");
    let bad = dir.join("bad.tsv");
    std::fs::write(&bad, "my:kopi\tcompany\tPT Kopi Kita\tKopi Kita\n\nbroken line\n").unwrap();
    let (_, err, ok) = warta(&["entities", "--gazetteer", bad.to_str().unwrap()], b"");
    assert!(!ok);
    assert!(err.contains("line 3"), "{err}");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn topics_command() {
    let input = "Timnas menang 2-0 dalam laga final; pelatih memuji para pemain.\n\nBank sentral menahan suku bunga dan saham perbankan naik.\n";
    let (out, _, ok) = warta(&["topics", "--lines"], input.as_bytes());
    assert!(ok);
    let rows: Vec<serde_json::Value> =
        out.lines().map(|l| serde_json::from_str(l).expect("JSON line")).collect();
    assert_eq!(rows.len(), 3, "one output line per input line");
    assert_eq!(rows[0]["topics"][0]["label"], "olahraga");
    assert!(rows[0]["topics"][0]["score"].as_f64().unwrap() > 0.5);
    assert_eq!(rows[1]["topics"][0]["score"], 0.0);
    assert_eq!(rows[2]["topics"][0]["label"], "keuangan");
    let (out, _, ok) = warta(&["topics"], input.as_bytes());
    assert!(ok);
    let doc: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(doc["topics"].as_array().map(Vec::len), Some(warta::TOPICS.len()));
}

#[test]
fn topics_train_and_model() {
    let dir = std::env::temp_dir().join(format!("warta-topics-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let tsv = dir.join("train.tsv");
    // A header, quoted fields with tabs and doubled quotes, as csv writers do.
    std::fs::write(
        &tsv,
        "id\tcategory\ttext\n1\tsports\tTimnas menang dalam laga final\n2\tsports\t\"Pemain \"\"bintang\"\"\tmencetak gol\"\n3\tfinance\tHarga saham naik di bursa\n4\tfinance\tBank menaikkan suku bunga kredit\n",
    )
    .unwrap();
    let model = dir.join("model.json");
    let args = [
        "topics",
        "train",
        "--tsv",
        tsv.to_str().unwrap(),
        "--label-col",
        "category",
        "--text-col",
        "text",
        "--out",
        model.to_str().unwrap(),
    ];
    let (_, err, ok) = warta(&args, b"");
    assert!(ok, "{err}");
    assert!(err.contains("trained on 4 texts, 2 labels"), "{err}");
    let (out, _, ok) =
        warta(&["topics", "--lines", "--model", model.to_str().unwrap()], b"Gol di menit akhir\n");
    assert!(ok);
    let row: serde_json::Value = serde_json::from_str(out.trim()).unwrap();
    assert_eq!(row["topics"][0]["label"], "sports");
    // Errors: a missing column, and a file that is not a model.
    let bad_args = [
        "topics",
        "train",
        "--tsv",
        tsv.to_str().unwrap(),
        "--label-col",
        "label",
        "--text-col",
        "text",
        "--out",
        model.to_str().unwrap(),
    ];
    let (_, err, ok) = warta(&bad_args, b"");
    assert!(!ok);
    assert!(err.contains("no column \"label\"") && err.contains("category"), "{err}");
    let not_model = dir.join("not.json");
    std::fs::write(&not_model, "{\n  \"labels\": 3\n}").unwrap();
    let (_, err, ok) = warta(&["topics", "--model", not_model.to_str().unwrap()], b"");
    assert!(!ok);
    assert!(err.contains("line 2"), "{err}");
    std::fs::remove_dir_all(&dir).ok();
}

/// A scraped article like ../shared/samples/xiaomi-taiwan.txt: a slug above,
/// a glued slug, a source, a byline, a bio and a comment form below.
const SCRAPED: &str = "teknologi\n\nbeli-vietnamPemerintah Vietnam menyelidiki TikTok Shop milik ByteDance Ltd asal China karena data konsumen dikirim ke luar negeri.\n\nKementerian Perdagangan menyebut pemeriksaan berlangsung enam bulan.\n\nSumber: Reuters\n\nBy Sari Wulandari\n\nEditor | Writer | Former Business Journalist\n\nTinggalkan Balasan\n\nAlamat email Anda tidak akan dipublikasikan. Ruas yang wajib ditandai *\n";

/// The words of [`SCRAPED`]'s comment form (and their stems) that do not
/// occur elsewhere in it, found in an analysis: in an entity mention, a
/// keyword, or a topic's evidence.
fn comment_form_hits(a: &serde_json::Value) -> Vec<String> {
    let form = "Tinggalkan Balasan\n\nAlamat email Anda tidak akan dipublikasikan. Ruas yang wajib ditandai *";
    let at = SCRAPED.find(form).expect("the comment form");
    let rest = format!("{}{}", &SCRAPED[..at], &SCRAPED[at + form.len()..]).to_lowercase();
    let rest: Vec<&str> = rest.split(|c: char| !c.is_alphanumeric()).collect();
    let mut words = std::collections::BTreeSet::new();
    for w in form.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
        let w = w.to_lowercase();
        if !rest.contains(&w.as_str()) {
            words.insert(warta::stem(&w).into_owned());
            words.insert(w);
        }
    }
    let found =
        |s: &str| s.to_lowercase().split(|c: char| !c.is_alphanumeric()).any(|w| words.contains(w));
    let mut hits = Vec::new();
    for e in a["entities"].as_array().unwrap() {
        let start = e["start"].as_u64().unwrap() as usize;
        if (at..at + form.len()).contains(&start) || found(e["text"].as_str().unwrap()) {
            hits.push(format!("entity {}", e["text"]));
        }
    }
    for k in a["keywords"].as_array().unwrap() {
        if found(k["term"].as_str().unwrap()) || found(k["stem"].as_str().unwrap()) {
            hits.push(format!("keyword {}", k["term"]));
        }
    }
    for t in a["topics"].as_array().unwrap() {
        for ev in t["evidence"].as_array().unwrap() {
            if found(ev.as_str().unwrap()) {
                hits.push(format!("{} evidence {ev}", t["label"]));
            }
        }
    }
    hits
}

#[test]
fn analyze_command() {
    let (out, err, ok) = warta(&["analyze"], SCRAPED.as_bytes());
    assert!(ok, "{err}");
    let a: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(a["version"], 2);
    assert_eq!(a["language"]["lang"], "id");
    let (start, end) = (
        a["body"]["start"].as_u64().unwrap() as usize,
        a["body"]["end"].as_u64().unwrap() as usize,
    );
    assert!(SCRAPED[start..end].starts_with("Pemerintah Vietnam"), "{}", &SCRAPED[start..end]);
    assert!(SCRAPED[start..end].ends_with("enam bulan."));
    let parts = a["anatomy"].as_array().unwrap();
    let kind = |k: &str| parts.iter().find(|p| p["kind"] == k).unwrap_or_else(|| panic!("no {k}"));
    assert_eq!(kind("byline")["value"], "Sari Wulandari");
    assert_eq!(kind("source")["entity"], "outlet:reuters");
    assert_eq!(kind("slug")["text"], "teknologi");
    // The comment form is one block: both its lines.
    let form = kind("comment_form");
    assert!(form["text"].as_str().unwrap().starts_with("Tinggalkan Balasan"));
    assert!(form["text"].as_str().unwrap().ends_with("wajib ditandai *"));
    // The English bio is labelled English.
    let bio = kind("author_bio");
    let bio_sentence =
        a["sentences"].as_array().unwrap().iter().find(|s| s["start"] == bio["start"]).unwrap();
    assert_eq!(bio_sentence["language"]["lang"], "en");
    assert_eq!(bio_sentence["in_body"], false);
    let ids: Vec<&str> =
        a["entities"].as_array().unwrap().iter().map(|e| e["id"].as_str().unwrap()).collect();
    assert!(
        ids.contains(&"country:VN")
            && ids.contains(&"org:bytedance")
            && ids.contains(&"outlet:reuters"),
        "{ids:?}"
    );
    // Boilerplate is not scored: no word of the comment form is in an
    // entity, a keyword or a topic's evidence...
    assert_eq!(comment_form_hits(&a), Vec::<String>::new());
    // ...while the same text read whole scores some of them, so the check
    // above can fail.
    let (out, _, ok) = warta(&["analyze", "--whole-text"], SCRAPED.as_bytes());
    assert!(ok);
    let whole: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert!(!comment_form_hits(&whole).is_empty(), "{whole}");
    // Character offsets on request.
    let (out, _, ok) = warta(&["analyze", "--char-offsets"], "“Halo” Jakarta hari ini.".as_bytes());
    assert!(ok);
    let a: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(a["body"]["char_end"], 24);
    assert_eq!(a["body"]["end"], 28);
}

/// A page with credit lines above and below the body, whose names and
/// labels are words of the taxonomy (`Penulis`: a writer, hiburan; `Didik`,
/// `Guru`, `Sekolah`: pendidikan).
const CREDITED: &str = "Penulis: Didik Pendidikan\n\nJAKARTA - Dewan Perwakilan Rakyat mengesahkan rancangan undang-undang pemilu dalam rapat paripurna. Partai koalisi mendukung pengesahan itu, sementara oposisi menolak.\n\nPenulis: Didik Pendidikan\nReporter : Sekolah Tinggi\nEditor: Budi Guru | Foto: Dokter Hewan\n";

#[test]
fn credits_are_not_topics_or_keywords() {
    for args in [&["analyze"][..], &["analyze", "--whole-text"]] {
        let (out, err, ok) = warta(args, CREDITED.as_bytes());
        assert!(ok, "{err}");
        let a: serde_json::Value = serde_json::from_str(&out).expect("JSON");
        let topics = a["topics"].as_array().unwrap();
        assert_eq!(topics[0]["label"], "politik", "{args:?}: {topics:?}");
        for t in topics {
            if t["label"] != "politik" {
                assert_eq!(t["score"], 0.0, "{args:?}: {t}");
            }
        }
        let evidence: Vec<&str> = topics
            .iter()
            .flat_map(|t| t["evidence"].as_array().unwrap())
            .filter_map(|e| e.as_str())
            .collect();
        let keywords: Vec<&str> =
            a["keywords"].as_array().unwrap().iter().map(|k| k["term"].as_str().unwrap()).collect();
        for credit in [
            "penulis",
            "reporter",
            "editor",
            "foto",
            "didik",
            "pendidikan",
            "sekolah",
            "guru",
            "dokter",
            "hewan",
        ] {
            assert!(
                !evidence.iter().any(|e| e.eq_ignore_ascii_case(credit)),
                "{args:?} {credit}: {evidence:?}"
            );
            assert!(!keywords.contains(&credit), "{args:?} {credit}: {keywords:?}");
        }
        assert!(keywords.contains(&"pemilu"), "{args:?}: {keywords:?}");
    }
}

#[test]
fn a_headline_gives_topics_keywords_and_evidence_in_its_own_words() {
    let (out, err, ok) =
        warta(&["analyze"], b"Polisi Tangkap Dua Pelaku Pencurian Motor di Bekasi\n");
    assert!(ok, "{err}");
    let a: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    let topics = a["topics"].as_array().unwrap();
    assert_eq!(topics[0]["label"], "hukum", "{topics:?}");
    assert!(
        topics[0]["score"].as_f64().unwrap() > 2.0 * topics[1]["score"].as_f64().unwrap(),
        "{topics:?}"
    );
    let keywords: Vec<&str> =
        a["keywords"].as_array().unwrap().iter().map(|k| k["term"].as_str().unwrap()).collect();
    for w in ["pencurian", "pelaku", "motor"] {
        assert!(keywords.contains(&w), "{w}: {keywords:?}");
    }
    // `warta topics` shows the words of the text, not the taxonomy's forms,
    // and the text's own names for countries.
    let (out, _, ok) = warta(
        &["topics"],
        "Para pedagang mengeluh karena pesanan turun. Perdana Menteri Jepang bertemu Presiden Korea Selatan dan pejabat Hong Kong.".as_bytes(),
    );
    assert!(ok);
    let doc: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    let evidence: Vec<&str> = doc["topics"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|t| t["evidence"].as_array().unwrap())
        .filter_map(|e| e.as_str())
        .collect();
    for shown in ["pedagang", "perdana menteri", "Korea Selatan", "Hong Kong"] {
        assert!(evidence.contains(&shown), "{shown}: {evidence:?}");
    }
    for hidden in
        ["perdagangan", "pemesanan", "dana", "South Korea", "Hong Kong SAR China", "Japan"]
    {
        assert!(!evidence.contains(&hidden), "{hidden}: {evidence:?}");
    }
}

#[test]
fn line_modes_repair_invalid_utf8() {
    let input = b"Harga \xff naik di Jakarta\n\nBank Indonesia\xc3\nmakan";
    for args in
        [&["lang", "--lines"][..], &["entities", "--lines"], &["topics", "--lines"], &["stem"]]
    {
        let (out, err, ok) = warta(args, input);
        assert!(ok, "{args:?}: {err}");
        assert_eq!(out.lines().count(), 4, "{args:?}: one output line per input line");
        assert!(err.contains("invalid UTF-8 replaced by U+FFFD on 2 line(s) (1, 3)"), "{err}");
    }
    let (out, _, _) = warta(&["entities", "--lines"], input);
    assert!(out.lines().nth(2).unwrap().contains("inst:bi"));
    // Whole-document commands keep offsets exact, so they refuse it.
    let (_, err, ok) = warta(&["tokenize"], input);
    assert!(!ok && err.contains("invalid byte at offset 6 (line 1)"), "{err}");
}

/// Texts for the consistency test: the project's articles (with anatomy)
/// and text without boilerplate.
const CONSISTENCY: [&str; 5] = [
    include_str!("../benches/texts/artikel-ekonomi.txt"),
    include_str!("../benches/texts/artikel-teknologi.txt"),
    include_str!("../benches/texts/artikel-bisnis.txt"),
    include_str!("../benches/texts/english.txt"),
    "Presiden Joko Widodo bertemu Perdana Menteri Jepang di Tokyo. Bank Indonesia menahan suku bunga. Harga saham PT Telkom Indonesia Tbk (TLKM) naik 2 persen.",
];

/// `warta entities`, `warta topics` and `warta lang` print exactly what
/// `warta analyze` prints for the same text (mentions with ids and offsets,
/// linked entities, topics with scores and evidence, languages with
/// confidence, sentences), with and without `--whole-text`.
#[test]
fn document_commands_agree_with_analyze() {
    for text in with_scraped(CONSISTENCY) {
        for flags in [&[][..], &["--whole-text"]] {
            let run = |cmd: &str| -> serde_json::Value {
                let mut args = vec![cmd];
                args.extend_from_slice(flags);
                let (out, err, ok) = warta(&args, text.as_bytes());
                assert!(ok, "{cmd}: {err}");
                serde_json::from_str(&out).expect("JSON")
            };
            let a = run("analyze");
            let e = run("entities");
            let t = run("topics");
            let l = run("lang");
            let q = run("quotes");
            let v = run("values");
            assert!(!a["entities"].as_array().unwrap().is_empty() || text.len() < 200);
            assert_eq!(q["quotes"], a["quotes"], "{flags:?}");
            assert_eq!(v["values"], a["values"], "{flags:?}");
            assert_eq!(v["reference_date"], a["reference_date"], "{flags:?}");
            assert_eq!(e["entities"], a["entities"], "{flags:?}");
            assert_eq!(e["linked"], a["linked"], "{flags:?}");
            assert_eq!(t["topics"], a["topics"], "{flags:?}");
            assert_eq!(l["language"], a["language"], "{flags:?}");
            assert_eq!(l["languages"], a["languages"], "{flags:?}");
            assert_eq!(l["sentences"], a["sentences"], "{flags:?}");
            assert_eq!(e.as_object().unwrap().len(), 2);
            assert_eq!(t.as_object().unwrap().len(), 1);
            assert_eq!(l.as_object().unwrap().len(), 3);
        }
    }
    // A line of `--lines` is the whole-text analysis of that line.
    let line = CONSISTENCY[4];
    let (out, _, ok) = warta(&["entities", "--lines"], format!("{line}\n").as_bytes());
    assert!(ok);
    let (whole, _, _) = warta(&["analyze", "--whole-text"], line.as_bytes());
    let row: serde_json::Value = serde_json::from_str(out.trim()).unwrap();
    let whole: serde_json::Value = serde_json::from_str(&whole).unwrap();
    assert_eq!(row["entities"], whole["entities"]);
    let (out, _, _) = warta(&["lang", "--lines"], format!("{line}\n").as_bytes());
    let row: serde_json::Value = serde_json::from_str(out.trim()).unwrap();
    assert_eq!(row, whole["language"]);
}

fn with_scraped(texts: [&'static str; 5]) -> impl Iterator<Item = &'static str> {
    std::iter::once(SCRAPED).chain(texts)
}

#[test]
fn ner_train_and_tagger_options() {
    let dir = std::env::temp_dir().join(format!("warta-ner-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let bio = dir.join("train.bio");
    std::fs::write(&bio, "kata O\nBambang B-PER\nSutrisno I-PER\n. O\n\nDi O\nJakarta B-LOC\n")
        .expect("write");
    let model = dir.join("model.bin");
    let (_, err, ok) = warta(
        &[
            "ner",
            "train",
            "--input",
            bio.to_str().expect("path"),
            "--output",
            model.to_str().expect("path"),
        ],
        b"",
    );
    assert!(ok, "{err}");
    assert!(err.contains("2 sentences"), "{err}");
    let text = "Harga naik, kata Bambang Sutrisno.";
    // A model file, the same model on standard input, and no tagger.
    let (by_file, _, ok) =
        warta(&["entities", "--lines", "--tagger", model.to_str().expect("path")], text.as_bytes());
    assert!(ok);
    let bytes = std::fs::read(&model).expect("model");
    let text_file = dir.join("text.txt");
    std::fs::write(&text_file, text).expect("write");
    let (by_stdin, err, ok) =
        warta(&["entities", "--lines", "--tagger", "-", text_file.to_str().expect("path")], &bytes);
    assert!(ok, "{err}");
    assert_eq!(by_file, by_stdin);
    let (none, _, ok) = warta(&["entities", "--lines", "--no-tagger"], text.as_bytes());
    assert!(ok);
    assert!(!none.contains("\"PER\""), "{none}");
    // Not a model: a clear error without a line number.
    let (_, err, ok) =
        warta(&["entities", "--tagger", bio.to_str().expect("path")], text.as_bytes());
    assert!(!ok);
    assert!(err.contains("train.bio: not a warta tagger model"), "{err}");
    // A malformed BIO line names its line.
    std::fs::write(&bio, "Bambang B-PER\nrusak\n").expect("write");
    let (_, err, ok) = warta(
        &[
            "ner",
            "train",
            "--input",
            bio.to_str().expect("path"),
            "--output",
            model.to_str().expect("path"),
        ],
        b"",
    );
    assert!(!ok);
    assert!(err.contains("line 2"), "{err}");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn quotes_command_prints_the_analysis_quotes() {
    let text = "Kapolres Malang AKBP Dimas Prasetyo meninjau lokasi. \"Kami sudah menurunkan tim,\" kata Dimas Prasetyo.\n\"Jangan panik,\" ujarnya.\n";
    let (out, err, ok) = warta(&["quotes", "--lines"], text.as_bytes());
    assert!(ok, "{err}");
    let lines: Vec<serde_json::Value> =
        out.lines().map(|l| serde_json::from_str(l).expect("JSON")).collect();
    assert_eq!(lines.len(), 2, "one line out per line in");
    let q = &lines[0]["quotes"][0];
    assert_eq!(q["text"], "Kami sudah menurunkan tim");
    assert_eq!(q["kind"], "direct");
    assert_eq!(q["verb"], "kata");
    assert_eq!(q["speaker"]["entity"], "new:person:dimas-prasetyo");
    // As a document, `ujarnya` is the person named on the line before, and
    // the same quotes are in `analyze`, whose person lists them.
    let (doc, _, ok) = warta(&["quotes", "--whole-text"], text.as_bytes());
    assert!(ok);
    let doc: serde_json::Value = serde_json::from_str(&doc).unwrap();
    assert_eq!(doc["quotes"][1]["speaker"]["entity"], "new:person:dimas-prasetyo");
    let (all, _, ok) = warta(&["analyze", "--whole-text"], text.as_bytes());
    assert!(ok);
    let all: serde_json::Value = serde_json::from_str(&all).unwrap();
    assert_eq!(all["quotes"], doc["quotes"]);
    let dimas = all["linked"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["id"] == "new:person:dimas-prasetyo")
        .expect("the person");
    assert_eq!(dimas["quotes"], serde_json::json!([0, 1]));
}

#[test]
fn values_command_prints_the_analysis_values() {
    let text = "Harga cabai naik 12 persen menjadi Rp45.000 per kilogram kemarin.\nPasal 27 tidak berubah.\n";
    let (out, err, ok) = warta(&["values", "--lines", "--date", "2026-02-05"], text.as_bytes());
    assert!(ok, "{err}");
    let lines: Vec<serde_json::Value> =
        out.lines().map(|l| serde_json::from_str(l).expect("JSON")).collect();
    assert_eq!(lines.len(), 2, "one line out per line in");
    assert_eq!(lines[0]["reference_date"], "2026-02-05");
    let v = &lines[0]["values"];
    assert_eq!(v[0]["kind"], "percent");
    assert_eq!(v[0]["value"], 12);
    assert_eq!(
        (&v[1]["value"], &v[1]["unit"], &v[1]["per"]),
        (&45000.into(), &"IDR".into(), &"kg".into())
    );
    assert_eq!(v[2]["value"], "2026-02-04");
    assert_eq!(lines[1]["values"], serde_json::json!([]), "an article number is no value");
    // Without a reference date the relative date stays unresolved, and the
    // document's values are `analyze`'s.
    let (doc, _, ok) = warta(&["values", "--whole-text"], text.as_bytes());
    assert!(ok);
    let doc: serde_json::Value = serde_json::from_str(&doc).unwrap();
    assert_eq!(doc["values"][2]["value"], serde_json::Value::Null);
    let (all, _, ok) = warta(&["analyze", "--whole-text"], text.as_bytes());
    assert!(ok);
    let all: serde_json::Value = serde_json::from_str(&all).unwrap();
    assert_eq!(all["values"], doc["values"]);
    let (_, err, ok) = warta(&["values", "--date", "5 Februari"], text.as_bytes());
    assert!(!ok && err.contains("not a date"), "{err}");
}

#[test]
fn dedup_writes_one_line_per_input_line() {
    let feed = include_str!("dedup/feed.jsonl");
    let gold: serde_json::Value =
        serde_json::from_str(include_str!("dedup/gold.json")).expect("gold");
    let input = format!("{feed}not json\n{{\"id\": 7}}\n");
    let (out, err, ok) = warta(&["dedup", "--input", "-", "--output", "-"], input.as_bytes());
    assert!(ok, "{err}");
    let rows: Vec<serde_json::Value> =
        out.lines().map(|l| serde_json::from_str(l).expect("JSON")).collect();
    assert_eq!(rows.len(), input.lines().count(), "one line out per line in");
    let n = feed.lines().count();
    assert_eq!(rows[n]["line"], n + 1);
    assert!(rows[n]["error"].as_str().unwrap().starts_with("invalid JSON"));
    assert!(rows[n + 1]["error"].as_str().unwrap().contains("\"text\""));
    for row in &rows[..n] {
        let id = row["id"].as_str().unwrap();
        let want = &gold["records"][id];
        assert_eq!(row["origin"], want["origin"], "{id}");
        let s = row["similarity"].as_f64().unwrap();
        assert!((0.0..=1.0).contains(&s));
    }
    assert!(err.contains("error records"), "{err}");
}
