#!/usr/bin/env python3
"""One scorer for every aligner in bench/peers.sh: reads predicted beads as JSON and a gold
alignment (gold.tsv: base line indices TAB other line indices, 0-based, comma-separated) and
prints strict/lax precision, recall and F1 as Vecalign's score.py, plus precision and recall of
sentences with no counterpart (1-0/0-1 beads). Same definitions as examples/bench_align.rs.

Usage:
  score.py GOLD BEADS.json            # beads: [[[base lines...], [other lines...]], ...]
  score.py --concord GOLD ALIGN.json  # `concord align --format json` output (sentence indices
                                      # mapped back to 0-based line numbers)
Prints one JSON object: strict_p, strict_r, strict_f1, lax_p, lax_r, lax_f1, null_p, null_r,
beads.
"""
import json
import sys


def parse_gold(path):
    beads = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line:
                continue
            a, _, b = line.partition("\t")
            side = lambda s: [int(x) for x in s.split(",") if x.strip()]
            beads.append((side(a), side(b)))
    return beads


def concord_beads(doc):
    """Beads of `concord align --format json`, in 0-based line numbers of base and other."""
    lines = [[s["line"] - 1 for s in d["sentences"]] for d in doc["documents"]]
    return [
        ([lines[0][i] for i in b["members"][0]], [lines[1][j] for j in b["members"][1]])
        for b in doc["alignment"]
    ]


def f1(p, r):
    return 0.0 if p + r == 0 else 2 * p * r / (p + r)


def score(pred, gold):
    ratio = lambda a, b: 0.0 if b == 0 else a / b
    key = lambda bead: (tuple(bead[0]), tuple(bead[1]))
    full = lambda v: [key(b) for b in v if b[0] and b[1]]
    pf, gf = full(pred), full(gold)
    gset, pset = set(gf), set(pf)
    strict_p = ratio(sum(b in gset for b in pf), len(pf))
    strict_r = ratio(sum(b in pset for b in gf), len(gf))
    by_base = {}
    for k, g in enumerate(gf):
        for i in g[0]:
            by_base.setdefault(i, []).append(k)
    hit_gold = [False] * len(gf)
    lax_hits = 0
    for p in pf:
        hit = False
        for i in p[0]:
            for k in by_base.get(i, []):
                if set(p[1]) & set(gf[k][1]):
                    hit = True
                    hit_gold[k] = True
        lax_hits += hit
    lax_p = ratio(lax_hits, len(pf))
    lax_r = ratio(sum(hit_gold), len(gf))

    def nulls(v):
        s = set()
        for a, b in v:
            if not b:
                s.update((0, i) for i in a)
            if not a:
                s.update((1, j) for j in b)
        return s

    pn, gn = nulls(pred), nulls(gold)
    both = len(pn & gn)
    return {
        "strict_p": strict_p,
        "strict_r": strict_r,
        "strict_f1": f1(strict_p, strict_r),
        "lax_p": lax_p,
        "lax_r": lax_r,
        "lax_f1": f1(lax_p, lax_r),
        "null_p": ratio(both, len(pn)),
        "null_r": ratio(both, len(gn)),
        "beads": len(pred),
    }


def main(argv):
    concord = False
    if argv and argv[0] == "--concord":
        concord, argv = True, argv[1:]
    if len(argv) != 2:
        sys.exit(__doc__)
    gold = parse_gold(argv[0])
    with open(argv[1], encoding="utf-8") as f:
        doc = json.load(f)
    pred = concord_beads(doc) if concord else [(list(a), list(b)) for a, b in doc]
    print(json.dumps(score(pred, gold)))


if __name__ == "__main__":
    main(sys.argv[1:])
