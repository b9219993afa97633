//! Values: dates, times, money, percentages and quantities, read and
//! normalised as a finance or monitoring user filters on them.
//!
//! The reader walks the document's tokens once. A value can start only at a
//! number, a number word (`tiga`), a currency sign (`Rp`, `US$`, `RM`), a
//! month or day name, `pukul`/`jam`, or a word of a relative date
//! (`kemarin`, `pekan lalu`); each such word's class is computed once per
//! distinct word by the document ([`word_class`]), so that the other words
//! cost one byte compare. Relative dates are resolved against a reference
//! date (the article's date), and stay unresolved (`value` `None`) without
//! one. Numbers follow the Indonesian convention (`14.000`, `4,2`), and the
//! English one where a number can only be read so (`3.5`, `1,250,000`).
//!
//! What looks like a value and is not one is left out: scores (`3-0`),
//! ordinals (`ke-45`), road markers (`KM 57`), article and regulation
//! numbers (`Pasal 27`, `Nomor 12 Tahun 2025`, `No. 7/2025`), plates and
//! model names (`B 1234 TJP`, `iPhone 15`), and vague spans (`awal tahun
//! ini`, `akhir 2025`, `puluhan warga`).

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::hash::BuildHasherDefault;
use std::sync::LazyLock;

use crate::span::Span;
use crate::token::TokenKind;
use crate::words::{Lexemes, Tok};

/// What a value measures.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
pub enum ValueKind {
    /// A calendar date, a month or a year.
    Date,
    /// A time of day.
    Time,
    /// An amount of money.
    Money,
    /// A percentage, or a change in percentage points.
    Percent,
    /// A count or a measure: `350 orang`, `18 km`, `3 hari`.
    Quantity,
}

impl ValueKind {
    /// `date`, `time`, `money`, `percent` or `quantity`.
    pub fn as_str(self) -> &'static str {
        match self {
            ValueKind::Date => "date",
            ValueKind::Time => "time",
            ValueKind::Money => "money",
            ValueKind::Percent => "percent",
            ValueKind::Quantity => "quantity",
        }
    }
}

/// A calendar date as precise as the text gives it: a day, a month or a
/// year. Displays as ISO 8601 (`2026-02-05`, `2026-02`, `2026`).
///
/// ```
/// use warta::CalendarDate;
/// let d: CalendarDate = "2026-02-05".parse().unwrap();
/// assert_eq!((d.year, d.month, d.day), (2026, Some(2), Some(5)));
/// assert_eq!(d.to_string(), "2026-02-05");
/// assert_eq!("2026-02".parse::<CalendarDate>().unwrap().to_string(), "2026-02");
/// assert!("2026-02-30".parse::<CalendarDate>().is_err());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CalendarDate {
    /// The year.
    pub year: i32,
    /// The month, 1 to 12, when given.
    pub month: Option<u8>,
    /// The day of the month, when given (only with a month).
    pub day: Option<u8>,
}

impl CalendarDate {
    /// The day `year`-`month`-`day`, if it exists.
    pub fn ymd(year: i32, month: u8, day: u8) -> Option<CalendarDate> {
        ((1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month))
            .then_some(CalendarDate { year, month: Some(month), day: Some(day) })
    }

    /// The month `year`-`month`, if `month` is 1 to 12.
    pub fn ym(year: i32, month: u8) -> Option<CalendarDate> {
        (1..=12).contains(&month).then_some(CalendarDate { year, month: Some(month), day: None })
    }

    /// The year `year`.
    pub fn y(year: i32) -> CalendarDate {
        CalendarDate { year, month: None, day: None }
    }

    /// Days since 1970-01-01 of a full date.
    fn days(self) -> Option<i64> {
        Some(days_from_civil(self.year, self.month?, self.day?))
    }

    /// The full date `n` days after this one (before, if negative).
    fn plus_days(self, n: i64) -> Option<CalendarDate> {
        let (y, m, d) = civil_from_days(self.days()? + n);
        CalendarDate::ymd(y, m, d)
    }

    /// The month `n` months after this date's (before, if negative).
    fn plus_months(self, n: i32) -> Option<CalendarDate> {
        let m0 = self.year * 12 + i32::from(self.month?) - 1 + n;
        CalendarDate::ym(m0.div_euclid(12), (m0.rem_euclid(12) + 1) as u8)
    }

    /// Day of the week of a full date, Monday 0 to Sunday 6.
    fn weekday(self) -> Option<u8> {
        // 1970-01-01 was a Thursday (3).
        Some(((self.days()? + 3).rem_euclid(7)) as u8)
    }
}

impl fmt::Display for CalendarDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
            if let Some(d) = self.day {
                write!(f, "-{d:02}")?;
            }
        }
        Ok(())
    }
}

impl std::str::FromStr for CalendarDate {
    type Err = crate::Error;

    /// Reads `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
    fn from_str(s: &str) -> Result<CalendarDate, crate::Error> {
        let bad = || {
            crate::Error::format(0, format!("{s:?} is not a date (YYYY-MM-DD, YYYY-MM or YYYY)"))
        };
        let mut parts = s.split('-');
        let num = |p: Option<&str>, len: usize| -> Result<Option<u32>, crate::Error> {
            match p {
                None => Ok(None),
                Some(p) if p.len() == len && p.bytes().all(|b| b.is_ascii_digit()) => {
                    Ok(p.parse().ok())
                }
                Some(_) => Err(bad()),
            }
        };
        let year = num(parts.next(), 4)?.ok_or_else(bad)? as i32;
        let month = num(parts.next(), 2)?;
        let day = num(parts.next(), 2)?;
        if parts.next().is_some() {
            return Err(bad());
        }
        match (month, day) {
            (None, _) => Ok(CalendarDate::y(year)),
            (Some(m), None) => CalendarDate::ym(year, m as u8).ok_or_else(bad),
            (Some(m), Some(d)) => CalendarDate::ymd(year, m as u8, d as u8).ok_or_else(bad),
        }
    }
}

/// Days in `month` of `year` (proleptic Gregorian).
fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

// Civil-date day counts (the standard era-based conversion): two short
// functions, for which a calendar crate would be a heavy dependency.

/// Days since 1970-01-01 of `y`-`m`-`d`.
pub(crate) fn days_from_civil(y: i32, m: u8, d: u8) -> i64 {
    let (m, d) = (i64::from(m), i64::from(d));
    let y = i64::from(y) - i64::from(m <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date `days` after 1970-01-01.
fn civil_from_days(days: i64) -> (i32, u8, u8) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    ((yoe + era * 400 + i64::from(m <= 2)) as i32, m, d)
}

/// A value's normalised reading.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Reading {
    /// A date (`2026-02-05`, `2026-02`, `2026`).
    Date(CalendarDate),
    /// A time of day, 24-hour.
    Time {
        /// 0 to 23.
        hour: u8,
        /// 0 to 59.
        minute: u8,
    },
    /// A number: an amount in the currency's units, a percentage, a count.
    Number(f64),
}

impl fmt::Display for Reading {
    /// A date in ISO 8601, a time as `HH:MM`, a number as written by Rust
    /// (`4200000`, `3.1`).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Reading::Date(d) => d.fmt(f),
            Reading::Time { hour, minute } => write!(f, "{hour:02}:{minute:02}"),
            Reading::Number(x) => x.fmt(f),
        }
    }
}

/// One value of a text.
#[derive(Clone, Debug, PartialEq)]
pub struct Value<'t> {
    /// Byte span of the shortest complete expression (`Rp 2,75 miliar`,
    /// `pukul 08.30 WIB`, `Kamis (5/2/2026)`).
    pub span: Span,
    /// Its text.
    pub text: &'t str,
    /// What it measures.
    pub kind: ValueKind,
    /// The normalised value; `None` for a range (see `min` and `max`) and
    /// for a relative date without a reference date.
    pub value: Option<Reading>,
    /// A range's lower end (`Rp10-15 juta`: 10,000,000).
    pub min: Option<Reading>,
    /// A range's upper end.
    pub max: Option<Reading>,
    /// The unit: an ISO 4217 code for money (`IDR`, `USD`), `%` or `pp`
    /// (percentage points), the zone of a time (`WIB`), the counted noun or
    /// the measure of a quantity (`orang`, `ton`, `km`); `None` for dates
    /// and times without a zone.
    pub unit: Option<&'t str>,
    /// What a rate is per (`Rp14.000 per kilogram`: `kg`; an exchange rate
    /// `Rp16.300 per dolar AS`: `USD`).
    pub per: Option<&'t str>,
}

// ---------------------------------------------------------------------------
// Word classes, computed once per distinct word by the document.

