#!/usr/bin/env bash
# Regenerate data/gazetteer-cldr.tsv (country names in every supported language, with CLDR's
# short and variant forms: "США", "EE. UU.", "Britannia") from the npm packages
# cldr-localenames-full and cldr-core, and data/capitals-geonames.tsv (the capitals of
# data/gazetteer.tsv in those languages: "Вашингтон", "北京", "Pjöngjang") from GeoNames as
# Debian's libgeonames packages carry it (the city table in libgeonames0, its translations in
# libgeonames-common). Pinned versions; nothing is installed system-wide. See docs/gazetteer.md.
set -euo pipefail
cd "$(dirname "$0")/.."
CLDR=46.1.0
GEONAMES=0.3.0-1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent "cldr-localenames-full@$CLDR" "cldr-core@$CLDR" >/dev/null \
  && mkdir ln core && tar xzf cldr-localenames-full-*.tgz -C ln && tar xzf cldr-core-*.tgz -C core)
(cd "$tmp" && apt-get -o APT::Sandbox::User=root download -q=2 "libgeonames0=$GEONAMES" "libgeonames-common=$GEONAMES" \
  && for d in libgeonames*.deb; do dpkg-deb -x "$d" geo; done)
python3 scripts/gen-places.py "$tmp" data
