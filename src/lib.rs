/*!
warta analyses Indonesian news text, fast.

It tokenizes with byte offsets following the conventions of the UD
Indonesian treebanks, reports the syntactic words inside clitic-bearing
tokens, splits sentences knowing Indonesian abbreviations, numbers, quotes and
headlines, and reduces words to their roots with its own Indonesian stemmer.

# Pipeline

* [`tokenize`] — lazy, non-allocating [`Token`]s with [`Span`]s and
  [`TokenKind`]s;
* [`Token::words`] / [`split_clitics`] — `rumahnya` → `rumah` + `nya`;
* [`sentences`] — lazy [`Sentence`] spans, each able to give its tokens;
* [`Stemmer`] / [`stem`] — `penyelidikan` → `selidik`, validated against a
  root [`Lexicon`]; [`stem_tala`] for the Snowball algorithm; English through
  rust-stemmers ([`Stemmer::stem_in`]);
* [`normalize`], [`lowercase`], [`standard_spelling`], [`is_stopword`] —
  case folding, informal spellings (`yg` → `yang`), stopwords;
* [`detect`] / [`detect_document`] — the [`Language`] of a text and of each
  sentence, telling Indonesian from Malay, Javanese, Sundanese and English;
* [`entities`] / [`Gazetteer`] — companies, countries, outlets, institutions
  and places from built-in gazetteers, with canonical ids and byte spans;
* [`topics`] / [`TopicModel`] — a built-in news taxonomy, or a model trained
  on your own labels;
* [`anatomy`] — slug, title, dateline, bylines, sources and boilerplate of a
  scraped article, and its body;
* [`Document`] — a text read once: tokens, sentences and per-word features,
  which every stage of the analysis reads;
* [`Analyzer`] — all of the above in one call, as an [`Analysis`]. The
  stand-alone [`entities`], [`topics`] and [`detect_document`] return
  exactly the corresponding layer of [`Analyzer::analyze`]; [`detect`] reads
  a snippet as plain text ([`Analyzer::whole_text`]).

Every stage accepts any `&str` and never panics; only loading user data
([`Lexicon::from_tsv`], [`Gazetteer::from_tsv`], [`TopicModel::train`] and
`TopicModel::from_json`) returns an [`Error`].

# Example

```
use warta::{sentences, tokenize, Stemmer, TokenKind};

let text = "JAKARTA, KOMPAS.com - Pemerintah Taiwan menyelidiki Xiaomi Inc. \
            \"Kami kooperatif,\" kata juru bicaranya. Sahamnya turun 2,5%.";

let words: Vec<&str> = tokenize(text)
    .filter(|t| t.kind() == TokenKind::Word)
    .map(|t| t.as_str())
    .collect();
assert_eq!(&words[..4], ["JAKARTA", "Pemerintah", "Taiwan", "menyelidiki"]);

let url = tokenize(text).find(|t| t.kind() == TokenKind::Url).unwrap();
assert_eq!((url.as_str(), url.start()), ("KOMPAS.com", 9));

let clitic = tokenize(text).find(|t| t.as_str() == "bicaranya").unwrap();
assert_eq!(clitic.words().collect::<Vec<_>>(), ["bicara", "nya"]);

// `Inc.` closes the first sentence: a quotation opens the next.
assert_eq!(sentences(text).count(), 3);

let stemmer = Stemmer::new();
assert_eq!(stemmer.stem("menyelidiki"), "selidik");
assert_eq!(stemmer.stem("Pemerintah"), "perintah");
```

# Limits

Scraped text holds base64 blobs, minified scripts, binary junk and
megabyte-long lines. Every stage takes time linear in its input and memory
bounded by it; these limits are what keep it so, and none of them loses text:

| limit | value | what happens beyond it, and why |
|---|---|---|
| [`MAX_TOKEN_LEN`] | 64 KiB | a longer run without a break is cut into several opaque tokens on `char` boundaries: no language has such words, and per-token work stays bounded |
| [`MAX_STEM_LEN`] | 48 bytes | a longer word is its own stem: no Indonesian word comes near it, and stemming works in fixed stack buffers |
| [`MAX_BOILERPLATE_LINE`] | 400 bytes | a longer line is article text, never boilerplate: prompts, bylines, captions and forms are short |
| [`WHATLANG_SAMPLE`] | 16 KiB | text handed to whatlang (another script, or Latin text with none of warta's function words) is identified from its first 16 KiB: the trigram profile is settled long before, and the cost would otherwise grow with the text |
| [`ENTITY_SEGMENT`] | 1 MiB | [`Gazetteer::extract`] searches a longer text in segments cut at line breaks and merged, so its token buffer stays bounded; abbreviations are linked within a segment. The analysis reads its [`Document`]'s tokens whole: a document holds about 60 bytes per token, linear in the text |
| language words | 24 bytes | a longer word is not language evidence: no function word is that long |
| headlines | 300 bytes | a longer line is not a title-case headline (which turns off name patterns) |
| per-thread caches | 500,000 words | the document's word table and its stem table start again when full, so a stream of unique junk words cannot grow them without end |
| `warta batch --max-line-bytes` | 64 MiB | a longer input line is skipped without being held in memory and gets an error record with its line number |

# Crate features

* `cli` (default) — the `warta` command-line program; pulls in `clap`,
  `csv`, `rayon`, `indicatif` and `ctrlc` (a clean stop of `warta batch` on
  Ctrl-C or SIGTERM) and turns on `serde`. Library users can opt out with
  `default-features = false`.
* `serde` — `Serialize` for the output types ([`Analysis`] among them),
  `Serialize`/`Deserialize` for [`Span`], [`Algorithm`], [`Language`] and
  [`TopicModel`], which it saves and loads as JSON (`serde_json`).
*/

