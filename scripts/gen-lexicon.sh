#!/usr/bin/env bash
# Regenerate data/lexicon/{fr,es,it,pt,ru,zh,ja,ko}.toml from CLDR (through Babel) and num2words, both
# pinned PyPI wheels installed into a scratch directory (nothing is installed system-wide).
# en.toml and de.toml are curated by hand. See scripts/gen-lexicon.py and docs/lexicon.md.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 -m pip download --quiet --no-deps --only-binary=:all: -d "$tmp/whl" \
  babel==2.16.0 num2words==0.5.13
python3 -m pip install --quiet --no-deps --no-index --target "$tmp/site" "$tmp"/whl/*.whl \
  2>&1 | grep -v "Running pip as the 'root' user" || true
python3 scripts/gen-lexicon.py "$tmp/site" data/lexicon
