//! Quotes and their speakers: who said what in an article.
//!
//! Direct quotes are the text between quotation marks (`"…"`, `“…”`,
//! `‘…’`) used as speech; indirect quotes are reported clauses (`Menurut
//! X, …`, `X mengatakan bahwa …`, `…, kata X.`, `BMKG memperkirakan …`).
//! Each quote has its speaker as written at the attribution, resolved to
//! an entity of the article's [`Entities`]: a pronoun (`ujarnya`, `kata
//! dia`, `Ia menambahkan`) is the person last named as a speaker or as the
//! subject of a sentence, however many paragraphs before. Quotation marks
//! around titles (`lagu "Tanah Airku"`), nicknames (`dijuluki "Macan
//! Asia"`) and one- or two-word scare quotes are not quotes.

use crate::entities::{Entities, EntityClass};
use crate::span::Span;
use crate::token::TokenKind;
use crate::words::Tok;

/// Whether a quote is the speaker's words or a report of them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
pub enum QuoteKind {
    /// Between quotation marks.
    Direct,
    /// Reported speech, without quotation marks.
    Indirect,
}

impl QuoteKind {
    /// `direct` or `indirect`.
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Indirect => "indirect",
        }
    }
}

/// Who said a quote: the words of the attribution that name them (a name,
/// or a pronoun such as the `nya` of `ujarnya`), and the entity they are.
#[derive(Clone, Debug, PartialEq)]
pub struct Speaker<'t> {
    /// Byte span of the name (or pronoun) as written at the attribution.
    pub span: Span,
    /// Its text.
    pub text: &'t str,
    /// Index of the speaker's entity in [`Entities::linked`], when known.
    pub entity: Option<usize>,
}

/// One quote of a text.
#[derive(Clone, Debug, PartialEq)]
pub struct Quote<'t> {
    /// Byte span of what was said: without the quotation marks and the
    /// comma or full stop just inside them; for indirect speech, the
    /// reported clause.
    pub span: Span,
    /// Its text.
    pub text: &'t str,
    /// Direct or indirect.
    pub kind: QuoteKind,
    /// Who said it, when the text tells.
    pub speaker: Option<Speaker<'t>>,
    /// The attribution verb's base (`kata`, `ujar`, `menurut`,
    /// `mengatakan`, `menilai`), or empty when the quote has none (a
    /// paragraph that continues the last speaker's words).
    pub verb: &'static str,
    /// The entities mentioned inside the quote (indices in
    /// [`Entities::linked`]), in order of first mention, the speaker left
    /// out.
    pub about: Vec<usize>,
}

/// Verbs of saying written after a quote (`"…," kata Rina`), with `-nya`
/// for the speaker last named (`ujarnya`).
const AFTER_VERBS: &[&str] = &[
    "kata", "ujar", "ungkap", "tutur", "jelas", "tegas", "imbuh", "papar", "terang", "sebut",
    "ucap", "tambah", "pungkas", "tandas", "lanjut", "kilah", "jawab", "tanya", "seru", "aku",
    "sambung", "timpal", "urai", "beber", "cetus", "katanya",
];

/// Verbs that report speech, judgement, requests, warnings and forecasts
/// (`X mengatakan, …`, `BMKG memperkirakan …`).
const REPORT_VERBS: &[&str] = &[
    "mengatakan",
    "menyatakan",
    "menilai",
    "menegaskan",
    "meminta",
    "mengimbau",
    "memperkirakan",
    "mengaku",
    "mengakui",
    "menyebut",
    "menyebutkan",
    "menjelaskan",
    "mengungkapkan",
    "menambahkan",
    "mengingatkan",
    "memastikan",
    "menuturkan",
    "menyampaikan",
    "mengklaim",
    "membantah",
    "memprediksi",
    "menduga",
    "menekankan",
    "menganggap",
    "memandang",
    "mendesak",
    "menyarankan",
    "memperingatkan",
    "menerangkan",
    "mengutarakan",
    "memaparkan",
    "berkata",
    "bertanya",
    "menanyakan",
    "mengharapkan",
    "berharap",
    "mengeklaim",
    "mengusulkan",
    "berpendapat",
    "berpandangan",
    "beranggapan",
    "mengemukakan",
    "memprakirakan",
    "memproyeksikan",
    "mengonfirmasi",
    "membenarkan",
    "menampik",
    "menandaskan",
];

/// Words before quotation marks that make them a title or a name, not
/// speech (`lagu "Tanah Airku"`, `dijuluki "Macan Asia"`).
const TITLE_CUES: &[&str] = &[
    "lagu", "film", "judul", "berjudul", "bertajuk", "bertema", "tema", "buku", "novel", "album",
    "single", "program", "acara", "sinetron", "serial", "dijuluki", "julukan", "dikenal",
    "sebutan", "disebut", "istilah", "slogan", "semboyan", "tagar", "jargon", "gerakan",
    "kampanye", "festival", "lakon", "puisi", "karya", "bernama", "berlabel", "label", "kata",
    "frasa",
];

