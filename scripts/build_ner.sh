#!/usr/bin/env bash
# Trains the built-in name tagger, data/ner.bin, with `warta ner train`:
# idner-news-2k train (MIT) from the evaluation data, 10 epochs, seed 1.
# The same input gives the same bytes; .ci/run checks that it does. The
# gazetteer's matches are features, so retrain after changing data/entities/
# or the word lists (data/person_names.tsv, data/person_titles.tsv).
#
# Usage: scripts/build_ner.sh [DATA_DIR]   (default: ../shared beside the project)
set -euo pipefail
cd "$(dirname "$0")/.."
data=${1:-../shared}
train="$data/eval/ner/idner-news-2k/train.txt"
if [ ! -f "$train" ]; then
    echo "build_ner: $train not found (the evaluation data)" >&2
    exit 1
fi
cargo build --release --quiet
target=${CARGO_TARGET_DIR:-target}
"$target/release/warta" ner train --input "$train" --output data/ner.bin --epochs 10 --seed 1
