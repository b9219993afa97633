#!/usr/bin/env python3
"""Validate the gold person annotations in tests/people/cases.json.

A mention is given as {"text": S, "nth": N}: the N-th (0-based) whole-word
occurrence of the exact, case-sensitive substring S in the case's text. An
occurrence is "whole-word" when the character before it and the character
after it (if any) are not word characters (Unicode letters, digits or
underscore; Python's `\\w`). So "Bambang" inside "Bambang Sutrisno" counts as
an occurrence of "Bambang", "Soekarno" inside "Soekarno-Hatta" counts, but
"Sari" inside "Tambaksari" does not. Occurrences are counted left to right,
non-overlapping (re.finditer).

Errors (exit status 1):
  * malformed case / person / mention objects, duplicate case ids or keys;
  * a mention or not_people item whose (text, nth) does not resolve;
  * two mentions (across all people of a case) with overlapping spans;
  * a not_people span overlapping a mention or another not_people span;
  * a person without mentions; a `public` id not matching ^person:[a-z0-9-]+$.

Warnings (errors with --strict):
  * a whole-word occurrence of some mention's text that is covered by no
    mention and no not_people span (possibly a missed mention; the case's
    "note" should explain deliberate omissions);
  * text length outside 120-450 words; case count outside 14-18.

Usage: python3 tests/people/check_cases.py [--strict] [path/to/cases.json]
"""
import json
import os
import re
import sys

PUBLIC_RE = re.compile(r"^person:[a-z0-9-]+$")
DEFAULT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "cases.json")


def occurrences(text, sub):
    pat = re.compile(r"(?<!\w)" + re.escape(sub) + r"(?!\w)")
    return [(m.start(), m.end()) for m in pat.finditer(text)]