/// Ministers' short titles and the words of their roles.
const MINISTERS: &[(&str, &[&str])] = &[
    ("Menhub", &["Menteri", "Perhubungan"]),
    ("Menkeu", &["Menteri", "Keuangan"]),
    ("Menlu", &["Menteri", "Luar", "Negeri"]),
    ("Mendagri", &["Menteri", "Dalam", "Negeri"]),
    ("Menkes", &["Menteri", "Kesehatan"]),
    ("Mentan", &["Menteri", "Pertanian"]),
    ("Mendag", &["Menteri", "Perdagangan"]),
    ("Menperin", &["Menteri", "Perindustrian"]),
    ("Menaker", &["Menteri", "Ketenagakerjaan"]),
    ("Menpora", &["Menteri", "Pemuda", "Olahraga"]),
    ("Mensos", &["Menteri", "Sosial"]),
    ("Menag", &["Menteri", "Agama"]),
    ("Menhan", &["Menteri", "Pertahanan"]),
    ("Menpar", &["Menteri", "Pariwisata"]),
    ("Menkum", &["Menteri", "Hukum"]),
    ("Mendikdasmen", &["Menteri", "Pendidikan", "Dasar"]),
    ("Mendikbud", &["Menteri", "Pendidikan", "Kebudayaan"]),
    ("Menkomdigi", &["Menteri", "Komunikasi", "Digital"]),
    ("Menkominfo", &["Menteri", "Komunikasi", "Informatika"]),
    ("Mensesneg", &["Menteri", "Sekretaris", "Negara"]),
    ("Menkop", &["Menteri", "Koperasi"]),
    ("Menparekraf", &["Menteri", "Pariwisata"]),
    ("Menpan", &["Menteri", "Pendayagunaan", "Aparatur"]),
];

/// Pronouns that stand for the person last named.
const PRONOUNS: &[&str] = &["dia", "ia", "beliau"];

/// Words that may stand between a subject and its verb (`Rina juga
/// mengatakan`).
const ADVERBS: &[&str] = &[
    "juga",
    "pun",
    "kembali",
    "telah",
    "sempat",
    "sebelumnya",
    "lalu",
    "kemudian",
    "pula",
    "bahkan",
    "sendiri",
    "langsung",
    "justru",
    "masih",
    "sudah",
    "tak",
    "tidak",
    "secara",
    "terpisah",
    "saat",
    "itu",
];

/// The quotes of `text`, over its tokens (in text order) and sentence
/// spans, with speakers resolved to `entities`' entities.
pub(crate) fn quotes<'t>(
    text: &'t str,
    toks: &[Tok],
    sentences: &[Span],
    entities: &Entities<'t>,
) -> Vec<Quote<'t>> {
    let q = Quoting { text, toks, entities, sentences };
    let mut found = q.direct();
    let direct: Vec<Span> = found.iter().map(|c| c.outer).collect();
    for s in sentences {
        if direct.iter().any(|d| d.start < s.end && s.start < d.end) {
            continue;
        }
        if let Some(c) = q.indirect(*s) {
            found.push(c);
        }
    }
    found.sort_by_key(|c| c.span.start);
    q.resolve(found)
}

/// The person a pronoun can stand for: a mention, or a name no entity
/// holds.
#[derive(Clone, Copy, Debug)]
enum Person {
    Mention(usize),
    Written(Span),
}

/// How a candidate quote names its speaker.
#[derive(Clone, Copy, Debug)]
enum Who {
    /// A mention of the entities (index in `mentions`).
    Named(usize),
    /// Capitalised words no entity holds.
    Written(Span),
    /// A pronoun: the person last named.
    Pronoun(Span),
    /// No attribution: the speaker of the quote before, if it is near.
    Continues,
    /// The same speaker as the quote before (a split quote).
    Same,
}

#[derive(Clone, Debug)]
struct Candidate {
    /// What was said.
    span: Span,
    /// With its quotation marks (direct), or the sentence (indirect).
    outer: Span,
    kind: QuoteKind,
    who: Who,
    verb: &'static str,
}

struct Quoting<'a, 't> {
    text: &'t str,
    toks: &'a [Tok],
    entities: &'a Entities<'t>,
    /// The text's sentences, in order.
    sentences: &'a [Span],
}

/// An opening or closing quotation mark at a byte offset.
#[derive(Clone, Copy)]
struct Mark {
    at: usize,
    len: usize,
    /// `"`, or `'` for the single marks.
    kind: u8,
    open: bool,
    close: bool,
}

