#!/usr/bin/env bash
# Seed the fuzz corpora (fuzz/corpus/TARGET/) from the repository's own inputs: the samples and
# test fixtures for the text targets (versions of one story joined by a NUL byte, as the targets
# split them), the golden rules for segmentation, the TOML examples of docs/configuration.md,
# a baseline written by concord itself and manifest lines. Texts are cut to 2 KB a version so
# the corpus kept in the repository stays small (fuzz/README: < 200 KB); run from anywhere.
set -euo pipefail
cd "$(dirname "$0")/.."
out=fuzz/corpus
cut2k() { head -c 2048 "$1"; }
mkdir -p "$out"/{segment,extract,align_pair,align_many,check,config,aliases,baseline,manifest}

# One version: every sample and fixture file.
for f in samples/*/*.txt tests/fixtures/*/*.txt; do
  name=$(echo "$f" | tr '/' '_')
  cut2k "$f" > "$out/segment/$name"
  cut2k "$f" > "$out/extract/$name"
done
# The golden rules of segmentation, a file each.
python3 - "$out/segment" <<'PY'
import json, sys
rules = json.load(open("tests/data/golden-rules-en.json"))
for i, r in enumerate(rules):
    open(f"{sys.argv[1]}/golden-{i:03}", "w").write(r["text"])
PY

# Versions of one story, NUL-separated: each sample directory (two or three versions).
for d in samples/*/ tests/fixtures/*/; do
  name=$(basename "$d")
  files=("$d"*.txt)
  {
    first=1
    for f in "${files[@]}"; do
      [ $first = 1 ] || printf '\0'
      first=0
      cut2k "$f"
    done
  } > "$out/check/$name"
  if [ ${#files[@]} -ge 3 ]; then
    cp "$out/check/$name" "$out/align_many/$name"
  else
    cp "$out/check/$name" "$out/align_pair/$name"
  fi
done
# Several versions: three outlets plus one more edit of the wire copy.
{ for f in samples/three-outlets/*.txt samples/dprk-report/original.txt; do cut2k "$f"; printf '\0'; done; } \
  > "$out/align_many/four-versions"

# Configuration: the example of docs/configuration.md and its alias file.
awk '/^```toml/{n++; on=1; next} /^```/{on=0} on{print > ("'"$out"'/config/doc-" n ".toml")}' docs/configuration.md
for f in "$out"/config/doc-*.toml; do
  if ! grep -q '^\[' "$f"; then mv "$f" "$out/aliases/$(basename "$f")"; fi
done
printf 'disable = ["sentence-missing"]\n[severity]\nentity-mismatch = "info"\n' > "$out/config/small.toml"
printf 'same = [["UN", "United Nations"], ["Kim", "Kim Jong Un"]]\n' > "$out/aliases/same.toml"

# A baseline concord writes for a sample, and the manifest of two stories.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cargo run --release --quiet -- check samples/merge/original.txt samples/merge/revised.txt \
  --write-baseline "$tmp/b.json" --fail-on never > /dev/null
cp "$tmp/b.json" "$out/baseline/merge.json"
printf '{"version":1,"findings":[]}\n' > "$out/baseline/empty.json"
printf '%s\n' '{"id": 1, "versions": ["a.txt", "b.txt"]}' \
  '{"id": "story-2", "versions": ["/abs/a.txt", "b.txt", "-"]}' '' > "$out/manifest/two.jsonl"
printf '%s\n' '{"id": null, "versions": ["x"]}' > "$out/manifest/one-version.jsonl"
du -sh "$out"
