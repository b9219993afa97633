//! warta for Python: a thin PyO3 layer over the library. Every call returns
//! plain Python objects shaped exactly like the CLI's JSON (they are the
//! library's own `Serialize` output, turned into dicts and lists by
//! `pythonize`), so `warta.analyze(text)` equals `warta analyze` on the same
//! text.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use pyo3::exceptions::{PyOSError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyList};
use rayon::prelude::*;

/// The library's error or an I/O error as a Python exception with the CLI's
/// message (`FILE: line 3: ...`).
fn value_error(path: &std::path::Path, e: impl std::fmt::Display) -> PyErr {
    let name = path
        .file_name()
        .map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned());
    PyValueError::new_err(format!("{name}: {e}"))
}

fn read(path: &std::path::Path) -> PyResult<String> {
    std::fs::read_to_string(path)
        .map_err(|e| PyOSError::new_err(format!("cannot read {}: {e}", path.display())))
}

fn to_py<'py>(py: Python<'py>, value: &impl serde::Serialize) -> PyResult<Bound<'py, PyAny>> {
    pythonize::pythonize(py, value).map_err(|e| PyValueError::new_err(e.to_string()))
}

/// The number of threads a batch call uses: the argument, else
/// `WARTA_THREADS`, else every core.
fn thread_count(threads: Option<usize>) -> usize {
    threads
        .or_else(|| std::env::var("WARTA_THREADS").ok().and_then(|v| v.trim().parse().ok()))
        .filter(|&n| n > 0)
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
}

/// A rayon pool per process and size. A process made by `fork` gets a pool
/// of its own: the parent's worker threads do not exist in the child.
type Pool = Mutex<Option<(u32, usize, Arc<rayon::ThreadPool>)>>;

fn pool(slot: &Pool, threads: usize) -> PyResult<Arc<rayon::ThreadPool>> {
    let mut slot = slot.lock().unwrap_or_else(|e| e.into_inner());
    let pid = std::process::id();
    if let Some((p, n, pool)) = slot.as_ref()
        && *p == pid
        && *n == threads
    {
        return Ok(pool.clone());
    }
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .thread_name(|i| format!("warta-{i}"))
        .build()
        .map_err(|e| PyOSError::new_err(format!("cannot start {threads} threads: {e}")))?;
    let pool = Arc::new(pool);
    *slot = Some((pid, threads, pool.clone()));
    Ok(pool)
}

/// Analyses articles: language, anatomy and body, sentences, entities,
/// topics, keywords; each result is a dict shaped like `warta analyze`'s
/// JSON.
///
/// gazetteer: path of a gazetteer TSV merged with the built-in one.
/// topic_model: path of a model from `warta topics train`.
/// keywords: how many keywords to report (10 by default).
/// char_offsets: also report character offsets (`char_start`, `char_end`).
/// whole_text: read all of the text as article text (no page anatomy).
#[pyclass(frozen, module = "warta._warta")]
struct Analyzer {
    inner: warta::Analyzer,
    pool: Pool,
}

#[pymethods]
impl Analyzer {
    #[new]
    #[pyo3(signature = (gazetteer=None, topic_model=None, keywords=None, char_offsets=false, whole_text=false, date=None, prior=None))]
    fn new(
        gazetteer: Option<PathBuf>,
        topic_model: Option<PathBuf>,
        keywords: Option<usize>,
        char_offsets: bool,
        whole_text: bool,
        date: Option<&str>,
        prior: Option<&str>,
    ) -> PyResult<Self> {
        let mut a = warta::Analyzer::new()
            .char_offsets(char_offsets)
            .whole_text(whole_text)
            .reference_date(reference_date(date)?)
            .prior(language_prior(prior)?);
        if let Some(path) = gazetteer {
            let g = warta::Gazetteer::with_user_tsv(&read(&path)?)
                .map_err(|e| value_error(&path, e))?;
            a = a.with_gazetteer(g);
        }
        if let Some(path) = topic_model {
            let m =
                warta::TopicModel::from_json(&read(&path)?).map_err(|e| value_error(&path, e))?;
            a = a.with_topic_model(m);
        }
        if let Some(n) = keywords {
            a = a.keywords(n);
        }
        Ok(Analyzer { inner: a, pool: Mutex::new(None) })
    }

