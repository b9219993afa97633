//! Gazetteers: entities with their surface forms, loaded from TSV.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::sync::{Arc, LazyLock};

use super::table::{ByteMap, FoldedTable, key_hash, pair_key_hash};
use crate::error::Error;
use crate::hash::WordHasher;
use crate::token::TokenKind;
use crate::tokenize::tokenize;

/// The coarse class of an entity, as NER data sets label them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub enum EntityClass {
    /// Organisations: companies, institutions, parties, outlets, clubs.
    #[cfg_attr(feature = "serde", serde(rename = "ORG"))]
    Org,
    /// Locations: countries, provinces, cities, regions, landmarks.
    #[cfg_attr(feature = "serde", serde(rename = "LOC"))]
    Loc,
    /// People.
    #[cfg_attr(feature = "serde", serde(rename = "PER"))]
    Per,
    /// Everything else: products, events.
    #[cfg_attr(feature = "serde", serde(rename = "MISC"))]
    Misc,
}

impl EntityClass {
    /// The class as NER data writes it: `ORG`, `LOC`, `PER`, `MISC`.
    pub const fn as_str(self) -> &'static str {
        match self {
            EntityClass::Org => "ORG",
            EntityClass::Loc => "LOC",
            EntityClass::Per => "PER",
            EntityClass::Misc => "MISC",
        }
    }

    fn parse(s: &str) -> Option<EntityClass> {
        Some(match s {
            "ORG" => EntityClass::Org,
            "LOC" => EntityClass::Loc,
            "PER" => EntityClass::Per,
            "MISC" => EntityClass::Misc,
            _ => return None,
        })
    }

    /// The class of a fine kind, if warta knows the kind.
    pub fn of_kind(kind: &str) -> Option<EntityClass> {
        Some(match kind {
            "company" | "brand" | "outlet" | "agency" | "institution" | "ministry" | "party"
            | "organization" | "university" | "club" => EntityClass::Org,
            "country" | "territory" | "province" | "regency" | "city" | "region" | "district"
            | "island" | "sea" | "mountain" | "landmark" | "place" => EntityClass::Loc,
            "person" => EntityClass::Per,
            "product" | "event" => EntityClass::Misc,
            _ => return None,
        })
    }
}

/// One entity of a gazetteer: canonical id and name, fine kind, coarse
/// class and attributes (ticker, ISO code, domain, owner, ...).
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Entity {
    /// Canonical id: ISO 3166 alpha-2 for countries (`TW`), `idx:TICKER` for
    /// listed Indonesian companies, `wilayah:CODE` for Indonesian regions,
    /// `geo:ID` for GeoNames cities, `outlet:…`, `org:…`, `inst:…`, ….
    pub id: String,
    /// The fine kind: `company`, `brand`, `product`, `country`, `outlet`,
    /// `institution`, `ministry`, `party`, `province`, `city`, ….
    pub kind: String,
    /// The canonical name.
    pub name: String,
    /// The coarse class.
    pub class: EntityClass,
    /// Attributes as key and value, in file order (`ticker`, `iso3`,
    /// `domain`, `owner`, `country`, …).
    pub attrs: Vec<(String, String)>,
}

impl Entity {
    /// The value of an attribute.
    pub fn attr(&self, key: &str) -> Option<&str> {
        self.attrs.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str())
    }
}

/// How a surface form must appear in text to match.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Rule {
    /// Any case, but the text must start with a capital (or match exactly).
    Name,
    /// Exact case (`=`): abbreviations.
    Exact,
    /// Exact case and not sentence-initial (`~`): names that are also
    /// common words; outlets also need a source cue.
    Ambiguous,
    /// A stock ticker: exact case, in parentheses or after `saham`/`emiten`.
    Ticker,
}

#[derive(Clone, Debug)]
pub(crate) struct Surface {
    /// The surface's tokens as written (trailing periods trimmed).
    pub(crate) tokens: Box<[Box<str>]>,
    pub(crate) entity: u32,
    pub(crate) rule: Rule,
}

type Map<V> = HashMap<Box<str>, V, BuildHasherDefault<WordHasher>>;

/// A 4096-bit filter keyed by a token's first two bytes and its length:
/// no false negatives, few false positives for the handful of lower-case
/// names.
#[derive(Clone, Debug)]
pub(crate) struct LowerFilter([u64; 64]);

