//! The pattern pass: names the gazetteer lacks (`PT … Tbk`, `… Inc`,
//! `Kementerian …`, `Desa …`, a dateline's domain), made into entities.

use super::extraction::{Extraction, FLAG_CAP, Hit, KEY_BUF, Target};
use super::gazetteer::{Entity, EntityClass, FLAG_HEAD, FLAG_LEGAL, FLAG_STOP, trim_period};
use super::heads::{HEADS, LEGAL_SUFFIXES, WEAK_HEADS};
use crate::data::STOPWORDS;
use crate::normalize::ascii_lowercase_in;
use crate::token::TokenKind;

/// Most tokens a pattern entity spans.
const MAX_PATTERN_TOKENS: usize = 10;

/// Longest line, in bytes, that can be a headline.
const MAX_HEADLINE: usize = 300;

/// A name a pattern found: its tokens, kind and class. The entity is made
/// only if the name is kept.
#[derive(Clone, Copy, Debug)]
struct Pattern {
    first: usize,
    last: usize,
    kind: &'static str,
    class: EntityClass,
}

impl Extraction<'_, '_, '_> {
    /// A word that starts with a capital (flagged by the gazetteer pass) or
    /// a number.
    #[inline]
    fn is_capitalised(&self, j: usize) -> bool {
        let t = &self.tokens[j];
        t.kind == TokenKind::Number || (t.kind == TokenKind::Word && self.info[j] & FLAG_CAP != 0)
    }

    /// A word of the root lexicon or a stopword, ignoring case.
    fn is_common(w: &str) -> bool {
        let mut buf = [0u8; KEY_BUF];
        ascii_lowercase_in(w, &mut buf)
            .is_some_and(|w| STOPWORDS.contains(w) || crate::stem::is_root(w))
    }

    /// The last token of a run of capitalised words from `i` (with `dan`,
    /// `&`, `of`, `de` between capitalised words), at most `max` tokens.
    fn capital_run(&self, i: usize, max: usize) -> Option<usize> {
        self.capital_run_joining(i, max, true)
    }

    /// [`Self::capital_run`], joining over `dan` only when `join_and`:
    /// places are coordinated (`Pulau Sebesi dan Sebuku`), organisation
    /// names contain it (`Kementerian Hukum dan Hak Asasi Manusia`).
    fn capital_run_joining(&self, i: usize, max: usize, join_and: bool) -> Option<usize> {
        let mut last = None;
        let mut j = i;
        while j < self.tokens.len() && j < i + max {
            let t = self.tokens[j];
            if j > i && self.breaks(self.tokens[j - 1].end, t.start) {
                break;
            }
            if self.is_capitalised(j) {
                last = Some(j);
                j += 1;
            } else if last.is_some()
                && (matches!(self.text_of(&t), "&" | "of" | "de" | "-")
                    || (join_and && self.text_of(&t) == "dan"))
                && j + 1 < self.tokens.len()
                && self.is_capitalised(j + 1)
                // `Universitas X dan Universitas Y`: a head after `dan`
                // starts another name.
                && !(self.text_of(&t) == "dan" && self.info[j + 1] & FLAG_HEAD != 0)
            {
                j += 1;
            } else {
                break;
            }
        }
        last
    }

    /// Whether the line of token `i` is a title-case headline: at most
    /// [`MAX_HEADLINE`] bytes, at least four words, at most one in five of
    /// them lower-case (function words included), and no final period.
    /// `cache` holds the last line's byte range and answer, so that each
    /// line is judged once.
    fn title_line(&self, i: usize, cache: &mut (usize, usize, bool)) -> bool {
        let at = self.tokens[i].start;
        if cache.0 <= at && at < cache.1 {
            return cache.2;
        }
        let line_start = self.text[..at].rfind('\n').map_or(0, |p| p + 1);
        let line_end = self.text[at..].find('\n').map_or(self.text.len(), |p| at + p);
        let mut title = false;
        if line_end - line_start <= MAX_HEADLINE {
            let first = self.tokens[..i].partition_point(|t| t.start < line_start);
            let last = i + self.tokens[i..].partition_point(|t| t.end <= line_end);
            let (mut n, mut lower) = (0, 0);
            for t in self.tokens[first..last].iter().filter(|t| t.kind == TokenKind::Word) {
                n += 1;
                lower += usize::from(self.text_of(t).starts_with(|c: char| c.is_lowercase()));
            }
            // Headlines do not end with a period; sentences full of names do.
            let sentence = last > first && self.s(last - 1) == ".";
            title = n >= 4 && lower * 5 <= n && !sentence;
        }
        *cache = (line_start, line_end.max(line_start + 1), title);
        title
    }

    pub(super) fn pattern_pass(&mut self) {
        let mut i = 0;
        let mut new_hits = Vec::new();
        let mut title = (0, 0, false);
        // Names start with a capital (or are a web address): only the
        // gazetteer pass's starts are visited.
        let starts = std::mem::take(&mut self.starts);
        for &start in &starts {
            if (start as usize) < i {
                // Inside a name this pass has made.
                continue;
            }
            i = start as usize;
            let t = self.tokens[i];
            let info = self.info[i];
            let w = self.text_of(&t);
            let found = if w == "PT" || w == "PT." {
                self.company_after_pt(i)
            } else if let Some((head_len, class)) =
                (info & FLAG_HEAD != 0).then(|| self.head(i)).flatten()
            {
                self.headed(i, head_len, class)
            } else if t.kind == TokenKind::Url && !w.contains('/') && !w.contains(':') {
                self.dateline_outlet(i)
            } else if let Some(club) = (info & FLAG_STOP == 0).then(|| self.club(i)).flatten() {
                Some(club)
            } else if self.any_legal && info & FLAG_STOP == 0 {
                self.company_before_suffix(i)
            } else {
                None
            };
            // A headline in title case capitalises every word: patterns
            // would see names everywhere. Judged only where a pattern
            // fires, so most lines are never measured.
            let found = found.filter(|_| !self.title_line(i, &mut title));
            match found {
                Some(Pattern { first, last, kind, class }) => {
                    // A pattern gives way to a gazetteer match of the same
                    // extent or longer, and replaces shorter ones inside it.
                    // The hits overlapping the name: hits are sorted and
                    // do not overlap each other.
                    let lo = self.hits.partition_point(|h| h.last < first);
                    let hi = self.hits.partition_point(|h| h.first <= last);
                    let inside = lo..hi.max(lo);
                    let crosses = self.hits[inside.clone()].iter().any(|h| {
                        h.first < first || h.last > last || (h.first == first && h.last == last)
                    });
                    if crosses {
                        i += 1;
                        continue;
                    }
                    let target = self.make(first, last, kind, class);
                    new_hits.push((first, last, target, inside));
                    i = last + 1;
                }
                None => i += 1,
            }
        }
        self.starts = starts;
        if new_hits.is_empty() {
            return;
        }
        let mut drop = vec![false; self.hits.len()];
        for (first, last, target, inside) in new_hits {
            drop[inside].fill(true);
            self.hits.push(Hit { first, last, target });
        }
        let mut k = 0;
        self.hits.retain(|_| {
            let keep = drop.get(k).is_none_or(|d| !d);
            k += 1;
            keep
        });
        self.hits.sort_by_key(|h| h.first);
    }

    /// The entity a pattern names, made once per text.
    pub(super) fn make(
        &mut self,
        first: usize,
        last: usize,
        kind: &str,
        class: EntityClass,
    ) -> Target {
        let name = &self.text[self.tokens[first].start..self.tokens[last].end];
        let mut attrs = Vec::new();
        let id = if kind == "outlet" {
            // A dateline's domain: the id is the domain.
            let domain = name.to_ascii_lowercase();
            let id = format!("new:{domain}");
            attrs.push(("domain".to_string(), domain));
            id
        } else {
            new_id(kind, name)
        };
        let key = crate::words::str_hash(&id);
        match self.made_ids.get(&key) {
            Some(&p) if self.made[p].id == id => return Target::Made(p),
            // Two ids with one hash: look for this one in full.
            Some(_) => {
                if let Some(p) = self.made.iter().position(|e| e.id == id) {
                    return Target::Made(p);
                }
            }
            None => {
                self.made_ids.insert(key, self.made.len());
            }
        }
        self.made.push(Entity { id, kind: kind.to_string(), name: name.to_string(), class, attrs });
        Target::Made(self.made.len() - 1)
    }

    /// `PT Foo Bar (Persero) Tbk`.
    fn company_after_pt(&self, i: usize) -> Option<Pattern> {
        let mut last = self.capital_run(i + 1, MAX_PATTERN_TOKENS)?;
        last = self.extend_legal_any(last);
        Some(Pattern { first: i, last, kind: "company", class: EntityClass::Org })
    }

    /// `Foo Bar Inc`, `Foo Holdings Ltd`: capitalised words ending in a
    /// legal-form suffix.
    fn company_before_suffix(&self, i: usize) -> Option<Pattern> {
        // Cheap test first: a suffix among the next few tokens.
        let window = &self.info[i + 1..self.info.len().min(i + 5)];
        if !window.iter().any(|f| f & FLAG_LEGAL != 0) {
            return None;
        }
        let last = self.capital_run(i, 5)?;
        // The run must end in a suffix, and have a name before it.
        let suffix_at =
            (i + 1..=last).find(|&k| LEGAL_SUFFIXES.contains(&trim_period(self.s(k))))?;
        // A sentence's first word is capitalised anyway: a common word there
        // (`Saham Acme Inc`) is not part of the name.
        let i = if self.sentence_initial(i) && Self::is_common(self.s(i)) { i + 1 } else { i };
        // A listed name inside (`PT Telkom Indonesia Tbk`) is matched already.
        if suffix_at <= i || (i..suffix_at).any(|k| self.hit_at(k).is_some()) {
            return None;
        }
        let last = self.extend_legal_any(suffix_at);
        Some(Pattern { first: i, last, kind: "company", class: EntityClass::Org })
    }

    /// `Madura United`, `Borneo FC`: one to three capitalised words before a
    /// club's suffix name a club, even when the first is a place.
    fn club(&self, i: usize) -> Option<Pattern> {
        let end = (i + 4).min(self.tokens.len());
        let suffix_at = (i + 1..end).find(|&k| matches!(self.s(k), "United" | "FC"))?;
        // All on one line.
        self.word_run(i, suffix_at - i + 1)?;
        if !(i..suffix_at).all(|k| self.is_capitalised(k) && self.tokens[k].kind == TokenKind::Word)
        {
            return None;
        }
        // Inside a longer listed name (`Manchester United` listed whole)
        // the gazetteer's match stands.
        if self.hit_at(i).is_some_and(|h| self.hits[h].last >= suffix_at) {
            return None;
        }
        Some(Pattern { first: i, last: suffix_at, kind: "club", class: EntityClass::Org })
    }

    /// A head word (`Kementerian`, `Desa`) at `i`: its length in tokens and
    /// the class it gives.
    fn head(&self, i: usize) -> Option<(usize, EntityClass)> {
        let w = trim_period(self.s(i));
        let &(class, two) = HEADS.get(w)?;
        match two {
            None => Some((1, class)),
            Some(second) => self
                .word_run(i, 2)
                .is_some_and(|r| self.text_of(&r[1]) == second)
                .then_some((2, class)),
        }
    }

    /// `Kementerian Hukum dan Hak Asasi Manusia`, `Desa Kedungbulus`.
    fn headed(&self, i: usize, head_len: usize, class: EntityClass) -> Option<Pattern> {
        let start = i + head_len;
        let next = self.tokens.get(start)?;
        if self.breaks(self.tokens[start - 1].end, next.start) {
            return None;
        }
        // A listed name at the head (`Partai Golkar`) is not extended over
        // the words after it, which are usually a person (`Partai Golkar
        // Aburizal Bakrie`).
        if self.hit_at(i).is_some_and(|h| self.hits[h].first == i) {
            return None;
        }
        let last = self.capital_run_joining(
            start,
            MAX_PATTERN_TOKENS - head_len,
            class == EntityClass::Org,
        )?;
        // `Dewan Pakar Partai Golkar Siswono Yudo Husodo`: after a listed
        // name inside the run, unlisted capitalised words are usually a
        // person, not more of the name (one common word is still the name:
        // `Partai Indonesia Sejahtera`). The name ends with the listed one.
        let lo = self.hits.partition_point(|h| h.last < start);
        let inner = self.hits[lo..].iter().take_while(|h| h.first <= last).last().copied();
        let mut last = last;
        if let Some(h) = inner.filter(|h| h.first >= start) {
            if h.last < last && (h.last + 2 <= last || !Self::is_common(self.s(last))) {
                last = h.last;
            }
            // `Dewan Pembina Partai Demokrat`, `Kantor Komisi Pemilihan
            // Umum`: a unit of a listed organisation is mentioned by the
            // organisation's own name, which keeps its id; a unit named
            // after a place (`Dinas Kesehatan Kota Jayapura`), a building
            // (`Gedung DPR`) or an acronym (`Badan Anggaran DPR`) is a name.
            if class == EntityClass::Org
                && h.last == last
                && h.last > h.first
                && self.class(h.target) == EntityClass::Org
            {
                return None;
            }
        }
        // A run that is only a stopword (`Bank Ini`) or numbers (`Komisi
        // III`) is no name.
        if last == start && self.info[start] & FLAG_STOP != 0 {
            return None;
        }
        if self.tokens[start..=last].iter().all(|t| is_numeral(self.text_of(t))) {
            return None;
        }
        // `Pemerintah Taiwan`, `Pasar Asia Tenggara`: a generic head before
        // nothing but a listed country or region describes it; the country
        // or region is the entity.
        if class == EntityClass::Loc || WEAK_HEADS.contains(&self.s(i)) {
            let only_place = self.hit_at(start).is_some_and(|h| {
                let h = self.hits[h];
                h.first == start
                    && h.last == last
                    && matches!(self.kind(h.target), "country" | "territory" | "region")
            });
            if only_place {
                return None;
            }
        }
        let kind = if class == EntityClass::Org { "organization" } else { "place" };
        Some(Pattern { first: i, last, kind, class })
    }

    /// `JAKARTA, KOMPAS.com -`: a domain between a comma and a dash names the
    /// outlet.
    fn dateline_outlet(&self, i: usize) -> Option<Pattern> {
        let before = self.prev_word(i, 1)?;
        let after = self.text_of(self.tokens.get(i + 1)?);
        if before != "," || !matches!(after, "-" | "–" | "—") {
            return None;
        }
        Some(Pattern { first: i, last: i, kind: "outlet", class: EntityClass::Org })
    }
}