    /// The analysis of one article, as `warta analyze` prints it.
    fn analyze<'py>(&self, py: Python<'py>, text: &str) -> PyResult<Bound<'py, PyAny>> {
        to_py(py, &self.inner.analyze(text))
    }

    /// The analysis of an HTML page, as `warta analyze --html` prints it:
    /// with `text` (the article's text, which every offset refers to) and
    /// `metadata`.
    #[pyo3(signature = (html, url=None))]
    fn analyze_html<'py>(
        &self,
        py: Python<'py>,
        html: &str,
        url: Option<&str>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let page = warta::Page::from_html(html, url);
        to_py(py, &self.inner.analyze_html(&page))
    }

    /// The analyses of many articles, in order, on `threads` threads
    /// (`None`: `WARTA_THREADS`, else every core), with the GIL released
    /// while they run.
    #[pyo3(signature = (texts, threads=None))]
    fn analyze_many<'py>(
        &self,
        py: Python<'py>,
        texts: Vec<String>,
        threads: Option<usize>,
    ) -> PyResult<Bound<'py, PyList>> {
        let pool = pool(&self.pool, thread_count(threads))?;
        let inner = &self.inner;
        convert_as_done(py, &pool, &texts, |t| json(&inner.analyze(t)))
    }

    /// The analyses of many records as JSON lines (`str`), in order: what
    /// `warta batch` writes for `{"text": ...}` records without `id` and
    /// `line`. For Spark and other consumers that parse JSON themselves.
    #[pyo3(signature = (texts, threads=None))]
    fn analyze_many_json(
        &self,
        py: Python<'_>,
        texts: Vec<String>,
        threads: Option<usize>,
    ) -> PyResult<Vec<String>> {
        let pool = pool(&self.pool, thread_count(threads))?;
        let inner = &self.inner;
        let texts = &texts;
        py.detach(|| {
            pool.install(|| {
                texts
                    .par_iter()
                    .map(|t| serde_json::to_string(&inner.analyze(t)).map_err(|e| e.to_string()))
                    .collect::<Result<Vec<_>, _>>()
            })
        })
        .map_err(PyValueError::new_err)
    }

    /// JSONL records to output records, in order, as `warta batch` writes
    /// them but without `line`: each input line is a JSON object whose
    /// `text_field` is analysed (or, with `html`, an HTML page, its URL in
    /// `url_field`), and its output is `{"id": ..., <the analysis>}`, or an
    /// error record `{"error": ..., "id": ...}` for a line that cannot be
    /// analysed. For `spark.read.text` feeds and other line streams.
    #[pyo3(signature = (lines, text_field="text", html=false, url_field=None, threads=None))]
    fn analyze_records_json(
        &self,
        py: Python<'_>,
        lines: Vec<String>,
        text_field: &str,
        html: bool,
        url_field: Option<&str>,
        threads: Option<usize>,
    ) -> PyResult<Vec<String>> {
        let pool = pool(&self.pool, thread_count(threads))?;
        let inner = &self.inner;
        Ok(py.detach(|| {
            pool.install(|| {
                lines
                    .par_iter()
                    .map(|l| {
                        without_line(record_of(l.as_bytes(), text_field, html, url_field, inner))
                    })
                    .collect()
            })
        }))
    }

    /// `analyze_records_json` on an Arrow string array's buffers, for Spark's
    /// Arrow batches: `offsets` (little-endian `i32`, or `i64` when `large`)
    /// and `data` are the array's offset and data buffers, `offset` and
    /// `length` its slice. Returns the output array's offset buffer (`i32`)
    /// and data buffer, one record per row in order, so that no row becomes
    /// a Python object. A null row's slot is analysed as whatever its
    /// offsets hold (the caller masks it).
    #[pyo3(signature = (offsets, data, offset, length, large=false, text_field="text", html=false, url_field=None, threads=None))]
    #[allow(clippy::too_many_arguments)]
    fn _records_arrow<'py>(
        &self,
        py: Python<'py>,
        offsets: &[u8],
        data: &[u8],
        offset: usize,
        length: usize,
        large: bool,
        text_field: &str,
        html: bool,
        url_field: Option<&str>,
        threads: Option<usize>,
    ) -> PyResult<(Bound<'py, PyBytes>, Bound<'py, PyBytes>)> {
        let lines = arrow_slices(offsets, data, offset, length, large)?;
        let pool = pool(&self.pool, thread_count(threads))?;
        let inner = &self.inner;
        let (out_offsets, out_data) = py
            .detach(|| {
                let records: Vec<String> = pool.install(|| {
                    lines
                        .par_iter()
                        .map(|l| without_line(record_of(l, text_field, html, url_field, inner)))
                        .collect()
                });
                let total: usize = records.iter().map(String::len).sum();
                let mut out_offsets = Vec::with_capacity((records.len() + 1) * 4);
                let mut out_data = Vec::with_capacity(total);
                out_offsets.extend_from_slice(&0i32.to_le_bytes());
                for r in &records {
                    out_data.extend_from_slice(r.as_bytes());
                    let end = i32::try_from(out_data.len()).map_err(
                        |_| "the records of one batch exceed 2 GiB: make the batches smaller",
                    )?;
                    out_offsets.extend_from_slice(&end.to_le_bytes());
                }
                Ok::<_, &str>((out_offsets, out_data))
            })
            .map_err(PyValueError::new_err)?;
        Ok((PyBytes::new(py, &out_offsets), PyBytes::new(py, &out_data)))
    }

    /// The analyses of many HTML pages as JSON lines (`str`), in order, as
    /// `warta batch --html-field` writes them without `id` and `line`;
    /// `urls`, when given, has one URL (or None) per page.
    #[pyo3(signature = (pages, urls=None, threads=None))]
    fn analyze_html_many_json(
        &self,
        py: Python<'_>,
        pages: Vec<String>,
        urls: Option<Vec<Option<String>>>,
        threads: Option<usize>,
    ) -> PyResult<Vec<String>> {
        if urls.as_ref().is_some_and(|u| u.len() != pages.len()) {
            return Err(PyValueError::new_err("urls must have one entry per page"));
        }
        let pool = pool(&self.pool, thread_count(threads))?;
        let urls = urls.unwrap_or_default();
        let inner = &self.inner;
        py.detach(|| {
            pool.install(|| {
                pages
                    .par_iter()
                    .enumerate()
                    .map(|(i, h)| {
                        let page =
                            warta::Page::from_html(h, urls.get(i).and_then(|u| u.as_deref()));
                        serde_json::to_string(&inner.analyze_html(&page)).map_err(|e| e.to_string())
                    })
                    .collect::<Result<Vec<_>, _>>()
            })
        })
        .map_err(PyValueError::new_err)
    }

    /// The analyses of many HTML pages, in order, as `analyze_html` gives
    /// each; `urls`, when given, has one URL (or None) per page.
    #[pyo3(signature = (pages, urls=None, threads=None))]
    fn analyze_html_many<'py>(
        &self,
        py: Python<'py>,
        pages: Vec<String>,
        urls: Option<Vec<Option<String>>>,
        threads: Option<usize>,
    ) -> PyResult<Bound<'py, PyList>> {
        if urls.as_ref().is_some_and(|u| u.len() != pages.len()) {
            return Err(PyValueError::new_err("urls must have one entry per page"));
        }
        let pool = pool(&self.pool, thread_count(threads))?;
        let urls = urls.unwrap_or_default();
        let read: Vec<warta::Page> = py.detach(|| {
            pool.install(|| {
                pages
                    .par_iter()
                    .enumerate()
                    .map(|(i, h)| warta::Page::from_html(h, urls.get(i).and_then(|u| u.as_deref())))
                    .collect()
            })
        });
        let inner = &self.inner;
        convert_as_done(py, &pool, &read, |p| json(&inner.analyze_html(p)))
    }
}