/// No part of a value.
pub(crate) const NONE: u8 = 0;
// 1..=12: month names, by number.
/// Day names, Monday (`SENIN`) to Sunday (`SENIN + 6`, `minggu` and `ahad`).
const SENIN: u8 = 16;
const MINGGU: u8 = SENIN + 6;
/// Scale words: thousand, million, billion, trillion.
const RIBU: u8 = 24;
const JUTA: u8 = 25;
const MILIAR: u8 = 26;
const TRILIUN: u8 = 27;
/// Currency words (`dolar`, `ringgit`): `CURRENCY + index into CURRENCIES`.
const CURRENCY: u8 = 32;
const PERSEN: u8 = 64;
const POIN: u8 = 65;
const PUKUL: u8 = 66;
const JAM: u8 = 67;
const PAGI: u8 = 68;
const SIANG: u8 = 69;
const SORE: u8 = 70;
const MALAM: u8 = 71;
const KEMARIN: u8 = 72;
const BESOK: u8 = 73;
const LUSA: u8 = 74;
const HARI: u8 = 75;
const PEKAN: u8 = 76;
const BULAN: u8 = 77;
const TAHUN: u8 = 78;
const INI: u8 = 79;
const LALU: u8 = 80;
const DEPAN: u8 = 81;
/// Number words: `NUMBER + n` for 1 to 11 (`satu` .. `sebelas`).
const NUMBER: u8 = 88;
const SERATUS: u8 = 100;
const SERIBU: u8 = 101;
const BELAS: u8 = 102;
const PULUH: u8 = 103;
const RATUS: u8 = 104;
/// Words after which a number is a label, not a value (`Pasal 27`).
const LABEL: u8 = 110;
/// Words that make a date vague (`awal 2025`).
const VAGUE: u8 = 111;
const PER: u8 = 112;
/// Words that join a range's two ends (`hingga`, `sampai`).
const TO: u8 = 113;
/// Time zones: `ZONE + index into ZONES`.
const ZONE: u8 = 120;
/// A currency sign written as a word before the amount (`Rp`, `USD`,
/// `RM`): `SIGN + index into CURRENCIES`.
const SIGN: u8 = 160;

/// Currencies: ISO code, words naming it after the amount, signs and codes
/// written before it.
const CURRENCIES: &[(&str, &[&str], &[&str])] = &[
    ("IDR", &["rupiah"], &["rp", "rp.", "idr"]),
    ("USD", &["dolar", "dollar"], &["usd", "us$"]),
    ("MYR", &["ringgit"], &["rm", "myr"]),
    ("EUR", &["euro"], &["eur"]),
    ("SGD", &[], &["sgd", "s$"]),
    ("JPY", &["yen"], &["jpy"]),
    ("CNY", &["yuan", "renminbi"], &["cny", "rmb"]),
    ("GBP", &["poundsterling"], &["gbp"]),
    ("AUD", &[], &["aud", "a$"]),
    ("HKD", &[], &["hkd", "hk$"]),
    ("KRW", &["won"], &["krw"]),
    ("THB", &["baht"], &["thb"]),
    ("SAR", &["riyal"], &["sar"]),
    ("INR", &["rupee"], &["inr"]),
];

const ZONES: &[&str] = &["WIB", "WITA", "WIT"];
/// [`ZONES`] as the word table holds them.
const ZONES_LOWER: [&str; 3] = ["wib", "wita", "wit"];

/// The class of the lowercase word `lower`, for [`crate::words::Lexeme`].
pub(crate) fn word_class(lower: &str) -> u8 {
    CLASSES.get(lower).copied().unwrap_or(NONE)
}

/// Whether `word` (any case) names a month or a day of the week.
pub(crate) fn is_date_word(word: &str) -> bool {
    word.len() <= 9 && (1..=MINGGU).contains(&word_class(&word.to_ascii_lowercase()))
}

/// The crate's fast hash tables of words.
type Map<V> = HashMap<&'static str, V, BuildHasherDefault<crate::hash::WordHasher>>;

static CLASSES: LazyLock<Map<u8>> = LazyLock::new(|| {
    let mut m = Map::default();
    for &(name, number, malay) in crate::anatomy::date::MONTHS {
        // Three-letter abbreviations that are also words (`mar`, `des`,
        // `jun`) are read only before a year or after a day.
        if !malay && name.len() > 2 {
            m.insert(name, number as u8);
        }
    }
    for (k, days) in [
        &["senin"][..],
        &["selasa"],
        &["rabu"],
        &["kamis"],
        &["jumat", "jum'at"],
        &["sabtu"],
        &["minggu", "ahad"],
    ]
    .iter()
    .enumerate()
    {
        for d in *days {
            m.insert(*d, SENIN + k as u8);
        }
    }
    for (words, class) in [
        (&["ribu", "rb", "thousand"][..], RIBU),
        (&["juta", "jt", "million"], JUTA),
        (&["miliar", "milyar", "billion"], MILIAR),
        (&["triliun", "trilyun", "trillion"], TRILIUN),
        (&["persen", "prosen"], PERSEN),
        (&["poin"], POIN),
        (&["pukul"], PUKUL),
        (&["jam"], JAM),
        (&["pagi", "subuh"], PAGI),
        (&["siang"], SIANG),
        (&["sore"], SORE),
        (&["malam"], MALAM),
        (&["kemarin"], KEMARIN),
        (&["besok"], BESOK),
        (&["lusa"], LUSA),
        (&["hari"], HARI),
        (&["pekan"], PEKAN),
        (&["bulan"], BULAN),
        (&["tahun"], TAHUN),
        (&["ini"], INI),
        (&["lalu"], LALU),
        (&["depan", "mendatang"], DEPAN),
        (&["seratus"], SERATUS),
        (&["seribu"], SERIBU),
        (&["belas"], BELAS),
        (&["puluh"], PULUH),
        (&["ratus"], RATUS),
        (
            &[
                "pasal",
                "ayat",
                "nomor",
                "nomer",
                "no",
                "km",
                "rt",
                "rw",
                "nopol",
                "perpres",
                "perppu",
                "pp",
                "uu",
                "permen",
                "kepres",
                "keppres",
                "perda",
                "inpres",
                "se",
                "kode",
                "seri",
                "versi",
                "edisi",
                "jilid",
                "bab",
                "halaman",
                "hal",
                "peringkat",
                "urutan",
                "lantai",
                "blok",
                "gate",
                "gerbang",
                "kavling",
                "kav",
                "ruang",
                "grup",
                "tipe",
                "generasi",
                "gelombang",
                "tahap",
                "sesi",
                "babak",
                "menit",
                "kloter",
                "jalur",
                "koridor",
                "zona",
                "kelas",
                "pos",
                "seksi",
                "rute",
                "bernomor",
                "berkode",
                "nomornya",
            ][..],
            LABEL,
        ),
        (&["awal", "akhir", "pertengahan", "medio", "penghujung", "beberapa"], VAGUE),
        (&["per"], PER),
        (&["hingga", "sampai", "s.d.", "s/d"], TO),
    ] {
        for w in words {
            m.insert(*w, class);
        }
    }
    for (k, w) in [
        "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh",
        "sebelas",
    ]
    .iter()
    .enumerate()
    {
        m.insert(*w, NUMBER + 1 + k as u8);
    }
    for (k, (_, words, signs)) in CURRENCIES.iter().enumerate() {
        for w in *words {
            m.insert(*w, CURRENCY + k as u8);
        }
        for s in *signs {
            m.insert(*s, SIGN + k as u8);
        }
    }
    for (k, z) in ZONES_LOWER.iter().enumerate() {
        m.insert(*z, ZONE + k as u8);
    }
    m
});

/// Measures, by how they are written (lowercase), and their abbreviation.
static MEASURES: LazyLock<Map<&'static str>> = LazyLock::new(|| {
    [
        ("kilometer", "km"),
        ("km", "km"),
        ("meter", "m"),
        ("m", "m"),
        ("sentimeter", "cm"),
        ("centimeter", "cm"),
        ("cm", "cm"),
        ("milimeter", "mm"),
        ("mm", "mm"),
        ("hektare", "ha"),
        ("hektar", "ha"),
        ("ha", "ha"),
        ("kilogram", "kg"),
        ("kg", "kg"),
        ("kilo", "kg"),
        ("gram", "g"),
        ("gr", "g"),
        ("g", "g"),
        ("liter", "l"),
        ("ltr", "l"),
        ("l", "l"),
        ("megawatt", "MW"),
        ("mw", "MW"),
        ("kilowatt", "kW"),
        ("kw", "kW"),
        ("gigawatt", "GW"),
        ("gw", "GW"),
        ("kwh", "kWh"),
        ("mwh", "MWh"),
        ("m2", "m2"),
        ("m3", "m3"),
        ("km2", "km2"),
        ("ton", "ton"),
        ("barel", "barel"),
        ("mil", "mil"),
    ]
    .into_iter()
    .collect()
});

