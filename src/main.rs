//! The `warta` command-line program.

use std::io::{self, BufWriter, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

mod cli_tokenize;

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

fn read_input(file: Option<&PathBuf>) -> Result<String, String> {
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
    String::from_utf8(bytes).map_err(|e| {
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

fn main() -> ExitCode {
    match run(Cli::parse()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(msg) => {
            eprintln!("warta: {msg}");
            ExitCode::FAILURE
        }
    }
}