/// The batch record of one JSONL line (with `line` 0).
fn record_of(
    line: &[u8],
    text_field: &str,
    html: bool,
    url_field: Option<&str>,
    analyzer: &warta::Analyzer,
) -> String {
    if html {
        warta::analyze_html_json_line(line, 0, text_field, url_field, analyzer)
    } else {
        warta::analyze_json_line(line, 0, text_field, analyzer)
    }
}

/// The rows `offset..offset + length` of an Arrow string array, from its
/// offset buffer (little-endian `i32`, or `i64` when `large`) and data
/// buffer; an error names a buffer that does not hold them.
fn arrow_slices<'a>(
    offsets: &[u8],
    data: &'a [u8],
    offset: usize,
    length: usize,
    large: bool,
) -> PyResult<Vec<&'a [u8]>> {
    let width = if large { 8 } else { 4 };
    let bad = || PyValueError::new_err("the Arrow offsets do not fit the array's buffers");
    let first = offset.checked_mul(width).ok_or_else(bad)?;
    let last = offset.checked_add(length).and_then(|n| n.checked_add(1)).ok_or_else(bad)?;
    let window = offsets.get(first..last.checked_mul(width).ok_or_else(bad)?).ok_or_else(bad)?;
    let at = |i: usize| -> PyResult<usize> {
        let b = &window[i * width..(i + 1) * width];
        let v = if large {
            i64::from_le_bytes(b.try_into().map_err(|_| bad())?)
        } else {
            i64::from(i32::from_le_bytes(b.try_into().map_err(|_| bad())?))
        };
        usize::try_from(v).map_err(|_| bad())
    };
    (0..length).map(|i| data.get(at(i)?..at(i + 1)?).ok_or_else(bad)).collect()
}

