// concord HTML report: filters by severity and check, keyboard navigation (n/p findings,
// j/k units), and a click on a highlight jumps to its finding. Reads only this page.
(() => {
  "use strict";
  const $$ = (sel, root = document) => Array.from(root.querySelectorAll(sel));
  const form = document.getElementById("filters");
  const list = $$("ol.list li");
  const details = $$("li.finding");
  const marks = $$("main [data-f]:not(li.finding)");
  const units = $$("section.unit");
  const shown = document.getElementById("shown");
  const ids = (el, key) => (el.dataset[key] || "").split(" ").filter(Boolean);
  let visible = new Set(list.map((li) => li.dataset.f));

  function apply() {
    if (!form) return;
    const on = (name) => new Set($$(`input[name=${name}]:checked`, form).map((i) => i.value));
    const sev = on("severity");
    const chk = on("check");
    const only = form.querySelector("input[name=only]").checked;
    visible = new Set();
    for (const li of list) {
      const ok = sev.has(li.dataset.severity) && chk.has(li.dataset.check);
      li.hidden = !ok;
      if (ok) visible.add(li.dataset.f);
    }
    for (const li of details) li.hidden = !visible.has(li.dataset.f);
    for (const m of marks) m.classList.toggle("off", !ids(m, "f").some((n) => visible.has(n)));
    for (const u of units) {
      const any = ids(u, "fs").some((n) => visible.has(n));
      u.hidden = only && !any;
      const fr = u.querySelector(".fr");
      if (fr) fr.hidden = !any;
    }
    if (shown) shown.textContent = `${visible.size} of ${list.length} findings shown.`;
  }
  if (form) {
    form.addEventListener("change", apply);
    form.addEventListener("submit", (e) => e.preventDefault());
  }

  function go(el) {
    if (!el) return;
    for (const c of $$(".current")) c.classList.remove("current");
    el.classList.add("current");
    el.focus({ preventScroll: true });
    el.scrollIntoView({ block: "center" });
    history.replaceState(null, "", `#${el.id}`);
  }
  function step(items, dir) {
    const open = items.filter((el) => !el.hidden && !(el.closest("[hidden]")));
    if (!open.length) return;
    const at = document.activeElement;
    let i = open.indexOf(at && at.closest ? at.closest(items === details ? "li.finding" : "section.unit") : null);
    if (i < 0) {
      // From where the reader is: the first item below the top of the window.
      i = open.findIndex((el) => el.getBoundingClientRect().top > 0);
      i = i < 0 ? open.length : i;
      i = dir > 0 ? i - 1 : i;
    }
    go(open[Math.min(open.length - 1, Math.max(0, i + dir))]);
  }
  document.addEventListener("keydown", (e) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const t = e.target;
    if (t && (t.isContentEditable || /^(INPUT|SELECT|TEXTAREA)$/.test(t.tagName))) return;
    const keys = { n: [details, 1], p: [details, -1], j: [units, 1], k: [units, -1] };
    const k = keys[e.key];
    if (!k) return;
    e.preventDefault();
    step(k[0], k[1]);
  });
  document.addEventListener("click", (e) => {
    const m = e.target.closest && e.target.closest("mark[data-f]:not(.off)");
    if (!m) return;
    const n = ids(m, "f").find((x) => visible.has(x));
    if (n) go(document.getElementById(`f${n}`));
  });
  // Everything starts shown: only the count is written now, so that a long page loads without
  // touching every highlight.
  if (shown) shown.textContent = `${list.length} of ${list.length} findings shown.`;
})();
