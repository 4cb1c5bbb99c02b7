// Injected by tests/browser/run.sh into a copy of a report, after the page's own script: checks
// the DOM against the findings of `concord check --format json` (window.EXPECTED) and writes
// the outcome into a pre element with id "selfcheck", read by run.sh from --dump-dom.
(() => {
  const out = [];
  let passed = 0;
  const ok = (cond, what) => (cond ? passed++ : out.push(`FAIL ${what}`));
  const $$ = (sel, root = document) => Array.from(root.querySelectorAll(sel));
  const has = (el, n) => (el.dataset.f || "").split(" ").includes(String(n));
  const shown = (el) => el.offsetParent !== null || el.getClientRects().length > 0;
  const expected = window.EXPECTED;
  const list = $$("ol.list li");

  ok(list.length === expected.findings.length, `list has ${list.length} findings, json ${expected.findings.length}`);
  const summary = document.getElementById("summary").textContent;
  for (const sev of ["error", "warning", "info"]) {
    const n = expected.findings.filter((f) => f.severity === sev).length;
    ok(summary.includes(`${n} ${sev}`), `summary counts ${n} ${sev}: ${summary}`);
  }

  expected.findings.forEach((f, i) => {
    const n = i + 1;
    const li = list[i];
    ok(li && li.dataset.severity === f.severity && li.dataset.check === f.rule, `finding ${n} listed as ${f.rule}/${f.severity}`);
    ok(li && li.textContent.includes(f.message), `finding ${n} shows its message`);
    // The jump link resolves to the finding's detail, which is visible.
    const href = li && li.querySelector("a").getAttribute("href");
    const target = href && document.getElementById(href.slice(1));
    ok(target && target.classList.contains("finding") && has(target, n) && shown(target), `finding ${n}: link ${href} resolves`);
    // Every location is highlighted in its sentence, in its version's column.
    const docs = new Set();
    for (const l of f.locations) {
      const s = document.getElementById(`d${l.document + 1}s${l.sentence + 1}`);
      const marks = s ? $$("mark[data-f]", s).filter((m) => has(m, n)) : [];
      ok(marks.length > 0, `finding ${n}: no highlight in document ${l.document + 1} sentence ${l.sentence + 1}`);
      if (marks.length) docs.add(l.document);
      ok(marks.every((m) => l.text.includes(m.textContent) || m.textContent.length <= l.text.length), `finding ${n}: highlight inside its span`);
    }
    // Both sides: a highlight or a gap marked for it in at least two versions (a quotation
    // never closed concerns one version only).
    for (const gap of $$(".gap[data-f]")) if (has(gap, n)) docs.add(Number(gap.dataset.doc) - 1);
    if (f.rule !== "quote-unbalanced") ok(docs.size >= 2, `finding ${n} (${f.rule}) marked in ${docs.size} version(s)`);
  });

  // Filters hide and show: each severity and each check, off then on again.
  const form = document.getElementById("filters");
  const boxes = form ? $$("input[name=severity], input[name=check]", form) : [];
  for (const box of boxes) {
    const key = box.name === "severity" ? "severity" : "rule";
    const hit = (i) => expected.findings[i][key] === box.value;
    box.click();
    list.forEach((li, i) => ok(shown(li) === !hit(i), `filter ${box.value} off: finding ${i + 1} ${hit(i) ? "hidden" : "shown"}`));
    $$("li.finding").forEach((li) => ok(shown(li) === !hit(Number(li.dataset.f) - 1), `filter ${box.value} off: detail ${li.dataset.f}`));
    $$("mark[data-f]").forEach((m) => {
      const all = m.dataset.f.split(" ").every((x) => hit(Number(x) - 1));
      ok(m.classList.contains("off") === all, `filter ${box.value} off: mark of ${m.dataset.f}`);
    });
    box.click();
    ok(list.every(shown) && !$$("mark.off").length, `filter ${box.value} on again: all shown`);
  }
  if (form) {
    const only = form.querySelector("input[name=only]");
    only.click();
    $$("section.unit").forEach((u) => ok(shown(u) === u.classList.contains("has-f"), `only units with findings: unit ${u.id}`));
    only.click();
    ok($$("section.unit").every(shown), "all units shown again");
  }

  // Keyboard: n goes to the first finding in the page, n again to the next, p back; j to a unit.
  const key = (k) => document.dispatchEvent(new KeyboardEvent("keydown", { key: k, bubbles: true }));
  const details = $$("li.finding");
  if (details.length >= 2) {
    window.scrollTo(0, 0);
    key("n");
    ok(document.activeElement === details[0], `n focuses the first finding (${document.activeElement.id})`);
    key("n");
    ok(document.activeElement === details[1], `n again focuses the second (${document.activeElement.id})`);
    key("p");
    ok(document.activeElement === details[0], "p goes back");
    key("j");
    ok(document.activeElement.matches("section.unit"), `j focuses a unit (${document.activeElement.id})`);
  }
  window.scrollTo(0, 0);
  ok($$("script").length === 3, "the page has one script of its own (plus the two of this check)");
  ok(!$$("[src], link[href]").length, "nothing loaded from elsewhere");

  const pre = document.createElement("pre");
  pre.id = "selfcheck";
  pre.textContent = (out.length ? out.join("\n") + "\n" : "") + `RESULT ${out.length ? "FAIL" : "PASS"} ${passed} passed, ${out.length} failed`;
  document.body.appendChild(pre);
})();
