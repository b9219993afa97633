//! Languages: warta's own `Language` enum (whatlang's types never appear in
//! the API) and the detector.

/// A language warta can name: the regional languages of Indonesian news
/// (Indonesian, Malay, Javanese, Sundanese), English, and every language
/// whatlang detects.
#[non_exhaustive]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(rename_all = "snake_case")
)]
pub enum Language {
    /// Indonesian (`id`).
    Indonesian,
    /// Malay (`ms`).
    Malay,
    /// Javanese (`jv`).
    Javanese,
    /// Sundanese (`su`).
    Sundanese,
    /// English (`en`).
    English,
    /// Afrikaans (`af`).
    Afrikaans,
    /// Akan (`ak`).
    Akan,
    /// Amharic (`am`).
    Amharic,
    /// Arabic (`ar`).
    Arabic,
    /// Armenian (`hy`).
    Armenian,
    /// Azerbaijani (`az`).
    Azerbaijani,
    /// Belarusian (`be`).
    Belarusian,
    /// Bengali (`bn`).
    Bengali,
    /// Norwegian Bokmål (`nb`).
    NorwegianBokmal,
    /// Bulgarian (`bg`).
    Bulgarian,
    /// Burmese (`my`).
    Burmese,
    /// Catalan (`ca`).
    Catalan,
    /// Croatian (`hr`).
    Croatian,
    /// Czech (`cs`).
    Czech,
    /// Danish (`da`).
    Danish,
    /// Dutch (`nl`).
    Dutch,
    /// Esperanto (`eo`).
    Esperanto,
    /// Estonian (`et`).
    Estonian,
    /// Finnish (`fi`).
    Finnish,
    /// French (`fr`).
    French,
    /// Georgian (`ka`).
    Georgian,
    /// German (`de`).
    German,
    /// Greek (`el`).
    Greek,
    /// Gujarati (`gu`).
    Gujarati,
    /// Hebrew (`he`).
    Hebrew,
    /// Hindi (`hi`).
    Hindi,
    /// Hungarian (`hu`).
    Hungarian,
    /// Italian (`it`).
    Italian,
    /// Japanese (`ja`).
    Japanese,
    /// Kannada (`kn`).
    Kannada,
    /// Khmer (`km`).
    Khmer,
    /// Korean (`ko`).
    Korean,
    /// Latin (`la`).
    Latin,
    /// Latvian (`lv`).
    Latvian,
    /// Lithuanian (`lt`).
    Lithuanian,
    /// Macedonian (`mk`).
    Macedonian,
    /// Malayalam (`ml`).
    Malayalam,
    /// Mandarin (`zh`).
    Mandarin,
    /// Marathi (`mr`).
    Marathi,
    /// Nepali (`ne`).
    Nepali,
    /// Oriya (`or`).
    Oriya,
    /// Persian (`fa`).
    Persian,
    /// Polish (`pl`).
    Polish,
    /// Portuguese (`pt`).
    Portuguese,
    /// Punjabi (`pa`).
    Punjabi,
    /// Romanian (`ro`).
    Romanian,
    /// Russian (`ru`).
    Russian,
    /// Serbian (`sr`).
    Serbian,
    /// Shona (`sn`).
    Shona,
    /// Sinhalese (`si`).
    Sinhalese,
    /// Slovak (`sk`).
    Slovak,
    /// Slovene (`sl`).
    Slovene,
    /// Spanish (`es`).
    Spanish,
    /// Swedish (`sv`).
    Swedish,
    /// Tagalog (`tl`).
    Tagalog,
    /// Tamil (`ta`).
    Tamil,
    /// Telugu (`te`).
    Telugu,
    /// Thai (`th`).
    Thai,
    /// Turkish (`tr`).
    Turkish,
    /// Turkmen (`tk`).
    Turkmen,
    /// Ukrainian (`uk`).
    Ukrainian,
    /// Urdu (`ur`).
    Urdu,
    /// Uzbek (`uz`).
    Uzbek,
    /// Vietnamese (`vi`).
    Vietnamese,
    /// Welsh (`cy`).
    Welsh,
    /// Yiddish (`yi`).
    Yiddish,
    /// Zulu (`zu`).
    Zulu,
}

