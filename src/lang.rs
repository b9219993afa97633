//! Languages: warta's own `Language` enum (whatlang's types never appear in
//! the API), below every stage that names a language.

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
