#!/usr/bin/env python3
"""Start-up and alias-path CPU time of two concord builds, side by side: the runs of the two
builds are interleaved (old, new, old, new, ...) so that the load of a shared machine falls on
both alike. CPU = user + sys of the child process from wait4 (microsecond resolution, unlike
/usr/bin/time's 10 ms); the median over RUNS is reported per case, with new/old.

  python3 bench/gen_news.py aliases WORK/aliases     # 400 defining stories + 100-group aliases
  python3 bench/gen_news.py batch WORK/batch         # 2,000 stories (throughput)
  python3 bench/startup.py OLD_BIN NEW_BIN WORK [RUNS]

Run from the repository root (the DPRK sample is samples/dprk-report). Cases:
  noop      check of two one-line files
  dprk      check samples/dprk-report
  aliases   check samples/dprk-report --aliases WORK/aliases/aliases.toml (100 groups)
  defining  batch of the 400 defining stories, --jobs 1
  batch     batch of the 2,000 stories, --jobs 1 (fewer runs: it is long)
"""
import os
import statistics
import subprocess
import sys
import tempfile


def cpu(cmd):
    """User + sys seconds of one run of cmd, output discarded."""
    with open(os.devnull, "wb") as null:
        p = subprocess.Popen(cmd, stdout=null, stderr=null)
        _, status, ru = os.wait4(p.pid, 0)
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        sys.exit(f"{' '.join(cmd)}: exit {code}")
    return ru.ru_utime + ru.ru_stime


def main():
    if len(sys.argv) not in (4, 5):
        sys.exit(__doc__)
    old, new, work = sys.argv[1:4]
    runs = int(sys.argv[4]) if len(sys.argv) == 5 else 21
    tmp = tempfile.mkdtemp()
    for n in ("1", "2"):
        with open(os.path.join(tmp, f"one{n}.txt"), "w") as f:
            f.write("One line.\n")
    dprk = ["samples/dprk-report/original.txt", "samples/dprk-report/translation.txt"]
    flags = ["--no-config", "--color", "never"]
    cases = [
        ("noop", ["check", f"{tmp}/one1.txt", f"{tmp}/one2.txt"] + flags, runs),
        ("dprk", ["check"] + dprk + flags, runs),
        ("aliases", ["check"] + dprk + flags + ["--aliases", f"{work}/aliases/aliases.toml"], runs),
        ("defining", ["batch", f"{work}/aliases/manifest.jsonl", "--jobs", "1", "--fail-on", "never", "--no-config"], max(3, runs // 7)),
        ("batch", ["batch", f"{work}/batch/manifest.jsonl", "--jobs", "1", "--fail-on", "never", "--no-config"], max(3, runs // 7)),
    ]
    only = os.environ.get("CASES")
    print("| case | runs | old median CPU | new median CPU | new/old |")
    print("|---|---|---|---|---|")
    for name, args, n in cases:
        if only and name not in only.split(","):
            continue
        t = {old: [], new: []}
        for _ in range(n):
            for b in (old, new):
                t[b].append(cpu([b] + args))
        mo, mn = statistics.median(t[old]), statistics.median(t[new])
        print(f"| {name} | {n} | {mo * 1000:.1f} ms | {mn * 1000:.1f} ms | {mn / mo:.3f} |", flush=True)


if __name__ == "__main__":
    main()
