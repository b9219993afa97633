//! The analysis: one [`Document`], every stage run on it once, and one JSON
//! schema for every layer.
//!
//! Pipeline, in the order the stages depend on each other: the document
//! (tokens, sentences, word features) → anatomy and body → languages →
//! entities → topics (which read the entities) → keywords. The stand-alone
//! functions ([`entities`], [`topics`], [`detect`], [`detect_document`]) and
//! every CLI command run the same code with fewer layers, so they give the
//! same answer as [`Analyzer::analyze`] for the same text.

use std::sync::{Arc, LazyLock};

use crate::anatomy::{Anatomy, Part, PartKind, anatomy, credit_line};
use crate::document::Document;
use crate::entities::{Entities, Gazetteer};
use crate::keywords::Keyword;
use crate::language::{
    Detection, DocumentLanguages, Evidence, LanguageShare, Prior, SentenceLanguage, decide, mix_of,
    reconcile, sentence_evidence, text_evidence,
};
use crate::span::Span;
use crate::token::TokenKind;
use crate::topics::{TopicModel, TopicScore};
use crate::words::Tok;

/// Version of the JSON schema (see the README). It changes only when a field
/// is renamed, removed or changes meaning. Version 2: one shape per concept
/// for every command; `entities` lists mentions and `linked` the entities
/// they name; country ids are `country:XX`.
pub const ANALYSIS_VERSION: u32 = 2;

/// Counts of the text.
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Stats {
    /// Bytes of the text.
    pub bytes: usize,
    /// Characters of the text.
    pub chars: usize,
    /// Word tokens of the body (boilerplate left out).
    pub words: usize,
    /// Sentences of the text.
    pub sentences: usize,
}

/// Everything warta reads from one article: each stage's layer over the
/// text. Serialises (feature `serde`) to the JSON that `warta analyze`
/// prints; see the README for the schema.
#[derive(Clone, Debug, PartialEq)]
pub struct Analysis<'t> {
    /// [`ANALYSIS_VERSION`].
    pub version: u32,
    /// The language of the body.
    pub language: Option<Detection>,
    /// Languages by share of the text, largest first.
    pub languages: Vec<LanguageShare>,
    /// The article body: its first paragraph (dateline included) to its
    /// last, before credits and boilerplate; the whole text when anatomy is
    /// off.
    pub body: Span,
    /// The anatomy: slug, title, dateline, bylines, sources, boilerplate.
    pub anatomy: Vec<Part>,
    /// Every sentence, with its language.
    pub sentences: Vec<SentenceLanguage>,
    /// Entities of the article text (title and body, boilerplate left out):
    /// mentions in text order, linked entities most salient first.
    pub entities: Entities<'t>,
    /// Quotes with their speakers (direct and indirect), in text order.
    pub quotes: Vec<crate::quotes::Quote<'t>>,
    /// Dates, times, money, percentages and quantities of the article text
    /// (title and body, boilerplate left out), normalised, in text order.
    pub values: Vec<crate::values::Value<'t>>,
    /// The date relative dates were resolved against: the article's date
    /// (its date line, or an HTML page's publication date), else the
    /// analyser's [`Analyzer::reference_date`]; `None` without either.
    pub reference_date: Option<crate::values::CalendarDate>,
    /// The body's signature for near-duplicate detection (its MinHash and
    /// sentence hashes), with [`Layers::SIGNATURE`].
    pub signature: Option<crate::dedup::Signature>,
    /// Topics, ranked.
    pub topics: Vec<TopicScore>,
    /// Salient stems of the article text, best first.
    pub keywords: Vec<Keyword>,
    /// Counts.
    pub stats: Stats,
    /// What an HTML page said about its article (headline, publication
    /// time, authors, section, tags, URL, outlet, next page), for an
    /// analysis made by [`Analyzer::analyze_html`]; `None` for text.
    #[cfg(feature = "html")]
    pub metadata: Option<crate::html::Metadata>,
    text: &'t str,
    char_offsets: bool,
}

/// Which layers [`Analyzer::analyze_layers`] computes, each with the
/// layers it reads (topics read the entities; sentences their languages).
/// The document and the anatomy are always read; the fields of the layers
/// not asked for are left empty.
///
/// ```
/// use warta::{Analyzer, Layers};
///
/// let a = Analyzer::new().analyze_layers("Bank Indonesia menahan suku bunga.", Layers::ENTITIES);
/// assert_eq!(a.entities.linked[0].entity.id, "inst:bi");
/// assert!(a.topics.is_empty() && a.language.is_none());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Layers(u8);

