//! The `warta` command-line program.

use std::io::{self, BufWriter, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

mod batch;
mod layers;
mod tokenize;
mod topics;

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
        /// Input file (UTF-8); standard input when absent.
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
        /// built-in one; its names take precedence.
        #[arg(long)]
        gazetteer: Option<PathBuf>,
        /// Input file (UTF-8); standard input when absent.
        file: Option<PathBuf>,
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
        #[arg(long, default_value_t = batch::DEFAULT_MAX_LINE_BYTES)]
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
    /// Read the whole text as article text: no anatomy, no boilerplate.
    #[arg(long)]
    whole_text: bool,
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
        analyzer(self.whole_text, self.gazetteer.as_ref(), self.model.as_ref())
            .map(|a| a.char_offsets(self.char_offsets))
    }
}

/// An analyzer with the user's gazetteer and topic model, if any.
fn analyzer(
    whole_text: bool,
    gazetteer: Option<&PathBuf>,
    model: Option<&PathBuf>,
) -> Result<warta::Analyzer, String> {
    let mut a = warta::Analyzer::new().whole_text(whole_text);
    if let Some(path) = gazetteer {
        let tsv = std::fs::read_to_string(path)
            .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        let g = warta::Gazetteer::with_user_tsv(&tsv)
            .map_err(|e| format!("{}: {e}", path.display()))?;
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
    let text = read_text(file, lines)?;
    Ok(if lines {
        layers::write_lines(out, &text, analyzer, layer)
    } else {
        layers::write_document(out, &text, analyzer, layer)
    })
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
                Format::Text => tokenize::write_text(&mut out, &text),
                Format::Conllu => tokenize::write_conllu(&mut out, &text),
                Format::Json => tokenize::write_json(&mut out, &text),
            }
        }
        Command::Lang { lines, whole_text, file } => {
            let a = analyzer(whole_text, None, None)?;
            write_layer(&mut out, file.as_ref(), lines, &a, layers::Layer::Language)?
        }
        Command::Entities { lines, whole_text, gazetteer, file } => {
            let a = analyzer(whole_text, gazetteer.as_ref(), None)?;
            write_layer(&mut out, file.as_ref(), lines, &a, layers::Layer::Entities)?
        }
        Command::Topics {
            action: Some(TopicsAction::Train { tsv, label_col, text_col, out }),
            ..
        } => {
            let summary = topics::train(&tsv, &label_col, &text_col, &out)?;
            eprintln!("warta: {summary}");
            Ok(())
        }
        Command::Topics { action: None, lines, whole_text, model, file } => {
            let a = analyzer(whole_text, None, model.as_ref())?;
            write_layer(&mut out, file.as_ref(), lines, &a, layers::Layer::Topics)?
        }
        Command::Analyze { options, file } => {
            let analyzer = options.build()?;
            let text = read_input(file.as_ref())?;
            batch::write_analysis(&mut out, &text, &analyzer)
        }
        Command::Batch { input, output, text_field, threads, max_line_bytes, resume, options } => {
            let analyzer = options.build()?;
            let batch = batch::BatchOptions { field: &text_field, threads, max_line_bytes, resume };
            match batch::batch(&input, &output, &batch, &analyzer)? {
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