/// A batch record without its `line` (written as 0 here, which no real
/// line is): an unescaped `"` can only be JSON structure, so the first
/// `,"line":0` is the field.
fn without_line(mut record: String) -> String {
    if let Some(at) = record.find(",\"line\":0") {
        let end = at + ",\"line\":0".len();
        record.replace_range(at..end, "");
    }
    record
}

/// An analysis as JSON text (serialising cannot fail: every map key is a
/// string).
fn json(a: &warta::Analysis<'_>) -> String {
    serde_json::to_string(a).unwrap_or_default()
}

/// Analyses `inputs` on `pool` without the GIL, each to its JSON text,
/// while this thread turns each finished one into Python objects with the
/// standard library's C JSON decoder (measured faster than building the
/// objects through serde): the two overlap, so a batch costs about the
/// larger of the two, not their sum. The list is in input order.
fn convert_as_done<'py, 'i, I: Sync>(
    py: Python<'py>,
    pool: &rayon::ThreadPool,
    inputs: &'i [I],
    analyse: impl Fn(&'i I) -> String + Sync,
) -> PyResult<Bound<'py, PyList>> {
    let loads = py.import("json")?.getattr("loads")?;
    // The cyclic collector would walk the growing results again and again
    // while they are built (no cycles are made here): paused meanwhile.
    let gc = py.import("gc")?;
    let was_enabled = gc.call_method0("isenabled")?.is_truthy()?;
    if was_enabled {
        gc.call_method0("disable")?;
    }
    let result = convert_inner(py, pool, inputs, analyse, &loads);
    if was_enabled {
        gc.call_method0("enable")?;
    }
    result
}

