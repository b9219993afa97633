//! The `warta` command-line program.

use std::io::{self, BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};

use clap::{Parser, Subcommand, ValueEnum};

mod batch;
mod dedup;
mod layers;
mod ner;
mod tokenize;
mod topics;

/// Analyse Indonesian news text.
///
/// Every file argument may be `-`: standard input for an input, standard
/// output for an output. Standard input can feed one argument per run.
#[derive(Debug, Parser)]
#[command(name = "warta", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Split text into sentences and tokens.
    Tokenize {
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// Input file (UTF-8); standard input when absent or `-`.
        file: Option<PathBuf>,
    },
    /// Detect languages: the article's (its body), each sentence's and the
    /// mix, exactly as `warta analyze` reports them; or each line's.
    ///
    /// The document is read as an article, as `warta analyze` reads it:
    /// anatomy on, the language is the body's (`--whole-text` reads it all).
    Lang {
        /// Treat every input line as a separate plain text (never page
        /// anatomy): one JSON object per line with `lang` (the code, or
        /// null), `name`, `confidence`, `reliable`.
        #[arg(long)]
        lines: bool,
        /// Read the whole document as article text: no anatomy, no
        /// boilerplate.
        #[arg(long, conflicts_with = "lines")]
        whole_text: bool,
        /// What to assume of the source before reading it: `id` for an
        /// Indonesian feed (Indonesian nine times as likely as Malay), `ms`
        /// for a Malay one, `none` (the default).
        #[arg(long, value_name = "id|ms|none", value_parser = parse_prior)]
        prior: Option<warta::Prior>,
        /// Input file (UTF-8); standard input when absent or `-`.
        file: Option<PathBuf>,
    },
    /// Extract named entities (companies, countries, outlets, institutions,
    /// places), exactly as `warta analyze` reports them: `entities` (each
    /// mention) and `linked` (each entity).
    ///
    /// The document is read as an article, as `warta analyze` reads it:
    /// boilerplate (`Baca juga`, share prompts, author bios) is left out
    /// (`--whole-text` reads it all).
    Entities {
        /// Treat every input line as a separate plain text (never page
        /// anatomy): one JSON object per line with `entities` and `linked`.
        #[arg(long)]
        lines: bool,
        /// Read the whole document as article text: no anatomy, no
        /// boilerplate.
        #[arg(long, conflicts_with = "lines")]
        whole_text: bool,
        /// A gazetteer TSV (id, kind, name, surfaces, attrs) merged with the
        /// built-in one; its names take precedence. `-` for standard input.
        #[arg(long)]
        gazetteer: Option<PathBuf>,
        #[command(flatten)]
        tagger: TaggerOptions,
        /// Input file (UTF-8); standard input when absent or `-`.
        file: Option<PathBuf>,
    },
    /// Quotes and their speakers, exactly as `warta analyze` reports them:
    /// `{"quotes": [...]}`, each with `start`, `end`, `text`, `kind`
    /// (`direct`, `indirect`), `speaker` (`start`, `end`, `text`, `entity`),
    /// `verb` and `about` (the entities mentioned inside).
    ///
    /// The document is read as an article, as `warta analyze` reads it
    /// (`--whole-text` reads it all); a pronoun (`ujarnya`) is the person
    /// last named anywhere before it in the article.
    Quotes {
        /// Treat every input line as a separate plain text (never page
        /// anatomy): one JSON object per line with `quotes`.
        #[arg(long)]
        lines: bool,
        /// Read the whole document as article text: no anatomy, no
        /// boilerplate.
        #[arg(long, conflicts_with = "lines")]
        whole_text: bool,
        /// Input file (UTF-8); standard input when absent or `-`.
        file: Option<PathBuf>,
    },
    /// Dates, times, money, percentages and quantities, normalised, exactly
    /// as `warta analyze` reports them: `{"reference_date", "values":
    /// [...]}`, each value with `start`, `end`, `text`, `kind` (`date`,
    /// `time`, `money`, `percent`, `quantity`), `value` (a number, an ISO
    /// date, `HH:MM`, or null), `unit` (ISO 4217, `%`, `pp`, a time zone, a
    /// counted noun or measure), `per` (a rate's), `min` and `max` (a
    /// range's).
    ///
    /// Relative dates (`kemarin`, `Senin lalu`) are resolved against the
    /// article's date line, else `--date`; without either their `value`
    /// is null.
    Values {
        /// Treat every input line as a separate plain text (never page
        /// anatomy): one JSON object per line.
        #[arg(long)]
        lines: bool,
        /// Read the whole document as article text: no anatomy, no
        /// boilerplate.
        #[arg(long, conflicts_with = "lines")]
        whole_text: bool,
        /// The reference date (`YYYY-MM-DD`) for texts without a date line.
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
        date: Option<warta::CalendarDate>,
        /// Input file (UTF-8); standard input when absent or `-`.
        file: Option<PathBuf>,
    },
    /// The name tagger: `ner train` trains a model on CoNLL/BIO files.
    Ner {
        #[command(subcommand)]
        action: NerAction,
    },
    /// Score topics with the built-in taxonomy or a trained model, exactly
    /// as `warta analyze` reports them; `topics train` trains a model.
    ///
    /// The document is read as an article, as `warta analyze` reads it:
    /// boilerplate is left out (`--whole-text` reads it all).
    #[command(args_conflicts_with_subcommands = true)]
    Topics {
        #[command(subcommand)]
        action: Option<TopicsAction>,
        /// Treat every input line as a separate plain text (never page
        /// anatomy): one JSON object per line with `topics`, a ranked list
        /// of `label`, `score` and `evidence`.
        #[arg(long)]
        lines: bool,
        /// Read the whole document as article text: no anatomy, no
        /// boilerplate.
        #[arg(long, conflicts_with = "lines")]
        whole_text: bool,
        /// A model from `warta topics train` instead of the built-in
        /// taxonomy; `-` for standard input.
        #[arg(long)]
        model: Option<PathBuf>,
        /// Input file (UTF-8); standard input when absent or `-`.
        file: Option<PathBuf>,
    },
    /// Analyse one article: languages, anatomy and body, sentences,
    /// entities, topics, keywords, as JSON.
    ///
    /// An HTML page (`--html`, or any input that starts with markup) is
    /// read for its article: the JSON then also carries `text`, the
    /// article's text that every offset refers to, and `metadata`
    /// (headline, publication time, authors, section, tags, URL, outlet,
    /// next page).
    Analyze {
        #[command(flatten)]
        options: AnalyzerOptions,
        /// Read the input as an HTML page (detected anyway when it starts
        /// with markup: `<!DOCTYPE`, `<html`, `<head`, `<body`, `<meta`).
        #[arg(long)]
        html: bool,
        /// The page's URL: resolves its next-page link and names the outlet
        /// when the page does not.
        #[arg(long, value_name = "URL")]
        url: Option<String>,
        /// Input file (UTF-8, or gzip-compressed UTF-8); standard input
        /// when absent or `-`.
        file: Option<PathBuf>,
    },
    /// Analyse a JSONL feed on every core: one output line per input line,
    /// in input order, with the input's `id`; error records for lines that
    /// cannot be analysed.
    Batch {
        /// Input JSONL file: one JSON object per line; `-` for standard input.
        #[arg(long)]
        input: PathBuf,
        /// Output JSONL file; `-` for standard output (which cannot be
        /// resumed).
        #[arg(long)]
        output: PathBuf,
        /// The field that holds the article text.
        #[arg(long, default_value = "text")]
        text_field: String,
        /// The field that holds an HTML page instead of text: each record's
        /// page is read for its article, as `warta analyze --html` reads it.
        #[arg(long, value_name = "FIELD", conflicts_with = "text_field")]
        html_field: Option<String>,
        /// The field that holds each page's URL (with `--html-field`).
        #[arg(long, value_name = "FIELD", requires = "html_field")]
        url_field: Option<String>,
        /// Worker threads (all cores by default).
        #[arg(long)]
        threads: Option<usize>,
        /// The longest input line read, in bytes; a longer line is skipped
        /// (never held in memory) and gets an error record.
        #[arg(long, default_value_t = batch::DEFAULT_MAX_LINE_BYTES)]
        max_line_bytes: usize,
        /// Continue the output file that a stopped or killed run left: cut it
        /// back to its last whole record and analyse the input lines after
        /// it. Not with `--output -`.
        #[arg(long)]
        resume: bool,
        #[command(flatten)]
        options: AnalyzerOptions,
    },
    /// Group a feed's records into stories: syndicated copies of one story
    /// (new headline, trimmed lede, a paragraph dropped, `(ant)` added)
    /// form one cluster; independent reports of the same event and
    /// follow-ups stay apart.
    ///
    /// One output line per input line, in order: `{"id", "cluster",
    /// "origin", "similarity"}`. `cluster` is the id of the story's
    /// earliest record; `origin` the record of the agency or outlet the
    /// copies credit (`(ant)`, `Sumber: Antara`, `(Bernama)`), when it is
    /// in the feed (known by `--url-field`), else the earliest; `similarity`
    /// the share of the record's sentences found, in order, in the origin.
    /// A line that cannot be read gets `{"line", "error"}`.
    Dedup {
        /// Input JSONL file (may be gzip-compressed); `-` for standard input.
        #[arg(long)]
        input: PathBuf,
        /// Output JSONL file; `-` for standard output.
        #[arg(long)]
        output: PathBuf,
        /// The field that holds the article text.
        #[arg(long, default_value = "text")]
        text_field: String,
        /// The field that holds an HTML page instead of text.
        #[arg(long, value_name = "FIELD")]
        html_field: Option<String>,
        /// The field that holds the record's URL: which outlet published it.
        #[arg(long, value_name = "FIELD", default_value = "url")]
        url_field: String,
        /// The field that holds the publication time (ISO 8601 or seconds
        /// since the epoch).
        #[arg(long, value_name = "FIELD", default_value = "published")]
        published_field: String,
        /// The field that holds the record's id (the line number when
        /// absent).
        #[arg(long, value_name = "FIELD", default_value = "id")]
        id_field: String,
        /// Worker threads (all cores by default).
        #[arg(long)]
        threads: Option<usize>,
    },
    /// Stem the words of running text: one output line per input line.
    ///
    /// Each input line is split into tokens as `warta tokenize` splits it;
    /// its output line holds the stem of each word token, in order, and
    /// every other token (numbers, punctuation, symbols, URLs, e-mail
    /// addresses, hashtags, mentions) kept as written, separated by single
    /// spaces. An empty input line gives an empty output line, so a file of
    /// one word per line gives one stem per line.
    Stem {
        /// Stemming algorithm.
        #[arg(long, value_enum, default_value_t = StemAlgorithm::Default)]
        algorithm: StemAlgorithm,
        /// A root lexicon (TSV: root, optional weight) added to the built-in
        /// one; `-` for standard input.
        #[arg(long)]
        lexicon: Option<PathBuf>,
        /// Input file (UTF-8); standard input when absent or `-`.
        file: Option<PathBuf>,
    },
}

