#!/usr/bin/env python3
"""Scores `warta dedup` on a synthetic feed from `examples/dedup_feed.rs`:
pairwise precision, recall and F1 of the clusters against the planted
stories (the feed's `story` field), and how many origins are the story's
original.

    python3 scripts/dedup_scale_score.py FEED.jsonl CLUSTERS.jsonl
"""
import json
import sys
from collections import Counter


def pairs(n):
    return n * (n - 1) // 2


def main(feed, clusters):
    story = {}
    with open(feed, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            story[r["id"]] = r["story"]
    got = {}
    with open(clusters, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            got[r["id"]] = (r["cluster"], r["origin"])
    both = Counter((got[i][0], story[i]) for i in story)
    pred = Counter(got[i][0] for i in story)
    gold = Counter(story.values())
    tp = sum(pairs(n) for n in both.values())
    p = tp / max(1, sum(pairs(n) for n in pred.values()))
    r = tp / max(1, sum(pairs(n) for n in gold.values()))
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    origin_right = sum(1 for i in story if got[i][1] == story[i])
    print(f"{len(story)} records, {sum(1 for s in gold.values() if s > 1)} planted stories of 2+, "
          f"{len(pred)} clusters; pairwise P {p:.4f} R {r:.4f} F1 {f1:.4f}; "
          f"origin = the original for {origin_right / len(story):.4f} of records")


if __name__ == "__main__":
    main(*sys.argv[1:3])
