//! Writers for `warta tokenize`.

use std::io::{self, Write};

use warta::{Abbreviation, Token, TokenKind, sentences};

/// One sentence a line, tokens separated by single spaces.
pub fn write_text(out: &mut impl Write, text: &str) -> io::Result<()> {
    for sentence in sentences(text) {
        let mut first = true;
        for tok in sentence.tokens() {
            if !first {
                out.write_all(b" ")?;
            }
            first = false;
            out.write_all(tok.as_str().as_bytes())?;
        }
        out.write_all(b"\n")?;
    }
    Ok(())
}

/// CoNLL-U: `# sent_id`, `# text`, then one line per token; a token with
/// clitics gets a multiword-token line `i-j` followed by its word lines.
pub fn write_conllu(out: &mut impl Write, text: &str) -> io::Result<()> {
    for (n, sentence) in sentences(text).enumerate() {
        writeln!(out, "# sent_id = {}", n + 1)?;
        out.write_all(b"# text = ")?;
        write_one_line(out, sentence.as_str())?;
        out.write_all(b"\n")?;
        let mut id = 1usize;
        let mut tokens = sentence.tokens().peekable();
        while let Some(tok) = tokens.next() {
            let space_after = tokens.peek().is_none_or(|next| next.start() > tok.end());
            let misc = if space_after { "_" } else { "SpaceAfter=No" };
            let words = tok.words();
            if let Some((left, right)) = ud_split(&tok) {
                writeln!(out, "{id}\t{left}\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No")?;
                writeln!(out, "{}\t{right}\t_\t_\t_\t_\t_\t_\t_\t{misc}", id + 1)?;
                id += 2;
            } else if words.is_split() {
                let n_words = words.len();
                writeln!(
                    out,
                    "{}-{}\t{}\t_\t_\t_\t_\t_\t_\t_\t{misc}",
                    id,
                    id + n_words - 1,
                    tok.as_str()
                )?;
                for word in words {
                    writeln!(out, "{id}\t{word}\t_\t_\t_\t_\t_\t_\t_\t_")?;
                    id += 1;
                }
            } else {
                writeln!(
                    out,
                    "{id}\t{}\t_\t{}\t_\t_\t_\t_\t_\t{misc}",
                    tok.as_str(),
                    upos_hint(tok.kind())
                )?;
                id += 1;
            }
        }
        out.write_all(b"\n")?;
    }
    Ok(())
}

/// Where the UD Indonesian treebanks write two tokens for one of warta's:
/// the period of a title (`Dr` `.`) or an initial (`B` `.`), and the `#` of a
/// hashtag (`#` `pemilu`), as UD_Indonesian-GSD does.
fn ud_split<'t>(tok: &Token<'t>) -> Option<(&'t str, &'t str)> {
    let s = tok.as_str();
    if tok.kind() == TokenKind::Hashtag {
        return Some(s.split_at(1));
    }
    match tok.abbreviation()? {
        Abbreviation::Title | Abbreviation::Initial => Some(s.split_at(s.len() - 1)),
        _ => None,
    }
}

/// The UPOS a token kind implies, where it implies one.
fn upos_hint(kind: TokenKind) -> &'static str {
    match kind {
        TokenKind::Punct => "PUNCT",
        TokenKind::Symbol => "SYM",
        TokenKind::Number => "NUM",
        _ => "_",
    }
}

/// Writes `s` with line breaks and tabs turned into spaces (for `# text`).
fn write_one_line(out: &mut impl Write, s: &str) -> io::Result<()> {
    let mut rest = s;
    while let Some(i) = rest.find(['\n', '\r', '\t']) {
        out.write_all(&rest.as_bytes()[..i])?;
        out.write_all(b" ")?;
        rest = &rest[i + 1..];
    }
    out.write_all(rest.as_bytes())
}

/// A JSON array of tokens: text, byte offsets, kind, sentence number, and the
/// syntactic words of tokens with clitics.
pub fn write_json(out: &mut impl Write, text: &str) -> io::Result<()> {
    out.write_all(b"[")?;
    for (k, row) in warta::token_rows(text).enumerate() {
        out.write_all(if k == 0 { b"\n" } else { b",\n" })?;
        serde_json::to_writer(&mut *out, &row).map_err(io::Error::other)?;
    }
    out.write_all(b"\n]\n")
}