impl<'t> Quoting<'_, 't> {
    fn word(&self, i: usize) -> &'t str {
        let t = self.toks[i];
        &self.text[t.start..t.end]
    }

    /// The index of the first token that starts at or after `at`.
    fn tok_at(&self, at: usize) -> usize {
        self.toks.partition_point(|t| t.start < at)
    }

    /// The mention that covers byte `at`, if any.
    fn mention_at(&self, at: usize) -> Option<usize> {
        let m = &self.entities.mentions;
        let k = m.partition_point(|x| x.span.end <= at);
        (k < m.len() && m[k].span.start <= at).then_some(k)
    }

    fn speaker_class(&self, k: usize) -> bool {
        matches!(self.entities.mentions[k].class, EntityClass::Per | EntityClass::Org)
    }

    /// The quotation marks of the text, paired line by line.
    fn pairs(&self) -> Vec<(Mark, Mark)> {
        let mut out = Vec::new();
        let all = marks(self.text);
        // The marks of each line in turn (pairs never cross a line).
        let mut rest = all.as_slice();
        while let Some(first) = rest.first() {
            let line_end = memchr::memchr(b'\n', &self.text.as_bytes()[first.at..])
                .map_or(self.text.len(), |p| first.at + p);
            let n = rest.partition_point(|m| m.at < line_end);
            let (marks, next) = rest.split_at(n);
            rest = next;
            let mut open: Option<Mark> = None;
            let mut single: Option<Mark> = None;
            for &m in marks {
                if m.kind == b'\'' {
                    match single {
                        Some(o) if m.close => {
                            out.push((o, m));
                            single = None;
                        }
                        _ if m.open && open.is_none() => single = Some(m),
                        _ => {}
                    }
                    continue;
                }
                match open {
                    Some(o) if m.close => {
                        out.push((o, m));
                        open = None;
                    }
                    None if m.open => open = Some(m),
                    _ => {}
                }
            }
        }
        out.sort_by_key(|p| p.0.at);
        out
    }

    /// The direct quotes.
    fn direct(&self) -> Vec<Candidate> {
        let mut out: Vec<Candidate> = Vec::new();
        // Where the attribution after the quote before ends.
        let mut prev_after: Option<usize> = None;
        for (o, c) in self.pairs() {
            let inner = Span::new(o.at + o.len, c.at);
            let Some(span) = content(self.text, inner) else { continue };
            let words = self.text[span.range()].split_whitespace().count();
            let outer = Span::new(o.at, c.at + c.len);
            let after = self.after(outer.end);
            // A split quote: `"…," kata Rina, "…"`.
            let split = prev_after.is_some_and(|end| {
                end <= o.at
                    && self.text[end..o.at].trim().trim_end_matches([',', ':']).trim().is_empty()
            });
            let before = if split { None } else { self.before(o.at) };
            let cue = self.title_cue(o.at);
            let title_case = is_title_case(&self.text[span.range()]);
            let (who, verb) = match (after, split, before) {
                (Some((who, verb, _)), _, _) => (who, verb),
                (None, true, _) => (Who::Same, out.last().map_or("", |l| l.verb)),
                (None, false, Some((who, verb))) => (who, verb),
                (None, false, None) => {
                    if cue || words < 3 || title_case || !ends_sentence(&self.text[inner.range()]) {
                        continue;
                    }
                    (Who::Continues, "")
                }
            };
            if cue && after.is_none() && before.is_none() {
                continue;
            }
            if words <= 2 && after.is_none() && !split && (cue || title_case) {
                continue;
            }
            prev_after = after.map(|(_, _, end)| end);
            out.push(Candidate { span, outer, kind: QuoteKind::Direct, who, verb });
        }
        out
    }

    /// Whether a word before byte `at` makes the quotation marks a title or
    /// a name (`lagu "…"`, `dijuluki "…"`).
    fn title_cue(&self, at: usize) -> bool {
        let i = self.tok_at(at);
        (1..=2).any(|back| {
            i >= back && {
                let w = self.word(i - back);
                TITLE_CUES.iter().any(|c| w.eq_ignore_ascii_case(c))
            }
        })
    }

    /// The attribution right after a closing mark at `end`: `kata Rina`,
    /// `ujarnya`, `kata dia`, `jelas Kapolres Malang AKBP Dimas Prasetyo`.
    /// The speaker, the verb, and where the attribution ends.
    fn after(&self, end: usize) -> Option<(Who, &'static str, usize)> {
        let mut i = self.tok_at(end);
        // A comma outside the marks.
        if i < self.toks.len() && self.word(i) == "," {
            i += 1;
        }
        let t = *self.toks.get(i)?;
        if self.text[end..t.start].contains('\n') || t.kind != TokenKind::Word {
            return None;
        }
        let w = self.word(i);
        // `ujarnya`, `katanya`.
        if let Some(stem) = strip_nya(w)
            && let Some(v) = listed(AFTER_VERBS, stem)
        {
            let nya = Span::new(t.end - 3, t.end);
            return Some((Who::Pronoun(nya), v, t.end));
        }
        let verb = listed(AFTER_VERBS, w)?;
        let verb = if verb == "katanya" { "kata" } else { verb };
        let j = i + 1;
        let next = *self.toks.get(j)?;
        if self.text[t.end..next.start].contains('\n') {
            return None;
        }
        let nw = self.word(j);
        if PRONOUNS.iter().any(|p| nw.eq_ignore_ascii_case(p)) {
            return Some((Who::Pronoun(Span::new(next.start, next.end)), verb, next.end));
        }
        // The words after the verb, to the clause's end (`kata pelatih
        // Perseka Yohanes Tumbel seusai pertandingan`, `kata jaksa dari
        // Kejaksaan Negeri Lamongan, Dwi Ratnasari, saat …`): a person
        // among them is the speaker; else the last run of capitalised
        // words that are no title, function word, degree or entity (`kata
        // Manajer Humas KAI Daop 2 Bandung Rosalinda Tambunan`); else the
        // first organisation; else a title alone (`tegas Kapolres`), which
        // stands for a person.
        let limit = (j + 24).min(self.toks.len());
        let (mut org, mut name, mut title) = (None, None::<(usize, usize)>, None::<(usize, usize)>);
        let mut k = j;
        while k < limit {
            let tk = self.toks[k];
            if k > j && self.text[self.toks[k - 1].end..tk.start].contains('\n') {
                break;
            }
            let w = self.word(k);
            if matches!(w, "." | "!" | "?" | ";" | "\"" | "“" | "”")
                && !self.is_abbreviation(k.saturating_sub(1))
            {
                break;
            }
            if w == ","
                && let Some((f, _)) = name
            {
                // `kata Kepala Pos Pengamatan Gunung Ibu, Axel Rumengan`:
                // the capitalised words after a role are its unit; the
                // name after the comma is the speaker.
                if f > j
                    && let Some((who, _, end)) = self.appositive(k)
                {
                    return Some((who, verb, end));
                }
                break;
            }
            if let Some(m) = self.mention_at(tk.start) {
                let mention = &self.entities.mentions[m];
                if mention.class == EntityClass::Per {
                    // `terang analis Mahardika Sekuritas, Fikri Ramadhan`: a
                    // name after a role and a comma is the speaker, the
                    // words between were the role's.
                    let after = self.tok_at(mention.span.end);
                    if k > j
                        && after < self.toks.len()
                        && self.word(after) == ","
                        && let Some((who, _, end)) = self.appositive(after)
                    {
                        return Some((who, verb, end));
                    }
                    return Some((Who::Named(m), verb, mention.span.end));
                }
                if self.speaker_class(m) && org.is_none() {
                    org = Some(m);
                }
                k = self.tok_at(mention.span.end).max(k + 1);
                continue;
            }
            let capital = tk.kind == TokenKind::Word && w.starts_with(char::is_uppercase);
            if capital && crate::entities::is_title_word(w) {
                title = Some((title.map_or(k, |t| t.0), k));
            } else if capital && !crate::normalize::is_stopword(w) && !self.is_abbreviation(k) {
                let mut l = k;
                while l + 1 < limit
                    && self.toks[l + 1].kind == TokenKind::Word
                    && self.word(l + 1).starts_with(char::is_uppercase)
                    && self.mention_at(self.toks[l + 1].start).is_none()
                    && !self.is_abbreviation(l + 1)
                    && !self.text[self.toks[l].end..self.toks[l + 1].start].contains('\n')
                {
                    l += 1;
                }
                name = Some((k, l));
                k = l + 1;
                continue;
            }
            k += 1;
        }
        if let Some((f, l)) = name {
            let span = Span::new(self.toks[f].start, self.toks[l].end);
            return Some((Who::Written(span), verb, span.end));
        }
        if let Some(m) = org {
            return Some((Who::Named(m), verb, self.entities.mentions[m].span.end));
        }
        if let Some((f, l)) = title {
            let span = Span::new(self.toks[f].start, self.toks[l].end);
            return Some((Who::Pronoun(span), verb, span.end));
        }
        None
    }

    /// A person's name right after the comma at token `c`, ending the
    /// clause or before another comma (`…, Axel Rumengan, "…"`): a person
    /// mention, or capitalised words no other entity, title, date or
    /// function word is; and the byte where the name ends.
    fn appositive(&self, c: usize) -> Option<(Who, (), usize)> {
        let f = c + 1;
        let t = *self.toks.get(f)?;
        if self.text[self.toks[c].end..t.start].contains('\n') {
            return None;
        }
        let ends = |k: usize| {
            k >= self.toks.len()
                || matches!(self.word(k), "," | "." | "(" | ";" | "\"" | "”" | "’" | "'")
                || self.word(k).starts_with(char::is_lowercase)
        };
        if let Some(m) = self.mention_at(t.start) {
            let mention = &self.entities.mentions[m];
            let end = self.tok_at(mention.span.end);
            return (mention.class == EntityClass::Per && ends(end)).then_some((
                Who::Named(m),
                (),
                mention.span.end,
            ));
        }
        let name_word = |k: usize| {
            self.toks[k].kind == TokenKind::Word
                && self.word(k).starts_with(char::is_uppercase)
                && self.mention_at(self.toks[k].start).is_none()
                && !crate::entities::is_title_word(self.word(k))
                && !crate::normalize::is_stopword(self.word(k))
                && !crate::values::is_date_word(self.word(k))
                && !self.is_abbreviation(k)
        };
        if !name_word(f) {
            return None;
        }
        // A name word the lists took for an event (`Fikri Ramadhan`) is
        // still part of the name.
        let event_word = |k: usize| {
            self.mention_at(self.toks[k].start)
                .is_some_and(|m| self.entities.mentions[m].class == EntityClass::Misc)
                && self.word(k).starts_with(char::is_uppercase)
        };
        let mut l = f;
        while l + 1 < self.toks.len() && l < f + 4 && (name_word(l + 1) || event_word(l + 1)) {
            l += 1;
        }
        ends(l + 1).then(|| {
            let span = Span::new(t.start, self.toks[l].end);
            (Who::Written(span), (), span.end)
        })
    }

    /// The attribution before an opening mark at `at`: `Rina mengatakan,
    /// "…"`, `Menurut Rina, "…"`, `Ia menegaskan: "…"`.
    fn before(&self, at: usize) -> Option<(Who, &'static str)> {
        let i = self.tok_at(at);
        if i == 0 {
            return None;
        }
        let mut j = i - 1;
        // The comma or colon before the mark.
        let p = self.word(j);
        if p == "," || p == ":" {
            j = j.checked_sub(1)?;
        } else if !self.text[self.toks[j].end..at].trim().is_empty() {
            return None;
        }
        if let Some(v) = report_verb(self.word(j)) {
            let who = self.subject(j)?;
            return Some((who, v));
        }
        // `Menurut Rina, "…"`: the name after `Menurut`, up to the comma.
        let start = self.sentence_start(j);
        if self.word(start).eq_ignore_ascii_case("menurut") && start < j + 1 {
            let who = self.named_in(start + 1, j + 1)?;
            return Some((who, "menurut"));
        }
        if self.word(start).eq_ignore_ascii_case("menurutnya") {
            let t = self.toks[start];
            return Some((Who::Pronoun(Span::new(t.end - 3, t.end)), "menurut"));
        }
        None
    }

    /// The token that opens the sentence of token `j` (the sentence
    /// splitter's sentences: `Sp.BA(K)` ends none).
    fn sentence_start(&self, j: usize) -> usize {
        let at = self.toks[j].start;
        let k = self.sentences.partition_point(|s| s.end <= at);
        match self.sentences.get(k) {
            Some(s) if s.start <= at => self.tok_at(s.start),
            _ => j,
        }
    }

    /// The speaker named in tokens `a..b`: a person or organisation
    /// mention (the last), a pronoun, or capitalised words.
    fn named_in(&self, a: usize, b: usize) -> Option<Who> {
        let mut found = None;
        for k in a..b {
            let t = self.toks[k];
            if let Some(m) = self.mention_at(t.start)
                && self.speaker_class(m)
            {
                found = Some(Who::Named(m));
            }
        }
        if found.is_some() {
            return found;
        }
        for k in a..b {
            let s = self.word(k);
            if PRONOUNS.iter().any(|p| s.eq_ignore_ascii_case(p)) {
                let t = self.toks[k];
                return Some(Who::Pronoun(Span::new(t.start, t.end)));
            }
        }
        // The first run of capitalised words that are no title, function
        // word or degree: the name as written.
        let name_word = |k: usize| {
            self.toks[k].kind == TokenKind::Word
                && self.word(k).starts_with(char::is_uppercase)
                && !crate::entities::is_title_word(self.word(k))
                && !crate::normalize::is_stopword(self.word(k))
                && !self.is_abbreviation(k)
        };
        let f = (a..b).find(|&k| name_word(k))?;
        let mut l = f;
        while l + 1 < b && name_word(l + 1) {
            l += 1;
        }
        Some(Who::Written(Span::new(self.toks[f].start, self.toks[l].end)))
    }

    /// The subject of the verb at token `v`: the nearest of a person or
    /// organisation mention before it (an apposition between commas
    /// allowed: `Rina, pedagang di Pasar Legi, mengatakan`), a pronoun, or
    /// capitalised words right before the verb that no entity holds (their
    /// titles left out: `… AKP Dimas Prasetyo mengatakan`).
    fn subject(&self, v: usize) -> Option<Who> {
        let start = self.sentence_start(v);
        let mut k = v;
        // Adverbs right before the verb (`Rina juga mengatakan`).
        while k > start && ADVERBS.iter().any(|a| self.word(k - 1).eq_ignore_ascii_case(a)) {
            k -= 1;
        }
        // Degrees after the name (`Widodo Sasmito, M.M. mengatakan`).
        let before_degrees = k;
        let mut degrees = 0;
        while k > start && (self.is_abbreviation(k - 1) || self.word(k - 1) == ",") {
            k -= 1;
            degrees += usize::from(self.word(k) != ",");
        }
        if k == start || self.word(k) != "," || degrees == 0 {
            // Nothing but degrees and commas: not a degree tail after all.
            k = before_degrees;
        }
        let adjacent = k;
        // Capitalised words that end right before the verb (and its
        // adverbs), no entity's.
        if adjacent > start && self.mention_at(self.toks[adjacent - 1].start).is_none() {
            let mut f = adjacent;
            while f > start
                && self.toks[f - 1].kind == TokenKind::Word
                && self.word(f - 1).starts_with(char::is_uppercase)
                && self.mention_at(self.toks[f - 1].start).is_none()
                && !crate::entities::is_title_word(self.word(f - 1))
            {
                f -= 1;
            }
            // A function word that opens the sentence is no part of the
            // name (`Adapun Rusmadi menilai`).
            while f < adjacent && crate::normalize::is_stopword(self.word(f)) {
                f += 1;
            }
            if f < adjacent {
                let w = self.word(f);
                if PRONOUNS.iter().any(|p| w.eq_ignore_ascii_case(p))
                    || w.eq_ignore_ascii_case("mereka")
                {
                    let t = self.toks[f];
                    return Some(Who::Pronoun(Span::new(t.start, t.end)));
                }
                return Some(Who::Written(Span::new(
                    self.toks[f].start,
                    self.toks[adjacent - 1].end,
                )));
            }
            // A title alone (`Kapolres mengimbau`): the person last named.
            if crate::entities::is_title_word(self.word(adjacent - 1)) {
                let t = self.toks[adjacent - 1];
                return Some(Who::Pronoun(Span::new(t.start, t.end)));
            }
        }
        let mut steps = 0;
        while k > start && steps < 16 {
            k -= 1;
            steps += 1;
            let t = self.toks[k];
            let s = self.word(k);
            if let Some(m) = self.mention_at(t.start) {
                if self.speaker_class(m) {
                    return Some(Who::Named(m));
                }
                k = self.tok_at(self.entities.mentions[m].span.start);
                continue;
            }
            if PRONOUNS.iter().any(|p| s.eq_ignore_ascii_case(p))
                || s.eq_ignore_ascii_case("mereka")
            {
                return Some(Who::Pronoun(Span::new(t.start, t.end)));
            }
        }
        None
    }

    /// The last person mention before `at` whose entity has the role
    /// `title` (a word of its `role` attribute, or of its role in the
    /// gazetteer): `Kapolres` → the Kapolres named before.
    fn holder_of(&self, title: &str, at: usize) -> Option<usize> {
        if PRONOUNS.iter().any(|p| title.eq_ignore_ascii_case(p)) || title.len() < 3 {
            return None;
        }
        // A minister's short title stands for the words of the role
        // (`Menhub`: `Menteri Perhubungan`).
        let one = [title];
        let words: &[&str] = MINISTERS
            .iter()
            .find(|(short, _)| short.eq_ignore_ascii_case(title))
            .map_or(&one[..], |(_, w)| w);
        let mentions = &self.entities.mentions;
        let k = mentions.partition_point(|m| m.span.start < at);
        mentions[..k].iter().rposition(|m| {
            m.class == EntityClass::Per && {
                let e = &self.entities.linked[m.entity].entity;
                ["role", "roles"].iter().any(|key| {
                    e.attr(key).is_some_and(|r| {
                        words.iter().all(|want| {
                            r.split(|c: char| !c.is_alphanumeric())
                                .any(|w| w.eq_ignore_ascii_case(want))
                        })
                    })
                })
            }
        })
    }

    /// Whether token `k` is part of an abbreviation or degree (`M.Kom.`,
    /// `S.H.`, `Sp.BA(K)`): a short word with a full stop after it, or a
    /// letter in brackets.
    fn is_abbreviation(&self, k: usize) -> bool {
        let w = self.word(k);
        let next = self.toks.get(k + 1).map(|t| &self.text[t.start..t.end]);
        let prev = k.checked_sub(1).map(|p| self.word(p));
        (w.len() <= 4 && next == Some("."))
            || (w.len() == 1 && prev == Some("(") && next == Some(")"))
            // A degree written as one token (`M.M.`, `S.Kom.`, `M.Kes.`).
            || (w.len() <= 8
                && w.ends_with('.')
                && w.starts_with(char::is_uppercase)
                && w[..w.len() - 1].contains('.'))
    }

    /// The indirect quote of the sentence `s`, if it reports speech.
    fn indirect(&self, s: Span) -> Option<Candidate> {
        let a = self.tok_at(s.start);
        let b = self.toks.partition_point(|t| t.end <= s.end);
        if b <= a + 2 {
            return None;
        }
        let end = self.clause_end(a, b);
        // `Menurut X, …`.
        let first = self.word(a);
        if first.eq_ignore_ascii_case("menurut") || first.eq_ignore_ascii_case("menurutnya") {
            // The comma before the clause: the first that a word in lower
            // case follows (not those around a degree or an apposition).
            let comma = (a + 1..b)
                .find(|&k| {
                    self.word(k) == ","
                        && self.toks.get(k + 1).is_some_and(|t| {
                            self.text[t.start..t.end].starts_with(|c: char| !c.is_uppercase())
                        })
                })
                .or_else(|| (a + 1..b).find(|&k| self.word(k) == ","))?;
            let nya = first.eq_ignore_ascii_case("menurutnya");
            return self.opened(s, a, comma, end, nya, "menurut");
        }
        // `Kata dia, …`, `Katanya, …`: the attribution opens the sentence.
        if (first == "Kata" || first == "Katanya")
            && let Some(comma) = (a + 1..b.min(a + 8)).find(|&k| self.word(k) == ",")
        {
            return self.opened(s, a, comma, end, first == "Katanya", "kata");
        }
        // `…, kata X.`: a verb of saying after the last comma.
        if let Some(comma) = (a + 1..b).rev().find(|&k| self.word(k) == ",")
            && comma + 1 < b
            && let Some((who, verb, attr_end)) = self.after(self.toks[comma].start + 1)
            && attr_end >= self.toks[end.saturating_sub(1).max(comma)].end
        {
            let span = self.clause(a, comma)?;
            return Some(Candidate { span, outer: s, kind: QuoteKind::Indirect, who, verb });
        }
        // `X mengatakan(,| bahwa) …`, `BMKG memperkirakan …`.
        for v in a..b.min(a + 24) {
            let Some(verb) = report_verb(self.word(v)) else { continue };
            let who = self.subject(v)?;
            let mut c = v + 1;
            while c < b && matches!(self.word(c), "," | ":") {
                c += 1;
            }
            if c < b && self.word(c).eq_ignore_ascii_case("bahwa") {
                c += 1;
                while c < b && self.word(c) == "," {
                    c += 1;
                }
            }
            let span = self.clause(c, end)?;
            if self.text[span.range()].split_whitespace().count() < 3 {
                return None;
            }
            return Some(Candidate { span, outer: s, kind: QuoteKind::Indirect, who, verb });
        }
        None
    }

    /// The indirect quote of sentence `s` that an attribution opens at
    /// token `a` (`Menurut X, …`, `Kata dia, …`), with the reported clause
    /// from after `comma` to `end`; the speaker is the `-nya` of the opening
    /// word when `nya`, else the words before the comma.
    fn opened(
        &self,
        s: Span,
        a: usize,
        comma: usize,
        end: usize,
        nya: bool,
        verb: &'static str,
    ) -> Option<Candidate> {
        let who = if nya {
            let t = self.toks[a];
            Who::Pronoun(Span::new(t.end - 3, t.end))
        } else {
            self.named_in(a + 1, comma)?
        };
        let span = self.clause(comma + 1, end)?;
        Some(Candidate { span, outer: s, kind: QuoteKind::Indirect, who, verb })
    }

    /// Where the sentence's clause ends: before its final full stop (or
    /// other closing punctuation).
    fn clause_end(&self, a: usize, b: usize) -> usize {
        let mut e = b;
        while e > a && matches!(self.word(e - 1), "." | "!" | "?" | "…" | "..." | "\"" | "”") {
            e -= 1;
        }
        e
    }

    /// The span of tokens `a..b`, if not empty.
    fn clause(&self, a: usize, b: usize) -> Option<Span> {
        let mut b = b;
        while b > a && matches!(self.word(b - 1), "," | ";" | ":") {
            b -= 1;
        }
        (a < b).then(|| Span::new(self.toks[a].start, self.toks[b - 1].end))
    }

    /// Resolves speakers in text order and fills `about`.
    fn resolve(&self, found: Vec<Candidate>) -> Vec<Quote<'t>> {
        let mentions = &self.entities.mentions;
        let mut out: Vec<Quote<'t>> = Vec::with_capacity(found.len());
        // The last person named as a speaker or as a sentence's subject,
        // as (byte offset, mention index).
        let mut last_speaker: Option<(usize, Person)> = None;
        let subjects: Vec<usize> = (0..mentions.len())
            .filter(|&m| mentions[m].class == EntityClass::Per && self.is_subject(m))
            .collect();
        let last_person = |at: usize, speaker: Option<(usize, Person)>| {
            let k = subjects.partition_point(|&m| mentions[m].span.start < at);
            let subject = k
                .checked_sub(1)
                .map(|k| (mentions[subjects[k]].span.start, Person::Mention(subjects[k])));
            match (subject, speaker) {
                (Some(s), Some(p)) => Some(if s.0 > p.0 { s.1 } else { p.1 }),
                (Some(s), None) => Some(s.1),
                (None, Some(p)) => Some(p.1),
                (None, None) => None,
            }
        };
        for c in found {
            let speaker = match c.who {
                // A title the tagger took for a name (`kata Menhub`): the
                // person last given that role, if any.
                Who::Named(m)
                    if mentions[m].class == EntityClass::Per
                        && !mentions[m].text.contains(' ')
                        && (crate::entities::is_title_word(mentions[m].text)
                            || MINISTERS.iter().any(|(t, _)| *t == mentions[m].text))
                        && self.holder_of(mentions[m].text, mentions[m].span.start).is_some() =>
                {
                    let h = self.holder_of(mentions[m].text, mentions[m].span.start).unwrap();
                    last_speaker = Some((mentions[m].span.start, Person::Mention(h)));
                    Some(Speaker {
                        span: mentions[m].span,
                        text: mentions[m].text,
                        entity: Some(mentions[h].entity),
                    })
                }
                Who::Named(m) => {
                    let mention = &mentions[m];
                    if mention.class == EntityClass::Per {
                        last_speaker = Some((mention.span.start, Person::Mention(m)));
                    }
                    Some(Speaker {
                        span: mention.span,
                        text: mention.text,
                        entity: Some(mention.entity),
                    })
                }
                Who::Written(span) => {
                    last_speaker = Some((span.start, Person::Written(span)));
                    Some(Speaker { span, text: &self.text[span.range()], entity: None })
                }
                Who::Pronoun(span) => {
                    // A title standing for a person (`tegas Kapolres`): the
                    // last person the article gave that role; else, as a
                    // pronoun, the person last named.
                    let by_role = self.holder_of(&self.text[span.range()], span.start);
                    let p = by_role
                        .map(Person::Mention)
                        .or_else(|| last_person(span.start, last_speaker));
                    if let Some(p) = p {
                        last_speaker = Some((span.start, p));
                    }
                    match p {
                        Some(Person::Mention(m)) => Some(Speaker {
                            span,
                            text: &self.text[span.range()],
                            entity: Some(mentions[m].entity),
                        }),
                        // A name no entity holds: the name, where written.
                        Some(Person::Written(name)) => Some(Speaker {
                            span: name,
                            text: &self.text[name.range()],
                            entity: None,
                        }),
                        None => {
                            Some(Speaker { span, text: &self.text[span.range()], entity: None })
                        }
                    }
                }
                Who::Same | Who::Continues => out.last().and_then(|q| q.speaker.clone()),
            };
            let speaker_entity = speaker.as_ref().and_then(|s| s.entity);
            let mut about: Vec<usize> = Vec::new();
            let k = mentions.partition_point(|m| m.span.start < c.span.start);
            for m in &mentions[k..] {
                if m.span.start >= c.span.end {
                    break;
                }
                if m.span.end <= c.span.end
                    && Some(m.entity) != speaker_entity
                    && !about.contains(&m.entity)
                {
                    about.push(m.entity);
                }
            }
            out.push(Quote {
                span: c.span,
                text: &self.text[c.span.range()],
                kind: c.kind,
                speaker,
                verb: c.verb,
                about,
            });
        }
        out
    }

    /// Whether mention `m` is a sentence's subject: the sentence's first
    /// person, among its first words (`Ibu kedua bayi, Siti Rahmawati
    /// (27), tak kuasa …`).
    fn is_subject(&self, m: usize) -> bool {
        let mentions = &self.entities.mentions;
        let i = self.tok_at(mentions[m].span.start);
        let start = self.sentence_start(i);
        let first = self.toks[start].start;
        i - start <= 12
            && !mentions[..m]
                .iter()
                .rev()
                .take_while(|x| x.span.start >= first)
                .any(|x| x.class == EntityClass::Per)
    }
}