impl Layers {
    /// The language of the text: an article's body's, or a snippet's.
    pub const LANGUAGE: Layers = Layers(1);
    /// Entities: mentions and linked entities.
    pub const ENTITIES: Layers = Layers(2);
    /// Topics, with the entities they read.
    pub const TOPICS: Layers = Layers(4 | 2);
    /// Keywords, with the entities they read (a headline's names are not
    /// keywords).
    pub const KEYWORDS: Layers = Layers(8 | 2);
    /// Every sentence with its language, the mix of languages and the
    /// counts, with the text's language.
    pub const SENTENCES: Layers = Layers(16 | 1);
    /// Quotes and their speakers, with the entities they read.
    pub const QUOTES: Layers = Layers(32 | 2);
    /// Values: dates, times, money, percentages, quantities.
    pub const VALUES: Layers = Layers(64);
    /// The body's signature for near-duplicate detection.
    pub const SIGNATURE: Layers = Layers(128);
    /// Everything: what [`Analyzer::analyze`] computes.
    pub const ALL: Layers = Layers(128 | 64 | 32 | 16 | 8 | 4 | 2 | 1);
    /// The layers that read stems (topics and keywords).
    const STEMS: Layers = Layers(4 | 8);

    /// Whether every layer of `other` is in `self`.
    pub const fn contains(self, other: Layers) -> bool {
        self.0 & other.0 == other.0
    }

    /// Whether `self` and `other` share a layer.
    const fn meets(self, other: Layers) -> bool {
        self.0 & other.0 != 0
    }
}

impl std::ops::BitOr for Layers {
    type Output = Layers;

    fn bitor(self, other: Layers) -> Layers {
        Layers(self.0 | other.0)
    }
}

impl<'t> Analysis<'t> {
    /// The analysed text.
    pub fn text(&self) -> &'t str {
        self.text
    }

    /// The article's publication time in ISO 8601 (`2026-02-03T09:12+07:00`,
    /// or a date alone): an HTML page's metadata's, else the anatomy's
    /// date line (the first above the body). The reference date for what
    /// the text says relative to it (`kemarin`, `Senin lalu`).
    ///
    /// ```
    /// let text = "Selasa, 3 Februari 2026 | 09:12 WIB\n\nJAKARTA - Harga beras naik lagi.";
    /// let a = warta::Analyzer::new().analyze(text);
    /// assert_eq!(a.published(), Some("2026-02-03T09:12+07:00"));
    /// ```
    pub fn published(&self) -> Option<&str> {
        #[cfg(feature = "html")]
        if let Some(p) = self.metadata.as_ref().and_then(|m| m.published.as_ref()) {
            return Some(&p.value);
        }
        crate::anatomy::published(&self.anatomy, self.body)
    }
}

#[derive(Clone, Debug)]
enum GazetteerRef {
    Builtin,
    Owned(Arc<Gazetteer>),
}

/// Turns articles into [`Analysis`]. Build once and share: it is `Send +
/// Sync` and cheap to clone (the gazetteer and model are reference
/// counted); the built-in data loads once per process.
///
/// # Example
///
/// ```
/// let analyzer = warta::Analyzer::new();
/// let text = "ekonomi\n\nJAKARTA, KOMPAS.com - Bank Indonesia menahan suku bunga acuan di 6 persen.\n\nBaca juga: Rupiah menguat\n\nSumber: Antara";
/// let a = analyzer.analyze(text);
/// assert_eq!(a.language.unwrap().language, warta::Language::Indonesian);
/// assert!(text[a.body.range()].starts_with("JAKARTA"));
/// assert!(a.entities.linked.iter().any(|e| e.entity.id == "inst:bi"));
/// assert_eq!(a.topics[0].label, "keuangan");
/// ```
#[derive(Clone, Debug)]
pub struct Analyzer {
    gazetteer: GazetteerRef,
    model: Option<Arc<TopicModel>>,
    char_offsets: bool,
    keywords: usize,
    anatomy: bool,
    reference: Option<crate::values::CalendarDate>,
    prior: Prior,
}

impl Default for Analyzer {
    fn default() -> Self {
        Analyzer::new()
    }
}

/// The built-in analyzer of the stand-alone functions, for articles.
static ARTICLE: LazyLock<Analyzer> = LazyLock::new(Analyzer::new);

impl Analyzer {
    /// An analyzer with the built-in gazetteer and topic taxonomy that reads
    /// each text as an article (anatomy on).
    pub fn new() -> Analyzer {
        Analyzer {
            gazetteer: GazetteerRef::Builtin,
            model: None,
            char_offsets: false,
            keywords: 10,
            anatomy: true,
            reference: None,
            prior: Prior::Neutral,
        }
    }

