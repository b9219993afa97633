#!/usr/bin/env python3
"""Validate the gold quote annotations in tests/quotes/cases.json.

The file is a list of cases:

    {"id": "q01", "topic": "ekonomi", "text": "...\\n\\n...",
     "quotes": [{"text", "nth", "kind", "speaker", "attribution", "verb"}],
     "not_quotes": [{"text", "nth", "why"}]}

Paragraphs of "text" are separated by a blank line ("\\n\\n").

A span is given as {"text": S, "nth": N}: the N-th (0-based) occurrence of
the exact, case-sensitive substring S in the case text, counting plain
substring matches left to right without overlap (str.find, restarting after
the end of the previous match).

Span rules checked (errors):
  * quote and not_quote spans resolve; gold quotes do not overlap; a
    not_quote does not overlap another not_quote and does not partly overlap
    a gold quote (one lying wholly inside an indirect quote, e.g. a nickname
    inside reported speech, is allowed);
  * a quote text does not start or end with whitespace, a quote mark, a
    comma or a full stop (a final ? or ! is kept);
  * a direct quote sits right after an opening quote mark (" “ ' ‘), and is
    followed by an optional comma or full stop and then the matching closing
    mark (" ” ' ’);
  * an indirect quote does not sit next to a quote mark, ends at the end of
    its sentence (followed by . ? or !) or right before ", <attribution>"
    (the `..., kata X.` pattern), and contains quote marks only around a
    not_quote lying inside it;
  * a not_quote is enclosed by a pair of quote marks;
  * kind is "direct" or "indirect"; verb is one of VERBS and occurs in the
    attribution (case-insensitively); the attribution is a non-empty string
    found in the same paragraph as the quote; speaker is null or a string
    occurring verbatim in the case text;
  * every quote mark in a text opens or closes a gold direct quote or a
    not_quote (so no quoted speech is left unannotated);
  * ids are unique; each case has 2-6 paragraphs.

Warnings: a reporting word (Menurut, mengatakan, ..., `kata X`, `ujarnya`)
outside every quote span and every attribution, i.e. a possibly missed
indirect quote.

It then prints totals (cases, paragraphs, quotes by kind, split quotes,
not_quotes, per-verb counts) and checks the coverage minimums the corpus was
written to (errors unless --no-coverage is given, e.g. for a partial file).

Usage: python3 tests/quotes/check_cases.py [--no-coverage] [path/to/cases.json]
Exit status 1 on any error.
"""
import json
import os
import re
import sys
from collections import Counter

DEFAULT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "cases.json")

KINDS = {"direct", "indirect"}
# Base forms after a direct quote (`ujarnya` -> ujar) and meN- forms / menurut.
POST_VERBS = ["kata", "ujar", "ungkap", "tutur", "jelas", "tegas", "imbuh", "papar",
              "terang", "sebut", "ucap", "tambah"]
MEN_VERBS = ["mengatakan", "menilai", "menegaskan", "meminta", "mengimbau",
             "memperkirakan", "mengaku", "menyebut", "menjelaskan", "mengungkapkan",
             "menyatakan", "menambahkan"]
VERBS = set(POST_VERBS) | set(MEN_VERBS) | {"menurut"}

OPEN_TO_CLOSE = {'"': '"', "\u201c": "\u201d", "'": "'", "\u2018": "\u2019"}
QUOTE_CHARS = set(OPEN_TO_CLOSE) | set(OPEN_TO_CLOSE.values())
MARK_NAMES = {'"': 'straight "..."', "\u201c": "curly \u201c...\u201d",
              "'": "single '...'", "\u2018": "curly single \u2018...\u2019"}
BAD_EDGE = QUOTE_CHARS | {",", "."}

CASE_FIELDS = {"id", "topic", "text", "quotes", "not_quotes", "note"}
QUOTE_FIELDS = {"text", "nth", "kind", "speaker", "attribution", "verb"}
NOTQ_FIELDS = {"text", "nth", "why"}

