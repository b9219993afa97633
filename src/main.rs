//! The `warta` command-line program.

use std::io::{self, BufWriter, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

mod cli_batch;
mod cli_entities;
mod cli_tokenize;
mod cli_topics;

/// Analyse Indonesian news text.
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
        /// Input file (UTF-8); standard input when absent.
        file: Option<PathBuf>,
    },
    /// Detect languages: of the document and each sentence, or of each line.
    Lang {
        /// Treat every input line as a separate text: one JSON object per
        /// line with `lang` (the code, or null) and `confidence`.
        #[arg(long)]
        lines: bool,
        /// Input file (UTF-8); standard input when absent.
        file: Option<PathBuf>,
    },
    /// Extract named entities (companies, countries, outlets, institutions,
    /// places) with the built-in gazetteers.
    Entities {
        /// Treat every input line as a separate text: one JSON object per
        /// line with `entities` (start, end, text, kind, class, id, name).
        #[arg(long)]
        lines: bool,
        /// A gazetteer TSV (id, kind, name, surfaces, attrs) merged with the
        /// built-in one; its names take precedence.
        #[arg(long)]
        gazetteer: Option<PathBuf>,
        /// Input file (UTF-8); standard input when absent.
        file: Option<PathBuf>,
    },
    /// Score topics with the built-in taxonomy or a trained model; `topics
    /// train` trains a model.
    #[command(args_conflicts_with_subcommands = true)]
    Topics {
        #[command(subcommand)]
        action: Option<TopicsAction>,
        /// Treat every input line as a separate text: one JSON object per
        /// line with `topics`, a ranked list of `label` and `score`.
        #[arg(long)]
        lines: bool,
        /// A model from `warta topics train` instead of the built-in taxonomy.
        #[arg(long)]
        model: Option<PathBuf>,
        /// Input file (UTF-8); standard input when absent.
        file: Option<PathBuf>,
    },
    /// Analyse one article: languages, anatomy and body, sentences,
    /// entities, topics, keywords, as JSON.
    Analyze {
        #[command(flatten)]
        options: AnalyzerOptions,
        /// Input file (UTF-8); standard input when absent.
        file: Option<PathBuf>,
    },
    /// Analyse a JSONL feed on every core: one output line per input line,
    /// in input order, with the input's `id`; error records for lines that
    /// cannot be analysed.
    Batch {
        /// Input JSONL file: one JSON object per line.
        #[arg(long)]
        input: PathBuf,
        /// Output JSONL file.
        #[arg(long)]
        output: PathBuf,
        /// The field that holds the article text.
        #[arg(long, default_value = "text")]
        text_field: String,
        /// Worker threads (all cores by default).
        #[arg(long)]
        threads: Option<usize>,
        /// The longest input line read, in bytes; a longer line is skipped
        /// (never held in memory) and gets an error record.
        #[arg(long, default_value_t = cli_batch::DEFAULT_MAX_LINE_BYTES)]
        max_line_bytes: usize,
        /// Continue the output that a stopped or killed run left: cut it back
        /// to its last whole record and analyse the input lines after it.
        #[arg(long)]
        resume: bool,
        #[command(flatten)]
        options: AnalyzerOptions,
    },
    /// Stem words: one word per input line, one stem per output line.
    Stem {
        /// Stemming algorithm.
        #[arg(long, value_enum, default_value_t = StemAlgorithm::Default)]
        algorithm: StemAlgorithm,
        /// A root lexicon (TSV: root, optional weight) added to the built-in one.
        #[arg(long)]
        lexicon: Option<PathBuf>,
        /// Input file (UTF-8); standard input when absent.
        file: Option<PathBuf>,
    },
}

/// Options of `warta analyze` and `warta batch`.
#[derive(Debug, clap::Args)]
struct AnalyzerOptions {
    /// Also report character offsets (`char_start`, `char_end`).
    #[arg(long)]
    char_offsets: bool,
    /// A gazetteer TSV merged with the built-in one.
    #[arg(long)]
    gazetteer: Option<PathBuf>,
    /// A topic model from `warta topics train` instead of the built-in taxonomy.
    #[arg(long)]
    model: Option<PathBuf>,
}

