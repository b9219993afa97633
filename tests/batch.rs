//! `warta batch` under faults: every input line gets exactly one output
//! line, bad lines get error records with their line numbers, and a run
//! that is stopped or killed leaves whole records that `--resume` continues.
#![cfg(feature = "cli")]

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use serde_json::Value;

use crate::cli::warta;

/// A fresh directory for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("warta-{name}-{}", std::process::id()));
    std::fs::remove_dir_all(&dir).ok();
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn run_batch(input: &Path, output: &Path, extra: &[&str]) -> (String, bool) {
    let mut args = vec!["batch", "--input", input.to_str().unwrap()];
    args.extend(["--output", output.to_str().unwrap()]);
    args.extend(extra);
    let (_, err, ok) = warta(&args, b"");
    (err, ok)
}

/// The output's records; panics on a line that is not JSON (a torn line).
fn records(output: &Path) -> Vec<Value> {
    let out = std::fs::read_to_string(output).unwrap();
    assert!(out.is_empty() || out.ends_with('\n'), "the output ends inside a line");
    out.lines().map(|l| serde_json::from_str(l).expect("a whole JSON record")).collect()
}

fn error_of(row: &Value) -> &str {
    row["error"].as_str().unwrap_or_else(|| panic!("not an error record: {row}"))
}