    /// What the language detector assumes before it reads a text (see
    /// [`Prior`]): `Prior::Indonesian` for an Indonesian feed.
    ///
    /// ```
    /// use warta::{Analyzer, Language, Prior};
    /// let a = Analyzer::new().whole_text(true).prior(Prior::Malay);
    /// let got = a.analyze("Menteri itu akan bertolak ke Beijing.");
    /// assert_eq!(got.language.unwrap().language, Language::Malay);
    /// ```
    pub fn prior(mut self, prior: Prior) -> Analyzer {
        self.prior = prior;
        self
    }

    /// Uses `gazetteer` (for example [`Gazetteer::with_user_tsv`]) for entities.
    pub fn with_gazetteer(mut self, gazetteer: Gazetteer) -> Analyzer {
        self.gazetteer = GazetteerRef::Owned(Arc::new(gazetteer));
        self
    }

    /// Scores topics with a trained model instead of the built-in taxonomy.
    pub fn with_topic_model(mut self, model: TopicModel) -> Analyzer {
        self.model = Some(Arc::new(model));
        self
    }

    /// Also reports character offsets (`char_start`, `char_end`) in the JSON,
    /// for users in languages that index strings by character.
    pub fn char_offsets(mut self, yes: bool) -> Analyzer {
        self.char_offsets = yes;
        self
    }

    /// How many keywords to report (10 by default).
    pub fn keywords(mut self, n: usize) -> Analyzer {
        self.keywords = n;
        self
    }

    /// The date to resolve relative dates against (`kemarin`, `Senin
    /// lalu`) when an article has no date of its own (a date line, an HTML
    /// page's publication date); without either they stay unresolved.
    ///
    /// ```
    /// use warta::{Analyzer, CalendarDate};
    /// let date = CalendarDate::ymd(2026, 2, 5);
    /// let a = Analyzer::new().reference_date(date).analyze("Harga cabai naik kemarin.");
    /// assert_eq!(a.values[0].value.unwrap().to_string(), "2026-02-04");
    /// ```
    pub fn reference_date(mut self, date: Option<crate::values::CalendarDate>) -> Analyzer {
        self.reference = date.filter(|d| d.day.is_some());
        self
    }

    /// Reads the whole text as article text (`true`): no anatomy, the body
    /// is the whole text and nothing is boilerplate. For sentences,
    /// headlines and other snippets; off by default.
    ///
    /// ```
    /// let text = "Baca juga: Harga minyak naik";
    /// assert!(warta::Analyzer::new().analyze(text).sentences.iter().all(|s| !s.in_body));
    /// assert!(warta::Analyzer::new().whole_text(true).analyze(text).sentences[0].in_body);
    /// ```
    pub fn whole_text(mut self, yes: bool) -> Analyzer {
        self.anatomy = !yes;
        self
    }

    fn gazetteer(&self) -> &Gazetteer {
        match &self.gazetteer {
            GazetteerRef::Builtin => Gazetteer::builtin(),
            GazetteerRef::Owned(g) => g,
        }
    }

