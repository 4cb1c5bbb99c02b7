#!/usr/bin/env python3
"""Scaling benchmark (issue 13): each input shape at 1x, 2x and 4x size, run through
`concord check --format json`; CPU time (user+sys, median of RUNS), JSON size and peak memory
(getrusage of the child), and the growth exponent log2(t4/t2).

  bench/scaling.py [--bin target/release/concord] [--runs 3] [--scale 1.0] [--only SHAPE,..]
                   [--keep DIR]

Prints a Markdown table (the one in docs/benchmarks.md, "Scaling"). Deterministic inputs (fixed
seeds); `--scale` multiplies every base size (0.25 for a quick look). Times under 0.05 s are
noise on a shared machine: the exponent is printed only when t2 >= 0.05 s.
"""
import math
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile

WORDS = ("the of and a to in is was for on that with as by at from his her they said which "
         "government minister report city people year new after over would about more into "
         "their been first two other were could than many when some time only most also what "
         "state week since while under against police court talks plan country officials").split()


def words(rng, n):
    return " ".join(rng.choice(WORDS) for _ in range(n))


def long_sentences(n):
    """Two long sentences with different words (word diff)."""
    rng = random.Random(1)
    a = "Officials said " + words(rng, n) + "."
    b = "Officials said " + words(rng, n) + "."
    return a, b


def altered_quote(n):
    """One long quotation, every tenth word changed."""
    rng = random.Random(2)
    w = [rng.choice(WORDS) for _ in range(n)]
    v = [x if i % 10 else rng.choice(WORDS) for i, x in enumerate(w)]
    return (f'The minister said: "{" ".join(w)}."\n', f'The minister said: "{" ".join(v)}."\n')


def cjk(n):
    """Chinese text without a full stop: every ideograph a word."""
    rng = random.Random(3)
    chars = [chr(0x4E00 + rng.randrange(2000)) for _ in range(n)]
    other = [c if i % 7 else chr(0x4E00 + rng.randrange(2000)) for i, c in enumerate(chars)]
    return "".join(chars) + "\n", "".join(other) + "\n"


def many_quotes(n):
    """Many quotations in one sentence, every fifth altered."""
    rng = random.Random(4)
    a, b = [], []
    for i in range(n):
        q = words(rng, 5)
        a.append(f'"{q}"')
        b.append(f'"{q} {rng.choice(WORDS)}"' if i % 5 == 0 else f'"{q}"')
    return ("He said " + ", ".join(a) + " and more.\n",
            "He said " + ", ".join(b) + " and more.\n")


def many_numbers(n):
    """A list past item 999 in one sentence: wrapped lines ending in "and", one in 50 changed."""
    a = ["The items were"]
    b = ["The items were"]
    for i in range(1, n + 1):
        a.append(f"item {i} and")
        b.append(f"item {i + 1 if i % 50 == 0 else i} and")
    return "\n".join(a) + " the rest.\n", "\n".join(b) + " the rest.\n"


def many_names(n):
    """Person names in one sentence, one in 20 replaced."""
    rng = random.Random(5)
    first = ["Anna", "Pierre", "Maria", "John", "Fatima", "Kenji", "Olga", "Ahmed", "Lucia",
             "David", "Ingrid", "Samuel", "Mei", "Carlos", "Amara", "Tomasz", "Elena", "Hassan"]
    last = ["Keller", "Dubois", "Rossi", "Smith", "Haddad", "Tanaka", "Petrova", "Mansour",
            "Garcia", "Levin", "Larsen", "Okafor", "Chen", "Silva", "Nkosi", "Nowak"]
    a, b = [], []
    for i in range(n):
        name = f"{rng.choice(first)} {rng.choice(last)}"
        a.append(name)
        b.append(f"{rng.choice(first)} {rng.choice(last)}" if i % 20 == 0 else name)
    return ("The guests were " + ", ".join(a) + ".\n",
            "The guests were " + ", ".join(b) + ".\n")


def hyphen_names(n):
    """Hyphenated words in one sentence, with names inside ("US-led", "India-Pakistan"), after
    a name ("Abu Hajar al-Iraqi") or none ("Coca-Cola"); one in 20 changed."""
    rng = random.Random(7)
    forms = ["US-led", "India-Pakistan", "Abu Hajar al-Iraqi", "Coca-Cola", "UN-backed",
             "Guinea-Bissau", "anti-war", "Smith-Jones", "EU-wide"]
    a, b = [], []
    for i in range(n):
        w = rng.choice(forms)
        a.append(w)
        b.append(w.replace("US", "UK") if i % 20 == 0 else w)
    return "They named " + " and ".join(a) + ".\n", "They named " + " and ".join(b) + ".\n"