impl Default for LowerFilter {
    fn default() -> Self {
        LowerFilter([0; 64])
    }
}

impl LowerFilter {
    #[inline]
    fn slot(b: &[u8]) -> usize {
        let b0 = usize::from(b.first().copied().unwrap_or(0));
        let b1 = usize::from(b.get(1).copied().unwrap_or(0));
        (b0.wrapping_mul(31) ^ b1.wrapping_mul(131) ^ b.len().wrapping_mul(2053)) & 4095
    }

    fn insert(&mut self, b: &[u8]) {
        let s = Self::slot(b);
        self.0[s >> 6] |= 1 << (s & 63);
    }

    #[inline]
    fn may_contain(&self, b: &[u8]) -> bool {
        let s = Self::slot(b);
        self.0[s >> 6] & (1 << (s & 63)) != 0
    }
}

/// The surfaces that start with one token.
#[derive(Clone, Debug, Default)]
pub(crate) struct Bucket {
    /// One-token surfaces (several when their rules differ).
    pub(crate) single: Vec<u32>,
    /// Whether some longer surface starts with this token.
    pub(crate) multi: bool,
    /// What the token is to the naming patterns: [`FLAG_STOP`],
    /// [`FLAG_LEGAL`], [`FLAG_HEAD`].
    pub(crate) flags: u8,
}

/// A stopword (`Namun`, `Saat`): not the start of a name.
pub(crate) const FLAG_STOP: u8 = 1;
/// A legal-form suffix (`Inc`, `Tbk`).
pub(crate) const FLAG_LEGAL: u8 = 2;
/// A head word of an organisation or place name (`Kementerian`, `Desa`).
pub(crate) const FLAG_HEAD: u8 = 4;

/// A set of entities and the surface forms that name them, ready to match
/// on token boundaries.
///
/// [`Gazetteer::builtin`] holds warta's own lists (see `data/README.md`);
/// [`Gazetteer::with_user_tsv`] merges a user file into them.
///
/// # Format
///
/// One entity per line, tab-separated: `id`, `kind`, `name`, surfaces
/// separated by `|`, and optional attributes `key=value;key=value`. A
/// surface prefixed `=` matches only in its exact case; one prefixed `~`
/// also never at the start of a sentence (for names that are common words).
/// A kind warta does not know needs a `class=ORG|LOC|PER|MISC` attribute.
/// A line whose id is already defined adds its surfaces and attributes to
/// that entity (kind and name may then be `-`). `#` starts a comment line.
///
/// ```
/// use warta::Gazetteer;
///
/// let gaz = Gazetteer::from_tsv("acme\tcompany\tPT Acme Jaya\tAcme|Acme Jaya\tticker=ACME\n").unwrap();
/// let found = gaz.extract("Saham Acme Jaya naik.");
/// assert_eq!(found.linked[0].entity.id, "acme");
///
/// let err = Gazetteer::from_tsv("ok\tcompany\tOk\tOk\n\nbad line\n").unwrap_err();
/// assert_eq!(err.line(), 3);
/// ```
#[derive(Clone, Debug, Default)]
pub struct Gazetteer {
    pub(crate) entities: Vec<Arc<Entity>>,
    pub(crate) surfaces: Vec<Surface>,
    /// Lowercased first token -> its one-token surfaces, and whether
    /// longer surfaces start with it.
    pub(crate) index: FoldedTable<Bucket>,
    /// Lowercased first and second tokens, joined by a space -> surfaces of
    /// two or more tokens, longest first.
    pub(crate) index2: FoldedTable<Vec<u32>>,
    /// First tokens, exactly as written, that do not start with a capital
    /// or a digit (`detikcom`, `iPhone`): only these can match a token that
    /// starts in lower case.
    pub(crate) lower_first: Map<()>,
    /// A bit filter over the first two bytes and the length of the
    /// `lower_first` tokens, to skip nearly every lower-case word without
    /// hashing it.
    pub(crate) lower_filter: LowerFilter,
    /// Second tokens of longer surfaces that start in lower case (`of` in
    /// `Bank of Japan`): after a capitalised word, a lower-case word not
    /// among these cannot continue a name.
    pub(crate) lower_seconds: FoldedTable<()>,
    by_id: Map<u32>,
    /// Outlets and agencies by their `domain` attribute.
    by_domain: Map<u32>,
    /// People (kind `person`) with roles, by the case-folded hash of each
    /// word of their name: a role and a name word together find them.
    pub(crate) people_by_word:
        std::collections::HashMap<u64, Vec<u32>, BuildHasherDefault<WordHasher>>,
    /// The tagger for names no list holds (the built-in model for the
    /// built-in gazetteer and those merged with it).
    pub(crate) tagger: Option<Arc<super::Tagger>>,
}