    /// Analyses one article. Never fails; any `&str` is accepted.
    pub fn analyze<'t>(&self, text: &'t str) -> Analysis<'t> {
        self.analyze_layers(text, Layers::ALL)
    }

    /// Analyses one article, computing only `layers` (and the layers they
    /// read): the fields of the others are left empty. What it computes is
    /// exactly what [`Analyzer::analyze`] computes for those fields.
    pub fn analyze_layers<'t>(&self, text: &'t str, layers: Layers) -> Analysis<'t> {
        self.analyze_body(text, layers, None, None)
    }

    /// [`Analyzer::analyze_layers`], with the body given (an HTML page's
    /// article block) instead of chosen by the anatomy, whose parts still
    /// mark the lines inside it.
    fn analyze_body<'t>(
        &self,
        text: &'t str,
        layers: Layers,
        body: Option<Span>,
        published: Option<&str>,
    ) -> Analysis<'t> {
        let doc = Document::read(text, layers.meets(Layers::STEMS));
        let mut anat = if self.anatomy {
            anatomy(text)
        } else {
            Anatomy { parts: Vec::new(), body: Span::new(0, text.len()) }
        };
        if let Some(body) = body {
            anat.body = body;
        }
        let boiler = boilerplate(&anat);
        // The article's tokens: the body without its boilerplate, and the
        // title and source lines.
        let own: Vec<Span> =
            anat.parts.iter().filter(|p| !p.kind.is_boilerplate()).map(|p| p.span).collect();
        let kept = kept_tokens(&doc.toks, anat.body, &boiler, &own);
        let article = || kept.iter().map(|&i| i as usize);
        // What topics and keywords read: the article's tokens without its
        // credits (bylines, source lines), which say who wrote it, not
        // what it is about.
        let uncredited = if layers.meets(Layers::STEMS) {
            without_credits(text, &doc.toks, &kept, &anat.parts)
        } else {
            None
        };
        let read = || uncredited.as_deref().unwrap_or(&kept).iter().map(|&i| i as usize);

        // An article's language is its body's, which its sentences may
        // outvote; a snippet's is the evidence of all its words.
        let by_sentence = layers.contains(Layers::SENTENCES)
            || (self.anatomy && layers.contains(Layers::LANGUAGE));
        let mut sentences: Vec<SentenceLanguage> = Vec::new();
        let mut body_evidence = Evidence::default();
        if by_sentence {
            let spans = doc.sentence_spans();
            let evidence = sentence_evidence(text, &doc.toks, doc.lexemes(), spans);
            sentences = spans
                .iter()
                .zip(&evidence)
                .map(|((span, _), ev)| {
                    // A sentence that a glued slug (`beli-xiaomiPemerintah`)
                    // opens starts where the body does.
                    let span = if span.start < anat.body.start
                        && anat.body.start < span.end
                        && span.end <= anat.body.end
                        && text[span.start..anat.body.start]
                            .bytes()
                            .all(|b| !b.is_ascii_whitespace())
                    {
                        Span::new(anat.body.start, span.end)
                    } else {
                        *span
                    };
                    if anat.body.contains(span) {
                        body_evidence += *ev;
                    }
                    SentenceLanguage {
                        span,
                        detection: decide(ev, &text[span.range()], self.prior),
                        in_body: anat.body.contains(span) && !inside_any(&boiler, span),
                    }
                })
                .collect();
        }
        let (mut language, mut languages) = (None, Vec::new());
        if layers.contains(Layers::LANGUAGE) {
            languages = mix_of(sentences.iter());
            language = if self.anatomy {
                // The body's letters counted as a whole: its sentences'
                // counts only serve their own answers.
                let body = &text[anat.body.range()];
                let pooled = decide(&body_evidence.with_scripts_of(body), body, self.prior);
                // An article: the sentences outvote the pooled evidence when
                // most of the body is in another language.
                let body_mix = mix_of(sentences.iter().filter(|s| anat.body.contains(s.span)));
                reconcile(pooled, &body_mix)
            } else {
                // A snippet: the evidence of all its words decides (measured
                // better on DSL and NusaX lines than letting sentences
                // outvote it).
                let lexemes = doc.lexemes();
                let words = doc.toks.iter().enumerate();
                let entries = words
                    .filter(|(_, t)| t.kind == TokenKind::Word)
                    .map(|(i, t)| (lexemes[i].lid, text.as_bytes()[t.start].is_ascii_uppercase()));
                decide(&text_evidence(text, entries), text, self.prior)
            };
        }

        let entities = if layers.contains(Layers::ENTITIES) {
            // The article's year, from its date line: which holder of a
            // role a name is (`Ketua Umum Partai Demokrat Yudhoyono`).
            let year = crate::anatomy::published(&anat.parts, anat.body)
                .and_then(|d| d.get(..4).and_then(|y| y.parse::<i32>().ok()));
            let mut found = if boiler.is_empty() {
                self.gazetteer().extract_tokens(text, &doc.toks, year)
            } else {
                let toks: Vec<Tok> = kept.iter().map(|&i| doc.toks[i as usize]).collect();
                self.gazetteer().extract_tokens(text, &toks, year)
            };
            // The people the bylines credit: authors and editors.
            let credited: Vec<(Span, &'static str)> = anat
                .parts
                .iter()
                .filter(|p| p.kind == PartKind::Byline)
                .flat_map(|p| crate::entities::credit_names(text, p.span))
                .collect();
            found.add_credited(text, &credited);
            found
        } else {
            Entities::default()
        };

        let quotes = if layers.contains(Layers::QUOTES) {
            let spans: Vec<Span> = doc.sentence_spans().iter().map(|(s, _)| *s).collect();
            let mut q = crate::quotes::quotes(text, &doc.toks, &spans, &entities);
            // The article's quotes: in the body, not in its boilerplate
            // (captions, `Baca juga` lines).
            q.retain(|q| anat.body.contains(q.span) && !inside_any(&boiler, q.span));
            q
        } else {
            Vec::new()
        };

        // The article's date: a page's, its date line's, else the
        // analyser's.
        let reference_date = published
            .or_else(|| crate::anatomy::published(&anat.parts, anat.body))
            .and_then(|d| d.get(..10)?.parse().ok())
            .or(self.reference);
        let values = if layers.contains(Layers::VALUES) {
            let mut v = crate::values::values_of(text, &doc.toks, doc.lexemes(), reference_date);
            // The article text's values: where its tokens are.
            v.retain(|v| {
                let i = doc.toks.partition_point(|t| t.start < v.span.start);
                kept.binary_search(&(i as u32)).is_ok()
            });
            v
        } else {
            Vec::new()
        };

        // The signature reads the body's own sentences: no boilerplate, no
        // dateline or credit line, which copies rewrite.
        let signature = layers.contains(Layers::SIGNATURE).then(|| {
            let skip: Vec<Span> = anat
                .parts
                .iter()
                .filter(|p| {
                    p.kind.is_boilerplate()
                        || matches!(
                            p.kind,
                            PartKind::Dateline
                                | PartKind::Source
                                | PartKind::Byline
                                | PartKind::Title
                        )
                })
                .map(|p| p.span)
                .collect();
            let mut skip = skip;
            skip.sort_unstable_by_key(|p| p.start);
            let spans: Vec<Span> = doc.sentence_spans().iter().map(|(s, _)| *s).collect();
            let lex = doc.lexemes();
            let toks = &doc.toks;
            let first = toks.partition_point(|t| t.start < anat.body.start);
            let mut p = 0;
            let words = (first..toks.len()).take_while(|&i| toks[i].end <= anat.body.end).filter(
                move |&i| {
                    let t = toks[i];
                    while p < skip.len() && skip[p].end <= t.start {
                        p += 1;
                    }
                    !(p < skip.len() && skip[p].start <= t.start && t.end <= skip[p].end)
                },
            );
            crate::dedup::Signature::of_tokens(text, toks, &lex, words, &spans)
        });

        let topics = if layers.contains(Layers::TOPICS) {
            match &self.model {
                None => crate::topics::score_builtin(
                    text,
                    &doc.toks,
                    doc.lexemes(),
                    read(),
                    Some(&entities),
                ),
                Some(m) => m.score_words(read().filter_map(|i| {
                    let t = doc.toks[i];
                    (t.kind == TokenKind::Word).then(|| &text[t.start..t.end])
                })),
            }
        } else {
            Vec::new()
        };

        let keywords = if layers.contains(Layers::KEYWORDS) {
            crate::keywords::keywords(
                text,
                &doc.toks,
                doc.lexemes(),
                read(),
                &entities.mentions,
                self.keywords,
            )
        } else {
            Vec::new()
        };

        let stats = if layers.contains(Layers::SENTENCES) {
            let words = article()
                .filter(|&i| {
                    let t = doc.toks[i];
                    t.kind == TokenKind::Word
                        && anat.body.start <= t.start
                        && t.end <= anat.body.end
                })
                .count();
            Stats {
                bytes: text.len(),
                chars: text.chars().count(),
                words,
                sentences: sentences.len(),
            }
        } else {
            Stats::default()
        };
        Analysis {
            version: ANALYSIS_VERSION,
            language,
            languages,
            body: anat.body,
            anatomy: anat.parts,
            sentences,
            entities,
            quotes,
            values,
            reference_date,
            signature,
            topics,
            keywords,
            stats,
            #[cfg(feature = "html")]
            metadata: None,
            text,
            char_offsets: self.char_offsets,
        }
    }

    /// Analyses an HTML page read by [`crate::Page::from_html`] (feature
    /// `html`): the analysis of its [`crate::Page::text`], whose offsets it
    /// reports, with the page's metadata. The page's outlet is linked to
    /// this analyser's gazetteer by its domain (`jabar.tribunnews.com` →
    /// `outlet:tribunnews`). The analysis borrows the page's text, as it
    /// borrows any text: read the page first, then analyse it.
    ///
    /// ```
    /// use warta::{Analyzer, Page};
    ///
    /// let html = r#"<html><head><title>Inflasi Melandai - Kompas.com</title>
    /// <script type="application/ld+json">{"@context": "https://schema.org",
    ///  "@type": "NewsArticle", "headline": "Inflasi Melandai",
    ///  "datePublished": "2026-02-03T09:12:00+07:00",
    ///  "author": {"@type": "Person", "name": "Budi Santoso"}}</script></head>
    /// <body><h1>Inflasi Melandai</h1><div class="read__content">
    /// <p>JAKARTA, KOMPAS.com - Badan Pusat Statistik mencatat inflasi tahunan melandai
    /// pada Januari 2026, terutama karena harga pangan yang turun setelah panen.</p>
    /// <p>Bank Indonesia memperkirakan inflasi tetap berada dalam sasaran sepanjang tahun.</p>
    /// </div></body></html>"#;
    /// let page = Page::from_html(html, Some("https://money.kompas.com/read/2026/02/03/inflasi"));
    /// let a = Analyzer::new().analyze_html(&page);
    /// let meta = a.metadata.as_ref().unwrap();
    /// assert_eq!(meta.authors[0].value, "Budi Santoso");
    /// assert_eq!(meta.outlet.as_deref(), Some("outlet:kompas"));
    /// assert!(a.entities.linked.iter().any(|l| l.entity.id == "inst:bi"));
    /// assert!(a.text()[a.body.range()].starts_with("JAKARTA, KOMPAS.com"));
    /// ```
    #[cfg(feature = "html")]
    pub fn analyze_html<'p>(&self, page: &'p crate::html::Page) -> Analysis<'p> {
        self.analyze_html_layers(page, Layers::ALL)
    }

    /// [`Analyzer::analyze_html`], computing only `layers`, as
    /// [`Analyzer::analyze_layers`] does for text.
    #[cfg(feature = "html")]
    pub fn analyze_html_layers<'p>(
        &self,
        page: &'p crate::html::Page,
        layers: Layers,
    ) -> Analysis<'p> {
        let published = page.metadata.published.as_ref().map(|f| f.value.as_str());
        let mut a = self.analyze_body(&page.text, layers, Some(page.body), published);
        let mut meta = page.metadata.clone();
        meta.outlet = meta
            .domain
            .as_ref()
            .and_then(|d| self.gazetteer().outlet_of_host(&d.value))
            .map(|e| e.id.clone());
        a.metadata = Some(meta);
        a
    }
}

