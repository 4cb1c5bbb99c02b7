#!/bin/bash
# The outputs a speed-up must leave byte-identical: every sample checked (json, human) and
# aligned, the generated batch and alias corpora, 2 × 5k (check, align), 10 × 5k, and with
# `full` 2 × 50k and 2 × 10k (human).
#   bash bench/same-output.sh BIN OUTDIR WORK [full]     # WORK from bench/gen_news.py scale,
#   diff -r OLD_OUTDIR NEW_OUTDIR                        # batch and aliases (see benchmarks.md)
set -u
BIN=$1; OUT=$2; W=$3
mkdir -p "$OUT"
for d in samples/*/; do
  n=$(basename "$d"); files=$(ls "$d"*.txt | sort)
  for fmt in json human; do
    # shellcheck disable=SC2086
    "$BIN" check $files --no-config --color never --format $fmt > "$OUT/sample-$n.$fmt" 2>&1
    echo "rc=$?" >> "$OUT/sample-$n.$fmt"
  done
  # shellcheck disable=SC2086
  "$BIN" align $files --format json > "$OUT/align-$n.json" 2>&1
done
"$BIN" batch "$W/batch/manifest.jsonl" --jobs 2 --fail-on never --no-config > "$OUT/batch.jsonl" 2>&1
"$BIN" batch "$W/aliases/manifest.jsonl" --jobs 2 --fail-on never --no-config > "$OUT/aliases.jsonl" 2>&1
"$BIN" check samples/dprk-report/original.txt samples/dprk-report/translation.txt --no-config \
  --aliases "$W/aliases/aliases.toml" --format json > "$OUT/dprk-aliases.json" 2>&1
"$BIN" check "$W/n5000/v1.txt" "$W/n5000/v2.txt" --no-config --fail-on never --format json > "$OUT/n5000.json"
"$BIN" align "$W/n5000/v1.txt" "$W/n5000/v2.txt" --format json > "$OUT/n5000-align.json"
"$BIN" check "$W"/n5000/v*.txt --no-config --fail-on never --format json > "$OUT/n5000-10.json"
if [ "${4:-}" = full ]; then
  "$BIN" check "$W/n50000/v1.txt" "$W/n50000/v2.txt" --no-config --fail-on never --format json > "$OUT/n50000.json"
  "$BIN" check "$W/n10000/v1.txt" "$W/n10000/v2.txt" --no-config --fail-on never --format human \
    --color never > "$OUT/n10000.human"
fi