impl Language {
    /// Every language, the regional ones first.
    pub const ALL: [Language; 72] = [
        Language::Indonesian,
        Language::Malay,
        Language::Javanese,
        Language::Sundanese,
        Language::English,
        Language::Afrikaans,
        Language::Akan,
        Language::Amharic,
        Language::Arabic,
        Language::Armenian,
        Language::Azerbaijani,
        Language::Belarusian,
        Language::Bengali,
        Language::NorwegianBokmal,
        Language::Bulgarian,
        Language::Burmese,
        Language::Catalan,
        Language::Croatian,
        Language::Czech,
        Language::Danish,
        Language::Dutch,
        Language::Esperanto,
        Language::Estonian,
        Language::Finnish,
        Language::French,
        Language::Georgian,
        Language::German,
        Language::Greek,
        Language::Gujarati,
        Language::Hebrew,
        Language::Hindi,
        Language::Hungarian,
        Language::Italian,
        Language::Japanese,
        Language::Kannada,
        Language::Khmer,
        Language::Korean,
        Language::Latin,
        Language::Latvian,
        Language::Lithuanian,
        Language::Macedonian,
        Language::Malayalam,
        Language::Mandarin,
        Language::Marathi,
        Language::Nepali,
        Language::Oriya,
        Language::Persian,
        Language::Polish,
        Language::Portuguese,
        Language::Punjabi,
        Language::Romanian,
        Language::Russian,
        Language::Serbian,
        Language::Shona,
        Language::Sinhalese,
        Language::Slovak,
        Language::Slovene,
        Language::Spanish,
        Language::Swedish,
        Language::Tagalog,
        Language::Tamil,
        Language::Telugu,
        Language::Thai,
        Language::Turkish,
        Language::Turkmen,
        Language::Ukrainian,
        Language::Urdu,
        Language::Uzbek,
        Language::Vietnamese,
        Language::Welsh,
        Language::Yiddish,
        Language::Zulu,
    ];