/// The boilerplate parts' spans, in text order, merged where they overlap.
fn boilerplate(anat: &Anatomy) -> Vec<Span> {
    let mut boiler: Vec<Span> =
        anat.parts.iter().filter(|p| p.kind.is_boilerplate()).map(|p| p.span).collect();
    boiler.sort_unstable_by_key(|b| b.start);
    boiler.dedup_by(|b, a| {
        let overlaps = b.start < a.end;
        if overlaps {
            a.end = a.end.max(b.end);
        }
        overlaps
    });
    boiler
}

/// The tokens of `kept` (indices into `toks`, in order) without the
/// credits: the bylines and source lines of the anatomy `parts`, and the
/// credit lines [`credit_line`] finds (also without anatomy), from the
/// label to the line's end. `None` when there is no credit (most texts):
/// then nothing is copied.
fn without_credits(text: &str, toks: &[Tok], kept: &[u32], parts: &[Part]) -> Option<Vec<u32>> {
    let mut credits: Vec<Span> = parts
        .iter()
        .filter(|p| matches!(p.kind, PartKind::Byline | PartKind::Source))
        .map(|p| p.span)
        .collect();
    // Lines are found by memchr; only their first bytes are read.
    let mut at = 0;
    let breaks = memchr::memchr_iter(b'\n', text.as_bytes()).chain([text.len()]);
    for end in breaks {
        let line = &text[at..end];
        if let Some(skip) = credit_line(line) {
            credits.push(Span::new(at + skip, at + line.trim_end().len()));
        }
        at = end + 1;
    }
    if credits.is_empty() {
        return None;
    }
    credits.sort_unstable_by_key(|c| c.start);
    let mut out = Vec::with_capacity(kept.len());
    let mut c = 0;
    for &i in kept {
        let t = toks[i as usize];
        while c < credits.len() && credits[c].end <= t.start {
            c += 1;
        }
        // Credits may overlap (an anatomy byline that opens with a label):
        // a token is out if any credit from here on covers its start.
        let inside =
            credits[c..].iter().take_while(|s| s.start <= t.start).any(|s| t.start < s.end);
        if !inside {
            out.push(i);
        }
    }
    Some(out)
}