/// Options of `warta analyze` and `warta batch`.
#[derive(Debug, clap::Args)]
struct AnalyzerOptions {
    /// Read the whole text as article text: no anatomy, no boilerplate.
    #[arg(long)]
    whole_text: bool,
    /// Also report character offsets (`char_start`, `char_end`).
    #[arg(long)]
    char_offsets: bool,
    /// A gazetteer TSV merged with the built-in one; `-` for standard input.
    #[arg(long)]
    gazetteer: Option<PathBuf>,
    /// A topic model from `warta topics train` instead of the built-in
    /// taxonomy; `-` for standard input.
    #[arg(long)]
    model: Option<PathBuf>,
    /// How many keywords to report (10 by default; 0 for none).
    #[arg(long, value_name = "N")]
    keywords: Option<usize>,
    /// The reference date (`YYYY-MM-DD`) for relative dates (`kemarin`)
    /// in texts without a date line of their own.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    date: Option<warta::CalendarDate>,
    /// What the language detector assumes of the source: `id` for an
    /// Indonesian feed, `ms` for a Malay one, `none` (the default).
    #[arg(long, value_name = "id|ms|none", value_parser = parse_prior)]
    prior: Option<warta::Prior>,
    #[command(flatten)]
    tagger: TaggerOptions,
}