    /// The ISO 639-1 code (all of warta's languages have one).
    ///
    /// # Example
    ///
    /// ```
    /// use warta::Language;
    /// assert_eq!(Language::Malay.code(), "ms");
    /// assert_eq!(Language::from_code("su"), Some(Language::Sundanese));
    /// ```
    pub const fn code(self) -> &'static str {
        match self {
            Language::Indonesian => "id",
            Language::Malay => "ms",
            Language::Javanese => "jv",
            Language::Sundanese => "su",
            Language::English => "en",
            Language::Afrikaans => "af",
            Language::Akan => "ak",
            Language::Amharic => "am",
            Language::Arabic => "ar",
            Language::Armenian => "hy",
            Language::Azerbaijani => "az",
            Language::Belarusian => "be",
            Language::Bengali => "bn",
            Language::NorwegianBokmal => "nb",
            Language::Bulgarian => "bg",
            Language::Burmese => "my",
            Language::Catalan => "ca",
            Language::Croatian => "hr",
            Language::Czech => "cs",
            Language::Danish => "da",
            Language::Dutch => "nl",
            Language::Esperanto => "eo",
            Language::Estonian => "et",
            Language::Finnish => "fi",
            Language::French => "fr",
            Language::Georgian => "ka",
            Language::German => "de",
            Language::Greek => "el",
            Language::Gujarati => "gu",
            Language::Hebrew => "he",
            Language::Hindi => "hi",
            Language::Hungarian => "hu",
            Language::Italian => "it",
            Language::Japanese => "ja",
            Language::Kannada => "kn",
            Language::Khmer => "km",
            Language::Korean => "ko",
            Language::Latin => "la",
            Language::Latvian => "lv",
            Language::Lithuanian => "lt",
            Language::Macedonian => "mk",
            Language::Malayalam => "ml",
            Language::Mandarin => "zh",
            Language::Marathi => "mr",
            Language::Nepali => "ne",
            Language::Oriya => "or",
            Language::Persian => "fa",
            Language::Polish => "pl",
            Language::Portuguese => "pt",
            Language::Punjabi => "pa",
            Language::Romanian => "ro",
            Language::Russian => "ru",
            Language::Serbian => "sr",
            Language::Shona => "sn",
            Language::Sinhalese => "si",
            Language::Slovak => "sk",
            Language::Slovene => "sl",
            Language::Spanish => "es",
            Language::Swedish => "sv",
            Language::Tagalog => "tl",
            Language::Tamil => "ta",
            Language::Telugu => "te",
            Language::Thai => "th",
            Language::Turkish => "tr",
            Language::Turkmen => "tk",
            Language::Ukrainian => "uk",
            Language::Urdu => "ur",
            Language::Uzbek => "uz",
            Language::Vietnamese => "vi",
            Language::Welsh => "cy",
            Language::Yiddish => "yi",
            Language::Zulu => "zu",
        }
    }

    /// The English name.
    pub const fn name(self) -> &'static str {
        match self {
            Language::Indonesian => "Indonesian",
            Language::Malay => "Malay",
            Language::Javanese => "Javanese",
            Language::Sundanese => "Sundanese",
            Language::English => "English",
            Language::Afrikaans => "Afrikaans",
            Language::Akan => "Akan",
            Language::Amharic => "Amharic",
            Language::Arabic => "Arabic",
            Language::Armenian => "Armenian",
            Language::Azerbaijani => "Azerbaijani",
            Language::Belarusian => "Belarusian",
            Language::Bengali => "Bengali",
            Language::NorwegianBokmal => "Norwegian Bokmål",
            Language::Bulgarian => "Bulgarian",
            Language::Burmese => "Burmese",
            Language::Catalan => "Catalan",
            Language::Croatian => "Croatian",
            Language::Czech => "Czech",
            Language::Danish => "Danish",
            Language::Dutch => "Dutch",
            Language::Esperanto => "Esperanto",
            Language::Estonian => "Estonian",
            Language::Finnish => "Finnish",
            Language::French => "French",
            Language::Georgian => "Georgian",
            Language::German => "German",
            Language::Greek => "Greek",
            Language::Gujarati => "Gujarati",
            Language::Hebrew => "Hebrew",
            Language::Hindi => "Hindi",
            Language::Hungarian => "Hungarian",
            Language::Italian => "Italian",
            Language::Japanese => "Japanese",
            Language::Kannada => "Kannada",
            Language::Khmer => "Khmer",
            Language::Korean => "Korean",
            Language::Latin => "Latin",
            Language::Latvian => "Latvian",
            Language::Lithuanian => "Lithuanian",
            Language::Macedonian => "Macedonian",
            Language::Malayalam => "Malayalam",
            Language::Mandarin => "Mandarin",
            Language::Marathi => "Marathi",
            Language::Nepali => "Nepali",
            Language::Oriya => "Oriya",
            Language::Persian => "Persian",
            Language::Polish => "Polish",
            Language::Portuguese => "Portuguese",
            Language::Punjabi => "Punjabi",
            Language::Romanian => "Romanian",
            Language::Russian => "Russian",
            Language::Serbian => "Serbian",
            Language::Shona => "Shona",
            Language::Sinhalese => "Sinhalese",
            Language::Slovak => "Slovak",
            Language::Slovene => "Slovene",
            Language::Spanish => "Spanish",
            Language::Swedish => "Swedish",
            Language::Tagalog => "Tagalog",
            Language::Tamil => "Tamil",
            Language::Telugu => "Telugu",
            Language::Thai => "Thai",
            Language::Turkish => "Turkish",
            Language::Turkmen => "Turkmen",
            Language::Ukrainian => "Ukrainian",
            Language::Urdu => "Urdu",
            Language::Uzbek => "Uzbek",
            Language::Vietnamese => "Vietnamese",
            Language::Welsh => "Welsh",
            Language::Yiddish => "Yiddish",
            Language::Zulu => "Zulu",
        }
    }

    /// The language with this ISO 639-1 code, ignoring ASCII case.
    pub fn from_code(code: &str) -> Option<Language> {
        Language::ALL.into_iter().find(|l| l.code().eq_ignore_ascii_case(code))
    }

    pub(crate) fn from_whatlang(lang: whatlang::Lang) -> Language {
        match lang {
            whatlang::Lang::Epo => Language::Esperanto,
            whatlang::Lang::Eng => Language::English,
            whatlang::Lang::Rus => Language::Russian,
            whatlang::Lang::Cmn => Language::Mandarin,
            whatlang::Lang::Spa => Language::Spanish,
            whatlang::Lang::Por => Language::Portuguese,
            whatlang::Lang::Ita => Language::Italian,
            whatlang::Lang::Ben => Language::Bengali,
            whatlang::Lang::Fra => Language::French,
            whatlang::Lang::Deu => Language::German,
            whatlang::Lang::Ukr => Language::Ukrainian,
            whatlang::Lang::Kat => Language::Georgian,
            whatlang::Lang::Ara => Language::Arabic,
            whatlang::Lang::Hin => Language::Hindi,
            whatlang::Lang::Jpn => Language::Japanese,
            whatlang::Lang::Heb => Language::Hebrew,
            whatlang::Lang::Yid => Language::Yiddish,
            whatlang::Lang::Pol => Language::Polish,
            whatlang::Lang::Amh => Language::Amharic,
            whatlang::Lang::Jav => Language::Javanese,
            whatlang::Lang::Kor => Language::Korean,
            whatlang::Lang::Nob => Language::NorwegianBokmal,
            whatlang::Lang::Dan => Language::Danish,
            whatlang::Lang::Swe => Language::Swedish,
            whatlang::Lang::Fin => Language::Finnish,
            whatlang::Lang::Tur => Language::Turkish,
            whatlang::Lang::Nld => Language::Dutch,
            whatlang::Lang::Hun => Language::Hungarian,
            whatlang::Lang::Ces => Language::Czech,
            whatlang::Lang::Ell => Language::Greek,
            whatlang::Lang::Bul => Language::Bulgarian,
            whatlang::Lang::Bel => Language::Belarusian,
            whatlang::Lang::Mar => Language::Marathi,
            whatlang::Lang::Kan => Language::Kannada,
            whatlang::Lang::Ron => Language::Romanian,
            whatlang::Lang::Slv => Language::Slovene,
            whatlang::Lang::Hrv => Language::Croatian,
            whatlang::Lang::Srp => Language::Serbian,
            whatlang::Lang::Mkd => Language::Macedonian,
            whatlang::Lang::Lit => Language::Lithuanian,
            whatlang::Lang::Lav => Language::Latvian,
            whatlang::Lang::Est => Language::Estonian,
            whatlang::Lang::Tam => Language::Tamil,
            whatlang::Lang::Vie => Language::Vietnamese,
            whatlang::Lang::Urd => Language::Urdu,
            whatlang::Lang::Tha => Language::Thai,
            whatlang::Lang::Guj => Language::Gujarati,
            whatlang::Lang::Uzb => Language::Uzbek,
            whatlang::Lang::Pan => Language::Punjabi,
            whatlang::Lang::Aze => Language::Azerbaijani,
            whatlang::Lang::Ind => Language::Indonesian,
            whatlang::Lang::Tel => Language::Telugu,
            whatlang::Lang::Pes => Language::Persian,
            whatlang::Lang::Mal => Language::Malayalam,
            whatlang::Lang::Ori => Language::Oriya,
            whatlang::Lang::Mya => Language::Burmese,
            whatlang::Lang::Nep => Language::Nepali,
            whatlang::Lang::Sin => Language::Sinhalese,
            whatlang::Lang::Khm => Language::Khmer,
            whatlang::Lang::Tuk => Language::Turkmen,
            whatlang::Lang::Aka => Language::Akan,
            whatlang::Lang::Zul => Language::Zulu,
            whatlang::Lang::Sna => Language::Shona,
            whatlang::Lang::Afr => Language::Afrikaans,
            whatlang::Lang::Lat => Language::Latin,
            whatlang::Lang::Slk => Language::Slovak,
            whatlang::Lang::Cat => Language::Catalan,
            whatlang::Lang::Tgl => Language::Tagalog,
            whatlang::Lang::Hye => Language::Armenian,
            whatlang::Lang::Cym => Language::Welsh,
        }
    }
}

