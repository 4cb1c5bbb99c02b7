#!/usr/bin/env bash
# Language detection for issue 9: whatlang against lingua (11 languages) on the dev documents and
# single sentences. Builds the eval crate in bench/langdetect (crates.io the first time), writes
# the items, prints accuracy per language, CPU time per item (median of 3) and the binary size
# each crate adds (a stdin → language probe built without a detector, with whatlang, with lingua).
# Usage (from the repository root): bash bench/langdetect/run.sh [DATA_DIR]   (../shared/data)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
data="$(cd "${1:-../shared/data}" && pwd)"
target="$here/target"
cd "$here"
python3 items.py "$data" > "$here/items.jsonl"
cargo build --release --quiet --bin langeval
"$target/release/langeval" "$here/items.jsonl"
for features in "" wl li; do
  cargo build --release --quiet --bin probe --no-default-features ${features:+--features $features}
  strip -o "$target/probe-${features:-none}" "$target/release/probe"
  echo "probe ${features:-none}: $(stat -c %s "$target/release/probe") bytes with debug info, $(stat -c %s "$target/probe-${features:-none}") stripped"
done
