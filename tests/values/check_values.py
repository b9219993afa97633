#!/usr/bin/env python3
"""Validate the gold value annotations (dates, times, money, percentages,
quantities) in tests/values/cases.json (or heldout.json).

Usage: python3 tests/values/check_values.py [--strict] [path]
       (default path: the cases.json next to this script)

Schema (see SCHEMA.md next to this script for all conventions). The file is
a list of cases:

    {"id": "v001", "ref": "2026-02-05", "text": "...",
     "values": [{"text": "Rp4,2 juta", "nth": 0, "kind": "money",
                 "value": 4200000, "unit": "IDR"}],
     "not_values": [{"text": "Pasal 27", "nth": 0, "why": "article number"}]}

  * id: unique non-empty string. ref: null or an ISO date "YYYY-MM-DD".
  * A span {"text": S, "nth": N} is the N-th (0-based) occurrence of the
    exact, case-sensitive substring S in the case text, counting str.find
    matches left to right without overlap (the search restarts at the end
    of the previous match). It is the shortest complete expression and does
    not start or end with whitespace or punctuation, except a closing
    parenthesis that belongs to the expression ("Kamis (5/2/2026)").
  * kind: date | time | money | percent | quantity.
      date      value "YYYY", "YYYY-MM" or "YYYY-MM-DD" (a real calendar
                date) or null; unit null.
      time      value "HH:MM" (00:00-23:59); unit "WIB", "WITA", "WIT" (the
                zone written in the span) or null.
      money     value a number; unit IDR USD MYR EUR SGD JPY CNY; optional
                "per" for a rate (a lower-case word, a metric abbreviation
                or a currency code: "kg", "l", "USD", "orang").
      percent   value a number; unit "%" or "pp" (persen poin).
      quantity  value a number; unit a lower-case word ("orang", "unit",
                "ton") or a metric abbreviation (km m cm mm ha kg g l MW kWh
                m3 km2).
    A range is one value with "value": null and "min"/"max" of the value's
    type (numbers; ISO dates of one granularity; "HH:MM" times), min <= max.
    A date is null without a range only when ref is null and the span is
    relative ("kemarin") or has no year ("Kamis (5/2)").
  * not_values: spans with a non-empty "why"; they are numbers that are not
    values (scores, tickers, phone numbers, ordinals, road markers,
    regulation/article numbers, RT/RW, plates, model names, vague counts and
    vague times).

Errors (exit status 1):
  * malformed cases/spans, duplicate ids or duplicate JSON keys, bad ref;
  * a span that does not resolve, gold values overlapping each other or a
    not_value, not_values overlapping each other;
  * leading/trailing whitespace or punctuation in a span;
  * a kind/value/unit/per/min/max that does not fit the kind;
  * a value that disagrees with what the checker recomputes from the span:
      - relative dates against ref (hari ini, kemarin, besok, lusa,
        <hari> lalu/depan, pekan/minggu lalu/depan, N hari lalu,
        bulan lalu/depan/ini, tahun lalu/depan/ini), or null without ref;
      - absolute dates ("5 Februari 2026", "5-2-2026", "Februari 2026",
        "2026", "Kamis (5/2/2026)", "Kamis (5/2)" with the year nearest to
        ref, "1-3 Maret 2026"), including the weekday of "Kamis (5/2/2026)";
      - times ("pukul 08.30 WIB", "jam 8 malam", "pukul 14.00");
      - money of the simple forms "Rp<number>[ ]<scale>", "US$ / USD / RM /
        € / S$ <number> [scale]", "<number> [scale] rupiah / dolar AS /
        ringgit / euro / yen / yuan / dolar Singapura", "50 rb", "3 jt",
        their ranges and rate suffixes ("sekilo", "per kilogram", ...);
      - percentages ("3,1 persen", "3,1%", "0,75 persen poin", ranges);
      - quantities ("4.500 unit", "2,6 juta ton", "tiga orang",
        "18 kilometer" -> km, ranges);
  * a digit, a number word (tiga, puluh, ...) or a vague count (puluhan,
    ratusan, ...) in the text that lies in no value and no not_value span
    (a missed annotation);
  * a text of more than two sentences.

Warnings (errors with --strict): a span whose value the checker cannot
recompute, a case without values and without not_values.

Numbers follow the Indonesian rules: "." groups thousands, "," is the
decimal mark (Rp14.000 = 14000, Rp4,2 juta = 4200000); English style
("US$3.5 billion") only with English scale words. Scales: ribu/rb 1e3,
juta/jt 1e6, miliar/milyar/M 1e9, triliun/T 1e12.

Printed totals: cases, sentences, values per kind, ranges, rates, relative
dates, not_values, cases without any value.
"""
import datetime
import json
import os
import re
import sys