impl std::fmt::Display for Language {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

// ---------------------------------------------------------------------------
// Detection

use std::sync::LazyLock;

use crate::data::{LID, Regional};
use crate::normalize::folded_hash;
use crate::sentence::sentences;
use crate::span::Span;
use crate::token::TokenKind;
use crate::tokenize::tokenize;

/// The language of a text, as [`detect`] found it.
#[non_exhaustive]
#[derive(Clone, Copy, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Detection {
    /// The language.
    pub language: Language,
    /// How sure the detector is, from 0 to 1.
    pub confidence: f64,
    /// Whether the answer can be trusted: enough words and a clear margin.
    pub reliable: bool,
}

/// Longest word the detector looks up, in bytes.
const MAX_WORD: usize = 24;

/// The detector's words in an open-addressing table keyed by
/// [`folded_hash`]: a lookup hashes the word where it lies in the text (no
/// copy, no lowercasing) and probes 8-byte slots that hold everything
/// inline: a 32-bit tag from the hash, the Indonesian-vs-Malay weight in
/// thousandths and the function-word languages. The slot index and the tag
/// hold 46 bits of the hash; a word outside the table matches a slot by
/// chance with a probability around 10^-9 per lookup, and the cost of that
/// is one word's weight.
struct LidTable {
    /// tag << 32 | has weight << 31 | languages << 16 | weight as i16; 0 =
    /// empty.
    slots: Vec<u64>,
}

