#!/bin/bash
# Side by side CPU time (user + sys, median) of two concord builds on the same pair of versions,
# runs interleaved so that the load of the shared machine falls on both alike.
#   bash bench/compare-builds.sh OLD_BIN NEW_BIN DIR [RUNS] [FORMAT]
# DIR holds v1.txt (base) and v2.txt, e.g. from `python3 bench/gen_news.py scale WORK`.
set -euo pipefail
OLD=$1; NEW=$2; DIR=$3; RUNS=${4:-5}; FMT=${5:-json}
TIMES=$(mktemp)
trap 'rm -f "$TIMES"' EXIT
for _ in $(seq "$RUNS"); do
  for b in old new; do
    bin=$OLD; [ "$b" = new ] && bin=$NEW
    /usr/bin/time -f "$b %U %S" -a -o "$TIMES" "$bin" check "$DIR/v1.txt" "$DIR/v2.txt" \
      --format "$FMT" --color never --fail-on never --no-config > /dev/null
  done
done
python3 - "$TIMES" <<'PY'
import statistics, sys
t = {}
for line in open(sys.argv[1]):
    b, u, s = line.split()
    t.setdefault(b, []).append(float(u) + float(s))
m = {b: statistics.median(v) for b, v in t.items()}
for b in ("old", "new"):
    print(b, "median CPU %.3f s" % m[b], "runs", ["%.2f" % x for x in t[b]])
print("new/old %.3f" % (m["new"] / m["old"]))
PY
