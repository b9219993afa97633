//! Keywords: the salient stems of an article, from the document's words.

use crate::data::Regional;
use crate::entities::Mention;
use crate::token::TokenKind;
use crate::words::{Lexemes, TitleLines, Tok, in_mention};

/// A salient term of the article.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Keyword {
    /// The stem (`selidik`).
    pub stem: String,
    /// Its most frequent form in the text, in lower case (`penyelidikan`).
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
/// squared), over content words of three letters or more, verbs and the
/// words of `data/non_keywords.txt` (time words, numerals, common adverbs)
/// left out; each shown in its most frequent form, in lower case (ties:
/// the form first in byte order). Ties in score go to the form first in
/// byte order.
///
/// Candidates are written in lower case: a capitalised word is a name or
/// opens a sentence, and is written in lower case elsewhere when it
/// matters. On a title-case line (a headline) every word is capitalised:
/// there a capitalised word is a candidate if its stem is a root of the
/// lexicon, it is not one of the entity `mentions` (in text order), and
/// the text also writes its stem in lower case (a name it never does) or is
/// headlines only.
///
/// The weights measure salience against Indonesian news, so a text whose
/// function words are mostly of one other language (English, Javanese,
/// Sundanese: `data/lid_words.tsv`) has no keywords; in an Indonesian text,
/// neither has a stretch (a sentence, a quote, a line) whose function words
/// are mostly of other languages (an English quote or bio), and the function
/// words of those languages (`the`, `its`) are never keywords.
pub(crate) fn keywords(
    text: &str,
    toks: &[Tok],
    lexemes: Lexemes<'_>,
    words: impl Iterator<Item = usize>,
    mentions: &[Mention<'_>],
    n: usize,
) -> Vec<Keyword> {
    let bytes = text.as_bytes();
    let mut title = TitleLines::new(text, toks, lexemes);
    // Function words of Indonesian/Malay and of the other languages
    // (Javanese, Sundanese, English), in the text and in the stretch being
    // read.
    let (mut idms, mut other) = (0u32, [0u32; 3]);
    let (mut stretch_idms, mut stretch_other) = (0u32, 0u32);
    // Per distinct word of the document (the lexemes' indices): how often it
    // is written as a candidate, and its first such token. No hash map, no
    // string per token, no sort of the tokens.
    let mut seen: Vec<(u32, u32)> = vec![(0, 0); lexemes.words.len()];
    // The candidates of the stretch being read (a sentence, a quote, a
    // line), each with whether it is a capitalised word of a headline: they
    // count only if its function words are not mostly of another language
    // (an English quote or bio in an Indonesian text).
    let mut stretch: Vec<(u32, bool)> = Vec::new();
    // The capitalised words of headlines, counted at the end.
    let mut headline: Vec<u32> = Vec::new();
    let mut commit = |stretch: &mut Vec<(u32, bool)>, foreign: bool| {
        for &(i, capitalised) in stretch.iter().filter(|_| !foreign) {
            if capitalised {
                headline.push(i);
                continue;
            }
            let s = &mut seen[lexemes.ids[i as usize] as usize];
            if s.0 == 0 {
                s.1 = i;
            }
            s.0 += 1;
        }
        stretch.clear();
    };
    let mut prev_end = 0;
    for i in words {
        let (t, l) = (toks[i], lexemes[i]);
        let ends_stretch = match t.kind {
            TokenKind::Punct => {
                matches!(&text[t.start..t.end], "." | "!" | "?" | ";" | "\"" | "“" | "”")
            }
            // Most words follow one space.
            _ => {
                !(t.start == prev_end + 1 && bytes[prev_end] == b' ')
                    && bytes[prev_end.min(t.start)..t.start].contains(&b'\n')
            }
        };
        prev_end = t.end;
        if ends_stretch {
            commit(&mut stretch, stretch_other > stretch_idms);
            (stretch_idms, stretch_other) = (0, 0);
        }
        if t.kind != TokenKind::Word {
            continue;
        }
        let langs = crate::language::function_word_languages(l.lid);
        if langs != 0 {
            let id = u32::from(langs & Regional::IDMS != 0);
            idms += id;
            stretch_idms += id;
            for (k, lang) in [Regional::JV, Regional::SU, Regional::EN].into_iter().enumerate() {
                other[k] += u32::from(langs & lang != 0);
            }
            stretch_other += u32::from(langs & !Regional::IDMS != 0);
            if langs & Regional::IDMS == 0 {
                // A function word of another language (`the`, `its`).
                continue;
            }
        }
        let w = &bytes[t.start..t.end];
        if l.keyword <= 0.0 || l.hash == 0 || w.len() < 3 {
            continue;
        }
        let lower = w.iter().all(|&b| b.is_ascii_lowercase() || b == b'-');
        // A capitalised word of a headline in title case: a common word
        // unless it is a name.
        let mut headline_word = || {
            w[0].is_ascii_uppercase()
                && w.iter().all(|&b| b.is_ascii_alphabetic() || b == b'-')
                && l.is_root()
                && title.contains(i)
                && !in_mention(mentions, t.start)
        };
        if lower || headline_word() {
            stretch.push((i as u32, !lower));
        }
    }
    commit(&mut stretch, stretch_other > stretch_idms);
    if other.iter().any(|&o| o > idms) {
        return Vec::new();
    }
    // A headline's capitalised word counts if the text also writes its
    // stem in lower case (a name it never does: `Anwar`), or if the text is
    // headlines only.
    if !headline.is_empty() {
        let mut stems: Vec<u64> =
            seen.iter().zip(lexemes.words).filter(|(s, _)| s.0 > 0).map(|(_, l)| l.stem).collect();
        stems.sort_unstable();
        for i in headline {
            let id = lexemes.ids[i as usize] as usize;
            if stems.is_empty() || stems.binary_search(&lexemes.words[id].stem).is_ok() {
                let s = &mut seen[id];
                if s.0 == 0 {
                    s.1 = i;
                }
                s.0 += 1;
            }
        }
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
    // Candidates are ASCII: forms compare in lower case.
    let lower = |i: u32| word(i).bytes().map(|b| b.to_ascii_lowercase());
    // Per stem: (score, count, best form's token).
    let mut scored: Vec<(f64, usize, u32)> = Vec::new();
    for group in forms.chunk_by(|a, b| a.0 == b.0) {
        let (mut count, mut best, mut best_n) = (0usize, group[0].2, 0u32);
        for &(_, n_form, first) in group {
            count += n_form as usize;
            if n_form > best_n || (n_form == best_n && lower(first).lt(lower(best))) {
                best = first;
                best_n = n_form;
            }
        }
        let weight = f64::from(lexemes[best as usize].keyword);
        scored.push(((1.0 + (count as f64).ln()) * weight, count, best));
    }
    let order = |a: &(f64, usize, u32), b: &(f64, usize, u32)| {
        b.0.total_cmp(&a.0).then_with(|| lower(a.2).cmp(lower(b.2)))
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
            let term = word(best).to_ascii_lowercase();
            Keyword {
                stem: crate::words::stem_of(lexemes[best as usize].stem, &term),
                term,
                count,
                score: (score / top * 1000.0).round() / 1000.0,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::{Analyzer, Layers};

    /// The keywords' forms of `text` read as an article, or as plain text.
    fn terms(text: &str, whole_text: bool) -> Vec<String> {
        let a = Analyzer::new().whole_text(whole_text).analyze_layers(text, Layers::KEYWORDS);
        a.keywords.into_iter().map(|k| k.term).collect()
    }

    const POLITICS: &str = "Dewan Perwakilan Rakyat mengesahkan rancangan undang-undang pemilu \
        dalam rapat paripurna pekan lalu. Pekan depan, lima fraksi akan kembali bertemu pada \
        malam hari untuk membahas aturan turunan. Lima fraksi itu kembali menolak, dan rapat \
        malam itu berlangsung lima jam. Koalisi dan oposisi akan kembali rapat pekan depan.";

    #[test]
    fn time_words_numerals_and_adverbs_are_not_keywords() {
        let k = terms(POLITICS, false);
        for noise in ["pekan", "depan", "lima", "malam", "kembali", "hari", "jam"] {
            assert!(!k.iter().any(|t| t == noise), "{noise}: {k:?}");
        }
        for topic in ["pemilu", "fraksi", "paripurna", "oposisi", "rancangan"] {
            assert!(k.iter().any(|t| t == topic), "{topic}: {k:?}");
        }
    }

    #[test]
    fn text_in_another_language_has_no_keywords() {
        let english = "The central bank raised its interest rate by a quarter point on \
                       Thursday, citing persistent inflation. Its governor said the rate would \
                       stay high until prices stabilise, and markets fell on the news.";
        assert_eq!(terms(english, false), Vec::<String>::new());
        assert_eq!(terms(english, true), Vec::<String>::new());
        // An Indonesian text keeps its keywords, but not the function words
        // of an English quote.
        let mixed = format!("{POLITICS} \"It is the end of the road for the bill,\" katanya.");
        let k = terms(&mixed, true);
        assert!(k.iter().any(|t| t == "pemilu"), "{k:?}");
        for english in ["the", "end", "road", "for", "bill"] {
            assert!(!k.iter().any(|t| t == english), "{english}: {k:?}");
        }
    }

    #[test]
    fn a_title_case_headline_gives_its_content_words() {
        let headline = "Polisi Tangkap Dua Pelaku Pencurian Motor di Bekasi";
        for whole_text in [false, true] {
            let k = terms(headline, whole_text);
            for w in ["pencurian", "pelaku", "motor", "polisi", "tangkap"] {
                assert!(k.iter().any(|t| t == w), "{w}: {k:?}");
            }
            // Bekasi is a city (an entity), `dua` a numeral.
            assert!(!k.iter().any(|t| t == "bekasi" || t == "dua"), "{k:?}");
        }
        // Above an article, a headline's word counts where the body writes
        // it in lower case; a name it never does (`Anwar`) does not, nor
        // does a verb (`Luncurkan`).
        let article = "Anwar Ibrahim Luncurkan Pabrik Mobil Listrik di Karawang\n\n\
                       KARAWANG - Perdana Menteri Malaysia Anwar Ibrahim meresmikan pabrik \
                       mobil listrik baru. Pabrik itu memproduksi baterai dan mobil listrik \
                       untuk pasar ekspor.";
        for whole_text in [false, true] {
            let k = terms(article, whole_text);
            assert!(k.iter().any(|t| t == "pabrik") && k.iter().any(|t| t == "listrik"), "{k:?}");
            for name in ["anwar", "ibrahim", "luncurkan", "luncur"] {
                assert!(!k.iter().any(|t| t == name), "{name}: {k:?}");
            }
        }
        // A sentence's capitalised words are names, not keywords.
        let k = terms("Kemarin Didik Purwanto bertemu warga Bekasi di balai desa.", true);
        assert!(!k.iter().any(|t| t == "didik" || t == "purwanto"), "{k:?}");
        assert!(k.iter().any(|t| t == "balai"), "{k:?}");
    }
}