static LID_TABLE: LazyLock<LidTable> = LazyLock::new(|| {
    let size = (LID.len() * 2).next_power_of_two().max(1024);
    let mut slots = vec![0u64; size];
    for (&word, &(weight, langs)) in LID.iter() {
        let Some(hash) = folded_hash(word.as_bytes(), 0, word.len()) else { continue };
        let w = weight.map_or(0, |w| (w * 1000.0).round().clamp(-32767.0, 32767.0) as i16);
        let value = (u64::from(weight.is_some()) << 31)
            | (u64::from(langs & 0x7f) << 16)
            | u64::from(w as u16);
        let tag = (hash >> 32) | 1;
        let mut i = (hash as usize) & (size - 1);
        while slots[i] != 0 {
            i = (i + 1) & (size - 1);
        }
        slots[i] = (tag << 32) | value;
    }
    LidTable { slots }
});

impl LidTable {
    /// The entry of the ASCII word `text[start..end]`, any case.
    #[inline]
    fn get(&self, text: &[u8], start: usize, end: usize) -> Option<(Option<f32>, u8)> {
        self.get_hash(folded_hash(text, start, end)?)
    }

    /// The entry of the word whose [`folded_hash`] is `hash`.
    #[inline]
    fn get_hash(&self, hash: u64) -> Option<(Option<f32>, u8)> {
        let (tag, mask) = ((hash >> 32) | 1, self.slots.len() - 1);
        let mut i = (hash as usize) & mask;
        loop {
            let slot = self.slots[i];
            if slot == 0 {
                return None;
            }
            if slot >> 32 == tag {
                let weight = (slot >> 31) & 1 == 1;
                let w = f32::from(slot as u16 as i16) / 1000.0;
                return Some((weight.then_some(w), ((slot >> 16) & 0x7f) as u8));
            }
            i = (i + 1) & mask;
        }
    }
}

/// Evidence counted over a text's words.
#[derive(Clone, Copy, Default)]
pub(crate) struct Evidence {
    words: u32,
    /// Function-word hits for idms, jv, su, en.
    hits: [f64; 4],
    /// Indonesian-vs-Malay log-likelihood ratio (positive: Indonesian).
    idms: f64,
    /// Words the Indonesian/Malay word model knows.
    idms_known: u32,
    /// Letters in Latin script and in other scripts.
    latin: usize,
    other: usize,
}

impl std::ops::AddAssign for Evidence {
    fn add_assign(&mut self, o: Evidence) {
        self.words += o.words;
        for i in 0..4 {
            self.hits[i] += o.hits[i];
        }
        self.idms += o.idms;
        self.idms_known += o.idms_known;
        self.latin += o.latin;
        self.other += o.other;
    }
}