/// A language prior for `--prior`.
fn parse_prior(s: &str) -> Result<warta::Prior, String> {
    s.parse::<warta::Prior>().map_err(|_| format!("{s:?}: expected id, ms or none"))
}

/// A full date for `--date`.
fn parse_date(s: &str) -> Result<warta::CalendarDate, String> {
    match s.parse::<warta::CalendarDate>() {
        Ok(d) if d.day.is_some() => Ok(d),
        Ok(_) => Err(format!("{s:?} is not a full date (YYYY-MM-DD)")),
        Err(e) => Err(e.to_string()),
    }
}

/// Which tagger finds the names the gazetteer does not hold.
#[derive(Debug, Default, clap::Args)]
struct TaggerOptions {
    /// A tagger model from `warta ner train` instead of the built-in one;
    /// `-` for standard input.
    #[arg(long, value_name = "FILE")]
    tagger: Option<PathBuf>,
    /// No tagger: gazetteer matches and naming patterns only.
    #[arg(long, conflicts_with = "tagger")]
    no_tagger: bool,
}

/// What `warta ner` can do.
#[derive(Debug, Subcommand)]
enum NerAction {
    /// Train a tagger model on CoNLL/BIO files (a token per line, its tag
    /// in the last column, `B-PER`/`I-ORG`/`O`, blank lines between
    /// sentences); PER, ORG and LOC are learned. The same files, epochs
    /// and seed give the same model bytes.
    Train {
        /// CoNLL/BIO files; `-` for standard input.
        #[arg(long, required = true, num_args = 1..)]
        input: Vec<PathBuf>,
        /// Where to write the model.
        #[arg(long)]
        output: PathBuf,
        /// Passes over the sentences.
        #[arg(long, default_value_t = 10)]
        epochs: usize,
        /// The seed of the order of sentences in each pass.
        #[arg(long, default_value_t = 1)]
        seed: u64,
    },
}

