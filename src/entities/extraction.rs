//! The state of one extraction (the tokens, the hits so far, the entities
//! patterns made) and the token helpers every pass uses.

use super::gazetteer::{Entity, EntityClass, Gazetteer};

/// A token that starts with a capital letter.
pub(super) const FLAG_CAP: u8 = 8;

/// Longest key looked up without allocating.
pub(super) const KEY_BUF: usize = 64;

pub(super) use crate::words::Tok;

/// A hash map with the crate's word hasher: the extraction's maps are
/// looked up per capitalised token, where SipHash costs more than the
/// lookup.
pub(super) type FastMap<K, V> =
    std::collections::HashMap<K, V, std::hash::BuildHasherDefault<crate::hash::WordHasher>>;

/// What a hit points to: a gazetteer entity or one made by a pattern.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(super) enum Target {
    Known(u32),
    Made(usize),
}

#[derive(Clone, Copy, Debug)]
pub(super) struct Hit {
    /// Token range.
    pub(super) first: usize,
    pub(super) last: usize,
    pub(super) target: Target,
}

pub(super) struct Extraction<'a, 't, 'g> {
    pub(super) g: &'g Gazetteer,
    pub(super) text: &'t str,
    pub(super) tokens: &'a [Tok],
    pub(super) hits: Vec<Hit>,
    pub(super) made: Vec<Entity>,
    /// The index in `made` of each made entity, by a hash of its id (the
    /// first entity made with that hash; see `make`).
    pub(super) made_ids: FastMap<u64, usize>,
    /// Per token: [`FLAG_CAP`] and the flags of its gazetteer bucket.
    pub(super) info: Vec<u8>,
    /// The tokens the gazetteer pass met that may start a name, in order:
    /// those flagged [`FLAG_CAP`], and web addresses. The later passes visit
    /// only these.
    pub(super) starts: Vec<u32>,
    /// Whether any token is a legal-form suffix.
    pub(super) any_legal: bool,
    /// The year of the article, when its date is known.
    pub(super) year: Option<i32>,
}

impl<'a, 't, 'g> Extraction<'a, 't, 'g> {
    /// A new extraction over `tokens` of `text`, before any pass.
    pub(super) fn new(g: &'g Gazetteer, text: &'t str, tokens: &'a [Tok]) -> Self {
        Extraction {
            g,
            text,
            tokens,
            hits: Vec::new(),
            made: Vec::new(),
            made_ids: FastMap::default(),
            info: vec![0; tokens.len()],
            starts: Vec::with_capacity(tokens.len() / 4),
            any_legal: false,
            year: None,
        }
    }
}

impl<'t> Extraction<'_, 't, '_> {
    /// The text of a token.
    #[inline]
    pub(super) fn text_of(&self, t: &Tok) -> &'t str {
        &self.text[t.start..t.end]
    }

    /// Whether the gap between two tokens holds a line break. Gaps are
    /// nearly always empty or one space.
    #[inline]
    pub(super) fn breaks(&self, end: usize, start: usize) -> bool {
        match self.text.as_bytes().get(end..start) {
            Some([]) | None => false,
            Some([b]) => *b == b'\n',
            Some(gap) => gap.contains(&b'\n'),
        }
    }

    /// The text of token `k`.
    #[inline]
    pub(super) fn s(&self, k: usize) -> &'t str {
        self.text_of(&self.tokens[k])
    }

    /// `n` tokens from `i` on one line, or `None`.
    pub(super) fn word_run(&self, i: usize, n: usize) -> Option<&[Tok]> {
        let run = self.tokens.get(i..i + n)?;
        for pair in run.windows(2) {
            if self.breaks(pair[0].end, pair[1].start) {
                return None;
            }
        }
        Some(run)
    }

    pub(super) fn prev_word(&self, i: usize, back: usize) -> Option<&'t str> {
        let j = i.checked_sub(back)?;
        let t = self.tokens[j];
        (!self.breaks(t.end, self.tokens[j + 1].start)).then_some(self.text_of(&t))
    }

    pub(super) fn sentence_initial(&self, i: usize) -> bool {
        let mut j = i;
        // Skip opening quotes and brackets.
        while j > 0 {
            let p = self.tokens[j - 1];
            if self.breaks(p.end, self.tokens[j].start) {
                return true;
            }
            match self.text_of(&p) {
                "\"" | "“" | "'" | "‘" | "(" | "[" => j -= 1,
                "." | "!" | "?" | "..." | "…" | ":" | "-" | "–" | "—" => return true,
                _ => return false,
            }
        }
        true
    }

    /// The hit covering token `i`, if any.
    pub(super) fn hit_at(&self, i: usize) -> Option<usize> {
        let k = self.hits.partition_point(|h| h.last < i);
        (k < self.hits.len() && self.hits[k].first <= i).then_some(k)
    }

    /// The kind of a hit's entity.
    pub(super) fn kind(&self, target: Target) -> &str {
        match target {
            Target::Known(k) => &self.g.entities[k as usize].kind,
            Target::Made(m) => &self.made[m].kind,
        }
    }

    pub(super) fn class(&self, target: Target) -> EntityClass {
        match target {
            Target::Known(k) => self.g.entities[k as usize].class,
            Target::Made(m) => self.made[m].class,
        }
    }
}
