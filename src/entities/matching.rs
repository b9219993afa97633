//! The gazetteer pass: listed surfaces matched on token boundaries
//! (leftmost, longest) under each surface's rule, and companies extended
//! over legal-form suffixes.

use super::extraction::{Extraction, FLAG_CAP, Hit, Target};
use super::gazetteer::{FLAG_LEGAL, Rule, trim_period};
use super::heads::LEGAL_SUFFIXES;
use crate::token::TokenKind;

impl Extraction<'_, '_, '_> {
    pub(super) fn gazetteer_pass(&mut self) {
        let mut i = 0;
        while i < self.tokens.len() {
            let tok = self.tokens[i];
            let first = self.text.as_bytes()[tok.start];
            // Most words start with a lower-case ASCII letter: settle them
            // with one bit filter, before slicing anything.
            if first.is_ascii_lowercase()
                && !self.g.lower_filter_hit(&self.text.as_bytes()[tok.start..tok.end])
                || !matches!(tok.kind, TokenKind::Word | TokenKind::Number | TokenKind::Url)
            {
                if tok.kind == TokenKind::Url {
                    self.starts.push(i as u32);
                }
                i += 1;
                continue;
            }
            let word = trim_period(self.text_of(&tok));
            let capital = first.is_ascii_uppercase() || word.starts_with(char::is_uppercase);
            if capital || tok.kind == TokenKind::Url {
                self.starts.push(i as u32);
            }
            if capital {
                self.info[i] = FLAG_CAP;
            } else if !self.g.may_start_lower(word) {
                i += 1;
                continue;
            }
            let Some(bucket) = self.g.index.get_token(word) else {
                i += 1;
                continue;
            };
            self.info[i] |= bucket.flags;
            self.any_legal |= bucket.flags & FLAG_LEGAL != 0;
            let try_all = |cands: &[u32]| {
                cands.iter().find_map(|&s| {
                    let s = &self.g.surfaces[s as usize];
                    let n = s.tokens.len();
                    self.matches(i, s.tokens.as_ref(), s.rule, s.entity).then_some((n, s.entity))
                })
            };
            let mut found = None;
            if bucket.multi
                && let Some(next) = self.word_run(i, 2).map(|r| trim_period(self.text_of(&r[1])))
                && (!next.as_bytes()[0].is_ascii_lowercase()
                    || self.g.lower_seconds.get_token(next).is_some())
                && let Some(cands) = self.g.index2.get_pair(word, next)
            {
                found = try_all(cands);
            }
            if found.is_none() {
                found = try_all(&bucket.single);
            }
            if found.is_none() {
                found = self.minister(i, word);
            }
            match found {
                // `US$2,5`: a currency, not the country.
                Some((n, _))
                    if self.tokens.get(i + n).is_some_and(|t| {
                        self.text_of(t) == "$" && t.start == self.tokens[i + n - 1].end
                    }) =>
                {
                    i += n
                }
                Some((n, e)) => {
                    let last = self.extend_legal(i + n - 1, e);
                    // `PT Bank Rakyat Indonesia Tbk`: a company's `PT` is
                    // part of its name.
                    let company =
                        matches!(self.g.entities[e as usize].kind.as_str(), "company" | "brand");
                    // (Unless the `PT` ends the name before.)
                    let pt = company
                        && self.prev_word(i, 1).is_some_and(|w| w == "PT" || w == "PT.")
                        && self.hits.last().is_none_or(|h| h.last + 1 < i);
                    let first = if pt { i - 1 } else { i };
                    // The capitalised words inside a name are capitalised
                    // for the patterns too (`Dinas Kesehatan Kota Jayapura`).
                    for k in i + 1..=last {
                        let t = self.tokens[k];
                        if self.text.as_bytes()[t.start].is_ascii_uppercase() {
                            self.info[k] |= FLAG_CAP;
                        }
                    }
                    self.hits.push(Hit { first, last, target: Target::Known(e) });
                    i = last + 1;
                }
                None => i += 1,
            }
        }
    }

    /// `Menteri Keuangan`: a minister's title names the ministry
    /// (`Kementerian Keuangan`) when the gazetteer lists it; `Perdana
    /// Menteri` is no ministry.
    fn minister(&self, i: usize, word: &str) -> Option<(usize, u32)> {
        if !word.eq_ignore_ascii_case("menteri")
            || self.prev_word(i, 1).is_some_and(|w| w.eq_ignore_ascii_case("perdana"))
        {
            return None;
        }
        let next = trim_period(self.text_of(&self.word_run(i, 2)?[1]));
        let cands = self.g.index2.get_pair("kementerian", next)?;
        cands.iter().find_map(|&s| {
            let s = &self.g.surfaces[s as usize];
            let rest = &s.tokens[1..];
            let got = self.word_run(i + 1, rest.len())?;
            let same = got.iter().zip(rest).all(|(g, w)| {
                let g = trim_period(self.text_of(g));
                g == &**w || g.starts_with(char::is_uppercase) && same_ignoring_case(g, w)
            });
            (same && s.tokens[0].eq_ignore_ascii_case("kementerian"))
                .then_some((s.tokens.len(), s.entity))
        })
    }

    /// Whether the surface `want` matches the tokens from `i` under `rule`.
    fn matches(&self, i: usize, want: &[Box<str>], rule: Rule, entity: u32) -> bool {
        let Some(got) = self.word_run(i, want.len()) else { return false };
        let exact = got.iter().zip(want).all(|(g, w)| trim_period(self.text_of(g)) == &**w);
        match rule {
            Rule::Name => {
                if exact {
                    return true;
                }
                let same = got
                    .iter()
                    .zip(want)
                    .all(|(g, w)| same_ignoring_case(trim_period(self.text_of(g)), w));
                let capital = self
                    .text_of(&got[0])
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_uppercase() || c.is_numeric());
                same && capital
            }
            Rule::Exact => exact,
            Rule::Ambiguous => {
                if !exact {
                    return false;
                }
                let kind = self.g.entities[entity as usize].kind.as_str();
                let outlet = matches!(kind, "outlet" | "agency");
                // `Sumber: Antara` opens its line, yet names the source.
                if outlet && self.source_line(i) {
                    return true;
                }
                !self.sentence_initial(i) && (!outlet || self.source_cue(i))
            }
            Rule::Ticker => exact && self.ticker_cue(i),
        }
    }

    /// Extends a company's match over legal-form suffixes (`Inc`, `Holdings
    /// Ltd`, `Tbk.`) and `(Persero)`.
    fn extend_legal(&self, last: usize, e: u32) -> usize {
        let kind = self.g.entities[e as usize].kind.as_str();
        if matches!(kind, "company" | "brand") { self.extend_legal_any(last) } else { last }
    }

    /// Extends a name over legal-form suffixes and `(Persero)`, whatever it
    /// names.
    pub(super) fn extend_legal_any(&self, mut last: usize) -> usize {
        loop {
            match self.word_run(last, 2).map(|r| trim_period(self.text_of(&r[1]))) {
                Some(w) if LEGAL_SUFFIXES.contains(&w) => last += 1,
                Some("(")
                    if self.word_run(last, 4).is_some_and(|r| {
                        self.text_of(&r[2]) == "Persero" && self.text_of(&r[3]) == ")"
                    }) =>
                {
                    last += 3
                }
                _ => return last,
            }
        }
    }
}