impl AnalyzerOptions {
    fn build(&self) -> Result<warta::Analyzer, String> {
        let a =
            analyzer(self.whole_text, self.gazetteer.as_ref(), self.model.as_ref(), &self.tagger)?
                .char_offsets(self.char_offsets)
                .reference_date(self.date)
                .prior(self.prior.unwrap_or_default());
        Ok(match self.keywords {
            Some(n) => a.keywords(n),
            None => a,
        })
    }
}

/// An analyzer with the user's gazetteer and topic model, if any.
fn analyzer(
    whole_text: bool,
    gazetteer: Option<&PathBuf>,
    model: Option<&PathBuf>,
    tagger: &TaggerOptions,
) -> Result<warta::Analyzer, String> {
    let mut a = warta::Analyzer::new().whole_text(whole_text);
    let mut g = match gazetteer {
        Some(path) => {
            let tsv = read_data(path)?;
            Some(
                warta::Gazetteer::with_user_tsv(&tsv)
                    .map_err(|e| format!("{}: {e}", name(path)))?,
            )
        }
        None => None,
    };
    if tagger.no_tagger || tagger.tagger.is_some() {
        let model = ner::load(tagger.tagger.as_ref())?;
        let base = g.take().unwrap_or_else(|| warta::Gazetteer::builtin().clone());
        g = Some(base.with_tagger(model));
    }
    if let Some(g) = g {
        a = a.with_gazetteer(g);
    }
    if let Some(path) = model {
        a = a.with_topic_model(topics::load_model(path)?);
    }
    Ok(a)
}

