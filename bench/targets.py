#!/usr/bin/env python3
"""Issue 11's large-input targets for two concord builds, side by side: runs interleaved (old,
new, old, new, ...), CPU = user + sys from wait4, medians; the new build's peak RSS.

  python3 bench/gen_news.py scale WORK
  python3 bench/targets.py OLD_BIN NEW_BIN WORK [RUNS]     # CASES=align,... to pick
"""
import os
import statistics
import subprocess
import sys

if len(sys.argv) not in (4, 5):
    sys.exit(__doc__)
old, new, W = sys.argv[1:4]
runs = int(sys.argv[4]) if len(sys.argv) == 5 else 5
def cpu(cmd):
    with open(os.devnull, "wb") as null:
        p = subprocess.Popen(cmd, stdout=null, stderr=null)
        _, status, ru = os.wait4(p.pid, 0)
    return ru.ru_utime + ru.ru_stime, ru.ru_maxrss
cases = [
 ("align 2x5k", ["align", f"{W}/n5000/v1.txt", f"{W}/n5000/v2.txt", "--format", "json"], runs),
 ("check 2x5k json", ["check", f"{W}/n5000/v1.txt", f"{W}/n5000/v2.txt", "--no-config", "--fail-on", "never", "--format", "json"], runs),
 ("check 2x50k json", ["check", f"{W}/n50000/v1.txt", f"{W}/n50000/v2.txt", "--no-config", "--fail-on", "never", "--format", "json"], max(1, runs // 3)),
]
only = os.environ.get("CASES")
print("| case | runs | old median CPU | new median CPU | new/old | new max RSS |")
print("|---|---|---|---|---|---|")
for name, args, n in cases:
    if only and name not in only.split(","): continue
    t = {old: [], new: []}; rss = 0
    for _ in range(n):
        for b in (old, new):
            c, m = cpu([b] + args); t[b].append(c)
            if b == new: rss = max(rss, m)
    mo, mn = statistics.median(t[old]), statistics.median(t[new])
    print(f"| {name} | {n} | {mo*1000:.0f} ms | {mn*1000:.0f} ms | {mn/mo:.3f} | {rss//1024} MB |", flush=True)