/// The built-in files, in priority order: where two entities share a
/// surface form, the first file's entity keeps it.
const BUILTIN: [(&str, &str); 11] = [
    ("institutions.tsv", include_str!("../../data/entities/institutions.tsv")),
    ("organizations.tsv", include_str!("../../data/entities/organizations.tsv")),
    ("outlets.tsv", include_str!("../../data/entities/outlets.tsv")),
    ("countries.tsv", include_str!("../../data/entities/countries.tsv")),
    ("places_extra.tsv", include_str!("../../data/entities/places_extra.tsv")),
    ("places_id.tsv", include_str!("../../data/entities/places_id.tsv")),
    ("idx.tsv", include_str!("../../data/entities/idx.tsv")),
    ("companies_world.tsv", include_str!("../../data/entities/companies_world.tsv")),
    ("cities_world.tsv", include_str!("../../data/entities/cities_world.tsv")),
    ("people.tsv", include_str!("../../data/entities/people.tsv")),
    ("events.tsv", include_str!("../../data/entities/events.tsv")),
];

static BUILTIN_GAZETTEER: LazyLock<Gazetteer> = LazyLock::new(|| {
    let mut b = Builder::default();
    for (name, text) in BUILTIN {
        if let Err(e) = b.add_tsv(text, false) {
            // The unit tests load every file, so this cannot happen.
            panic!("data/entities/{name} is valid (checked by tests): {e}");
        }
    }
    let mut g = b.finish().expect("data/entities/ extends only ids it defines (checked by tests)");
    g.tagger = super::Tagger::builtin_arc();
    g
});

impl Gazetteer {
    /// warta's built-in gazetteer (parsed once, on first use): countries and
    /// territories, IDX-listed and major global companies with their brands,
    /// news outlets and agencies, Indonesian institutions, ministries and
    /// parties, international organisations, Indonesian provinces and
    /// regencies/cities, world cities, regions and landmarks.
    pub fn builtin() -> &'static Gazetteer {
        &BUILTIN_GAZETTEER
    }

    /// A gazetteer from one TSV text (see the type's docs for the format).
    ///
    /// # Errors
    ///
    /// A line-numbered [`Error`] for a malformed line.
    pub fn from_tsv(tsv: &str) -> Result<Gazetteer, Error> {
        let mut b = Builder::default();
        b.add_tsv(tsv, true)?;
        b.finish()
    }

    /// The built-in gazetteer merged with a user TSV text: user entities are
    /// added, user lines for a built-in id extend that entity, and a user
    /// surface form takes precedence over a built-in one.
    ///
    /// # Errors
    ///
    /// A line-numbered [`Error`] for a malformed line of `tsv`.
    pub fn with_user_tsv(tsv: &str) -> Result<Gazetteer, Error> {
        let mut b = Builder::default();
        b.add_tsv(tsv, true)?;
        for (_, text) in BUILTIN {
            b.add_tsv(text, false)?;
        }
        let mut g = b.finish()?;
        g.tagger = super::Tagger::builtin_arc();
        Ok(g)
    }

    /// This gazetteer with another tagger for the names it does not hold
    /// (`None`: lists and patterns only). The built-in gazetteer and those
    /// merged with it use the built-in model; [`Gazetteer::from_tsv`] has
    /// none.
    pub fn with_tagger(mut self, tagger: Option<super::Tagger>) -> Gazetteer {
        self.tagger = tagger.map(Arc::new);
        self
    }

    /// The number of entities.
    pub fn len(&self) -> usize {
        self.entities.len()
    }

    /// Whether the gazetteer has no entities.
    pub fn is_empty(&self) -> bool {
        self.entities.is_empty()
    }

    /// The number of surface forms.
    pub fn surface_count(&self) -> usize {
        self.surfaces.len()
    }

    /// The entity with this id.
    pub fn get(&self, id: &str) -> Option<&Entity> {
        self.by_id.get(id).map(|&i| &*self.entities[i as usize])
    }

    /// The outlet or agency whose domain is `host` (lower case, without
    /// `www.`) or the nearest domain it is under: `jabar.tribunnews.com` →
    /// the entity with `domain=tribunnews.com`.
    #[cfg(feature = "html")]
    pub(crate) fn outlet_of_host(&self, host: &str) -> Option<&Entity> {
        let mut h = host;
        loop {
            if let Some(&i) = self.by_domain.get(h) {
                return Some(&self.entities[i as usize]);
            }
            h = h.split_once('.')?.1;
        }
    }

    /// Every entity.
    pub fn entities(&self) -> impl Iterator<Item = &Entity> {
        self.entities.iter().map(|e| &**e)
    }

    /// Whether a token that starts in lower case can begin a surface.
    #[inline]
    pub(crate) fn may_start_lower(&self, token: &str) -> bool {
        let b = token.as_bytes();
        !b.is_empty() && self.lower_filter.may_contain(b) && self.lower_first.contains_key(token)
    }

    /// Whether a token's bytes pass the lower-case filter (a cheap test
    /// before [`Gazetteer::may_start_lower`]).
    #[inline]
    pub(crate) fn lower_filter_hit(&self, b: &[u8]) -> bool {
        self.lower_filter.may_contain(b)
    }

    /// Every surface form with its entity, as written in the files.
    pub fn surfaces(&self) -> impl Iterator<Item = (String, &Entity)> {
        self.surfaces.iter().map(|s| (s.tokens.join(" "), &*self.entities[s.entity as usize]))
    }
}

