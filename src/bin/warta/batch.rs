//! `warta analyze` and `warta batch`: one article to JSON, or a JSONL feed
//! to JSONL on every core.

use std::fs::File;
use std::io::{self, BufRead, BufReader, IsTerminal, Read, Write};
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use rayon::prelude::*;
use warta::Analyzer;

/// Lines analysed together; each batch is written in input order.
const CHUNK_LINES: usize = 512;
/// Or fewer, when the lines are long.
const CHUNK_BYTES: usize = 16 << 20;

/// One article as pretty JSON.
pub(crate) fn write_analysis(
    out: &mut impl Write,
    text: &str,
    analyzer: &Analyzer,
) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, &analyzer.analyze(text)).map_err(io::Error::other)?;
    out.write_all(b"\n")
}

/// Writes the pretty-printed analysis of an HTML page, as `warta analyze
/// --html` prints it.
pub(crate) fn write_html_analysis(
    out: &mut impl Write,
    page: &warta::Page,
    analyzer: &Analyzer,
) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, &analyzer.analyze_html(page))
        .map_err(io::Error::other)?;
    out.write_all(b"\n")
}

/// Writes `lines`, each followed by a line break, with vectored writes (no
/// copy into a buffer); a line is never split between batches.
fn write_lines(out: &mut impl Write, lines: &[String]) -> io::Result<()> {
    const GROUP: usize = 512;
    let mut slices: Vec<io::IoSlice<'_>> = Vec::with_capacity(2 * GROUP.min(lines.len()));
    for group in lines.chunks(GROUP) {
        slices.clear();
        for l in group {
            slices.push(io::IoSlice::new(l.as_bytes()));
            slices.push(io::IoSlice::new(b"\n"));
        }
        let mut rest: &mut [io::IoSlice<'_>] = &mut slices;
        while !rest.is_empty() {
            let n = out.write_vectored(rest)?;
            if n == 0 {
                return Err(io::Error::new(io::ErrorKind::WriteZero, "wrote nothing"));
            }
            io::IoSlice::advance_slices(&mut rest, n);
        }
    }
    Ok(())
}

/// The longest input line `warta batch` reads by default, in bytes. A
/// longer line is skipped without being held in memory (a file with no line
/// breaks, or a binary file, must not take all of it) and gets an error
/// record; `--max-line-bytes` raises the limit.
pub(crate) const DEFAULT_MAX_LINE_BYTES: usize = 64 << 20;

/// One input line as read.
enum Line {
    /// The line's bytes, with its line break.
    Bytes(Vec<u8>),
    /// A line over the limit, skipped: its length in bytes.
    TooLong(u64),
}

/// Reads the next line, holding at most `max` bytes of it (plus the line
/// break). `None` at the end of the input.
fn read_line(reader: &mut impl BufRead, max: usize) -> io::Result<Option<(Line, u64)>> {
    let mut line = Vec::new();
    let n = reader.by_ref().take(max as u64 + 1).read_until(b'\n', &mut line)?;
    if n == 0 {
        return Ok(None);
    }
    if line.last() != Some(&b'\n') && line.len() > max {
        // Skip the rest of the line without holding it; the reported length
        // leaves out the line break, like `max` does.
        let (mut len, mut read) = (n as u64, n as u64);
        loop {
            let buf = match reader.fill_buf() {
                Ok(buf) => buf,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            if buf.is_empty() {
                break;
            }
            match buf.iter().position(|&b| b == b'\n') {
                Some(i) => {
                    reader.consume(i + 1);
                    len += i as u64;
                    read += i as u64 + 1;
                    break;
                }
                None => {
                    let k = buf.len();
                    reader.consume(k);
                    len += k as u64;
                    read += k as u64;
                }
            }
        }
        return Ok(Some((Line::TooLong(len), read)));
    }
    Ok(Some((Line::Bytes(line), n as u64)))
}

/// The next batch of input lines: at most [`CHUNK_LINES`] lines or about
/// [`CHUNK_BYTES`] bytes; its size in bytes; whether the input ended.
fn read_chunk(
    reader: &mut impl BufRead,
    input: &str,
    max: usize,
) -> Result<(Vec<Line>, u64, bool), String> {
    let mut chunk = Vec::with_capacity(CHUNK_LINES);
    let mut bytes = 0;
    while chunk.len() < CHUNK_LINES && bytes < CHUNK_BYTES as u64 {
        match read_line(reader, max).map_err(|e| format!("cannot read {input}: {e}"))? {
            None => return Ok((chunk, bytes, true)),
            Some((line, n)) => {
                bytes += n;
                chunk.push(line);
            }
        }
    }
    Ok((chunk, bytes, false))
}

/// Set by the first Ctrl-C, SIGTERM or SIGHUP: the batch stops after the
/// lines in flight are written.
static STOP: AtomicBool = AtomicBool::new(false);

/// Stops cleanly on the first signal, at once on the second.
fn install_stop_handler() {
    // Only fails if a handler is already set, and then that one stands.
    let _ = ctrlc::set_handler(|| {
        if STOP.swap(true, Ordering::SeqCst) {
            std::process::exit(130);
        }
    });
}

/// Where a run with `--resume` continues: the output is cut back to its
/// last whole line (a run killed inside a write can leave a torn one), and
/// its last record must be for the line before the ones still to do.
/// Returns the number of whole records kept.
fn resume_point(output: &Path) -> Result<usize, String> {
    let name = output.display();
    let file = match File::options().read(true).write(true).open(output) {
        Ok(f) => f,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(0),
        Err(e) => return Err(format!("cannot open {name} to resume: {e}")),
    };
    let mut reader = BufReader::with_capacity(1 << 20, &file);
    let (mut lines, mut whole, mut last) = (0usize, 0u64, Vec::new());
    loop {
        let mut line = Vec::new();
        let n =
            reader.read_until(b'\n', &mut line).map_err(|e| format!("cannot read {name}: {e}"))?;
        if n == 0 || line.last() != Some(&b'\n') {
            break;
        }
        lines += 1;
        whole += n as u64;
        last = line;
    }
    if lines > 0 {
        let record: serde_json::Value = serde_json::from_slice(&last).map_err(|e| {
            format!("cannot resume: line {lines} of {name} is not a warta record: {e}")
        })?;
        if record.get("line").and_then(serde_json::Value::as_u64) != Some(lines as u64) {
            return Err(format!(
                "cannot resume: {name} holds {lines} records, but its last is not for input line {lines}"
            ));
        }
    }
    file.set_len(whole).map_err(|e| format!("cannot cut {name} back to whole lines: {e}"))?;
    Ok(lines)
}

/// How `warta batch` runs.
pub(crate) struct BatchOptions<'a> {
    /// The field that holds the text, or the page with `html`.
    pub field: &'a str,
    /// Whether records carry HTML pages.
    pub html: bool,
    /// The field of each page's URL.
    pub url_field: Option<&'a str>,
    /// Worker threads; all cores when `None`.
    pub threads: Option<usize>,
    /// The longest line read, in bytes.
    pub max_line_bytes: usize,
    /// Continue an output that a stopped run left.
    pub resume: bool,
}

/// The test hook of the stop tests: when this variable is set, a batch
/// waits after handing its first batch of lines to the writer until a stop
/// signal arrives (at most a minute), so that a signal sent once output
/// appears always lands part way, however fast the machine.
const HOLD_VAR: &str = "WARTA_TEST_BATCH_HOLD";

/// Waits for [`STOP`], at most a minute.
fn hold_for_stop() {
    let start = Instant::now();
    while !STOP.load(Ordering::SeqCst) && start.elapsed() < Duration::from_secs(60) {
        std::thread::sleep(Duration::from_millis(2));
    }
}

/// Where the records go: a file, or standard output for `-`.
enum Sink {
    File(File),
    Stdout(io::Stdout),
}

impl Write for Sink {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Sink::File(f) => f.write(buf),
            Sink::Stdout(s) => s.write(buf),
        }
    }

    fn write_vectored(&mut self, bufs: &[io::IoSlice<'_>]) -> io::Result<usize> {
        match self {
            Sink::File(f) => f.write_vectored(bufs),
            Sink::Stdout(s) => s.write_vectored(bufs),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self {
            Sink::File(f) => f.flush(),
            Sink::Stdout(s) => s.flush(),
        }
    }
}

/// How a batch ended.
pub(crate) enum Outcome {
    /// Every input line has its output line.
    Done(String),
    /// Stopped by a signal; the output holds whole records of the lines
    /// before.
    Stopped(String),
}

/// Analyses every line of `input` into `output`, in input order, one
/// output line per input line. `-` is standard input or output (which
/// `--resume` refuses). Returns a summary.
pub(crate) fn batch(
    input: &Path,
    output: &Path,
    options: &BatchOptions<'_>,
    analyzer: &Analyzer,
) -> Result<Outcome, String> {
    let (to_stdout, from_stdin) = (crate::is_std(output), crate::is_std(input));
    if options.resume && to_stdout {
        return Err("cannot resume standard output (--output -)".to_string());
    }
    let in_name = crate::name(input);
    let out_name = if to_stdout { "standard output".to_string() } else { crate::name(output) };
    let (source, total): (Box<dyn Read + Send>, Option<u64>) = if from_stdin {
        crate::take_stdin()?;
        (Box::new(io::stdin()), None)
    } else {
        let file = File::open(input).map_err(|e| format!("cannot open {in_name}: {e}"))?;
        let total = file.metadata().map(|m| m.len()).ok();
        (Box::new(file), total)
    };
    if let (Ok(a), Ok(b)) = (input.canonicalize(), output.canonicalize())
        && a == b
        && !from_stdin
        && !to_stdout
    {
        return Err(format!("the output {out_name} is the input"));
    }
    let mut reader = BufReader::with_capacity(1 << 20, source);
    // A gzip-compressed feed is read as it is.
    let gzip = reader.fill_buf().is_ok_and(|b| b.starts_with(&[0x1f, 0x8b]));
    let (mut reader, total) = if gzip {
        let inner: Box<dyn Read + Send> = Box::new(flate2::read::MultiGzDecoder::new(reader));
        (BufReader::with_capacity(1 << 20, inner), None)
    } else {
        (reader, total)
    };
    let max = options.max_line_bytes;
    let (skipped, out) = if to_stdout {
        ((0, 0), Sink::Stdout(io::stdout()))
    } else if options.resume {
        let done = resume_point(output)?;
        let mut bytes = 0;
        for i in 0..done {
            match read_line(&mut reader, max).map_err(|e| format!("cannot read {in_name}: {e}"))? {
                Some((_, n)) => bytes += n,
                None => {
                    return Err(format!(
                        "cannot resume: {out_name} holds {done} records but {in_name} has only \
                         {i} lines"
                    ));
                }
            }
        }
        let out = File::options()
            .append(true)
            .create(true)
            .open(output)
            .map_err(|e| format!("cannot open {out_name}: {e}"))?;
        ((done, bytes), Sink::File(out))
    } else {
        let out = File::create(output).map_err(|e| format!("cannot create {out_name}: {e}"))?;
        ((0, 0), Sink::File(out))
    };
    install_stop_handler();
    let mut hold = std::env::var_os(HOLD_VAR).is_some();
    // With more than one thread, a writer thread writes batch N while the
    // workers analyse batch N + 1; with one, the one thread does both.
    // Batches arrive in input order, and each line is written whole.
    let write_name = out_name.clone();
    let write_batch = move |writer: &mut Sink, batch: Vec<String>| -> Result<(), String> {
        write_lines(writer, &batch)
            .and_then(|()| writer.flush())
            .map_err(|e| format!("cannot write {write_name}: {e}"))
    };
    let mut writer = out;
    let mut sink: Box<dyn FnMut(Vec<String>) -> Result<(), String>>;
    let mut writer_thread = None;
    if options.threads == Some(1) {
        sink = Box::new(move |batch| write_batch(&mut writer, batch));
    } else {
        let (tx, rx) = std::sync::mpsc::sync_channel::<Vec<String>>(2);
        writer_thread = Some(std::thread::spawn(move || -> Result<(), String> {
            for batch in rx {
                write_batch(&mut writer, batch)?;
            }
            Ok(())
        }));
        sink = Box::new(move |batch| tx.send(batch).map_err(|_| "the writer stopped".to_string()));
    }
    let mut pool = rayon::ThreadPoolBuilder::new();
    if let Some(n) = options.threads {
        pool = pool.num_threads(n.max(1));
    }
    let pool = pool.build().map_err(|e| format!("cannot start threads: {e}"))?;
    let bar = if io::stderr().is_terminal() {
        // Standard input has no known length: bytes and speed only.
        let (bar, template) = match total {
            Some(total) => (
                indicatif::ProgressBar::new(total),
                "{bar:40} {bytes}/{total_bytes} {bytes_per_sec} eta {eta}",
            ),
            None => (indicatif::ProgressBar::no_length(), "{bytes} {bytes_per_sec}"),
        };
        bar.set_style(
            indicatif::ProgressStyle::with_template(template)
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        bar.set_position(skipped.1);
        Some(bar)
    } else {
        None
    };

    let (mut lines, mut errors, mut bytes_read) = (skipped.0, 0usize, skipped.1);
    let mut stopped = false;
    // The next batch is read while this one is analysed.
    let (mut chunk, mut chunk_bytes, mut done) = read_chunk(&mut reader, &in_name, max)?;
    while !chunk.is_empty() {
        let first = lines + 1;
        let (results, next) = pool.install(|| {
            rayon::join(
                || -> Vec<String> {
                    chunk
                        .par_iter()
                        .enumerate()
                        .map(|(i, line)| match line {
                            Line::Bytes(raw) => {
                                if options.html {
                                    warta::analyze_html_json_line(
                                        raw,
                                        first + i,
                                        options.field,
                                        options.url_field,
                                        analyzer,
                                    )
                                } else {
                                    warta::analyze_json_line(
                                        raw,
                                        first + i,
                                        options.field,
                                        analyzer,
                                    )
                                }
                            }
                            Line::TooLong(len) => warta::error_json_line(
                                first + i,
                                &format!(
                                    "line of {len} bytes is over the limit of {max} bytes \
                                     (--max-line-bytes)"
                                ),
                            ),
                        })
                        .collect()
                },
                || {
                    if done {
                        Ok((Vec::new(), 0, true))
                    } else {
                        read_chunk(&mut reader, &in_name, max)
                    }
                },
            )
        });
        errors += results.iter().filter(|r| r.starts_with("{\"error\"")).count();
        if let Err(e) = sink(results) {
            // A writer thread that stopped reports its own error below.
            if writer_thread.is_none() {
                return Err(e);
            }
            break;
        }
        lines += chunk.len();
        bytes_read += chunk_bytes;
        if let Some(bar) = &bar {
            bar.set_position(bytes_read);
        }
        if hold {
            hold = false;
            hold_for_stop();
        }
        if STOP.load(Ordering::SeqCst) {
            stopped = true;
            break;
        }
        (chunk, chunk_bytes, done) = next?;
    }
    drop(sink);
    if let Some(w) = writer_thread {
        w.join().map_err(|_| format!("the writer of {out_name} failed"))??;
    }
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    let resumed = if skipped.0 > 0 {
        format!(" (resumed after line {}; {} analysed in this run)", skipped.0, lines - skipped.0)
    } else {
        String::new()
    };
    if stopped {
        let advice = if to_stdout {
            "standard output cannot be resumed"
        } else {
            "run again with --resume to continue"
        };
        return Ok(Outcome::Stopped(format!(
            "stopped: {out_name} holds whole records for input lines 1 to {lines}; {advice}"
        )));
    }
    Ok(Outcome::Done(format!(
        "{lines} lines{resumed}, {errors} error records in this run, {} threads",
        pool.current_num_threads()
    )))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The lines `read_line` gives for `input` at limit `max`: kept bytes,
    /// or the skipped length; and the bytes consumed.
    fn lines(input: &[u8], max: usize) -> Vec<(Result<Vec<u8>, u64>, u64)> {
        // A tiny buffer, so that lines span many refills.
        let mut reader = BufReader::with_capacity(3, input);
        let mut out = Vec::new();
        while let Some((line, n)) = read_line(&mut reader, max).unwrap() {
            out.push((
                match line {
                    Line::Bytes(b) => Ok(b),
                    Line::TooLong(len) => Err(len),
                },
                n,
            ));
        }
        out
    }

    #[test]
    fn lines_at_the_limit() {
        let got = lines(b"abcd\nabcde\nabc\r\n\nabcdefghij\nxy", 4);
        let want: Vec<(Result<Vec<u8>, u64>, u64)> = vec![
            (Ok(b"abcd\n".to_vec()), 5),
            (Err(5), 6),
            (Ok(b"abc\r\n".to_vec()), 5),
            (Ok(b"\n".to_vec()), 1),
            (Err(10), 11),
            (Ok(b"xy".to_vec()), 2),
        ];
        assert_eq!(got, want);
        // An unterminated last line over the limit.
        assert_eq!(lines(b"abcdefg", 4), vec![(Err(7), 7)]);
        // Exactly at the limit, unterminated.
        assert_eq!(lines(b"abcd", 4), vec![(Ok(b"abcd".to_vec()), 4)]);
        assert!(lines(b"", 4).is_empty());
    }

    #[test]
    fn chunks_count_every_byte() {
        let input = b"{\"text\": \"a\"}\n\nxxxxxxxxxxxxxxxxxxxx\nlast".repeat(300);
        let mut reader = BufReader::new(&input[..]);
        let (mut total, mut lines) = (0, 0);
        loop {
            let (chunk, bytes, done) = read_chunk(&mut reader, "x", 16).unwrap();
            assert!(chunk.len() <= CHUNK_LINES);
            total += bytes;
            lines += chunk.len();
            if done {
                break;
            }
        }
        assert_eq!(total, input.len() as u64);
        // "last" and the next repetition's first line join: 3 lines each,
        // plus the final "last".
        assert_eq!(lines, 3 * 300 + 1);
    }
}