def huge_line(n):
    """News sentences on one line, one in ten with a changed number."""
    rng = random.Random(6)
    a, b = [], []
    for i in range(n):
        k = rng.randrange(10, 999)
        s = f"Police in the city said {k} people were {rng.choice(['hurt', 'held', 'moved'])}."
        a.append(s)
        b.append(s.replace(str(k), str(k + 1)) if i % 10 == 0 else s)
    return " ".join(a) + "\n", " ".join(b) + "\n"


def news(n):
    """The normal shape: a sentence a line, one in ten with a changed number."""
    a, b = huge_line(n)
    return a.replace(". ", ".\n"), b.replace(". ", ".\n")


# name -> (generator, base size in its own unit)
SHAPES = {
    "long-sentences": (long_sentences, 20000),
    "altered-quote": (altered_quote, 20000),
    "cjk-no-stop": (cjk, 30000),
    "many-quotes": (many_quotes, 1500),
    "many-numbers": (many_numbers, 20000),
    "many-names": (many_names, 2000),
    "hyphen-names": (hyphen_names, 4000),
    "huge-line": (huge_line, 20000),
    "news": (news, 20000),
}


def run(binary, a, b):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    with open(os.devnull, "wb") as null:
        p = subprocess.run([binary, "check", a, b, "--format", "json", "--fail-on", "never",
                            "--no-config"], stdout=subprocess.PIPE, stderr=null)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if p.returncode != 0:
        sys.exit(f"{binary} exited {p.returncode} on {a}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return cpu, len(p.stdout)


def peak_kb(binary, a, b):
    """Peak RSS of one run, by /usr/bin/time -v when present, else 0."""
    if not os.path.exists("/usr/bin/time"):
        return 0
    p = subprocess.run(["/usr/bin/time", "-v", binary, "check", a, b, "--format", "json",
                        "--fail-on", "never", "--no-config"],
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    for line in p.stderr.splitlines():
        if "Maximum resident set size" in line:
            return int(line.split()[-1])
    return 0


def main():
    args = sys.argv[1:]
    opt = {"--bin": "target/release/concord", "--runs": "3", "--scale": "1.0", "--only": "",
           "--keep": ""}
    while args:
        k = args.pop(0)
        if k not in opt or not args:
            sys.exit(__doc__)
        opt[k] = args.pop(0)
    binary, runs, scale = opt["--bin"], int(opt["--runs"]), float(opt["--scale"])
    only = [s for s in opt["--only"].split(",") if s]
    work = opt["--keep"] or tempfile.mkdtemp(prefix="concord-scaling-")
    os.makedirs(work, exist_ok=True)
    print("| shape | size 1×/2×/4× | CPU s 1×/2×/4× (median of %d) | JSON 1×/2×/4× | "
          "peak RSS MB 1×/2×/4× | exponent log2(t4/t2) |" % runs)
    print("|---|---|---|---|---|---|")
    for name, (gen, base) in SHAPES.items():
        if only and name not in only:
            continue
        sizes, times, outs, mems = [], [], [], []
        for k in (1, 2, 4):
            a_text, b_text = gen(max(1, int(base * scale * k)))
            a, b = (os.path.join(work, f"{name}-{k}-{v}.txt") for v in "ab")
            for path, text in ((a, a_text), (b, b_text)):
                with open(path, "w", encoding="utf-8") as f:
                    f.write(text)
            sizes.append(len(a_text.encode()))
            samples = [run(binary, a, b) for _ in range(runs)]
            times.append(statistics.median(s[0] for s in samples))
            outs.append(samples[0][1])
            mems.append(peak_kb(binary, a, b) / 1024)
        exp = (f"{math.log2(times[2] / times[1]):.2f}" if times[1] >= 0.05 and times[2] > 0
               else "–")
        print(f"| {name} | {' / '.join(human(s) for s in sizes)} | "
              f"{' / '.join(f'{t:.2f}' for t in times)} | "
              f"{' / '.join(human(o) for o in outs)} | "
              f"{' / '.join(f'{m:.0f}' for m in mems)} | {exp} |", flush=True)


def human(n):
    for unit in ("B", "KB", "MB"):
        if n < 1024 or unit == "MB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return str(n)


if __name__ == "__main__":
    main()