DEFAULT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "cases.json")

KINDS = ("date", "time", "money", "percent", "quantity")
CURRENCIES = {"IDR", "USD", "MYR", "EUR", "SGD", "JPY", "CNY"}
ZONES = {"WIB", "WITA", "WIT"}
METRIC = {"km", "m", "cm", "mm", "ha", "kg", "g", "l", "MW", "kWh", "m3", "km2"}
LOWER_WORD = re.compile(r"^[a-z]+$")

MONTHS = {
    "Januari": 1, "Februari": 2, "Maret": 3, "April": 4, "Mei": 5, "Juni": 6,
    "Juli": 7, "Agustus": 8, "September": 9, "Oktober": 10, "November": 11,
    "Desember": 12,
}
MONTH_RE = "(?:" + "|".join(MONTHS) + ")"
WEEKDAYS = {"Senin": 0, "Selasa": 1, "Rabu": 2, "Kamis": 3, "Jumat": 4,
            "Jum'at": 4, "Sabtu": 5, "Minggu": 6}
WD_RE = "(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu)"

# Indonesian number words.
UNITS = {"satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6,
         "tujuh": 7, "delapan": 8, "sembilan": 9}
SPECIAL = {"nol": 0, "sepuluh": 10, "sebelas": 11, "seratus": 100,
           "seribu": 1000, "sejuta": 1000000}
MULTS = {"belas", "puluh", "ratus", "ribu", "juta"}
NUMBER_WORDS = set(UNITS) | set(SPECIAL) | MULTS | {"miliar", "milyar", "triliun"}
VAGUE_WORDS = {"belasan", "puluhan", "ratusan", "ribuan", "jutaan", "miliaran",
               "triliunan"}
# Idioms in which a number word is not a number.
IDIOMS = ("salah satu", "satu-satunya", "satu per satu", "satu sama lain",
          "Salah satu", "satu atap", "satu pintu", "satu suara")

SCALES = {"ribu": 1e3, "rb": 1e3, "juta": 1e6, "jt": 1e6, "miliar": 1e9,
          "milyar": 1e9, "M": 1e9, "triliun": 1e12, "T": 1e12}
EN_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
CUR_PREFIX = [("US$", "USD"), ("S$", "SGD"), ("USD", "USD"), ("SGD", "SGD"),
              ("EUR", "EUR"), ("Rp", "IDR"), ("RM", "MYR"), ("€", "EUR")]
CUR_SUFFIX = [("dolar Amerika Serikat", "USD"), ("dolar Singapura", "SGD"),
              ("dolar AS", "USD"), ("rupiah", "IDR"), ("ringgit", "MYR"),
              ("euro", "EUR"), ("yen", "JPY"), ("yuan", "CNY")]
PER_FIXED = {"sekilo": "kg", "sekilogram": "kg", "seliter": "l", "seekor": "ekor",
             "per kilogram": "kg", "per kg": "kg", "per kilo": "kg", "/kg": "kg",
             "per liter": "l", "/liter": "l", "per gram": "g", "per meter kubik": "m3",
             "per dolar AS": "USD", "per dolar Amerika Serikat": "USD",
             "per dolar Singapura": "SGD", "per ringgit": "MYR", "per euro": "EUR",
             "per yen": "JPY", "per yuan": "CNY", "per kWh": "kWh",
             "per kilowatt jam": "kWh"}
UNIT_WORDS = {"kilometer": "km", "km": "km", "meter": "m", "sentimeter": "cm",
              "cm": "cm", "milimeter": "mm", "mm": "mm", "hektare": "ha",
              "hektar": "ha", "ha": "ha", "kilogram": "kg", "kg": "kg",
              "gram": "g", "liter": "l", "megawatt": "MW", "MW": "MW",
              "kilowatt jam": "kWh", "kWh": "kWh", "meter kubik": "m3",
              "kilometer persegi": "km2", "km2": "km2"}
RANGE_SEP = re.compile(r"\s?[-–]\s?|\s(?:hingga|sampai dengan|sampai|s\.d\.|s/d)\s")
PUNCT = set("""!"#&'()*+,-./:;<=>?@[\\]^_`{|}~""") | set("“”‘’–—…«»")
ABBREV = {"No", "Dr", "Jl", "H", "Hj", "Prof", "Ir", "dll", "dsb", "St", "Kol",
          "Bpk", "Sdr", "Kec", "Kab", "Tbk", "a.n", "Ny", "dkk"}

VALUE_KEYS = {"text", "nth", "kind", "value", "unit", "min", "max", "per"}
NOT_KEYS = {"text", "nth", "why"}
CASE_KEYS = {"id", "ref", "text", "values", "not_values"}


class DupKey(Exception):
    pass


