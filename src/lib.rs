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
* [`Analyzer`] — all of the above in one call, as an [`Analysis`].

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

assert_eq!(sentences(text).count(), 2);

let stemmer = Stemmer::new();
assert_eq!(stemmer.stem("menyelidiki"), "selidik");
assert_eq!(stemmer.stem("Pemerintah"), "perintah");
```

# Crate features

* `cli` (default) — the `warta` command-line program; pulls in `clap`,
  `csv`, `rayon` and `indicatif` and turns on `serde`. Library users can opt
  out with `default-features = false`.
* `serde` — `Serialize` for the output types ([`Analysis`] among them),
  `Serialize`/`Deserialize` for [`Span`], [`Algorithm`], [`Language`] and
  [`TopicModel`], which it saves and loads as JSON (`serde_json`).
*/

#![deny(missing_docs)]

mod analyze;
mod anatomy;
mod clitic;
mod data;
mod entities;
mod error;
mod language;
mod normalize;
mod sentence;
mod span;
mod stem;
mod token;
mod tokenize;
mod topics;

pub use crate::analyze::{
    ANALYSIS_VERSION, Analysis, Analyzer, EntityInfo, Keyword, LanguageInfo, LanguageMix,
    MentionInfo, Offsets, PartInfo, SentenceInfo, Stats,
};
#[cfg(feature = "serde")]
pub use crate::analyze::{analyze_json_line, error_json_line};
pub use crate::anatomy::{Anatomy, Part, PartKind, anatomy};
pub use crate::clitic::{Words, split_clitics};
pub use crate::entities::{
    ENTITY_SEGMENT, Entities, Entity, EntityClass, Found, Gazetteer, Mention, Source, entities,
};
pub use crate::error::Error;
pub use crate::language::{
    Detection, DocumentLanguages, Language, LanguageShare, SentenceLanguage, detect,
    detect_document,
};
pub use crate::normalize::{is_stopword, lowercase, normalize, standard_spelling};
pub use crate::sentence::{Sentence, Sentences, sentences};
pub use crate::span::Span;
pub use crate::stem::{Algorithm, Lexicon, Stemmer, stem, stem_tala};
pub use crate::token::{Token, TokenKind};
pub use crate::tokenize::{Abbreviation, MAX_TOKEN_LEN, Tokens, tokenize};
pub use crate::topics::{TOPICS, TopicModel, TopicScore, topics, topics_with_entities};

#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