/// The entry of `list` that is `word`, any case.
fn listed(list: &[&'static str], word: &str) -> Option<&'static str> {
    list.iter().copied().find(|v| v.eq_ignore_ascii_case(word))
}

/// `word` without its `-nya` (`ujarnya` → `ujar`).
fn strip_nya(word: &str) -> Option<&str> {
    let n = word.len().checked_sub(3)?;
    (n > 0 && word.is_char_boundary(n) && word[n..].eq_ignore_ascii_case("nya")).then(|| &word[..n])
}

/// The reporting verb `word` is, if any (they all open with `me` or `be`
/// and are at least six letters long: most words are passed over at once).
fn report_verb(word: &str) -> Option<&'static str> {
    type Verbs = std::collections::HashMap<
        &'static [u8],
        &'static str,
        std::hash::BuildHasherDefault<crate::hash::WordHasher>,
    >;
    static VERBS: std::sync::LazyLock<Verbs> =
        std::sync::LazyLock::new(|| REPORT_VERBS.iter().map(|v| (v.as_bytes(), *v)).collect());
    let b = word.as_bytes();
    if b.len() < 6 || b.len() > 16 || !matches!(b[0] | 0x20, b'm' | b'b') {
        return None;
    }
    let mut lower = [0u8; 16];
    for (l, c) in lower.iter_mut().zip(b) {
        *l = c.to_ascii_lowercase();
    }
    VERBS.get(&lower[..b.len()]).copied()
}

/// The quotation marks of the text, in order: curly ones know their
/// side; a straight `"` may open or close; a single mark counts only at a
/// word's edge (not the `'` of `Jum'at`). Found with `memchr` on their
/// bytes (`"`, `'`, and the lead byte of the curly marks).
fn marks(text: &str) -> Vec<Mark> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    for i in memchr::memchr3_iter(b'"', b'\'', 0xE2, bytes) {
        let Some(c) = text[i..].chars().next() else { continue };
        if !matches!(c, '"' | '\'' | '“' | '”' | '‘' | '’') {
            continue;
        }
        let prev = text[..i].chars().next_back();
        let next = text[i + c.len_utf8()..].chars().next();
        let space_before = prev
            .is_none_or(|p| p.is_whitespace() || matches!(p, '(' | '[' | '{' | '—' | '–' | '-'));
        let space_after = next.is_none_or(|n| {
            n.is_whitespace()
                || matches!(
                    n,
                    ',' | '.' | ';' | ':' | '!' | '?' | ')' | ']' | '}' | '—' | '–' | '-'
                )
        });
        let m = |kind, open, close| Mark { at: i, len: c.len_utf8(), kind, open, close };
        match c {
            '“' => out.push(m(b'"', true, false)),
            '”' => out.push(m(b'"', false, true)),
            '"' => out.push(m(b'"', !space_after || space_before, !space_before || space_after)),
            '‘' => out.push(m(b'\'', true, false)),
            '’' if space_after => out.push(m(b'\'', false, true)),
            '\'' if space_before && !space_after => out.push(m(b'\'', true, false)),
            '\'' if !space_before && space_after && i > 0 && bytes[i - 1] != b's' => {
                out.push(m(b'\'', false, true))
            }
            _ => {}
        }
    }
    out
}