#[derive(Default)]
struct Builder {
    g: Gazetteer,
    /// The tables of [`Gazetteer`] as they are gathered.
    index: ByteMap<Bucket>,
    index2: ByteMap<Vec<u32>>,
    lower_seconds: ByteMap<()>,
    /// (lowercased surface tokens joined by spaces, rule is exact) -> taken.
    taken: HashMap<String, ()>,
    /// Lines that extend an id not defined yet, retried at the end.
    pending: Vec<(String, usize)>,
    finishing: bool,
}

impl Builder {
    fn add_tsv(&mut self, tsv: &str, strict: bool) -> Result<(), Error> {
        for (n, line) in tsv.lines().enumerate() {
            let lineno = n + 1;
            let line = line.strip_suffix('\r').unwrap_or(line);
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            self.add_line(line, lineno, strict)?;
        }
        Ok(())
    }

    fn add_line(&mut self, line: &str, lineno: usize, strict: bool) -> Result<(), Error> {
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() < 4 || cols.len() > 5 {
            return Err(Error::format(
                lineno,
                format!(
                    "expected 4 or 5 tab-separated columns (id, kind, name, surfaces, attrs), found {}",
                    cols.len()
                ),
            ));
        }
        let (id, kind, name, surfaces) = (cols[0].trim(), cols[1].trim(), cols[2].trim(), cols[3]);
        if id.is_empty() {
            return Err(Error::format(lineno, "empty id"));
        }
        let mut attrs = Vec::new();
        let mut class = None;
        for kv in cols.get(4).copied().unwrap_or("").split(';').filter(|s| !s.trim().is_empty()) {
            let Some((k, v)) = kv.split_once('=') else {
                return Err(Error::format(lineno, format!("attribute {kv:?} is not key=value")));
            };
            let (k, v) = (k.trim(), v.trim());
            if k == "class" {
                class = Some(EntityClass::parse(v).ok_or_else(|| {
                    Error::format(lineno, format!("class {v:?} is not ORG, LOC, PER or MISC"))
                })?);
            } else {
                attrs.push((k.to_string(), v.to_string()));
            }
        }
        let index = match self.g.by_id.get(id) {
            Some(&i) => {
                let e = Arc::make_mut(&mut self.g.entities[i as usize]);
                if kind != "-" && kind != e.kind && strict {
                    return Err(Error::format(
                        lineno,
                        format!("id {id:?} is already a {:?}, not a {kind:?}", e.kind),
                    ));
                }
                if name != "-" && !name.is_empty() && strict {
                    e.name = name.to_string();
                }
                for a in attrs {
                    if !e.attrs.iter().any(|(k, _)| *k == a.0) {
                        e.attrs.push(a);
                    }
                }
                i
            }
            None => {
                if kind == "-" && !self.finishing {
                    self.pending.push((line.to_string(), lineno));
                    return Ok(());
                }
                if kind == "-" || name == "-" || kind.is_empty() || name.is_empty() {
                    return Err(Error::format(
                        lineno,
                        format!("id {id:?} is not defined yet, so it needs a kind and a name"),
                    ));
                }
                let class = match class.or_else(|| EntityClass::of_kind(kind)) {
                    Some(c) => c,
                    None => {
                        return Err(Error::format(
                            lineno,
                            format!("unknown kind {kind:?}: add class=ORG|LOC|PER|MISC"),
                        ));
                    }
                };
                let i = u32::try_from(self.g.entities.len())
                    .map_err(|_| Error::format(lineno, "too many entities"))?;
                self.g.entities.push(Arc::new(Entity {
                    id: id.to_string(),
                    kind: kind.to_string(),
                    name: name.to_string(),
                    class,
                    attrs,
                }));
                self.g.by_id.insert(id.into(), i);
                i
            }
        };
        for s in surfaces.split('|') {
            let s = s.trim();
            let (rule, s) = match s.as_bytes().first() {
                Some(b'=') => (Rule::Exact, &s[1..]),
                Some(b'~') => (Rule::Ambiguous, &s[1..]),
                // An all-capitals name is an abbreviation: exact case.
                _ if s.chars().filter(|c| c.is_alphabetic()).count() >= 2
                    && !s.chars().any(char::is_lowercase) =>
                {
                    (Rule::Exact, s)
                }
                _ => (Rule::Name, s),
            };
            self.add_surface(s, index, rule);
        }
        let ticker = self.g.entities[index as usize].attr("ticker").map(str::to_string);
        if let Some(t) =
            ticker.filter(|t| t.len() >= 3 && t.bytes().all(|b| b.is_ascii_uppercase()))
        {
            self.add_surface(&t, index, Rule::Ticker);
        }
        Ok(())
    }