#[test]
fn each_bad_line_gets_its_error_record() {
    let dir = scratch("batch-faults");
    let input = dir.join("in.jsonl");
    let mut feed = Vec::new();
    feed.extend_from_slice(b"{\"id\": \"a1\", \"text\": \"Bank Indonesia menahan suku bunga.\"}\n");
    feed.extend_from_slice(b"\n"); // empty line
    feed.extend_from_slice(b"   \r\n"); // blank line with CRLF
    feed.extend_from_slice(b"{not json}\n");
    feed.extend_from_slice(b"{\"id\": 7, \"text\": 42}\n"); // non-string text
    feed.extend_from_slice(b"{\"id\": 8, \"text\": null}\n");
    feed.extend_from_slice(b"{\"id\": 9, \"body\": \"x\"}\n"); // no text field
    feed.extend_from_slice(b"{\"id\": 10, \"text\": \"Harga kopi \xff\xfe naik.\"}\n"); // invalid UTF-8
    feed.extend_from_slice(b"[1, 2]\n");
    feed.extend_from_slice(b"\"just a string\"\n");
    feed.extend_from_slice(b"{\"id\": 12, \"text\": \"Timnas menang di laga final.\"}\r\n");
    feed.extend_from_slice(b"{\"id\": 13, \"text\": \"Harga cabai"); // truncated final line
    std::fs::write(&input, &feed).unwrap();
    let output = dir.join("out.jsonl");
    let (err, ok) = run_batch(&input, &output, &["--threads", "2"]);
    assert!(ok, "{err}");
    let rows = records(&output);
    assert_eq!(rows.len(), 12, "one output line per input line");
    for (i, row) in rows.iter().enumerate() {
        assert_eq!(row["line"], i + 1, "{row}");
    }
    assert_eq!(rows[0]["id"], "a1");
    assert_eq!(rows[0]["language"]["lang"], "id");
    assert!(rows[0]["entities"].to_string().contains("Bank Indonesia"));
    let errors: Vec<(usize, &str, Value)> = vec![
        (1, "empty line", Value::Null),
        (2, "empty line", Value::Null),
        (3, "not JSON: key must be a string at line 1 column 2", Value::Null),
        (4, "field \"text\" is not a string", 7.into()),
        (5, "field \"text\" is not a string", 8.into()),
        (6, "no field \"text\"", 9.into()),
        (8, "not a JSON object", Value::Null),
        (9, "not a JSON object", Value::Null),
        (11, "not JSON: EOF while parsing a string at line 1 column 31", Value::Null),
    ];
    for (i, message, id) in &errors {
        let row = &rows[*i];
        assert_eq!(error_of(row), *message, "row {i}");
        assert_eq!(&row["id"], id, "row {i}");
        assert_eq!(row.as_object().unwrap().len(), 3, "error records hold error, id, line");
    }
    // Invalid UTF-8 is repaired, analysed and flagged, not dropped.
    assert_eq!(rows[7]["id"], 10);
    assert_eq!(rows[7]["warning"], "invalid UTF-8 at byte 31 replaced by U+FFFD");
    assert!(rows[7]["error"].is_null());
    assert!(rows[7]["topics"].as_array().is_some_and(|t| !t.is_empty()));
    assert_eq!(rows[10]["id"], 12);
    assert_eq!(rows[10]["topics"][0]["label"], "olahraga");
    assert!(err.contains("12 lines, 9 error records"), "{err}");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn one_percent_broken_lines() {
    let dir = scratch("batch-broken");
    let input = dir.join("in.jsonl");
    let texts = [
        "Bank Indonesia menahan suku bunga acuan di level 6 persen.",
        "Timnas Indonesia menang 2-0 atas Vietnam di Jakarta.",
        "Harga beras di Surabaya naik menjelang Lebaran.",
    ];
    let broken: [&[u8]; 5] = [
        b"{\"id\": 1, \"text\": \"tanpa penutup",
        b"",
        b"{\"id\": 2, \"text\": [\"bukan\", \"teks\"]}",
        b"nul\x00 bytes \xff",
        b"{\"id\": 3}",
    ];
    let n = 2000;
    let mut feed = Vec::new();
    let mut bad_lines = Vec::new();
    for i in 1..=n {
        if i % 100 == 37 {
            feed.extend_from_slice(broken[bad_lines.len() % broken.len()]);
            bad_lines.push(i);
        } else {
            let line = serde_json::json!({ "id": format!("doc-{i}"), "text": texts[i % 3] });
            feed.extend_from_slice(line.to_string().as_bytes());
        }
        if i < n {
            feed.push(b'\n');
        }
    }
    assert_eq!(bad_lines.len(), 20);
    std::fs::write(&input, &feed).unwrap();
    for threads in ["1", "2"] {
        let output = dir.join(format!("out-{threads}.jsonl"));
        let (err, ok) = run_batch(&input, &output, &["--threads", threads]);
        assert!(ok, "{err}");
        let rows = records(&output);
        assert_eq!(rows.len(), n, "output lines = input lines");
        for (i, row) in rows.iter().enumerate() {
            let line = i + 1;
            assert_eq!(row["line"], line);
            if bad_lines.contains(&line) {
                assert!(!error_of(row).is_empty());
            } else {
                assert!(row["error"].is_null(), "{row}");
                assert_eq!(row["id"], format!("doc-{line}"));
            }
        }
        assert!(err.contains(&format!("{n} lines, 20 error records")), "{err}");
    }
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_line_over_the_limit_is_skipped_not_held() {
    let dir = scratch("batch-long");
    let input = dir.join("in.jsonl");
    let big = 100 << 20;
    let mut feed = Vec::with_capacity(big + 200);
    feed.extend_from_slice(b"{\"id\": 1, \"text\": \"Harga beras naik.\"}\n");
    feed.extend_from_slice(b"{\"id\": 2, \"text\": \"");
    feed.resize(feed.len() + big, b'a');
    feed.extend_from_slice(b"\"}\n");
    feed.extend_from_slice(b"{\"id\": 3, \"text\": \"Harga cabai turun.\"}\n");
    let long = big + 21;
    std::fs::write(&input, &feed).unwrap();
    drop(feed);
    let output = dir.join("out.jsonl");
    let (err, ok) = run_batch(&input, &output, &[]);
    assert!(ok, "{err}");
    let rows = records(&output);
    assert_eq!(rows.len(), 3);
    assert_eq!(rows[0]["id"], 1);
    assert_eq!(
        error_of(&rows[1]),
        format!(
            "line of {} bytes is over the limit of {} bytes (--max-line-bytes)",
            long,
            64 << 20
        )
    );
    assert_eq!(rows[1]["line"], 2);
    assert_eq!(rows[2]["id"], 3);
    assert_eq!(rows[2]["line"], 3);
    std::fs::remove_file(&input).ok();

    // The same at a small limit, with the long line last and unterminated.
    std::fs::write(&input, b"{\"text\": \"Harga naik.\"}\n{\"text\": \"Harga beras naik lagi.\"}")
        .unwrap();
    let (err, ok) = run_batch(&input, &output, &["--max-line-bytes", "30"]);
    assert!(ok, "{err}");
    let rows = records(&output);
    assert_eq!(rows.len(), 2);
    assert!(rows[0]["error"].is_null());
    assert_eq!(
        error_of(&rows[1]),
        "line of 34 bytes is over the limit of 30 bytes (--max-line-bytes)"
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn output_that_cannot_be_written() {
    let dir = scratch("batch-output");
    let input = dir.join("in.jsonl");
    std::fs::write(&input, b"{\"text\": \"Harga naik.\"}\n").unwrap();
    // Missing directory.
    let (err, ok) = run_batch(&input, &dir.join("no/such/dir/out.jsonl"), &[]);
    assert!(!ok);
    assert!(err.contains("cannot create") && err.contains("No such file or directory"), "{err}");
    // A directory where the file should be.
    let (err, ok) = run_batch(&input, &dir, &[]);
    assert!(!ok);
    assert!(err.contains("cannot create") && err.contains("Is a directory"), "{err}");
    // A file where a directory should be.
    let (err, ok) = run_batch(&input, &input.join("out.jsonl"), &[]);
    assert!(!ok);
    assert!(err.contains("cannot create") && err.contains("Not a directory"), "{err}");
    // The input itself: refused before it is truncated.
    let (err, ok) = run_batch(&input, &input, &[]);
    assert!(!ok && err.contains("is the input"), "{err}");
    assert_eq!(std::fs::read(&input).unwrap(), b"{\"text\": \"Harga naik.\"}\n");
    // A missing input.
    let (err, ok) = run_batch(&dir.join("missing.jsonl"), &dir.join("out.jsonl"), &[]);
    assert!(!ok && err.contains("cannot open"), "{err}");
    assert!(!dir.join("out.jsonl").exists(), "no output without input");
    // A read-only directory (root writes anyway, so only checked for others).
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let ro = dir.join("ro");
        std::fs::create_dir(&ro).unwrap();
        std::fs::set_permissions(&ro, std::fs::Permissions::from_mode(0o555)).unwrap();
        if std::fs::File::create(ro.join("probe")).is_err() {
            let (err, ok) = run_batch(&input, &ro.join("out.jsonl"), &[]);
            assert!(!ok && err.contains("Permission denied"), "{err}");
        }
        std::fs::set_permissions(&ro, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    std::fs::remove_dir_all(&dir).ok();
}

/// A feed long enough that a run can be stopped part way.
#[cfg(unix)]
fn long_feed(dir: &Path, n: usize) -> PathBuf {
    let input = dir.join("in.jsonl");
    let text = include_str!("../benches/texts/artikel-bisnis.txt");
    let mut feed = String::new();
    for i in 1..=n {
        feed.push_str(&serde_json::json!({ "id": i, "text": text }).to_string());
        feed.push('\n');
    }
    std::fs::write(&input, feed).unwrap();
    input
}

/// Starts a batch that holds after its first batch of lines (the test hook
/// `WARTA_TEST_BATCH_HOLD`: it waits there for a stop signal, so the signal
/// always lands part way whatever the machine's speed), waits until it has
/// written some records, sends `signal` and returns the exit status.
#[cfg(unix)]
fn interrupt(input: &Path, output: &Path, signal: &str) -> std::process::ExitStatus {
    let mut child = Command::new(env!("CARGO_BIN_EXE_warta"))
        .args(["batch", "--input", input.to_str().unwrap(), "--output", output.to_str().unwrap()])
        .env("WARTA_TEST_BATCH_HOLD", "1")
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let start = std::time::Instant::now();
    while std::fs::metadata(output).map(|m| m.len()).unwrap_or(0) == 0 {
        assert!(start.elapsed().as_secs() < 60, "no output after a minute");
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    let sent = Command::new("kill").args([signal, &child.id().to_string()]).status().unwrap();
    assert!(sent.success());
    child.wait().unwrap()
}

/// Whole records numbered 1, 2, … with ids to match.
#[cfg(unix)]
fn assert_prefix(rows: &[Value]) {
    for (i, row) in rows.iter().enumerate() {
        assert_eq!(row["line"], i + 1);
        assert_eq!(row["id"], i + 1);
        assert!(row["error"].is_null(), "{row}");
    }
}

#[cfg(unix)]
#[test]
fn stopped_mid_run_leaves_whole_lines_and_resumes() {
    let dir = scratch("batch-stop");
    let n = 2000;
    let input = long_feed(&dir, n);
    let output = dir.join("out.jsonl");
    let status = interrupt(&input, &output, "-TERM");
    assert_eq!(status.code(), Some(130), "a clean stop");
    let partial = records(&output);
    // The run held after its first batch of 512 lines, so the stop cut it
    // there: exactly that batch, whole.
    assert_eq!(partial.len(), 512, "stopped after the first batch");
    assert_prefix(&partial);
    let (err, ok) = run_batch(&input, &output, &["--resume"]);
    assert!(ok, "{err}");
    let summary = format!(
        "{n} lines (resumed after line {}; {} analysed in this run), 0 error records",
        partial.len(),
        n - partial.len()
    );
    assert!(err.contains(&summary), "{err}");
    let rows = records(&output);
    assert_eq!(rows.len(), n);
    assert_prefix(&rows);
    assert_eq!(rows[..partial.len()], partial[..], "resuming keeps what was written");
    // The resumed output is byte for byte an uninterrupted run's.
    let fresh = dir.join("fresh.jsonl");
    let (err, ok) = run_batch(&input, &fresh, &[]);
    assert!(ok, "{err}");
    assert!(std::fs::read(&fresh).unwrap() == std::fs::read(&output).unwrap());
    std::fs::remove_dir_all(&dir).ok();
}

#[cfg(unix)]
#[test]
fn killed_mid_run_resumes_to_the_same_output() {
    let dir = scratch("batch-kill");
    let n = 2000;
    let input = long_feed(&dir, n);
    let output = dir.join("out.jsonl");
    let status = interrupt(&input, &output, "-KILL");
    assert_eq!(status.code(), None, "killed");
    // SIGKILL cannot be caught: the kernel may stop a write part way, so the
    // whole lines are checked and `--resume` cuts off a torn tail.
    let text = std::fs::read(&output).unwrap();
    let whole = text.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
    let partial: Vec<Value> = text[..whole]
        .split(|&b| b == b'\n')
        .filter(|l| !l.is_empty())
        .map(|l| serde_json::from_slice(l).expect("a whole record"))
        .collect();
    assert!(partial.len() <= 512, "killed in or after the first batch: {}", partial.len());
    assert_prefix(&partial);
    let (err, ok) = run_batch(&input, &output, &["--resume"]);
    assert!(ok, "{err}");
    let rows = records(&output);
    assert_eq!(rows.len(), n);
    assert_prefix(&rows);
    // A fresh run gives the same bytes.
    let fresh = dir.join("fresh.jsonl");
    let (err, ok) = run_batch(&input, &fresh, &[]);
    assert!(ok, "{err}");
    assert!(std::fs::read(&fresh).unwrap() == std::fs::read(&output).unwrap());
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn resume_refuses_an_output_of_another_input() {
    let dir = scratch("batch-resume");
    let input = dir.join("in.jsonl");
    std::fs::write(&input, b"{\"text\": \"Harga naik.\"}\n{\"text\": \"Harga turun.\"}\n").unwrap();
    let output = dir.join("out.jsonl");
    // Not warta records.
    std::fs::write(&output, b"{\"a\": 1}\n").unwrap();
    let (err, ok) = run_batch(&input, &output, &["--resume"]);
    assert!(!ok && err.contains("its last is not for input line 1"), "{err}");
    // More records than input lines.
    let three = "{\"line\":1}\n{\"line\":2}\n{\"line\":3}\n";
    std::fs::write(&output, three).unwrap();
    let (err, ok) = run_batch(&input, &output, &["--resume"]);
    assert!(!ok && err.contains("has only 2 lines"), "{err}");
    assert_eq!(std::fs::read_to_string(&output).unwrap(), three, "left as it was");
    // A torn tail is cut before continuing.
    let (err, ok) = run_batch(&input, &output, &[]);
    assert!(ok, "{err}");
    let full = std::fs::read(&output).unwrap();
    let first = full.iter().position(|&b| b == b'\n').unwrap() + 1;
    std::fs::write(&output, &full[..first + 10]).unwrap();
    let (err, ok) = run_batch(&input, &output, &["--resume"]);
    assert!(ok && err.contains("resumed after line 1"), "{err}");
    assert!(std::fs::read(&output).unwrap() == full);
    // No output yet: a plain run.
    std::fs::remove_file(&output).unwrap();
    let (err, ok) = run_batch(&input, &output, &["--resume"]);
    assert!(ok, "{err}");
    assert!(std::fs::read(&output).unwrap() == full);
    std::fs::remove_dir_all(&dir).ok();
}

/// A feed of `n` lines with a broken line every 100.
fn mixed_feed(n: usize) -> Vec<u8> {
    let mut feed = Vec::new();
    for i in 1..=n {
        if i % 100 == 7 {
            feed.extend_from_slice(b"{\"id\": broken");
        } else {
            let text = format!("Harga beras di Surabaya naik {i} persen menjelang Lebaran.");
            feed.extend_from_slice(
                serde_json::json!({ "id": i, "text": text }).to_string().as_bytes(),
            );
        }
        feed.push(b'\n');
    }
    feed
}

/// `--input -` reads standard input and `--output -` writes standard
/// output, with the same records as files, on one thread and on several.
#[test]
fn standard_input_and_output_give_the_same_records() {
    let dir = scratch("batch-stdio");
    let n = 1200;
    let feed = mixed_feed(n);
    let input = dir.join("in.jsonl");
    std::fs::write(&input, &feed).unwrap();
    let output = dir.join("out.jsonl");
    let (err, ok) = run_batch(&input, &output, &[]);
    assert!(ok, "{err}");
    let want = std::fs::read_to_string(&output).unwrap();
    assert_eq!(records(&output).len(), n);
    for threads in ["1", "2"] {
        let (out, err, ok) =
            warta(&["batch", "--input", "-", "--output", "-", "--threads", threads], &feed);
        assert!(ok, "{err}");
        assert!(out == want, "stdin to stdout, {threads} thread(s)");
        assert!(err.contains(&format!("{n} lines, 12 error records")), "{err}");
    }
    // Either side alone.
    let (out, err, ok) =
        warta(&["batch", "--input", input.to_str().unwrap(), "--output", "-"], b"");
    assert!(ok, "{err}");
    assert!(out == want, "file to stdout");
    let to_file = dir.join("from-stdin.jsonl");
    let (out, err, ok) =
        warta(&["batch", "--input", "-", "--output", to_file.to_str().unwrap()], &feed);
    assert!(ok && out.is_empty(), "{err}");
    assert!(std::fs::read_to_string(&to_file).unwrap() == want, "stdin to file");
    // Resuming an output file from standard input skips the lines done.
    let first = want.split_inclusive('\n').take(700).collect::<String>();
    std::fs::write(&to_file, &first).unwrap();
    let (_, err, ok) =
        warta(&["batch", "--input", "-", "--output", to_file.to_str().unwrap(), "--resume"], &feed);
    assert!(ok && err.contains("resumed after line 700"), "{err}");
    assert!(std::fs::read_to_string(&to_file).unwrap() == want, "resumed from stdin");
    std::fs::remove_dir_all(&dir).ok();
}

/// Standard output cannot be resumed: nothing of it can be read back.
#[test]
fn resume_refuses_standard_output() {
    let feed = mixed_feed(3);
    for input in ["-", "in.jsonl"] {
        let (out, err, ok) =
            warta(&["batch", "--input", input, "--output", "-", "--resume"], &feed);
        assert!(!ok, "{input}");
        assert!(out.is_empty(), "nothing written: {out}");
        assert!(err.contains("cannot resume standard output"), "{err}");
    }
}
