//! People in one article: the mentions of one person are one entity, and
//! a person gets the role and organisation the article gives them.
//!
//! `Bambang Sutrisno` … `Bambang` … `Sutrisno` … `Pak Bambang` link to the
//! one person whose name holds the shorter mention, when exactly one
//! person named in the article does (two `Budi`s keep a bare `Budi`
//! apart); a public figure of the gazetteer (`Sri Mulyani Indrawati`) is
//! that person too (`Mulyani`). `…, yang akrab disapa Fauzi` makes
//! `Fauzi` a name of the person just named, here and after. A role and a
//! name word together find a public figure (`Gubernur Jawa Barat Dedi`).

use super::extraction::{Extraction, FastMap, Target};
use super::gazetteer::{EntityClass, trim_period};
use super::tagger::{TitleKind, title_kind, word_hash};

/// Words after which a name is a person's nickname (`yang akrab disapa
/// Fauzi`, `alias Fauzi`).
const NICKNAME_CUES: &[&str] = &["disapa", "dipanggil", "alias", "sapaan", "panggilan"];

/// Most tokens between a person's name and the nickname cue.
const NICKNAME_REACH: usize = 8;

/// Most tokens of a role before a name (`Kepala Dinas Kesehatan Kota
/// Malang`).
const ROLE_REACH: usize = 8;

impl<'t> Extraction<'_, 't, '_> {
    /// The name words of a hit, as case-folded word hashes (connectors
    /// and initials left out).
    fn name_words(&self, first: usize, last: usize) -> Vec<u64> {
        (first..=last).filter_map(|k| name_word(self.s(k))).collect()
    }

    /// The name words of a person entity's canonical name.
    fn entity_words(&self, target: Target) -> Vec<u64> {
        match target {
            Target::Known(k) => words_of(&self.g.entities[k as usize].name),
            Target::Made(m) => words_of(&self.made[m].name),
        }
    }