# Heuristics used only for the coverage report.
PRONOUN_ATTR = re.compile(r"(?:nya\b|\bdia\b|\b[Ii]a\b)")
TITLE_WORDS = re.compile(
    r"\b(?:Presiden|Wakil Presiden|Menteri|Gubernur|Wali Kota|Bupati|Kapolda|Kapolres|"
    r"Kapolresta|Kasat|Kasubdit|Direktur|Ketua|Kepala|Sekretaris|Rektor|Dekan|Manajer|"
    r"Koordinator|Mantan|Pelatih|Irjen|Kombes|AKBP|AKP|Kompol|Iptu|Brigjen|Haji|dr\.|"
    r"Dr\.|Prof\.|Ir\.)")
ORG_HEADS = ("Kementerian", "Badan", "Bank", "Dinas", "Pemerintah", "Pusat", "Polda",
             "Polres", "Polresta", "Komisi", "Lembaga", "Direktorat", "Partai", "PT ",
             "Otoritas", "Mahkamah", "Dewan")
ABBREV_BEFORE_DOT = re.compile(r"(?:\b(?:dr|Dr|Prof|Ir|H|Hj|St|No|Sp\.\w+)|\d)$")

REPORTING_RE = re.compile(
    r"\b(?:[Mm]enurut|" + "|".join(MEN_VERBS) + r"|(?:" + "|".join(POST_VERBS) +
    r")(?:nya)?(?= (?:dia|[A-Z]))|(?:" + "|".join(POST_VERBS) + r")nya)\b")

MINIMUMS = [
    ("cases", 30), ("paragraphs", 85), ("quotes", 170), ("indirect quotes", 60),
    ("direct quotes in straight \"...\"", 3), ("direct quotes in curly \u201c...\u201d", 3),
    ("direct quotes in single '...'", 3),
    ("direct quotes attributed after the quote", 3),
    ("direct quotes attributed before the quote", 3),
    ("split quote pairs (strict)", 8), ("multi-sentence direct quotes", 6),
    ("pronoun attributions resolved to an earlier paragraph", 12),
    ("speakers introduced with a title/role", 15), ("organisation speakers", 6),
    ("indirect `Menurut X, ...`", 8), ("indirect `..., kata X.` without marks", 4),
    ("not_quotes", 20),
]
MIN_PER_INDIRECT_VERB = 2   # each of MEN_VERBS used for an indirect quote
MIN_PER_POST_VERB = 2       # each of POST_VERBS used after a direct quote


def occurrences(text, sub):
    out, i = [], 0
    while sub:
        j = text.find(sub, i)
        if j < 0:
            break
        out.append(j)
        i = j + len(sub)
    return out


def resolve(text, item, fields, where, errors):
    if not isinstance(item, dict):
        errors.append(f"{where}: not an object: {item!r}")
        return None
    missing = fields - set(item)
    extra = set(item) - fields
    if missing or extra:
        errors.append(f"{where}: missing {sorted(missing)} / unknown {sorted(extra)} fields")
    sub, nth = item.get("text"), item.get("nth")
    if not isinstance(sub, str) or not sub:
        errors.append(f"{where}: bad text {sub!r}")
        return None
    if not isinstance(nth, int) or isinstance(nth, bool) or nth < 0:
        errors.append(f"{where}: bad nth {nth!r}")
        return None
    occ = occurrences(text, sub)
    if nth >= len(occ):
        errors.append(f"{where}: {sub!r} nth={nth} but only {len(occ)} occurrence(s)")
        return None
    return (occ[nth], occ[nth] + len(sub))


def paragraphs(text):
    """(start, end) of each paragraph."""
    out, start = [], 0
    for m in re.finditer(r"\n\n", text):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, len(text)))
    return out


def para_index(paras, pos):
    for i, (s, e) in enumerate(paras):
        if s <= pos <= e:
            return i
    return -1


def name_tokens(speaker):
    return [t for t in re.findall(r"\w+", speaker) if len(t) >= 3 and t[0].isupper()]


