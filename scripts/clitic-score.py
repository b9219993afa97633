#!/usr/bin/env python3
"""Agreement of warta's clitic splits (CoNLL-U multiword tokens) with a gold
UD file: precision and recall of "this surface token is split", and how often
the words agree where both split.

usage: clitic-score.py GOLD.conllu SYSTEM.conllu
"""
import sys


def multiword_tokens(path):
    """Map from the offset of each surface token (in the text without
    whitespace) to (form, words or None)."""
    tokens, pos, skip, mwt = {}, 0, 0, None
    with open(path, encoding="utf-8") as f:
        for raw in f:
            line = raw.rstrip("\n")
            if not line:
                skip = 0
                continue
            if line.startswith("#"):
                continue
            cols = line.split("\t")
            ident, form = cols[0], cols[1]
            if "." in ident:
                continue
            if "-" in ident:
                skip = int(ident.split("-")[1])
                mwt = pos
                tokens[pos] = (form, [])
                pos += len("".join(form.split()))
            elif int(ident) <= skip:
                tokens[mwt][1].append(form)
            else:
                tokens[pos] = (form, None)
                pos += len("".join(form.split()))
    return tokens


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    gold, system = multiword_tokens(sys.argv[1]), multiword_tokens(sys.argv[2])
    tp = fp = fn = same = 0
    for pos, (form, words) in gold.items():
        sys_form, sys_words = system.get(pos, (None, None))
        split = sys_form == form and sys_words is not None
        if words is not None and split:
            tp += 1
            same += words == sys_words
        elif words is not None:
            fn += 1
    for pos, (form, words) in system.items():
        if words is not None and not (pos in gold and gold[pos][0] == form and gold[pos][1] is not None):
            fp += 1
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    print(f"clitics    P {100 * p:6.2f}  R {100 * r:6.2f}  F1 {100 * f1:6.2f}   "
          f"(gold {tp + fn}, system {tp + fp}; same words in {same} of {tp})")


if __name__ == "__main__":
    main()