impl Evidence {
    /// Evidence with only the script counts of `text`, for words to be
    /// added with [`Evidence::add_word`].
    pub(crate) fn scripts_of(text: &str) -> Evidence {
        let (latin, other) = scripts(text);
        Evidence { latin, other, ..Evidence::default() }
    }

    /// Counts the word at `text[start..end]`, whose [`folded_hash`] is
    /// `hash`: the same as [`evidence`] does for each of its words.
    #[inline]
    pub(crate) fn add_word(&mut self, text: &[u8], start: usize, end: usize, hash: u64) {
        if end - start > MAX_WORD || !text[start..end].iter().all(u8::is_ascii_alphabetic) {
            return;
        }
        self.words += 1;
        let Some((weight, langs)) = LID_TABLE.get_hash(hash) else { return };
        self.count(weight, langs);
    }

    #[inline]
    fn count(&mut self, weight: Option<f32>, langs: u8) {
        if let Some(weight) = weight {
            self.idms += f64::from(weight);
            self.idms_known += 1;
        }
        if langs != 0 {
            let share = 1.0 / f64::from(langs.count_ones());
            for (i, bit) in
                [Regional::IDMS, Regional::JV, Regional::SU, Regional::EN].into_iter().enumerate()
            {
                if langs & bit != 0 {
                    self.hits[i] += share;
                }
            }
        }
    }
}

/// Each sentence's language from its evidence, and the mix.
pub(crate) fn languages_of(
    text: &str,
    spans: &[Span],
    evidence: &[Evidence],
) -> (Vec<SentenceLanguage>, Vec<LanguageShare>) {
    let sentences: Vec<SentenceLanguage> = spans
        .iter()
        .zip(evidence)
        .map(|(&span, ev)| SentenceLanguage { span, detection: decide(ev, &text[span.range()]) })
        .collect();
    let mix = mix_of(&sentences);
    (sentences, mix)
}

pub(crate) fn evidence(text: &str) -> Evidence {
    let (latin, other) = scripts(text);
    let mut ev = Evidence { latin, other, ..Evidence::default() };
    if other > latin {
        // Decided by script: the words are not needed.
        return ev;
    }
    let table = &*LID_TABLE;
    let bytes = text.as_bytes();
    for tok in tokenize(text) {
        if tok.kind() != TokenKind::Word {
            continue;
        }
        let (start, end) = (tok.start(), tok.end());
        if end - start > MAX_WORD || !bytes[start..end].iter().all(u8::is_ascii_alphabetic) {
            continue;
        }
        ev.words += 1;
        let Some((weight, langs)) = table.get(bytes, start, end) else { continue };
        ev.count(weight, langs);
    }
    ev
}

/// Counts letters in Latin script and in other scripts, in one pass that
/// decodes only the non-ASCII characters. For ASCII text, 1 if it has a
/// letter and 0 if not: the detector only compares the counts.
fn scripts(text: &str) -> (usize, usize) {
    if text.is_ascii() {
        // Only whether there is a letter matters for ASCII text.
        return (usize::from(text.bytes().any(|b| b.is_ascii_alphabetic())), 0);
    }
    let (mut latin, mut other) = (0, 0);
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 {
            latin += usize::from(b.is_ascii_alphabetic());
            i += 1;
            continue;
        }
        let c = text[i..].chars().next().unwrap_or(' ');
        if ('\u{C0}'..='\u{24F}').contains(&c) {
            latin += 1;
        } else if c.is_alphabetic() {
            other += 1;
        }
        i += c.len_utf8();
    }
    (latin, other)
}

fn sigmoid(x: f64) -> f64 {
    1.0 / (1.0 + (-x).exp())
}