/// Digits or a Roman numeral (`III`, `VII`).
fn is_numeral(w: &str) -> bool {
    w.bytes().all(|b| b.is_ascii_digit())
        || w.bytes().all(|b| matches!(b, b'I' | b'V' | b'X' | b'L'))
}

/// The id of an entity a text names and no list holds: `new:` (for a
/// person `new:person:`) and the name's slug, lower case with `-` for
/// everything not a letter or digit (`new:person:bambang-sutrisno`).
pub(super) fn new_id(kind: &str, name: &str) -> String {
    let prefix = if kind == "person" { "new:person:" } else { "new:" };
    let body = name.trim_matches(|c: char| !c.is_alphanumeric());
    let mut id = String::with_capacity(prefix.len() + body.len());
    id.push_str(prefix);
    id.extend(body.chars().map(|c| if c.is_alphanumeric() { c.to_ascii_lowercase() } else { '-' }));
    id
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_club_is_no_island() {
        let f = crate::entities::entities("Madura United menang 2-0 atas Borneo FC di Bangkalan.");
        let texts: Vec<(&str, crate::EntityClass)> =
            f.mentions.iter().map(|m| (m.text, m.class)).collect();
        assert!(texts.contains(&("Madura United", crate::EntityClass::Org)), "{texts:?}");
        assert!(texts.contains(&("Borneo FC", crate::EntityClass::Org)), "{texts:?}");
        assert!(!texts.iter().any(|(t, _)| *t == "Madura"), "{texts:?}");
    }

    use crate::entities::tests::has;

    #[test]
    fn patterns_find_unlisted_names() {
        assert!(has(
            "Saham PT Maju Sentosa Abadi Tbk naik.",
            "PT Maju Sentosa Abadi Tbk",
            "new:pt-maju-sentosa-abadi-tbk"
        ));
        assert!(has(
            "Warga Desa Kedungbulus mengungsi.",
            "Desa Kedungbulus",
            "new:desa-kedungbulus"
        ));
        assert!(has(
            "Kementerian Hukum dan Hak Asasi Manusia menolak.",
            "Kementerian Hukum dan Hak Asasi Manusia",
            "min:kemenkumham"
        ));
        assert!(has("Acme Widgets Inc merugi.", "Acme Widgets Inc", "new:acme-widgets-inc"));
        assert!(has(
            "BANDUNG, PikiranRakyat.com - Hujan.",
            "PikiranRakyat.com",
            "new:pikiranrakyat.com"
        ));
    }

    #[test]
    fn a_listed_name_ends_a_headed_name() {
        // The person after a party is not part of a council's name.
        assert!(has(
            "Ketua Dewan Pakar Partai Golkar Siswono Yudo Husodo hadir.",
            "Partai Golkar",
            "party:golkar"
        ));
        // A party's council is mentioned by the party's name.
        assert!(has("Dewan Pembina Partai Demokrat rapat.", "Partai Demokrat", "party:demokrat"));
        // An office named after a place or a building named after an
        // institution stays one name.
        assert!(has(
            "Dinas Kesehatan Kota Jayapura mencatat.",
            "Dinas Kesehatan Kota Jayapura",
            "new:dinas-kesehatan-kota-jayapura"
        ));
        assert!(has("Rapat di Gedung DPR berlanjut.", "Gedung DPR", "new:gedung-dpr"));
        // One common word after a listed name is still the name.
        assert!(has(
            "Partai Indonesia Sejahtera mendaftar.",
            "Partai Indonesia Sejahtera",
            "new:partai-indonesia-sejahtera"
        ));
    }
}