/// Prints one layer of each line's or the document's analysis.
fn write_layer(
    out: &mut impl Write,
    file: Option<&PathBuf>,
    lines: bool,
    analyzer: &warta::Analyzer,
    layer: layers::Layer,
) -> Result<io::Result<()>, String> {
    if lines {
        return Ok(layers::write_lines(out, &read_input_lines(file)?, analyzer, layer));
    }
    Ok(match read_document(file, false)? {
        // An HTML page: its article's layer, with its text and metadata.
        Doc::Html(html) => {
            layers::write_page(out, &warta::Page::from_html(&html, None), analyzer, layer)
        }
        Doc::Text(text) => layers::write_document(out, &text, analyzer, layer),
    })
}

/// What `warta topics` can do besides scoring.
#[derive(Debug, Subcommand)]
enum TopicsAction {
    /// Train a topic model on a TSV file with a header row.
    Train {
        /// The TSV file (UTF-8, header row, fields optionally quoted); `-`
        /// for standard input.
        #[arg(long)]
        tsv: PathBuf,
        /// The column with the labels.
        #[arg(long)]
        label_col: String,
        /// The column with the texts.
        #[arg(long)]
        text_col: String,
        /// Where to write the model (JSON); `-` for standard output.
        #[arg(long)]
        out: PathBuf,
    },
}

/// Stemming algorithms of `warta stem`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum StemAlgorithm {
    /// warta's lexicon-validated Indonesian stemmer.
    Default,
    /// The Snowball Indonesian (Tala) algorithm.
    Tala,
}

/// Output formats of `warta tokenize`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum Format {
    /// One sentence a line, tokens separated by spaces.
    Text,
    /// CoNLL-U: token lines, multiword-token lines for clitics.
    Conllu,
    /// A JSON array of tokens with byte offsets, kinds and sentence numbers.
    Json,
}

/// The input of a line-by-line command: invalid UTF-8 is not an error
/// there, since every input line must get its output line. Each invalid
/// sequence becomes U+FFFD, and a warning names the lines repaired.
fn read_input_lines(file: Option<&PathBuf>) -> Result<String, String> {
    let bytes = read_bytes(file)?;
    let bytes = match String::from_utf8(bytes) {
        Ok(text) => return Ok(text),
        Err(e) => e.into_bytes(),
    };
    let mut text = String::with_capacity(bytes.len() + 16);
    let (mut line, mut bad): (usize, Vec<usize>) = (1, Vec::new());
    for chunk in bytes.utf8_chunks() {
        text.push_str(chunk.valid());
        line += chunk.valid().bytes().filter(|&b| b == b'\n').count();
        if !chunk.invalid().is_empty() {
            text.push(char::REPLACEMENT_CHARACTER);
            if bad.last() != Some(&line) {
                bad.push(line);
            }
        }
    }
    let shown: Vec<String> = bad.iter().take(5).map(usize::to_string).collect();
    let more = if bad.len() > 5 { ", …" } else { "" };
    eprintln!(
        "warta: invalid UTF-8 replaced by U+FFFD on {} line(s) ({}{more}); offsets on them refer to the repaired text",
        bad.len(),
        shown.join(", ")
    );
    Ok(text)
}

/// Whether a file argument is `-`: standard input, or standard output for
/// an output.
pub(crate) fn is_std(path: &Path) -> bool {
    path.as_os_str() == "-"
}

/// A file argument as messages name it.
pub(crate) fn name(path: &Path) -> String {
    if is_std(path) { "standard input".to_string() } else { path.display().to_string() }
}

/// Why a second argument cannot read standard input.
const STDIN_ONCE: &str = "standard input (-) can be read only once, and another argument already \
                          reads it (an input without FILE reads it too)";

/// Set when an argument has claimed standard input.
static STDIN_TAKEN: AtomicBool = AtomicBool::new(false);

/// Claims standard input for one argument: it can be read only once.
pub(crate) fn take_stdin() -> Result<(), String> {
    if STDIN_TAKEN.swap(true, Ordering::SeqCst) { Err(STDIN_ONCE.to_string()) } else { Ok(()) }
}