impl AnalyzerOptions {
    fn build(&self) -> Result<warta::Analyzer, String> {
        let mut a = warta::Analyzer::new().char_offsets(self.char_offsets);
        if let Some(path) = &self.gazetteer {
            let tsv = std::fs::read_to_string(path)
                .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
            let g = warta::Gazetteer::with_user_tsv(&tsv)
                .map_err(|e| format!("{}: {e}", path.display()))?;
            a = a.with_gazetteer(g);
        }
        if let Some(path) = &self.model {
            a = a.with_topic_model(cli_topics::load_model(path)?);
        }
        Ok(a)
    }
}

/// What `warta topics` can do besides scoring.
#[derive(Debug, Subcommand)]
enum TopicsAction {
    /// Train a topic model on a TSV file with a header row.
    Train {
        /// The TSV file (UTF-8, header row, fields optionally quoted).
        #[arg(long)]
        tsv: PathBuf,
        /// The column with the labels.
        #[arg(long)]
        label_col: String,
        /// The column with the texts.
        #[arg(long)]
        text_col: String,
        /// Where to write the model (JSON).
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

fn read_bytes(file: Option<&PathBuf>) -> Result<Vec<u8>, String> {
    let mut bytes = Vec::new();
    match file {
        Some(path) => {
            bytes =
                std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?
        }
        None => {
            io::stdin()
                .lock()
                .read_to_end(&mut bytes)
                .map_err(|e| format!("cannot read standard input: {e}"))?;
        }
    }
    Ok(bytes)
}

/// The input of a command that reads line by line (`lines`) or as one
/// document.
fn read_text(file: Option<&PathBuf>, lines: bool) -> Result<String, String> {
    if lines { read_input_lines(file) } else { read_input(file) }
}

fn read_input(file: Option<&PathBuf>) -> Result<String, String> {
    String::from_utf8(read_bytes(file)?).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let line = e.as_bytes()[..at].iter().filter(|&&b| b == b'\n').count() + 1;
        format!("input is not UTF-8: invalid byte at offset {at} (line {line})")
    })
}