    /// Links the person mentions of the text: shorter names to the one
    /// person whose full name holds them, nicknames to the person they
    /// name; then gives each new person the role the text puts before or
    /// after their name.
    pub(super) fn people_pass(&mut self) {
        let mut per: Vec<usize> = (0..self.hits.len())
            .filter(|&k| self.class(self.hits[k].target) == EntityClass::Per)
            .collect();
        if per.is_empty() {
            return;
        }
        // The people named in full (two or more name words), with their
        // words.
        let mut full: Vec<(Target, Vec<u64>)> = Vec::new();
        for &k in &per {
            let h = self.hits[k];
            if full.iter().any(|(t, _)| *t == h.target) {
                continue;
            }
            let words = match h.target {
                Target::Made(_) => self.name_words(h.first, h.last),
                Target::Known(_) => self.entity_words(h.target),
            };
            if words.len() >= 2 {
                full.push((h.target, words));
            }
        }
        if self.name_words_elsewhere(&full) {
            per = (0..self.hits.len())
                .filter(|&k| self.class(self.hits[k].target) == EntityClass::Per)
                .collect();
        }
        // Where each person named in full is first named.
        let first_at: Vec<usize> = full
            .iter()
            .map(|(t, _)| self.hits.iter().position(|h| h.target == *t).unwrap_or(0))
            .collect();
        let mut aliases: FastMap<u64, Target> = FastMap::default();
        let mut before: Vec<Target> = Vec::new();
        let mut all: Vec<Target> = Vec::new();
        for &k in &per {
            let h = self.hits[k];
            let Target::Made(_) = h.target else { continue };
            let words = self.name_words(h.first, h.last);
            if words.is_empty() {
                continue;
            }
            let key = words.iter().fold(0x9e37_79b9_7f4a_7c15u64, |a, &w| {
                (a.rotate_left(23) ^ w).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95)
            });
            // A nickname given before.
            if let Some(&t) = aliases.get(&key) {
                self.hits[k].target = t;
                continue;
            }
            // `…, yang akrab disapa Fauzi`: the person named just before.
            if h.first > 0
                && NICKNAME_CUES.iter().any(|c| self.s(h.first - 1).eq_ignore_ascii_case(c))
            {
                let named = per.iter().rev().find(|&&j| {
                    j < k
                        && self.hits[j].last + NICKNAME_REACH >= h.first
                        && self.class(self.hits[j].target) == EntityClass::Per
                });
                if let Some(&j) = named {
                    let t = self.hits[j].target;
                    self.hits[k].target = t;
                    aliases.insert(key, t);
                    continue;
                }
            }
            // A shorter name: the one person named in full whose words
            // hold it, preferring those named before.
            before.clear();
            all.clear();
            for ((t, w), &at) in full.iter().zip(&first_at) {
                if *t != h.target && w.len() > words.len() && contains_run(w, &words) {
                    all.push(*t);
                    if at < k {
                        before.push(*t);
                    }
                }
            }
            let pick = |c: &[Target]| {
                let first = *c.first()?;
                c.iter().all(|&t| t == first).then_some(first)
            };
            let chosen = if before.is_empty() { pick(&all) } else { pick(&before) };
            if let Some(t) = chosen {
                self.hits[k].target = t;
                continue;
            }
            // `Menteri Keuangan Purbaya`: the one public figure who held
            // that role and whose name holds these words.
            if let Some(t) = self.public_figure_by_role(k, &words) {
                self.hits[k].target = t;
                aliases.insert(key, t);
            }
        }
        self.roles();
        self.minister_titles();
    }

    /// `Menteri Keuangan Sri Mulyani`: a minister's title right before a
    /// person's name is that person's role (given to them above, with the
    /// ministry as their organisation), not a mention of the ministry. A
    /// title on its own (`Menteri Keuangan menyampaikan …`) still names
    /// the ministry.
    fn minister_titles(&mut self) {
        let per_starts: Vec<usize> = self
            .hits
            .iter()
            .filter(|h| self.class(h.target) == EntityClass::Per)
            .map(|h| h.first)
            .collect();
        if per_starts.is_empty() {
            return;
        }
        let title = |x: &Self, h: &super::extraction::Hit| {
            x.class(h.target) == EntityClass::Org
                && x.s(h.first).eq_ignore_ascii_case("menteri")
                && per_starts.binary_search(&(h.last + 1)).is_ok()
        };
        let drop: Vec<bool> = self.hits.iter().map(|h| title(self, h)).collect();
        if drop.iter().any(|&d| d) {
            let mut k = 0;
            self.hits.retain(|_| {
                k += 1;
                !drop[k - 1]
            });
        }
    }

    /// The public figure (gazetteer person with roles) that hit `k`, named
    /// by `words`, is: the only one whose name holds the words and who held
    /// the role the text puts before the name; of several, the only one
    /// who held it in the article's year, when the date is known
    /// (`Ketua Umum Partai Demokrat Yudhoyono`).
    fn public_figure_by_role(&self, k: usize, words: &[u64]) -> Option<Target> {
        let first = *words.first()?;
        let candidates = self.g.people_by_word.get(&first)?;
        let (Some(role), _, org) = self.role_before(k)? else { return None };
        let role = role.trim();
        // Each candidate who held the role, and whether in the year.
        let mut held: Vec<(u32, bool)> = Vec::new();
        for &e in candidates {
            let entity = &self.g.entities[e as usize];
            if !contains_run(&words_of(&entity.name), words) {
                continue;
            }
            let mut when = None;
            for r in entity.attr("roles").unwrap_or("").split('|') {
                let title = r.split(['@', '#']).next().unwrap_or("").trim();
                // The title as written (`Gubernur Jawa Barat`), or its
                // head with the organisation named after it (`Ketua Umum`
                // of `Ketua Umum Partai Demokrat`).
                let at = r.split_once('@').map(|(_, o)| o.split('#').next().unwrap_or("").trim());
                let same = title.eq_ignore_ascii_case(role)
                    || (org.is_some() && at == org.as_deref() && starts_with_words(title, role));
                if !title.is_empty() && same {
                    let years = r.split_once('#').map_or("", |(_, y)| y);
                    let then = self.year.is_some_and(|y| held_in(years, y));
                    when = Some(when.unwrap_or(false) || then);
                }
            }
            if let Some(then) = when
                && !held.iter().any(|&(x, _)| x == e)
            {
                held.push((e, then));
            }
        }
        let only = |c: &mut dyn Iterator<Item = u32>| {
            let first = c.next()?;
            c.next().is_none().then_some(first)
        };
        only(&mut held.iter().map(|h| h.0))
            .or_else(|| only(&mut held.iter().filter(|h| h.1).map(|h| h.0)))
            .map(Target::Known)
    }

    /// The role, rank and organisation the text gives each new person:
    /// before the name (`Direktur Utama PT Maju Jaya Tbk Budi Santoso`,
    /// `Kapolres Malang AKBP Dimas Prasetyo`) or after it (`Budi Santoso,
    /// Direktur Utama PT Maju Jaya Tbk,`). The first one found stays.
    fn roles(&mut self) {
        for k in 0..self.hits.len() {
            let h = self.hits[k];
            let Target::Made(m) = h.target else { continue };
            if self.made[m].class != EntityClass::Per
                || self.made[m].attrs.iter().any(|(key, _)| key == "role")
            {
                continue;
            }
            let found = self.role_before(k).or_else(|| self.role_after(k));
            if let Some((role, rank, org)) = found {
                let attrs = &mut self.made[m].attrs;
                if let Some(role) = role {
                    attrs.push(("role".to_string(), role));
                }
                if let Some(rank) = rank {
                    attrs.push(("rank".to_string(), rank));
                }
                if let Some(org) = org {
                    attrs.push(("organization".to_string(), org));
                }
            }
        }
    }

    /// The id of the organisation a hit names.
    fn org_id(&self, k: usize) -> Option<String> {
        let t = self.hits[k].target;
        (self.class(t) == EntityClass::Org).then(|| match t {
            Target::Known(i) => self.g.entities[i as usize].id.clone(),
            Target::Made(i) => self.made[i].id.clone(),
        })
    }

    /// Role, rank and organisation in the words right before hit `k`.
    fn role_before(&self, k: usize) -> Option<(Option<String>, Option<String>, Option<String>)> {
        let first = self.hits[k].first;
        let mut j = first;
        let mut rank: Option<(usize, usize)> = None;
        let mut role_start: Option<usize> = None;
        let mut org = None;
        let mut org_first = first;
        // Honorifics, academic titles and ranks right before the name.
        while j > 0 && first - j < ROLE_REACH {
            let t = j - 1;
            if self.breaks(self.tokens[t].end, self.tokens[t + 1].start) {
                break;
            }
            match title_kind(self.s(t)) {
                Some(TitleKind::Rank) => {
                    rank = Some((t, rank.map_or(t, |r| r.1)));
                    j = t;
                }
                Some(TitleKind::Honorific | TitleKind::Academic) => j = t,
                _ => break,
            }
        }
        // The role: capitalised words (and the organisations and places
        // among them) back to a role word.
        let mut i = j;
        while i > 0 && first - i < ROLE_REACH {
            let t = i - 1;
            if self.breaks(self.tokens[t].end, self.tokens[t + 1].start) {
                break;
            }
            if let Some(hk) = self.hit_at(t) {
                let hit = self.hits[hk];
                if self.class(hit.target) == EntityClass::Per {
                    break;
                }
                if let Some(id) = self.org_id(hk) {
                    org = Some(id);
                    org_first = hit.first;
                }
                // A minister's title is the ministry's hit (`Menteri
                // Keuangan`): the role and its organisation at once.
                if title_kind(self.s(hit.first)) == Some(TitleKind::Role) {
                    role_start = Some(hit.first);
                }
                i = hit.first;
                continue;
            }
            let w = self.s(t);
            let role_word = title_kind(w) == Some(TitleKind::Role);
            if role_word {
                role_start = Some(t);
                i = t;
                continue;
            }
            if w.starts_with(char::is_uppercase) {
                i = t;
                continue;
            }
            break;
        }
        // The role ends before its organisation (`Direktur Utama` of
        // `Direktur Utama PT Maju Jaya Tbk`).
        let role = role_start.map(|s| {
            let end = if org_first > s { org_first.min(j) } else { j };
            self.text[self.tokens[s].start..self.tokens[end.max(s + 1) - 1].end].to_string()
        });
        let rank =
            rank.map(|(a, b)| self.text[self.tokens[a].start..self.tokens[b].end].to_string());
        if role.is_none() {
            // An organisation without a role word is not a role.
            org = None;
        }
        (role.is_some() || rank.is_some()).then_some((role, rank, org))
    }

    /// A role in apposition after hit `k`: `Budi, Direktur Utama PT X,`.
    fn role_after(&self, k: usize) -> Option<(Option<String>, Option<String>, Option<String>)> {
        let last = self.hits[k].last;
        if self.tokens.get(last + 1).map(|t| self.text_of(t)) != Some(",") {
            return None;
        }
        let start = last + 2;
        if start >= self.tokens.len() || title_kind(self.s(start)) != Some(TitleKind::Role) {
            return None;
        }
        let mut end = start;
        let mut org = None;
        let mut i = start;
        while i < self.tokens.len() && i - start < ROLE_REACH {
            if i > start && self.breaks(self.tokens[i - 1].end, self.tokens[i].start) {
                break;
            }
            if let Some(hk) = self.hit_at(i) {
                let hit = self.hits[hk];
                if self.class(hit.target) == EntityClass::Per {
                    break;
                }
                if org.is_none() {
                    org = self.org_id(hk);
                }
                end = hit.last;
                i = hit.last + 1;
                continue;
            }
            let w = self.s(i);
            if i == start || w.starts_with(char::is_uppercase) || title_kind(w).is_some() {
                end = i;
                i += 1;
                continue;
            }
            break;
        }
        let role = self.text[self.tokens[start].start..self.tokens[end].end].to_string();
        Some((Some(role), None, org))
    }
}