/// How many of a command's inputs read standard input: a data file given as
/// `-`, and the text input when it is `-` or absent. Checked before anything
/// is read, so that no input is consumed by a run that must fail.
fn stdin_readers(command: &Command) -> usize {
    let dash = |p: Option<&PathBuf>| usize::from(p.is_some_and(|p| is_std(p)));
    let text = |p: Option<&PathBuf>| usize::from(p.is_none_or(|p| is_std(p)));
    let options = |o: &AnalyzerOptions| {
        dash(o.gazetteer.as_ref()) + dash(o.model.as_ref()) + dash(o.tagger.tagger.as_ref())
    };
    match command {
        Command::Tokenize { file, .. }
        | Command::Lang { file, .. }
        | Command::Quotes { file, .. }
        | Command::Values { file, .. } => text(file.as_ref()),
        Command::Entities { gazetteer, tagger, file, .. } => {
            dash(gazetteer.as_ref()) + dash(tagger.tagger.as_ref()) + text(file.as_ref())
        }
        Command::Ner { action: NerAction::Train { input, .. } } => {
            input.iter().filter(|p| is_std(p)).count()
        }
        Command::Topics { action: Some(TopicsAction::Train { tsv, .. }), .. } => dash(Some(tsv)),
        Command::Topics { action: None, model, file, .. } => {
            dash(model.as_ref()) + text(file.as_ref())
        }
        Command::Analyze { options: o, file, .. } => options(o) + text(file.as_ref()),
        Command::Batch { input, options: o, .. } => options(o) + dash(Some(input)),
        Command::Dedup { input, .. } => dash(Some(input)),
        Command::Stem { lexicon, file, .. } => dash(lexicon.as_ref()) + text(file.as_ref()),
    }
}

/// All the bytes of an input: the file, or standard input for `-` or no
/// file.
fn read_bytes(file: Option<&PathBuf>) -> Result<Vec<u8>, String> {
    read_source(file.map(PathBuf::as_path))
}

/// Whether `bytes` start with markup (after a byte-order mark and
/// whitespace): `<!DOCTYPE`, `<html`, `<head`, `<body`, `<meta`, `<?xml`,
/// an HTML comment.
fn looks_like_html(bytes: &[u8]) -> bool {
    let b = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let start = b.iter().position(|c| !c.is_ascii_whitespace()).unwrap_or(b.len());
    let head: Vec<u8> = b[start..b.len().min(start + 9)].to_ascii_lowercase();
    ["<!doctype", "<html", "<head", "<body", "<meta", "<?xml", "<!--"]
        .iter()
        .any(|m| head.starts_with(m.as_bytes()))
}

/// A document argument: an HTML page (asked for, or starting with markup),
/// or text.
enum Doc {
    /// Pages are often not UTF-8 clean: invalid bytes are repaired.
    Html(String),
    /// Text must be UTF-8, to keep byte offsets exact.
    Text(String),
}

/// Reads a document argument once and tells a page from text.
fn read_document(file: Option<&PathBuf>, html: bool) -> Result<Doc, String> {
    let bytes = read_bytes(file)?;
    if html || looks_like_html(&bytes) {
        Ok(Doc::Html(String::from_utf8_lossy(&bytes).into_owned()))
    } else {
        utf8(bytes).map(Doc::Text)
    }
}

/// All the bytes of a file argument, or of standard input for `-` or none;
/// gzip-compressed input is decompressed.
pub(crate) fn read_source(file: Option<&Path>) -> Result<Vec<u8>, String> {
    let bytes = read_raw(file)?;
    if bytes.starts_with(&[0x1f, 0x8b]) {
        let mut out = Vec::with_capacity(bytes.len() * 4);
        flate2::read::MultiGzDecoder::new(&bytes[..])
            .read_to_end(&mut out)
            .map_err(|e| format!("cannot decompress the gzip input: {e}"))?;
        return Ok(out);
    }
    Ok(bytes)
}