fn same_ignoring_case(a: &str, b: &str) -> bool {
    if a.is_ascii() && b.is_ascii() {
        a.eq_ignore_ascii_case(b)
    } else {
        a.chars().flat_map(char::to_lowercase).eq(b.chars().flat_map(char::to_lowercase))
    }
}

#[cfg(test)]
mod tests {
    use crate::entities::entities;
    use crate::entities::tests::{has, ids};

    #[test]
    fn as_is_the_country_only_in_capitals() {
        assert!(has("Presiden AS menelepon.", "AS", "country:US"));
        assert!(ids("Ia bekerja as usual.").is_empty());
    }

    #[test]
    fn line_the_app_not_the_word() {
        assert!(has(
            "China melarang penggunaan layanan Line yang dimiliki Naver.",
            "Line",
            "org:line"
        ));
        assert!(!ids("Garis finish, line terakhir.").iter().any(|(_, i)| i == "org:line"));
        // Sentence-initial: a common word, not the app.
        assert!(!ids("Line itu panjang.").iter().any(|(_, i)| i == "org:line"));
    }

    #[test]
    fn bank_indonesia_is_an_institution() {
        assert!(has("Bank Indonesia menahan suku bunga.", "Bank Indonesia", "inst:bi"));
        assert!(!ids("Bank Indonesia menahan suku bunga.").iter().any(|(_, i)| i == "country:ID"));
    }

