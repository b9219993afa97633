#!/usr/bin/env bash
# Scores `warta tokenize --format conllu` on the UD Indonesian dev data in
# ../shared/eval/ud with the shared scorer, exactly as acceptance does.
# Usage: scripts/ud-eval.sh   (builds the release binary first)
set -euo pipefail
cd "$(dirname "$0")/.."
ud=../shared/eval/ud
[ -d "$ud" ] || { echo "no $ud: the evaluation data is not here" >&2; exit 1; }
cargo build --release --quiet
out=$(mktemp -d)
for set in gsd-dev csui-train; do
    ./target/release/warta tokenize --format conllu "$ud/$set.txt" > "$out/$set.conllu"
    echo "== $set"
    python3 ../shared/eval/tools/ud_score.py "$ud/$set.conllu" "$out/$set.conllu"
    python3 scripts/clitic-score.py "$ud/$set.conllu" "$out/$set.conllu"
done
rm -rf "$out"