/// Indices of the tokens outside `boiler` (sorted, not overlapping).
fn kept_tokens(toks: &[Tok], body: Span, boiler: &[Span], own: &[Span]) -> Vec<u32> {
    let mut kept = Vec::with_capacity(toks.len());
    let (mut b, mut o) = (0, 0);
    for (i, t) in toks.iter().enumerate() {
        while b < boiler.len() && boiler[b].end <= t.start {
            b += 1;
        }
        while o < own.len() && own[o].end <= t.start {
            o += 1;
        }
        let in_boiler = b < boiler.len() && boiler[b].start <= t.start && t.end <= boiler[b].end;
        let in_body = body.start <= t.start && t.end <= body.end;
        let in_own = o < own.len() && own[o].start <= t.start && t.end <= own[o].end;
        if in_body && !in_boiler || in_own {
            kept.push(i as u32);
        }
    }
    kept
}

/// Whether `span` lies inside one of `sorted`, spans in text order that do
/// not overlap: a binary search, so that a text of many boilerplate lines
/// costs no more per sentence than a text of few.
fn inside_any(sorted: &[Span], span: Span) -> bool {
    let k = sorted.partition_point(|b| b.start <= span.start);
    k > 0 && sorted[k - 1].contains(span)
}

/// Extracts entities from the article `text` with the built-in gazetteer:
/// exactly the [`Analysis::entities`] of [`Analyzer::analyze`] (boilerplate
/// left out).
///
/// # Example
///
/// ```
/// use warta::{entities, EntityClass};
///
/// let found = entities("Xiaomi Inc membuka toko di Singapura, kata Reuters.");
/// let ids: Vec<&str> = found.linked.iter().map(|e| e.entity.id.as_str()).collect();
/// assert!(ids.contains(&"org:xiaomi") && ids.contains(&"country:SG") && ids.contains(&"outlet:reuters"));
/// assert_eq!(found.mentions[0].text, "Xiaomi Inc");
/// assert_eq!(found.linked[0].entity.class, EntityClass::Org);
/// ```
pub fn entities(text: &str) -> Entities<'_> {
    ARTICLE.analyze_layers(text, Layers::ENTITIES).entities
}