/// The abbreviation of the measure `w` (any case: `kilometer`, `KM`,
/// `MW`), if it is one.
fn measure(w: &str) -> Option<&'static str> {
    if w.len() > 12 {
        return None;
    }
    MEASURES.get(w).copied().or_else(|| {
        w.bytes()
            .any(|b| b.is_ascii_uppercase())
            .then(|| MEASURES.get(w.to_ascii_lowercase().as_str()).copied())
            .flatten()
    })
}

/// Lower-case words after a number that are not what it counts.
static NOT_UNITS: LazyLock<HashSet<&'static str, BuildHasherDefault<crate::hash::WordHasher>>> =
    LazyLock::new(|| NOT_UNIT_WORDS.iter().copied().collect());

/// Lower-case words after a number that are not what it counts.
const NOT_UNIT_WORDS: &[&str] = &[
    "x",
    "lebih",
    "kurang",
    "besar",
    "kecil",
    "terbesar",
    "teratas",
    "terakhir",
    "pertama",
    "lainnya",
    "lagi",
    "saja",
    "pun",
    "sekaligus",
    "tersebut",
    "itu",
    "atas",
    "bawah",
    "ke",
    "kali",
    "banding",
    "berbanding",
    "versus",
    "vs",
    "detik-detik",
    "hari-hari",
    "tahun-tahun",
    "dolar",
    "sen",
    "mulai",
    "sepanjang",
    "sejak",
    "selama",
    "setelah",
    "sebelum",
    "sesudah",
    "sekitar",
    "sebesar",
    "sebanyak",
    "sesuai",
    "seperti",
    "unggul",
    "menang",
    "kalah",
    "imbang",
    "gagal",
    "tumbuh",
    "naik",
    "turun",
    "anjlok",
    "tewas",
    "hilang",
    "selamat",
    "luka",
    "hidup",
    "tiba",
    "masuk",
    "keluar",
    "lolos",
    "tersisa",
    "arah",
    "pintu",
    "baru",
    "lama",
    "positif",
    "negatif",
    "sembuh",
    "aktif",
    "tinggi",
    "rendah",
    "penuh",
    "sama",
    "berbeda",
    "bulat",
    "persis",
    "pas",
    "saat",
    "ketika",
    "usai",
    "jelang",
    "menuju",
    "terkait",
    "silam",
    "lalu",
    "kemudian",
    "mendatang",
    "depan",
    "belakang",
    "per",
    "tadi",
    "bersama",
    "terus",
    "kembali",
    "sendiri",
    "tahap",
    "besarnya",
    "dibanding",
    "lewat",
    "milik",
    "sempat",
    "tengah",
    "segera",
    "resmi",
    "sah",
    "serta",
    "diri",
    "dirinya",
    "ext",
];

// ---------------------------------------------------------------------------
// The reader.

/// The values of `text`, with relative dates resolved against `reference`.
///
/// ```
/// use warta::{CalendarDate, ValueKind, values};
/// let reference = CalendarDate::ymd(2026, 2, 5);
/// let v = values("Harga beras naik 3,1 persen menjadi Rp14.000 per kilogram kemarin.", reference);
/// assert_eq!(v.len(), 3);
/// assert_eq!((v[0].kind, v[0].value.unwrap().to_string(), v[0].unit), (ValueKind::Percent, "3.1".into(), Some("%")));
/// assert_eq!((v[1].text, v[1].unit, v[1].per), ("Rp14.000 per kilogram", Some("IDR"), Some("kg")));
/// assert_eq!(v[2].value.unwrap().to_string(), "2026-02-04");
/// ```
pub fn values(text: &str, reference: Option<CalendarDate>) -> Vec<Value<'_>> {
    let doc = crate::Document::read(text, false);
    values_of(text, &doc.toks, doc.lexemes(), reference)
}

/// The values of `text` over its tokens and their lexemes.
pub(crate) fn values_of<'t>(
    text: &'t str,
    toks: &[Tok],
    lex: Lexemes<'_>,
    reference: Option<CalendarDate>,
) -> Vec<Value<'t>> {
    let r = Reader { text, toks, lex, reference: reference.filter(|d| d.day.is_some()) };
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        match r.at(i) {
            Step::Value(v, next) => {
                out.push(v);
                i = next;
            }
            Step::Skip(next) => i = next.max(i + 1),
            Step::None => i += 1,
        }
    }
    out
}

enum Step<'t> {
    /// A value, and the token after it.
    Value(Value<'t>, usize),
    /// No value up to this token (a label's number, a vague date).
    Skip(usize),
    None,
}

/// A number as read: mantissa and power of ten, so that `4,2 juta` is
/// exactly 4,200,000.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Num {
    mantissa: i64,
    exp: i32,
}

impl Num {
    fn int(n: i64) -> Num {
        Num { mantissa: n, exp: 0 }
    }

    fn scaled(self, exp: i32) -> Num {
        Num { mantissa: self.mantissa, exp: self.exp + exp }
    }

    fn f64(self) -> f64 {
        let m = self.mantissa as f64;
        if self.exp >= 0 { m * 10f64.powi(self.exp) } else { m / 10f64.powi(-self.exp) }
    }

    /// The number if it is a whole number that fits `u32`.
    fn whole(self) -> Option<u32> {
        (self.exp == 0).then_some(self.mantissa).and_then(|m| u32::try_from(m).ok())
    }
}

/// Reads a written number: `14.000`, `4,2`, `1.250.000`, `2,75`, and the
/// English `3.5`, `1,250,000`, `1,250.5`.
fn parse_number(s: &str) -> Option<Num> {
    let b = s.as_bytes();
    if b.is_empty()
        || !b[0].is_ascii_digit()
        || !b.iter().all(|c| c.is_ascii_digit() || *c == b'.' || *c == b',')
    {
        return None;
    }
    let last_sep = b.iter().rposition(|c| !c.is_ascii_digit());
    let groups_of_three = |sep: u8| {
        let mut parts = s.split(sep as char);
        let first = parts.next().unwrap_or("");
        !first.is_empty() && first.len() <= 3 && parts.all(|p| p.len() == 3)
    };
    let (dots, commas) =
        (b.iter().filter(|&&c| c == b'.').count(), b.iter().filter(|&&c| c == b',').count());
    // The decimal separator, if any.
    let decimal = match (dots, commas) {
        (0, 0) => None,
        (_, 0) if groups_of_three(b'.') => None,
        (1, 0) => Some(b'.'),
        (0, 1) => Some(b','),
        (0, _) if groups_of_three(b',') => None,
        (_, _) if dots > 0 && commas > 0 => Some(b[last_sep?]),
        _ => return None,
    };
    let mut mantissa: i64 = 0;
    let mut exp = 0;
    let mut after = false;
    for &c in b {
        if c.is_ascii_digit() {
            mantissa = mantissa.checked_mul(10)?.checked_add(i64::from(c - b'0'))?;
            if after {
                exp -= 1;
            }
        } else if Some(c) == decimal {
            if after {
                return None;
            }
            after = true;
        }
    }
    Some(Num { mantissa, exp })
}

struct Reader<'a, 't> {
    text: &'t str,
    toks: &'a [Tok],
    lex: Lexemes<'a>,
    reference: Option<CalendarDate>,
}

/// An amount as read: the number (scaled), the token after it, whether a
/// scale word was read, a currency written with it.
#[derive(Clone, Copy, Debug)]
struct Amount {
    num: Num,
    end: usize,
    scaled: bool,
    /// The currency (index into `CURRENCIES`) of a scale that implies one
    /// (`rb`, `jt`).
    currency: Option<usize>,
    /// A measure written onto the number (`5km`).
    attached: Option<&'static str>,
}