/// The bytes of a file argument as stored.
fn read_raw(file: Option<&Path>) -> Result<Vec<u8>, String> {
    let mut bytes = Vec::new();
    match file.filter(|p| !is_std(p)) {
        Some(path) => {
            bytes =
                std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?
        }
        None => {
            take_stdin()?;
            io::stdin()
                .lock()
                .read_to_end(&mut bytes)
                .map_err(|e| format!("cannot read standard input: {e}"))?;
        }
    }
    Ok(bytes)
}

/// The text of a data file argument (gazetteer, lexicon, model, TSV), or
/// of standard input for `-`.
pub(crate) fn read_data(path: &Path) -> Result<String, String> {
    String::from_utf8(read_source(Some(path))?).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        format!("{}: not UTF-8 (invalid byte at offset {at})", name(path))
    })
}

fn read_input(file: Option<&PathBuf>) -> Result<String, String> {
    utf8(read_bytes(file)?)
}

/// The text of a document argument's bytes, or an error naming the offset
/// and line of the first invalid byte.
fn utf8(bytes: Vec<u8>) -> Result<String, String> {
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let line = e.as_bytes()[..at].iter().filter(|&&b| b == b'\n').count() + 1;
        format!("input is not UTF-8: invalid byte at offset {at} (line {line})")
    })
}

fn run(cli: Cli) -> Result<(), String> {
    if stdin_readers(&cli.command) > 1 {
        return Err(STDIN_ONCE.to_string());
    }
    // `warta batch` writes standard output (`--output -`) from its own
    // writer thread, so it must not hold the lock taken below.
    let command = match cli.command {
        Command::Dedup {
            input,
            output,
            text_field,
            html_field,
            url_field,
            published_field,
            id_field,
            threads,
        } => {
            let fields = dedup::Fields {
                text: &text_field,
                html: html_field.as_deref(),
                url: Some(&url_field),
                published: &published_field,
                id: &id_field,
            };
            let summary = dedup::run(&input, &output, &fields, threads)?;
            eprintln!("warta: {summary}");
            return Ok(());
        }
        Command::Batch {
            input,
            output,
            text_field,
            html_field,
            url_field,
            threads,
            max_line_bytes,
            resume,
            options,
        } => {
            let batch = batch::BatchOptions {
                field: html_field.as_deref().unwrap_or(&text_field),
                html: html_field.is_some(),
                url_field: url_field.as_deref(),
                threads,
                max_line_bytes,
                resume,
            };
            return run_batch(&input, &output, &batch, &options);
        }
        command => command,
    };
    let stdout = io::stdout();
    let mut out = BufWriter::with_capacity(1 << 16, stdout.lock());
    let result = match command {
        Command::Tokenize { format, file } => {
            let text = read_input(file.as_ref())?;
            match format {
                Format::Text => tokenize::write_text(&mut out, &text),
                Format::Conllu => tokenize::write_conllu(&mut out, &text),
                Format::Json => tokenize::write_json(&mut out, &text),
            }
        }
        Command::Lang { lines, whole_text, prior, file } => {
            let a = analyzer(whole_text, None, None, &TaggerOptions::default())?
                .prior(prior.unwrap_or_default());
            write_layer(&mut out, file.as_ref(), lines, &a, layers::Layer::Language)?
        }
        Command::Entities { lines, whole_text, gazetteer, tagger, file } => {
            let a = analyzer(whole_text, gazetteer.as_ref(), None, &tagger)?;
            write_layer(&mut out, file.as_ref(), lines, &a, layers::Layer::Entities)?
        }
        Command::Quotes { lines, whole_text, file } => {
            let a = analyzer(whole_text, None, None, &TaggerOptions::default())?;
            write_layer(&mut out, file.as_ref(), lines, &a, layers::Layer::Quotes)?
        }
        Command::Values { lines, whole_text, date, file } => {
            let a =
                analyzer(whole_text, None, None, &TaggerOptions::default())?.reference_date(date);
            write_layer(&mut out, file.as_ref(), lines, &a, layers::Layer::Values)?
        }
        Command::Ner { action: NerAction::Train { input, output, epochs, seed } } => {
            let summary = ner::train(&input, &output, epochs, seed)?;
            eprintln!("warta: {summary}");
            Ok(())
        }
        Command::Topics {
            action: Some(TopicsAction::Train { tsv, label_col, text_col, out: path }),
            ..
        } => {
            let summary = topics::train(&tsv, &label_col, &text_col, &path, &mut out)?;
            eprintln!("warta: {summary}");
            Ok(())
        }
        Command::Topics { action: None, lines, whole_text, model, file } => {
            let a = analyzer(whole_text, None, model.as_ref(), &TaggerOptions::default())?;
            write_layer(&mut out, file.as_ref(), lines, &a, layers::Layer::Topics)?
        }
        Command::Analyze { options, html, url, file } => {
            let analyzer = options.build()?;
            match read_document(file.as_ref(), html)? {
                Doc::Html(html) => {
                    let page = warta::Page::from_html(&html, url.as_deref());
                    batch::write_html_analysis(&mut out, &page, &analyzer)
                }
                Doc::Text(text) => batch::write_analysis(&mut out, &text, &analyzer),
            }
        }
        Command::Batch { .. } | Command::Dedup { .. } => unreachable!("handled above"),
        Command::Stem { algorithm, lexicon, file } => {
            let stemmer = match (algorithm, lexicon) {
                (StemAlgorithm::Tala, _) => warta::Stemmer::with_algorithm(warta::Algorithm::Tala),
                (StemAlgorithm::Default, None) => warta::Stemmer::new(),
                (StemAlgorithm::Default, Some(path)) => {
                    let mut lex = warta::Lexicon::from_tsv(&read_data(&path)?)
                        .map_err(|e| format!("{}: {e}", name(&path)))?;
                    lex.extend(warta::Lexicon::builtin());
                    warta::Stemmer::with_lexicon(lex)
                }
            };
            let text = read_input_lines(file.as_ref())?;
            write_stems(&mut out, &text, &stemmer)
        }
    };
    result.and_then(|()| out.flush()).or_else(|e| {
        // A closed pipe (`warta tokenize | head`) is not an error.
        if e.kind() == io::ErrorKind::BrokenPipe {
            Ok(())
        } else {
            Err(format!("cannot write output: {e}"))
        }
    })
}