/// Scores the article `text` against warta's built-in news taxonomy, with
/// the entities' signals: exactly the [`Analysis::topics`] of
/// [`Analyzer::analyze`]. Every topic of [`TOPICS`](crate::TOPICS), ranked
/// by score (highest first; ties in `TOPICS` order).
///
/// # Example
///
/// ```
/// let topics = warta::topics("Timnas menang 2-0 dalam laga final Piala AFF; pelatih memuji para pemain.");
/// assert_eq!(topics[0].label, "olahraga");
/// assert!(topics[0].score > 0.5);
/// assert!(topics[0].evidence.iter().any(|e| e == "pelatih"));
/// let abroad = warta::topics("Menteri Luar Negeri bertemu mitranya dari Jepang dan Korea Selatan di Tokyo.");
/// assert_eq!(abroad[0].label, "internasional");
/// ```
pub fn topics(text: &str) -> Vec<TopicScore> {
    ARTICLE.analyze_layers(text, Layers::TOPICS).topics
}

/// Detects the language of `text` read as plain text (a sentence, a
/// headline, a snippet: no anatomy): the [`Analysis::language`] of an
/// [`Analyzer`] with [`Analyzer::whole_text`], and what `warta lang --lines`
/// prints for each line.
///
/// Text in another script goes to whatlang. Latin-script text is weighed by
/// warta's own evidence: function words of Indonesian/Malay, Javanese,
/// Sundanese and English (`data/lid_words.tsv`), and, between Indonesian and
/// Malay, a word model trained on news (`data/lid_idms.tsv`, see
/// `scripts/build_lid.py`). Latin text without any of these function words
/// goes to whatlang. The evidence of the whole text decides. `None` when
/// the text has no letters, or no language can be named.
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
    // The snippet language of `run` (the evidence of all its words) without
    // building a document: the same entries, read from the tokens directly.
    detect_with(text, Prior::Neutral)
}

/// [`detect`] with a [`Prior`]: what the detector assumes of the text
/// before it reads it (`Prior::Indonesian` for an Indonesian feed).
///
/// # Example
///
/// ```
/// use warta::{detect_with, Language, Prior};
///
/// let d = detect_with("Kerajaan negeri akan membantu.", Prior::Indonesian).unwrap();
/// assert_eq!(d.language, Language::Malay); // the evidence still wins
/// ```
pub fn detect_with(text: &str, prior: Prior) -> Option<Detection> {
    crate::language::detect_text(text, prior)
}

/// Detects the language of the article `text` (its body) and of each of its
/// sentences, so that an English quote or an English author bio in an
/// Indonesian article is labelled, and summarises the mix: the language
/// layer of [`Analyzer::analyze`].
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
    let a = ARTICLE.analyze_layers(text, Layers::SENTENCES);
    DocumentLanguages { document: a.language, sentences: a.sentences, mix: a.languages }
}