fn convert_inner<'py, 'i, I: Sync>(
    py: Python<'py>,
    pool: &rayon::ThreadPool,
    inputs: &'i [I],
    analyse: impl Fn(&'i I) -> String + Sync,
    loads: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyList>> {
    let (tx, rx) = std::sync::mpsc::sync_channel::<(usize, String)>(256);
    // Shared with the GIL-free wait below, which needs `Sync`.
    let rx = Mutex::new(rx);
    let mut out: Vec<Option<Bound<'py, PyAny>>> = (0..inputs.len()).map(|_| None).collect();
    let analyse = &analyse;
    std::thread::scope(|s| -> PyResult<()> {
        s.spawn(move || {
            pool.install(|| {
                inputs.par_iter().enumerate().for_each_with(tx, |tx, (i, x)| {
                    // A closed channel (the caller failed) stops the work.
                    let _ = tx.send((i, analyse(x)));
                })
            })
        });
        // Wait without the GIL for one analysis, take the others already
        // done, and decode them as one JSON array with the GIL: one call,
        // and the decoder shares its key strings across them.
        let mut at: Vec<usize> = Vec::with_capacity(64);
        let mut array = String::new();
        loop {
            let rx = &rx;
            let first = py.detach(|| rx.lock().unwrap_or_else(|e| e.into_inner()).recv());
            let Ok(first) = first else { break };
            at.clear();
            array.clear();
            array.push('[');
            let rx = rx.lock().unwrap_or_else(|e| e.into_inner());
            for (i, a) in
                std::iter::once(first).chain(std::iter::from_fn(|| rx.try_recv().ok()).take(63))
            {
                if !at.is_empty() {
                    array.push(',');
                }
                array.push_str(&a);
                at.push(i);
            }
            drop(rx);
            array.push(']');
            let decoded = loads.call1((array.as_str(),))?;
            for (k, &i) in at.iter().enumerate() {
                out[i] = Some(decoded.get_item(k)?);
            }
        }
        Ok(())
    })?;
    let items =
        out.into_iter().map(|x| x.ok_or_else(|| PyValueError::new_err("an analysis is missing")));
    PyList::new(py, items.collect::<PyResult<Vec<_>>>()?)
}

/// The analysis of one article with the built-in data, as `warta analyze`
/// prints it.
#[pyfunction]
fn analyze<'py>(py: Python<'py>, text: &str) -> PyResult<Bound<'py, PyAny>> {
    to_py(py, &warta::Analyzer::new().analyze(text))
}

/// The tokens of `text` in sentence order, as `warta tokenize --format
/// json` writes them: dicts with `text`, `start`, `end` (byte offsets),
/// `kind`, `sentence` and, for clitics, `words`.
#[pyfunction]
fn tokenize<'py>(py: Python<'py>, text: &str) -> PyResult<Bound<'py, PyAny>> {
    let rows: Vec<_> = warta::token_rows(text).collect();
    to_py(py, &rows)
}

/// The sentences of `text`: dicts with `start`, `end` (byte offsets) and
/// `text`.
#[pyfunction]
fn sentences<'py>(py: Python<'py>, text: &str) -> PyResult<Bound<'py, PyAny>> {
    #[derive(serde::Serialize)]
    struct Row<'t> {
        start: usize,
        end: usize,
        text: &'t str,
    }
    let rows: Vec<Row<'_>> = warta::sentences(text)
        .map(|s| Row { start: s.span().start, end: s.span().end, text: &text[s.span().range()] })
        .collect();
    to_py(py, &rows)
}

/// The stem of one word (`penyelidikan` → `selidik`); `algorithm="tala"`
/// for the Snowball Indonesian algorithm.
#[pyfunction]
#[pyo3(signature = (word, algorithm="default"))]
fn stem(word: &str, algorithm: &str) -> PyResult<String> {
    match algorithm {
        "default" => Ok(warta::stem(word).into_owned()),
        "tala" => Ok(warta::stem_tala(word).into_owned()),
        other => {
            Err(PyValueError::new_err(format!("unknown algorithm {other:?}: default or tala")))
        }
    }
}