/// `warta batch`: a JSONL feed to JSONL; exits with 130 when stopped.
fn run_batch(
    input: &Path,
    output: &Path,
    options: &batch::BatchOptions<'_>,
    analyzer: &AnalyzerOptions,
) -> Result<(), String> {
    if options.resume && is_std(output) {
        return Err("cannot resume standard output (--output -): nothing written there can be \
                    read back; write to a file to resume"
            .to_string());
    }
    let analyzer = analyzer.build()?;
    match batch::batch(input, output, options, &analyzer)? {
        batch::Outcome::Done(summary) => {
            eprintln!("warta: {summary}");
            Ok(())
        }
        batch::Outcome::Stopped(summary) => {
            eprintln!("warta: {summary}");
            std::process::exit(130);
        }
    }
}

/// Running text to stems: one output line per input line, with the stem of
/// each word token and every other token as written, in order, separated
/// by single spaces. An empty (or blank) line stays empty, so line counts
/// match and a word per line gives a stem per line.
fn write_stems(out: &mut impl Write, text: &str, stemmer: &warta::Stemmer) -> io::Result<()> {
    for line in text.lines() {
        for (i, tok) in warta::tokenize(line).enumerate() {
            if i > 0 {
                out.write_all(b" ")?;
            }
            if tok.kind() == warta::TokenKind::Word {
                out.write_all(stemmer.stem(tok.as_str()).as_bytes())?;
            } else {
                out.write_all(tok.as_str().as_bytes())?;
            }
        }
        out.write_all(b"\n")?;
    }
    Ok(())
}

fn main() -> ExitCode {
    match run(Cli::parse()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(msg) => {
            eprintln!("warta: {msg}");
            ExitCode::FAILURE
        }
    }
}