impl Extraction<'_, '_, '_> {
    /// A capitalised word the other passes left alone that is a name word
    /// of exactly one person named in full (`Sutrisno menolak.` after
    /// `Bambang Sutrisno`) is a mention of that person.
    fn name_words_elsewhere(&mut self, full: &[(Target, Vec<u64>)]) -> bool {
        let mut owner: FastMap<u64, Option<Target>> = FastMap::default();
        for (t, words) in full {
            for &w in words {
                owner
                    .entry(w)
                    .and_modify(|o| {
                        if *o != Some(*t) {
                            *o = None;
                        }
                    })
                    .or_insert(Some(*t));
            }
        }
        if owner.is_empty() {
            return false;
        }
        let mut added = Vec::new();
        for &i in &self.starts {
            let i = i as usize;
            let w = self.s(i);
            let Some(key) = name_word(w) else { continue };
            let Some(Some(t)) = owner.get(&key) else { continue };
            if self.hit_at(i).is_some()
                || self.tokens[i].kind != crate::token::TokenKind::Word
                || title_kind(w).is_some()
                || w.len() < 3
                || crate::data::STOPWORDS.contains(trim_period(w).to_ascii_lowercase().as_str())
            {
                continue;
            }
            // Not a word of a longer capitalised name.
            let next_cap = self.tokens.get(i + 1).is_some_and(|t| {
                t.kind == crate::token::TokenKind::Word
                    && self.text_of(t).starts_with(char::is_uppercase)
                    && !self.breaks(self.tokens[i].end, t.start)
            });
            let prev_cap = i > 0 && {
                let p = self.tokens[i - 1];
                p.kind == crate::token::TokenKind::Word
                    && self.text_of(&p).starts_with(char::is_uppercase)
                    && !self.breaks(p.end, self.tokens[i].start)
                    && title_kind(self.text_of(&p)).is_none()
                    && !self.sentence_initial(i - 1)
            };
            if !next_cap && !prev_cap {
                added.push(super::extraction::Hit { first: i, last: i, target: *t });
            }
        }
        if added.is_empty() {
            return false;
        }
        self.hits.extend(added);
        self.hits.sort_by_key(|h| h.first);
        true
    }
}

