#!/usr/bin/env bash
# Regenerate data/gazetteer.tsv from the npm package world-countries, pinned to the version the
# committed file was made from (ODbL-1.0; see docs/gazetteer.md and NOTICE).
set -euo pipefail
cd "$(dirname "$0")/.."
VERSION=5.1.0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent "world-countries@$VERSION" >/dev/null && tar xzf world-countries-*.tgz)
node scripts/gen-gazetteer.mjs "$tmp/package/countries.json" > data/gazetteer.tsv.new
mv data/gazetteer.tsv.new data/gazetteer.tsv