/// Detects the language of `text`.
///
/// Text in another script goes to whatlang. Latin-script text is weighed by
/// warta's own evidence: function words of Indonesian/Malay, Javanese,
/// Sundanese and English (`data/lid_words.tsv`), and, between Indonesian and
/// Malay, a word model trained on news (`data/lid_idms.tsv`, see
/// `scripts/build_lid.py`). Latin text without any of these function words
/// goes to whatlang. `None` when the text has no letters, or no language can
/// be named.
///
/// # Example
///
/// ```
/// use warta::{detect, Language};
///
/// let id = detect("Pemerintah akan menaikkan harga bahan bakar karena anggaran subsidi tidak cukup.").unwrap();
/// assert_eq!(id.language, Language::Indonesian);
/// let ms = detect("Kerajaan akan menaikkan harga minyak kerana peruntukan subsidi tidak mencukupi, kata beliau.").unwrap();
/// assert_eq!(ms.language, Language::Malay);
/// let jv = detect("Aku ora ngerti kowe arep lunga menyang ngendi.").unwrap();
/// assert_eq!(jv.language, Language::Javanese);
/// assert!(detect("123 !!!").is_none());
/// ```
pub fn detect(text: &str) -> Option<Detection> {
    decide(&evidence(text), text)
}

/// The language that `ev`, the evidence of `text`, points to.
pub(crate) fn decide(ev: &Evidence, text: &str) -> Option<Detection> {
    if ev.latin + ev.other == 0 {
        return None;
    }
    if ev.other > ev.latin {
        return whatlang_detect(text);
    }
    let total: f64 = ev.hits.iter().sum();
    let (best, &best_hits) = ev.hits.iter().enumerate().max_by(|a, b| a.1.total_cmp(b.1))?;
    if best_hits == 0.0 {
        // No function word of ours: another Latin-script language, or a
        // headline of names and nouns. One or two such words (`beli`,
        // `Sumber: Reuters`) are too few to name a language.
        if ev.words < 3 {
            return None;
        }
        // Mostly words of Indonesian/Malay news (a headline, `Pemeriksaan
        // dijadwalkan berlangsung enam bulan.`): Indonesian or Malay, not
        // reliable, without asking whatlang.
        if ev.idms_known * 2 > ev.words {
            return Some(idms(ev.idms, 0.5, false));
        }
        return whatlang_detect(text).map(|d| match d.language {
            Language::Indonesian => idms(ev.idms, d.confidence.min(0.5), false),
            _ => d,
        });
    }
    let share = best_hits / total;
    let enough = ev.words >= 3 && best_hits >= 1.0;
    Some(match best {
        0 => idms(ev.idms, share, enough),
        i => {
            let language =
                [Language::Indonesian, Language::Javanese, Language::Sundanese, Language::English]
                    [i];
            Detection { language, confidence: share, reliable: enough && share >= 0.6 }
        }
    })
}

/// Prior log-odds for Indonesian over Malay: warta reads Indonesian news
/// first, and Indonesian text outside the news register of the training
/// data (reviews, comments) otherwise leans Malay. Measured on DSL across
/// years, 0.5 is neutral on full sentences and helps short ones.
const INDONESIAN_PRIOR: f64 = 0.5;

/// Indonesian or Malay from the word model's log-likelihood ratio.
fn idms(ratio: f64, share: f64, enough: bool) -> Detection {
    let ratio = ratio + INDONESIAN_PRIOR;
    let language = if ratio >= 0.0 { Language::Indonesian } else { Language::Malay };
    let confidence = share * sigmoid(ratio.abs());
    Detection { language, confidence, reliable: enough && confidence >= 0.75 }
}

static WHATLANG: LazyLock<whatlang::Detector> = LazyLock::new(whatlang::Detector::new);

/// The most text whatlang reads, in bytes: its trigram profile is settled
/// long before this, and a cap keeps a many-megabyte text in another script
/// from costing whatlang's (hash-table bound) time over all of it.
pub const WHATLANG_SAMPLE: usize = 16 * 1024;

fn whatlang_detect(text: &str) -> Option<Detection> {
    let text = &text[..crate::tokenize::floor_char_boundary(text, WHATLANG_SAMPLE)];
    let info = WHATLANG.detect(text)?;
    Some(Detection {
        language: Language::from_whatlang(info.lang()),
        confidence: info.confidence(),
        reliable: info.is_reliable(),
    })
}