fn run(cli: Cli) -> Result<(), String> {
    let stdout = io::stdout();
    let mut out = BufWriter::with_capacity(1 << 16, stdout.lock());
    let result = match cli.command {
        Command::Tokenize { format, file } => {
            let text = read_input(file.as_ref())?;
            match format {
                Format::Text => cli_tokenize::write_text(&mut out, &text),
                Format::Conllu => cli_tokenize::write_conllu(&mut out, &text),
                Format::Json => cli_tokenize::write_json(&mut out, &text),
            }
        }
        Command::Lang { lines, file } => {
            let text = read_text(file.as_ref(), lines)?;
            if lines {
                write_lang_lines(&mut out, &text)
            } else {
                write_lang_document(&mut out, &text)
            }
        }
        Command::Entities { lines, gazetteer, file } => {
            let user;
            let gaz = match gazetteer {
                Some(path) => {
                    let tsv = std::fs::read_to_string(&path)
                        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
                    user = warta::Gazetteer::with_user_tsv(&tsv)
                        .map_err(|e| format!("{}: {e}", path.display()))?;
                    &user
                }
                None => warta::Gazetteer::builtin(),
            };
            let text = read_text(file.as_ref(), lines)?;
            if lines {
                cli_entities::write_lines(&mut out, &text, gaz)
            } else {
                cli_entities::write_document(&mut out, &text, gaz)
            }
        }
        Command::Topics {
            action: Some(TopicsAction::Train { tsv, label_col, text_col, out }),
            ..
        } => {
            let summary = cli_topics::train(&tsv, &label_col, &text_col, &out)?;
            eprintln!("warta: {summary}");
            Ok(())
        }
        Command::Topics { action: None, lines, model, file } => {
            let model = model.as_deref().map(cli_topics::load_model).transpose()?;
            let text = read_text(file.as_ref(), lines)?;
            if lines {
                cli_topics::write_lines(&mut out, &text, model.as_ref())
            } else {
                cli_topics::write_document(&mut out, &text, model.as_ref())
            }
        }
        Command::Analyze { options, file } => {
            let analyzer = options.build()?;
            let text = read_input(file.as_ref())?;
            cli_batch::write_analysis(&mut out, &text, &analyzer)
        }
        Command::Batch { input, output, text_field, threads, max_line_bytes, resume, options } => {
            let analyzer = options.build()?;
            let batch =
                cli_batch::BatchOptions { field: &text_field, threads, max_line_bytes, resume };
            match cli_batch::batch(&input, &output, &batch, &analyzer)? {
                cli_batch::Outcome::Done(summary) => {
                    eprintln!("warta: {summary}");
                    Ok(())
                }
                cli_batch::Outcome::Stopped(summary) => {
                    eprintln!("warta: {summary}");
                    std::process::exit(130);
                }
            }
        }
        Command::Stem { algorithm, lexicon, file } => {
            let stemmer = match (algorithm, lexicon) {
                (StemAlgorithm::Tala, _) => warta::Stemmer::with_algorithm(warta::Algorithm::Tala),
                (StemAlgorithm::Default, None) => warta::Stemmer::new(),
                (StemAlgorithm::Default, Some(path)) => {
                    let mut lex = warta::Lexicon::from_path(&path)
                        .map_err(|e| format!("{}: {e}", path.display()))?;
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

/// The JSON of one detection: `lang` (code or null), `confidence`,
/// `reliable`, `name`.
fn detection_json(d: Option<warta::Detection>) -> serde_json::Value {
    match d {
        Some(d) => serde_json::json!({
            "lang": d.language.code(),
            "name": d.language.name(),
            "confidence": (d.confidence * 1000.0).round() / 1000.0,
            "reliable": d.reliable,
        }),
        None => serde_json::json!({"lang": null, "confidence": 0.0, "reliable": false}),
    }
}

/// One JSON object per input line (empty lines included), so that output
/// lines match input lines.
fn write_lang_lines(out: &mut impl Write, text: &str) -> io::Result<()> {
    write_jsonl(out, text, |line| detection_json(warta::detect(line)))
}

/// One JSON value per input line, empty lines included, so that output
/// lines match input lines.
fn write_jsonl(
    out: &mut impl Write,
    text: &str,
    mut f: impl FnMut(&str) -> serde_json::Value,
) -> io::Result<()> {
    for line in text.lines() {
        serde_json::to_writer(&mut *out, &f(line)).map_err(io::Error::other)?;
        out.write_all(b"\n")?;
    }
    Ok(())
}

/// Serialises an iterator as a JSON array without collecting it.
pub(crate) struct Seq<I>(pub(crate) I);

impl<I: Iterator<Item = T> + Clone, T: serde::Serialize> serde::Serialize for Seq<I> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.0.clone())
    }
}

/// The document's language, each sentence's, and the mix, as one JSON object
/// (keys in alphabetical order). Each sentence's record is built and written
/// in turn, not all held at once: a long text has many sentences.
fn write_lang_document(out: &mut impl Write, text: &str) -> io::Result<()> {
    struct Doc<'a> {
        doc: warta::DocumentLanguages,
        text: &'a str,
    }
    impl serde::Serialize for Doc<'_> {
        fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            use serde::ser::SerializeMap;
            let sentences = self.doc.sentences.iter().map(|sl| {
                let mut v = detection_json(sl.detection);
                v["start"] = sl.span.start.into();
                v["end"] = sl.span.end.into();
                v["text"] = self.text[sl.span].into();
                v
            });
            let mix = self.doc.mix.iter().map(|m| {
                serde_json::json!({"lang": m.language.code(), "share": (m.share * 1000.0).round() / 1000.0})
            });
            let serde_json::Value::Object(head) = detection_json(self.doc.document) else {
                unreachable!("a detection is an object")
            };
            let mut keys: Vec<&str> = head.keys().map(String::as_str).collect();
            keys.extend(["mix", "sentences"]);
            keys.sort_unstable();
            let mut map = s.serialize_map(Some(keys.len()))?;
            for k in keys {
                match k {
                    "mix" => map.serialize_entry(k, &Seq(mix.clone()))?,
                    "sentences" => map.serialize_entry(k, &Seq(sentences.clone()))?,
                    _ => map.serialize_entry(k, &head[k])?,
                }
            }
            map.end()
        }
    }
    let doc = Doc { doc: warta::detect_document(text), text };
    serde_json::to_writer_pretty(&mut *out, &doc).map_err(io::Error::other)?;
    out.write_all(b"\n")
}

/// One stem per input line; an empty line stays empty, so line counts match.
fn write_stems(out: &mut impl Write, text: &str, stemmer: &warta::Stemmer) -> io::Result<()> {
    for line in text.lines() {
        out.write_all(stemmer.stem(line.trim()).as_bytes())?;
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