/// The language of a snippet, as `warta lang --lines` prints it: `lang`
/// (the code, or None), `name`, `confidence`, `reliable`.
#[pyfunction]
#[pyo3(signature = (text, prior=None))]
fn detect<'py>(py: Python<'py>, text: &str, prior: Option<&str>) -> PyResult<Bound<'py, PyAny>> {
    match warta::detect_with(text, language_prior(prior)?) {
        Some(d) => to_py(py, &d),
        None => to_py(
            py,
            &serde_json::json!({"lang": null, "name": null, "confidence": 0.0, "reliable": false}),
        ),
    }
}

/// The entities of an article, as `warta entities` prints them: `entities`
/// (each mention) and `linked` (each entity).
#[pyfunction]
fn entities<'py>(py: Python<'py>, text: &str) -> PyResult<Bound<'py, PyAny>> {
    let a = warta::Analyzer::new().analyze_layers(text, warta::Layers::QUOTES);
    to_py(py, &a.entities_json())
}

/// The quotes of an article, as `warta quotes` prints them: `quotes`.
#[pyfunction]
fn quotes<'py>(py: Python<'py>, text: &str) -> PyResult<Bound<'py, PyAny>> {
    let a = warta::Analyzer::new().analyze_layers(text, warta::Layers::QUOTES);
    to_py(py, &a.quotes_json())
}

/// A `prior` argument (`id`, `ms`, `none`) as the detector's prior.
fn language_prior(prior: Option<&str>) -> PyResult<warta::Prior> {
    match prior.map(str::parse::<warta::Prior>) {
        None => Ok(warta::Prior::Neutral),
        Some(Ok(p)) => Ok(p),
        Some(Err(_)) => Err(PyValueError::new_err(format!("{prior:?}: expected id, ms or none"))),
    }
}

/// A `date` argument (`YYYY-MM-DD`) as a reference date.
fn reference_date(date: Option<&str>) -> PyResult<Option<warta::CalendarDate>> {
    match date.map(str::parse::<warta::CalendarDate>) {
        None => Ok(None),
        Some(Ok(d)) if d.day.is_some() => Ok(Some(d)),
        Some(Ok(_)) => {
            Err(PyValueError::new_err(format!("{date:?}: not a full date (YYYY-MM-DD)")))
        }
        Some(Err(e)) => Err(PyValueError::new_err(e.to_string())),
    }
}

/// The values of an article, as `warta values` prints them:
/// `reference_date` and `values` (dates, times, money, percentages,
/// quantities); relative dates are resolved against the article's date
/// line, else `date` (`YYYY-MM-DD`).
#[pyfunction]
#[pyo3(signature = (text, date=None))]
fn values<'py>(py: Python<'py>, text: &str, date: Option<&str>) -> PyResult<Bound<'py, PyAny>> {
    let a = warta::Analyzer::new()
        .reference_date(reference_date(date)?)
        .analyze_layers(text, warta::Layers::VALUES);
    to_py(py, &a.values_json())
}

/// The topics of an article, as `warta topics` prints them: `topics`.
#[pyfunction]
fn topics<'py>(py: Python<'py>, text: &str) -> PyResult<Bound<'py, PyAny>> {
    let a = warta::Analyzer::new().analyze_layers(text, warta::Layers::TOPICS);
    to_py(py, &a.topics_json())
}

/// The version of the analysis schema (`version` in every analysis).
#[pyfunction]
fn schema_version() -> u32 {
    warta::ANALYSIS_VERSION
}

#[pymodule]
fn _warta(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Analyzer>()?;
    m.add_function(wrap_pyfunction!(analyze, m)?)?;
    m.add_function(wrap_pyfunction!(tokenize, m)?)?;
    m.add_function(wrap_pyfunction!(sentences, m)?)?;
    m.add_function(wrap_pyfunction!(stem, m)?)?;
    m.add_function(wrap_pyfunction!(detect, m)?)?;
    m.add_function(wrap_pyfunction!(entities, m)?)?;
    m.add_function(wrap_pyfunction!(topics, m)?)?;
    m.add_function(wrap_pyfunction!(quotes, m)?)?;
    m.add_function(wrap_pyfunction!(values, m)?)?;
    m.add_function(wrap_pyfunction!(schema_version, m)?)?;
    Ok(())
}
