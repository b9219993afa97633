//! Keywords: the salient stems of an article, from the document's words.

use crate::token::TokenKind;
use crate::words::{Lexemes, Tok};

/// A salient term of the article.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Keyword {
    /// The stem (`selidik`).
    pub stem: String,
    /// Its most frequent form in the text (`penyelidikan`).
    pub term: String,
    /// How often the stem occurs in the article.
    pub count: usize,
    /// Salience: frequency in the article against frequency in news at
    /// large (the root lexicon's counts), from 0 to 1.
    pub score: f64,
}

/// The best `n` keywords of the word tokens `words` (indices into `toks`
/// and `lexemes`) of `text`: (1 + ln count in the article) times the stem's
/// weight (ln(evidence size / count in the root lexicon's evidence),
/// squared), over content words of three letters or more written in lower
/// case, verbs left out; each shown in its most frequent form (ties: the
/// form first in byte order). Ties in score go to the form first in byte
/// order.
pub(crate) fn keywords(
    text: &str,
    toks: &[Tok],
    lexemes: Lexemes<'_>,
    words: impl Iterator<Item = usize>,
    n: usize,
) -> Vec<Keyword> {
    let bytes = text.as_bytes();
    // Per distinct word of the document (the lexemes' indices): how often it
    // is written as a candidate, and its first such token. No hash map, no
    // string per token, no sort of the tokens.
    let mut seen: Vec<(u32, u32)> = vec![(0, 0); lexemes.words.len()];
    for i in words {
        let (t, l) = (toks[i], lexemes[i]);
        // Only words written in lower case: capitalised ones are names
        // (reported as entities) or sentence openers, written in lower case
        // elsewhere when they matter.
        let w = &bytes[t.start..t.end];
        if t.kind != TokenKind::Word
            || l.keyword <= 0.0
            || l.hash == 0
            || w.len() < 3
            || !w.iter().all(|&b| b.is_ascii_lowercase() || b == b'-')
        {
            continue;
        }
        let s = &mut seen[lexemes.ids[i] as usize];
        if s.0 == 0 {
            s.1 = i as u32;
        }
        s.0 += 1;
    }
    // (stem, count, first token) of each candidate form, grouped by stem.
    let mut forms: Vec<(u64, u32, u32)> = seen
        .iter()
        .zip(lexemes.words)
        .filter(|(s, _)| s.0 > 0)
        .map(|(&(count, first), l)| (l.stem, count, first))
        .collect();
    if forms.is_empty() || n == 0 {
        return Vec::new();
    }
    forms.sort_unstable_by_key(|f| f.0);
    let word = |i: u32| {
        let t = toks[i as usize];
        &text[t.start..t.end]
    };
    // Per stem: (score, count, best form's token).
    let mut scored: Vec<(f64, usize, u32)> = Vec::new();
    for group in forms.chunk_by(|a, b| a.0 == b.0) {
        let (mut count, mut best, mut best_n) = (0usize, group[0].2, 0u32);
        for &(_, n_form, first) in group {
            count += n_form as usize;
            if n_form > best_n || (n_form == best_n && word(first) < word(best)) {
                best = first;
                best_n = n_form;
            }
        }
        let weight = f64::from(lexemes[best as usize].keyword);
        scored.push(((1.0 + (count as f64).ln()) * weight, count, best));
    }
    let order = |a: &(f64, usize, u32), b: &(f64, usize, u32)| {
        b.0.total_cmp(&a.0).then_with(|| word(a.2).cmp(word(b.2)))
    };
    // The best `n` only, then in order.
    if scored.len() > n {
        scored.select_nth_unstable_by(n - 1, order);
        scored.truncate(n);
    }
    scored.sort_by(order);
    let top = scored.first().map_or(1.0, |k| k.0.max(f64::MIN_POSITIVE));
    scored
        .into_iter()
        .map(|(score, count, best)| {
            let term = word(best);
            Keyword {
                stem: crate::words::stem_of(lexemes[best as usize].stem, term),
                term: term.to_string(),
                count,
                score: (score / top * 1000.0).round() / 1000.0,
            }
        })
        .collect()
}