/// The case-folded hash of a name word, or `None` for what is no name
/// word: a connector (`bin`, `van`), or a token that does not start with
/// a letter.
/// Whether `title` begins with the words of `head`, any case.
fn starts_with_words(title: &str, head: &str) -> bool {
    title.len() > head.len()
        && title.is_char_boundary(head.len())
        && title[..head.len()].eq_ignore_ascii_case(head)
        && title[head.len()..].starts_with(' ')
}

/// Whether a role's years (`2014-2024`, `2024-` still held, `1998`) hold
/// `year`.
fn held_in(years: &str, year: i32) -> bool {
    let (from, to) = years.split_once('-').unwrap_or((years, years));
    let from = from.trim().parse::<i32>().unwrap_or(i32::MIN);
    let to = if to.trim().is_empty() { i32::MAX } else { to.trim().parse().unwrap_or(i32::MAX) };
    (from..=to).contains(&year)
}

fn name_word(s: &str) -> Option<u64> {
    let w = trim_period(s);
    if !w.chars().next().is_some_and(char::is_alphabetic)
        || ["bin", "binti", "van", "de", "der", "von"].iter().any(|c| w.eq_ignore_ascii_case(c))
    {
        return None;
    }
    Some(word_hash(w))
}

/// The name words of a written name, as case-folded word hashes.
pub(super) fn words_of(name: &str) -> Vec<u64> {
    name.split_whitespace().filter_map(name_word).collect()
}