def no_dups(pairs):
    seen = {}
    for k, v in pairs:
        if k in seen:
            raise DupKey(k)
        seen[k] = v
    return seen


# ----------------------------------------------------------------- helpers

def find_nth(text, sub, nth):
    start, pos = 0, -1
    for _ in range(nth + 1):
        pos = text.find(sub, start)
        if pos < 0:
            return None
        start = pos + len(sub)
    return pos


def is_num(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def close(a, b):
    return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))


def parse_iso(s):
    """Return (granularity, first_day) for YYYY / YYYY-MM / YYYY-MM-DD."""
    if not isinstance(s, str):
        return None
    try:
        if re.fullmatch(r"\d{4}", s):
            return "Y", datetime.date(int(s), 1, 1)
        if re.fullmatch(r"\d{4}-\d{2}", s):
            return "M", datetime.date(int(s[:4]), int(s[5:]), 1)
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
            return "D", datetime.date.fromisoformat(s)
    except ValueError:
        return None
    return None


def parse_hhmm(s):
    if not isinstance(s, str):
        return None
    m = re.fullmatch(r"([01]\d|2[0-3]):([0-5]\d)", s)
    return (int(m.group(1)), int(m.group(2))) if m else None


def id_number(s):
    """Indonesian digits: '.' thousands, ',' decimal."""
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?", s):
        return float(s.replace(".", "").replace(",", "."))
    return None


def en_number(s):
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?", s):
        return float(s.replace(",", ""))
    return None


def words_number(tokens):
    """Value of a sequence of Indonesian number words, or None."""
    if not tokens:
        return None
    total, cur, unit = 0, 0, 0
    for t in tokens:
        if t in UNITS:
            if unit:
                return None
            unit = UNITS[t]
        elif t in SPECIAL:
            if t in ("seribu", "sejuta"):
                total += SPECIAL[t]
            else:
                cur += SPECIAL[t]
        elif t == "belas":
            if not unit:
                return None
            cur, unit = cur + unit + 10, 0
        elif t == "puluh":
            if not unit:
                return None
            cur, unit = cur + unit * 10, 0
        elif t == "ratus":
            if not unit:
                return None
            cur, unit = cur + unit * 100, 0
        elif t in ("ribu", "juta"):
            mult = 1000 if t == "ribu" else 1000000
            if not (cur or unit):
                return None
            total, cur, unit = total + (cur + unit) * mult, 0, 0
        else:
            return None
    return total + cur + unit


def leading_number(s):
    """Split 's' into (number, rest) where the number is digits or words."""
    m = re.match(r"(\d[\d.,]*\d|\d)(?:\s(.*))?$", s)
    if m:
        n = id_number(m.group(1))
        return (n, m.group(2) or "") if n is not None else (None, s)
    toks = s.split(" ")
    k = 0
    while k < len(toks) and toks[k] in (set(UNITS) | set(SPECIAL) | {"belas", "puluh", "ratus"}):
        k += 1
    if k:
        n = words_number(toks[:k])
        if n is not None:
            return float(n), " ".join(toks[k:])
    return None, s


def split_range(s):
    parts = RANGE_SEP.split(s)
    return parts if len(parts) == 2 else None


# ------------------------------------------------------------ recompute

def nearest_year(ref, month, day):
    best = None
    for y in (ref.year - 1, ref.year, ref.year + 1):
        try:
            d = datetime.date(y, month, day)
        except ValueError:
            continue
        if best is None or abs((d - ref).days) < abs((best - ref).days):
            best = d
    return best


