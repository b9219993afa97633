//! Linking: abbreviations defined in parentheses, then the hits gathered
//! into entities with their mentions, ranked by salience.

use std::sync::Arc;

use super::extraction::{Extraction, FLAG_CAP, FastMap, Hit, Target};
use super::gazetteer::{Entity, EntityClass};
use super::{Entities, Found, Mention, Source};
use crate::span::Span;

impl<'t> Extraction<'_, 't, '_> {
    /// `Mahkamah Konstitusi (MK)`: the abbreviation names the same entity,
    /// there and in the rest of the text.
    pub(super) fn abbreviation_pass(&mut self) {
        // Hash maps, not lists: a text may define thousands of
        // abbreviations, and each capitalised token is looked up.
        let mut aliases: FastMap<&'t str, Target> = FastMap::default();
        let mut added = Vec::new();
        for h in &self.hits {
            let (Some(open), Some(abbr), Some(close)) = (
                self.tokens.get(h.last + 1),
                self.tokens.get(h.last + 2),
                self.tokens.get(h.last + 3),
            ) else {
                continue;
            };
            let a = self.text_of(abbr);
            if self.text_of(open) == "("
                && self.text_of(close) == ")"
                && (2..=10).contains(&a.len())
                && a.chars().next().is_some_and(char::is_uppercase)
                && a.chars().filter(|c| c.is_uppercase()).count() >= 2
                && self.hit_at(h.last + 2).is_none()
            {
                aliases.entry(a).or_insert(h.target);
                added.push(Hit { first: h.last + 2, last: h.last + 2, target: h.target });
            }
        }
        if aliases.is_empty() {
            return;
        }
        self.hits.extend(added);
        self.hits.sort_by_key(|h| h.first);
        // New hits are gathered and sorted in once: inserting each would
        // shift the list, quadratic in a text that repeats an abbreviation.
        let mut later = Vec::new();
        for &i in &self.starts {
            let i = i as usize;
            if self.info[i] & FLAG_CAP == 0 {
                continue;
            }
            if let Some(&target) = aliases.get(self.text_of(&self.tokens[i]))
                && self.hit_at(i).is_none()
            {
                later.push(Hit { first: i, last: i, target });
            }
        }
        if !later.is_empty() {
            self.hits.extend(later);
            self.hits.sort_by_key(|h| h.first);
        }
    }

    pub(super) fn finish(mut self) -> Entities<'t> {
        let classes = self.context();
        let mut out =
            Entities { mentions: Vec::with_capacity(self.hits.len()), linked: Vec::new() };
        // Each target's entity index: a short list for an article's few
        // entities, a hash map once there are many.
        let mut slot: Vec<(Target, usize)> = Vec::new();
        let mut slot_map: FastMap<Target, usize> = FastMap::default();
        for (h, &class) in self.hits.iter().zip(&classes) {
            let mut end = self.tokens[h.last].end;
            // `Israel utara`, `Afrika barat`: a compass word in lower case
            // right after a place is part of the place's name as written.
            if class == EntityClass::Loc
                && let Some(next) = self.tokens.get(h.last + 1)
                && !self.breaks(end, next.start)
                && COMPASS.contains(&self.text_of(next))
            {
                end = next.end;
            }
            let span = Span::new(self.tokens[h.first].start, end);
            let known = if slot_map.is_empty() {
                slot.iter().find(|(t, _)| *t == h.target).map(|&(_, e)| e)
            } else {
                slot_map.get(&h.target).copied()
            };
            let e = match known {
                Some(e) => e,
                None => {
                    let (entity, source) = match h.target {
                        Target::Known(k) => {
                            (Arc::clone(&self.g.entities[k as usize]), Source::Gazetteer)
                        }
                        Target::Made(m) => {
                            // Each made entity is linked once: moved, not copied.
                            let empty = Entity {
                                id: String::new(),
                                kind: String::new(),
                                name: String::new(),
                                class: EntityClass::Misc,
                                attrs: Vec::new(),
                            };
                            (Arc::new(std::mem::replace(&mut self.made[m], empty)), Source::Pattern)
                        }
                    };
                    out.linked.push(Found {
                        entity,
                        source,
                        mentions: Vec::new(),
                        count: 0,
                        first: span.start,
                        salience: 0.0,
                    });
                    let e = out.linked.len() - 1;
                    if slot_map.is_empty() && slot.len() < 32 {
                        slot.push((h.target, e));
                    } else {
                        slot_map.extend(slot.drain(..));
                        slot_map.insert(h.target, e);
                    }
                    e
                }
            };
            out.linked[e].count += 1;
            out.mentions.push(Mention { span, text: &self.text[span.range()], entity: e, class });
        }
        // Each entity's mention list, allocated once at its size.
        for e in &mut out.linked {
            e.mentions = Vec::with_capacity(e.count);
        }
        for (m, mention) in out.mentions.iter().enumerate() {
            out.linked[mention.entity].mentions.push(m);
        }
        rank(&mut out, self.text.len());
        out
    }
}

/// Compass words that, in lower case after a place, name part of it
/// (`tengah` is left out: `di Jakarta tengah malam`).
const COMPASS: &[&str] = &["utara", "selatan", "barat", "timur", "tenggara"];

/// Sets each entity's salience and orders the entities by it, highest first
/// (ties by first mention), re-pointing the mentions.
pub(super) fn rank(out: &mut Entities<'_>, text_len: usize) {
    let most = out.linked.iter().map(|e| e.count).max().unwrap_or(1) as f64;
    let len = text_len.max(1) as f64;
    for e in &mut out.linked {
        e.salience = 0.6 * (e.count as f64 / most) + 0.4 * (1.0 - e.first as f64 / len);
    }
    // Most salient first; ties by first mention.
    let mut order: Vec<usize> = (0..out.linked.len()).collect();
    order.sort_by(|&a, &b| {
        let (a, b) = (&out.linked[a], &out.linked[b]);
        b.salience.total_cmp(&a.salience).then(a.first.cmp(&b.first))
    });
    let mut new_index = vec![0; order.len()];
    for (new, &old) in order.iter().enumerate() {
        new_index[old] = new;
    }
    let mut sorted: Vec<Option<Found>> =
        std::mem::take(&mut out.linked).into_iter().map(Some).collect();
    out.linked = order.iter().map(|&o| sorted[o].take().expect("each index once")).collect();
    for m in &mut out.mentions {
        m.entity = new_index[m.entity];
    }
}

#[cfg(test)]
mod tests {
    use crate::entities::entities;

    #[test]
    fn abbreviation_in_parentheses_links() {
        let f = entities("Komisi Penyiaran Nusantara (KPN) menegur. Kata KPN, itu salah.");
        let kpn: Vec<_> = f.mentions.iter().filter(|m| m.text == "KPN").collect();
        assert_eq!(kpn.len(), 2);
        assert_eq!(f.linked[kpn[0].entity].entity.name, "Komisi Penyiaran Nusantara");
    }
}
