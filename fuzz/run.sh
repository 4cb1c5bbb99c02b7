#!/usr/bin/env bash
# Run every fuzz target (or those named) for SECONDS each: fuzz/run.sh SECONDS [TARGET...].
# Builds with `cargo fuzz build -O -a -s none` (release, debug assertions, no sanitizer), which
# works on stable Rust; installs cargo-fuzz from crates.io when it is missing. New inputs go to
# fuzz/work/TARGET (not in git), seeded by the small corpus in fuzz/corpus/TARGET; a crash or
# broken invariant is saved in fuzz/artifacts/TARGET/ and makes the script exit 1 after the
# remaining targets ran. See docs/fuzzing.md.
set -euo pipefail
cd "$(dirname "$0")"
secs=${1:?usage: fuzz/run.sh SECONDS [TARGET...]}
shift
say() { echo "fuzz: $*" >&2; }

if ! cargo fuzz --version > /dev/null 2>&1; then
  say "cargo-fuzz not found: installing it from crates.io (cargo install cargo-fuzz --locked)"
  if ! cargo install cargo-fuzz --locked --version 0.13.2; then
    say "CANNOT FUZZ: installing cargo-fuzz failed (is crates.io reachable?)"
    exit 1
  fi
fi
if ! command -v c++ > /dev/null 2>&1 && ! command -v clang++ > /dev/null 2>&1; then
  say "CANNOT FUZZ: libfuzzer-sys needs a C++ compiler (c++ or clang++); install g++ or clang"
  exit 1
fi

flags=(-O -a -s none)
if ! cargo fuzz build "${flags[@]}"; then
  say "CANNOT FUZZ: cargo fuzz build failed (see above)"
  exit 1
fi

if [ $# -gt 0 ]; then
  targets=("$@")
else
  mapfile -t targets < <(cargo fuzz list)
fi
failed=()
for t in "${targets[@]}"; do
  mkdir -p "work/$t" "corpus/$t"
  say "$t: ${secs}s"
  # -timeout: one input taking longer than 10 s is a failure (nothing should come near it);
  # the log's last lines give runs and corpus size (docs/fuzzing.md records them).
  if ! cargo fuzz run "${flags[@]}" "$t" "work/$t" "corpus/$t" -- \
    -max_total_time="$secs" -dict=concord.dict -timeout=10 -rss_limit_mb=2048 \
    -print_final_stats=1 > "work/$t.log" 2>&1; then
    failed+=("$t")
    say "$t FAILED: $(grep -m1 -E 'panicked|ERROR|SUMMARY' "work/$t.log" || true)"
    tail -n 30 "work/$t.log" >&2
  fi
  say "$t: $(grep -E '^stat::number_of_executed_units' "work/$t.log" | awk '{print $2}') runs," \
    "$(grep -E '^stat::average_exec_per_sec' "work/$t.log" | awk '{print $2}')/s," \
    "corpus $(ls "work/$t" | wc -l) inputs"
done
if [ ${#failed[@]} -gt 0 ]; then
  say "failures in: ${failed[*]} (inputs in fuzz/artifacts/)"
  exit 1
fi
say "all ${#targets[@]} targets ran ${secs}s each without a failure"