def relative_date(span, ref):
    """(True, expected ISO or None) if span is a listed relative form."""
    s = span
    low = s[0].lower() + s[1:]
    m = re.fullmatch(r"(hari ini|kemarin|besok|lusa)", low)
    if m:
        if ref is None:
            return True, None
        off = {"hari ini": 0, "kemarin": -1, "besok": 1, "lusa": 2}[m.group(1)]
        return True, (ref + datetime.timedelta(days=off)).isoformat()
    m = re.fullmatch(r"(" + WD_RE + r") (?:yang )?(lalu|depan)", s)
    if m:
        if ref is None:
            return True, None
        wd = WEEKDAYS[m.group(1)]
        if m.group(2) == "lalu":
            delta = (ref.weekday() - wd) % 7 or 7
            return True, (ref - datetime.timedelta(days=delta)).isoformat()
        delta = (wd - ref.weekday()) % 7 or 7
        return True, (ref + datetime.timedelta(days=delta)).isoformat()
    m = re.fullmatch(r"(pekan|Pekan|minggu) (?:yang )?(lalu|depan)", s)
    if m:
        if ref is None:
            return True, None
        off = -7 if m.group(2) == "lalu" else 7
        return True, (ref + datetime.timedelta(days=off)).isoformat()
    m = re.fullmatch(r"(.+?) hari (?:yang )?lalu", low)
    if m:
        n, rest = leading_number(m.group(1))
        if n is not None and rest == "":
            if ref is None:
                return True, None
            return True, (ref - datetime.timedelta(days=int(n))).isoformat()
    m = re.fullmatch(r"(bulan|tahun) (lalu|depan|ini)", low)
    if m:
        if ref is None:
            return True, None
        off = {"lalu": -1, "depan": 1, "ini": 0}[m.group(2)]
        if m.group(1) == "tahun":
            return True, str(ref.year + off)
        mi = ref.year * 12 + ref.month - 1 + off
        return True, "%04d-%02d" % (mi // 12, mi % 12 + 1)
    return False, None


def absolute_date(span, ref, errs):
    """Expected ('value', iso|None) or ('range', (min, max)) or None."""
    m = re.fullmatch(r"(" + WD_RE + r") \((\d{1,2})/(\d{1,2})(?:/(\d{4}))?\)", span)
    if m:
        wd, d, mo, y = WEEKDAYS[m.group(1)], int(m.group(2)), int(m.group(3)), m.group(4)
        try:
            if y:
                date = datetime.date(int(y), mo, d)
            elif ref is None:
                return ("value", None)
            else:
                date = nearest_year(ref, mo, d)
                if date is None:
                    raise ValueError
        except ValueError:
            errs.append("not a calendar date")
            return None
        if date.weekday() != wd:
            errs.append("weekday %s does not match %s (a %s)" % (
                m.group(1), date.isoformat(),
                [k for k, v in WEEKDAYS.items() if v == date.weekday()][0]))
        return ("value", date.isoformat())

    def dm(d, mo, y):
        d, mo = int(d), int(mo)
        if y:
            return datetime.date(int(y), mo, d)
        if ref is None:
            return None
        r = nearest_year(ref, mo, d)
        if r is None:
            raise ValueError
        return r

    try:
        m = re.fullmatch(r"(\d{1,2}) (" + MONTH_RE + r")(?: (\d{4}))?", span)
        if m:
            if not m.group(3) and ref is None:
                return ("value", None)
            return ("value", dm(m.group(1), MONTHS[m.group(2)], m.group(3)).isoformat())
        m = re.fullmatch(r"(\d{1,2})([-/])(\d{1,2})\2(\d{4})", span)
        if m:
            return ("value", datetime.date(int(m.group(4)), int(m.group(3)), int(m.group(1))).isoformat())
        m = re.fullmatch(r"(" + MONTH_RE + r") (\d{4})", span)
        if m:
            return ("value", "%s-%02d" % (m.group(2), MONTHS[m.group(1)]))
        m = re.fullmatch(r"(1[89]\d\d|2\d\d\d)", span)
        if m:
            return ("value", m.group(1))
        parts = split_range(span)
        if parts:
            a, b = parts
            mb = re.fullmatch(r"(\d{1,2}) (" + MONTH_RE + r")(?: (\d{4}))?", b)
            if mb:
                ma = re.fullmatch(r"(\d{1,2})(?: (" + MONTH_RE + r")(?: (\d{4}))?)?", a)
                if ma:
                    if not mb.group(3) and ref is None:
                        return ("range", (None, None))
                    hi_m, lo_m = MONTHS[mb.group(2)], MONTHS[ma.group(2) or mb.group(2)]
                    if mb.group(3):
                        lo = datetime.date(int(ma.group(3) or mb.group(3)), lo_m, int(ma.group(1)))
                        hi = datetime.date(int(mb.group(3)), hi_m, int(mb.group(1)))
                    else:
                        lo = nearest_year(ref, lo_m, int(ma.group(1)))
                        hi = datetime.date(lo.year, hi_m, int(mb.group(1)))
                        if hi < lo:
                            hi = datetime.date(lo.year + 1, hi_m, int(mb.group(1)))
                    return ("range", (lo.isoformat(), hi.isoformat()))
            mb = re.fullmatch(r"(" + MONTH_RE + r") (\d{4})", b)
            ma = re.fullmatch(r"(" + MONTH_RE + r")(?: (\d{4}))?", a)
            if ma and mb:
                ya = ma.group(2) or mb.group(2)
                return ("range", ("%s-%02d" % (ya, MONTHS[ma.group(1)]),
                                  "%s-%02d" % (mb.group(2), MONTHS[mb.group(1)])))
            if re.fullmatch(r"\d{4}", a) and re.fullmatch(r"\d{4}", b):
                return ("range", (a, b))
    except (ValueError, AttributeError):
        errs.append("not a calendar date")
        return None
    return None


def clock(h, mi, part):
    if part in (None, "pagi", "dini hari"):
        h = 0 if (part == "pagi" and h == 12) else h
    elif part == "siang":
        h = h if h >= 11 else h + 12
    elif part == "sore":
        h = h if h >= 12 else h + 12
    elif part == "malam":
        if h == 12:
            h = 0
        elif 6 <= h < 12:
            h += 12
    return "%02d:%02d" % (h, mi) if 0 <= h <= 23 and 0 <= mi <= 59 else None


TIME_ONE = re.compile(r"(?:[Pp]ukul|[Jj]am) (\d{1,2})(?:[.:](\d{2}))?"
                      r"(?: (pagi|siang|sore|malam|dini hari))?(?: (WIB|WITA|WIT))?")
TIME_RANGE = re.compile(r"(?:[Pp]ukul|[Jj]am) (\d{1,2})[.:](\d{2})\s?(?:[-–]|hingga|sampai)\s?"
                        r"(?:pukul )?(\d{1,2})[.:](\d{2})(?: (WIB|WITA|WIT))?")


def recompute_time(span):
    m = TIME_ONE.fullmatch(span)
    if m:
        return ("value", clock(int(m.group(1)), int(m.group(2) or 0), m.group(3)), m.group(4))
    m = TIME_RANGE.fullmatch(span)
    if m:
        return ("range", (clock(int(m.group(1)), int(m.group(2)), None),
                          clock(int(m.group(3)), int(m.group(4)), None)), m.group(5))
    return None


MONEY_PIECE = re.compile(
    r"(?P<cur>US\$|S\$|USD|SGD|EUR|Rp|RM|€)?\s?(?P<num>\d[\d.,]*\d|\d)"
    r"(?:\s?(?P<scale>ribu|rb|juta|jt|miliar|milyar|M|triliun|T|thousand|million|billion|trillion))?"
    r"(?:\s(?P<scur>dolar Amerika Serikat|dolar Singapura|dolar AS|rupiah|ringgit|euro|yen|yuan))?")


def money_piece(s):
    m = MONEY_PIECE.fullmatch(s)
    if not m:
        return None
    scale = m.group("scale")
    if scale in EN_SCALES:
        n, mult = en_number(m.group("num")), EN_SCALES[scale]
    else:
        n, mult = id_number(m.group("num")), SCALES.get(scale, 1)
    if n is None:
        return None
    cur = dict(CUR_PREFIX).get(m.group("cur")) or dict(CUR_SUFFIX).get(m.group("scur"))
    if cur is None and scale in ("rb", "jt"):
        cur = "IDR"
    return {"cur": cur, "n": n, "scale": mult if scale else None}


def recompute_money(span):
    """('value', amount, cur, per) / ('range', (lo, hi), cur, per) / None."""
    per, body = None, span
    for suf, p in sorted(PER_FIXED.items(), key=lambda kv: -len(kv[0])):
        sep = "" if suf.startswith("/") else " "
        if span.endswith(sep + suf):
            per, body = p, span[: -len(sep + suf)]
            break
    else:
        m = re.fullmatch(r"(.+?) per ([a-z]+)", span)
        if m:
            per, body = m.group(2), m.group(1)
    one = money_piece(body)
    if one and one["cur"]:
        return ("value", one["n"] * (one["scale"] or 1), one["cur"], per)
    parts = split_range(body)
    if parts:
        a, b = money_piece(parts[0]), money_piece(parts[1])
        if a and b:
            cur = a["cur"] or b["cur"]
            if cur and (a["cur"] in (None, cur)) and (b["cur"] in (None, cur)):
                sa = a["scale"] or b["scale"] or 1
                sb = b["scale"] or 1
                return ("range", (a["n"] * sa, b["n"] * sb), cur, per)
    return None


PCT_PIECE = re.compile(r"(\d[\d.,]*\d|\d)\s?(%|persen poin|poin persentase|persen)?")


def recompute_percent(span):
    m = PCT_PIECE.fullmatch(span)
    if m and m.group(2):
        n = id_number(m.group(1))
        unit = "%" if m.group(2) in ("%", "persen") else "pp"
        return ("value", n, unit) if n is not None else None
    parts = split_range(span)
    if parts:
        a, b = PCT_PIECE.fullmatch(parts[0]), PCT_PIECE.fullmatch(parts[1])
        if a and b and b.group(2):
            na, nb = id_number(a.group(1)), id_number(b.group(1))
            unit = "%" if b.group(2) in ("%", "persen") else "pp"
            if na is not None and nb is not None:
                return ("range", (na, nb), unit)
    return None


def quantity_piece(s):
    n, rest = leading_number(s)
    if n is None:
        return None
    m = re.match(r"(ribu|juta|miliar)(?: (.*))?$", rest)
    if m:
        n *= SCALES[m.group(1)]
        rest = m.group(2) or ""
    return n, rest


def quantity_unit(rest):
    if rest in UNIT_WORDS:
        return UNIT_WORDS[rest]
    if LOWER_WORD.fullmatch(rest):
        return rest
    return None


def recompute_quantity(span):
    p = quantity_piece(span)
    if p and p[1]:
        u = quantity_unit(p[1])
        return ("value", p[0], u) if u else None
    parts = split_range(span)
    if parts:
        a, b = quantity_piece(parts[0]), quantity_piece(parts[1])
        if a and b and b[1]:
            u = quantity_unit(b[1])
            if u and (a[1] == "" or quantity_unit(a[1]) == u):
                return ("range", (a[0], b[0]), u)
    return None


# ---------------------------------------------------------------- checks

def count_sentences(text):
    n = 0
    for para in re.split(r"\n\s*\n", text.strip()):
        if not para.strip():
            continue
        n += 1
        for m in re.finditer(r"([.!?])[\"”’']?\s+(?=[\"“‘']?[A-Z])", para):
            before = para[: m.start()].rsplit(None, 1)
            last = before[-1] if before else ""
            if m.group(1) == "." and last.lstrip("(") in ABBREV:
                continue
            n += 1
    return n


def span_punct_ok(s):
    if s[0].isspace() or s[-1].isspace():
        return False
    if s[0] in PUNCT:
        return False
    if s[-1] in PUNCT:
        return s[-1] == ")" and s.count("(") == s.count(")")
    return True


def check_value_shape(v, ref, where, errs, warns, stats):
    kind, val, unit = v.get("kind"), v.get("value", "MISSING"), v.get("unit", "MISSING")
    if kind not in KINDS:
        errs.append(f"{where}: kind {kind!r} not in {KINDS}")
        return
    if val == "MISSING" or unit == "MISSING":
        errs.append(f"{where}: value and unit are required")
        return
    is_range = "min" in v or "max" in v
    if is_range:
        if "min" not in v or "max" not in v:
            errs.append(f"{where}: a range needs both min and max")
            return
        if val is not None:
            errs.append(f"{where}: a range has value null")
        stats["ranges"] += 1
    if "per" in v:
        if kind != "money":
            errs.append(f"{where}: 'per' only on money")
        elif not (isinstance(v["per"], str) and (LOWER_WORD.fullmatch(v["per"])
                  or v["per"] in METRIC or v["per"] in CURRENCIES)):
            errs.append(f"{where}: bad per {v['per']!r}")
        stats["rates"] += 1

    if kind == "date":
        if unit is not None:
            errs.append(f"{where}: date unit must be null")
        if is_range:
            a, b = parse_iso(v["min"]), parse_iso(v["max"])
            if not a or not b:
                errs.append(f"{where}: min/max must be ISO dates")
            elif a[0] != b[0]:
                errs.append(f"{where}: min/max of different granularity")
            elif a[1] > b[1]:
                errs.append(f"{where}: min > max")
        elif val is not None and not parse_iso(val):
            errs.append(f"{where}: bad date value {val!r}")
        elif val is None and ref is not None:
            errs.append(f"{where}: date null although ref is given")
    elif kind == "time":
        if unit is not None and unit not in ZONES:
            errs.append(f"{where}: time unit {unit!r} not in {sorted(ZONES)} or null")
        if is_range:
            a, b = parse_hhmm(v["min"]), parse_hhmm(v["max"])
            if not a or not b:
                errs.append(f"{where}: min/max must be HH:MM")
            elif a > b:
                errs.append(f"{where}: min > max")
        elif not parse_hhmm(val):
            errs.append(f"{where}: bad time value {val!r}")
        zones = re.findall(r"\b(WIB|WITA|WIT)\b", v.get("text", ""))
        if (zones[-1] if zones else None) != unit:
            errs.append(f"{where}: unit {unit!r} but zone in span {zones}")
    else:
        if is_range:
            if not is_num(v["min"]) or not is_num(v["max"]):
                errs.append(f"{where}: min/max must be numbers")
            elif v["min"] > v["max"]:
                errs.append(f"{where}: min > max")
        elif not is_num(val):
            errs.append(f"{where}: {kind} value must be a number (null only for a range)")
        if kind == "money" and unit not in CURRENCIES:
            errs.append(f"{where}: money unit {unit!r} not in {sorted(CURRENCIES)}")
        if kind == "percent" and unit not in ("%", "pp"):
            errs.append(f"{where}: percent unit {unit!r} not % or pp")
        if kind == "quantity" and not (isinstance(unit, str) and (LOWER_WORD.fullmatch(unit) or unit in METRIC)):
            errs.append(f"{where}: quantity unit {unit!r} is not a lower-case word or metric abbreviation")


def same(expected, got):
    if is_num(expected) and is_num(got):
        return close(expected, got)
    return expected == got


def check_recompute(v, ref, where, errs, warns, stats):
    kind, span = v.get("kind"), v.get("text")
    is_range = "min" in v
    got = (v.get("min"), v.get("max")) if is_range else v.get("value")

    def expect(kind_of, exp):
        if kind_of == "range":
            if not is_range:
                errs.append(f"{where}: span is a range, expected min/max {exp}")
            elif not (same(exp[0], got[0]) and same(exp[1], got[1])):
                errs.append(f"{where}: min/max {got} but span gives {exp}")
        else:
            if is_range:
                errs.append(f"{where}: span is not a range, expected value {exp!r}")
            elif not same(exp, got):
                errs.append(f"{where}: value {got!r} but span gives {exp!r}")

    if kind == "date":
        rel, exp = relative_date(span, ref)
        if rel:
            stats["relative dates"] += 1
            expect("value", exp)
            return
        sub = []
        r = absolute_date(span, ref, sub)
        errs.extend(f"{where}: {e}" for e in sub)
        if r is None:
            if not sub:
                warns.append(f"{where}: date span not recomputed")
            return
        if r[0] == "range" and r[1] == (None, None):
            if ref is None and not is_range and v.get("value") is None:
                return
        expect(*r)
    elif kind == "time":
        r = recompute_time(span)
        if r is None:
            warns.append(f"{where}: time span not recomputed")
            return
        expect(r[0], r[1])
    elif kind == "money":
        r = recompute_money(span)
        if r is None:
            warns.append(f"{where}: money span not recomputed")
            return
        expect(r[0], r[1])
        if r[2] != v.get("unit"):
            errs.append(f"{where}: unit {v.get('unit')!r} but span gives {r[2]!r}")
        if r[3] != v.get("per"):
            errs.append(f"{where}: per {v.get('per')!r} but span gives {r[3]!r}")
    elif kind == "percent":
        r = recompute_percent(span)
        if r is None:
            warns.append(f"{where}: percent span not recomputed")
            return
        expect(r[0], r[1])
        if r[2] != v.get("unit"):
            errs.append(f"{where}: unit {v.get('unit')!r} but span gives {r[2]!r}")
    elif kind == "quantity":
        r = recompute_quantity(span)
        if r is None:
            warns.append(f"{where}: quantity span not recomputed")
            return
        expect(r[0], r[1])
        if r[2] != v.get("unit"):
            errs.append(f"{where}: unit {v.get('unit')!r} but span gives {r[2]!r}")


def resolve(text, item, keys, where, errs):
    if not isinstance(item, dict):
        errs.append(f"{where}: not an object")
        return None
    extra = set(item) - keys
    if extra:
        errs.append(f"{where}: unknown fields {sorted(extra)}")
    sub, nth = item.get("text"), item.get("nth")
    if not isinstance(sub, str) or not sub:
        errs.append(f"{where}: bad text {sub!r}")
        return None
    if not isinstance(nth, int) or isinstance(nth, bool) or nth < 0:
        errs.append(f"{where}: bad nth {nth!r}")
        return None
    if not span_punct_ok(sub):
        errs.append(f"{where}: span {sub!r} starts or ends with whitespace/punctuation")
    pos = find_nth(text, sub, nth)
    if pos is None:
        errs.append(f"{where}: {sub!r} nth={nth} does not occur")
        return None
    return (pos, pos + len(sub))


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def check(cases):
    errs, warns = [], []
    stats = {"cases": 0, "sentences": 0, "values": 0, "ranges": 0, "rates": 0,
             "relative dates": 0, "not_values": 0, "cases without values": 0}
    per_kind = {k: 0 for k in KINDS}
    if not isinstance(cases, list):
        return ["top level must be a list"], [], stats, per_kind
    ids = set()
    for ci, case in enumerate(cases):
        if not isinstance(case, dict):
            errs.append(f"case[{ci}]: not an object")
            continue
        cid = case.get("id")
        where = f"{cid or 'case[%d]' % ci}"
        stats["cases"] += 1
        extra = set(case) - CASE_KEYS
        missing = CASE_KEYS - set(case)
        if extra:
            errs.append(f"{where}: unknown fields {sorted(extra)}")
        if missing:
            errs.append(f"{where}: missing fields {sorted(missing)}")
        if not isinstance(cid, str) or not cid:
            errs.append(f"{where}: bad id")
        elif cid in ids:
            errs.append(f"{where}: duplicate id")
        ids.add(cid)
        ref = case.get("ref")
        if ref is not None:
            try:
                if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", ref):
                    raise ValueError
                ref = datetime.date.fromisoformat(ref)
            except (TypeError, ValueError):
                errs.append(f"{where}: bad ref {case.get('ref')!r}")
                ref = None
        text = case.get("text")
        if not isinstance(text, str) or not text.strip():
            errs.append(f"{where}: empty text")
            continue
        ns = count_sentences(text)
        stats["sentences"] += ns
        if ns > 2:
            errs.append(f"{where}: {ns} sentences (at most two)")
        values = case.get("values") if isinstance(case.get("values"), list) else []
        nots = case.get("not_values") if isinstance(case.get("not_values"), list) else []
        if not isinstance(case.get("values"), list) or not isinstance(case.get("not_values"), list):
            errs.append(f"{where}: values and not_values must be lists")
        gold, bad = [], []
        for vi, v in enumerate(values):
            w = f"{where} value[{vi}] {v.get('text') if isinstance(v, dict) else v!r}"
            sp = resolve(text, v, VALUE_KEYS, w, errs)
            if not isinstance(v, dict):
                continue
            stats["values"] += 1
            if v.get("kind") in per_kind:
                per_kind[v["kind"]] += 1
            check_value_shape(v, ref, w, errs, warns, stats)
            if isinstance(v.get("text"), str) and v.get("text"):
                check_recompute(v, ref, w, errs, warns, stats)
            if sp:
                for other, ow in gold:
                    if overlaps(sp, other):
                        errs.append(f"{w}: overlaps gold {ow}")
                gold.append((sp, v.get("text")))
        for ni, nv in enumerate(nots):
            w = f"{where} not_value[{ni}] {nv.get('text') if isinstance(nv, dict) else nv!r}"
            sp = resolve(text, nv, NOT_KEYS, w, errs)
            if not isinstance(nv, dict):
                continue
            stats["not_values"] += 1
            if not isinstance(nv.get("why"), str) or not nv["why"].strip():
                errs.append(f"{w}: 'why' must be a non-empty string")
            if sp:
                for other, ow in gold:
                    if overlaps(sp, other):
                        errs.append(f"{w}: overlaps gold {ow}")
                for other, ow in bad:
                    if overlaps(sp, other):
                        errs.append(f"{w}: overlaps not_value {ow}")
                bad.append((sp, nv.get("text")))
        if not values:
            stats["cases without values"] += 1
            if not nots:
                warns.append(f"{where}: no values and no not_values")
        covered = [s for s, _ in gold] + [s for s, _ in bad]

        def uncovered(a, b):
            return not any(s[0] <= a and b <= s[1] for s in covered)

        for m in re.finditer(r"\d+", text):
            if uncovered(m.start(), m.end()):
                errs.append(f"{where}: number {m.group()!r} at {m.start()} is in no value or not_value")
        idiom_spans = []
        for idiom in IDIOMS:
            for m in re.finditer(re.escape(idiom), text):
                idiom_spans.append((m.start(), m.end()))
        for m in re.finditer(r"(?<![\w-])[A-Za-z]+(?![\w-])", text):
            w0 = m.group().lower()
            if w0 in NUMBER_WORDS or w0 in VAGUE_WORDS:
                if any(a <= m.start() and m.end() <= b for a, b in idiom_spans):
                    continue
                if uncovered(m.start(), m.end()):
                    errs.append(f"{where}: number word {m.group()!r} at {m.start()} is in no value or not_value")
    return errs, warns, stats, per_kind


def main(argv):
    strict = "--strict" in argv
    args = [a for a in argv if a != "--strict"]
    path = args[0] if args else DEFAULT
    try:
        with open(path, encoding="utf-8") as f:
            cases = json.load(f, object_pairs_hook=no_dups)
    except DupKey as e:
        print(f"ERROR: duplicate JSON key {e}")
        return 1
    except (OSError, ValueError) as e:
        print(f"ERROR: cannot read {path}: {e}")
        return 1
    errs, warns, stats, per_kind = check(cases)
    for w in warns:
        print("WARNING:", w)
    for e in errs:
        print("ERROR:", e)
    print(f"{path}:")
    print(f"  cases                 {stats['cases']}")
    print(f"  sentences             {stats['sentences']}")
    print(f"  values                {stats['values']}")
    for k in KINDS:
        print(f"    {k:<19} {per_kind[k]}")
    print(f"  ranges                {stats['ranges']}")
    print(f"  rates                 {stats['rates']}")
    print(f"  relative dates        {stats['relative dates']}")
    print(f"  not_values            {stats['not_values']}")
    print(f"  cases without values  {stats['cases without values']}")
    print(f"  {len(errs)} error(s), {len(warns)} warning(s)")
    return 1 if errs or (strict and warns) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