impl<'t> Reader<'_, 't> {
    /// Token `i`'s text; empty past the end.
    fn word(&self, i: usize) -> &'t str {
        self.toks.get(i).map_or("", |t| &self.text[t.start..t.end])
    }

    fn class(&self, i: usize) -> u8 {
        if i < self.toks.len() && self.toks[i].kind == TokenKind::Word {
            self.lex[i].value
        } else {
            NONE
        }
    }

    fn is(&self, i: usize, s: &str) -> bool {
        i < self.toks.len() && self.word(i) == s
    }

    fn kind(&self, i: usize) -> Option<TokenKind> {
        self.toks.get(i).map(|t| t.kind)
    }

    /// Whether tokens `i` and `i + 1` touch.
    fn touch(&self, i: usize) -> bool {
        i + 1 < self.toks.len() && self.toks[i].end == self.toks[i + 1].start
    }

    fn span(&self, a: usize, b: usize) -> Span {
        Span::new(self.toks[a].start, self.toks[b - 1].end)
    }

    /// The value of tokens `a..b`, and the token after it.
    fn value(
        &self,
        a: usize,
        b: usize,
        kind: ValueKind,
        value: Option<Reading>,
        unit: Option<&'t str>,
    ) -> Step<'t> {
        Step::Value(self.make(a, b, kind, value, unit), b)
    }

    /// The value of tokens `a..b`, without a range or rate.
    fn make(
        &self,
        a: usize,
        b: usize,
        kind: ValueKind,
        value: Option<Reading>,
        unit: Option<&'t str>,
    ) -> Value<'t> {
        let span = self.span(a, b);
        Value {
            span,
            text: &self.text[span.range()],
            kind,
            value,
            min: None,
            max: None,
            unit,
            per: None,
        }
    }

    fn capitalised(&self, i: usize) -> bool {
        self.word(i).as_bytes().first().is_some_and(u8::is_ascii_uppercase)
    }

    fn at(&self, i: usize) -> Step<'t> {
        let t = self.toks[i];
        match t.kind {
            TokenKind::Number => self.at_number(i),
            TokenKind::Word | TokenKind::Symbol | TokenKind::Punct => {
                if t.kind != TokenKind::Word {
                    return if matches!(self.word(i), "$" | "€" | "¥" | "£") {
                        self.at_sign(i)
                    } else {
                        Step::None
                    };
                }
                let c = self.class(i);
                match c {
                    NONE => {
                        // `50rb`, `5km`: a number with its unit attached.
                        if self.word(i).as_bytes()[0].is_ascii_digit() {
                            self.at_number(i)
                        } else if matches!(self.word(i), "US" | "S" | "A" | "HK") {
                            self.at_sign(i)
                        } else {
                            Step::None
                        }
                    }
                    1..=12 => self.at_month(i, i),
                    SENIN..=MINGGU => self.at_weekday(i),
                    PUKUL | JAM => self.time(i),
                    KEMARIN | BESOK | LUSA | HARI | PEKAN | BULAN | TAHUN => self.relative(i, i, 1),
                    LABEL => self.skip_label(i),
                    VAGUE => self.skip_vague(i),
                    c if c >= SIGN => self.at_sign(i),
                    c if (NUMBER + 1..=NUMBER + 11).contains(&c) || c == SERATUS || c == SERIBU => {
                        if c == NUMBER + 1
                            && i > 0
                            && self.word(i - 1).eq_ignore_ascii_case("salah")
                        {
                            return Step::None;
                        }
                        self.at_number(i)
                    }
                    _ => Step::None,
                }
            }
            _ => Step::None,
        }
    }

    /// After a label (`Pasal`, `Nomor`, `KM`), its number and what is
    /// glued to it (`7/2025`, `12/PUU-XXI/2023`, `12 Tahun 2025`).
    fn skip_label(&self, i: usize) -> Step<'t> {
        // A label only before a number (`No. 7`, `Pasal 27`).
        let mut j = i + 1;
        if self.is(j, ".") && self.touch(i) {
            j += 1;
        }
        if self.kind(j) != Some(TokenKind::Number) {
            return Step::None;
        }
        // Words that are labels only written with a capital (`KM 57`,
        // `Menit 45`, `SE Nomor`, `Ruang 3`); `57 km` is a distance.
        if !self.is_label(i) {
            return Step::None;
        }
        // The number and what is written onto it (`45/Pdt.G/2026/PN`).
        j += 1;
        while j < self.toks.len() && self.touch(j - 1) {
            j += 1;
        }
        // `Nomor 12 Tahun 2025`.
        if self.class(j) == TAHUN && self.kind(j + 1) == Some(TokenKind::Number) {
            j += 2;
        }
        Step::Skip(j)
    }

    /// After `awal`, `akhir`, `pertengahan`: the vague date it starts.
    fn skip_vague(&self, i: usize) -> Step<'t> {
        let j = i + 1;
        match self.class(j) {
            TAHUN | BULAN | PEKAN | SENIN..=MINGGU | 1..=12 => {
                let mut k = j + 1;
                while k < self.toks.len()
                    && k <= j + 2
                    && (matches!(self.class(k), INI | LALU | DEPAN)
                        || self.kind(k) == Some(TokenKind::Number))
                {
                    k += 1;
                }
                Step::Skip(k)
            }
            _ if self.kind(j) == Some(TokenKind::Number) => Step::Skip(j + 1),
            _ => Step::None,
        }
    }

    /// A number (digits, or number words) and what it measures.
    fn at_number(&self, i: usize) -> Step<'t> {
        // A label's number (`Pasal 27`): skipped by `skip_label` when the
        // label is met first; a number after `ke-` or inside a code is not
        // a value either.
        if i > 0
            && self.touch(i - 1)
            && matches!(self.word(i - 1), "-" | "/" | "." | ",")
            && i > 1
            && self.kind(i - 2) == Some(TokenKind::Number)
        {
            return Step::None;
        }
        if let Some(s) = self.date_numeric(i) {
            return s;
        }
        if let Some(s) = self.day_month(i) {
            return s;
        }
        let Some(a) = self.amount(i, false) else { return Step::None };
        self.after_amount(i, a, None)
    }

    /// An amount starting at token `i`: a number (digits or words) and a
    /// scale word. `money` allows the headline scales `M` and `T`.
    fn amount(&self, i: usize, money: bool) -> Option<Amount> {
        let t = *self.toks.get(i)?;
        let mut a = if t.kind == TokenKind::Number {
            Amount {
                num: parse_number(self.word(i))?,
                end: i + 1,
                scaled: false,
                currency: None,
                attached: None,
            }
        } else if t.kind == TokenKind::Word && self.word(i).as_bytes()[0].is_ascii_digit() {
            // `50rb`, `3jt`, `5km`.
            let w = self.word(i);
            let cut = w.bytes().position(|b| !(b.is_ascii_digit() || b == b'.' || b == b','))?;
            let num = parse_number(&w[..cut])?;
            let rest = &w[cut..];
            let lower = rest.to_ascii_lowercase();
            let mut a = Amount { num, end: i + 1, scaled: false, currency: None, attached: None };
            match word_class(&lower) {
                RIBU => a.num = num.scaled(3),
                JUTA => a.num = num.scaled(6),
                // Written onto the number, a measure is as written: `5g`
                // is grams, `5G` a network.
                _ => match MEASURES.get(rest).copied() {
                    Some(m) => {
                        a.attached = Some(m);
                        return Some(a);
                    }
                    None => return None,
                },
            }
            a.scaled = true;
            a.currency = matches!(lower.as_str(), "rb" | "jt").then_some(0);
            return Some(a);
        } else {
            self.number_words(i)?
        };
        // A scale word: `juta`, `miliar`; `M`, `T` after a currency.
        let j = a.end;
        let scale = match self.class(j) {
            RIBU => Some(3),
            JUTA => Some(6),
            MILIAR => Some(9),
            TRILIUN => Some(12),
            _ if money && (self.is(j, "M") || self.is(j, "M.")) => Some(9),
            _ if money && (self.is(j, "T") || self.is(j, "T.")) => Some(12),
            _ => None,
        };
        if let Some(e) = scale {
            a.num = a.num.scaled(e);
            a.end = j + 1;
            a.scaled = true;
            if matches!(self.word(j), "rb" | "jt") {
                a.currency = Some(0);
            }
        }
        Some(a)
    }

    /// Number words: `tiga`, `dua belas`, `dua puluh lima`, `seratus`,
    /// `tiga ratus`.
    fn number_words(&self, i: usize) -> Option<Amount> {
        let unit = |k: usize| {
            let c = self.class(k);
            (NUMBER + 1..=NUMBER + 11).contains(&c).then(|| i64::from(c - NUMBER))
        };
        let mut total: i64 = 0;
        let mut j = i;
        // Hundreds.
        if self.class(j) == SERATUS {
            total = 100;
            j += 1;
        } else if self.class(j) == SERIBU {
            return Some(Amount {
                num: Num::int(1000),
                end: j + 1,
                scaled: false,
                currency: None,
                attached: None,
            });
        } else if let Some(n) = unit(j).filter(|&n| n < 10)
            && self.class(j + 1) == RATUS
        {
            total = 100 * n;
            j += 2;
        }
        if let Some(n) = unit(j) {
            j += 1;
            match self.class(j) {
                BELAS if n < 10 => {
                    total += 10 + n;
                    j += 1;
                }
                PULUH if n < 10 => {
                    total += 10 * n;
                    j += 1;
                    if let Some(m) = unit(j).filter(|&m| m < 10) {
                        total += m;
                        j += 1;
                    }
                }
                _ => total += n,
            }
        }
        (total > 0).then_some(Amount {
            num: Num::int(total),
            end: j,
            scaled: false,
            currency: None,
            attached: None,
        })
    }

    /// What follows an amount at `i..a.end`: a currency, `persen`, a unit,
    /// a range's other end; `sign` is the currency written before it.
    fn after_amount(&self, i: usize, a: Amount, sign: Option<(usize, usize)>) -> Step<'t> {
        let digits = self.toks[i].kind == TokenKind::Number;
        // `periode 2024-2029`: a range of years.
        let is_year = |k: usize| {
            self.kind(k) == Some(TokenKind::Number)
                && self.word(k).len() == 4
                && self.word(k).parse::<i32>().is_ok_and(|y| (1900..=2100).contains(&y))
        };
        if sign.is_none()
            && is_year(i)
            && self.is(i + 1, "-")
            && is_year(i + 2)
            && let Some(step) = self.year(i)
        {
            return step;
        }
        let start = sign.map_or(i, |(s, _)| s);
        let mut a = a;
        // A range: `10-15 juta`, `20 hingga 25 persen`, `Rp5 juta sampai
        // Rp7 juta`.
        let mut low = None;
        let j = a.end;
        let joiner = if self.is(j, "-") || self.is(j, "–") {
            Some(j + 1)
        } else if self.class(j) == TO {
            Some(j + 1 + usize::from(self.is(j + 1, "dengan")))
        } else {
            None
        };
        if let Some(k) = joiner {
            // The other end may repeat the sign (`S$168 hingga S$398`).
            let k2 = match (sign, self.sign_at(k)) {
                (Some((_, cur)), Some((c, next))) if c == cur => next,
                _ => k,
            };
            if let Some(b) = self
                .amount(k2, sign.is_some())
                .filter(|b| self.toks[k2].kind == self.toks[i].kind || b.scaled)
            {
                let mut lo = a.num;
                let b_written = parse_number(self.word(k2));
                // `10-15 juta`: the scale is both ends' (not in `Rp 150.000
                // hingga Rp 1,5 juta`, where each end has its own).
                if !a.scaled
                    && b.scaled
                    && k2 == k
                    && b_written.is_some_and(|n| a.num.f64() <= n.f64())
                {
                    // `10-15 juta`: the scale is both ends'.
                    lo = lo.scaled(b.num.exp - b_written.map_or(0, |n| n.exp));
                }
                low = Some(lo);
                a = Amount { num: b.num, ..b };
            }
        }
        let j = a.end;
        // The amount as a value of `kind` over `start..end`: a range's ends
        // in `min` and `max`.
        let amount = |kind: ValueKind, end: usize, unit: &'t str| {
            let mut v = self.make(start, end, kind, Some(Reading::Number(a.num.f64())), Some(unit));
            if let Some(lo) = low {
                v.min = Some(Reading::Number(lo.f64()));
                v.max = v.value.take();
            }
            v
        };
        // Money: a sign before, or a currency word after.
        let currency = sign.map(|(_, c)| c).or(a.currency).map(|c| (c, j)).or_else(|| {
            let c = self.class(j);
            (CURRENCY..CURRENCY + CURRENCIES.len() as u8)
                .contains(&c)
                .then(|| (usize::from(c - CURRENCY), j + 1))
        });
        if let Some((c, mut end)) = currency {
            let mut code = CURRENCIES[c].0;
            if sign.is_none() && c == 1 {
                // `dolar AS`, `dolar Singapura`.
                (code, end) = self.dollar(j);
            }
            let (per, end) = self.rate(end);
            let mut v = amount(ValueKind::Money, end, code);
            v.per = per;
            return Step::Value(v, end);
        }
        if sign.is_some() {
            return Step::None;
        }
        if let Some(m) = a.attached {
            return Step::Value(amount(ValueKind::Quantity, j, m), j);
        }
        // Percent.
        if self.is(j, "%") || self.class(j) == PERSEN {
            let (unit, end) = if self.class(j + 1) == POIN { ("pp", j + 2) } else { ("%", j + 1) };
            return Step::Value(amount(ValueKind::Percent, end, unit), end);
        }
        // A relative date: `tiga hari lalu`.
        if let Some(n) = a.num.whole()
            && !a.scaled
            && matches!(self.class(j), HARI | PEKAN | BULAN | TAHUN | MINGGU)
            && self.class(j + 1) == LALU
            && low.is_none()
        {
            return self.relative(start, j, n as i64);
        }
        // A year: `pada 2030`, `sejak 2019`, `tahun 2026`.
        if digits
            && !a.scaled
            && low.is_none()
            && let Some(y) = self.year(i)
        {
            return y;
        }
        // A quantity: a measure or a counted noun.
        if let Some((unit, end)) = self.unit(j) {
            if self.is_label_number(i) {
                return Step::None;
            }
            return Step::Value(amount(ValueKind::Quantity, end, unit), end);
        }
        Step::Skip(j)
    }

    /// Whether the number at `i` follows a word that makes it a label that
    /// `skip_label` did not see (a capitalised `Tahun` of a regulation).
    fn is_label_number(&self, i: usize) -> bool {
        i > 0 && self.is_label(i - 1)
    }

    /// Whether token `i` is a label: some labels only with a capital
    /// (`KM 57`, `Menit 45`, `SE Nomor`, `Ruang 3`; `57 km` is a distance).
    fn is_label(&self, i: usize) -> bool {
        self.class(i) == LABEL
            && (self.capitalised(i)
                || !["km", "menit", "pos", "se", "ruang"]
                    .iter()
                    .any(|l| self.word(i).eq_ignore_ascii_case(l)))
    }

    /// `dolar` at `j` and the country after it: the currency and the token
    /// after.
    fn dollar(&self, j: usize) -> (&'static str, usize) {
        let next = if j + 1 < self.toks.len() { self.word(j + 1) } else { "" };
        match next {
            "AS" => ("USD", j + 2),
            "Amerika" if self.is(j + 2, "Serikat") => ("USD", j + 3),
            "Amerika" => ("USD", j + 2),
            "Singapura" => ("SGD", j + 2),
            "Australia" => ("AUD", j + 2),
            "Hong" if self.is(j + 2, "Kong") => ("HKD", j + 3),
            "Kanada" => ("CAD", j + 2),
            "Taiwan" => ("TWD", j + 2),
            "Selandia" if self.is(j + 2, "Baru") => ("NZD", j + 3),
            _ => ("USD", j + 1),
        }
    }

    /// A rate after an amount at `j`: `per kilogram`, `/kg`, `sekilo`,
    /// `per dolar AS`.
    fn rate(&self, j: usize) -> (Option<&'t str>, usize) {
        if j >= self.toks.len() {
            return (None, j);
        }
        let w = self.word(j);
        if w.eq_ignore_ascii_case("sekilo") || w.eq_ignore_ascii_case("sekilogram") {
            return (Some("kg"), j + 1);
        }
        if w.eq_ignore_ascii_case("seliter") {
            return (Some("l"), j + 1);
        }
        let k = if self.class(j) == PER || (w == "/" && self.touch(j)) {
            j + 1
        } else {
            return (None, j);
        };
        if k >= self.toks.len() || self.toks[k].kind != TokenKind::Word {
            return (None, j);
        }
        let c = self.class(k);
        if (CURRENCY..CURRENCY + CURRENCIES.len() as u8).contains(&c) {
            let (code, end) = if c == CURRENCY + 1 {
                self.dollar(k)
            } else {
                (CURRENCIES[usize::from(c - CURRENCY)].0, k + 1)
            };
            return (Some(code), end);
        }
        if c >= SIGN {
            return (Some(CURRENCIES[usize::from(c - SIGN)].0), k + 1);
        }
        match self.unit(k) {
            Some((u, end)) => (Some(u), end),
            None => (None, j),
        }
    }

    /// The unit at `j`: a measure (abbreviated) or a counted noun (as
    /// written), and the token after it.
    fn unit(&self, j: usize) -> Option<(&'t str, usize)> {
        if j >= self.toks.len() || self.toks[j].kind != TokenKind::Word {
            return None;
        }
        let w = self.word(j);
        if let Some(m) = measure(w) {
            // `meter kubik`, `kilometer persegi`.
            let next = if j + 1 < self.toks.len() { self.word(j + 1) } else { "" };
            return Some(match (m, next) {
                ("m", "kubik") => ("m3", j + 2),
                ("m", "persegi") => ("m2", j + 2),
                ("km", "persegi") => ("km2", j + 2),
                // `M` is a scale after money only; alone, an `M` or `T`
                // after a number is a label (`Rp` was not written).
                _ if w == "M" => return None,
                _ => (m, j + 1),
            });
        }
        let c = self.class(j);
        let counted = matches!(c, HARI | PEKAN | BULAN | TAHUN | JAM | MINGGU)
            || matches!(w, "menit" | "detik")
            || c == NONE
                && w.len() >= 2
                && w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
                && !self.lex[j].is_stop()
                && !NOT_UNITS.contains(w)
                && !is_verb_like(w);
        if !counted {
            return None;
        }
        // `satu` counts a measure, a time or a person (`satu orang`), not
        // what an idiom says (`satu arah`, `satu pintu`).
        if j > 0
            && self.class(j - 1) == NUMBER + 1
            && !matches!(c, HARI | PEKAN | BULAN | TAHUN | JAM | MINGGU)
            && !matches!(w, "orang" | "unit" | "menit" | "detik" | "ekor" | "buah")
        {
            return None;
        }
        if w == "kepala" && self.is(j + 1, "keluarga") {
            return Some((&self.text[self.toks[j].start..self.toks[j + 1].end], j + 2));
        }
        // A time unit in a title-case headline (`Lima Bulan`) is the word
        // in lower case.
        let w = match c {
            HARI => "hari",
            PEKAN => "pekan",
            BULAN => "bulan",
            TAHUN => "tahun",
            JAM => "jam",
            MINGGU => "minggu",
            _ => w,
        };
        Some((w, j + 1))
    }

    /// A year at `i` (a four-digit number from 1900 to 2100 after `pada`,
    /// `sejak`, `tahun`, `hingga`, `hingga`, or before `lalu`/`mendatang`).
    fn year(&self, i: usize) -> Option<Step<'t>> {
        let w = self.word(i);
        let y: i32 = (w.len() == 4).then(|| w.parse().ok()).flatten()?;
        if !(1900..=2100).contains(&y) {
            return None;
        }
        let prev = if i > 0 { self.word(i - 1) } else { "" };
        // A year in a name (`Piala Dunia 2026`, `Euro 2024`) is no date;
        // after a capitalised word only the words that introduce a year.
        let cue = [
            "Pada",
            "Sejak",
            "Tahun",
            "Hingga",
            "Sampai",
            "Selama",
            "Sepanjang",
            "Per",
            "Untuk",
            "Awal",
            "Akhir",
            "Pertengahan",
            "Medio",
            "Jelang",
            "Menjelang",
            "Memasuki",
        ]
        .contains(&prev);
        let named = i > 0
            && self.kind(i - 1) == Some(TokenKind::Word)
            && prev.starts_with(char::is_uppercase)
            && !self.is_sentence_start(i - 1)
            && !cue
            && !(1..=MINGGU).contains(&self.class(i - 1));
        if named {
            return None;
        }
        // A measure after it: `2000 km` is a distance.
        if measure(self.word(i + 1)).is_some() {
            return None;
        }
        if prev == "Tahun" && i > 1 && self.kind(i - 2) == Some(TokenKind::Number) {
            return None;
        }
        if i > 0 && self.class(i - 1) == VAGUE
            || i > 1 && self.class(i - 2) == VAGUE && prev == "tahun"
        {
            return Some(Step::Skip(i + 1));
        }
        // `2024-2029`: a range of years.
        if (self.is(i + 1, "-") || self.is(i + 1, "–"))
            && self.touch(i)
            && let Some(y2) =
                self.toks.get(i + 2).filter(|t| t.kind == TokenKind::Number).and_then(|_| {
                    let w2 = self.word(i + 2);
                    (w2.len() == 4).then(|| w2.parse::<i32>().ok()).flatten()
                })
            && y2 > y
        {
            let end = i + 3;
            let mut v = self.make(i, i + 3, ValueKind::Date, None, None);
            v.min = Some(Reading::Date(CalendarDate::y(y)));
            v.max = Some(Reading::Date(CalendarDate::y(y2)));
            return Some(Step::Value(v, end));
        }
        Some(self.value(i, i + 1, ValueKind::Date, Some(Reading::Date(CalendarDate::y(y))), None))
    }

    /// A currency sign (`Rp`, `US$`, `RM`, `€`) and the amount after it.
    fn at_sign(&self, i: usize) -> Step<'t> {
        let Some((cur, k)) = self.sign_at(i) else { return Step::None };
        if self.kind(k) != Some(TokenKind::Number) {
            return Step::None;
        }
        let Some(a) = self.amount(k, true) else { return Step::None };
        self.after_amount(k, a, Some((i, cur)))
    }

    /// A currency sign at token `i` (`Rp`, `US$`, `S$`, `RM`, `€`): the
    /// currency (index into `CURRENCIES`) and the token after it.
    fn sign_at(&self, i: usize) -> Option<(usize, usize)> {
        let w = self.word(i);
        Some(match w {
            "US" | "S" | "A" | "HK" if self.is(i + 1, "$") && self.touch(i) => {
                let code = match w {
                    "US" => 1,
                    "S" => 4,
                    "A" => 8,
                    _ => 9,
                };
                (code, i + 2)
            }
            "$" => (1, i + 1),
            "€" => (3, i + 1),
            "¥" => (5, i + 1),
            "£" => (7, i + 1),
            _ => {
                let c = self.class(i);
                // `RM`, `USD` as signs are written in capitals; `Rp` as is.
                if c < SIGN || self.kind(i) != Some(TokenKind::Word) || !self.capitalised(i) {
                    return None;
                }
                (usize::from(c - SIGN), i + 1)
            }
        })
    }

    /// `5/2/2026`, `5-2-2026`, `(5/2)`: a date of numbers.
    fn date_numeric(&self, i: usize) -> Option<Step<'t>> {
        let sep = self.word(i + 1);
        if !(sep == "/" || sep == "-") || !self.touch(i) || !self.touch(i + 1) {
            return None;
        }
        let num = |k: usize| -> Option<u32> {
            (self.kind(k) == Some(TokenKind::Number)).then(|| self.word(k).parse().ok()).flatten()
        };
        let (d, m) = (num(i)?, num(i + 2)?);
        if !(1..=31).contains(&d) || !(1..=12).contains(&m) {
            return None;
        }
        let full_year = self.is(i + 3, sep) && self.touch(i + 2) && self.touch(i + 3);
        let (y, end) = match full_year.then(|| num(i + 4)).flatten() {
            Some(y) if self.word(i + 4).len() == 4 => (Some(y as i32), i + 5),
            Some(y) if self.word(i + 4).len() == 2 => (Some(2000 + y as i32), i + 5),
            _ if full_year => return None,
            _ => (None, i + 3),
        };
        // Without a year only in parentheses (`Kamis (5/2)`), as news
        // writes a date; a bare `5/2` may be a fraction, a score.
        if y.is_none() && !(i > 0 && self.is(i - 1, "(") && self.is(end, ")")) {
            return None;
        }
        if sep == "-" && y.is_none() {
            return None;
        }
        let date = match y {
            Some(y) => CalendarDate::ymd(y, m as u8, d as u8),
            None => self.nearest(m as u8, d as u8, None),
        };
        let (a, b) = if i > 0
            && self.is(i - 1, "(")
            && self.is(end, ")")
            && i > 1
            && matches!(self.class(i - 2), SENIN..=MINGGU)
        {
            (i - 2, end + 1)
        } else {
            (i, end)
        };
        if y.is_some() && date.is_none() {
            return None;
        }
        Some(self.value(a, b, ValueKind::Date, date.map(Reading::Date), None))
    }

    /// The date `day`-`month` nearest the reference date (of the given
    /// weekday, if one is written), or `None` without a reference.
    fn nearest(&self, month: u8, day: u8, weekday: Option<u8>) -> Option<CalendarDate> {
        let r = self.reference?;
        let rd = r.days()?;
        let mut best: Option<(i64, CalendarDate)> = None;
        for y in [r.year - 1, r.year, r.year + 1] {
            let Some(d) = CalendarDate::ymd(y, month, day) else { continue };
            let mut dist = (d.days()? - rd).abs();
            if weekday.is_some() && d.weekday() != weekday {
                dist += 10_000;
            }
            if best.is_none_or(|b| dist < b.0) {
                best = Some((dist, d));
            }
        }
        best.map(|b| b.1)
    }

    /// `5 Februari 2026`, `5 Februari`, `1-3 Maret`, `10 hingga 12
    /// Desember 2025`.
    fn day_month(&self, i: usize) -> Option<Step<'t>> {
        let day = |k: usize| -> Option<u8> {
            (self.kind(k) == Some(TokenKind::Number))
                .then(|| self.word(k).parse::<u8>().ok())
                .flatten()
                .filter(|d| (1..=31).contains(d))
        };
        let d1 = day(i)?;
        let (d0, j) = if (self.is(i + 1, "-") || self.is(i + 1, "–") || self.class(i + 1) == TO)
            && day(i + 2).is_some()
        {
            (Some(d1), i + 3)
        } else {
            (None, i + 1)
        };
        let month = self.month_at(j)?;
        let d_last = if d0.is_some() { day(i + 2)? } else { d1 };
        let (year, end) = self.year_after(j + 1);
        let make = |d: u8| match year {
            Some(y) => CalendarDate::ymd(y, month, d),
            None => self.nearest(month, d, None),
        };
        let (a, b) = self.with_weekday(i, end);
        match d0 {
            None => {
                let date = make(d1);
                if year.is_some() && date.is_none() {
                    return None;
                }
                // `18 Desember 2025 hingga 4 Januari 2026`.
                if year.is_some()
                    && (self.is(end, "-") || self.is(end, "–") || self.class(end) == TO)
                    && let Some(Step::Value(other, after)) = self.day_month(end + 1)
                    && other.value.is_some()
                {
                    let mut v = self.make(a, after, ValueKind::Date, None, None);
                    v.min = date.map(Reading::Date);
                    v.max = other.value;
                    return Some(Step::Value(v, after));
                }
                Some(self.value(a, b, ValueKind::Date, date.map(Reading::Date), None))
            }
            Some(first) => {
                let end = b;
                let mut v = self.make(a, b, ValueKind::Date, None, None);
                v.min = make(first).map(Reading::Date);
                v.max = make(d_last).map(Reading::Date);
                Some(Step::Value(v, end))
            }
        }
    }

    /// The month named at `j` (`Februari`, and `Feb`/`Des` written with a
    /// capital), if any.
    fn month_at(&self, j: usize) -> Option<u8> {
        if j >= self.toks.len() || self.toks[j].kind != TokenKind::Word {
            return None;
        }
        let c = self.class(j);
        if (1..=12).contains(&c) && self.capitalised(j) {
            return Some(c);
        }
        let w = self.word(j);
        if w.len() == 3 && self.capitalised(j) {
            let lower = w.to_ascii_lowercase();
            return crate::anatomy::date::MONTHS
                .iter()
                .find(|(name, _, malay)| !malay && *name == lower)
                .map(|&(_, n, _)| n as u8);
        }
        None
    }

    /// A four-digit year at `j`, and the token after the date.
    fn year_after(&self, j: usize) -> (Option<i32>, usize) {
        if self.kind(j) == Some(TokenKind::Number) {
            let w = self.word(j);
            if w.len() == 4
                && let Ok(y) = w.parse::<i32>()
                && (1900..=2100).contains(&y)
            {
                return (Some(y), j + 1);
            }
        }
        (None, j)
    }

    /// The span `a..b` widened to a day name before it (`Kamis, 5
    /// Februari 2026`, `Kamis (5/2)` is read by `date_numeric`).
    fn with_weekday(&self, a: usize, b: usize) -> (usize, usize) {
        if a >= 2 && self.is(a - 1, ",") && matches!(self.class(a - 2), SENIN..=MINGGU) {
            (a - 2, b)
        } else if a >= 1 && matches!(self.class(a - 1), SENIN..=MINGGU) {
            (a - 1, b)
        } else {
            (a, b)
        }
    }

    /// `Februari 2026`; `Januari lalu`, `Maret mendatang`.
    fn at_month(&self, i: usize, start: usize) -> Step<'t> {
        let Some(month) = self.month_at(i) else { return Step::None };
        if i > 0 && self.class(i - 1) == VAGUE {
            return Step::Skip(i + 1);
        }
        // `Januari-Maret 2024`, `Januari hingga Mei 2025`.
        if self.is(i + 1, "-") || self.is(i + 1, "–") || self.class(i + 1) == TO {
            let k = i + 2 + usize::from(self.is(i + 2, "dengan"));
            if let Some(m2) = self.month_at(k)
                && let (Some(y), end) = self.year_after(k + 1)
            {
                let y1 = if m2 < month { y - 1 } else { y };
                let mut v = self.make(start, end, ValueKind::Date, None, None);
                v.min = CalendarDate::ym(y1, month).map(Reading::Date);
                v.max = CalendarDate::ym(y, m2).map(Reading::Date);
                return Step::Value(v, end);
            }
        }
        let (year, end) = self.year_after(i + 1);
        if let Some(y) = year {
            return self.value(
                start,
                end,
                ValueKind::Date,
                CalendarDate::ym(y, month).map(Reading::Date),
                None,
            );
        }
        match self.class(i + 1) {
            LALU | DEPAN => {
                let back = self.class(i + 1) == LALU;
                let date = self.reference.and_then(|r| {
                    let r_month = r.month?;
                    let y = if back {
                        r.year - i32::from(month >= r_month)
                    } else {
                        r.year + i32::from(month <= r_month)
                    };
                    CalendarDate::ym(y, month)
                });
                self.value(start, i + 2, ValueKind::Date, date.map(Reading::Date), None)
            }
            _ => Step::None,
        }
    }

    /// A day name: `Senin lalu`, `Rabu depan`, `Kamis (5/2/2026)` (read at
    /// the number), `Kamis, 5 Februari 2026`.
    fn at_weekday(&self, i: usize) -> Step<'t> {
        let day = self.class(i) - SENIN;
        // `minggu lalu` is last week; `Minggu lalu` mid-sentence, last
        // Sunday.
        if day == 6 && !self.capitalised(i) {
            return self.relative(i, i, 1);
        }
        if day == 6 && self.is_sentence_start(i) && matches!(self.class(i + 1), LALU | DEPAN) {
            return self.relative(i, i, 1);
        }
        match self.class(i + 1) {
            LALU | DEPAN => {
                let back = self.class(i + 1) == LALU;
                let date = self.reference.and_then(|r| {
                    let wd = i64::from(r.weekday()?);
                    let target = i64::from(day);
                    let n = if back {
                        -((wd - target - 1).rem_euclid(7) + 1)
                    } else {
                        (target - wd - 1).rem_euclid(7) + 1
                    };
                    r.plus_days(n)
                });
                self.value(i, i + 2, ValueKind::Date, date.map(Reading::Date), None)
            }
            _ => {
                // `Kamis (5/2/2026)` and `Kamis, 5 Februari` are read at
                // their number; nothing here.
                Step::None
            }
        }
    }

    fn is_sentence_start(&self, i: usize) -> bool {
        i == 0
            || matches!(self.word(i - 1), "." | "!" | "?" | "\"" | "“")
            || self.text[self.toks[i - 1].end..self.toks[i].start].contains('\n')
    }

    /// Relative dates at `i`: `kemarin`, `besok`, `lusa`, `hari ini`,
    /// `pekan lalu`, `bulan depan`, `tahun ini`, and `n` units back
    /// (`tiga hari lalu`, read from the number at `start`).
    fn relative(&self, start: usize, i: usize, n: i64) -> Step<'t> {
        if start > 0 && self.class(start - 1) == VAGUE {
            return Step::Skip(i + 2);
        }
        let c = self.class(i);
        let r = self.reference;
        let days = |k: i64| r.and_then(|r| r.plus_days(k)).map(Reading::Date);
        let (date, end) = match (c, self.class(i + 1)) {
            (KEMARIN, _) => (days(-1), i + 1),
            (BESOK, _) => (days(1), i + 1),
            (LUSA, _) => (days(2), i + 1),
            (HARI, INI) if n == 1 && start == i => (days(0), i + 2),
            (HARI, LALU) => (days(-n), i + 2),
            (PEKAN | MINGGU, LALU) => (days(-7 * n), i + 2),
            (PEKAN | MINGGU, DEPAN) if n == 1 => (days(7), i + 2),
            (BULAN, LALU) => (r.and_then(|r| r.plus_months(-(n as i32))).map(Reading::Date), i + 2),
            (BULAN, INI) if n == 1 => (r.and_then(|r| r.plus_months(0)).map(Reading::Date), i + 2),
            (BULAN, DEPAN) if n == 1 => {
                (r.and_then(|r| r.plus_months(1)).map(Reading::Date), i + 2)
            }
            (TAHUN, LALU) => (r.map(|r| Reading::Date(CalendarDate::y(r.year - n as i32))), i + 2),
            (TAHUN, INI) if n == 1 => (r.map(|r| Reading::Date(CalendarDate::y(r.year))), i + 2),
            (TAHUN, DEPAN) if n == 1 => {
                (r.map(|r| Reading::Date(CalendarDate::y(r.year + 1))), i + 2)
            }
            _ => return Step::None,
        };
        // `kemarin` as `yang kemarin` or `kemarin-kemarin`: still a date.
        self.value(start, end, ValueKind::Date, date, None)
    }

    /// `pukul 08.30 WIB`, `pukul 14.00`, `jam 8 malam`, `pukul 7 pagi`.
    fn time(&self, i: usize) -> Step<'t> {
        let j = i + 1;
        if self.kind(j) != Some(TokenKind::Number) {
            return Step::None;
        }
        let w = self.word(j);
        let (h, m) = match w.split_once(['.', ':']) {
            Some((h, m)) if m.len() == 2 => (h.parse::<u8>().ok(), m.parse::<u8>().ok()),
            Some(_) => (None, None),
            None => (w.parse::<u8>().ok(), Some(0)),
        };
        let (Some(mut h), Some(m)) = (h, m) else { return Step::None };
        if h > 24 || m > 59 {
            return Step::None;
        }
        let mut end = j + 1;
        // `jam 8` alone is a time only with a part of the day or a zone.
        let part = self.class(end);
        let bare_jam = self.class(i) == JAM;
        match part {
            PAGI if h == 12 => h = 0,
            SIANG if h < 6 => h += 12,
            SORE | MALAM if (1..12).contains(&h) && !(part == MALAM && h < 6) => h += 12,
            MALAM if h == 12 => h = 0,
            _ => {}
        }
        if matches!(part, PAGI | SIANG | SORE | MALAM) {
            end += 1;
        } else if self.is(end, "dini") && self.class(end + 1) == HARI {
            // `jam 2 dini hari`.
            end += 2;
        }
        // `pukul 07.00 hingga 13.00`, `pukul 18.00-22.00 WIT`.
        let mut until = None;
        if self.is(end, "-") || self.is(end, "–") || self.class(end) == TO {
            let k = end + 1 + usize::from(self.is(end + 1, "pukul"));
            if self.kind(k) == Some(TokenKind::Number)
                && let Some((h2, m2)) = self.word(k).split_once(['.', ':'])
                && let (Ok(h2), Ok(m2)) = (h2.parse::<u8>(), m2.parse::<u8>())
                && h2 <= 24
                && m2 <= 59
                && self.word(k).len() >= 4
            {
                until = Some(Reading::Time { hour: h2 % 24, minute: m2 });
                end = k + 1;
            }
        }
        let mut zone = None;
        let zc = self.class(end);
        if (ZONE..ZONE + ZONES.len() as u8).contains(&zc) {
            zone = Some(ZONES[usize::from(zc - ZONE)]);
            end += 1;
        }
        if bare_jam && end == j + 1 {
            return Step::None;
        }
        if h == 24 {
            h = 0;
        }
        let from = Reading::Time { hour: h, minute: m };
        let mut v = self.make(i, end, ValueKind::Time, Some(from), zone.map(|z| z as &'t str));
        if until.is_some() {
            v.min = v.value.take();
            v.max = until;
        }
        Step::Value(v, end)
    }
}

