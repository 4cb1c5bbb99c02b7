#!/usr/bin/env bash
# The HTML report at scale (issue 12): 5,000-sentence versions from bench/gen_news.py's
# generator (seeded), rendered with `--format html` against `--format json` side by side
# (CPU medians of 5 runs, user+sys), then loaded in headless Chromium with a probe script that
# times, inside the page: parsing up to the end of the body, the first full layout, a filter
# toggle (click + layout) and one `n` key press. Wall time of a whole headless load is given
# too, against an empty page's.
#   bench/html.sh [path/to/concord]    (needs python3 and chromium)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-target/release/concord}
work=${TMPDIR:-/tmp}/concord-html-bench
mkdir -p "$work"
python3 - "$work" <<'PY'
import os, sys
sys.path.insert(0, "bench")
import gen_news as g
root = sys.argv[1]
n = 5000
gen = g.Gen(n)
base = [gen.sentence() for _ in range(n)]
for v in (1, 2, 3):
    s = base if v == 1 else g.Gen(n * 100 + v).edit(base)
    g.write(os.path.join(root, f"v{v}.txt"), s, gen.r)
PY
cpu() { # median user+sys seconds of 5 runs of "$@"
  for _ in 1 2 3 4 5; do
    /usr/bin/time -f "%U %S" "$@" 2>&1 >/dev/null | tail -1 | awk '{print $1+$2}'
  done | sort -n | sed -n 3p
}
for case in 2 3; do
  files=("$work/v1.txt" "$work/v2.txt")
  [ "$case" = 3 ] && files+=("$work/v3.txt")
  j=$(cpu "$bin" check "${files[@]}" --no-config --fail-on never --format json)
  h=$(cpu "$bin" check "${files[@]}" --no-config --fail-on never --format html -o "$work/r$case.html")
  "$bin" check "${files[@]}" --no-config --fail-on never --format html -o "$work/r$case.html"
  size=$(stat -c %s "$work/r$case.html")
  findings=$(grep -c '<li data-f=' "$work/r$case.html" || true)
  echo "versions=$case json_cpu=${j}s html_cpu=${h}s ratio=$(awk "BEGIN{printf \"%.2f\", $h/$j}") page=$((size / 1024))KiB findings=$findings"
  python3 - "$work/r$case.html" "$work/p$case.html" <<'PY'
import sys
src, dest = sys.argv[1:]
probe = """<script>
(() => {
  const t = {};
  t.parsed = performance.now();
  let a = performance.now(); document.body.offsetHeight; t.layout = performance.now() - a;
  const box = document.querySelector("input[name=severity]");
  a = performance.now(); box.click(); document.body.offsetHeight; t.filter_off = performance.now() - a;
  a = performance.now(); box.click(); document.body.offsetHeight; t.filter_on = performance.now() - a;
  a = performance.now(); document.dispatchEvent(new KeyboardEvent("keydown", {key: "n"})); document.body.offsetHeight; t.key_n = performance.now() - a;
  const pre = document.createElement("pre"); pre.id = "probe";
  pre.textContent = Object.entries(t).map(([k, v]) => `${k}=${v.toFixed(0)}ms`).join(" ");
  document.body.appendChild(pre);
})();
</script>
"""
html = open(src, encoding="utf-8").read()
open(dest, "w", encoding="utf-8").write(html.replace("</body>", probe + "</body>"))
PY
  flags=(--headless --no-sandbox --disable-gpu --no-first-run --user-data-dir="$work/profile" --window-size=1280,900)
  for _ in 1 2 3; do
    chromium "${flags[@]}" --dump-dom "file://$work/p$case.html" 2>/dev/null | grep -o 'parsed=[^<]*'
  done
  echo '<!DOCTYPE html><title>x</title><p>x' >"$work/empty.html"
  wall() { for _ in 1 2 3; do /usr/bin/time -f "%e" chromium "${flags[@]}" --dump-dom "file://$1" 2>&1 >/dev/null | tail -1; done | sort -n | sed -n 2p; }
  echo "headless load wall (median of 3): report $(wall "$work/r$case.html")s, empty page $(wall "$work/empty.html")s"
done
