/* The review page script: reads the JSON island, builds the page with textContent only. */
"use strict";
(function () {
  const data = JSON.parse(document.getElementById("review-data").textContent);
  const sources = new Map(data.sources.map((s) => [s.number, s]));
  const statementsPane = document.getElementById("statements");
  const record = document.getElementById("record");
  const info = document.getElementById("info");
  const hits = document.getElementById("hits");
  const statementElements = [];
  let active = null;
  let current = null;
  let currentSpan = null;
  let query = "";

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function count(number, noun) {
    return number + " " + noun + (number === 1 ? "" : "s");
  }

  function option(value, text) {
    const node = el("option", "", text);
    node.value = value;
    return node;
  }

  /* -- statements, grouped as in the briefing -- */
  for (const group of data.groups) {
    const section = el("section");
    section.appendChild(el("h2", "", group.heading));
    let shown = false;
    for (const block of group.blocks) {
      if (!block.statements.length) continue;
      shown = true;
      section.appendChild(el("h3", "", block.heading));
      for (const statement of block.statements) {
        const node = el("p", statement.spans.length ? "stmt" : "stmt computed");
        if (statement.date) node.appendChild(el("span", "date", statement.date));
        node.appendChild(document.createTextNode(statement.text));
        node.appendChild(el("span", "cites", statement.cites.map((n) => "[" + n + "]").join("")));
        node.tabIndex = 0;
        node.dataset.search = statement.text.toLowerCase();
        node.addEventListener("click", () => chooseStatement(node, statement));
        node.addEventListener("keydown", (event) => {
          if (event.key === "Enter") chooseStatement(node, statement);
        });
        statementElements.push(node);
        section.appendChild(node);
      }
    }
    if (shown) statementsPane.appendChild(section);
  }

  /* -- the source chooser -- */
  const chooser = el("select");
  chooser.id = "source-select";
  chooser.appendChild(option("", "Choose a source (" + data.sources.length + ")"));
  for (const source of data.sources) {
    chooser.appendChild(option(String(source.number), "[" + source.number + "] " + source.title));
  }
  chooser.addEventListener("change", () => {
    if (chooser.value) showSource(Number(chooser.value), null);
  });
  document.getElementById("source-list").appendChild(chooser);

  function chooseStatement(node, statement) {
    if (active) active.classList.remove("active");
    active = node;
    node.classList.add("active");
    const span = statement.spans[0] || null;
    const number = span ? span.source : statement.cites[0];
    if (number !== undefined) showSource(number, span);
  }

  /* -- one source: description, fields, warnings, what cleaning removed, the marked text -- */
  function showSource(number, span) {
    const source = sources.get(number);
    if (!source) return;
    current = number;
    currentSpan = span;
    chooser.value = String(number);
    info.hidden = true;
    record.replaceChildren();
    record.dataset.source = String(number);
    record.appendChild(el("h2", "", "[" + source.number + "] " + source.title));
    const kind = source.kind_confidence === null ? source.kind
      : source.kind + " (confidence " + source.kind_confidence + ")";
    const meta = [kind, source.date, source.lang, source.status, source.location];
    record.appendChild(el("div", "meta", meta.filter(Boolean).join(" · ")));
    for (const warning of source.warnings) record.appendChild(el("div", "warn", "⚠ " + warning));
    record.appendChild(fieldsTable(source));
    record.appendChild(removedBlock(source));
    const text = el("div", "text");
    text.id = "source-text";
    fillText(text, source, span);
    record.appendChild(text);
    const target = text.querySelector(".sel") || text.querySelector("mark.hit");
    (target || record).scrollIntoView({ block: "center" });
  }

  function fieldsTable(source) {
    const details = el("details");
    details.appendChild(el("summary", "", "Extracted fields (" + source.marks.length + " spans)"));
    const table = el("table");
    details.appendChild(table);
    const head = el("tr");
    for (const name of ["field", "value", "evidence", "confidence"]) head.appendChild(el("th", "", name));
    table.appendChild(head);
    const rows = new Map();
    for (const mark of source.marks) {
      const key = mark.field + "\u0000" + mark.value;
      const row = rows.get(key) || { mark: mark, quotes: [] };
      row.quotes.push(source.text.slice(mark.start, mark.end));
      rows.set(key, row);
    }
    for (const row of rows.values()) {
      const tr = el("tr");
      tr.appendChild(el("td", "m f-" + row.mark.field, row.mark.field));
      tr.appendChild(el("td", "", row.mark.value));
      const shown = row.quotes.slice(0, 3).map((quote) => "“" + quote + "”").join(" · ");
      const more = row.quotes.length > 3 ? " (+" + (row.quotes.length - 3) + ")" : "";
      tr.appendChild(el("td", "", shown + more));
      tr.appendChild(el("td", "", row.mark.confidence === null ? "" : String(row.mark.confidence)));
      table.appendChild(tr);
    }
    return details;
  }

  function removedBlock(source) {
    const details = el("details");
    if (source.removed === null) {
      details.appendChild(el("summary", "", "Removed by cleaning: not known (a record made before parsing kept it)"));
      return details;
    }
    details.appendChild(el("summary", "", "Removed by cleaning (" + source.removed.length + " lines)"));
    details.appendChild(el("pre", "", source.removed.join("\n")));
    return details;
  }

  function findAll(text, needle) {
    const found = [];
    if (!needle) return found;
    const pattern = new RegExp(needle.replace(/[.*+?^$()|[\]\\{}]/g, "\\$&"), "giu");
    for (const match of text.matchAll(pattern)) {
      if (match[0].length) found.push([match.index, match.index + match[0].length]);
    }
    return found;
  }

  function fillText(container, source, span) {
    const text = source.text;
    const cuts = new Set([0, text.length]);
    for (const mark of source.marks) { cuts.add(mark.start); cuts.add(mark.end); }
    if (span) { cuts.add(span.start); cuts.add(span.end); }
    const found = findAll(text, query);
    for (const [start, end] of found) { cuts.add(start); cuts.add(end); }
    const points = [...cuts].filter((x) => x >= 0 && x <= text.length).sort((a, b) => a - b);
    const fragment = document.createDocumentFragment();
    let next = 0;
    let hit = 0;
    let open = [];
    for (let k = 0; k + 1 < points.length; k++) {
      const a = points[k];
      const b = points[k + 1];
      while (next < source.marks.length && source.marks[next].start <= a) open.push(next++);
      open = open.filter((i) => source.marks[i].end > a);
      while (hit < found.length && found[hit][1] <= a) hit++;
      const covering = open.filter((i) => source.marks[i].end >= b);
      const chunk = text.slice(a, b);
      let node;
      if (covering.length) {
        let top = covering[0];
        for (const i of covering) {
          const m = source.marks[i];
          if (m.end - m.start < source.marks[top].end - source.marks[top].start) top = i;
        }
        node = el("span", "m f-" + source.marks[top].field, chunk);
        node.dataset.marks = covering.join(",");
      } else {
        node = el("span", "", chunk);
      }
      if (span && a >= span.start && b <= span.end) node.classList.add("sel");
      if (hit < found.length && found[hit][0] <= a && found[hit][1] >= b) {
        const wrap = el("mark", "hit");
        wrap.appendChild(node);
        node = wrap;
      }
      fragment.appendChild(node);
    }
    container.appendChild(fragment);
  }

  /* -- a click on a highlight: its field, value and confidence -- */
  record.addEventListener("click", (event) => {
    const node = event.target.closest("[data-marks]");
    if (!node) { info.hidden = true; return; }
    const source = sources.get(current);
    info.replaceChildren();
    const list = el("dl");
    for (const i of node.dataset.marks.split(",")) {
      const mark = source.marks[Number(i)];
      list.appendChild(el("dt", "", mark.field));
      let text = mark.value;
      if (mark.confidence !== null) text += " (confidence " + mark.confidence + ")";
      list.appendChild(el("dd", "", text));
    }
    info.appendChild(list);
    info.hidden = false;
  });

  /* -- search: statements and sources that hold a word -- */
  let timer = null;
  document.getElementById("search").addEventListener("input", (event) => {
    clearTimeout(timer);
    timer = setTimeout(() => search(event.target.value), 120);
  });

  function search(value) {
    query = value.trim();
    const needle = query.toLowerCase();
    let statementsFound = 0;
    for (const node of statementElements) {
      const match = !needle || node.dataset.search.includes(needle);
      node.classList.toggle("hidden", !match);
      if (match) statementsFound += 1;
    }
    let sourcesFound = 0;
    for (const node of chooser.options) {
      if (!node.value) continue;
      const source = sources.get(Number(node.value));
      const match = !needle || source.text.toLowerCase().includes(needle)
        || source.title.toLowerCase().includes(needle);
      node.hidden = !match;
      if (match) sourcesFound += 1;
    }
    hits.textContent = needle ? count(statementsFound, "statement") + ", " + count(sourcesFound, "source") : "";
    if (current !== null) showSource(current, currentSpan);
  }
})();