/// Whether a lower-case word reads as a verb (`meninggal`, `dirawat`,
/// `berhasil`): not what a number counts.
fn is_verb_like(w: &str) -> bool {
    w.len() >= 5 && (w.starts_with("me") || w.starts_with("di") || w.starts_with("ber"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(text: &str, reference: Option<&str>) -> Vec<(String, &'static str, String, String)> {
        let r = reference.map(|r| r.parse().unwrap());
        values(text, r)
            .into_iter()
            .map(|v| {
                let value = match (v.value, v.min, v.max) {
                    (Some(x), _, _) => x.to_string(),
                    (None, Some(a), Some(b)) => format!("{a}..{b}"),
                    _ => "null".into(),
                };
                (v.text.to_string(), v.kind.as_str(), value, v.unit.unwrap_or("").to_string())
            })
            .collect()
    }

    #[test]
    fn zones_are_read_in_lower_case() {
        for (z, lower) in ZONES.iter().zip(ZONES_LOWER) {
            assert_eq!(z.to_lowercase(), lower);
            assert_eq!(word_class(lower), ZONE + ZONES.iter().position(|x| x == z).unwrap() as u8);
        }
    }

    #[test]
    fn civil_dates_round_trip() {
        for days in [-800_000, -1, 0, 1, 59, 10_957, 20_000, 100_000] {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days);
        }
        assert_eq!(CalendarDate::ymd(2026, 2, 5).unwrap().weekday(), Some(3));
        assert_eq!(
            CalendarDate::ymd(2024, 2, 29).unwrap().plus_days(1).unwrap().to_string(),
            "2024-03-01"
        );
    }

    #[test]
    fn numbers_are_read_the_indonesian_way() {
        let n = |s: &str| parse_number(s).map(Num::f64);
        assert_eq!(n("14.000"), Some(14_000.0));
        assert_eq!(n("2,75"), Some(2.75));
        assert_eq!(n("1.250.000"), Some(1_250_000.0));
        assert_eq!(n("3.5"), Some(3.5));
        assert_eq!(n("1,250,000"), Some(1_250_000.0));
        assert_eq!(n("1.250,5"), Some(1_250.5));
        assert_eq!(n("1,2,3"), None);
    }

    #[test]
    fn money_percent_quantity() {
        let v = one(
            "Rp4,2 juta, Rp 2,75 miliar, Rp12,5 T, US$3 miliar, 1,8 juta dolar AS, RM 750, 3 jt.",
            None,
        );
        let got: Vec<(&str, &str, &str)> =
            v.iter().map(|(t, _, x, u)| (t.as_str(), x.as_str(), u.as_str())).collect();
        assert_eq!(
            got,
            [
                ("Rp4,2 juta", "4200000", "IDR"),
                ("Rp 2,75 miliar", "2750000000", "IDR"),
                ("Rp12,5 T", "12500000000000", "IDR"),
                ("US$3 miliar", "3000000000", "USD"),
                ("1,8 juta dolar AS", "1800000", "USD"),
                ("RM 750", "750", "MYR"),
                ("3 jt", "3000000", "IDR"),
            ]
        );
        let v = one(
            "Inflasi 3,1 persen, naik 0,75 persen poin; 4.500 unit, 18 kilometer, tiga orang, Rp10-15 juta.",
            None,
        );
        assert_eq!(v[0].2, "3.1");
        assert_eq!(v[1].3, "pp");
        assert_eq!((v[2].2.as_str(), v[2].3.as_str()), ("4500", "unit"));
        assert_eq!(v[3].3, "km");
        assert_eq!((v[4].2.as_str(), v[4].3.as_str()), ("3", "orang"));
        assert_eq!(v[5].2, "10000000..15000000");
    }

    #[test]
    fn dates_and_times() {
        let v = one(
            "Kamis (5/2/2026) pukul 08.30 WIB, kemarin, Senin lalu, pekan lalu, jam 8 malam, 1-3 Maret, Februari 2026.",
            Some("2026-02-05"),
        );
        let got: Vec<(&str, &str)> =
            v.iter().map(|(t, _, x, _)| (t.as_str(), x.as_str())).collect();
        assert_eq!(
            got,
            [
                ("Kamis (5/2/2026)", "2026-02-05"),
                ("pukul 08.30 WIB", "08:30"),
                ("kemarin", "2026-02-04"),
                ("Senin lalu", "2026-02-02"),
                ("pekan lalu", "2026-01-29"),
                ("jam 8 malam", "20:00"),
                ("1-3 Maret", "2026-03-01..2026-03-03"),
                ("Februari 2026", "2026-02"),
            ]
        );
    }

    #[test]
    fn labels_scores_and_vague_spans_are_not_values() {
        let v = one(
            "Perpres Nomor 12 Tahun 2025 Pasal 27 ayat (3), skor 3-0, ke-45, KM 57, No. 7/2025, awal tahun ini, akhir 2025, puluhan warga, B 1234 TJP.",
            Some("2026-02-05"),
        );
        assert!(v.is_empty(), "{v:?}");
    }
}
