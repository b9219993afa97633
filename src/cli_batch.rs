//! `warta analyze` and `warta batch`: one article to JSON, or a JSONL feed
//! to JSONL on every core.

use std::fs::File;
use std::io::{self, BufRead, BufReader, IsTerminal, Write};
use std::path::Path;

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

/// Writes `lines`, each followed by a line break, with vectored writes (no
/// copy into a buffer); a line is never split between batches.
fn write_lines(out: &mut File, lines: &[String]) -> io::Result<()> {
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

/// The next batch of input lines: at most [`CHUNK_LINES`] lines or about
/// [`CHUNK_BYTES`] bytes; its size in bytes; whether the input ended.
fn read_chunk(
    reader: &mut impl BufRead,
    input: &Path,
) -> Result<(Vec<Vec<u8>>, usize, bool), String> {
    let mut chunk = Vec::with_capacity(CHUNK_LINES);
    let mut bytes = 0;
    while chunk.len() < CHUNK_LINES && bytes < CHUNK_BYTES {
        let mut line = Vec::new();
        let n = reader
            .read_until(b'\n', &mut line)
            .map_err(|e| format!("cannot read {}: {e}", input.display()))?;
        if n == 0 {
            return Ok((chunk, bytes, true));
        }
        bytes += n;
        chunk.push(line);
    }
    Ok((chunk, bytes, false))
}

/// Analyses every line of `input` into `output`, in input order, on
/// `threads` threads (all cores when `None`). Returns a summary.
pub(crate) fn batch(
    input: &Path,
    output: &Path,
    field: &str,
    threads: Option<usize>,
    analyzer: &Analyzer,
) -> Result<String, String> {
    let file = File::open(input).map_err(|e| format!("cannot open {}: {e}", input.display()))?;
    let total = file.metadata().map(|m| m.len()).unwrap_or(0);
    let mut reader = BufReader::with_capacity(1 << 20, file);
    let out =
        File::create(output).map_err(|e| format!("cannot create {}: {e}", output.display()))?;
    // With more than one thread, a writer thread writes batch N while the
    // workers analyse batch N + 1; with one, the one thread does both.
    // Batches arrive in input order, and each line is written whole.
    let out_name = output.display().to_string();
    let write_batch = move |writer: &mut File, batch: Vec<String>| -> Result<(), String> {
        write_lines(writer, &batch).map_err(|e| format!("cannot write {out_name}: {e}"))
    };
    let mut writer = out;
    let mut sink: Box<dyn FnMut(Vec<String>) -> Result<(), String>>;
    let mut writer_thread = None;
    if threads == Some(1) {
        let write_batch = write_batch.clone();
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
    if let Some(n) = threads {
        pool = pool.num_threads(n.max(1));
    }
    let pool = pool.build().map_err(|e| format!("cannot start threads: {e}"))?;
    let bar = if io::stderr().is_terminal() {
        let bar = indicatif::ProgressBar::new(total);
        bar.set_style(
            indicatif::ProgressStyle::with_template(
                "{bar:40} {bytes}/{total_bytes} {bytes_per_sec} eta {eta}",
            )
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        Some(bar)
    } else {
        None
    };

    let (mut lines, mut errors, mut bytes_read) = (0usize, 0usize, 0u64);
    // The next batch is read while this one is analysed.
    let (mut chunk, mut chunk_bytes, mut done) = read_chunk(&mut reader, input)?;
    while !chunk.is_empty() {
        let first = lines + 1;
        let (results, next) = pool.install(|| {
            rayon::join(
                || -> Vec<String> {
                    chunk
                        .par_iter()
                        .enumerate()
                        .map(|(i, raw)| warta::analyze_json_line(raw, first + i, field, analyzer))
                        .collect()
                },
                || if done { Ok((Vec::new(), 0, true)) } else { read_chunk(&mut reader, input) },
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
        bytes_read += chunk_bytes as u64;
        if let Some(bar) = &bar {
            bar.set_position(bytes_read);
        }
        (chunk, chunk_bytes, done) = next?;
    }
    drop(sink);
    if let Some(w) = writer_thread {
        w.join().map_err(|_| format!("the writer of {} failed", output.display()))??;
    }
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    Ok(format!("{lines} lines, {errors} error records, {} threads", pool.current_num_threads()))
}