def resolve(text, item, where, errors):
    if not isinstance(item, dict) or set(item) - {"text", "nth"} or "text" not in item or "nth" not in item:
        errors.append(f"{where}: expected {{text, nth}}, got {item!r}")
        return None
    sub, nth = item["text"], item["nth"]
    if not isinstance(sub, str) or not sub.strip() or sub != sub.strip():
        errors.append(f"{where}: bad text {sub!r}")
        return None
    if not isinstance(nth, int) or isinstance(nth, bool) or nth < 0:
        errors.append(f"{where}: bad nth {nth!r}")
        return None
    occ = occurrences(text, sub)
    if nth >= len(occ):
        errors.append(f"{where}: {sub!r} nth={nth} but only {len(occ)} whole-word occurrence(s)")
        return None
    return occ[nth]


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def check(cases):
    errors, warnings = [], []
    stats = {"cases": 0, "people": 0, "mentions": 0, "public": 0, "not_people": 0}
    if not isinstance(cases, list):
        return ["top level must be a list"], [], stats
    if not 14 <= len(cases) <= 18:
        warnings.append(f"{len(cases)} cases (expected 14-18)")
    ids = set()
    for ci, case in enumerate(cases):
        cid = case.get("id") if isinstance(case, dict) else None
        where = f"case[{ci}] {cid!r}"
        if not isinstance(case, dict):
            errors.append(f"{where}: not an object")
            continue
        extra = set(case) - {"id", "text", "people", "not_people", "note"}
        if extra:
            errors.append(f"{where}: unknown fields {sorted(extra)}")
        if not isinstance(cid, str) or not cid:
            errors.append(f"{where}: missing id")
        elif cid in ids:
            errors.append(f"{where}: duplicate id")
        ids.add(cid)
        text = case.get("text")
        if not isinstance(text, str) or not text:
            errors.append(f"{where}: missing text")
            continue
        if "note" in case and not isinstance(case["note"], str):
            errors.append(f"{where}: note must be a string")
        nwords = len(text.split())
        if not 120 <= nwords <= 450:
            warnings.append(f"{where}: {nwords} words (expected 120-450)")
        stats["cases"] += 1

        mention_spans = []  # (start, end, key, text)
        keys = set()
        people = case.get("people")
        if not isinstance(people, list) or not people:
            errors.append(f"{where}: people must be a non-empty list")
            people = []
        for pi, person in enumerate(people):
            pwhere = f"{where} people[{pi}]"
            if not isinstance(person, dict):
                errors.append(f"{pwhere}: not an object")
                continue
            extra = set(person) - {"key", "public", "mentions", "role"}
            if extra:
                errors.append(f"{pwhere}: unknown fields {sorted(extra)}")
            key = person.get("key")
            if not isinstance(key, str) or not key:
                errors.append(f"{pwhere}: missing key")
            elif key in keys:
                errors.append(f"{pwhere}: duplicate key {key!r}")
            keys.add(key)
            pwhere = f"{where} person {key!r}"
            if "public" not in person:
                errors.append(f"{pwhere}: missing public (use null)")
            public = person.get("public")
            if public is not None:
                if not isinstance(public, str) or not PUBLIC_RE.match(public):
                    errors.append(f"{pwhere}: bad public id {public!r}")
                else:
                    stats["public"] += 1
            if "role" in person and (not isinstance(person["role"], str) or not person["role"]):
                errors.append(f"{pwhere}: role must be a non-empty string")
            mentions = person.get("mentions")
            if not isinstance(mentions, list) or not mentions:
                errors.append(f"{pwhere}: needs at least one mention")
                mentions = []
            stats["people"] += 1
            for mi, m in enumerate(mentions):
                span = resolve(text, m, f"{pwhere} mention[{mi}]", errors)
                if span is None:
                    continue
                stats["mentions"] += 1
                for other in mention_spans:
                    if overlaps(span, other):
                        errors.append(
                            f"{pwhere}: mention {m['text']!r}@{span[0]} overlaps "
                            f"{other[3]!r}@{other[0]} of {other[2]!r}")
                mention_spans.append((span[0], span[1], key, m["text"]))

        not_spans = []
        not_people = case.get("not_people", [])
        if not isinstance(not_people, list):
            errors.append(f"{where}: not_people must be a list")
            not_people = []
        for ni, item in enumerate(not_people):
            span = resolve(text, item, f"{where} not_people[{ni}]", errors)
            if span is None:
                continue
            stats["not_people"] += 1
            for other in mention_spans:
                if overlaps(span, other):
                    errors.append(
                        f"{where}: not_people {item['text']!r}@{span[0]} overlaps "
                        f"mention {other[3]!r} of {other[2]!r}")
            for other in not_spans:
                if overlaps(span, other):
                    errors.append(f"{where}: not_people {item['text']!r}@{span[0]} overlaps another")
            not_spans.append(span)

        # Possibly missed mentions: occurrences of a mention string that no
        # annotated span covers.
        covered = [(s, e) for s, e, _, _ in mention_spans] + not_spans
        for surf in sorted({t for _, _, _, t in mention_spans}):
            for s, e in occurrences(text, surf):
                if not any(cs <= s and e <= ce for cs, ce in covered):
                    ctx = text[max(0, s - 30):e + 30].replace("\n", " ")
                    warnings.append(f"{where}: unannotated {surf!r}@{s}: ...{ctx}...")
    return errors, warnings, stats


def main(argv):
    strict = "--strict" in argv
    paths = [a for a in argv if not a.startswith("--")]
    path = paths[0] if paths else DEFAULT
    with open(path, encoding="utf-8") as f:
        cases = json.load(f)
    errors, warnings, stats = check(cases)
    for w in warnings:
        print(f"warning: {w}")
    for e in errors:
        print(f"error: {e}")
    print(f"{stats['cases']} cases, {stats['people']} people, {stats['mentions']} mentions, "
          f"{stats['public']} public figures, {stats['not_people']} not_people items")
    if errors or (strict and warnings):
        print(f"FAILED: {len(errors)} error(s), {len(warnings)} warning(s)")
        return 1
    print(f"OK ({len(warnings)} warning(s))")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
