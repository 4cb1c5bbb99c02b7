#!/usr/bin/env bash
# Real-browser test of the HTML report: renders the reports of samples/dprk-report and
# samples/three-outlets, loads each in headless Chromium with tests/browser/check.js added,
# and reads the check's verdict from the DOM (--dump-dom). Writes screenshots (desktop and
# phone width) to target/browser/ for review. Installs Debian's chromium when it is missing;
# skips, saying so, only when no browser can be installed.
#   tests/browser/run.sh [path/to/concord]
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=${1:-target/release/concord}
out=target/browser
mkdir -p "$out"

browser=""
for b in chromium chromium-browser google-chrome; do
  if command -v "$b" >/dev/null 2>&1; then browser=$b; break; fi
done
if [ -z "$browser" ] && command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  echo "browser test: installing chromium (apt-get)"
  if (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >"$out/apt.log" 2>&1; then
    browser=chromium
  fi
fi
if [ -z "$browser" ]; then
  echo "browser test: SKIPPED: no chromium and it could not be installed (see $out/apt.log)"
  exit 0
fi
[ -x "$bin" ] || cargo build --release --quiet

flags=(--headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run
  --disable-extensions --user-data-dir="$PWD/$out/profile")
status=0
run_case() {
  local name=$1; shift
  "$bin" check "$@" --no-config --fail-on never --format html -o "$out/$name.html"
  "$bin" check "$@" --no-config --fail-on never --format json >"$out/$name.json"
  python3 - "$out/$name.html" "$out/$name.json" tests/browser/check.js "$out/$name.test.html" <<'PY'
import json, sys
page, expected, check, dest = sys.argv[1:]
html = open(page, encoding="utf-8").read()
data = json.dumps(json.load(open(expected, encoding="utf-8"))).replace("<", "\\u003c")
script = "<script>window.EXPECTED = %s;</script>\n<script>\n%s\n</script>\n" % (data, open(check, encoding="utf-8").read())
assert html.count("</body>") == 1
open(dest, "w", encoding="utf-8").write(html.replace("</body>", script + "</body>"))
PY
  local url="file://$PWD/$out/$name.test.html"
  timeout 120 "$browser" "${flags[@]}" --window-size=1280,900 --dump-dom "$url" 2>/dev/null >"$out/$name.dom.html" || true
  local verdict
  verdict=$(sed -n '/<pre id="selfcheck">/,/<\/pre>/p' "$out/$name.dom.html" | sed 's/<[^>]*>//g')
  if [ -z "$verdict" ]; then
    echo "browser test: $name: the check did not run (see $out/$name.dom.html)"; status=1
  elif grep -q '^RESULT PASS' <<<"$verdict"; then
    echo "browser test: $name: ${verdict#RESULT }"
  else
    echo "browser test: $name:"; echo "$verdict" | head -40; status=1
  fi
  timeout 120 "$browser" "${flags[@]}" --window-size=1280,1600 --screenshot="$PWD/$out/$name.png" "file://$PWD/$out/$name.html" >/dev/null 2>&1 || true
  timeout 120 "$browser" "${flags[@]}" --window-size=390,1400 --screenshot="$PWD/$out/$name.phone.png" "file://$PWD/$out/$name.html" >/dev/null 2>&1 || true
  for p in "$out/$name.png" "$out/$name.phone.png"; do
    [ -s "$p" ] || { echo "browser test: $name: no screenshot $p"; status=1; }
  done
}
run_case dprk-report samples/dprk-report/original.txt samples/dprk-report/translation.txt
run_case three-outlets samples/three-outlets/wire.txt samples/three-outlets/outlet-a.txt samples/three-outlets/outlet-b.txt
[ "$status" = 0 ] && echo "browser test: screenshots in $out/"
exit "$status"
