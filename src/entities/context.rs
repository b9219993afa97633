//! What the neighbouring words tell: a cue that admits an ambiguous outlet
//! or a ticker, a lower-case place noun that joins a place, a noun that
//! makes a country a nationality.

use super::extraction::{Extraction, KEY_BUF};
use super::gazetteer::EntityClass;
use crate::normalize::ascii_lowercase_in;

/// Nouns after which a country is a nationality, not a place (`tentara
/// Israel`, `dolar AS`). A government or its office (`Pemerintah Taiwan`,
/// `Presiden Amerika Serikat`, `Kepolisian Malaysia`) names the country
/// itself: those nouns are not here.
const NATIONALITY_NOUNS: &[&str] = &[
    "tentara",
    "militer",
    "pasukan",
    "dolar",
    "dollar",
    "yen",
    "yuan",
    "won",
    "ringgit",
    "rupee",
    "rubel",
    "warga",
    "orang",
    "rakyat",
    "bangsa",
    "pihak",
    "serangan",
    "agresi",
    "operasi",
    "tim",
    "timnas",
    "kontingen",
    "besar",
    "dubes",
    "kedubes",
    "kedutaan",
    "konsulat",
    "masyarakat",
    "maskapai",
    "perusahaan",
    "pejabat",
    "delegasi",
    "pemain",
    "atlet",
    "investor",
    "turis",
    "wisatawan",
    "mahasiswa",
    "nelayan",
    "angkatan",
    "armada",
    "diplomat",
    "intelijen",
    "utusan",
    "produk",
    "pesawat",
    "kapal",
    "jet",
    "tank",
    "rudal",
    "keturunan",
    "imigran",
    "pengungsi",
];

/// Lower-case nouns that news writes before a place name, as part of it
/// (`kota Bandung`, `wilayah Gaza`).
const PLACE_NOUNS: &[&str] = &[
    "kota",
    "kabupaten",
    "provinsi",
    "desa",
    "kecamatan",
    "kelurahan",
    "pulau",
    "wilayah",
    "kawasan",
];

/// Words just before an ambiguous outlet name that show it is a source.
const SOURCE_CUES: &[&str] = &[
    "sumber",
    "dikutip",
    "mengutip",
    "melansir",
    "dilansir",
    "lansir",
    "laporan",
    "dilaporkan",
    "melaporkan",
    "menurut",
    "kepada",
    "via",
    "harian",
    "koran",
    "majalah",
    "media",
    "kantor",
];

/// Words just before a ticker that show it is one.
const TICKER_CUES: &[&str] = &["saham", "emiten", "kode", "ticker", "kodenya", "berkode"];

type WordSet =
    std::collections::HashSet<&'static str, std::hash::BuildHasherDefault<crate::hash::WordHasher>>;

/// The context word lists as hash sets, built once.
struct ContextWords {
    source: WordSet,
    ticker: WordSet,
    place: WordSet,
    nationality: WordSet,
}

static CONTEXT: std::sync::LazyLock<ContextWords> = std::sync::LazyLock::new(|| ContextWords {
    source: SOURCE_CUES.iter().copied().collect(),
    ticker: TICKER_CUES.iter().copied().collect(),
    place: PLACE_NOUNS.iter().copied().collect(),
    nationality: NATIONALITY_NOUNS.iter().copied().collect(),
});

impl Extraction<'_, '_, '_> {
    pub(super) fn source_cue(&self, i: usize) -> bool {
        if self.prev_word(i, 1) == Some("(") {
            return true;
        }
        (1..=5).filter_map(|b| self.prev_word(i, b)).any(|w| {
            let mut buf = [0u8; KEY_BUF];
            ascii_lowercase_in(w, &mut buf).is_some_and(|w| CONTEXT.source.contains(w))
        })
    }

    /// `Sumber: Antara`, `Source: Reuters`: token `i` right after a source
    /// label and its colon.
    pub(super) fn source_line(&self, i: usize) -> bool {
        self.prev_word(i, 1) == Some(":")
            && self.prev_word(i, 2).is_some_and(|w| {
                w.eq_ignore_ascii_case("sumber")
                    || w.eq_ignore_ascii_case("source")
                    || w.eq_ignore_ascii_case("berita")
            })
    }

    pub(super) fn ticker_cue(&self, i: usize) -> bool {
        let after_paren = self.prev_word(i, 1) == Some("(")
            && self.tokens.get(i + 1).is_some_and(|t| self.text_of(t) == ")");
        after_paren
            || self.prev_word(i, 1).is_some_and(|w| {
                let mut buf = [0u8; KEY_BUF];
                ascii_lowercase_in(w, &mut buf).is_some_and(|w| CONTEXT.ticker.contains(w))
            })
    }

    /// The previous token on the same line, lowercased if short ASCII.
    fn prev_is(&self, i: usize, words: &WordSet, lowercase_only: bool) -> bool {
        let Some(w) = self.prev_word(i, 1) else { return false };
        if lowercase_only && !w.bytes().all(|b| b.is_ascii_lowercase()) {
            return false;
        }
        let mut buf = [0u8; KEY_BUF];
        ascii_lowercase_in(w, &mut buf).is_some_and(|w| words.contains(w))
    }

    /// Context: a lower-case place noun joins a place (`kota Bandung`); a
    /// country after a noun it qualifies is a nationality.
    pub(super) fn context(&mut self) -> Vec<EntityClass> {
        let mut classes = Vec::with_capacity(self.hits.len());
        for k in 0..self.hits.len() {
            let h = self.hits[k];
            let mut class = self.class(h.target);
            if class == EntityClass::Loc {
                let country = matches!(self.kind(h.target), "country" | "territory");
                let free = k == 0 || self.hits[k - 1].last + 1 < h.first;
                if free && self.prev_is(h.first, &CONTEXT.place, true) && !country {
                    self.hits[k].first -= 1;
                } else if country && self.prev_is(h.first, &CONTEXT.nationality, false) {
                    class = EntityClass::Misc;
                }
            }
            classes.push(class);
        }
        classes
    }
}

#[cfg(test)]
mod tests {
    use crate::EntityClass;
    use crate::entities::entities;

    fn class_of(text: &str, surface: &str) -> Option<EntityClass> {
        entities(text).mentions.iter().find(|m| m.text == surface).map(|m| m.class)
    }

    #[test]
    fn a_government_names_its_country_a_noun_makes_it_a_nationality() {
        assert_eq!(class_of("Pemerintah Taiwan menyelidiki.", "Taiwan"), Some(EntityClass::Loc));
        assert_eq!(class_of("Kepolisian Taiwan menyelidiki.", "Taiwan"), Some(EntityClass::Loc));
        assert_eq!(
            class_of("Kata Presiden Amerika Serikat kemarin.", "Amerika Serikat"),
            Some(EntityClass::Loc)
        );
        assert_eq!(class_of("Kata Perdana Menteri Israel itu.", "Israel"), Some(EntityClass::Loc));
        assert_eq!(class_of("Nilai dolar AS naik.", "AS"), Some(EntityClass::Misc));
        assert_eq!(
            class_of("Serangan tentara Israel berlanjut.", "Israel"),
            Some(EntityClass::Misc)
        );
    }
}