/// Whether `words` holds `part` as a run of consecutive words.
fn contains_run(words: &[u64], part: &[u64]) -> bool {
    !part.is_empty() && words.windows(part.len()).any(|w| w == part)
}

/// Labels of a credit line and the role they give the names after them.
const CREDIT_LABELS: &[(&str, &str)] = &[
    ("penulis", "author"),
    ("reporter", "author"),
    ("wartawan", "author"),
    ("kontributor", "author"),
    ("koresponden", "author"),
    ("oleh", "author"),
    ("by", "author"),
    ("writer", "author"),
    ("author", "author"),
    ("laporan", "author"),
    ("editor", "editor"),
    ("penyunting", "editor"),
    ("redaktur", "editor"),
    ("penyelaras", "editor"),
];

/// The names of a credit line (`Penulis: Rina Kartika | Editor: Agus
/// Salim`, `Reporter: Rina Kartika`, `Oleh Rina Kartika`) at `span` of
/// `text`, each with its role (`author` or `editor`): in each part between
/// separators (`|`, `/`, `,`, `;`), the capitalised words after a label
/// (or, without a label, after the previous part's).
pub(crate) fn credit_names(
    text: &str,
    span: crate::span::Span,
) -> Vec<(crate::span::Span, &'static str)> {
    use crate::token::TokenKind;
    let line = &text[span.range()];
    let mut out = Vec::new();
    let mut role: Option<&'static str> = None;
    let mut name: Option<(usize, usize)> = None;
    let mut done = false;
    for t in crate::tokenize::tokenize(line) {
        let w = t.as_str();
        if matches!(w, "|" | "/" | "," | ";" | "(" | ")") {
            if let (Some((s, e)), Some(r)) = (name.take(), role) {
                out.push((crate::span::Span::new(span.start + s, span.start + e), r));
            }
            done = false;
            continue;
        }
        if w == ":" && name.is_some() {
            // `Kontributor Denpasar: …`: the words before the colon were
            // the label's.
            name = None;
            continue;
        }
        let lower = w.to_lowercase();
        if let Some(&(_, r)) = CREDIT_LABELS.iter().find(|(l, _)| *l == lower)
            && name.is_none()
        {
            role = Some(r);
            continue;
        }
        let name_word = t.kind() == TokenKind::Word
            && w.starts_with(char::is_uppercase)
            && w.chars().all(|c| c.is_alphabetic() || matches!(c, '.' | '\'' | '-'));
        if name_word && !done && role.is_some() {
            name = Some(match name {
                Some((s, _)) => (s, t.end()),
                None => (t.start(), t.end()),
            });
        } else if !matches!(w, ":" | "-" | "–") || name.is_some() {
            if let (Some((s, e)), Some(r)) = (name.take(), role) {
                out.push((crate::span::Span::new(span.start + s, span.start + e), r));
            }
            done = true;
        }
    }
    if let (Some((s, e)), Some(r)) = (name, role) {
        out.push((crate::span::Span::new(span.start + s, span.start + e), r));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::credit_names;
    use crate::span::Span;

    fn names(line: &str) -> Vec<(&str, &str)> {
        credit_names(line, Span::new(0, line.len()))
            .into_iter()
            .map(|(s, r)| (&line[s.range()], r))
            .collect()
    }

    #[test]
    fn credit_lines_name_authors_and_editors() {
        assert_eq!(
            names("Penulis: Rina Kartika | Editor: Agus Salim"),
            [("Rina Kartika", "author"), ("Agus Salim", "editor")]
        );
        assert_eq!(names("Reporter: Rina Kartika"), [("Rina Kartika", "author")]);
        assert_eq!(names("Oleh Rina Kartika dan Agus Salim"), [("Rina Kartika", "author")]);
        assert_eq!(
            names("Kontributor Denpasar: Putu Ayu Lestari | Editor: Agus Salim"),
            [("Putu Ayu Lestari", "author"), ("Agus Salim", "editor")]
        );
        assert!(names("Baca juga: Harga Beras Naik").is_empty());
    }
}
