#!/usr/bin/env python3
"""Pathological inputs for `warta analyze`: time and peak memory.

Writes each input at its full size and at a tenth of it, runs
`/usr/bin/time -v warta analyze FILE > /dev/null` on both, and prints a
Markdown table: size, wall time, peak memory (maximum resident set size),
and the time ratio of the full input to the tenth (linear time: 10x input,
at most 12x time).

    cargo build --release
    python3 scripts/pathological.py [--warta target/release/warta] [--runs 3]
    python3 scripts/pathological.py --sweep   # 45 repeated units, 1 vs 10 MB

The inputs are generated from the project's own articles (benches/texts/),
so the script needs nothing outside the repository. Each run is the best
(lowest wall time) of --runs runs; peak memory is that run's.
"""

import argparse
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MB = 1_000_000


def articles():
    texts = []
    d = os.path.join(ROOT, "benches", "texts")
    for name in sorted(os.listdir(d)):
        if name.endswith(".txt"):
            with open(os.path.join(d, name), encoding="utf-8") as f:
                texts.append(f.read())
    return texts


def repeat_to(unit, size):
    """`unit` repeated and cut to `size` bytes on a character boundary."""
    data = unit.encode("utf-8")
    out = data * (size // len(data) + 1)
    out = out[:size]
    # cut back to a character boundary
    while out and (out[-1] & 0xC0) == 0x80:
        out = out[:-1]
    if out and out[-1] >= 0xC0:
        out = out[:-1]
    return out


def one_line(size):
    text = " ".join(a.replace("\n", " ") for a in articles())
    return repeat_to(text + " ", size)


def no_space(size):
    text = "".join(re.sub(r"\s+", "", a) for a in articles())
    return repeat_to(text, size)


def punctuation(size):
    return repeat_to("!?.,;:-–—…()[]{}\"'“”‘’/\\*&%$#@", size)


def nested(levels):
    openers = "([{“‘«\"'"
    closers = ")]}”’»\"'"
    o = "".join(openers[i % len(openers)] for i in range(levels))
    c = "".join(closers[i % len(closers)] for i in reversed(range(levels)))
    return (o + "Presiden Joko Widodo berkata." + c).encode("utf-8")


def entity_repeats(count):
    return ("Bank Indonesia " * count).encode("utf-8")


def mixed_scripts(size):
    unit = (
        "Menteri Luar Negeri bertemu di Jakarta. "
        "\u202bوزير الخارجية في جاكرتا\u202c "
        "שר החוץ בירושלים \u200f"
        "外交部长在雅加达会见。"
        "विदेश मंत्री जकार्ता में। "
        "รัฐมนตรีต่างประเทศ "
        "Ｍｅｎｔｅｒｉ　ｂｅｒｋａｔａ "
        "\u202eRLO terbalik\u202c Пресс-релиз Кремля. "
    )
    return repeat_to(unit, size)


def control_bytes(size):
    text = " ".join(articles())
    out = []
    for i, ch in enumerate(text):
        out.append(ch)
        if i % 7 == 3:
            out.append(chr(i % 32))
        if i % 11 == 5:
            out.append("\x7f")
    return repeat_to("".join(out), size)


def emoji(size):
    unit = "😀👍🏽👨‍👩‍👧‍👦🇮🇩🏳️‍🌈❤️🔥🙏🏻✨🤝🌏"
    return repeat_to(unit, size)


def abbreviations(count):
    """`count` distinct `Partai Xyz (PX)` definitions, then each abbreviation
    again: many aliases and many alias hits."""
    names = []
    for i in range(count):
        a, b = chr(65 + i % 26), chr(65 + (i // 26) % 26)
        c = chr(65 + (i // 676) % 26)
        names.append((f"Partai {a}x{b}y{c}z", f"P{a}{b}{c}"))
    defs = " ".join(f"{n} ({abbr}) hadir." for n, abbr in names)
    uses = " ".join(f"{abbr} menolak." for _, abbr in names)
    return (defs + "\n" + uses).encode("utf-8")


def boilerplate(count):
    """`count` lines of `Baca juga:` links between paragraphs."""
    text = articles()[0].split("\n\n")[0]
    lines = []
    for i in range(count):
        lines.append(f"Baca juga: Harga beras naik lagi di pasar {i}")
        if i % 10 == 0:
            lines.append(text)
    return "\n".join(lines).encode("utf-8")


def periods(size):
    return b"." * size


def short_lines(size):
    return b"-\n" * (size // 2)


# name, description, generator, full-size argument
INPUTS = [
    ("one-line", "100 MB of articles on one line", one_line, 100 * MB),
    ("no-space", "10 MB without a space", no_space, 10 * MB),
    ("punctuation", "1M-character punctuation run", punctuation, 1_000_000),
    ("nested", "100k nested quotes and brackets", nested, 100_000),
    ("entity-repeats", "100k repetitions of `Bank Indonesia`", entity_repeats, 100_000),
    ("mixed-scripts", "10 MB of mixed scripts and right-to-left text", mixed_scripts, 10 * MB),
    ("control", "10 MB of text with NUL and control bytes", control_bytes, 10 * MB),
    ("emoji", "10 MB of emoji only", emoji, 10 * MB),
    ("periods", "10 MB of periods", periods, 10 * MB),
    ("short-lines", "5M one-character lines", short_lines, 10 * MB),
    ("abbreviations", "17,576 distinct `Name (ABBR)` definitions and uses", abbreviations, 17_576),
    ("boilerplate", "100k `Baca juga:` lines", boilerplate, 100_000),
]


# Units repeated to 1 MB and 10 MB by --sweep: each stresses one scanner
# (abbreviation chains, ellipses, handles, quotes, URLs, numbers, lines).
SWEEP = [
    "Dr.", "...", "@x", "'a", "\u201c", "-\n", "\t", "Baca juga: x\n",
    "JAKARTA, KOMPAS.com - ", "5% ", "#a", "a@b.", "\"'`", "``a''", "&amp;",
    "<a>", "?!", "a: ", ";", "\"a\" ", "-1", "1,5", "10.00 ", "12/11/2024 ",
    "+62", "0812-3456-7890 ", "1.", "1,", "http://a.b/c?d=e&", "A.", "a-",
    "Bank Indonesia Jakarta ", "(a) ", "\n", "\r", "\u200d", "a\u0301",
    "\ufeff", "Rp1.000.000,00 ", "Harga Beras Naik Lagi Di Pasar Induk\n",
    "PT A B C D E F G H I J K Tbk ", "a-b-c-d-e-", "a.b.c.d.e.f.g.h.",
    "ABCDEFGHIJ", "Copywriter | Ghost Writer | Farmer\n",
]


def sweep(warta, runs):
    print("| unit | 1 MB | 10 MB | ratio |")
    print("|---|---:|---:|---:|")
    worst = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "unit.txt")
        for unit in SWEEP:
            times = []
            for size in (MB, 10 * MB):
                with open(path, "wb") as f:
                    f.write(repeat_to(unit, size))
                times.append(measure(warta, path, runs)[0])
            ratio = times[1] / max(times[0], 1e-3)
            worst = max(worst, ratio)
            flag = "  <-- over 12x" if ratio > 12 else ""
            print(f"| `{unit!r}` | {times[0]:.2f} s | {times[1]:.2f} s | {ratio:.1f}x{flag} |", flush=True)
    print(f"\nworst ratio {worst:.1f}x")


def measure(warta, path, runs):
    best = None
    for _ in range(runs):
        with open(os.devnull, "wb") as devnull:
            p = subprocess.run(
                ["/usr/bin/time", "-v", warta, "analyze", path],
                stdout=devnull,
                stderr=subprocess.PIPE,
                text=True,
            )
        if p.returncode != 0:
            sys.exit(f"{path}: warta failed:\n{p.stderr}")
        wall = re.search(r"Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+):([\d.]+)", p.stderr)
        h, m, s = wall.groups()
        secs = int(h or 0) * 3600 + int(m) * 60 + float(s)
        rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", p.stderr).group(1))
        if best is None or secs < best[0]:
            best = (secs, rss)
    return best


def human(n):
    if n >= MB:
        return f"{n / MB:g} MB"
    if n >= 1000:
        return f"{n / 1000:g} kB"
    return f"{n} B"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--warta", default=os.path.join(ROOT, "target", "release", "warta"))
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--only", help="comma-separated input names")
    ap.add_argument("--sweep", action="store_true", help="time repeated units at 1 and 10 MB")
    args = ap.parse_args()
    if args.sweep:
        sweep(args.warta, args.runs)
        return
    only = set(args.only.split(",")) if args.only else None
    print("| input | size | time | peak memory | 1/10 size | time | ratio |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as tmp:
        for name, desc, gen, full in INPUTS:
            if only and name not in only:
                continue
            results = []
            for arg in (full // 10, full):
                data = gen(arg)
                path = os.path.join(tmp, f"{name}-{arg}.txt")
                with open(path, "wb") as f:
                    f.write(data)
                secs, rss = measure(args.warta, path, args.runs)
                results.append((len(data), secs, rss))
                os.remove(path)
            (small, t_small, _), (size, t, rss) = results
            ratio = t / t_small if t_small > 0 else float("inf")
            print(
                f"| {desc} | {human(size)} | {t:.2f} s | {rss / 1024:.0f} MiB "
                f"| {human(small)} | {t_small:.3f} s | {ratio:.1f}x |",
                flush=True,
            )


if __name__ == "__main__":
    main()