    fn add_surface(&mut self, s: &str, entity: u32, rule: Rule) {
        let tokens: Box<[Box<str>]> = tokenize(s)
            .filter(|t| !matches!(t.kind(), TokenKind::Punct) || t.as_str() != ".")
            .map(|t| trim_period(t.as_str()).into())
            .collect();
        if tokens.is_empty() {
            return;
        }
        let key = tokens.iter().map(|t| t.to_lowercase()).collect::<Vec<_>>().join(" ");
        let exact = matches!(rule, Rule::Exact | Rule::Ambiguous | Rule::Ticker);
        let taken_key = if exact { format!("={}", tokens.join(" ")) } else { key };
        if self.taken.insert(taken_key, ()).is_some() {
            return;
        }
        let i = self.g.surfaces.len() as u32;
        let first = tokens[0].to_lowercase();
        if !tokens[0].starts_with(|c: char| c.is_uppercase() || c.is_numeric()) {
            let b = tokens[0].as_bytes();
            self.g.lower_filter.insert(b);
            self.g.lower_first.insert(tokens[0].clone(), ());
        }
        let bucket = self.index.entry(first.clone().into_bytes().into_boxed_slice()).or_default();
        if tokens.len() == 1 {
            bucket.single.push(i);
        } else {
            bucket.multi = true;
            if !tokens[1].starts_with(|c: char| c.is_uppercase()) {
                self.lower_seconds.insert(tokens[1].to_lowercase().into_bytes().into(), ());
            }
            let key = format!("{first} {}", tokens[1].to_lowercase());
            self.index2.entry(key.into_bytes().into_boxed_slice()).or_default().push(i);
        }
        self.g.surfaces.push(Surface { tokens, entity, rule });
    }