/// What was said inside the marks: trimmed, without the comma or full stop
/// just inside the closing mark.
fn content(text: &str, inner: Span) -> Option<Span> {
    let s = &text[inner.range()];
    let lead = s.len() - s.trim_start().len();
    let mut t = s.trim();
    if let Some(x) = t.strip_suffix(',').or_else(|| t.strip_suffix('.'))
        && !x.ends_with('.')
    {
        t = x.trim_end();
    }
    (!t.is_empty()).then(|| Span::new(inner.start + lead, inner.start + lead + t.len()))
}

/// Whether every word of `s` is capitalised (a title: `Membangun Negeri
/// Bersama`), small function words aside.
fn is_title_case(s: &str) -> bool {
    let mut words = 0;
    for w in s.split_whitespace() {
        let Some(c) = w.chars().find(|c| c.is_alphabetic()) else { continue };
        words += 1;
        if c.is_lowercase() && !matches!(w, "dan" | "di" | "ke" | "dari" | "yang" | "untuk" | "&") {
            return false;
        }
    }
    words > 0
}

/// Whether the quoted text reads as speech: it ends a sentence or a clause
/// (`.`, `,`, `!`, `?`) inside the marks.
fn ends_sentence(inner: &str) -> bool {
    inner.trim_end().ends_with(['.', ',', '!', '?', '…'])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quotes_of(text: &str) -> Vec<(String, QuoteKind, Option<String>, &'static str)> {
        let a = crate::Analyzer::new().analyze(text);
        a.quotes
            .iter()
            .map(|q| {
                let who = q.speaker.as_ref().map(|s| match s.entity {
                    Some(e) => a.entities.linked[e].entity.name.clone(),
                    None => s.text.to_string(),
                });
                (q.text.to_string(), q.kind, who, q.verb)
            })
            .collect()
    }

    #[test]
    fn direct_quotes_and_their_speakers() {
        let q = quotes_of(
            "Kapolres Malang AKBP Dimas Prasetyo meninjau lokasi. \"Kami sudah menurunkan tim,\" kata Dimas Prasetyo.\n\nWarga diminta tenang. \"Jangan panik,\" ujarnya.",
        );
        assert_eq!(q.len(), 2, "{q:?}");
        assert_eq!(q[0].0, "Kami sudah menurunkan tim");
        assert_eq!(q[0].2.as_deref(), Some("Dimas Prasetyo"));
        assert_eq!(q[1].0, "Jangan panik");
        assert_eq!(q[1].2.as_deref(), Some("Dimas Prasetyo"), "{q:?}");
        assert_eq!(q[1].3, "ujar");
    }

    #[test]
    fn indirect_quotes() {
        let q = quotes_of(
            "Menurut Bambang Sutrisno, harga beras akan turun bulan depan. Rina Wulandari mengatakan bahwa pasokan masih aman hingga Lebaran.",
        );
        assert_eq!(q.len(), 2, "{q:?}");
        assert_eq!(q[0].0, "harga beras akan turun bulan depan");
        assert_eq!((q[0].1, q[0].3), (QuoteKind::Indirect, "menurut"));
        assert_eq!(q[1].0, "pasokan masih aman hingga Lebaran");
        assert_eq!(q[1].2.as_deref(), Some("Rina Wulandari"));
    }

    #[test]
    fn titles_and_scare_quotes_are_not_quotes() {
        let q = quotes_of(
            "Ia menyanyikan lagu \"Tanah Airku\" di panggung. Kebijakan \"tambal sulam\" itu dikritik. Timnas dijuluki \"Macan Asia\" sejak lama.",
        );
        assert!(
            q.iter().all(|x| x.1 == QuoteKind::Indirect || x.0.split(' ').count() > 2),
            "{q:?}"
        );
    }
}