    #[test]
    fn country_inside_company_name() {
        assert!(has("Saham PT Telkom Indonesia Tbk naik.", "PT Telkom Indonesia Tbk", "idx:TLKM"));
        assert!(has("Harga tiket Garuda Indonesia turun.", "Garuda Indonesia", "idx:GIAA"));
    }

    #[test]
    fn ambiguous_outlets_need_a_cue() {
        assert!(has("Hal itu dikutip dari Antara.", "Antara", "outlet:antara"));
        assert!(has("JAKARTA (ANTARA) - Harga naik.", "ANTARA", "outlet:antara"));
        assert!(
            !ids("Jarak antara dua kota itu jauh.").iter().any(|(_, i)| i.starts_with("outlet"))
        );
        assert!(
            !ids("Kecepatan dan tempo permainan naik, kata Tempo Dulu.")
                .iter()
                .any(|(_, i)| i == "outlet:tempo")
        );
    }

    #[test]
    fn common_word_places_need_the_full_name() {
        assert!(!ids("Dia melempar batu ke sungai.").iter().any(|(_, i)| i.starts_with("wilayah")));
        assert!(has("Wisata di Kota Batu ramai.", "Kota Batu", "wilayah:35.79"));
    }

    #[test]
    fn legal_suffix_extends_and_links() {
        let f = entities("Tencent Holdings Ltd menolak. Tencent juga diam.");
        assert_eq!(f.mentions[0].text, "Tencent Holdings Ltd");
        assert_eq!(f.linked.len(), 1);
        assert_eq!(f.linked[0].count, 2);
    }

    #[test]
    fn tickers_need_a_cue() {
        assert!(has("Bank Central Asia (BBCA) naik.", "BBCA", "idx:BBCA"));
        assert!(has("Saham BBRI turun.", "BBRI", "idx:BBRI"));
    }

    #[test]
    fn source_lines_link_their_outlet() {
        assert!(has("Harga naik.\nSumber: Antara", "Antara", "outlet:antara"));
        assert!(has("Harga naik.\nSumber: ANTARA", "ANTARA", "outlet:antara"));
        assert!(has("Harga naik.\n(Sumber: Kompas)", "Kompas", "outlet:kompas"));
        // A sentence that opens with the word is no source.
        assert!(!ids("Antara dua kota itu ada sungai.").iter().any(|(_, i)| i == "outlet:antara"));
    }

    #[test]
    fn a_minister_names_the_ministry() {
        assert!(has(
            "Menteri Keuangan menyampaikan laporan APBN.",
            "Menteri Keuangan",
            "min:kemenkeu"
        ));
        assert!(has("Kata Menteri Luar Negeri kemarin.", "Menteri Luar Negeri", "min:kemenlu"));
        assert!(!ids("Perdana Menteri Keuangan itu.").iter().any(|(_, i)| i == "min:kemenkeu"));
    }

    #[test]
    fn no_match_across_lines_and_empty_input() {
        assert!(ids("").is_empty());
        assert!(!ids("Amerika\nSerikat pekerja").iter().any(|(s, _)| s.contains('\n')));
    }
}
