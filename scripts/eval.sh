#!/usr/bin/env bash
# Scores the release binary on the evaluation data exactly as acceptance does
# (the data and scorers live in ../shared/eval beside the project, not in a
# clone of it).
# Usage: scripts/eval.sh [ner|lang|nusax|stem|tala|topics|sample|html|all]   (default: all)
#   ner     ORG+LOC exact-span F1 on idner-news-2k dev and train, NERGrit valid and train
#   lang    Indonesian vs Malay on DSL 2014 and DSL 2015-B (also cut to 60 characters)
#   nusax   id/jv/su/en on NusaX valid and train
#   stem    default stemmer against UD lemmas (GSD dev + CSUI train)
#   tala    Snowball Indonesian conformance
#   topics  trained on SIB-200 train, scored on dev; zero-shot on dev and on train
#   sample  `warta analyze` and `warta topics` on the sample scraped article
#   html    the article-extraction benchmark: the body of `Analyzer::analyze_html`
#           (examples/html_extract.rs), scored with the published peers beside it
set -euo pipefail
cd "$(dirname "$0")/.."
shared=../shared
eval=$shared/eval
[ -d "$eval" ] || { echo "no $eval: the evaluation data is not here" >&2; exit 1; }
cargo build --release --quiet
w=target/release/warta
score() { python3 "$eval/tools/score.py" "$@"; }
task=${1:-all}
run() { [ "$task" = all ] || [ "$task" = "$1" ]; }
if run ner; then
    for f in idner-news-2k/dev.txt idner-news-2k/train.txt nergrit/valid_preprocess.txt nergrit/train_preprocess.txt; do
        echo "== ner $f"; score ner "$w" "$eval/ner/$f"
    done
fi
if run lang; then
    for f in dsl2014-idmy.tsv dsl2015b-idmy.tsv; do echo "== lang $f"; score lang "$w" "$eval/lid/$f"; done
fi
if run nusax; then
    for f in valid train; do echo "== nusax $f"; score nusax "$w" "$eval/lid/nusax/$f.csv"; done
fi
if run stem; then echo "== stem"; score stem "$w" "$eval/stem/ud-dev-lemmas.tsv"; fi
if run tala; then echo "== tala"; score tala "$w" "$eval/stem/voc.txt" "$eval/stem/output.txt"; fi
if run topics; then
    echo "== topics: trained on train, scored on dev; zero-shot on dev"
    score topics "$w" "$eval/topic/train.tsv" "$eval/topic/dev.tsv"
    echo "== topics: zero-shot on train (the last figure)"
    score topics "$w" "$eval/topic/train.tsv" "$eval/topic/train.tsv"
fi
if run sample; then
    echo "== sample: warta analyze"; "$w" analyze "$shared/samples/xiaomi-taiwan.txt"
    echo "== sample: warta topics"; "$w" topics "$shared/samples/xiaomi-taiwan.txt"
fi
if run html; then
    echo "== html: article-extraction benchmark (F1, precision, recall; peers' published outputs below)"
    cargo build --release --quiet --example html_extract
    pred=$(mktemp --suffix=.json)
    target/release/examples/html_extract "$eval/html/html" > "$pred"
    python3 "$eval/tools/html_score.py" "$eval/html/ground-truth.json" "$pred" "$eval"/html/peers/*.json
    rm -f "$pred"
fi