    /// Applies the pending extension lines, marks the words the naming
    /// patterns look for, then sorts the index.
    fn finish(mut self) -> Result<Gazetteer, Error> {
        self.finishing = true;
        for (line, lineno) in std::mem::take(&mut self.pending) {
            self.add_line(&line, lineno, true)?;
        }
        let marks = crate::data::STOPWORDS
            .iter()
            .map(|w| (*w, FLAG_STOP))
            .chain(super::LEGAL_SUFFIXES.iter().map(|w| (*w, FLAG_LEGAL)))
            .chain(super::HEADS.keys().map(|w| (*w, FLAG_HEAD)));
        for (word, flag) in marks {
            self.index
                .entry(word.to_lowercase().into_bytes().into_boxed_slice())
                .or_default()
                .flags |= flag;
        }
        let surfaces = &self.g.surfaces;
        for bucket in self.index.values_mut() {
            bucket.single.shrink_to_fit();
        }
        for list in self.index2.values_mut() {
            // Longest first; among equals, file order.
            list.sort_by_key(|&i| std::cmp::Reverse(surfaces[i as usize].tokens.len()));
            list.shrink_to_fit();
        }
        self.g.index = FoldedTable::new(self.index, key_hash);
        self.g.index2 = FoldedTable::new(self.index2, pair_key_hash);
        self.g.lower_seconds = FoldedTable::new(self.lower_seconds, key_hash);
        for (i, e) in self.g.entities.iter().enumerate() {
            if matches!(e.kind.as_str(), "outlet" | "agency")
                && let Some(d) = e.attr("domain")
            {
                // The first file's entity keeps a shared domain.
                self.g.by_domain.entry(d.to_ascii_lowercase().into()).or_insert(i as u32);
            }
            if e.kind == "person" && e.attr("roles").is_some() {
                for h in super::people::words_of(&e.name) {
                    self.g.people_by_word.entry(h).or_default().push(i as u32);
                }
            }
        }
        Ok(self.g)
    }
}

/// A word token's trailing period is not part of the name (`Tbk.`, `Inc.`).
pub(crate) fn trim_period(s: &str) -> &str {
    if s.len() > 1 && s.ends_with('.') && !s[..s.len() - 1].contains('.') {
        &s[..s.len() - 1]
    } else {
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_files_parse_strictly() {
        // Every file must also load under the strict rules users get.
        for (name, text) in BUILTIN {
            let mut b = Builder::default();
            b.add_tsv(text, true).unwrap_or_else(|e| panic!("{name}: {e}"));
        }
        let g = Gazetteer::builtin();
        assert!(g.len() > 3000, "{}", g.len());
        assert_eq!(g.get("country:TW").unwrap().class, EntityClass::Loc);
        assert_eq!(g.get("idx:BBCA").unwrap().attr("ticker"), Some("BBCA"));
    }

    #[test]
    fn every_builtin_id_is_unique_per_file() {
        for (name, text) in BUILTIN {
            let mut seen = std::collections::HashSet::new();
            for line in text.lines().filter(|l| !l.starts_with('#') && !l.is_empty()) {
                let id = line.split('\t').next().unwrap();
                assert!(seen.insert(id), "{name}: duplicate id {id}");
            }
        }
    }

    #[test]
    fn user_errors_have_lines() {
        let e = Gazetteer::from_tsv("# c\nx\tcompany\tX\n").unwrap_err();
        assert_eq!(e.line(), 2);
        let e = Gazetteer::from_tsv("x\tthing\tX\tX\n").unwrap_err();
        assert!(e.to_string().contains("unknown kind"), "{e}");
        let e = Gazetteer::from_tsv("x\tcompany\tX\tX\tticker\n").unwrap_err();
        assert!(e.to_string().contains("key=value"), "{e}");
        let g = Gazetteer::from_tsv("x\tgadget\tX\tXphone\tclass=MISC\n").unwrap();
        assert_eq!(g.get("x").unwrap().class, EntityClass::Misc);
    }

    #[test]
    fn user_surfaces_take_precedence() {
        let g = Gazetteer::with_user_tsv("my:tempo\toutlet\tTempo Lokal\tTempo\n").unwrap();
        let found = g.extract("Menurut Tempo, harga naik.");
        assert_eq!(found.linked[0].entity.id, "my:tempo");
        assert!(g.len() > Gazetteer::builtin().len());
    }
}
