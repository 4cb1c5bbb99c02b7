#!/usr/bin/env bash
# Regenerate every generated data file from its pinned source and fail when the committed file
# differs: the data the checker embeds is exactly what the scripts in scripts/ produce.
# Needs python3 with pip (PyPI), node with npm (npm registry) and apt-get (Debian).
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in python3 node npm apt-get dpkg-deb; do
  command -v "$tool" >/dev/null || { echo "check-data: $tool is not installed; cannot regenerate data/" >&2; exit 1; }
done
python3 scripts/gen-abbreviations.py
bash scripts/gen-dictionary.sh >/dev/null
bash scripts/gen-gazetteer.sh
bash scripts/gen-places.sh
bash scripts/gen-bilingual.sh
bash scripts/gen-words.sh >/dev/null
bash scripts/gen-given-names.sh
bash scripts/gen-lexicon.sh
python3 scripts/gen-not-names.py
python3 scripts/gen-demonyms.py
if ! git diff --exit-code --stat -- data/; then
  echo "check-data: data/ differs from what scripts/ generate (see the diff above)" >&2
  exit 1
fi
echo "check-data: every generated file in data/ matches its script"