/// The language of one sentence of a document.
#[non_exhaustive]
#[derive(Clone, Copy, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct SentenceLanguage {
    /// The sentence's byte span in the document.
    pub span: Span,
    /// Its language, if one could be named.
    pub detection: Option<Detection>,
}

/// How much of a document is in one language.
#[non_exhaustive]
#[derive(Clone, Copy, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct LanguageShare {
    /// The language.
    pub language: Language,
    /// Its share of the bytes of the sentences whose language was found.
    pub share: f64,
}

/// The languages of a document: overall, per sentence, and the mix.
#[non_exhaustive]
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct DocumentLanguages {
    /// The language of the whole text.
    pub document: Option<Detection>,
    /// Each sentence with its language.
    pub sentences: Vec<SentenceLanguage>,
    /// Languages by share of the text, largest first.
    pub mix: Vec<LanguageShare>,
}

/// Detects the language of a document and of each of its sentences, so that
/// an English quote or an English author bio in an Indonesian article is
/// labelled, and summarises the mix.
///
/// # Example
///
/// ```
/// use warta::{detect_document, Language};
///
/// let text = "Pemerintah menyelidiki perusahaan itu selama tiga bulan karena data \
///             pengguna dikirim ke luar negeri tanpa persetujuan. \
///             The author writes about privacy.";
/// let doc = detect_document(text);
/// assert_eq!(doc.document.unwrap().language, Language::Indonesian);
/// assert_eq!(doc.sentences[1].detection.unwrap().language, Language::English);
/// assert_eq!(doc.mix.len(), 2);
/// ```
pub fn detect_document(text: &str) -> DocumentLanguages {
    let (sentences, mix, _) = sentence_languages(text, Span::new(0, 0));
    DocumentLanguages { document: reconcile(detect(text), &mix), sentences, mix }
}

/// The document's language: its pooled evidence decides, unless the
/// sentences say otherwise by a majority of the text (an Indonesian article
/// with an English paragraph full of English words stays Indonesian).
pub(crate) fn reconcile(pooled: Option<Detection>, mix: &[LanguageShare]) -> Option<Detection> {
    match (pooled, mix.first()) {
        (Some(d), Some(top)) if top.language != d.language && top.share > 0.5 => Some(Detection {
            language: top.language,
            confidence: top.share,
            reliable: top.share >= 0.6,
        }),
        (None, Some(top)) if top.share > 0.5 => {
            Some(Detection { language: top.language, confidence: top.share, reliable: false })
        }
        (d, _) => d,
    }
}

/// Each sentence's language and the mix, in one pass that also returns the
/// summed evidence of the sentences inside `body`.
pub(crate) fn sentence_languages(
    text: &str,
    body: Span,
) -> (Vec<SentenceLanguage>, Vec<LanguageShare>, Evidence) {
    let mut in_body = Evidence::default();
    let sentences: Vec<SentenceLanguage> = sentences(text)
        .map(|s| {
            let ev = evidence(s.as_str());
            if body.contains(s.span()) {
                in_body += ev;
            }
            SentenceLanguage { span: s.span(), detection: decide(&ev, s.as_str()) }
        })
        .collect();
    let mix = mix_of(&sentences);
    (sentences, mix, in_body)
}

/// The languages' shares of the sentences' bytes, largest first.
fn mix_of(sentences: &[SentenceLanguage]) -> Vec<LanguageShare> {
    let mut bytes: Vec<(Language, usize)> = Vec::new();
    for s in sentences {
        if let Some(d) = s.detection {
            match bytes.iter_mut().find(|(l, _)| *l == d.language) {
                Some((_, n)) => *n += s.span.len(),
                None => bytes.push((d.language, s.span.len())),
            }
        }
    }
    let total: usize = bytes.iter().map(|(_, n)| n).sum();
    let mut mix: Vec<LanguageShare> = bytes
        .into_iter()
        .map(|(language, n)| LanguageShare { language, share: n as f64 / total.max(1) as f64 })
        .collect();
    mix.sort_by(|a, b| b.share.total_cmp(&a.share).then(a.language.cmp(&b.language)));
    mix
}