#![deny(missing_docs)]

// Modules in pipeline order; each depends only on those above it.
mod analysis;
mod anatomy;
mod clitic;
mod data;
mod dedup;
mod document;
mod entities;
mod error;
mod hash;
#[cfg(feature = "html")]
mod html;
mod keywords;
mod lang;
mod language;
mod normalize;
mod quotes;
mod sentence;
mod span;
mod stem;
mod token;
mod tokenize;
mod topics;
mod values;
mod words;

#[cfg(all(feature = "serde", feature = "html"))]
pub use crate::analysis::analyze_html_json_line;
pub use crate::analysis::{
    ANALYSIS_VERSION, Analysis, Analyzer, Layers, Stats, detect, detect_document, detect_with,
    entities, topics,
};
#[cfg(feature = "serde")]
pub use crate::analysis::{TokenRow, analyze_json_line, error_json_line, token_rows};
pub use crate::anatomy::{Anatomy, MAX_BOILERPLATE_LINE, Part, PartKind, anatomy};
pub use crate::clitic::{Words, split_clitics};
pub use crate::dedup::{
    Assignment, BANDS, FeedRecord, MINHASH_LEN, ROWS, SOURCES, Signature, Similarity, cluster,
    credited, parse_time, signature, similarity, source_of_url,
};
pub use crate::document::Document;
pub use crate::entities::{
    ENTITY_SEGMENT, Entities, Entity, EntityClass, Found, Gazetteer, Mention, Source, Tagger,
};
pub use crate::error::Error;
#[cfg(feature = "html")]
pub use crate::html::{Field, FieldSource, Metadata, Page};
pub use crate::keywords::Keyword;
pub use crate::lang::Language;
pub use crate::language::{
    Detection, DocumentLanguages, LanguageShare, Prior, SentenceLanguage, WHATLANG_SAMPLE,
};
pub use crate::normalize::{is_stopword, lowercase, normalize, standard_spelling};
pub use crate::quotes::{Quote, QuoteKind, Speaker};
pub use crate::sentence::sentences;
pub use crate::sentence::{Sentence, Sentences};
pub use crate::span::Span;
pub use crate::stem::{Algorithm, Lexicon, MAX_STEM_LEN, Stemmer, stem, stem_tala};
pub use crate::token::{Token, TokenKind};
pub use crate::tokenize::{Abbreviation, MAX_TOKEN_LEN, Tokens, tokenize};
pub use crate::topics::{TOPICS, TopicModel, TopicScore};
pub use crate::values::{CalendarDate, Reading, Value, ValueKind, values};

#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
