#!/usr/bin/env python3
"""Runs one Python peer aligner on two one-sentence-per-line files and prints its beads as JSON
(`[[[base lines...], [other lines...]], ...]`, 0-based line numbers) for bench/score.py.

Usage: peer_align.py galechurch|nltk BASE OTHER

Blank lines are not sentences (as with `concord --segmenter lines`): the peers see the non-blank
lines only and their indices are mapped back to line numbers. Both peers use their default
parameters. `galechurch` is the PyPI package (Rust core); `nltk` is
nltk.translate.gale_church.align_blocks, which returns sentence links: linked sentences are
grouped into beads (connected runs), unlinked ones become 1-0/0-1 beads.
"""
import json
import sys


def read(path):
    with open(path, encoding="utf-8") as f:
        rows = [(n, line.strip()) for n, line in enumerate(f.read().split("\n"))]
    rows = [(n, t) for n, t in rows if t]
    return [n for n, _ in rows], [t for _, t in rows]


def beads_from_links(links, n, m):
    """Groups (i, j) links into beads (connected components, in order) plus 1-0/0-1 beads."""
    parent = {}

    def find(x):
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i, j in links:
        parent[find(("s", i))] = find(("t", j))
    groups = {}
    for i in range(n):
        if ("s", i) in parent:
            groups.setdefault(find(("s", i)), ([], []))[0].append(i)
    for j in range(m):
        if ("t", j) in parent:
            groups.setdefault(find(("t", j)), ([], []))[1].append(j)
    beads = list(groups.values())
    linked_s = {i for i, _ in links}
    linked_t = {j for _, j in links}
    beads += [([i], []) for i in range(n) if i not in linked_s]
    beads += [([], [j]) for j in range(m) if j not in linked_t]
    beads.sort(key=lambda b: (min(b[0]) if b[0] else -1, min(b[1]) if b[1] else -1))
    return beads


def main(argv):
    if len(argv) != 3:
        sys.exit(__doc__)
    tool, base_path, other_path = argv
    base_lines, base = read(base_path)
    other_lines, other = read(other_path)
    if tool == "galechurch":
        import galechurch

        # The default cap (50M cells) is a guard, not a limit of the method: raise it.
        block = galechurch.align(base, other, max_block_size=10**12)
        beads = [
            (list(range(b.source_start, b.source_end)), list(range(b.target_start, b.target_end)))
            for b in block.beads
        ]
    elif tool == "nltk":
        from nltk.translate.gale_church import align_blocks

        links = align_blocks([len(s) for s in base], [len(s) for s in other])
        beads = beads_from_links(links, len(base), len(other))
    else:
        sys.exit(f"unknown tool {tool}")
    out = [[[base_lines[i] for i in a], [other_lines[j] for j in b]] for a, b in beads]
    json.dump(out, sys.stdout)
    print()


if __name__ == "__main__":
    main(sys.argv[1:])