def mentions_any(segment, tokens):
    return any(re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", segment) for t in tokens)


def sentence_prefix(text, pos, width=140):
    """The text of the current sentence before pos (roughly)."""
    start = max(0, pos - width)
    chunk = text[start:pos]
    cut = 0
    for m in re.finditer(r"[.!?][\"\u201d']?\s+|\n", chunk):
        before = chunk[:m.start()]
        if chunk[m.start()] == "." and ABBREV_BEFORE_DOT.search(before):
            continue
        cut = m.end()
    return chunk[cut:]


def is_org(speaker):
    return speaker.startswith(ORG_HEADS) or re.fullmatch(r"[A-Z]{2,}", speaker) is not None


def check_case(ci, case, errors, warnings, stats, ids):
    cid = case.get("id") if isinstance(case, dict) else None
    where = f"case[{ci}] {cid!r}"
    if not isinstance(case, dict):
        errors.append(f"{where}: not an object")
        return
    extra = set(case) - CASE_FIELDS
    if extra:
        errors.append(f"{where}: unknown fields {sorted(extra)}")
    if not isinstance(cid, str) or not cid:
        errors.append(f"{where}: missing id")
    elif cid in ids:
        errors.append(f"{where}: duplicate id")
    ids.add(cid)
    if not isinstance(case.get("topic"), str) or not case.get("topic"):
        errors.append(f"{where}: missing topic")
    else:
        stats["topics"][case["topic"]] += 1
    text = case.get("text")
    if not isinstance(text, str) or not text.strip():
        errors.append(f"{where}: missing text")
        return
    if text != text.strip():
        errors.append(f"{where}: text has leading/trailing whitespace")
    paras = paragraphs(text)
    if not 2 <= len(paras) <= 6:
        errors.append(f"{where}: {len(paras)} paragraphs (expected 2-6)")
    for pi, (s, e) in enumerate(paras):
        if not text[s:e].strip() or text[s:e] != text[s:e].strip():
            errors.append(f"{where}: paragraph {pi} is empty or padded with whitespace")
    stats["cases"] += 1
    stats["paragraphs"] += len(paras)

    # ---- not_quotes
    not_spans = []
    nq = case.get("not_quotes", [])
    if not isinstance(nq, list):
        errors.append(f"{where}: not_quotes must be a list")
        nq = []
    for ni, item in enumerate(nq):
        nwhere = f"{where} not_quotes[{ni}]"
        span = resolve(text, item, NOTQ_FIELDS, nwhere, errors)
        if span is None:
            continue
        s, e = span
        if not isinstance(item.get("why"), str) or not item["why"]:
            errors.append(f"{nwhere}: missing why")
        before, after = text[s - 1:s], text[e:e + 1]
        if before not in OPEN_TO_CLOSE or after != OPEN_TO_CLOSE[before]:
            errors.append(f"{nwhere}: {item['text']!r} is not enclosed by a pair of quote marks")
        for o in not_spans:
            if s < o[1] and o[0] < e:
                errors.append(f"{nwhere}: {item['text']!r} overlaps another not_quote")
        not_spans.append(span)
        stats["not_quotes"] += 1

    # ---- quotes
    quotes = case.get("quotes")
    if not isinstance(quotes, list) or not quotes:
        errors.append(f"{where}: quotes must be a non-empty list")
        quotes = []
    resolved = []  # (start, end, quote dict, paragraph index)
    for qi, q in enumerate(quotes):
        qwhere = f"{where} quotes[{qi}]"
        span = resolve(text, q, QUOTE_FIELDS, qwhere, errors)
        if span is None:
            continue
        s, e = span
        sub = q["text"]
        label = f"{qwhere} {sub[:40]!r}"
        kind = q.get("kind")
        if kind not in KINDS:
            errors.append(f"{label}: bad kind {kind!r}")
            continue
        if sub[0].isspace() or sub[-1].isspace() or sub[0] in BAD_EDGE or sub[-1] in BAD_EDGE:
            errors.append(f"{label}: starts or ends with whitespace, a quote mark, comma or full stop")
        speaker = q.get("speaker")
        if speaker is not None and (not isinstance(speaker, str) or not speaker
                                    or speaker not in text):
            errors.append(f"{label}: speaker {speaker!r} does not occur in the text")
        verb = q.get("verb")
        if verb not in VERBS:
            errors.append(f"{label}: bad verb {verb!r}")
        att = q.get("attribution")
        pidx = para_index(paras, s)
        if not isinstance(att, str) or not att.strip():
            errors.append(f"{label}: missing attribution")
            att = None
        else:
            ps, pe = paras[pidx]
            if att not in text[ps:pe]:
                errors.append(f"{label}: attribution {att!r} not in the quote's paragraph")
            if isinstance(verb, str) and verb not in att.lower():
                errors.append(f"{label}: verb {verb!r} does not occur in attribution {att!r}")
        inner_marks_ok = {p for ns, ne in not_spans if s <= ns - 1 and ne + 1 <= e
                          for p in (ns - 1, ne)}
        stray = [i for i in range(s, e) if text[i] in QUOTE_CHARS and i not in inner_marks_ok
                 and not (text[i] in "'\u2019" and text[i - 1:i].isalpha()
                          and text[i + 1:i + 2].isalpha())]  # apostrophe in a word
        if kind == "direct":
            opener = text[s - 1:s]
            if opener not in OPEN_TO_CLOSE:
                errors.append(f"{label}: direct quote does not start right after a quote mark")
            else:
                m = re.match(r"[,.]?" + re.escape(OPEN_TO_CLOSE[opener]), text[e:])
                if not m:
                    errors.append(f"{label}: direct quote not followed by [,.] and the "
                                  f"closing mark {OPEN_TO_CLOSE[opener]!r}")
                stats["marks"][opener] += 1
            if stray and opener == '"':
                errors.append(f"{label}: quote marks inside a direct quote")
        else:
            if text[s - 1:s] in QUOTE_CHARS or text[e:e + 1] in QUOTE_CHARS:
                errors.append(f"{label}: indirect quote next to a quote mark")
            after = text[e:]
            sentence_end = re.match(r"[.!?](\s|$)", after) is not None
            kata_pattern = att is not None and after.startswith(", " + att)
            if not (sentence_end or kata_pattern):
                errors.append(f"{label}: indirect quote does not run to the end of its sentence")
            if stray:
                errors.append(f"{label}: quote marks inside an indirect quote (not around a not_quote)")
        for o in resolved:
            if s < o[1] and o[0] < e:
                errors.append(f"{label}: overlaps quote {o[2]['text'][:40]!r}")
        for ns, ne in not_spans:
            if s < ne and ns < e and not (kind == "indirect" and s <= ns and ne <= e):
                errors.append(f"{label}: overlaps not_quote {text[ns:ne]!r}")
        resolved.append((s, e, q, pidx))

    resolved.sort(key=lambda r: r[0])

    # Every quote mark must open or close a gold direct quote or a not_quote.
    accounted = set()
    for s, e, q, _ in resolved:
        if q["kind"] == "direct":
            accounted.add(s - 1)
            m = re.match(r"[,.]?(.)", text[e:])
            if m:
                accounted.add(e + m.start(1))
    for ns, ne in not_spans:
        accounted.update((ns - 1, ne))
    for i, ch in enumerate(text):
        if ch in QUOTE_CHARS and i not in accounted and not (
                ch in "'\u2019" and text[i - 1:i].isalpha() and text[i + 1:i + 2].isalpha()):
            ctx = text[max(0, i - 30):i + 30].replace("\n", " ")
            errors.append(f"{where}: quote mark {ch!r}@{i} belongs to no direct quote or "
                          f"not_quote: ...{ctx}...")

    # A reporting verb outside every quote and every attribution is probably a
    # missed quote (warning only: the word may be used in another sense).
    att_spans = []
    for s, e, q, pidx in resolved:
        att = q.get("attribution")
        if not isinstance(att, str) or not att:
            continue
        ps, pe = paras[pidx]
        cands = [ps + j for j in occurrences(text[ps:pe], att)]
        if cands:
            a0 = min(cands, key=lambda a: min(abs(a + len(att) - s), abs(a - e)))
            att_spans.append((a0, a0 + len(att)))
    inside = [(s, e) for s, e, _, _ in resolved] + att_spans
    for m in REPORTING_RE.finditer(text):
        if not any(a <= m.start() and m.end() <= b for a, b in inside):
            ctx = text[max(0, m.start() - 30):m.end() + 30].replace("\n", " ")
            warnings.append(f"{where}: reporting word {m.group(0)!r}@{m.start()} outside every "
                            f"quote and attribution: ...{ctx}...")
    seen_speakers = set()
    split_second = set()
    for idx, (s, e, q, pidx) in enumerate(resolved):
        kind, att, verb, speaker = q["kind"], q.get("attribution"), q.get("verb"), q.get("speaker")
        stats["quotes"] += 1
        stats["kinds"][kind] += 1
        stats["verbs"][(kind, verb)] += 1
        if isinstance(speaker, str):
            stats["speakers"].add((cid, speaker))
        # loose split count (the brief's definition)
        if any(o is not q and o.get("attribution") == att and o.get("speaker") == speaker
               for o in quotes):
            stats["split_loose"] += 1
        if kind == "direct":
            if re.search(r"[.!?]\s+\S", q["text"]):
                stats["multi_sentence"] += 1
            # attribution before or after: nearest occurrence in the paragraph
            ps, pe = paras[pidx]
            best = None
            for j in occurrences(text[ps:pe], att or "\0"):
                a0 = ps + j
                a1 = a0 + len(att)
                dist = s - a1 if a1 <= s else a0 - e if a0 >= e else 0
                if best is None or dist < best[0]:
                    best = (dist, "before" if a1 <= s else "after")
            if best:
                pos = best[1]
                if pos == "before" and id(q) in split_second:
                    pos = "between (second half of a split quote)"
                stats["position"][pos] += 1
        else:
            if verb == "menurut":
                stats["menurut"] += 1
            if verb == "kata":
                stats["kata_unmarked"] += 1
        # pronoun / role attributions whose speaker is not named in this paragraph
        if isinstance(speaker, str) and isinstance(att, str):
            toks = name_tokens(speaker)
            ps, pe = paras[pidx]
            if toks and not mentions_any(att, toks) and not mentions_any(text[ps:pe], toks):
                stats["cross_para_any"] += 1
                if PRONOUN_ATTR.search(att):
                    stats["cross_para_pronoun"] += 1
        # strict split: next quote in the same paragraph, same speaker and
        # attribution, with only the attribution (and no sentence end) between.
        if idx + 1 < len(resolved):
            s2, e2, q2, p2 = resolved[idx + 1]
            gap = text[e:s2]
            if (p2 == pidx and kind == q2["kind"] == "direct" and speaker == q2.get("speaker")
                    and att == q2.get("attribution") and att in gap
                    and not re.search(r"[.!?]", gap.replace(att, ""))):
                stats["split_pairs"] += 1
                split_second.add(id(q2))
        # speakers introduced with a title or role (first mention in the text)
        if isinstance(speaker, str) and speaker in text and speaker not in seen_speakers:
            seen_speakers.add(speaker)
            first = text.find(speaker)
            if is_org(speaker):
                stats["org_speakers"] += 1
            elif TITLE_WORDS.search(sentence_prefix(text, first)):
                stats["titled_speakers"] += 1


def main(argv):
    coverage = "--no-coverage" not in argv
    paths = [a for a in argv if not a.startswith("--")]
    path = paths[0] if paths else DEFAULT
    with open(path, encoding="utf-8") as f:
        cases = json.load(f)
    errors, warnings = [], []
    stats = {"cases": 0, "paragraphs": 0, "quotes": 0, "not_quotes": 0,
             "kinds": Counter(), "verbs": Counter(), "marks": Counter(),
             "position": Counter(), "topics": Counter(), "speakers": set(),
             "split_loose": 0, "split_pairs": 0, "multi_sentence": 0, "menurut": 0,
             "kata_unmarked": 0, "cross_para_any": 0, "cross_para_pronoun": 0,
             "titled_speakers": 0, "org_speakers": 0}
    if not isinstance(cases, list):
        errors.append("top level must be a list")
        cases = []
    ids = set()
    for ci, case in enumerate(cases):
        check_case(ci, case, errors, warnings, stats, ids)

    k = stats["kinds"]
    print(f"cases: {stats['cases']}   paragraphs: {stats['paragraphs']}   "
          f"topics: {dict(sorted(stats['topics'].items()))}")
    print(f"quotes: {stats['quotes']} (direct {k['direct']}, indirect {k['indirect']})   "
          f"distinct speakers: {len(stats['speakers'])}   not_quotes: {stats['not_quotes']}")
    print(f"split quotes: {stats['split_loose']} (quotes sharing attribution and speaker "
          f"with another quote of the case); strict split pairs: {stats['split_pairs']}")
    print(f"direct quote marks: " + ", ".join(f"{MARK_NAMES[m]} {n}"
                                               for m, n in stats["marks"].most_common()))
    print(f"direct attribution position: after {stats['position']['after']}, "
          f"before {stats['position']['before']}, between split halves "
          f"{stats['position']['between (second half of a split quote)']}; "
          f"multi-sentence direct: {stats['multi_sentence']}")
    print(f"attributions without the speaker's name, speaker not named in the paragraph: "
          f"{stats['cross_para_any']} (pronoun/clitic: {stats['cross_para_pronoun']})")
    print(f"speakers introduced with a title/role: {stats['titled_speakers']}; "
          f"organisation speakers: {stats['org_speakers']}")
    print("verbs (direct / indirect):")
    for verb in POST_VERBS + MEN_VERBS + ["menurut"]:
        d, i = stats["verbs"][("direct", verb)], stats["verbs"][("indirect", verb)]
        print(f"  {verb:<14} {d:>3} / {i:<3}")

    if coverage:
        got = {
            "cases": stats["cases"], "paragraphs": stats["paragraphs"],
            "quotes": stats["quotes"], "indirect quotes": k["indirect"],
            "direct quotes in straight \"...\"": stats["marks"]['"'],
            "direct quotes in curly \u201c...\u201d": stats["marks"]["\u201c"],
            "direct quotes in single '...'": stats["marks"]["'"],
            "direct quotes attributed after the quote": stats["position"]["after"],
            "direct quotes attributed before the quote": stats["position"]["before"],
            "split quote pairs (strict)": stats["split_pairs"],
            "multi-sentence direct quotes": stats["multi_sentence"],
            "pronoun attributions resolved to an earlier paragraph": stats["cross_para_pronoun"],
            "speakers introduced with a title/role": stats["titled_speakers"],
            "organisation speakers": stats["org_speakers"],
            "indirect `Menurut X, ...`": stats["menurut"],
            "indirect `..., kata X.` without marks": stats["kata_unmarked"],
            "not_quotes": stats["not_quotes"],
        }
        print("coverage minimums:")
        for name, minimum in MINIMUMS:
            ok = got[name] >= minimum
            print(f"  {'ok  ' if ok else 'LOW '} {name}: {got[name]} (min {minimum})")
            if not ok:
                errors.append(f"coverage: {name} is {got[name]}, minimum {minimum}")
        for verb in MEN_VERBS:
            n = stats["verbs"][("indirect", verb)]
            if n < MIN_PER_INDIRECT_VERB:
                errors.append(f"coverage: indirect verb {verb!r} used {n} time(s), "
                              f"minimum {MIN_PER_INDIRECT_VERB}")
        for verb in POST_VERBS:
            n = stats["verbs"][("direct", verb)]
            if n < MIN_PER_POST_VERB:
                errors.append(f"coverage: direct verb {verb!r} used {n} time(s), "
                              f"minimum {MIN_PER_POST_VERB}")
        print(f"  each indirect verb >= {MIN_PER_INDIRECT_VERB}, "
              f"each post-quote verb >= {MIN_PER_POST_VERB}: see verb table")

    for w in warnings:
        print(f"warning: {w}")
    for e in errors:
        print(f"error: {e}")
    if errors:
        print(f"FAILED: {len(errors)} error(s)")
        return 1
    print(f"OK ({len(warnings)} warning(s))")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