#[cfg(feature = "serde")]
impl<'t> Analysis<'t> {
    /// The language layer as `warta lang` prints it: `{"language",
    /// "languages", "sentences"}`, the same values as in the whole
    /// analysis's JSON.
    pub fn language_json(&self) -> impl serde::Serialize + '_ {
        json::Fields { analysis: self, fields: json::field::LANGUAGE }
    }

    /// The entity layer as `warta entities` prints it: `{"entities",
    /// "linked"}` (each linked entity with the quotes it said, when the
    /// analysis computed [`Layers::QUOTES`]).
    pub fn entities_json(&self) -> impl serde::Serialize + '_ {
        json::Fields { analysis: self, fields: json::field::ENTITIES | json::field::SAID }
    }

    /// The value layer as `warta values` prints it: `{"reference_date",
    /// "values"}`.
    pub fn values_json(&self) -> impl serde::Serialize + '_ {
        json::Fields { analysis: self, fields: json::field::VALUES }
    }

    /// The quote layer as `warta quotes` prints it: `{"quotes"}`.
    pub fn quotes_json(&self) -> impl serde::Serialize + '_ {
        json::Fields { analysis: self, fields: json::field::QUOTES }
    }

    /// The topic layer as `warta topics` prints it: `{"topics"}`.
    pub fn topics_json(&self) -> impl serde::Serialize + '_ {
        json::Fields { analysis: self, fields: json::field::TOPICS }
    }
}

#[cfg(feature = "serde")]
mod json;
#[cfg(feature = "serde")]
mod jsonl;
#[cfg(feature = "serde")]
pub use json::{TokenRow, token_rows};
#[cfg(all(feature = "serde", feature = "html"))]
pub use jsonl::analyze_html_json_line;
#[cfg(feature = "serde")]
pub use jsonl::{analyze_json_line, error_json_line};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn analysis_of_odd_input() {
        let a = Analyzer::new();
        for t in ["", "\n\n", "123", "中文", "Baca juga: x"] {
            let r = a.analyze(t);
            assert!(r.body.start <= r.body.end && r.body.end <= t.len(), "{t:?}");
        }
    }

    #[test]
    fn credit_lines() {
        for credit in [
            "Penulis: Andi Saputra",
            "  Editor : Budi | Foto: Antara",
            "FOTO: ANTARA/Hafidz Mubarak",
            "Oleh Andi Saputra",
            "By Didik Purwanto",
            "Laporan wartawan Kompas.com, Dewi Sari",
            "penulis: kontributor daerah",
        ] {
            assert!(credit_line(credit).is_some(), "{credit:?}");
        }
        for text in [
            "Oleh karena itu, harga naik.",
            "Oleh Presiden Jokowi Undang-Undang Itu Ditandatangani.",
            "Penulisnya: Andi",
            "Kata dia: harga naik.",
            "Jakarta - Penulis: Andi",
            "",
            "Ünïcode: x",
        ] {
            assert!(credit_line(text).is_none(), "{text:?}");
        }
        // From the label to the end of the line, whatever the anatomy.
        let text = "Harga beras naik di pasar.\nFoto: Guru Besar\nPedagang mengeluh.";
        let doc = Document::new(text);
        let kept: Vec<u32> = (0..doc.len() as u32).collect();
        let read = without_credits(text, &doc.toks, &kept, &[]).unwrap();
        let words: Vec<&str> = read.iter().map(|&i| doc.token(i as usize).as_str()).collect();
        assert!(words.contains(&"beras") && words.contains(&"Pedagang"), "{words:?}");
        assert!(!words.iter().any(|w| ["Foto", "Guru", "Besar"].contains(w)), "{words:?}");
        assert_eq!(without_credits("Harga naik.", &doc.toks[..0], &[], &[]), None);
    }

    #[test]
    fn stand_alone_functions_are_the_analysis_layers() {
        let text = "ekonomi\n\nJAKARTA, KOMPAS.com - Bank Indonesia menahan suku bunga acuan di 6 persen, kata Gubernur BI di Jakarta.\n\nBaca juga: Rupiah menguat di Tokyo\n\nSumber: Antara";
        let a = Analyzer::new().analyze(text);
        assert_eq!(entities(text), a.entities);
        assert_eq!(topics(text), a.topics);
        let d = detect_document(text);
        assert_eq!((d.document, &d.sentences, &d.mix), (a.language, &a.sentences, &a.languages));
        let plain = Analyzer::new().whole_text(true).analyze(text);
        assert_eq!(detect(text), plain.language);
        // Boilerplate is left out: Tokyo is only in the `Baca juga` line.
        assert!(!a.entities.linked.iter().any(|e| e.entity.name.contains("Tokyo")));
        assert!(plain.entities.linked.iter().any(|e| e.entity.name.contains("Tokyo")));
    }
}
